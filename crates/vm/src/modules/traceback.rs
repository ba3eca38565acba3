//! The `traceback` module's printing and formatting functions, over the interpreter's own
//! traceback formatter (the one that prints uncaught exceptions), so both always agree.
//!
//! Invariant: what these functions print for an exception is exactly what ouro prints when
//! that exception goes uncaught. Traceback objects are not implemented (`__traceback__` is
//! None), so the stack-walking functions (`extract_tb`, `walk_tb`, ...) are not provided.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("format_exc", format_exc),
    ("print_exc", print_exc),
    ("format_exception", format_exception),
    ("print_exception", print_exception),
    ("format_exception_only", format_exception_only),
];

/// The exception a call is about: `exc` (3.10+ form) or `value` of (type, value, tb).
fn exception_arg(vm: &Vm, args: &Args<'_>, func: &str) -> PyResult<Obj> {
    let pos = args.pos();
    let exc = match pos.len() {
        0 => args.kw(vm, "exc"),
        1 => Some(pos[0].clone()),
        _ => Some(pos[1].clone()),
    };
    exc.ok_or_else(|| {
        vm.type_error(format!(
            "{func}() missing required positional argument: 'exc'"
        ))
    })
}

/// The text for `exc`: the full report, or CPython's `NoneType: None` for None.
fn report(vm: &Vm, exc: &Obj) -> String {
    if vm.is_none(exc) {
        return "NoneType: None\n".into();
    }
    vm.format_exception(exc)
}

/// The report a (type, value, tb) or (exc) call asks for: without the stack when the legacy
/// form passes `tb=None` explicitly.
fn report_for_call(vm: &Vm, args: &Args<'_>, exc: &Obj) -> String {
    let pos = args.pos();
    let tb_none = pos.len() >= 3 && vm.is_none(&pos[2]);
    if tb_none && !vm.is_none(exc) {
        return vm.format_exception_only(exc);
    }
    report(vm, exc)
}

/// The exception being handled, or None.
fn handled(vm: &Vm) -> Obj {
    vm.handled_exception
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone())
}

/// Split a report into CPython's chunks: each `File` entry with its source lines is one
/// string, every other line its own.
fn chunks(vm: &Vm, text: &str) -> Obj {
    let mut parts: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        match parts.last_mut() {
            Some(last) if line.starts_with("    ") && last.starts_with("  File ") => {
                last.push_str(line)
            }
            _ => parts.push(line.to_string()),
        }
    }
    vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect())
}

/// Write `text` to `file` (or `sys.stderr`).
fn write(vm: &Vm, file: Option<Obj>, text: &str) -> PyResult<Obj> {
    match file.filter(|f| !vm.is_none(f)) {
        Some(f) => {
            vm.call_method(&f, "write", &[vm.new_str(text)])?;
        }
        None => {
            vm.flush_stdout();
            vm.write_stderr(text);
        }
    }
    Ok(vm.none.clone())
}

fn format_exc(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_str(report(vm, &handled(vm))))
}

fn print_exc(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let file = args.kw(vm, "file");
    write(vm, file, &report(vm, &handled(vm)))
}

fn format_exception(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let exc = exception_arg(vm, &args, "format_exception")?;
    Ok(chunks(vm, &report_for_call(vm, &args, &exc)))
}

fn print_exception(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let exc = exception_arg(vm, &args, "print_exception")?;
    let file = args.kw(vm, "file");
    write(vm, file, &report_for_call(vm, &args, &exc))
}

fn format_exception_only(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let exc = exception_arg(vm, &args, "format_exception_only")?;
    if vm.is_none(&exc) {
        return Ok(vm.new_list(vec![vm.new_str("NoneType: None\n")]));
    }
    Ok(chunks(vm, &vm.format_exception_only(&exc)))
}
