//! Payload types of the builtin objects. Behaviour lives in the VM modules; these files only
//! define the data each kind of object carries and the references it holds ([`Trace`]).

pub mod dict;
pub mod exception;
pub mod function;
pub mod instance;
pub mod int;
pub mod iter;
pub mod misc;
pub mod module;
pub mod seq;
pub mod set;
pub mod str;
pub mod subclass_instance;
pub mod typeobj;

pub use dict::{DictTable, PyDict};
pub use exception::{PyException, TracebackEntry};
pub use function::{
    Args, DescrFunc, NativeFn, PyBoundMethod, PyBuiltinFunction, PyCell, PyCode, PyFunction,
    PyMethodDescr, PyMethodWrapper, SlotWrapperFn,
};
pub use instance::{InstanceAttrs, InstanceState, PyInstance};
pub use int::PyInt;
pub use iter::*;
pub use misc::*;
pub use module::PyModule;
pub use seq::{PyList, PyTuple, TupleRef};
pub use set::PySet;
pub use str::{BytesRef, PyBytes, PyFloat, PyStr, StrRef};
pub use subclass_instance::subclass_instance_attrs;
pub use typeobj::{Layout, PyType};

pub mod bytearray;
pub use bytearray::PyByteArray;
pub mod weakref;
pub use weakref::{PyWeakProxy, PyWeakRef};

use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

/// Visiting the references of one payload field, whatever its wrapper.
pub trait TraceField {
    fn trace_field(&self, visit: &mut dyn FnMut(&Obj));
}

impl TraceField for Obj {
    fn trace_field(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(self)
    }
}

impl<T: TraceField> TraceField for Option<T> {
    fn trace_field(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(x) = self {
            x.trace_field(visit)
        }
    }
}

impl<T: TraceField> TraceField for Vec<T> {
    fn trace_field(&self, visit: &mut dyn FnMut(&Obj)) {
        self.iter().for_each(|x| x.trace_field(visit))
    }
}

impl<T: TraceField> TraceField for RefCell<T> {
    fn trace_field(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(x) = self.try_borrow() {
            x.trace_field(visit)
        }
    }
}

impl<T: Copy> TraceField for Cell<T> {
    fn trace_field(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl TraceField for num_bigint::BigInt {
    fn trace_field(&self, _visit: &mut dyn FnMut(&Obj)) {}
}
