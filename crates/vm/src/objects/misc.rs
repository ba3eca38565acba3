//! Small builtin objects: singletons, range, slice, property, staticmethod, classmethod, super.

use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;

macro_rules! atomic_payload {
    ($ty:ident, $name:literal) => {
        #[derive(Debug)]
        pub struct $ty;
        impl Trace for $ty {
            fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
        }
        impl Payload for $ty {
            const NAME: &'static str = $name;
        }
    };
}

atomic_payload!(PyNone, "NoneType");
atomic_payload!(PyNotImplemented, "NotImplementedType");
atomic_payload!(PyEllipsis, "ellipsis");

macro_rules! container_payload {
    ($ty:ident, $name:literal { $($field:ident : $fty:ty),* $(,)? }) => {
        #[derive(Debug)]
        pub struct $ty { $(pub $field: $fty),* }
        impl Trace for $ty {
            fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
                $( crate::objects::TraceField::trace_field(&self.$field, visit); )*
            }
        }
        impl Payload for $ty {
            const NAME: &'static str = $name;
            const IS_CONTAINER: bool = true;
        }
    };
}

container_payload!(PySlice, "slice" { start: Obj, stop: Obj, step: Obj });
container_payload!(PyProperty, "property" {
    fget: Option<Obj>, fset: Option<Obj>, fdel: Option<Obj>, doc: Option<Obj>,
});
container_payload!(PyStaticMethod, "staticmethod" { func: Obj });
container_payload!(PyClassMethod, "classmethod" { func: Obj });
container_payload!(PySuper, "super" { typ: Obj, obj: Option<Obj>, obj_type: Option<Obj> });

/// `range(start, stop, step)` over machine integers.
#[derive(Debug)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            (stop - start + step - 1) / step
        } else {
            (start - stop - step - 1) / -step
        };
        n.max(0) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

impl Trace for PyRange {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyRange {
    const NAME: &'static str = "range";
}

/// A `__slots__` member descriptor stored in the class dict.
#[derive(Debug)]
pub struct PySlotMember {
    pub name: Box<str>,
    pub index: usize,
    pub owner_name: Box<str>,
}

impl Trace for PySlotMember {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PySlotMember {
    const NAME: &'static str = "member_descriptor";
}

/// A mutable cell usable from payload macros (for values replaced after creation).
pub type ObjCell = RefCell<Option<Obj>>;
