//! `__reduce__` and `__setstate__` of the builtin iterators: how `copy`, `deepcopy` and
//! pickling capture an iterator part-way through.
//!
//! Invariants (CPython's, measured against 3.14): an iterator over an indexable sequence
//! reduces to `(iter, (seq,), index)` and an exhausted one to `(iter, (empty,))`; a range
//! iterator reduces to `(iter, (range(rest),), None)`; dict and set iterators reduce to
//! `(iter, (list_of_what_is_left,))`, found by draining a copy, never the iterator itself;
//! the adaptors (`enumerate`, `zip`, `map`, `filter`) reduce to their class and the
//! iterators they hold. `__setstate__(index)` clamps the index into the sequence the way
//! each CPython type does (a list iterator given a negative index is exhausted, a tuple
//! iterator starts over).

use crate::objects::*;
use crate::protocol::slots::slot_payload;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::margs;
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

pub(crate) fn init(vm: &Vm) {
    let reduce: &[(&str, NativeFn)] = &[
        ("iterator", |vm, a| seq_reduce(vm, &a, Empty::Tuple)),
        ("bytes_iterator", |vm, a| seq_reduce(vm, &a, Empty::Tuple)),
        ("bytearray_iterator", |vm, a| {
            seq_reduce(vm, &a, Empty::Tuple)
        }),
        ("list_iterator", list_reduce),
        ("tuple_iterator", tuple_reduce),
        ("str_ascii_iterator", str_reduce),
        ("str_iterator", str_reduce),
        ("range_iterator", range_reduce),
        ("longrange_iterator", longrange_reduce),
        ("list_reverseiterator", |vm, a| {
            reversed_reduce(vm, &a, Empty::List)
        }),
        ("reversed", |vm, a| reversed_reduce(vm, &a, Empty::Tuple)),
        ("dict_keyiterator", |vm, a| {
            drained_reduce(vm, &a, copy_dict_iter)
        }),
        ("dict_valueiterator", |vm, a| {
            drained_reduce(vm, &a, copy_dict_iter)
        }),
        ("dict_itemiterator", |vm, a| {
            drained_reduce(vm, &a, copy_dict_iter)
        }),
        ("dict_reversekeyiterator", |vm, a| {
            drained_reduce(vm, &a, copy_rev_iter)
        }),
        ("dict_reversevalueiterator", |vm, a| {
            drained_reduce(vm, &a, copy_rev_iter)
        }),
        ("dict_reverseitemiterator", |vm, a| {
            drained_reduce(vm, &a, copy_rev_iter)
        }),
        ("set_iterator", |vm, a| {
            drained_reduce(vm, &a, copy_set_iter)
        }),
        ("callable_iterator", callable_reduce),
        ("enumerate", enumerate_reduce),
        ("zip", zip_reduce),
        ("map", map_reduce),
        ("filter", filter_reduce),
    ];
    for (name, f) in reduce {
        vm.add_method(&vm.types.iterator(name), "__reduce__", *f);
    }
    let setstate: &[(&str, NativeFn)] = &[
        ("iterator", |vm, a| seq_setstate(vm, &a, Clamp::Start)),
        ("bytes_iterator", |vm, a| {
            seq_setstate(vm, &a, Clamp::StartAndLen)
        }),
        ("bytearray_iterator", |vm, a| {
            seq_setstate(vm, &a, Clamp::Exhaust)
        }),
        ("list_iterator", list_setstate),
        ("tuple_iterator", tuple_setstate),
        ("str_ascii_iterator", str_setstate),
        ("str_iterator", str_setstate),
        ("range_iterator", range_setstate),
        ("longrange_iterator", longrange_setstate),
        ("list_reverseiterator", reversed_setstate),
        ("reversed", reversed_setstate),
        ("zip", |vm, a| {
            strict_setstate::<PyZip>(vm, &a, |z| &z.strict)
        }),
        ("map", |vm, a| {
            strict_setstate::<PyMap>(vm, &a, |m| &m.strict)
        }),
    ];
    for (name, f) in setstate {
        vm.add_method(&vm.types.iterator(name), "__setstate__", *f);
    }
}

/// The receiver after checking that `__reduce__` got no arguments.
fn receiver<'a, T: ouro_memory::Payload>(vm: &Vm, args: &'a Args<'_>) -> PyResult<&'a T> {
    let name = vm.type_name(args.values.first().unwrap_or(&vm.none));
    margs(vm, args, format_args!("{name}.__reduce__"), 0, 0)?;
    slot_payload::<T>(vm, &args.pos()[0])
}

/// The receiver and the one argument of `__setstate__`.
fn setstate_args<'a, T: ouro_memory::Payload>(
    vm: &Vm,
    args: &'a Args<'_>,
) -> PyResult<(&'a T, Obj)> {
    let name = vm.type_name(args.values.first().unwrap_or(&vm.none));
    let a = margs(vm, args, format_args!("{name}.__setstate__"), 1, 1)?;
    Ok((slot_payload::<T>(vm, &args.pos()[0])?, a[0].clone()))
}

/// The state as CPython's `PyLong_AsSsize_t` reads it: an int (not `__index__`), clamped
/// to isize.
fn state_index(vm: &Vm, state: &Obj) -> PyResult<isize> {
    if !PyInt::is_int(state) {
        return Err(vm.type_error("an integer is required"));
    }
    match vm.index_value(state)? {
        Some(i) if i != isize::MIN && i != isize::MAX => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `(iter, (seq,), index)`, or `(iter, (empty,))` once exhausted.
fn index_reduce(vm: &Vm, seq: Option<Obj>, index: usize, empty: Empty) -> PyResult<Obj> {
    let iter = vm.builtin("iter")?;
    Ok(match seq {
        Some(seq) => vm.new_tuple(vec![
            iter,
            vm.new_tuple(vec![seq]),
            vm.new_int(index as i64),
        ]),
        None => vm.new_tuple(vec![iter, vm.new_tuple(vec![empty_of(vm, empty)])]),
    })
}

/// What an exhausted iterator reduces over: CPython's choice per type.
#[derive(Clone, Copy)]
enum Empty {
    List,
    Str,
    Tuple,
}

fn empty_of(vm: &Vm, kind: Empty) -> Obj {
    match kind {
        Empty::List => vm.new_list(vec![]),
        Empty::Str => vm.new_str(""),
        Empty::Tuple => vm.empty_tuple.clone(),
    }
}

fn seq_reduce(vm: &Vm, args: &Args<'_>, empty: Empty) -> PyResult<Obj> {
    let i = receiver::<PySeqIter>(vm, args)?;
    index_reduce(vm, i.seq.borrow().clone(), i.index.get(), empty)
}

fn list_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = receiver::<PyListIter>(vm, &args)?;
    index_reduce(vm, i.list.borrow().clone(), i.index.get(), Empty::List)
}

fn tuple_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = receiver::<PyTupleIter>(vm, &args)?;
    index_reduce(vm, i.tuple.borrow().clone(), i.index.get(), Empty::Tuple)
}

fn str_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = receiver::<PyStrIter>(vm, &args)?;
    let s = i.s.borrow().clone();
    let chars = s
        .as_ref()
        .and_then(PyStr::view)
        .map_or(0, |s| s.value[..i.byte_pos.get()].chars().count());
    index_reduce(vm, s, chars, Empty::Str)
}

/// `(iter, (range(next, next + remaining * step, step),), None)`.
fn range_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = receiver::<PyRangeIter>(vm, &args)?;
    let start = num_bigint::BigInt::from(r.next.get());
    let step = num_bigint::BigInt::from(r.step.get());
    let stop = &start + &step * num_bigint::BigInt::from(r.remaining.get());
    range_state(vm, vm.new_range(start, stop, step))
}

fn longrange_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = receiver::<PyLongRangeIter>(vm, &args)?;
    let start = r.next.borrow().clone();
    let stop = &start + &r.step * &*r.remaining.borrow();
    range_state(vm, vm.new_range(start, stop, r.step.clone()))
}

fn range_state(vm: &Vm, range: Obj) -> PyResult<Obj> {
    Ok(vm.new_tuple(vec![
        vm.builtin("iter")?,
        vm.new_tuple(vec![range]),
        vm.none.clone(),
    ]))
}

/// `(reversed, (seq,), next_index)`, or `(reversed, (empty,))` once exhausted.
fn reversed_reduce(vm: &Vm, args: &Args<'_>, empty: Empty) -> PyResult<Obj> {
    let r = receiver::<PyListRevIter>(vm, args)?;
    let reversed = vm.builtin("reversed")?;
    let seq = r.list.borrow().clone();
    Ok(match seq {
        Some(seq) if r.index.get() > 0 => vm.new_tuple(vec![
            reversed,
            vm.new_tuple(vec![seq]),
            vm.new_int(r.index.get() as i64 - 1),
        ]),
        _ => vm.new_tuple(vec![reversed, vm.new_tuple(vec![empty_of(vm, empty)])]),
    })
}

/// `(iter, (list,))` of what a copy of the iterator still yields.
fn drained_reduce(vm: &Vm, args: &Args<'_>, copy: fn(&Vm, &Obj) -> PyResult<Obj>) -> PyResult<Obj> {
    let name = vm.type_name(args.values.first().unwrap_or(&vm.none));
    margs(vm, args, format_args!("{name}.__reduce__"), 0, 0)?;
    let copy = copy(vm, &args.pos()[0])?;
    let mut rest = Vec::new();
    while let Some(v) = vm.next_item(&copy)? {
        rest.push(v);
    }
    Ok(vm.new_tuple(vec![
        vm.builtin("iter")?,
        vm.new_tuple(vec![vm.new_list(rest)]),
    ]))
}

fn copy_dict_iter(vm: &Vm, it: &Obj) -> PyResult<Obj> {
    let i = slot_payload::<PyDictIter>(vm, it)?;
    Ok(Obj::new(
        it.class().clone(),
        PyDictIter {
            dict: RefCell::new(i.dict.borrow().clone()),
            pos: Cell::new(i.pos.get()),
            part: Cell::new(i.part.get()),
            len: Cell::new(i.len.get()),
            yielded: Cell::new(i.yielded.get()),
        },
    ))
}

fn copy_set_iter(vm: &Vm, it: &Obj) -> PyResult<Obj> {
    let i = slot_payload::<PySetIter>(vm, it)?;
    Ok(Obj::new(
        it.class().clone(),
        PySetIter {
            set: RefCell::new(i.set.borrow().clone()),
            pos: Cell::new(i.pos.get()),
            len: Cell::new(i.len.get()),
            yielded: Cell::new(i.yielded.get()),
        },
    ))
}

fn copy_rev_iter(vm: &Vm, it: &Obj) -> PyResult<Obj> {
    let i = slot_payload::<PyListRevIter>(vm, it)?;
    Ok(Obj::new(
        it.class().clone(),
        PyListRevIter {
            list: RefCell::new(i.list.borrow().clone()),
            index: Cell::new(i.index.get()),
        },
    ))
}

fn callable_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let c = receiver::<PyCallableIter>(vm, &args)?;
    let iter = vm.builtin("iter")?;
    let func = c.func.borrow().clone();
    let inner = match func {
        Some(f) => vm.new_tuple(vec![f, c.sentinel.clone()]),
        None => vm.new_tuple(vec![vm.new_tuple(vec![])]),
    };
    Ok(vm.new_tuple(vec![iter, inner]))
}

fn enumerate_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let e = receiver::<PyEnumerate>(vm, &args)?;
    let count = e.count.borrow().clone();
    Ok(vm.new_tuple(vec![
        args.pos()[0].class().clone(),
        vm.new_tuple(vec![e.iter.clone(), count]),
    ]))
}

/// `(cls, args)`, with a third item `True` when the adaptor is strict.
fn adaptor_reduce(vm: &Vm, cls: &Obj, args: Vec<Obj>, strict: bool) -> Obj {
    let mut parts = vec![cls.clone(), vm.new_tuple(args)];
    if strict {
        parts.push(vm.true_.clone());
    }
    vm.new_tuple(parts)
}

fn zip_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let z = receiver::<PyZip>(vm, &args)?;
    let iters = z.iters.borrow().clone();
    Ok(adaptor_reduce(
        vm,
        args.pos()[0].class(),
        iters,
        z.strict.get(),
    ))
}

fn map_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let m = receiver::<PyMap>(vm, &args)?;
    let mut items = vec![m.func.clone()];
    items.extend(m.iters.borrow().iter().cloned());
    Ok(adaptor_reduce(
        vm,
        args.pos()[0].class(),
        items,
        m.strict.get(),
    ))
}

fn filter_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = receiver::<PyFilter>(vm, &args)?;
    let items = vec![f.func.clone(), f.iter.clone()];
    Ok(adaptor_reduce(vm, args.pos()[0].class(), items, false))
}

fn strict_setstate<T: ouro_memory::Payload>(
    vm: &Vm,
    args: &Args<'_>,
    strict: fn(&T) -> &Cell<bool>,
) -> PyResult<Obj> {
    let (it, state) = setstate_args::<T>(vm, args)?;
    strict(it).set(vm.is_true(&state)?);
    Ok(vm.none.clone())
}

/// How a sequence iterator's `__setstate__` treats an index outside the sequence.
#[derive(Clone, Copy, PartialEq)]
enum Clamp {
    /// Negative means 0; no upper bound (the generic `iterator`).
    Start,
    /// Into `0..=len`.
    StartAndLen,
    /// Negative exhausts the iterator; above `len` means `len`.
    Exhaust,
}

/// The new index, or None when the iterator is to be exhausted.
fn clamp_index(
    vm: &Vm,
    state: &Obj,
    len: impl FnOnce() -> PyResult<usize>,
    clamp: Clamp,
) -> PyResult<Option<usize>> {
    let v = state_index(vm, state)?;
    if v < 0 {
        return Ok(if clamp == Clamp::Exhaust {
            None
        } else {
            Some(0)
        });
    }
    let v = v as usize;
    Ok(Some(if clamp == Clamp::Start {
        v
    } else {
        v.min(len()?)
    }))
}

fn seq_setstate(vm: &Vm, args: &Args<'_>, clamp: Clamp) -> PyResult<Obj> {
    let (i, state) = setstate_args::<PySeqIter>(vm, args)?;
    let seq = i.seq.borrow().clone();
    if let Some(seq) = seq {
        match clamp_index(vm, &state, || vm.len(&seq), clamp)? {
            Some(v) => i.index.set(v),
            None => drop(i.seq.replace(None)),
        }
    } else {
        state_index(vm, &state)?;
    }
    Ok(vm.none.clone())
}

fn list_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (i, state) = setstate_args::<PyListIter>(vm, &args)?;
    let list = i.list.borrow().clone();
    if let Some(list) = list {
        let len = || {
            Ok(list
                .downcast_ref::<PyList>()
                .map_or(0, |l| l.items.borrow().len()))
        };
        match clamp_index(vm, &state, len, Clamp::Exhaust)? {
            Some(v) => i.index.set(v),
            None => drop(i.list.replace(None)),
        }
    } else {
        state_index(vm, &state)?;
    }
    Ok(vm.none.clone())
}

fn tuple_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (i, state) = setstate_args::<PyTupleIter>(vm, &args)?;
    let tuple = i.tuple.borrow().clone();
    let len = || {
        Ok(tuple
            .as_ref()
            .and_then(PyTuple::view)
            .map_or(0, |t| t.len()))
    };
    if let Some(v) = clamp_index(vm, &state, len, Clamp::StartAndLen)? {
        i.index.set(v);
    }
    Ok(vm.none.clone())
}

fn str_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (i, state) = setstate_args::<PyStrIter>(vm, &args)?;
    let s = i.s.borrow().clone();
    let Some(value) = s.as_ref().and_then(PyStr::view).map(|s| s.value) else {
        state_index(vm, &state)?;
        return Ok(vm.none.clone());
    };
    let len = || Ok(value.chars().count());
    if let Some(v) = clamp_index(vm, &state, len, Clamp::StartAndLen)? {
        i.byte_pos
            .set(value.char_indices().nth(v).map_or(value.len(), |(b, _)| b));
    }
    Ok(vm.none.clone())
}

/// Skip `index` items (clamped into what is left), as CPython's `rangeiter_setstate`.
fn range_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (r, state) = setstate_args::<PyRangeIter>(vm, &args)?;
    let skip = range_skip(vm, &state)?;
    let skip = skip.min(r.remaining.get() as u128) as usize;
    r.next.set(
        r.next
            .get()
            .wrapping_add((skip as i64).wrapping_mul(r.step.get())),
    );
    r.remaining.set(r.remaining.get() - skip);
    Ok(vm.none.clone())
}

fn longrange_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (r, state) = setstate_args::<PyLongRangeIter>(vm, &args)?;
    // CPython's longrangeiter_setstate takes an exact int, not a bool or an `__index__`.
    if !state.class().ptr_eq(&vm.types.int) {
        return Err(vm.type_error(format!(
            "state must be an int, not {}",
            vm.type_name(&state)
        )));
    }
    let skip = num_bigint::BigInt::from(range_skip(vm, &state)?);
    let skip = skip.min(r.remaining.borrow().clone());
    *r.next.borrow_mut() += &r.step * &skip;
    *r.remaining.borrow_mut() -= skip;
    Ok(vm.none.clone())
}

/// A range iterator's state: any index (`__index__` too), negative meaning 0.
fn range_skip(vm: &Vm, state: &Obj) -> PyResult<u128> {
    match vm.index_value(state)? {
        Some(v) => Ok(v.max(0) as u128),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(state)
        ))),
    }
}

/// `reversed.__setstate__(index)`: the index of the next item, clamped into `-1..len`.
fn reversed_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (r, state) = setstate_args::<PyListRevIter>(vm, &args)?;
    let v = state_index(vm, &state)?;
    let seq = r.list.borrow().clone();
    if let Some(seq) = seq {
        let len = vm.len(&seq)? as isize;
        r.index.set((v.clamp(-1, len - 1) + 1) as usize);
    }
    Ok(vm.none.clone())
}
