//! The `_weakref` module: the builtin half of `weakref` (the rest, the weak containers and
//! `finalize`, is Python code in `lib/weakref.py`, as in CPython).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::weakref as weak;
use ouro_memory::Obj;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getweakrefcount", getweakrefcount),
    ("getweakrefs", getweakrefs),
    ("proxy", proxy),
    ("_remove_dead_weakref", remove_dead_weakref),
];

pub(crate) fn add_attributes(vm: &Vm, d: &Obj) {
    vm.dict_set_str(d, "ref", vm.types.weakref.clone());
    vm.dict_set_str(d, "ReferenceType", vm.types.weakref.clone());
    vm.dict_set_str(d, "ProxyType", vm.types.weakproxy.clone());
    vm.dict_set_str(d, "CallableProxyType", vm.types.weakcallableproxy.clone());
}

fn getweakrefcount(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "getweakrefcount", 1, 1)?;
    Ok(vm.new_int(weak::count(&a[0]) as i64))
}

fn getweakrefs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "getweakrefs", 1, 1)?;
    Ok(vm.new_list(weak::weakrefs_to(&a[0])))
}

fn proxy(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "proxy", 1, 2)?;
    vm.new_weakproxy(&a[0], a.get(1).cloned())
}

/// `_remove_dead_weakref(dict, key)`: delete `dict[key]` if it is a dead weakref.
fn remove_dead_weakref(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "_remove_dead_weakref", 2, 2)?;
    let (dict, key) = (&a[0], &a[1]);
    if let Some(value) = vm.dict_get_item(dict, key)? {
        let dead = value
            .downcast_ref::<PyWeakRef>()
            .is_some_and(|r| r.slot.is_dead());
        if dead {
            vm.del_item(dict, key)?;
        }
    }
    Ok(vm.none.clone())
}
