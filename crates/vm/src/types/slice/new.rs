//! The constructors of `slice` (`__new__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Register the constructor in the type's dict.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.slice, slice_new);
}

fn slice_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "slice", 2, 4)?;
    let none = vm.none.clone();
    let (start, stop, step) = match a.len() {
        2 => (none.clone(), a[1].clone(), none),
        3 => (a[1].clone(), a[2].clone(), none),
        _ => (a[1].clone(), a[2].clone(), a[3].clone()),
    };
    Ok(vm.new_slice(start, stop, step))
}
