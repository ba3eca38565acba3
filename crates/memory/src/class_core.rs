//! The class core: the part of a class object that the memory crate reads, the vtable of its
//! instances' payload type (CPython finds `tp_dealloc`, `tp_traverse`, `tp_clear` and
//! `tp_basicsize` through `ob_type` in the same way, so its header needs no vtable word).
//!
//! Invariants:
//! - a class object is an object whose payload type sets `Payload::IS_CLASS`; it is a container,
//!   its header has the `IS_CLASS` flag, and its block starts with a [`ClassCore`], right before
//!   its GC prefix: the core is at `header - CORE_OFFSET` (see `object_layout`);
//! - `instances` is the vtable of the unbound marker type until the class's first instance is
//!   created, and from then on the vtable of that instance's payload type, forever: every
//!   instance of a class has the same payload type (CPython's one `tp_basicsize` and
//!   `tp_dealloc` per type). `Obj::new` binds the class or checks the binding, and refuses
//!   (panics) an instance of another payload type, so a header's vtable, read through its class,
//!   is always its payload's;
//! - an object keeps its class alive (a strong reference in its header), so the class core is
//!   readable for as long as any of its instances exists, including while the instance is being
//!   destroyed (the class is released last).

use core::any::TypeId;
use core::cell::Cell;
use core::mem::{size_of, ManuallyDrop};
use core::ptr::NonNull;

use crate::gc_links::GcLinks;
use crate::header::Header;
use crate::vtable::{VTable, VTableOf};
use crate::{Obj, Payload, Trace};

/// The block prefix of a class object.
#[repr(C, align(16))]
pub(crate) struct ClassCore {
    /// The vtable of the instances' payload type (`Unbound`'s until the first instance).
    instances: Cell<&'static VTable>,
    /// `instances.type_id`, kept here so that a type test (`Obj::is`) is two loads: the class,
    /// then this.
    type_id: Cell<TypeId>,
    /// Whether variable-size instances are allocated with an extension slot (instances of a
    /// Python subclass of `int`, `str`, `bytes`, `tuple`: see `extension`).
    extends_instances: Cell<bool>,
    /// A non-owning handle to the class itself (never dropped): what `Obj::class` lends, so
    /// that the borrow does not point into the instance's header, whose class may change.
    this: ManuallyDrop<Obj>,
}

/// Offset of a class object's core before its header (the core, then the GC prefix).
pub(crate) const CORE_OFFSET: usize = size_of::<ClassCore>() + size_of::<GcLinks>();

const _: () = assert!(size_of::<ClassCore>() == 48);

impl ClassCore {
    /// The core of a class with no instance yet, whose header is `this`.
    ///
    /// # Safety
    /// `this` is the header of the class object this core is written before.
    pub(crate) unsafe fn unbound(this: NonNull<Header>) -> ClassCore {
        ClassCore {
            // SAFETY: a handle without a count of its own, never dropped (ManuallyDrop).
            this: ManuallyDrop::new(unsafe { Obj::from_header(this) }),
            instances: Cell::new(VTableOf::<Unbound>::VTABLE),
            type_id: Cell::new(TypeId::of::<Unbound>()),
            extends_instances: Cell::new(false),
        }
    }
}

/// The marker payload type of an unbound core; no object of this type is ever created.
struct Unbound;

impl Trace for Unbound {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for Unbound {
    const NAME: &'static str = "<unbound class core>";
}

/// Whether `vtable` is the vtable of payload type `T`. A pointer comparison first: the table of
/// a type is normally one static, but the compiler may duplicate it across codegen units, so a
/// mismatch is confirmed by the type ids.
#[inline(always)]
pub(crate) fn is_vtable_of<T: Payload>(vtable: &'static VTable) -> bool {
    core::ptr::eq(vtable, VTableOf::<T>::VTABLE) || vtable.type_id == TypeId::of::<T>()
}

/// The core of the class object whose header is `class`.
///
/// # Safety
/// `class` is the header of a live class object (`IS_CLASS`).
#[inline(always)]
unsafe fn core_of<'a>(class: NonNull<Header>) -> &'a ClassCore {
    // SAFETY: a class object's block starts with its core, `CORE_OFFSET` bytes before its
    // header (module invariant); the core lives as long as the class, which outlives `'a` by the
    // caller's guarantee.
    unsafe { class.byte_sub(CORE_OFFSET).cast::<ClassCore>().as_ref() }
}

/// The vtable of the instances of the class whose header is `class`.
///
/// # Safety
/// `class` is the header of a live class object (`IS_CLASS`).
#[inline(always)]
pub(crate) unsafe fn instance_vtable(class: NonNull<Header>) -> &'static VTable {
    // SAFETY: caller's guarantee.
    unsafe { core_of(class) }.instances.get()
}

/// Whether the variable-size instances of `class` get an extension slot (false for an object
/// that is not a class: `Obj::new_var` then fails its binding check anyway).
#[inline(always)]
pub(crate) fn instances_extended(class: &Obj) -> bool {
    let header = class.header_ptr();
    // SAFETY: a live object (the handle keeps it alive).
    let is_class = unsafe { header.as_ref() }.has_flag(crate::header::IS_CLASS);
    // SAFETY: a live class object (checked first).
    is_class && unsafe { core_of(header) }.extends_instances.get()
}

/// [`instances_extended`] for a class just bound by `bind_instance_vtable` (so surely a class
/// object): one load.
#[inline(always)]
pub(crate) fn extends_bound_instances(class: &Obj) -> bool {
    // SAFETY: a live class object (bound by the caller, which checks `IS_CLASS`).
    unsafe { core_of(class.header_ptr()) }
        .extends_instances
        .get()
}

impl Obj {
    /// Make `class` this object's class (Python's `obj.__class__ = C`; which classes are
    /// compatible beyond the payload is the interpreter's rule). Refused, giving `class` back,
    /// when `class` is not a class object or its instances have another payload type (the
    /// object's destructor is found through its class), and for immortal objects and classes.
    ///
    /// The reference to the old class is never released (see `header`: the class is retired),
    /// so a class that objects leave is never freed.
    pub fn set_class(&self, class: Obj) -> Result<(), Obj> {
        let header = self.header();
        let new = class.header_ptr();
        // SAFETY: a live object (the handle keeps it alive).
        let new_is_class = unsafe { new.as_ref() }.has_flag(crate::header::IS_CLASS);
        if header.is_immortal() || header.has_flag(crate::header::IS_CLASS) || !new_is_class {
            return Err(class);
        }
        let vtable = header.vtable();
        // SAFETY: a live class object (checked).
        let bound_elsewhere = unsafe { instance_type_id(new) } != vtable.type_id;
        // SAFETY: as above.
        if bound_elsewhere && !unsafe { is_unbound(new) } {
            return Err(class);
        }
        bind_instance_vtable(&class, vtable);
        let old = header.replace_class(ManuallyDrop::new(class).header_ptr());
        // Retired: the old class keeps the reference this object held, for good.
        let _ = old;
        Ok(())
    }

    /// Give the variable-size instances of this class, created from now on, an extension slot
    /// (the attribute storage of instances of a Python subclass of a builtin such as `int`).
    /// No effect on an object that is not a class.
    pub fn set_instances_extended(&self) {
        let header = self.header_ptr();
        // SAFETY: a live object (the handle keeps it alive).
        if unsafe { header.as_ref() }.has_flag(crate::header::IS_CLASS) {
            // SAFETY: a live class object (checked).
            unsafe { core_of(header) }.extends_instances.set(true);
        }
    }
}

/// The handle a class keeps of itself.
///
/// # Safety
/// `class` is the header of a live class object (`IS_CLASS`), alive for `'a`.
#[inline(always)]
pub(crate) unsafe fn self_handle<'a>(class: NonNull<Header>) -> &'a Obj {
    // SAFETY: caller's guarantee.
    unsafe { &core_of(class).this }
}

/// Whether the class whose header is `class` has no instance yet (its core is unbound).
///
/// # Safety
/// `class` is the header of a live class object (`IS_CLASS`).
pub(crate) unsafe fn is_unbound(class: NonNull<Header>) -> bool {
    // SAFETY: caller's guarantee.
    unsafe { core_of(class) }.type_id.get() == TypeId::of::<Unbound>()
}

/// The type id of the payload of the instances of the class whose header is `class`.
///
/// # Safety
/// `class` is the header of a live class object (`IS_CLASS`).
#[inline(always)]
pub(crate) unsafe fn instance_type_id(class: NonNull<Header>) -> TypeId {
    // SAFETY: caller's guarantee.
    unsafe { core_of(class) }.type_id.get()
}

/// Make `class` the class of a new object whose payload's vtable is `vtable`: bind its core
/// on the first instance, check the binding afterwards.
///
/// # Panics
/// If `class` is not a class object, or its instances have another payload type (a bug in the
/// caller: the object would be destroyed with the wrong vtable).
#[inline(always)]
pub(crate) fn bind_instance_vtable(class: &Obj, vtable: &'static VTable) {
    let header = class.header_ptr();
    // SAFETY: a live object (the handle keeps it alive).
    let is_class = unsafe { header.as_ref() }.has_flag(crate::header::IS_CLASS);
    // SAFETY: a live class object (checked first).
    if is_class {
        // SAFETY: a live class object (checked).
        // The cached type id, not the vtable's address: a generic vtable constant can have
        // one copy per codegen unit, and the id is a constant here.
        // SAFETY: a live class object (checked).
        if unsafe { core_of(header) }.type_id.get() == vtable.type_id {
            return;
        }
    }
    bind_slow(class, vtable);
}

#[cold]
#[inline(never)]
fn bind_slow(class: &Obj, vtable: &'static VTable) {
    let header = class.header_ptr();
    // SAFETY: a live object (the handle keeps it alive).
    let is_class = unsafe { header.as_ref() }.has_flag(crate::header::IS_CLASS);
    assert!(
        is_class,
        "ouro-memory: a {} object used as the class of a {}",
        class.type_name(),
        vtable.name
    );
    // SAFETY: a live class object.
    let core = unsafe { core_of(header) };
    let bound = core.instances.get();
    if same_vtable(bound, vtable) {
        return;
    }
    assert!(
        is_vtable_of::<Unbound>(bound),
        "ouro-memory: a class whose instances are {} given an instance of {}",
        bound.name,
        vtable.name
    );
    core.instances.set(vtable);
    core.type_id.set(vtable.type_id);
}

/// Whether two vtables describe the same payload type (see [`is_vtable_of`]).
#[inline(always)]
pub(crate) fn same_vtable(a: &'static VTable, b: &'static VTable) -> bool {
    core::ptr::eq(a, b) || a.type_id == b.type_id
}

#[cfg(test)]
mod tests {
    use crate::test_payloads::{meta, new_class, obj, Int, List, TypeStub};
    use crate::Obj;

    #[test]
    fn a_class_is_bound_to_its_first_instance_type() {
        let class = new_class(None);
        let first = Obj::new(class.clone(), Int(1));
        let second = Obj::new(class.clone(), Int(2));
        assert!(first.is::<Int>() && second.is::<Int>());
        assert_eq!(second.downcast_ref::<Int>().map(|i| i.0), Some(2));
        assert!(first.class().ptr_eq(&class));
    }

    #[test]
    #[should_panic(expected = "whose instances are int given an instance of list")]
    fn an_instance_of_another_payload_type_is_refused() {
        let class = new_class(None);
        let _int = Obj::new(class.clone(), Int(1));
        let _list = Obj::new(class, List(Default::default()));
    }

    #[test]
    #[should_panic(expected = "a int object used as the class of a int")]
    fn a_non_class_is_refused_as_a_class() {
        let not_a_class = obj(Int(1));
        let _ = Obj::new(not_a_class, Int(2));
    }

    #[test]
    fn the_self_class_is_its_own_instance_type() {
        let meta = meta();
        assert!(meta.is::<TypeStub>());
        assert!(meta.class().is::<TypeStub>());
        let class = Obj::new(meta, TypeStub);
        assert!(class.is::<TypeStub>());
    }
}
