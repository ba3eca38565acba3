//! `range`.

use crate::objects::*;
use crate::protocol::slots::NativeSlots;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::{GetSet, READONLY};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_new(&vm.types.range.clone(), range_new);
    vm.add_method(&vm.types.range.clone(), "index", range_index);
    vm.add_method(&vm.types.range.clone(), "count", range_count);
    vm.add_method(&vm.types.range.clone(), "__reversed__", range_reversed);
    vm.add_method(&vm.types.range.clone(), "__reduce__", range_reduce);
    vm.set_native_slots(
        &vm.types.range.clone(),
        NativeSlots {
            bool_: Some(range_bool),
            hash: Some(range_hash),
            len: Some(range_len_slot),
            getitem: Some(range_getitem_slot),
            contains: Some(range_contains),
            iter: Some(range_iter),
            compare: Some(range_compare),
            repr: Some(range_repr),
            ..NativeSlots::default()
        },
    );
    vm.add_getsets(
        &vm.types.range.clone(),
        &[
            GetSet("start", range_start, READONLY),
            GetSet("stop", range_stop, READONLY),
            GetSet("step", range_step, READONLY),
        ],
    );
}

fn range_bool(vm: &Vm, r: &Obj) -> PyResult<bool> {
    Ok(!crate::protocol::slots::slot_payload::<PyRange>(vm, r)?.is_empty())
}

/// A range hashes as the sequence it is (CPython's range_hash): `(len, None, None)` when
/// empty, `(1, start, None)` for one value, else `(len, start, step)`.
fn range_hash(vm: &Vm, r: &Obj) -> PyResult<i64> {
    let r = crate::protocol::slots::slot_payload::<PyRange>(vm, r)?;
    let len = r.length();
    let none = vm.none.clone();
    let parts = if r.is_empty() {
        vec![vm.new_bigint(len), none.clone(), none]
    } else if len == BigInt::one() {
        vec![vm.new_bigint(len), vm.new_bigint(r.start()), none]
    } else {
        vec![
            vm.new_bigint(len),
            vm.new_bigint(r.start()),
            vm.new_bigint(r.step()),
        ]
    };
    vm.tuple_hash(&parts)
}

/// `reversed(range(...))`: a range iterator from the last value down.
fn range_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "range.__reversed__", 0, 0)?;
    let r = crate::protocol::slots::slot_payload::<PyRange>(vm, &args.pos()[0])?;
    let last = if r.is_empty() {
        r.start()
    } else {
        r.get(&(&r.length() - 1u8))
    };
    Ok(vm.range_iter(&last, &-&r.step(), &r.length()))
}

/// `r.__reduce__()`: `(range, (start, stop, step))`.
fn range_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "range.__reduce__", 0, 0)?;
    let this = &args.pos()[0];
    let r = crate::protocol::slots::slot_payload::<PyRange>(vm, this)?;
    let parts = vec![
        vm.new_bigint(r.start()),
        vm.new_bigint(r.stop()),
        vm.new_bigint(r.step()),
    ];
    Ok(vm.new_tuple(vec![this.class().clone(), vm.new_tuple(parts)]))
}

/// `==` / `!=` between ranges: the same sequence of values (CPython's range_equals).
fn range_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (a.downcast_ref::<PyRange>(), b.downcast_ref::<PyRange>()) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let same = x.length() == y.length()
        && (x.is_empty()
            || (x.start() == y.start() && (x.length() == BigInt::one() || x.step() == y.step())));
    Ok(Some(vm.new_bool(same == (op == Comparison::Eq))))
}

/// A range bound: an int or an object with `__index__`.
fn bound(vm: &Vm, o: &Obj) -> PyResult<BigInt> {
    vm.arg_index(o)
}

fn range_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "range", 2, 4).map_err(|e| {
        let n = args.pos().len().saturating_sub(1);
        if n == 0 {
            vm.type_error("range expected at least 1 argument, got 0")
        } else if n > 3 {
            vm.type_error(format!("range expected at most 3 arguments, got {n}"))
        } else {
            e
        }
    })?;
    let (start, stop, step) = match a.len() {
        2 => (BigInt::zero(), bound(vm, &a[1])?, BigInt::one()),
        3 => (bound(vm, &a[1])?, bound(vm, &a[2])?, BigInt::one()),
        _ => (bound(vm, &a[1])?, bound(vm, &a[2])?, bound(vm, &a[3])?),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.new_range(start, stop, step))
}

/// `_PySlice_GetLongIndices`: a slice's (start, stop, step) for a sequence of `length`.
fn long_slice_indices(vm: &Vm, s: &PySlice, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |o: &Obj| -> PyResult<Option<BigInt>> {
        if vm.is_none(o) {
            return Ok(None);
        }
        bound(vm, o).map(Some).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })
    };
    let step = get(&s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), length - 1u8)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(v) if v.is_negative() => (v + length).max(lower.clone()),
            Some(v) => v.min(upper.clone()),
        }
    };
    let start = clamp(get(&s.start)?, if neg { &upper } else { &lower });
    let stop = clamp(get(&s.stop)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

pub(crate) fn range_getitem(vm: &Vm, r: &PyRange, key: &Obj) -> PyResult<Obj> {
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, stop, step) = long_slice_indices(vm, s, &r.length())?;
        return Ok(vm.new_range(r.get(&start), r.get(&stop), r.step() * step));
    }
    let i = match PyInt::of(key) {
        Some(i) => i.to_big(),
        None if vm.lookup_type(key.class(), "__index__").is_some() => bound(vm, key)?,
        None => {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(key)
            )))
        }
    };
    let length = r.length();
    let i = if i.is_negative() { i + &length } else { i };
    if i.is_negative() || i >= length {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(r.get(&i)))
}

fn recv<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRange> {
    let o = args
        .values
        .first()
        .ok_or_else(|| vm.type_error(format!("unbound method range.{name}() needs an argument")))?;
    o.downcast_ref::<PyRange>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

fn range_index(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = recv(vm, &args, "index")?;
    let a = crate::types::str::margs(vm, &args, "range.index", 1, 1)?;
    if let Some(i) = PyInt::of(&a[0]) {
        if let Some(k) = r.index_of(&i.to_big()) {
            return Ok(vm.new_bigint(k));
        }
    } else if let Some(n) = r.len() {
        // Other objects compare by equality, like a sequence search.
        for i in 0..n {
            if vm.eq(&vm.new_bigint(r.get(&BigInt::from(i))), &a[0])? {
                return Ok(vm.new_int(i as i64));
            }
        }
    }
    Err(vm.value_error(format!("{} is not in range", vm.repr_string(&a[0])?)))
}

fn range_count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = recv(vm, &args, "count")?;
    let a = crate::types::str::margs(vm, &args, "range.count", 1, 1)?;
    if let Some(i) = PyInt::of(&a[0]) {
        return Ok(vm.new_int(r.index_of(&i.to_big()).is_some() as i64));
    }
    let mut n = 0;
    for i in 0..r.len().unwrap_or(0) {
        if vm.eq(&vm.new_bigint(r.get(&BigInt::from(i))), &a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

// ---- slots ----------------------------------------------------------------------------------

fn payload<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a PyRange> {
    crate::protocol::slots::slot_payload(vm, obj)
}

fn range_len_slot(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    payload(vm, obj)?
        .len()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_getitem_slot(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<Obj> {
    range_getitem(vm, payload(vm, obj)?, key)
}

/// `x in range(...)`: arithmetic for ints, comparison with each item otherwise.
fn range_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    let r = payload(vm, obj)?;
    // Exact ints and bools by arithmetic; anything else (an int subclass may define its own
    // `__eq__`) by comparing with each element, as CPython's `range_contains`.
    let exact_int = item.class().ptr_eq(&vm.types.int) || item.class().ptr_eq(&vm.types.bool_);
    if let Some(i) = PyInt::of(item).filter(|_| exact_int) {
        return Ok(r.index_of(&i.to_big()).is_some());
    }
    let iter = range_iter(vm, obj)?;
    while let Some(x) = vm.next(&iter)? {
        if vm.eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let r = payload(vm, obj)?;
    Ok(vm.range_iter(&r.start(), &r.step(), &r.length()))
}

/// `next()` of a range iterator over machine integers.
pub(crate) fn range_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let r = crate::protocol::slots::slot_payload::<PyRangeIter>(vm, iter)?;
    let rem = r.remaining.get();
    if rem == 0 {
        return Ok(None);
    }
    let v = r.next.get();
    r.remaining.set(rem - 1);
    r.next.set(v.wrapping_add(r.step.get()));
    Ok(Some(vm.new_int(v)))
}

/// `next()` of a range iterator over big integers.
pub(crate) fn longrange_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let r = crate::protocol::slots::slot_payload::<PyLongRangeIter>(vm, iter)?;
    if r.remaining.borrow().is_zero() {
        return Ok(None);
    }
    *r.remaining.borrow_mut() -= 1u8;
    let v = r.next.borrow().clone();
    *r.next.borrow_mut() += &r.step;
    Ok(Some(vm.new_bigint(v)))
}

/// `range(a, b)` or `range(a, b, step)`.
fn range_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let r = crate::protocol::slots::slot_payload::<PyRange>(vm, obj)?;
    Ok(vm.new_str(if r.step() == BigInt::one() {
        format!("range({}, {})", r.start(), r.stop())
    } else {
        format!("range({}, {}, {})", r.start(), r.stop(), r.step())
    }))
}

fn range_start(vm: &Vm, r: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyRange>(vm, r)?
        .start_obj()
        .clone())
}

fn range_stop(vm: &Vm, r: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyRange>(vm, r)?
        .stop_obj()
        .clone())
}

fn range_step(vm: &Vm, r: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyRange>(vm, r)?
        .step_obj()
        .clone())
}
