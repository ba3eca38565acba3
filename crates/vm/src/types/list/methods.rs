//! `list` methods and slice assignment.

use crate::builtins::functions::sort_items;
use crate::objects::*;
use crate::protocol::slots::compare::compare_sequences;
use crate::protocol::slots::number::repeat_operands;
use crate::protocol::slots::{NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

pub(crate) fn init(vm: &Vm) {
    vm.add_method(&vm.types.list.clone(), "__sizeof__", |vm, args| {
        vm.sizeof_with(&args, "list", |o| {
            o.downcast_ref::<PyList>()
                .map_or(0, |l| l.items.borrow().storage_bytes())
        })
    });
    let t = vm.types.list.clone();
    for (name, f) in [
        ("append", append as NativeFn),
        ("__reversed__", list_reversed),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("sort", sort),
    ] {
        vm.add_method(&t, name, f);
    }
    vm.set_native_slots(
        &t,
        NativeSlots {
            len: Some(list_len),
            getitem: Some(list_getitem),
            contains: Some(list_contains),
            iter: Some(list_iter),
            binary: Some(list_binary),
            binary_left: OpSet::of(&[BinaryOperator::Add, BinaryOperator::Mul]),
            binary_right: OpSet::of(&[BinaryOperator::Mul]),
            inplace: Some(list_inplace),
            inplace_ops: OpSet::of(&[BinaryOperator::Add, BinaryOperator::Mul]),
            compare: Some(list_compare),
            setitem: Some(list_setitem),
            repr: Some(list_repr),
            ..NativeSlots::default()
        },
    );
    vm.type_dict_set(&t, "__hash__", vm.none.clone());
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyList> {
    args.values
        .first()
        .and_then(|o| o.downcast_ref::<PyList>())
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a 'list' object")))
}

fn append(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "append", 2, 2).map_err(|_| {
        vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let pushed = this(vm, &args, "append")?
        .items
        .borrow_mut()
        .try_push(a[1].clone());
    match pushed {
        Ok(()) => Ok(vm.none.clone()),
        Err(item) => {
            drop(item);
            Err(vm.memory_error())
        }
    }
}

fn extend(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "extend", 2, 2)?;
    let items = vm.collect_iterable(&a[1])?;
    let extended = this(vm, &args, "extend")?
        .items
        .borrow_mut()
        .try_extend(items);
    extended.map_err(|_| vm.memory_error())?;
    Ok(vm.none.clone())
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "pop", 1, 2)?;
    let l = this(vm, &args, "pop")?;
    let len = l.items.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(i) => vm.arg_i64(i)?,
        None => -1,
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.items.borrow_mut().remove(i as usize))
}

fn insert(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "insert", 3, 3)?;
    let l = this(vm, &args, "insert")?;
    let len = l.items.borrow().len() as i64;
    let i = vm.arg_i64(&a[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.items.borrow_mut().insert(i as usize, a[2].clone());
    Ok(vm.none.clone())
}

fn find(vm: &Vm, l: &PyList, x: &Obj) -> PyResult<Option<usize>> {
    let mut i = 0;
    loop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "remove", 2, 2)?;
    let l = this(vm, &args, "remove")?;
    match find(vm, l, &a[1])? {
        Some(i) => {
            let old = l.items.borrow_mut().remove(i);
            drop(old);
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "index", 2, 4)?;
    let l = this(vm, &args, "index")?;
    let len = l.items.borrow().len() as i64;
    let norm = |v: i64| if v < 0 { (v + len).max(0) } else { v.min(len) };
    let start = match a.get(2) {
        Some(s) => norm(vm.arg_i64(s)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(s) => norm(vm.arg_i64(s)?),
        None => len,
    };
    let mut i = start;
    while i < stop {
        let item = match l.items.borrow().get(i as usize) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &a[1])? {
            return Ok(vm.new_int(i));
        }
        i += 1;
    }
    Err(vm.value_error("list.index(x): x not in list"))
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "count", 2, 2)?;
    let items = this(vm, &args, "count")?.items.borrow().clone();
    let mut n = 0;
    for item in &items {
        if vm.eq(item, &a[1])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "clear", 1, 1)?;
    let mut old = std::mem::take(&mut *this(vm, &args, "clear")?.items.borrow_mut());
    // CPython's _list_clear releases items from last to first.
    while let Some(item) = old.pop() {
        drop(item);
    }
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "copy", 1, 1)?;
    let items = this(vm, &args, "copy")?.items.borrow().to_vec();
    Ok(vm.new_list(items))
}

fn reverse(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "reverse", 1, 1)?;
    this(vm, &args, "reverse")?.items.borrow_mut().reverse();
    Ok(vm.none.clone())
}

fn sort(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "sort", &["key", "reverse"])?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this(vm, &args, "sort")?;
    let key = args.kw(vm, "key").filter(|k| !vm.is_none(k));
    let reverse = match args.kw(vm, "reverse") {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    // CPython empties the list while sorting so mutation during the sort is detected.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let sorted = sort_items(vm, items.to_vec(), key, reverse);
    let mutated = !l.items.borrow().is_empty();
    match sorted {
        Ok(v) => {
            // The sorted items go back into the list's own storage (its capacity is kept).
            let mut storage = items;
            storage.clear();
            storage.extend(v);
            let displaced = l.items.replace(storage);
            drop(displaced);
            if mutated {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(vm.none.clone())
        }
        Err(e) => {
            let displaced = l.items.replace(items);
            drop(displaced);
            Err(e)
        }
    }
}

/// `l[slice] = value` (value Some) or `del l[slice]` (None).
pub(crate) fn list_set_slice(
    vm: &Vm,
    l: &PyList,
    s: &PySlice,
    value: Option<&Obj>,
) -> PyResult<()> {
    let len = l.items.borrow().len();
    let idx = vm.slice_indices(s, len)?;
    let new_items = match value {
        Some(v) => Some(vm.collect_iterable(v).map_err(|e| {
            if vm.exc_matches(&e.exc, "TypeError") {
                vm.type_error("must assign iterable to extended slice")
            } else {
                e
            }
        })?),
        None => None,
    };
    let mut items = l.items.borrow_mut();
    if idx.step == 1 {
        // The iterable may have changed the list meanwhile: clamp to its length now.
        let now = items.len();
        let start = (idx.start.max(0) as usize).min(now);
        let stop = ((idx.start + idx.len as isize).max(idx.start).max(0) as usize)
            .min(len)
            .clamp(start, now.max(start));
        let removed = items.try_splice(start..stop, new_items.unwrap_or_default());
        drop(items);
        drop(removed.map_err(|_| vm.memory_error())?);
        return Ok(());
    }
    let positions: Vec<usize> = idx.positions().collect();
    match new_items {
        Some(new) => {
            if new.len() != positions.len() {
                return Err(vm.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    positions.len()
                )));
            }
            let mut old = Vec::with_capacity(new.len());
            for (p, v) in positions.into_iter().zip(new) {
                old.push(std::mem::replace(&mut items[p], v));
            }
            drop(items);
            drop(old);
        }
        None => {
            let mut sorted = positions;
            sorted.sort_unstable();
            let mut removed = Vec::new();
            for p in sorted.into_iter().rev() {
                removed.push(items.remove(p));
            }
            drop(items);
            drop(removed);
        }
    }
    Ok(())
}

// ---- slots ----------------------------------------------------------------------------------

fn payload<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a PyList> {
    crate::protocol::slots::slot_payload(vm, obj)
}

fn list_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    Ok(payload(vm, obj)?.items.borrow().len())
}

fn list_getitem(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<Obj> {
    let l = payload(vm, obj)?;
    let len = l.items.borrow().len();
    if let Some(s) = key.downcast_ref::<PySlice>() {
        // The bounds first (they may run `__index__`), then only the selected items are
        // copied (a position past a list that shrank meanwhile is skipped).
        let idx = vm.slice_indices(s, len)?;
        let items = l.items.borrow();
        let picked = idx
            .positions()
            .filter_map(|i| items.get(i).cloned())
            .collect();
        drop(items);
        return Ok(vm.new_list(picked));
    }
    let i = vm.seq_index(key, len, "list")?;
    let item = i.and_then(|i| l.items.borrow().get(i).cloned());
    item.ok_or_else(|| vm.index_error("list index out of range"))
}

fn list_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    let l = payload(vm, obj)?;
    let mut i = 0;
    loop {
        let x = match l.items.borrow().get(i) {
            Some(x) => x.clone(),
            None => return Ok(false),
        };
        if x.ptr_eq(item) || vm.eq(&x, item)? {
            return Ok(true);
        }
        i += 1;
    }
}

fn list_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    payload(vm, obj)?;
    Ok(Obj::new(
        vm.types.iterator("list_iterator"),
        PyListIter {
            list: RefCell::new(Some(obj.clone())),
            index: Cell::new(0),
        },
    ))
}

/// `l + other_list`, `l * n` / `n * l`: a new list.
fn list_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    match op {
        BinaryOperator::Add => {
            let (Some(x), Some(y)) = (a.downcast_ref::<PyList>(), b.downcast_ref::<PyList>())
            else {
                return Ok(None);
            };
            let mut v = x.items.borrow().to_vec();
            v.extend(y.items.borrow().iter().cloned());
            Ok(Some(vm.new_list(v)))
        }
        BinaryOperator::Mul => match repeat_operands(vm, a, b, |o| o.is::<PyList>()) {
            Some(r) => {
                let (seq, n) = r?;
                let items = seq
                    .downcast_ref::<PyList>()
                    .map(|l| l.items.borrow().to_vec())
                    .unwrap_or_default();
                Ok(Some(vm.new_list(vm.try_repeat(&items, n)?)))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `l += iterable` extends the list; `l *= n` repeats it in place.
fn list_inplace(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    let Some(x) = a.downcast_ref::<PyList>() else {
        return Ok(None);
    };
    match op {
        BinaryOperator::Add => {
            let ys = match b.downcast_ref::<PyList>() {
                Some(y) => y.items.borrow().to_vec(),
                None => vm.collect_iterable(b).map_err(|_| {
                    vm.type_error(format!("'{}' object is not iterable", vm.type_name(b)))
                })?,
            };
            let extended = x.items.borrow_mut().try_extend(ys);
            extended.map_err(|_| vm.memory_error())?;
        }
        BinaryOperator::Mul => {
            let Some(r) = repeat_operands(vm, a, b, |o| o.ptr_eq(a)) else {
                return Ok(None);
            };
            let (_, n) = r?;
            let items = x.items.borrow().to_vec();
            let v = vm.try_repeat(&items, n)?;
            drop(x.items.replace(ouro_memory::ItemVec::from(v)));
        }
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// Item-by-item comparison of two lists.
fn list_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (a.downcast_ref::<PyList>(), b.downcast_ref::<PyList>()) else {
        return Ok(None);
    };
    let (xs, ys) = (x.items.borrow().to_vec(), y.items.borrow().to_vec());
    Ok(Some(vm.new_bool(compare_sequences(vm, &xs, &ys, op)?)))
}

/// `next()` of a list iterator: the item at its index while the list is that long.
pub(crate) fn list_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let i = crate::protocol::slots::slot_payload::<PyListIter>(vm, iter)?;
    let list = i.list.borrow().clone();
    if let Some(list) = list {
        if let Some(l) = list.downcast_ref::<PyList>() {
            let idx = i.index.get();
            if let Some(v) = l.items.borrow().get(idx) {
                i.index.set(idx + 1);
                return Ok(Some(v.clone()));
            }
        }
        drop(i.list.replace(None));
    }
    Ok(None)
}

/// `l[i] = v`, `l[a:b] = items`, `del l[i]`, `del l[a:b]`.
fn list_setitem(vm: &Vm, obj: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let l = crate::protocol::slots::slot_payload::<PyList>(vm, obj)?;
    if let Some(s) = key.downcast_ref::<PySlice>() {
        return list_set_slice(vm, l, s, value);
    }
    let len = l.items.borrow().len();
    let Some(i) = vm.seq_index(key, len, "list")? else {
        return Err(vm.index_error("list assignment index out of range"));
    };
    let old = match value {
        Some(v) => std::mem::replace(&mut l.items.borrow_mut()[i], v.clone()),
        None => l.items.borrow_mut().remove(i),
    };
    drop(old);
    Ok(())
}

/// `[a, b, ...]`, `[...]` for a list that contains itself.
fn list_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let items = crate::protocol::slots::slot_payload::<PyList>(vm, obj)?
        .items
        .borrow()
        .to_vec();
    vm.repr_items(obj, "[", "]", &items, false)
        .map(|s| vm.new_str(s))
}

/// `list.__reversed__()`: a `list_reverseiterator` over the list itself.
fn list_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__reversed__", 1, 1)?;
    let n = crate::protocol::slots::slot_payload::<PyList>(vm, &a[0])?
        .items
        .borrow()
        .len();
    Ok(Obj::new(
        vm.types.iterator("list_reverseiterator"),
        PyListRevIter {
            list: RefCell::new(Some(a[0].clone())),
            index: Cell::new(n),
        },
    ))
}
