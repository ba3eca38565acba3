//! Reading input from a terminal with rustyline: line editing, history, tab completion,
//! syntax highlighting and a coloured prompt.
//!
//! Invariant: the [`Helper`] only reads the session (completion names, builtin names); it
//! never runs Python code, so editing a line cannot change the program's state.
//!
//! No typed-ahead input is lost. rustyline reads the terminal through a buffer, so one read
//! can take several lines typed fast or pasted without bracketed paste; its `buffer-redux`
//! feature (enabled in the workspace Cargo.toml) hands the bytes left after a line to the next
//! `readline` instead of dropping them with the reader. Input typed while a statement runs
//! waits in the terminal's (cooked mode) queue: rustyline switches modes with `TCSADRAIN`,
//! which never discards it, so the next prompts read it as CPython's REPL does. `input()`
//! reads through the same editor ([`TerminalReader::read_input`], installed as the session's
//! input hook), so a line typed ahead for it is not stranded in the editor's buffer.

use super::colors::{color_traceback, BOLD_MAGENTA, RESET};
use super::completion::complete;
use super::highlight::highlight;
use super::history::{history_file, MAX_ENTRIES};
use super::session::{Read, Reader};
use ouro_vm::interactive::InputLine;
use ouro_vm::interactive::Session;
use rustyline::completion::Completer;
use rustyline::config::{ColorMode, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

/// rustyline's view of the session.
pub struct Helper {
    session: Session,
    color: bool,
    builtins: HashSet<String>,
    /// False while `input()` reads: its text and prompt are not Python.
    python: Cell<bool>,
}

impl Helper {
    fn colored(&self) -> bool {
        self.color && self.python.get()
    }
}

impl Completer for Helper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete(line, pos, &self.session))
    }
}

impl Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.colored() {
            Cow::Owned(highlight(line, &|w| self.builtins.contains(w)))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        if self.colored() {
            Cow::Owned(format!("{BOLD_MAGENTA}{prompt}{RESET}"))
        } else {
            Cow::Borrowed(prompt)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.colored() && kind != CmdKind::MoveCursor
    }
}

impl Hinter for Helper {
    type Hint = String;
}

impl Validator for Helper {}

impl rustyline::Helper for Helper {}

/// A terminal session's input.
pub struct TerminalReader {
    editor: Editor<Helper, FileHistory>,
    history: Option<PathBuf>,
    /// Colour for reports on stderr.
    err_color: bool,
}

impl TerminalReader {
    /// An editor on the terminal; `color` for the input (stdout), `err_color` for reports.
    pub fn new(
        session: Session,
        color: bool,
        err_color: bool,
    ) -> rustyline::Result<TerminalReader> {
        let config = Config::builder()
            .max_history_size(MAX_ENTRIES)?
            .history_ignore_dups(true)?
            .completion_type(CompletionType::List)
            .color_mode(if color {
                ColorMode::Forced
            } else {
                ColorMode::Disabled
            })
            .auto_add_history(false)
            .build();
        let mut editor = Editor::with_config(config)?;
        let builtins = session.builtin_names().into_iter().collect();
        editor.set_helper(Some(Helper {
            session,
            color,
            builtins,
            python: Cell::new(true),
        }));
        let history = history_file();
        if let Some(path) = &history {
            // A missing file is a first session; an unreadable one starts empty.
            let _ = editor.load_history(path);
        }
        Ok(TerminalReader {
            editor,
            history,
            err_color,
        })
    }
}

impl TerminalReader {
    /// A line for `input()` while code runs: the same editor (and its buffer of input typed
    /// ahead), no colour, no history.
    pub fn read_input(&mut self, prompt: &str) -> InputLine {
        let set_python = |editor: &Editor<Helper, FileHistory>, on| {
            if let Some(h) = editor.helper() {
                h.python.set(on);
            }
        };
        set_python(&self.editor, false);
        let line = self.editor.readline(prompt);
        set_python(&self.editor, true);
        match line {
            Ok(line) => InputLine::Line(line),
            Err(ReadlineError::Interrupted) => InputLine::Interrupted,
            Err(_) => InputLine::Eof,
        }
    }
}

/// The reader the loop and `input()` share: each use borrows it briefly, and neither runs
/// while the other reads (a read runs no Python code).
pub struct SharedReader(pub Rc<RefCell<TerminalReader>>);

impl SharedReader {
    /// The hook that makes `input()` read through this reader.
    pub fn input_hook(&self) -> ouro_vm::interactive::InputHook {
        let reader = self.0.clone();
        Box::new(move |prompt| match reader.try_borrow_mut() {
            Ok(mut r) => r.read_input(prompt),
            Err(_) => InputLine::Eof,
        })
    }
}

impl Reader for SharedReader {
    fn read(&mut self, prompt: &str, indent: &str) -> Read {
        match self.0.try_borrow_mut() {
            Ok(mut r) => r.read(prompt, indent),
            Err(_) => Read::Eof,
        }
    }

    fn add_history(&mut self, entry: &str) {
        if let Ok(mut r) = self.0.try_borrow_mut() {
            r.add_history(entry);
        }
    }

    fn report(&mut self, text: &str) {
        if let Ok(mut r) = self.0.try_borrow_mut() {
            r.report(text);
        }
    }

    fn note(&mut self, text: &str) {
        if let Ok(mut r) = self.0.try_borrow_mut() {
            r.note(text);
        }
    }
}

impl Reader for TerminalReader {
    fn read(&mut self, prompt: &str, indent: &str) -> Read {
        match self.editor.readline_with_initial(prompt, (indent, "")) {
            Ok(line) => Read::Line(line),
            Err(ReadlineError::Interrupted) => Read::Interrupted,
            Err(ReadlineError::Eof) => Read::Eof,
            // The terminal went away (or another I/O error): end the session as EOF does.
            Err(_) => Read::Eof,
        }
    }

    fn add_history(&mut self, entry: &str) {
        if matches!(self.editor.add_history_entry(entry), Ok(true)) {
            if let Some(path) = &self.history {
                // A history file that cannot be written must not end the session.
                let _ = self.editor.append_history(path);
            }
        }
    }

    fn report(&mut self, text: &str) {
        let text = if self.err_color {
            color_traceback(text)
        } else {
            text.to_string()
        };
        let mut err = std::io::stderr();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    fn note(&mut self, text: &str) {
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}
