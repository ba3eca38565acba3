//! Instances of classes whose layout is plain `object`.
//!
//! The finalizer runs the class's `__del__` once (PEP 442), through the thread's current VM.

use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PyInstance {
    /// The `__dict__` (a dict object), created on first use; `None` for `__slots__` classes
    /// and bare `object()` instances.
    pub dict: RefCell<Option<Obj>>,
    /// Values of `__slots__` attributes, by slot index.
    pub slots: RefCell<Vec<Option<Obj>>>,
}

impl Trace for PyInstance {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(Some(d)) = self.dict.try_borrow().as_deref() {
            visit(d);
        }
        if let Ok(s) = self.slots.try_borrow() {
            s.iter().flatten().for_each(&mut *visit);
        }
    }
    fn clear(&self) {
        let d = self.dict.try_borrow_mut().map(|mut d| d.take());
        let s = self
            .slots
            .try_borrow_mut()
            .map(|mut s| std::mem::take(&mut *s));
        drop((d, s));
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
