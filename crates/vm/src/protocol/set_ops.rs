//! Set operations that may run Python code (`__hash__`, `__eq__`) on a [`SetTable`].
//!
//! Invariant: no borrow of the table is held while `__eq__` runs; if the table changed meanwhile
//! (its version moved), the lookup starts over, as CPython's `set_add_entry` restarts.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::set::{SetProbe, SetTable};
use ouro_memory::Obj;
use std::cell::RefCell;

impl Vm {
    fn set_table<'a>(&self, set: &'a Obj) -> &'a RefCell<SetTable> {
        &set.downcast_ref::<PySet>()
            .expect("a set operation got a set")
            .table
    }

    /// Find `key`: Ok(Ok(slot)) when present, Ok(Err(slot)) with the insertion slot if absent.
    fn set_lookup(
        &self,
        table: &RefCell<SetTable>,
        key: &Obj,
        hash: i64,
    ) -> PyResult<Result<usize, usize>> {
        'restart: loop {
            let mut skip = 0;
            loop {
                let (version, probe) = {
                    let t = table.borrow();
                    (t.version, t.probe(hash, key, skip))
                };
                match probe {
                    SetProbe::Found(i) => return Ok(Ok(i)),
                    SetProbe::Absent(i) => return Ok(Err(i)),
                    SetProbe::Compare(i, candidate) => {
                        let equal = self.keys_equal(&candidate, key)?;
                        if table.borrow().version != version {
                            continue 'restart;
                        }
                        if equal {
                            return Ok(Ok(i));
                        }
                        skip += 1;
                    }
                }
            }
        }
    }

    fn set_hash(&self, item: &Obj) -> PyResult<i64> {
        self.hash(item)
            .map_err(|e| self.unhashable_context(e, item, "a set element"))
    }

    /// `set.add(item)`.
    pub fn set_add(&self, set: &Obj, item: Obj) -> PyResult<()> {
        let table = self.set_table(set);
        let hash = self.set_hash(&item)?;
        if let Err(slot) = self.set_lookup(table, &item, hash)? {
            table.borrow_mut().insert_at(slot, hash, item);
        }
        Ok(())
    }

    /// `item in set`.
    pub fn set_contains(&self, set: &Obj, item: &Obj) -> PyResult<bool> {
        let table = self.set_table(set);
        let Some((item, hash)) = self.set_probe_key(item)? else {
            return Ok(false);
        };
        Ok(self.set_lookup(table, &item, hash)?.is_ok())
    }

    /// The key a lookup (`in`, `remove`, `discard`) uses: the item, or for a mutable set (which
    /// is unhashable) an equal frozenset, as CPython's set_contains_key retries.
    fn set_probe_key(&self, item: &Obj) -> PyResult<Option<(Obj, i64)>> {
        match self.set_hash(item) {
            Ok(hash) => Ok(Some((item.clone(), hash))),
            Err(e) => {
                let mutable_set =
                    item.is::<PySet>() && !self.isinstance(item, &self.types.frozenset);
                if !mutable_set {
                    return Err(e);
                }
                let frozen = self.new_instance_of(self.types.frozenset.clone(), PySet::default());
                self.set_update(&frozen, item)?;
                let hash = self.set_hash(&frozen)?;
                Ok(Some((frozen, hash)))
            }
        }
    }

    /// `set.discard(item)`: whether it was present.
    pub fn set_discard(&self, set: &Obj, item: &Obj) -> PyResult<bool> {
        let table = self.set_table(set);
        let Some((item, hash)) = self.set_probe_key(item)? else {
            return Ok(false);
        };
        match self.set_lookup(table, &item, hash)? {
            Ok(slot) => {
                let removed = table.borrow_mut().remove_at(slot);
                drop(removed);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    /// Add every item of `iterable` (`set_update_internal`: sets and frozensets are merged
    /// table to table, as CPython's `set_merge`, which decides the resulting order).
    pub fn set_update(&self, set: &Obj, iterable: &Obj) -> PyResult<()> {
        if let Some(other) = iterable.downcast_ref::<PySet>() {
            if !iterable.ptr_eq(set) {
                let empty = self.set_table(set).borrow().is_empty();
                let source = other.table.borrow().clone();
                if empty {
                    self.set_table(set).borrow_mut().merge_from_empty(&source);
                    return Ok(());
                }
                self.set_table(set)
                    .borrow_mut()
                    .reserve_for_merge(source.len());
                for (_, key) in source.iter() {
                    self.set_add(set, key.clone())?;
                }
                return Ok(());
            }
            return Ok(());
        }
        let iter = self.get_iter(iterable)?;
        while let Some(item) = self.next(&iter)? {
            self.set_add(set, item)?;
        }
        Ok(())
    }
}
