//! `enumerate`, `zip`, `map`, `filter`, `reversed` and `iter(callable, sentinel)`.

use crate::objects::*;
use crate::protocol::slots::slot_payload;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

/// `next()` of an enumerate: `(count, item)`, the count advancing by `+ 1`.
pub(crate) fn enumerate_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let e = slot_payload::<PyEnumerate>(vm, iter)?;
    let Some(v) = vm.next(&e.iter)? else {
        return Ok(None);
    };
    let count = e.count.borrow().clone();
    let next = vm.binary_op(
        &count,
        &vm.new_int(1),
        ouro_compiler::bytecode::BinaryOperator::Add,
        false,
    )?;
    drop(e.count.replace(next));
    Ok(Some(vm.new_tuple(vec![count, v])))
}

/// One item from each of `iters`, gathered in a pooled vector (a step of `zip` or `map`
/// allocates nothing of its own); None when one ran out, after `strict`'s length check.
fn next_of_each(
    vm: &Vm,
    iters: &RefCell<Vec<Obj>>,
    strict: bool,
    name: &str,
) -> PyResult<Option<Vec<Obj>>> {
    let n = iters.borrow().len();
    let mut items = vm.take_values();
    for i in 0..n {
        let Some(it) = iters.borrow().get(i).cloned() else {
            break;
        };
        match vm.next(&it)? {
            Some(v) => items.push(v),
            None => {
                vm.give_values(items);
                if strict {
                    let all = iters.borrow().clone();
                    check_strict(vm, name, &all, i)?;
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(items))
}

/// `next()` of a zip: a tuple of one item from each iterator (`strict` checks lengths).
pub(crate) fn zip_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let z = slot_payload::<PyZip>(vm, iter)?;
    if z.iters.borrow().is_empty() {
        return Ok(None);
    }
    let Some(mut items) = next_of_each(vm, &z.iters, z.strict.get(), "zip")? else {
        return Ok(None);
    };
    let t = vm.new_tuple_drain(&mut items);
    vm.give_values(items);
    Ok(Some(t))
}

/// When iterator `i` of a strict `zip` or `map` ran out: a ValueError unless it is the
/// first and all the others are exhausted too (CPython's messages).
fn check_strict(vm: &Vm, name: &str, iters: &[Obj], i: usize) -> PyResult<()> {
    let others = |j: usize| {
        if j == 1 {
            " 1".to_string()
        } else {
            format!("s 1-{j}")
        }
    };
    if i > 0 {
        return Err(vm.value_error(format!(
            "{name}() argument {} is shorter than argument{}",
            i + 1,
            others(i)
        )));
    }
    for (j, other) in iters.iter().enumerate().skip(1) {
        if vm.next(other)?.is_some() {
            return Err(vm.value_error(format!(
                "{name}() argument {} is longer than argument{}",
                j + 1,
                others(j)
            )));
        }
    }
    Ok(())
}

/// `next()` of a map: the function applied to one item from each iterator.
pub(crate) fn map_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let m = slot_payload::<PyMap>(vm, iter)?;
    let Some(items) = next_of_each(vm, &m.iters, m.strict.get(), "map")? else {
        return Ok(None);
    };
    let result = vm.call(&m.func, Args::positional(&items));
    vm.give_values(items);
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e) => stop_iteration_ends(vm, e),
    }
}

/// `next()` of a filter: the next item the function (or truth) keeps.
pub(crate) fn filter_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let f = slot_payload::<PyFilter>(vm, iter)?;
    while let Some(v) = vm.next(&f.iter)? {
        let keep = if vm.is_none(&f.func) {
            vm.is_true(&v)?
        } else {
            let r = match vm.call(&f.func, Args::positional(std::slice::from_ref(&v))) {
                Ok(r) => r,
                Err(e) => return stop_iteration_ends(vm, e),
            };
            vm.is_true(&r)?
        };
        if keep {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// `next()` of a reversed list (or sequence): items from the last.
pub(crate) fn list_reverse_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let r = slot_payload::<PyListRevIter>(vm, iter)?;
    let seq = r.list.borrow().clone();
    let Some(seq) = seq else {
        return Ok(None);
    };
    let i = r.index.get();
    if i == 0 {
        drop(r.list.replace(None));
        return Ok(None);
    }
    r.index.set(i - 1);
    let item = if let Some(l) = seq.downcast_ref::<PyList>() {
        l.items.borrow().get(i - 1).cloned()
    } else {
        Some(vm.get_item(&seq, &vm.new_int(i as i64 - 1))?)
    };
    Ok(item)
}

/// `next()` of `iter(callable, sentinel)`: calls until the sentinel comes back.
pub(crate) fn callable_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let c = slot_payload::<PyCallableIter>(vm, iter)?;
    let func = c.func.borrow().clone();
    let Some(func) = func else {
        return Ok(None);
    };
    let v = vm.call(&func, Args::positional(&[]))?;
    if vm.eq(&v, &c.sentinel)? {
        drop(c.func.replace(None));
        return Ok(None);
    }
    Ok(Some(v))
}

pub(crate) fn enumerate_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "enumerate", &["iterable", "start"])?;
    let a = &args.values[1..args.values.len() - args.kwnames.len()];
    let iterable = a.first().cloned().or_else(|| args.kw(vm, "iterable"));
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = a
        .get(1)
        .cloned()
        .or_else(|| args.kw(vm, "start"))
        .unwrap_or_else(|| vm.new_int(0));
    if !PyInt::is_int(&start) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&start)
        )));
    }
    let iter = vm.get_iter(&iterable)?;
    Ok(vm.new_instance_of(
        args.values[0].clone(),
        PyEnumerate {
            iter,
            count: RefCell::new(start),
        },
    ))
}

pub(crate) fn zip_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "zip", &["strict"])?;
    let strict = match args.kw(vm, "strict") {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    let mut iters = Vec::new();
    for a in &args.pos()[1..] {
        iters.push(
            vm.get_iter(a).map_err(|_| {
                vm.type_error(format!("'{}' object is not iterable", vm.type_name(a)))
            })?,
        );
    }
    Ok(vm.new_instance_of(
        args.values[0].clone(),
        PyZip {
            iters: RefCell::new(iters),
            strict: Cell::new(strict),
        },
    ))
}

pub(crate) fn map_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "map", &["strict"])?;
    let strict = match args.kw(vm, "strict") {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    let a = args.pos();
    if a.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for x in &a[2..] {
        iters.push(vm.get_iter(x)?);
    }
    Ok(vm.new_instance_of(
        a[0].clone(),
        PyMap {
            func: a[1].clone(),
            iters: RefCell::new(iters),
            strict: Cell::new(strict),
        },
    ))
}

pub(crate) fn filter_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "filter", 3, 3).map_err(|_| {
        vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    Ok(vm.new_instance_of(
        a[0].clone(),
        PyFilter {
            func: a[1].clone(),
            iter: vm.get_iter(&a[2])?,
        },
    ))
}

pub(crate) fn reversed_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "reversed", 2, 2).map_err(|_| {
        vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let seq = &a[1];
    if let Some(f) = vm.lookup_type(seq.class(), "__reversed__") {
        return vm.call_method_obj(&f, seq, &[]);
    }
    let is_seq = seq.is::<PyList>()
        || PyTuple::is_tuple(seq)
        || PyStr::is_str(seq)
        || PyBytes::is_bytes(seq)
        || (vm.lookup_type(seq.class(), "__getitem__").is_some()
            && vm.lookup_type(seq.class(), "__len__").is_some());
    if !is_seq {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)?;
    Ok(vm.new_instance_of(
        a[0].clone(),
        PyListRevIter {
            list: RefCell::new(Some(seq.clone())),
            index: Cell::new(n),
        },
    ))
}

/// A StopIteration raised by the function of a `map` or `filter` ends the iteration, as it
/// does in CPython (whose iterators report exhaustion by leaving StopIteration set).
fn stop_iteration_ends(vm: &Vm, e: crate::runtime::errors::PyErr) -> PyResult<Option<Obj>> {
    if vm.exc_matches(&e.exc, "StopIteration") {
        drop(vm.last_stop_value.replace(vm.stop_iteration_value(&e.exc)));
        return Ok(None);
    }
    Err(e)
}

/// The constructors of the builtin iterator types that Python classes may subclass.
pub(crate) fn init_new(vm: &Vm) {
    for (name, new) in [
        ("enumerate", enumerate_new as crate::objects::NativeFn),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
        ("reversed", reversed_new),
    ] {
        vm.add_new(&vm.types.iterator(name), new);
    }
}
