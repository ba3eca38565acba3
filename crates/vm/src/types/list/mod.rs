//! `list`: a mutable sequence whose items live in over-allocated storage from the memory
//! crate, its slots and methods.

use ouro_memory::{ItemVec, Obj, Payload, Trace};
use std::cell::RefCell;

/// A list: its items in storage from the memory crate's allocator, over-allocated by CPython's
/// rule (`ItemVec`), so a list object is CPython's 56 bytes with its GC prefix.
#[derive(Debug, Default)]
pub struct PyList {
    pub items: RefCell<ItemVec<Obj>>,
}

impl PyList {
    pub fn new(items: Vec<Obj>) -> PyList {
        PyList {
            items: RefCell::new(ItemVec::from(items)),
        }
    }
}

impl Trace for PyList {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        // Last to first, as CPython's `list_traverse` (`gc.get_referents` shows the order).
        if let Ok(items) = self.items.try_borrow() {
            items.iter().rev().for_each(&mut *visit);
        }
    }
    fn clear(&self) {
        let old = self
            .items
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }
}

/// CPython's list_dealloc releases items from last to first; `__del__` order shows it.
impl Drop for PyList {
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while let Some(item) = items.pop() {
            drop(item);
        }
    }
}

impl Payload for PyList {
    const NAME: &'static str = "list";
    const IS_CONTAINER: bool = true;
}

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
