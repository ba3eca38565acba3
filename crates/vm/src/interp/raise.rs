//! Raising and catching in the interpreter loop: `raise` (with `from`), exception matching
//! for `except`, and entering a `with` block.

use crate::interp::frame::Frame;
use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

impl Vm {
    pub(crate) fn do_raise(&self, frame: &mut Frame, n: u32) -> PyResult<PyErr> {
        if n == 0 {
            let handled = self.handled_exception.borrow().clone();
            return match handled {
                Some(exc) => {
                    frame.reraising = true;
                    Ok(PyErr { exc })
                }
                None => Ok(self.runtime_error("No active exception to reraise")),
            };
        }
        let cause = if n == 2 { frame.stack.pop() } else { None };
        let exc = frame.stack.pop().expect("raise operand");
        let exc = self.make_exception(&exc)?;
        if let Some(cause) = cause {
            let cause = if self.is_none(&cause) {
                None
            } else {
                Some(self.make_exception(&cause).map_err(|_| {
                    self.type_error("exception causes must derive from BaseException")
                })?)
            };
            if let Some(p) = exc.downcast_ref::<PyException>() {
                drop(p.cause.replace(cause));
                p.suppress_context.set(true);
            }
        }
        Ok(self.raise(exc))
    }

    /// An exception instance from `raise X`: instances are used as is, classes are called.
    pub(crate) fn make_exception(&self, v: &Obj) -> PyResult<Obj> {
        let base = self.exc_type("BaseException");
        if v.is::<PyType>() && self.is_subtype(v, &base) {
            let exc = self.call(v, Args::positional(&[]))?;
            if exc.is::<PyException>() {
                return Ok(exc);
            }
            return Err(self.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                self.repr_string(v)?,
                self.type_name(&exc)
            )));
        }
        if v.is::<PyException>() {
            return Ok(v.clone());
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub(crate) fn exception_matches(&self, exc: &Obj, typ: &Obj) -> PyResult<bool> {
        let base = self.exc_type("BaseException");
        let check = |t: &Obj| -> PyResult<bool> {
            if t.is::<PyType>() && self.is_subtype(t, &base) {
                Ok(self.is_subtype(exc.class(), t))
            } else {
                Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        };
        if let Some(t) = PyTuple::view(typ) {
            // Every entry is checked before any is matched (CPython's
            // `_PyEval_CheckExceptTypeValid`), so a bad entry raises even after a match.
            let mut matched = false;
            for item in t.to_vec() {
                matched |= check(&item)?;
            }
            return Ok(matched);
        }
        check(typ)
    }

    pub(crate) fn enter_context(&self, ctx: &Obj) -> PyResult<(Obj, Obj)> {
        let enter = self.lookup_special(ctx, "__enter__");
        let exit = self.lookup_special(ctx, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit.clone()) else {
            let tn = self.type_name(ctx);
            // CPython 3.14 names the first it missed, looking for `__exit__` first.
            let missing = if exit.is_none() {
                " (missed __exit__ method)"
            } else {
                " (missed __enter__ method)"
            };
            return Err(self.type_error(format!(
                "'{tn}' object does not support the context manager protocol{missing}"
            )));
        };
        let entered = self.call(&enter, Args::positional(&[]))?;
        Ok((exit, entered))
    }

    pub(crate) fn star_arg_error(&self, e: PyErr, iterable: &Obj, msg: &str) -> PyErr {
        if self.exc_matches(&e.exc, "TypeError") && self.get_iter(iterable).is_err() {
            return self.type_error(format!("{msg}, not {}", self.type_name(iterable)));
        }
        e
    }
}
