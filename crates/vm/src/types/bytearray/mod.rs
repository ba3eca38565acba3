//! `bytearray`: a mutable sequence of bytes.
//!
//! Invariant: the buffer comes from the memory crate's allocator (`StorageVec`); a new
//! bytearray's buffer holds its bytes plus one, as CPython's keeps a trailing NUL, so
//! `sys.getsizeof` counts what CPython counts (56 for the object, plus the buffer).

use ouro_memory::{storage_vec_with_capacity, Obj, Payload, StorageVec, Trace};
use std::cell::{Cell, RefCell};

#[derive(Debug)]
pub struct PyByteArray {
    pub value: RefCell<StorageVec<u8>>,
    /// CPython's `ob_exports` (buffer exports); always 0, kept for CPython's object size.
    pub exports: Cell<usize>,
}

impl PyByteArray {
    pub fn new(value: Vec<u8>) -> PyByteArray {
        let mut buffer =
            storage_vec_with_capacity(if value.is_empty() { 0 } else { value.len() + 1 });
        buffer.extend_from_slice(&value);
        PyByteArray {
            value: RefCell::new(buffer),
            exports: Cell::new(0),
        }
    }
}

impl PyByteArray {
    /// Change the bytes with `f`, then give the buffer the capacity CPython's
    /// `PyByteArray_Resize` would give it for the new length (so `sys.getsizeof` follows
    /// CPython's over-allocation: a moderate growth gets an eighth more, a big one or a big
    /// shrink gets the exact size plus the NUL).
    pub fn mutate<R>(&self, f: impl FnOnce(&mut StorageVec<u8>) -> R) -> R {
        let mut buffer = self.value.borrow_mut();
        let alloc = buffer.capacity();
        let before = buffer.len();
        let result = f(&mut buffer);
        let size = buffer.len();
        if size != before {
            let target = if size < alloc {
                if size < alloc / 2 {
                    size + 1
                } else {
                    alloc
                }
            } else if size <= alloc + alloc / 8 {
                size + (size >> 3) + if size < 9 { 3 } else { 6 }
            } else {
                size + 1
            };
            if buffer.capacity() > target {
                buffer.shrink_to(target);
            } else if buffer.capacity() < target {
                buffer.reserve_exact(target - size);
            }
        }
        result
    }
}

impl Default for PyByteArray {
    fn default() -> Self {
        PyByteArray::new(Vec::new())
    }
}

impl Trace for PyByteArray {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyByteArray {
    const NAME: &'static str = "bytearray";
}

mod methods;
pub(crate) use methods::*;
