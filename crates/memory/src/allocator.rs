//! The single entry point through which every object's memory is allocated and freed.
//!
//! Invariants:
//! - a block of `size` bytes is freed with the same `size` it was allocated with (the caller
//!   knows it: it is a constant of the object's payload type), which decides, without looking
//!   at the address, whether it came from the pools (`size <= SMALL_REQUEST_THRESHOLD`) or from
//!   `std::alloc` (larger: a "large object");
//! - every block is 16-aligned (`ALIGNMENT`);
//! - in debug builds a fresh block is filled with `CLEAN_BYTE` (0xCD) and a freed one with
//!   `DEAD_BYTE` (0xDD), as CPython's debug allocator does, so that reading uninitialized or
//!   freed memory shows recognizable garbage;
//! - this is where allocation tracing (tracemalloc) will hook in.
//!
//! Out of memory calls `std::alloc::handle_alloc_error`.

use core::cell::Cell;
use core::ptr::NonNull;
use std::alloc::{self, Layout};

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
}
