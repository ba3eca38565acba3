//! The prelude of payload types: every builtin type's payload, defined in its home under
//! [`crate::types`] (beside its slots and methods), is re-exported here, so `use
//! crate::objects::*` names them all; plus what payload definitions share ([`TraceField`] and
//! the payload-declaring macros).

pub use crate::types::bytearray::PyByteArray;
pub use crate::types::bytes::{BytesRef, PyBytes};
pub use crate::types::descriptor::PySlotMember;
pub use crate::types::dict::{DictTable, PyDict};
pub use crate::types::exception::{PyException, TracebackEntry};
pub use crate::types::float::PyFloat;
pub use crate::types::function::{
    Args, DescrFunc, NativeFn, PyBoundMethod, PyBuiltinFunction, PyCell, PyCode, PyFunction,
    PyMethodDescr, PyMethodWrapper, SlotWrapperFn,
};
pub use crate::types::int::PyInt;
pub use crate::types::iterators::*;
pub use crate::types::list::PyList;
pub use crate::types::module::PyModule;
pub use crate::types::object::instance::{InstanceAttrs, InstanceState, PyInstance};
pub use crate::types::object::subclass_instance::subclass_instance_attrs;
pub use crate::types::object::{PyBaseObject, PyEllipsis, PyNone, PyNotImplemented};
pub use crate::types::property::{PyClassMethod, PyProperty, PyStaticMethod};
pub use crate::types::range::PyRange;
pub use crate::types::set::PySet;
pub use crate::types::slice::PySlice;
pub use crate::types::str::{bytes_hash, str_hash, PyStr, StrRef};
pub use crate::types::super_::PySuper;
pub use crate::types::tuple::{PyTuple, TupleRef};
pub use crate::types::typeobj::{Layout, PyType};
pub use crate::types::weakref::{PyWeakProxy, PyWeakRef};

use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

/// A mutable cell usable from payload macros (for values replaced after creation).
pub type ObjCell = RefCell<Option<Obj>>;

/// A payload without references (`None`, a bare `object()`).
macro_rules! atomic_payload {
    ($ty:ident, $name:literal) => {
        #[derive(Debug)]
        pub struct $ty;
        impl ouro_memory::Trace for $ty {
            fn trace(&self, _visit: &mut dyn FnMut(&ouro_memory::Obj)) {}
        }
        impl ouro_memory::Payload for $ty {
            const NAME: &'static str = $name;
        }
    };
}
pub(crate) use atomic_payload;

/// A container payload of public fields, each traced by its [`TraceField`].
macro_rules! container_payload {
    ($ty:ident, $name:literal { $($field:ident : $fty:ty),* $(,)? }) => {
        #[derive(Debug)]
        pub struct $ty { $(pub $field: $fty),* }
        impl ouro_memory::Trace for $ty {
            fn trace(&self, visit: &mut dyn FnMut(&ouro_memory::Obj)) {
                $( crate::objects::TraceField::trace_field(&self.$field, visit); )*
            }
        }
        impl ouro_memory::Payload for $ty {
            const NAME: &'static str = $name;
            const IS_CONTAINER: bool = true;
        }
    };
}
pub(crate) use container_payload;
pub(crate) use container_payload as iterator_payload;

/// The memory crate's free-list slots of the payload types that keep their dead objects
/// (`ouro_memory::free_list`).
pub const FREE_LIST_INT: usize = 0;
pub const FREE_LIST_FLOAT: usize = 1;

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
