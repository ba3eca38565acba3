//! The `atexit` module: calls registered to run when the interpreter exits, newest first,
//! before the exit-time collection and module teardown (CPython's `_PyAtExit_Call` in
//! `Py_FinalizeEx`).
//!
//! Invariant: a call is taken off the list before it runs, so a handler that registers or
//! unregisters others (or exits) never sees a half-updated list.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", register),
    ("unregister", unregister),
    ("_run_exitfuncs", run_exitfuncs),
    ("_clear", clear),
    ("_ncallbacks", ncallbacks),
];

/// `atexit.register(func, *args, **kwargs)`: returns `func`.
fn register(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    let Some(func) = pos.first() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let call_args = vm.new_tuple(pos[1..].to_vec());
    let kwargs = if args.has_kwargs() {
        let d = vm.new_dict();
        for (k, v) in args.kwargs() {
            vm.dict_set_item(&d, k.clone(), v.clone())?;
        }
        Some(d)
    } else {
        None
    };
    vm.atexit_calls
        .borrow_mut()
        .push((func.clone(), call_args, kwargs));
    Ok(func.clone())
}

/// `atexit.unregister(func)`: forget every registration of `func` (compared with `==`).
fn unregister(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "unregister", 1, 1)?;
    let calls = vm.atexit_calls.take();
    let mut kept = Vec::with_capacity(calls.len());
    let mut result = Ok(());
    for call in calls {
        let same = match &result {
            Ok(()) => {
                match vm.rich_compare(&call.0, &a[0], ouro_compiler::bytecode::Comparison::Eq) {
                    Ok(r) => vm.is_true(&r),
                    Err(e) => Err(e),
                }
            }
            Err(_) => Ok(false),
        };
        match same {
            Ok(true) => {}
            Ok(false) => kept.push(call),
            Err(e) => {
                result = Err(e);
                kept.push(call);
            }
        }
    }
    let added = vm.atexit_calls.replace(kept);
    vm.atexit_calls.borrow_mut().extend(added);
    result.map(|()| vm.none.clone())
}

fn run_exitfuncs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "_run_exitfuncs", 0, 0)?;
    vm.run_atexit_calls();
    Ok(vm.none.clone())
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "_clear", 0, 0)?;
    drop(vm.atexit_calls.take());
    Ok(vm.none.clone())
}

fn ncallbacks(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "_ncallbacks", 0, 0)?;
    Ok(vm.new_int(vm.atexit_calls.borrow().len() as i64))
}

impl Vm {
    /// Run the registered exit calls, newest first; exceptions are reported and swallowed.
    pub(crate) fn run_atexit_calls(&self) {
        loop {
            let next = self.atexit_calls.borrow_mut().pop();
            let Some((func, call_args, kwargs)) = next else {
                break;
            };
            if let Err(e) = self.call_ex(&func, &call_args, kwargs.as_ref()) {
                if self.exc_matches(&e.exc, "SystemExit") {
                    continue;
                }
                self.report_unraisable(&e, "Exception ignored in atexit callback", Some(&func));
            }
        }
    }
}
