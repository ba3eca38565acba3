//! Python exceptions as Rust errors.
//!
//! Invariants:
//! - A [`PyErr`] always holds an instance of `BaseException` (payload [`PyException`]).
//! - Raising a new exception while another is being handled sets its `__context__` to the
//!   handled one (CPython's `_PyErr_SetObject`), breaking any cycle that would create; a
//!   re-raise (`raise` with no argument, the implicit re-raise at the end of `finally`) does not.

use crate::objects::*;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// A raised Python exception.
#[derive(Clone, Debug)]
pub struct PyErr {
    pub exc: Obj,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn payload(&self) -> &PyException {
        self.exc
            .downcast_ref::<PyException>()
            .expect("PyErr holds an exception instance")
    }
}

impl Vm {
    /// The builtin exception class called `name` (panics only on an unknown name, which is a
    /// bug in the VM: every name used is in `bootstrap::EXCEPTION_HIERARCHY`).
    pub fn exc_type(&self, name: &str) -> Obj {
        self.types
            .exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.types.exceptions["SystemError"].clone())
    }

    /// A new exception instance of `cls` with `args`, not yet raised.
    pub fn new_exception(&self, cls: &Obj, args: Vec<Obj>) -> Obj {
        let args = self.new_tuple(args);
        Obj::new(cls.clone(), PyException::new(args))
    }

    /// Raise `exc` (sets `__context__` from the exception being handled).
    pub fn raise(&self, exc: Obj) -> PyErr {
        self.set_context(&exc);
        PyErr { exc }
    }

    pub(crate) fn set_context(&self, exc: &Obj) {
        let handled = self.handled_exception.borrow().clone();
        let Some(handled) = handled else { return };
        if handled.ptr_eq(exc) {
            return;
        }
        // Break a cycle: if `exc` is already in the context chain of `handled`, cut it out.
        let mut o = handled.clone();
        loop {
            let next = o
                .downcast_ref::<PyException>()
                .and_then(|p| p.context.borrow().clone());
            match next {
                Some(n) if n.ptr_eq(exc) => {
                    if let Some(p) = o.downcast_ref::<PyException>() {
                        drop(p.context.replace(None));
                    }
                    break;
                }
                Some(n) => o = n,
                None => break,
            }
        }
        if let Some(p) = exc.downcast_ref::<PyException>() {
            drop(p.context.replace(Some(handled)));
        }
    }

    /// Raise a builtin exception `name(msg)`.
    pub fn new_error(&self, name: &str, msg: String) -> PyErr {
        let cls = self.exc_type(name);
        let exc = self.new_exception(&cls, vec![self.new_str(msg)]);
        self.raise(exc)
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg.into())
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg.into())
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg.into())
    }

    /// A `MemoryError` with no message, as CPython raises when an allocation fails.
    pub(crate) fn memory_error(&self) -> PyErr {
        let exc = self.new_exception(&self.exc_type("MemoryError"), Vec::new());
        self.raise(exc)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg.into())
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg.into())
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg.into())
    }

    pub fn key_error(&self, key: Obj) -> PyErr {
        let cls = self.exc_type("KeyError");
        let exc = self.new_exception(&cls, vec![key]);
        self.raise(exc)
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Option<Obj>) -> PyErr {
        let cls = self.exc_type("StopIteration");
        let args = value.map(|v| vec![v]).unwrap_or_default();
        let exc = self.new_exception(&cls, args);
        self.raise(exc)
    }

    /// `NameError: name 'x' is not defined`, with a suggestion when one is close.
    pub fn name_error(&self, name: &str, suggestion: Option<String>) -> PyErr {
        let cls = self.exc_type("NameError");
        let exc = self.new_exception(
            &cls,
            vec![self.new_str(format!("name '{name}' is not defined"))],
        );
        self.set_exc_attr(&exc, "name", self.new_str(name));
        if let Some(s) = suggestion {
            self.set_exc_attr(&exc, "__suggestion__", self.new_str(s));
        }
        self.raise(exc)
    }

    /// Set a member of an exception (see [`PyException::members`]).
    pub fn set_exc_attr(&self, exc: &Obj, name: &'static str, value: Obj) {
        if let Some(p) = exc.downcast_ref::<PyException>() {
            let old = {
                let mut members = p.members.borrow_mut();
                match members.iter_mut().find(|(n, _)| *n == name) {
                    Some(slot) => Some(std::mem::replace(&mut slot.1, value)),
                    None => {
                        members.push((name, value));
                        None
                    }
                }
            };
            // The old value is dropped once the list is not borrowed (its `__del__` may look).
            drop(old);
        }
    }

    /// A member of an exception (see [`PyException::members`]).
    pub fn get_exc_attr(&self, exc: &Obj, name: &str) -> Option<Obj> {
        let p = exc.downcast_ref::<PyException>()?;
        let members = p.members.borrow();
        members
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }

    /// Whether `exc` is an instance of the builtin exception class `name`.
    pub fn exc_matches(&self, exc: &Obj, name: &str) -> bool {
        self.is_subtype(exc.class(), &self.exc_type(name))
    }
}
