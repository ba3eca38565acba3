//! `str` and `bytes`.
//!
//! Invariant: `ascii` is true exactly when every character is ASCII, in which case character
//! index == byte index (indexing and slicing are O(1)); otherwise code-point positions are
//! found by walking the UTF-8.

use ouro_memory::{Obj, Payload, Trace};
use std::cell::Cell;

#[derive(Debug)]
pub struct PyStr {
    pub value: Box<str>,
    pub ascii: bool,
    /// Cached hash; `None` until first computed.
    pub hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let value: Box<str> = s.into();
        let ascii = value.is_ascii();
        PyStr {
            value,
            ascii,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.value
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.value.len()
        } else {
            self.value.chars().count()
        }
    }

    /// The `i`-th code point (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.value.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.value.chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.value.len())
        } else {
            self.value
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.value.len())
        }
    }

    /// The string's hash (cached), as [`str_hash`].
    pub fn hash_value(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = str_hash(&self.value);
        self.hash.set(Some(h));
        h
    }
}

impl Trace for PyStr {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyStr {
    const NAME: &'static str = "str";
}

#[derive(Debug)]
pub struct PyBytes {
    pub value: Box<[u8]>,
}

impl Trace for PyBytes {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyBytes {
    const NAME: &'static str = "bytes";
}

#[derive(Debug)]
pub struct PyFloat(pub f64);

impl Trace for PyFloat {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyFloat {
    const NAME: &'static str = "float";
}

/// ouro's string hash: FNV-1a, never -1. (CPython randomizes string hashes per process, so no
/// program can depend on their values.)
pub const fn str_hash(s: &str) -> i64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
