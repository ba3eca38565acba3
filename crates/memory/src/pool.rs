//! Pools: 16 KiB pieces of an arena, each cut into equal blocks of one size class.
//!
//! Invariants (CPython's `obmalloc.c` pool management):
//! - a pool starts at a `POOL_SIZE`-aligned address with a [`PoolHeader`]; its blocks follow at
//!   `POOL_OVERHEAD` and are all `block_size` bytes (a multiple of `ALIGNMENT`), so every block is
//!   16-aligned and `block & !(POOL_SIZE - 1)` is its pool;
//! - a pool's blocks are each either allocated, on the pool's free list (a singly linked list
//!   threaded through the freed blocks' first word), or untouched (at or after `next_untouched`,
//!   a bump pointer: untouched memory is never read);
//! - a pool in use is *used* (some blocks allocated, some available) or *full* (none
//!   available). `used_pools[class]` is a doubly linked list of exactly the used pools of that
//!   size class: allocation takes a block from its first pool;
//! - a pool whose last block is freed is handed back to its arena at once (the pool is then
//!   *empty*, owned by the arena module, and may serve another size class next time).
//!
//! State transitions of a pool: empty --first allocation--> used --last available block
//! taken--> full --one block freed--> used --last allocated block freed--> empty.

use core::cell::Cell;
use core::mem::size_of;
use core::ptr::{self, NonNull};

use crate::arena::{self, Arena};
use crate::object_layout::round_up;
use crate::tunables::{ALIGNMENT, POOL_SIZE, SIZE_CLASS_COUNT, SMALL_REQUEST_THRESHOLD};

#[repr(C)]
struct PoolHeader {
    /// Blocks currently allocated.
    allocated: u32,
    /// Size class index: blocks are `(size_class + 1) * ALIGNMENT` bytes.
    size_class: u32,
    /// Block size in bytes.
    block_size: u32,
    /// Offset from the pool start of the first untouched block.
    next_untouched: u32,
    /// Freed blocks available again, most recently freed first.
    free_blocks: *mut FreeBlock,
    /// Neighbours in `used_pools[size_class]` (null at the ends, and when not in it).
    next: *mut PoolHeader,
    prev: *mut PoolHeader,
    /// The arena this pool was carved from.
    arena: NonNull<Arena>,
}

/// What the first word of a freed block holds.
struct FreeBlock {
    next: *mut FreeBlock,
}

/// Offset of a pool's first block.
const POOL_OVERHEAD: usize = round_up(size_of::<PoolHeader>(), ALIGNMENT);

const _: () = assert!(POOL_OVERHEAD <= 64);
const _: () = assert!(POOL_SIZE <= u32::MAX as usize);

struct Pools {
    used_pools: [Cell<*mut PoolHeader>; SIZE_CLASS_COUNT],
    pools_in_use: Cell<usize>,
    blocks_in_use: Cell<usize>,
    /// Per size class: pools in use (for `sys._debugmallocstats`).
    class_pools: [Cell<usize>; SIZE_CLASS_COUNT],
}

thread_local! {
    static POOLS: Pools = const {
        Pools {
            used_pools: [const { Cell::new(ptr::null_mut()) }; SIZE_CLASS_COUNT],
            pools_in_use: Cell::new(0),
            blocks_in_use: Cell::new(0),
            class_pools: [const { Cell::new(0) }; SIZE_CLASS_COUNT],
        }
    };
}

fn bump(cell: &Cell<usize>, up: bool) {
    cell.set(if up { cell.get() + 1 } else { cell.get() - 1 });
}

/// The size class serving requests of `size` bytes (1..=SMALL_REQUEST_THRESHOLD).
#[inline]
fn size_class_of(size: usize) -> usize {
    debug_assert!(size > 0 && size <= SMALL_REQUEST_THRESHOLD);
    (size - 1) / ALIGNMENT
}

/// Whether a pool has no block left to hand out.
///
/// # Safety
/// `pool` is the header of a pool in use.
unsafe fn is_full(pool: *mut PoolHeader) -> bool {
    // SAFETY: caller's guarantee; the header is only accessed through raw places.
    unsafe {
        (*pool).free_blocks.is_null()
            && (*pool).next_untouched as usize + (*pool).block_size as usize > POOL_SIZE
    }
}

/// A 16-aligned block of at least `size` bytes (its size class's block size), from the pools.
pub(crate) fn allocate_small(size: usize) -> NonNull<u8> {
    let class = size_class_of(size);
    POOLS.with(|pools| {
        let mut pool = pools.used_pools[class].get();
        if pool.is_null() {
            pool = start_pool(pools, class);
        }
        // SAFETY: `pool` is the first of the used pools of this class: a pool in use with an
        // available block, whose header only this module accesses, through raw places.
        unsafe {
            let block = if let Some(free) = NonNull::new((*pool).free_blocks) {
                (*pool).free_blocks = free.as_ref().next;
                free.cast::<u8>()
            } else {
                let offset = (*pool).next_untouched as usize;
                (*pool).next_untouched += (*pool).block_size;
                // In bounds: a used pool with an empty free list has an untouched block.
                NonNull::new_unchecked(pool.cast::<u8>()).add(offset)
            };
            (*pool).allocated += 1;
            if is_full(pool) {
                unlink_used(pools, pool);
            }
            pools.blocks_in_use.set(pools.blocks_in_use.get() + 1);
            block
        }
    })
}

/// Free a block obtained from [`allocate_small`].
///
/// # Safety
/// `block` came from `allocate_small(size)` with a `size` of the same size class, has not been
/// freed since, and nothing uses its memory any more.
pub(crate) unsafe fn free_small(block: NonNull<u8>, size: usize) {
    let pool = block
        .as_ptr()
        .map_addr(|addr| addr & !(POOL_SIZE - 1))
        .cast::<PoolHeader>();
    POOLS.with(|pools| {
        // SAFETY: the block lies in a pool in use (caller), whose header starts at the
        // pool-aligned address below it; only this module accesses it, through raw places.
        unsafe {
            debug_assert_eq!((*pool).size_class as usize, size_class_of(size));
            let was_full = is_full(pool);
            let freed = block.cast::<FreeBlock>();
            freed.write(FreeBlock {
                next: (*pool).free_blocks,
            });
            (*pool).free_blocks = freed.as_ptr();
            (*pool).allocated -= 1;
            pools.blocks_in_use.set(pools.blocks_in_use.get() - 1);
            let class = (*pool).size_class as usize;
            if (*pool).allocated == 0 {
                // Now empty: back to the arena.
                if !was_full {
                    unlink_used(pools, pool);
                }
                pools.pools_in_use.set(pools.pools_in_use.get() - 1);
                bump(&pools.class_pools[class], false);
                let arena = (*pool).arena;
                arena::give_back_pool(NonNull::new_unchecked(pool.cast::<u8>()), arena);
            } else if was_full {
                // Full pools are in no list: it becomes the first used pool of its class, so
                // the block just freed is the next one handed out.
                link_used_first(pools, pool, (*pool).size_class as usize);
            }
        }
    })
}

/// Get an empty pool from the arenas and make it the first used pool of `class`.
fn start_pool(pools: &Pools, class: usize) -> *mut PoolHeader {
    let (memory, arena) = arena::take_pool();
    let pool = memory.cast::<PoolHeader>().as_ptr();
    let block_size = (class + 1) * ALIGNMENT;
    // SAFETY: the arena hands out a pool-aligned, unused `POOL_SIZE` region; its start can hold
    // a header.
    unsafe {
        pool.write(PoolHeader {
            allocated: 0,
            size_class: class as u32,
            block_size: block_size as u32,
            next_untouched: POOL_OVERHEAD as u32,
            free_blocks: ptr::null_mut(),
            next: ptr::null_mut(),
            prev: ptr::null_mut(),
            arena,
        });
        link_used_first(pools, pool, class);
    }
    pools.pools_in_use.set(pools.pools_in_use.get() + 1);
    bump(&pools.class_pools[class], true);
    pool
}

/// # Safety
/// `pool` is a pool in use of class `class`, in no list.
unsafe fn link_used_first(pools: &Pools, pool: *mut PoolHeader, class: usize) {
    let first = pools.used_pools[class].get();
    // SAFETY: `pool` and `first` (when non-null) are distinct pools in use.
    unsafe {
        (*pool).prev = ptr::null_mut();
        (*pool).next = first;
        if !first.is_null() {
            (*first).prev = pool;
        }
    }
    pools.used_pools[class].set(pool);
}

/// # Safety
/// `pool` is in `used_pools[its class]`.
unsafe fn unlink_used(pools: &Pools, pool: *mut PoolHeader) {
    // SAFETY: `pool` and its list neighbours are pools in use.
    unsafe {
        let (prev, next) = ((*pool).prev, (*pool).next);
        if prev.is_null() {
            pools.used_pools[(*pool).size_class as usize].set(next);
        } else {
            (*prev).next = next;
        }
        if !next.is_null() {
            (*next).prev = prev;
        }
        (*pool).prev = ptr::null_mut();
        (*pool).next = ptr::null_mut();
    }
}

/// One size class's numbers: (block size, pools in use, blocks in use, blocks available in
/// those pools), for `sys._debugmallocstats`.
pub(crate) fn class_stats() -> Vec<(usize, usize, usize, usize)> {
    POOLS.with(|pools| {
        (0..SIZE_CLASS_COUNT)
            .map(|class| {
                let size = (class + 1) * ALIGNMENT;
                let per_pool = (POOL_SIZE - POOL_OVERHEAD) / size;
                let all = pools.class_pools[class].get();
                // The pools with room are listed; the others are full.
                let (mut listed, mut listed_blocks) = (0, 0);
                let mut pool = pools.used_pools[class].get();
                while !pool.is_null() {
                    listed += 1;
                    // SAFETY: a pool of the used list: a pool in use, its header valid.
                    unsafe {
                        listed_blocks += (*pool).allocated as usize;
                        pool = (*pool).next;
                    }
                }
                let in_use = (all - listed) * per_pool + listed_blocks;
                (size, all, in_use, all * per_pool - in_use)
            })
            .collect()
    })
}

/// Bytes at the start of every pool taken by its header.
pub(crate) const POOL_HEADER_BYTES: usize = POOL_OVERHEAD;

/// (pools in use, small blocks in use) on this thread.
pub(crate) fn pool_counts() -> (usize, usize) {
    POOLS.with(|pools| (pools.pools_in_use.get(), pools.blocks_in_use.get()))
}

#[cfg(test)]
mod tests {
    use core::ptr::NonNull;

    use super::POOL_OVERHEAD;
    use crate::allocator::{allocate, deallocate};
    use crate::heap_stats;
    use crate::test_payloads::scaled;
    use crate::tunables::{ALIGNMENT, POOL_SIZE, SMALL_REQUEST_THRESHOLD};

    fn free(block: NonNull<u8>, size: usize) {
        // SAFETY: every block passed here came from `allocate(size)` and is freed once.
        unsafe { deallocate(block, size) }
    }

    #[test]
    fn freed_block_is_reused_by_its_size_class() {
        let keep = allocate(48);
        let first = allocate(48);
        free(first, 48);
        let again = allocate(40); // same class (33..=48 bytes)
        assert_eq!(again, first);
        let other = allocate(64); // another class: another pool
        assert_ne!(other, first);
        for (block, size) in [(keep, 48), (again, 40), (other, 64)] {
            free(block, size);
        }
    }

    #[test]
    fn every_small_size_gets_an_aligned_private_block() {
        let before = heap_stats();
        let step = scaled(1, 7);
        let sizes: Vec<usize> = (1..=SMALL_REQUEST_THRESHOLD).step_by(step).collect();
        let blocks: Vec<(NonNull<u8>, usize)> = sizes
            .iter()
            .map(|&size| {
                let block = allocate(size);
                // SAFETY: the block is fresh and `size` bytes long.
                unsafe { block.write_bytes(size as u8, size) };
                (block, size)
            })
            .collect();
        assert_eq!(
            heap_stats().blocks_in_use,
            before.blocks_in_use + sizes.len()
        );
        for &(block, size) in &blocks {
            assert_eq!(block.as_ptr().addr() % ALIGNMENT, 0);
            // SAFETY: the block is `size` bytes long and was filled above.
            let bytes = unsafe { core::slice::from_raw_parts(block.as_ptr(), size) };
            assert!(
                bytes.iter().all(|&b| b == size as u8),
                "block of {size} overwritten"
            );
        }
        for (block, size) in blocks {
            free(block, size);
        }
        let after = heap_stats();
        assert_eq!(after.blocks_in_use, before.blocks_in_use);
        assert_eq!(after.pools_in_use, before.pools_in_use);
    }

    #[test]
    fn a_pool_goes_used_full_used_empty() {
        let size = SMALL_REQUEST_THRESHOLD;
        let per_pool = (POOL_SIZE - POOL_OVERHEAD) / size;
        let before = heap_stats();
        let mut blocks: Vec<NonNull<u8>> = (0..per_pool).map(|_| allocate(size)).collect();
        let pool_of = |block: NonNull<u8>| block.as_ptr().addr() & !(POOL_SIZE - 1);
        let first_pool = pool_of(blocks[0]);
        assert!(
            blocks.iter().all(|&b| pool_of(b) == first_pool),
            "one full pool"
        );
        assert_eq!(heap_stats().pools_in_use, before.pools_in_use + 1);
        // The pool is full: the next block starts another pool.
        let extra = allocate(size);
        assert_ne!(pool_of(extra), first_pool);
        assert_eq!(heap_stats().pools_in_use, before.pools_in_use + 2);
        // Freeing one block of the full pool makes it the first used pool again.
        let freed = blocks.swap_remove(per_pool / 2);
        free(freed, size);
        let reused = allocate(size);
        assert_eq!(reused, freed);
        blocks.push(reused);
        blocks.push(extra);
        for block in blocks {
            free(block, size);
        }
        assert_eq!(heap_stats().pools_in_use, before.pools_in_use);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
    }

    #[test]
    fn blocks_of_a_pool_do_not_overlap() {
        let size = 32;
        let count = scaled(2_000, 300);
        let mut blocks: Vec<NonNull<u8>> = (0..count).map(|_| allocate(size)).collect();
        let mut addresses: Vec<usize> = blocks.iter().map(|b| b.as_ptr().addr()).collect();
        addresses.sort_unstable();
        assert!(addresses.windows(2).all(|pair| pair[1] - pair[0] >= size));
        for block in blocks.drain(..) {
            free(block, size);
        }
    }
}
