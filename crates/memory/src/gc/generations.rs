//! The incremental collector's generations (CPython 3.14.0–3.14.4's `gc_collect_young`,
//! `gc_collect_increment`, `gc_collect_full`, `completed_scavenge`, freeze/unfreeze).
//!
//! Invariants (see `state` for the lists and old-space bits):
//! - new containers enter `young`; a young collection collects `young` alone and appends its
//!   survivors to the visited old space;
//! - a *scavenge* is one pass over the old generation: each increment collects `young` plus a
//!   chunk of the pending space (its oldest objects) *closed under references into the pending
//!   space* (`expand_region_transitively_reachable`), and appends the survivors to the visited
//!   space. When the pending space is empty the scavenge is complete: the spaces swap (the
//!   visited space becomes pending) and the next increment starts a new scavenge with a mark
//!   phase;
//! - correctness: an unreachable cycle is always collected whole. A cycle that lies in the
//!   pending space is contained in the closure of any of its members, so it is never split
//!   between increments; a cycle that involves young objects is in the increment with them.
//!   Objects already in the visited space were reachable when scanned; a cycle formed later from
//!   visited objects is collected by the next scavenge (or by a full collection). The mark phase
//!   only ever moves *reachable* objects (reported by the root visitor, and what they reach) to
//!   the visited space, which at worst delays a collection to the next scavenge;
//! - the budget (`work_to_do`, in objects) follows CPython 3.14.1+ (after GH-140262):
//!   each increment adds `new + min(heap_size / 10 / max(threshold1, 2), 2 * new)` where `new` is
//!   the young count (then reset to 0), and returns at once if the budget is negative; the mark
//!   phase subtracts the number of marked objects twice (CPython issue #141890, kept for
//!   identical behaviour); an increment then takes pending objects until its size reaches the
//!   budget, and subtracts its size;
//! - a full collection merges `young` and the pending space into the visited space, collects
//!   it in place, zeroes the three counts and completes the scavenge;
//! - the permanent generation (`freeze`, and immortal containers) is never scanned; its mortal
//!   objects have the visited space; while it may hold mortal ones the spaces are not swapped by
//!   bit flip but by moving the visited objects to the pending space (immortal ones are never
//!   moved by their space bit, so a flip cannot pull them out).

use core::ptr::NonNull;

use crate::gc::cycles::{container_links, trace_object};
use crate::gc::list::ListHead;
use crate::gc::region::{collect_region, untrack_atomic, RegionStats};
use crate::gc::state::{GcState, Phase, Scanning};
use crate::gc_links::header_of;
use crate::tunables::GC_SCAN_RATE_DIVISOR;
use crate::Obj;

/// `gc.collect(0)`: collect the young generation alone.
pub(crate) fn collect_young(gc: &GcState) -> RegionStats {
    untrack_atomic(gc, &gc.young);
    let survivors = &gc.scratch.survivors;
    let stats = collect_region(gc, &gc.young, survivors, Some(gc.visited_space()));
    survivors.merge_into(gc.visited());
    gc.young_count.set(0);
    let visited_count = &gc.old_count[usize::from(gc.visited_space())];
    visited_count.set(visited_count.get() + 1);
    gc.add_stats(0, stats.collected, stats.uncollectable);
    stats
}

/// `gc.collect(1)` and automatic collections: one increment of the current scavenge.
pub(crate) fn collect_increment(gc: &GcState) -> RegionStats {
    let budget = gc.work_to_do.get() + assess_work_to_do(gc);
    gc.work_to_do.set(budget);
    if budget < 0 {
        // Paying back a debt (3.14.1+): nothing happens, not even the stats.
        return RegionStats::default();
    }
    untrack_atomic(gc, &gc.young);
    if gc.phase.get() == Phase::Mark {
        let marked = mark_roots(gc, true);
        // Counted twice, as in CPython (`mark_at_start` and its caller both subtract it).
        gc.work_to_do
            .set(gc.work_to_do.get() - 2 * to_isize(marked));
        gc.phase.set(Phase::Collect);
        return RegionStats::default();
    }
    let marked = mark_roots(gc, false);
    gc.work_to_do.set(gc.work_to_do.get() - to_isize(marked));

    let increment = &gc.scratch.increment;
    let visited_space = gc.visited_space();
    gc.young.set_space(visited_space);
    gc.young.merge_into(increment);
    let mut increment_size = increment.len();
    let pending = gc.pending();
    while to_isize(increment_size) < gc.work_to_do.get() {
        let Some(oldest) = pending.first() else {
            break;
        };
        // SAFETY: a tracked container, the first of the pending space.
        unsafe {
            increment.move_in(oldest);
            oldest.as_ref().set_space(visited_space);
        }
        increment_size += 1 + expand_region_transitively_reachable(gc, increment, oldest);
    }
    let survivors = &gc.scratch.survivors;
    let stats = collect_region(gc, increment, survivors, None);
    survivors.merge_into(gc.visited());
    debug_assert!(increment.is_empty());
    gc.work_to_do
        .set(gc.work_to_do.get() - to_isize(increment_size));
    gc.add_stats(1, stats.collected, stats.uncollectable);
    if gc.pending().is_empty() {
        completed_scavenge(gc);
    }
    stats
}

/// `gc.collect()` / `gc.collect(2)`: collect every generation but the permanent one.
pub(crate) fn collect_full(gc: &GcState) -> RegionStats {
    untrack_atomic(gc, &gc.young);
    let (pending, visited) = (gc.pending(), gc.visited());
    gc.young.merge_into(pending);
    gc.young_count.set(0);
    pending.merge_into(visited);
    // Everything gets the visited space during the collection's first walk.
    let stats = collect_region(gc, visited, visited, Some(gc.visited_space()));
    gc.young_count.set(0);
    gc.old_count[0].set(0);
    gc.old_count[1].set(0);
    completed_scavenge(gc);
    gc.add_stats(2, stats.collected, stats.uncollectable);
    stats
}

/// How many more objects the next increment should examine (CPython's `assess_work_to_do`,
/// 3.14.1+); resets the young count.
fn assess_work_to_do(gc: &GcState) -> isize {
    let scale = gc.thresholds[1].get().max(2);
    let new_objects = gc.young_count.get();
    let heap_fraction =
        (gc.heap_size.get() / GC_SCAN_RATE_DIVISOR / scale).min(new_objects.saturating_mul(2));
    gc.young_count.set(0);
    to_isize(new_objects.saturating_add(heap_fraction))
}

fn to_isize(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

/// Add to the end of `increment` every pending container reachable from the nodes of
/// `increment` from `start` on, transitively (they get the visited space); immortal containers
/// met on the way go to the permanent generation. Returns how many were added.
fn expand_region_transitively_reachable(
    gc: &GcState,
    increment: &ListHead,
    start: NonNull<crate::gc_links::GcLinks>,
) -> usize {
    let _scan = Scanning::begin(gc);
    let visited_space = gc.visited_space();
    let mut added = 0;
    let mut visit = |referent: &Obj| {
        if add_if_unvisited(referent, increment, visited_space) {
            added += 1;
        }
    };
    let end = increment.head().as_ptr();
    let mut cursor = start.as_ptr();
    while cursor != end {
        // SAFETY: a node of `increment` other than its sentinel: a live container's prefix.
        let node = unsafe { NonNull::new_unchecked(cursor) };
        // SAFETY: the header of that live container.
        let header = unsafe { header_of(node) };
        // SAFETY: as above.
        if unsafe { header.as_ref() }.is_immortal() {
            // SAFETY: as above.
            cursor = unsafe { node.as_ref() }.next();
            // SAFETY: a tracked container of `increment`.
            unsafe { gc.permanent.move_in(node) };
            continue;
        }
        // SAFETY: a live container, which stays alive during the scan.
        unsafe { trace_object(header, &mut visit) };
        // SAFETY: still linked (only the visitor moved nodes, to the end of `increment`).
        cursor = unsafe { node.as_ref() }.next();
    }
    added
}

/// If `referent` is a tracked, mortal container not in the visited space, give it the visited
/// space and move it to the end of `to` (CPython's `visit_add_to_container` and
/// `move_to_reachable`).
fn add_if_unvisited(referent: &Obj, to: &ListHead, visited_space: u8) -> bool {
    let Some(node) = container_links(referent) else {
        return false;
    };
    // SAFETY: the prefix of a live container (`referent` is a live handle).
    let links = unsafe { node.as_ref() };
    if referent.is_immortal() || !links.is_linked() || links.space() == visited_space {
        return false;
    }
    links.set_space(visited_space);
    // SAFETY: a tracked container.
    unsafe { to.move_in(node) };
    true
}

/// The mark phase (CPython's `mark_at_start` when `start`, `mark_stacks` otherwise): move to
/// the visited space everything reachable from the roots the VM's root visitor reports.
/// Returns the number of objects moved.
fn mark_roots(gc: &GcState, start: bool) -> usize {
    let Some(root_visitor) = gc.root_visitor.get() else {
        return 0;
    };
    let (reachable, visited_space) = (&gc.scratch.reachable, gc.visited_space());
    let mut marked = 0;
    // VM code: it may do anything but scan; every list stays well formed.
    root_visitor(start, &mut |root: &Obj| {
        if add_if_unvisited(root, reachable, visited_space) {
            marked += 1;
        }
    });
    marked + mark_all_reachable(gc, reachable, visited_space)
}

/// Empty the `reachable` worklist into the visited space, adding what each object reaches
/// (CPython's `mark_all_reachable`). Returns how many objects were added on the way.
fn mark_all_reachable(gc: &GcState, reachable: &ListHead, visited_space: u8) -> usize {
    let _scan = Scanning::begin(gc);
    let mut added = 0;
    let mut visit = |referent: &Obj| {
        if add_if_unvisited(referent, reachable, visited_space) {
            added += 1;
        }
    };
    while let Some(node) = reachable.first() {
        // SAFETY: a tracked container, the first of `reachable`.
        unsafe { gc.visited().move_in(node) };
        // SAFETY: a live container, which stays alive during the scan.
        unsafe { trace_object(header_of(node), &mut visit) };
    }
    added
}

/// Bookkeeping at the end of a scavenge (CPython's `completed_scavenge`).
fn completed_scavenge(gc: &GcState) {
    if !gc.permanent_mortal.get() {
        // Swap the spaces by flipping the bit: the visited space becomes pending.
        gc.flip_visited_space();
        gc.young.set_space(gc.visited_space() ^ 1);
    } else {
        // The permanent generation must keep the visited space: move the objects instead.
        let (visited, pending) = (gc.visited(), gc.pending());
        debug_assert!(pending.is_empty());
        visited.merge_into(pending);
        pending.set_space(gc.visited_space() ^ 1);
    }
    debug_assert!(gc.visited().is_empty());
    gc.work_to_do.set(0);
    gc.phase.set(Phase::Mark);
}

/// `gc.freeze()`: move every tracked container to the permanent generation.
pub(crate) fn freeze(gc: &GcState) {
    let visited_space = gc.visited_space();
    gc.young.set_space(visited_space);
    gc.young.merge_into(&gc.permanent);
    gc.young_count.set(0);
    gc.pending().set_space(visited_space);
    gc.old[0].merge_into(&gc.permanent);
    gc.old[1].merge_into(&gc.permanent);
    gc.permanent_mortal.set(true);
    gc.old_count[0].set(0);
    gc.old_count[1].set(0);
}

/// `gc.unfreeze()`: move the permanent generation to the visited old space.
pub(crate) fn unfreeze(gc: &GcState) {
    gc.permanent.merge_into(gc.visited());
    gc.permanent_mortal.set(false);
}
