//! The constructors of `str` (`__new__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::object::cls_arg;
use ouro_memory::Obj;

/// Register the constructor in the type's dict.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.str, str_new);
}

fn str_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "str", &["object", "encoding", "errors"])?;
    let cls = cls_arg(vm, &args)?.clone();
    let pos = &args.pos()[1..];
    let obj = pos.first().cloned().or_else(|| args.kw(vm, "object"));
    let encoding = pos.get(1).cloned().or_else(|| args.kw(vm, "encoding"));
    let s = match (obj, encoding) {
        (None, _) => String::new(),
        (Some(o), Some(_)) => match PyBytes::view(&o) {
            Some(b) => String::from_utf8(b.value.to_vec()).map_err(|e| {
                vm.new_error(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte",
                        b.value[e.utf8_error().valid_up_to()],
                        e.utf8_error().valid_up_to()
                    ),
                )
            })?,
            None => {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&o)
                )))
            }
        },
        (Some(o), None) => vm.str_string(&o)?,
    };
    if cls.ptr_eq(&vm.types.str) {
        return Ok(vm.new_str(s));
    }
    Ok(PyStr::new_obj(cls, &s))
}
