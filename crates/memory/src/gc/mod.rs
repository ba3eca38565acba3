//! The cycle collector: CPython 3.14.0–3.14.4's incremental collector (`Python/gc.c`,
//! `InternalDocs/garbage_collector.md`), over this thread's tracked containers.
//!
//! Invariants (each submodule states its own in detail):
//! - every tracked container is in exactly one list: the young generation, one of the two old
//!   spaces ("visited" and "pending"), the permanent generation (`freeze`), or, only during a
//!   collection, one of the collection's scratch lists (`state`);
//! - between collections every container's `gc_refs` is 0 and its `COLLECTING`/`UNREACHABLE`
//!   flags are clear; its old-space bit says which space it counts as being in (`state`); debug
//!   builds check all of this after every collection (`verify`);
//! - roots are found by refcount arithmetic only (`cycles`): nothing is registered on hot paths,
//!   and every `Obj` held anywhere outside the set being collected keeps what it reaches alive;
//! - `Trace::trace` must visit every `Obj` a payload owns, and may not create, free, track or
//!   untrack containers (that aborts); `Trace::clear` and finalizers may run any code;
//! - the collector never frees memory: it calls finalizers (PEP 442, once per object) and
//!   `clear`, each time holding a strong reference to the object, and refcounting frees what
//!   becomes unreferenced (`region`), through the trashcan, so deep garbage does not overflow the
//!   native stack; the scans themselves use the lists as worklists, without recursion;
//! - one collection at a time per thread: a collection requested while one runs (from a
//!   finalizer, `clear` or a callback) does nothing and reports zero, as in CPython;
//! - a panic unwinding out of a collection leaves a consistent heap (`state::Collecting`).
//!
//! The VM drives it: it polls [`collection_due`] at safe points (where no `RefCell` borrow of
//! VM state is held) and then calls `collect(1)`, reporting generation 1 to `gc.callbacks` as
//! CPython's automatic collections do; `gc.collect(n)` calls [`collect`] (or [`collect_with`]
//! to run the callbacks inside the collection).

pub(crate) mod cycles;
mod generations;
pub(crate) mod list;
mod region;
pub(crate) mod state;
#[cfg(any(test, debug_assertions))]
pub(crate) mod verify;

#[cfg(test)]
mod tests;

use crate::gc_links::{self, header_of};
use crate::Obj;
use state::Collecting;

/// The result of one collection (CPython's `gc_collection_stats`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CollectStats {
    /// The generation requested (0 young, 1 increment, 2 full).
    pub generation: u8,
    /// Unreachable objects found and cleared: the objects still unreachable once finalizers
    /// have run (resurrected ones and ones freed by refcounting during finalization do not
    /// count), as CPython 3.14 counts them.
    pub collected: usize,
    /// Objects that could not be collected (legacy `tp_del` finalizers in CPython): always 0.
    pub uncollectable: usize,
}

impl CollectStats {
    /// What `gc.collect()` returns: `collected + uncollectable`.
    pub fn total(&self) -> usize {
        self.collected + self.uncollectable
    }
}

/// Cumulative statistics of one generation (an item of `gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenerationStats {
    /// Collections of this generation that did run (for generation 1: increments that were not
    /// a mark phase or a skipped one).
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

impl GenerationStats {
    pub(crate) const ZERO: GenerationStats = GenerationStats {
        collections: 0,
        collected: 0,
        uncollectable: 0,
    };
}

/// When [`collect_with`] calls its callback (`gc.callbacks`' `phase` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallbackPhase {
    Start,
    Stop,
}

/// A function reporting the VM's roots (globals, `sys`, `builtins`, live frames' values) by
/// calling `visit` on each, for the incremental collector's mark phase. `start` is true for the
/// mark phase that begins a scavenge (report everything) and false before each later increment
/// (CPython then reports only frames created since the last increment; reporting everything is
/// also correct, just slower). Reporting an object that is not reachable is harmless: it only
/// delays its collection to the next scavenge.
pub type RootVisitor = fn(start: bool, visit: &mut dyn FnMut(&Obj));

/// What the collector does with an object of the final garbage (see [`set_garbage_observer`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GarbageAction {
    /// Break its references (`Trace::clear`), the normal case.
    Clear,
    /// Leave it intact (the observer kept a reference to it: `gc.DEBUG_SAVEALL`'s
    /// `gc.garbage`); it survives the collection.
    Keep,
}

/// Called with each object of the final garbage (after finalizers ran and resurrected objects
/// left), before it is cleared; may keep a reference to it. Runs inside the collection.
pub type GarbageObserver = fn(&Obj) -> GarbageAction;

/// Install (or remove) the VM's garbage observer (`gc.DEBUG_COLLECTABLE`, `gc.DEBUG_SAVEALL`).
pub fn set_garbage_observer(observer: Option<GarbageObserver>) {
    state::with(|gc| gc.garbage_observer.set(observer));
}

/// The number of tracked containers in the young generation, the two old spaces and the
/// permanent generation (CPython's DEBUG_STATS "objects in each generation").
pub fn list_sizes() -> [usize; 4] {
    state::with(|gc| {
        [
            gc.young.len(),
            gc.old[0].len(),
            gc.old[1].len(),
            gc.permanent.len(),
        ]
    })
}

/// Run a collection: `generation` 0 collects the young generation only, 1 runs one increment
/// of the incremental old generation (what automatic collections do), 2 is a full collection.
/// Does nothing (and returns zeros) if a collection is already running on this thread.
///
/// # Panics
/// If `generation > 2` (the VM raises `ValueError: invalid generation` first).
pub fn collect(generation: u8) -> CollectStats {
    collect_with(generation, &mut |_, _| {})
}

/// As [`collect`], calling `callback(Start, ..)` once the collection has begun and
/// `callback(Stop, ..)` with its results before it ends (so that a collection requested by a
/// callback does nothing, as in CPython). Neither is called if a collection was already running.
///
/// # Panics
/// If `generation > 2`.
pub fn collect_with(
    generation: u8,
    callback: &mut dyn FnMut(CallbackPhase, &CollectStats),
) -> CollectStats {
    assert!(generation <= 2, "invalid generation {generation}");
    state::with(|gc| {
        let mut stats = CollectStats {
            generation,
            ..CollectStats::default()
        };
        let Some(running) = Collecting::begin(gc) else {
            return stats;
        };
        callback(CallbackPhase::Start, &stats);
        let region = match generation {
            0 => generations::collect_young(gc),
            1 => generations::collect_increment(gc),
            _ => generations::collect_full(gc),
        };
        stats.collected = region.collected;
        stats.uncollectable = region.uncollectable;
        #[cfg(debug_assertions)]
        verify::verify_heap_state(gc);
        callback(CallbackPhase::Stop, &stats);
        drop(running);
        stats
    })
}

/// Whether an automatic collection is due: the collector is enabled, `threshold0` is not 0, no
/// collection is running, and the young count exceeds `threshold0`. The VM polls this at safe
/// points and then calls `collect(1)`.
pub fn collection_due() -> bool {
    state::with(|gc| {
        let threshold = gc.thresholds[0].get();
        gc.enabled.get()
            && threshold != 0
            && !gc.collecting.get()
            && gc.young_count.get() > threshold
    })
}

/// Whether a collection is running on this thread (e.g. this is a finalizer called by it).
pub fn is_collecting() -> bool {
    state::with(|gc| gc.collecting.get())
}

/// `gc.enable()`: allow automatic collections.
pub fn enable() {
    state::with(|gc| gc.enabled.set(true));
}

/// `gc.disable()`: no automatic collection is due any more; explicit ones still run.
pub fn disable() {
    state::with(|gc| gc.enabled.set(false));
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    state::with(|gc| gc.enabled.get())
}

/// `gc.get_count()`: (young count, young collections into the visited space, into the pending
/// space), as CPython 3.14.0–3.14.4 reports them.
pub fn get_count() -> (usize, usize, usize) {
    state::with(|gc| {
        let visited = usize::from(gc.visited_space());
        (
            gc.young_count.get(),
            gc.old_count[visited].get(),
            gc.old_count[visited ^ 1].get(),
        )
    })
}

/// `gc.get_threshold()`: (threshold0, threshold1, 0) — the incremental collector ignores
/// threshold2 and reports 0. Defaults (2000, 10, 0).
pub fn get_threshold() -> (usize, usize, usize) {
    state::with(|gc| (gc.thresholds[0].get(), gc.thresholds[1].get(), 0))
}

/// `gc.set_threshold(threshold0, threshold1, threshold2)`: threshold0 = 0 disables automatic
/// collection; threshold1 sets the old generation's scan rate; threshold2 is ignored.
pub fn set_threshold(threshold0: usize, threshold1: usize, threshold2: usize) {
    state::with(|gc| {
        gc.thresholds[0].set(threshold0);
        gc.thresholds[1].set(threshold1);
        gc.thresholds[2].set(threshold2);
    });
}

/// `gc.get_stats()`: per generation, the collections that ran and what they found.
pub fn get_stats() -> [GenerationStats; 3] {
    state::with(|gc| gc.stats.each_ref().map(core::cell::Cell::get))
}

/// `gc.get_objects(generation)`: new handles to the tracked containers of a generation. `None`:
/// all but the frozen ones; `Some(0)`: the young generation; `Some(1)`: none (the incremental
/// collector has no generation 1); `Some(2)`: both old spaces. Objects of a collection in
/// progress (in its scratch lists) are not included.
///
/// # Panics
/// If `generation > Some(2)`.
pub fn tracked_objects(generation: Option<u8>) -> Vec<Obj> {
    assert!(
        generation.is_none_or(|g| g <= 2),
        "generation parameter must be less than the number of available generations (3)"
    );
    state::with(|gc| {
        let lists: &[&list::ListHead] = match generation {
            None => &[&gc.young, &gc.old[0], &gc.old[1]],
            Some(0) => &[&gc.young],
            Some(1) => &[],
            _ => &[&gc.old[0], &gc.old[1]],
        };
        let mut objects = Vec::new();
        for list in lists {
            list.for_each_node(|node| {
                // SAFETY: a node of a generation list is a live container's prefix; cloning
                // takes a counted reference and runs no code.
                objects.push(unsafe { Obj::clone_from_header(header_of(node)) });
            });
        }
        objects
    })
}

/// `gc.freeze()`: move every tracked container to the permanent generation, which collections
/// ignore.
pub fn freeze() {
    state::with(|gc| {
        gc.forbid_while_scanning("called gc::freeze");
        generations::freeze(gc);
    });
}

/// `gc.unfreeze()`: move the permanent generation back to the old generation.
pub fn unfreeze() {
    state::with(|gc| {
        gc.forbid_while_scanning("called gc::unfreeze");
        generations::unfreeze(gc);
    });
}

/// `gc.get_freeze_count()`: the number of containers in the permanent generation.
pub fn get_freeze_count() -> usize {
    state::with(|gc| gc.permanent.len())
}

/// Stop tracking `obj` (CPython's `PyObject_GC_UnTrack`): it is never examined by collections
/// again, so it must not become part of a garbage cycle (the VM untracks tuples whose items are
/// all atomic). Does nothing if it is not tracked.
pub fn untrack(obj: &Obj) {
    if obj.is_tracked() {
        // SAFETY: a live, tracked container.
        unsafe { gc_links::untrack(obj.header_ptr()) };
    }
}

/// Track `obj` again (CPython's `PyObject_GC_Track`), in the young generation. Does nothing if
/// it is already tracked, is immortal, or is not a container.
pub fn track(obj: &Obj) {
    if obj.is_container() && !obj.is_immortal() && !obj.is_tracked() {
        // SAFETY: a live container, not tracked.
        unsafe { gc_links::track(obj.header_ptr()) };
    }
}

/// Install (or remove) the VM's root visitor, used by the mark phase that starts each scavenge
/// of the incremental collector. Without one, the mark phase marks nothing (but still takes an
/// increment, as in CPython).
pub fn set_root_visitor(visitor: Option<RootVisitor>) {
    state::with(|gc| gc.root_visitor.set(visitor));
}
