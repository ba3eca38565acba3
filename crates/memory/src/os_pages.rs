//! Arena memory straight from the operating system (CPython's `_PyObject_ArenaMmap`), so that
//! a freed arena goes back to the OS at once whatever the C library's malloc does: glibc raises
//! its mmap threshold after a large block is freed, after which 1 MiB requests come from its
//! heap and are never returned.
//!
//! Invariants:
//! - a mapping is `ARENA_SIZE + POOL_SIZE` bytes of anonymous private memory; the arena is its
//!   first `POOL_SIZE`-aligned `ARENA_SIZE` bytes (the slack is never touched, so it costs
//!   address space, not memory);
//! - every mapped byte is counted in `heap_limit`'s live bytes while mapped, so `-X max_memory`
//!   and `sys` statistics see the pools;
//! - under Miri, which cannot map memory, the arena comes from `std::alloc` instead.

use core::ptr::NonNull;

use crate::heap_limit;
use crate::tunables::{ARENA_SIZE, POOL_SIZE};

/// Bytes mapped for one arena.
const MAPPING_SIZE: usize = ARENA_SIZE + POOL_SIZE;

/// A mapped arena: where the mapping starts, and the aligned arena inside it.
pub(crate) struct ArenaMapping {
    mapping: NonNull<u8>,
    pub(crate) base: NonNull<u8>,
}

/// Map the memory of one arena, or `None` if the system refuses.
pub(crate) fn map_arena() -> Option<ArenaMapping> {
    let mapping = map(MAPPING_SIZE)?;
    let offset = mapping.as_ptr().align_offset(POOL_SIZE);
    debug_assert!(offset < POOL_SIZE);
    // SAFETY: `offset < POOL_SIZE`, so the aligned arena and its `ARENA_SIZE` bytes lie inside
    // the `ARENA_SIZE + POOL_SIZE` bytes mapped.
    let base = unsafe { mapping.add(offset) };
    heap_limit::count_mapped(MAPPING_SIZE);
    Some(ArenaMapping { mapping, base })
}

/// Give an arena's memory back to the system.
///
/// # Safety
/// `arena` came from [`map_arena`] and nothing uses its memory any more.
pub(crate) unsafe fn unmap_arena(arena: ArenaMapping) {
    // SAFETY: caller's guarantee.
    unsafe { unmap(arena.mapping, MAPPING_SIZE) };
    heap_limit::uncount_mapped(MAPPING_SIZE);
}

#[cfg(not(miri))]
fn map(size: usize) -> Option<NonNull<u8>> {
    // SAFETY: an anonymous private mapping at an address of the system's choosing has no
    // precondition; the result is checked below.
    let p = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    NonNull::new(p.cast::<u8>())
}

/// # Safety
/// `p` and `size` are a mapping made by [`map`], unused from now on.
#[cfg(not(miri))]
unsafe fn unmap(p: NonNull<u8>, size: usize) {
    // SAFETY: caller's guarantee. munmap of a whole mapping we made cannot fail.
    let result = unsafe { libc::munmap(p.as_ptr().cast(), size) };
    debug_assert_eq!(result, 0);
}

#[cfg(miri)]
fn map(size: usize) -> Option<NonNull<u8>> {
    let layout = std::alloc::Layout::from_size_align(size, 16).ok()?;
    // SAFETY: a non-zero size.
    NonNull::new(unsafe { std::alloc::alloc(layout) })
}

/// # Safety
/// As the non-Miri `unmap`.
#[cfg(miri)]
unsafe fn unmap(p: NonNull<u8>, size: usize) {
    let layout = std::alloc::Layout::from_size_align(size, 16).expect("the layout of map");
    // SAFETY: allocated by `map` with this layout.
    unsafe { std::alloc::dealloc(p.as_ptr(), layout) };
}
