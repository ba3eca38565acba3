//! The instance storage of a Python subclass of a builtin container (`class Stack(list)`,
//! `class Registry(dict)`, `class Tags(set)`): the same inline attributes, `__dict__` and
//! `__slots__` values a plain instance has ([`PyInstance`]), attached to the container. CPython
//! 3.14 gives these subclasses managed dicts with inline values too, which is why their
//! attributes are not separate objects in `gc.collect()` counts.
//!
//! Invariants:
//! - instances of the builtin types themselves never get storage: it is created on first
//!   access, and only for an object whose class is a Python class;
//! - once created it lives as long as the object; it is traced and cleared with it.

use super::{PyInstance, PyType};
use ouro_memory::{Obj, Trace};
use std::cell::{OnceCell, RefCell};

#[derive(Debug, Default)]
pub struct SubclassInstance(OnceCell<Box<PyInstance>>);

impl SubclassInstance {
    /// The storage of `obj` (whose payload holds `self`), created on first use when `obj`'s
    /// class is a Python class.
    pub fn for_object(&self, obj: &Obj) -> Option<&PyInstance> {
        if let Some(i) = self.0.get() {
            return Some(i);
        }
        let t = obj.class().downcast_ref::<PyType>()?;
        if t.builtin {
            return None;
        }
        let slots = t.slots.as_ref().map_or(0, |s| s.len());
        Some(self.0.get_or_init(|| {
            Box::new(PyInstance {
                slots: RefCell::new(vec![None; slots]),
                ..PyInstance::default()
            })
        }))
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
