//! `object` and the singletons: a bare `object()` (no state beyond the header), None,
//! NotImplemented and Ellipsis; the instances of Python classes ([`instance`]) and the
//! attribute storage of instances of builtin subclasses ([`subclass_instance`]); `object`'s
//! and `type`'s slots and methods.

use crate::objects::atomic_payload;

atomic_payload!(PyNone, "NoneType");
// A bare `object()`: no state beyond the header (CPython's `PyBaseObject_Type` instances).
atomic_payload!(PyBaseObject, "object");
atomic_payload!(PyNotImplemented, "NotImplementedType");
atomic_payload!(PyEllipsis, "ellipsis");

pub mod instance;
pub mod subclass_instance;

mod methods;
mod new;
mod reduce;
pub(crate) use methods::*;
pub(crate) use new::*;
