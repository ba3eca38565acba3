//! `int` (and `bool`, whose instances are ints of class bool).
//!
//! An int object is laid out as CPython's `PyLongObject`: the header, a word holding the number
//! of digits, then the magnitude's base-2**30 digits in the object's own block, least
//! significant first (24 + 4 × digits bytes: `sys.getsizeof(1)` is 28, `2**30` 32, `2**60`
//! 36). The object is read as a [`PyInt`] value.
//!
//! Invariants:
//! - the digits are normalized: no most-significant zero digit, except that 0 is one zero
//!   digit (CPython 3.12+ also gives 0 one digit);
//! - each digit is below 2**30; bit 31 of the *first* digit is the sign (set for a negative
//!   value, never for 0), CPython keeping its sign in the digit-count word instead;
//! - a [`PyInt`] value that fits in `i64` is always `Small`; `Big` holds only values outside
//!   the `i64` range, so equal ints have equal representations.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use ouro_memory::{Obj, Payload, Trace, VarPayload};

/// Bits per digit, as CPython's `PyLong_SHIFT`.
pub const DIGIT_BITS: u32 = 30;
const DIGIT_MASK: u32 = (1 << DIGIT_BITS) - 1;
/// Bit 31 of the first digit: the value is negative.
const SIGN_BIT: u32 = 1 << 31;

/// The head of an int object (nothing: the digits follow the count word).
#[derive(Debug)]
pub struct IntHead;

impl Trace for IntHead {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for IntHead {
    const NAME: &'static str = "int";
    // One-digit ints of class `int` are reused (CPython 3.14's `ints` free list).
    const FREE_LIST: Option<usize> = Some(crate::objects::FREE_LIST_INT);
}

impl VarPayload for IntHead {
    type Item = u32;

    fn trace_items(&self, _items: &[u32], _visit: &mut dyn FnMut(&Obj)) {}
}

/// An int's value, read from an int object or about to become one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyInt {
    Small(i64),
    Big(Box<BigInt>),
}

impl PyInt {
    /// The value of `obj`, if it is an int (of any int class, bool included).
    #[inline]
    pub fn of(obj: &Obj) -> Option<PyInt> {
        let (_, digits) = obj.downcast_var::<IntHead>()?;
        Some(match small_value(digits) {
            Some(i) => PyInt::Small(i),
            None => PyInt::Big(Box::new(big_value(digits))),
        })
    }

    /// The value of `obj` if it is an int that fits in `i64` (the interpreter's fast paths).
    #[inline]
    pub fn small_of(obj: &Obj) -> Option<i64> {
        let (_, digits) = obj.downcast_var::<IntHead>()?;
        small_value(digits)
    }

    /// Whether `obj` is an int (of any int class, bool included).
    #[inline]
    pub fn is_int(obj: &Obj) -> bool {
        obj.is_var::<IntHead>()
    }

    /// A new int object of class `class` (int, bool or a subclass) holding this value.
    pub fn new_obj(&self, class: Obj) -> Obj {
        match self {
            PyInt::Small(i) => Self::new_small_obj(class, *i),
            PyInt::Big(b) => Obj::new_var_copied(class, IntHead, &big_digits(b)),
        }
    }

    /// A new int object of class `class` holding `i`.
    #[inline]
    pub fn new_small_obj(class: Obj, i: i64) -> Obj {
        if i.unsigned_abs() <= u64::from(DIGIT_MASK) {
            let sign = if i < 0 { SIGN_BIT } else { 0 };
            return Obj::new_var_copied(class, IntHead, &[i.unsigned_abs() as u32 | sign]);
        }
        let (digits, len) = small_digits(i);
        Obj::new_var_copied(class, IntHead, &digits[..len])
    }

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

impl Ord for PyInt {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        match (self, other) {
            (PyInt::Small(a), PyInt::Small(b)) => a.cmp(b),
            // A big value lies outside the i64 range: below every small one when negative.
            (PyInt::Small(_), PyInt::Big(b)) => {
                if b.is_negative() {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Less
                }
            }
            (PyInt::Big(_), PyInt::Small(_)) => other.cmp(self).reverse(),
            (PyInt::Big(a), PyInt::Big(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for PyInt {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
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

/// The value of normalized digits if it fits in `i64`.
#[inline]
fn small_value(digits: &[u32]) -> Option<i64> {
    if let [only] = digits {
        // One digit (|v| < 2**30, most ints): apply the sign without a branch.
        let magnitude = i64::from(only & DIGIT_MASK);
        let negative = i64::from(only >> 31);
        return Some((magnitude ^ -negative) + negative);
    }
    let first = *digits.first()?;
    let negative = first & SIGN_BIT != 0;
    let low = u64::from(first & DIGIT_MASK);
    let magnitude = match digits.len() {
        1 => low,
        2 => low | u64::from(digits[1]) << DIGIT_BITS,
        3 if digits[2] <= 8 => {
            low | u64::from(digits[1]) << DIGIT_BITS | u64::from(digits[2]) << (2 * DIGIT_BITS)
        }
        _ => return None,
    };
    if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// The value of normalized digits.
fn big_value(digits: &[u32]) -> BigInt {
    let mut magnitude = BigUint::zero();
    for (k, &d) in digits.iter().enumerate().rev() {
        let d = if k == 0 { d & DIGIT_MASK } else { d };
        magnitude = (magnitude << DIGIT_BITS) + BigUint::from(d);
    }
    let sign = if digits.first().is_some_and(|&d| d & SIGN_BIT != 0) {
        Sign::Minus
    } else {
        Sign::Plus
    };
    BigInt::from_biguint(sign, magnitude)
}

/// The digits of `i` (at most three) and how many there are.
#[inline]
fn small_digits(i: i64) -> ([u32; 3], usize) {
    let mut magnitude = i.unsigned_abs();
    let mut digits = [0u32; 3];
    let mut len = 0;
    loop {
        digits[len] = (magnitude & u64::from(DIGIT_MASK)) as u32;
        len += 1;
        magnitude >>= DIGIT_BITS;
        if magnitude == 0 {
            break;
        }
    }
    if i < 0 {
        digits[0] |= SIGN_BIT;
    }
    (digits, len)
}

/// The normalized digits of `b`.
fn big_digits(b: &BigInt) -> Vec<u32> {
    let mut digits = Vec::with_capacity((b.bits() as usize).div_ceil(DIGIT_BITS as usize));
    let (mut acc, mut acc_bits) = (0u64, 0u32);
    for word in b.magnitude().iter_u32_digits() {
        acc |= u64::from(word) << acc_bits;
        acc_bits += 32;
        while acc_bits >= DIGIT_BITS {
            digits.push((acc & u64::from(DIGIT_MASK)) as u32);
            acc >>= DIGIT_BITS;
            acc_bits -= DIGIT_BITS;
        }
    }
    if acc != 0 {
        digits.push(acc as u32);
    }
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(0);
    }
    if b.is_negative() {
        digits[0] |= SIGN_BIT;
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(v: &BigInt) -> BigInt {
        let digits = big_digits(v);
        assert!(
            digits.len() == 1 || *digits.last().unwrap() != 0,
            "normalized"
        );
        if let Some(i) = v.to_i64() {
            let (small, len) = small_digits(i);
            assert_eq!(&small[..len], &digits[..], "one encoding for {v}");
            assert_eq!(small_value(&digits), Some(i));
        } else {
            assert_eq!(small_value(&digits), None);
        }
        big_value(&digits)
    }

    #[test]
    fn values_survive_their_digits() {
        let mut values: Vec<BigInt> = [0i64, 1, -1, 5, (1 << 30) - 1, 1 << 30, -(1 << 30)]
            .iter()
            .map(|&i| BigInt::from(i))
            .collect();
        values.extend([i64::MAX, i64::MIN, i64::MAX - 1, i64::MIN + 1].map(BigInt::from));
        values.push(BigInt::from(i64::MAX) + 1);
        values.push(BigInt::from(i64::MIN) - 1);
        values.push(BigInt::from(1u8) << 64);
        values.push(-(BigInt::from(3u8) << 1000usize) + 7);
        for v in &values {
            assert_eq!(&round_trip(v), v);
        }
    }

    #[test]
    fn big_values_order_by_sign_against_small_ones() {
        let big = |v: BigInt| PyInt::from_big(v);
        let huge = BigInt::from(1u8) << 65usize;
        let values = [
            big(-huge.clone()),
            PyInt::Small(i64::MIN),
            PyInt::Small(0),
            big(huge),
        ];
        for (i, a) in values.iter().enumerate() {
            for (j, b) in values.iter().enumerate() {
                assert_eq!(a.cmp(b), i.cmp(&j), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn digit_counts_are_cpythons() {
        let count = |v: BigInt| big_digits(&v).len();
        assert_eq!(count(BigInt::from(0)), 1);
        assert_eq!(count(BigInt::from((1 << 30) - 1)), 1);
        assert_eq!(count(BigInt::from(1 << 30)), 2);
        assert_eq!(count(BigInt::from(1u8) << 60), 3);
        assert_eq!(count(BigInt::from(1u8) << 64), 3);
        assert_eq!(count(-(BigInt::from(1u8) << 90usize)), 4);
    }
}

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
