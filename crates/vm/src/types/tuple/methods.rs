//! `tuple` methods: count, index, and `__len__` (which also gives tuples their truth value).

use crate::objects::*;
use crate::protocol::slots::compare::compare_sequences;
use crate::protocol::slots::number::repeat_operands;
use crate::protocol::slots::{NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{margs, slice_bound};
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.tuple.clone();
    for (name, f) in [
        ("count", count as NativeFn),
        ("index", index),
        ("__getnewargs__", getnewargs),
    ] {
        vm.add_method(&t, name, f);
    }
    vm.set_native_slots(
        &t,
        NativeSlots {
            len: Some(tuple_len),
            getitem: Some(tuple_getitem),
            contains: Some(tuple_contains),
            iter: Some(tuple_iter),
            binary: Some(tuple_binary),
            binary_left: OpSet::of(&[BinaryOperator::Add, BinaryOperator::Mul]),
            binary_right: OpSet::of(&[BinaryOperator::Mul]),
            compare: Some(tuple_compare),
            repr: Some(tuple_repr),
            hash: Some(tuple_hash),
            ..NativeSlots::default()
        },
    );
}

fn recv<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<TupleRef<'a>> {
    let Some(o) = args.values.first() else {
        return Err(vm.type_error(format!("unbound method tuple.{name}() needs an argument")));
    };
    PyTuple::view(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'tuple' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = recv(vm, &args, "count")?;
    let a = margs(vm, &args, "tuple.count", 1, 1)?;
    let mut n = 0i64;
    for item in t.items() {
        if item.ptr_eq(&a[0]) || vm.eq(item, &a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = recv(vm, &args, "index")?;
    let a = margs(vm, &args, "index", 1, 3)?;
    let items = t.items();
    let n = items.len();
    let bound = |o: Option<&Obj>, default: usize| -> PyResult<usize> {
        slice_bound(vm, o, n, default).map_err(|e| {
            if vm.exc_matches(&e.exc, "TypeError") {
                vm.type_error("slice indices must be integers or have an __index__ method")
            } else {
                e
            }
        })
    };
    let start = bound(a.get(1), 0)?;
    let stop = bound(a.get(2), n)?.min(n);
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item.ptr_eq(&a[0]) || vm.eq(item, &a[0])? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = recv(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_tuple(t.to_vec())]))
}

// ---- slots ----------------------------------------------------------------------------------

fn view<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<TupleRef<'a>> {
    PyTuple::view(obj)
        .ok_or_else(|| vm.type_error(format!("expected a tuple, got '{}'", vm.type_name(obj))))
}

fn tuple_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    Ok(view(vm, obj)?.len())
}

fn tuple_getitem(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<Obj> {
    // A tuple's items never change: indexed in place.
    let items = view(vm, obj)?.items();
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let idx = vm.slice_indices(s, items.len())?;
        if idx.len == items.len() && idx.step == 1 && obj.class().ptr_eq(&vm.types.tuple) {
            return Ok(obj.clone());
        }
        return Ok(vm.new_tuple(idx.positions().map(|i| items[i].clone()).collect()));
    }
    match vm.seq_index(key, items.len(), "tuple")? {
        Some(i) => Ok(items[i].clone()),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

fn tuple_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    for x in view(vm, obj)?.items() {
        if x.ptr_eq(item) || vm.eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    view(vm, obj)?;
    Ok(Obj::new(
        vm.types.iterator("tuple_iterator"),
        PyTupleIter {
            tuple: RefCell::new(Some(obj.clone())),
            index: Cell::new(0),
        },
    ))
}

/// `t + other_tuple`, `t * n` / `n * t`: a new tuple.
fn tuple_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    match op {
        BinaryOperator::Add => {
            let (Some(x), Some(y)) = (PyTuple::view(a), PyTuple::view(b)) else {
                return Ok(None);
            };
            let mut v = x.to_vec();
            v.extend(y.to_vec());
            Ok(Some(vm.new_tuple(v)))
        }
        BinaryOperator::Mul => match repeat_operands(vm, a, b, PyTuple::is_tuple) {
            Some(r) => {
                let (seq, n) = r?;
                let items = PyTuple::view(seq).map(|t| t.to_vec()).unwrap_or_default();
                Ok(Some(vm.new_tuple(vm.try_repeat(&items, n)?)))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Item-by-item comparison of two tuples.
fn tuple_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (PyTuple::view(a), PyTuple::view(b)) else {
        return Ok(None);
    };
    // Tuples cannot change while their items are compared: no copies.
    Ok(Some(vm.new_bool(compare_sequences(
        vm,
        x.items(),
        y.items(),
        op,
    )?)))
}

/// `next()` of a tuple iterator.
pub(crate) fn tuple_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let i = crate::protocol::slots::slot_payload::<PyTupleIter>(vm, iter)?;
    let t = i.tuple.borrow().clone();
    if let Some(t) = t {
        if let Some(v) = t
            .downcast_var::<PyTuple>()
            .map(TupleRef::from)
            .and_then(|t| t.get(i.index.get()))
        {
            i.index.set(i.index.get() + 1);
            return Ok(Some(v));
        }
        drop(i.tuple.replace(None));
    }
    Ok(None)
}

/// `(a, b)`, `(a,)`, `(...)` for a tuple inside itself (through a list).
fn tuple_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let items = PyTuple::view(obj).map(|t| t.to_vec()).unwrap_or_default();
    vm.repr_items(obj, "(", ")", &items, true)
        .map(|s| vm.new_str(s))
}

/// `hash(t)`: combined from the items' hashes, cached in the tuple as CPython 3.14 does.
fn tuple_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let Some(t) = PyTuple::view(obj) else {
        return Err(vm.type_error("expected a tuple"));
    };
    let cached = t.head.hash.get();
    if cached != -1 {
        return Ok(cached);
    }
    let _native = vm.enter_recursion_while("while hashing a tuple")?;
    let hash = vm.tuple_hash(t.items())?;
    t.head.hash.set(hash);
    Ok(hash)
}
