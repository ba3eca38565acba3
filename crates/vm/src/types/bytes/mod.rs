//! `bytes`: an immutable byte string laid out as CPython's `PyBytesObject`, its slots and
//! methods.

use ouro_memory::{Obj, Payload, Trace, VarPayload};
use std::cell::Cell;

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

mod layout;
mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
