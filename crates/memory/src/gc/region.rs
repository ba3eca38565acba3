//! Collecting one set of containers (CPython's `gc_collect_region`): find the garbage, finalize
//! it (PEP 442), let resurrected objects go, and break the remaining cycles with
//! `Trace::clear` so that refcounting frees them.
//!
//! Invariants:
//! - the collector never frees memory and never drops a reference it does not own: garbage is
//!   freed by refcounting, when `clear` drops the references that formed its cycles. So however
//!   wrong a `trace` implementation is, the worst outcome is a leak or a `clear` called on a live
//!   object, never a use after free;
//! - user code (finalizers, `clear`, the payloads' `Drop` run by the refcount deaths they cause)
//!   runs only while every list is well formed and `scanning` is off. It may create, free,
//!   resurrect, track and untrack objects. The loops below therefore always take the *first*
//!   node of their list again instead of keeping a cursor: an object freed meanwhile has simply
//!   left the list (freeing untracks);
//! - an object is kept alive by a temporary strong reference (a counted `Obj`) while its own
//!   `finalize` or `clear` runs, as CPython's `Py_INCREF`/`Py_DECREF` around those calls;
//! - order of operations (CPython 3.14's, InternalDocs "Destroying unreachable objects"):
//!   1. find the unreachable set (`cycles::deduce_unreachable`); the reachable rest goes to `to`;
//!   2. clear weak references to the unreachable set (and the unreachable weakrefs), then call
//!      the callbacks of the weakrefs that are not garbage themselves
//!      (`weakref::handle_weakrefs_of`; weakrefs freed by it count as collected);
//!   3. call `finalize` once on every unreachable object whose type has one and that is not yet
//!      `FINALIZED`, in list order (creation order for a fresh cycle), setting the flag first;
//!   4. find again what is unreachable among them: what a finalizer resurrected, and all it
//!      reaches, goes to `to`;
//!   5. clear weak references to the garbage created meanwhile, without callbacks
//!      (`weakref::clear_weakrefs_of`);
//!   6. `collected` += the number of objects still unreachable; call `clear` on each; those
//!      still alive afterwards go to `to`.
//! - `collected` therefore counts neither resurrected objects nor objects freed by refcounting
//!   as a side effect of finalizers (CPython: `stats->collected += gc_list_size(&final_unreachable)`
//!   after `handle_resurrected_objects`). There are no legacy (`tp_del`) finalizers, so
//!   `uncollectable` is always 0.

use core::ptr::NonNull;

use crate::gc::cycles::{deduce_unreachable, deduce_unreachable_in_space};
use crate::gc::list::ListHead;
use crate::gc::state::{GcState, Scanning};
use crate::gc::{GarbageAction, GarbageObserver};
use crate::gc_links::{self, header_of, UNREACHABLE};
use crate::header::{Header, FINALIZED};
use crate::{weakref, Obj};

/// What one region collection found.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RegionStats {
    pub(crate) collected: usize,
    pub(crate) uncollectable: usize,
}

/// Collect the containers of `from`; survivors end up at the end of `to` (`to` may be `from`).
/// Every node of `from` must have the visited space (or be given it: `space`) and a reset
/// scratch state.
///
/// With `space`, every container of `from` is given that old space on the way (survivors end
/// in `to` with it), in place of a walk of the caller's.
pub(crate) fn collect_region(
    gc: &GcState,
    from: &ListHead,
    to: &ListHead,
    space: Option<u8>,
) -> RegionStats {
    let unreachable = &gc.scratch.unreachable;
    let mut stats = RegionStats::default();

    deduce_unreachable_in_space(gc, from, unreachable, space);
    untrack_atomic(gc, from);
    if !core::ptr::eq(from, to) {
        from.merge_into(to);
    }
    // The tentative mark is no longer needed; `COLLECTING` stays on the unreachable objects
    // until the end (so that nothing mistakes them for members of another set).
    unreachable.for_each(|node| node.clear_flag(UNREACHABLE));

    stats.collected += weakref::handle_weakrefs_of(unreachable);
    finalize_garbage(gc);
    handle_resurrected_objects(gc, to);
    let garbage = &gc.scratch.garbage;
    weakref::clear_weakrefs_of(garbage);
    stats.collected += garbage.len();
    delete_garbage(gc.garbage_observer.get(), garbage, to);
    stats
}

/// Untrack the containers of `list` that say they can no longer be part of a cycle
/// (`Payload::can_untrack`; CPython's `untrack_tuples`).
pub(crate) fn untrack_atomic(gc: &GcState, list: &ListHead) {
    let _scan = Scanning::begin(gc);
    let end = list.head().as_ptr();
    let mut cursor = list.first().map_or(end, NonNull::as_ptr);
    while cursor != end {
        // SAFETY: a node of `list` other than its sentinel: a live container's prefix.
        let node = unsafe { NonNull::new_unchecked(cursor) };
        // SAFETY: as above.
        cursor = unsafe { node.as_ref() }.next();
        // SAFETY: the header of a live container.
        let header = unsafe { header_of(node) };
        // SAFETY: as above.
        let head = unsafe { header.as_ref() };
        // An extension (a subclass instance's attributes) may close a cycle the payload's own
        // test cannot see: such objects stay tracked, as CPython's tuple subclasses do.
        if head.has_flag(crate::header::HAS_EXTENSION) {
            continue;
        }
        if let Some(can_untrack) = head.vtable().can_untrack {
            // SAFETY: the vtable's function on an object of its type, alive during the call
            // (nothing can die during a scan).
            if unsafe { can_untrack(header) } {
                // SAFETY: a tracked container.
                unsafe { gc_links::untrack_in(gc, node) };
            }
        }
    }
}

/// A new counted reference to a live object, keeping it alive while we use it.
///
/// # Safety
/// `header` is the header of a live object.
unsafe fn hold(header: NonNull<Header>) -> Obj {
    // SAFETY: caller's guarantee.
    unsafe { Obj::clone_from_header(header) }
}

/// Call `finalize` once on each unreachable object that has a finalizer and is not yet
/// `FINALIZED` (CPython's `finalize_garbage`). Objects may vanish from the list meanwhile (freed
/// by refcounting); every object still unreachable-or-resurrected ends up back in `unreachable`.
fn finalize_garbage(gc: &GcState) {
    let (unreachable, seen) = (&gc.scratch.unreachable, &gc.scratch.seen);
    while let Some(node) = unreachable.first() {
        // SAFETY: a tracked container, the first of `unreachable`.
        unsafe { seen.move_in(node) };
        // SAFETY: the header of a live container (it is linked).
        let header = unsafe { header_of(node) };
        // SAFETY: as above.
        let object = unsafe { header.as_ref() };
        let vtable = object.vtable();
        if vtable.has_finalizer && !object.has_flag(FINALIZED) {
            object.set_flag(FINALIZED);
            // SAFETY: a live object.
            let this = unsafe { hold(header) };
            (vtable.finalize)(&this);
            // May free the object (the finalizer broke its cycle): it then leaves `seen`.
            drop(this);
        }
    }
    seen.merge_into(unreachable);
}

/// Run the cycle detection again on what finalizers left of the unreachable set: resurrected
/// objects and everything they reach go to `to`, the rest to `garbage` (CPython's
/// `handle_resurrected_objects`).
fn handle_resurrected_objects(gc: &GcState, to: &ListHead) {
    let (unreachable, garbage) = (&gc.scratch.unreachable, &gc.scratch.garbage);
    unreachable.for_each_node(|node| {
        // SAFETY: a node of a list is a live container's prefix.
        unsafe { gc_links::reset_scratch(node) }
    });
    deduce_unreachable(gc, unreachable, garbage);
    // Clear the tentative mark; `COLLECTING` stays until each object is cleared.
    garbage.for_each(|node| node.clear_flag(UNREACHABLE));
    unreachable.merge_into(to);
}

/// Break the cycles of the garbage: `clear` each object (unless the observer keeps it intact),
/// holding a strong reference to it meanwhile; the references it drops free the garbage by refcounting. An object still alive
/// after its `clear` (something outside still refers to it, e.g. a `trace` that missed a
/// reference) is moved to `to` (CPython's `delete_garbage`).
fn delete_garbage(observer: Option<GarbageObserver>, garbage: &ListHead, to: &ListHead) {
    while let Some(node) = garbage.first() {
        // SAFETY: the header of a live container (it is linked).
        let header = unsafe { header_of(node) };
        // SAFETY: as above.
        let this = unsafe { hold(header) };
        let action = observer.map_or(GarbageAction::Clear, |observe| observe(&this));
        if action == GarbageAction::Clear {
            // SAFETY: the vtable's function on an object of its type, kept alive by `this`; the
            // extension first, as CPython clears a subclass instance's dict before its base.
            unsafe {
                crate::extension::clear(header);
                (header.as_ref().vtable().clear_payload)(header);
            }
        }
        drop(this);
        // Compare addresses only: the object may have been freed (then it left the list).
        if garbage.first() == Some(node) {
            // SAFETY: still the first node of `garbage`, so a live tracked container.
            unsafe {
                gc_links::reset_scratch(node);
                to.move_in(node);
            }
        }
    }
}
