//! Weak references: a [`WeakSlot`] inside a weakref object's payload points at its referent
//! without owning it, and is cleared when the referent dies (CPython's `PyWeakReference` and
//! `PyObject_ClearWeakRefs`).
//!
//! Invariants:
//! - an object has the `HAS_WEAKREFS` header flag exactly when the thread's registry has an
//!   entry for it; the entry lists, once each, the attached slots pointing at it (and the
//!   weakref objects holding them), in CPython's order: the basic ref (no callback, exact
//!   type) first, then the basic proxy, then all others newest first (`insert_weakref`);
//! - a slot is *attached* while its `referent` is set; every attached slot is listed in its
//!   referent's entry, and every listed weakref object is alive with a count above zero or is
//!   being destroyed and has not reached its payload's drop yet (callers check the count before
//!   taking a reference, CPython's `_Py_TryIncref`). A weakref object is detached when its
//!   payload is dropped, when the trashcan parks it, or by [`WeakSlot::detach`];
//! - so the registry never holds a dangling pointer, and a referent is alive while a slot is
//!   attached to it: the referent's death (its `free`, or the collector) detaches every slot
//!   before the memory goes;
//! - while a dead referent waits in the trashcan (its count word is then the trashcan's link)
//!   its slots are *hidden*: [`WeakSlot::get`] answers `None` without reading the referent;
//! - callbacks (user code) run only after every slot of the dying referent is detached, so they
//!   can never reach it; they run through the runner the VM installs
//!   ([`set_callback_runner`]), in list order, from the referent's `free` (refcount death) or
//!   from the collector (only for weakrefs that are not garbage themselves);
//! - the registry is touched only when weakrefs are created, die, or lose their referent:
//!   never on the refcount or allocation hot paths (they test one header flag at most).

use core::cell::{Cell, RefCell};
use core::mem::ManuallyDrop;
use core::ptr::NonNull;
use std::collections::HashMap;

use crate::gc::list::ListHead;
use crate::gc_links::{header_of, links_of, COLLECTING};
use crate::header::{Header, HAS_WEAKREFS};
use crate::{Obj, Trace};

/// Where a weakref goes in its referent's list (CPython's `insert_weakref`), and whether an
/// existing one may be reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeakKind {
    /// An exact `weakref.ref` without callback: shared, always first.
    BasicRef,
    /// An exact `weakref.proxy` without callback: shared, right after the basic ref.
    BasicProxy,
    /// Anything else (a callback, a subclass): never shared, newest first after the basics.
    Other,
}

/// Why a weakref callback runs (the VM words its unraisable-exception report after it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallbackCause {
    /// The referent's refcount reached zero.
    RefcountDeath,
    /// The cycle collector found the referent unreachable.
    Collection,
}

/// Calls `callback(weakref)`, reporting any exception itself.
pub type CallbackRunner = fn(weakref: &Obj, callback: &Obj, cause: CallbackCause);

/// The weak part of a weakref object's payload. Its owner declares it through
/// `Payload::weak_slot` and visits [`WeakSlot::callback`] in its `trace`.
#[derive(Default)]
pub struct WeakSlot {
    referent: Cell<Option<NonNull<Header>>>,
    hidden: Cell<bool>,
    callback: RefCell<Option<Obj>>,
}

impl core::fmt::Debug for WeakSlot {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("WeakSlot")
            .field("alive", &self.get().is_some())
            .finish()
    }
}

impl WeakSlot {
    /// A detached slot with this callback; [`attach`] points it at its referent.
    pub fn new(callback: Option<Obj>) -> WeakSlot {
        WeakSlot {
            referent: Cell::new(None),
            hidden: Cell::new(false),
            callback: RefCell::new(callback),
        }
    }

    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<Obj> {
        if self.hidden.get() {
            return None;
        }
        let referent = self.referent.get()?;
        // SAFETY: an attached, not hidden slot points at a live referent (module invariants).
        let alive = unsafe { referent.as_ref() }.refcnt() > 0;
        // SAFETY: as above; a count above zero means the object is not being destroyed.
        alive.then(|| unsafe { Obj::clone_from_header(referent) })
    }

    /// Whether the referent is gone (or waits in the trashcan).
    pub fn is_dead(&self) -> bool {
        self.get().is_none()
    }

    /// The callback, while the weakref has one (a refcount death takes it away).
    pub fn callback(&self) -> Option<Obj> {
        self.callback.borrow().clone()
    }

    /// Detach from the referent (the weakref reads as dead from now on) and drop the callback:
    /// CPython's `clear_weakref`, the weakref's `tp_clear`.
    pub fn clear(&self) {
        self.detach();
        let callback = self.callback.borrow_mut().take();
        drop(callback);
    }

    /// Detach from the referent, keeping the callback (CPython's `_PyWeakref_ClearRef`).
    pub fn detach(&self) {
        let Some(referent) = self.referent.take() else {
            return;
        };
        self.hidden.set(false);
        let me = NonNull::from(self);
        with_registry(|registry| {
            let key = referent.addr().get();
            if let Some(list) = registry.get_mut(&key) {
                list.retain(|entry| entry.slot != me);
                if list.is_empty() {
                    registry.remove(&key);
                    // SAFETY: the referent is alive while a slot was attached to it.
                    unsafe { referent.as_ref() }.clear_flag(HAS_WEAKREFS);
                }
            }
        });
    }
}

impl Trace for WeakSlot {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(callback) = self.callback.try_borrow() {
            if let Some(callback) = &*callback {
                visit(callback);
            }
        }
    }

    fn clear(&self) {
        WeakSlot::clear(self);
    }
}

impl Drop for WeakSlot {
    fn drop(&mut self) {
        self.detach();
    }
}

/// One attached weakref, as listed under its referent.
#[derive(Clone, Copy)]
struct Entry {
    owner: NonNull<Header>,
    slot: NonNull<WeakSlot>,
    kind: WeakKind,
}

type Registry = HashMap<usize, Vec<Entry>>;

thread_local! {
    /// Referent address -> its attached weakrefs. No destructor: objects may die during thread
    /// teardown.
    static REGISTRY: ManuallyDrop<RefCell<Option<Registry>>> =
        const { ManuallyDrop::new(RefCell::new(None)) };
    static RUNNER: Cell<Option<CallbackRunner>> = const { Cell::new(None) };
}

fn with_registry<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    REGISTRY.with(|r| f(r.borrow_mut().get_or_insert_with(HashMap::new)))
}

/// Install (or remove) the function that calls weakref callbacks. Without one, callbacks are
/// dropped without being called.
pub fn set_callback_runner(runner: Option<CallbackRunner>) {
    RUNNER.with(|r| r.set(runner));
}

/// The slot of a weakref object, if its payload type has one.
fn slot_of(weakref: &Obj) -> Option<NonNull<WeakSlot>> {
    let header = weakref.header_ptr();
    // SAFETY: the header of a live object (we hold a handle).
    let accessor = unsafe { header.as_ref() }.vtable().weak_slot?;
    // SAFETY: the vtable's own accessor on a live object of its type.
    unsafe { accessor(header) }
}

/// Point `weakref`'s slot at `referent` and list it there, in CPython's order for `kind`.
/// Does nothing if `weakref`'s payload has no slot or its slot is already attached.
pub fn attach(weakref: &Obj, referent: &Obj, kind: WeakKind) {
    let Some(slot) = slot_of(weakref) else { return };
    // SAFETY: the slot lives inside `weakref`'s payload, alive while we hold the handle.
    let slot_ref = unsafe { slot.as_ref() };
    if slot_ref.referent.get().is_some() {
        return;
    }
    let target = referent.header_ptr();
    slot_ref.referent.set(Some(target));
    // SAFETY: a live object (we hold a handle).
    unsafe { target.as_ref() }.set_flag(HAS_WEAKREFS);
    let entry = Entry {
        owner: weakref.header_ptr(),
        slot,
        kind,
    };
    with_registry(|registry| {
        let list = registry.entry(target.addr().get()).or_default();
        let basics = list
            .iter()
            .take(2)
            .take_while(|e| e.kind != WeakKind::Other)
            .count();
        let at = match kind {
            WeakKind::BasicRef => 0,
            WeakKind::BasicProxy => {
                usize::from(list.first().map(|e| e.kind) == Some(WeakKind::BasicRef))
            }
            WeakKind::Other => basics,
        };
        list.insert(at, entry);
    });
}

/// The weakrefs to `referent` that are alive, in list order.
fn live_entries(referent: &Obj) -> Vec<Entry> {
    // SAFETY: a live object (we hold a handle).
    if !unsafe { referent.header_ptr().as_ref() }.has_flag(HAS_WEAKREFS) {
        return Vec::new();
    }
    with_registry(|registry| {
        registry
            .get(&referent.addr())
            .map(|list| {
                list.iter()
                    // SAFETY: listed owners are alive or not yet dropped (module invariants).
                    .filter(|e| unsafe { e.owner.as_ref() }.refcnt() > 0)
                    .copied()
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The shared basic ref or basic proxy to `referent`, to reuse instead of making another.
pub fn find_basic(referent: &Obj, kind: WeakKind) -> Option<Obj> {
    let entry = live_entries(referent)
        .into_iter()
        .take(2)
        .find(|e| e.kind == kind)?;
    // SAFETY: a live weakref object (count above zero, checked by `live_entries`).
    Some(unsafe { Obj::clone_from_header(entry.owner) })
}

/// How many weakrefs point at `referent` (`weakref.getweakrefcount`).
pub fn count(referent: &Obj) -> usize {
    live_entries(referent).len()
}

/// The weakrefs pointing at `referent`, in CPython's order (`weakref.getweakrefs`).
pub fn weakrefs_to(referent: &Obj) -> Vec<Obj> {
    live_entries(referent)
        .into_iter()
        // SAFETY: live weakref objects (count above zero).
        .map(|e| unsafe { Obj::clone_from_header(e.owner) })
        .collect()
}

/// Detach every slot pointing at `referent` and return its list (empty if none).
///
/// # Safety
/// `referent` is the header of an object that is alive or being destroyed (not parked).
unsafe fn take_list(referent: NonNull<Header>) -> Vec<Entry> {
    // SAFETY: caller's guarantee.
    let header = unsafe { referent.as_ref() };
    if !header.has_flag(HAS_WEAKREFS) {
        return Vec::new();
    }
    header.clear_flag(HAS_WEAKREFS);
    let list = with_registry(|registry| registry.remove(&referent.addr().get()));
    let list = list.unwrap_or_default();
    for entry in &list {
        // SAFETY: listed slots are alive (module invariants).
        let slot = unsafe { entry.slot.as_ref() };
        slot.referent.set(None);
        slot.hidden.set(false);
    }
    list
}

fn run_callback(weakref: &Obj, callback: &Obj, cause: CallbackCause) {
    if let Some(runner) = RUNNER.with(Cell::get) {
        runner(weakref, callback, cause);
    }
}

/// The referent's refcount death (CPython's `PyObject_ClearWeakRefs`): detach every slot, then
/// call the callbacks of the weakrefs still alive, in list order, each callback taken out of its
/// weakref (so `__callback__` reads `None` afterwards).
///
/// # Safety
/// `referent` is the header of an object being freed: count zero, untracked, not parked, its
/// payload not dropped yet.
pub(crate) unsafe fn clear_at_death(referent: NonNull<Header>) {
    // SAFETY: caller's guarantee.
    let list = unsafe { take_list(referent) };
    let mut calls = Vec::new();
    for entry in list {
        // SAFETY: listed owners are alive or not yet dropped.
        if unsafe { entry.owner.as_ref() }.refcnt() == 0 {
            continue;
        }
        // SAFETY: the slot lives in its owner's payload, alive (count above zero).
        let callback = unsafe { entry.slot.as_ref() }.callback.borrow_mut().take();
        if let Some(callback) = callback {
            // SAFETY: a live object (count above zero).
            calls.push((unsafe { Obj::clone_from_header(entry.owner) }, callback));
        }
    }
    for (weakref, callback) in calls {
        run_callback(&weakref, &callback, CallbackCause::RefcountDeath);
    }
}

/// A weakref object about to wait in the trashcan: detach its slot now (nothing may read its
/// count while it is parked).
///
/// # Safety
/// `weakref` is the header of a dead object (count zero) whose payload is not dropped.
pub(crate) unsafe fn detach_parked_weakref(weakref: NonNull<Header>) {
    // SAFETY: the header is valid (caller).
    let Some(accessor) = unsafe { weakref.as_ref() }.vtable().weak_slot else {
        return;
    };
    // SAFETY: the accessor of the object's own type, on an object whose payload is intact.
    if let Some(slot) = unsafe { accessor(weakref) } {
        // SAFETY: as above.
        unsafe { slot.as_ref() }.detach();
    }
}

/// Hide (`true`) or show again the slots of a referent entering or leaving the trashcan.
///
/// # Safety
/// `referent` is the header of a dead object (count zero) with `HAS_WEAKREFS`.
pub(crate) unsafe fn set_hidden(referent: NonNull<Header>, hidden: bool) {
    with_registry(|registry| {
        for entry in registry.get(&referent.addr().get()).into_iter().flatten() {
            // SAFETY: listed slots are alive (module invariants).
            unsafe { entry.slot.as_ref() }.hidden.set(hidden);
        }
    });
}

/// Step 2 of a collection (CPython's `handle_weakrefs`): detach every weakref that is itself
/// unreachable and every slot pointing into `unreachable`; then call the callbacks of those
/// weakrefs that are not garbage themselves. Returns how many of those weakrefs died when the
/// collector let go of them (counted as collected, as in CPython).
pub(crate) fn handle_weakrefs_of(unreachable: &ListHead) -> usize {
    let mut calls: Vec<Obj> = Vec::new();
    unreachable.for_each_node(|links| {
        // SAFETY: a node of the list is a live container's prefix.
        let header = unsafe { header_of(links) };
        // SAFETY: as above.
        let object = unsafe { header.as_ref() };
        if let Some(accessor) = object.vtable().weak_slot {
            // SAFETY: the accessor of the object's type, on a live object.
            if let Some(slot) = unsafe { accessor(header) } {
                // SAFETY: inside a live payload.
                unsafe { slot.as_ref() }.detach();
            }
        }
        // SAFETY: a live object.
        for entry in unsafe { take_list(header) } {
            // SAFETY: listed slots and owners are alive.
            let (slot, owner) = unsafe { (entry.slot.as_ref(), entry.owner.as_ref()) };
            if slot.callback.borrow().is_none() || owner.refcnt() == 0 {
                continue;
            }
            if owner.vtable().is_container {
                // SAFETY: a container's initialized prefix.
                let owner_links = unsafe { links_of(entry.owner).as_ref() };
                if owner_links.is_linked() && owner_links.has_flag(COLLECTING) {
                    continue; // garbage itself: its callback never runs
                }
            }
            // SAFETY: a live object (count above zero).
            calls.push(unsafe { Obj::clone_from_header(entry.owner) });
        }
    });
    let mut freed = 0;
    for weakref in calls {
        if let Some(slot) = slot_of(&weakref) {
            // SAFETY: inside the payload of `weakref`, which we hold.
            let callback = unsafe { slot.as_ref() }.callback();
            if let Some(callback) = callback {
                run_callback(&weakref, &callback, CallbackCause::Collection);
            }
        }
        if weakref.refcount() == 1 {
            freed += 1;
        }
        drop(weakref);
    }
    freed
}

/// Step 5 of a collection: detach the weakrefs among the garbage and every slot still pointing
/// into it (made by finalizers meanwhile), without callbacks.
pub(crate) fn clear_weakrefs_of(garbage: &ListHead) {
    garbage.for_each_node(|links| {
        // SAFETY: a node of the list is a live container's prefix.
        let header = unsafe { header_of(links) };
        // SAFETY: as above.
        if let Some(accessor) = unsafe { header.as_ref() }.vtable().weak_slot {
            // SAFETY: the accessor of the object's type, on a live object.
            if let Some(slot) = unsafe { accessor(header) } {
                // SAFETY: inside a live payload.
                unsafe { slot.as_ref() }.detach();
            }
        }
        // SAFETY: a live object.
        drop(unsafe { take_list(header) });
    });
}

#[cfg(test)]
mod tests;
