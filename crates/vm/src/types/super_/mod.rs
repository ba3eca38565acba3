//! `super`: the class to start after and the object bound, its lookup and members.

use crate::objects::container_payload;
use ouro_memory::Obj;

container_payload!(PySuper, "super" { typ: Obj, obj: Option<Obj>, obj_type: Option<Obj> });

mod methods;
pub(crate) use methods::*;
