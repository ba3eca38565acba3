//! The constructors of `tuple` (`__new__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Register the constructor in the type's dict.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.tuple, tuple_new);
}

fn tuple_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "tuple", 1, 2)?;
    let cls = a[0].clone();
    let items = match a.get(1) {
        Some(x) => {
            if x.class().ptr_eq(&vm.types.tuple) && cls.ptr_eq(&vm.types.tuple) {
                return Ok(x.clone());
            }
            vm.collect_iterable(x)?
        }
        None => Vec::new(),
    };
    if cls.ptr_eq(&vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(PyTuple::new_obj(cls, items))
}
