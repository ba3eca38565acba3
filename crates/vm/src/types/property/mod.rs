//! `property`, `staticmethod` and `classmethod`: their payloads, constructors, methods and
//! members.

use crate::objects::container_payload;
use ouro_memory::Obj;
use std::cell::RefCell;

// The accessors are set by `__init__` (so a subclass's `__init__` can call
// `super().__init__(fget)`); `name` is the attribute name `__set_name__` gave (CPython's
// `prop_name`), for messages.
// `getter_doc`: the doc came from the getter, so a copy with a new getter takes that one's.
container_payload!(PyProperty, "property" {
    fget: RefCell<Option<Obj>>, fset: RefCell<Option<Obj>>, fdel: RefCell<Option<Obj>>,
    doc: RefCell<Option<Obj>>, name: RefCell<Option<Obj>>, getter_doc: std::cell::Cell<bool>,
});
// The callable is set by `__init__`, which also copies its `__module__`, `__name__`,
// `__qualname__` and `__doc__` into the wrapper's own `__dict__` (CPython's
// `functools_wraps`).
container_payload!(PyStaticMethod, "staticmethod" {
    func: RefCell<Obj>, dict: RefCell<Option<Obj>>,
});
container_payload!(PyClassMethod, "classmethod" {
    func: RefCell<Obj>, dict: RefCell<Option<Obj>>,
});

impl PyProperty {
    pub fn empty() -> PyProperty {
        PyProperty {
            fget: RefCell::new(None),
            fset: RefCell::new(None),
            fdel: RefCell::new(None),
            doc: RefCell::new(None),
            name: RefCell::new(None),
            getter_doc: std::cell::Cell::new(false),
        }
    }

    pub fn fget(&self) -> Option<Obj> {
        self.fget.borrow().clone()
    }

    pub fn fset(&self) -> Option<Obj> {
        self.fset.borrow().clone()
    }

    pub fn fdel(&self) -> Option<Obj> {
        self.fdel.borrow().clone()
    }
}

impl PyStaticMethod {
    pub fn new(func: Obj) -> PyStaticMethod {
        PyStaticMethod {
            func: RefCell::new(func),
            dict: RefCell::new(None),
        }
    }

    pub fn func(&self) -> Obj {
        self.func.borrow().clone()
    }
}

impl PyClassMethod {
    pub fn new(func: Obj) -> PyClassMethod {
        PyClassMethod {
            func: RefCell::new(func),
            dict: RefCell::new(None),
        }
    }

    pub fn func(&self) -> Obj {
        self.func.borrow().clone()
    }
}

mod methods;
pub(crate) use methods::*;
