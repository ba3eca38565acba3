//! ouro's virtual machine: the object model, the interpreter loop, builtins and modules.
//!
//! Every Python value is an [`ouro_memory::Obj`] whose payload is one of the types in
//! [`objects`]; the [`Vm`] holds the builtin types and interpreter state and executes the code
//! objects produced by `ouro_compiler`. Errors are Python exceptions ([`PyErr`]).
//!
//! The rooms: [`interp`] (the interpreter loop, frames, generators, imports), [`protocol`]
//! (the object protocol: type slots, attribute lookup, calls, class creation, repr/format),
//! [`objects`] and [`types`] (each builtin type's payload, and its slots and methods),
//! [`builtins`] (the builtin functions), [`modules`] (`sys`, `gc`, `io`, ...), [`runtime`]
//! (the `Vm` itself, bootstrap, errors and tracebacks, finalizers) and [`interactive`] (the
//! REPL's services).

#![forbid(unsafe_code)]

pub mod builtins;
pub mod interactive;
pub mod interp;
pub mod modules;
pub mod objects;
pub mod protocol;
pub mod runtime;
pub mod types;

pub use runtime::errors::{PyErr, PyResult};
pub use runtime::vm::Vm;

use ouro_memory::Obj;
use std::rc::Rc;

pub use interp::interpreter_thread::{interpreter_stack_size, INTERNAL_ERROR_STATUS};
pub use runtime::fuzzing::run_for_fuzzing;

/// How the program to run was given.
pub enum Program {
    /// `ouro script.py args...`
    File(String),
    /// `ouro -c code args...`
    Command(String),
    /// `ouro - args...` or piped stdin.
    Stdin,
}

/// Create the VM, run `program` and return the process exit status. Runs on a thread with a
/// large stack; never panics out (a Rust panic is reported as an internal error, status 70).
pub fn run_program(program: Program, argv: Vec<String>) -> i32 {
    interp::safe_point::install_signal_handlers();
    let status =
        interp::interpreter_thread::run_on_interpreter_thread(move || run_inner(program, argv));
    interp::safe_point::die_by_sigint_if_interrupted();
    status
}

fn run_inner(program: Program, argv: Vec<String>) -> i32 {
    let vm = Rc::new(runtime::bootstrap::create_vm());
    runtime::finalize::install(vm.clone());
    let marker = 0u8;
    vm.stack_base.set(&marker as *const u8 as usize);
    let (source, filename, path0) = match load_source(&program) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    vm.init(&argv, &path0);
    let main = vm.main_dict();
    if let Program::File(_) = program {
        vm.dict_set_str(&main, "__file__", vm.new_str(filename.as_str()));
    }
    let status = match vm.run_source(&source, &filename, &main) {
        Ok(_) => 0,
        Err(e) => vm.exit_status(&e),
    };
    vm.shutdown();
    drop(main);
    runtime::finalize::uninstall();
    status
}

/// The program's source text, its filename for tracebacks and `sys.path[0]`; a file that
/// cannot be read is reported as CPython reports it and gives exit status 2.
pub(crate) fn load_source(program: &Program) -> Result<(String, String, String), i32> {
    Ok(match program {
        Program::File(path) => match std::fs::read(path) {
            Ok(bytes) => {
                let dir = std::path::Path::new(path)
                    .parent()
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_default();
                let dir = std::fs::canonicalize(if dir.is_empty() {
                    ".".into()
                } else {
                    dir.clone()
                })
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or(dir);
                (
                    String::from_utf8_lossy(&bytes).into_owned(),
                    path.clone(),
                    dir,
                )
            }
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                eprintln!(
                    "ouro: can't open file '{path}': [Errno {errno}] {}",
                    match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                        _ => e.to_string(),
                    }
                );
                return Err(2);
            }
        },
        Program::Command(code) => (code.clone(), "<string>".to_string(), String::new()),
        Program::Stdin => {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            (s, "<stdin>".to_string(), String::new())
        }
    })
}

impl Vm {
    /// Register builtins, type methods and `sys`.
    pub fn init(&self, argv: &[String], path0: &str) {
        self.init_builtins();
        types::init(self);

        modules::io::init(self);
        modules::time::init(self);
        modules::gc::configure_stress(self);
        let sys = modules::sys::create(self, argv, path0);
        self.dict_set_str(&self.modules, "sys", sys);
        self.dict_set_str(&self.modules, "builtins", self.builtins.clone());
        // Only fails if the VM is broken beyond use, which the first statement will show.
        let _ = self.init_site_builtins();
    }

    /// Interpreter exit (CPython's `finalize_modules`): modules are cleared newest first, each
    /// namespace in insertion order, so `__del__` of globals runs as in
    /// CPython. (The cycle collector's final collection comes with the collector.)
    pub fn shutdown(&self) {
        self.run_atexit_calls();
        self.flush_stdout();
        // Py_FinalizeEx collects first, so finalizers run while modules are intact.
        let _ = self.run_collection(2);
        // Finalizing from here on (measured: the finalizers of that first collection still
        // see `sys.is_finalizing()` False in CPython 3.14).
        self.finalizing.set(true);
        let modules: Vec<(Obj, Obj)> = self
            .modules
            .downcast_ref::<objects::PyDict>()
            .map(|d| d.table.borrow().items())
            .unwrap_or_default();
        for (name, module) in modules.into_iter().rev() {
            let name = self.str_value(&name).unwrap_or_default();
            if name == "builtins" || name == "sys" {
                continue;
            }
            if let Some(m) = module.downcast_ref::<objects::PyModule>() {
                self.clear_module_dict(&m.dict);
            }
        }
        // CPython's final collection (finalize_modules): cycles left by the program are
        // collected, so their `__del__` methods run before exit.
        let _ = self.run_collection(2);
        // Files the program never closed and that are still alive (held by sys, by an
        // uncollectable object, by the traceback of an uncaught exception): their data is
        // written now, as CPython's final module clearing closes them.
        modules::io::flush_open_files();
        self.flush_stdout();
    }

    /// A module namespace at exit: every value but `__builtins__` is released in insertion
    /// order, as when CPython 3.14 frees or clears the module's dict (its `finalize_modules`
    /// leaves `_PyModule_ClearDict`'s underscore-first order to modules still alive after the
    /// final collection; measured: `gc/del_exit_globals.py`).
    fn clear_module_dict(&self, dict: &Obj) {
        let keys: Vec<Obj> = dict
            .downcast_ref::<objects::PyDict>()
            .map(|d| d.table.borrow().keys())
            .unwrap_or_default();
        for key in &keys {
            if self.str_value(key).as_deref() == Some("__builtins__") {
                continue;
            }
            let is_none = self
                .dict_get_item(dict, key)
                .ok()
                .flatten()
                .is_none_or(|v| self.is_none(&v));
            if !is_none {
                let _ = self.dict_set_item(dict, key.clone(), self.none.clone());
            }
        }
    }
}
