//! `set` and `frozenset`.
//!
//! For now a set is a [`DictTable`] whose values equal its keys (iteration in insertion
//! order); CPython's set iterates in hash-table order, which ouro will mirror with a port of
//! setobject.c.

use super::dict::DictTable;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PySet {
    pub table: RefCell<DictTable>,
}

impl Trace for PySet {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(t) = self.table.try_borrow() {
            t.trace(visit);
        }
    }
    fn clear(&self) {
        let old = self
            .table
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut *t));
        drop(old);
    }
}

impl Payload for PySet {
    const NAME: &'static str = "set";
    const IS_CONTAINER: bool = true;
}
