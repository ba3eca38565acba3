//! Recycled frame buffers: the value stacks, local-variable arrays and argument vectors of
//! finished calls are kept (empty) and reused by the next call, so a call to a Python
//! function allocates nothing from the system allocator in the steady state (CPython gets the
//! same from its per-thread data stack).
//!
//! Invariants:
//! - a pooled buffer is empty: it holds no references, so the pool is invisible to the cycle
//!   collector and to refcounts;
//! - buffers are emptied *before* they enter the pool, outside any borrow of it (dropping a
//!   value can run `__del__`, which calls functions, which take buffers);
//! - a buffer whose capacity exceeds [`MAX_POOLED_CAPACITY`] is freed instead of kept, and the
//!   pool keeps at most [`MAX_POOLED`] buffers of each kind, so it never holds more than a few
//!   hundred KiB.

use crate::interp::frame::Frame;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Buffers larger than this (in elements) go back to the allocator.
pub const MAX_POOLED_CAPACITY: usize = 256;
/// At most this many buffers of each kind are kept.
pub const MAX_POOLED: usize = 64;

/// The empty buffers waiting for reuse.
#[derive(Default)]
pub struct FramePool {
    values: Vec<Vec<Obj>>,
    slots: Vec<Vec<Option<Obj>>>,
}

impl Vm {
    /// An empty vector of values (a value stack or a call's arguments).
    pub(crate) fn take_values(&self) -> Vec<Obj> {
        self.frame_pool
            .borrow_mut()
            .values
            .pop()
            .unwrap_or_default()
    }

    /// `n` empty local-variable slots.
    pub(crate) fn take_slots(&self, n: usize) -> Vec<Option<Obj>> {
        let mut slots = self.frame_pool.borrow_mut().slots.pop().unwrap_or_default();
        slots.resize(n, None);
        slots
    }

    /// Give back a vector of values; its contents are dropped first (last to first).
    pub(crate) fn give_values(&self, mut values: Vec<Obj>) {
        while let Some(v) = values.pop() {
            drop(v);
        }
        if values.capacity() == 0 || values.capacity() > MAX_POOLED_CAPACITY {
            return;
        }
        let mut pool = self.frame_pool.borrow_mut();
        if pool.values.len() < MAX_POOLED {
            pool.values.push(values);
        }
    }

    fn give_slots(&self, mut slots: Vec<Option<Obj>>) {
        while let Some(v) = slots.pop() {
            drop(v);
        }
        if slots.capacity() == 0 || slots.capacity() > MAX_POOLED_CAPACITY {
            return;
        }
        let mut pool = self.frame_pool.borrow_mut();
        if pool.slots.len() < MAX_POOLED {
            pool.slots.push(slots);
        }
    }

    /// Release a finished frame, keeping its buffers. The order in which its references die
    /// is `Frame`'s own (value stack, then locals last to first, then cells).
    pub(crate) fn recycle_frame(&self, mut frame: Frame) {
        let stack = std::mem::take(&mut frame.stack);
        self.give_values(stack);
        let fast = std::mem::take(&mut frame.fast);
        self.give_slots(fast);
        drop(frame);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_are_reused_and_come_back_empty() {
        let vm = crate::runtime::bootstrap::create_vm();
        let mut v = vm.take_values();
        v.push(vm.none.clone());
        let cap = v.capacity();
        let ptr = v.as_ptr();
        vm.give_values(v);
        let again = vm.take_values();
        assert!(again.is_empty());
        assert_eq!((again.as_ptr(), again.capacity()), (ptr, cap));
        let slots = vm.take_slots(3);
        assert_eq!(slots.len(), 3);
        assert!(slots.iter().all(Option::is_none));
    }

    #[test]
    fn huge_buffers_are_not_kept() {
        let vm = crate::runtime::bootstrap::create_vm();
        let v: Vec<Obj> = Vec::with_capacity(MAX_POOLED_CAPACITY + 1);
        vm.give_values(v);
        assert_eq!(vm.take_values().capacity(), 0);
    }
}
