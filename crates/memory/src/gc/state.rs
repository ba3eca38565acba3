//! The collector's per-thread state (CPython's `GCState`): the generation lists, the scratch
//! lists of a collection in progress, counters, thresholds and flags.
//!
//! Invariants:
//! - the state is a `const`-initialized thread-local without destructor (objects may die during
//!   thread teardown); its list heads are initialized on first use, after which their addresses
//!   never change (see `list`);
//! - every tracked container is in exactly one list: `young`, `old[0]`, `old[1]`, `permanent`, or,
//!   only while `collecting`, one of the `scratch` lists; between collections every scratch list
//!   is empty;
//! - old-space bits (`gc_links::OLD_SPACE_1`): an object in `old[i]` has space `i`; one in
//!   `permanent` has the visited space unless it is immortal (an immortal container is never
//!   moved by its space bit, so that bit is never read); `permanent_mortal` is true while
//!   `permanent` may hold mortal containers (`gc.freeze()`); one in `young` has the *other* space (it has not been
//!   visited by the current scavenge); objects in the scratch lists have the visited space
//!   (CPython's `validate_spaces`);
//! - between collections every tracked container has `gc_refs == 0` and neither `COLLECTING` nor
//!   `UNREACHABLE`;
//! - `young_count` is the number of containers tracked minus the number untracked since the last
//!   young collection or increment, never below zero (CPython 3.14.1+'s `young.count`);
//!   `heap_size` is the number of tracked containers;
//! - `collecting` is set for the whole of a collection, including while finalizers and `clear`
//!   run; a collection requested meanwhile does nothing (CPython's `gcstate->collecting`);
//! - `scanning` is set while the collector walks lists holding raw pointers and calls
//!   `Trace::trace` (or `Payload::can_untrack`); tracking or untracking a container then would
//!   invalidate those pointers, so it aborts the process instead ([`GcState::forbid_while_scanning`]);
//! - if a panic unwinds out of a collection (from a finalizer, `clear`, `trace`, a payload's
//!   `Drop`), [`Collecting`]'s drop puts every object of the scratch lists back into the visited
//!   old space and resets all scratch state, so the heap stays consistent.

use core::cell::Cell;

use crate::gc::list::ListHead;
use crate::gc::{GarbageObserver, GenerationStats, RootVisitor};
use crate::gc_links;

/// Which step of a scavenge the next increment performs (CPython's `gcstate->phase`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Mark everything reachable from the roots reported by the root visitor as visited.
    Mark,
    /// Collect increments of the pending space.
    Collect,
}

/// The lists a collection uses while it runs; all empty between collections.
pub(crate) struct Scratch {
    /// The set an increment collects (the young generation plus a chunk of the pending space).
    pub(crate) increment: ListHead,
    /// Reachable objects of the set, until they are appended to the visited space.
    pub(crate) survivors: ListHead,
    /// Objects found unreachable; after finalization, the ones resurrected.
    pub(crate) unreachable: ListHead,
    /// Objects `finalize_garbage` has already looked at.
    pub(crate) seen: ListHead,
    /// Objects still unreachable after finalization: the garbage to `clear`.
    pub(crate) garbage: ListHead,
    /// The mark phase's worklist.
    pub(crate) reachable: ListHead,
}

impl Scratch {
    const fn new() -> Scratch {
        Scratch {
            increment: ListHead::new(),
            survivors: ListHead::new(),
            unreachable: ListHead::new(),
            seen: ListHead::new(),
            garbage: ListHead::new(),
            reachable: ListHead::new(),
        }
    }

    pub(crate) fn lists(&self) -> [&ListHead; 6] {
        [
            &self.increment,
            &self.survivors,
            &self.unreachable,
            &self.seen,
            &self.garbage,
            &self.reachable,
        ]
    }
}

pub(crate) struct GcState {
    initialized: Cell<bool>,
    /// Newly tracked containers.
    pub(crate) young: ListHead,
    /// The two old spaces; `old[visited_space]` is "visited", the other "pending".
    pub(crate) old: [ListHead; 2],
    /// Frozen containers (`gc.freeze()`) and immortal ones, never scanned.
    pub(crate) permanent: ListHead,
    /// Whether `permanent` may hold mortal containers (see the module invariants).
    pub(crate) permanent_mortal: Cell<bool>,
    pub(crate) scratch: Scratch,
    /// See the module invariants.
    pub(crate) young_count: Cell<usize>,
    /// `old[i].count`: young collections since the last full collection (only `old[visited]`
    /// is ever incremented, as in CPython).
    pub(crate) old_count: [Cell<usize>; 2],
    pub(crate) heap_size: Cell<usize>,
    /// threshold0 (young), threshold1 (scan rate of the old generation), threshold2 (stored,
    /// ignored, reported as 0).
    pub(crate) thresholds: [Cell<usize>; 3],
    visited_space: Cell<u8>,
    pub(crate) phase: Cell<Phase>,
    /// The increment budget, in objects (may be negative: a debt).
    pub(crate) work_to_do: Cell<isize>,
    pub(crate) enabled: Cell<bool>,
    pub(crate) collecting: Cell<bool>,
    scanning: Cell<bool>,
    pub(crate) stats: [Cell<GenerationStats>; 3],
    pub(crate) root_visitor: Cell<Option<RootVisitor>>,
    /// Sees each object of the final garbage before it is cleared (`gc::set_garbage_observer`).
    pub(crate) garbage_observer: Cell<Option<GarbageObserver>>,
}

thread_local! {
    static GC: GcState = const { GcState::new() };
}

/// Run `f` with this thread's collector state (re-entrant: `f` may call `with` again).
#[inline(always)]
pub(crate) fn with<R>(f: impl FnOnce(&GcState) -> R) -> R {
    GC.with(|gc| {
        if !gc.initialized.get() {
            gc.initialize();
        }
        f(gc)
    })
}

impl GcState {
    const fn new() -> GcState {
        GcState {
            initialized: Cell::new(false),
            young: ListHead::new(),
            old: [ListHead::new(), ListHead::new()],
            permanent: ListHead::new(),
            permanent_mortal: Cell::new(false),
            scratch: Scratch::new(),
            young_count: Cell::new(0),
            old_count: [Cell::new(0), Cell::new(0)],
            heap_size: Cell::new(0),
            thresholds: [
                Cell::new(crate::tunables::GC_THRESHOLD_YOUNG),
                Cell::new(crate::tunables::GC_THRESHOLD_OLD),
                Cell::new(0),
            ],
            visited_space: Cell::new(0),
            phase: Cell::new(Phase::Mark),
            work_to_do: Cell::new(0),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            scanning: Cell::new(false),
            stats: [
                Cell::new(GenerationStats::ZERO),
                Cell::new(GenerationStats::ZERO),
                Cell::new(GenerationStats::ZERO),
            ],
            root_visitor: Cell::new(None),
            garbage_observer: Cell::new(None),
        }
    }

    #[cold]
    fn initialize(&self) {
        for list in self.generations() {
            list.init();
        }
        for list in self.scratch.lists() {
            list.init();
        }
        self.initialized.set(true);
    }

    /// The generation lists: young, old[0], old[1], permanent.
    pub(crate) fn generations(&self) -> [&ListHead; 4] {
        [&self.young, &self.old[0], &self.old[1], &self.permanent]
    }

    #[inline(always)]
    pub(crate) fn visited_space(&self) -> u8 {
        self.visited_space.get()
    }

    pub(crate) fn flip_visited_space(&self) {
        self.visited_space.set(self.visited_space.get() ^ 1);
    }

    pub(crate) fn visited(&self) -> &ListHead {
        &self.old[usize::from(self.visited_space())]
    }

    pub(crate) fn pending(&self) -> &ListHead {
        &self.old[usize::from(self.visited_space() ^ 1)]
    }

    /// Abort if the collector is scanning (see the module invariants). `what` completes
    /// "a Trace implementation ...".
    #[inline(always)]
    pub(crate) fn forbid_while_scanning(&self, what: &str) {
        if self.scanning.get() {
            scanning_violation(what);
        }
    }

    pub(crate) fn add_stats(&self, generation: usize, collected: usize, uncollectable: usize) {
        let cell = &self.stats[generation];
        let mut stats = cell.get();
        stats.collections += 1;
        stats.collected += collected;
        stats.uncollectable += uncollectable;
        cell.set(stats);
    }
}

#[cold]
#[inline(never)]
fn scanning_violation(what: &str) -> ! {
    eprintln!(
        "ouro-memory: fatal: code run by the cycle collector's scan (Trace::trace or \
         Payload::can_untrack) {what}; the collector's lists would be corrupted"
    );
    std::process::abort()
}

/// While alive, the collector is scanning (see the module invariants).
pub(crate) struct Scanning<'a> {
    gc: &'a GcState,
}

impl<'a> Scanning<'a> {
    pub(crate) fn begin(gc: &'a GcState) -> Scanning<'a> {
        debug_assert!(!gc.scanning.get(), "nested scans");
        gc.scanning.set(true);
        Scanning { gc }
    }
}

impl Drop for Scanning<'_> {
    fn drop(&mut self) {
        self.gc.scanning.set(false);
    }
}

/// While alive, a collection is running; dropping it ends the collection (and repairs the
/// lists if a panic is unwinding through it).
pub(crate) struct Collecting<'a> {
    gc: &'a GcState,
}

impl<'a> Collecting<'a> {
    /// Start a collection, unless one is already running.
    pub(crate) fn begin(gc: &'a GcState) -> Option<Collecting<'a>> {
        if gc.collecting.get() {
            return None;
        }
        gc.collecting.set(true);
        Some(Collecting { gc })
    }
}

impl Drop for Collecting<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            recover(self.gc);
        }
        self.gc.collecting.set(false);
    }
}

/// Make the heap consistent again after a panic interrupted a collection: reset every object's
/// scratch state, and put everything from the scratch lists into the visited space (where the
/// next scavenge will find it again). Runs no code but ours.
fn recover(gc: &GcState) {
    let visited = gc.visited_space();
    for list in gc.scratch.lists() {
        list.for_each_node(|node| {
            // SAFETY: a node of a list is a live container's prefix.
            unsafe {
                gc_links::reset_scratch(node);
                node.as_ref().set_space(visited);
            }
        });
        list.merge_into(gc.visited());
    }
    // The young generation may have been given the visited space just before the panic.
    let spaces = [visited ^ 1, 0, 1, visited];
    for (list, space) in gc.generations().into_iter().zip(spaces) {
        list.for_each_node(|node| {
            // SAFETY: a node of a list is a live container's prefix.
            unsafe {
                gc_links::reset_scratch(node);
                node.as_ref().set_space(space);
            }
        });
    }
    #[cfg(debug_assertions)]
    crate::gc::verify::verify_heap_state(gc);
}
