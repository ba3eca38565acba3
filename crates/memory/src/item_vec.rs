//! [`ItemVec<T>`]: the item storage of a Python list, allocated from this crate's pools (or its
//! large-block path), with CPython 3.14's over-allocation, so that a list's capacity, and so
//! `sys.getsizeof` (56 + 8 × capacity on 64-bit), is CPython's after the same operations.
//!
//! Layout: 16 bytes, a pointer, a `u32` length and a `u32` capacity (CPython's `ob_item`,
//! `ob_size` and `allocated`). Invariants:
//! - `len <= cap <= u32::MAX`, and `cap * size_of::<T>() <= isize::MAX`;
//! - items `[0, len)` are initialized and owned by the vector; `[len, cap)` is not;
//! - when `cap * size_of::<T>() > 0`, `ptr` is a block of exactly `cap * size_of::<T>()`
//!   bytes from `allocator::try_allocate`/`try_reallocate`, owned by the vector and freed with
//!   that size; otherwise (no capacity, or a zero-sized `T`) there is no block and `ptr` is
//!   `NonNull::dangling()` (for a zero-sized `T` the capacity still follows the policy below);
//! - `align_of::<T>() <= 16` (checked at compile time), so a 16-aligned block suits `T`;
//! - `ptr` keeps the provenance the allocator handed out (slices are made from it, never the
//!   other way round), so freeing can find the block's pool header;
//! - the vector is `!Send + !Sync`: its block lives in this thread's pools;
//! - dropping the vector releases the items from the last to the first, then the block
//!   (CPython's `list_dealloc`); a panicking item `Drop` does not stop the others.
//!
//! Capacity, operation by operation (CPython 3.14's `Objects/listobject.c`):
//! - [`list_resize_capacity`] is `list_resize`'s rule. Growing to `n` items allocates
//!   `(n + n/8 + 6) & !3`, or `(n + 3) & !3` when the growth is larger than that margin; a
//!   shrink to `n` reallocates by the same rule when `n` falls below half the capacity, except
//!   that an allocation of at most [`SMALL_LIST_ALLOCATION`] items is kept (native CPython
//!   3.14.10; 3.14.2 still shrank those); a shrink to 0 that is not kept frees;
//! - `push` (`list.append`) only resizes when full: capacities 0, 4, 8, 16, 24, 32, 40, 52, ...;
//!   `insert`, `delete` (`del l[i]`) and `try_reserve` resize to the new length; `pop`,
//!   `remove`, `remove_range`, `truncate` (`del l[n:]`) and `try_splice` (`l[i:j] = ...`)
//!   resize too, but free the block when the list becomes empty (`list_clear`), as `clear`
//!   does;
//! - `with_capacity`/`try_with_capacity`, `From<Vec>`, `clone`, `try_from_slice` and
//!   `try_repeat` allocate exactly (`PyList_New(n)`, a slice, a copy, `l * n`);
//!   `try_preallocate` rounds up to even (`list_preallocate_exact`, for `list(x)` with `len(x)`);
//! - `try_extend`/`try_extend_from_slice` are `list.extend` of a sized sequence (no storage
//!   yet: exactly the count rounded up to even; else resize to `len + n`);
//!   `try_extend_with_hint` is `list.extend` of an iterator with `__length_hint__`;
//!   `try_repeat_in_place` is `l *= n`.
//!
//! Every operation that may allocate has a fallible `try_` form (for `remove_range`:
//! `try_splice(range, [])`; for `clone`: `try_from_slice`) returning
//! [`MemoryExhausted`] (the VM's `MemoryError`) when the request passes the `-X max_memory`
//! cap, exceeds `u32::MAX` items or `isize::MAX` bytes, or the system has no memory. The
//! infallible forms panic past `u32::MAX` items and abort on exhaustion (as `Vec` does).

use core::fmt;
use core::marker::PhantomData;
use core::mem::{self, ManuallyDrop};
use core::ops::{Bound, Deref, DerefMut, RangeBounds};
use core::ptr::{self, NonNull};
use std::alloc::{handle_alloc_error, Layout};

use crate::allocator;
use crate::heap_limit::{self, MemoryExhausted};
use crate::tunables::ALIGNMENT;

/// The most items an [`ItemVec`] holds (its length and capacity are `u32`s).
pub const MAX_ITEMS: usize = u32::MAX as usize;

/// An allocation of at most this many items is never shrunk by [`list_resize_capacity`] (only
/// freed when the list is emptied by `pop`, `remove`, `clear` or a slice deletion): native
/// CPython 3.14.10 keeps them, as measured (`l = [None] * 32; del l[2:]` keeps 32,
/// `[None] * 33` shrinks to 8).
pub const SMALL_LIST_ALLOCATION: usize = 32;

/// The capacity CPython 3.14's `list_resize` leaves for a list of capacity `allocated` and
/// length `len` when it is resized to `new_len` items: `allocated` itself when it still fits
/// and the list is not too sparse, else the over-allocated size for `new_len`.
pub fn list_resize_capacity(allocated: usize, len: usize, new_len: usize) -> usize {
    if allocated >= new_len && (new_len >= allocated >> 1 || allocated <= SMALL_LIST_ALLOCATION) {
        return allocated;
    }
    if new_len == 0 {
        return 0;
    }
    // Over-allocate by an eighth plus 6, rounded down to a multiple of 4...
    let over = new_len.saturating_add(new_len >> 3).saturating_add(6) & !3;
    // ...unless this growth is larger than that margin: then only round up to a multiple of 4.
    if new_len > len && new_len - len > over - new_len {
        new_len.saturating_add(3) & !3
    } else {
        over
    }
}

/// Why the storage could not be resized.
enum Failure {
    /// More than [`MAX_ITEMS`] items, or more than `isize::MAX` bytes.
    Overflow,
    /// The cap or the system refused a block of this many bytes.
    Exhausted(usize),
}

impl Failure {
    /// The infallible operations' reaction: a clear panic, or the allocation-failure handler.
    #[cold]
    fn raise(self) -> ! {
        match self {
            Failure::Overflow => {
                panic!("ItemVec capacity overflow: more than u32::MAX items or isize::MAX bytes")
            }
            Failure::Exhausted(bytes) => handle_alloc_error(
                Layout::from_size_align(bytes, ALIGNMENT).unwrap_or(Layout::new::<u8>()),
            ),
        }
    }
}

impl From<Failure> for MemoryExhausted {
    fn from(_: Failure) -> MemoryExhausted {
        MemoryExhausted
    }
}

/// A Python list's items: see the module documentation.
pub struct ItemVec<T> {
    ptr: NonNull<T>,
    len: u32,
    cap: u32,
    _owns: PhantomData<T>,
}

impl<T> ItemVec<T> {
    const ALIGN_FITS: () = assert!(
        align_of::<T>() <= ALIGNMENT,
        "ItemVec items must be at most 16-aligned"
    );

    /// An empty vector with no storage (`[]`).
    pub const fn new() -> ItemVec<T> {
        ItemVec {
            ptr: NonNull::dangling(),
            len: 0,
            cap: 0,
            _owns: PhantomData,
        }
    }

    /// An empty vector with room for exactly `capacity` items (`PyList_New`'s storage).
    ///
    /// # Panics
    /// Beyond `u32::MAX` items or `isize::MAX` bytes.
    pub fn with_capacity(capacity: usize) -> ItemVec<T> {
        let mut v = ItemVec::new();
        v.set_capacity(capacity, false)
            .unwrap_or_else(|f| f.raise());
        v
    }

    /// [`with_capacity`](Self::with_capacity), failing instead of panicking or aborting.
    pub fn try_with_capacity(capacity: usize) -> Result<ItemVec<T>, MemoryExhausted> {
        let mut v = ItemVec::new();
        v.set_capacity(capacity, true)?;
        Ok(v)
    }

    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether there are no items.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Items the storage holds (CPython's `allocated`).
    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap as usize
    }

    /// Bytes of item storage the vector owns: `capacity() * size_of::<T>()`, what
    /// `list.__sizeof__` adds to the list object's own size.
    pub fn storage_bytes(&self) -> usize {
        self.capacity() * size_of::<T>()
    }

    /// The items.
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `ptr` is aligned and non-null, and items `[0, len)` are initialized and
        // owned by `self`, which this borrow keeps alive and unchanged.
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), self.len()) }
    }

    /// The items, mutably.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as for `as_slice`, with `&mut self` making the access exclusive.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len()) }
    }

    /// The item storage's start (dangling when there is no block).
    pub fn as_ptr(&self) -> *const T {
        self.ptr.as_ptr()
    }

    #[inline]
    fn base(&self) -> *mut T {
        self.ptr.as_ptr()
    }

    /// Bytes of a block of `cap` items, if such a vector may exist.
    fn bytes_for(cap: usize) -> Result<usize, Failure> {
        let () = Self::ALIGN_FITS;
        if cap > MAX_ITEMS {
            return Err(Failure::Overflow);
        }
        match cap.checked_mul(size_of::<T>()) {
            Some(bytes) if bytes <= isize::MAX as usize => Ok(bytes),
            _ => Err(Failure::Overflow),
        }
    }

    /// Make the storage hold exactly `new_cap` items (`new_cap >= len`), keeping the items.
    /// `check_cap`: refuse growth past the `-X max_memory` cap (the fallible operations).
    fn set_capacity(&mut self, new_cap: usize, check_cap: bool) -> Result<(), Failure> {
        debug_assert!(new_cap >= self.len());
        let new_bytes = Self::bytes_for(new_cap)?;
        let old_bytes = self.storage_bytes();
        if new_bytes != old_bytes {
            if check_cap && new_bytes > old_bytes {
                heap_limit::check_reserve(new_bytes - old_bytes)
                    .map_err(|_| Failure::Exhausted(new_bytes))?;
            }
            self.ptr = if old_bytes == 0 {
                allocator::try_allocate(new_bytes)
                    .ok_or(Failure::Exhausted(new_bytes))?
                    .cast()
            } else if new_bytes == 0 {
                // SAFETY: the block is ours, of `old_bytes` bytes, and holds no item
                // (`len <= new_cap == 0`); it is not used again.
                unsafe { allocator::deallocate(self.ptr.cast(), old_bytes) };
                NonNull::dangling()
            } else {
                // SAFETY: the block is ours, of exactly `old_bytes` bytes, and nothing else
                // uses it; on success only the returned block is used. Both sizes hold the
                // `len` items, so they are carried over.
                unsafe { allocator::try_reallocate(self.ptr.cast(), old_bytes, new_bytes) }
                    .ok_or(Failure::Exhausted(new_bytes))?
                    .cast()
            };
        }
        self.cap = new_cap as u32; // `bytes_for` checked `new_cap <= u32::MAX`.
        Ok(())
    }

    /// CPython's `list_resize(self, new_len)` for a coming length `new_len >= len`: the
    /// capacity becomes [`list_resize_capacity`]'s (it may shrink, never below `new_len`).
    fn resize_for(&mut self, new_len: usize, check_cap: bool) -> Result<(), Failure> {
        if new_len > MAX_ITEMS {
            return Err(Failure::Overflow);
        }
        let new_cap = list_resize_capacity(self.capacity(), self.len(), new_len).min(MAX_ITEMS);
        if new_cap == self.capacity() {
            return Ok(());
        }
        self.set_capacity(new_cap, check_cap)
    }

    /// `list_resize(self, len)` after items were taken out: shrink if the rule says so. A
    /// shrink the allocator cannot do keeps the larger block, which is still valid.
    fn settle(&mut self) {
        let _ = self.resize_for(self.len(), false);
    }

    /// After items were taken out by `pop`, `remove` or a slice deletion: an empty list gives
    /// its block back (`list_clear`), else [`settle`](Self::settle).
    fn settle_or_release(&mut self) {
        if self.len == 0 {
            let _ = self.set_capacity(0, false); // Freeing cannot fail.
        } else {
            self.settle();
        }
    }

    /// Room for one more item (`app1`: resize only when full).
    #[inline]
    fn room_for_one(&mut self, check_cap: bool) -> Result<(), Failure> {
        if self.len < self.cap {
            Ok(())
        } else {
            self.resize_for(self.len() + 1, check_cap)
        }
    }

    /// Append `item`, knowing there is room.
    ///
    /// # Safety
    /// `len < cap`.
    #[inline]
    unsafe fn push_within_capacity(&mut self, item: T) {
        debug_assert!(self.len < self.cap);
        // SAFETY: slot `len` is inside the storage (caller) and not initialized.
        unsafe { self.base().add(self.len()).write(item) };
        self.len += 1;
    }

    /// Append `item` (`list.append`).
    ///
    /// # Panics
    /// Beyond `u32::MAX` items.
    #[inline]
    pub fn push(&mut self, item: T) {
        self.room_for_one(false).unwrap_or_else(|f| f.raise());
        // SAFETY: `room_for_one` made `len < cap`.
        unsafe { self.push_within_capacity(item) }
    }

    /// Append `item`, or give it back when there is no memory for it (`MemoryError`).
    pub fn try_push(&mut self, item: T) -> Result<(), T> {
        if self.room_for_one(true).is_err() {
            return Err(item);
        }
        // SAFETY: `room_for_one` made `len < cap`.
        unsafe { self.push_within_capacity(item) };
        Ok(())
    }

    /// Insert `item` at `index`, shifting the later items up (`list.insert`: the storage is
    /// resized to the new length first).
    ///
    /// # Panics
    /// If `index > len`, or beyond `u32::MAX` items.
    pub fn insert(&mut self, index: usize, item: T) {
        if self.insert_impl(index, item, false).is_err() {
            unreachable!("the infallible form raises instead of returning the item");
        }
    }

    /// [`insert`](Self::insert), giving `item` back when there is no memory for it.
    ///
    /// # Panics
    /// If `index > len`.
    pub fn try_insert(&mut self, index: usize, item: T) -> Result<(), T> {
        self.insert_impl(index, item, true)
    }

    fn insert_impl(&mut self, index: usize, item: T, fallible: bool) -> Result<(), T> {
        let len = self.len();
        assert!(
            index <= len,
            "insertion index (is {index}) should be <= len (is {len})"
        );
        match self.resize_for(len + 1, fallible) {
            Ok(()) => {}
            Err(_) if fallible => return Err(item),
            Err(failure) => failure.raise(),
        }
        // SAFETY: `resize_for` made room for `len + 1` items; the items `[index, len)` move up
        // one slot (an overlapping copy) and `item` fills the gap.
        unsafe {
            let at = self.base().add(index);
            ptr::copy(at, at.add(1), len - index);
            at.write(item);
        }
        self.len += 1;
        Ok(())
    }

    /// Remove and return the last item (`list.pop()`); an emptied list frees its storage.
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: slot `len` (the old last) was initialized; it is no longer counted, so it is
        // read out exactly once.
        let item = unsafe { self.base().add(self.len()).read() };
        self.settle_or_release();
        Some(item)
    }

    /// Remove and return the item at `index`, shifting the later ones down (`list.pop(i)`,
    /// `list.remove(x)`); an emptied list frees its storage.
    ///
    /// # Panics
    /// If `index >= len`.
    pub fn remove(&mut self, index: usize) -> T {
        let item = self.take_at(index, "removal");
        self.settle_or_release();
        item
    }

    /// [`remove`](Self::remove) as `del l[i]` does it: an emptied list keeps its storage
    /// unless the resize rule frees it.
    ///
    /// # Panics
    /// If `index >= len`.
    pub fn delete(&mut self, index: usize) -> T {
        let item = self.take_at(index, "deletion");
        self.settle();
        item
    }

    fn take_at(&mut self, index: usize, what: &str) -> T {
        let len = self.len();
        assert!(
            index < len,
            "{what} index (is {index}) should be < len (is {len})"
        );
        // SAFETY: `index < len`: the item is read out once, then the items `(index, len)` move
        // down over its slot (an overlapping copy) and the length drops by one.
        let item = unsafe {
            let at = self.base().add(index);
            let item = at.read();
            ptr::copy(at.add(1), at, len - index - 1);
            item
        };
        self.len -= 1;
        item
    }

    /// Drop the items from `new_len` on, last to first, then resize the storage as a slice
    /// deletion does (`del l[new_len:]`: freed when `new_len == 0`). Nothing happens when
    /// `new_len >= len`.
    pub fn truncate(&mut self, new_len: usize) {
        if self.drop_tail(new_len) {
            self.settle_or_release();
        }
    }

    /// Drop the items from `new_len` on (last to first); whether there were any.
    fn drop_tail(&mut self, new_len: usize) -> bool {
        let old_len = self.len();
        if new_len >= old_len {
            return false;
        }
        self.len = new_len as u32;
        // SAFETY: the items `[new_len, old_len)` are initialized and no longer counted by
        // `len`, so they are dropped exactly once; on a panic, the rest are still dropped.
        unsafe { drop_items_last_first(self.base().add(new_len), old_len - new_len) };
        true
    }

    /// Drop every item (last to first) and free the storage (`list.clear()`): the vector is
    /// empty, with no storage, before the first item is dropped.
    pub fn clear(&mut self) {
        drop(mem::take(self));
    }

    /// Keep only the items for which `keep` returns true, in order; the others are dropped as
    /// they are met, then the storage is resized as a slice deletion does. If `keep` or a
    /// `Drop` panics, the items not yet examined stay.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let original_len = self.len();
        if original_len == 0 {
            return;
        }
        /// Closes the gap left by dropped items and sets the length, also when unwinding.
        struct Gap<'a, T> {
            vec: &'a mut ItemVec<T>,
            examined: usize,
            dropped: usize,
            original_len: usize,
        }
        impl<T> Drop for Gap<'_, T> {
            fn drop(&mut self) {
                if self.dropped > 0 {
                    // SAFETY: the items `[examined, original_len)` are initialized and not yet
                    // looked at; they move down over the `dropped` vacated slots below them.
                    unsafe {
                        let base = self.vec.base();
                        ptr::copy(
                            base.add(self.examined),
                            base.add(self.examined - self.dropped),
                            self.original_len - self.examined,
                        );
                    }
                }
                self.vec.len = (self.original_len - self.dropped) as u32;
            }
        }
        // While examining, `len` is 0: a panic leaves only what `Gap` accounts for.
        self.len = 0;
        let base = self.base();
        let mut gap = Gap {
            vec: self,
            examined: 0,
            dropped: 0,
            original_len,
        };
        while gap.examined < original_len {
            // SAFETY: `examined < original_len`: the item is initialized and not moved yet.
            let item = unsafe { base.add(gap.examined) };
            // SAFETY: `item` points to a live item that nothing else refers to.
            if keep(unsafe { &*item }) {
                if gap.dropped > 0 {
                    // SAFETY: the target slot was vacated (dropped or moved) and lies below.
                    unsafe { item.copy_to_nonoverlapping(item.sub(gap.dropped), 1) };
                }
                gap.examined += 1;
            } else {
                gap.examined += 1;
                gap.dropped += 1;
                // SAFETY: the item is initialized and, counted as dropped, never used again.
                unsafe { ptr::drop_in_place(item) };
            }
        }
        let dropped = gap.dropped;
        drop(gap);
        if dropped > 0 {
            self.settle_or_release();
        }
    }

    /// Make room for `additional` more items as `list_resize(self, len + additional)` does
    /// (over-allocating; on a sparse list this may even shrink the storage, never below
    /// `len + additional`), failing with `MemoryError` instead of aborting.
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), MemoryExhausted> {
        let new_len = self.len().checked_add(additional).ok_or(MemoryExhausted)?;
        Ok(self.resize_for(new_len, true)?)
    }

    /// CPython's `list_preallocate_exact`: a list with no storage gets room for `count` items
    /// rounded up to even (`list(x)` when `len(x)` is known); a list that has storage, or a
    /// `count` of 0, is left as it is.
    pub fn try_preallocate(&mut self, count: usize) -> Result<(), MemoryExhausted> {
        if self.cap != 0 || count == 0 {
            return Ok(());
        }
        if count > MAX_ITEMS {
            return Err(MemoryExhausted);
        }
        let even = (count + 1) & !1;
        Ok(self.set_capacity(even.min(MAX_ITEMS), true)?)
    }

    /// Room for `count` more items as `list.extend` of a sized sequence makes it: no storage
    /// yet: exactly `count` rounded up to even; else `list_resize(len + count)`.
    fn reserve_for_extend(&mut self, count: usize, check_cap: bool) -> Result<(), Failure> {
        if count == 0 {
            return Ok(());
        }
        let new_len = self
            .len()
            .checked_add(count)
            .filter(|&n| n <= MAX_ITEMS)
            .ok_or(Failure::Overflow)?;
        if self.cap == 0 {
            let even = ((count + 1) & !1).min(MAX_ITEMS);
            self.set_capacity(even, check_cap)
        } else {
            self.resize_for(new_len, check_cap)
        }
    }

    /// Append the items of an iterator that says how many it has: `list.extend` of a list, a
    /// tuple, a set, a dict (storage as [`try_extend_from_slice`](Self::try_extend_from_slice)).
    /// An iterator yielding more than it said still has all its items appended (growing as
    /// `append` does). On failure, the items appended so far stay and the rest are dropped.
    pub fn try_extend<I>(&mut self, items: I) -> Result<(), MemoryExhausted>
    where
        I: IntoIterator<Item = T>,
        I::IntoIter: ExactSizeIterator,
    {
        let items = items.into_iter();
        let count = items.len();
        Ok(self.extend_sized(items, count, true)?)
    }

    fn extend_sized(
        &mut self,
        items: impl Iterator<Item = T>,
        count: usize,
        check_cap: bool,
    ) -> Result<(), Failure> {
        self.reserve_for_extend(count, check_cap)?;
        self.append_all(items, check_cap)
    }

    /// Append every item, growing as `append` does when full. The length counts each item as
    /// soon as it is stored, so a panicking iterator leaves no item unowned.
    fn append_all(
        &mut self,
        items: impl Iterator<Item = T>,
        check_cap: bool,
    ) -> Result<(), Failure> {
        for item in items {
            self.room_for_one(check_cap)?;
            // SAFETY: `room_for_one` made `len < cap`.
            unsafe { self.push_within_capacity(item) };
        }
        Ok(())
    }

    /// `list.extend` of an iterator whose `__length_hint__` (or CPython's default, 8) is
    /// `length_hint`: storage for the hint first (rounded up to even when there is none yet,
    /// else `list_resize(len + hint)`), each item appended, then the storage trimmed with
    /// `list_resize(len)`. On failure, the items appended so far stay and the rest are dropped.
    pub fn try_extend_with_hint(
        &mut self,
        items: impl IntoIterator<Item = T>,
        length_hint: usize,
    ) -> Result<(), MemoryExhausted> {
        Ok(self.extend_hinted(items.into_iter(), length_hint, true)?)
    }

    fn extend_hinted(
        &mut self,
        items: impl Iterator<Item = T>,
        length_hint: usize,
        check_cap: bool,
    ) -> Result<(), Failure> {
        let len = self.len();
        // A hint that cannot be met is ignored, as CPython ignores one that overflows.
        if len.checked_add(length_hint).is_some_and(|n| n <= MAX_ITEMS) {
            if self.cap == 0 {
                if length_hint > 0 {
                    let even = ((length_hint + 1) & !1).min(MAX_ITEMS);
                    self.set_capacity(even, check_cap)?;
                }
            } else {
                self.resize_for(len + length_hint, check_cap)?;
            }
        }
        self.append_all(items, check_cap)?;
        if self.len < self.cap {
            self.settle();
        }
        Ok(())
    }

    /// Items [`try_splice`](Self::try_splice) and [`remove_range`](Self::remove_range) work on.
    fn bounds(&self, range: impl RangeBounds<usize>) -> (usize, usize) {
        let len = self.len();
        let start = match range.start_bound() {
            Bound::Included(&s) => s,
            Bound::Excluded(&s) => s.checked_add(1).expect("range start overflows usize"),
            Bound::Unbounded => 0,
        };
        let end = match range.end_bound() {
            Bound::Included(&e) => e.checked_add(1).expect("range end overflows usize"),
            Bound::Excluded(&e) => e,
            Bound::Unbounded => len,
        };
        assert!(
            start <= end && end <= len,
            "range {start}..{end} out of bounds for length {len}"
        );
        (start, end)
    }

    /// Replace the items in `range` with `replacement`'s, returning the replaced ones
    /// (CPython's `list_ass_slice`, `l[i:j] = seq`): the storage is resized once, to the new
    /// length, as `list_ass_slice` does, and freed if the list becomes empty. The replaced
    /// items come back in a new `ItemVec` of exactly their number (the list's old storage when
    /// the list becomes empty), whose drop releases them last to first as CPython does: drop
    /// it once no borrow of the list is held.
    ///
    /// `replacement` is collected first; on failure the list is unchanged and the replacement
    /// dropped.
    ///
    /// # Panics
    /// If `range` is out of bounds.
    pub fn try_splice(
        &mut self,
        range: impl RangeBounds<usize>,
        replacement: impl IntoIterator<Item = T>,
    ) -> Result<ItemVec<T>, MemoryExhausted> {
        let (start, end) = self.bounds(range);
        let replacement = replacement.into_iter();
        let mut new_items = ItemVec::new();
        let hint = replacement.size_hint().0;
        new_items.extend_sized(replacement, hint, true)?;
        Ok(self.splice_items(start, end, new_items, true)?)
    }

    /// Remove the items in `range` and return them (`del l[i:j]`, see
    /// [`try_splice`](Self::try_splice)).
    ///
    /// # Panics
    /// If `range` is out of bounds.
    pub fn remove_range(&mut self, range: impl RangeBounds<usize>) -> ItemVec<T> {
        let (start, end) = self.bounds(range);
        self.splice_items(start, end, ItemVec::new(), false)
            .unwrap_or_else(|f| f.raise())
    }

    fn splice_items(
        &mut self,
        start: usize,
        end: usize,
        mut new_items: ItemVec<T>,
        check_cap: bool,
    ) -> Result<ItemVec<T>, Failure> {
        let len = self.len();
        let replaced = end - start;
        let count = new_items.len();
        let new_len = len - replaced + count;
        if new_len > MAX_ITEMS {
            return Err(Failure::Overflow);
        }
        if new_len == 0 {
            // `list_clear`: the list is left with no storage; the replaced items (all of
            // them) go back in the old block.
            return Ok(mem::take(self));
        }
        let mut removed = ItemVec::new();
        removed.set_capacity(replaced, check_cap)?;
        if count > replaced {
            self.resize_for(new_len, check_cap)?;
        }
        // SAFETY: no code that could panic runs from here on. The replaced items move to
        // `removed` (room for exactly them), the tail `[end, len)` moves to just after where
        // the new items go (an overlapping copy; the storage holds `new_len` items), the new
        // items move in, and each vector's length then counts exactly the items it owns.
        unsafe {
            let base = self.base();
            ptr::copy_nonoverlapping(base.add(start), removed.base(), replaced);
            removed.len = replaced as u32;
            ptr::copy(base.add(end), base.add(start + count), len - end);
            ptr::copy_nonoverlapping(new_items.base(), base.add(start), count);
            new_items.len = 0;
        }
        self.len = new_len as u32;
        if count < replaced {
            self.settle();
        }
        Ok(removed)
    }

    /// Grow to `new_len` items with clones of `value` (the last slot takes `value` itself),
    /// resizing the storage as `list_resize(new_len)`; or [`truncate`](Self::truncate) to it.
    ///
    /// # Panics
    /// Beyond `u32::MAX` items.
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        self.resize_impl(new_len, value, false)
            .unwrap_or_else(|f| f.raise());
    }

    /// [`resize`](Self::resize), failing instead of panicking or aborting.
    pub fn try_resize(&mut self, new_len: usize, value: T) -> Result<(), MemoryExhausted>
    where
        T: Clone,
    {
        Ok(self.resize_impl(new_len, value, true)?)
    }

    fn resize_impl(&mut self, new_len: usize, value: T, check_cap: bool) -> Result<(), Failure>
    where
        T: Clone,
    {
        let len = self.len();
        if new_len <= len {
            self.truncate(new_len);
            return Ok(());
        }
        self.resize_for(new_len, check_cap)?;
        for _ in len + 1..new_len {
            // SAFETY: the storage holds `new_len` items and `len < new_len`.
            unsafe { self.push_within_capacity(value.clone()) };
        }
        // SAFETY: as above: one slot is left.
        unsafe { self.push_within_capacity(value) };
        Ok(())
    }

    /// Append clones of `items` (`list.extend` of a list or tuple: storage as
    /// [`try_extend`](Self::try_extend)). If a clone panics, the clones made so far stay.
    pub fn try_extend_from_slice(&mut self, items: &[T]) -> Result<(), MemoryExhausted>
    where
        T: Clone,
    {
        self.reserve_for_extend(items.len(), true)?;
        // SAFETY: `reserve_for_extend` made room for `items.len()` more items.
        unsafe { self.clone_within_capacity(items) };
        Ok(())
    }

    /// Append clones of `items`, each counted as soon as it is stored.
    ///
    /// # Safety
    /// The storage has room for `items.len()` more items.
    unsafe fn clone_within_capacity(&mut self, items: &[T])
    where
        T: Clone,
    {
        for item in items {
            // SAFETY: room was made for every item (caller).
            unsafe { self.push_within_capacity(item.clone()) };
        }
    }

    /// A vector of clones of `items`, with exactly their number of slots (a slice or copy of
    /// a list, a list display of known items).
    pub fn try_from_slice(items: &[T]) -> Result<ItemVec<T>, MemoryExhausted>
    where
        T: Clone,
    {
        let mut v = ItemVec::try_with_capacity(items.len())?;
        // SAFETY: `v` has room for exactly `items.len()` items.
        unsafe { v.clone_within_capacity(items) };
        Ok(v)
    }

    /// `l * n`: a new vector of the items repeated `n` times, with exactly that many slots.
    pub fn try_repeat(&self, times: usize) -> Result<ItemVec<T>, MemoryExhausted>
    where
        T: Clone,
    {
        let total = self.len().checked_mul(times).ok_or(MemoryExhausted)?;
        let mut v = ItemVec::try_with_capacity(total)?;
        for _ in 0..times {
            // SAFETY: `v` has room for `times` copies of the items.
            unsafe { v.clone_within_capacity(self) };
        }
        Ok(v)
    }

    /// `l *= n`: nothing for an empty list or `n == 1`, [`clear`](Self::clear) for `n == 0`,
    /// else `list_resize(len * n)` and the items cloned after themselves. If a clone panics,
    /// the clones made so far stay.
    pub fn try_repeat_in_place(&mut self, times: usize) -> Result<(), MemoryExhausted>
    where
        T: Clone,
    {
        let input = self.len();
        if input == 0 || times == 1 {
            return Ok(());
        }
        if times == 0 {
            self.clear();
            return Ok(());
        }
        let total = input
            .checked_mul(times)
            .filter(|&n| n <= MAX_ITEMS)
            .ok_or(MemoryExhausted)?;
        self.resize_for(total, true)?;
        let base = self.base();
        for _ in 1..times {
            for i in 0..input {
                // SAFETY: item `i < input <= len` is initialized; the storage holds `total`
                // items, so it does not move while the clones are stored after it.
                let item = unsafe { &*base.add(i) }.clone();
                // SAFETY: the storage has room for `total` items and fewer are stored.
                unsafe { self.push_within_capacity(item) };
            }
        }
        Ok(())
    }

    /// The items in a `Vec` (in order).
    pub fn into_vec(self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.len());
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `out` has room for `len` items; the items move there, then `this` forgets
        // them (length 0) and frees its block as an empty vector.
        unsafe {
            ptr::copy_nonoverlapping(this.base(), out.as_mut_ptr(), this.len());
            out.set_len(this.len());
            this.len = 0;
            ManuallyDrop::drop(&mut this);
        }
        out
    }

    /// The items of `items`, in storage of exactly their number, or `items` back when there is
    /// no memory for it.
    pub fn try_from_vec(items: Vec<T>) -> Result<ItemVec<T>, Vec<T>> {
        Self::from_vec_impl(items, true).map_err(|(_, items)| items)
    }

    fn from_vec_impl(mut items: Vec<T>, check_cap: bool) -> Result<ItemVec<T>, (Failure, Vec<T>)> {
        let mut v = ItemVec::new();
        if let Err(failure) = v.set_capacity(items.len(), check_cap) {
            return Err((failure, items));
        }
        // SAFETY: `v` has room for the items, which move there; `items` then forgets them and
        // only frees its buffer.
        unsafe {
            ptr::copy_nonoverlapping(items.as_ptr(), v.base(), items.len());
            v.len = items.len() as u32;
            items.set_len(0);
        }
        Ok(v)
    }

    /// Set the length without initializing anything (for the overflow tests of a zero-sized
    /// `T`, whose every value is the same).
    ///
    /// # Safety
    /// `T` is zero-sized without drop glue, and `len <= capacity()`.
    #[cfg(test)]
    pub(crate) unsafe fn set_len_of_zero_sized(&mut self, len: usize) {
        assert!(size_of::<T>() == 0 && !mem::needs_drop::<T>() && len <= self.capacity());
        self.len = len as u32;
    }
}

/// Drop `count` items starting at `first`, from the last to the first. If one panics, the
/// ones before it are still dropped (a second panic aborts, as for slices).
///
/// # Safety
/// The items are initialized, owned by the caller, and not used afterwards.
unsafe fn drop_items_last_first<T>(first: *mut T, count: usize) {
    if !mem::needs_drop::<T>() {
        return;
    }
    /// On unwinding out of one item's drop, drops the items before it.
    struct Rest<T> {
        first: *mut T,
        count: usize,
    }
    impl<T> Drop for Rest<T> {
        fn drop(&mut self) {
            // SAFETY: the items `[0, count)` are still initialized and owned (the caller's
            // guarantee, for those not yet dropped).
            unsafe { drop_items_last_first(self.first, self.count) }
        }
    }
    let mut remaining = count;
    while remaining > 0 {
        remaining -= 1;
        let rest = Rest {
            first,
            count: remaining,
        };
        // SAFETY: item `remaining` is initialized and dropped once (caller).
        unsafe { ptr::drop_in_place(first.add(remaining)) };
        mem::forget(rest);
    }
}

impl<T> Drop for ItemVec<T> {
    fn drop(&mut self) {
        /// Frees the block after the items, also when an item's drop unwinds.
        struct Block {
            ptr: NonNull<u8>,
            bytes: usize,
        }
        impl Drop for Block {
            fn drop(&mut self) {
                if self.bytes > 0 {
                    // SAFETY: the vector's block, of this size, no longer used by anyone.
                    unsafe { allocator::deallocate(self.ptr, self.bytes) }
                }
            }
        }
        let _block = Block {
            ptr: self.ptr.cast(),
            bytes: self.storage_bytes(),
        };
        // SAFETY: the items `[0, len)` are initialized and owned, and the vector is going away.
        unsafe { drop_items_last_first(self.base(), self.len()) };
    }
}

impl<T> Default for ItemVec<T> {
    fn default() -> ItemVec<T> {
        ItemVec::new()
    }
}

impl<T> Deref for ItemVec<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for ItemVec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> AsRef<[T]> for ItemVec<T> {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for ItemVec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

/// Exact capacity, as a copy of a list (`list.copy()`, `l[:]`).
impl<T: Clone> Clone for ItemVec<T> {
    fn clone(&self) -> ItemVec<T> {
        let mut v = ItemVec::with_capacity(self.len());
        // SAFETY: `v` has room for exactly `self.len()` items.
        unsafe { v.clone_within_capacity(self) };
        v
    }
}

impl<T: fmt::Debug> fmt::Debug for ItemVec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: PartialEq> PartialEq for ItemVec<T> {
    fn eq(&self, other: &ItemVec<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for ItemVec<T> {}

/// Exact capacity, the items moved (not cloned).
///
/// # Panics
/// Beyond `u32::MAX` items.
impl<T> From<Vec<T>> for ItemVec<T> {
    fn from(items: Vec<T>) -> ItemVec<T> {
        ItemVec::from_vec_impl(items, false).unwrap_or_else(|(failure, _)| failure.raise())
    }
}

impl<T> From<ItemVec<T>> for Vec<T> {
    fn from(items: ItemVec<T>) -> Vec<T> {
        items.into_vec()
    }
}

/// Appends as `list.extend` does: an iterator that knows its exact length is a sized sequence
/// ([`ItemVec::try_extend`]), any other one is hinted by its lower bound
/// ([`ItemVec::try_extend_with_hint`]).
///
/// # Panics
/// Beyond `u32::MAX` items.
impl<T> Extend<T> for ItemVec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        let items = items.into_iter();
        let result = match items.size_hint() {
            (lower, Some(upper)) if lower == upper => self.extend_sized(items, lower, false),
            (lower, _) => self.extend_hinted(items, lower, false),
        };
        result.unwrap_or_else(|f| f.raise());
    }
}

/// An empty vector extended with the items (see the `Extend` impl).
impl<T> FromIterator<T> for ItemVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> ItemVec<T> {
        let mut v = ItemVec::new();
        v.extend(items);
        v
    }
}

impl<'a, T> IntoIterator for &'a ItemVec<T> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut ItemVec<T> {
    type Item = &'a mut T;
    type IntoIter = core::slice::IterMut<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

#[cfg(test)]
mod tests;
