//! What a Rust type must provide to be the payload of a Python object.
//!
//! Invariants:
//! - a payload is never moved once the object exists and is only ever reached through shared
//!   references (`&T` from [`Obj::downcast_ref`]); mutation goes through interior mutability
//!   (`Cell`, `RefCell`) chosen by the payload's author;
//! - `trace` must visit every `Obj` the payload owns, each once (the cycle collector relies on it
//!   to find the references internal to a set of objects); a missed reference is never a
//!   memory-safety problem, only a leak or an object kept alive too long; `trace` must not
//!   create, free, track or untrack containers (the collector aborts the process if it does);
//! - `clear` drops references to break cycles; it may run any code (the object is kept alive by
//!   the collector during the call), and the object may be used again afterwards if something
//!   still refers to it;
//! - `finalize` (when `HAS_FINALIZER`) runs at most once per object, like PEP 442's `__del__`.

use crate::weakref::WeakSlot;
use crate::Obj;

/// The strong references held by a value.
pub trait Trace {
    /// Visit every strong reference (`Obj`) this value holds, once each (CPython's
    /// `tp_traverse`). Must not create, free, track or untrack containers.
    fn trace(&self, visit: &mut dyn FnMut(&Obj));

    /// Drop the strong references this value can drop, to break a cycle (CPython's
    /// `tp_clear`). Default: nothing (then cycles through this type are only broken by the
    /// other objects of the cycle).
    fn clear(&self) {}
}

/// A Rust type usable as the payload of a Python object.
pub trait Payload: Trace + Sized + 'static {
    /// Short type name, for Debug output and the heap verifier.
    const NAME: &'static str;

    /// Containers (values that can hold references) get a GC prefix and are tracked.
    const IS_CONTAINER: bool = false;

    /// Class objects (Python's types) are the classes of other objects: their block starts
    /// with the core that tells the memory crate their instances' payload type (see
    /// `Obj::new`). A class payload must be a container.
    const IS_CLASS: bool = false;

    /// When true, `finalize` is called once (PEP 442: never again for that object) when the
    /// refcount first drops to zero, before the object is freed, or when the cycle collector
    /// finds the object unreachable, whichever comes first. The object may be resurrected
    /// by it (a new reference stored somewhere): then it is not freed.
    const HAS_FINALIZER: bool = false;

    /// When true, each collection calls [`Payload::can_untrack`] on the tracked objects of this
    /// type it examines, and untracks those for which it returns true (CPython's tuple
    /// untracking, `_PyTuple_MaybeUntrack`).
    const MAY_UNTRACK: bool = false;

    /// Whether this container can no longer be part of a reference cycle (e.g. a tuple whose
    /// items are all non-containers or untracked tuples); only called when
    /// [`Payload::MAY_UNTRACK`]. Same restrictions as `trace`.
    fn can_untrack(&self) -> bool {
        false
    }

    /// When true, the type is a weak reference: [`Payload::weak_slot`] returns its slot.
    const HAS_WEAK_SLOT: bool = false;

    /// The weak reference slot of a weakref object (see `weakref`); only called when
    /// [`Payload::HAS_WEAK_SLOT`]. Must return the same slot, inside the payload, every time.
    fn weak_slot(&self) -> Option<&WeakSlot> {
        None
    }

    /// `Some(slot)` keeps this type's dead objects for reuse in free list `slot` (see
    /// `free_list`; `slot < FREE_LIST_SLOTS`, one type per slot). Only for plain payloads:
    /// no drop glue, not a container, no finalizer, no weak slot.
    const FREE_LIST: Option<usize> = None;

    /// The finalizer (`__del__`); see [`Payload::HAS_FINALIZER`]. `this` is a borrowed
    /// reference to the dying object: cloning it and storing the clone resurrects the object.
    fn finalize(_this: &Obj) {}
}

/// A payload followed, in the object's own block, by a run of items whose number is fixed when
/// the object is created (CPython's `PyVarObject`: a tuple's items, a str's characters). The
/// object is created with [`Obj::new_var`] (or [`Obj::new_text`] when [`VarPayload::UTF8`]) and
/// read with [`Obj::downcast_var`] / [`Obj::downcast_text`]; `Obj::downcast_ref::<T>()` and
/// `Obj::is::<T>()` are false for it.
///
/// The items are only ever shared (`&[Item]`); mutable items use interior mutability.
pub trait VarPayload: Payload {
    /// The item type (its alignment must be at most 16 bytes).
    type Item: 'static;

    /// When true the items are the UTF-8 bytes of a `str`: the object can only be created from
    /// a `&str` ([`Obj::new_text`]) and read back as one ([`Obj::downcast_text`]).
    const UTF8: bool = false;

    /// Zeroed bytes kept after the last item (CPython keeps a NUL after a str's characters).
    const TRAILING_BYTES: usize = 0;

    /// Whether the items are dropped last to first (CPython's tuple) or first to last (an
    /// instance's values), after the payload.
    const DROP_ITEMS_LAST_FIRST: bool = true;

    /// Visit the references the items hold, once each (after `Trace::trace` of the head); same
    /// rules as `Trace::trace`.
    fn trace_items(&self, items: &[Self::Item], visit: &mut dyn FnMut(&Obj));

    /// Drop the references the items can drop, to break a cycle (after `Trace::clear` of the
    /// head). Default: nothing.
    fn clear_items(&self, _items: &[Self::Item]) {}

    /// [`Payload::can_untrack`] for a variable-size object. Default: false.
    fn can_untrack_items(&self, _items: &[Self::Item]) -> bool {
        false
    }
}
