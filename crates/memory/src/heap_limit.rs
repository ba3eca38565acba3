//! The process's heap budget: how many bytes the program has from the system allocator, an
//! optional cap on them (`ouro -X max_memory=SIZE`), and the checks that turn "too much" into
//! Python's `MemoryError` instead of Rust's abort.
//!
//! Invariants:
//! - [`CountingAllocator`], when installed as the `#[global_allocator]` (the `ouro` binary and
//!   the fuzz targets install it), adds every live allocation's size to [`heap_bytes`] and
//!   subtracts it when freed. It never refuses a request because of the cap: a refusal would
//!   reach Rust's infallible paths (`Vec::push`, `Box::new`), which abort. Without it installed,
//!   `heap_bytes` stays 0 and the cap is never reached.
//! - The cap is enforced in two ways, both of which let the program catch `MemoryError` and go
//!   on:
//!   - *before* a large allocation whose size comes from the program (`"ab" * n`, `bytes(n)`,
//!     list growth), the interpreter asks [`check_reserve`] and raises `MemoryError` at once if
//!     the request would pass the cap or can never be satisfied (more than `isize::MAX`);
//!   - *after* any allocation that ends above the cap, [`over_limit`] turns true; the
//!     interpreter polls it at its safe points (the same ones as Ctrl-C) and raises
//!     `MemoryError` there, then calls [`clear_over_limit`]. Growth made of many small objects is
//!     caught this way, one safe point late, as a soft limit.
//! - Real exhaustion (the system allocator failing, `ulimit -v`) surfaces on the fallible paths
//!   as `try_reserve` errors, which the interpreter also reports as `MemoryError`. On the
//!   infallible paths (a small object, a dict growing) the allocator first gives back an
//!   emergency reserve ([`arm_reserve`], [`RESERVE_SIZE`] bytes of untouched address space
//!   held from the start) and retries, setting [`over_limit`] so that the interpreter raises
//!   `MemoryError` at its next safe point; the reserve is taken again once that has been
//!   raised. Only when the reserve is gone too does the process end, by Rust's out-of-memory
//!   abort.
//!
//! The counters are process-wide atomics with relaxed ordering: they are statistics and a
//! threshold, never used to order other memory operations. Each thread gathers its moves in a
//! thread-local balance and adds it to the shared count once it passes [`FLUSH_BYTES`] either
//! way, so an allocation costs no locked instruction: the shared count lags each thread by
//! less than `FLUSH_BYTES`, [`heap_bytes`] adds the calling thread's own balance (exact for a
//! single thread), and the cap checks see the same sum.

use core::cell::Cell;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicPtr, AtomicUsize, Ordering};

/// Live bytes obtained through [`CountingAllocator`] (and arenas mapped for the pools), as
/// flushed by the threads; signed, since a thread may free what another allocated.
static HEAP_BYTES: AtomicIsize = AtomicIsize::new(0);

/// A thread's balance is added to [`HEAP_BYTES`] once it passes this many bytes either way.
pub const FLUSH_BYTES: isize = 64 << 10;

thread_local! {
    /// This thread's moves not yet added to [`HEAP_BYTES`] (a const, drop-free thread-local:
    /// usable from the global allocator, which must not allocate).
    static BALANCE: Cell<isize> = const { Cell::new(0) };
}

/// Record `delta` bytes: in this thread's balance, flushed to the shared count when large.
/// Returns the heap's size as this thread sees it.
#[inline]
fn record(delta: isize) -> isize {
    let local = BALANCE.with(|b| {
        let now = b.get() + delta;
        if (-FLUSH_BYTES..=FLUSH_BYTES).contains(&now) {
            b.set(now);
            now
        } else {
            b.set(0);
            HEAP_BYTES.fetch_add(now, Ordering::Relaxed);
            0
        }
    });
    HEAP_BYTES.load(Ordering::Relaxed) + local
}
/// The cap on [`HEAP_BYTES`]; `usize::MAX` when there is none.
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Set when an allocation ended above the cap; cleared by the interpreter when it raises.
static OVER_LIMIT: AtomicBool = AtomicBool::new(false);

/// Bytes of address space held back for the moment the system allocator says no.
pub const RESERVE_SIZE: usize = 32 << 20;

/// The emergency reserve: a block from `System` of [`RESERVE_SIZE`] bytes, or null.
static RESERVE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());

fn reserve_layout() -> Layout {
    // 4096 is a valid alignment and RESERVE_SIZE a multiple of it.
    Layout::from_size_align(RESERVE_SIZE, 4096).unwrap_or(Layout::new::<u8>())
}

/// Take the emergency reserve if it is not held (at start-up, and after the interpreter raised
/// the `MemoryError` that using it announced). Does nothing if the memory is not there.
pub fn arm_reserve() {
    if !RESERVE.load(Ordering::Relaxed).is_null() {
        return;
    }
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { System.alloc(reserve_layout()) };
    if !p.is_null() {
        if let Err(p) = RESERVE.compare_exchange(
            std::ptr::null_mut(),
            p,
            Ordering::Relaxed,
            Ordering::Relaxed,
        ) {
            // Another thread armed it meanwhile: give ours back.
            // SAFETY: `p` came from `System.alloc` with this layout and is unused.
            unsafe { System.dealloc(p, reserve_layout()) };
        }
    }
}

/// Set when the emergency reserve was given back to satisfy an allocation.
static RESERVE_USED: AtomicBool = AtomicBool::new(false);

/// Whether the emergency reserve was used since the last call (which forgets it).
pub fn take_reserve_used() -> bool {
    RESERVE_USED.swap(false, Ordering::Relaxed)
}

/// Give the emergency reserve back to the system, if held and if a request of `size` bytes
/// could fit in what it frees (a huge request must fail without using it up); true if it was.
pub(crate) fn release_reserve(size: usize) -> bool {
    if size > RESERVE_SIZE {
        return false;
    }
    let p = RESERVE.swap(std::ptr::null_mut(), Ordering::Relaxed);
    if p.is_null() {
        return false;
    }
    // SAFETY: `p` was allocated by `arm_reserve` from `System` with `reserve_layout()`, and
    // the swap made this the only place that frees it.
    unsafe { System.dealloc(p, reserve_layout()) };
    RESERVE_USED.store(true, Ordering::Relaxed);
    OVER_LIMIT.store(true, Ordering::Relaxed);
    true
}

/// The system allocator, counting live bytes for [`heap_bytes`] and the cap.
pub struct CountingAllocator;

impl CountingAllocator {
    #[inline]
    fn added(size: usize) {
        Self::added_net(size as isize);
    }

    /// Record a net growth (or shrink) and flag the cap if the heap ends above it.
    #[inline]
    fn added_net(delta: isize) {
        let now = record(delta);
        if now > 0 && now as usize > LIMIT.load(Ordering::Relaxed) {
            OVER_LIMIT.store(true, Ordering::Relaxed);
        }
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so
// `System`'s guarantees are ours; the counting only touches atomics and never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on unchanged.
        let mut p = unsafe { System.alloc(layout) };
        if p.is_null() && release_reserve(layout.size()) {
            // SAFETY: as above.
            p = unsafe { System.alloc(layout) };
        }
        if !p.is_null() {
            Self::added(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let mut p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() && release_reserve(layout.size()) {
            // SAFETY: as above.
            p = unsafe { System.alloc_zeroed(layout) };
        }
        if !p.is_null() {
            Self::added(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, which got it from `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        record(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; `new_size` is the caller's, valid for `layout.align()`.
        let mut p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() && release_reserve(new_size) {
            // SAFETY: as above; a failed realloc left `ptr` as it was.
            p = unsafe { System.realloc(ptr, layout, new_size) };
        }
        if !p.is_null() {
            Self::added_net(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Count `size` bytes mapped from the OS outside the allocator (arenas) as live.
pub(crate) fn count_mapped(size: usize) {
    CountingAllocator::added(size);
}

/// Stop counting `size` bytes given back to the OS.
pub(crate) fn uncount_mapped(size: usize) {
    record(-(size as isize));
}

/// Live bytes from the system allocator (0 unless [`CountingAllocator`] is installed).
pub fn heap_bytes() -> usize {
    let local = BALANCE.with(Cell::get);
    (HEAP_BYTES.load(Ordering::Relaxed) + local).max(0) as usize
}

/// Cap the heap at `bytes` (`None`: no cap).
pub fn set_limit(bytes: Option<usize>) {
    LIMIT.store(bytes.unwrap_or(usize::MAX), Ordering::Relaxed);
    OVER_LIMIT.store(false, Ordering::Relaxed);
}

/// The cap, if any.
pub fn limit() -> Option<usize> {
    match LIMIT.load(Ordering::Relaxed) {
        usize::MAX => None,
        n => Some(n),
    }
}

/// Whether an allocation ended above the cap since the last [`clear_over_limit`].
#[inline]
pub fn over_limit() -> bool {
    OVER_LIMIT.load(Ordering::Relaxed)
}

/// Forget that the cap was passed (the interpreter raised `MemoryError` for it). If the heap
/// is still above the cap, the next allocation sets the flag again.
pub fn clear_over_limit() {
    OVER_LIMIT.store(false, Ordering::Relaxed);
}

/// The program asked for more memory than it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryExhausted;

/// Whether `bytes` more may be allocated: an error when the request alone exceeds what any
/// allocation can be (`isize::MAX`), or when it would take the heap past the cap.
pub fn check_reserve(bytes: usize) -> Result<(), MemoryExhausted> {
    if bytes > isize::MAX as usize {
        return Err(MemoryExhausted);
    }
    match heap_bytes().checked_add(bytes) {
        Some(total) if total <= LIMIT.load(Ordering::Relaxed) => Ok(()),
        _ => Err(MemoryExhausted),
    }
}

/// `count` items of `item_size` bytes each: [`check_reserve`] for their total, which may
/// itself overflow.
pub fn check_reserve_items(count: usize, item_size: usize) -> Result<(), MemoryExhausted> {
    count
        .checked_mul(item_size)
        .ok_or(MemoryExhausted)
        .and_then(check_reserve)
}

/// Reserve room for `additional` more items in `v`, failing instead of aborting when the
/// memory is not there (the cap, or the system allocator saying no).
pub fn try_reserve<T>(v: &mut Vec<T>, additional: usize) -> Result<(), MemoryExhausted> {
    if v.capacity() - v.len() >= additional {
        return Ok(());
    }
    // Vec grows to at least double: check what it will really ask for.
    let wanted = v
        .len()
        .checked_add(additional)
        .ok_or(MemoryExhausted)?
        .max(v.capacity().saturating_mul(2));
    check_reserve_items(wanted - v.capacity(), std::mem::size_of::<T>().max(1))?;
    v.try_reserve(additional).map_err(|_| MemoryExhausted)
}

/// A vector of `count` copies of nothing yet: `Vec::with_capacity` that fails instead of
/// aborting.
pub fn try_with_capacity<T>(count: usize) -> Result<Vec<T>, MemoryExhausted> {
    let mut v = Vec::new();
    try_reserve(&mut v, count)?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_requests_fail_without_allocating() {
        assert_eq!(check_reserve(usize::MAX), Err(MemoryExhausted));
        assert_eq!(check_reserve_items(1 << 40, 1 << 40), Err(MemoryExhausted));
        let mut v: Vec<u64> = Vec::new();
        assert_eq!(try_reserve(&mut v, usize::MAX / 4), Err(MemoryExhausted));
        assert!(v.capacity() == 0);
        assert!(try_with_capacity::<u8>(16).is_ok_and(|v| v.capacity() >= 16));
    }

    /// One alloc/realloc/dealloc round: the counter's moves after each step.
    fn counted_round() -> [isize; 3] {
        let a = CountingAllocator;
        let layout = Layout::from_size_align(4096, 16).expect("valid layout");
        let grown = Layout::from_size_align(8192, 16).expect("valid layout");
        let before = heap_bytes() as isize;
        // SAFETY: a non-zero layout; the block is freed below with its current layout.
        let p = unsafe { a.alloc(layout) };
        assert!(!p.is_null());
        let after_alloc = heap_bytes() as isize - before;
        // SAFETY: `p` came from `a.alloc(layout)`; the new size is non-zero.
        let q = unsafe { a.realloc(p, layout, 8192) };
        assert!(!q.is_null());
        let after_realloc = heap_bytes() as isize - before;
        // SAFETY: `q` is the live block of `grown`'s size.
        unsafe { a.dealloc(q, grown) };
        [after_alloc, after_realloc, heap_bytes() as isize - before]
    }

    #[test]
    fn the_counting_allocator_counts_live_bytes() {
        // The counter is global: other tests of this binary map and unmap arenas in parallel
        // (`count_mapped`), which can move it mid-round. A correct allocator gives the exact
        // moves in a round nothing else disturbed; a wrong one never does.
        let expected = [4096, 8192, 0];
        let rounds: Vec<[isize; 3]> = (0..100).map(|_| counted_round()).collect();
        assert!(
            rounds.contains(&expected),
            "no round counted {expected:?}: {:?}",
            &rounds[..3]
        );
        assert!(!over_limit());
    }

    #[test]
    fn small_requests_succeed_without_a_cap() {
        assert_eq!(limit(), None);
        assert_eq!(check_reserve(1 << 20), Ok(()));
        let mut v = vec![1u8];
        assert_eq!(try_reserve(&mut v, 100), Ok(()));
        assert!(v.capacity() >= 101);
    }
}
