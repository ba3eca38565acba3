//! `types.GenericAlias` (`list[int]`, PEP 585): an object of the builtin `GenericAlias` type
//! whose payload is the tuple `(origin, *args)`. It calls its origin, compares and hashes by
//! that tuple, and stands for its origin as a base class (`__mro_entries__`, PEP 560).

use crate::objects::*;
use crate::protocol::slots::NativeSlots;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::GetSet;
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.iterator("GenericAlias");
    vm.type_dict_set(&t, "__module__", vm.new_str("types"));
    let types = &vm.types;
    for generic in [
        &types.list,
        &types.dict,
        &types.tuple,
        &types.set,
        &types.frozenset,
    ] {
        vm.add_classmethod(generic, "__class_getitem__", class_getitem);
    }
    vm.add_method(&t, "__mro_entries__", mro_entries);
    vm.add_method(&t, "__call__", call);
    vm.set_native_slots(
        &t,
        NativeSlots {
            compare: Some(alias_compare),
            hash: Some(alias_hash),
            repr: Some(alias_repr),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &t,
        &[
            GetSet("__origin__", origin, None),
            GetSet("__args__", alias_args, None),
            GetSet("__parameters__", alias_parameters, None),
        ],
    );
}

/// `(origin, *args)` of a generic alias, or None for any other object.
pub(crate) fn alias_parts(vm: &Vm, o: &Obj) -> Option<Vec<Obj>> {
    if !o.class().ptr_eq(&vm.types.iterator("GenericAlias")) {
        return None;
    }
    PyTuple::view(o).map(|t| t.to_vec())
}

/// `list[int].__args__`: `(int,)`.
fn alias_args(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    let parts = alias_parts(vm, o).unwrap_or_default();
    Ok(vm.new_tuple(parts.get(1..).unwrap_or_default().to_vec()))
}

/// `__parameters__`: ouro has no type variables, so always empty.
fn alias_parameters(vm: &Vm, _o: &Obj) -> PyResult<Obj> {
    Ok(vm.empty_tuple.clone())
}

fn origin(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    alias_parts(vm, o)
        .and_then(|p| p.first().cloned())
        .ok_or_else(|| vm.type_error("expected a generic alias"))
}

/// `list[int]`, `L[int]` for a subclass `L` (PEP 585's `__class_getitem__`): a
/// `types.GenericAlias` of (the class, *the arguments).
pub(crate) fn class_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__class_getitem__", 2, 2)?;
    let mut parts = vec![a[0].clone()];
    match PyTuple::view(&a[1]) {
        Some(t) => parts.extend(t.to_vec()),
        None => parts.push(a[1].clone()),
    }
    Ok(PyTuple::new_obj(vm.types.iterator("GenericAlias"), parts))
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
    let same = crate::protocol::slots::compare::compare_sequences(vm, &x, &y, Comparison::Eq)?;
    Ok(Some(vm.new_bool(same == (op == Comparison::Eq))))
}

/// `list[int]`: the origin and arguments as typing's `_type_repr` shows them.
fn alias_repr(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    let parts = alias_parts(vm, o).unwrap_or_default();
    let mut shown = Vec::with_capacity(parts.len());
    for p in &parts {
        shown.push(vm.type_repr(p)?);
    }
    let (origin, args) = shown
        .split_first()
        .map_or(("", &[][..]), |(o, a)| (o.as_str(), a));
    Ok(vm.new_str(format!("{origin}[{}]", args.join(", "))))
}

fn alias_hash(vm: &Vm, o: &Obj) -> PyResult<i64> {
    let parts = alias_parts(vm, o).unwrap_or_default();
    vm.tuple_hash(&parts)
}
