//! The VM's side of an interactive session (the REPL of the `ouro` binary lives in `src/repl`).
//!
//! Invariants:
//! - A [`Session`] exists only on the interpreter thread started by [`run_session`], and the
//!   VM is torn down (`Vm::shutdown`) only after the session body returns: every input runs
//!   in the one `__main__` namespace, so state persists from input to input.
//! - Every code object compiled from interactive input, nested ones included, is registered
//!   with its own source text ([`SOURCES`]): a traceback through a function defined several
//!   inputs ago shows that input's lines, while all of them are named `<stdin>` as in
//!   CPython's REPL. The registry holds the code objects, so their addresses stay unique.
//! - While a session runs with stdout on a terminal, stdout is line-buffered (flushed after
//!   each write that ends a line), as CPython's is; otherwise it stays block-buffered.
//! - Running an input never lets an exception escape: it ends as an [`Outcome`], with the
//!   report already formatted (a SyntaxError in its own format, anything else as a traceback).
//! - While an [`InputHook`] is installed, `input()` reads through it (the REPL's line editor,
//!   which may already hold lines typed ahead), as CPython's REPL replaces `builtins.input`
//!   with its editor's (`_pyrepl.readline._setup`). The hook is gone before `Vm::shutdown`.
//!
//! Submodules: [`interrupt`] (Ctrl-C while code runs), [`completion`] (names for tab
//! completion without running user code), [`help`] (`help()` at the prompt).

pub mod completion;
pub mod help;
pub mod interrupt;

use crate::objects::PyCode;
use crate::runtime::finalize;
use crate::{load_source, Program, PyErr, Vm};
use ouro_compiler::{CodeObject, Constant, Mode};
use ouro_memory::Obj;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether stdout is line-buffered: set for a session whose stdout is a terminal, as CPython's
/// stdout is, so `print` in a long-running loop shows at once.
static LINE_BUFFERED: AtomicBool = AtomicBool::new(false);

/// The filename of interactive input in tracebacks and SyntaxErrors.
pub const INTERACTIVE_FILENAME: &str = "<stdin>";

/// A code object compiled from interactive input (kept alive, so its address stays unique)
/// and that input's text, by the code object's address.
type SourceRegistry = HashMap<usize, (Rc<CodeObject>, Rc<str>)>;

thread_local! {
    static SOURCES: RefCell<SourceRegistry> = RefCell::new(HashMap::new());
}

/// How one input ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It ran to the end (its expression values were echoed).
    Done,
    /// It raised: the report to print on stderr (a traceback, or a SyntaxError with caret).
    Error(String),
    /// It raised SystemExit: leave the session with this status (any message already printed).
    Exit(i32),
}

/// What `input()` read through an [`InputHook`].
pub enum InputLine {
    /// A line, without its newline.
    Line(String),
    /// End of input (Ctrl-D): `EOFError`.
    Eof,
    /// Ctrl-C: `KeyboardInterrupt`.
    Interrupted,
}

/// Reads one line for `input()`, showing the prompt it is given.
pub type InputHook = Box<dyn FnMut(&str) -> InputLine>;

thread_local! {
    static INPUT_HOOK: RefCell<Option<InputHook>> = RefCell::new(None);
}

/// Make `input()` read through `hook` (None: from stdin again), on the interpreter thread.
pub fn set_input_hook(hook: Option<InputHook>) {
    // The old hook (and what it owns) is dropped outside the borrow.
    let old = INPUT_HOOK.with(|h| std::mem::replace(&mut *h.borrow_mut(), hook));
    drop(old);
}

/// Whether `input()` reads through a hook (which shows the prompt itself).
pub(crate) fn has_input_hook() -> bool {
    INPUT_HOOK.with(|h| h.borrow().is_some())
}

/// A line for `input()` from the installed hook; None when there is none. The hook is taken
/// out while it reads, so a nested `input()` (there is none: the hook runs no Python code)
/// would read stdin instead of finding the cell borrowed.
pub(crate) fn read_input_line(prompt: &str) -> Option<InputLine> {
    let mut hook = INPUT_HOOK.with(|h| h.borrow_mut().take())?;
    let line = hook(prompt);
    INPUT_HOOK.with(|h| {
        let mut slot = h.borrow_mut();
        if slot.is_none() {
            *slot = Some(hook);
        }
    });
    Some(line)
}

/// An interactive session on the interpreter thread: the VM and `__main__`'s namespace.
/// Clones share the VM and namespace (the line editor keeps one for completion).
#[derive(Clone)]
pub struct Session {
    vm: Rc<Vm>,
    main: Obj,
}

/// Start the interpreter thread, run `program` first if given (`ouro -i script.py`; its error
/// is reported and the session starts anyway, as CPython's `-i` does), then hand a session
/// to `body`, whose return value is the exit status. Never panics out: a Rust panic in the
/// VM is reported as an internal error with status 70, as in [`crate::run_program`].
pub fn run_session<F>(program: Option<Program>, argv: Vec<String>, body: F) -> i32
where
    F: FnOnce(&Session) -> i32 + Send + 'static,
{
    LINE_BUFFERED.store(std::io::stdout().is_terminal(), Ordering::Relaxed);
    crate::interp::interpreter_thread::run_on_interpreter_thread(move || {
        session_inner(program, argv, body)
    })
}

fn session_inner<F: FnOnce(&Session) -> i32>(
    program: Option<Program>,
    argv: Vec<String>,
    body: F,
) -> i32 {
    let vm = Rc::new(crate::runtime::bootstrap::create_vm());
    finalize::install(vm.clone());
    let marker = 0u8;
    vm.stack_base.set(&marker as *const u8 as usize);
    let loaded = match &program {
        Some(p) => match load_source(p) {
            Ok(loaded) => Some(loaded),
            Err(status) => return status,
        },
        None => None,
    };
    let path0 = loaded.as_ref().map(|l| l.2.clone()).unwrap_or_default();
    vm.init(&argv, &path0);
    let main = vm.main_dict();
    let session = Session {
        vm: vm.clone(),
        main: main.clone(),
    };
    session.install_interactive_names();
    if let Some((source, filename, _)) = loaded {
        if let Some(Program::File(_)) = program {
            vm.dict_set_str(&main, "__file__", vm.new_str(filename.as_str()));
        }
        if let Err(e) = vm.run_source(&source, &filename, &main) {
            vm.write_stderr(&vm.format_report(&e));
        }
        vm.flush_stdout();
    }
    let status = body(&session);
    // The REPL's hook owns a session: it must not outlive the VM's shutdown.
    set_input_hook(None);
    drop(session);
    vm.shutdown();
    drop(main);
    SOURCES.with(|s| s.borrow_mut().clear());
    finalize::uninstall();
    status
}

impl Session {
    /// Compile `source` as interactive input (expression statements echo their value and bind
    /// `builtins._`) and run it in `__main__`.
    pub fn run(&self, source: &str) -> Outcome {
        let vm = &self.vm;
        let result = vm
            .compile(source, INTERACTIVE_FILENAME, Mode::Interactive)
            .and_then(|code| {
                if let Some(c) = code.downcast_ref::<PyCode>() {
                    register_source(&c.code, Rc::from(source));
                }
                vm.run_code(&code, &self.main, None)
            });
        vm.flush_stdout();
        // An interrupt that came after the last check belongs to this input, not the next:
        // one that comes before the input runs interrupts it at its first check.
        interrupt::clear();
        match result {
            Ok(_) => Outcome::Done,
            Err(e) if vm.exc_matches(&e.exc, "SystemExit") => {
                let status = vm.exit_status(&e);
                vm.flush_stdout();
                Outcome::Exit(status)
            }
            Err(e) => Outcome::Error(vm.format_report(&e)),
        }
    }

    /// `str(sys.<name>)` for the prompts `ps1` and `ps2`, or `default` when unset.
    pub fn prompt(&self, name: &str, default: &str) -> String {
        let vm = &self.vm;
        let value = vm
            .dict_get_str(&vm.modules, "sys")
            .and_then(|sys| vm.get_attr_str(&sys, name).ok());
        match value {
            Some(v) => vm.str_string(&v).unwrap_or_else(|_| default.to_string()),
            None => default.to_string(),
        }
    }

    /// Whether `__main__` binds `name` (so `exit` typed alone is a name, not a command).
    pub fn is_global(&self, name: &str) -> bool {
        self.vm.dict_get_str(&self.main, name).is_some()
    }

    /// The VM, for the submodules' methods.
    fn vm(&self) -> &Vm {
        &self.vm
    }
}

impl Vm {
    /// The text CPython prints for an exception reaching the top level (SyntaxErrors in their
    /// own format, without a traceback).
    pub fn format_report(&self, err: &PyErr) -> String {
        if let Some(r) = self.get_exc_attr(&err.exc, "__rendered__") {
            if err.payload().traceback.borrow().is_empty() {
                return self.str_value(&r).unwrap_or_default();
            }
        }
        self.format_exception(&err.exc)
    }

    /// The source text of interactive input that `code` was compiled from, if it was.
    pub(crate) fn interactive_source(&self, code: &Rc<CodeObject>) -> Option<Rc<str>> {
        let key = Rc::as_ptr(code) as usize;
        SOURCES.with(|s| s.borrow().get(&key).map(|(_, src)| src.clone()))
    }
}

/// Flush `out` after a write of `text` ending a line, when stdout is line-buffered.
#[inline]
pub(crate) fn line_buffering(out: &mut impl std::io::Write, text: &str) {
    if LINE_BUFFERED.load(Ordering::Relaxed) && text.contains('\n') {
        let _ = out.flush();
    }
}

/// Register `code` and the code objects nested in it as compiled from `source`.
fn register_source(code: &Rc<CodeObject>, source: Rc<str>) {
    let mut pending = vec![code.clone()];
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        while let Some(c) = pending.pop() {
            for k in &c.consts {
                if let Constant::Code(inner) = k {
                    pending.push(inner.clone());
                }
            }
            s.insert(Rc::as_ptr(&c) as usize, (c, source.clone()));
        }
    });
}
