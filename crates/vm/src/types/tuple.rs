//! `tuple` methods: count, index, and `__len__` (which also gives tuples their truth value).

use super::str::{margs, slice_bound};
use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.tuple.clone();
    for (name, f) in [
        ("count", count as NativeFn),
        ("index", index),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__getnewargs__", getnewargs),
    ] {
        vm.add_method(&t, name, f);
    }
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
    for item in t.to_vec() {
        if item.ptr_eq(&a[0]) || vm.eq(&item, &a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = recv(vm, &args, "index")?;
    let a = margs(vm, &args, "index", 1, 3)?;
    let items = t.to_vec();
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

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = recv(vm, &args, "__len__")?;
    margs(vm, &args, "tuple.__len__", 0, 0)?;
    Ok(vm.new_int(t.len() as i64))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    recv(vm, &args, "__getitem__")?;
    let a = margs(vm, &args, "tuple.__getitem__", 1, 1)?;
    vm.get_item(&args.values[0], &a[0])
}

fn getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let t = recv(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_tuple(t.to_vec())]))
}
