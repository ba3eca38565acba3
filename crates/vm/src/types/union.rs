//! `X | Y` on types (PEP 604), used in annotations such as `Node | None`.
//!
//! A union is an object of the builtin `UnionType` whose payload is the tuple of its member
//! types (flattened, duplicates removed, `None` stored as `NoneType`).

use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;

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
