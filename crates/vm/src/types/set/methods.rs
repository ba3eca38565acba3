//! `set`/`frozenset` methods and operators.

use crate::objects::*;
use crate::protocol::slots::{BinaryFn, NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

pub(crate) fn init(vm: &Vm) {
    for ty in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        vm.add_method(&ty, "__sizeof__", |vm, args| {
            vm.sizeof_with(&args, "set", |o| {
                o.downcast_ref::<PySet>()
                    .map_or(0, |s| s.table.borrow().storage_bytes())
            })
        });
    }
    let t = vm.types.set.clone();
    for (name, f) in [
        ("add", add as NativeFn),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("difference_update", difference_update),
        ("intersection_update", intersection_update),
        ("symmetric_difference_update", symmetric_difference_update),
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
            ("__reduce__", reduce),
        ] {
            vm.add_method(&ty, name, f);
        }
        vm.set_native_slots(
            &ty,
            NativeSlots {
                len: Some(set_len),
                contains: Some(set_contains),
                iter: Some(set_iter),
                binary: Some(set_binary),
                binary_left: SET_OPS,
                binary_right: SET_OPS,
                inplace: ty.ptr_eq(&vm.types.set).then_some(set_inplace as BinaryFn),
                inplace_ops: SET_OPS,
                compare: Some(set_compare_slot),
                repr: Some(set_repr),
                hash: ty
                    .ptr_eq(&vm.types.frozenset)
                    .then_some(frozenset_hash as crate::protocol::slots::HashFn),
                ..NativeSlots::default()
            },
        );
    }
    vm.type_dict_set(&vm.types.set.clone(), "__hash__", vm.none.clone());
}

/// `{1, 2}`, `set()`, `frozenset({1})`, `Sub({1})` for subclasses.
fn set_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let s = crate::protocol::slots::slot_payload::<PySet>(vm, obj)?;
    let items = s.table.borrow().keys();
    let name = vm.type_name(obj);
    if items.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let inner = vm.repr_items(obj, "{", "}", &items, false)?;
    Ok(vm.new_str(if obj.class().ptr_eq(&vm.types.set) {
        inner
    } else {
        format!("{name}({inner})")
    }))
}

/// `hash(frozenset)`: an order-independent combination of the element hashes (CPython's).
fn frozenset_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let s = crate::protocol::slots::slot_payload::<PySet>(vm, obj)?;
    let mut h: u64 = 1927868237;
    for (hash, _) in s.table.borrow().iter() {
        let x = hash as u64;
        h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
    }
    Ok(h as i64 & i64::MAX)
}

const SET_OPS: OpSet = OpSet::of(&[
    BinaryOperator::Or,
    BinaryOperator::And,
    BinaryOperator::Xor,
    BinaryOperator::Sub,
]);

/// `|`, `&`, `^`, `-` between two sets or frozensets (the result has the left one's kind).
fn set_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    if !(a.is::<PySet>() && b.is::<PySet>()) {
        return Ok(None);
    }
    set_binop(vm, a, b, op, false).map(Some)
}

/// `s |= t` and friends change the set itself.
fn set_inplace(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    if !(a.is::<PySet>() && b.is::<PySet>()) {
        return Ok(None);
    }
    set_binop(vm, a, b, op, true).map(Some)
}

/// Subset order between two sets or frozensets.
fn set_compare_slot(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    if !(a.is::<PySet>() && b.is::<PySet>()) {
        return Ok(None);
    }
    Ok(Some(vm.new_bool(set_compare(vm, a, b, op)?)))
}

fn items(vm: &Vm, o: &Obj) -> PyResult<Vec<Obj>> {
    match o.downcast_ref::<PySet>() {
        Some(s) => Ok(s.table.borrow().keys()),
        None => vm.collect_iterable(o),
    }
}

/// An empty set of the same kind (set or frozenset) as `like`.
fn empty_like(vm: &Vm, like: &Obj) -> Obj {
    let cls = if vm.isinstance(like, &vm.types.frozenset) {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    };
    vm.new_instance_of(cls, PySet::default())
}

/// The set operators, building their results in CPython's insertion order (which decides the
/// iteration order of the result): union copies then updates, intersection walks the smaller
/// operand, difference walks the left one, symmetric difference copies then toggles.
pub(crate) fn set_binop(
    vm: &Vm,
    a: &Obj,
    b: &Obj,
    op: BinaryOperator,
    inplace: bool,
) -> PyResult<Obj> {
    // Only a set (or a subclass) has the in-place slot; a frozenset's `|=` rebinds.
    let in_place = inplace && !vm.isinstance(a, &vm.types.frozenset);
    let result = if in_place {
        a.clone()
    } else {
        empty_like(vm, a)
    };
    match op {
        BinaryOperator::Or => {
            if !in_place {
                vm.set_update(&result, a)?;
            }
            vm.set_update(&result, b)?;
        }
        BinaryOperator::And => {
            let (small, large) = if vm.len(b)? > vm.len(a)? {
                (a, b)
            } else {
                (b, a)
            };
            let keep = items(vm, small)?;
            let out = if in_place {
                empty_like(vm, a)
            } else {
                result.clone()
            };
            for x in keep {
                if vm.set_contains(large, &x)? {
                    vm.set_add(&out, x)?;
                }
            }
            if in_place {
                let new_table = out
                    .downcast_ref::<PySet>()
                    .map(|s| s.table.take())
                    .unwrap_or_default();
                if let Some(s) = a.downcast_ref::<PySet>() {
                    drop(s.table.replace(new_table));
                }
            }
        }
        BinaryOperator::Sub => {
            if in_place {
                for y in items(vm, b)? {
                    vm.set_discard(a, &y)?;
                }
            } else {
                for x in items(vm, a)? {
                    if !vm.set_contains(b, &x)? {
                        vm.set_add(&result, x)?;
                    }
                }
            }
        }
        _ => {
            if !in_place {
                vm.set_update(&result, a)?;
            }
            for y in items(vm, b)? {
                if !vm.set_discard(&result, &y)? {
                    vm.set_add(&result, y)?;
                }
            }
        }
    }
    Ok(result)
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
    // A set's own size (a subclass's `__len__` is not asked, as CPython's set_richcompare).
    let size = |o: &Obj| match o.downcast_ref::<PySet>() {
        Some(s) => Ok(s.table.borrow().len()),
        None => vm.len(o),
    };
    let (la, lb) = (size(a)?, size(b)?);
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

/// `s.__reduce__()`: `(type(s), (list(s),), state)`.
fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let this = args
        .values
        .first()
        .filter(|o| o.is::<PySet>())
        .ok_or_else(|| vm.type_error("descriptor '__reduce__' requires a set"))?;
    if args.values.len() > 1 {
        return Err(vm.type_error(format!(
            "{}.__reduce__() takes no arguments ({} given)",
            vm.type_name(this),
            args.values.len() - 1
        )));
    }
    let items = vm.new_list(vm.collect_iterable(this)?);
    let state = vm.state_of(this, false)?;
    Ok(vm.new_tuple(vec![this.class().clone(), vm.new_tuple(vec![items]), state]))
}

fn add(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "add", 2, 2)?;
    vm.set_add(this(&args), a[1].clone())?;
    Ok(vm.none.clone())
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "remove", 2, 2)?;
    if !vm.set_discard(this(&args), &a[1])? {
        return Err(vm.key_error(a[1].clone()));
    }
    Ok(vm.none.clone())
}

fn discard(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "discard", 2, 2)?;
    vm.set_discard(this(&args), &a[1])?;
    Ok(vm.none.clone())
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "pop", 1, 1)?;
    let s = crate::protocol::slots::slot_payload::<PySet>(vm, this(&args))?;
    let popped = s.table.borrow_mut().pop();
    match popped {
        Some(key) => Ok(key),
        None => Err(vm.key_error_msg("pop from an empty set")),
    }
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "clear", 1, 1)?;
    let s = crate::protocol::slots::slot_payload::<PySet>(vm, this(&args))?;
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
    let result = empty_like(vm, a);
    vm.set_update(&result, a)?;
    Ok(result)
}

fn fold(vm: &Vm, args: Args<'_>, name: &str, op: BinaryOperator) -> PyResult<Obj> {
    let a = args.exact(vm, name, 1, usize::MAX)?;
    let mut acc = empty_like(vm, &a[0]);
    vm.set_update(&acc, &a[0])?;
    for other in &a[1..] {
        let o = vm.new_set();
        vm.set_update(&o, other)?;
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
    let s = vm.new_set();
    vm.set_update(&s, o)?;
    Ok(s)
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

/// `set.X_update(*others)`: each other iterable made a set first, then the in-place operator.
fn update_with(vm: &Vm, args: &Args<'_>, name: &str, op: BinaryOperator) -> PyResult<Obj> {
    let a = args.exact(vm, name, 1, usize::MAX)?;
    for other in &a[1..] {
        let other = if other.is::<PySet>() {
            other.clone()
        } else {
            let s = Obj::new(vm.types.set.clone(), PySet::default());
            for item in vm.collect_iterable(other)? {
                vm.set_add(&s, item)?;
            }
            s
        };
        set_binop(vm, this(args), &other, op, true)?;
    }
    Ok(vm.none.clone())
}

fn difference_update(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    update_with(vm, &args, "difference_update", BinaryOperator::Sub)
}

fn intersection_update(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    update_with(vm, &args, "intersection_update", BinaryOperator::And)
}

fn symmetric_difference_update(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    update_with(
        vm,
        &args,
        "symmetric_difference_update",
        BinaryOperator::Xor,
    )
}

// ---- slots ----------------------------------------------------------------------------------

fn payload<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a PySet> {
    crate::protocol::slots::slot_payload(vm, obj)
}

fn set_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    Ok(payload(vm, obj)?.table.borrow().len())
}

fn set_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    payload(vm, obj)?;
    vm.set_contains(obj, item)
}

fn set_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let len = payload(vm, obj)?.table.borrow().len();
    Ok(Obj::new(
        vm.types.iterator("set_iterator"),
        PySetIter {
            set: RefCell::new(Some(obj.clone())),
            pos: Cell::new(0),
            len: Cell::new(len),
            yielded: Cell::new(0),
        },
    ))
}

/// The next key of a set iterator; a set whose size changed since the iterator was made is
/// an error, for good (CPython's `setiter_iternext`).
pub(crate) fn set_iter_next(vm: &Vm, it: &PySetIter) -> PyResult<Option<Obj>> {
    let set = it.set.borrow().clone();
    let Some(set) = set else {
        return Ok(None);
    };
    let Some(s) = set.downcast_ref::<PySet>() else {
        return Ok(None);
    };
    let table = s.table.borrow();
    if table.len() != it.len.get() {
        it.len.set(usize::MAX);
        return Err(vm.runtime_error("Set changed size during iteration"));
    }
    match table.next_from(it.pos.get()) {
        Some((slot, key)) => {
            it.pos.set(slot + 1);
            it.yielded.set(it.yielded.get() + 1);
            Ok(Some(key))
        }
        None => {
            drop(table);
            drop(it.set.replace(None));
            Ok(None)
        }
    }
}

/// `next()` of a set iterator.
pub(crate) fn set_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let i = crate::protocol::slots::slot_payload::<PySetIter>(vm, iter)?;
    crate::types::set::set_iter_next(vm, i)
}
