//! No-panic test: ouro must never crash on broken input. Every golden script
//! is cut at ~20 byte offsets spread over the file (on char boundaries), each
//! prefix is written to a scratch file and run by ouro with a short timeout.
//!
//! A run passes when it exits with status 0 or 1 (or the status the complete
//! script exits with, per its snapshot, e.g. `sys.exit(3)` as the last line)
//! and its stderr shows no Rust panic. Timeouts and runaway output are
//! acceptable (a truncated loop may never end) and only counted.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use super::{
    discover, heavy_lock, parallel_map, remove_scratch_dir_if_empty, repo_root, run_ouro,
    scratch_dir, snapshot_file, Exit,
};

const CUTS_PER_SCRIPT: usize = 20;
const TIMEOUT: Duration = Duration::from_secs(2);
/// What a Rust panic prints: the default hook's words, or ouro's own panic hook
/// ("ouro: internal error at ...").
const PANIC_MARKERS: [&str; 4] = [
    "panicked at",
    "RUST_BACKTRACE",
    "thread 'main'",
    "ouro: internal error",
];

/// Byte offsets in `0..len` (never the whole file), moved back to char boundaries.
fn cut_points(text: &[u8]) -> Vec<usize> {
    let len = text.len();
    let mut cuts: Vec<usize> = if len <= CUTS_PER_SCRIPT {
        (0..len).collect()
    } else {
        (0..CUTS_PER_SCRIPT)
            .map(|i| i * len / CUTS_PER_SCRIPT)
            .collect()
    };
    if let Ok(s) = std::str::from_utf8(text) {
        for c in &mut cuts {
            while !s.is_char_boundary(*c) {
                *c -= 1;
            }
        }
    }
    cuts.dedup();
    cuts
}

/// The exit status the complete script has per its snapshot (`--- exit: N ---`).
fn expected_exit(script: &str) -> Option<i32> {
    let snap = fs::read_to_string(snapshot_file(script)).ok()?;
    let line = snap.lines().rev().find(|l| l.starts_with("--- exit: "))?;
    line.trim_start_matches("--- exit: ")
        .trim_end_matches(" ---")
        .parse()
        .ok()
}

struct Job {
    script: String,
    cut: usize,
    file: PathBuf,
    allowed: Vec<i32>,
}

enum Verdict {
    Ok,
    Slow(String),
    Crash(String),
}

#[test]
fn no_panic_on_truncated_scripts() {
    let scripts = discover();
    let root = repo_root();
    let dir = scratch_dir().join("truncated");
    fs::create_dir_all(&dir).expect("create truncation dir");

    let mut jobs = Vec::new();
    for (n, script) in scripts.iter().enumerate() {
        let text = fs::read(root.join(script)).expect("read golden script");
        let mut allowed = vec![0, 1];
        allowed.extend(expected_exit(script));
        for cut in cut_points(&text) {
            // Unique names so no truncated file shadows a module of another.
            let file = dir.join(format!("trunc_{n:04}_{cut:06}.py"));
            fs::write(&file, &text[..cut]).expect("write truncated script");
            jobs.push(Job {
                script: script.clone(),
                cut,
                file,
                allowed: allowed.clone(),
            });
        }
    }

    let verdicts = {
        let _guard = heavy_lock();
        let verdicts = parallel_map(&jobs, |job| {
            let out = run_ouro(&job.file, TIMEOUT);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let verdict = if let Some(m) = PANIC_MARKERS.iter().find(|m| stderr.contains(**m)) {
                Verdict::Crash(format!("stderr contains {m:?}"))
            } else {
                match out.exit {
                    Exit::Code(c) if job.allowed.contains(&c) => Verdict::Ok,
                    Exit::Timeout(_) | Exit::OutputLimit => Verdict::Slow(out.exit.describe()),
                    ref e => Verdict::Crash(format!("exit status {}", e.describe())),
                }
            };
            let tail = if let Verdict::Crash(_) = verdict {
                let tail: Vec<&str> = stderr.lines().rev().take(8).collect();
                tail.into_iter().rev().collect::<Vec<_>>().join("\n    ")
            } else {
                let _ = fs::remove_file(&job.file);
                String::new()
            };
            (verdict, tail, out.elapsed)
        });
        // Only the files of crashed runs are left: they are kept for reproduction.
        let _ = fs::remove_dir(&dir);
        remove_scratch_dir_if_empty();
        verdicts
    };

    let mut passed = 0;
    let mut slow = Vec::new();
    let mut crashes = Vec::new();
    let mut time_per_script: BTreeMap<&str, Duration> = BTreeMap::new();
    for (job, (verdict, tail, elapsed)) in jobs.iter().zip(verdicts) {
        *time_per_script.entry(job.script.as_str()).or_default() += elapsed;
        match verdict {
            Verdict::Ok => passed += 1,
            Verdict::Slow(why) => {
                passed += 1;
                slow.push(format!("{} cut at byte {}: {why}", job.script, job.cut));
            }
            Verdict::Crash(why) => crashes.push(format!(
                "{} cut at byte {} ({}): {why}\n    {tail}",
                job.script,
                job.cut,
                job.file.display()
            )),
        }
    }

    let mut err = std::io::stderr().lock();
    if !slow.is_empty() {
        let _ = writeln!(
            err,
            "\nno_panic: {} runs stopped by the {:?} timeout or output limit (accepted):",
            slow.len(),
            TIMEOUT
        );
        for s in &slow {
            let _ = writeln!(err, "  {s}");
        }
    }
    if !crashes.is_empty() {
        let _ = writeln!(
            err,
            "\nno_panic: crashes (the truncated files are kept for reproduction):"
        );
        for c in &crashes {
            let _ = writeln!(err, "  {c}");
        }
    }
    let mut slowest: Vec<(&str, Duration)> = time_per_script.into_iter().collect();
    slowest.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    let slowest: Vec<String> = slowest
        .iter()
        .take(5)
        .map(|(s, d)| format!("{} {:.1}s", &s["tests/golden/".len()..], d.as_secs_f64()))
        .collect();
    let _ = writeln!(
        err,
        "no_panic: slowest scripts (all cuts): {}",
        slowest.join(", ")
    );
    let _ = writeln!(
        err,
        "no_panic: {} runs over {} scripts, {} timed out (accepted)\nno_panic: {passed} passed, {} failed",
        jobs.len(),
        scripts.len(),
        slow.len(),
        crashes.len()
    );
    drop(err);
    assert!(
        crashes.is_empty(),
        "no_panic: {} truncated scripts crashed ouro",
        crashes.len()
    );
}
