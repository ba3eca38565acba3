//! `float`: a boxed f64 (CPython's 24-byte `PyFloatObject`), its slots, methods and
//! computed attributes.

use ouro_memory::{Obj, Payload, Trace};

#[derive(Debug)]
pub struct PyFloat(pub f64);

impl Trace for PyFloat {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyFloat {
    const NAME: &'static str = "float";
    // Floats of class `float` are reused (CPython's `floats` free list).
    const FREE_LIST: Option<usize> = Some(crate::objects::FREE_LIST_FLOAT);
}

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
