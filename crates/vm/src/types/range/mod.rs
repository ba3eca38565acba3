//! `range`: four int objects (CPython's `rangeobject`), its slots and methods.

use crate::objects::PyInt;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ouro_memory::{Obj, Payload, Trace};

/// `range(start, stop, step)` over arbitrary-precision ints.
///
/// Invariants: `step != 0`; `length` is the number of elements (CPython's
/// `compute_range_length`); every element lies between `start` and `stop`, so when both and
/// `step` fit in i64 every element does ([`PyRange::small`]: the fast path).
#[derive(Debug)]
pub struct PyRange {
    start: Obj,
    stop: Obj,
    step: Obj,
    length: Obj,
}

/// A range's four numbers as int objects (CPython's `rangeobject`: 48 bytes, not tracked).
impl PyRange {
    /// The number of elements of `range(start, stop, step)` (`step != 0`).
    pub fn compute_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
        let zero = BigInt::zero();
        if step > &zero {
            if start < stop {
                (stop - start - 1u8) / step + 1u8
            } else {
                zero
            }
        } else if start > stop {
            (start - stop - 1u8) / (-step) + 1u8
        } else {
            zero
        }
    }

    /// A range over int objects; `length` must be `compute_length` of the others.
    pub fn from_ints(start: Obj, stop: Obj, step: Obj, length: Obj) -> PyRange {
        PyRange {
            start,
            stop,
            step,
            length,
        }
    }

    fn big(o: &Obj) -> BigInt {
        PyInt::of(o).map(|i| i.to_big()).unwrap_or_default()
    }

    pub fn start(&self) -> BigInt {
        Self::big(&self.start)
    }

    pub fn stop(&self) -> BigInt {
        Self::big(&self.stop)
    }

    pub fn step(&self) -> BigInt {
        Self::big(&self.step)
    }

    pub fn length(&self) -> BigInt {
        Self::big(&self.length)
    }

    /// The int objects (start, stop, step), for the attributes.
    pub fn start_obj(&self) -> &Obj {
        &self.start
    }

    pub fn stop_obj(&self) -> &Obj {
        &self.stop
    }

    pub fn step_obj(&self) -> &Obj {
        &self.step
    }

    /// The length, when it fits a machine size.
    pub fn len(&self) -> Option<usize> {
        self.length().to_usize()
    }

    pub fn is_empty(&self) -> bool {
        self.length().is_zero()
    }

    /// (start, step, length) when the whole range is machine-sized.
    pub fn small(&self) -> Option<(i64, i64, usize)> {
        self.stop().to_i64()?;
        Some((self.start().to_i64()?, self.step().to_i64()?, self.len()?))
    }

    /// The element at `i` (`0 <= i < length`).
    pub fn get(&self, i: &BigInt) -> BigInt {
        self.start() + i * self.step()
    }

    /// The index of `v` if it is an element.
    pub fn index_of(&self, v: &BigInt) -> Option<BigInt> {
        let step = self.step();
        let off = v - self.start();
        if !(&off % &step).is_zero() {
            return None;
        }
        let k = off / step;
        (!k.is_negative() && k < self.length()).then_some(k)
    }
}

impl Trace for PyRange {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for o in [&self.start, &self.stop, &self.step, &self.length] {
            visit(o);
        }
    }
}

impl Payload for PyRange {
    const NAME: &'static str = "range";
}

mod methods;
pub(crate) use methods::*;
