//! Instances of classes whose layout is plain `object`.
//!
//! Invariants (CPython 3.14's inline values): attributes live in `attrs`, inside the instance,
//! until something asks for `__dict__`; then a dict object is materialized, takes the
//! attributes over, and from then on `attrs` stays empty and `dict` holds them. So an instance
//! is one object for the cycle collector (`gc.collect()` counts as CPython's) until its
//! `__dict__` is used.
//!
//! The finalizer runs the class's `__del__` once (PEP 442), through the thread's current VM.

use super::dict::DictTable;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PyInstance {
    /// Attributes, while no `__dict__` object has been materialized.
    pub attrs: RefCell<DictTable>,
    /// The materialized `__dict__` (a dict object), if any; `None` also for `__slots__`
    /// classes and bare `object()` instances.
    pub dict: RefCell<Option<Obj>>,
    /// Values of `__slots__` attributes, by slot index.
    pub slots: RefCell<Vec<Option<Obj>>>,
}

impl Trace for PyInstance {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(a) = self.attrs.try_borrow() {
            a.trace(visit);
        }
        if let Ok(Some(d)) = self.dict.try_borrow().as_deref() {
            visit(d);
        }
        if let Ok(s) = self.slots.try_borrow() {
            s.iter().flatten().for_each(&mut *visit);
        }
    }
    fn clear(&self) {
        let a = self
            .attrs
            .try_borrow_mut()
            .map(|mut a| std::mem::take(&mut *a));
        let d = self.dict.try_borrow_mut().map(|mut d| d.take());
        let s = self
            .slots
            .try_borrow_mut()
            .map(|mut s| std::mem::take(&mut *s));
        drop((a, d, s));
    }
}

impl Payload for PyInstance {
    const NAME: &'static str = "object";
    const IS_CONTAINER: bool = true;
    const HAS_FINALIZER: bool = true;

    fn finalize(this: &Obj) {
        crate::finalize::run_del(this);
    }
}
