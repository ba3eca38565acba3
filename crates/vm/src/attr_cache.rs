//! Inline caches for the attribute instructions (`LoadAttr`, `StoreAttr`, `LoadMethod`), as
//! CPython 3.11's specializing interpreter keeps beside each instruction.
//!
//! What an entry proves: for one class, at one *type epoch*, the generic attribute protocol
//! reaches the instance's inline attributes for this name: the class has the plain
//! `object.__getattribute__` (or `__setattr__`), no data descriptor of that name anywhere on its
//! MRO, and the name is not one of the special attributes (`__class__`, `__dict__`, ...).
//!
//! Invariants:
//! - the type epoch changes whenever any type's namespace changes or any type dies (it is bumped
//!   with the type cache, `invalidate_type_cache`), so an entry with the current epoch describes
//!   its class's MRO lookups exactly, and a stale class address can never match a new class;
//! - an entry holds no references (only the class address and a position hint), so caches are
//!   invisible to refcounts and to the cycle collector;
//! - the fast paths re-check what can change without the epoch changing: the object's class,
//!   that its attributes are still inline (no `__dict__` materialized), and the key itself;
//!   a key is absent only when the probe finds neither it nor any other key of equal hash, so
//!   the answer is the generic protocol's, whatever strings the table holds.
//!
//! Anything else (a miss, a `__dict__`, a shadowing candidate that needs `__eq__`) takes the
//! generic path, which refills the entry when the conditions hold.

use crate::errors::PyResult;
use crate::objects::dict::Probe;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;
use std::cell::Cell;

/// What an entry's class-level facts allow.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum AttrCacheKind {
    /// Nothing cached.
    #[default]
    Empty,
    /// `LoadAttr`: look in the inline attributes; if absent there, the class attribute (a
    /// non-data descriptor or plain value), bound as `descr_get` binds it.
    Load { class_attr: bool },
    /// `StoreAttr`: store into the inline attributes.
    Store,
    /// `LoadMethod`: the class attribute is a plain function, unless the instance shadows it.
    Method,
}

/// One cache entry (per instruction).
#[derive(Clone, Copy, Default, Debug)]
pub struct AttrCacheEntry {
    class: usize,
    epoch: u64,
    /// Where the key was last found in the inline table (a hint, re-checked).
    hint: u32,
    kind: AttrCacheKind,
}

/// The caches of one code object, one per instruction.
pub type AttrCaches = Box<[Cell<AttrCacheEntry>]>;

pub fn new_attr_caches(instructions: usize) -> AttrCaches {
    (0..instructions)
        .map(|_| Cell::new(AttrCacheEntry::default()))
        .collect()
}

/// Where `name` is in an inline table: Some(Ok(index)) found, Some(Err(())) certainly absent,
/// None when only `==` could tell (a same-hash key that is not `name` itself).
fn find_inline(attrs: &DictTable, name: &Obj, hint: u32) -> Option<Result<usize, ()>> {
    if let Some(e) = attrs.entry(hint as usize) {
        if e.key.ptr_eq(name) {
            return Some(Ok(hint as usize));
        }
    }
    let hash = name.downcast_ref::<PyStr>()?.hash_value();
    match attrs.probe(hash, name) {
        Probe::Found(i) => Some(Ok(i)),
        Probe::Candidates(c) if c.is_empty() => Some(Err(())),
        Probe::Candidates(_) => None,
    }
}

impl Vm {
    fn attr_cache_valid(&self, e: &AttrCacheEntry, obj: &Obj) -> bool {
        e.epoch == self.type_epoch.get() && obj.class().addr() == e.class
    }

    /// `obj.name` from the cache, or None to take the generic path.
    pub(crate) fn cached_load_attr(
        &self,
        cache: &Cell<AttrCacheEntry>,
        obj: &Obj,
        name: &Obj,
    ) -> Option<PyResult<Obj>> {
        let e = cache.get();
        let AttrCacheKind::Load { class_attr } = e.kind else {
            return None;
        };
        if !self.attr_cache_valid(&e, obj) {
            return None;
        }
        let inst = obj.downcast_ref::<PyInstance>()?;
        if inst.dict.borrow().is_some() {
            return None;
        }
        let found = {
            let attrs = inst.attrs.borrow();
            match find_inline(&attrs, name, e.hint)? {
                Ok(i) => {
                    if i as u32 != e.hint {
                        cache.set(AttrCacheEntry {
                            hint: i as u32,
                            ..e
                        });
                    }
                    attrs.entry(i).map(|entry| entry.value.clone())
                }
                Err(()) => None,
            }
        };
        if let Some(v) = found {
            return Some(Ok(v));
        }
        if !class_attr {
            return None;
        }
        let n = &*name.downcast_ref::<PyStr>()?.value;
        let cls = obj.class();
        let descr = self.lookup_type(cls, n)?;
        Some(self.descr_get(descr, Some(obj), cls))
    }

    /// `obj.name = value` through the cache; gives the value back to take the generic path.
    pub(crate) fn cached_store_attr(
        &self,
        cache: &Cell<AttrCacheEntry>,
        obj: &Obj,
        name: &Obj,
        value: Obj,
    ) -> Result<(), Obj> {
        let e = cache.get();
        if e.kind != AttrCacheKind::Store || !self.attr_cache_valid(&e, obj) {
            return Err(value);
        }
        let Some(inst) = obj.downcast_ref::<PyInstance>() else {
            return Err(value);
        };
        if inst.dict.borrow().is_some() {
            return Err(value);
        }
        let old = {
            let mut attrs = inst.attrs.borrow_mut();
            match find_inline(&attrs, name, e.hint) {
                Some(Ok(i)) => attrs.set_value(i, value),
                Some(Err(())) if attrs.len() < crate::attr::INLINE_ATTRIBUTES_MAX => {
                    let Some(hash) = name.downcast_ref::<PyStr>().map(PyStr::hash_value) else {
                        return Err(value);
                    };
                    attrs.insert_new(hash, name.clone(), value);
                    None
                }
                _ => return Err(value),
            }
        };
        // The replaced value dies after the table is released (its __del__ may run).
        drop(old);
        Ok(())
    }

    /// `obj.name` for a call, from the cache: (function, receiver), or None.
    pub(crate) fn cached_load_method(
        &self,
        cache: &Cell<AttrCacheEntry>,
        obj: &Obj,
        name: &Obj,
    ) -> Option<(Obj, Obj)> {
        let e = cache.get();
        if e.kind != AttrCacheKind::Method || !self.attr_cache_valid(&e, obj) {
            return None;
        }
        let inst = obj.downcast_ref::<PyInstance>()?;
        if inst.dict.borrow().is_some() {
            return None;
        }
        if find_inline(&inst.attrs.borrow(), name, e.hint)? != Err(()) {
            return None;
        }
        let n = &*name.downcast_ref::<PyStr>()?.value;
        let func = self.lookup_type(obj.class(), n)?;
        Some((func, obj.clone()))
    }

    /// After a generic `LoadAttr`, `StoreAttr` or `LoadMethod` (`kind` says which) succeeded:
    /// cache it when the class-level conditions of the module doc hold.
    pub(crate) fn fill_attr_cache(
        &self,
        cache: &Cell<AttrCacheEntry>,
        obj: &Obj,
        name: &Obj,
        kind: AttrCacheKind,
    ) {
        let Some(inst) = obj.downcast_ref::<PyInstance>() else {
            return;
        };
        let cls = obj.class();
        let Some(t) = cls.downcast_ref::<PyType>() else {
            return;
        };
        let Some(n) = name.downcast_ref::<PyStr>().map(|s| &*s.value) else {
            return;
        };
        if !t.instance_dict || n.starts_with("__") || inst.dict.borrow().is_some() {
            return;
        }
        let hook = match kind {
            AttrCacheKind::Store => "__setattr__",
            _ => "__getattribute__",
        };
        if !self
            .lookup_type(cls, hook)
            .is_none_or(|h| h.is::<PyMethodDescr>())
        {
            return;
        }
        let descr = self.lookup_type(cls, n);
        if descr.as_ref().is_some_and(|d| self.is_data_descriptor(d)) {
            return;
        }
        let kind = match kind {
            AttrCacheKind::Load { .. } => AttrCacheKind::Load {
                class_attr: descr.is_some(),
            },
            AttrCacheKind::Method if !descr.as_ref().is_some_and(|d| d.is::<PyFunction>()) => {
                return;
            }
            other => other,
        };
        let hint = match find_inline(&inst.attrs.borrow(), name, 0) {
            Some(Ok(i)) => i as u32,
            _ => 0,
        };
        cache.set(AttrCacheEntry {
            class: cls.addr(),
            epoch: self.type_epoch.get(),
            hint,
            kind,
        });
    }
}
