//! Builtin modules, created on first import.

pub mod atexit;
pub mod gc;
pub mod io;
pub mod math;
pub mod os;
pub mod struct_seq;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod weakref;

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Standard-library modules ouro implements in Python, compiled into the binary.
pub(crate) fn embedded_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => include_str!("../../lib/functools.py"),
        "contextlib" => include_str!("../../lib/contextlib.py"),
        "operator" => include_str!("../../lib/operator.py"),
        "weakref" => include_str!("../../lib/weakref.py"),
        "heapq" => include_str!("../../lib/heapq.py"),
        "bisect" => include_str!("../../lib/bisect.py"),
        "copy" => include_str!("../../lib/copy.py"),
        "copyreg" => include_str!("../../lib/copyreg.py"),
        "pydoc" => include_str!("../../lib/pydoc.py"),
        "types" => include_str!("../../lib/types.py"),
        "abc" => include_str!("../../lib/abc.py"),
        _ => return None,
    })
}

/// The builtin module called `name`, or None if there is none.
pub(crate) fn create_builtin_module(vm: &Vm, name: &str) -> PyResult<Option<Obj>> {
    // A fuzzing run touches no files (crates/vm/src/fuzzing.rs).
    if vm.sandboxed.get() && matches!(name, "os" | "io" | "_io") {
        return Ok(None);
    }
    let (name, functions): (&'static str, &[(&'static str, NativeFn)]) = match name {
        "time" => ("time", time::FUNCTIONS),
        "math" => ("math", math::FUNCTIONS),
        "gc" => ("gc", gc::FUNCTIONS),
        "_weakref" => ("_weakref", weakref::FUNCTIONS),
        "atexit" => ("atexit", atexit::FUNCTIONS),
        "traceback" => ("traceback", traceback::FUNCTIONS),
        "io" => ("io", io::FUNCTIONS),
        "os" => return Ok(Some(os::create(vm))),
        _ => return Ok(None),
    };

    let m = module_with_functions(vm, name, functions);
    let d = m
        .downcast_ref::<PyModule>()
        .map(|m| m.dict.clone())
        .expect("module");
    if name == "math" {
        math::add_constants(vm, &d);
    }
    if name == "gc" {
        gc::add_attributes(vm, &d);
    }
    if name == "_weakref" {
        weakref::add_attributes(vm, &d);
    }
    if name == "io" {
        io::add_attributes(vm, &d);
    }
    if name == "time" {
        time::add_attributes(vm, &d);
    }
    Ok(Some(m))
}

/// A new module `name` whose namespace holds the builtin `functions`.
pub(crate) fn module_with_functions(
    vm: &Vm,
    name: &'static str,
    functions: &[(&'static str, NativeFn)],
) -> Obj {
    let m = vm.new_module(name);
    if let Some(md) = m.downcast_ref::<PyModule>() {
        for (fname, f) in functions {
            let func = Obj::new(
                vm.types.builtin_function.clone(),
                PyBuiltinFunction {
                    name: fname,
                    func: *f,
                    self_: None,
                    owner: name,
                    static_method: false,
                },
            );
            vm.dict_set_str(&md.dict, fname, func);
        }
    }
    m
}
