//! The read-eval-print loop, independent of where input comes from.
//!
//! Invariants:
//! - `lines` holds the lines read since the last primary prompt; it is empty exactly when the
//!   next prompt is `sys.ps1`, and it is cleared whenever its block runs or Ctrl-C discards it.
//! - Every block that runs is first added to history as one entry, so up-arrow recalls a
//!   whole `def` with its body.
//! - Nothing here ends the session except end of input (status 0), `exit`/`quit` typed as a
//!   command (status 0) and SystemExit (its status): errors are reported and the loop goes on.

use super::block::{self, Status};
use ouro_vm::interactive::{Outcome, Session};

/// What one read produced.
pub enum Read {
    /// A line (or a whole block, when recalled from history or pasted), without its newline.
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D at an empty prompt, or the end of piped input.
    Eof,
}

/// A source of interactive input and a sink for reports.
pub trait Reader {
    /// Show `prompt` and read; the line starts out as `indent` (auto-indent) where supported.
    fn read(&mut self, prompt: &str, indent: &str) -> Read;
    /// Remember a block that is about to run.
    fn add_history(&mut self, entry: &str);
    /// Print an exception report (a traceback or a SyntaxError).
    fn report(&mut self, text: &str);
    /// Print a message on stderr as it is.
    fn note(&mut self, text: &str);
}

/// Run the loop until the session ends; returns the exit status.
pub fn interact(session: &Session, reader: &mut dyn Reader) -> i32 {
    let mut lines: Vec<String> = Vec::new();
    loop {
        let (prompt, indent) = if lines.is_empty() {
            (session.prompt("ps1", ">>> "), String::new())
        } else {
            (session.prompt("ps2", "... "), block::next_indent(&lines))
        };
        let text = match reader.read(&prompt, &indent) {
            Read::Line(text) => text,
            Read::Interrupted => {
                lines.clear();
                reader.report("KeyboardInterrupt\n");
                continue;
            }
            Read::Eof => return 0,
        };
        if lines.is_empty() {
            let command = text.trim();
            if command.is_empty() {
                continue;
            }
            // CPython 3.13+ REPL commands: `exit` and `quit` leave unless they name a global.
            if (command == "exit" || command == "quit") && !session.is_global(command) {
                return 0;
            }
        }
        lines.push(text);
        if block::status(&lines) == Status::NeedMore {
            continue;
        }
        reader.add_history(&block::history_entry(&lines));
        let source = block::to_source(&lines);
        lines.clear();
        match session.run(&source) {
            Outcome::Done => {}
            Outcome::Error(report) => reader.report(&report),
            Outcome::Exit(status) => return status,
        }
    }
}
