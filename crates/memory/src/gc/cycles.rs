//! Finding the unreachable containers of a set (CPython's `deduce_unreachable`: `update_refs`,
//! `subtract_refs`, `move_unreachable`).
//!
//! Invariants (before → after [`deduce_unreachable`]):
//! - before: every node of `base` is a tracked container with `gc_refs == 0` and neither
//!   `COLLECTING` nor `UNREACHABLE`; `unreachable` is empty;
//! - after: `base` holds exactly the containers reachable from outside the set (from a
//!   reference that is not held by a container of the set: a Rust local, the VM's stack, an
//!   untracked or non-container object, a container of another list), directly or through
//!   containers of the set; their scratch state is reset. `unreachable` holds the rest, in their
//!   relative order in `base`, with `COLLECTING | UNREACHABLE` and `gc_refs == 0`. Immortal
//!   containers found in `base` were untracked (they can never be garbage);
//! - roots are found only by refcount arithmetic: `gc_refs` starts as the refcount and loses one
//!   for each reference `trace` reports from inside the set, so what remains counts the outside
//!   references;
//! - nothing but `trace` runs; tracking or untracking meanwhile aborts (`state::Scanning`), so
//!   the raw node pointers held here stay valid, and no object dies during the scan;
//! - no recursion: the list being scanned is the worklist (an object found reachable late is
//!   appended to its end), so the native stack use does not depend on the shape of the graph,
//!   and no memory is allocated.
//!
//! A `trace` that visits a reference its object does not own can make `gc_refs` underflow
//! (a debug assertion; saturates at zero in release builds); one that misses a reference makes
//! its referent look externally referenced. Neither can cause memory unsafety: the collector
//! never frees anything itself (see `region`).

use core::ptr::NonNull;

use crate::gc::list::ListHead;
use crate::gc::state::{GcState, Scanning};
use crate::gc_links::{self, header_of, links_of, GcLinks, COLLECTING, UNREACHABLE};
use crate::header::Header;
use crate::Obj;

/// Move the containers of `base` that are unreachable from outside it to `unreachable`.
pub(crate) fn deduce_unreachable(gc: &GcState, base: &ListHead, unreachable: &ListHead) {
    deduce_unreachable_in_space(gc, base, unreachable, None);
}

/// [`deduce_unreachable`], also giving every container of `base` the old space `space` on the
/// first walk, when given: the caller saves a walk of its own (`gc_list_set_space` in CPython,
/// which walks the list once more before collecting it).
pub(crate) fn deduce_unreachable_in_space(
    gc: &GcState,
    base: &ListHead,
    unreachable: &ListHead,
    space: Option<u8>,
) {
    debug_assert!(unreachable.is_empty());
    let _scan = Scanning::begin(gc);
    update_refs(gc, base, space);
    subtract_refs(base);
    move_unreachable(base, unreachable);
}

/// Visit every reference an object holds: its payload's, then its class unless the class is
/// immortal (a builtin type: never garbage, never counted, so a visit could change nothing;
/// CPython's static types are not visited by their instances' traversals either).
///
/// # Safety
/// `header` is the header of a live object that stays alive during the call.
pub(crate) unsafe fn trace_object(header: NonNull<Header>, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: the object is alive (caller).
    let object = unsafe { header.as_ref() };
    // SAFETY: the vtable's function is called on an object of its type, alive (caller).
    unsafe { (object.vtable().trace_payload)(header, visit) };
    // SAFETY: as above.
    unsafe { crate::extension::trace(header, visit) };
    let class = object.class();
    if !class.is_immortal() {
        visit(class);
    }
}

/// The prefix of `obj`, if it is a container.
#[inline(always)]
pub(crate) fn container_links(obj: &Obj) -> Option<NonNull<GcLinks>> {
    if obj.is_container() {
        // SAFETY: `obj` is a live container, whose prefix lives as long as the object.
        Some(unsafe { links_of(obj.header_ptr()) })
    } else {
        None
    }
}

/// Call `f` on every node of `list`, in order. When `f` returns [`Step::Stay`] the node's
/// successor is read only after `f` returned, so `f` may have appended nodes to the list; when
/// `f` moved the node to another list, it returns [`Step::Next`] with the successor it read
/// before moving it.
fn walk(list: &ListHead, mut f: impl FnMut(NonNull<GcLinks>) -> Step) {
    let end = list.head().as_ptr();
    let mut cursor = list.first().map_or(end, NonNull::as_ptr);
    while cursor != end {
        // SAFETY: `cursor` is a node of `list` other than its sentinel, so a live container's
        // prefix (`list`'s invariant), non-null.
        let node = unsafe { NonNull::new_unchecked(cursor) };
        cursor = match f(node) {
            // SAFETY: the node is still linked (nothing unlinks during a scan except the
            // callers' own moves, reported with `Step::Next`).
            Step::Stay => unsafe { node.as_ref() }.next(),
            Step::Next(next) => next,
        };
    }
}

/// What [`walk`] should do after visiting a node.
enum Step {
    /// The node is still in the list: continue with its successor.
    Stay,
    /// The node was moved away: continue with this node (its successor before the move).
    Next(*mut GcLinks),
}

/// `gc_refs := refcount` and set `COLLECTING`, for every container of `base`; untrack immortal
/// ones (CPython's `update_refs`).
fn update_refs(gc: &GcState, base: &ListHead, space: Option<u8>) {
    walk(base, |node| {
        // SAFETY: a live container's prefix (`walk`).
        let links = unsafe { node.as_ref() };
        if let Some(space) = space {
            links.set_space(space);
        }
        let next = links.next();
        // SAFETY: as above; the header follows the prefix.
        let header = unsafe { header_of(node).as_ref() };
        if header.is_immortal() {
            // A count that saturated: never garbage, and no longer worth scanning.
            // SAFETY: a tracked container.
            unsafe { gc_links::untrack_in(gc, node) };
            return Step::Next(next);
        }
        let refcount = header.refcnt();
        // A tracked object with a zero count would be an object being destroyed (or waiting
        // in the trashcan) yet tracked, which `dealloc` and `trashcan` never leave.
        debug_assert!(refcount > 0, "a tracked container has a zero refcount");
        header.set_gc_refs(refcount);
        links.set_flag(COLLECTING);
        Step::Stay
    });
}

/// For every container of `base`, visit its references: each one to a container of the set
/// (`COLLECTING`) decrements that container's `gc_refs` (CPython's `subtract_refs`).
fn subtract_refs(base: &ListHead) {
    let mut visit_decref = |referent: &Obj| {
        let Some(links) = container_links(referent) else {
            return;
        };
        // SAFETY: the prefix of a live container (`referent` is a live handle).
        if unsafe { links.as_ref() }.has_flag(COLLECTING) {
            // SAFETY: as above.
            let header = unsafe { gc_links::header_ref(links) };
            debug_assert!(
                header.gc_refs() > 0,
                "gc_refs underflow on a {}: a Trace implementation visits a reference it does \
                 not own",
                referent.type_name()
            );
            header.decrement_gc_refs();
        }
    };
    walk(base, |node| {
        // SAFETY: a live container of the list, which stays alive (nothing dies during a scan).
        unsafe { trace_object(header_of(node), &mut visit_decref) };
        Step::Stay
    });
}

/// Split `base`: what has `gc_refs > 0`, and everything reachable from it, stays (with its
/// scratch state reset); the rest moves to `unreachable` (CPython's `move_unreachable`).
///
/// The scan goes through `base` in order. A node with `gc_refs > 0` is reachable: its
/// referents in the set get `gc_refs = 1` (if not scanned yet) or, if they were already moved
/// to `unreachable`, are moved back to the end of `base` with `gc_refs = 1`, to be scanned in
/// their turn. A node with `gc_refs == 0` when the scan reaches it is moved, tentatively, to
/// `unreachable`.
fn move_unreachable(base: &ListHead, unreachable: &ListHead) {
    let mut visit_reachable = |referent: &Obj| {
        let Some(node) = container_links(referent) else {
            return;
        };
        // SAFETY: the prefix of a live container (`referent` is a live handle).
        let (links, header) = unsafe { (node.as_ref(), gc_links::header_ref(node)) };
        // Not in the set, or already scanned (and found reachable).
        if !links.has_flag(COLLECTING) {
            return;
        }
        if links.has_flag(UNREACHABLE) {
            // Reachable after all: back to the end of `base`, to be scanned again.
            links.clear_flag(UNREACHABLE);
            // SAFETY: a tracked container, in `unreachable`.
            unsafe { base.move_in(node) };
            header.set_gc_refs(1);
        } else if header.gc_refs() == 0 {
            // Not scanned yet: tell the scan it is reachable.
            header.set_gc_refs(1);
        }
    };
    walk(base, |node| {
        // SAFETY: a live container's prefix (`walk`).
        let (links, header) = unsafe { (node.as_ref(), gc_links::header_ref(node)) };
        if header.gc_refs() > 0 {
            // SAFETY: a live container of the list, which stays alive during the scan.
            unsafe { trace_object(header_of(node), &mut visit_reachable) };
            // Scanned and reachable: no longer part of the set's bookkeeping.
            // SAFETY: as above.
            unsafe { gc_links::reset_scratch(node) };
            // Its successor is read only now: the trace may have appended to `base`.
            Step::Stay
        } else {
            let next = links.next();
            // SAFETY: a tracked container of `base`.
            unsafe { unreachable.move_in(node) };
            links.set_flag(UNREACHABLE);
            Step::Next(next)
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gc::state;
    use crate::test_payloads::{fresh_heap, link, list};

    fn addresses(list: &ListHead) -> Vec<usize> {
        let mut out = Vec::new();
        list.for_each_node(|node| {
            // SAFETY: a node of a list is a container's prefix.
            out.push(unsafe { header_of(node) }.as_ptr().addr())
        });
        out
    }

    #[test]
    fn reachable_chain_is_reversed_once_and_then_stable() {
        // InternalDocs' example: A, B, C created in that order, B -> A, C -> B, only C held.
        fresh_heap();
        let a = list();
        let b = list();
        let c = list();
        link(&b, &a);
        link(&c, &b);
        let (ia, ib, ic) = (a.addr(), b.addr(), c.addr());
        drop((a, b));
        state::with(|gc| {
            assert_eq!(addresses(&gc.young), [ia, ib, ic]);
            deduce_unreachable(gc, &gc.young, &gc.scratch.unreachable);
            assert!(gc.scratch.unreachable.is_empty());
            assert_eq!(addresses(&gc.young), [ic, ib, ia]);
            deduce_unreachable(gc, &gc.young, &gc.scratch.unreachable);
            assert_eq!(addresses(&gc.young), [ic, ib, ia]);
        });
        crate::gc::verify::verify_heap();
        drop(c);
    }

    #[test]
    fn two_node_cycle_is_found_and_its_outside_referent_is_not() {
        fresh_heap();
        let left = list();
        let right = list();
        link(&left, &right);
        link(&right, &left);
        let outside = list();
        let held = list();
        link(&right, &held);
        let (il, ir) = (left.addr(), right.addr());
        drop((left, right));
        state::with(|gc| {
            deduce_unreachable(gc, &gc.young, &gc.scratch.unreachable);
            assert_eq!(addresses(&gc.scratch.unreachable), [il, ir]);
            assert_eq!(addresses(&gc.young), [outside.addr(), held.addr()]);
            gc.scratch.unreachable.for_each_node(|node| {
                // SAFETY: a node of a list is a live container's prefix.
                let (links, header) = unsafe { (node.as_ref(), gc_links::header_ref(node)) };
                assert_eq!(
                    links.flags() & (COLLECTING | UNREACHABLE),
                    COLLECTING | UNREACHABLE
                );
                assert_eq!(header.gc_refs(), 0);
                // SAFETY: as above.
                unsafe { gc_links::reset_scratch(node) };
            });
            // Give them back to the young generation; the collector frees them below.
            gc.scratch.unreachable.merge_into(&gc.young);
        });
        assert_eq!(crate::gc::collect(0).collected, 2);
        let held_items = held
            .downcast_ref::<crate::test_payloads::List>()
            .map(|l| l.0.borrow().len());
        assert_eq!(held_items, Some(0));
        drop((outside, held));
    }
}
