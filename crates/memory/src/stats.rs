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
