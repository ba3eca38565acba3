//! `slice` methods: `indices()`.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::{GetSet, READONLY};
use crate::types::str::margs;
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_method(&vm.types.slice.clone(), "indices", indices);
    vm.add_method(&vm.types.slice.clone(), "__reduce__", slice_reduce);
    vm.set_native_slots(
        &vm.types.slice.clone(),
        crate::protocol::slots::NativeSlots {
            compare: Some(slice_compare),
            repr: Some(slice_repr),
            hash: Some(slice_hash),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &vm.types.slice.clone(),
        &[
            GetSet("start", slice_start, READONLY),
            GetSet("stop", slice_stop, READONLY),
            GetSet("step", slice_step, READONLY),
        ],
    );
}

fn slice_parts(vm: &Vm, s: &Obj) -> PyResult<Vec<Obj>> {
    let s = crate::protocol::slots::slot_payload::<PySlice>(vm, s)?;
    Ok(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

/// Slices are hashable since 3.12: their three parts, combined as a tuple's items are.
fn slice_hash(vm: &Vm, s: &Obj) -> PyResult<i64> {
    vm.xxhash_items(&slice_parts(vm, s)?, false)
}

/// `s.__reduce__()`: `(slice, (start, stop, step))`.
fn slice_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    margs(vm, &args, "slice.__reduce__", 0, 0)?;
    let parts = slice_parts(vm, &args.pos()[0])?;
    Ok(vm.new_tuple(vec![vm.types.slice.clone(), vm.new_tuple(parts)]))
}

/// Slices compare as the tuples `(start, stop, step)`.
fn slice_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (a.downcast_ref::<PySlice>(), b.downcast_ref::<PySlice>()) else {
        return Ok(None);
    };
    let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
    let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
    let r = crate::protocol::slots::compare::compare_sequences(vm, &xs, &ys, op)?;
    Ok(Some(vm.new_bool(r)))
}

/// `slice.indices(length)`: the (start, stop, step) a sequence of that length would use.
fn indices(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = args
        .values
        .first()
        .and_then(|o| o.downcast_ref::<PySlice>())
        .ok_or_else(|| vm.type_error("descriptor 'indices' requires a 'slice' object"))?;
    let a = margs(vm, &args, "slice.indices", 1, 1)?;
    let len = vm.arg_i64(&a[0])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let len = usize::try_from(len)
        .unwrap_or(usize::MAX)
        .min(isize::MAX as usize);
    let idx = vm.slice_indices(s, len)?;
    Ok(vm.new_tuple(vec![
        vm.new_int(idx.start as i64),
        vm.new_int(idx.stop as i64),
        vm.new_int(idx.step as i64),
    ]))
}

/// `slice(start, stop, step)`.
fn slice_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let s = crate::protocol::slots::slot_payload::<PySlice>(vm, obj)?;
    Ok(vm.new_str(format!(
        "slice({}, {}, {})",
        vm.repr_string(&s.start)?,
        vm.repr_string(&s.stop)?,
        vm.repr_string(&s.step)?
    )))
}

fn slice_start(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PySlice>(vm, s)?
        .start
        .clone())
}

fn slice_stop(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PySlice>(vm, s)?
        .stop
        .clone())
}

fn slice_step(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PySlice>(vm, s)?
        .step
        .clone())
}
