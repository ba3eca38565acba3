//! The object header: the part of every object that is the same whatever its payload.
//!
//! Invariants:
//! - an `Obj` points at a `Header`; the header is 8-aligned and is followed, at the
//!   payload offset its vtable's type fixes, by the payload;
//! - while the object is alive, `refcnt` is the number of `Obj` handles to it (at least 1),
//!   unless its top bit is set: then the object is immortal, the count is never changed again
//!   and the object is never freed (CPython 3.14's 64-bit scheme: a 32-bit count whose sign bit
//!   marks immortality, so a count that would overflow saturates into immortality instead);
//! - `refcnt == 0` only while the object is being destroyed or waits in the trashcan;
//! - while the object waits in the trashcan, the first word (`refcnt` and `flags`) holds the
//!   trashcan's link instead, tagged with the flags ([`Header::park`]/[`Header::unpark`]);
//! - the header is two words, as CPython's `PyObject`: the count word (`refcnt` and `flags`)
//!   and `class`; the payload's vtable is not in the header but in the class (see
//!   `class_core`), as CPython finds `tp_dealloc` through `ob_type`;
//! - `class` is a strong reference to a class object (`IS_CLASS`), released when the object is
//!   freed; for an object that is its own class (immortal, never freed) it is a non-owning
//!   pointer to the object itself. It changes only through `Obj::set_class` (Python's
//!   `obj.__class__ = C`), to a class bound to the same payload type, and the reference to the
//!   class it leaves is never released (the class is *retired*), so every class an object ever
//!   had outlives the object's borrowers: [`Header::class`] hands out the class's own handle,
//!   kept in its core, which is valid as long as the class lives;
//! - `flags` holds the flag bits below in its low `FLAG_BITS` bits and, above them, the cycle
//!   collector's `gc_refs` (a container's count of references from outside the set being
//!   collected; 0 outside a collection). `gc_refs` saturates at `GC_REFS_MAX` and then sticks:
//!   a saturated object counts as referenced from outside, so the worst a huge count can do is
//!   keep garbage alive, never free a live object.

use core::cell::Cell;
use core::mem::{align_of, size_of, ManuallyDrop};
use core::ptr::{self, NonNull};

use crate::vtable::VTable;
use crate::{class_core, Obj};

/// The value an immortal object's count is set to and reports (CPython 3.14's
/// `_Py_IMMORTAL_INITIAL_REFCNT` on 64-bit platforms). Its top bit is set, with a margin below
/// it so that stray decrements could never bring it back to a mortal count.
pub(crate) const IMMORTAL_REFCNT: u32 = 3 << 30;

/// Set in `flags` once `Payload::finalize` has run (PEP 442: never run again).
pub(crate) const FINALIZED: u32 = 1 << 0;

/// Set while weak references point at the object (see `weakref`).
pub(crate) const HAS_WEAKREFS: u32 = 1 << 1;

/// Set on class objects: their block starts with a `ClassCore` (see `class_core`).
pub(crate) const IS_CLASS: u32 = 1 << 2;

/// Set on objects allocated with an extension slot before their block (see `extension`).
pub(crate) const HAS_EXTENSION: u32 = 1 << 3;

/// Every flag bit; they must fit in the alignment bits of a header address (see `park`).
const ALL_FLAGS: u32 = FINALIZED | HAS_WEAKREFS | IS_CLASS | HAS_EXTENSION;

/// Bits of `flags` taken by the flags; `gc_refs` sits above them.
const FLAG_BITS: u32 = 4;

/// The largest `gc_refs` stored; a larger count saturates here and stays.
pub(crate) const GC_REFS_MAX: u32 = u32::MAX >> FLAG_BITS;

/// 16-aligned: every block is, and every prefix before a header is a whole number of 16-byte
/// units, so the four low bits of a header address are free for the trashcan's tagged link.
#[repr(C, align(16))]
pub(crate) struct Header {
    refcnt: Cell<u32>,
    flags: Cell<u32>,
    /// The class (see the module invariants).
    class: Cell<NonNull<Header>>,
}

const _: () = assert!(size_of::<Header>() == 2 * size_of::<usize>());
const _: () = assert!(size_of::<Header>() == 16);
const _: () = assert!(ALL_FLAGS < 1 << FLAG_BITS);
const _: () = assert!(align_of::<Header>() == 16);
// The first word can hold a link to another header.
const _: () = assert!(size_of::<*mut Header>() == 2 * size_of::<u32>());
const _: () = assert!((ALL_FLAGS as usize) < align_of::<Header>());

impl Header {
    /// A header for a new object with one reference (the one being returned to the caller);
    /// `flags` is a combination of `IS_CLASS` and `HAS_EXTENSION`, or 0.
    pub(crate) fn new(class: Obj, flags: u32) -> Header {
        Header {
            refcnt: Cell::new(1),
            flags: Cell::new(flags),
            // The reference moves into the header; `take_class` releases it.
            class: Cell::new(ManuallyDrop::new(class).header_ptr()),
        }
    }

    /// A header for an immortal class object; `class` is not counted (it is the object itself).
    pub(crate) fn new_immortal_class(class: ManuallyDrop<Obj>) -> Header {
        Header {
            refcnt: Cell::new(IMMORTAL_REFCNT),
            flags: Cell::new(IS_CLASS),
            class: Cell::new(class.header_ptr()),
        }
    }

    /// The payload's vtable, found through the class (the class is alive: this object holds
    /// it, and it is bound to this object's payload type since the object was created).
    #[inline(always)]
    pub(crate) fn vtable(&self) -> &'static VTable {
        // SAFETY: `class` is a class object (`Obj::new` checks `IS_CLASS`), alive as long as
        // this object (a strong reference), whose core was bound to this object's payload type
        // when the object was created and never changes after.
        unsafe { class_core::instance_vtable(self.class.get()) }
    }

    /// The class's header.
    #[inline(always)]
    pub(crate) fn class_ptr(&self) -> NonNull<Header> {
        self.class.get()
    }

    /// The class, as the handle its core keeps of itself.
    #[inline(always)]
    pub(crate) fn class(&self) -> &Obj {
        // SAFETY: `class` is a live class object for as long as this object lives (the object
        // holds a reference to it), and a class the object left is retired, never freed
        // (module invariant), so the borrow stays valid even across `set_class`.
        unsafe { class_core::self_handle(self.class.get()) }
    }

    /// Make `class` (a class header whose reference the caller gives up) the class; returns
    /// the previous class's header, whose reference the caller now holds.
    #[inline]
    pub(crate) fn replace_class(&self, class: NonNull<Header>) -> NonNull<Header> {
        self.class.replace(class)
    }

    /// The raw count word.
    #[inline(always)]
    pub(crate) fn refcnt(&self) -> u32 {
        self.refcnt.get()
    }

    #[inline(always)]
    pub(crate) fn set_refcnt(&self, count: u32) {
        self.refcnt.set(count);
    }

    #[inline(always)]
    pub(crate) fn is_immortal(&self) -> bool {
        is_immortal_count(self.refcnt.get())
    }

    /// Add a reference; saturates into immortality instead of overflowing.
    #[inline(always)]
    pub(crate) fn incref(&self) {
        let count = self.refcnt.get();
        if !is_immortal_count(count) {
            // Cannot overflow: a mortal count is below 2^31.
            self.refcnt.set(count + 1);
        }
    }

    /// Remove a reference; returns true when the count reached zero (the caller must then
    /// destroy the object).
    #[inline(always)]
    pub(crate) fn decref_is_zero(&self) -> bool {
        let count = self.refcnt.get();
        if is_immortal_count(count) {
            return false;
        }
        debug_assert!(count > 0, "decref of a dead object");
        let count = count - 1;
        self.refcnt.set(count);
        count == 0
    }

    #[inline(always)]
    pub(crate) fn flags_word(&self) -> u32 {
        self.flags.get()
    }

    #[inline(always)]
    pub(crate) fn has_flag(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }

    pub(crate) fn set_flag(&self, flag: u32) {
        self.flags.set(self.flags.get() | flag);
    }

    pub(crate) fn clear_flag(&self, flag: u32) {
        self.flags.set(self.flags.get() & !flag);
    }

    /// The cycle collector's scratch count (see the module invariants).
    #[inline(always)]
    pub(crate) fn gc_refs(&self) -> u32 {
        self.flags.get() >> FLAG_BITS
    }

    /// Set `gc_refs`, saturating at `GC_REFS_MAX`.
    #[inline(always)]
    pub(crate) fn set_gc_refs(&self, refs: u32) {
        let refs = refs.min(GC_REFS_MAX);
        self.flags
            .set((self.flags.get() & ALL_FLAGS) | (refs << FLAG_BITS));
    }

    /// Remove one from `gc_refs`, unless it is zero or saturated.
    #[inline(always)]
    pub(crate) fn decrement_gc_refs(&self) {
        let refs = self.gc_refs();
        if refs != 0 && refs != GC_REFS_MAX {
            self.set_gc_refs(refs - 1);
        }
    }

    /// Store `next` (the trashcan's link) in the first word of a dead object, keeping its flags
    /// in the link's alignment bits.
    ///
    /// # Safety
    /// `this` is a header whose count is zero (no handle or reference to the object exists) and
    /// which is not linked in any list that reads its count; `next` is null or 8-aligned.
    pub(crate) unsafe fn park(this: NonNull<Header>, next: *mut Header) {
        // SAFETY: `this` is a valid header (caller), so reading its flags is sound.
        let flags = unsafe { this.as_ref() }.flags.get() & ALL_FLAGS;
        debug_assert_eq!(next.addr() & ALL_FLAGS as usize, 0);
        let link = next.map_addr(|addr| addr | flags as usize);
        // SAFETY: the first word of a header is 8 bytes at an 8-aligned address (asserted
        // above); nothing reads it as a count until `unpark` restores it (caller's guarantee).
        unsafe { this.cast::<*mut Header>().write(link) };
    }

    /// Undo [`Header::park`]: restore a zero count and the flags, and return the link.
    ///
    /// # Safety
    /// `this` was parked by [`Header::park`] and not unparked since.
    pub(crate) unsafe fn unpark(this: NonNull<Header>) -> *mut Header {
        // SAFETY: `park` wrote a pointer into this word (caller's guarantee).
        let link = unsafe { this.cast::<*mut Header>().read() };
        // `gc_refs` is 0 (an object in the trashcan is untracked), so restoring the flags alone
        // restores the word.
        let flags = (link.addr() & ALL_FLAGS as usize) as u32;
        let next = link.map_addr(|addr| addr & !(ALL_FLAGS as usize));
        let this = this.as_ptr();
        // SAFETY: `this` points to a header (caller); writing its two first fields through raw
        // places creates no reference that could alias one held elsewhere (there is none).
        unsafe {
            ptr::addr_of_mut!((*this).refcnt).write(Cell::new(0));
            ptr::addr_of_mut!((*this).flags).write(Cell::new(flags));
        }
        next
    }

    /// Move the class reference out of a dead object about to be freed.
    ///
    /// # Safety
    /// `this` is a header whose object is being freed: the class is never read again.
    pub(crate) unsafe fn take_class(this: NonNull<Header>) -> Obj {
        // SAFETY: the field is initialized and, per the caller, never used again, so moving
        // out of it leaves no second owner.
        unsafe { Obj::from_header(this.as_ref().class.get()) }
    }
}

/// Whether a count word marks an immortal object (its sign bit is set).
#[inline(always)]
pub(crate) const fn is_immortal_count(count: u32) -> bool {
    (count as i32) < 0
}

const _: () = assert!(is_immortal_count(IMMORTAL_REFCNT));
const _: () = assert!(is_immortal_count(IMMORTAL_REFCNT - (1 << 29)));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_payloads::{obj, Int};

    #[test]
    fn gc_refs_share_the_flag_word_without_touching_the_flags() {
        let int = obj(Int(1));
        // SAFETY: the handle keeps the object alive.
        let header = unsafe { int.header_ptr().as_ref() };
        header.set_flag(HAS_WEAKREFS);
        header.set_gc_refs(5);
        assert_eq!(header.gc_refs(), 5);
        assert!(header.has_flag(HAS_WEAKREFS) && !header.has_flag(FINALIZED));
        header.decrement_gc_refs();
        assert_eq!(header.gc_refs(), 4);
        header.set_gc_refs(0);
        header.decrement_gc_refs();
        assert_eq!(header.gc_refs(), 0);
        header.clear_flag(HAS_WEAKREFS);
        assert_eq!(header.flags.get(), 0);
    }

    #[test]
    fn a_saturated_gc_refs_sticks() {
        let int = obj(Int(1));
        // SAFETY: the handle keeps the object alive.
        let header = unsafe { int.header_ptr().as_ref() };
        header.set_gc_refs(u32::MAX);
        assert_eq!(header.gc_refs(), GC_REFS_MAX);
        for _ in 0..10 {
            header.decrement_gc_refs();
        }
        assert_eq!(
            header.gc_refs(),
            GC_REFS_MAX,
            "saturated: counts as referenced"
        );
        header.set_gc_refs(0);
    }
}
