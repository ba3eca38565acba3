//! The single entry point through which every object's memory is allocated and freed.
//!
//! Invariants:
//! - a block of `size` bytes is freed with the same `size` it was allocated with (the caller
//!   knows it: it is a constant of the object's payload type), which decides, without looking
//!   at the address, whether it came from the pools (`size <= SMALL_REQUEST_THRESHOLD`) or from
//!   `std::alloc` (larger: a "large object"); a small block may also be freed with any size of
//!   its size class (up to [`usable_size`]);
//! - every block is 16-aligned (`ALIGNMENT`);
//! - in debug builds a fresh block is filled with `CLEAN_BYTE` (0xCD) and a freed one with
//!   `DEAD_BYTE` (0xDD), as CPython's debug allocator does, so that reading uninitialized or
//!   freed memory shows recognizable garbage;
//! - a block may be resized ([`try_reallocate`]): within one size class it stays where it is,
//!   two large sizes go through the system's `realloc`, anything else moves to a new block;
//! - this is where allocation tracing (tracemalloc) will hook in.
//!
//! Out of memory calls `std::alloc::handle_alloc_error` in [`allocate`]; [`try_allocate`] and
//! [`try_reallocate`] return `None` instead, so that storage whose size the program chooses (a
//! list's items) can become a `MemoryError`. Only large requests can fail that way: a small one
//! that needs a new arena takes the infallible arena path, whose failure `heap_limit`'s
//! emergency reserve covers.

use core::cell::Cell;
use core::ptr::NonNull;
use std::alloc::{self, Layout};

use crate::object_layout::round_up;
use crate::pool;
use crate::tunables::{ALIGNMENT, SMALL_REQUEST_THRESHOLD};

thread_local! {
    /// Live large blocks on this thread.
    static LARGE_IN_USE: Cell<usize> = const { Cell::new(0) };
}

/// A fresh, 16-aligned block of at least `size` bytes (`size > 0`); out of memory aborts.
pub(crate) fn allocate(size: usize) -> NonNull<u8> {
    match try_allocate(size) {
        Some(block) => block,
        None => alloc::handle_alloc_error(large_layout(size)),
    }
}

/// A fresh, 16-aligned block of at least `size` bytes (`size > 0`), or `None` if the system
/// refuses a large block (the caller raises `MemoryError`). A small block that cannot be had
/// still aborts: it means a new arena could not be mapped.
pub(crate) fn try_allocate(size: usize) -> Option<NonNull<u8>> {
    assert!(size > 0, "zero-sized block");
    let block = if size <= SMALL_REQUEST_THRESHOLD {
        pool::allocate_small(size)
    } else {
        let layout = Layout::from_size_align(size, ALIGNMENT).ok()?;
        // SAFETY: `layout` has a non-zero size.
        let block = NonNull::new(unsafe { alloc::alloc(layout) })?;
        LARGE_IN_USE.with(|count| count.set(count.get() + 1));
        block
    };
    #[cfg(debug_assertions)]
    // SAFETY: the block is fresh, unused and at least `size` bytes long.
    unsafe {
        block.write_bytes(crate::tunables::CLEAN_BYTE, size)
    };
    Some(block)
}

/// The bytes really usable in a block allocated for `size` bytes: its size class's block size
/// for a small request, `size` itself for a large one. Any size from `size` to this one frees
/// (or resizes) the block correctly.
pub(crate) fn usable_size(size: usize) -> usize {
    if size <= SMALL_REQUEST_THRESHOLD {
        round_up(size, ALIGNMENT)
    } else {
        size
    }
}

/// Resize a block from `old_size` to `new_size` bytes (both `> 0`), keeping its first
/// `min(old_size, new_size)` bytes: in place when both sizes are of one size class, by the
/// system's `realloc` when both are large, else by moving to a fresh block. `None` when the
/// memory is not there; the old block is then untouched and still the caller's.
///
/// # Safety
/// `block` came from `allocate`/`try_allocate`/`try_reallocate` with a size of the same size
/// class as `old_size` (for a large block: `old_size` itself), has not been freed since, and
/// nothing else uses it during the call. On `Some`, only the returned block may be used (it
/// may be at the same address), and it is freed with `new_size`.
pub(crate) unsafe fn try_reallocate(
    block: NonNull<u8>,
    old_size: usize,
    new_size: usize,
) -> Option<NonNull<u8>> {
    assert!(old_size > 0 && new_size > 0, "zero-sized block");
    let old_small = old_size <= SMALL_REQUEST_THRESHOLD;
    let new_small = new_size <= SMALL_REQUEST_THRESHOLD;
    let resized = if old_small && new_small && usable_size(old_size) == usable_size(new_size) {
        // One size class: the block already has room for `new_size` bytes.
        block
    } else if !old_small && !new_small {
        Layout::from_size_align(new_size, ALIGNMENT).ok()?;
        // SAFETY: the block was allocated by `std::alloc` with `large_layout(old_size)`
        // (caller), and `new_size` is non-zero and valid for a layout of alignment 16 (checked
        // just above). On failure `realloc` leaves the block as it was.
        NonNull::new(unsafe { alloc::realloc(block.as_ptr(), large_layout(old_size), new_size) })?
    } else {
        let fresh = try_allocate(new_size)?;
        // SAFETY: both blocks are live, distinct, and at least `min(old_size, new_size)` bytes
        // long; the old one is then freed with its own size and never used again (caller).
        unsafe {
            fresh.copy_from_nonoverlapping(block, old_size.min(new_size));
            deallocate(block, old_size);
        }
        return Some(fresh);
    };
    #[cfg(debug_assertions)]
    if new_size > old_size {
        // SAFETY: the block is `new_size` bytes long; the bytes past `old_size` are unused.
        unsafe {
            resized
                .add(old_size)
                .write_bytes(crate::tunables::CLEAN_BYTE, new_size - old_size)
        };
    }
    Some(resized)
}

/// Free a block obtained from [`allocate`].
///
/// # Safety
/// `block` came from `allocate(size)` with this same `size`, has not been freed since, and
/// nothing uses its memory any more.
pub(crate) unsafe fn deallocate(block: NonNull<u8>, size: usize) {
    #[cfg(debug_assertions)]
    // SAFETY: the block is `size` bytes long and unused (caller).
    unsafe {
        block.write_bytes(crate::tunables::DEAD_BYTE, size)
    };
    if size <= SMALL_REQUEST_THRESHOLD {
        // SAFETY: the caller's guarantee, and small sizes come from the pools.
        unsafe { pool::free_small(block, size) }
    } else {
        // SAFETY: large blocks were allocated by `std::alloc` with this same layout.
        unsafe { alloc::dealloc(block.as_ptr(), large_layout(size)) };
        LARGE_IN_USE.with(|count| count.set(count.get() - 1));
    }
}

fn large_layout(size: usize) -> Layout {
    match Layout::from_size_align(size, ALIGNMENT) {
        Ok(layout) => layout,
        Err(_) => panic!("object of {size} bytes is too large"),
    }
}

/// Live large blocks on this thread.
pub(crate) fn large_count() -> usize {
    LARGE_IN_USE.with(Cell::get)
}

#[cfg(test)]
mod tests {
    use crate::heap_stats;
    use crate::test_payloads::{baseline, class_of, obj, Bytes, List};
    use crate::tunables::SMALL_REQUEST_THRESHOLD;

    #[test]
    fn large_objects_bypass_the_pools() {
        drop((
            class_of::<Bytes<4096, false>>(),
            class_of::<Bytes<1000, true>>(),
        ));
        let before = baseline();
        let mut payload = [0u8; 4096];
        payload[4095] = 7;
        let big = obj(Bytes::<4096, false>(payload));
        let big_container = obj(Bytes::<1000, true>([1; 1000]));
        let stats = heap_stats();
        assert_eq!(stats.large_in_use, before.large_in_use + 2);
        assert_eq!(stats.blocks_in_use, before.blocks_in_use);
        assert_eq!(stats.tracked_containers, before.tracked_containers + 1);
        assert_eq!(big.addr() % 16, 0);
        assert_eq!(
            big.downcast_ref::<Bytes<4096, false>>().map(|b| b.0[4095]),
            Some(7)
        );
        let list = obj(List(vec![big, big_container].into()));
        drop(list);
        let after = heap_stats();
        assert_eq!(after.large_in_use, before.large_in_use);
        assert_eq!(after.tracked_containers, before.tracked_containers);
    }

    fn round_trip<const N: usize, const CONTAINER: bool>() {
        drop(class_of::<Bytes<N, CONTAINER>>());
        let before = heap_stats();
        let mut bytes = [0u8; N];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = i as u8;
        }
        let obj = obj(Bytes::<N, CONTAINER>(bytes));
        let block = 16 + N + if CONTAINER { 16 } else { 0 };
        let stats = heap_stats();
        if block <= SMALL_REQUEST_THRESHOLD {
            assert_eq!(stats.blocks_in_use, before.blocks_in_use + 1, "{N} bytes");
        } else {
            assert_eq!(stats.large_in_use, before.large_in_use + 1, "{N} bytes");
        }
        let payload = obj.downcast_ref::<Bytes<N, CONTAINER>>().expect("Bytes");
        assert!(payload.0.iter().enumerate().all(|(i, &b)| b == i as u8));
        assert_eq!(obj.is_tracked(), CONTAINER);
        drop(obj);
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn objects_of_many_sizes() {
        let _ = baseline();
        round_trip::<0, false>();
        round_trip::<1, false>();
        round_trip::<8, false>();
        round_trip::<9, true>();
        round_trip::<100, false>();
        round_trip::<464, true>();
        round_trip::<465, true>();
        round_trip::<488, false>();
        round_trip::<489, false>();
        round_trip::<512, false>();
        round_trip::<1000, true>();
        round_trip::<70_000, false>();
    }

    #[test]
    fn try_reallocate_stays_in_its_size_class_and_moves_across() {
        use super::{deallocate, try_allocate, try_reallocate, usable_size};
        let before = baseline();
        assert_eq!(
            (usable_size(1), usable_size(17), usable_size(512)),
            (16, 32, 512)
        );
        assert_eq!(usable_size(513), 513);
        let block = try_allocate(17).expect("a small block");
        // SAFETY: the block is 17 bytes long and fresh.
        unsafe { block.write_bytes(7, 17) };
        // Each step resizes the live result of the previous one, with the size it was last
        // given, and never uses the old block again.
        let resize = |block, old, new| {
            // SAFETY: as just said.
            unsafe { try_reallocate(block, old, new) }.expect("memory for a test block")
        };
        let same = resize(block, 17, 32);
        assert_eq!(same, block, "17 and 32 bytes share a size class");
        let small = resize(same, 32, 100);
        assert_ne!(small, same);
        let large = resize(small, 100, 5000);
        assert_eq!(heap_stats().large_in_use, before.large_in_use + 1);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
        let larger = resize(large, 5000, 20_000);
        assert_eq!(heap_stats().large_in_use, before.large_in_use + 1);
        let back = resize(larger, 20_000, 20);
        assert_eq!(heap_stats().large_in_use, before.large_in_use);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 1);
        // SAFETY: `back` is 20 bytes long; the first 17 were carried along every move.
        let bytes = unsafe { core::slice::from_raw_parts(back.as_ptr(), 17) };
        assert!(bytes.iter().all(|&b| b == 7));
        // SAFETY: `back` is live, of size 20, and freed once.
        unsafe { deallocate(back, 20) };
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn an_impossible_large_request_fails_without_aborting() {
        let before = baseline();
        assert!(super::try_allocate(isize::MAX as usize).is_none());
        assert!(super::try_allocate(usize::MAX - 8).is_none());
        assert_eq!(heap_stats(), before);
    }
}
