//! [`StorageAlloc`]: the allocator handle for memory a Python object owns besides its own block
//! (a list's items, a dict's table), so that every byte of an object comes from this crate's
//! allocator: small blocks from the pools, large ones from the large-block path, returned to
//! the system with them, and visible to a later tracemalloc.
//!
//! It implements `allocator_api2`'s `Allocator` (the stable mirror of std's allocator API), so
//! [`StorageVec`] and [`StorageBox`] are `Vec` and `Box` whose memory comes from
//! `allocator::try_allocate` / `try_reallocate` / `deallocate`.
//!
//! Invariants:
//! - `StorageAlloc` is a zero-sized handle onto *this thread's* heap, and is `!Send + !Sync`:
//!   a block it hands out lives in this thread's pools and is freed on this thread (a
//!   `StorageVec` cannot be sent to another thread either);
//! - a zero-sized request never touches the pools: it gets a dangling pointer aligned to the
//!   layout, and freeing it does nothing;
//! - alignment above `ALIGNMENT` (16) is refused with `AllocError`: every block is 16-aligned
//!   and no more;
//! - a block handed out for `n` bytes reports its usable size ([`allocator::usable_size`]: the
//!   size class's block size for a small request), and is freed with any size from `n` to that
//!   one, which all name the same size class (the `Allocator` contract's "fit");
//! - `grow`/`shrink` keep the block when the new size is of the same size class, and let a
//!   large block go through the system's `realloc`;
//! - a block is freed through the pointer it was handed out as (or one with its provenance):
//!   the pool finds its header by masking that pointer. allocator-api2's stable `Box::into_raw`
//!   narrows a box's pointer to its `T`, which Stacked Borrows then rejects on free (Tree
//!   Borrows accepts it); `StorageVec` keeps the pointer it was given;
//! - the `Allocator` methods never refuse a request because of the `-X max_memory` cap (an
//!   infallible `Vec::push` would abort): only real exhaustion fails them. Growth whose size
//!   comes from the program checks the cap first, through [`try_reserve_storage`] (as
//!   `heap_limit::try_reserve` does for a std `Vec`).

use core::marker::PhantomData;
use core::ptr::{self, NonNull};

use allocator_api2::alloc::{AllocError, Allocator, Layout};

use crate::allocator;
use crate::heap_limit::{self, MemoryExhausted};
use crate::tunables::ALIGNMENT;

/// Allocates from this thread's pools (at most 512 bytes) or the large-block path; see the
/// module documentation. Zero-sized, `Copy`, and `!Send + !Sync`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StorageAlloc {
    _this_thread: PhantomData<*const ()>,
}

impl StorageAlloc {
    /// The handle (all handles are the same allocator).
    pub const fn new() -> StorageAlloc {
        StorageAlloc {
            _this_thread: PhantomData,
        }
    }
}

/// A `Vec` whose buffer comes from this crate's allocator.
pub type StorageVec<T> = allocator_api2::vec::Vec<T, StorageAlloc>;

/// A `Box` whose memory comes from this crate's allocator.
pub type StorageBox<T> = allocator_api2::boxed::Box<T, StorageAlloc>;

/// An empty [`StorageVec`] (allocates nothing).
pub fn storage_vec<T>() -> StorageVec<T> {
    StorageVec::new_in(StorageAlloc::new())
}

/// A [`StorageVec`] of `len` copies of `value`.
pub fn storage_vec_filled<T: Clone>(value: T, len: usize) -> StorageVec<T> {
    let mut v = StorageVec::with_capacity_in(len, StorageAlloc::new());
    v.resize(len, value);
    v
}

/// An empty [`StorageVec`] with room for `capacity` items.
pub fn storage_vec_with_capacity<T>(capacity: usize) -> StorageVec<T> {
    StorageVec::with_capacity_in(capacity, StorageAlloc::new())
}

/// Reserve room for `additional` more items in `v`, failing instead of aborting when the memory
/// is not there: past the `-X max_memory` cap, beyond any allocation, or refused by the system
/// (`heap_limit::try_reserve` for a [`StorageVec`]).
pub fn try_reserve_storage<T>(
    v: &mut StorageVec<T>,
    additional: usize,
) -> Result<(), MemoryExhausted> {
    if v.capacity() - v.len() >= additional {
        return Ok(());
    }
    // The vector grows to at least double: check what it will really ask for.
    let wanted = v
        .len()
        .checked_add(additional)
        .ok_or(MemoryExhausted)?
        .max(v.capacity().saturating_mul(2));
    heap_limit::check_reserve_items(wanted - v.capacity(), size_of::<T>().max(1))?;
    v.try_reserve(additional).map_err(|_| MemoryExhausted)
}

/// A dangling, non-null pointer aligned to `align` (a power of two), for zero-sized blocks.
fn dangling(align: usize) -> NonNull<u8> {
    match NonNull::new(ptr::without_provenance_mut(align)) {
        Some(p) => p,
        None => unreachable!("an alignment is at least 1"),
    }
}

/// The block's pointer with its usable length, as the `Allocator` methods return it.
fn block_slice(block: NonNull<u8>, size: usize) -> NonNull<[u8]> {
    NonNull::slice_from_raw_parts(block, allocator::usable_size(size))
}

// SAFETY: blocks come from `allocator::try_allocate`/`try_reallocate`, which hand out live,
// 16-aligned, exclusively owned memory of at least the usable size reported, valid until freed
// (the per-thread heap never goes away: it has no destructor). The handle is a ZST with no
// state: copies and moves are the same allocator, and any block from one may go to another's
// methods. Alignments above 16 are refused. A block is freed or resized with a size that
// "fits" it (from the requested size to the reported usable one), which names its size class
// for a small block and is its exact size for a large one, as `deallocate` and `try_reallocate`
// require. Zero-sized blocks are dangling and never passed to them.
unsafe impl Allocator for StorageAlloc {
    fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        if layout.align() > ALIGNMENT {
            return Err(AllocError);
        }
        if layout.size() == 0 {
            return Ok(NonNull::slice_from_raw_parts(dangling(layout.align()), 0));
        }
        let block = allocator::try_allocate(layout.size()).ok_or(AllocError)?;
        Ok(block_slice(block, layout.size()))
    }

    unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: Layout) {
        if layout.size() != 0 {
            // SAFETY: `ptr` is a live block of this allocator and `layout` fits it (caller), so
            // its size names the block's size class (small) or is its size (large).
            unsafe { allocator::deallocate(ptr, layout.size()) }
        }
    }

    unsafe fn grow(
        &self,
        ptr: NonNull<u8>,
        old_layout: Layout,
        new_layout: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        // SAFETY: the caller's contract for `grow` (a live block that `old_layout` fits, and
        // `new_layout` at least as large) is what `resize` requires.
        unsafe { self.resize(ptr, old_layout, new_layout) }
    }

    unsafe fn grow_zeroed(
        &self,
        ptr: NonNull<u8>,
        old_layout: Layout,
        new_layout: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        // SAFETY: as for `grow`.
        let block = unsafe { self.resize(ptr, old_layout, new_layout) }?;
        // SAFETY: the block is `block.len()` bytes long and bytes `old_layout.size()..` are not
        // yet the caller's data.
        unsafe {
            block
                .cast::<u8>()
                .add(old_layout.size())
                .write_bytes(0, block.len() - old_layout.size())
        };
        Ok(block)
    }

    unsafe fn shrink(
        &self,
        ptr: NonNull<u8>,
        old_layout: Layout,
        new_layout: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        // SAFETY: the caller's contract for `shrink` (a live block that `old_layout` fits, and
        // `new_layout` no larger) is what `resize` requires.
        unsafe { self.resize(ptr, old_layout, new_layout) }
    }
}

impl StorageAlloc {
    /// `grow` and `shrink`: the same block when the size class stays, else `try_reallocate`.
    ///
    /// # Safety
    /// `ptr` is a live block of this allocator that `old_layout` fits; on `Ok` only the
    /// returned block is used afterwards.
    unsafe fn resize(
        &self,
        ptr: NonNull<u8>,
        old_layout: Layout,
        new_layout: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        if new_layout.align() > ALIGNMENT {
            return Err(AllocError);
        }
        match (old_layout.size(), new_layout.size()) {
            (0, _) => self.allocate(new_layout),
            (old, 0) => {
                // SAFETY: `ptr` is a live block of `old` bytes (caller), not used again.
                unsafe { allocator::deallocate(ptr, old) };
                Ok(NonNull::slice_from_raw_parts(
                    dangling(new_layout.align()),
                    0,
                ))
            }
            (old, new) => {
                // SAFETY: `ptr` is a live block that `old` fits (caller): `old` names its size
                // class, or is its exact size when large; nothing else uses it meanwhile.
                let block =
                    unsafe { allocator::try_reallocate(ptr, old, new) }.ok_or(AllocError)?;
                Ok(block_slice(block, new))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use allocator_api2::alloc::{Allocator, Layout};

    use super::*;
    use crate::heap_stats;
    use crate::test_payloads::{baseline, scaled};

    /// Compiles only if `T` is not `Send` (and likewise `Sync`): with both impls applying, the
    /// type parameter of the call cannot be inferred.
    trait AmbiguousIfSend<A> {
        fn check() {}
    }
    impl<T: ?Sized> AmbiguousIfSend<()> for T {}
    impl<T: ?Sized + Send> AmbiguousIfSend<u8> for T {}
    trait AmbiguousIfSync<A> {
        fn check() {}
    }
    impl<T: ?Sized> AmbiguousIfSync<()> for T {}
    impl<T: ?Sized + Sync> AmbiguousIfSync<u8> for T {}

    #[test]
    fn the_handle_is_zero_sized_and_stays_on_its_thread() {
        assert_eq!(size_of::<StorageAlloc>(), 0);
        <StorageAlloc as AmbiguousIfSend<_>>::check();
        <StorageAlloc as AmbiguousIfSync<_>>::check();
        <StorageVec<u8> as AmbiguousIfSend<_>>::check();
    }

    #[test]
    fn a_storage_vec_lives_in_the_pools_and_gives_them_back() {
        let before = baseline();
        let mut v: StorageVec<u64> = storage_vec();
        assert_eq!(heap_stats(), before, "an empty vector allocates nothing");
        v.push(1);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 1);
        let n = scaled(10_000, 300) as u64;
        v.extend(2..=n);
        assert_eq!(v.iter().sum::<u64>(), n * (n + 1) / 2);
        assert_eq!(heap_stats().large_in_use, before.large_in_use + 1);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
        v.truncate(3);
        v.shrink_to_fit();
        assert_eq!(heap_stats().large_in_use, before.large_in_use);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 1);
        assert_eq!(&v[..], &[1, 2, 3]);
        drop(v);
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn growing_within_a_size_class_keeps_the_block() {
        let before = baseline();
        let mut v: StorageVec<u8> = StorageVec::with_capacity_in(17, StorageAlloc::new());
        // The block of 17 bytes is a 32-byte one, and the vector may use all of it.
        assert!(v.capacity() >= 17);
        v.extend_from_slice(&[5; 17]);
        let block = v.as_ptr();
        let capacity = v.capacity();
        v.reserve_exact(32 - v.len());
        assert_eq!(v.as_ptr(), block, "17 and 32 bytes are one size class");
        v.resize(32, 6);
        v.reserve_exact(1);
        assert_ne!(v.as_ptr(), block, "33 bytes are the next class");
        assert!(v.capacity() > capacity);
        assert_eq!(&v[..17], &[5; 17]);
        assert_eq!(&v[17..], &[6; 15]);
        drop(v);
        assert_eq!(heap_stats(), before);
    }

    // Stacked Borrows rejects this one: allocator-api2's stable `Box::into_raw` (used by
    // `new_in`) narrows the box's pointer to the `T` it holds, and freeing a small block reads
    // its pool's header through that pointer (`block & !(POOL_SIZE - 1)`, CPython's way).
    // Tree Borrows accepts it (`MIRIFLAGS=-Zmiri-tree-borrows`).
    #[test]
    #[cfg_attr(
        miri,
        ignore = "Stacked Borrows vs. a header found by masking a narrowed pointer"
    )]
    fn boxes_live_in_the_pools() {
        let before = baseline();
        let boxed: StorageBox<[u64; 4]> = StorageBox::new_in([1, 2, 3, 4], StorageAlloc::new());
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 1);
        assert_eq!(boxed.iter().sum::<u64>(), 10);
        assert_eq!((&*boxed as *const [u64; 4]).addr() % 16, 0);
        drop(boxed);
        let big: StorageBox<[u8; 4096]> = StorageBox::new_in([7; 4096], StorageAlloc::new());
        assert_eq!(heap_stats().large_in_use, before.large_in_use + 1);
        drop(big);
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn zero_sized_requests_do_not_touch_the_pools() {
        let before = baseline();
        let unit: StorageBox<()> = StorageBox::new_in((), StorageAlloc::new());
        let empty: StorageVec<u32> = StorageVec::with_capacity_in(0, StorageAlloc::new());
        let mut units: StorageVec<()> = storage_vec();
        units.extend(core::iter::repeat_n((), 1000));
        assert_eq!(units.len(), 1000);
        assert_eq!(heap_stats(), before);
        drop((unit, empty, units));

        let alloc = StorageAlloc::new();
        let layout = Layout::from_size_align(0, 8).expect("a valid layout");
        let block = alloc.allocate(layout).expect("a zero-sized block");
        assert_eq!(block.len(), 0);
        assert_eq!(block.cast::<u8>().as_ptr().addr() % 8, 0);
        // SAFETY: the block came from `alloc.allocate(layout)`.
        unsafe { alloc.deallocate(block.cast(), layout) };
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn alignment_above_16_is_refused() {
        let alloc = StorageAlloc::new();
        let over = Layout::from_size_align(64, 32).expect("a valid layout");
        assert!(alloc.allocate(over).is_err());
        assert!(alloc.allocate(Layout::new::<u128>()).is_ok_and(|b| {
            // SAFETY: the block was just allocated for this layout.
            unsafe { alloc.deallocate(b.cast(), Layout::new::<u128>()) };
            true
        }));
        let small = Layout::from_size_align(16, 16).expect("a valid layout");
        let block = alloc.allocate(small).expect("a small block");
        // SAFETY: `block` is live and `small` fits it; the new layout is larger.
        let grown = unsafe { alloc.grow(block.cast(), small, over) };
        assert!(grown.is_err(), "growing into alignment 32 is refused too");
        // SAFETY: the failed `grow` left the block to us.
        unsafe { alloc.deallocate(block.cast(), small) };
    }

    #[test]
    fn grow_zeroed_and_shrink_across_classes_and_to_large() {
        let before = baseline();
        let alloc = StorageAlloc::new();
        let l = |size| Layout::from_size_align(size, 16).expect("a valid layout");
        let block = alloc.allocate(l(24)).expect("a small block");
        assert_eq!(block.len(), 32, "the usable size is the size class's");
        // SAFETY: the block is 32 bytes long.
        unsafe { block.cast::<u8>().write_bytes(9, 32) };
        // SAFETY: `block` is live and `l(32)` fits it (up to its usable size).
        let grown = unsafe { alloc.grow_zeroed(block.cast(), l(32), l(600)) }.expect("large");
        assert_eq!(heap_stats().large_in_use, before.large_in_use + 1);
        // SAFETY: the grown block is 600 bytes long and initialized (copied, then zeroed).
        let bytes = unsafe { grown.as_ref() };
        assert!(bytes[..32].iter().all(|&b| b == 9) && bytes[32..].iter().all(|&b| b == 0));
        // SAFETY: `grown` is live with layout `l(600)`.
        let shrunk = unsafe { alloc.shrink(grown.cast(), l(600), l(40)) }.expect("small");
        assert_eq!(heap_stats().large_in_use, before.large_in_use);
        assert_eq!(shrunk.len(), 48);
        // SAFETY: `shrunk` is live with layout `l(40)`; shrinking to nothing frees it.
        let gone = unsafe { alloc.shrink(shrunk.cast(), l(40), l(0)) }.expect("empty");
        assert_eq!(gone.len(), 0);
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn try_reserve_storage_refuses_the_impossible() {
        let mut v: StorageVec<u64> = storage_vec();
        assert_eq!(
            try_reserve_storage(&mut v, usize::MAX / 4),
            Err(MemoryExhausted)
        );
        assert_eq!(v.capacity(), 0);
        assert_eq!(try_reserve_storage(&mut v, 10), Ok(()));
        assert!(v.capacity() >= 10);
    }
}
