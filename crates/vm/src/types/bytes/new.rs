//! The constructors of `bytes` (`__new__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::object::cls_arg;
use ouro_memory::Obj;

/// Register the constructor in the type's dict.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.bytes, bytes_new);
}

fn bytes_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    let value = crate::types::bytearray::bytes_ctor_data(vm, &args)?;
    Ok(PyBytes::new_obj(cls, &value))
}
