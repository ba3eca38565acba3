//! Counters describing the current thread's heap.
//!
//! Invariants: every counter is maintained by the module owning the state it counts (arenas,
//! pools, large blocks, the tracked list) and only read here; all of them are per thread, like
//! the heap itself.

use crate::{allocator, arena, gc_links, pool};

/// A snapshot of the current thread's heap counters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Arenas obtained from the system since the thread started.
    pub arenas_allocated: usize,
    /// Arenas returned to the system since the thread started.
    pub arenas_freed: usize,
    /// Arenas currently held (allocated - freed); includes at most one wholly free arena kept
    /// to avoid thrashing.
    pub arenas_in_use: usize,
    /// Pools with at least one allocated block.
    pub pools_in_use: usize,
    /// Small blocks (objects of at most 512 bytes) currently allocated.
    pub blocks_in_use: usize,
    /// Large blocks (objects over 512 bytes, from the system allocator) currently allocated.
    pub large_in_use: usize,
    /// Container objects currently tracked by the cycle collector (in any generation).
    pub tracked_containers: usize,
}

/// The counters of the current thread's heap.
pub fn heap_stats() -> HeapStats {
    let (arenas_allocated, arenas_freed) = arena::arena_counts();
    let (pools_in_use, blocks_in_use) = pool::pool_counts();
    HeapStats {
        arenas_allocated,
        arenas_freed,
        arenas_in_use: arenas_allocated - arenas_freed,
        pools_in_use,
        blocks_in_use,
        large_in_use: allocator::large_count(),
        tracked_containers: gc_links::tracked_count(),
    }
}

/// The small-object allocator's statistics in the layout of CPython's
/// `sys._debugmallocstats()` (its first two sections: size classes, then arenas and where
/// their bytes go). CPython's arena map and free-list sections have no counterpart here.
pub fn malloc_stats_report() -> String {
    use crate::tunables::{ARENA_SIZE, POOLS_PER_ARENA, POOL_SIZE, SIZE_CLASS_COUNT};
    use core::fmt::Write;

    let mut out = String::new();
    let classes = pool::class_stats();
    let (allocated_total, freed) = arena::arena_counts();
    let arenas = allocated_total - freed;
    let _ = writeln!(
        out,
        "Small block threshold = {}, in {} size classes.\n",
        crate::tunables::SMALL_REQUEST_THRESHOLD,
        SIZE_CLASS_COUNT
    );
    out.push_str("class   size   num pools   blocks in use  avail blocks\n");
    out.push_str("-----   ----   ---------   -------------  ------------\n");
    let (mut allocated_bytes, mut available_bytes) = (0, 0);
    let (mut pools_in_use, mut quantization) = (0, 0);
    for (class, &(size, pools, in_use, avail)) in classes.iter().enumerate() {
        if pools == 0 {
            continue;
        }
        let _ = writeln!(out, "{class:5} {size:6} {pools:11} {in_use:15} {avail:13}");
        allocated_bytes += in_use * size;
        available_bytes += avail * size;
        pools_in_use += pools;
        quantization += pools * ((POOL_SIZE - pool::POOL_HEADER_BYTES) % size);
    }
    out.push('\n');
    print_one(&mut out, "# arenas allocated total", allocated_total);
    print_one(&mut out, "# arenas reclaimed", freed);
    print_one(
        &mut out,
        "# arenas highwater mark",
        arena::arena_highwater(),
    );
    print_one(&mut out, "# arenas allocated current", arenas);
    print_one(
        &mut out,
        &format!("{arenas} arenas * {ARENA_SIZE} bytes/arena"),
        arenas * ARENA_SIZE,
    );
    out.push('\n');
    let unused_pools = arenas * POOLS_PER_ARENA - pools_in_use;
    let header_bytes = pools_in_use * pool::POOL_HEADER_BYTES;
    let mut total = 0;
    total += print_one(&mut out, "# bytes in allocated blocks", allocated_bytes);
    total += print_one(&mut out, "# bytes in available blocks", available_bytes);
    total += print_one(
        &mut out,
        &format!("{unused_pools} unused pools * {POOL_SIZE} bytes"),
        unused_pools * POOL_SIZE,
    );
    total += print_one(&mut out, "# bytes lost to pool headers", header_bytes);
    total += print_one(&mut out, "# bytes lost to quantization", quantization);
    // Arenas are mapped with room to align them, outside the arena: nothing inside is lost.
    total += print_one(&mut out, "# bytes lost to arena alignment", 0);
    print_one(&mut out, "Total", total);
    out
}

/// One `label = value` line as CPython's `printone`: the label padded to 35 columns, the
/// value with thousands separators right-aligned in 21.
fn print_one(out: &mut String, label: &str, value: usize) -> usize {
    let digits = value.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    out.push_str(&format!("{label:<35}={grouped:>21}\n"));
    value
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_report_adds_up_to_the_arenas() {
        let keep: Vec<crate::Obj> = (0..100)
            .map(|i| crate::test_payloads::obj(crate::test_payloads::Int(i)))
            .collect();
        let report = super::malloc_stats_report();
        assert!(report.starts_with("Small block threshold = 512, in 32 size classes.\n\n"));
        let value = |label: &str| -> usize {
            let line = report
                .lines()
                .find(|l| l.starts_with(label))
                .unwrap_or_else(|| panic!("no {label} line in {report}"));
            line.split('=')
                .nth(1)
                .map_or(0, |v| v.trim().replace(',', "").parse().unwrap_or(0))
        };
        let arenas = value("# arenas allocated current");
        assert!(arenas >= 1);
        assert_eq!(value("Total"), arenas * crate::tunables::ARENA_SIZE);
        assert!(
            report.contains("    1     32 "),
            "the 32-byte class is listed:\n{report}"
        );
        let mut out = String::new();
        super::print_one(&mut out, "x", 1_234_567);
        assert_eq!(out, format!("{:<35}={:>21}\n", "x", "1,234,567"));
        drop(keep);
    }
}
