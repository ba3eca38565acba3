//! The constructors of `types.MethodType` (`__new__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Register the constructor in the type's dict.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.method, method_new);
}

/// `types.MethodType(func, obj)`: a bound method.
fn method_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "method", 3, 3)?;
    if !vm.is_callable(&a[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if vm.is_none(&a[2]) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Obj::new(
        vm.types.method.clone(),
        PyBoundMethod {
            func: a[1].clone(),
            self_: a[2].clone(),
        },
    ))
}
