//! The allocator's and the deallocator's tunable constants, in one place.
//!
//! Invariants (checked at compile time below):
//! - `ALIGNMENT`, `POOL_SIZE` and `ARENA_SIZE` are powers of two, so "round up" and
//!   "which pool holds this block" are mask operations;
//! - an arena is a whole number of pools and a pool is a whole number of alignment units;
//! - a pool holds at least two blocks of the largest size class, so a pool can never go straight
//!   from "full" to "empty" in one free;
//! - a block is large enough to hold the free-list link written into it when it is freed.
//!
//! The values are CPython 3.14's `Objects/obmalloc.c` ones on 64-bit platforms.

/// Every block starts at a multiple of this: enough for any payload we accept (`u128`, SIMD).
pub(crate) const ALIGNMENT: usize = 16;

/// Blocks of up to this many bytes come from pools; larger ones go straight to `std::alloc`.
/// CPython's value: bigger objects are rare and large enough that the system allocator's
/// per-call cost is small next to filling them.
pub(crate) const SMALL_REQUEST_THRESHOLD: usize = 512;

/// Number of size classes: 16, 32, ..., 512 bytes.
pub(crate) const SIZE_CLASS_COUNT: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;

/// Bytes in a pool, the unit in which an arena is handed to one size class. 16 KiB (CPython's
/// value since 3.10) keeps the pool header's overhead under 0.3 %.
pub(crate) const POOL_SIZE: usize = 16 * 1024;

/// Bytes in an arena, the unit asked of (and returned to) the operating system. 1 MiB (CPython's
/// value since 3.10) makes arena allocation rare while still letting a shrinking heap give
/// memory back.
pub(crate) const ARENA_SIZE: usize = 1024 * 1024;

/// Pools carved from one arena.
pub(crate) const POOLS_PER_ARENA: usize = ARENA_SIZE / POOL_SIZE;

/// How many deallocations may be nested (a dying object's payload dropping the last reference
/// to another object, and so on) before further ones are deferred to the trashcan: CPython's
/// trashcan depth of 50 keeps the native stack used by a chain of deaths small and bounded.
pub(crate) const DEALLOC_NESTING_LIMIT: usize = 50;

/// The cycle collector's `threshold0` (CPython 3.14's default, raised from 700 in 3.13): an
/// automatic collection is due once the young generation has grown by more than this many
/// tracked containers since the last young collection or increment.
pub(crate) const GC_THRESHOLD_YOUNG: usize = 2000;

/// The cycle collector's `threshold1` (CPython's default): in the incremental collector, the
/// scan rate of the old generation. Each increment scans about
/// `heap_size / (GC_SCAN_RATE_DIVISOR * threshold1)` old objects, 1 % of the heap at 10.
pub(crate) const GC_THRESHOLD_OLD: usize = 10;

/// CPython's `SCAN_RATE_DIVISOR`, see [`GC_THRESHOLD_OLD`].
pub(crate) const GC_SCAN_RATE_DIVISOR: usize = 10;

/// Byte written over a fresh block in debug builds (CPython's `PYMEM_CLEANBYTE`).
#[cfg(debug_assertions)]
pub(crate) const CLEAN_BYTE: u8 = 0xCD;

/// Byte written over a freed block in debug builds (CPython's `PYMEM_DEADBYTE`).
#[cfg(debug_assertions)]
pub(crate) const DEAD_BYTE: u8 = 0xDD;

const _: () = assert!(ALIGNMENT.is_power_of_two());
const _: () = assert!(POOL_SIZE.is_power_of_two());
const _: () = assert!(ARENA_SIZE.is_power_of_two());
const _: () = assert!(SMALL_REQUEST_THRESHOLD.is_multiple_of(ALIGNMENT));
const _: () = assert!(POOL_SIZE.is_multiple_of(ALIGNMENT));
const _: () = assert!(ARENA_SIZE.is_multiple_of(POOL_SIZE));
const _: () = assert!(POOLS_PER_ARENA >= 1);
// The pool header (at most 64 bytes) plus two of the largest blocks fit in a pool.
const _: () = assert!(64 + 2 * SMALL_REQUEST_THRESHOLD <= POOL_SIZE);
// A freed block holds a pointer (the free list's link).
const _: () = assert!(ALIGNMENT >= core::mem::size_of::<*mut u8>());
const _: () = assert!(DEALLOC_NESTING_LIMIT >= 1);
const _: () = assert!(GC_SCAN_RATE_DIVISOR >= 1);
