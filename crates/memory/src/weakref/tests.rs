//! Weak references over objects of the test types: refcount death, the collector, the trashcan.

use std::cell::RefCell;

use super::*;
use crate::heap_stats;
use crate::test_payloads::{
    fresh_heap, link, obj, scaled, Event, Graph, Int, Log, Mortal, WeakTest,
};

use Event::{Dropped, Finalized};

/// What the test runner saw: (weakref id, callback's Int, cause, referent already gone).
type Call = (usize, i64, CallbackCause, bool);

thread_local! {
    static CALLS: RefCell<Vec<Call>> = const { RefCell::new(Vec::new()) };
    static LOG: RefCell<Option<Log>> = const { RefCell::new(None) };
    /// Dropped by the runner after each callback.
    static RELEASE: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

fn runner(weakref: &Obj, callback: &Obj, cause: CallbackCause) {
    let weak = weakref.downcast_ref::<WeakTest>().expect("a WeakTest");
    let value = callback.downcast_ref::<Int>().expect("an Int callback").0;
    CALLS.with(|c| {
        c.borrow_mut()
            .push((weak.id, value, cause, weak.slot.get().is_none()))
    });
    LOG.with(|l| {
        if let Some(log) = &*l.borrow() {
            log.borrow_mut().push(Event::Cleared(1000 + weak.id));
        }
    });
    let released = RELEASE.with(|r| r.borrow_mut().take());
    drop(released);
}

fn start(log: Option<&Log>) -> crate::HeapStats {
    let stats = fresh_heap();
    set_callback_runner(Some(runner));
    CALLS.with(|c| c.borrow_mut().clear());
    LOG.with(|l| *l.borrow_mut() = log.cloned());
    stats
}

fn calls() -> Vec<Call> {
    CALLS.with(|c| c.borrow().clone())
}

fn int(value: i64) -> Obj {
    obj(Int(value))
}

#[test]
fn a_weakref_reads_its_referent_until_it_dies() {
    let before = start(None);
    let target = obj(Int(7));
    let weak = WeakTest::to(&target, 1, None);
    assert_eq!(target.refcount(), 1, "a weakref does not own its referent");
    let got = WeakTest::get(&weak).expect("alive");
    assert!(got.ptr_eq(&target));
    drop(got);
    assert_eq!(count(&target), 1);
    drop(target);
    assert!(WeakTest::get(&weak).is_none());
    drop(weak);
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
}

#[test]
fn a_weakref_dying_first_leaves_its_referent_alone() {
    let before = start(None);
    let target = obj(Int(7));
    let first = WeakTest::to(&target, 1, Some(int(1)));
    let second = WeakTest::to(&target, 2, Some(int(2)));
    assert_eq!(count(&target), 2);
    drop(first);
    assert_eq!(count(&target), 1);
    assert_eq!(weakrefs_to(&target)[0].addr(), second.addr());
    drop(second);
    assert_eq!(count(&target), 0);
    drop(target);
    assert!(calls().is_empty());
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
}

#[test]
fn list_order_is_basic_ref_then_basic_proxy_then_newest_first() {
    start(None);
    let target = obj(Int(7));
    let other1 = WeakTest::to(&target, 1, Some(int(1)));
    let basic = WeakTest::to(&target, 2, None);
    let other3 = WeakTest::to(&target, 3, Some(int(3)));
    let proxy = obj(WeakTest {
        id: 4,
        slot: WeakSlot::new(None),
    });
    attach(&proxy, &target, WeakKind::BasicProxy);
    let ids: Vec<usize> = weakrefs_to(&target)
        .iter()
        .map(|w| w.downcast_ref::<WeakTest>().expect("weak").id)
        .collect();
    assert_eq!(ids, [2, 4, 3, 1]);
    assert!(find_basic(&target, WeakKind::BasicRef).is_some_and(|b| b.ptr_eq(&basic)));
    assert!(find_basic(&target, WeakKind::BasicProxy).is_some_and(|p| p.ptr_eq(&proxy)));
    drop((other1, basic, other3, proxy, target));
}

#[test]
fn refcount_death_runs_callbacks_after_the_finalizer_newest_first() {
    let log = Log::default();
    let before = start(Some(&log));
    let target = Mortal::new(1, &log).into_obj();
    let weak1 = WeakTest::to(&target, 1, Some(int(10)));
    let weak2 = WeakTest::to(&target, 2, Some(int(20)));
    let plain = WeakTest::to(&target, 3, None);
    drop(target);
    assert_eq!(
        log.borrow().clone(),
        [
            Finalized(1),
            Event::Cleared(1002),
            Event::Cleared(1001),
            Dropped(1)
        ]
    );
    assert_eq!(
        calls(),
        [
            (2, 20, CallbackCause::RefcountDeath, true),
            (1, 10, CallbackCause::RefcountDeath, true)
        ]
    );
    let slot = |w: &Obj| {
        w.downcast_ref::<WeakTest>()
            .map(|w| w.slot.callback().is_none())
    };
    assert_eq!(slot(&weak1), Some(true), "the callback is taken out");
    assert!(WeakTest::get(&plain).is_none());
    drop((weak1, weak2, plain));
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
}

#[test]
fn the_finalizer_still_sees_its_weakrefs_alive() {
    let log = Log::default();
    start(Some(&log));
    let seen = std::rc::Rc::new(std::cell::Cell::new(false));
    let weak_holder: std::rc::Rc<RefCell<Option<Obj>>> = Default::default();
    let (seen2, holder2) = (seen.clone(), weak_holder.clone());
    let target = Mortal::new(1, &log)
        .on_finalize(move |this| {
            let weak = holder2.borrow().clone().expect("weak");
            seen2.set(WeakTest::get(&weak).is_some_and(|t| t.ptr_eq(this)));
        })
        .into_obj();
    *weak_holder.borrow_mut() = Some(WeakTest::to(&target, 1, None));
    drop(target);
    assert!(seen.get());
    assert!(WeakTest::get(&weak_holder.borrow().clone().expect("weak")).is_none());
}

#[test]
fn collection_clears_weakrefs_then_calls_back_before_finalizers() {
    let log = Log::default();
    let before = start(Some(&log));
    let a = Graph::new(1, &log).into_obj();
    let b = Graph::new(2, &log).into_obj();
    link(&a, &b);
    link(&b, &a);
    let outside = WeakTest::to(&a, 1, Some(int(10)));
    let inside = WeakTest::to(&b, 2, Some(int(20)));
    link(&b, &inside);
    drop((a, b, inside));
    let stats = crate::gc::collect(2);
    // The callback of the reachable weakref ran first, with its referent already gone; the
    // weakref inside the garbage never calls back.
    assert_eq!(calls(), [(1, 10, CallbackCause::Collection, true)]);
    let events = log.borrow().clone();
    assert_eq!(
        &events[..3],
        [Event::Cleared(1001), Finalized(1), Finalized(2)]
    );
    assert_eq!(stats.collected, 3);
    assert!(WeakTest::get(&outside).is_none());
    assert!(
        outside
            .downcast_ref::<WeakTest>()
            .expect("weak")
            .slot
            .callback()
            .is_some(),
        "the collector leaves the callback in place"
    );
    drop(outside);
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
}

#[test]
fn a_weakref_freed_by_its_callback_counts_as_collected() {
    let before = start(None);
    let a = Graph::new(1, &Log::default()).into_obj();
    link(&a, &a);
    let weak = WeakTest::to(&a, 1, Some(int(10)));
    drop(a);
    // The weakref's only owner is released by the runner during the callback: the collector's
    // own reference is then the last one.
    RELEASE.with(|r| *r.borrow_mut() = Some(weak));
    let stats = crate::gc::collect(2);
    assert_eq!(calls().len(), 1);
    assert_eq!(
        stats.collected, 2,
        "the cycle and the weakref its callback freed"
    );
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
}

#[test]
fn deep_chains_with_weakrefs_free_through_the_trashcan() {
    let log = Log::default();
    let before = start(None);
    let n = scaled(20_000, 300);
    let mut head = Mortal::new(0, &log).into_obj();
    let mut weaks = Vec::with_capacity(n);
    for id in 1..n {
        weaks.push(WeakTest::to(&head, id, Some(int(id as i64))));
        head = Mortal::new(id, &log).with_child(head).into_obj();
    }
    drop(head);
    assert!(weaks.iter().all(|w| WeakTest::get(w).is_none()));
    assert_eq!(calls().len(), n - 1);
    assert!(calls().iter().all(|c| c.3));
    drop(weaks);
    drop(log);
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
}

#[test]
fn deep_chains_of_weakrefs_to_weakrefs_free_through_the_trashcan() {
    let before = start(None);
    let n = scaled(20_000, 300);
    let target = obj(Int(0));
    let mut head = WeakTest::to(&target, 0, None);
    let mut keep = Vec::with_capacity(n);
    for id in 1..n {
        let next = WeakTest::to(&head, id, Some(head.clone()));
        keep.push(head);
        head = next;
    }
    drop(keep);
    drop(head);
    drop(target);
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
}
