//! The GC prefix of container objects, and tracking (linking a container into the collector's
//! lists).
//!
//! Invariants:
//! - every object whose payload type has `IS_CONTAINER` starts with a [`GcLinks`] prefix,
//!   immediately before its header (see `object_layout`); the prefix is initialized at allocation,
//!   before the object can be seen by anything;
//! - a container is *tracked* exactly when its `next` link is non-null; a tracked container is in
//!   exactly one of the collector's lists (a generation, or a scratch list during a collection,
//!   see `gc::state`), all circular doubly linked lists through the prefixes whose heads are
//!   sentinels living in a thread-local;
//! - a container is tracked from the end of its allocation (its payload is already written)
//!   until its deallocation starts, except while it waits in the trashcan (its first header word
//!   is then the trashcan's link, not a count), once it is immortal (never garbage), and while the
//!   VM has untracked it (`gc::untrack`, e.g. a tuple of atomic values);
//! - therefore every object linked in a list is alive: the lists never hold a dangling pointer;
//! - outside a collection `gc_refs` is 0 and `flags` holds only the old-space bit (which old
//!   space, or for a young object the space it will *not* count as visited in); see `gc::state`
//!   for what they mean during a collection;
//! - tracking and untracking (which includes freeing a container) are forbidden while the
//!   collector scans its lists and calls `Trace::trace`: doing so aborts the process, because a
//!   scan holds raw pointers into the lists (see `gc::state::Scanning`).

use core::cell::Cell;
use core::mem::size_of;
use core::ptr::{self, NonNull};

use crate::gc::state::{self, GcState};
use crate::header::Header;

/// Set on the containers of the set being collected (CPython's `PREV_MASK_COLLECTING`): between
/// `update_refs` and the moment the collector decides an object is reachable, or until the end
/// of the collection for garbage.
pub(crate) const COLLECTING: u32 = 1 << 0;
/// Set while a container sits in the tentatively-unreachable list of `move_unreachable`
/// (CPython's `NEXT_MASK_UNREACHABLE`).
pub(crate) const UNREACHABLE: u32 = 1 << 1;
/// The old-space bit (CPython's `_PyGC_NEXT_MASK_OLD_SPACE_1`): set when the object counts as
/// being in space 1.
pub(crate) const OLD_SPACE_1: u32 = 1 << 2;

/// The prefix before the header of a container object: CPython's two words.
///
/// The flags live in the low bits of `next` (CPython's `_gc_next` masks): every node address is
/// at least 8-aligned (blocks are 16-aligned, sentinels are `GcLinks` values), so the three low
/// bits of a link are always free. `gc_refs` lives in the header (see `header`).
#[repr(C)]
pub(crate) struct GcLinks {
    /// Next node of the list (another container or a sentinel), tagged with the flags; the
    /// address part is null when untracked.
    next: Cell<*mut GcLinks>,
    /// Previous node of the list; null when untracked.
    prev: Cell<*mut GcLinks>,
}

/// The bits of `next` that hold flags.
const FLAG_MASK: usize = (COLLECTING | UNREACHABLE | OLD_SPACE_1) as usize;

const _: () = assert!(size_of::<GcLinks>() == 2 * size_of::<usize>());
const _: () = assert!(FLAG_MASK < core::mem::align_of::<GcLinks>());

impl GcLinks {
    /// An unlinked prefix (or an uninitialized sentinel).
    pub(crate) const fn unlinked() -> GcLinks {
        GcLinks {
            next: Cell::new(ptr::null_mut()),
            prev: Cell::new(ptr::null_mut()),
        }
    }

    #[inline(always)]
    pub(crate) fn next(&self) -> *mut GcLinks {
        self.next.get().map_addr(|addr| addr & !FLAG_MASK)
    }

    /// Set the address part of `next`, keeping the flags.
    #[inline(always)]
    pub(crate) fn set_next(&self, next: *mut GcLinks) {
        debug_assert_eq!(next.addr() & FLAG_MASK, 0, "a misaligned node");
        let flags = self.next.get().addr() & FLAG_MASK;
        self.next.set(next.map_addr(|addr| addr | flags));
    }

    #[inline(always)]
    pub(crate) fn prev(&self) -> *mut GcLinks {
        self.prev.get()
    }

    #[inline(always)]
    pub(crate) fn set_prev(&self, prev: *mut GcLinks) {
        self.prev.set(prev);
    }

    #[inline(always)]
    pub(crate) fn is_linked(&self) -> bool {
        !self.next().is_null()
    }

    /// All the flags.
    #[inline(always)]
    pub(crate) fn flags(&self) -> u32 {
        (self.next.get().addr() & FLAG_MASK) as u32
    }

    #[inline(always)]
    fn set_flags(&self, flags: u32) {
        let flags = flags as usize & FLAG_MASK;
        self.next
            .set(self.next.get().map_addr(|addr| (addr & !FLAG_MASK) | flags));
    }

    #[inline(always)]
    pub(crate) fn has_flag(&self, flag: u32) -> bool {
        self.flags() & flag != 0
    }

    #[inline(always)]
    pub(crate) fn set_flag(&self, flag: u32) {
        self.set_flags(self.flags() | flag);
    }

    #[inline(always)]
    pub(crate) fn clear_flag(&self, flag: u32) {
        self.set_flags(self.flags() & !flag);
    }

    /// Which old space (0 or 1) the object counts as being in.
    #[inline(always)]
    pub(crate) fn space(&self) -> u8 {
        u8::from(self.has_flag(OLD_SPACE_1))
    }

    #[inline(always)]
    pub(crate) fn set_space(&self, space: u8) {
        debug_assert!(space <= 1);
        if space == 0 {
            self.clear_flag(OLD_SPACE_1);
        } else {
            self.set_flag(OLD_SPACE_1);
        }
    }
}

/// Forget a container's collection scratch state (`gc_refs`, `COLLECTING`, `UNREACHABLE`),
/// keeping its old-space bit.
///
/// # Safety
/// `links` is the prefix of a live container (not a sentinel).
#[inline(always)]
pub(crate) unsafe fn reset_scratch(links: NonNull<GcLinks>) {
    // SAFETY: caller's guarantee; the header follows the prefix.
    unsafe {
        header_of(links).as_ref().set_gc_refs(0);
        let links = links.as_ref();
        links.set_flags(links.flags() & OLD_SPACE_1);
    }
}

/// The header of a container, to read or write its `gc_refs`.
///
/// # Safety
/// `links` is the prefix of a live container (not a sentinel), alive during `'a`.
#[inline(always)]
pub(crate) unsafe fn header_ref<'a>(links: NonNull<GcLinks>) -> &'a Header {
    // SAFETY: caller's guarantee.
    unsafe { header_of(links).as_ref() }
}

/// The prefix of a container object.
///
/// # Safety
/// `header` is the header of an object allocated by this crate whose payload is a container.
#[inline(always)]
pub(crate) unsafe fn links_of(header: NonNull<Header>) -> NonNull<GcLinks> {
    // SAFETY: a container's prefix lies immediately before its header, in the same block.
    unsafe { header.byte_sub(size_of::<GcLinks>()).cast::<GcLinks>() }
}

/// The header of the container whose prefix is `links`.
///
/// # Safety
/// `links` is the prefix of a container object (not a list sentinel).
#[inline(always)]
pub(crate) unsafe fn header_of(links: NonNull<GcLinks>) -> NonNull<Header> {
    // SAFETY: the header follows the prefix in the same block (`object_layout`).
    unsafe { links.byte_add(size_of::<GcLinks>()).cast::<Header>() }
}

/// Initialize the prefix of a freshly allocated container and link it into the young
/// generation.
///
/// # Safety
/// `header` is the header of a container object whose prefix has never been initialized.
pub(crate) unsafe fn init_and_track(header: NonNull<Header>) {
    // SAFETY: the prefix is part of the block (caller); writing a whole `GcLinks` initializes it.
    unsafe {
        links_of(header).write(GcLinks::unlinked());
        track(header);
    }
}

/// Initialize the prefix of a freshly allocated container without tracking it.
///
/// # Safety
/// As [`init_and_track`].
pub(crate) unsafe fn init_untracked(header: NonNull<Header>) {
    // SAFETY: as in `init_and_track`.
    unsafe { links_of(header).write(GcLinks::unlinked()) };
}

/// Whether a container is tracked (in one of the collector's lists).
///
/// # Safety
/// `header` is the header of a container object (alive, or being destroyed) whose prefix was
/// initialized.
pub(crate) unsafe fn is_tracked(header: NonNull<Header>) -> bool {
    // SAFETY: the prefix is initialized (caller) and only accessed through `Cell`s.
    unsafe { links_of(header).as_ref() }.is_linked()
}

/// Link an untracked container at the end of the young generation (CPython's
/// `_PyObject_GC_TRACK`: counted in `young.count` and the heap size).
///
/// # Safety
/// As [`is_tracked`], the container is not tracked, and it is alive or being finalized (it must
/// stay alive, or be untracked again, before it is freed).
pub(crate) unsafe fn track(header: NonNull<Header>) {
    state::with(|gc| {
        gc.forbid_while_scanning("tracked a container");
        // SAFETY: caller's guarantee.
        unsafe { track_in(gc, links_of(header)) }
    });
}

/// # Safety
/// `links` is the initialized, unlinked prefix of a container as in [`track`].
pub(crate) unsafe fn track_in(gc: &GcState, links: NonNull<GcLinks>) {
    // SAFETY: the prefix is initialized (caller).
    let node = unsafe { links.as_ref() };
    debug_assert!(!node.is_linked(), "tracked twice");
    // SAFETY: a live container's initialized prefix (caller).
    unsafe { reset_scratch(links) };
    node.set_space(gc.visited_space() ^ 1);
    // SAFETY: an unlinked prefix of a live container (caller).
    unsafe { gc.young.append(links) };
    gc.young_count.set(gc.young_count.get() + 1);
    gc.heap_size.set(gc.heap_size.get() + 1);
}

/// Unlink a tracked container from whichever list holds it (CPython's `_PyObject_GC_UNTRACK`).
///
/// # Safety
/// As [`is_tracked`], and the container is tracked.
pub(crate) unsafe fn untrack(header: NonNull<Header>) {
    state::with(|gc| {
        gc.forbid_while_scanning("untracked or freed a container");
        // SAFETY: caller's guarantee.
        unsafe { untrack_in(gc, links_of(header)) }
    });
}

/// # Safety
/// `links` is the prefix of a tracked container.
pub(crate) unsafe fn untrack_in(gc: &GcState, links: NonNull<GcLinks>) {
    // SAFETY: a tracked node (caller) is linked between live nodes or sentinels.
    unsafe { crate::gc::list::unlink(links) };
    // SAFETY: the prefix of a container (caller).
    unsafe { reset_scratch(links) };
    gc.young_count.set(gc.young_count.get().saturating_sub(1));
    gc.heap_size.set(gc.heap_size.get() - 1);
}

/// Number of tracked containers on this thread (CPython's `heap_size`).
pub(crate) fn tracked_count() -> usize {
    state::with(|gc| gc.heap_size.get())
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use crate::heap_stats;
    use crate::test_payloads::{baseline, obj, Int, List, Node};
    use crate::Obj;

    #[test]
    fn containers_are_tracked_while_alive() {
        let before = baseline().tracked_containers;
        let list = obj(List(RefCell::new(Vec::new())));
        let node = obj(Node { next: None });
        let int = obj(Int(0));
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
        let mut nodes: Vec<Obj> = (0..20).map(|_| obj(Node { next: None })).collect();
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
        let again = obj(Node { next: None });
        assert!(again.is_tracked());
        assert_eq!(heap_stats().tracked_containers, before + 1);
        crate::gc::verify::verify_heap();
    }

    #[test]
    fn immortal_containers_are_untracked() {
        let before = baseline().tracked_containers;
        let list = obj(List(RefCell::new(Vec::new())));
        list.make_immortal();
        assert!(!list.is_tracked());
        assert_eq!(heap_stats().tracked_containers, before);
        let own_class = Obj::new_self_class(crate::test_payloads::TypeStub);
        assert!(!own_class.is_tracked());
        assert_eq!(heap_stats().tracked_containers, before);
    }
}
