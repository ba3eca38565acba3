//! The names CPython's `site` module adds to builtins (its `_sitebuiltins`): `help`, `exit`,
//! `quit`, `copyright`, `credits` and `license`, for scripts, `-c` and the REPL alike.
//!
//! Start-up stays cheap: the three classes and six instances are made natively, and no Python
//! source is compiled. `help(...)` imports the embedded `pydoc` module (`crates/vm/lib/pydoc.py`,
//! the page renderer) on its first call and hands it the arguments.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

const HELPER_DOC: &str = "Define the builtin 'help'.

This is a wrapper around pydoc.help that provides a helpful message
when 'help' is typed at the Python interactive prompt.

Calling help() at the Python prompt starts an interactive help session.
Calling help(thing) prints help for the python object 'thing'.
";

const PRINTER_DOC: &str = "interactive prompt objects for printing the license text, a list of
contributors and the copyright notice.";

/// What `help()` without an argument prints in the REPL, which has no help utility.
const REPL_HELP_HINT: &str =
    "ouro has no interactive help utility; type help(object) for help about object.";

const COPYRIGHT: &str = "Copyright (c) 2001 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.";

const CREDITS: &str = "Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software
Foundation, and a cast of thousands for supporting Python
development.  See www.python.org for more information.";

const LICENSE: &str = "See https://www.python.org/psf/license/";

impl Vm {
    /// Put `help`, `exit`, `quit`, `copyright`, `credits` and `license` in builtins.
    pub(crate) fn init_site_builtins(&self) -> PyResult<()> {
        // The classes first, then their methods, then the instances: each change of a class
        // dict empties the method cache, which is cheap only while nothing refilled it.
        let helper = self.site_class("_Helper", HELPER_DOC)?;
        let quitter = self.site_class("Quitter", "")?;
        let printer = self.site_class("_Printer", PRINTER_DOC)?;
        self.add_method(&helper, "__repr__", helper_repr);
        self.add_method(&helper, "__call__", helper_call);
        self.add_method(&quitter, "__repr__", quitter_repr);
        self.add_method(&quitter, "__call__", quitter_call);
        self.type_dict_set(&printer, "MAXLINES", self.new_int(23));
        self.add_method(&printer, "__repr__", printer_repr);
        self.add_method(&printer, "__call__", printer_call);

        let builtins = self.builtins_dict();
        let help = self.call(&helper, Args::positional(&[]))?;
        self.dict_set_str(&builtins, "help", help);
        for name in ["quit", "exit"] {
            let q = self.call(&quitter, Args::positional(&[]))?;
            self.set_attr(&q, &self.intern("name"), self.new_str(name))?;
            self.set_attr(&q, &self.intern("eof"), self.new_str("Ctrl-D (i.e. EOF)"))?;
            self.dict_set_str(&builtins, name, q);
        }
        for (name, data) in [
            ("copyright", COPYRIGHT),
            ("credits", CREDITS),
            ("license", LICENSE),
        ] {
            let p = self.call(&printer, Args::positional(&[]))?;
            self.set_attr(&p, &self.intern("_Printer__name"), self.new_str(name))?;
            self.set_attr(&p, &self.intern("_Printer__data"), self.new_str(data))?;
            self.dict_set_str(&builtins, name, p);
        }
        Ok(())
    }

    /// A class of module `_sitebuiltins` (None for an empty docstring).
    fn site_class(&self, name: &str, doc: &str) -> PyResult<Obj> {
        let ns = self.new_dict();
        self.dict_set_str(&ns, "__module__", self.new_str("_sitebuiltins"));
        self.dict_set_str(&ns, "__qualname__", self.new_str(name));
        let doc = if doc.is_empty() {
            self.none.clone()
        } else {
            self.new_str(doc)
        };
        self.dict_set_str(&ns, "__doc__", doc);
        self.create_class(
            &self.types.type_.clone(),
            name,
            Vec::new(),
            &ns,
            Args::positional(&[]),
        )
    }

    /// `print(text)` through `sys.stdout`, as the Python `_sitebuiltins` does.
    fn site_print(&self, text: &str) -> PyResult<()> {
        let print = self.builtin("print")?;
        self.call(&print, Args::positional(&[self.new_str(text)]))?;
        Ok(())
    }

    fn str_attr(&self, obj: &Obj, name: &str) -> PyResult<String> {
        let v = self.get_attr_str(obj, name)?;
        self.str_string(&v)
    }
}

fn helper_repr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "__repr__", 1, 1)?;
    Ok(vm.new_str("Type help() for interactive help, or help(object) for help about object."))
}

/// `help(*args, **kwds)`: `pydoc.help(*args, **kwds)`, the module imported on first use.
fn helper_call(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.values.is_empty() {
        return Err(
            vm.type_error("_Helper.__call__() missing 1 required positional argument: 'self'")
        );
    }
    if args.values.len() == 1 && vm.interactive.get() {
        vm.site_print(REPL_HELP_HINT)?;
        return Ok(vm.none.clone());
    }
    let pydoc = vm.import_module("pydoc")?;
    let help = vm.get_attr_str(&pydoc, "help")?;
    vm.call(&help, Args::new(&args.values[1..], args.kwnames))
}

fn quitter_repr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__repr__", 1, 1)?;
    let name = vm.str_attr(&a[0], "name")?;
    let eof = vm.str_attr(&a[0], "eof")?;
    Ok(vm.new_str(format!("Use {name}() or {eof} to exit")))
}

/// `exit(code=None)`: close `sys.stdin` (errors ignored), then raise `SystemExit(code)`.
fn quitter_call(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let mut code = pos.get(1).cloned();
    let kw_values = &args.values[pos.len()..];
    for (name, value) in args.kwnames.iter().zip(kw_values) {
        let name = vm.str_value(name).unwrap_or_default();
        if name != "code" {
            return Err(vm.type_error(format!(
                "Quitter.__call__() got an unexpected keyword argument '{name}'"
            )));
        }
        if code.is_some() {
            return Err(vm.type_error("Quitter.__call__() got multiple values for argument 'code'"));
        }
        code = Some(value.clone());
    }
    if let Some(sys) = vm.dict_get_str(&vm.modules, "sys") {
        if let Ok(stdin) = vm.get_attr_str(&sys, "stdin") {
            let _ = vm.call_method(&stdin, "close", &[]);
        }
    }
    let code = vm.or_none(code);
    let exc = vm.new_exception(&vm.exc_type("SystemExit"), vec![code]);
    Err(vm.raise(exc))
}

fn printer_repr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__repr__", 1, 1)?;
    let name = vm.str_attr(&a[0], "_Printer__name")?;
    let data = vm.str_attr(&a[0], "_Printer__data")?;
    if data.lines().count() <= 23 {
        Ok(vm.new_str(data))
    } else {
        Ok(vm.new_str(format!("Type {name}() to see the full {name} text")))
    }
}

/// `copyright()` and the others: print the text (each fits on one screen).
fn printer_call(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__call__", 1, 1)?;
    let data = vm.str_attr(&a[0], "_Printer__data")?;
    vm.site_print(&data)?;
    Ok(vm.none.clone())
}
