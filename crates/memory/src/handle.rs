//! `Obj`: the owning, refcounted handle to a Python object.
//!
//! Invariants:
//! - an `Obj` is one non-null pointer to the header of a live object and owns one reference:
//!   the header's count is at least the number of `Obj`s pointing at it (or the object is
//!   immortal), so the object outlives every `Obj` and every borrow of one;
//! - `Clone` adds a reference and `Drop` removes one; the last `Drop` destroys the object
//!   (see `dealloc`);
//! - payloads are only ever shared (`&T`), never mutably borrowed, so any number of
//!   `downcast_ref`s may coexist;
//! - `Obj` is neither `Send` nor `Sync` (it holds a raw pointer): an object and all the heap
//!   state it depends on belong to one thread.

use core::any::TypeId;
use core::fmt;
use core::mem::{size_of, ManuallyDrop};
use core::ptr::NonNull;

use crate::class_core::{self, ClassCore};
use crate::header::{Header, FINALIZED, IMMORTAL_REFCNT, IS_CLASS};
use crate::vtable::{VTable, VTableOf};
use crate::{allocator, dealloc, gc_links, Payload};

/// A strong reference to a Python object.
pub struct Obj {
    header: NonNull<Header>,
}

const _: () = assert!(size_of::<Obj>() == size_of::<usize>());
const _: () = assert!(size_of::<Option<Obj>>() == size_of::<usize>());

impl Obj {
    /// Allocate an object whose Python class is `class` (ownership of that reference moves in).
    ///
    /// The payload type's alignment must be at most 16 bytes (a compile-time error otherwise):
    ///
    /// ```compile_fail
    /// use ouro_memory::{Obj, Payload, Trace};
    /// #[repr(align(32))]
    /// struct Wide;
    /// impl Trace for Wide { fn trace(&self, _: &mut dyn FnMut(&Obj)) {} }
    /// impl Payload for Wide { const NAME: &'static str = "wide"; }
    /// let wide = Obj::new_self_class(Wide);
    /// ```
    pub fn new<T: Payload>(class: Obj, value: T) -> Obj {
        class_core::bind_instance_vtable(&class, VTableOf::<T>::VTABLE);
        let layout = VTableOf::<T>::LAYOUT;
        // A dead object of the type kept in its free list, written anew below, or a fresh block.
        let reused = VTableOf::<T>::VTABLE
            .free_list
            .and_then(|slot| crate::free_list::take(slot, class.header_ptr()));
        let header = match reused {
            Some(header) => header,
            None => Self::allocate_header(layout.block_size, layout.header_offset),
        };
        let flags = if T::IS_CLASS { IS_CLASS } else { 0 };
        // SAFETY: `header` points into a fresh block of `block_size` bytes, at the offset the
        // layout of `T` fixes: the prefixes, the header and the payload all fit, suitably
        // aligned.
        unsafe {
            if T::IS_CLASS {
                Self::core_ptr(header).write(ClassCore::unbound(header));
            }
            header.write(Header::new(class, flags));
            VTableOf::<T>::payload(header).write(value);
            if T::IS_CONTAINER {
                // The payload is written, so the object may be seen by the collector.
                gc_links::init_and_track(header);
            }
        }
        Obj { header }
    }

    /// Allocate an immortal class object that is its own class (bootstraps the `type` type
    /// object): its instances, itself included, have payload type `T`.
    ///
    /// # Panics
    /// If `T` is not a class payload (`Payload::IS_CLASS`).
    pub fn new_self_class<T: Payload>(value: T) -> Obj {
        assert!(
            T::IS_CLASS,
            "ouro-memory: {} is not a class payload",
            T::NAME
        );
        let layout = VTableOf::<T>::LAYOUT;
        let header = Self::allocate_header(layout.block_size, layout.header_offset);
        // The object's class is itself: a non-owning handle, never dropped (the object is
        // immortal, so it is never freed and its class never released).
        let class = ManuallyDrop::new(Obj { header });
        // SAFETY: as in `new`; the core is bound before anything reads the header's vtable.
        unsafe {
            Self::core_ptr(header).write(ClassCore::unbound(header));
            header.write(Header::new_immortal_class(class));
            VTableOf::<T>::payload(header).write(value);
            // Immortal objects are never garbage, so never tracked.
            gc_links::init_untracked(header);
        }
        let this = Obj { header };
        class_core::bind_instance_vtable(&this, VTableOf::<T>::VTABLE);
        this
    }

    /// Where the core of a class object with this header goes.
    ///
    /// # Safety
    /// `header` points into the block of a class object.
    unsafe fn core_ptr(header: NonNull<Header>) -> NonNull<ClassCore> {
        // SAFETY: the core lies `CORE_OFFSET` bytes before the header (`class_core`).
        unsafe { header.byte_sub(class_core::CORE_OFFSET).cast::<ClassCore>() }
    }

    /// Where the header of a new block of `block_size` bytes goes.
    fn allocate_header(block_size: usize, header_offset: usize) -> NonNull<Header> {
        let block = allocator::allocate(block_size);
        // SAFETY: the header offset is inside the block (object_layout's invariant).
        unsafe { block.byte_add(header_offset).cast::<Header>() }
    }

    /// Take ownership of one reference to the object whose header is `header`.
    ///
    /// # Safety
    /// `header` is the header of an object allocated by this crate, and the caller transfers
    /// one counted reference to it.
    pub(crate) unsafe fn from_header(header: NonNull<Header>) -> Obj {
        Obj { header }
    }

    /// Take a new counted reference to the object whose header is `header`.
    ///
    /// # Safety
    /// `header` is the header of a live object allocated by this crate.
    pub(crate) unsafe fn clone_from_header(header: NonNull<Header>) -> Obj {
        // SAFETY: the object is alive (caller), so its header is valid.
        unsafe { header.as_ref() }.incref();
        Obj { header }
    }

    /// The header this handle points to.
    #[inline(always)]
    pub(crate) fn header_ptr(&self) -> NonNull<Header> {
        self.header
    }

    #[inline(always)]
    pub(crate) fn header(&self) -> &Header {
        // SAFETY: an `Obj` keeps its object alive (module invariant), so the header is valid
        // for as long as `self` is borrowed.
        unsafe { self.header.as_ref() }
    }

    #[inline(always)]
    pub(crate) fn vtable(&self) -> &'static VTable {
        self.header().vtable()
    }

    /// The object's class (a strong reference held by the header, released when the object is
    /// freed; traced as a reference).
    #[inline]
    pub fn class(&self) -> &Obj {
        self.header().class()
    }

    /// The payload, if it is a `T`.
    #[inline]
    pub fn downcast_ref<T: Payload>(&self) -> Option<&T> {
        if self.is::<T>() {
            // SAFETY: the payload's type is `T` (checked above); it lives as long as the object,
            // which outlives this borrow of `self`; payloads are only shared, never mutated
            // except through their own interior mutability.
            Some(unsafe { VTableOf::<T>::payload(self.header).as_ref() })
        } else {
            None
        }
    }

    /// Whether the payload is a `T`.
    #[inline]
    pub fn is<T: Payload>(&self) -> bool {
        // SAFETY: an object's class is a live class object, bound to its payload type.
        unsafe { class_core::instance_type_id(self.header().class_ptr()) == TypeId::of::<T>() }
    }

    /// Whether both handles point to the same object (Python's `is`).
    #[inline]
    pub fn ptr_eq(&self, other: &Obj) -> bool {
        self.header == other.header
    }

    /// Address of the object, used as Python's `id()`.
    #[inline]
    pub fn addr(&self) -> usize {
        self.header.as_ptr().addr()
    }

    /// Current refcount; an immortal object reports 3221225472 (CPython 3.14's 64-bit value).
    pub fn refcount(&self) -> usize {
        let header = self.header();
        if header.is_immortal() {
            IMMORTAL_REFCNT as usize
        } else {
            header.refcnt() as usize
        }
    }

    /// Make this object immortal: incref/decref no longer change its count and it is never
    /// freed (so neither is anything it references). An immortal container is untracked.
    pub fn make_immortal(&self) {
        let header = self.header();
        header.set_refcnt(IMMORTAL_REFCNT);
        if header.vtable().is_container {
            // SAFETY: a container whose prefix was initialized at allocation; it is alive.
            unsafe {
                if gc_links::is_tracked(self.header) {
                    gc_links::untrack(self.header);
                }
            }
        }
    }

    /// Whether the object is immortal (explicitly, or because its count saturated).
    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.header().is_immortal()
    }

    /// `Payload::NAME` of the concrete payload type.
    pub fn type_name(&self) -> &'static str {
        self.vtable().name
    }

    /// True once `Payload::finalize` has run for this object (Python's `gc.is_finalized`).
    pub fn is_finalized(&self) -> bool {
        self.header().has_flag(FINALIZED)
    }

    /// Bytes of the object itself from its header to its end, before the allocator rounds the
    /// block up (CPython's `tp_basicsize + ob_size * tp_itemsize`, `object.__sizeof__`):
    /// storage the payload owns elsewhere is not included.
    pub fn object_size(&self) -> usize {
        let layout = self.vtable().layout;
        let block = if layout.is_var() {
            // SAFETY: a variable-size object's count, written at creation.
            let len = unsafe { crate::var_object::var_len(self.header) };
            layout.block_size_for(len).unwrap_or(usize::MAX)
        } else {
            layout.block_size
        };
        block - layout.header_offset
    }

    /// Bytes of the object's block before its header: the GC prefix of a container (and a
    /// class's core), what `sys.getsizeof` adds to `__sizeof__` (CPython's pre-header size).
    pub fn prefix_size(&self) -> usize {
        let slot = if self.header().has_flag(crate::header::HAS_EXTENSION) {
            crate::extension::EXTENSION_SIZE
        } else {
            0
        };
        self.vtable().layout.header_offset + slot
    }

    /// Whether the payload type is a container (`Payload::IS_CONTAINER`: it has a GC prefix and
    /// can be tracked; CPython's `PyObject_IS_GC`).
    #[inline]
    pub fn is_container(&self) -> bool {
        self.vtable().is_container
    }

    /// Visit every reference the object holds — its payload's, then its class unless that is
    /// immortal — as the cycle collector sees them (`gc.get_referents`).
    pub fn trace_refs(&self, visit: &mut dyn FnMut(&Obj)) {
        // SAFETY: this handle keeps the object alive during the call.
        unsafe { crate::gc::cycles::trace_object(self.header, visit) }
    }

    /// Whether the object is a container tracked by the cycle collector (`gc.is_tracked`).
    pub fn is_tracked(&self) -> bool {
        // SAFETY: a live container's prefix is initialized (at allocation).
        self.vtable().is_container && unsafe { gc_links::is_tracked(self.header) }
    }
}

impl Clone for Obj {
    /// A new reference (no count change if the object is immortal).
    #[inline(always)]
    fn clone(&self) -> Obj {
        self.header().incref();
        Obj {
            header: self.header,
        }
    }
}

impl Drop for Obj {
    /// Release this reference; the last one destroys the object.
    #[inline(always)]
    fn drop(&mut self) {
        if self.header().decref_is_zero() {
            // SAFETY: the count just reached zero: this was the last handle.
            unsafe { dealloc::object_died(self.header) }
        }
    }
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:#x}>", self.type_name(), self.addr())
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use super::*;
    use crate::test_payloads::{meta, obj, DropCounter, Int, List, TypeStub, Wide};

    #[test]
    fn handle_and_option_are_one_word() {
        assert_eq!(size_of::<Obj>(), size_of::<usize>());
        assert_eq!(size_of::<Option<Obj>>(), size_of::<usize>());
    }

    #[test]
    fn clone_and_drop_count_references() {
        let a = obj(Int(5));
        assert_eq!(a.refcount(), 1);
        let b = a.clone();
        let c = b.clone();
        assert_eq!(a.refcount(), 3);
        assert!(a.ptr_eq(&c));
        drop(b);
        assert_eq!(a.refcount(), 2);
        drop(c);
        assert_eq!(a.refcount(), 1);
        assert_eq!(a.downcast_ref::<Int>().map(|i| i.0), Some(5));
    }

    #[test]
    fn payload_is_dropped_once_by_the_last_handle() {
        let drops = Rc::new(Cell::new(0));
        let a = obj(DropCounter(drops.clone()));
        let clones: Vec<Obj> = (0..10).map(|_| a.clone()).collect();
        drop(a);
        assert_eq!(drops.get(), 0);
        drop(clones);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn class_reference_is_held_and_released() {
        let drops = Rc::new(Cell::new(0));
        let class = crate::test_payloads::new_class(Some(drops.clone()));
        let obj = Obj::new(class.clone(), Int(1));
        assert_eq!(class.refcount(), 2);
        assert!(obj.class().ptr_eq(&class));
        drop(class);
        assert_eq!(drops.get(), 0, "the instance keeps its class alive");
        drop(obj);
        assert_eq!(drops.get(), 1, "freeing the instance releases its class");
    }

    #[test]
    fn set_class_swaps_to_a_class_of_the_same_payload_and_retires_the_old() {
        let drops = Rc::new(Cell::new(0));
        let old = crate::test_payloads::new_class(Some(drops.clone()));
        let new = crate::test_payloads::new_class(None);
        let obj = Obj::new(old.clone(), Int(1));
        let borrowed = obj.class();
        assert!(obj.set_class(new.clone()).is_ok());
        assert!(obj.class().ptr_eq(&new));
        assert_eq!(new.refcount(), 2, "the object holds the new class");
        // A borrow taken before the change still reads the class it named.
        assert!(borrowed.ptr_eq(&old));
        drop(old);
        assert_eq!(drops.get(), 0, "a retired class is never freed");
        assert_eq!(obj.downcast_ref::<Int>().map(|i| i.0), Some(1));
        drop(obj);
        assert_eq!(
            new.refcount(),
            1,
            "freeing the object releases its new class"
        );
    }

    #[test]
    fn set_class_refuses_another_payload_type_and_non_classes() {
        let obj = Obj::new(crate::test_payloads::new_class(None), Int(1));
        let other = crate::test_payloads::new_class(None);
        drop(Obj::new(other.clone(), TypeStub));
        assert!(
            obj.set_class(other).is_err(),
            "bound to another payload type"
        );
        assert!(obj
            .set_class(Obj::new(crate::test_payloads::new_class(None), Int(2)))
            .is_err());
        let unbound = crate::test_payloads::new_class(None);
        assert!(
            obj.set_class(unbound.clone()).is_ok(),
            "an unbound class is bound"
        );
        assert!(Obj::new(unbound, Int(3)).is::<Int>());
    }

    #[test]
    fn self_class_object_is_immortal() {
        let meta = Obj::new_self_class(TypeStub);
        assert!(meta.class().ptr_eq(&meta));
        assert!(meta.is_immortal());
        assert_eq!(meta.refcount(), 3_221_225_472);
        let copies: Vec<Obj> = (0..5).map(|_| meta.clone()).collect();
        assert_eq!(meta.refcount(), 3_221_225_472);
        drop(copies);
        assert_eq!(meta.refcount(), 3_221_225_472);
        let instance = Obj::new(meta.clone(), TypeStub);
        assert!(instance.class().ptr_eq(&meta));
    }

    #[test]
    fn immortal_object_is_never_freed() {
        let drops = Rc::new(Cell::new(0));
        let obj = obj(DropCounter(drops.clone()));
        let other = obj.clone();
        assert!(!obj.is_immortal());
        obj.make_immortal();
        assert!(obj.is_immortal() && other.is_immortal());
        assert_eq!(obj.refcount(), 3_221_225_472);
        drop(other);
        drop(obj.clone());
        assert_eq!(obj.refcount(), 3_221_225_472);
        drop(obj);
        assert_eq!(drops.get(), 0);
    }

    #[test]
    fn downcast_checks_the_payload_type() {
        let int = obj(Int(7));
        assert!(int.is::<Int>());
        assert!(!int.is::<List>());
        assert_eq!(int.downcast_ref::<Int>().map(|i| i.0), Some(7));
        assert!(int.downcast_ref::<List>().is_none());
        assert!(int.downcast_ref::<TypeStub>().is_none());
        assert_eq!(int.type_name(), "int");
        assert_eq!(meta().type_name(), "type");
    }

    #[test]
    fn debug_shows_type_and_address() {
        let int = obj(Int(7));
        assert_eq!(
            format!("{int:?}"),
            format!("<int object at {:#x}>", int.addr())
        );
    }

    #[test]
    fn identity_and_addresses() {
        let a = obj(Int(1));
        let b = obj(Int(1));
        assert!(!a.ptr_eq(&b));
        assert_ne!(a.addr(), b.addr());
        assert_eq!(a.addr(), a.clone().addr());
    }

    #[test]
    fn payloads_are_aligned() {
        let wide = obj(Wide(u128::MAX - 1));
        let payload = wide.downcast_ref::<Wide>().expect("a Wide");
        assert_eq!(core::ptr::from_ref(payload).addr() % 16, 0);
        assert_eq!(payload.0, u128::MAX - 1);
        let list = obj(List(Default::default()));
        let payload = list.downcast_ref::<List>().expect("a List");
        assert_eq!(core::ptr::from_ref(payload).addr() % 8, 0);
        assert_eq!(list.addr() % 8, 0);
        assert_eq!(wide.addr() % 16, 0);
    }

    #[test]
    fn fresh_objects_are_not_finalized() {
        let int = obj(Int(1));
        assert!(!int.is_finalized());
        assert!(!int.is_tracked());
    }
}
