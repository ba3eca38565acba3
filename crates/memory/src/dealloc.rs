//! What happens when an object's refcount reaches zero.
//!
//! Invariants and order (CPython's `subtype_dealloc` with PEP 442 finalization):
//! 1. the destruction goes through the trashcan, which may defer it (see `trashcan`);
//! 2. if the payload type has a finalizer that has not run for this object yet: the object is
//!    marked `FINALIZED`, given a temporary count of 1 and `Payload::finalize` runs with a
//!    borrowed handle (a container stays tracked meanwhile, and is re-tracked first if the
//!    trashcan untracked it). Finalization may run any code, including creating and freeing
//!    objects. Then the temporary reference is released: if the count is still above zero (or
//!    the object was made immortal) the finalizer *resurrected* it and the destruction stops
//!    there; `finalize` will not run again when it next dies;
//! 3. otherwise the object is untracked (containers), the weak references to it are cleared
//!    and their callbacks run (CPython: after `__del__`, before the instance's own references
//!    go), its payload is dropped in place (which
//!    releases its child references, possibly destroying more objects, nested), its block is
//!    freed, and finally its class reference is released (CPython releases the type after
//!    `tp_free` too).

use core::mem::ManuallyDrop;
use core::ptr::NonNull;

use crate::header::{Header, FINALIZED, HAS_WEAKREFS};
use crate::{allocator, free_list, gc_links, trashcan, weakref, Obj};

/// Called when `obj`'s count has just reached zero.
///
/// # Safety
/// `obj` is the header of an object (allocated by this crate) whose count just dropped to zero:
/// no handle to it remains.
#[cold]
#[inline(never)]
pub(crate) unsafe fn object_died(obj: NonNull<Header>) {
    // SAFETY: the header is valid until the object is freed.
    let vtable = unsafe { obj.as_ref() }.vtable();
    if let Some(slot) = vtable.free_list {
        // SAFETY: caller's guarantee; `slot` is the vtable's.
        if unsafe { free_list::keep(obj, vtable, slot) } {
            return;
        }
    }
    // SAFETY: caller's guarantee, and `destroy` accepts exactly such objects.
    unsafe { trashcan::destroy_bounded(obj, destroy) }
}

/// Finalize (once) then free a dead object, unless the finalizer resurrects it.
///
/// # Safety
/// `obj` is the header of an object whose count is zero and whose destruction has not started.
unsafe fn destroy(obj: NonNull<Header>) {
    // SAFETY: the header stays valid until the block is freed at the end of `free`.
    let header = unsafe { obj.as_ref() };
    let vtable = header.vtable();
    debug_assert_eq!(header.refcnt(), 0);
    if vtable.has_finalizer && !header.has_flag(FINALIZED) {
        if vtable.is_container {
            // SAFETY: a container whose prefix was initialized at allocation.
            unsafe {
                if !gc_links::is_tracked(obj) {
                    gc_links::track(obj);
                }
            }
        }
        header.set_flag(FINALIZED);
        header.set_refcnt(1);
        // The temporary reference, released by hand below rather than by `Drop` (which would
        // start another destruction).
        // SAFETY: the count of 1 set above is this handle's reference.
        let handle = ManuallyDrop::new(unsafe { Obj::from_header(obj) });
        (vtable.finalize)(&handle);
        if !header.decref_is_zero() {
            // Resurrected (or made immortal): alive again, and never finalized again.
            return;
        }
    }
    // SAFETY: the count is zero and finalization is over: nothing references the object.
    unsafe { free(obj, vtable) }
}

/// Untrack, clear the weak references to the object (running their callbacks), drop the
/// payload, free the block, release the class.
///
/// # Safety
/// `obj` is the header of a dead object (count zero) whose finalization, if any, is over;
/// `vtable` is its payload's.
unsafe fn free(obj: NonNull<Header>, vtable: &'static crate::vtable::VTable) {
    if vtable.is_container {
        // SAFETY: a container whose prefix was initialized at allocation.
        unsafe {
            if gc_links::is_tracked(obj) {
                gc_links::untrack(obj);
            }
        }
    }
    // SAFETY: the header is valid until the block is freed.
    if unsafe { obj.as_ref() }.has_flag(HAS_WEAKREFS) {
        // SAFETY: a dead object, untracked, not parked, payload intact. Callbacks may run any
        // code, but nothing can reach the object any more (its weakrefs are cleared first).
        unsafe { weakref::clear_at_death(obj) };
    }
    let layout = &vtable.layout;
    let block_size = if layout.is_var() {
        // SAFETY: a variable-size object's count, written at creation, still in its block.
        let len = unsafe { crate::var_object::var_len(obj) };
        // No overflow check: this size was computed, checked, when the block was allocated.
        layout.block_size + len * layout.item_size + layout.trailing_bytes
    } else {
        layout.block_size
    };
    // SAFETY: a dead object being freed: its extension (state of a subclass instance) goes
    // first, as CPython clears a subclass's dict before its base's dealloc.
    let extension = unsafe { crate::extension::drop_slot(obj) };
    // SAFETY: dead object, payload of the vtable's type, dropped once (the block is freed next).
    unsafe { (vtable.drop_payload)(obj) };
    // SAFETY: the class is not used again: the object is freed right below.
    let class = unsafe { Header::take_class(obj) };
    // SAFETY: the header lies `header_offset` bytes (plus the extension slot) into the block.
    let block = unsafe { obj.cast::<u8>().byte_sub(layout.header_offset + extension) };
    // SAFETY: the block was allocated with these bytes by `Obj::new`, `Obj::new_var` or
    // `Obj::new_extended`, and nothing refers to the object any more.
    unsafe { allocator::deallocate(block, block_size + extension) };
    drop(class);
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use crate::heap_stats;
    use crate::test_payloads::{baseline, obj, Event, Int, List, Log, Mortal};
    use crate::Obj;

    use Event::{Dropped, Finalized};

    fn events(log: &Log) -> Vec<Event> {
        log.borrow().clone()
    }

    #[test]
    fn finalize_runs_once_before_the_payload_is_dropped() {
        let log = Log::default();
        let seen_finalized = Rc::new(Cell::new(false));
        let seen = seen_finalized.clone();
        let obj = Mortal::new(1, &log)
            .on_finalize(move |this| seen.set(this.is_finalized() && this.refcount() == 1))
            .into_obj();
        let other = obj.clone();
        drop(obj);
        assert!(events(&log).is_empty());
        drop(other);
        assert_eq!(events(&log), [Finalized(1), Dropped(1)]);
        assert!(seen_finalized.get());
    }

    #[test]
    fn resurrected_object_stays_alive_and_is_not_finalized_again() {
        let log = Log::default();
        let graveyard: Rc<RefCell<Vec<Obj>>> = Rc::default();
        let keep = graveyard.clone();
        let blocks_before = baseline().blocks_in_use;
        let obj = Mortal::new(1, &log)
            .on_finalize(move |this| keep.borrow_mut().push(this.clone()))
            .into_obj();
        let address = obj.addr();
        drop(obj);
        assert_eq!(events(&log), [Finalized(1)]);
        let revived = graveyard.borrow_mut().pop().expect("resurrected");
        assert_eq!(revived.addr(), address);
        assert_eq!(revived.refcount(), 1);
        assert!(revived.is_finalized());
        assert!(revived.is_tracked());
        assert_eq!(revived.downcast_ref::<Mortal>().map(|m| m.id), Some(1));
        drop(revived);
        assert_eq!(events(&log), [Finalized(1), Dropped(1)]);
        assert!(graveyard.borrow().is_empty());
        assert_eq!(heap_stats().blocks_in_use, blocks_before);
    }

    #[test]
    fn reference_taken_and_released_during_finalize_does_not_resurrect() {
        let log = Log::default();
        let obj = Mortal::new(1, &log)
            .on_finalize(|this| {
                let copy = this.clone();
                assert_eq!(copy.refcount(), 2);
                drop(copy);
            })
            .into_obj();
        drop(obj);
        assert_eq!(events(&log), [Finalized(1), Dropped(1)]);
    }

    #[test]
    fn finalize_may_drop_other_objects() {
        let log = Log::default();
        let child = Mortal::new(2, &log).into_obj();
        let parent = Mortal::new(1, &log)
            .with_child(child)
            .on_finalize(|this| {
                let me = this.downcast_ref::<Mortal>().expect("a Mortal");
                let child = me.child.borrow_mut().take();
                drop(child);
            })
            .into_obj();
        drop(parent);
        assert_eq!(
            events(&log),
            [Finalized(1), Finalized(2), Dropped(2), Dropped(1)]
        );
    }

    #[test]
    fn children_die_after_their_parent_depth_first() {
        let log = Log::default();
        let grandchild = Mortal::new(3, &log).into_obj();
        let child = Mortal::new(2, &log).with_child(grandchild).into_obj();
        let sibling = Mortal::new(4, &log).into_obj();
        let list = obj(List(RefCell::new(vec![child, sibling])));
        let parent = Mortal::new(1, &log).with_child(list).into_obj();
        drop(parent);
        assert_eq!(
            events(&log),
            [
                Finalized(1),
                Dropped(1),
                Finalized(2),
                Dropped(2),
                Finalized(3),
                Dropped(3),
                Finalized(4),
                Dropped(4),
            ]
        );
    }

    #[test]
    fn finalize_may_create_and_destroy_objects() {
        let log = Log::default();
        let inner_log = log.clone();
        let blocks_before = baseline().blocks_in_use;
        let obj = Mortal::new(1, &log)
            .on_finalize(move |_| {
                let temporary = Mortal::new(2, &inner_log).into_obj();
                let list = obj(List(RefCell::new(vec![temporary])));
                let ints: Vec<Obj> = (0..100).map(|i| obj(Int(i))).collect();
                list.downcast_ref::<List>()
                    .expect("a List")
                    .0
                    .borrow_mut()
                    .extend(ints);
                drop(list);
            })
            .into_obj();
        drop(obj);
        assert_eq!(
            events(&log),
            [Finalized(1), Finalized(2), Dropped(2), Dropped(1)]
        );
        assert_eq!(heap_stats().blocks_in_use, blocks_before);
    }

    #[test]
    fn finalize_making_the_object_immortal_keeps_it() {
        let log = Log::default();
        let obj = Mortal::new(1, &log)
            .on_finalize(|this| this.make_immortal())
            .into_obj();
        drop(obj);
        assert_eq!(events(&log), [Finalized(1)]);
    }

    #[test]
    fn class_is_released_after_the_instance_is_freed() {
        let drops = Rc::new(Cell::new(0));
        let class = crate::test_payloads::new_class(Some(drops.clone()));
        let log = Log::default();
        let instance = Obj::new(class, Mortal::new(1, &log));
        drop(instance);
        assert_eq!(events(&log), [Finalized(1), Dropped(1)]);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn freed_memory_is_reused_by_the_next_object_of_its_size() {
        let keep = obj(Int(0));
        let first = obj(Int(1));
        let address = first.addr();
        drop(first);
        let second = obj(Int(2));
        assert_eq!(second.addr(), address);
        drop(keep);
    }
}
