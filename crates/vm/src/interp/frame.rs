//! Execution frames.
//!
//! Invariants:
//! - `fast` has one slot per `code.varnames`; `cells` holds the cells of `code.cellvars`
//!   followed by the closure's cells for `code.freevars`.
//! - `locals` is the namespace mapping of module and class bodies (unoptimized code); function
//!   frames have `None` and use `fast`.
//! - Every block on `blocks` records the value-stack depth at its creation; unwinding an
//!   exception truncates the stack to that depth (see `bytecode`'s module doc).
//! - `pc` is the index of the next instruction: the instruction executing (or last
//!   executed), which tracebacks and line numbers report, is `pc - 1` ([`Frame::lasti`]).
//!   The interpreter sets `pc` to the instruction after the one it fetches, and an
//!   instruction that jumps changes `pc` only after everything in it that can raise.

use crate::objects::{PyCode, TraceField};
use ouro_memory::Obj;

#[derive(Debug)]
pub enum BlockKind {
    /// A `SetupFinally` handler at `handler`.
    Handler { handler: u32 },
    /// Inside an except/finally handler: the exception that was handled before entering it.
    ExceptHandler { previous: Option<Obj> },
}

#[derive(Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub depth: usize,
}

#[derive(Debug)]
pub struct Frame {
    pub code: Obj,
    pub pc: usize,
    pub stack: Vec<Obj>,
    pub blocks: Vec<Block>,
    pub fast: Vec<Option<Obj>>,
    pub cells: Vec<Obj>,
    pub globals: Obj,
    pub builtins: Obj,
    pub locals: Option<Obj>,
    /// Set by instructions that re-raise, so the unwinder adds no traceback entry.
    pub reraising: bool,
}

impl Frame {
    /// The index of the instruction executing (or last executed).
    #[inline]
    pub fn lasti(&self) -> usize {
        self.pc.saturating_sub(1)
    }

    pub fn pycode(&self) -> &PyCode {
        self.code
            .downcast_ref::<PyCode>()
            .expect("a frame's code is a code object")
    }

    /// Visit every reference the frame holds (for the cycle collector, via generators).
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.code);
        self.stack.iter().for_each(&mut *visit);
        self.fast.trace_field(visit);
        self.cells.iter().for_each(&mut *visit);
        visit(&self.globals);
        visit(&self.builtins);
        self.locals.trace_field(visit);
        for b in &self.blocks {
            if let BlockKind::ExceptHandler { previous: Some(p) } = &b.kind {
                visit(p);
            }
        }
    }

    /// Whether the frame is inside an `except`/`finally` handler (a suspended generator then
    /// owns a handled exception).
    pub fn in_except_handler(&self) -> bool {
        self.blocks
            .iter()
            .any(|b| matches!(b.kind, BlockKind::ExceptHandler { .. }))
    }

    /// Drop the values a finished frame holds: its value stack (top first), its locals (last
    /// to first), then its cells. The vectors keep their buffers, and the local slots stay,
    /// empty (the next call of a function with as many locals needs no resizing).
    pub(crate) fn clear_values(&mut self) {
        while let Some(v) = self.stack.pop() {
            drop(v);
        }
        for local in self.fast.iter_mut().rev() {
            drop(local.take());
        }
        while let Some(cell) = self.cells.pop() {
            drop(cell);
        }
    }

    /// The source line being executed.
    pub fn current_line(&self) -> u32 {
        let code = self.pycode();
        code.code
            .locations
            .get(self.lasti())
            .map(|s| s.start)
            .unwrap_or(0)
    }
}

/// CPython clears a finished frame's locals from the last slot to the first; the order is
/// visible through `__del__`.
impl Drop for Frame {
    fn drop(&mut self) {
        self.stack.clear();
        while let Some(local) = self.fast.pop() {
            drop(local);
        }
        while let Some(cell) = self.cells.pop() {
            drop(cell);
        }
    }
}

/// How a frame stopped running.
pub enum FrameExit {
    Return(Obj),
    Yield(Obj),
}
