//! The constructors of `dict` (`__new__`, `__init__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::object::cls_arg;
use ouro_memory::Obj;

/// Register the constructors in the types' dicts.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.dict, dict_new);
    vm.add_wrapper(&t.dict, "__init__", dict_init);
}

fn dict_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PyDict::new()))
}

fn dict_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.count(vm, "dict", 1, 2)?;
    let d = &a[0];
    if let Some(src) = a.get(1) {
        crate::types::dict::dict_update_from(vm, d, src)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set_item(d, k.clone(), v.clone())?;
    }
    Ok(vm.none.clone())
}
