//! Intrusive circular doubly linked lists of containers, threaded through their `GcLinks`
//! prefixes (CPython's `gc_list_*` functions).
//!
//! Invariants:
//! - a list is a sentinel [`GcLinks`] that lives in this thread's `GcState` (so its address never
//!   changes) plus the prefixes linked after it; an initialized empty list's sentinel points to
//!   itself both ways; a sentinel is never a container's prefix and is never passed to
//!   `header_of`;
//! - every node linked in a list is a sentinel or the prefix of a live, tracked container of this
//!   thread (`gc_links`' invariant), so following links never reaches freed memory;
//! - the operations below are the only code that writes `next`/`prev`; each leaves every list
//!   well formed (`x.next.prev == x` and `x.prev.next == x` for every node), and none runs code
//!   other than its own, so user code (finalizers, `clear`) always sees well-formed lists;
//! - moving a node keeps its `gc_refs` and flags; what they mean is up to the caller.
//!
//! Unlike CPython, the lists stay doubly linked during a collection (`gc_refs` has its own word),
//! so an object may be unlinked at any time, including by its own death in the middle of a
//! collection.

use core::ptr::{self, NonNull};

use crate::gc_links::GcLinks;

/// The head of one list.
pub(crate) struct ListHead {
    sentinel: GcLinks,
}

impl ListHead {
    /// An uninitialized head; [`ListHead::init`] must run before any other use, once the head is
    /// at its final address.
    pub(crate) const fn new() -> ListHead {
        ListHead {
            sentinel: GcLinks::unlinked(),
        }
    }

    /// Make the list empty (its sentinel points to itself). Only for a list with no nodes.
    pub(crate) fn init(&self) {
        let head = self.head().as_ptr();
        self.sentinel.set_next(head);
        self.sentinel.set_prev(head);
    }

    /// The sentinel, as a node pointer (the end marker of an iteration).
    #[inline(always)]
    pub(crate) fn head(&self) -> NonNull<GcLinks> {
        NonNull::from(&self.sentinel)
    }

    #[inline(always)]
    pub(crate) fn is_empty(&self) -> bool {
        self.sentinel.next() == self.head().as_ptr()
    }

    /// The first node, if any.
    #[inline(always)]
    pub(crate) fn first(&self) -> Option<NonNull<GcLinks>> {
        let first = NonNull::new(self.sentinel.next())?;
        (first != self.head()).then_some(first)
    }

    /// Link `node` at the end of this list.
    ///
    /// # Safety
    /// `node` is the initialized prefix of a live container, and is not linked in any list.
    #[inline(always)]
    pub(crate) unsafe fn append(&self, node: NonNull<GcLinks>) {
        let head = self.head().as_ptr();
        let last = self.sentinel.prev();
        // SAFETY: `node` is a live container's prefix (caller); `last` is this list's last node,
        // a sentinel or a live container's prefix (module invariant).
        unsafe {
            let node_ref = node.as_ref();
            node_ref.set_prev(last);
            node_ref.set_next(head);
            (*last).set_next(node.as_ptr());
        }
        self.sentinel.set_prev(node.as_ptr());
    }

    /// Unlink `node` from the list it is in and link it at the end of this one.
    ///
    /// # Safety
    /// `node` is the prefix of a container linked in one of this thread's lists.
    #[inline(always)]
    pub(crate) unsafe fn move_in(&self, node: NonNull<GcLinks>) {
        // SAFETY: caller's guarantee; after `unlink` the node is unlinked and still alive.
        unsafe {
            unlink(node);
            self.append(node);
        }
    }

    /// Append all of this list's nodes, in order, to the end of `to`; this list becomes empty.
    pub(crate) fn merge_into(&self, to: &ListHead) {
        debug_assert!(!ptr::eq(self, to), "merging a list into itself");
        if self.is_empty() {
            return;
        }
        let first = self.sentinel.next();
        let last = self.sentinel.prev();
        let to_last = to.sentinel.prev();
        // SAFETY: `first`, `last` and `to_last` are nodes of initialized lists: sentinels or live
        // containers' prefixes (module invariant).
        unsafe {
            (*to_last).set_next(first);
            (*first).set_prev(to_last);
            (*last).set_next(to.head().as_ptr());
        }
        to.sentinel.set_prev(last);
        self.init();
    }

    /// Number of nodes (walks the list).
    pub(crate) fn len(&self) -> usize {
        let mut count = 0;
        self.for_each(|_| count += 1);
        count
    }

    /// Set the old-space bit of every node to `space`; returns the number of nodes.
    pub(crate) fn set_space(&self, space: u8) -> usize {
        let mut count = 0;
        self.for_each(|node| {
            node.set_space(space);
            count += 1;
        });
        count
    }

    /// Call `f` on every node, in order. `f` must not change any list.
    pub(crate) fn for_each(&self, mut f: impl FnMut(&GcLinks)) {
        self.for_each_node(|node| {
            // SAFETY: a node of the list (see `for_each_node`).
            f(unsafe { node.as_ref() })
        });
    }

    /// Call `f` on every node, in order, as a pointer with the provenance of the node's
    /// allocation (so that `header_of` may be used on it). `f` must not change any list.
    pub(crate) fn for_each_node(&self, mut f: impl FnMut(NonNull<GcLinks>)) {
        let head = self.head().as_ptr();
        let mut node = self.sentinel.next();
        while node != head {
            // SAFETY: a node of this list other than the sentinel is a live container's prefix
            // (module invariant), hence non-null.
            let links = unsafe { NonNull::new_unchecked(node) };
            f(links);
            // SAFETY: `f` changes no list, so the node is still linked (and alive).
            node = unsafe { links.as_ref() }.next();
        }
    }
}

/// Unlink `node` from its list; it is left unlinked (`next` and `prev` null: untracked).
///
/// # Safety
/// `node` is the prefix of a container linked in one of this thread's lists.
#[inline(always)]
pub(crate) unsafe fn unlink(node: NonNull<GcLinks>) {
    // SAFETY: a linked node's neighbours are sentinels or live containers' prefixes (module
    // invariant); `node` itself is a live container's prefix (caller).
    unsafe {
        let links = node.as_ref();
        let (prev, next) = (links.prev(), links.next());
        debug_assert!(
            !next.is_null() && !prev.is_null(),
            "unlinking an unlinked node"
        );
        (*prev).set_next(next);
        (*next).set_prev(prev);
        links.set_next(ptr::null_mut());
        links.set_prev(ptr::null_mut());
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;
    use crate::gc::state;
    use crate::gc_links::links_of;
    use crate::test_payloads::{obj, List};
    use crate::Obj;

    fn nodes_of(list: &ListHead) -> Vec<usize> {
        let mut out = Vec::new();
        list.for_each(|node| out.push(ptr::from_ref(node).addr()));
        out
    }

    fn prefix(obj: &Obj) -> NonNull<GcLinks> {
        // SAFETY: a `List` is a container.
        unsafe { links_of(obj.header_ptr()) }
    }

    #[test]
    fn move_and_merge_keep_order_and_links() {
        state::with(|gc| {
            let objs: Vec<Obj> = (0..4)
                .map(|_| obj(List(RefCell::new(Vec::new()))))
                .collect();
            let addrs: Vec<usize> = objs.iter().map(|o| prefix(o).as_ptr().addr()).collect();
            // Move the four (young) objects to the scratch lists, then merge them back.
            let (a, b) = (&gc.scratch.increment, &gc.scratch.survivors);
            assert!(a.is_empty() && b.is_empty());
            // SAFETY: the objects are tracked containers of this thread.
            unsafe {
                a.move_in(prefix(&objs[2]));
                a.move_in(prefix(&objs[0]));
                b.move_in(prefix(&objs[3]));
                b.move_in(prefix(&objs[1]));
            }
            assert_eq!(nodes_of(a), [addrs[2], addrs[0]]);
            assert_eq!(a.first().map(|n| n.as_ptr().addr()), Some(addrs[2]));
            b.merge_into(a);
            assert!(b.is_empty());
            assert_eq!(b.first(), None);
            assert_eq!(nodes_of(a), [addrs[2], addrs[0], addrs[3], addrs[1]]);
            assert_eq!(a.len(), 4);
            assert_eq!(a.set_space(1), 4);
            let young_space = gc.visited_space() ^ 1;
            a.set_space(young_space);
            a.merge_into(&gc.young);
            assert!(a.is_empty());
            // Dropping unlinks each object from the young list.
            drop(objs);
        });
        crate::gc::verify::verify_heap();
    }
}
