//! The instance storage of a Python subclass of a builtin container (`class Stack(list)`,
//! `class Registry(dict)`, `class Tags(set)`): the same inline attributes, `__dict__` and
//! `__slots__` values a plain instance has ([`super::PyInstance`]), attached to the container. CPython
//! 3.14 gives these subclasses managed dicts with inline values too, which is why their
//! attributes are not separate objects in `gc.collect()` counts.
//!
//! Invariants:
//! - instances of the builtin types themselves never get storage: it is created on first
//!   access, and only for an object whose class is a Python class;
//! - once created it lives as long as the object; it is traced and cleared with it.

use super::instance::{InstanceAttrs, InstanceState};
use super::PyType;
use ouro_memory::Obj;
use std::cell::OnceCell;

#[derive(Debug, Default)]
pub struct SubclassInstance(OnceCell<Box<InstanceState>>);

impl SubclassInstance {
    /// The storage of `obj` (whose payload holds `self`), created on first use when `obj`'s
    /// class is a Python class.
    pub fn for_object<'a>(&'a self, obj: &'a Obj) -> Option<InstanceAttrs<'a>> {
        let t = obj.class().downcast_ref::<PyType>()?;
        if let Some(state) = self.0.get() {
            return Some(state.attrs(t));
        }
        if t.builtin {
            return None;
        }
        Some(
            self.0
                .get_or_init(|| Box::new(InstanceState::for_class(t)))
                .attrs(t),
        )
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(i) = self.0.get() {
            i.trace(visit);
        }
    }

    pub fn clear(&self) {
        if let Some(i) = self.0.get() {
            i.clear();
        }
    }
}
