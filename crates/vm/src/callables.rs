//! Methods of the callable builtin types: functions, bound methods, builtin functions,
//! staticmethod and classmethod (the descriptor protocol seen from Python).

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_method(&vm.types.function.clone(), "__get__", function_get);
    vm.add_method(&vm.types.staticmethod.clone(), "__get__", staticmethod_get);
    vm.add_method(&vm.types.classmethod.clone(), "__get__", classmethod_get);
    vm.add_method(&vm.types.property.clone(), "__get__", property_get);
    vm.add_method(&vm.types.property.clone(), "__set__", property_set);
}

/// `descr.__get__(instance, owner=None)`.
fn get_via_descr(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<Obj> {
    let a = args.exact(vm, name, 2, 3)?;
    let inst = Some(&a[1]).filter(|o| !vm.is_none(o));
    let owner = match a.get(2).filter(|o| !vm.is_none(o)) {
        Some(o) => o.clone(),
        None => match inst {
            Some(i) => i.class().clone(),
            None => return Err(vm.type_error("__get__(None, None) is invalid")),
        },
    };
    vm.descr_get(a[0].clone(), inst, &owner)
}

fn function_get(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    get_via_descr(vm, args, "__get__")
}

fn staticmethod_get(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    get_via_descr(vm, args, "__get__")
}

fn classmethod_get(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    get_via_descr(vm, args, "__get__")
}

fn property_get(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    get_via_descr(vm, args, "__get__")
}

fn property_set(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__set__", 3, 3)?;
    let p = a[0]
        .downcast_ref::<PyProperty>()
        .ok_or_else(|| vm.type_error("descriptor '__set__' requires a 'property' object"))?;
    match &p.fset {
        Some(f) => vm.call(f, Args::positional(&[a[1].clone(), a[2].clone()])),
        None => Err(vm.new_error(
            "AttributeError",
            format!("property of '{}' object has no setter", vm.type_name(&a[1])),
        )),
    }
}
