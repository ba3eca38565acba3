//! The safety net of issue 10, where golden scripts cannot reach: signals sent to a running
//! program, `-X max_memory`, and memory exhaustion under `ulimit -v` (the CPython oracle is a
//! 32-bit build, so its MemoryErrors are OverflowErrors there).

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use super::cli::ouro_with_env;

/// Start `ouro -c program` with every stream piped (stdin stays open and empty), read the
/// first line it prints, and return it with the process and its stdout reader.
fn start_reading_first_line(
    program: &str,
) -> (std::process::Child, BufReader<ChildStdout>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .args(["-c", program])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the ouro binary runs");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("ouro prints a line");
    (child, stdout, first)
}

/// The whole of a child's stderr.
fn read_stderr(child: &mut std::process::Child) -> String {
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("piped stderr")
        .read_to_string(&mut stderr)
        .expect("stderr is read");
    stderr
}

/// Start `ouro -c program`, wait until it prints "ready", send it `signal` (by `kill`), and
/// return its stdout, stderr and exit status.
fn signal_after_ready(program: &str, signal: &str) -> (String, String, std::process::ExitStatus) {
    // Standard input stays open (and empty) until ouro ends: `input()` waits on it.
    let (mut child, mut stdout, first) = start_reading_first_line(program);
    assert_eq!(first, "ready\n");
    // The program is in its loop (or sleep) once it has printed: give it a moment to get
    // there, then interrupt it.
    std::thread::sleep(Duration::from_millis(100));
    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let started = Instant::now();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("stdout is read");
    let stderr = read_stderr(&mut child);
    let status = child.wait().expect("ouro ends");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "ouro ended late"
    );
    (rest, stderr, status)
}

#[test]
fn sigint_raises_keyboard_interrupt_in_a_loop() {
    let program = "import sys\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\n\
                   except KeyboardInterrupt:\n    print('caught')\nfinally:\n    print('finally')\n\
                   print('after')\n";
    let (out, err, status) = signal_after_ready(program, "-INT");
    assert_eq!(out, "caught\nfinally\nafter\n");
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn uncaught_keyboard_interrupt_ends_by_sigint_after_finally_and_with() {
    let program = "import time\nclass Ctx:\n    def __enter__(self): return self\n    \
                   def __exit__(self, *a): print('exit', a[0].__name__)\n\
                   print('ready', flush=True)\nwith Ctx():\n    try:\n        time.sleep(30)\n    \
                   finally:\n        print('finally')\n";
    let (out, err, status) = signal_after_ready(program, "-INT");
    assert_eq!(out, "finally\nexit KeyboardInterrupt\n");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    // CPython dies by SIGINT's default action so that the shell sees 130 and stops too.
    assert_eq!(status.signal(), Some(2));
}

#[test]
fn sigint_interrupts_a_long_builtin_loop() {
    let program = "print('ready', flush=True)\ntry:\n    sum(range(10**15))\n\
                   except KeyboardInterrupt:\n    print('interrupted the sum')\n";
    let (out, _, status) = signal_after_ready(program, "-INT");
    assert_eq!(out, "interrupted the sum\n");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn sigint_interrupts_input() {
    let program = "print('ready', flush=True)\ntry:\n    input('name? ')\n\
                   except KeyboardInterrupt:\n    print('interrupted input')\n";
    let (out, _, status) = signal_after_ready(program, "-INT");
    assert_eq!(out, "name? interrupted input\n");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn sigterm_kills_without_losing_printed_output() {
    // stdout is a pipe, so it is block-buffered: the lines after "ready" are still in the
    // buffer when the signal comes, and must be written before the process dies.
    let program = "import sys\nprint('ready', flush=True)\nprint('buffered line')\n\
                   while True:\n    pass\n";
    let (out, _, status) = signal_after_ready(program, "-TERM");
    assert_eq!(out, "buffered line\n");
    assert_eq!(status.signal(), Some(15));
}

#[test]
fn max_memory_caps_the_heap_with_a_catchable_memory_error() {
    let program = "l = []\ntry:\n    while True:\n        l.append([0] * 10)\n\
                   except MemoryError:\n    print('caught', len(l) > 1000)\ndel l\n\
                   try:\n    s = 'x' * (100 << 20)\nexcept MemoryError as e:\n    print(repr(e))\n\
                   print('continues', len([str(i) for i in range(10000)]))\n";
    let r = ouro_with_env(&["-X", "max_memory=64M", "-c", program], "", &[]);
    assert_eq!(r.stdout, "caught True\nMemoryError()\ncontinues 10000\n");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bad = ouro_with_env(&["-X", "max_memory=lots", "-c", "pass"], "", &[]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("-X max_memory"), "{}", bad.stderr);
}

/// Run `program` with the address space limited to 3 GB, as `ulimit -v` does.
fn under_ulimit(program: &str) -> super::cli::Run {
    let script = format!(
        "ulimit -v 3000000 && exec '{}' -c \"$0\"",
        env!("CARGO_BIN_EXE_ouro")
    );
    let out = Command::new("sh")
        .args(["-c", &script, program])
        .output()
        .expect("sh runs");
    super::cli::Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

#[test]
fn huge_requests_are_memory_errors_under_ulimit() {
    let program = r#"
print("started")
cases = [
    lambda: "ab" * 10**12,
    lambda: b"ab" * 10**11,
    lambda: bytearray(b"ab") * 10**11,
    lambda: bytes(10**11),
    lambda: bytearray(10**11),
    lambda: (1,) * 2**62,
    lambda: [None] * 10**11,
    lambda: list(range(10**10)),
    lambda: dict.fromkeys(range(10**10)),
    lambda: 1 << 10**12,
    lambda: 7 ** 10**11,
]
for case in cases:
    try:
        case()
        print("no error")
    except MemoryError as e:
        print("MemoryError", repr(e))
l = []
try:
    while True:
        l.append(str(len(l)))
except MemoryError:
    print("filled the memory:", len(l) > 10**6)
del l
print("still running", sum(range(10)))
"#;
    let r = under_ulimit(program);
    let mut expected = String::from("started\n");
    for _ in 0..11 {
        expected.push_str("MemoryError MemoryError()\n");
    }
    expected.push_str("filled the memory: True\nstill running 45\n");
    assert_eq!(r.stdout, expected, "stderr: {}", r.stderr);
    assert_eq!(r.code, 0);
}

/// Run `ouro -c program`, read the first line of its output, then close the pipe (as
/// `ouro big.py | head -1` does) and return its stderr and exit status.
fn read_one_line_then_close(program: &str) -> (String, Option<i32>) {
    let (mut child, stdout, first) = start_reading_first_line(program);
    assert_eq!(first, "0\n");
    drop(stdout);
    let stderr = read_stderr(&mut child);
    (stderr, child.wait().expect("ouro ends").code())
}

#[test]
fn a_closed_output_pipe_is_a_broken_pipe_error() {
    let (err, code) = read_one_line_then_close("for i in range(10**7):\n    print(i)\n");
    assert!(
        err.ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"),
        "{err}"
    );
    assert_eq!(code, Some(1));
    let caught = "import sys\ntry:\n    for i in range(10**7):\n        print(i)\n\
                  except BrokenPipeError as e:\n    sys.stderr.write(f'caught {e.errno}\\n')\n";
    let (err, code) = read_one_line_then_close(caught);
    assert_eq!(err, "caught 32\n");
    assert_eq!(code, Some(0));
}

#[test]
fn a_del_that_drops_a_new_instance_ends_in_recursion_error() {
    // Each __del__ makes an instance that dies inside it: the deaths nest (CPython 3.14's
    // trashcan defers only near the end of the C stack) until the recursion limit, which is
    // reported as unraisable; ouro deferred them round after round forever before.
    let program = "class D:\n    n = 0\n    def __del__(self):\n        D.n += 1\n        D()\n\
                   D()\nprint('after', D.n > 100)\n";
    let r = ouro_with_env(&["-c", program], "", &[]);
    assert_eq!(r.stdout, "after True\n");
    assert!(
        r.stderr
            .starts_with("Exception ignored while calling deallocator <function D.__del__"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .ends_with("RecursionError: maximum recursion depth exceeded\n"),
        "{}",
        r.stderr
    );
    assert_eq!(r.code, 0);
}
