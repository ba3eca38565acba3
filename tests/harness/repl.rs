//! The interactive REPL, driven through a real pseudo-terminal (expectrl), and `ouro -i`
//! with piped input.
//!
//! Synchronization is by output only, never by sleeping: after each line is sent, a test
//! waits for the next prompt *at the start of a line* (`\n>>> ` or `\n... `), which rustyline
//! writes only once it has accepted the previous line and started reading the next one.
//! (Redraws of the line being edited start with `\r`, not `\n`.) Input typed ahead of a
//! prompt is kept (the `*_typed_ahead_*` tests), but waiting keeps each test's output in
//! step with its lines. A regex expect consumes every match already buffered, so a test that
//! sends several lines at once waits for the last line's output instead.
//! Every session gets its own history file and a generous timeout.

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;
use expectrl::{Eof, Expect, Regex};
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Long enough for a loaded 2-core CI machine running a debug build.
const TIMEOUT: Duration = Duration::from_secs(30);

/// A prompt at the start of a line: after the newline, rustyline's terminal set-up
/// (`\x1b[?2004h`, `\r\x1b[K`, ...) and the prompt's colour.
const PROMPT: &str = r"\n(?:\x1b\[[0-9;?]*[A-Za-z]|\r)*(?:>>>|\.\.\.) ";
const PRIMARY: &str = r"\n(?:\x1b\[[0-9;?]*[A-Za-z]|\r)*>>> ";
const CONTINUATION: &str = r"\n(?:\x1b\[[0-9;?]*[A-Za-z]|\r)*\.\.\. ";

struct Repl {
    session: Session,
}

/// A fresh history file path for one test (shared by the sessions of a history test).
fn history_path() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("ouro-repl-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    dir.join(format!("history-{}", N.fetch_add(1, Ordering::Relaxed)))
}

impl Repl {
    /// `ouro` on a terminal, with `env` on top of a clean colour environment.
    fn spawn(history: &PathBuf, env: &[(&str, &str)]) -> Repl {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ouro"));
        cmd.env("TERM", "xterm-256color")
            .env("OURO_HISTORY", history)
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("PYTHON_COLORS");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut session = Session::spawn(cmd).expect("ouro starts on a pty");
        session.set_expect_timeout(Some(TIMEOUT));
        let mut repl = Repl { session };
        repl.expect(PRIMARY);
        repl
    }

    /// Wait for `pattern` (a regex); returns everything printed before it, escape sequences
    /// included, plus the newline that starts every pattern used here.
    fn expect(&mut self, pattern: &str) -> String {
        match self.session.expect(Regex(pattern)) {
            Ok(found) => String::from_utf8_lossy(found.before()).into_owned() + "\n",
            Err(e) => {
                let mut rest = [0u8; 8192];
                let n = self.session.try_read(&mut rest).unwrap_or(0);
                let rest = String::from_utf8_lossy(&rest[..n]);
                panic!("waiting for {pattern:?}: {e}; unmatched output: {rest:?}")
            }
        }
    }

    /// Type `line` and Enter, then wait for the next prompt; returns the output in between
    /// (the echoed line, its results, its errors).
    fn line(&mut self, line: &str) -> String {
        self.session.send(format!("{line}\r")).expect("send a line");
        self.expect(PROMPT)
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("send keys");
    }

    /// Wait for the process to end; its exit status.
    fn exit_status(mut self) -> i32 {
        // Drain the terminal so ouro never blocks writing to it.
        let _ = self.session.expect(Eof);
        let process = self.session.get_process();
        let deadline = Instant::now() + TIMEOUT;
        loop {
            match process.status() {
                Ok(WaitStatus::Exited(_, code)) => return code,
                Ok(WaitStatus::StillAlive) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                other => panic!("ouro did not exit normally: {other:?}"),
            }
        }
    }
}

/// `text` without ANSI escape sequences and carriage returns.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() || c == '~' {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn multi_line_def_then_call() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    repl.send("def twice(x):\r");
    repl.expect(CONTINUATION);
    // Auto-indent supplies the body's indentation.
    repl.send("return x * 2 + 2\r");
    repl.expect(CONTINUATION);
    repl.send("\r");
    repl.expect(PRIMARY);
    let out = repl.line("twice(20)");
    assert!(plain(&out).contains("\n42\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn expression_echo_and_underscore() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    let out = repl.line("6 * 7");
    assert!(plain(&out).contains("\n42\n"), "{out:?}");
    let out = repl.line("None");
    assert_eq!(plain(&out).trim(), "None", "None is not echoed");
    let out = repl.line("_ + 1");
    assert!(plain(&out).contains("\n43\n"), "{out:?}");
    let out = repl.line("x = 'kept'");
    assert_eq!(plain(&out).trim(), "x = 'kept'");
    let out = repl.line("x");
    assert!(plain(&out).contains("\n'kept'\n"), "{out:?}");
    repl.send("exit(3)\r");
    assert_eq!(repl.exit_status(), 3);
}

#[test]
fn a_traceback_then_the_next_input_works() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    let out = plain(&repl.line("1/0"));
    assert!(
        out.contains(
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n"
        ),
        "{out:?}"
    );
    let out = plain(&repl.line("1 +"));
    assert!(
        out.contains(
            "  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n"
        ),
        "{out:?}"
    );
    let out = repl.line("'still' + ' here'");
    assert!(plain(&out).contains("'still here'"), "{out:?}");
    repl.send("quit\r");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_c_interrupts_an_infinite_loop_and_the_prompt() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    repl.send("def spin():\r");
    repl.expect(CONTINUATION);
    // No flush=True: stdout on a terminal is line-buffered, as in CPython.
    repl.send("global n; n = 0; print('spinning')\r");
    repl.expect(CONTINUATION);
    repl.send("while True: n += 1\r");
    repl.expect(CONTINUATION);
    repl.send("\r");
    repl.expect(PRIMARY);
    repl.send("spin()\r");
    // The code runs (and the terminal is back in cooked mode, where Ctrl-C is SIGINT).
    repl.expect("\nspinning");
    repl.send("\x03");
    let out = plain(&repl.expect(PRIMARY));
    assert!(
        out.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>"),
        "{out:?}"
    );
    assert!(out.ends_with("KeyboardInterrupt\n"), "{out:?}");
    let out = repl.line("n > 0");
    assert!(plain(&out).contains("\nTrue\n"), "{out:?}");
    // At the prompt, Ctrl-C discards the line.
    repl.send("discarded");
    repl.send("\x03");
    let out = plain(&repl.expect(PRIMARY));
    assert!(out.ends_with("KeyboardInterrupt\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_c_interrupts_time_sleep() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    repl.line("import time");
    repl.send("print('sleeping'); time.sleep(60)\r");
    repl.expect("\nsleeping");
    let started = std::time::Instant::now();
    repl.send("\x03");
    let out = plain(&repl.expect(PRIMARY));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "sleep not interrupted"
    );
    assert!(out.ends_with("KeyboardInterrupt\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn history_recalls_a_multi_line_block_in_a_second_session() {
    let history = history_path();
    let mut first = Repl::spawn(&history, &[("NO_COLOR", "1")]);
    first.send("def greet():\r");
    first.expect(CONTINUATION);
    first.send("return 'hi' + '!' * 3\r");
    first.expect(CONTINUATION);
    first.send("\r");
    first.expect(PRIMARY);
    first.send("\x04");
    assert_eq!(first.exit_status(), 0);

    let mut second = Repl::spawn(&history, &[("NO_COLOR", "1")]);
    // Up recalls the whole block; Enter runs it at once.
    second.send("\x1b[A");
    second.expect("return 'hi'");
    second.send("\r");
    second.expect(PRIMARY);
    let out = second.line("greet()");
    assert!(plain(&out).contains("'hi!!!'"), "{out:?}");
    second.send("\x04");
    assert_eq!(second.exit_status(), 0);
    let _ = std::fs::remove_file(&history);
}

#[test]
fn nothing_is_written_when_ouro_history_is_empty() {
    let mut repl = Repl::spawn(&PathBuf::new(), &[("NO_COLOR", "1"), ("OURO_HISTORY", "")]);
    let out = repl.line("1 + 1");
    assert!(plain(&out).contains("\n2\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn tab_completes_attributes_without_running_code() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    repl.send("class Node:\r");
    repl.expect(CONTINUATION);
    repl.send("def __init__(self): self.value, self.next = 41, None\r");
    repl.expect(CONTINUATION);
    repl.send("def __getattr__(self, name): print('SIDE EFFECT')\r");
    repl.expect(CONTINUATION);
    repl.send("\r");
    repl.expect(PRIMARY);
    repl.line("node = Node()");
    // One candidate: completed in place.
    repl.send("node.va\t");
    repl.expect("node.value");
    let out = repl.line(" + 1");
    assert!(plain(&out).contains("\n42\n"), "{out:?}");
    // Several: the second Tab lists them.
    repl.send("node.\t\t");
    let listing = plain(&repl.expect(PRIMARY));
    repl.send("\x15");
    assert!(listing.contains("value"), "{listing:?}");
    assert!(!listing.contains("SIDE EFFECT"), "{listing:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn highlighting_on_a_terminal_and_not_with_no_color() {
    let mut repl = Repl::spawn(&history_path(), &[]);
    repl.send("def f(): return 1\r");
    let out = repl.expect(CONTINUATION);
    // `def` bold blue, `1` yellow, the prompt bold magenta.
    assert!(out.contains("\x1b[1;34mdef\x1b[0m"), "{out:?}");
    assert!(out.contains("\x1b[33m1\x1b[0m"), "{out:?}");
    repl.send("\r");
    repl.expect(PRIMARY);
    let out = repl.line("1/0");
    assert!(
        out.contains("\x1b[1;35mZeroDivisionError\x1b[0m"),
        "{out:?}"
    );
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);

    // A dumb terminal has no line editing (and no echo of the newline): wait for prompts
    // anywhere in the output there.
    for env in [[("NO_COLOR", "1")], [("TERM", "dumb")]] {
        let mut repl = Repl::spawn(&history_path(), &env);
        repl.send("def g(): return 1\r");
        let mut out = repl.expect(r"\.\.\. ");
        repl.send("\r");
        out += &repl.expect(">>> ");
        repl.send("1/0\r");
        out += &repl.expect("division by zero");
        out += &repl.expect(">>> ");
        assert!(!out.contains("\x1b[1;34m"), "{env:?}: {out:?}");
        assert!(!out.contains("\x1b[1;35m"), "{env:?}: {out:?}");
        repl.send("\x04");
        assert_eq!(repl.exit_status(), 0);
    }
    let mut repl = Repl::spawn_args(&["-X", "no_color"]);
    let out = repl.line("def g(): return 1");
    assert!(!out.contains("\x1b[1;34m"), "-X no_color: {out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_d_exits_with_status_0() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    repl.line("x = 1");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

impl Repl {
    /// `ouro ARGS` on a terminal with a throwaway history.
    fn spawn_args(args: &[&str]) -> Repl {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ouro"));
        cmd.args(args)
            .env("TERM", "xterm-256color")
            .env("OURO_HISTORY", "")
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("PYTHON_COLORS");
        let mut session = Session::spawn(cmd).expect("ouro starts on a pty");
        session.set_expect_timeout(Some(TIMEOUT));
        let mut repl = Repl { session };
        repl.expect(PRIMARY);
        repl
    }
}

/// `ouro ARGS` with `stdin` piped in: (stdout, stderr, status).
fn piped(args: &[&str], stdin: &str) -> (String, String, i32) {
    let run = super::cli::ouro_with_env(args, stdin, &[("OURO_HISTORY", "")]);
    (run.stdout, run.stderr, run.code)
}

#[test]
fn dash_i_with_piped_input_echoes_like_python3() {
    let (out, err, code) = piped(
        &["-i"],
        "1 + 1\nx = 5\ndef f():\n    return x / 0\n\nf()\nx\nNone\n_\n",
    );
    assert_eq!(out, "2\n5\n5\n");
    assert!(err.starts_with("ouro "), "{err}");
    assert!(
        err.contains(">>> >>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    f()\n    ~^^\n  File \"<stdin>\", line 2, in f\n    return x / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"),
        "{err}"
    );
    assert_eq!(code, 0);
    let (_, _, code) = piped(&["-q", "-i"], "exit(4)\nprint('not reached')\n");
    assert_eq!(code, 4);
}

#[test]
fn dash_i_runs_the_script_first_with_its_globals() {
    let (out, err, code) = piped(&["-q", "-i", "-c", "x = 6\n1/0"], "x * 7\n");
    assert_eq!(out, "42\n");
    assert!(err.contains("ZeroDivisionError"), "{err}");
    assert_eq!(code, 0);
}

#[test]
fn help_prints_signature_and_docstring() {
    let (out, _, _) = piped(
        &["-q", "-i"],
        "def f(a, b=2, *rest, k, **kw):\n    '''Add things.'''\n\nhelp(f)\nhelp\nexit\n",
    );
    assert_eq!(
        out,
        "Help on function f in module __main__:\n\nf(a, b=2, *rest, k, **kw)\n    Add things.\n\nType help() for interactive help, or help(object) for help about object.\n"
    );
}

#[test]
fn a_pasted_block_runs_whole() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    // Bracketed paste (terminals send newlines as \r), then Enter.
    repl.send("\x1b[200~def five():\r    return 5\r\rprint(five() * 8 + 2)\rfive() - 1\r\x1b[201~");
    repl.send("\r");
    let out = plain(&repl.expect(PRIMARY));
    assert!(out.contains("\n42\n4\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn lines_typed_ahead_in_one_burst_all_run() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    // One write, as fast typing or an unbracketed paste delivers it: rustyline reads all of
    // it at once while reading the first line; the rest must survive to the next prompts.
    // (A regex expect consumes every prompt already printed, so wait for the last result.)
    repl.send("x1 = 1\rx2 = 2\rx1 + x2\rprint('after', x1 * 10)\r");
    let out = plain(&repl.expect("\nafter 10"));
    assert!(out.contains("\n3\n"), "{out:?}");
    repl.expect(PRIMARY);
    let out = repl.line("x2");
    assert!(plain(&out).contains("\n2\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn a_typed_ahead_block_and_statements_all_run() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    // The body line relies on auto-indent, as when typed by hand; the empty line ends the
    // block and the next two lines run after it.
    repl.send("def seven():\rreturn 7\r\rseven() * 6\rprint('done', seven())\r");
    let out = plain(&repl.expect("\ndone 7"));
    assert!(out.contains("\n42\n"), "{out:?}");
    repl.expect(PRIMARY);
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn input_typed_while_a_statement_runs_is_kept() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    repl.line("import time");
    repl.send("print('sleeping'); time.sleep(1)\r");
    repl.expect("\nsleeping");
    // Typed during the sleep: the terminal is in cooked mode (and echoes it) and keeps it
    // for the next prompts, as with CPython's REPL.
    repl.send("print(5 * 11)\rprint(6 * 11)\r");
    let out = plain(&repl.expect("\n66"));
    assert!(out.contains("\n55\n"), "{out:?}");
    repl.expect(PRIMARY);
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn a_file_opened_on_the_terminal_is_line_buffered() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    repl.line("tty = open('/dev/tty', 'w')");
    // Text without a line end waits in the buffer; a write with one flushes everything.
    let out = plain(&repl.line("tty.write('<' + 'partial')"));
    assert!(!out.contains("<partial"), "{out:?}");
    let out = plain(&repl.line("tty.write(' line>' + chr(10))"));
    assert!(out.contains("\n<partial line>\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn input_reads_lines_typed_ahead_through_the_editor() {
    let mut repl = Repl::spawn(&history_path(), &[("NO_COLOR", "1")]);
    // The answer arrives with the statement, in rustyline's buffer: input() must read it
    // there (CPython's REPL reads input() through its editor too), not wait on the terminal.
    repl.send("name = input('name? ')\rworld\rprint('hello', name + '!')\r");
    let out = plain(&repl.expect("\nhello world!"));
    assert!(out.contains("\nname? world\n"), "{out:?}");
    repl.expect(PRIMARY);
    // Ctrl-D at input()'s prompt is EOFError; the session goes on.
    repl.send("input()\r");
    repl.send("\x04");
    let out = plain(&repl.expect(PRIMARY));
    assert!(
        out.ends_with("EOFError: EOF when reading a line\n"),
        "{out:?}"
    );
    let out = repl.line("6 * 7");
    assert!(plain(&out).contains("\n42\n"), "{out:?}");
    repl.send("\x04");
    assert_eq!(repl.exit_status(), 0);
}
