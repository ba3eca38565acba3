//! Exception instances (`BaseException` and every subclass).

use ouro_memory::{Obj, Payload, Trace};
use std::cell::{Cell, RefCell};

/// One traceback entry: a frame's code and the instruction that was executing.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Obj,
    pub lasti: u32,
}

#[derive(Debug)]
pub struct PyException {
    pub args: RefCell<Obj>,
    /// Innermost frame last, as tracebacks print.
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Option<Obj>>,
    pub context: RefCell<Option<Obj>>,
    pub suppress_context: Cell<bool>,
    pub dict: RefCell<Option<Obj>>,
}

impl PyException {
    pub fn new(args: Obj) -> PyException {
        PyException {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
        }
    }
}

impl Trace for PyException {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        if let Ok(tb) = self.traceback.try_borrow() {
            tb.iter().for_each(|e| visit(&e.code));
        }
        for c in [&self.cause, &self.context, &self.dict] {
            if let Ok(Some(o)) = c.try_borrow().as_deref() {
                visit(o);
            }
        }
    }
    fn clear(&self) {
        let tb = self
            .traceback
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut *t));
        let olds: Vec<_> = [&self.cause, &self.context, &self.dict]
            .iter()
            .map(|c| c.try_borrow_mut().map(|mut o| o.take()).ok().flatten())
            .collect();
        drop((tb, olds));
    }
}

impl Payload for PyException {
    const NAME: &'static str = "BaseException";
    const IS_CONTAINER: bool = true;
}
