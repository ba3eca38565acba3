//! The GC prefix of container objects and the list of tracked containers.
//!
//! Invariants:
//! - every object whose payload type has `IS_CONTAINER` starts with a [`GcLinks`] prefix,
//!   immediately before its header (see `object_layout`);
//! - a container is *tracked* exactly when its `next` link is non-null; tracked containers form
//!   one circular doubly linked list per thread (the young generation), whose head is a sentinel
//!   living in a thread-local; `TRACKED_COUNT` is the list's length;
//! - a container is tracked from the end of its allocation (its payload is already written)
//!   until its deallocation starts, except while it waits in the trashcan (its first word is
//!   then the trashcan's link, not a count) and once it is immortal (never garbage);
//! - outside a collection `gc_refs` is 0 and means nothing.
//!
//! # What the cycle collector will do with this (CPython's `Modules/gc.c`, not implemented yet)
//!
//! A collection of the tracked list works in three passes over the prefixes:
//! 1. `update_refs`: copy each object's refcount into `gc_refs`;
//! 2. `subtract_refs`: for each object, `trace` its payload (and its class) and decrement the
//!    `gc_refs` of every tracked referent. Afterwards `gc_refs` counts only references from
//!    outside the set (from the stack, untracked objects, Rust locals holding an `Obj`);
//! 3. `move_unreachable`: objects with `gc_refs > 0` are reachable roots; everything reachable
//!    from them (again by `trace`) is moved back to the reachable list; the rest is garbage.
//!
//! Garbage is then handled like CPython: finalizers (`HAS_FINALIZER`, not yet `FINALIZED`) run
//! first, reachability is recomputed (a finalizer may resurrect), and the remaining objects are
//! broken up with `Trace::clear`, holding a strong reference to each object during its `clear`,
//! so that refcounting frees them (the collector itself never frees memory). During the passes
//! a flag kept in `gc_refs`' low bits (CPython's `PREV_MASK_COLLECTING`) will mark "in the set
//! being collected", and the `prev` links are reused for the unreachable list as in gc.c.
//! Objects made immortal, objects in the trashcan and the sentinel are never in the list; an
//! object whose count saturated into immortality stays in it and must be treated as reachable.

use core::cell::Cell;
use core::mem::size_of;
use core::ptr::{self, NonNull};

use crate::header::Header;

/// The prefix before the header of a container object.
#[repr(C)]
pub(crate) struct GcLinks {
    /// Next tracked container (or the sentinel); null when untracked.
    next: Cell<*mut GcLinks>,
    /// Previous tracked container (or the sentinel).
    prev: Cell<*mut GcLinks>,
    /// Scratch count for a collection (see the module doc).
    gc_refs: Cell<isize>,
}

const _: () = assert!(size_of::<GcLinks>() == 3 * size_of::<usize>());

struct TrackedList {
    /// Circular list head; its links are null until the first container is tracked.
    sentinel: GcLinks,
    count: Cell<usize>,
}

thread_local! {
    static TRACKED: TrackedList = const {
        TrackedList {
            sentinel: GcLinks {
                next: Cell::new(ptr::null_mut()),
                prev: Cell::new(ptr::null_mut()),
                gc_refs: Cell::new(0),
            },
            count: Cell::new(0),
        }
    };
}

/// The prefix of a container object.
///
/// # Safety
/// `header` is the header of an object allocated by this crate whose payload is a container.
unsafe fn links_of(header: NonNull<Header>) -> NonNull<GcLinks> {
    // SAFETY: a container's prefix lies immediately before its header, in the same block.
    unsafe { header.byte_sub(size_of::<GcLinks>()).cast::<GcLinks>() }
}

/// Initialize the prefix of a freshly allocated container and link it into the tracked list.
///
/// # Safety
/// `header` is the header of a container object whose prefix has never been initialized.
pub(crate) unsafe fn init_and_track(header: NonNull<Header>) {
    // SAFETY: the prefix is part of the block (caller); writing a whole `GcLinks` initializes it.
    unsafe {
        links_of(header).write(GcLinks {
            next: Cell::new(ptr::null_mut()),
            prev: Cell::new(ptr::null_mut()),
            gc_refs: Cell::new(0),
        });
        track(header);
    }
}

/// Initialize the prefix of a freshly allocated container without tracking it.
///
/// # Safety
/// As [`init_and_track`].
pub(crate) unsafe fn init_untracked(header: NonNull<Header>) {
    // SAFETY: as in `init_and_track`.
    unsafe {
        links_of(header).write(GcLinks {
            next: Cell::new(ptr::null_mut()),
            prev: Cell::new(ptr::null_mut()),
            gc_refs: Cell::new(0),
        });
    }
}

/// Whether a container is in the tracked list.
///
/// # Safety
/// `header` is the header of a container object (alive, or being destroyed) whose prefix was
/// initialized.
pub(crate) unsafe fn is_tracked(header: NonNull<Header>) -> bool {
    // SAFETY: the prefix is initialized (caller) and only accessed through `Cell`s.
    let links = unsafe { links_of(header).as_ref() };
    !links.next.get().is_null()
}

/// Link an untracked container at the end of the tracked list.
///
/// # Safety
/// As [`is_tracked`], and the container is not tracked.
pub(crate) unsafe fn track(header: NonNull<Header>) {
    // SAFETY: caller's guarantee.
    let node = unsafe { links_of(header) };
    TRACKED.with(|list| {
        let head = ptr::from_ref(&list.sentinel).cast_mut();
        if list.sentinel.next.get().is_null() {
            list.sentinel.next.set(head);
            list.sentinel.prev.set(head);
        }
        let last = list.sentinel.prev.get();
        // SAFETY: `node` is an initialized prefix (caller); `last` is the sentinel or the prefix
        // of a tracked container, which is alive (containers are untracked before being freed).
        unsafe {
            debug_assert!(node.as_ref().next.get().is_null(), "tracked twice");
            node.as_ref().prev.set(last);
            node.as_ref().next.set(head);
            (*last).next.set(node.as_ptr());
        }
        list.sentinel.prev.set(node.as_ptr());
        list.count.set(list.count.get() + 1);
    });
}

/// Unlink a tracked container from the tracked list.
///
/// # Safety
/// As [`is_tracked`], and the container is tracked.
pub(crate) unsafe fn untrack(header: NonNull<Header>) {
    // SAFETY: caller's guarantee.
    let node = unsafe { links_of(header).as_ref() };
    let (prev, next) = (node.prev.get(), node.next.get());
    debug_assert!(!next.is_null(), "untracking an untracked container");
    // SAFETY: a tracked node's neighbours are the sentinel or tracked (hence live) containers.
    unsafe {
        (*prev).next.set(next);
        (*next).prev.set(prev);
    }
    node.next.set(ptr::null_mut());
    node.prev.set(ptr::null_mut());
    TRACKED.with(|list| list.count.set(list.count.get() - 1));
}

/// Number of tracked containers on this thread.
pub(crate) fn tracked_count() -> usize {
    TRACKED.with(|list| list.count.get())
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use crate::heap_stats;
    use crate::test_payloads::{baseline, meta, Int, List, Node};
    use crate::Obj;

    #[test]
    fn containers_are_tracked_while_alive() {
        let before = baseline().tracked_containers;
        let list = Obj::new(meta(), List(RefCell::new(Vec::new())));
        let node = Obj::new(meta(), Node { next: None });
        let int = Obj::new(meta(), Int(0));
        assert!(list.is_tracked() && node.is_tracked());
        assert!(!int.is_tracked());
        assert_eq!(heap_stats().tracked_containers, before + 2);
        drop(node);
        assert_eq!(heap_stats().tracked_containers, before + 1);
        drop(list);
        drop(int);
        assert_eq!(heap_stats().tracked_containers, before);
    }

    #[test]
    fn unlinking_from_the_middle_keeps_the_list_consistent() {
        let before = baseline().tracked_containers;
        let mut nodes: Vec<Obj> = (0..20)
            .map(|_| Obj::new(meta(), Node { next: None }))
            .collect();
        // Drop every third, then the rest in reverse order.
        let mut index = 0;
        nodes.retain(|_| {
            index += 1;
            index % 3 != 0
        });
        assert_eq!(heap_stats().tracked_containers, before + nodes.len());
        while let Some(node) = nodes.pop() {
            drop(node);
            assert_eq!(heap_stats().tracked_containers, before + nodes.len());
        }
        let again = Obj::new(meta(), Node { next: None });
        assert!(again.is_tracked());
        assert_eq!(heap_stats().tracked_containers, before + 1);
    }

    #[test]
    fn immortal_containers_are_untracked() {
        let before = baseline().tracked_containers;
        let list = Obj::new(meta(), List(RefCell::new(Vec::new())));
        list.make_immortal();
        assert!(!list.is_tracked());
        assert_eq!(heap_stats().tracked_containers, before);
        let own_class = Obj::new_self_class(List(RefCell::new(Vec::new())));
        assert!(!own_class.is_tracked());
        assert_eq!(heap_stats().tracked_containers, before);
    }
}
