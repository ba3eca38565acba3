//! Golden-output test: every `tests/golden/<topic>/<case>.py` run by ouro must
//! produce exactly the snapshot `tests/golden/<topic>/snapshots/<case>.snap`
//! (CPython 3.14's stdout, stderr and exit status, see tests/README.md).
//!
//! All scripts are run and compared in one go; each mismatch is reported by
//! insta (with a diff) and the test fails at the end if any script differed.
//! With `CI=true` insta writes no `.snap.new` files.
//!
//! Expected failures: a script named in `tests/golden/expected_failures.txt` is known not to
//! match its (CPython) snapshot yet, because the feature it tests is still to be built (the
//! list names the issue). It is run like every script but compared here, not by insta (no diff,
//! no `.snap.new`), and counted apart. The list is strict: a listed script whose output now
//! matches fails the test until its line is removed, so an entry can never hide a regression.

use std::cell::Cell;
use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Once;
use std::time::Duration;

use super::{
    case_name, discover, heavy_lock, parallel_map, remove_scratch_dir_if_empty, render, repo_root,
    run_ouro, snapshot_file,
};

/// Per-script timeout; override with `GOLDEN_TIMEOUT=<seconds>`. Generous because the tests
/// run a debug build, whose collector verifies the whole heap after every collection.
fn timeout() -> Duration {
    let secs = std::env::var("GOLDEN_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(30.0);
    Duration::from_secs_f64(secs)
}

thread_local! {
    /// Set while an insta assertion runs: its panic message only repeats the
    /// diff insta has already printed, so the panic hook stays silent.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// The scripts an exemption list in tests/golden/ names (one path per line, `#` reasons).
fn exemption_list(file: &str) -> Vec<String> {
    std::fs::read_to_string(repo_root().join("tests/golden").join(file))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| format!("tests/golden/{l}"))
        .collect()
}

/// GC stress runs (`OURO_GC_STRESS=N`, inherited by every ouro the harness starts): the N, and
/// the scripts `tests/golden/gc_stress_exempt.txt` excludes (each with its reason there).
fn gc_stress_exemptions() -> Option<(String, Vec<String>)> {
    let n = std::env::var("OURO_GC_STRESS").ok()?;
    Some((n, exemption_list("gc_stress_exempt.txt")))
}

/// The body of a `.snap` file: what follows its `---` front matter, without the final newline
/// (read as `snapshot_body` in tests/golden-tool reads it).
fn snapshot_body(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    if lines.first()?.trim_end() != "---" {
        return None;
    }
    let end = 1 + lines[1..].iter().position(|l| l.trim_end() == "---")?;
    let mut body = lines[end + 1..].join("\n");
    if body.ends_with('\n') {
        body.pop();
    }
    Some(body)
}

#[test]
fn golden() {
    let expected_failures = exemption_list("expected_failures.txt");
    for x in &expected_failures {
        assert!(
            repo_root().join(x).is_file(),
            "tests/golden/expected_failures.txt names {x}, which does not exist"
        );
    }
    let mut scripts = discover();
    let stress = gc_stress_exemptions();
    if let Some((n, exempt)) = &stress {
        scripts.retain(|s| !exempt.contains(s));
        eprintln!(
            "golden: GC stress mode, a full collection every {n} container allocations ({} scripts exempt)",
            exempt.len()
        );
    }
    if std::env::var_os("OURO_SANITIZE").is_some() {
        // tests/sanitize: an AddressSanitizer build, whose bigger native frames change where
        // the native-stack guards stop (each exemption's reason is in the file).
        let exempt = exemption_list("sanitize_exempt.txt");
        scripts.retain(|s| !exempt.contains(s));
        eprintln!("golden: sanitizer run ({} scripts exempt)", exempt.len());
    }
    assert!(
        !scripts.is_empty(),
        "no golden scripts found (GOLDEN_FILTER={:?})",
        super::filter()
    );
    let timeout = timeout();
    let bodies = {
        let _guard = heavy_lock();
        let bodies = parallel_map(&scripts, |script| {
            render(&run_ouro(Path::new(script), timeout))
        });
        remove_scratch_dir_if_empty();
        bodies
    };

    install_quiet_hook();
    let root = repo_root();
    let mut failed = Vec::new();
    let mut still_failing = Vec::new();
    let mut now_passing = Vec::new();
    for (script, body) in scripts.iter().zip(bodies) {
        let snap = snapshot_file(script);
        if expected_failures.contains(script) {
            let stored = std::fs::read_to_string(snap.as_path())
                .ok()
                .and_then(|text| snapshot_body(&text));
            if stored.as_deref() == Some(body.as_str()) {
                now_passing.push(script.clone());
            } else {
                still_failing.push(script.clone());
            }
            continue;
        }
        let snap_dir = snap.parent().expect("snapshot dir").to_path_buf();
        let name = case_name(script);
        QUIET.with(|q| q.set(true));
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            insta::with_settings!({
                snapshot_path => snap_dir,
                prepend_module_to_snapshot => false,
                input_file => root.join(script),
                omit_expression => true,
            }, {
                insta::assert_snapshot!(name.as_str(), body);
            });
        }));
        QUIET.with(|q| q.set(false));
        if result.is_err() {
            failed.push(script.clone());
        }
    }

    let passed = scripts.len() - failed.len() - still_failing.len() - now_passing.len();
    let mut err = std::io::stderr().lock();
    if !failed.is_empty() {
        let _ = writeln!(err, "\ngolden: these scripts differ from their snapshots:");
        for f in &failed {
            let _ = writeln!(err, "  {f}");
        }
    }
    if !now_passing.is_empty() {
        let _ = writeln!(
            err,
            "\ngolden: these scripts now match their snapshots: remove them from \
             tests/golden/expected_failures.txt"
        );
        for f in &now_passing {
            let _ = writeln!(err, "  {f}");
        }
    }
    // Written past libtest's output capture so the summary is always visible.
    if !still_failing.is_empty() {
        let _ = writeln!(
            err,
            "golden: {} expected to fail (tests/golden/expected_failures.txt): {}",
            still_failing.len(),
            still_failing.join(", ")
        );
    }
    let _ = writeln!(
        err,
        "golden: {passed} passed, {} failed",
        failed.len() + now_passing.len()
    );
    drop(err);
    assert!(
        failed.is_empty(),
        "golden: {} of {} scripts differ from their snapshots",
        failed.len(),
        scripts.len()
    );
    assert!(
        now_passing.is_empty(),
        "golden: {} scripts listed in tests/golden/expected_failures.txt now pass",
        now_passing.len()
    );
}
