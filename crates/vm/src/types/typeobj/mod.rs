//! Type objects: builtin types and classes.
//!
//! Invariants:
//! - `mro` starts with the type itself and ends with `object` (C3 linearization);
//! - `layout` is the payload kind of this type's instances, inherited from the nearest builtin
//!   base ("solid base"), so `object.__new__` and the builtin constructors know what to build;
//! - `dict` holds the class namespace inline (so `type` and `object` can exist before `dict`
//!   does); builtin types are immutable.

use crate::objects::DictTable;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;

/// The payload kind of a type's instances.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `PyInstance`: plain objects with a `__dict__` (or `__slots__`).
    Object,
    Exception,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Type,
    /// `PyWeakRef`: `weakref.ref` and its subclasses.
    WeakRef,
    /// A builtin type that cannot be subclassed or instantiated directly from Python.
    Opaque,
    /// Another builtin payload that Python classes may extend (`map`, `zip`, `enumerate`, ...):
    /// its constructor builds it; two different ones cannot be combined.
    Builtin(&'static str),
}

#[derive(Debug)]
pub struct PyType {
    pub name: RefCell<Box<str>>,
    pub qualname: RefCell<Box<str>>,
    pub bases: RefCell<Vec<Obj>>,
    pub mro: RefCell<Vec<Obj>>,
    /// The class namespace (string keys); exposed to Python as a read-only proxy.
    pub dict: RefCell<DictTable>,
    pub layout: Layout,
    /// Builtin types are immutable and have no `__dict__` on their instances by default.
    pub builtin: bool,
    /// Whether `layout` allows subclassing from Python.
    pub subclassable: bool,
    /// Names from `__slots__`, when the class (or a base) declared them and no `__dict__`.
    pub slots: Option<Vec<Box<str>>>,
    /// How many `__slots__` values its instances hold: its own and its bases' (the indices of
    /// the slot descriptors of the class and its bases are below it).
    pub slot_total: usize,
    /// Instances get a `__dict__`.
    pub instance_dict: bool,
    /// (type epoch, whether the class defines a Python `__del__`): computed on first use and
    /// valid while the epoch is current (see `inline_cache.rs`), so dying instances of classes
    /// without `__del__` skip the lookup.
    pub has_del: std::cell::Cell<(u64, bool)>,
    /// The attribute names its instances store inline, in first-seen order (the shared keys of
    /// `instance.rs`).
    pub instance_keys: RefCell<Vec<Obj>>,
    /// CPython's `dk_usable` of those shared keys: how many more names they can take. It starts
    /// at `SHARED_KEYS_MAX_SIZE` and loses one per new name and one per new instance (down to
    /// 1), so that the first instances get room for many attributes and later ones for the
    /// names seen so far plus one.
    pub keys_usable: std::cell::Cell<usize>,
    /// Whether `__abstractmethods__` is set and non-empty (CPython's
    /// `Py_TPFLAGS_IS_ABSTRACT`): `object.__new__` refuses to instantiate it.
    pub is_abstract: std::cell::Cell<bool>,
    /// The type's protocol slots (`slots.rs`).
    pub type_slots: crate::protocol::slots::TypeSlots,
    /// Weak references to the classes that name it as a base (CPython's `tp_subclasses`), for
    /// `__subclasses__()`. Not traced: they keep nothing alive.
    pub subclasses: RefCell<Vec<Obj>>,
}

impl PyType {
    pub fn name(&self) -> String {
        self.name.borrow().to_string()
    }

    pub fn mro(&self) -> Vec<Obj> {
        self.mro.borrow().clone()
    }

    /// How many `__slots__` values its instances hold.
    pub fn slot_count(&self) -> usize {
        self.slot_total
    }

    /// How many inline attribute values a new instance gets (CPython's `init_inline_values`):
    /// the names seen so far plus what the shared keys can still take, after taking one from
    /// that for this instance. Call it once per new instance.
    pub fn inline_capacity(&self) -> usize {
        if !self.instance_dict || self.builtin {
            return 0;
        }
        let usable = self.keys_usable.get();
        if usable > 1 {
            self.keys_usable.set(usable - 1);
        }
        self.instance_keys.borrow().len() + self.keys_usable.get()
    }
}

impl Trace for PyType {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(d) = self.dict.try_borrow() {
            d.trace(visit);
        }
        if let Ok(b) = self.bases.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(m) = self.mro.try_borrow() {
            // The first entry is the type itself: a reference to itself, which makes every
            // class a cycle (as in CPython, where `__mro__` holds the class too).
            m.iter().for_each(&mut *visit);
        }
    }
    fn clear(&self) {
        let old_mro = self
            .mro
            .try_borrow_mut()
            .map(|mut m| std::mem::take(&mut *m));
        let old_bases = self
            .bases
            .try_borrow_mut()
            .map(|mut m| std::mem::take(&mut *m));
        // CPython's `type_clear` empties the namespace too (`C.me = C` is a cycle through it).
        let old_dict = self
            .dict
            .try_borrow_mut()
            .map(|mut d| std::mem::take(&mut *d));
        if let Some(vm) = crate::runtime::finalize::current() {
            vm.invalidate_type_cache();
        }
        drop((old_mro, old_bases, old_dict));
    }
}

/// A dying type first empties the method cache, whose entries may hold its attributes.
impl Drop for PyType {
    fn drop(&mut self) {
        if let Some(vm) = crate::runtime::finalize::current() {
            vm.invalidate_type_cache();
        }
    }
}

impl Payload for PyType {
    const NAME: &'static str = "type";
    const IS_CONTAINER: bool = true;
    const IS_CLASS: bool = true;
}

mod methods;
pub(crate) use methods::*;
