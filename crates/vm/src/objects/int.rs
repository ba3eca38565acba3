//! `int` (and `bool`, whose instances are ints of class bool).
//!
//! Invariant: a value that fits in `i64` is always `Small`; `Big` holds only values outside
//! the `i64` range, so equal ints have equal representations.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ouro_memory::{Obj, Payload, Trace};

/// Two words, so that an int object is 32 bytes as in CPython (a 16-byte header and the value);
/// the digits of a big value are boxed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PyInt {
    Small(i64),
    Big(Box<BigInt>),
}

const _: () = assert!(std::mem::size_of::<PyInt>() == 16);

impl Trace for PyInt {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PyInt {
    const NAME: &'static str = "int";
}

impl PyInt {
    pub fn from_big(b: BigInt) -> PyInt {
        match b.to_i64() {
            Some(i) => PyInt::Small(i),
            None => PyInt::Big(Box::new(b)),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            PyInt::Small(i) => BigInt::from(*i),
            PyInt::Big(b) => (**b).clone(),
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            PyInt::Small(i) => Some(*i),
            PyInt::Big(_) => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            PyInt::Small(i) => *i == 0,
            PyInt::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            PyInt::Small(i) => *i < 0,
            PyInt::Big(b) => b.is_negative(),
        }
    }

    /// Nearest float, or None when out of range ("int too large to convert to float").
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            PyInt::Small(i) => Some(*i as f64),
            PyInt::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        }
    }

    /// CPython's numeric hash: the value modulo 2**61 - 1, with -1 mapped to -2.
    pub fn hash(&self) -> i64 {
        const MODULUS: u64 = (1 << 61) - 1;
        let h: i64 = match self {
            PyInt::Small(i) => {
                let m = (i.unsigned_abs() % MODULUS) as i64;
                if *i < 0 {
                    -m
                } else {
                    m
                }
            }
            PyInt::Big(b) => {
                let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
                if b.is_negative() {
                    -m
                } else {
                    m
                }
            }
        };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

impl std::fmt::Display for PyInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PyInt::Small(i) => write!(f, "{i}"),
            PyInt::Big(b) => write!(f, "{b}"),
        }
    }
}
