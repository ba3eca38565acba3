//! The extension slot: a word pair before an object's block for state that only some objects of
//! a payload type carry (CPython's pre-header, where the instances of a Python subclass of
//! `list` or `dict` keep their `__dict__` and attribute values while the builtin's own
//! instances pay nothing).
//!
//! Invariants:
//! - an object has a slot exactly when its header has `HAS_EXTENSION` (set at allocation by
//!   [`Obj::new_extended`], never changed); the slot is the first `EXTENSION_SIZE` bytes of the
//!   block, right before the class core, GC prefix or header that would otherwise start it;
//! - the slot holds at most one [`Extension`], set once ([`Obj::init_extension`]) and then only
//!   shared; it is traced and cleared with the object (before the payload, as CPython clears a
//!   subclass instance's dict before its base's state) and dropped before the payload when the
//!   object dies.

use core::any::Any;
use core::cell::OnceCell;
use core::mem::size_of;
use core::ptr::NonNull;

use crate::header::{Header, HAS_EXTENSION};
use crate::vtable::VTableOf;
use crate::{allocator, class_core, gc_links, Obj, Payload, Trace};

/// State carried in an extension slot.
pub trait Extension: Trace + Any {}

impl<T: Trace + Any> Extension for T {}

/// The slot before an extended object's block.
type Slot = OnceCell<Box<dyn Extension>>;

/// Bytes the slot adds before the block (a whole number of alignment units).
pub(crate) const EXTENSION_SIZE: usize = 16;

const _: () = assert!(size_of::<Slot>() <= EXTENSION_SIZE);
const _: () = assert!(EXTENSION_SIZE.is_multiple_of(crate::tunables::ALIGNMENT));

/// Start a fresh block's extension slot (empty) and return where the object proper begins.
///
/// # Safety
/// `block` is a fresh allocation of at least `EXTENSION_SIZE` bytes plus the object's, aligned
/// as allocations are; the object is then built at the returned address with `HAS_EXTENSION`.
pub(crate) unsafe fn init_slot(block: NonNull<u8>) -> NonNull<u8> {
    // SAFETY: caller's guarantee: the slot's bytes are the block's first, suitably aligned.
    unsafe {
        block.cast::<Slot>().write(OnceCell::new());
        block.byte_add(EXTENSION_SIZE)
    }
}

/// The slot of an extended object.
///
/// # Safety
/// `header` is the header of a live object with `HAS_EXTENSION`; the borrow lasts no longer
/// than the object.
unsafe fn slot<'a>(header: NonNull<Header>) -> &'a Slot {
    // SAFETY: the slot starts the block, `EXTENSION_SIZE` bytes before the start the layout
    // gives (module invariant); it was initialized at allocation.
    unsafe {
        let header_offset = header.as_ref().vtable().layout.header_offset;
        header
            .byte_sub(header_offset + EXTENSION_SIZE)
            .cast::<Slot>()
            .as_ref()
    }
}

/// The extension of an object, if it has a slot and the slot is set.
///
/// # Safety
/// `header` is the header of a live object; the borrow lasts no longer than the object.
unsafe fn extension_of<'a>(header: NonNull<Header>) -> Option<&'a dyn Extension> {
    // SAFETY: a live object (caller).
    if !unsafe { header.as_ref() }.has_flag(HAS_EXTENSION) {
        return None;
    }
    // SAFETY: the object has a slot (checked).
    unsafe { slot(header) }.get().map(|b| &**b)
}

/// Visit the references of an object's extension, if any.
///
/// # Safety
/// `header` is the header of a live object.
pub(crate) unsafe fn trace(header: NonNull<Header>, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: caller's guarantee.
    if let Some(ext) = unsafe { extension_of(header) } {
        ext.trace(visit);
    }
}

/// Let an object's extension drop its references (to break a cycle).
///
/// # Safety
/// `header` is the header of a live object, kept alive during the call.
pub(crate) unsafe fn clear(header: NonNull<Header>) {
    // SAFETY: caller's guarantee.
    if let Some(ext) = unsafe { extension_of(header) } {
        ext.clear();
    }
}

/// Drop an object's slot (and its extension) as the object dies; returns the bytes the slot
/// adds before the block (0 without one).
///
/// # Safety
/// `header` is the header of a dead object being freed: nothing reads the slot again.
pub(crate) unsafe fn drop_slot(header: NonNull<Header>) -> usize {
    // SAFETY: a dead object whose header is still valid (caller).
    if !unsafe { header.as_ref() }.has_flag(HAS_EXTENSION) {
        return 0;
    }
    // SAFETY: the slot is initialized and dropped exactly once, here (caller).
    unsafe { core::ptr::drop_in_place(core::ptr::from_ref(slot(header)).cast_mut()) };
    EXTENSION_SIZE
}

impl Obj {
    /// Allocate an object as [`Obj::new`] does, with an extension slot before its block (for
    /// instances of Python subclasses of builtin types).
    pub fn new_extended<T: Payload>(class: Obj, value: T) -> Obj {
        const { assert!(!T::IS_CLASS, "a class object has no extension slot") };
        class_core::bind_instance_vtable(&class, VTableOf::<T>::VTABLE);
        let layout = VTableOf::<T>::LAYOUT;
        let block = allocator::allocate(layout.block_size + EXTENSION_SIZE);
        // SAFETY: a fresh block of `block_size + EXTENSION_SIZE` bytes: the slot first, then the
        // object laid out as `Obj::new` lays it out, each part suitably aligned.
        unsafe {
            block.cast::<Slot>().write(OnceCell::new());
            let header = block
                .byte_add(EXTENSION_SIZE + layout.header_offset)
                .cast::<Header>();
            header.write(Header::new(class, HAS_EXTENSION));
            VTableOf::<T>::payload(header).write(value);
            if T::IS_CONTAINER {
                gc_links::init_and_track(header);
            }
            Obj::from_header(header)
        }
    }

    /// The extension of type `E`, if this object has a slot holding one.
    pub fn extension<E: Extension>(&self) -> Option<&E> {
        // SAFETY: this handle keeps the object alive while the borrow lasts.
        let ext = unsafe { extension_of(self.header_ptr()) }?;
        (ext as &dyn Any).downcast_ref::<E>()
    }

    /// Whether this object was allocated with an extension slot.
    pub fn has_extension_slot(&self) -> bool {
        // SAFETY: a live object.
        unsafe { self.header_ptr().as_ref() }.has_flag(HAS_EXTENSION)
    }

    /// Put `ext` in this object's empty extension slot; gives it back if the object has no slot
    /// or the slot is already set.
    pub fn init_extension(&self, ext: Box<dyn Extension>) -> Result<(), Box<dyn Extension>> {
        if !self.has_extension_slot() {
            return Err(ext);
        }
        // SAFETY: the object has a slot (checked) and this handle keeps it alive.
        unsafe { slot(self.header_ptr()) }.set(ext)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use crate::test_payloads::{class_of, fresh_heap, link, list, List};
    use crate::{heap_stats, Obj, Trace};

    struct Attrs {
        values: RefCell<Vec<Obj>>,
        drops: Rc<Cell<usize>>,
    }

    impl Drop for Attrs {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    impl Trace for Attrs {
        fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
            self.values.borrow().iter().for_each(visit);
        }

        fn clear(&self) {
            let values = core::mem::take(&mut *self.values.borrow_mut());
            drop(values);
        }
    }

    fn extended_list() -> Obj {
        Obj::new_extended(class_of::<List>(), List(RefCell::default()))
    }

    #[test]
    fn a_slot_is_set_once_and_read_back() {
        let before = fresh_heap();
        let drops = Rc::new(Cell::new(0));
        let obj = extended_list();
        assert!(obj.has_extension_slot());
        assert!(obj.extension::<Attrs>().is_none());
        let attrs = Attrs {
            values: RefCell::default(),
            drops: drops.clone(),
        };
        assert!(obj.init_extension(Box::new(attrs)).is_ok());
        let again = Attrs {
            values: RefCell::default(),
            drops: drops.clone(),
        };
        assert!(obj.init_extension(Box::new(again)).is_err());
        assert_eq!(drops.get(), 1, "the refused extension was dropped");
        assert!(obj.extension::<Attrs>().is_some());
        assert!(obj.extension::<List>().is_none());
        assert!(obj.downcast_ref::<List>().is_some());
        let plain = list();
        assert!(!plain.has_extension_slot());
        let refused = Attrs {
            values: RefCell::default(),
            drops: drops.clone(),
        };
        assert!(plain.init_extension(Box::new(refused)).is_err());
        drop((obj, plain));
        assert_eq!(drops.get(), 3);
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn a_cycle_through_an_extension_is_collected() {
        let before = fresh_heap();
        let drops = Rc::new(Cell::new(0));
        let obj = extended_list();
        let other = list();
        link(&other, &obj);
        let attrs = Attrs {
            values: RefCell::new(vec![other.clone()]),
            drops: drops.clone(),
        };
        assert!(obj.init_extension(Box::new(attrs)).is_ok());
        let mut referents = Vec::new();
        obj.trace_refs(&mut |r| referents.push(r.addr()));
        assert!(referents.contains(&other.addr()));
        drop((obj, other));
        assert_eq!(crate::gc::collect(2).collected, 2);
        assert_eq!(drops.get(), 1);
        assert_eq!(heap_stats(), before);
    }
}
