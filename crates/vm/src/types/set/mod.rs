//! `set` and `frozenset`: CPython's set hash table (Objects/setobject.c), so iteration order
//! — which programs print — is CPython's.
//!
//! Invariants:
//! - `slots.len()` is a power of two (at least [`MIN_SIZE`]); `mask == slots.len() - 1`;
//! - a slot is empty, a dummy (a removed key; it keeps probe chains intact) or active;
//! - `fill` counts active + dummy slots, `used` counts active ones; `fill < slots.len()`, so
//!   every probe sequence reaches an empty slot;
//! - iteration visits slots in index order, skipping empty and dummy slots;
//! - `version` changes on every mutation, so a lookup that ran `__eq__` can tell that the
//!   table changed under it and restart (as `set_add_entry`'s `goto restart`).

use ouro_memory::{storage_vec_filled, Obj, Payload, StorageVec, Trace};
use std::cell::RefCell;

/// PySet_MINSIZE.
pub const MIN_SIZE: usize = 8;
/// Slots probed linearly before the perturbed jump (LINEAR_PROBES).
pub const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug, Default)]
pub enum Slot {
    #[default]
    Empty,
    Dummy,
    Active {
        hash: i64,
        key: Obj,
    },
}

#[derive(Clone, Debug)]
pub struct SetTable {
    slots: StorageVec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` resumes its scan (CPython's `finger`).
    finger: usize,
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: storage_vec_filled(Slot::Empty, MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

/// What a probe for a key found.
pub enum SetProbe {
    /// The key is active at this slot (identity match).
    Found(usize),
    /// A slot whose stored hash equals the key's: compare with `==` (slot index, stored key).
    Compare(usize, Obj),
    /// The key is absent; a new key would go into this slot.
    Absent(usize),
}

impl SetTable {
    /// Bytes of the table's own storage.
    pub fn storage_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Probe for `key` starting after `skip` same-hash candidates already compared unequal.
    /// Mirrors `set_add_entry`'s loop: linear probes, then perturbation; the first dummy seen
    /// is where a new key would go.
    pub fn probe(&self, hash: i64, key: &Obj, skip: usize) -> SetProbe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let mut seen = 0usize;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return SetProbe::Absent(freeslot.unwrap_or(j)),
                    Slot::Dummy => {
                        freeslot.get_or_insert(j);
                    }
                    Slot::Active { hash: h, key: k } => {
                        if *h == hash {
                            if k.ptr_eq(key) {
                                return SetProbe::Found(j);
                            }
                            if seen >= skip {
                                return SetProbe::Compare(j, k.clone());
                            }
                            seen += 1;
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Store a new key in the slot `probe` returned as Absent; resizes as `set_add_entry`.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Obj) {
        self.version += 1;
        let was_empty = matches!(self.slots[slot], Slot::Empty);
        self.slots[slot] = Slot::Active { hash, key };
        self.used += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, keys reinserted in
    /// slot order with `set_insert_clean`.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        self.version += 1;
        let old = std::mem::replace(&mut self.slots, storage_vec_filled(Slot::Empty, newsize));
        self.fill = 0;
        self.used = 0;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// `set_insert_clean`: place a key known to be absent, in a table without dummies.
    fn insert_clean(&mut self, hash: i64, key: Obj) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                break;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(j) =
                    (i + 1..=i + LINEAR_PROBES).find(|&j| matches!(self.slots[j], Slot::Empty))
                {
                    i = j;
                    break;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.slots[i] = Slot::Active { hash, key };
        self.fill += 1;
        self.used += 1;
    }

    /// Copy every key of `other` (`set_merge`): one resize up front, then clean inserts when
    /// this table is empty.
    pub fn merge_from_empty(&mut self, other: &SetTable) {
        debug_assert!(self.fill == 0);
        self.reserve_for_merge(other.used);
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            self.version += 1;
            return;
        }
        for (hash, key) in other.iter() {
            self.insert_clean(hash, key.clone());
        }
        self.version += 1;
    }

    /// `set_merge`'s single resize before inserting `incoming` keys from another set.
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Remove the key at an active slot (it becomes a dummy); returns the key.
    pub fn remove_at(&mut self, slot: usize) -> Option<Obj> {
        match std::mem::replace(&mut self.slots[slot], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                self.version += 1;
                Some(key)
            }
            other => {
                self.slots[slot] = other;
                None
            }
        }
    }

    /// `set.pop()`: the first active slot from the finger on.
    pub fn pop(&mut self) -> Option<Obj> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Active (hash, key) pairs in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Obj)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// The first active key at slot `from` or after, and its slot (set iteration).
    pub fn next_from(&self, from: usize) -> Option<(usize, Obj)> {
        self.slots
            .iter()
            .enumerate()
            .skip(from)
            .find_map(|(i, s)| match s {
                Slot::Active { key, .. } => Some((i, key.clone())),
                _ => None,
            })
    }

    pub fn keys(&self) -> Vec<Obj> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for (_, k) in self.iter() {
            visit(k);
        }
    }
}

#[derive(Debug, Default)]
pub struct PySet {
    pub table: RefCell<SetTable>,
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

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
