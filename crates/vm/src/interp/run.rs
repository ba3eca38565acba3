//! Running programs: compile source, execute a module body, report uncaught exceptions, and
//! compute the process exit status as CPython does.

use crate::interp::frame::FrameExit;
use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use ouro_compiler::Mode;
use ouro_memory::Obj;
use std::rc::Rc;

/// What went wrong before any code ran.
#[derive(Debug)]
pub enum RunError {
    /// The program had a syntax error: the rendered CPython report.
    Syntax(String),
}

impl Vm {
    /// Compile `source` into a code object, reporting syntax errors as CPython renders them.
    pub fn compile(&self, source: &str, filename: &str, mode: Mode) -> Result<Obj, PyErr> {
        self.sources
            .borrow_mut()
            .insert(Rc::from(filename), Rc::from(source));
        self.compile_unlisted(source, filename, mode)
    }

    /// [`Vm::compile`] for `compile()`/`eval()`/`exec()` sources: the text is not kept, so
    /// tracebacks show no source lines for it (as CPython's for `<string>`).
    pub fn compile_unlisted(&self, source: &str, filename: &str, mode: Mode) -> Result<Obj, PyErr> {
        let module = ouro_syntax::parse_module(source)
            .map_err(|e| self.syntax_error(&e, filename, source, true))?;
        let compiled =
            ouro_compiler::compile_module(&module, source, filename, mode).map_err(|e| {
                let err = ouro_syntax::SyntaxError {
                    error_type: ouro_syntax::SyntaxErrorType::SyntaxError,
                    msg: e.msg,
                    span: e.span,
                    // An empty `eval` source has no line: CPython reports line 0.
                    lineno: if module.body.is_empty() {
                        0
                    } else {
                        ouro_syntax::LineIndex::new(source).line(e.span.start)
                    },
                    incomplete: false,
                    caret: true,
                };
                // CPython reads the line of a compiler (not parser) error back from the file
                // (PyErr_ProgramTextObject): `<string>` sources show no line. An `eval` source
                // that is not one expression is its parser's error, shown with the line.
                let is_file = std::fs::metadata(filename).is_ok_and(|m| m.is_file());
                let not_an_expression = mode == Mode::Eval
                    && !matches!(
                        module.body.as_slice(),
                        [ouro_syntax::ast::Stmt {
                            kind: ouro_syntax::ast::StmtKind::Expr(_),
                            ..
                        }]
                    );
                self.syntax_error(&err, filename, source, is_file || not_an_expression)
            })?;
        // Compile-time warnings print as the warnings module's default format.
        for w in &compiled.warnings {
            let line = ouro_syntax::LineIndex::new(source).line(w.span.start);
            let text = ouro_syntax::line_text(source, line).unwrap_or("").trim();
            self.write_stderr(&format!(
                "{filename}:{line}: SyntaxWarning: {}\n  {text}\n",
                w.msg
            ));
        }
        Ok(self.new_code(compiled.code))
    }

    /// A `SyntaxError` exception carrying CPython's rendering of the error.
    /// `show_line` is false where CPython shows no source line (compiler errors in
    /// `<string>` sources): `text` is None then, the offsets are still given.
    fn syntax_error(
        &self,
        e: &ouro_syntax::SyntaxError,
        filename: &str,
        source: &str,
        show_line: bool,
    ) -> PyErr {
        // MemoryError and RecursionError (nesting limits) are not SyntaxErrors: no location.
        let name = e.error_type.name();
        let exc = self.new_exception(&self.exc_type(name), vec![self.new_str(e.msg.as_str())]);
        if e.error_type.is_syntax_error() {
            let int = |n: usize| self.new_int(n as i64);
            self.set_exc_attr(&exc, "msg", self.new_str(e.msg.as_str()));
            self.set_exc_attr(&exc, "lineno", int(e.lineno as usize));
            self.set_exc_attr(&exc, "end_lineno", int(e.lineno as usize));
            self.set_exc_attr(&exc, "filename", self.new_str(filename));
            let (mut text, mut offset, mut end_offset) =
                (self.none.clone(), self.none.clone(), self.none.clone());
            if let Some(line) = ouro_syntax::line_text(source, e.lineno) {
                // 1-based character columns of the span within its line.
                let line_start = line.as_ptr() as usize - source.as_ptr() as usize;
                let chars =
                    |from: usize, to: usize| source.get(from..to).map_or(0, |s| s.chars().count());
                let col = chars(line_start, e.span.start as usize);
                let end_col = col + chars(e.span.start as usize, e.span.end as usize);
                offset = int(col + 1);
                end_offset = int(end_col.max(col + 1) + 1);
                if show_line {
                    let newline = source.as_bytes().get(line_start + line.len()) == Some(&b'\n');
                    text = self.new_str(if newline {
                        format!("{line}\n")
                    } else {
                        line.to_string()
                    });
                }
            }
            self.set_exc_attr(&exc, "text", text);
            self.set_exc_attr(&exc, "offset", offset);
            self.set_exc_attr(&exc, "end_offset", end_offset);
        }
        let shown = if show_line { source } else { "" };
        self.set_exc_attr(
            &exc,
            "__rendered__",
            self.new_str(e.render(filename, shown)),
        );
        self.raise(exc)
    }

    /// Execute a code object as a module body in `globals`.
    pub fn run_code(&self, code: &Obj, globals: &Obj, locals: Option<&Obj>) -> PyResult<Obj> {
        // A module body is a frame too: CPython's recursion limit counts it.
        let _guard = self.enter_recursion()?;

        let nlocals = code
            .downcast_ref::<PyCode>()
            .map(|c| c.code.varnames.len())
            .unwrap_or(0);
        let mut frame = self.new_frame(
            code.clone(),
            globals.clone(),
            self.builtins_dict(),
            Some(locals.cloned().unwrap_or_else(|| globals.clone())),
            nlocals,
        );
        let result = self.run_frame(&mut frame);
        self.recycle_frame(frame);
        match result? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Compile and run `source` as the module whose namespace is `globals`.
    pub fn run_source(&self, source: &str, filename: &str, globals: &Obj) -> PyResult<Obj> {
        let code = self.compile(source, filename, Mode::Exec)?;
        self.run_code(&code, globals, None)
    }

    /// Print an uncaught exception (SyntaxErrors in their own format).
    pub fn report_uncaught(&self, err: &PyErr) {
        if let Some(r) = self.get_exc_attr(&err.exc, "__rendered__") {
            if err.payload().traceback.borrow().is_empty() {
                self.write_stderr(&self.str_value(&r).unwrap_or_default());
                return;
            }
        }
        self.print_exception(err);
    }

    /// The exit status for an uncaught exception (handling SystemExit as CPython does).
    pub fn exit_status(&self, err: &PyErr) -> i32 {
        if self.exc_matches(&err.exc, "KeyboardInterrupt") {
            // CPython ends by SIGINT's default action (the shell sees 130); the process does
            // so once the interpreter has shut down (`crate::run_program`).
            self.report_uncaught(err);
            crate::interp::safe_point::note_uncaught_interrupt();
            return 130;
        }
        if !self.exc_matches(&err.exc, "SystemExit") {
            self.report_uncaught(err);
            return 1;
        }
        let code = self
            .get_attr_opt(&err.exc, &self.intern("code"))
            .ok()
            .flatten()
            .unwrap_or_else(|| self.none.clone());
        if self.is_none(&code) {
            return 0;
        }
        if let Some(i) = PyInt::of(&code) {
            return i.as_i64().map(|v| v as i32).unwrap_or(-1);
        }
        let text = self.str_string(&code).unwrap_or_default();
        self.write_stderr(&format!("{text}\n"));
        1
    }

    /// The `__main__` module's namespace, created on first use.
    pub fn main_dict(&self) -> Obj {
        if let Some(m) = self.dict_get_str(&self.modules, "__main__") {
            if let Some(m) = m.downcast_ref::<PyModule>() {
                return m.dict.clone();
            }
        }
        let m = self.new_module("__main__");
        self.dict_set_str(&self.modules, "__main__", m.clone());
        m.downcast_ref::<PyModule>()
            .map(|m| m.dict.clone())
            .expect("module")
    }
}
