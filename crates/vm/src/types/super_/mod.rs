//! `super`: the class to start after and the object bound, its lookup and members.

use crate::objects::container_payload;
use ouro_memory::Obj;

container_payload!(PySuper, "super" {
    // All three are None in a super made by `super.__new__(super)` until `__init__` runs.
    typ: std::cell::RefCell<Option<Obj>>,
    obj: std::cell::RefCell<Option<Obj>>,
    obj_type: std::cell::RefCell<Option<Obj>>,
});

mod methods;
pub(crate) use methods::*;
