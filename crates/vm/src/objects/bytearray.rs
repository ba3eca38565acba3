//! `bytearray`: a mutable sequence of bytes.

use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PyByteArray {
    pub value: RefCell<Vec<u8>>,
}

impl PyByteArray {
    pub fn new(value: Vec<u8>) -> PyByteArray {
        PyByteArray {
            value: RefCell::new(value),
        }
    }
}

impl Trace for PyByteArray {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyByteArray {
    const NAME: &'static str = "bytearray";
}
