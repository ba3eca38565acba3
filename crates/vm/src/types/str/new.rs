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
    let errors = pos.get(2).cloned().or_else(|| args.kw(vm, "errors"));
    let s = match (obj, encoding.is_some() || errors.is_some()) {
        (None, _) => String::new(),
        // `str(b, encoding, errors)` decodes as `b.decode(encoding, errors)` does.
        (Some(o), true) => {
            if crate::types::bytes::bytes_data(&o).is_none() {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&o)
                )));
            }
            let bytes = vm.new_bytes(crate::types::bytes::bytes_data(&o).unwrap_or_default());
            let encoding = encoding.unwrap_or_else(|| vm.new_str("utf-8"));
            let errors = errors.unwrap_or_else(|| vm.new_str("strict"));
            let decoded = vm.call_method(&bytes, "decode", &[encoding, errors])?;
            vm.str_string(&decoded)?
        }
        (Some(o), false) => vm.str_string(&o)?,
    };
    if cls.ptr_eq(&vm.types.str) {
        return Ok(vm.new_str(s));
    }
    Ok(PyStr::new_obj(cls, &s))
}
