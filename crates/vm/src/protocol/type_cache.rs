//! The method cache: `lookup_type(cls, name)` results, as CPython's `type_cache`.
//!
//! Invariants:
//! - an entry is (class address, name, value found or absent); it is only valid while no
//!   type's namespace has changed since it was stored, so every mutation of a type dict
//!   (`invalidate`) empties the cache, except the VM's own stores into a class that has no
//!   subclasses (`Vm::type_dict_set`), which forget only that class's entries: no lookup on
//!   another class can have seen its dict;
//! - entries hold strong references, so the cache is also emptied when any type dies, before
//!   the type's namespace is released (`PyType`'s `Drop`): a cached class attribute never
//!   outlives its class, and `__del__` timing is unchanged; and it is emptied before every
//!   cycle collection, so it never keeps garbage alive (a class whose own attribute was looked
//!   up, `K.default = K()`, is otherwise reachable from the cache alone);
//! - values are dropped only after the cache's borrow ends (a drop can run `__del__`, which
//!   can look types up again).

use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Number of slots (a power of two); a slot is chosen by class address and name hash.
pub const TYPE_CACHE_SIZE: usize = 4096;

#[derive(Default)]
pub struct TypeCacheEntry {
    class: usize,
    hash: i64,
    name: Box<str>,
    value: Option<Obj>,
    valid: bool,
}

fn slot(class: usize, hash: i64) -> usize {
    ((class >> 4) ^ hash as usize) & (TYPE_CACHE_SIZE - 1)
}

impl Vm {
    /// A cached lookup: Some(result) on a hit (the result itself may be "absent").
    pub(crate) fn type_cache_get(
        &self,
        class: usize,
        name: &str,
        hash: i64,
    ) -> Option<Option<Obj>> {
        let cache = self.type_cache.borrow();
        let e = cache.get(slot(class, hash))?;
        (e.valid && e.class == class && e.hash == hash && &*e.name == name).then(|| e.value.clone())
    }

    pub(crate) fn type_cache_put(&self, class: usize, name: &str, hash: i64, value: Option<Obj>) {
        let old = {
            let mut cache = self.type_cache.borrow_mut();
            if cache.is_empty() {
                cache.resize_with(TYPE_CACHE_SIZE, TypeCacheEntry::default);
            }
            let entry = TypeCacheEntry {
                class,
                hash,
                name: name.into(),
                value,
                valid: true,
            };
            std::mem::replace(&mut cache[slot(class, hash)], entry)
        };
        drop(old);
    }

    /// Drop the cached values, keeping the type epoch (no type changed): before a collection.
    pub(crate) fn clear_type_cache_values(&self) {
        let old = match self.type_cache.try_borrow_mut() {
            Ok(mut cache) => std::mem::take(&mut *cache),
            Err(_) => return,
        };
        drop(old);
    }

    /// Forget every cached lookup (a type's namespace changed, or a type died).
    pub(crate) fn invalidate_type_cache(&self) {
        self.type_epoch.set(self.type_epoch.get() + 1);
        let old = match self.type_cache.try_borrow_mut() {
            Ok(mut cache) => std::mem::take(&mut *cache),
            Err(_) => return,
        };
        drop(old);
    }

    /// Forget the cached lookups on `class` alone and start a new type epoch: enough when the
    /// dict of a class without subclasses changes (only lookups on that class can have seen
    /// it), and the cache's other entries stay.
    pub(crate) fn invalidate_type_cache_for(&self, class: &Obj) {
        self.type_epoch.set(self.type_epoch.get() + 1);
        let addr = class.addr();
        let old: Vec<Option<Obj>> = match self.type_cache.try_borrow_mut() {
            Ok(mut cache) => cache
                .iter_mut()
                .filter(|e| e.valid && e.class == addr)
                .map(|e| {
                    e.valid = false;
                    e.value.take()
                })
                .collect(),
            Err(_) => {
                self.invalidate_type_cache();
                return;
            }
        };
        drop(old);
    }
}
