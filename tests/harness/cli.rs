//! The command line as CPython's: `-c`, `-` (program on stdin), piped stdin, `-V`, `-h`, exit
//! statuses and `sys.exit` messages, `sys.argv`. (The golden suite covers `ouro script.py`.)

use std::io::Write;
use std::process::{Command, Stdio};

/// What one run of `ouro` printed and its exit status.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

fn ouro(args: &[&str], stdin: &str) -> Run {
    ouro_with_env(args, stdin, &[])
}

/// Run `ouro args...` with `stdin` piped in and extra environment variables.
pub fn ouro_with_env(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the ouro binary runs");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin accepts the program");
    let out = child.wait_with_output().expect("ouro finishes");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

#[test]
fn dash_c_runs_code_with_argv() {
    let r = ouro(&["-c", "import sys; print(sys.argv)", "a", "b"], "");
    assert_eq!(r.stdout, "['-c', 'a', 'b']\n");
    assert_eq!(r.code, 0);
}

#[test]
fn dash_reads_the_program_from_stdin() {
    let r = ouro(&["-", "x"], "import sys\nprint(sys.argv, 6 * 7)\n");
    assert_eq!(r.stdout, "['-', 'x'] 42\n");
}

#[test]
fn piped_stdin_without_arguments_is_a_program() {
    let r = ouro(&[], "print('piped')\n");
    assert_eq!(r.stdout, "piped\n");
    assert_eq!(r.code, 0);
}

#[test]
fn version_and_help() {
    let r = ouro(&["-V"], "");
    assert!(r.stdout.starts_with("Python 3.14"), "{}", r.stdout);
    let r = ouro(&["-h"], "");
    assert!(r.stdout.contains("-c cmd"), "{}", r.stdout);
    assert_eq!(r.code, 0);
}

#[test]
fn exit_statuses_follow_cpython() {
    assert_eq!(ouro(&["-c", "import sys; sys.exit(3)"], "").code, 3);
    assert_eq!(ouro(&["-c", "import sys; sys.exit()"], "").code, 0);
    let r = ouro(&["-c", "raise SystemExit('bye')"], "");
    assert_eq!((r.code, r.stderr.as_str()), (1, "bye\n"));
    let r = ouro(&["-c", "1/0"], "");
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn output_printed_before_an_error_is_kept() {
    let r = ouro(&["-c", "print('before')\nraise ValueError('x')"], "");
    assert_eq!(r.stdout, "before\n");
    assert!(r.stderr.contains("ValueError: x"));
}

#[test]
fn a_missing_script_is_reported() {
    let r = ouro(&["/nonexistent/script.py"], "");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("can't open file"), "{}", r.stderr);
}

#[test]
fn runaway_recursion_is_a_recursion_error() {
    let r = ouro(
        &[
            "-c",
            "import sys\nsys.setrecursionlimit(100000)\ndef f(n): return f(n + 1)\nf(0)",
        ],
        "",
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("RecursionError"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

#[test]
fn unknown_options_are_rejected() {
    let r = ouro(&["--bogus"], "");
    assert_eq!(r.code, 2);
}
