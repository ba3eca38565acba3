//! Variable-size objects (CPython's `PyVarObject`): a payload followed, in the object's own
//! block, by a number of items fixed at creation, so that a tuple or a str is one allocation of
//! CPython's size.
//!
//! Invariants:
//! - the block is laid out by `ObjectLayout::for_var_payload`: header, item count (one word,
//!   written once at creation), payload, items, `TRAILING_BYTES` zeroed bytes; its size is a
//!   function of the count alone, so deallocation frees exactly what was allocated;
//! - the vtable of a variable-size payload type `T` is [`VarVTableOf<T>`]'s, whose type id is
//!   that of the private marker `Var<T>`, never `T`'s: `downcast_ref::<T>()` (which assumes a
//!   fixed layout) can never match such an object; only [`Obj::downcast_var`] reads it;
//! - all `count` items are initialized from the end of `Obj::new_var` until the object is freed;
//!   they are only ever shared, and dropped once, after the payload, in the order the type
//!   asks for (`DROP_ITEMS_LAST_FIRST`: CPython's `tupledealloc` goes last to first);
//! - for a `UTF8` type the items are the bytes of a valid `str`, copied from one by
//!   [`Obj::new_text`], the only constructor such a type accepts, and never changed (`u8` has
//!   no interior mutability), which is what makes [`Obj::downcast_text`] sound.

use core::any::TypeId;
use core::marker::PhantomData;
use core::mem::{align_of, size_of};
use core::ptr::NonNull;

use crate::class_core;
use crate::header::Header;
use crate::object_layout::{ObjectLayout, VAR_LEN_OFFSET};
use crate::vtable::VTable;
use crate::{allocator, gc_links, Obj, VarPayload};

/// The type id a variable-size payload type's vtable carries (see the module invariants).
struct Var<T>(PhantomData<T>);

/// The glue between a variable-size payload type and its table.
pub(crate) struct VarVTableOf<T>(PhantomData<T>);

impl<T: VarPayload> VarVTableOf<T> {
    pub(crate) const LAYOUT: ObjectLayout = ObjectLayout::for_var_payload(
        size_of::<T>(),
        align_of::<T>(),
        size_of::<T::Item>(),
        align_of::<T::Item>(),
        T::TRAILING_BYTES,
        T::IS_CONTAINER,
        T::IS_CLASS,
    );

    pub(crate) const VTABLE: &'static VTable = &VTable {
        type_id: TypeId::of::<Var<T>>(),
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
        weak_slot: None,
        free_list: {
            // A kept object's items are not dropped either.
            assert!(
                T::FREE_LIST.is_none() || !core::mem::needs_drop::<T::Item>(),
                "a free-listed payload's items must own nothing"
            );
            crate::vtable::free_list_of::<T>()
        },
    };

    /// The payload of the object whose header is `header`.
    ///
    /// # Safety
    /// `header` is the header of a live object of this type.
    #[inline(always)]
    unsafe fn payload(header: NonNull<Header>) -> NonNull<T> {
        // SAFETY: the payload lies at `payload_offset` inside the object's block.
        unsafe { header.byte_add(Self::LAYOUT.payload_offset).cast::<T>() }
    }

    /// The payload and the items of the object whose header is `header`.
    ///
    /// # Safety
    /// `header` is the header of a live object of this type, whose items are initialized; the
    /// borrows last no longer than the object.
    #[inline(always)]
    unsafe fn parts<'a>(header: NonNull<Header>) -> (&'a T, &'a [T::Item]) {
        // SAFETY: the count, payload and items lie in the object's block at the layout's
        // offsets; all are initialized (caller) and only ever shared.
        unsafe {
            let len = var_len(header);
            let items = header.byte_add(Self::LAYOUT.items_offset).cast::<T::Item>();
            (
                Self::payload(header).as_ref(),
                core::slice::from_raw_parts(items.as_ptr(), len),
            )
        }
    }

    /// # Safety
    /// As `VTableOf::drop_payload`.
    unsafe fn drop_payload(header: NonNull<Header>) {
        // SAFETY: the payload and the `len` items are initialized and dropped exactly once,
        // here, just before the block is freed (caller).
        unsafe {
            core::ptr::drop_in_place(Self::payload(header).as_ptr());
            let len = var_len(header);
            let items = header.byte_add(Self::LAYOUT.items_offset).cast::<T::Item>();
            for step in 0..len {
                let index = if T::DROP_ITEMS_LAST_FIRST {
                    len - 1 - step
                } else {
                    step
                };
                core::ptr::drop_in_place(items.add(index).as_ptr());
            }
        }
    }

    /// # Safety
    /// `header` is the header of a live object of this type.
    unsafe fn trace_payload(header: NonNull<Header>, visit: &mut dyn FnMut(&crate::Obj)) {
        // SAFETY: a live object (caller), kept alive during the call.
        let (payload, items) = unsafe { Self::parts(header) };
        payload.trace(visit);
        payload.trace_items(items, visit);
    }

    /// # Safety
    /// `header` is the header of a live object of this type, kept alive during the call.
    unsafe fn clear_payload(header: NonNull<Header>) {
        // SAFETY: as in `trace_payload`.
        let (payload, items) = unsafe { Self::parts(header) };
        payload.clear();
        payload.clear_items(items);
    }

    /// # Safety
    /// As `trace_payload`.
    unsafe fn can_untrack(header: NonNull<Header>) -> bool {
        // SAFETY: as in `trace_payload`.
        let (payload, items) = unsafe { Self::parts(header) };
        payload.can_untrack_items(items)
    }
}

/// The item count of a variable-size object.
///
/// # Safety
/// `header` is the header of a variable-size object whose count is written.
#[inline(always)]
pub(crate) unsafe fn var_len(header: NonNull<Header>) -> usize {
    // SAFETY: the count word follows the header in the object's block (caller).
    unsafe { header.byte_add(VAR_LEN_OFFSET).cast::<usize>().read() }
}

/// The allocation could not be had (the caller raises `MemoryError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError;

/// Frees a half-built variable-size object if an item's construction panics: drops the items
/// written so far and the payload, then frees the block.
struct Building<T: VarPayload> {
    header: NonNull<Header>,
    written: usize,
    block_size: usize,
    /// The extension slot's bytes before the object (0 without one).
    extension: usize,
    payload_written: bool,
    _type: PhantomData<T>,
}

impl<T: VarPayload> Drop for Building<T> {
    fn drop(&mut self) {
        let layout = VarVTableOf::<T>::LAYOUT;
        // SAFETY: the first `written` items and (if written) the payload are initialized and
        // owned by nobody else; the block came from `try_allocate(block_size)` and is not
        // linked anywhere yet (tracking happens only once building succeeded). The header's
        // class reference was written with the payload and is released here.
        unsafe {
            let items = self.header.byte_add(layout.items_offset).cast::<T::Item>();
            for index in (0..self.written).rev() {
                core::ptr::drop_in_place(items.add(index).as_ptr());
            }
            if self.payload_written {
                core::ptr::drop_in_place(VarVTableOf::<T>::payload(self.header).as_ptr());
                drop(Header::take_class(self.header));
            }
            // An empty extension slot owns nothing: freeing its bytes is enough.
            let block = self
                .header
                .cast::<u8>()
                .byte_sub(layout.header_offset + self.extension);
            allocator::deallocate(block, self.block_size + self.extension);
        }
    }
}

/// The extension slot's bytes and the header flags for a new instance of `class`.
#[inline(always)]
fn extension_for(class: &Obj) -> (usize, u32) {
    if class_core::instances_extended(class) {
        (
            crate::extension::EXTENSION_SIZE,
            crate::header::HAS_EXTENSION,
        )
    } else {
        (0, 0)
    }
}

/// Where the object proper starts in a fresh block: after its extension slot, if any (which
/// this initializes).
///
/// # Safety
/// `block` is a fresh allocation with `extension` bytes before the object's.
#[inline(always)]
unsafe fn object_start(block: NonNull<u8>, extension: usize) -> NonNull<u8> {
    if extension == 0 {
        block
    } else {
        // SAFETY: caller's guarantee: the slot's bytes come first.
        unsafe { crate::extension::init_slot(block) }
    }
}

impl Obj {
    /// Allocate a variable-size object of class `class` with payload `value` and these items
    /// (CPython's `PyObject_GC_NewVar` / `PyObject_NewVar`).
    ///
    /// # Panics
    /// If `T` is a `UTF8` type (use [`Obj::new_text`]), if `class` is not a class object bound
    /// to `T`'s instances (see `Obj::new`), or if the iterator yields fewer items than it said.
    pub fn new_var<T, I>(class: Obj, value: T, items: I) -> Obj
    where
        T: VarPayload,
        I: IntoIterator<Item = T::Item>,
        I::IntoIter: ExactSizeIterator,
    {
        match Self::try_new_var(class, value, items) {
            Ok(obj) => obj,
            Err(AllocError) => panic!("ouro-memory: out of memory for a {}", T::NAME),
        }
    }

    /// [`Obj::new_var`], or `Err(AllocError)` when the block cannot be allocated (or its size
    /// overflows), for sizes that come from the program.
    pub fn try_new_var<T, I>(class: Obj, value: T, items: I) -> Result<Obj, AllocError>
    where
        T: VarPayload,
        I: IntoIterator<Item = T::Item>,
        I::IntoIter: ExactSizeIterator,
    {
        assert!(
            !T::UTF8,
            "ouro-memory: a {} is built from a str (Obj::new_text)",
            T::NAME
        );
        // SAFETY: not a UTF-8 type (checked above), so any items are acceptable.
        unsafe { Self::build_var(class, value, items.into_iter()) }
    }

    /// [`Obj::new_var`] for plain-data items copied from a slice (an int's digits): one copy,
    /// no per-item bookkeeping, for the allocations on the interpreter's hottest paths.
    ///
    /// # Panics
    /// As [`Obj::new_var`].
    #[inline(always)]
    pub fn new_var_copied<T>(class: Obj, value: T, items: &[T::Item]) -> Obj
    where
        T: VarPayload,
        T::Item: Copy,
    {
        const { assert!(!T::UTF8, "a UTF8 type is built from a str (Obj::new_text)") };
        class_core::bind_instance_vtable(&class, VarVTableOf::<T>::VTABLE);
        if class_core::extends_bound_instances(&class) {
            return Self::new_var_copied_extended(class, value, items);
        }
        if let Some(slot) = VarVTableOf::<T>::VTABLE.free_list {
            if crate::free_list::var_fits(&VarVTableOf::<T>::LAYOUT, items.len()) {
                if let Some(header) = crate::free_list::take(slot, class.header_ptr()) {
                    // SAFETY: a listed object of this type, whose block has the size this
                    // layout needs for `items` (`var_fits`), and nothing refers to it
                    // (free_list's invariants); writing it whole makes it a new object.
                    unsafe {
                        let object = header
                            .cast::<u8>()
                            .byte_sub(VarVTableOf::<T>::LAYOUT.header_offset);
                        return Self::write_copied(object, class, 0, value, items);
                    }
                }
            }
        }
        let Some(block_size) = VarVTableOf::<T>::LAYOUT.block_size_for(items.len()) else {
            panic!("ouro-memory: out of memory for a {}", T::NAME);
        };
        let Some(block) = allocator::try_allocate(block_size) else {
            panic!("ouro-memory: out of memory for a {}", T::NAME);
        };
        // SAFETY: a fresh block of `block_size` bytes for these items, no extension slot.
        unsafe { Self::write_copied(block, class, 0, value, items) }
    }

    /// [`Obj::new_var_copied`] for a class whose instances get an extension slot (a Python
    /// subclass of `int`): off the hot path.
    #[cold]
    #[inline(never)]
    fn new_var_copied_extended<T>(class: Obj, value: T, items: &[T::Item]) -> Obj
    where
        T: VarPayload,
        T::Item: Copy,
    {
        let extension = crate::extension::EXTENSION_SIZE;
        let block = VarVTableOf::<T>::LAYOUT
            .block_size_for(items.len())
            .and_then(|size| allocator::try_allocate(size + extension));
        let Some(block) = block else {
            panic!("ouro-memory: out of memory for a {}", T::NAME);
        };
        // SAFETY: a fresh block with the slot's bytes first, then the object's.
        unsafe {
            let object = crate::extension::init_slot(block);
            Self::write_copied(object, class, crate::header::HAS_EXTENSION, value, items)
        }
    }

    /// Build the object in `object` (where its block's object part starts).
    ///
    /// # Safety
    /// `object` starts a fresh allocation of the layout's size for `items.len()` items.
    #[inline(always)]
    unsafe fn write_copied<T>(
        object: NonNull<u8>,
        class: Obj,
        flags: u32,
        value: T,
        items: &[T::Item],
    ) -> Obj
    where
        T: VarPayload,
        T::Item: Copy,
    {
        let layout = VarVTableOf::<T>::LAYOUT;
        let len = items.len();
        // SAFETY: the header offset is inside the object's part (object_layout's invariant),
        // and the whole layout fits (caller): the header, the count, the payload, `len` items
        // and the trailing bytes, suitably aligned. `Copy` items own nothing and the source
        // slice cannot overlap a fresh block; nothing here can panic, so no half-built object is
        // ever seen.
        unsafe {
            let header = object.byte_add(layout.header_offset).cast::<Header>();
            header.write(Header::new(class, flags));
            header.byte_add(VAR_LEN_OFFSET).cast::<usize>().write(len);
            VarVTableOf::<T>::payload(header).write(value);
            let first = header.byte_add(layout.items_offset).cast::<T::Item>();
            core::ptr::copy_nonoverlapping(items.as_ptr(), first.as_ptr(), len);
            first
                .add(len)
                .cast::<u8>()
                .write_bytes(0, layout.trailing_bytes);
            if T::IS_CONTAINER {
                // A fully built container, not yet seen by the collector.
                gc_links::init_and_track(header);
            }
            // The object is complete; this is its one reference.
            Obj::from_header(header)
        }
    }

    /// Allocate a variable-size object whose items are the UTF-8 bytes of `text`.
    ///
    /// # Panics
    /// If `T` is not a `UTF8` type, or `class` is not a class bound to `T`'s instances.
    pub fn new_text<T>(class: Obj, value: T, text: &str) -> Obj
    where
        T: VarPayload<Item = u8>,
    {
        match Self::try_new_text(class, value, text) {
            Ok(obj) => obj,
            Err(AllocError) => panic!("ouro-memory: out of memory for a {}", T::NAME),
        }
    }

    /// [`Obj::new_text`], or `Err(AllocError)` when the block cannot be allocated.
    pub fn try_new_text<T>(class: Obj, value: T, text: &str) -> Result<Obj, AllocError>
    where
        T: VarPayload<Item = u8>,
    {
        assert!(T::UTF8, "ouro-memory: a {} is not a text type", T::NAME);
        // SAFETY: the items are the bytes of a `str`, which is what a UTF-8 type requires.
        unsafe { Self::build_var(class, value, text.bytes()) }
    }

    /// # Safety
    /// If `T::UTF8`, `items` yields the bytes of a valid `str`.
    unsafe fn build_var<T, I>(class: Obj, value: T, mut items: I) -> Result<Obj, AllocError>
    where
        T: VarPayload,
        I: ExactSizeIterator<Item = T::Item>,
    {
        let layout = VarVTableOf::<T>::LAYOUT;
        let len = items.len();
        let block_size = layout.block_size_for(len).ok_or(AllocError)?;
        class_core::bind_instance_vtable(&class, VarVTableOf::<T>::VTABLE);
        let (extension, flags) = extension_for(&class);
        let block = allocator::try_allocate(block_size + extension).ok_or(AllocError)?;
        // SAFETY: a fresh block with room for the slot (when the class wants one) before the
        // object; the header offset is inside the object's part (object_layout's invariant).
        let header = unsafe { object_start(block, extension).byte_add(layout.header_offset) }
            .cast::<Header>();
        let mut building = Building::<T> {
            header,
            written: 0,
            block_size,
            extension,
            payload_written: false,
            _type: PhantomData,
        };
        // SAFETY: a fresh block of `block_size` bytes laid out by `layout`: the header, the
        // count, the payload, `len` items and the trailing bytes all fit, suitably aligned.
        unsafe {
            header.write(Header::new(class, flags));
            header.byte_add(VAR_LEN_OFFSET).cast::<usize>().write(len);
            VarVTableOf::<T>::payload(header).write(value);
            building.payload_written = true;
            let first = header.byte_add(layout.items_offset).cast::<T::Item>();
            while building.written < len {
                let Some(item) = items.next() else {
                    panic!(
                        "ouro-memory: the items of a {} ended before their announced length",
                        T::NAME
                    );
                };
                first.add(building.written).write(item);
                building.written += 1;
            }
            first
                .add(len)
                .cast::<u8>()
                .write_bytes(0, layout.trailing_bytes);
        }
        core::mem::forget(building);
        if T::IS_CONTAINER {
            // SAFETY: a fully built container, not yet seen by the collector.
            unsafe { gc_links::init_and_track(header) };
        }
        // SAFETY: the object is complete; this is its one reference.
        Ok(unsafe { Obj::from_header(header) })
    }

    /// The payload and the items, if this is a variable-size object of payload type `T`.
    #[inline]
    pub fn downcast_var<T: VarPayload>(&self) -> Option<(&T, &[T::Item])> {
        if self.is_var::<T>() {
            // SAFETY: an object of this type (checked), alive while `self` is borrowed.
            Some(unsafe { VarVTableOf::<T>::parts(self.header_ptr()) })
        } else {
            None
        }
    }

    /// The payload and the text, if this is a variable-size object of the UTF-8 type `T`.
    #[inline]
    pub fn downcast_text<T: VarPayload<Item = u8>>(&self) -> Option<(&T, &str)> {
        const { assert!(T::UTF8, "downcast_text of a type that is not UTF8") };
        let (payload, bytes) = self.downcast_var::<T>()?;
        // SAFETY: a UTF-8 type's items are the bytes of a valid `str` (module invariant).
        Some((payload, unsafe { core::str::from_utf8_unchecked(bytes) }))
    }

    /// Whether this is a variable-size object of payload type `T`.
    #[inline]
    pub fn is_var<T: VarPayload>(&self) -> bool {
        // SAFETY: an object's class is a live class object, bound to its payload type.
        unsafe { class_core::instance_type_id(self.header().class_ptr()) == TypeId::of::<Var<T>>() }
    }
}

#[cfg(test)]
mod tests {
    use core::cell::{Cell, RefCell};
    use std::rc::Rc;

    use crate::test_payloads::{baseline, class_of, fresh_heap, link, list, obj, Int, Mortal};
    use crate::{heap_stats, Obj, Payload, Trace, VarPayload};

    /// A tuple: a cached hash, then its items.
    struct Tuple {
        hash: Cell<i64>,
    }

    impl Trace for Tuple {
        fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
    }

    impl Payload for Tuple {
        const NAME: &'static str = "tuple";
        const IS_CONTAINER: bool = true;
        const MAY_UNTRACK: bool = true;
    }

    impl VarPayload for Tuple {
        type Item = Obj;

        fn trace_items(&self, items: &[Obj], visit: &mut dyn FnMut(&Obj)) {
            items.iter().for_each(visit);
        }

        fn can_untrack_items(&self, items: &[Obj]) -> bool {
            items.iter().all(|item| !item.is_tracked())
        }
    }

    /// A str: a cached hash, then its UTF-8 bytes and a NUL.
    struct Text {
        hash: Cell<i64>,
    }

    impl Trace for Text {
        fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
    }

    impl Payload for Text {
        const NAME: &'static str = "str";
    }

    impl VarPayload for Text {
        type Item = u8;
        const UTF8: bool = true;
        const TRAILING_BYTES: usize = 1;

        fn trace_items(&self, _items: &[u8], _visit: &mut dyn FnMut(&Obj)) {}
    }

    fn tuple(items: Vec<Obj>) -> Obj {
        Obj::new_var(
            class_of::<Tuple>(),
            Tuple {
                hash: Cell::new(-1),
            },
            items,
        )
    }

    fn text(s: &str) -> Obj {
        Obj::new_text(class_of::<Text>(), Text { hash: Cell::new(7) }, s)
    }

    #[test]
    fn items_live_in_the_object_block() {
        drop((tuple(vec![]), text("")));
        let before = baseline();
        let pair = tuple(vec![obj(Int(1)), obj(Int(2))]);
        let stats = heap_stats();
        // One block for the tuple (48 + 16 bytes), one per int: no side allocation.
        assert_eq!(stats.blocks_in_use, before.blocks_in_use + 3);
        let (head, items) = pair.downcast_var::<Tuple>().expect("a tuple");
        assert_eq!(head.hash.get(), -1);
        let values: Vec<i64> = items
            .iter()
            .map(|i| i.downcast_ref::<Int>().map_or(0, |i| i.0))
            .collect();
        assert_eq!(values, [1, 2]);
        assert!(pair.is_var::<Tuple>() && !pair.is_var::<Text>());
        assert!(pair.downcast_var::<Text>().is_none());
        drop(pair);
        assert_eq!(heap_stats(), before);
    }

    /// An int: no head, its digits.
    struct Digits;

    impl Trace for Digits {
        fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
    }

    impl Payload for Digits {
        const NAME: &'static str = "int";
    }

    impl VarPayload for Digits {
        type Item = u32;

        fn trace_items(&self, _items: &[u32], _visit: &mut dyn FnMut(&Obj)) {}
    }

    /// The attribute storage a subclass instance keeps in its extension slot.
    struct Attrs(RefCell<Vec<Obj>>);

    impl Trace for Attrs {
        fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
            self.0.borrow().iter().for_each(visit);
        }

        fn clear(&self) {
            let values = core::mem::take(&mut *self.0.borrow_mut());
            drop(values);
        }
    }

    #[test]
    fn a_subclass_gives_its_var_instances_an_extension_slot() {
        let sub = Obj::new(crate::test_payloads::meta(), crate::test_payloads::TypeStub);
        sub.set_instances_extended();
        drop((class_of::<Digits>(), tuple(vec![])));
        let before = baseline();
        let built = Obj::new_var(sub.clone(), Digits, [1u32, 2]);
        let copied = Obj::new_var_copied(sub.clone(), Digits, &[3, 4, 5]);
        let plain = Obj::new_var_copied(class_of::<Digits>(), Digits, &[3, 4, 5]);
        assert!(built.has_extension_slot() && copied.has_extension_slot());
        assert!(!plain.has_extension_slot());
        assert_eq!(
            copied.downcast_var::<Digits>().map(|(_, d)| d),
            Some(&[3, 4, 5][..])
        );
        assert_eq!(
            copied.prefix_size(),
            plain.prefix_size() + crate::extension::EXTENSION_SIZE
        );
        // A cycle through the extension of an (untracked-kind) var object: the extension's
        // referent is collected once the object dies.
        let t = tuple(vec![]);
        assert!(built
            .init_extension(Box::new(Attrs(RefCell::new(vec![t.clone()]))))
            .is_ok());
        let mut seen = Vec::new();
        built.trace_refs(&mut |r| seen.push(r.addr()));
        assert!(seen.contains(&t.addr()));
        drop((built, copied, plain, t));
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn an_extended_text_object_is_freed_whole() {
        let sub = Obj::new(crate::test_payloads::meta(), crate::test_payloads::TypeStub);
        sub.set_instances_extended();
        drop(class_of::<Text>());
        let before = baseline();
        let s = Obj::new_text(sub.clone(), Text { hash: Cell::new(7) }, "héllo");
        assert!(s.has_extension_slot());
        assert_eq!(s.downcast_var::<Text>().map(|(_, b)| b.len()), Some(6));
        drop(s);
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn copied_items_match_built_ones() {
        drop(Obj::new_var_copied(class_of::<Digits>(), Digits, &[]));
        let before = baseline();
        let copied = Obj::new_var_copied(class_of::<Digits>(), Digits, &[1, 2, 3]);
        let built = Obj::new_var(class_of::<Digits>(), Digits, [1u32, 2, 3]);
        assert_eq!(
            copied.downcast_var::<Digits>().map(|(_, d)| d),
            Some(&[1, 2, 3][..])
        );
        assert_eq!(copied.object_size(), built.object_size());
        assert_eq!(
            copied.object_size(),
            24 + 3 * 4,
            "CPython's PyLongObject proportions"
        );
        let empty = Obj::new_var_copied(class_of::<Digits>(), Digits, &[]);
        assert_eq!(
            empty.downcast_var::<Digits>().map(|(_, d)| d.len()),
            Some(0)
        );
        drop((copied, built, empty));
        assert_eq!(heap_stats(), before);
    }

    #[test]
    fn text_round_trips_and_keeps_a_nul() {
        let s = text("héllo, wörld");
        let (head, value) = s.downcast_text::<Text>().expect("a str");
        assert_eq!(value, "héllo, wörld");
        assert_eq!(head.hash.get(), 7);
        let (_, bytes) = s.downcast_var::<Text>().expect("a str");
        assert_eq!(bytes.len(), "héllo, wörld".len());
        let empty = text("");
        assert_eq!(empty.downcast_text::<Text>().map(|(_, t)| t), Some(""));
        let long = "x".repeat(5000);
        let big = text(&long);
        assert_eq!(
            big.downcast_text::<Text>().map(|(_, t)| t.len()),
            Some(5000)
        );
    }

    #[test]
    fn items_are_dropped_last_to_first_after_the_payload() {
        let log = crate::test_payloads::Log::default();
        let items: Vec<Obj> = (1..=3).map(|id| Mortal::new(id, &log).into_obj()).collect();
        let t = tuple(items);
        drop(t);
        use crate::test_payloads::Event::{Dropped, Finalized};
        assert_eq!(
            *log.borrow(),
            [
                Finalized(3),
                Dropped(3),
                Finalized(2),
                Dropped(2),
                Finalized(1),
                Dropped(1)
            ]
        );
    }

    #[test]
    fn a_cycle_through_items_is_collected_and_atomic_tuples_untracked() {
        drop(tuple(vec![]));
        let before = fresh_heap();
        let holder = list();
        let t = tuple(vec![holder.clone(), obj(Int(5))]);
        link(&holder, &t);
        assert!(t.is_tracked());
        drop((holder, t));
        assert_eq!(crate::gc::collect(2).collected, 2);
        assert_eq!(heap_stats(), before);
        let atomic = tuple(vec![obj(Int(1))]);
        assert!(atomic.is_tracked());
        crate::gc::collect(0);
        assert!(!atomic.is_tracked());
    }

    #[test]
    fn a_panic_while_building_leaks_nothing() {
        drop(tuple(vec![]));
        let before = baseline();
        let drops = Rc::new(Cell::new(0));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let items = (0..4).map(|i| {
                assert!(i < 2, "the third item fails");
                obj(crate::test_payloads::DropCounter(drops.clone()))
            });
            Obj::new_var(class_of::<Tuple>(), Tuple { hash: Cell::new(0) }, items)
        }));
        assert!(result.is_err());
        assert_eq!(drops.get(), 2, "the two items built were dropped");
        assert_eq!(heap_stats(), before);
    }

    #[test]
    #[should_panic(expected = "is built from a str")]
    fn a_text_type_refuses_arbitrary_bytes() {
        let _ = Obj::new_var(
            class_of::<Text>(),
            Text { hash: Cell::new(0) },
            vec![0xffu8],
        );
    }

    #[test]
    fn an_impossible_size_is_an_error() {
        struct Forever;
        impl Iterator for Forever {
            type Item = Obj;
            fn next(&mut self) -> Option<Obj> {
                None
            }
            fn size_hint(&self) -> (usize, Option<usize>) {
                (usize::MAX, Some(usize::MAX))
            }
        }
        impl ExactSizeIterator for Forever {}
        let result = Obj::try_new_var(class_of::<Tuple>(), Tuple { hash: Cell::new(0) }, Forever);
        assert_eq!(result.err(), Some(super::AllocError));
    }
}

#[cfg(test)]
mod size_tests {
    use core::cell::Cell;

    use crate::test_payloads::class_of;
    use crate::{Obj, Payload, Trace, VarPayload};

    struct Bytes {
        _hash: Cell<i64>,
    }

    impl Trace for Bytes {
        fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
    }

    impl Payload for Bytes {
        const NAME: &'static str = "bytes";
    }

    impl VarPayload for Bytes {
        type Item = u8;
        const TRAILING_BYTES: usize = 1;
        fn trace_items(&self, _items: &[u8], _visit: &mut dyn FnMut(&Obj)) {}
    }

    #[test]
    fn object_size_counts_each_item_once() {
        for n in 0..6usize {
            let b = Obj::new_var(
                class_of::<Bytes>(),
                Bytes {
                    _hash: Cell::new(-1),
                },
                vec![7u8; n],
            );
            assert_eq!(b.object_size(), 33 + n, "{n} bytes");
            assert_eq!(b.prefix_size(), 0);
        }
    }
}
