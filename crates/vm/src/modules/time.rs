//! The `time` module.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("monotonic", perf_counter),
    ("monotonic_ns", perf_counter_ns),
    ("process_time", perf_counter),
    ("sleep", sleep),
];

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "time", 0, 0)?;
    Ok(vm.new_float(now()))
}

fn time_ns(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "time_ns", 0, 0)?;
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(vm.new_int(ns))
}

thread_local! {
    static START: Instant = Instant::now();
}

fn perf_counter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "perf_counter", 0, 0)?;
    Ok(vm.new_float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn perf_counter_ns(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "perf_counter_ns", 0, 0)?;
    Ok(vm.new_int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

fn sleep(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "sleep", 1, 1)?;
    let secs = crate::types::constructors::float_from_object(vm, &a[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    if vm.sandboxed.get() {
        return Ok(vm.none.clone());
    }
    // Sleep in short slices so Ctrl-C (in the REPL) interrupts it, as CPython's sleep is
    // interrupted by SIGINT.
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    loop {
        vm.check_pending()?;
        let now = std::time::Instant::now();
        if now >= end {
            break;
        }
        std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
    }
    Ok(vm.none.clone())
}
