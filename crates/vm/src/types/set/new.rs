//! The constructors of `set` (`__new__`, `__init__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::object::cls_arg;
use ouro_memory::Obj;

/// Register the constructors in the types' dicts.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    for (ty, f) in [(&t.set, set_new as NativeFn), (&t.frozenset, frozenset_new)] {
        vm.add_new(ty, f);
    }
    vm.add_wrapper(&t.set, "__init__", set_init);
}

fn set_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PySet::default()))
}

fn set_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "set", 1, 2)?;
    // `s.__init__(it)` on an existing set starts it over (CPython's set_init clears it).
    if let Some(s) = a[0].downcast_ref::<PySet>() {
        let old = std::mem::take(&mut *s.table.borrow_mut());
        drop(old);
    }
    if let Some(x) = a.get(1) {
        vm.set_update(&a[0], x)?;
    }
    Ok(vm.none.clone())
}

fn frozenset_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "frozenset", 1, 2)?;
    let s = vm.new_instance_of(a[0].clone(), PySet::default());
    if let Some(x) = a.get(1) {
        vm.set_update(&s, x)?;
    }
    Ok(s)
}
