//! `X | Y` on types (PEP 604), used in annotations such as `Node | None`.
//!
//! A union is an object of the builtin `UnionType` whose payload is the tuple of its member
//! types (flattened, duplicates removed, `None` stored as `NoneType`).

use crate::objects::*;
use crate::protocol::slots::{NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let ops = OpSet::of(&[BinaryOperator::Or]);
    for ty in [vm.types.type_.clone(), vm.types.iterator("UnionType")] {
        vm.set_native_slots(
            &ty,
            NativeSlots {
                binary: Some(union_or),
                binary_left: ops,
                binary_right: ops,
                ..Default::default()
            },
        );
    }
    // 3.14 names the type of `int | str` `typing.Union`.
    let union = vm.types.iterator("UnionType");
    if let Some(t) = union.downcast_ref::<PyType>() {
        drop(t.name.replace("Union".into()));
        drop(t.qualname.replace("Union".into()));
    }
    vm.type_dict_set(&union, "__module__", vm.new_str("typing"));
    vm.set_native_slots(
        &vm.types.iterator("UnionType"),
        NativeSlots {
            repr: Some(union_repr),
            compare: Some(union_compare),
            hash: Some(union_hash),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &vm.types.iterator("UnionType"),
        &[crate::types::descriptor::GetSet(
            "__args__",
            union_args,
            crate::types::descriptor::READONLY,
        )],
    );
}

/// `(int | str).__args__`: the members in order.
fn union_args(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    Ok(vm.new_tuple(union_members(vm, o).unwrap_or_default()))
}

/// Unions are equal when they have the same members, in any order (CPython compares their
/// members as sets).
fn union_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (union_members(vm, a), union_members(vm, b)) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let mut same = x.len() == y.len();
    for m in &x {
        if !same {
            break;
        }
        let mut found = false;
        for n in &y {
            if vm.eq(m, n)? {
                found = true;
                break;
            }
        }
        same = found;
    }
    Ok(Some(vm.new_bool(same == (op == Comparison::Eq))))
}

/// The hash of the members as a frozenset: independent of their order.
fn union_hash(vm: &Vm, o: &Obj) -> PyResult<i64> {
    let mut h: i64 = 0;
    for m in union_members(vm, o).unwrap_or_default() {
        h ^= vm.hash(&m)?;
    }
    Ok(if h == -1 { -2 } else { h })
}

/// `int | str | None`.
fn union_repr(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    let members = union_members(vm, o).unwrap_or_default();
    let mut parts = Vec::with_capacity(members.len());
    for m in &members {
        parts.push(vm.type_repr(m)?);
    }
    Ok(vm.new_str(parts.join(" | ")))
}

/// `X | Y` where each side is a type, None or a union (type's and UnionType's `nb_or`).
fn union_or(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    let unionable = |o: &Obj| o.is::<PyType>() || vm.is_none(o) || union_members(vm, o).is_some();
    if op != BinaryOperator::Or || !(unionable(a) && unionable(b)) {
        return Ok(None);
    }
    Ok(Some(make_union(vm, a, b)))
}

pub(crate) fn make_union(vm: &Vm, a: &Obj, b: &Obj) -> Obj {
    let mut members: Vec<Obj> = Vec::new();
    for x in [a, b] {
        let items = union_members(vm, x).unwrap_or_else(|| {
            vec![if vm.is_none(x) {
                vm.types.none_type.clone()
            } else {
                x.clone()
            }]
        });
        for t in items {
            if !members.iter().any(|m| m.ptr_eq(&t)) {
                members.push(t);
            }
        }
    }
    PyTuple::new_obj(vm.types.iterator("UnionType"), members)
}

/// The member types of a union object, or None if `o` is not a union.
pub(crate) fn union_members(vm: &Vm, o: &Obj) -> Option<Vec<Obj>> {
    if !o.class().ptr_eq(&vm.types.iterator("UnionType")) {
        return None;
    }
    PyTuple::view(o).map(|t| t.to_vec())
}
