//! `str`: UTF-8 text with a code-point count and, for long non-ASCII text, a code-point index;
//! its slots and methods (`methods.rs`, and the families in `search`, `split`, `case`,
//! `layout`, `format`).
//!
//! A str keeps its text as UTF-8 in its own block (see [`PyStr`]); its head records the number
//! of code points, so `len(s)` is O(1) and an ASCII str (code points == bytes) indexes and
//! slices by byte.
//!
//! Invariants:
//! - `chars` (without [`INDEXED`]) is the number of code points of the text, which never
//!   changes; the str is ASCII exactly when that equals its byte length;
//! - a non-ASCII str of at least [`INDEX_MIN_BYTES`] bytes gets, on its first positional
//!   access, a *code-point index*: the byte offset of every [`INDEX_STRIDE`]-th code point, kept
//!   in this thread's [`INDEXES`] under the head's address, in storage from the memory crate's
//!   allocator. [`INDEXED`] is set exactly while the table holds an entry for this str; the
//!   str's drop removes it, so an address is never looked up for another str. With it, finding
//!   code point `i` walks at most `INDEX_STRIDE - 1` code points: `s[i]` is O(1) (PyPy keeps
//!   UTF-8 strings with the same kind of index; CPython's PEP 393 layout is not used, see
//!   docs/architecture.md).

use ouro_memory::{storage_vec_with_capacity, Obj, Payload, StorageVec, Trace, VarPayload};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Code points between two entries of a str's code-point index.
pub const INDEX_STRIDE: usize = 64;
/// Non-ASCII strs shorter than this (in bytes) are walked, not indexed (a bounded walk).
pub const INDEX_MIN_BYTES: usize = 256;
/// The bit of `PyStr::chars` that says the str has an entry in [`INDEXES`].
const INDEXED: u64 = 1 << 63;

thread_local! {
    /// The code-point indexes of this thread's indexed strs, by head address.
    static INDEXES: RefCell<HashMap<usize, StorageVec<usize>>> = RefCell::new(HashMap::new());
}

/// The head of a str object: a cached hash and the number of code points; the UTF-8 text
/// follows in the object's own block, with a NUL after it (a variable-size object laid out as
/// CPython's compact ASCII str: 40 + n + 1 bytes).
///
/// Invariants: the text never changes; `hash` is -1 until first computed; see the module doc
/// for `chars`.
#[derive(Debug)]
pub struct PyStr {
    hash: Cell<i64>,
    chars: Cell<u64>,
}

/// A borrowed str: its head and its text.
#[derive(Clone, Copy, Debug)]
pub struct StrRef<'a> {
    pub head: &'a PyStr,
    pub value: &'a str,
    pub ascii: bool,
}

impl<'a> From<(&'a PyStr, &'a str)> for StrRef<'a> {
    #[inline]
    fn from((head, value): (&'a PyStr, &'a str)) -> Self {
        StrRef {
            head,
            value,
            ascii: head.char_count() == value.len(),
        }
    }
}

impl PyStr {
    /// A str object of class `class` (`str` or a subclass) holding `text`.
    pub fn new_obj(class: Obj, text: &str) -> Obj {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        let head = PyStr {
            hash: Cell::new(-1),
            chars: Cell::new(chars as u64),
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

    #[inline]
    fn char_count(&self) -> usize {
        (self.chars.get() & !INDEXED) as usize
    }

    fn key(&self) -> usize {
        self as *const PyStr as usize
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        if self.chars.get() & INDEXED != 0 {
            let key = self.key();
            // During thread teardown the table may already be gone, and with it the entry.
            let _ = INDEXES.try_with(|t| t.borrow_mut().remove(&key));
        }
    }
}

impl<'a> StrRef<'a> {
    pub fn as_str(&self) -> &'a str {
        self.value
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.head.char_count()
    }

    /// The `i`-th code point (0-based), if in range.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            return self.value.as_bytes().get(i).map(|&b| b as char);
        }
        if i >= self.char_len() {
            return None;
        }
        self.value[self.byte_offset(i)..].chars().next()
    }

    /// Byte offset of code point `i` (the text's length when `i >= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.value.len());
        }
        if i >= self.char_len() {
            return self.value.len();
        }
        let (from_byte, skip) = if self.value.len() < INDEX_MIN_BYTES {
            (0, i)
        } else {
            let entry = i / INDEX_STRIDE;
            (self.with_index(|index| index[entry]), i % INDEX_STRIDE)
        };
        self.value[from_byte..]
            .char_indices()
            .nth(skip)
            .map_or(self.value.len(), |(b, _)| from_byte + b)
    }

    /// Code-point index of byte offset `b` (a char boundary, at most the text's length).
    pub fn char_index_of_byte(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let (from_byte, from_char) = if self.value.len() < INDEX_MIN_BYTES {
            (0, 0)
        } else {
            self.with_index(|index| {
                let entry = index.partition_point(|&offset| offset <= b) - 1;
                (index[entry], entry * INDEX_STRIDE)
            })
        };
        from_char
            + self
                .value
                .get(from_byte..b)
                .map_or(0, |t| t.chars().count())
    }

    /// Bytes of this str's code-point index, if it has one (counted by `__sizeof__`).
    pub fn index_bytes(&self) -> usize {
        if self.head.chars.get() & INDEXED == 0 {
            return 0;
        }
        let key = self.head.key();
        INDEXES.with(|t| {
            t.borrow()
                .get(&key)
                .map_or(0, |index| index.capacity() * std::mem::size_of::<usize>())
        })
    }

    /// Run `f` on this str's code-point index, building it first if needed.
    fn with_index<R>(&self, f: impl FnOnce(&[usize]) -> R) -> R {
        let key = self.head.key();
        INDEXES.with(|t| {
            let mut table = t.borrow_mut();
            let index = table.entry(key).or_insert_with(|| {
                let mut index = storage_vec_with_capacity(self.char_len().div_ceil(INDEX_STRIDE));
                index.extend(
                    self.value
                        .char_indices()
                        .step_by(INDEX_STRIDE)
                        .map(|(b, _)| b),
                );
                index
            });
            self.head.chars.set(self.head.chars.get() | INDEXED);
            f(index)
        })
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

/// ouro's string hash: FNV-1a, never -1. (CPython randomizes string hashes per process, so no
/// program can depend on their values.)
pub const fn str_hash(s: &str) -> i64 {
    bytes_hash(s.as_bytes())
}

/// The hash of a bytes object: the same function over its bytes, so `hash(b"a") == hash("a")`
/// as in CPython.
pub const fn bytes_hash(bytes: &[u8]) -> i64 {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn indexed_strs() -> usize {
        INDEXES.with(|t| t.borrow().len())
    }

    #[test]
    fn positions_in_an_indexed_str_are_code_points() {
        let vm = crate::runtime::bootstrap::create_vm();
        let text: String = (0..1000)
            .map(|i| if i % 3 == 0 { 'é' } else { 'a' })
            .collect();
        let obj = vm.new_str(&text);
        let s = PyStr::view(&obj).unwrap();
        assert_eq!(s.char_len(), 1000);
        assert_eq!(
            s.index_bytes(),
            0,
            "indexed only on first positional access"
        );
        for i in [0, 1, 63, 64, 65, 500, 999] {
            assert_eq!(s.char_at(i), text.chars().nth(i));
            let b = s.byte_offset(i);
            assert_eq!(s.char_index_of_byte(b), i);
        }
        assert_eq!(s.char_at(1000), None);
        assert_eq!(s.byte_offset(1000), text.len());
        assert!(s.index_bytes() >= 1000 / INDEX_STRIDE * 8);
    }

    #[test]
    fn a_dropped_str_leaves_no_index_behind() {
        let vm = crate::runtime::bootstrap::create_vm();
        let before = indexed_strs();
        let obj = vm.new_str("ü".repeat(INDEX_MIN_BYTES));
        let short = vm.new_str("ü".repeat(10));
        PyStr::view(&obj).unwrap().char_at(200);
        PyStr::view(&short).unwrap().char_at(5);
        assert_eq!(
            indexed_strs(),
            before + 1,
            "short strs are walked, not indexed"
        );
        drop(obj);
        assert_eq!(indexed_strs(), before);
    }
}

pub(crate) mod case;
pub(crate) mod format;
pub(crate) mod layout;
mod methods;
mod new;
pub(crate) mod search;
pub(crate) mod split;
pub(crate) mod unicode_tables;
pub(crate) use layout::{encode_str, expand_tabs, normalize_encoding, tabsize_arg};
pub(crate) use methods::*;
pub(crate) use new::*;
