//! One static table per payload type: what the untyped parts of the crate (deallocation, the
//! cycle collector, `Debug`) need to know about an object's payload.
//!
//! Invariants:
//! - an object's vtable (found through its class, see `class_core`) describes the `T` its
//!   payload was created with; the table is built here, in a const no payload author can
//!   override;
//! - `type_id` is `TypeId::of::<T>()`, so a downcast is one comparison with no indirect call;
//! - the function pointers may only be called on an object of that type, in the state their
//!   `# Safety` sections name.

use core::any::TypeId;
use core::marker::PhantomData;
use core::mem::{align_of, size_of};
use core::ptr::NonNull;

use crate::header::Header;
use crate::object_layout::ObjectLayout;
use crate::weakref::WeakSlot;
use crate::{Obj, Payload};

/// Visits the references of the payload of the object with this header.
pub(crate) type TraceFn = unsafe fn(NonNull<Header>, &mut dyn FnMut(&Obj));

/// Finds the weak reference slot in the payload of the object with this header.
pub(crate) type WeakSlotFn = unsafe fn(NonNull<Header>) -> Option<NonNull<WeakSlot>>;

pub(crate) struct VTable {
    pub(crate) type_id: TypeId,
    /// `Payload::NAME`.
    pub(crate) name: &'static str,
    pub(crate) layout: ObjectLayout,
    pub(crate) is_container: bool,
    pub(crate) has_finalizer: bool,
    /// Drop the payload in place (see [`VTableOf::drop_payload`]).
    pub(crate) drop_payload: unsafe fn(NonNull<Header>),
    /// Visit the payload's references (see [`VTableOf::trace_payload`]).
    pub(crate) trace_payload: TraceFn,
    /// Let the payload drop its references (see [`VTableOf::clear_payload`]).
    pub(crate) clear_payload: unsafe fn(NonNull<Header>),
    /// `Payload::can_untrack`, when the type sets `MAY_UNTRACK` (see
    /// [`VTableOf::can_untrack`]).
    pub(crate) can_untrack: Option<unsafe fn(NonNull<Header>) -> bool>,
    /// `Payload::finalize`.
    pub(crate) finalize: fn(&Obj),
    /// `Payload::weak_slot`, when the type sets `HAS_WEAK_SLOT` (see [`VTableOf::weak_slot`]).
    pub(crate) weak_slot: Option<WeakSlotFn>,
    /// The free list its dead objects may wait in (see `free_list`).
    pub(crate) free_list: Option<usize>,
}

/// Whether payload type `T` may have a free list (`free_list`'s invariants); evaluated at
/// compile time for every vtable.
pub(crate) const fn free_list_of<T: Payload>() -> Option<usize> {
    if let Some(slot) = T::FREE_LIST {
        assert!(
            slot < crate::free_list::FREE_LIST_SLOTS,
            "free list slot out of range"
        );
        assert!(
            !core::mem::needs_drop::<T>()
                && !T::IS_CONTAINER
                && !T::HAS_FINALIZER
                && !T::HAS_WEAK_SLOT
                && !T::IS_CLASS,
            "a free-listed payload must be plain"
        );
    }
    T::FREE_LIST
}

/// The glue between a payload type and its table.
pub(crate) struct VTableOf<T>(PhantomData<T>);

impl<T: Payload> VTableOf<T> {
    pub(crate) const LAYOUT: ObjectLayout = ObjectLayout::for_payload(
        size_of::<T>(),
        align_of::<T>(),
        T::IS_CONTAINER,
        T::IS_CLASS,
    );

    pub(crate) const VTABLE: &'static VTable = &VTable {
        type_id: TypeId::of::<T>(),
        name: T::NAME,
        layout: Self::LAYOUT,
        is_container: T::IS_CONTAINER,
        has_finalizer: T::HAS_FINALIZER,
        drop_payload: Self::drop_payload,
        trace_payload: Self::trace_payload,
        clear_payload: Self::clear_payload,
        can_untrack: if T::MAY_UNTRACK {
            Some(Self::can_untrack)
        } else {
            None
        },
        finalize: T::finalize,
        weak_slot: if T::HAS_WEAK_SLOT {
            Some(Self::weak_slot)
        } else {
            None
        },
        free_list: free_list_of::<T>(),
    };

    /// The payload of the object whose header is `header`.
    ///
    /// # Safety
    /// `header` is the header of a live object (created by this crate) whose payload type is `T`.
    #[inline(always)]
    pub(crate) unsafe fn payload(header: NonNull<Header>) -> NonNull<T> {
        // SAFETY: the object's block holds its payload at `payload_offset` from the header
        // (object_layout's invariant), so the result stays inside the same allocation.
        unsafe { header.byte_add(Self::LAYOUT.payload_offset).cast::<T>() }
    }

    /// # Safety
    /// `header` is the header of an object of payload type `T` that is being freed: its count
    /// is zero, no reference to its payload exists, and the payload is never used again.
    unsafe fn drop_payload(header: NonNull<Header>) {
        // SAFETY: the payload is an initialized `T` (caller) that nothing else references, and
        // it is dropped exactly once because the object is freed right after.
        unsafe { core::ptr::drop_in_place(Self::payload(header).as_ptr()) }
    }

    /// # Safety
    /// `header` is the header of a live object of payload type `T`.
    unsafe fn trace_payload(header: NonNull<Header>, visit: &mut dyn FnMut(&Obj)) {
        // SAFETY: the payload is an initialized `T` that lives as long as the object, which the
        // caller keeps alive during the call; only shared references to payloads ever exist.
        unsafe { Self::payload(header).as_ref() }.trace(visit)
    }

    /// # Safety
    /// `header` is the header of a live object of payload type `T`, kept alive during the call.
    unsafe fn clear_payload(header: NonNull<Header>) {
        // SAFETY: as in `trace_payload`.
        unsafe { Self::payload(header).as_ref() }.clear()
    }

    /// # Safety
    /// `header` is the header of a live object of payload type `T`, kept alive during the call.
    unsafe fn can_untrack(header: NonNull<Header>) -> bool {
        // SAFETY: as in `trace_payload`.
        unsafe { Self::payload(header).as_ref() }.can_untrack()
    }

    /// # Safety
    /// `header` is the header of an object of payload type `T` whose payload is not dropped yet;
    /// the slot returned lives as long as the payload.
    unsafe fn weak_slot(header: NonNull<Header>) -> Option<NonNull<WeakSlot>> {
        // SAFETY: as in `trace_payload`.
        unsafe { Self::payload(header).as_ref() }
            .weak_slot()
            .map(NonNull::from)
    }
}
