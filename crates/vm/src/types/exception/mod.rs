//! Exception instances (`BaseException` and every subclass).

use ouro_memory::{Obj, Payload, Trace};
use std::cell::{Cell, RefCell};

/// One traceback entry: a frame's code and the instruction that was executing.
///
/// When the exception leaves the frame, the entry takes over the frame's locals: CPython's
/// traceback keeps the frame object (and so its locals) alive until the exception dies.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Obj,
    pub lasti: u32,
    pub frame_locals: Vec<Obj>,
}

#[derive(Debug)]
pub struct PyException {
    /// The `args` tuple; `None` only once the cycle collector cleared the exception (then
    /// `e.args` is None, as in CPython).
    pub args: RefCell<Option<Obj>>,
    /// Innermost frame last, as tracebacks print.
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Option<Obj>>,
    pub context: RefCell<Option<Obj>>,
    pub suppress_context: Cell<bool>,
    pub dict: RefCell<Option<Obj>>,
    /// The members of the exception's type (`OSError.errno`, `NameError.name`, ...), kept
    /// inline as CPython's struct fields are: never in `__dict__`, no object of their own.
    pub members: RefCell<Vec<(&'static str, Obj)>>,
}

impl PyException {
    /// The `args` tuple, or `empty` once cleared.
    pub fn args_or(&self, empty: &Obj) -> Obj {
        self.args.borrow().clone().unwrap_or_else(|| empty.clone())
    }

    pub fn new(args: Obj) -> PyException {
        PyException {
            args: RefCell::new(Some(args)),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
            members: RefCell::new(Vec::new()),
        }
    }
}

impl Trace for PyException {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(Some(a)) = self.args.try_borrow().as_deref() {
            visit(a);
        }
        if let Ok(tb) = self.traceback.try_borrow() {
            for e in tb.iter() {
                visit(&e.code);
                e.frame_locals.iter().for_each(&mut *visit);
            }
        }
        for c in [&self.cause, &self.context, &self.dict] {
            if let Ok(Some(o)) = c.try_borrow().as_deref() {
                visit(o);
            }
        }
        if let Ok(members) = self.members.try_borrow() {
            members.iter().for_each(|(_, v)| visit(v));
        }
    }
    fn clear(&self) {
        let tb = self
            .traceback
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut *t));
        let olds: Vec<_> = [&self.args, &self.cause, &self.context, &self.dict]
            .iter()
            .map(|c| c.try_borrow_mut().map(|mut o| o.take()).ok().flatten())
            .collect();
        let members = self
            .members
            .try_borrow_mut()
            .map(|mut m| std::mem::take(&mut *m));
        drop((tb, olds, members));
    }
}

impl Payload for PyException {
    const NAME: &'static str = "BaseException";
    const IS_CONTAINER: bool = true;
}

/// A getter and setter pair for a member stored in [`PyException::members`] (None until set).
macro_rules! exc_member {
    ($get:ident, $set:ident, $name:literal) => {
        fn $get(vm: &Vm, e: &Obj) -> PyResult<Obj> {
            Ok(vm.or_none(vm.get_exc_attr(e, $name)))
        }
        fn $set(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
            vm.set_exc_attr(e, $name, vm.or_none(value));
            Ok(())
        }
    };
}

mod methods;
mod os_error;
mod unicode;
pub(crate) use methods::*;
pub(crate) use unicode::escaped_char;
