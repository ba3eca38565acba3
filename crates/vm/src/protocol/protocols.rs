//! Object protocols: truth, length, item access, iteration, unpacking, containment.
//!
//! Each operation takes a native fast path for the builtin types, then falls back to the
//! special method looked up on the type, then raises CPython's TypeError.

use crate::runtime::errors::PyResult;

use crate::objects::*;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

/// Resolved `slice` indices for a sequence of a given length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

impl SliceIndices {
    /// The selected positions, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len).map(move |i| (s.start + i as isize * s.step) as usize)
    }
}

impl Vm {
    /// `bool(obj)`: the `bool` slot, else the `len` slot, else true (`PyObject_IsTrue`).
    pub fn is_true(&self, obj: &Obj) -> PyResult<bool> {
        if obj.ptr_eq(&self.true_) {
            return Ok(true);
        }
        if obj.ptr_eq(&self.false_) || obj.ptr_eq(&self.none) {
            return Ok(false);
        }
        let cls = obj.class();
        if let Some(f) = self.bool_slot(cls) {
            return f(self, obj);
        }
        if let Some(f) = self.len_slot(cls) {
            return Ok(f(self, obj)? > 0);
        }
        Ok(true)
    }

    /// `len(obj)`: the `len` slot.
    pub fn len(&self, obj: &Obj) -> PyResult<usize> {
        match self.len_slot(obj.class()) {
            Some(f) => f(self, obj),
            None => Err(self.no_len(obj)),
        }
    }

    /// "object of type 'X' has no len()".
    pub(crate) fn no_len(&self, obj: &Obj) -> crate::runtime::errors::PyErr {
        self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(obj)
        ))
    }

    /// "'X' object is not subscriptable".
    pub(crate) fn not_subscriptable(&self, obj: &Obj) -> crate::runtime::errors::PyErr {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    /// An index operand as isize (ints, bools, objects with `__index__`).
    pub fn index_value(&self, obj: &Obj) -> PyResult<Option<isize>> {
        if let Some(i) = PyInt::of(obj) {
            return Ok(Some(match i {
                PyInt::Small(v) => v.clamp(isize::MIN as i64, isize::MAX as i64) as isize,
                PyInt::Big(_) => {
                    if i.is_negative() {
                        isize::MIN
                    } else {
                        isize::MAX
                    }
                }
            }));
        }
        if let Some(f) = self.lookup_type(obj.class(), "__index__") {
            let r = self.call_method_obj(&f, obj, &[])?;
            return self.index_value(&r);
        }
        Ok(None)
    }

    /// A subscript as isize: like [`Vm::index_value`], but an int beyond isize is CPython's
    /// `IndexError` (PyNumber_AsSsize_t(key, PyExc_IndexError)), not clamped as slice bounds are.
    pub fn subscript_value(&self, obj: &Obj) -> PyResult<Option<isize>> {
        if let Some(PyInt::Big(b)) = PyInt::of(obj) {
            return match b.to_isize() {
                Some(i) => Ok(Some(i)),
                None => Err(self.index_error("cannot fit 'int' into an index-sized integer")),
            };
        }
        if PyInt::is_int(obj) {
            return self.index_value(obj);
        }
        if let Some(f) = self.lookup_type(obj.class(), "__index__") {
            let r = self.call_method_obj(&f, obj, &[])?;
            return self.subscript_value(&r);
        }
        Ok(None)
    }

    /// Normalize a sequence index (negative counts from the end); None if out of range.
    pub(crate) fn seq_index(&self, key: &Obj, len: usize, what: &str) -> PyResult<Option<usize>> {
        match self.subscript_value(key)? {
            Some(i) => {
                let i = if i < 0 { i + len as isize } else { i };
                Ok(if i >= 0 && (i as usize) < len {
                    Some(i as usize)
                } else {
                    None
                })
            }
            None => Err(self.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name(key)
            ))),
        }
    }

    pub(crate) fn new_slice(&self, start: Obj, stop: Obj, step: Obj) -> Obj {
        Obj::new(self.types.slice.clone(), PySlice { start, stop, step })
    }

    /// CPython's `PySlice_GetIndicesEx`.
    pub fn slice_indices(&self, slice: &PySlice, len: usize) -> PyResult<SliceIndices> {
        let get = |o: &Obj| -> PyResult<Option<isize>> {
            if self.is_none(o) {
                return Ok(None);
            }
            match self.index_value(o)? {
                Some(v) => Ok(Some(v)),
                None => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(&slice.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len_i = len as isize;
        let (lower, upper) = if step < 0 {
            (-1, len_i - 1)
        } else {
            (0, len_i)
        };
        let clamp = |v: Option<isize>, default: isize| -> isize {
            match v {
                None => default,
                Some(v) if v < 0 => (v + len_i).max(lower),
                Some(v) => v.min(upper),
            }
        };
        let start = clamp(get(&slice.start)?, if step < 0 { upper } else { lower });
        let stop = clamp(get(&slice.stop)?, if step < 0 { lower } else { upper });
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// `container[key]`.
    pub fn get_item(&self, container: &Obj, key: &Obj) -> PyResult<Obj> {
        if let Some(f) = self.getitem_slot(container.class()) {
            return f(self, container, key);
        }
        if container.is::<PyType>() {
            if let Some(f) = self.lookup_type(container, "__class_getitem__") {
                let f = self.descr_get(f, None, container)?;
                let f = match f.downcast_ref::<PyFunction>() {
                    Some(_) => self.descr_get(
                        Obj::new(
                            self.types.classmethod.clone(),
                            PyClassMethod::new(f.clone()),
                        ),
                        None,
                        container,
                    )?,
                    None => f,
                };
                return self.call(&f, Args::positional(std::slice::from_ref(key)));
            }
            if container.ptr_eq(&self.types.type_) {
                // `list[int]`: a types.GenericAlias of (origin, *args).
                let mut parts = vec![container.clone()];
                match PyTuple::view(key) {
                    Some(t) => parts.extend(t.to_vec()),
                    None => parts.push(key.clone()),
                }
                return Ok(PyTuple::new_obj(self.types.iterator("GenericAlias"), parts));
            }

            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                self.type_name_of_type(container)
            )));
        }
        Err(self.not_subscriptable(container))
    }

    // ---- iteration ----------------------------------------------------------------------

    /// `iter(obj)`: the `iter` slot, else a sequence iterator when the type has a `getitem`
    /// slot (`PyObject_GetIter`).
    pub fn get_iter(&self, obj: &Obj) -> PyResult<Obj> {
        let cls = obj.class();
        if let Some(f) = self.iter_slot(cls) {
            return f(self, obj);
        }
        if self.getitem_slot(cls).is_some() {
            return Ok(self.seq_iter(obj, "iterator"));
        }
        Err(self.not_iterable(obj))
    }

    /// A sequence iterator (`PySeqIter`) of class `name` over `obj`.
    pub(crate) fn seq_iter(&self, obj: &Obj, name: &str) -> Obj {
        Obj::new(
            self.types.iterator(name),
            PySeqIter {
                seq: RefCell::new(Some(obj.clone())),
                index: Cell::new(0),
            },
        )
    }

    pub(crate) fn not_iterable(&self, obj: &Obj) -> crate::runtime::errors::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(obj)))
    }

    pub(crate) fn dict_iter(&self, dict: &Obj, part: DictPart) -> Obj {
        let name = match part {
            DictPart::Keys => "dict_keyiterator",
            DictPart::Values => "dict_valueiterator",
            DictPart::Items => "dict_itemiterator",
        };
        let len = dict
            .downcast_ref::<PyDict>()
            .map(|d| d.table.borrow().len())
            .unwrap_or(0);
        Obj::new(
            self.types.iterator(name),
            PyDictIter {
                dict: RefCell::new(Some(dict.clone())),
                pos: Cell::new(0),
                part: Cell::new(part),
                len: Cell::new(len),
                yielded: Cell::new(0),
            },
        )
    }

    /// An iterator over `length` values from `start` by `step`: machine ints when they fit.
    pub(crate) fn range_iter(&self, start: &BigInt, step: &BigInt, length: &BigInt) -> Obj {
        let it = self.types.iterator("range_iterator");
        let last = start + (length - 1u8).max(BigInt::from(0)) * step;
        if let (Some(s), Some(st), Some(n), Some(_)) = (
            start.to_i64(),
            step.to_i64(),
            length.to_usize(),
            last.to_i64(),
        ) {
            return Obj::new(
                it,
                PyRangeIter {
                    next: Cell::new(s),
                    remaining: Cell::new(n),
                    step: Cell::new(st),
                },
            );
        }
        Obj::new(
            self.types.iterator("longrange_iterator"),
            PyLongRangeIter {
                next: RefCell::new(start.clone()),
                remaining: RefCell::new(length.clone()),
                step: step.clone(),
            },
        )
    }

    /// `next(iter)`: Some(value), or None when exhausted (StopIteration is not materialized
    /// for builtin iterators; a StopIteration value is kept in `last_stop_value`).
    pub fn next(&self, iter: &Obj) -> PyResult<Option<Obj>> {
        // A native loop (`sum(range(10**12))`) must stay interruptible.
        self.native_loop_tick()?;
        self.next_item(iter)
    }

    /// [`Vm::next`] without the safe point, for the interpreter's `for` loop, whose backward
    /// jump is one already.
    pub(crate) fn next_item(&self, iter: &Obj) -> PyResult<Option<Obj>> {
        match self.next_slot(iter.class()) {
            Some(f) => f(self, iter),
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(iter)
            ))),
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&self, obj: &Obj) -> PyResult<Vec<Obj>> {
        // Exact lists and tuples are copied; a subclass may iterate otherwise (CPython's
        // `list_extend` fast path has the same condition).
        let cls = obj.class();
        if cls.ptr_eq(&self.types.list) {
            if let Some(l) = obj.downcast_ref::<PyList>() {
                return Ok(l.items.borrow().to_vec());
            }
        }
        if cls.ptr_eq(&self.types.tuple) {
            if let Some(t) = PyTuple::view(obj) {
                return Ok(t.to_vec());
            }
        }
        let iter = self.get_iter(obj)?;
        // A range says how long it is: room for all of it is asked for first, as CPython's
        // list_extend does with the length hint (`list(range(10**10))` is a MemoryError at
        // once, not after filling the memory).
        let mut out = match obj.downcast_ref::<PyRange>() {
            Some(r) => self.try_vec(r.length().to_usize().unwrap_or(usize::MAX))?,
            None => Vec::new(),
        };
        while let Some(v) = self.next(&iter)? {
            if out.len() == out.capacity() {
                self.try_reserve(&mut out, 1)?;
            }
            out.push(v);
        }
        Ok(out)
    }

    /// Unpack for assignment: exactly `before` items, or with a starred target `before` items,
    /// a list of the middle, and `after` items.
    pub(crate) fn unpack(
        &self,
        seq: &Obj,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Obj>> {
        if self.get_iter(seq).is_err() {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let items = self.collect_iterable(seq)?;
        match after {
            None => {
                if items.len() != before {
                    if items.len() > before {
                        // CPython gives the count for an exact list, tuple or dict only
                        // (`unpack_iterable`).
                        let t = &self.types;
                        let cls = seq.class();
                        let sized =
                            cls.ptr_eq(&t.list) || cls.ptr_eq(&t.tuple) || cls.ptr_eq(&t.dict);
                        let got = if sized {
                            format!(", got {}", items.len())
                        } else {
                            String::new()
                        };
                        return Err(self.value_error(format!(
                            "too many values to unpack (expected {before}{got})"
                        )));
                    }

                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = items[..before].to_vec();
                let mid = items[before..items.len() - after].to_vec();
                out.push(self.new_list(mid));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    /// `item in container`.
    pub fn contains(&self, container: &Obj, item: &Obj) -> PyResult<bool> {
        if let Some(f) = self.contains_slot(container.class()) {
            return f(self, container, item);
        }
        let iter = self.get_iter(container).map_err(|_| {
            self.type_error(format!(
                "argument of type '{}' is not a container or iterable",
                self.type_name(container)
            ))
        })?;
        while let Some(x) = self.next(&iter)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
