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
        // Every value stays within i128; the bounds are clamped back to the i64 range (they
        // only need to delimit the same elements).
        let (rs, rstep) = (i128::from(r.start), i128::from(r.step));
        let start = rs + idx.start as i128 * rstep;
        let step = rstep * idx.step as i128;
        let stop = start + idx.len as i128 * step;
        let clamp = |v: i128| v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        let (start, step) = match (i64::try_from(start), i64::try_from(step)) {
            (Ok(a), Ok(b)) => (a, b),
            _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
        return Ok(Obj::new(
            vm.types.range.clone(),
            PyRange {
                start,
                stop: clamp(stop),
                step,
            },
        ));
    }
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let n = r.len() as isize;
    let i = if i < 0 { i.saturating_add(n) } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(r.get(i as usize)))
}

fn recv<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRange> {
    let o = args
        .values
        .first()
        .ok_or_else(|| vm.type_error(format!("unbound method range.{name}() needs an argument")))?;
    o.downcast_ref::<PyRange>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

fn range_index(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = recv(vm, &args, "index")?;
    let a = super::str::margs(vm, &args, "range.index", 1, 1)?;
    if let Some(p) = int_position(r, &a[0]) {
        return Ok(vm.new_int(p as i64));
    }
    if !a[0].is::<PyInt>() {
        // Other objects compare by equality, like a sequence search.
        let n = r.len();
        for i in 0..n {
            if vm.eq(&vm.new_int(r.get(i)), &a[0])? {
                return Ok(vm.new_int(i as i64));
            }
        }
    }
    Err(vm.value_error(format!("{} is not in range", vm.repr_string(&a[0])?)))
}

/// The position of the int `x` in `r`, if it is one of its elements.
fn int_position(r: &PyRange, x: &Obj) -> Option<usize> {
    let v = i128::from(x.downcast_ref::<PyInt>()?.as_i64()?);
    let (start, step) = (i128::from(r.start), i128::from(r.step));
    let off = v - start;
    if off % step != 0 {
        return None;
    }
    let k = off / step;
    (k >= 0 && (k as u128) < r.len() as u128).then_some(k as usize)
}

fn range_count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = recv(vm, &args, "count")?;
    let a = super::str::margs(vm, &args, "range.count", 1, 1)?;
    if a[0].is::<PyInt>() {
        return Ok(vm.new_int(int_position(r, &a[0]).is_some() as i64));
    }
    let mut n = 0;
    for i in 0..r.len() {
        if vm.eq(&vm.new_int(r.get(i)), &a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn range_len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = recv(vm, &args, "__len__")?;
    Ok(vm.new_int(r.len() as i64))
}
