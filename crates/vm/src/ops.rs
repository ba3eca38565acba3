//! Operators: binary (with reflected and in-place forms), unary, rich comparison.
//!
//! Dispatch follows CPython's `binary_op1`: exact builtin operands take a native fast path;
//! otherwise the left operand's `__op__` is tried, then the right operand's `__rop__` — the
//! right one first when its type is a proper subclass of the left's that overrides it. A
//! `NotImplemented` result moves on to the next candidate.

use crate::errors::{PyErr, PyResult};
use crate::numbers::{float_binop, int_binop};
use crate::objects::*;
use crate::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison, UnaryOperator};
use ouro_memory::Obj;
use std::cmp::Ordering;

impl Vm {
    /// A user-level special method (a Python function or other non-builtin attribute).
    fn user_special(&self, cls: &Obj, name: &str) -> Option<Obj> {
        self.lookup_type(cls, name)
            .filter(|f| !f.is::<PyMethodDescr>())
    }

    pub fn binary_op(&self, a: &Obj, b: &Obj, op: BinaryOperator, inplace: bool) -> PyResult<Obj> {
        if let Some((x, y)) = self.exact_small_ints(a, b) {
            let r = match op {
                BinaryOperator::Add => x.checked_add(y),
                BinaryOperator::Sub => x.checked_sub(y),
                BinaryOperator::Mul => x.checked_mul(y),
                // Python rounds toward negative infinity: the remainder takes the divisor's
                // sign. A zero divisor (or i64::MIN / -1) takes the generic path.
                BinaryOperator::Mod => {
                    x.checked_rem(y)
                        .map(|r| if r != 0 && (r ^ y) < 0 { r + y } else { r })
                }
                BinaryOperator::FloorDiv => {
                    x.checked_div(y)
                        .map(|q| if x % y != 0 && (x ^ y) < 0 { q - 1 } else { q })
                }
                BinaryOperator::And => Some(x & y),
                BinaryOperator::Or => Some(x | y),
                BinaryOperator::Xor => Some(x ^ y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(self.new_int(r));
            }
        }
        let (ta, tb) = (a.class().clone(), b.class().clone());
        let builtin_a = ta.downcast_ref::<PyType>().is_some_and(|t| t.builtin);
        let builtin_b = tb.downcast_ref::<PyType>().is_some_and(|t| t.builtin);
        if builtin_a && builtin_b {
            if let Some(r) = self.native_binop(a, b, op, inplace)? {
                return Ok(r);
            }
            if a.is::<PyWeakProxy>() || b.is::<PyWeakProxy>() {
                return self.binary_op(&self.unproxy(a)?, &self.unproxy(b)?, op, inplace);
            }
            return Err(self.binop_type_error(a, b, op, inplace));
        }
        let (name, rname, iname) = op.dunders();
        if inplace {
            if let Some(f) = self.user_special(&ta, iname) {
                let r = self.call_method_obj(&f, a, std::slice::from_ref(b))?;
                if !r.ptr_eq(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let left = self.user_special(&ta, name);
        let right = if ta.ptr_eq(&tb) {
            None
        } else {
            self.user_special(&tb, rname)
        };
        if let Some(rf) = &right {
            if self.is_subtype(&tb, &ta) {
                let r = self.call_method_obj(rf, b, std::slice::from_ref(a))?;
                if !r.ptr_eq(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(lf) = &left {
            let r = self.call_method_obj(lf, a, std::slice::from_ref(b))?;
            if !r.ptr_eq(&self.not_implemented) {
                return Ok(r);
            }
        } else if let Some(r) = self.native_binop(a, b, op, inplace)? {
            return Ok(r);
        }
        if let Some(rf) = &right {
            if !self.is_subtype(&tb, &ta) {
                let r = self.call_method_obj(rf, b, std::slice::from_ref(a))?;
                if !r.ptr_eq(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if left.is_some() {
            if let Some(r) = self.native_binop(a, b, op, inplace)? {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(a, b, op, inplace))
    }

    fn binop_type_error(&self, a: &Obj, b: &Obj, op: BinaryOperator, inplace: bool) -> PyErr {
        let (an, bn) = (self.type_name(a), self.type_name(b));
        if op == BinaryOperator::Add {
            for (kind, payload_ok) in [
                ("str", PyStr::is_str(a)),
                ("list", a.is::<PyList>()),
                ("tuple", PyTuple::is_tuple(a)),
                ("bytes", PyBytes::is_bytes(a)),
            ] {
                if payload_ok {
                    let what = if kind == "bytes" {
                        format!("can't concat {bn} to bytes")
                    } else {
                        format!("can only concatenate {kind} (not \"{bn}\") to {kind}")
                    };
                    return self.type_error(what);
                }
            }
        }
        if op == BinaryOperator::Mul
            && (PyStr::is_str(a)
                || a.is::<PyList>()
                || PyTuple::is_tuple(a)
                || PyStr::is_str(b)
                || b.is::<PyList>()
                || PyTuple::is_tuple(b))
        {
            let other = if PyStr::is_str(a) || a.is::<PyList>() || PyTuple::is_tuple(a) {
                &bn
            } else {
                &an
            };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        let sym = op.symbol();
        let sym = if inplace {
            if op == BinaryOperator::Pow {
                "**=".to_string()
            } else {
                format!("{sym}=")
            }
        } else {
            sym.to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{an}' and '{bn}'"
        ))
    }

    /// The builtin types' own implementations; None when the operands don't apply.
    fn native_binop(
        &self,
        a: &Obj,
        b: &Obj,
        op: BinaryOperator,
        inplace: bool,
    ) -> PyResult<Option<Obj>> {
        use BinaryOperator::*;
        if let (Some(x), Some(y)) = (PyInt::of(a), PyInt::of(b)) {
            return int_binop(self, (a, &x), (b, &y), op);
        }
        let fa = self.float_operand(a);
        let fb = self.float_operand(b);
        if let (Some(x), Some(y)) = (&fa, &fb) {
            if a.is::<PyFloat>() || b.is::<PyFloat>() {
                let (x, y) = (x.clone()?, y.clone()?);
                return float_binop(self, x, y, op);
            }
        }
        match op {
            Add => {
                if let (Some(x), Some(y)) = (PyStr::view(a), PyStr::view(b)) {
                    let mut s = String::with_capacity(x.value.len() + y.value.len());
                    s.push_str(x.value);
                    s.push_str(y.value);
                    return Ok(Some(self.new_str(s)));
                }
                if let (Some(x), Some(y)) = (a.downcast_ref::<PyList>(), b.downcast_ref::<PyList>())
                {
                    let ys = y.items.borrow().to_vec();
                    if inplace {
                        let extended = x.items.borrow_mut().try_extend(ys);
                        extended.map_err(|_| self.memory_error())?;
                        return Ok(Some(a.clone()));
                    }
                    let mut v = x.items.borrow().to_vec();
                    v.extend(ys);
                    return Ok(Some(self.new_list(v)));
                }
                if let Some(x) = a.downcast_ref::<PyList>() {
                    if inplace {
                        let items = self.collect_iterable(b).map_err(|_| {
                            self.type_error(format!(
                                "'{}' object is not iterable",
                                self.type_name(b)
                            ))
                        })?;
                        x.items.borrow_mut().extend(items);
                        return Ok(Some(a.clone()));
                    }
                }
                if let (Some(x), Some(y)) = (PyTuple::view(a), PyTuple::view(b)) {
                    let mut v = x.to_vec();
                    v.extend(y.to_vec());
                    return Ok(Some(self.new_tuple(v)));
                }
                if let (Some(mut x), Some(y)) = (
                    crate::types::bytes::bytes_data(a),
                    crate::types::bytes::bytes_data(b),
                ) {
                    // The result has the left operand's type; `ba += b` extends in place.
                    x.extend_from_slice(&y);
                    if let Some(ba) = a.downcast_ref::<crate::objects::PyByteArray>() {
                        if inplace {
                            // `ba += b` extends the bytearray's own buffer.
                            ba.mutate(|d| d.extend_from_slice(&y));
                            return Ok(Some(a.clone()));
                        }
                        return Ok(Some(crate::types::bytes::new_bytearray(self, x)));
                    }
                    return Ok(Some(self.new_bytes(x)));
                }
            }
            Mul => {
                let (seq, n) = if let Some(n) = PyInt::of(b) {
                    (a, n)
                } else if let Some(n) = PyInt::of(a) {
                    (b, n)
                } else {
                    return Ok(None);
                };
                let count = match n {
                    PyInt::Small(v) => v.max(0) as usize,
                    PyInt::Big(_) if n.is_negative() => 0,
                    PyInt::Big(_) => {
                        return Err(
                            self.overflow_error("cannot fit 'int' into an index-sized integer")
                        )
                    }
                };
                if let Some(s) = PyStr::view(seq) {
                    return Ok(Some(self.new_str(self.try_repeat_str(s.value, count)?)));
                }
                if let Some(l) = seq.downcast_ref::<PyList>() {
                    let items = l.items.borrow().to_vec();
                    let v = self.try_repeat(&items, count)?;
                    if inplace && seq.ptr_eq(a) {
                        drop(l.items.replace(ouro_memory::ItemVec::from(v)));
                        return Ok(Some(a.clone()));
                    }
                    return Ok(Some(self.new_list(v)));
                }
                if let Some(t) = PyTuple::view(seq) {
                    let v = self.try_repeat(&t.to_vec(), count)?;
                    return Ok(Some(self.new_tuple(v)));
                }
                if let Some(bs) = PyBytes::view(seq) {
                    return Ok(Some(self.new_bytes(self.try_repeat(bs.value, count)?)));
                }
                if let Some(ba) = seq.downcast_ref::<crate::objects::PyByteArray>() {
                    let v = self.try_repeat(&ba.value.borrow(), count)?;
                    return Ok(Some(crate::types::bytes::new_bytearray(self, v)));
                }
            }
            Mod => {
                if let Some(s) = PyStr::view(a) {
                    return crate::format::percent_format(self, s.value, b).map(Some);
                }
            }
            Or | And | Xor | Sub => {
                if a.is::<PySet>() && b.is::<PySet>() {
                    return crate::types::set::set_binop(self, a, b, op, inplace).map(Some);
                }
                if op == Or && a.is::<PyDict>() && b.is::<PyDict>() {
                    let target = if inplace {
                        a.clone()
                    } else {
                        let d = self.new_dict();
                        self.dict_update(&d, a)?;
                        d
                    };
                    self.dict_update(&target, b)?;
                    return Ok(Some(target));
                }
                if op == Or
                    && (a.is::<PyType>() || self.is_none(a))
                    && (b.is::<PyType>() || self.is_none(b))
                {
                    // `X | Y` type unions (annotations): a tuple stands in for types.UnionType.
                    return Ok(Some(crate::types::union::make_union(self, a, b)));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// The operand as a float for mixed arithmetic (ints convert; errors when too large).
    fn float_operand(&self, o: &Obj) -> Option<PyResult<f64>> {
        if let Some(f) = o.downcast_ref::<PyFloat>() {
            return Some(Ok(f.0));
        }
        if let Some(i) = PyInt::of(o) {
            return Some(
                i.to_f64()
                    .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            );
        }
        None
    }

    pub fn unary_op(&self, a: &Obj, op: UnaryOperator) -> PyResult<Obj> {
        let (name, sym) = match op {
            UnaryOperator::Neg => ("__neg__", "-"),
            UnaryOperator::Pos => ("__pos__", "+"),
            UnaryOperator::Invert => ("__invert__", "~"),
            UnaryOperator::Not => return Ok(self.new_bool(!self.is_true(a)?)),
        };
        if let Some(i) = PyInt::of(a) {
            return Ok(match op {
                UnaryOperator::Neg => match i {
                    PyInt::Small(v) if v != i64::MIN => self.new_int(-v),
                    _ => self.new_bigint(-i.to_big()),
                },
                UnaryOperator::Pos => self.new_pyint(i.clone()),
                _ => match i {
                    PyInt::Small(v) => self.new_int(!v),
                    _ => self.new_bigint(!i.to_big()),
                },
            });
        }
        if let Some(f) = a.downcast_ref::<PyFloat>() {
            match op {
                UnaryOperator::Neg => return Ok(self.new_float(-f.0)),
                UnaryOperator::Pos => return Ok(self.new_float(f.0)),
                _ => {}
            }
        }
        if let Some(f) = self.user_special(a.class(), name) {
            return self.call_method_obj(&f, a, &[]);
        }
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        )))
    }

    /// `a op b` for the six rich comparisons.
    pub fn rich_compare(&self, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Obj> {
        if let Some((x, y)) = self.exact_small_ints(a, b) {
            return Ok(self.new_bool(match op {
                Comparison::Lt => x < y,
                Comparison::Le => x <= y,
                Comparison::Eq => x == y,
                Comparison::Ne => x != y,
                Comparison::Gt => x > y,
                Comparison::Ge => x >= y,
            }));
        }
        let (ta, tb) = (a.class().clone(), b.class().clone());
        let builtin_a = ta.downcast_ref::<PyType>().is_some_and(|t| t.builtin);
        let builtin_b = tb.downcast_ref::<PyType>().is_some_and(|t| t.builtin);
        if !(builtin_a && builtin_b) {
            // Unlike arithmetic, the reflected comparison is tried even for operands of the
            // same type (`a > b` with only `__lt__` defined calls `b.__lt__(a)`).
            let _native = self.enter_recursion_while("")?;
            let swapped = op.swapped();
            let right = self.user_special(&tb, swapped.dunder());
            let right_first = !ta.ptr_eq(&tb) && self.is_subtype(&tb, &ta);
            if let Some(rf) = &right {
                if right_first {
                    let r = self.call_method_obj(rf, b, std::slice::from_ref(a))?;
                    if !r.ptr_eq(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(lf) = self.user_special(&ta, op.dunder()) {
                let r = self.call_method_obj(&lf, a, std::slice::from_ref(b))?;
                if !r.ptr_eq(&self.not_implemented) {
                    return Ok(r);
                }
            } else if op == Comparison::Ne {
                // object.__ne__ inverts __eq__.
                if let Some(eq) = self.user_special(&ta, "__eq__") {
                    let r = self.call_method_obj(&eq, a, std::slice::from_ref(b))?;
                    if !r.ptr_eq(&self.not_implemented) {
                        return Ok(self.new_bool(!self.is_true(&r)?));
                    }
                }
            }
            if let Some(rf) = &right {
                if !right_first {
                    let r = self.call_method_obj(rf, b, std::slice::from_ref(a))?;
                    if !r.ptr_eq(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if op == Comparison::Ne && right.is_none() && !ta.ptr_eq(&tb) {
                if let Some(eq) = self.user_special(&tb, "__eq__") {
                    let r = self.call_method_obj(&eq, b, std::slice::from_ref(a))?;
                    if !r.ptr_eq(&self.not_implemented) {
                        return Ok(self.new_bool(!self.is_true(&r)?));
                    }
                }
            }
        }
        if let Some(ord) = self.native_compare(a, b, op)? {
            return Ok(self.new_bool(ord));
        }
        if builtin_a && builtin_b && (a.is::<PyWeakProxy>() || b.is::<PyWeakProxy>()) {
            return self.rich_compare(&self.unproxy(a)?, &self.unproxy(b)?, op);
        }
        match op {
            Comparison::Eq => Ok(self.new_bool(a.ptr_eq(b))),
            Comparison::Ne => Ok(self.new_bool(!a.ptr_eq(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Builtin comparisons; None when the types don't compare natively.
    fn native_compare(&self, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<bool>> {
        let from_ord = |o: Ordering| match op {
            Comparison::Lt => o == Ordering::Less,
            Comparison::Le => o != Ordering::Greater,
            Comparison::Eq => o == Ordering::Equal,
            Comparison::Ne => o != Ordering::Equal,
            Comparison::Gt => o == Ordering::Greater,
            Comparison::Ge => o != Ordering::Less,
        };
        if let (Some(x), Some(y)) = (PyInt::small_of(a), PyInt::small_of(b)) {
            return Ok(Some(from_ord(x.cmp(&y))));
        }
        if let (Some(x), Some(y)) = (PyInt::of(a), PyInt::of(b)) {
            return Ok(Some(from_ord(x.cmp(&y))));
        }
        if matches!(op, Comparison::Eq | Comparison::Ne) {
            if let Some(equal) = self.weakref_equal(a, b)? {
                return Ok(Some(equal == (op == Comparison::Eq)));
            }
            if let (Some(x), Some(y)) = (
                a.downcast_ref::<PyBoundMethod>(),
                b.downcast_ref::<PyBoundMethod>(),
            ) {
                // Same receiver (identity) and equal functions (CPython's `method_richcompare`).
                let equal = x.self_.ptr_eq(&y.self_) && {
                    let r = self.rich_compare(&x.func, &y.func, Comparison::Eq)?;
                    self.is_true(&r)?
                };
                return Ok(Some(equal == (op == Comparison::Eq)));
            }
        }
        // int vs float compares exactly (2**53 + 1 != 2.0**53 + 1), as float_richcompare.
        if let (Some(i), Some(f)) = (PyInt::of(a), b.downcast_ref::<PyFloat>()) {
            return Ok(Some(
                crate::numbers::int_float_cmp(&i, f.0).map_or(op == Comparison::Ne, from_ord),
            ));
        }
        if let (Some(f), Some(i)) = (a.downcast_ref::<PyFloat>(), PyInt::of(b)) {
            return Ok(Some(
                crate::numbers::int_float_cmp(&i, f.0)
                    .map_or(op == Comparison::Ne, |o| from_ord(o.reverse())),
            ));
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<PySlice>(), b.downcast_ref::<PySlice>()) {
            let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
            return self.compare_sequences(&xs, &ys, op).map(Some);
        }
        if let (Some(x), Some(y)) = (
            crate::types::bytes::bytes_data(a),
            crate::types::bytes::bytes_data(b),
        ) {
            return Ok(Some(from_ord(x.cmp(&y))));
        }
        if a.is::<PyFloat>() || b.is::<PyFloat>() {
            if let (Some(x), Some(y)) = (self.num_for_compare(a), self.num_for_compare(b)) {
                return Ok(Some(match x.partial_cmp(&y) {
                    Some(o) => from_ord(o),
                    None => op == Comparison::Ne,
                }));
            }
        }
        if let (Some(x), Some(y)) = (PyStr::view(a), PyStr::view(b)) {
            return Ok(Some(from_ord(x.value.cmp(y.value))));
        }
        if let (Some(x), Some(y)) = (PyBytes::view(a), PyBytes::view(b)) {
            return Ok(Some(from_ord(x.value.cmp(y.value))));
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<PyList>(), b.downcast_ref::<PyList>()) {
            let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
            return self.compare_sequences(&xs, &ys, op).map(Some);
        }
        if let (Some(x), Some(y)) = (PyTuple::view(a), PyTuple::view(b)) {
            return self
                .compare_sequences(&x.to_vec(), &y.to_vec(), op)
                .map(Some);
        }
        if a.is::<PyDict>() && b.is::<PyDict>() {
            if matches!(op, Comparison::Eq | Comparison::Ne) {
                let eq = self.dicts_equal(a, b)?;
                return Ok(Some(eq == (op == Comparison::Eq)));
            }
            return Ok(None);
        }
        if a.is::<PySet>() && b.is::<PySet>() {
            return crate::types::set::set_compare(self, a, b, op).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<PyRange>(), b.downcast_ref::<PyRange>()) {
            if matches!(op, Comparison::Eq | Comparison::Ne) {
                let same = x.length() == y.length()
                    && (x.is_empty()
                        || (x.start() == y.start()
                            && (x.length() == 1u8.into() || x.step() == y.step())));

                return Ok(Some(same == (op == Comparison::Eq)));
            }
        }
        if let (Some(x), Some(y)) = (
            a.downcast_ref::<PyDictView>(),
            b.downcast_ref::<PyDictView>(),
        ) {
            if x.part.get() != DictPart::Values && matches!(op, Comparison::Eq | Comparison::Ne) {
                let xs = self.new_set();
                for k in self.collect_iterable(a)? {
                    self.set_add(&xs, k)?;
                }
                let ys = self.new_set();
                for k in self.collect_iterable(b)? {
                    self.set_add(&ys, k)?;
                }
                let _ = y;
                return crate::types::set::set_compare(self, &xs, &ys, op).map(Some);
            }
        }
        Ok(None)
    }

    fn num_for_compare(&self, o: &Obj) -> Option<f64> {
        if let Some(f) = o.downcast_ref::<PyFloat>() {
            return Some(f.0);
        }
        PyInt::of(o).map(|i| {
            i.to_f64().unwrap_or(if i.is_negative() {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        })
    }

    fn compare_sequences(&self, xs: &[Obj], ys: &[Obj], op: Comparison) -> PyResult<bool> {
        let _native = self.enter_recursion_while("in comparison")?;
        if matches!(op, Comparison::Eq | Comparison::Ne) && xs.len() != ys.len() {
            return Ok(op == Comparison::Ne);
        }
        for (x, y) in xs.iter().zip(ys) {
            if !self.eq(x, y)? {
                return match op {
                    Comparison::Eq => Ok(false),
                    Comparison::Ne => Ok(true),
                    _ => {
                        let r = self.rich_compare(x, y, op)?;
                        self.is_true(&r)
                    }
                };
            }
        }
        let o = xs.len().cmp(&ys.len());
        Ok(match op {
            Comparison::Lt => o == Ordering::Less,
            Comparison::Le => o != Ordering::Greater,
            Comparison::Eq => o == Ordering::Equal,
            Comparison::Ne => o != Ordering::Equal,
            Comparison::Gt => o == Ordering::Greater,
            Comparison::Ge => o != Ordering::Less,
        })
    }

    fn dicts_equal(&self, a: &Obj, b: &Obj) -> PyResult<bool> {
        let (Some(x), Some(y)) = (a.downcast_ref::<PyDict>(), b.downcast_ref::<PyDict>()) else {
            return Ok(false);
        };
        if x.table.borrow().len() != y.table.borrow().len() {
            return Ok(false);
        }
        for (k, v) in x.table.borrow().items() {
            match self.dict_get_item(b, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}

impl Vm {
    /// Both operands as machine integers when both are exact `int`s (not `bool`, not a
    /// subclass that may override the operator) small enough: the arithmetic fast path.
    #[inline]
    fn exact_small_ints(&self, a: &Obj, b: &Obj) -> Option<(i64, i64)> {
        let int = &self.types.int;
        if !a.class().ptr_eq(int) || !b.class().ptr_eq(int) {
            return None;
        }
        Some((PyInt::small_of(a)?, PyInt::small_of(b)?))
    }
}
