//! The instance storage of a Python subclass of a builtin container (`class Stack(list)`,
//! `class Registry(dict)`, `class Tags(set)`): the same inline attributes, `__dict__` and
//! `__slots__` values a plain instance has ([`crate::objects::PyInstance`]), attached to the container. CPython
//! 3.14 gives these subclasses managed dicts with inline values too, which is why their
//! attributes are not separate objects in `gc.collect()` counts.
//!
//! Invariants:
//! - the storage lives in the memory crate's extension slot (CPython's pre-header), which only
//!   instances of Python subclasses are allocated with (`Vm::new_instance_of`): the builtin's
//!   own instances pay nothing for it;
//! - it is created on first access and lives as long as the object; the memory crate traces,
//!   clears and drops it with the object.

use crate::objects::PyType;
use crate::objects::{InstanceAttrs, InstanceState};
use ouro_memory::Obj;

/// The storage of `obj` (allocated with an extension slot because its class is a Python
/// subclass of a builtin type), created on first use.
pub fn subclass_instance_attrs(obj: &Obj) -> Option<InstanceAttrs<'_>> {
    if !obj.has_extension_slot() {
        return None;
    }
    let t = obj.class().downcast_ref::<PyType>()?;
    if obj.extension::<InstanceState>().is_none() {
        // Cannot fail: the slot exists and is empty.
        let _ = obj.init_extension(Box::new(InstanceState::for_class(t)));
    }
    Some(obj.extension::<InstanceState>()?.attrs(t))
}
