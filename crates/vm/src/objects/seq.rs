//! `list` and `tuple`.

use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PyList {
    pub items: RefCell<Vec<Obj>>,
    /// Attribute storage of an instance of a Python subclass.
    pub inst: super::SubclassInstance,
}

impl PyList {
    pub fn new(items: Vec<Obj>) -> PyList {
        PyList {
            items: RefCell::new(items),
            inst: Default::default(),
        }
    }
}

impl Trace for PyList {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        // Last to first, as CPython's `list_traverse` (`gc.get_referents` shows the order).
        if let Ok(items) = self.items.try_borrow() {
            items.iter().rev().for_each(&mut *visit);
        }
        self.inst.trace(visit);
    }
    fn clear(&self) {
        // The subclass instance's attributes first, as CPython's subtype_clear.
        self.inst.clear();
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

/// An immutable sequence; `clear` empties it only to break a cycle during collection.
#[derive(Debug)]
pub struct PyTuple {
    pub items: RefCell<Box<[Obj]>>,
}

impl PyTuple {
    pub fn new(items: Vec<Obj>) -> PyTuple {
        PyTuple {
            items: RefCell::new(items.into_boxed_slice()),
        }
    }

    pub fn to_vec(&self) -> Vec<Obj> {
        self.items.borrow().to_vec()
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Obj> {
        self.items.borrow().get(i).cloned()
    }
}

impl Trace for PyTuple {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        // Last to first, as CPython's `tupletraverse`.
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

/// CPython's tupledealloc releases items from last to first, like lists.
impl Drop for PyTuple {
    fn drop(&mut self) {
        let mut items = std::mem::take(self.items.get_mut()).into_vec();
        while let Some(item) = items.pop() {
            drop(item);
        }
    }
}

impl Payload for PyTuple {
    const NAME: &'static str = "tuple";
    const IS_CONTAINER: bool = true;
    const MAY_UNTRACK: bool = true;

    /// `_PyTuple_MaybeUntrack`: a tuple whose items are all untracked needs no tracking.
    fn can_untrack(&self) -> bool {
        self.items
            .try_borrow()
            .map(|items| items.iter().all(|o| !o.is_tracked()))
            .unwrap_or(false)
    }
}
