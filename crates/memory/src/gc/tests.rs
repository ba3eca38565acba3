//! End-to-end tests of the cycle collector through its public API.
//!
//! Invariants: every test starts with `fresh_heap()` (tests may share a thread, and with it the
//! collector's state) and leaves no garbage and no changed setting behind; debug builds verify
//! the heap after every collection.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::*;
use crate::heap_stats;
use crate::test_payloads::{
    fresh_heap, link, list, obj, scaled, Event, Graph, Holder, Int, List, Log, Node, Tuple,
};

use Event::{Cleared, Dropped, Finalized};

fn events(log: &Log) -> Vec<Event> {
    log.borrow().clone()
}

fn graph(id: usize, log: &Log) -> Obj {
    Graph::new(id, log).into_obj()
}

/// A ring of `n` `List`s (each refers to the next, the last to the first); returns its first.
fn list_ring(n: usize) -> Obj {
    let first = list();
    let mut previous = first.clone();
    for _ in 1..n {
        let next = list();
        link(&previous, &next);
        previous = next;
    }
    link(&previous, &first);
    first
}

/// Objects freed since `before` (small blocks and large ones).
fn assert_heap_back_to(before: crate::HeapStats) {
    let now = heap_stats();
    assert_eq!(now.blocks_in_use, before.blocks_in_use, "blocks in use");
    assert_eq!(now.large_in_use, before.large_in_use, "large blocks in use");
    assert_eq!(
        now.tracked_containers, before.tracked_containers,
        "tracked containers"
    );
}

// ----- finding cycles -----

#[test]
fn two_node_cycle_is_found_and_freed() {
    let before = fresh_heap();
    let left = list();
    let right = list();
    link(&left, &right);
    link(&right, &left);
    drop((left, right));
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 2);
    let stats = collect(2);
    assert_eq!(stats.collected, 2);
    assert_eq!(stats.uncollectable, 0);
    assert_eq!(stats.total(), 2);
    assert_heap_back_to(before);
    assert_eq!(collect(2).collected, 0);
}

#[test]
fn self_cycle_is_found() {
    let before = fresh_heap();
    let me = list();
    link(&me, &me);
    drop(me);
    assert_eq!(collect(2).collected, 1);
    assert_heap_back_to(before);
}

#[test]
fn cycle_reachable_from_outside_is_not_collected() {
    let before = fresh_heap();
    let left = list();
    let right = list();
    link(&left, &right);
    link(&right, &left);
    drop(right);
    for generation in [0, 1, 1, 2] {
        assert_eq!(collect(generation).collected, 0, "generation {generation}");
    }
    let right = left.downcast_ref::<List>().map(|l| l.0.borrow()[0].clone());
    assert_eq!(right.as_ref().map(Obj::refcount), Some(2));
    drop((left, right));
    assert_eq!(collect(2).collected, 2);
    assert_heap_back_to(before);
}

#[test]
fn cycle_held_by_a_non_container_is_kept_until_released() {
    let before = fresh_heap();
    let left = list();
    let right = list();
    link(&left, &right);
    link(&right, &left);
    let holder = obj(Holder(RefCell::new(Some(left))));
    drop(right);
    assert!(!holder.is_tracked());
    assert_eq!(collect(2).collected, 0);
    holder.downcast_ref::<Holder>().map(|h| h.0.take());
    assert_eq!(collect(2).collected, 2);
    drop(holder);
    assert_heap_back_to(before);
}

#[test]
fn references_from_a_live_object_keep_a_cycle_and_its_dependents() {
    let before = fresh_heap();
    // root -> a <-> b -> tail (a plain chain), root held.
    let root = list();
    let a = list();
    let b = list();
    let tail = obj(Node { next: None });
    link(&root, &a);
    link(&a, &b);
    link(&b, &a);
    link(&b, &tail);
    drop((a, b, tail));
    assert_eq!(collect(2).collected, 0);
    assert_eq!(collect(0).collected, 0);
    drop(root);
    // root died by refcounting; what is left is the cycle (and the chain it holds).
    assert_eq!(collect(2).collected, 3);
    assert_heap_back_to(before);
}

#[test]
fn chains_of_cycles_are_collected_together() {
    let before = fresh_heap();
    // Ten 3-rings, each referring to the next ring.
    let rings: Vec<Obj> = (0..10).map(|_| list_ring(3)).collect();
    for pair in rings.windows(2) {
        link(&pair[0], &pair[1]);
    }
    // Held from outside: nothing is garbage.
    let first = rings[0].clone();
    drop(rings);
    assert_eq!(collect(2).collected, 0);
    drop(first);
    assert_eq!(collect(2).collected, 30);
    assert_heap_back_to(before);
}

#[test]
fn cycle_through_the_class_reference_is_collected() {
    let before = fresh_heap();
    // A class object (a container) whose "dict" refers to its own instance.
    let class = crate::test_payloads::new_class(None);
    let instance = Obj::new(class.clone(), List(RefCell::new(Vec::new())));
    link(&class, &instance);
    drop((class, instance));
    assert_eq!(collect(2).collected, 2);
    assert_heap_back_to(before);
}

#[test]
fn huge_cycle_is_collected_without_overflowing_the_stack() {
    let length = scaled(100_000, 300);
    let before = fresh_heap();
    let first = list_ring(length);
    drop(first);
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + length);
    assert_eq!(collect(2).collected, length);
    assert_heap_back_to(before);
}

#[test]
fn deep_chain_held_by_a_cycle_is_freed_through_the_trashcan() {
    let length = scaled(100_000, 300);
    let before = fresh_heap();
    let mut chain: Option<Obj> = None;
    for _ in 0..length {
        chain = Some(obj(Node { next: chain }));
    }
    let head = chain.expect("a chain");
    let cycle = list_ring(2);
    link(&cycle, &head);
    drop((head, cycle));
    // Reachability is computed without recursion, freeing goes through the trashcan.
    assert_eq!(collect(2).collected, length + 2);
    assert_heap_back_to(before);
}

#[test]
fn deep_nesting_reachable_from_a_root_is_scanned_without_recursion() {
    let levels = scaled(100_000, 300);
    let before = fresh_heap();
    let root = list();
    let mut current = root.clone();
    for _ in 0..levels {
        let inner = list();
        link(&current, &inner);
        current = inner;
    }
    drop(current);
    // Every level is created after its parent: the scan finds them unreachable first and moves
    // them back one by one.
    assert_eq!(collect(0).collected, 0);
    assert_eq!(collect(2).collected, 0);
    drop(root);
    assert_heap_back_to(before);
}

// ----- PEP 442 finalization -----

#[test]
fn finalizers_run_once_before_clearing_in_creation_order() {
    let before = fresh_heap();
    let log = Log::default();
    let nodes: Vec<Obj> = (0..5).map(|id| graph(id, &log)).collect();
    for (i, node) in nodes.iter().enumerate() {
        link(node, &nodes[(i + 1) % nodes.len()]);
    }
    drop(nodes);
    assert_eq!(collect(2).collected, 5);
    let events = events(&log);
    let finalized: Vec<Event> = (0..5).map(Finalized).collect();
    assert_eq!(
        events[..5],
        finalized[..],
        "every finalizer first, in creation order"
    );
    assert!(events[5..]
        .iter()
        .all(|e| matches!(e, Cleared(_) | Dropped(_))));
    assert_eq!(events.iter().filter(|e| matches!(e, Dropped(_))).count(), 5);
    assert_heap_back_to(before);
}

#[test]
fn finalization_order_is_creation_order_whatever_the_links() {
    // CPython E7: a ring with reversed links, and a ring created in reverse order.
    for (created, reversed_links) in [(vec![0, 1, 2, 3, 4], true), (vec![4, 3, 2, 1, 0], false)] {
        fresh_heap();
        let log = Log::default();
        let nodes: Vec<Obj> = created.iter().map(|&id| graph(id, &log)).collect();
        let n = nodes.len();
        for i in 0..n {
            if reversed_links {
                link(&nodes[(i + 1) % n], &nodes[i]);
            } else {
                link(&nodes[i], &nodes[(i + 1) % n]);
            }
        }
        drop(nodes);
        assert_eq!(collect(2).collected, 5);
        let finalized: Vec<Event> = created.iter().map(|&id| Finalized(id)).collect();
        assert_eq!(events(&log)[..5], finalized[..]);
    }
}

#[test]
fn resurrected_object_and_what_it_reaches_survive_and_are_not_finalized_again() {
    let before = fresh_heap();
    let log = Log::default();
    let graveyard: Rc<RefCell<Vec<Obj>>> = Rc::default();
    let keep = graveyard.clone();
    let a = Graph::new(1, &log)
        .on_finalize(move |this| keep.borrow_mut().push(this.clone()))
        .into_obj();
    let b = graph(2, &log);
    link(&a, &b);
    link(&b, &a);
    // An unrelated cycle collected in the same run (CPython E19).
    let c = graph(3, &log);
    let d = graph(4, &log);
    link(&c, &d);
    link(&d, &c);
    drop((a, b, c, d));
    assert_eq!(collect(2).collected, 2);
    assert_eq!(
        events(&log)[..4],
        [Finalized(1), Finalized(2), Finalized(3), Finalized(4)]
    );
    let revived = graveyard.borrow()[0].clone();
    assert!(revived.is_finalized() && revived.is_tracked());
    let b = revived
        .downcast_ref::<Graph>()
        .map(|g| g.edges.borrow()[0].clone());
    let b = b.expect("a still refers to b");
    assert!(b.is_finalized());
    assert_eq!(
        b.downcast_ref::<Graph>().map(|g| g.edges.borrow().len()),
        Some(1)
    );
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 2);
    // Garbage again: collected without a second finalization.
    drop((revived, b));
    graveyard.borrow_mut().clear();
    log.borrow_mut().clear();
    assert_eq!(collect(2).collected, 2);
    assert!(!events(&log).iter().any(|e| matches!(e, Finalized(_))));
    assert_heap_back_to(before);
}

#[test]
fn self_cycle_that_resurrects_counts_zero() {
    let before = fresh_heap();
    let log = Log::default();
    let graveyard: Rc<RefCell<Vec<Obj>>> = Rc::default();
    let keep = graveyard.clone();
    let me = Graph::new(1, &log)
        .on_finalize(move |this| keep.borrow_mut().push(this.clone()))
        .into_obj();
    link(&me, &me);
    drop(me);
    assert_eq!(collect(2).collected, 0);
    let me = graveyard.borrow_mut().pop().expect("resurrected");
    drop(me);
    assert_eq!(collect(2).collected, 1);
    assert_eq!(events(&log), [Finalized(1), Cleared(1), Dropped(1)]);
    assert_heap_back_to(before);
}

#[test]
fn finalizer_breaking_its_cycle_frees_by_refcount_and_counts_zero() {
    // CPython E21: a <-> b, a's __del__ sets `self.o = None`: both finalized, 0 collected.
    let before = fresh_heap();
    let log = Log::default();
    let a = Graph::new(1, &log)
        .on_finalize(|this| {
            let edges = this.downcast_ref::<Graph>().map(|g| g.edges.take());
            drop(edges);
        })
        .into_obj();
    let b = graph(2, &log);
    link(&a, &b);
    link(&b, &a);
    drop((a, b));
    assert_eq!(collect(2).collected, 0);
    // b died (and was finalized) by refcounting inside a's finalizer; a died when the
    // collector let go of it.
    assert_eq!(
        events(&log),
        [Finalized(1), Finalized(2), Dropped(2), Dropped(1)]
    );
    assert_heap_back_to(before);
}

#[test]
fn finalizer_may_allocate_and_free() {
    let before = fresh_heap();
    let log = Log::default();
    let made: Rc<RefCell<Vec<Obj>>> = Rc::default();
    let keep = made.clone();
    let inner_log = log.clone();
    let a = Graph::new(1, &log)
        .on_finalize(move |_| {
            // Garbage of its own (a new cycle), temporaries, and a kept object.
            let fresh = list_ring(3);
            drop(fresh);
            let temporaries: Vec<Obj> = (0..50).map(|i| obj(Int(i))).collect();
            drop(temporaries);
            keep.borrow_mut().push(graph(10, &inner_log));
        })
        .into_obj();
    link(&a, &a);
    drop(a);
    assert_eq!(collect(2).collected, 1);
    // The new cycle was created during the collection, in the young generation: next time.
    assert_eq!(tracked_objects(Some(0)).len(), 4);
    assert_eq!(collect(0).collected, 3);
    made.borrow_mut().clear();
    assert_eq!(
        events(&log),
        [
            Finalized(1),
            Cleared(1),
            Dropped(1),
            Finalized(10),
            Dropped(10)
        ]
    );
    assert_heap_back_to(before);
}

#[test]
fn reentrant_collection_from_a_finalizer_is_a_no_op() {
    let before = fresh_heap();
    let log = Log::default();
    let inner: Rc<Cell<Option<(CollectStats, bool)>>> = Rc::default();
    let seen = inner.clone();
    let a = Graph::new(1, &log)
        .on_finalize(move |_| seen.set(Some((collect(2), is_collecting()))))
        .into_obj();
    link(&a, &a);
    drop(a);
    let stats_before = get_stats();
    assert!(!is_collecting());
    assert_eq!(collect(2).collected, 1);
    assert!(!is_collecting());
    let (nested, collecting) = inner.get().expect("the finalizer ran");
    assert_eq!(nested.total(), 0);
    assert!(collecting);
    assert_eq!(get_stats()[2].collections, stats_before[2].collections + 1);
    assert_heap_back_to(before);
}

#[test]
fn callbacks_run_inside_the_collection() {
    let before = fresh_heap();
    let cycle = list_ring(2);
    drop(cycle);
    let mut calls = Vec::new();
    let stats = collect_with(2, &mut |phase, stats| {
        let nested = collect(0);
        calls.push((phase, *stats, nested.total(), is_collecting()));
    });
    assert_eq!(stats.collected, 2);
    let start = CollectStats {
        generation: 2,
        collected: 0,
        uncollectable: 0,
    };
    assert_eq!(
        calls,
        [
            (CallbackPhase::Start, start, 0, true),
            (CallbackPhase::Stop, stats, 0, true)
        ]
    );
    assert_heap_back_to(before);
}

#[test]
fn panicking_finalizer_leaves_a_consistent_heap() {
    let before = fresh_heap();
    let log = Log::default();
    let a = Graph::new(1, &log)
        .on_finalize(|_| panic!("finalizer failed"))
        .into_obj();
    let b = graph(2, &log);
    link(&a, &b);
    link(&b, &a);
    drop((a, b));
    let result = std::panic::catch_unwind(|| collect(2));
    assert!(result.is_err());
    assert!(!is_collecting());
    #[cfg(debug_assertions)]
    verify::verify_heap();
    // a is finalized (never again); the next collection collects both.
    assert_eq!(collect(2).collected, 2);
    assert_eq!(events(&log)[0], Finalized(1));
    assert_eq!(
        events(&log)
            .iter()
            .filter(|e| matches!(e, Finalized(_)))
            .count(),
        2
    );
    assert_heap_back_to(before);
}

#[test]
fn panicking_trace_leaves_a_consistent_heap() {
    // A collection outside a safe point: a `List` is mutably borrowed, so its `trace` panics.
    let before = fresh_heap();
    let busy = list();
    let cycle = list_ring(2);
    link(&busy, &cycle);
    drop(cycle);
    let young_cycle = list_ring(3);
    drop(young_cycle);
    let payload = busy.downcast_ref::<List>().expect("a List");
    let borrow = payload.0.borrow_mut();
    for generation in [0, 2] {
        let result = std::panic::catch_unwind(|| collect(generation));
        assert!(result.is_err(), "generation {generation}");
        assert!(!is_collecting());
        #[cfg(debug_assertions)]
        verify::verify_heap();
    }
    drop(borrow);
    assert_eq!(collect(2).collected, 3);
    payload.0.borrow_mut().clear();
    assert_eq!(collect(2).collected, 2);
    drop(busy);
    assert_heap_back_to(before);
}

// ----- generations -----

#[test]
fn young_collection_moves_survivors_to_the_old_generation() {
    let before = fresh_heap();
    let survivor = list();
    let garbage = list_ring(2);
    drop(garbage);
    assert_eq!(tracked_objects(Some(0)).len(), 3);
    assert_eq!(get_count().0, 3);
    assert_eq!(collect(0).collected, 2);
    assert_eq!(get_count(), (0, 1, 0));
    assert!(tracked_objects(Some(0)).is_empty());
    assert!(tracked_objects(Some(1)).is_empty());
    let old = tracked_objects(Some(2));
    assert!(old.iter().any(|o| o.ptr_eq(&survivor)));
    assert!(tracked_objects(None).iter().any(|o| o.ptr_eq(&survivor)));
    drop(old);
    // A cycle that became garbage after reaching the old generation: not young any more.
    let cycle = list_ring(2);
    assert_eq!(collect(0).collected, 0);
    drop(cycle);
    assert_eq!(collect(0).collected, 0);
    assert_eq!(get_count(), (0, 3, 0));
    assert_eq!(collect(2).collected, 2);
    assert_eq!(get_count(), (0, 0, 0));
    drop(survivor);
    assert_heap_back_to(before);
}

/// One increment, as a running program triggers them: the program made `new` surviving
/// containers since the last one (kept in `keep`).
fn increment_after_allocating(keep: &mut Vec<Obj>, new: usize) -> CollectStats {
    keep.extend((0..new).map(|_| list()));
    collect(1)
}

#[test]
fn increments_collect_the_old_generation_chunk_by_chunk() {
    let before = fresh_heap();
    // A small scan rate divisor, so that a small heap is scanned in a few increments.
    set_threshold(2000, 2, 0);
    // Old garbage: cycles that survived a young collection (into the visited space), then
    // were dropped.
    let rings: Vec<Obj> = (0..20).map(|_| list_ring(2)).collect();
    collect(0);
    drop(rings);
    let mut keep = Vec::new();
    // The first increment after a full collection is a mark phase: nothing collected, and it
    // does not count as a generation-1 collection.
    let stats_before = get_stats()[1];
    assert_eq!(increment_after_allocating(&mut keep, 5).collected, 0);
    assert_eq!(get_stats()[1], stats_before);
    // A young cycle is collected by the next increment, which includes the young generation.
    drop(list_ring(3));
    assert_eq!(increment_after_allocating(&mut keep, 5).collected, 3);
    assert_eq!(get_stats()[1].collections, stats_before.collections + 1);
    // That increment emptied the (empty) pending space: the spaces swapped, the old cycles are
    // pending now; after the next mark phase, increments take them a few at a time, whole
    // cycles only.
    let mut collected = 0;
    let mut effective = 0;
    let mut increments = 0;
    while collected < 40 {
        let stats = increment_after_allocating(&mut keep, 5);
        assert_eq!(stats.collected % 2, 0, "a cycle is never split");
        assert!(stats.collected < 40, "one chunk at a time");
        collected += stats.collected;
        effective += usize::from(stats.collected > 0);
        increments += 1;
        assert!(
            increments < 200,
            "the incremental collector must make progress"
        );
    }
    assert_eq!(collected, 40);
    assert!(effective > 1);
    set_threshold(2000, 10, 0);
    drop(keep);
    assert_heap_back_to(before);
}

#[test]
fn repeated_increments_without_allocation_do_nothing_as_in_cpython() {
    // CPython 3.14.2 (Pyodide): with no new objects the budget stays 0, so `gc.collect(1)`
    // alone never reaches old garbage ([0] * 30 after `gc.collect(0)`); a full collection does.
    let before = fresh_heap();
    let rings: Vec<Obj> = (0..5).map(|_| list_ring(2)).collect();
    collect(0);
    drop(rings);
    for _ in 0..10 {
        assert_eq!(collect(1).collected, 0);
    }
    assert_eq!(collect(2).collected, 10);
    assert_heap_back_to(before);
}

#[test]
fn automatic_increments_alone_eventually_collect_old_cycles() {
    let before = fresh_heap();
    set_threshold(scaled(50, 10), 10, 0);
    let rounds = scaled(3000, 60);
    let mut live: Vec<Obj> = Vec::new();
    let (mut made, mut collected) = (0, 0);
    // What the VM does at its safe points: only automatic collections (increments).
    let safe_point = |collected: &mut usize| {
        if collection_due() {
            *collected += collect(1).collected;
        }
    };
    for round in 0..rounds {
        drop(list_ring(2));
        made += 2;
        live.push(list());
        if round % 7 == 0 {
            live.clear();
        }
        safe_point(&mut collected);
    }
    // The program goes on (its objects survive), making no new cycles: the old garbage is
    // collected by increments alone.
    let mut steps = 0;
    while collected < made {
        live.push(list());
        safe_point(&mut collected);
        steps += 1;
        assert!(steps < scaled(1_000_000, 20_000), "no progress");
    }
    assert_eq!(collected, made);
    set_threshold(2000, 10, 0);
    drop(live);
    fresh_heap();
    assert_heap_back_to(before);
}

#[test]
fn increment_takes_the_whole_closure_of_a_pending_object() {
    let before = fresh_heap();
    set_threshold(2000, 2, 0);
    // A long ring in the pending space is collected in one increment even with a tiny budget.
    let length = scaled(5_000, 100);
    let ring = list_ring(length);
    collect(0);
    drop(ring);
    let mut keep = Vec::new();
    let mut increments = 0;
    let total = loop {
        let stats = increment_after_allocating(&mut keep, 1);
        if stats.collected > 0 {
            break stats.collected;
        }
        increments += 1;
        assert!(increments < 10);
    };
    assert_eq!(total, length);
    set_threshold(2000, 10, 0);
    drop(keep);
    assert_heap_back_to(before);
}

#[test]
fn full_collection_resets_counts_and_starts_a_new_scavenge() {
    let before = fresh_heap();
    let keep: Vec<Obj> = (0..5).map(|_| list()).collect();
    assert_eq!(get_count().0, 5);
    collect(0);
    collect(0);
    assert_eq!(get_count(), (0, 2, 0));
    collect(2);
    assert_eq!(get_count(), (0, 0, 0));
    let stats = get_stats()[1];
    assert_eq!(collect(1).total(), 0, "mark phase");
    assert_eq!(get_stats()[1], stats);
    drop(keep);
    assert_heap_back_to(before);
}

#[test]
fn count_tracks_net_container_allocations_and_triggers() {
    let before = fresh_heap();
    assert_eq!(get_count().0, 0);
    let objs: Vec<Obj> = (0..10).map(|_| list()).collect();
    let ints: Vec<Obj> = (0..10).map(|i| obj(Int(i))).collect();
    assert_eq!(get_count().0, 10, "only containers count");
    drop(objs);
    assert_eq!(get_count().0, 0, "deallocations count down");
    drop(ints);
    set_threshold(5, 10, 0);
    let objs: Vec<Obj> = (0..5).map(|_| list()).collect();
    assert!(!collection_due(), "due only above the threshold");
    let extra = list();
    assert!(collection_due());
    disable();
    assert!(!collection_due());
    assert!(!is_enabled());
    enable();
    assert!(is_enabled());
    assert!(collection_due());
    set_threshold(0, 10, 0);
    assert!(
        !collection_due(),
        "threshold0 = 0 disables automatic collection"
    );
    set_threshold(5, 10, 0);
    // What the VM does at a safe point.
    if collection_due() {
        collect(1);
    }
    assert!(!collection_due());
    assert_eq!(get_count().0, 0);
    drop((objs, extra));
    fresh_heap();
    assert_heap_back_to(before);
}

#[test]
fn thresholds() {
    fresh_heap();
    assert_eq!(get_threshold(), (2000, 10, 0));
    set_threshold(100, 5, 7);
    assert_eq!(get_threshold(), (100, 5, 0));
    set_threshold(2000, 10, 0);
}

// ----- freeze, untrack -----

#[test]
fn frozen_objects_are_ignored_until_unfrozen() {
    let before = fresh_heap();
    let cycle = list_ring(2);
    let other = list();
    freeze();
    assert_eq!(get_freeze_count(), 2 + 1);
    assert_eq!(get_count(), (0, 0, 0));
    assert!(tracked_objects(None).is_empty());
    drop((cycle, other));
    for generation in [0, 1, 1, 1, 2] {
        assert_eq!(collect(generation).collected, 0);
    }
    // New objects are collected normally meanwhile.
    drop(list_ring(3));
    assert_eq!(collect(2).collected, 3);
    unfreeze();
    assert_eq!(get_freeze_count(), 0);
    assert_eq!(tracked_objects(Some(2)).len(), 2);
    assert_eq!(collect(2).collected, 2);
    assert_heap_back_to(before);
}

#[test]
fn increments_work_while_objects_are_frozen() {
    let before = fresh_heap();
    let frozen = list();
    freeze();
    let rings: Vec<Obj> = (0..5).map(|_| list_ring(2)).collect();
    collect(0);
    drop(rings);
    set_threshold(2000, 2, 0);
    let mut keep = Vec::new();
    let mut total = 0;
    let mut increments = 0;
    while total < 10 {
        total += increment_after_allocating(&mut keep, 10).collected;
        increments += 1;
        assert!(increments < 100, "no progress");
    }
    assert_eq!(total, 10);
    assert_eq!(get_freeze_count(), 1);
    set_threshold(2000, 10, 0);
    unfreeze();
    drop((frozen, keep));
    assert_heap_back_to(before);
}

#[test]
fn untracked_objects_are_never_collected() {
    let before = fresh_heap();
    let left = list();
    let right = list();
    link(&left, &right);
    link(&right, &left);
    untrack(&left);
    untrack(&left);
    assert!(!left.is_tracked());
    assert_eq!(
        heap_stats().tracked_containers,
        before.tracked_containers + 1
    );
    let (l, r) = (left.clone(), right.clone());
    drop((left, right));
    // `left` is invisible to the collector, so its reference to `right` looks external.
    assert_eq!(collect(2).collected, 0);
    track(&l);
    track(&l);
    assert!(l.is_tracked());
    assert_eq!(tracked_objects(Some(0)).len(), 1);
    drop((l, r));
    assert_eq!(collect(2).collected, 2);
    // Non-containers and immortal objects cannot be tracked.
    let int = obj(Int(1));
    track(&int);
    assert!(!int.is_tracked());
    let immortal = list();
    immortal.make_immortal();
    track(&immortal);
    assert!(!immortal.is_tracked());
    drop(int);
    let _ = before;
}

#[test]
fn atomic_tuples_are_untracked_by_collections() {
    let before = fresh_heap();
    let atoms = obj(Tuple(vec![obj(Int(1)), obj(Int(2))]));
    let nested = obj(Tuple(vec![atoms.clone()]));
    let with_list = obj(Tuple(vec![list()]));
    assert!(atoms.is_tracked() && nested.is_tracked() && with_list.is_tracked());
    collect(0);
    // Oldest first: `atoms` is untracked before `nested` is examined.
    assert!(!atoms.is_tracked());
    assert!(!nested.is_tracked());
    assert!(with_list.is_tracked());
    drop((atoms, nested, with_list));
    // A garbage cycle plus a garbage atomic tuple: the tuple is untracked (and freed by
    // refcounting), not counted (CPython E6 on the incremental collector).
    let cycle = list_ring(2);
    let tuple = obj(Tuple(vec![obj(Int(3))]));
    link(&cycle, &tuple);
    drop((cycle, tuple));
    assert_eq!(collect(2).collected, 2);
    assert_heap_back_to(before);
}

// ----- the mark phase -----

thread_local! {
    static ROOTS: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
    static ROOT_CALLS: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

fn visit_test_roots(start: bool, visit: &mut dyn FnMut(&Obj)) {
    ROOT_CALLS.with(|calls| {
        let (starts, others) = calls.get();
        calls.set(if start {
            (starts + 1, others)
        } else {
            (starts, others + 1)
        });
    });
    let roots = ROOTS.with(|roots| roots.borrow().clone());
    roots.iter().for_each(visit);
}

#[test]
fn mark_phase_moves_what_roots_reach_to_the_visited_space() {
    let before = fresh_heap();
    ROOT_CALLS.with(|calls| calls.set((0, 0)));
    // A root (e.g. the globals dict) reaching a structure of 50 objects.
    let root = list();
    let items: Vec<Obj> = (0..50).map(|_| list()).collect();
    for item in &items {
        link(&root, item);
    }
    drop(items);
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
    set_root_visitor(Some(visit_test_roots));
    // The mark phase marks 51 objects, charged twice: later increments pay that debt back
    // and collect nothing meanwhile (CPython 3.14.1+).
    assert_eq!(collect(1).total(), 0);
    assert_eq!(ROOT_CALLS.with(Cell::get), (1, 0));
    state::with(|gc| assert!(gc.work_to_do.get() < 0));
    let garbage = list_ring(2);
    drop(garbage);
    assert_eq!(collect(1).total(), 0, "in debt");
    let mut increments = 0;
    let mut total = 0;
    while total == 0 {
        // New surviving objects pay the debt back.
        let _keep: Vec<Obj> = (0..20).map(|_| list()).collect();
        total += collect(1).collected;
        increments += 1;
        assert!(increments < 50);
    }
    assert_eq!(total, 2);
    assert!(ROOT_CALLS.with(Cell::get).1 >= 1);
    set_root_visitor(None);
    ROOTS.with(|roots| roots.borrow_mut().clear());
    drop(root);
    fresh_heap();
    assert_heap_back_to(before);
}

// ----- the garbage observer (DEBUG_SAVEALL) -----

thread_local! {
    static SAVED: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
}

fn save_all(obj: &Obj) -> GarbageAction {
    SAVED.with(|s| s.borrow_mut().push(obj.clone()));
    GarbageAction::Keep
}

#[test]
fn an_observer_that_keeps_the_garbage_leaves_it_intact_and_counted() {
    let before = fresh_heap();
    let log = Log::default();
    let a = graph(1, &log);
    let b = graph(2, &log);
    link(&a, &b);
    link(&b, &a);
    drop((a, b));
    set_garbage_observer(Some(save_all));
    let stats = collect(2);
    set_garbage_observer(None);
    assert_eq!(stats.collected, 2, "kept garbage still counts as found");
    assert_eq!(
        events(&log),
        [Finalized(1), Finalized(2)],
        "finalized, not cleared"
    );
    let saved = SAVED.with(|s| std::mem::take(&mut *s.borrow_mut()));
    assert_eq!(saved.len(), 2);
    assert!(saved
        .iter()
        .all(|o| o
            .downcast_ref::<Graph>()
            .is_some_and(|g| g.edges.borrow().len() == 1)));
    drop(saved);
    assert_eq!(
        collect(2).collected,
        2,
        "collected again once released, without finalizers"
    );
    assert_eq!(
        events(&log)[2..],
        [Cleared(1), Dropped(2), Dropped(1)],
        "the second time they are cleared and freed"
    );
    assert_heap_back_to(before);
}
