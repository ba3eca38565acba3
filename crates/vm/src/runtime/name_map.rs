//! Maps keyed by the static names of builtin types (`types.iterator("list_iterator")`,
//! `exc_type("KeyError")`), which the interpreter looks up on hot paths: every iterator it
//! makes, every exception it raises or matches. They hash with a word-at-a-time
//! multiply-rotate hash (rustc's FxHash) instead of the standard library's SipHash, which
//! costs several times more on these short keys and whose resistance to chosen keys is not
//! needed: the keys are the interpreter's own constants.
//!
//! The table of interned strs ([`InternMap`]) uses the same hash: its keys are identifiers
//! from source code and attribute names, short and mostly known at start-up, where SipHash
//! cost a tenth of start-up. Keys chosen to collide can only slow interning, never change
//! what it returns.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map from a builtin name to `V`.
pub type NameMap<V> = HashMap<&'static str, V, BuildHasherDefault<NameHasher>>;

/// Interned strs by their text.
pub type InternMap<V> = HashMap<Box<str>, V, BuildHasherDefault<NameHasher>>;

/// FxHash: for each word, `hash = (hash.rotate_left(5) ^ word) * K`.
#[derive(Default, Clone, Copy)]
pub struct NameHasher {
    hash: u64,
}

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl NameHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while let Some((chunk, rest)) = bytes.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*chunk));
            bytes = rest;
        }
        if !bytes.is_empty() {
            let mut last = [0u8; 8];
            last[..bytes.len()].copy_from_slice(bytes);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_and_distinct_names_differ() {
        let mut m: NameMap<usize> = NameMap::default();
        let names = [
            "list_iterator",
            "list_reverseiterator",
            "KeyError",
            "Key",
            "",
            "a",
        ];
        for (i, n) in names.iter().enumerate() {
            m.insert(n, i);
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(m.get(n), Some(&i));
        }
        assert_eq!(m.get("list_iterato"), None);
        assert_eq!(m.len(), names.len());
    }
}
