//! Recycled frames and argument vectors: a finished call's frame is emptied and kept, with its
//! value stack, local slots and cell array still allocated, and the next call runs in it; the
//! argument vectors of calls are kept the same way. A call to a Python function then allocates
//! nothing from the system allocator in the steady state, and its frame is built where it runs,
//! never moved (CPython gets the same from its per-thread data stack).
//!
//! Invariants:
//! - a pooled frame or vector holds no references: its vectors are empty (a frame's local
//!   slots may remain, all `None`), and its code, globals and builtins are the (immortal)
//!   `None`, so the pool is invisible to the cycle collector, to refcounts and to `__del__`;
//! - frames and vectors are emptied *before* they enter the pool, outside any borrow of it
//!   (dropping a value can run `__del__`, which calls functions, which take frames);
//! - a frame or vector whose buffers exceed [`MAX_POOLED_CAPACITY`] elements is freed instead
//!   of kept, and the pool keeps at most [`MAX_POOLED`] of each kind, so it never holds more
//!   than a few hundred KiB.

use crate::interp::frame::Frame;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Buffers larger than this (in elements) go back to the allocator.
pub const MAX_POOLED_CAPACITY: usize = 256;
/// At most this many frames and this many vectors are kept.
pub const MAX_POOLED: usize = 64;

/// The empty frames and vectors waiting for reuse.
#[derive(Default)]
pub struct FramePool {
    values: Vec<Vec<Obj>>,
    /// Boxed on purpose: a frame runs where its box is and is handed to a generator as it is,
    /// never moved.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
}

impl Vm {
    /// An empty vector of values (a call's arguments).
    pub(crate) fn take_values(&self) -> Vec<Obj> {
        self.frame_pool
            .borrow_mut()
            .values
            .pop()
            .unwrap_or_default()
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

    /// A frame about to run `code`: `nlocals` empty local slots, an empty value stack, no
    /// cells and no blocks; a pooled one when there is one.
    #[inline]
    pub(crate) fn new_frame(
        &self,
        code: Obj,
        globals: Obj,
        builtins: Obj,
        locals: Option<Obj>,
        nlocals: usize,
    ) -> Box<Frame> {
        let pooled = self.frame_pool.borrow_mut().frames.pop();
        match pooled {
            Some(mut frame) => {
                // What these replace is the immortal None: nothing runs.
                frame.code = code;
                frame.globals = globals;
                frame.builtins = builtins;
                frame.locals = locals;
                // Its slots are all empty already; only their number may differ.
                if frame.fast.len() != nlocals {
                    frame.fast.resize(nlocals, None);
                }
                frame
            }
            None => Box::new(Frame {
                code,
                pc: 0,
                stack: Vec::new(),
                blocks: Vec::new(),
                fast: vec![None; nlocals],
                cells: Vec::new(),
                globals,
                builtins,
                locals,
                reraising: false,
            }),
        }
    }

    /// A finished frame: its references die in `Frame`'s own order (value stack, locals last
    /// to first, cells, then code and namespaces) and the emptied frame is kept for the next
    /// call.
    pub(crate) fn recycle_frame(&self, mut frame: Box<Frame>) {
        frame.clear_values();
        let none = || self.none.clone();
        // In the order a frame's fields drop (`Frame`'s declaration order).
        drop(std::mem::replace(&mut frame.code, none()));
        frame.blocks.clear();
        let globals = std::mem::replace(&mut frame.globals, none());
        let builtins = std::mem::replace(&mut frame.builtins, none());
        let locals = frame.locals.take();
        drop((globals, builtins, locals));
        frame.pc = 0;
        frame.reraising = false;
        let small = [
            frame.stack.capacity(),
            frame.fast.capacity(),
            frame.cells.capacity(),
            frame.blocks.capacity(),
        ]
        .iter()
        .all(|&cap| cap <= MAX_POOLED_CAPACITY);
        if !small {
            return;
        }
        let mut pool = self.frame_pool.borrow_mut();
        if pool.frames.len() < MAX_POOLED {
            pool.frames.push(frame);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_are_reused_and_come_back_empty() {
        let vm = crate::runtime::bootstrap::create_vm();
        let mut v = vm.take_values();
        v.push(vm.none.clone());
        let cap = v.capacity();
        let ptr = v.as_ptr();
        vm.give_values(v);
        let again = vm.take_values();
        assert!(again.is_empty());
        assert_eq!((again.as_ptr(), again.capacity()), (ptr, cap));
    }

    #[test]
    fn huge_vectors_are_not_kept() {
        let vm = crate::runtime::bootstrap::create_vm();
        let v: Vec<Obj> = Vec::with_capacity(MAX_POOLED_CAPACITY + 1);
        vm.give_values(v);
        assert_eq!(vm.take_values().capacity(), 0);
    }

    #[test]
    fn frames_are_reused_empty() {
        let vm = crate::runtime::bootstrap::create_vm();
        let code = vm
            .compile("x = 1", "<test>", ouro_compiler::Mode::Exec)
            .unwrap();
        let globals = vm.new_dict();
        let mut frame = vm.new_frame(code, globals.clone(), vm.builtins_dict(), None, 3);
        frame.stack.push(vm.new_int(7));
        frame.fast[2] = Some(globals.clone());
        let before = globals.refcount();
        let addr: *const Frame = &*frame;
        vm.recycle_frame(frame);
        // Its references are gone (the frame's `globals` and the local).
        assert_eq!(globals.refcount(), before - 2);
        let again = vm.new_frame(vm.none.clone(), vm.new_dict(), vm.none.clone(), None, 1);
        assert_eq!(&*again as *const Frame, addr);
        assert!(again.stack.is_empty() && again.cells.is_empty() && again.blocks.is_empty());
        assert_eq!(again.fast.len(), 1);
        assert!(again.fast[0].is_none());
        vm.recycle_frame(again);
        let wider = vm.new_frame(vm.none.clone(), vm.new_dict(), vm.none.clone(), None, 5);
        assert!(wider.fast.len() == 5 && wider.fast.iter().all(Option::is_none));
    }
}
