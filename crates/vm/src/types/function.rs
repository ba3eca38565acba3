//! Function and method objects' slots: a bound method compares equal to another bound to the
//! same receiver (by identity) with an equal function (CPython's `method_richcompare`).

use crate::errors::PyResult;
use crate::objects::*;
use crate::slots::NativeSlots;
use crate::vm::Vm;
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.set_native_slots(
        &vm.types.method.clone(),
        NativeSlots {
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
