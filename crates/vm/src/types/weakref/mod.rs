//! Weak reference objects: `weakref.ref` (and its subclasses) and the two proxy types.
//!
//! Invariants: the weak part is the memory crate's [`WeakSlot`] (it never owns the referent and
//! is cleared when the referent dies); a `ref` also caches the referent's hash once computed
//! (it must survive the referent, as in CPython), and has the instance storage of a class
//! instance for subclasses of `ref` (`__slots__` or a `__dict__`); proxies have neither.

use crate::objects::InstanceState;
use ouro_memory::weakref::WeakSlot;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::Cell;

#[derive(Debug, Default)]
pub struct PyWeakRef {
    pub slot: WeakSlot,
    /// `hash(ref)`, computed from the referent the first time it is asked for.
    pub hash: Cell<Option<i64>>,
    /// Attribute storage for instances of subclasses of `ref`.
    pub inst: InstanceState,
}

impl Trace for PyWeakRef {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.slot.trace(visit);
        self.inst.trace(visit);
    }

    fn clear(&self) {
        self.slot.clear();
        self.inst.clear();
    }
}

impl Payload for PyWeakRef {
    const NAME: &'static str = "weakref";
    const IS_CONTAINER: bool = true;
    const HAS_WEAK_SLOT: bool = true;

    fn weak_slot(&self) -> Option<&WeakSlot> {
        Some(&self.slot)
    }
}

/// `weakref.proxy(obj)`: `ProxyType`, or `CallableProxyType` for callable referents.
#[derive(Debug, Default)]
pub struct PyWeakProxy {
    pub slot: WeakSlot,
}

impl Trace for PyWeakProxy {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.slot.trace(visit);
    }

    fn clear(&self) {
        self.slot.clear();
    }
}

impl Payload for PyWeakProxy {
    const NAME: &'static str = "weakproxy";
    const IS_CONTAINER: bool = true;
    const HAS_WEAK_SLOT: bool = true;

    fn weak_slot(&self) -> Option<&WeakSlot> {
        Some(&self.slot)
    }
}

mod methods;
pub(crate) use methods::*;
