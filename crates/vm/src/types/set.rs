//! `set`/`frozenset` methods and operators.

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.set.clone();
    for (name, f) in [
        ("add", add as NativeFn),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
    ] {
        vm.add_method(&t, name, f);
    }
    for ty in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        for (name, f) in [
            ("copy", copy as NativeFn),
            ("union", union),
            ("intersection", intersection),
            ("difference", difference),
            ("symmetric_difference", symmetric_difference),
            ("issubset", issubset),
            ("issuperset", issuperset),
            ("isdisjoint", isdisjoint),
        ] {
            vm.add_method(&ty, name, f);
        }
    }
}

fn items(vm: &Vm, o: &Obj) -> PyResult<Vec<Obj>> {
    match o.downcast_ref::<PySet>() {
        Some(s) => Ok(s.table.borrow().keys()),
        None => vm.collect_iterable(o),
    }
}

/// A new set (or frozenset, matching `like`) holding `items`.
fn make_like(vm: &Vm, like: &Obj, items: Vec<Obj>) -> PyResult<Obj> {
    let cls = if vm.isinstance(like, &vm.types.frozenset) {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    };
    let s = Obj::new(cls, PySet::default());
    for i in items {
        vm.set_add(&s, i)?;
    }
    Ok(s)
}

pub(crate) fn set_binop(
    vm: &Vm,
    a: &Obj,
    b: &Obj,
    op: BinaryOperator,
    inplace: bool,
) -> PyResult<Obj> {
    let (xs, ys) = (items(vm, a)?, items(vm, b)?);
    let mut out = Vec::new();
    match op {
        BinaryOperator::Or => {
            out = xs;
            out.extend(ys);
        }
        BinaryOperator::And => {
            for x in xs {
                if vm.set_contains(b, &x)? {
                    out.push(x);
                }
            }
        }
        BinaryOperator::Sub => {
            for x in xs {
                if !vm.set_contains(b, &x)? {
                    out.push(x);
                }
            }
        }
        _ => {
            for x in xs {
                if !vm.set_contains(b, &x)? {
                    out.push(x);
                }
            }
            for y in ys {
                if !vm.set_contains(a, &y)? {
                    out.push(y);
                }
            }
        }
    }
    if inplace && a.class().ptr_eq(&vm.types.set) {
        if let Some(s) = a.downcast_ref::<PySet>() {
            let old = std::mem::take(&mut *s.table.borrow_mut());
            for i in out {
                vm.set_add(a, i)?;
            }
            drop(old);
        }
        return Ok(a.clone());
    }
    make_like(vm, a, out)
}

pub(crate) fn set_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<bool> {
    let subset = |x: &Obj, y: &Obj| -> PyResult<bool> {
        for i in items(vm, x)? {
            if !vm.set_contains(y, &i)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    Ok(match op {
        Comparison::Eq => la == lb && subset(a, b)?,
        Comparison::Ne => !(la == lb && subset(a, b)?),
        Comparison::Le => subset(a, b)?,
        Comparison::Lt => la < lb && subset(a, b)?,
        Comparison::Ge => subset(b, a)?,
        Comparison::Gt => la > lb && subset(b, a)?,
    })
}

fn this<'a>(args: &Args<'a>) -> &'a Obj {
    &args.values[0]
}

fn add(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "add", 2, 2)?;
    vm.set_add(this(&args), a[1].clone())?;
    Ok(vm.none.clone())
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "remove", 2, 2)?;
    let s = this(&args)
        .downcast_ref::<PySet>()
        .expect("set method on a set");
    if vm.table_remove(&s.table, &a[1])?.is_none() {
        return Err(vm.key_error(a[1].clone()));
    }
    Ok(vm.none.clone())
}

fn discard(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "discard", 2, 2)?;
    let s = this(&args)
        .downcast_ref::<PySet>()
        .expect("set method on a set");
    vm.table_remove(&s.table, &a[1])?;
    Ok(vm.none.clone())
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "pop", 1, 1)?;
    let s = this(&args)
        .downcast_ref::<PySet>()
        .expect("set method on a set");
    let first = s.table.borrow().next_entry(0).map(|(i, _)| i);
    match first.and_then(|i| s.table.borrow_mut().remove_at(i)) {
        Some(e) => Ok(e.key),
        None => Err(vm.key_error_msg("pop from an empty set")),
    }
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "clear", 1, 1)?;
    let s = this(&args)
        .downcast_ref::<PySet>()
        .expect("set method on a set");
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    Ok(vm.none.clone())
}

fn update(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "update", 1, usize::MAX)?;
    for other in &a[1..] {
        for i in vm.collect_iterable(other)? {
            vm.set_add(&a[0], i)?;
        }
    }
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "copy", 1, 1)?;
    let a = this(&args);
    make_like(vm, a, items(vm, a)?)
}

fn fold(vm: &Vm, args: Args<'_>, name: &str, op: BinaryOperator) -> PyResult<Obj> {
    let a = args.exact(vm, name, 1, usize::MAX)?;
    let mut acc = make_like(vm, &a[0], items(vm, &a[0])?)?;
    for other in &a[1..] {
        let o = make_like(vm, &vm.new_set(), items(vm, other)?)?;
        acc = set_binop(vm, &acc, &o, op, false)?;
    }
    Ok(acc)
}

fn union(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    fold(vm, args, "union", BinaryOperator::Or)
}

fn intersection(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    fold(vm, args, "intersection", BinaryOperator::And)
}

fn difference(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    fold(vm, args, "difference", BinaryOperator::Sub)
}

fn symmetric_difference(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    fold(vm, args, "symmetric_difference", BinaryOperator::Xor)
}

fn as_set(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    if o.is::<PySet>() {
        return Ok(o.clone());
    }
    make_like(vm, &vm.new_set(), vm.collect_iterable(o)?)
}

fn issubset(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "issubset", 2, 2)?;
    let other = as_set(vm, &a[1])?;
    Ok(vm.new_bool(set_compare(vm, &a[0], &other, Comparison::Le)?))
}

fn issuperset(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "issuperset", 2, 2)?;
    let other = as_set(vm, &a[1])?;
    Ok(vm.new_bool(set_compare(vm, &a[0], &other, Comparison::Ge)?))
}

fn isdisjoint(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "isdisjoint", 2, 2)?;
    for i in vm.collect_iterable(&a[1])? {
        if vm.set_contains(&a[0], &i)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}
