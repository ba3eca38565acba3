//! `tuple`: an immutable sequence whose items live in the object's own block, its slots and
//! methods.

use ouro_memory::{Obj, Payload, Trace, VarPayload};
use std::cell::Cell;

/// The head of a tuple object: a cached hash, then, in the same block, its items (a
/// variable-size object, CPython's `PyTupleObject`: 48 + 8n bytes with the GC prefix).
///
/// Invariants: the items never change after creation; `hash` is -1 until the hash is first
/// computed. A tuple has no `clear` (as in CPython): a cycle through a tuple always goes through a
/// mutable container, whose `clear` breaks it.
#[derive(Debug)]
pub struct PyTuple {
    pub hash: Cell<i64>,
}

/// A borrowed tuple: its head and its items.
#[derive(Clone, Copy, Debug)]
pub struct TupleRef<'a> {
    pub head: &'a PyTuple,
    items: &'a [Obj],
}

impl<'a> From<(&'a PyTuple, &'a [Obj])> for TupleRef<'a> {
    fn from((head, items): (&'a PyTuple, &'a [Obj])) -> Self {
        TupleRef { head, items }
    }
}

impl<'a> TupleRef<'a> {
    pub fn items(&self) -> &'a [Obj] {
        self.items
    }

    pub fn to_vec(&self) -> Vec<Obj> {
        self.items.to_vec()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Obj> {
        self.items.get(i).cloned()
    }
}

impl PyTuple {
    /// A tuple object of class `class` (`tuple` or a subclass) holding `items`.
    pub fn new_obj(class: Obj, items: Vec<Obj>) -> Obj {
        Self::new_obj_from(class, items.into_iter())
    }

    /// A tuple object of class `class` holding the items `items` yields.
    pub fn new_obj_from(class: Obj, items: impl ExactSizeIterator<Item = Obj>) -> Obj {
        Obj::new_var(
            class,
            PyTuple {
                hash: Cell::new(-1),
            },
            items,
        )
    }

    /// The tuple `obj` is, if it is one (of any tuple class).
    #[inline]
    pub fn view(obj: &Obj) -> Option<TupleRef<'_>> {
        obj.downcast_var::<PyTuple>().map(TupleRef::from)
    }

    /// Whether `obj` is a tuple (of any tuple class).
    #[inline]
    pub fn is_tuple(obj: &Obj) -> bool {
        obj.is_var::<PyTuple>()
    }
}

impl Trace for PyTuple {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyTuple {
    const NAME: &'static str = "tuple";
    const IS_CONTAINER: bool = true;
    const MAY_UNTRACK: bool = true;
}

impl VarPayload for PyTuple {
    type Item = Obj;

    fn trace_items(&self, items: &[Obj], visit: &mut dyn FnMut(&Obj)) {
        // Last to first, as CPython's `tupletraverse`.
        items.iter().rev().for_each(visit);
    }

    /// `_PyTuple_MaybeUntrack`: a tuple whose items are all untracked needs no tracking.
    fn can_untrack_items(&self, items: &[Obj]) -> bool {
        items.iter().all(|o| !o.is_tracked())
    }
}

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
