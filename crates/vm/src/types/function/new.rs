//! The constructors of `types.MethodType` and `types.FunctionType` (`__new__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Register the constructor in the type's dict.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.method, method_new);
    vm.add_new(&t.function, function_new);
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None,
/// kwdefaults=None)`: a function from a code object, with CPython's argument checks.
fn function_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    const NAMES: [&str; 6] = [
        "code",
        "globals",
        "name",
        "argdefs",
        "closure",
        "kwdefaults",
    ];
    args.only_kw(vm, "function", &NAMES)?;
    let pos = &args.pos()[1..];
    if pos.len() > 6 {
        return Err(vm.type_error(format!(
            "function() takes at most 6 arguments ({} given)",
            pos.len()
        )));
    }
    let arg = |i: usize| pos.get(i).cloned().or_else(|| args.kw(vm, NAMES[i]));
    let given = |i: usize| arg(i).filter(|o| !vm.is_none(o));
    let Some(code) = arg(0) else {
        return Err(vm.type_error("function() missing required argument 'code' (pos 1)"));
    };
    let Some(c) = code.downcast_ref::<PyCode>() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code)
        )));
    };
    let Some(globals) = arg(1) else {
        return Err(vm.type_error("function() missing required argument 'globals' (pos 2)"));
    };
    if !globals.is::<PyDict>() {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            vm.type_name(&globals)
        )));
    }
    let name = given(2);
    if name.as_ref().is_some_and(|n| !PyStr::is_str(n)) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = given(3);
    if defaults
        .as_ref()
        .is_some_and(|d| PyTuple::view(d).is_none())
    {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let n_free = c.code.freevars.len();
    let closure = given(4);
    let cells = match &closure {
        None if n_free > 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        None => Vec::new(),
        Some(t) => match PyTuple::view(t) {
            Some(t) => t.to_vec(),
            None if n_free > 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
            None => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
        },
    };
    if cells.len() != n_free {
        return Err(vm.value_error(format!(
            "{} requires closure of length {n_free}, not {}",
            c.code.name,
            cells.len()
        )));
    }
    if let Some(bad) = cells.iter().find(|c| !c.is::<PyCell>()) {
        return Err(vm.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            vm.type_name(bad)
        )));
    }
    let kwdefaults = given(5);
    if kwdefaults.as_ref().is_some_and(|d| !d.is::<PyDict>()) {
        return Err(vm.type_error("arg 6 (kwdefaults) must be None or dict"));
    }
    let closure = (n_free > 0).then(|| vm.new_tuple(cells));
    let f = vm.new_function(code.clone(), globals, defaults, kwdefaults, closure);
    if let (Some(n), Some(pf)) = (name, f.downcast_ref::<PyFunction>()) {
        drop(pf.name.replace(n));
    }
    Ok(f)
}

/// `types.MethodType(func, obj)`: a bound method.
fn method_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "method", 3, 3)?;
    if !vm.is_callable(&a[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if vm.is_none(&a[2]) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Obj::new(
        vm.types.method.clone(),
        PyBoundMethod {
            func: a[1].clone(),
            self_: a[2].clone(),
        },
    ))
}
