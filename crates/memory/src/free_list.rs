//! Free lists: the dead objects of a few plain payload types (the interpreter's ints and
//! floats), kept whole for the next object of the same type, as CPython 3.14 keeps its
//! `ints` and `floats` free lists. Creating and freeing such an object is then a few stores
//! instead of a trip through the trashcan, the pools and the class's count.
//!
//! Invariants:
//! - a payload type opts in with `Payload::FREE_LIST = Some(slot)`, `slot < FREE_LIST_SLOTS`,
//!   one slot per type; such a type and its items own nothing (no drop glue), is not a container, has no
//!   finalizer and no weak slot (checked when its vtable is built);
//! - an object enters its slot's list only when it dies plain: no flag set at all (never
//!   finalized, no weak references, not a class, no extension slot), an immortal class (a
//!   builtin type, so the list holds no counted reference), and, for a variable-size payload,
//!   a block of the same size as an object of [`FREE_LIST_ITEMS`] items (an int of one or two
//!   digits); otherwise it dies the ordinary way;
//! - a listed object's count is 0 and its block stays allocated (it counts in
//!   `blocks_in_use`, as CPython's free lists count in its allocator's); nothing refers to it;
//! - a list holds at most [`FREE_LIST_CAPACITY`] objects; a new object of the type whose class
//!   is the listed object's takes the most recently freed one, and is then written completely
//!   (header, count, payload, items), exactly as in a fresh block.

use core::cell::Cell;
use core::ptr::{self, NonNull};

use crate::header::Header;
use crate::vtable::VTable;

/// How many payload types may have a free list.
pub const FREE_LIST_SLOTS: usize = 4;

/// The most dead objects kept per type (CPython's `Py_ints_MAXFREELIST`, `Py_floats_MAXFREELIST`).
pub const FREE_LIST_CAPACITY: usize = 100;

/// Variable-size objects are kept when their block is the size of one with this many items
/// (an int of one digit, whose block also fits two).
pub const FREE_LIST_ITEMS: usize = 1;

/// Whether a variable-size object of `len` items has the block size of the kept ones.
#[inline(always)]
pub(crate) fn var_fits(layout: &crate::object_layout::ObjectLayout, len: usize) -> bool {
    let size = |n| layout.block_size_for(n).map(crate::allocator::usable_size);
    len == FREE_LIST_ITEMS || (len != 0 && size(len) == size(FREE_LIST_ITEMS))
}

struct FreeList {
    len: Cell<usize>,
    objects: [Cell<*mut Header>; FREE_LIST_CAPACITY],
}

thread_local! {
    static FREE_LISTS: [FreeList; FREE_LIST_SLOTS] = const {
        [const {
            FreeList {
                len: Cell::new(0),
                objects: [const { Cell::new(ptr::null_mut()) }; FREE_LIST_CAPACITY],
            }
        }; FREE_LIST_SLOTS]
    };
}

/// Keep the dead `obj` for reuse if it qualifies (module invariants); false if it must be
/// destroyed the ordinary way.
///
/// # Safety
/// `obj` is the header of an object whose count just reached zero and whose vtable is
/// `vtable`, with `vtable.free_list == Some(slot)`.
#[inline]
pub(crate) unsafe fn keep(obj: NonNull<Header>, vtable: &VTable, slot: usize) -> bool {
    // SAFETY: a dead object's header is valid until its block is freed, which has not happened.
    let header = unsafe { obj.as_ref() };
    if header.flags_word() != 0 {
        return false;
    }
    // SAFETY: the class is alive: the object still holds it.
    if !unsafe { header.class_ptr().as_ref() }.is_immortal() {
        return false;
    }
    if vtable.layout.is_var() {
        // SAFETY: a variable-size object's count was written at creation, in its block.
        let len = unsafe { crate::var_object::var_len(obj) };
        if !var_fits(&vtable.layout, len) {
            return false;
        }
    }
    FREE_LISTS.with(|lists| {
        let list = &lists[slot];
        let len = list.len.get();
        if len == FREE_LIST_CAPACITY {
            return false;
        }
        list.objects[len].set(obj.as_ptr());
        list.len.set(len + 1);
        true
    })
}

/// The header of a kept object of `slot` whose class is `class`, taken off the list; None
/// when the list is empty or its most recent object has another class.
#[inline]
pub(crate) fn take(slot: usize, class: NonNull<Header>) -> Option<NonNull<Header>> {
    FREE_LISTS.with(|lists| {
        let list = &lists[slot];
        let len = list.len.get();
        if len == 0 {
            return None;
        }
        let obj = NonNull::new(list.objects[len - 1].get())?;
        // SAFETY: a listed object's header stays valid (its block is never freed while listed).
        if unsafe { obj.as_ref() }.class_ptr() != class {
            return None;
        }
        list.len.set(len - 1);
        Some(obj)
    })
}

/// How many dead objects `slot`'s list holds (for tests and statistics).
pub fn free_list_len(slot: usize) -> usize {
    FREE_LISTS.with(|lists| lists[slot].len.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap_stats;
    use crate::test_payloads::{class_of, meta, Cached, CachedVar, TypeStub};
    use crate::Obj;

    #[test]
    fn a_dead_plain_object_is_reused_whole() {
        let class = class_of::<Cached>();
        let slot = Cached::FREE_LIST_SLOT;
        let first = Obj::new(class.clone(), Cached(7));
        let addr = first.addr();
        let before = free_list_len(slot);
        drop(first);
        assert_eq!(free_list_len(slot), before + 1);
        let blocks = heap_stats().blocks_in_use;
        let second = Obj::new(class.clone(), Cached(9));
        assert_eq!(second.addr(), addr);
        assert_eq!(second.refcount(), 1);
        assert_eq!(second.downcast_ref::<Cached>().map(|c| c.0), Some(9));
        assert_eq!(heap_stats().blocks_in_use, blocks);
        assert_eq!(free_list_len(slot), before);
    }

    #[test]
    fn mortal_classes_and_other_lengths_are_not_kept() {
        let slot = CachedVar::FREE_LIST_SLOT;
        let before = free_list_len(slot);
        let mortal = Obj::new(meta(), TypeStub);
        drop(Obj::new_var_copied(mortal.clone(), CachedVar, &[1u32]));
        assert_eq!(
            free_list_len(slot),
            before,
            "a mortal class is never listed"
        );
        let immortal = class_of::<CachedVar>();
        drop(Obj::new_var_copied(
            immortal.clone(),
            CachedVar,
            &[1u32, 2, 3, 4, 5, 6],
        ));
        assert_eq!(
            free_list_len(slot),
            before,
            "only objects of a one-item block are listed"
        );
        let one = Obj::new_var_copied(immortal.clone(), CachedVar, &[5u32]);
        let addr = one.addr();
        drop(one);
        assert_eq!(free_list_len(slot), before + 1);
        // A listed object of another class is not taken.
        let other = Obj::new_var_copied(mortal.clone(), CachedVar, &[7u32]);
        assert_ne!(other.addr(), addr);
        assert_eq!(free_list_len(slot), before + 1);
        let again = Obj::new_var_copied(immortal.clone(), CachedVar, &[6u32]);
        assert_eq!(again.addr(), addr);
        assert_eq!(
            again.downcast_var::<CachedVar>().map(|(_, i)| i.to_vec()),
            Some(vec![6])
        );
        // A two-item object fits the same block (8 + 8 + 2 * 4 bytes after the header).
        drop(again);
        let two = Obj::new_var_copied(immortal.clone(), CachedVar, &[8u32, 9]);
        assert_eq!(two.addr(), addr);
        assert_eq!(
            two.downcast_var::<CachedVar>().map(|(_, i)| i.to_vec()),
            Some(vec![8, 9])
        );
    }

    #[test]
    fn the_list_is_bounded() {
        let class = class_of::<Cached>();
        let slot = Cached::FREE_LIST_SLOT;
        let objects: Vec<Obj> = (0..FREE_LIST_CAPACITY + 10)
            .map(|i| Obj::new(class.clone(), Cached(i as u64)))
            .collect();
        drop(objects);
        assert_eq!(free_list_len(slot), FREE_LIST_CAPACITY);
        // Emptying it again reuses every kept block.
        let again: Vec<Obj> = (0..FREE_LIST_CAPACITY)
            .map(|i| Obj::new(class.clone(), Cached(i as u64)))
            .collect();
        assert_eq!(free_list_len(slot), 0);
        assert!(again.iter().all(|o| o.refcount() == 1));
    }
}
