//! `range`.

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_method(&vm.types.range.clone(), "__new__", range_new);
    vm.add_method(&vm.types.range.clone(), "index", range_index);
    vm.add_method(&vm.types.range.clone(), "count", range_count);
    vm.add_method(&vm.types.range.clone(), "__len__", range_len);
}

fn range_len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__len__", 1, 1)?;
    let r = a[0]
        .downcast_ref::<PyRange>()
        .ok_or_else(|| vm.type_error("descriptor '__len__' requires a 'range' object"))?;
    Ok(vm.new_int(r.len() as i64))
}

fn range_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "range", 2, 4).map_err(|e| {
        let n = args.pos().len().saturating_sub(1);
        if n == 0 {
            vm.type_error("range expected at least 1 argument, got 0")
        } else if n > 3 {
            vm.type_error(format!("range expected at most 3 arguments, got {n}"))
        } else {
            e
        }
    })?;
    let int = |o: &Obj| vm.arg_i64(o);
    let (start, stop, step) = match a.len() {
        2 => (0, int(&a[1])?, 1),
        3 => (int(&a[1])?, int(&a[2])?, 1),
        _ => (int(&a[1])?, int(&a[2])?, int(&a[3])?),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Obj::new(
        vm.types.range.clone(),
        PyRange { start, stop, step },
    ))
}

pub(crate) fn range_getitem(vm: &Vm, r: &PyRange, key: &Obj) -> PyResult<Obj> {
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let idx = vm.slice_indices(s, r.len())?;
        let start = r.start + idx.start as i64 * r.step;
        let step = r.step * idx.step as i64;
        let stop = start + idx.len as i64 * step;
        return Ok(Obj::new(
            vm.types.range.clone(),
            PyRange { start, stop, step },
        ));
    }
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let n = r.len() as isize;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(r.get(i as usize)))
}

fn range_index(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "index", 2, 2)?;
    let r = a[0]
        .downcast_ref::<PyRange>()
        .expect("range method on a range");
    if vm.contains(&a[0], &a[1])? {
        if let Some(PyInt::Small(v)) = a[1].downcast_ref::<PyInt>() {
            return Ok(vm.new_int((v - r.start) / r.step));
        }
    }
    Err(vm.value_error(format!("{} is not in range", vm.repr_string(&a[1])?)))
}

fn range_count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "count", 2, 2)?;
    Ok(vm.new_int(vm.contains(&a[0], &a[1])? as i64))
}
