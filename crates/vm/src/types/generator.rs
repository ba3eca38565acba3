//! Generator methods and the iterator protocol methods of builtin iterators.

use crate::errors::{PyErr, PyResult};
use crate::eval::SendResult;
use crate::generator::Resume;
use crate::objects::*;
use crate::slots::NativeSlots;
use crate::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let g = vm.types.generator.clone();
    vm.add_method(&g, "send", send);
    vm.add_method(&g, "throw", throw);
    vm.add_method(&g, "close", close);
    let mut iter_types = vec![g];
    iter_types.extend(
        crate::bootstrap::ITERATOR_TYPES
            .iter()
            .map(|name| vm.types.iterator(name)),
    );
    for t in iter_types {
        vm.add_method(&t, "__next__", next);
        // (File objects replace this slot with one that checks the file is open: io.rs.)
        vm.set_native_slots(
            &t,
            NativeSlots {
                iter: Some(iter_self),
                ..NativeSlots::default()
            },
        );
    }
}

/// `iter(it)` of an iterator: itself.
fn iter_self(_vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    Ok(obj.clone())
}

fn next(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__next__", 1, 1)?;
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => {
            let v = vm
                .last_stop_value
                .borrow_mut()
                .take()
                .filter(|v| !vm.is_none(v));
            Err(vm.stop_iteration(v))
        }
    }
}

fn send(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "send", 2, 2)?;
    vm.gen_send(&a[0], a[1].clone())
}

fn throw(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "throw", 2, 4)?;
    let exc = throw_exception(vm, &a[1], a.get(2))?;
    let err = PyErr { exc };
    match vm.gen_resume(&a[0], Resume::Throw(err))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(r) => Err(vm.stop_iteration(Some(r).filter(|r| !vm.is_none(r)))),
    }
}

/// The exception `gen.throw(typ[, val[, tb]])` raises (CPython's `_gen_throw`): an instance
/// as is; a class called with `val` (its args when a tuple, none when None) unless `val` is
/// already an instance of it. (CPython also warns that the three-argument form is deprecated;
/// ouro has no runtime warnings yet.)
fn throw_exception(vm: &Vm, typ: &Obj, val: Option<&Obj>) -> PyResult<Obj> {
    let val = val.filter(|v| !vm.is_none(v));
    match val {
        Some(v) if typ.is::<PyType>() => {
            if vm.isinstance(v, typ) {
                return Ok(v.clone());
            }
            let args = match PyTuple::view(v) {
                Some(t) => t.to_vec(),
                None => vec![v.clone()],
            };
            let exc = vm.call(typ, Args::positional(&args))?;
            vm.make_exception(&exc)
        }
        Some(_) if typ.is::<PyException>() => {
            Err(vm.type_error("instance exception may not have a separate value"))
        }
        _ => vm.make_exception(typ),
    }
}

fn close(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "close", 1, 1)?;
    vm.gen_close(&a[0])
}
