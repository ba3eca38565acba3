//! `types.GenericAlias` (`list[int]`, PEP 585): an object of the builtin `GenericAlias` type
//! whose payload is the tuple `(origin, *args)`. It calls its origin, compares and hashes by
//! that tuple, and stands for its origin as a base class (`__mro_entries__`, PEP 560).

use crate::errors::PyResult;
use crate::objects::*;
use crate::slots::NativeSlots;
use crate::vm::Vm;
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.iterator("GenericAlias");
    vm.add_method(&t, "__mro_entries__", mro_entries);
    vm.add_method(&t, "__call__", call);
    vm.set_native_slots(
        &t,
        NativeSlots {
            compare: Some(alias_compare),
            hash: Some(alias_hash),
            ..Default::default()
        },
    );
}

/// `(origin, *args)` of a generic alias, or None for any other object.
pub(crate) fn alias_parts(vm: &Vm, o: &Obj) -> Option<Vec<Obj>> {
    if !o.class().ptr_eq(&vm.types.iterator("GenericAlias")) {
        return None;
    }
    PyTuple::view(o).map(|t| t.to_vec())
}

/// `__origin__`, `__args__`, `__parameters__` of a generic alias.
pub(crate) fn alias_attr(vm: &Vm, o: &Obj, name: &str) -> Option<Obj> {
    let parts = alias_parts(vm, o)?;
    let (origin, args) = parts.split_first()?;
    match name {
        "__origin__" => Some(origin.clone()),
        "__args__" => Some(vm.new_tuple(args.to_vec())),
        "__parameters__" => Some(vm.empty_tuple.clone()),
        _ => None,
    }
}

fn origin(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    alias_parts(vm, o)
        .and_then(|p| p.first().cloned())
        .ok_or_else(|| vm.type_error("expected a generic alias"))
}

/// `list[int].__mro_entries__(bases)`: the origin stands in the bases (`class L(list[int])`).
fn mro_entries(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__mro_entries__", 2, 2)?;
    Ok(vm.new_tuple(vec![origin(vm, &a[0])?]))
}

/// `list[int](x)`: `list(x)`.
fn call(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let Some(alias) = args.values.first() else {
        return Err(vm.type_error("GenericAlias.__call__ needs an argument"));
    };
    let o = origin(vm, alias)?;
    vm.call(&o, Args::new(&args.values[1..], args.kwnames))
}

fn alias_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (alias_parts(vm, a), alias_parts(vm, b)) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let same = crate::slots::compare::compare_sequences(vm, &x, &y, Comparison::Eq)?;
    Ok(Some(vm.new_bool(same == (op == Comparison::Eq))))
}

fn alias_hash(vm: &Vm, o: &Obj) -> PyResult<i64> {
    let parts = alias_parts(vm, o).unwrap_or_default();
    vm.tuple_hash(&parts)
}
