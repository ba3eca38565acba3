//! `gc.set_debug` output, which golden scripts cannot pin (it holds addresses, heap-dependent
//! counts and timings): its shape must be CPython 3.14.2's, line by line.

use super::cli::ouro_with_env;

const SCRIPT: &str = "\
import gc
class Node: pass
gc.collect()
a = Node(); a.me = a
del a
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
print(gc.collect())
gc.set_debug(0)
";

/// `gc: objects in each generation: 1 191 0` and the like: three counts.
fn is_counts(line: &str, prefix: &str, n: usize) -> bool {
    line.strip_prefix(prefix).is_some_and(|rest| {
        let counts: Vec<&str> = rest.split(' ').collect();
        counts.len() == n && counts.iter().all(|c| c.parse::<usize>().is_ok())
    })
}

#[test]
fn debug_stats_and_collectable_print_cpythons_lines() {
    let run = ouro_with_env(&["-"], SCRIPT, &[]);
    assert_eq!(run.stdout, "1\n");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 5, "stderr: {}", run.stderr);
    assert_eq!(lines[0], "gc: collecting generation 2...");
    assert!(
        is_counts(lines[1], "gc: objects in each generation: ", 3),
        "{}",
        lines[1]
    );
    assert!(
        is_counts(lines[2], "gc: objects in permanent generation: ", 1),
        "{}",
        lines[2]
    );
    let collectable = lines[3]
        .strip_prefix("gc: collectable <Node 0x")
        .and_then(|rest| rest.strip_suffix('>'))
        .expect("gc: collectable <Node 0x...>");
    assert!(u64::from_str_radix(collectable, 16).is_ok(), "{}", lines[3]);
    let done = lines[4]
        .strip_prefix("gc: done, 1 unreachable, 0 uncollectable, ")
        .and_then(|rest| rest.strip_suffix("s elapsed"))
        .expect("gc: done, ... elapsed");
    let (whole, decimals) = done.split_once('.').expect("a decimal number");
    assert!(
        whole.parse::<u64>().is_ok() && decimals.len() == 4,
        "{}",
        lines[4]
    );
    assert_eq!(run.code, 0);
}
