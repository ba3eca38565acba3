//! `property`, `staticmethod` and `classmethod`: their payloads, constructors, methods and
//! members.

use crate::objects::container_payload;
use ouro_memory::Obj;
use std::cell::RefCell;

container_payload!(PyProperty, "property" {
    fget: Option<Obj>, fset: Option<Obj>, fdel: Option<Obj>, doc: Option<Obj>,
    // The attribute name given by `__set_name__` (CPython's `prop_name`), for messages.
    name: RefCell<Option<Obj>>,
});
container_payload!(PyStaticMethod, "staticmethod" { func: Obj });
container_payload!(PyClassMethod, "classmethod" { func: Obj });

mod methods;
pub(crate) use methods::*;
