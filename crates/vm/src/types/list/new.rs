//! The constructors of `list` (`__new__`, `__init__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::object::cls_arg;
use ouro_memory::{ItemVec, Obj};

/// Register the constructors in the types' dicts.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.list, list_new);
    vm.add_wrapper(&t.list, "__init__", list_init);
}

fn list_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PyList::default()))
}

fn list_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "list", 1, 2)?;
    let items = match a.get(1) {
        Some(x) => vm.collect_iterable(x)?,
        None => Vec::new(),
    };
    if let Some(l) = a[0].downcast_ref::<PyList>() {
        // CPython's list.__init__ clears the list and extends it (list_extend decides the
        // capacity).
        let mut storage = ItemVec::new();
        storage.try_extend(items).map_err(|_| vm.memory_error())?;
        let old = l.items.replace(storage);
        drop(old);
    }
    Ok(vm.none.clone())
}
