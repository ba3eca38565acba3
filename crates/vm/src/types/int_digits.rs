//! CPython's limit on decimal conversions of big ints (CVE-2020-10735; `sys.int_info`,
//! `sys.set_int_max_str_digits`): `int(str)` and `str(int)` refuse numbers of more than 4300
//! decimal digits, because converting them takes quadratic time.
//!
//! Invariants: the limit is 0 (none) or at least [`INT_MAX_STR_DIGITS_THRESHOLD`]; bases that
//! are powers of two are never limited (their conversion is linear), as in CPython.

use crate::objects::PyInt;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;

/// CPython's default limit (`sys.int_info.default_max_str_digits`).
pub const INT_DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest limit that may be set (`sys.int_info.str_digits_check_threshold`).
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

impl Vm {
    /// `ValueError` unless a string of `digits` digits in `base` may become an int.
    pub(crate) fn check_int_parse_digits(&self, digits: usize, base: u32) -> PyResult<()> {
        let limit = self.int_max_str_digits.get();
        if limit == 0 || base.is_power_of_two() || digits <= limit {
            return Ok(());
        }
        Err(self.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )))
    }

    /// The decimal digits of `i` (with its sign), or `ValueError` past the limit.
    pub(crate) fn int_to_decimal(&self, i: &PyInt) -> PyResult<String> {
        match i {
            PyInt::Small(v) => Ok(v.to_string()),
            PyInt::Big(b) => self.big_to_decimal(b),
        }
    }

    /// [`Vm::int_to_decimal`] for a big int.
    pub(crate) fn big_to_decimal(&self, b: &BigInt) -> PyResult<String> {
        let limit = self.int_max_str_digits.get();
        let too_big = || {
            self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use \
                 sys.set_int_max_str_digits() to increase the limit"
            ))
        };
        // A number of n bits has at least floor((n - 1) * log10(2)) + 1
        // digits; refuse before the quadratic conversion when that is already too many.
        if limit != 0
            && (b.bits().saturating_sub(1) as f64 * std::f64::consts::LOG10_2) as usize + 1 > limit
        {
            return Err(too_big());
        }
        let s = b.to_string();
        let digits = s.len() - usize::from(s.starts_with('-'));
        if limit != 0 && digits > limit {
            return Err(too_big());
        }
        Ok(s)
    }
}
