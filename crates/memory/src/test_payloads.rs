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
}

thread_local! {
    static META: Obj = Obj::new_self_class(TypeStub);
}

/// An immortal class object, created once per thread.
pub(crate) fn meta() -> Obj {
    META.with(Obj::clone)
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
        Obj::new(meta(), self)
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

/// The heap counters once this thread's test class object exists (take it as the baseline
/// before allocating, so that the class's own block does not count as a leak).
pub(crate) fn baseline() -> crate::HeapStats {
    drop(meta());
    crate::heap_stats()
}
