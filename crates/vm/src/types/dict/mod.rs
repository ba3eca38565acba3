//! The hash table behind `dict` (and the namespaces of modules, classes and instances).
//!
//! Invariants (CPython's compact dict):
//! - `entries` holds live and deleted entries in insertion order; `indices` is an
//!   open-addressing table of positions into `entries` (`EMPTY`, `DUMMY` or an index);
//! - `indices.len()` is a power of two and at least 3/2 of `entries.len()`, so probing ends;
//! - `version` changes on every mutation, so a lookup that released the table to run a
//!   user `__eq__` can tell that the table changed under it and restart;
//! - a key's stored hash is the one `hash(key)` returned when it was inserted;
//! - `keys_tag` is 0 or a number no other table and no earlier key set of this table ever had
//!   (handed out by the VM, see [`DictTable::keys_tag`]); adding a key resets it to 0, so a
//!   tag that still matches proves no key was added since (an inline cache's proof that a
//!   global name is still absent and the builtin is the one to load).
//!
//! Equality of keys may run Python code: the table itself only compares stored hashes and
//! identity; [`crate::Vm`] drives the lookups (see `dict_ops.rs`) so no borrow of the table is
//! held while user code runs.

use ouro_memory::{storage_vec_filled, storage_vec_with_capacity, Obj, Payload, StorageVec, Trace};
use std::cell::RefCell;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Obj,
    pub value: Obj,
}

#[derive(Clone, Debug)]
pub struct DictTable {
    indices: StorageVec<u32>,
    entries: StorageVec<Option<Entry>>,
    /// Live entries (a u32 beside `keys_tag`, so both fit one word: a table cannot hold 2**32
    /// entries in memory anyway).
    len: u32,
    keys_tag: u32,
    pub version: u64,
}

/// Result of probing for a hash: candidate entry positions with the same hash.
pub enum Probe {
    /// The key is at this entry index (identity match).
    Found(usize),
    /// Entries with an equal hash that need an equality check, in probe order.
    Candidates(Vec<usize>),
}

impl Default for DictTable {
    fn default() -> Self {
        DictTable {
            indices: ouro_memory::storage_vec(),
            entries: ouro_memory::storage_vec(),
            len: 0,
            version: 0,
            keys_tag: 0,
        }
    }
}

impl DictTable {
    /// Bytes of the table's own storage (its index and entry arrays).
    pub fn storage_bytes(&self) -> usize {
        self.indices.capacity() * std::mem::size_of::<u32>()
            + self.entries.capacity() * std::mem::size_of::<Option<Entry>>()
    }

    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::default();
        if n > 0 {
            t.entries.reserve(n);
            t.indices = storage_vec_filled(EMPTY, (n * 3 / 2 + 1).next_power_of_two().max(8));
        }
        t
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Identity matches are found directly; same-hash candidates are returned for `==`.
    pub fn probe(&self, hash: i64, key: &Obj) -> Probe {
        let mut candidates = Vec::new();
        if self.indices.is_empty() {
            return Probe::Candidates(candidates);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Candidates(candidates);
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        if e.key.ptr_eq(key) {
                            return Probe::Found(ix as usize);
                        }
                        candidates.push(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Position of the string key `name`, found without running any Python code (str keys
    /// compare by value).
    pub fn find_str(&self, name: &str) -> Option<usize> {
        self.find_str_hashed(name, crate::objects::str_hash(name))
    }

    /// [`DictTable::find_str`] with the name's hash already computed.
    pub fn find_str_hashed(&self, name: &str, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash
                        && crate::objects::PyStr::view(&e.key).map(|s| s.value) == Some(name)
                    {
                        return Some(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// The entry of the string key `name`, if present.
    pub fn get_str(&self, name: &str) -> Option<&Entry> {
        self.find_str(name).and_then(|i| self.entry(i))
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).and_then(|e| e.as_ref())
    }

    pub fn set_value(&mut self, index: usize, value: Obj) -> Option<Obj> {
        self.version += 1;
        let e = self.entries.get_mut(index)?.as_mut()?;
        Some(std::mem::replace(&mut e.value, value))
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn insert_new(&mut self, hash: i64, key: Obj, value: Obj) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.len as usize + 1) * 3);
        }
        self.version += 1;
        self.keys_tag = 0;
        let index = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
        self.indices[i] = index;
    }

    /// Remove the entry at `index`, returning it.
    pub fn remove_at(&mut self, index: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(index)?.take()?;
        self.version += 1;
        self.len -= 1;
        let mask = self.mask();
        let mut perturb = entry.hash as u64;
        let mut i = (entry.hash as u64 as usize) & mask;
        loop {
            match self.indices[i] {
                x if x == index as u32 => {
                    self.indices[i] = DUMMY;
                    break;
                }
                EMPTY => break,
                _ => {}
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
        Some(entry)
    }

    fn resize(&mut self, min_size: usize) {
        let size = min_size.next_power_of_two().max(8);
        let old: Vec<Entry> = std::mem::replace(&mut self.entries, ouro_memory::storage_vec())
            .into_iter()
            .flatten()
            .collect();
        self.indices = storage_vec_filled(EMPTY, size);
        self.entries = storage_vec_with_capacity(old.len());
        self.len = 0;
        for e in old {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    /// The tag of the current key set (module doc), taking a new one from `next` if it has
    /// none.
    /// none; 0 (no tag: nothing is proved) once the VM has handed out all 2**32 - 1 of them.
    pub fn keys_tag(&mut self, next: &std::cell::Cell<u32>) -> u32 {
        if self.keys_tag == 0 {
            let tag = next.get();
            if tag == u32::MAX {
                return 0;
            }
            self.keys_tag = tag;
            next.set(tag + 1);
        }
        self.keys_tag
    }

    /// Whether the key set still has tag `tag` (no key added since it was taken).
    #[inline]
    pub fn keys_tagged(&self, tag: u32) -> bool {
        tag != 0 && self.keys_tag == tag
    }

    pub fn clear(&mut self) {
        self.version += 1;
        self.indices.clear();
        self.entries.clear();
        self.len = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The live entry at or after position `pos` (for iterators), with its position.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry (for `popitem`).
    /// Remove and return the last entry (`dict.popitem`), dropping the empty entry slots
    /// after it as CPython does (`dk_nentries = i`), so that popping every item is linear.
    /// The index table never points at those slots: a removed entry's index is a dummy.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let last = self.last_index()?;
        let entry = self.remove_at(last);
        self.entries.truncate(last);
        entry
    }

    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    pub fn keys(&self) -> Vec<Obj> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Obj> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Obj, Obj)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for e in self.iter() {
            visit(&e.key);
            visit(&e.value);
        }
    }
}

/// A `dict` object.
#[derive(Debug, Default)]
pub struct PyDict {
    pub table: RefCell<DictTable>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
}

impl Trace for PyDict {
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

impl Payload for PyDict {
    const NAME: &'static str = "dict";
    const IS_CONTAINER: bool = true;
}

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
