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

/// A fresh path for a file a test's script writes (removed by [`contents`] once read).
fn scratch_file(name: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("ouro-cli-io-{}-{name}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    path
}

/// The text of the file at `path`, which is then removed.
fn contents(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| format!("<unreadable: {e}>"));
    let _ = std::fs::remove_file(path);
    text
}

#[test]
fn files_never_closed_are_on_disk_after_exit() {
    let global = scratch_file("global.txt");
    let in_sys = scratch_file("in_sys.bin");
    let cycle = scratch_file("cycle.txt");
    let code = format!(
        "import sys\n\
         g = open({global:?}, 'w')\n\
         for i in range(1000): g.write('line %d\\n' % i)\n\
         sys.kept = open({in_sys:?}, 'wb')\n\
         sys.kept.write(b'held by sys')\n\
         class H: pass\n\
         h = H(); h.me = h; h.f = open({cycle:?}, 'w'); h.f.write('in a cycle \u{e9}')\n\
         print('done')\n"
    );
    let r = ouro(&["-c", &code], "");
    assert_eq!(
        (r.stdout.as_str(), r.stderr.as_str(), r.code),
        ("done\n", "", 0)
    );
    let expected: String = (0..1000).map(|i| format!("line {i}\n")).collect();
    assert_eq!(contents(&global), expected);
    assert_eq!(contents(&in_sys), "held by sys");
    assert_eq!(contents(&cycle), "in a cycle \u{e9}");
}

#[test]
fn a_file_collected_in_a_cycle_is_flushed_when_collected() {
    let cycle = scratch_file("collected.txt");
    // CPython may lose this data (gh-62052: FileIO can be finalized before its buffer); ouro
    // flushes the buffer when it is dropped, whatever the order.
    let code = format!(
        "import gc\n\
         class H: pass\n\
         h = H(); h.me = h; h.f = open({cycle:?}, 'w'); h.f.write('collected')\n\
         del h\n\
         gc.collect()\n\
         print(open({cycle:?}).read())\n"
    );
    let r = ouro(&["-c", &code], "");
    let _ = std::fs::remove_file(&cycle);
    assert_eq!(
        (r.stdout.as_str(), r.code),
        ("collected\n", 0),
        "{}",
        r.stderr
    );
}

#[test]
fn files_are_on_disk_after_an_uncaught_exception_or_sys_exit() {
    let local = scratch_file("local.txt");
    let module = scratch_file("module.bin");
    // The function's file is still referenced by the traceback's frame when the error is
    // reported.
    let code = format!(
        "m = open({module:?}, 'wb'); m.write(b'module level')\n\
         def fail():\n\
         \x20   f = open({local:?}, 'w')\n\
         \x20   f.write('before the error')\n\
         \x20   1 / 0\n\
         fail()\n"
    );
    let r = ouro(&["-c", &code], "");
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        r.stderr
    );
    assert_eq!(contents(&local), "before the error");
    assert_eq!(contents(&module), "module level");

    let exited = scratch_file("exited.txt");
    let code =
        format!("import sys\nf = open({exited:?}, 'a')\nf.write('then exit')\nsys.exit(3)\n");
    let r = ouro(&["-c", &code], "");
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(contents(&exited), "then exit");
}
