//! Small payload types shared by the unit tests.
//!
//! Invariants: none of these types is used outside `#[cfg(test)]` code.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::{Obj, Payload, Trace};

/// `normal` in ordinary test runs, `miri` under Miri (which is much slower).
pub(crate) const fn scaled(normal: usize, miri: usize) -> usize {
    if cfg!(miri) {
        miri
    } else {
        normal
    }
}

/// A stand-in for a type object.
pub(crate) struct TypeStub;

impl Trace for TypeStub {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for TypeStub {
    const NAME: &'static str = "type";
    const IS_CONTAINER: bool = true;
    const IS_CLASS: bool = true;
}

/// A mortal class object: a "dict" of references, and a counter of its drops.
#[derive(Default)]
pub(crate) struct TestClass {
    pub(crate) dict: RefCell<Vec<Obj>>,
    pub(crate) drops: Option<Rc<Cell<usize>>>,
}

impl Drop for TestClass {
    fn drop(&mut self) {
        if let Some(drops) = &self.drops {
            drops.set(drops.get() + 1);
        }
    }
}

impl Trace for TestClass {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.dict.borrow().iter().for_each(visit);
    }

    fn clear(&self) {
        let dict = core::mem::take(&mut *self.dict.borrow_mut());
        drop(dict);
    }
}

impl Payload for TestClass {
    const NAME: &'static str = "class";
    const IS_CONTAINER: bool = true;
    const IS_CLASS: bool = true;
}

/// A new mortal class (its metaclass is `class_of::<TestClass>()`).
pub(crate) fn new_class(drops: Option<Rc<Cell<usize>>>) -> Obj {
    obj(TestClass {
        dict: RefCell::default(),
        drops,
    })
}

thread_local! {
    static META: Obj = Obj::new_self_class(TypeStub);
    /// One immortal class per payload type (every instance of a class has one payload type).
    static CLASSES: RefCell<std::collections::HashMap<core::any::TypeId, Obj>> =
        RefCell::default();
}

/// The immortal metaclass (its own class, like `type`), created once per thread.
pub(crate) fn meta() -> Obj {
    META.with(Obj::clone)
}

/// The immortal class of the test objects of payload type `T`, created on first use.
pub(crate) fn class_of<T: Payload>() -> Obj {
    let class =
        CLASSES.with(|classes| classes.borrow().get(&core::any::TypeId::of::<T>()).cloned());
    class.unwrap_or_else(|| {
        let class = Obj::new(meta(), TypeStub);
        class.make_immortal();
        CLASSES.with(|classes| {
            classes
                .borrow_mut()
                .insert(core::any::TypeId::of::<T>(), class.clone())
        });
        class
    })
}

/// A new object of class `class_of::<T>()`.
pub(crate) fn obj<T: Payload>(value: T) -> Obj {
    Obj::new(class_of::<T>(), value)
}

/// Create the classes of the common test payload types, so that a test's baseline counts them.
fn create_classes() {
    drop((
        class_of::<Int>(),
        class_of::<List>(),
        class_of::<Node>(),
        class_of::<Tuple>(),
        class_of::<Mortal>(),
        class_of::<DropCounter>(),
        class_of::<WeakTest>(),
        class_of::<Holder>(),
        class_of::<Graph>(),
        class_of::<Wide>(),
        class_of::<TestClass>(),
    ));
}

pub(crate) struct Int(pub(crate) i64);

impl Trace for Int {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for Int {
    const NAME: &'static str = "int";
}

/// Counts how many times it is dropped.
pub(crate) struct DropCounter(pub(crate) Rc<Cell<usize>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

impl Trace for DropCounter {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for DropCounter {
    const NAME: &'static str = "counter";
}

/// A link of a singly linked chain.
pub(crate) struct Node {
    pub(crate) next: Option<Obj>,
}

impl Trace for Node {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(next) = &self.next {
            visit(next);
        }
    }
}

impl Payload for Node {
    const NAME: &'static str = "node";
    const IS_CONTAINER: bool = true;
}

/// A list of references.
pub(crate) struct List(pub(crate) RefCell<Vec<Obj>>);

impl Trace for List {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.0.borrow().iter().for_each(visit);
    }

    fn clear(&self) {
        let items = std::mem::take(&mut *self.0.borrow_mut());
        drop(items);
    }
}

impl Payload for List {
    const NAME: &'static str = "list";
    const IS_CONTAINER: bool = true;
}

/// `N` bytes of payload, a container or not.
pub(crate) struct Bytes<const N: usize, const CONTAINER: bool>(pub(crate) [u8; N]);

impl<const N: usize, const CONTAINER: bool> Trace for Bytes<N, CONTAINER> {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl<const N: usize, const CONTAINER: bool> Payload for Bytes<N, CONTAINER> {
    const NAME: &'static str = "bytes";
    const IS_CONTAINER: bool = CONTAINER;
}

/// A 16-aligned payload.
#[repr(align(16))]
pub(crate) struct Wide(pub(crate) u128);

impl Trace for Wide {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for Wide {
    const NAME: &'static str = "wide";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Event {
    Finalized(usize),
    Cleared(usize),
    Dropped(usize),
}

pub(crate) type Log = Rc<RefCell<Vec<Event>>>;

/// A container with a finalizer that logs, then runs a test-chosen action.
pub(crate) struct Mortal {
    pub(crate) id: usize,
    pub(crate) log: Log,
    pub(crate) child: RefCell<Option<Obj>>,
    #[expect(clippy::type_complexity, reason = "test helper")]
    pub(crate) on_finalize: Option<Box<dyn Fn(&Obj)>>,
}

impl Mortal {
    pub(crate) fn new(id: usize, log: &Log) -> Mortal {
        Mortal {
            id,
            log: log.clone(),
            child: RefCell::new(None),
            on_finalize: None,
        }
    }

    pub(crate) fn with_child(mut self, child: Obj) -> Mortal {
        self.child = RefCell::new(Some(child));
        self
    }

    pub(crate) fn on_finalize(mut self, action: impl Fn(&Obj) + 'static) -> Mortal {
        self.on_finalize = Some(Box::new(action));
        self
    }

    pub(crate) fn into_obj(self) -> Obj {
        obj(self)
    }
}

impl Drop for Mortal {
    fn drop(&mut self) {
        self.log.borrow_mut().push(Event::Dropped(self.id));
    }
}

impl Trace for Mortal {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(child) = &*self.child.borrow() {
            visit(child);
        }
    }
}

impl Payload for Mortal {
    const NAME: &'static str = "mortal";
    const IS_CONTAINER: bool = true;
    const HAS_FINALIZER: bool = true;

    fn finalize(this: &Obj) {
        let me = this.downcast_ref::<Mortal>().expect("a Mortal");
        me.log.borrow_mut().push(Event::Finalized(me.id));
        if let Some(action) = &me.on_finalize {
            action(this);
        }
    }
}

/// A graph node: edges to other objects, a `clear` that drops them, and a finalizer; every
/// finalization, clearing and drop is logged.
pub(crate) struct Graph {
    pub(crate) id: usize,
    pub(crate) log: Log,
    pub(crate) edges: RefCell<Vec<Obj>>,
    #[expect(clippy::type_complexity, reason = "test helper")]
    pub(crate) on_finalize: Option<Box<dyn Fn(&Obj)>>,
}

impl Graph {
    pub(crate) fn new(id: usize, log: &Log) -> Graph {
        Graph {
            id,
            log: log.clone(),
            edges: RefCell::new(Vec::new()),
            on_finalize: None,
        }
    }

    pub(crate) fn on_finalize(mut self, action: impl Fn(&Obj) + 'static) -> Graph {
        self.on_finalize = Some(Box::new(action));
        self
    }

    pub(crate) fn into_obj(self) -> Obj {
        obj(self)
    }
}

impl Drop for Graph {
    fn drop(&mut self) {
        self.log.borrow_mut().push(Event::Dropped(self.id));
    }
}

impl Trace for Graph {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.edges.borrow().iter().for_each(visit);
    }

    fn clear(&self) {
        self.log.borrow_mut().push(Event::Cleared(self.id));
        let edges = std::mem::take(&mut *self.edges.borrow_mut());
        drop(edges);
    }
}

impl Payload for Graph {
    const NAME: &'static str = "graph";
    const IS_CONTAINER: bool = true;
    const HAS_FINALIZER: bool = true;

    fn finalize(this: &Obj) {
        let me = this.downcast_ref::<Graph>().expect("a Graph");
        me.log.borrow_mut().push(Event::Finalized(me.id));
        if let Some(action) = &me.on_finalize {
            action(this);
        }
    }
}

/// A non-container holding a reference (the collector cannot see it: it counts as a root).
pub(crate) struct Holder(pub(crate) RefCell<Option<Obj>>);

impl Trace for Holder {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(obj) = &*self.0.borrow() {
            visit(obj);
        }
    }
}

impl Payload for Holder {
    const NAME: &'static str = "holder";
}

/// An immutable sequence that collections untrack once none of its items can be part of a
/// cycle (CPython's tuples).
pub(crate) struct Tuple(pub(crate) Vec<Obj>);

impl Trace for Tuple {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.0.iter().for_each(visit);
    }
}

impl Payload for Tuple {
    const NAME: &'static str = "tuple";
    const IS_CONTAINER: bool = true;
    const MAY_UNTRACK: bool = true;

    fn can_untrack(&self) -> bool {
        // CPython's `_PyObject_GC_MAY_BE_TRACKED`: non-containers and untracked tuples cannot.
        self.0
            .iter()
            .all(|item| !item.is_container() || (item.is::<Tuple>() && !item.is_tracked()))
    }
}

/// A new empty `List`.
pub(crate) fn list() -> Obj {
    obj(List(RefCell::new(Vec::new())))
}

/// Add a reference from `from` (a `List` or a `Graph`) to `to`.
pub(crate) fn link(from: &Obj, to: &Obj) {
    if let Some(list) = from.downcast_ref::<List>() {
        list.0.borrow_mut().push(to.clone());
    } else if let Some(graph) = from.downcast_ref::<Graph>() {
        graph.edges.borrow_mut().push(to.clone());
    } else if let Some(class) = from.downcast_ref::<TestClass>() {
        class.dict.borrow_mut().push(to.clone());
    } else {
        panic!("cannot link from a {}", from.type_name());
    }
}

/// Put this thread's collector in its default state and collect everything collectable; returns
/// the heap counters afterwards (the baseline of a test).
pub(crate) fn fresh_heap() -> crate::HeapStats {
    create_classes();
    crate::gc::enable();
    crate::gc::set_threshold(2000, 10, 0);
    crate::gc::set_root_visitor(None);
    crate::gc::unfreeze();
    crate::gc::collect(2);
    crate::heap_stats()
}

/// The heap counters once this thread's test class object exists (take it as the baseline
/// before allocating, so that the class's own block does not count as a leak).
pub(crate) fn baseline() -> crate::HeapStats {
    create_classes();
    crate::heap_stats()
}

/// A weak reference: a slot and an id (its callback, if any, is another object).
pub(crate) struct WeakTest {
    pub(crate) id: usize,
    pub(crate) slot: crate::weakref::WeakSlot,
}

impl WeakTest {
    pub(crate) fn to(referent: &Obj, id: usize, callback: Option<Obj>) -> Obj {
        let kind = if callback.is_some() {
            crate::weakref::WeakKind::Other
        } else {
            crate::weakref::WeakKind::BasicRef
        };
        let weak = obj(WeakTest {
            id,
            slot: crate::weakref::WeakSlot::new(callback),
        });
        crate::weakref::attach(&weak, referent, kind);
        weak
    }

    pub(crate) fn get(weak: &Obj) -> Option<Obj> {
        weak.downcast_ref::<WeakTest>()
            .expect("a WeakTest")
            .slot
            .get()
    }
}

impl Trace for WeakTest {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.slot.trace(visit);
    }

    fn clear(&self) {
        self.slot.clear();
    }
}

impl Payload for WeakTest {
    const NAME: &'static str = "weakref";
    const IS_CONTAINER: bool = true;
    const HAS_WEAK_SLOT: bool = true;

    fn weak_slot(&self) -> Option<&crate::weakref::WeakSlot> {
        Some(&self.slot)
    }
}

/// A plain fixed-size payload with a free list (see `free_list`).
pub(crate) struct Cached(pub(crate) u64);

impl Cached {
    pub(crate) const FREE_LIST_SLOT: usize = 0;
}

impl Trace for Cached {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for Cached {
    const NAME: &'static str = "cached";
    const FREE_LIST: Option<usize> = Some(Self::FREE_LIST_SLOT);
}

/// A plain variable-size payload (u32 items) with a free list.
pub(crate) struct CachedVar;

impl CachedVar {
    pub(crate) const FREE_LIST_SLOT: usize = 1;
}

impl Trace for CachedVar {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for CachedVar {
    const NAME: &'static str = "cached_var";
    const FREE_LIST: Option<usize> = Some(Self::FREE_LIST_SLOT);
}

impl crate::VarPayload for CachedVar {
    type Item = u32;

    fn trace_items(&self, _items: &[u32], _visit: &mut dyn FnMut(&Obj)) {}
}
