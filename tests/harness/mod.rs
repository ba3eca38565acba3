//! Shared pieces of the golden harness: discovery of the golden scripts,
//! running the `ouro` binary with a timeout, and rendering a run into the
//! snapshot body.
//!
//! The body format MUST stay byte-for-byte identical to `render` in
//! `tests/golden-tool` (the Python tool that writes the snapshots from
//! CPython 3.14):
//!
//! ```text
//! --- stdout ---
//! <stdout>
//! --- stderr ---
//! <stderr>
//! --- exit: <status> ---
//! ```
//!
//! * A stream that does not end with `\n` gets the flag
//!   `(no newline at end)` in its header and a `\n` appended.
//! * A stream holding bytes a `.snap` file cannot keep exactly (invalid UTF-8,
//!   `\r`, other control characters except `\t` and `\n`, U+2028/U+2029) is
//!   written escaped, flagged `(escaped)`: `\\` for a backslash, `\r`,
//!   `\uXXXX` for the other characters, `\xNN` for undecodable bytes.
//!   Both flags together read `(escaped, no newline at end)`.
//! * Every occurrence of `<repo root>/` in both streams is removed, so the
//!   absolute paths CPython prints (tracebacks, `__file__`) read
//!   `tests/golden/<topic>/<case>.py`.
//!
//! The body never ends in whitespace and never contains `\r`, so insta's
//! normalisation (trailing whitespace trimmed, CRLF -> LF) leaves it intact
//! and its comparison is exact.

pub mod cli;
pub mod gc_debug;
pub mod golden;
pub mod limits;
pub mod no_panic;
pub mod repl;
pub mod sizes;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

/// Both tests spawn two ouro processes at a time; this lock keeps them from
/// running at the same time on the 2-core machines.
static HEAVY: Mutex<()> = Mutex::new(());

pub fn heavy_lock() -> MutexGuard<'static, ()> {
    HEAVY.lock().unwrap_or_else(|e| e.into_inner())
}

/// Number of worker threads spawning ouro processes.
pub const WORKERS: usize = 2;

/// Output larger than this (per stream) stops the run (runaway loops).
const OUTPUT_LIMIT: u64 = 64 << 20;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn ouro_bin() -> &'static str {
    env!("CARGO_BIN_EXE_ouro")
}

/// `GOLDEN_FILTER`: a substring of the script path relative to tests/golden/.
pub fn filter() -> Option<String> {
    std::env::var("GOLDEN_FILTER")
        .ok()
        .filter(|f| !f.is_empty())
}

/// Sorted golden scripts as paths relative to the repo root (`/` separators),
/// e.g. `tests/golden/exceptions/uncaught.py`. Files and directories whose
/// name starts with `_` or `.` (helper modules) and `snapshots` directories
/// are skipped, exactly as in `tests/golden-tool`.
pub fn discover() -> Vec<String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('_') || name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let child = format!("{rel}/{name}");
            if path.is_dir() {
                if name != "snapshots" {
                    walk(&path, &child, out);
                }
            } else if name.ends_with(".py") {
                out.push(child);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repo_root().join("tests/golden"), "tests/golden", &mut out);
    out.sort();
    if let Some(f) = filter() {
        out.retain(|s| s["tests/golden/".len()..].contains(f.as_str()));
    }
    out
}

/// `tests/golden/<topic>/snapshots/<case>.snap` for `tests/golden/<topic>/<case>.py`.
pub fn snapshot_file(script: &str) -> PathBuf {
    let p = repo_root().join(script);
    let dir = p
        .parent()
        .expect("script has a directory")
        .join("snapshots");
    dir.join(format!("{}.snap", case_name(script)))
}

pub fn case_name(script: &str) -> String {
    Path::new(script)
        .file_stem()
        .expect("script has a name")
        .to_string_lossy()
        .into_owned()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    Timeout(Duration),
    OutputLimit,
}

impl Exit {
    pub fn describe(&self) -> String {
        match self {
            Exit::Code(c) => c.to_string(),
            Exit::Signal(s) => format!("killed by signal {s}"),
            Exit::Timeout(d) => format!("timeout after {} s", d.as_secs_f64()),
            Exit::OutputLimit => format!("killed: output over {OUTPUT_LIMIT} bytes"),
        }
    }
}

pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit: Exit,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A private scratch directory of this test process (under the system temp dir).
pub fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ouro-tests-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Removes the scratch directory if it is empty (call while holding
/// `heavy_lock`, so no other test is using it).
pub fn remove_scratch_dir_if_empty() {
    let dir = std::env::temp_dir().join(format!("ouro-tests-{}", std::process::id()));
    let _ = fs::remove_dir(dir);
}

/// Runs `ouro <script>` with cwd = repo root, stdin null, and the timeout.
/// stdout/stderr go to scratch files (no pipe deadlocks, size-checked).
pub fn run_ouro(script: &Path, timeout: Duration) -> Outcome {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = scratch_dir();
    let out_path = dir.join(format!("run-{n}.stdout"));
    let err_path = dir.join(format!("run-{n}.stderr"));
    let out_file = File::create(&out_path).expect("create stdout file");
    let err_file = File::create(&err_path).expect("create stderr file");
    let mut child = Command::new(ouro_bin())
        .arg(script)
        .current_dir(repo_root())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::from(out_file))
        .stderr(Stdio::from(err_file))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", ouro_bin()));
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let exit = loop {
        match child.try_wait().expect("wait for ouro") {
            Some(status) => break exit_of(status),
            None => {
                let too_big = [&out_path, &err_path].iter().any(|p| {
                    fs::metadata(p)
                        .map(|m| m.len() > OUTPUT_LIMIT)
                        .unwrap_or(false)
                });
                let expired = start.elapsed() >= timeout;
                if too_big || expired {
                    let _ = child.kill();
                    let _ = child.wait();
                    break if too_big {
                        Exit::OutputLimit
                    } else {
                        Exit::Timeout(timeout)
                    };
                }
                // Poll finely at first: most runs end within milliseconds.
                thread::sleep(pause);
                if start.elapsed() > Duration::from_millis(200) {
                    pause = Duration::from_millis(10);
                }
            }
        }
    };
    let elapsed = start.elapsed();
    let stdout = fs::read(&out_path).unwrap_or_default();
    let stderr = fs::read(&err_path).unwrap_or_default();
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&err_path);
    Outcome {
        stdout,
        stderr,
        exit,
        elapsed,
    }
}

#[cfg(unix)]
fn exit_of(status: std::process::ExitStatus) -> Exit {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => Exit::Code(c),
        // An uncaught KeyboardInterrupt ends CPython (and ouro) by SIGINT's default action;
        // shells and the CPython oracle report that as 130.
        (None, Some(2)) => Exit::Code(130),
        (None, Some(s)) => Exit::Signal(s),
        (None, None) => Exit::Signal(-1),
    }
}

#[cfg(not(unix))]
fn exit_of(status: std::process::ExitStatus) -> Exit {
    Exit::Code(status.code().unwrap_or(-1))
}

/// Runs `job` over `items` on `WORKERS` threads; results keep the input order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], job: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                let r = job(&items[i]);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every job ran"))
        .collect()
}

// ---------------------------------------------------------------------------
// rendering (keep identical to tests/golden-tool)

/// Removes every `<repo root>/` (as given and canonicalised) from `data`.
pub fn normalize_root(data: &[u8]) -> Vec<u8> {
    let root = repo_root();
    let mut prefixes = vec![format!("{}/", root.display())];
    if let Ok(real) = root.canonicalize() {
        prefixes.push(format!("{}/", real.display()));
    }
    prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    prefixes.dedup();
    let mut data = data.to_vec();
    for p in prefixes {
        data = replace_all(&data, p.as_bytes());
    }
    data
}

fn replace_all(data: &[u8], pat: &[u8]) -> Vec<u8> {
    if pat.is_empty() || data.len() < pat.len() {
        return data.to_vec();
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(pat) {
            i += pat.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

fn escape_needed(c: char) -> bool {
    let o = c as u32;
    (o < 0x20 && c != '\t' && c != '\n') || (0x7f..=0x9f).contains(&o) || o == 0x2028 || o == 0x2029
}

/// bytes -> (text, escaped); see the module docs.
fn encode_stream(data: &[u8]) -> (String, bool) {
    if let Ok(s) = std::str::from_utf8(data) {
        if !s.chars().any(escape_needed) {
            return (s.to_string(), false);
        }
    }
    let mut out = String::new();
    let mut rest = data;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                escape_into(&mut out, s);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                escape_into(&mut out, std::str::from_utf8(valid).expect("valid prefix"));
                let bad = e.error_len().unwrap_or(after.len());
                for b in &after[..bad] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                rest = &after[bad..];
            }
        }
    }
    (out, true)
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\r' => out.push_str("\\r"),
            c if escape_needed(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
}

fn section(name: &str, data: &[u8]) -> String {
    let (mut text, escaped) = encode_stream(data);
    let mut flags = Vec::new();
    if escaped {
        flags.push("escaped");
    }
    if !text.is_empty() && !text.ends_with('\n') {
        flags.push("no newline at end");
        text.push('\n');
    }
    let head = if flags.is_empty() {
        format!("--- {name} ---")
    } else {
        format!("--- {name} ({}) ---", flags.join(", "))
    };
    format!("{head}\n{text}")
}

/// The snapshot body of one run.
pub fn render(outcome: &Outcome) -> String {
    format!(
        "{}{}--- exit: {} ---",
        section("stdout", &normalize_root(&outcome.stdout)),
        section("stderr", &normalize_root(&outcome.stderr)),
        outcome.exit.describe()
    )
}

#[test]
fn render_matches_the_tool_format() {
    let o = Outcome {
        stdout: b"a\\b\r\n\x01\xffend".to_vec(),
        stderr: b"err\n".to_vec(),
        exit: Exit::Code(1),
        elapsed: Duration::ZERO,
    };
    assert_eq!(
        render(&o),
        "--- stdout (escaped, no newline at end) ---\na\\\\b\\r\n\\u0001\\xffend\n\
         --- stderr ---\nerr\n--- exit: 1 ---"
    );
    let empty = Outcome {
        stdout: Vec::new(),
        stderr: Vec::new(),
        exit: Exit::Code(0),
        elapsed: Duration::ZERO,
    };
    assert_eq!(
        render(&empty),
        "--- stdout ---\n--- stderr ---\n--- exit: 0 ---"
    );
}
