//! Hashing, key equality and the dict/set/mapping operations built on [`DictTable`].
//!
//! Invariant: no borrow of a table is held while Python code (`__hash__`, `__eq__`) runs;
//! a lookup that had to call `__eq__` re-checks the table's version and restarts if the table
//! changed meanwhile (CPython's dictobject.c does the same).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::dict::Probe;
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;
use std::cell::RefCell;

impl Vm {
    /// CPython 3.14 says where an unhashable object was used: "cannot use 'list' as a set
    /// element (unhashable type: 'list')".
    pub(crate) fn unhashable_context(
        &self,
        e: crate::runtime::errors::PyErr,
        obj: &Obj,
        what: &str,
    ) -> crate::runtime::errors::PyErr {
        if self.exc_matches(&e.exc, "TypeError") {
            if let Ok(msg) = self.exception_str(&e.exc) {
                if msg.starts_with("unhashable type") {
                    return self.type_error(format!(
                        "cannot use '{}' as {what} ({msg})",
                        self.type_name(obj)
                    ));
                }
            }
        }
        e
    }

    /// CPython's tuple hash (xxHash-based, tupleobject.c).
    pub(crate) fn tuple_hash(&self, items: &[Obj]) -> PyResult<i64> {
        self.xxhash_items(items, true)
    }

    /// CPython's xxHash-based combination of item hashes: a tuple's (`with_length`), and a
    /// slice's, which leaves out the length.
    pub(crate) fn xxhash_items(&self, items: &[Obj], with_length: bool) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for item in items {
            let lane = self.hash(item)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        if with_length {
            acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        }
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// Key equality for lookups: identity, then native comparison of str/int/float, then `==`.
    pub fn keys_equal(&self, a: &Obj, b: &Obj) -> PyResult<bool> {
        if a.ptr_eq(b) {
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (PyStr::view(a), PyStr::view(b)) {
            // Exact strs compare by value; a subclass may define its own `__eq__`.
            let str_type = &self.types.str;
            if a.class().ptr_eq(str_type) && b.class().ptr_eq(str_type) {
                return Ok(x.value == y.value);
            }
        }
        // Exact ints and bools compare by value; an int subclass may define its own `__eq__`.
        let plain_int =
            |o: &Obj| o.class().ptr_eq(&self.types.int) || o.class().ptr_eq(&self.types.bool_);
        if plain_int(a) && plain_int(b) {
            if let (Some(x), Some(y)) = (PyInt::small_of(a), PyInt::small_of(b)) {
                return Ok(x == y);
            }
            if let (Some(x), Some(y)) = (PyInt::of(a), PyInt::of(b)) {
                return Ok(x == y);
            }
        }
        self.eq(a, b)
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Obj, b: &Obj) -> PyResult<bool> {
        if a.ptr_eq(b) {
            // Identity implies equality for containers' purposes (CPython's PyObject_RichCompareBool).
            return Ok(true);
        }
        let r = self.rich_compare(a, b, Comparison::Eq)?;
        self.is_true(&r)
    }

    /// Find `key` in `table`: the entry position, or None.
    pub(crate) fn table_find(
        &self,
        table: &RefCell<DictTable>,
        key: &Obj,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        'restart: loop {
            let (version, probe) = {
                let t = table.borrow();
                (t.version, t.probe(hash, key))
            };
            match probe {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Candidates(candidates) => {
                    for i in candidates {
                        let cand = match table.borrow().entry(i) {
                            Some(e) => e.key.clone(),
                            None => continue,
                        };
                        let equal = self.keys_equal(&cand, key)?;
                        if table.borrow().version != version {
                            continue 'restart;
                        }
                        if equal {
                            return Ok(Some(i));
                        }
                    }
                    return Ok(None);
                }
            }
        }
    }

    pub(crate) fn table_get(&self, table: &RefCell<DictTable>, key: &Obj) -> PyResult<Option<Obj>> {
        let hash = self
            .hash(key)
            .map_err(|e| self.unhashable_context(e, key, "a dict key"))?;
        let pos = self.table_find(table, key, hash)?;
        Ok(pos.and_then(|i| table.borrow().entry(i).map(|e| e.value.clone())))
    }

    pub(crate) fn table_set(
        &self,
        table: &RefCell<DictTable>,
        key: Obj,
        value: Obj,
    ) -> PyResult<()> {
        let hash = self
            .hash(&key)
            .map_err(|e| self.unhashable_context(e, &key, "a dict key"))?;
        let old = match self.table_find(table, &key, hash)? {
            Some(i) => table.borrow_mut().set_value(i, value),
            None => {
                table.borrow_mut().insert_new(hash, key, value);
                None
            }
        };
        // The replaced value dies after the table is released (its __del__ may run).
        drop(old);
        Ok(())
    }

    /// Remove `key`; returns the removed value.
    pub(crate) fn table_remove(
        &self,
        table: &RefCell<DictTable>,
        key: &Obj,
    ) -> PyResult<Option<Obj>> {
        let hash = self
            .hash(key)
            .map_err(|e| self.unhashable_context(e, key, "a dict key"))?;
        match self.table_find(table, key, hash)? {
            Some(i) => {
                let entry = table.borrow_mut().remove_at(i);
                Ok(entry.map(|e| e.value))
            }
            None => Ok(None),
        }
    }

    fn dict_table<'a>(&self, dict: &'a Obj) -> &'a RefCell<DictTable> {
        &dict
            .downcast_ref::<PyDict>()
            .expect("a dict operation got a dict")
            .table
    }

    /// `dict[key]` without raising KeyError.
    pub fn dict_get_item(&self, dict: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        self.table_get(self.dict_table(dict), key)
    }

    pub fn dict_set_item(&self, dict: &Obj, key: Obj, value: Obj) -> PyResult<()> {
        self.table_set(self.dict_table(dict), key, value)
    }

    /// Delete `key`; false if absent.
    pub fn dict_del_item_opt(&self, dict: &Obj, key: &Obj) -> PyResult<bool> {
        let removed = self.table_remove(self.dict_table(dict), key)?;
        Ok(removed.is_some())
    }

    /// `dict.update(mapping)` for a dict or any object with `keys()`.
    pub fn dict_update(&self, dict: &Obj, other: &Obj) -> PyResult<()> {
        // A dict's own items, unless a subclass iterates differently (CPython's dict_merge
        // reads the storage only when `tp_iter` is dict's).
        let own_iteration = || {
            other.class().ptr_eq(&self.types.dict)
                || match (
                    self.iter_slot(other.class()),
                    self.native_slots(&self.types.dict).iter,
                ) {
                    (Some(a), Some(b)) => std::ptr::fn_addr_eq(a, b),
                    _ => false,
                }
        };
        if let Some(d) = other.downcast_ref::<PyDict>().filter(|_| own_iteration()) {
            let items = d.table.borrow().items();
            for (k, v) in items {
                self.dict_set_item(dict, k, v)?;
            }
            return Ok(());
        }
        let keys = self.call_method(other, "keys", &[])?;
        for k in self.collect_iterable(&keys)? {
            let v = self.get_item(other, &k)?;
            self.dict_set_item(dict, k, v)?;
        }
        Ok(())
    }

    /// `f(**mapping)`: merge into the keyword dict, rejecting duplicates.
    pub(crate) fn dict_merge_kwargs(&self, dict: &Obj, mapping: &Obj, func: &Obj) -> PyResult<()> {
        let items: Vec<(Obj, Obj)> = if let Some(d) = mapping.downcast_ref::<PyDict>() {
            d.table.borrow().items()
        } else if self.lookup_special(mapping, "keys").is_some() {
            let keys = self.call_method(mapping, "keys", &[])?;
            let mut items = Vec::new();
            for k in self.collect_iterable(&keys)? {
                let v = self.get_item(mapping, &k)?;
                items.push((k, v));
            }
            items
        } else {
            return Err(self.type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                self.callable_name(func),
                self.type_name(mapping)
            )));
        };
        for (k, v) in items {
            if !PyStr::is_str(&k) {
                return Err(self.type_error("keywords must be strings"));
            }
            if self.dict_get_item(dict, &k)?.is_some() {
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callable_name(func),
                    self.str_value(&k).unwrap_or_default()
                )));
            }
            self.dict_set_item(dict, k, v)?;
        }
        Ok(())
    }

    // ---- namespaces (dicts, or any mapping for class bodies) ------------------------

    /// A namespace read (`LoadName`): an exact dict directly, any other mapping (a dict
    /// subclass from `__prepare__` included) through its `__getitem__`, as CPython.
    pub(crate) fn mapping_get(&self, ns: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        if ns.class().ptr_eq(&self.types.dict) {
            return self.dict_get_item(ns, key);
        }
        match self.get_item(ns, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e.exc, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(crate) fn mapping_get_str(&self, ns: &Obj, key: &str) -> PyResult<Option<Obj>> {
        let k = self.intern(key);
        self.mapping_get(ns, &k)
    }

    pub(crate) fn mapping_set(&self, ns: &Obj, key: Obj, value: Obj) -> PyResult<()> {
        if ns.class().ptr_eq(&self.types.dict) {
            return self.dict_set_item(ns, key, value);
        }
        self.set_item(ns, key, value)
    }

    pub(crate) fn mapping_del(&self, ns: &Obj, key: &Obj) -> PyResult<bool> {
        if ns.class().ptr_eq(&self.types.dict) {
            return self.dict_del_item_opt(ns, key);
        }
        match self.del_item(ns, key) {
            Ok(()) => Ok(true),
            Err(e) if self.exc_matches(&e.exc, "KeyError") => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Look up a string key in a dict object without running Python code.
    pub fn dict_get_str(&self, dict: &Obj, key: &str) -> Option<Obj> {
        let d = dict.downcast_ref::<PyDict>()?;
        let t = d.table.borrow();
        t.get_str(key).map(|e| e.value.clone())
    }

    /// Store under a string key (an interned str).
    pub fn dict_set_str(&self, dict: &Obj, key: &str, value: Obj) {
        let k = self.intern(key);
        // str keys never run Python code, so this cannot fail.
        let _ = self.dict_set_item(dict, k, value);
    }
}
