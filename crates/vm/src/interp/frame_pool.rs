//! Recycled frame buffers: the value stacks, local-variable arrays, cell arrays and argument
//! vectors of finished calls are kept (empty) and reused by the next call, so a call to a
//! Python function allocates nothing from the system allocator in the steady state (CPython
//! gets the same from its per-thread data stack).
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

    /// An empty value stack and `n` empty local slots for a new frame (one borrow of the
    /// pool for both).
    #[inline]
    pub(crate) fn take_frame_buffers(&self, n: usize) -> (Vec<Obj>, Vec<Option<Obj>>) {
        let (stack, mut slots) = {
            let mut pool = self.frame_pool.borrow_mut();
            let stack = pool.values.pop().unwrap_or_default();
            (stack, pool.slots.pop().unwrap_or_default())
        };
        slots.resize(n, None);
        (stack, slots)
    }

    /// Empty a finished frame in place and keep its buffers: its references die in
    /// `Frame`'s own order (value stack, then locals last to first, then cells); the frame
    /// is left holding empty vectors, so dropping it afterwards releases only its code and
    /// namespaces. Taking the buffers out of a frame that stays where it is saves moving the
    /// whole frame.
    #[inline]
    pub(crate) fn release_frame(&self, frame: &mut Frame) {
        while let Some(v) = frame.stack.pop() {
            drop(v);
        }
        while let Some(v) = frame.fast.pop() {
            drop(v);
        }
        while let Some(c) = frame.cells.pop() {
            drop(c);
        }
        let stack = std::mem::take(&mut frame.stack);
        let fast = std::mem::take(&mut frame.fast);
        let cells = std::mem::take(&mut frame.cells);
        let keep = |cap: usize| cap != 0 && cap <= MAX_POOLED_CAPACITY;
        let mut pool = self.frame_pool.borrow_mut();
        for values in [stack, cells] {
            if keep(values.capacity()) && pool.values.len() < MAX_POOLED {
                pool.values.push(values);
            }
        }
        if keep(fast.capacity()) && pool.slots.len() < MAX_POOLED {
            pool.slots.push(fast);
        }
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
