//! `str` and `bytes`.
//!
//! Invariant: a str's `ascii` is true exactly when every character is ASCII, in which case
//! character index == byte index (indexing and slicing are O(1)); otherwise code-point positions
//! are found by walking the UTF-8.

use ouro_memory::{Obj, Payload, Trace, VarPayload};
use std::cell::Cell;

/// The head of a str object: a cached hash and whether the text is ASCII; the UTF-8 text
/// follows in the object's own block, with a NUL after it (a variable-size object laid out as
/// CPython's compact ASCII str: 40 + n + 1 bytes).
///
/// Invariants: the text never changes; `hash` is -1 until first computed; `ascii` is true
/// exactly when every character is ASCII.
#[derive(Debug)]
pub struct PyStr {
    hash: Cell<i64>,
    ascii: bool,
}

/// A borrowed str: its head and its text.
#[derive(Clone, Copy, Debug)]
pub struct StrRef<'a> {
    pub head: &'a PyStr,
    pub value: &'a str,
    pub ascii: bool,
}

impl<'a> From<(&'a PyStr, &'a str)> for StrRef<'a> {
    fn from((head, value): (&'a PyStr, &'a str)) -> Self {
        StrRef {
            head,
            value,
            ascii: head.ascii,
        }
    }
}

impl PyStr {
    /// A str object of class `class` (`str` or a subclass) holding `text`.
    pub fn new_obj(class: Obj, text: &str) -> Obj {
        let head = PyStr {
            hash: Cell::new(-1),
            ascii: text.is_ascii(),
        };
        Obj::new_text(class, head, text)
    }

    /// The str `obj` is, if it is one (of any str class).
    #[inline]
    pub fn view(obj: &Obj) -> Option<StrRef<'_>> {
        obj.downcast_text::<PyStr>().map(StrRef::from)
    }

    /// Whether `obj` is a str (of any str class).
    #[inline]
    pub fn is_str(obj: &Obj) -> bool {
        obj.is_var::<PyStr>()
    }
}

impl<'a> StrRef<'a> {
    pub fn as_str(&self) -> &'a str {
        self.value
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
        let cached = self.head.hash.get();
        if cached != -1 {
            return cached;
        }
        let h = str_hash(self.value);
        self.head.hash.set(h);
        h
    }
}

impl Trace for PyStr {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyStr {
    const NAME: &'static str = "str";
}

impl VarPayload for PyStr {
    type Item = u8;
    const UTF8: bool = true;
    /// CPython keeps a NUL after the characters (so `sys.getsizeof("")` is 41).
    const TRAILING_BYTES: usize = 1;

    fn trace_items(&self, _items: &[u8], _visit: &mut dyn FnMut(&Obj)) {}
}

/// The head of a bytes object: a cached hash; the bytes follow in the object's own block with a
/// NUL after them (a variable-size object laid out as CPython's `PyBytesObject`: 33 + n).
///
/// Invariant: the bytes never change; `hash` is -1 until first computed.
#[derive(Debug)]
pub struct PyBytes {
    pub hash: Cell<i64>,
}

/// A borrowed bytes object: its head and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct BytesRef<'a> {
    pub head: &'a PyBytes,
    pub value: &'a [u8],
}

impl<'a> From<(&'a PyBytes, &'a [u8])> for BytesRef<'a> {
    fn from((head, value): (&'a PyBytes, &'a [u8])) -> Self {
        BytesRef { head, value }
    }
}

impl PyBytes {
    /// A bytes object of class `class` (`bytes` or a subclass) holding `value`.
    pub fn new_obj(class: Obj, value: &[u8]) -> Obj {
        Obj::new_var(
            class,
            PyBytes {
                hash: Cell::new(-1),
            },
            value.iter().copied(),
        )
    }

    /// The bytes object `obj` is, if it is one (of any bytes class).
    #[inline]
    pub fn view(obj: &Obj) -> Option<BytesRef<'_>> {
        obj.downcast_var::<PyBytes>().map(BytesRef::from)
    }

    /// Whether `obj` is a bytes object (of any bytes class).
    #[inline]
    pub fn is_bytes(obj: &Obj) -> bool {
        obj.is_var::<PyBytes>()
    }
}

impl Trace for PyBytes {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyBytes {
    const NAME: &'static str = "bytes";
}

impl VarPayload for PyBytes {
    type Item = u8;
    /// CPython keeps a NUL after the bytes (so `sys.getsizeof(b"")` is 33).
    const TRAILING_BYTES: usize = 1;

    fn trace_items(&self, _items: &[u8], _visit: &mut dyn FnMut(&Obj)) {}
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
