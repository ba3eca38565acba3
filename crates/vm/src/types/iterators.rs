//! Iterator objects of the builtin types and builtin functions.

use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

/// Which part of a dict an iterator or view yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

use crate::objects::iterator_payload;

iterator_payload!(PySeqIter, "iterator" { seq: RefCell<Option<Obj>>, index: Cell<usize> });
iterator_payload!(PyListIter, "list_iterator" { list: RefCell<Option<Obj>>, index: Cell<usize> });
iterator_payload!(PyListRevIter, "list_reverseiterator" { list: RefCell<Option<Obj>>, index: Cell<usize> });
iterator_payload!(PyTupleIter, "tuple_iterator" { tuple: RefCell<Option<Obj>>, index: Cell<usize> });
iterator_payload!(PyStrIter, "str_ascii_iterator" { s: RefCell<Option<Obj>>, byte_pos: Cell<usize> });
iterator_payload!(PyLongRangeIter, "longrange_iterator" { next: RefCell<num_bigint::BigInt>, remaining: RefCell<num_bigint::BigInt>, step: num_bigint::BigInt });
iterator_payload!(PyRangeIter, "range_iterator" { next: Cell<i64>, remaining: Cell<usize>, step: Cell<i64> });
iterator_payload!(PyDictIter, "dict_keyiterator" {
    dict: RefCell<Option<Obj>>, pos: Cell<usize>, part: Cell<DictPart>, len: Cell<usize>,
    // How many items it has yielded: never more than `len` (CPython's `di->len` countdown).
    yielded: Cell<usize>,
});
iterator_payload!(PySetIter, "set_iterator" {
    set: RefCell<Option<Obj>>, pos: Cell<usize>, len: Cell<usize>, yielded: Cell<usize>,
});
iterator_payload!(PyDictView, "dict_keys" { dict: Obj, part: Cell<DictPart> });
iterator_payload!(PyEnumerate, "enumerate" { iter: Obj, count: RefCell<Obj> });
iterator_payload!(PyZip, "zip" { iters: RefCell<Vec<Obj>>, strict: Cell<bool> });
iterator_payload!(PyMap, "map" { func: Obj, iters: RefCell<Vec<Obj>>, strict: Cell<bool> });
iterator_payload!(PyFilter, "filter" { func: Obj, iter: Obj });
iterator_payload!(PyCallableIter, "callable_iterator" { func: RefCell<Option<Obj>>, sentinel: Obj });
