//! The names an interactive session adds: `help`, `exit` and `quit` as objects whose repr
//! says how to use them (CPython's `_sitebuiltins`), and `sys.ps1`/`sys.ps2`.
//!
//! `help(obj)` prints a short pydoc-like page: the signature and the docstring, and for a
//! class its methods. There is no interactive help utility: `help()` prints a hint.
//! The Python half lives in [`SITEBUILTINS`]; function signatures come from the code object
//! ([`signature`]), as Python code cannot see whether a function takes `*args`.

use super::Session;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Run once per session in a private namespace named `_sitebuiltins`.
const SITEBUILTINS: &str = r#"
class _Helper:
    def __repr__(self):
        return "Type help(object) for help about object."

    def __call__(self, *args):
        if not args:
            print("ouro has no interactive help utility; type help(object) for help about object.")
            return
        print(_page(args[0]), end="")


class Quitter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


def _doc(obj, indent):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str) or not doc:
        return ""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            n = len(line) - len(stripped)
            margin = n if margin is None else min(margin, n)
    out = [lines[0].strip()]
    for line in lines[1:]:
        out.append(line[margin or 0:].rstrip())
    while out and not out[-1]:
        out.pop()
    return "".join((indent + line).rstrip() + "\n" for line in out)


def _callable_line(obj):
    name = getattr(obj, "__name__", "?")
    sig = _signature(obj)
    if sig is None:
        sig = getattr(obj, "__text_signature__", None)
        if isinstance(sig, str):
            sig = sig.replace("($module, ", "(").replace("($self, ", "(").replace("($type, ", "(")
        else:
            sig = "(...)"
    return name + sig + "\n"


def _page(obj):
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        bases = ", ".join(
            (b.__name__ if b.__module__ in (module, "__main__") else b.__module__ + "." + b.__name__)
            for b in obj.__bases__
        )
        out = f"Help on class {obj.__name__} in module {module}:\n\n"
        out += f"class {obj.__name__}({bases})\n"
        body = _doc(obj, "")
        methods = []
        for name in sorted(obj.__dict__):
            value = obj.__dict__[name]
            if callable(value) and not isinstance(value, type):
                methods.append(_callable_line(value) + _doc(value, "    "))
        if methods:
            body += ("\n" if body else "") + "Methods defined here:\n\n" + "\n".join(methods)
        return out + "".join((" |  " + line).rstrip() + "\n" for line in body.split("\n")[:-1]) + "\n"
    if type(obj).__name__ == "module":
        out = f"Help on module {obj.__name__}:\n\nNAME\n    {obj.__name__}\n\n"
        doc = _doc(obj, "    ")
        if doc:
            out += "DESCRIPTION\n" + doc + "\n"
        names = [n for n in sorted(dir(obj)) if not n.startswith("_")]
        if names:
            out += "CONTENTS\n" + "".join(f"    {n}\n" for n in names) + "\n"
        return out
    if callable(obj) and hasattr(obj, "__name__"):
        kind = "function" if _signature(obj) is not None else "built-in function"
        module = getattr(obj, "__module__", None) or "builtins"
        return f"Help on {kind} {obj.__name__} in module {module}:\n\n" + _callable_line(obj) + _doc(obj, "    ") + "\n"
    return _page(type(obj))
"#;

impl Session {
    /// Define `help`, `exit`, `quit` in builtins and the prompts in `sys`.
    pub(super) fn install_interactive_names(&self) {
        let vm = self.vm();
        let ns = vm.new_dict();
        vm.dict_set_str(&ns, "__name__", vm.new_str("_sitebuiltins"));
        vm.dict_set_str(
            &ns,
            "_signature",
            vm.new_builtin_function("_signature", signature_builtin),
        );
        if vm.run_source(SITEBUILTINS, "<sitebuiltins>", &ns).is_err() {
            return;
        }
        let builtins = vm.builtins_dict();
        let make = |class: &str, args: Vec<Obj>| -> Option<Obj> {
            let cls = vm.dict_get_str(&ns, class)?;
            vm.call(&cls, Args::positional(&args)).ok()
        };
        if let Some(help) = make("_Helper", Vec::new()) {
            vm.dict_set_str(&builtins, "help", help);
        }
        for name in ["exit", "quit"] {
            if let Some(q) = make("Quitter", vec![vm.new_str(name)]) {
                vm.dict_set_str(&builtins, name, q);
            }
        }
        if let Some(sys) = vm.dict_get_str(&vm.modules, "sys") {
            if let Some(m) = sys.downcast_ref::<PyModule>() {
                vm.dict_set_str(&m.dict, "ps1", vm.new_str(">>> "));
                vm.dict_set_str(&m.dict, "ps2", vm.new_str("... "));
            }
        }
    }
}

/// `_signature(f)`: `"(a, b=2, *args, c, **kw)"` for a Python function, None otherwise.
fn signature_builtin(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "_signature", 1, 1)?;
    match signature(vm, &a[0])? {
        Some(s) => Ok(vm.new_str(s)),
        None => Ok(vm.none.clone()),
    }
}

/// The parameter list of a Python function (or a bound method, without `self`).
fn signature(vm: &Vm, obj: &Obj) -> PyResult<Option<String>> {
    let (func, skip) = match obj.downcast_ref::<PyBoundMethod>() {
        Some(m) => (m.func.clone(), 1),
        None => (obj.clone(), 0),
    };
    let Some(f) = func.downcast_ref::<PyFunction>() else {
        return Ok(None);
    };
    let code = &f.code().code;
    let (argc, posonly, kwonly) = (
        code.argcount as usize,
        code.posonlyargcount as usize,
        code.kwonlyargcount as usize,
    );
    let name = |i: usize| {
        code.varnames
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let defaults: Vec<Obj> = match f.defaults.borrow().as_ref() {
        Some(d) => vm.collect_iterable(d)?,
        None => Vec::new(),
    };
    let first_default = argc.saturating_sub(defaults.len());
    let mut params = Vec::new();
    for i in 0..argc {
        let mut p = name(i);
        if i >= first_default {
            p = format!("{p}={}", vm.repr_string(&defaults[i - first_default])?);
        }
        params.push(p);
        if posonly > 0 && i + 1 == posonly {
            params.push("/".to_string());
        }
    }
    let mut next = argc + kwonly;
    if code.flags.varargs {
        params.push(format!("*{}", name(next)));
        next += 1;
    } else if kwonly > 0 {
        params.push("*".to_string());
    }
    let kwdefaults = f.kwdefaults.borrow().clone();
    for i in argc..argc + kwonly {
        let n = name(i);
        let default = match &kwdefaults {
            Some(d) => vm.dict_get_str(d, &n),
            None => None,
        };
        params.push(match default {
            Some(v) => format!("{n}={}", vm.repr_string(&v)?),
            None => n,
        });
    }
    if code.flags.varkeywords {
        params.push(format!("**{}", name(next)));
    }
    let shown: Vec<String> = params.into_iter().skip(skip).collect();
    Ok(Some(format!("({})", shown.join(", "))))
}
