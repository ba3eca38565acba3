//! The trashcan: bounds how deeply object deallocations nest (CPython's `Py_TRASHCAN_BEGIN`).
//!
//! Destroying an object drops its payload, which may drop the last reference to another object,
//! whose destruction starts inside the first one's, and so on: a long linked chain would
//! overflow the native stack. So:
//! - `DEPTH` is the number of destructions in progress on this thread (nested in one another);
//! - a destruction that would start while `DEPTH >= DEALLOC_NESTING_LIMIT` is deferred: the dead
//!   object is *parked* on the `PENDING` list (a LIFO list threaded through the dead objects'
//!   first header word, so deferring never allocates) after being untracked if it is a
//!   container; a parked weakref is detached from its referent, and the weakrefs to a parked
//!   object are hidden (both would otherwise read the count word that now holds the link);
//! - the outermost destruction (the one returning `DEPTH` to 0) destroys the pending objects,
//!   most recently parked first, before returning; their own nested deaths may park more, which
//!   the same loop destroys;
//! - below the limit nothing is deferred, so destruction is immediate and depth-first, and the
//!   order of finalizers is CPython's in the ordinary case;
//! - the state lives in a thread-local without destructor; `DEPTH` is restored even if a
//!   destructor panics (objects left parked are then destroyed by the next outermost
//!   destruction).

use core::cell::Cell;
use core::ptr::{self, NonNull};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::gc_links;
use crate::header::{Header, HAS_WEAKREFS};
use crate::tunables::DEALLOC_NESTING_LIMIT;
use crate::weakref;

struct Trashcan {
    depth: Cell<usize>,
    pending: Cell<*mut Header>,
}

thread_local! {
    static TRASHCAN: Trashcan = const {
        Trashcan { depth: Cell::new(0), pending: Cell::new(ptr::null_mut()) }
    };
}

/// How deep destructions may nest before they are deferred (process-wide: a tunable, not heap
/// state).
static NESTING_LIMIT: AtomicUsize = AtomicUsize::new(DEALLOC_NESTING_LIMIT);

/// Let destructions nest `limit` deep before deferring (at least 1). The interpreter, whose
/// thread has a big native stack, raises it, so that a chain of `__del__`s that each create
/// and drop an object nests as in CPython 3.14, whose trashcan defers only near the end of the
/// C stack, and ends in the recursion limit's RecursionError instead of being deferred round
/// after round forever.
pub fn set_dealloc_nesting_limit(limit: usize) {
    NESTING_LIMIT.store(limit.max(1), Ordering::Relaxed);
}

/// One level of nesting; dropping it (also when unwinding) leaves the level.
struct Level;

impl Level {
    fn enter() -> Level {
        TRASHCAN.with(|t| t.depth.set(t.depth.get() + 1));
        Level
    }
}

impl Drop for Level {
    fn drop(&mut self) {
        TRASHCAN.with(|t| t.depth.set(t.depth.get() - 1));
    }
}

pub(crate) fn depth() -> usize {
    TRASHCAN.with(|t| t.depth.get())
}

/// Run `destroy(obj)` now, or later if too many destructions are already nested.
///
/// # Safety
/// `obj` is the header of an object whose count just reached zero, and `destroy` may be called
/// on such an object (`destroy` is also called on parked objects, whose count is zero again).
pub(crate) unsafe fn destroy_bounded(obj: NonNull<Header>, destroy: unsafe fn(NonNull<Header>)) {
    if depth() >= NESTING_LIMIT.load(Ordering::Relaxed) {
        // SAFETY: the object is dead (caller), so nothing reads its count while parked.
        unsafe { park(obj) };
        return;
    }
    {
        let _level = Level::enter();
        // SAFETY: caller's guarantee.
        unsafe { destroy(obj) };
    }
    if depth() == 0 {
        // SAFETY: every parked object is dead and waits for `destroy`.
        unsafe { drain(destroy) };
    }
}

/// # Safety
/// `obj` is the header of a dead object (count zero) not yet parked.
unsafe fn park(obj: NonNull<Header>) {
    // SAFETY: the object's header is valid (caller).
    let header = unsafe { obj.as_ref() };
    if header.vtable().is_container {
        // SAFETY: a container object; a dead container is only tracked if its destruction has
        // not started (`destroy` untracks first), which is the case here.
        unsafe {
            if gc_links::is_tracked(obj) {
                gc_links::untrack(obj);
            }
        }
    }
    if header.has_flag(HAS_WEAKREFS) {
        // SAFETY: a dead object with weakrefs, about to be parked.
        unsafe { weakref::set_hidden(obj, true) };
    }
    // SAFETY: a dead object whose payload is intact.
    unsafe { weakref::detach_parked_weakref(obj) };
    TRASHCAN.with(|t| {
        // SAFETY: the object is dead and out of the tracked list: nothing reads its count.
        unsafe { Header::park(obj, t.pending.get()) };
        t.pending.set(obj.as_ptr());
    });
}

/// Destroy every parked object, including those parked meanwhile.
///
/// # Safety
/// Every parked object waits for `destroy`.
unsafe fn drain(destroy: unsafe fn(NonNull<Header>)) {
    loop {
        let next = TRASHCAN.with(|t| {
            let top = NonNull::new(t.pending.get())?;
            // SAFETY: `top` was parked by `park` and is unparked once, here.
            t.pending.set(unsafe { Header::unpark(top) });
            Some(top)
        });
        let Some(obj) = next else { break };
        // SAFETY: unparked above, so its header (and flags) are readable again.
        if unsafe { obj.as_ref() }.has_flag(HAS_WEAKREFS) {
            // SAFETY: a dead object with weakrefs, no longer parked.
            unsafe { weakref::set_hidden(obj, false) };
        }
        let _level = Level::enter();
        // SAFETY: `obj` is a dead object, unparked (its count is zero again).
        unsafe { destroy(obj) };
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::HashSet;
    use std::rc::Rc;

    use super::depth;
    use crate::test_payloads::{baseline, obj, scaled, Event, List, Log, Mortal, Node};
    use crate::tunables::DEALLOC_NESTING_LIMIT;
    use crate::{heap_stats, Obj};

    #[test]
    fn million_long_chain_is_freed_without_overflowing_the_stack() {
        let length = scaled(1_000_000, 2_000);
        let before = baseline();
        let mut head: Option<Obj> = None;
        for _ in 0..length {
            head = Some(obj(Node { next: head }));
        }
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + length);
        assert_eq!(
            heap_stats().tracked_containers,
            before.tracked_containers + length
        );
        drop(head);
        assert_eq!(depth(), 0);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
        assert_eq!(heap_stats().tracked_containers, before.tracked_containers);
    }

    #[test]
    fn deep_nesting_of_lists_is_freed() {
        let levels = scaled(100_000, 1_000);
        let before = baseline();
        let mut current = obj(List(RefCell::new(Vec::new())));
        for _ in 0..levels {
            current = obj(List(RefCell::new(vec![current])));
        }
        assert_eq!(
            heap_stats().blocks_in_use,
            before.blocks_in_use + levels + 1
        );
        drop(current);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
        assert_eq!(heap_stats().tracked_containers, before.tracked_containers);
    }

    #[test]
    fn wide_tree_below_the_limit_is_freed() {
        // Every node at the nesting limit has several children: many objects wait at once.
        fn tree(depth: usize) -> Obj {
            let children = if depth == 0 {
                Vec::new()
            } else {
                (0..2).map(|_| tree(depth - 1)).collect()
            };
            obj(List(RefCell::new(children)))
        }
        let before = baseline();
        let root = (0..DEALLOC_NESTING_LIMIT).fold(tree(scaled(10, 4)), |inner, _| {
            obj(List(RefCell::new(vec![inner])))
        });
        drop(root);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
    }

    #[test]
    fn deferred_objects_are_finalized_once_and_may_resurrect() {
        let length = scaled(10_000, 600);
        let log = Log::default();
        let graveyard: Rc<RefCell<Vec<Obj>>> = Rc::default();
        let before = baseline();
        // Every few links (including ones that wait in the trashcan, which sit every
        // DEALLOC_NESTING_LIMIT links) resurrect themselves, letting go of the rest of the
        // chain so that its destruction goes on.
        let resurrects = |id: usize| (length - 1 - id).is_multiple_of(DEALLOC_NESTING_LIMIT / 2);
        let mut head: Option<Obj> = None;
        for id in 0..length {
            let mut mortal = Mortal::new(id, &log);
            if let Some(next) = head.take() {
                mortal = mortal.with_child(next);
            }
            if resurrects(id) {
                let keep = graveyard.clone();
                mortal = mortal.on_finalize(move |this| {
                    keep.borrow_mut().push(this.clone());
                    let me = this.downcast_ref::<Mortal>().expect("a Mortal");
                    let rest = me.child.borrow_mut().take();
                    drop(rest);
                });
            }
            head = Some(mortal.into_obj());
        }
        drop(head);
        assert_eq!(depth(), 0);
        let count = |log: &Log, finalized: bool| {
            log.borrow()
                .iter()
                .filter(|event| matches!(event, Event::Finalized(_)) == finalized)
                .count()
        };
        let finalized: HashSet<usize> = log
            .borrow()
            .iter()
            .filter_map(|event| match event {
                Event::Finalized(id) => Some(*id),
                Event::Cleared(_) | Event::Dropped(_) => None,
            })
            .collect();
        assert_eq!(finalized.len(), length, "every object finalized");
        assert_eq!(count(&log, true), length, "each exactly once");
        assert_eq!(
            log.borrow()[0],
            Event::Finalized(length - 1),
            "parents first"
        );

        let survivors = (0..length).filter(|&id| resurrects(id)).count();
        assert_eq!(graveyard.borrow().len(), survivors);
        assert_eq!(count(&log, false), length - survivors);
        for revived in graveyard.borrow().iter() {
            assert!(revived.is_finalized());
            assert!(
                revived.is_tracked(),
                "re-tracked after waiting in the trashcan"
            );
            assert_eq!(revived.refcount(), 1);
        }
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + survivors);
        assert_eq!(
            heap_stats().tracked_containers,
            before.tracked_containers + survivors
        );

        graveyard.borrow_mut().clear();
        assert_eq!(count(&log, true), length, "not finalized again");
        assert_eq!(count(&log, false), length, "everything dropped in the end");
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
        assert_eq!(heap_stats().tracked_containers, before.tracked_containers);
    }

    #[test]
    fn a_panicking_finalizer_leaves_the_heap_usable() {
        let log = Log::default();
        let mut head: Option<Obj> = None;
        for id in 0..3 * DEALLOC_NESTING_LIMIT {
            head = Some(if id == DEALLOC_NESTING_LIMIT / 2 {
                let mut mortal = Mortal::new(id, &log).on_finalize(|_| panic!("finalizer failed"));
                if let Some(next) = head.take() {
                    mortal = mortal.with_child(next);
                }
                mortal.into_obj()
            } else {
                obj(Node { next: head.take() })
            });
        }
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(head)));
        assert!(result.is_err());
        assert_eq!(depth(), 0, "nesting depth restored while unwinding");
        // The failed object is leaked (alive, never freed twice); the heap still works.
        let before = heap_stats();
        let mut chain: Option<Obj> = None;
        for _ in 0..4 * DEALLOC_NESTING_LIMIT {
            chain = Some(obj(Node { next: chain }));
        }
        drop(chain);
        assert_eq!(depth(), 0);
        assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
    }
}
