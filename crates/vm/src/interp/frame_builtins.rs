//! Builtins that read the calling frame: `locals()`, `vars()` and `dir()` without arguments,
//! and `sys.getrefcount` (which needs to know what the frame holds in its locals). The
//! interpreter loop calls these with the frame at hand instead of calling the builtins.

use crate::interp::frame::Frame;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

impl Vm {
    pub(crate) fn is_getrefcount(&self, f: &Obj) -> bool {
        f.downcast_ref::<PyBuiltinFunction>()
            .is_some_and(|b| b.self_.is_none() && b.name == "getrefcount")
    }

    /// `sys.getrefcount(arg)` as CPython 3.14 counts: loading a local pushes a *borrowed*
    /// reference there (LOAD_FAST_BORROW), so the stack copy of a value the calling frame also
    /// holds in a local is not counted.
    pub(crate) fn frame_getrefcount(&self, arg: &Obj, frame: &Frame) -> Obj {
        let mut count = arg.refcount();
        if arg.is_immortal() {
            return self.new_int(count as i64);
        }
        // `arg` (popped off the stack) stands for the stack reference: counted, unless the
        // value came from a local, which CPython would have loaded borrowed.
        if frame.fast.iter().flatten().any(|l| l.ptr_eq(arg)) {
            count = count.saturating_sub(1);
        }
        self.new_int(count as i64)
    }

    /// `eval`/`exec` called with the source alone: they run in the calling frame's namespaces.
    pub(crate) fn frame_run_kind(&self, f: &Obj) -> Option<crate::builtins::exec::RunKind> {
        use crate::builtins::exec::RunKind;
        let b = f.downcast_ref::<PyBuiltinFunction>()?;
        if b.self_.is_some() {
            return None;
        }
        match b.name {
            "eval" => Some(RunKind::Eval),
            "exec" => Some(RunKind::Exec),
            _ => None,
        }
    }

    /// Run `eval(source)`/`exec(source)` in `frame`'s globals and `locals()`.
    pub(crate) fn frame_run(
        &self,
        kind: crate::builtins::exec::RunKind,
        source: &Obj,
        frame: &Frame,
    ) -> PyResult<Obj> {
        let locals = self.frame_locals(frame)?;
        crate::builtins::exec::run_with_namespaces(
            self,
            Args::positional(std::slice::from_ref(source)),
            kind,
            Some((frame.globals.clone(), locals)),
        )
    }

    /// The builtins whose no-argument form reads the calling frame's namespace.
    pub(crate) fn is_frame_builtin(&self, f: &Obj) -> bool {
        f.downcast_ref::<PyBuiltinFunction>()
            .is_some_and(|b| b.self_.is_none() && matches!(b.name, "locals" | "vars" | "dir"))
    }

    pub(crate) fn frame_builtin(&self, f: &Obj, frame: &Frame) -> PyResult<Obj> {
        let name = f
            .downcast_ref::<PyBuiltinFunction>()
            .map(|b| b.name)
            .unwrap_or("");
        let ns = self.frame_locals(frame)?;
        if name == "dir" {
            let keys = self.collect_iterable(&ns)?;
            return Ok(self.new_list(crate::builtins::functions::sort_items(
                self, keys, None, false,
            )?));
        }
        Ok(ns)
    }

    /// `locals()` of a frame: the namespace of a module or class body, or a snapshot of a
    /// function's variables (PEP 667).
    pub(crate) fn frame_locals(&self, frame: &Frame) -> PyResult<Obj> {
        if let Some(l) = &frame.locals {
            return Ok(l.clone());
        }
        let d = self.new_dict();
        let code = frame.pycode();
        for (i, v) in frame.fast.iter().enumerate() {
            if let Some(v) = v {
                self.dict_set_item(&d, code.varnames[i].clone(), v.clone())?;
            }
        }
        let names = code.code.cellvars.iter().chain(code.code.freevars.iter());
        for (name, cell) in names.zip(&frame.cells) {
            let v = cell
                .downcast_ref::<PyCell>()
                .and_then(|c| c.contents.borrow().clone());
            if let Some(v) = v {
                self.dict_set_item(&d, self.intern(name), v)?;
            }
        }
        Ok(d)
    }
}
