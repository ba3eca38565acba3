//! The heap verifier (debug builds and tests): checks the collector's invariants between
//! collections, and panics with a description of the first violation.
//!
//! Invariants checked (see `state`):
//! - every list is well formed: following `next` from the sentinel comes back to it, and every
//!   node's `prev` is the node visited before it;
//! - every node of a generation list is a tracked container with a non-zero refcount, a reset
//!   scratch state (`gc_refs == 0`, no `COLLECTING`, no `UNREACHABLE`) and the old-space bit its
//!   list requires; every scratch list is empty (no collection is running);
//! - the lists hold `heap_size` nodes in all: together with well-formedness (a node has one
//!   `next` and one `prev`, so it cannot be in two lists), every tracked container is in exactly
//!   one generation list.
//!
//! It runs after every collection in debug builds (O(number of tracked containers)).

use core::ptr::NonNull;

use crate::gc::list::ListHead;
use crate::gc::state::GcState;
use crate::gc_links::{header_of, COLLECTING, UNREACHABLE};

/// Verify this thread's heap (see the module doc); panics on the first violation.
#[cfg(test)]
pub(crate) fn verify_heap() {
    crate::gc::state::with(verify_heap_state);
}

/// As [`verify_heap`], for a given state; also used while a collection ends.
pub(crate) fn verify_heap_state(gc: &GcState) {
    let visited = gc.visited_space();
    let not_visited = visited ^ 1;
    let limit = gc.heap_size.get();
    let mut total = 0;
    let lists = [
        ("young", &gc.young, not_visited),
        ("old[0]", &gc.old[0], 0),
        ("old[1]", &gc.old[1], 1),
        ("permanent", &gc.permanent, visited),
    ];
    for (name, list, space) in lists {
        total += verify_list(name, list, space, limit.saturating_sub(total));
    }
    for list in gc.scratch.lists() {
        assert!(
            list.is_empty(),
            "gc verifier: a scratch list is not empty between collections"
        );
    }
    assert_eq!(
        total, limit,
        "gc verifier: the generation lists hold {total} containers but {limit} are tracked"
    );
}

/// Check one list; returns its length. `limit` bounds the walk (a corrupted list could loop
/// without coming back to its sentinel).
fn verify_list(name: &str, list: &ListHead, space: u8, limit: usize) -> usize {
    let head = list.head();
    let mut prev = head.as_ptr();
    // SAFETY: the sentinel of an initialized list.
    let mut node = unsafe { head.as_ref() }.next();
    let mut count = 0;
    while node != head.as_ptr() {
        assert!(
            !node.is_null(),
            "gc verifier: {name}: null link after {count} nodes"
        );
        assert!(
            count < limit,
            "gc verifier: {name} holds more nodes than there are tracked containers"
        );
        // SAFETY: a non-sentinel node reached by following links from a sentinel; if the lists
        // are well formed (what we check, node by node) it is a live container's prefix.
        let (node_ptr, links) = unsafe { (NonNull::new_unchecked(node), &*node) };
        assert!(
            links.prev() == prev,
            "gc verifier: {name}: node {count}'s prev link does not point to its predecessor"
        );
        // SAFETY: as above.
        let header = unsafe { header_of(node_ptr).as_ref() };
        let what = header.vtable().name;
        assert!(
            header.vtable().is_container,
            "gc verifier: {name}: node {count} is a {what}, not a container"
        );
        assert!(
            header.refcnt() > 0,
            "gc verifier: {name}: node {count} ({what}) has a zero refcount"
        );
        assert_eq!(
            header.gc_refs(),
            0,
            "gc verifier: {name}: node {count} ({what}) kept gc_refs after a collection"
        );
        assert_eq!(
            links.flags() & (COLLECTING | UNREACHABLE),
            0,
            "gc verifier: {name}: node {count} ({what}) kept COLLECTING/UNREACHABLE flags"
        );
        // An immortal container's space bit is never read (see `state`'s invariants).
        assert!(
            links.space() == space || header.is_immortal(),
            "gc verifier: {name}: node {count} ({what}) has the wrong old-space bit"
        );
        prev = node;
        node = links.next();
        count += 1;
    }
    assert!(
        // SAFETY: the sentinel.
        unsafe { head.as_ref() }.prev() == prev,
        "gc verifier: {name}: the sentinel's prev link does not point to the last node"
    );
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gc::cycles::container_links;
    use crate::gc_links::OLD_SPACE_1;
    use crate::test_payloads::{fresh_heap, list};

    fn verifier_panics(
        corrupt: impl Fn(&crate::gc_links::GcLinks, &crate::header::Header),
    ) -> String {
        fresh_heap();
        let obj = list();
        let node = container_links(&obj).expect("a container");
        // SAFETY: the prefix of a live container.
        let (links, header) = unsafe { (node.as_ref(), crate::gc_links::header_ref(node)) };
        let saved = (header.gc_refs(), links.flags());
        corrupt(links, header);
        let result = std::panic::catch_unwind(verify_heap);
        header.set_gc_refs(saved.0);
        links.clear_flag(!0);
        links.set_flag(saved.1);
        verify_heap();
        let payload = result.expect_err("the verifier should have panicked");
        payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default()
    }

    #[test]
    fn detects_leftover_scratch_state() {
        let message = verifier_panics(|_, header| header.set_gc_refs(3));
        assert!(message.contains("kept gc_refs"), "{message}");
        let message = verifier_panics(|links, _| links.set_flag(COLLECTING));
        assert!(message.contains("COLLECTING"), "{message}");
    }

    #[test]
    fn detects_a_wrong_space() {
        let message = verifier_panics(|links, _| {
            if links.has_flag(OLD_SPACE_1) {
                links.clear_flag(OLD_SPACE_1);
            } else {
                links.set_flag(OLD_SPACE_1);
            }
        });
        assert!(message.contains("old-space bit"), "{message}");
    }

    #[test]
    fn detects_a_miscount() {
        fresh_heap();
        crate::gc::state::with(|gc| {
            gc.heap_size.set(gc.heap_size.get() + 1);
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| verify_heap_state(gc)));
            gc.heap_size.set(gc.heap_size.get() - 1);
            assert!(result.is_err());
        });
        verify_heap();
    }
}
