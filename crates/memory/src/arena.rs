//! Arenas: the 1 MiB chunks of memory asked of the system allocator and carved into pools.
//!
//! Invariants (CPython's `obmalloc.c` arena management):
//! - an arena's memory is `ARENA_SIZE` bytes aligned to `POOL_SIZE`, so it holds exactly
//!   `POOLS_PER_ARENA` pools and the pool of any block is found by masking the block's address;
//! - its pools are, in order of address, first the ones handed out at least once (indices
//!   `< carved`), then the untouched ones; a handed-out pool is either in use (owned by the
//!   `pool` module) or empty and on the arena's `empty_pools` list;
//! - `free_pools` = empty pools + untouched pools;
//! - the *usable* list holds exactly the arenas with `free_pools > 0`, sorted by `free_pools`
//!   ascending, so pools are taken from the most used arena first and lightly used arenas get a
//!   chance to empty completely and be returned to the system;
//! - `last_with_free[n]` is the last arena of the usable list with `free_pools == n`, or null if
//!   there is none (CPython's `nfp2lasta`), so re-sorting after a pool is freed is O(1);
//! - an arena whose pools are all free is returned to the system, except when it is the last
//!   of the usable list (CPython's bpo-37257 rule: a loop that allocates and frees one object
//!   would otherwise map and unmap an arena on every iteration). So at most one wholly free arena
//!   is kept.
//!
//! Arena bookkeeping (`Arena`) lives in a separate small allocation rather than in CPython's
//! array of arena objects; all of it is reached through raw pointers kept in a thread-local
//! with no destructor (arenas still in use at thread exit are leaked).

use core::cell::Cell;
use core::ptr::{self, NonNull};
use std::alloc::{self, Layout};

use crate::os_pages::{self, ArenaMapping};
use crate::tunables::{ARENA_SIZE, POOLS_PER_ARENA, POOL_SIZE};

/// Bookkeeping for one arena.
pub(crate) struct Arena {
    /// The arena's memory: `ARENA_SIZE` bytes aligned to `POOL_SIZE`, mapped from the OS.
    memory: ArenaMapping,
    /// Number of pools handed out at least once (the next untouched pool's index).
    carved: usize,
    /// Empty pools, linked through their first word.
    empty_pools: *mut EmptyPool,
    /// Empty plus untouched pools.
    free_pools: usize,
    /// Neighbours in the usable list (null at its ends, and when not in it).
    next: *mut Arena,
    prev: *mut Arena,
}

/// What the first word of an empty pool holds.
struct EmptyPool {
    next: *mut EmptyPool,
}

struct Arenas {
    /// Head of the usable list (fewest free pools first).
    usable: Cell<*mut Arena>,
    last_with_free: [Cell<*mut Arena>; POOLS_PER_ARENA + 1],
    allocated: Cell<usize>,
    freed: Cell<usize>,
    /// The most arenas in use at once.
    highwater: Cell<usize>,
}

thread_local! {
    static ARENAS: Arenas = const {
        Arenas {
            usable: Cell::new(ptr::null_mut()),
            last_with_free: [const { Cell::new(ptr::null_mut()) }; POOLS_PER_ARENA + 1],
            allocated: Cell::new(0),
            freed: Cell::new(0),
            highwater: Cell::new(0),
        }
    };
}

const ARENA_LAYOUT: Layout = match Layout::from_size_align(ARENA_SIZE, POOL_SIZE) {
    Ok(layout) => layout,
    Err(_) => panic!("invalid arena layout"),
};

/// Hand out an empty pool (`POOL_SIZE` bytes, `POOL_SIZE`-aligned) and the arena it belongs to,
/// taken from the most used arena that has one; a new arena is allocated when none has.
pub(crate) fn take_pool() -> (NonNull<u8>, NonNull<Arena>) {
    ARENAS.with(|arenas| {
        let mut arena = arenas.usable.get();
        if arena.is_null() {
            arena = new_arena(arenas);
        }
        // SAFETY: `arena` is the head of the usable list, a live `Arena` with a free pool; the
        // arenas module is the only code touching `Arena`s and holds no other reference now.
        let a = unsafe { &mut *arena };
        let free = a.free_pools;
        debug_assert!(free > 0);
        // The head has the fewest free pools: after taking one it is still the first.
        if arenas.last_with_free[free].get() == arena {
            arenas.last_with_free[free].set(ptr::null_mut());
        }
        if free > 1 {
            debug_assert!(arenas.last_with_free[free - 1].get().is_null());
            arenas.last_with_free[free - 1].set(arena);
        }
        let pool = if let Some(empty) = NonNull::new(a.empty_pools) {
            // SAFETY: pools on `empty_pools` start with the `EmptyPool` link written by
            // `give_back_pool`.
            a.empty_pools = unsafe { empty.as_ref() }.next;
            empty.cast::<u8>()
        } else {
            debug_assert!(a.carved < POOLS_PER_ARENA);
            // SAFETY: `carved < POOLS_PER_ARENA` (an arena with no empty pool has untouched
            // ones), so the pool lies inside the arena's memory.
            let pool = unsafe { a.memory.base.add(a.carved * POOL_SIZE) };
            a.carved += 1;
            pool
        };
        a.free_pools = free - 1;
        if a.free_pools == 0 {
            // Wholly allocated: leaves the usable list.
            arenas.usable.set(a.next);
            if let Some(mut next) = NonNull::new(a.next) {
                // SAFETY: a list neighbour is a live arena, distinct from `a`.
                unsafe { next.as_mut() }.prev = ptr::null_mut();
            }
            a.next = ptr::null_mut();
        }
        // SAFETY: `arena` came from `Box::into_raw`, so it is non-null.
        (pool, unsafe { NonNull::new_unchecked(arena) })
    })
}

/// Take back a pool whose blocks are all free, returning its arena to the system when that
/// makes the whole arena free (see the module doc for the one exception).
///
/// # Safety
/// `pool` was handed out by [`take_pool`] together with `arena`, and nothing uses its memory any
/// more.
pub(crate) unsafe fn give_back_pool(pool: NonNull<u8>, arena: NonNull<Arena>) {
    ARENAS.with(|arenas| {
        let arena = arena.as_ptr();
        // SAFETY: the caller hands back a pool of a live arena; no other reference to the
        // `Arena` exists while this module runs.
        let a = unsafe { &mut *arena };
        let pool = pool.cast::<EmptyPool>();
        // SAFETY: the pool's memory is unused (caller) and pool-aligned, so it can hold the link.
        unsafe {
            pool.write(EmptyPool {
                next: a.empty_pools,
            })
        };
        a.empty_pools = pool.as_ptr();

        let old_free = a.free_pools;
        // If `a` was the last arena with `old_free` free pools, its predecessor may be now.
        let last_old = arenas.last_with_free[old_free].get();
        if last_old == arena {
            let prev = a.prev;
            // SAFETY: a list neighbour is a live arena.
            let prev_has_old = !prev.is_null() && unsafe { (*prev).free_pools } == old_free;
            arenas.last_with_free[old_free].set(if prev_has_old { prev } else { ptr::null_mut() });
        }
        let free = old_free + 1;
        a.free_pools = free;

        if free == POOLS_PER_ARENA && !a.next.is_null() {
            // Wholly free and not the last usable arena: return it to the system.
            unlink(arenas, a);
            free_arena(arenas, arena);
            return;
        }
        if free == 1 {
            // It was full, so not in the usable list: it goes first (fewest free pools).
            a.prev = ptr::null_mut();
            a.next = arenas.usable.get();
            if let Some(mut next) = NonNull::new(a.next) {
                // SAFETY: a list neighbour is a live arena, distinct from `a`.
                unsafe { next.as_mut() }.prev = arena;
            }
            arenas.usable.set(arena);
            if arenas.last_with_free[1].get().is_null() {
                arenas.last_with_free[1].set(arena);
            }
            return;
        }
        if arenas.last_with_free[free].get().is_null() {
            arenas.last_with_free[free].set(arena);
        }
        if last_old == arena {
            // It was the last with `old_free`: the list is still sorted.
            return;
        }
        // Move `a` right, after the last arena that had `old_free` free pools.
        debug_assert!(!last_old.is_null() && !a.next.is_null());
        unlink(arenas, a);
        // SAFETY: `last_old` is a live arena of the usable list, distinct from `a`.
        let after = unsafe { &mut *last_old };
        a.prev = last_old;
        a.next = after.next;
        if let Some(mut next) = NonNull::new(after.next) {
            // SAFETY: a list neighbour is a live arena, distinct from `a` and `after`.
            unsafe { next.as_mut() }.prev = arena;
        }
        after.next = arena;
    })
}

/// Remove `a` from the usable list.
fn unlink(arenas: &Arenas, a: &mut Arena) {
    if a.prev.is_null() {
        arenas.usable.set(a.next);
    } else {
        // SAFETY: a list neighbour is a live arena, distinct from `a`.
        unsafe { (*a.prev).next = a.next };
    }
    if !a.next.is_null() {
        // SAFETY: as above.
        unsafe { (*a.next).prev = a.prev };
    }
    a.prev = ptr::null_mut();
    a.next = ptr::null_mut();
}

fn new_arena(arenas: &Arenas) -> *mut Arena {
    let memory = match os_pages::map_arena() {
        Some(memory) => memory,
        // Out of memory: give the emergency reserve back and try once more.
        None if crate::heap_limit::release_reserve(ARENA_SIZE) => match os_pages::map_arena() {
            Some(memory) => memory,
            None => alloc::handle_alloc_error(ARENA_LAYOUT),
        },
        None => alloc::handle_alloc_error(ARENA_LAYOUT),
    };
    let arena = Box::into_raw(Box::new(Arena {
        memory,
        carved: 0,
        empty_pools: ptr::null_mut(),
        free_pools: POOLS_PER_ARENA,
        next: ptr::null_mut(),
        prev: ptr::null_mut(),
    }));
    debug_assert!(arenas.usable.get().is_null());
    debug_assert!(arenas.last_with_free[POOLS_PER_ARENA].get().is_null());
    arenas.usable.set(arena);
    arenas.last_with_free[POOLS_PER_ARENA].set(arena);
    arenas.allocated.set(arenas.allocated.get() + 1);
    let in_use = arenas.allocated.get() - arenas.freed.get();
    arenas.highwater.set(arenas.highwater.get().max(in_use));
    arena
}

/// Return an arena's memory and bookkeeping to the system.
fn free_arena(arenas: &Arenas, arena: *mut Arena) {
    // SAFETY: `arena` came from `Box::into_raw` in `new_arena`, is out of every list, and no
    // pointer to it or into its pools is used again (all its pools are free).
    let arena = unsafe { Box::from_raw(arena) };
    // SAFETY: mapped in `new_arena`; all its pools are free, so nothing uses it.
    unsafe { os_pages::unmap_arena(arena.memory) };
    arenas.freed.set(arenas.freed.get() + 1);
}

/// The most arenas this thread had in use at once.
pub(crate) fn arena_highwater() -> usize {
    ARENAS.with(|arenas| arenas.highwater.get())
}

/// (arenas allocated since the thread started, arenas freed since then)
pub(crate) fn arena_counts() -> (usize, usize) {
    ARENAS.with(|arenas| (arenas.allocated.get(), arenas.freed.get()))
}

#[cfg(test)]
mod tests {
    use core::ptr::NonNull;
    use std::collections::HashSet;

    use crate::allocator::{allocate, deallocate};
    use crate::heap_stats;
    use crate::tunables::{POOLS_PER_ARENA, POOL_SIZE, SMALL_REQUEST_THRESHOLD};

    const SIZE: usize = SMALL_REQUEST_THRESHOLD;

    fn free(block: NonNull<u8>) {
        // SAFETY: every block passed here came from `allocate(SIZE)` and is freed once.
        unsafe { deallocate(block, SIZE) }
    }

    fn pool_of(block: NonNull<u8>) -> usize {
        block.as_ptr().addr() & !(POOL_SIZE - 1)
    }

    /// Allocate blocks until `pools` new pools are in use; returns the blocks.
    fn fill_pools(pools: usize) -> Vec<NonNull<u8>> {
        let target = heap_stats().pools_in_use + pools;
        let mut blocks = Vec::new();
        loop {
            let block = allocate(SIZE);
            if heap_stats().pools_in_use > target {
                free(block);
                return blocks;
            }
            blocks.push(block);
        }
    }

    /// Check the usable list's order, links and `last_with_free` against the module doc.
    fn check_usable_list() {
        super::ARENAS.with(|arenas| {
            let mut expected_last = [core::ptr::null_mut(); POOLS_PER_ARENA + 1];
            let mut prev: *mut super::Arena = core::ptr::null_mut();
            let mut arena = arenas.usable.get();
            let mut last_free = 0;
            while !arena.is_null() {
                // SAFETY: arenas of the usable list are live; nothing else uses them now.
                let a = unsafe { &*arena };
                assert_eq!(a.prev, prev, "broken back link");
                assert!(a.free_pools > 0 && a.free_pools <= POOLS_PER_ARENA);
                assert!(a.free_pools >= last_free, "usable list out of order");
                let mut empty = 0;
                let mut pool = a.empty_pools;
                while !pool.is_null() {
                    empty += 1;
                    // SAFETY: empty pools start with their link.
                    pool = unsafe { (*pool).next };
                }
                assert_eq!(a.free_pools, empty + POOLS_PER_ARENA - a.carved);
                last_free = a.free_pools;
                expected_last[a.free_pools] = arena;
                prev = arena;
                arena = a.next;
            }
            for (count, expected) in expected_last.iter().enumerate() {
                assert_eq!(
                    arenas.last_with_free[count].get(),
                    *expected,
                    "last_with_free[{count}]"
                );
            }
        });
    }

    #[test]
    fn random_allocations_keep_the_arena_list_consistent() {
        let before = heap_stats();
        let rounds = crate::test_payloads::scaled(60_000, 3_000);
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut random = move |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        let mut live: Vec<(NonNull<u8>, usize, u8)> = Vec::new();
        let mut peak_arenas = 0;
        for round in 0..rounds {
            // Grow for the first half, shrink for the second.
            let grow = if round < rounds / 2 { 3 } else { 1 };
            if live.is_empty() || random(4) < grow {
                let size = 1 + random(SMALL_REQUEST_THRESHOLD);
                let block = allocate(size);
                let tag = random(256) as u8;
                // SAFETY: fresh block of `size` bytes.
                unsafe { block.write_bytes(tag, size) };
                live.push((block, size, tag));
            } else {
                let (block, size, tag) = live.swap_remove(random(live.len()));
                // SAFETY: the block is `size` bytes long and was filled with `tag`.
                let bytes = unsafe { core::slice::from_raw_parts(block.as_ptr(), size) };
                assert!(bytes.iter().all(|&b| b == tag), "block overwritten");
                // SAFETY: allocated above with `size`, freed once.
                unsafe { deallocate(block, size) };
            }
            if round % 1000 == 0 {
                check_usable_list();
                peak_arenas = peak_arenas.max(heap_stats().arenas_in_use);
            }
        }
        for (block, size, _) in live {
            // SAFETY: allocated above with `size`, freed once.
            unsafe { deallocate(block, size) };
        }
        check_usable_list();
        let after = heap_stats();
        assert_eq!(after.blocks_in_use, before.blocks_in_use);
        assert_eq!(after.pools_in_use, before.pools_in_use);
        assert!(after.arenas_in_use <= before.arenas_in_use.max(1));
        assert!(
            cfg!(miri) || peak_arenas >= 3,
            "the test spans several arenas"
        );
    }

    #[test]
    fn arenas_are_returned_when_all_their_blocks_are_freed() {
        let before = heap_stats();
        let blocks = fill_pools(3 * POOLS_PER_ARENA);
        let peak = heap_stats();
        assert!(peak.arenas_in_use >= before.arenas_in_use + 2);
        assert_eq!(peak.pools_in_use, before.pools_in_use + 3 * POOLS_PER_ARENA);
        for block in blocks {
            free(block);
        }
        let after = heap_stats();
        assert_eq!(after.blocks_in_use, before.blocks_in_use);
        assert_eq!(after.pools_in_use, before.pools_in_use);
        // All arenas are freed except possibly one wholly free one, kept against thrashing.
        assert!(after.arenas_in_use <= before.arenas_in_use.max(1));
        assert!(after.arenas_freed >= before.arenas_freed + 2);
        assert_eq!(
            after.arenas_in_use,
            after.arenas_allocated - after.arenas_freed
        );
    }

    #[test]
    fn one_free_arena_is_kept_against_thrashing() {
        let first = allocate(SIZE);
        free(first);
        let before = heap_stats();
        assert!(before.arenas_in_use >= 1);
        for _ in 0..10 {
            free(allocate(SIZE));
        }
        let after = heap_stats();
        assert_eq!(after.arenas_allocated, before.arenas_allocated);
        assert_eq!(after.arenas_in_use, before.arenas_in_use);
    }

    #[test]
    fn new_pools_come_from_the_most_used_arena() {
        // Arena A: full. Arena B: one pool in use.
        let mut a_blocks = fill_pools(POOLS_PER_ARENA);
        let b_blocks = fill_pools(1);
        let a_pools: HashSet<usize> = a_blocks.iter().map(|&b| pool_of(b)).collect();
        let b_pool = pool_of(b_blocks[0]);
        assert!(!a_pools.contains(&b_pool));
        // Empty half of A's pools: A has 32 free pools, B has 63, so A is used first.
        let freed_pools: HashSet<usize> =
            a_pools.iter().copied().take(POOLS_PER_ARENA / 2).collect();
        a_blocks.retain(|&block| {
            let empty = freed_pools.contains(&pool_of(block));
            if empty {
                free(block);
            }
            !empty
        });
        // A size class with no used pool takes a new pool: from arena A.
        let other_size = 16;
        let block = allocate(other_size);
        assert!(
            freed_pools.contains(&pool_of(block)),
            "pool taken from the most used arena"
        );
        // SAFETY: allocated just above with this size.
        unsafe { deallocate(block, other_size) };
        check_usable_list();
        for block in a_blocks.into_iter().chain(b_blocks) {
            free(block);
        }
        check_usable_list();
    }
}
