//! `slice`: `start`, `stop` and `step` objects, its slots, methods and members.

use crate::objects::container_payload;
use ouro_memory::Obj;

container_payload!(PySlice, "slice" { start: Obj, stop: Obj, step: Obj });

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
