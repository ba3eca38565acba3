//! The interactive REPL (`ouro` on a terminal, `ouro -i`), modelled on CPython 3.14's.
//!
//! [`run`] starts the interpreter thread with a session (running the `-i` script first),
//! installs the Ctrl-C handler that interrupts running code, prints the banner and runs the
//! loop of [`session`] over terminal input ([`terminal`]: editing, history, completion,
//! highlighting) or piped input ([`piped`]).

mod block;
mod colors;
mod completion;
mod highlight;
mod history;
mod piped;
mod session;
mod terminal;

use ouro_vm::interactive::{interrupt, run_session, set_input_hook};
use ouro_vm::Program;
use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;

/// What the command line asked of the REPL.
pub struct Options {
    /// `ouro -i script.py` / `ouro -i -c code`: the program to run first.
    pub program: Option<Program>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-q`: no banner.
    pub quiet: bool,
    /// `-X no_color`.
    pub no_color: bool,
}

/// The banner's hint line, shaped like CPython's.
const HINT: &str = "Type \"help\", \"help(object)\" or \"exit\" for more information.";

/// Run an interactive session; returns the exit status.
pub fn run(options: Options) -> i32 {
    let banner = options.program.is_none() && !options.quiet;
    let no_color = options.no_color;
    // Ctrl-C while code runs (the -i script included) sets the VM's interrupt flag, and its
    // eval loop raises KeyboardInterrupt; at the prompt the terminal is raw and rustyline
    // reads Ctrl-C as a key. Without the handler, the default action would end the process.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupt::flag());
    run_session(options.program, options.argv, move |session| {
        if banner {
            eprintln!(
                "ouro {} (Python {} subset) on {}\n{HINT}",
                env!("CARGO_PKG_VERSION"),
                crate::cli::PYTHON_VERSION,
                std::env::consts::OS
            );
        }
        let stdin_tty = std::io::stdin().is_terminal();
        if stdin_tty {
            let color = colors::can_colorize(std::io::stdout().is_terminal(), no_color);
            let err_color = colors::can_colorize(std::io::stderr().is_terminal(), no_color);
            if let Ok(reader) = terminal::TerminalReader::new(session.clone(), color, err_color) {
                let mut reader = terminal::SharedReader(Rc::new(RefCell::new(reader)));
                // input() reads through the editor, as in CPython's REPL, so lines typed
                // ahead for it are not stuck in the editor's buffer.
                set_input_hook(Some(reader.input_hook()));
                let status = session::interact(session, &mut reader);
                set_input_hook(None);
                return status;
            }
        }
        session::interact(session, &mut piped::PipedReader::new())
    })
}
