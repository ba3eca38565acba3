//! Function and method objects' slots: a bound method compares equal to another bound to the
//! same receiver (by identity) with an equal function (CPython's `method_richcompare`).

use crate::errors::PyResult;
use crate::objects::*;
use crate::slots::NativeSlots;
use crate::vm::Vm;
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    use crate::call::*;
    let t = &vm.types;
    for (ty, call) in [
        (&t.function, function_call as crate::slots::CallFn),
        (&t.builtin_function, builtin_function_call),
        (&t.method_descriptor, method_descr_call),
        (&t.classmethod_descriptor, method_descr_call),
        (&t.wrapper_descriptor, method_descr_call),
        (&t.method_wrapper, method_wrapper_call),
        (&t.staticmethod, staticmethod_call),
    ] {
        vm.set_native_slots(
            ty,
            NativeSlots {
                call: Some(call),
                ..Default::default()
            },
        );
    }
    vm.set_native_slots(
        &vm.types.method.clone(),
        NativeSlots {
            call: Some(method_call),
            compare: Some(method_compare),
            hash: Some(method_hash),
            ..Default::default()
        },
    );
}

fn method_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (
        a.downcast_ref::<PyBoundMethod>(),
        b.downcast_ref::<PyBoundMethod>(),
    ) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let equal = x.self_.ptr_eq(&y.self_) && vm.eq(&x.func, &y.func)?;
    Ok(Some(vm.new_bool(equal == (op == Comparison::Eq))))
}

/// CPython's `meth_hash`: the receiver's address with the function's hash.
fn method_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let m = crate::slots::slot_payload::<PyBoundMethod>(vm, obj)?;
    let receiver = crate::slots::object::identity_hash(&m.self_);
    Ok(receiver ^ vm.hash(&m.func)?)
}
