//! `compile`, `eval` and `exec`: running source text (or a code object) at run time.
//!
//! Invariants:
//! - without an explicit `globals`, `eval(src)`/`exec(src)` run in the calling frame's globals
//!   and `locals()` (for a function, a snapshot: assignments do not reach its variables, as
//!   PEP 667 specifies); the interpreter loop supplies that frame (see `frame_builtins.rs`);
//! - `globals` must be a dict; a `__builtins__` entry is added when missing, as CPython does;
//! - source compiled here is not kept for tracebacks: frames of `<string>` code show no source
//!   line, as in CPython.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_compiler::Mode;
use ouro_memory::Obj;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("compile", compile), ("eval", eval), ("exec", exec)];

/// Which of the two runs a call is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    Eval,
    Exec,
}

impl RunKind {
    fn name(self) -> &'static str {
        match self {
            RunKind::Eval => "eval",
            RunKind::Exec => "exec",
        }
    }
}

fn compile(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(
        vm,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let pos = args.pos();
    let arg = |i: usize, name: &str| pos.get(i).cloned().or_else(|| args.kw(vm, name));
    let (Some(source), Some(filename), Some(mode)) =
        (arg(0, "source"), arg(1, "filename"), arg(2, "mode"))
    else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let filename = vm.arg_str(&filename, "compile", "2")?;
    let mode = match vm.arg_str(&mode, "compile", "3")?.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Interactive,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = source_text(vm, &source, "compile", mode == Mode::Eval)?;
    vm.compile_unlisted(&text, &filename, mode)
}

fn eval(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    run_with_namespaces(vm, args, RunKind::Eval, None)
}

fn exec(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    run_with_namespaces(vm, args, RunKind::Exec, None)
}

/// `eval`/`exec` with their arguments; `caller` is the calling frame's (globals, locals) when
/// the interpreter loop has it (a call with the source alone).
pub(crate) fn run_with_namespaces(
    vm: &Vm,
    args: Args<'_>,
    kind: RunKind,
    caller: Option<(Obj, Obj)>,
) -> PyResult<Obj> {
    let name = kind.name();
    args.only_kw(vm, name, &["globals", "locals"])?;
    let pos = args.count(vm, name, 1, 3)?;
    let globals = pos.get(1).cloned().or_else(|| args.kw(vm, "globals"));
    let locals = pos.get(2).cloned().or_else(|| args.kw(vm, "locals"));
    let globals = globals.filter(|g| !vm.is_none(g));
    let locals = locals.filter(|l| !vm.is_none(l));
    if let Some(l) = &locals {
        if !l.is::<PyDict>() && vm.lookup_type(l.class(), "__getitem__").is_none() {
            return Err(vm.type_error(match kind {
                RunKind::Eval => "locals must be a mapping".to_string(),
                RunKind::Exec => {
                    format!("locals must be a mapping or None, not {}", vm.type_name(l))
                }
            }));
        }
    }
    let (globals, locals) = match (globals, locals) {
        (Some(g), l) => {
            if !g.is::<PyDict>() {
                let what = if kind == RunKind::Exec {
                    format!("exec() globals must be a dict, not {}", vm.type_name(&g))
                } else {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                };
                return Err(vm.type_error(what));
            }
            let l = l.unwrap_or_else(|| g.clone());
            (g, l)
        }
        (None, Some(l)) => {
            let g = match &caller {
                Some((g, _)) => g.clone(),
                None => vm.current_globals()?,
            };
            (g, l)
        }
        (None, None) => match caller {
            Some(namespaces) => namespaces,
            None => {
                let g = vm.current_globals()?;
                let l = vm.current_locals()?;
                (g, l)
            }
        },
    };
    if vm.dict_get_str(&globals, "__builtins__").is_none() {
        vm.dict_set_item(&globals, vm.intern("__builtins__"), vm.builtins_dict())?;
    }
    let source = &pos[0];
    let code = if source.is::<PyCode>() {
        source.clone()
    } else {
        let text = source_text(vm, source, name, kind == RunKind::Eval)?;
        let mode = match kind {
            RunKind::Eval => Mode::Eval,
            RunKind::Exec => Mode::Exec,
        };
        vm.compile_unlisted(&text, "<string>", mode)?
    };
    let value = vm.run_code(&code, &globals, Some(&locals))?;
    Ok(match kind {
        RunKind::Eval => value,
        RunKind::Exec => vm.none.clone(),
    })
}

/// The text of a `source` argument (str or bytes); `eval` ignores leading spaces and tabs.
fn source_text(vm: &Vm, source: &Obj, func: &str, strip: bool) -> PyResult<String> {
    let text = if let Some(s) = PyStr::view(source) {
        s.value.to_string()
    } else if let Some(b) = PyBytes::view(source) {
        String::from_utf8_lossy(b.value).into_owned()
    } else {
        return Err(vm.type_error(format!(
            "{func}() arg 1 must be a string, bytes or code object"
        )));
    };
    Ok(if strip {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    })
}
