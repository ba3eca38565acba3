//! Module objects' computed attributes: `__dict__` (the namespace, which is also the globals of
//! the module's functions) and the lazily computed `__annotations__` (PEP 649).

use crate::errors::PyResult;
use crate::objects::*;
use crate::slots::slot_payload;
use crate::types::descriptor::GetSet;
use crate::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_getsets(
        &vm.types.module.clone(),
        &[
            GetSet("__dict__", module_dict, None),
            GetSet(
                "__annotations__",
                module_annotations,
                Some(module_set_annotations),
            ),
        ],
    );
}

fn module_dict(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyModule>(vm, m)?.dict.clone())
}

fn module_annotations(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    let dict = module_dict(vm, m)?;
    vm.module_annotations(&dict)
}

fn module_set_annotations(vm: &Vm, m: &Obj, value: Option<Obj>) -> PyResult<()> {
    let dict = module_dict(vm, m)?;
    match value {
        Some(v) => vm.dict_set_str(&dict, "__annotations__", v),
        None => {
            let key = vm.intern("__annotations__");
            if !vm.dict_del_item_opt(&dict, &key)? {
                return Err(vm.new_error("AttributeError", "__annotations__".to_string()));
            }
        }
    }
    Ok(())
}
