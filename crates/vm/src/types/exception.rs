//! `BaseException` methods.

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.exc_type("BaseException");
    vm.add_method(&t, "__new__", exc_new);
    vm.add_method(&t, "__init__", exc_init);
    vm.add_method(&t, "with_traceback", with_traceback);
    vm.add_method(&t, "add_note", add_note);
    vm.set_native_slots(
        &t,
        crate::slots::NativeSlots {
            repr: Some(exc_repr),
            str_: Some(exc_str),
            ..Default::default()
        },
    );
}

/// `repr(e)`: `Name(arg)` for one argument, `Name(args...)` otherwise.
fn exc_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let args = crate::slots::slot_payload::<PyException>(vm, obj)?.args_or(&vm.empty_tuple);
    let items = PyTuple::view(&args).map(|t| t.to_vec()).unwrap_or_default();
    let name = vm.type_name(obj);
    Ok(vm.new_str(if items.len() == 1 {
        format!("{name}({})", vm.repr_string(&items[0])?)
    } else {
        format!("{name}{}", vm.repr_string(&args)?)
    }))
}

/// `str(e)`: the one argument's str, the args tuple's otherwise (with the subclasses' forms
/// CPython gives KeyError, SyntaxError, OSError, ...).
fn exc_str(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(vm.exception_str(obj)?))
}

fn exc_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = args.values[0].clone();
    let exc = Obj::new(
        cls,
        PyException::new(vm.new_tuple(args.pos()[1..].to_vec())),
    );
    Ok(exc)
}

fn exc_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let this = &args.values[0];
    if let Some(p) = this.downcast_ref::<PyException>() {
        drop(p.args.replace(Some(vm.new_tuple(args.pos()[1..].to_vec()))));
    }
    if vm.exc_matches(this, "StopIteration") {
        let v = args
            .pos()
            .get(1)
            .cloned()
            .unwrap_or_else(|| vm.none.clone());
        vm.set_exc_attr(this, "value", v);
    }
    Ok(vm.none.clone())
}

fn with_traceback(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "with_traceback", 2, 2)?;
    Ok(a[0].clone())
}

fn add_note(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "add_note", 2, 2)?;
    if !PyStr::is_str(&a[1]) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&a[1]))));
    }
    let notes = match vm.get_exc_attr(&a[0], "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_exc_attr(&a[0], "__notes__", l.clone());
            l
        }
    };
    vm.call_method(&notes, "append", &[a[1].clone()])?;
    Ok(vm.none.clone())
}
