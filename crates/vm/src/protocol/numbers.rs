//! int and float arithmetic with Python's semantics, the numeric hash, and float repr.
//!
//! Invariants: int results are normalized ([`PyInt::from_big`]); `//` and `%` round toward
//! negative infinity with the remainder taking the divisor's sign; float repr is the shortest
//! string that round-trips, formatted as CPython's `float_repr` (`'r'` mode).

use crate::objects::PyInt;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ouro_compiler::bytecode::BinaryOperator;
use ouro_memory::Obj;

/// The value of a bool payload: bools are exactly the two `True`/`False` singletons (bool
/// cannot be subclassed), so an int payload is a bool when it is one of theirs.
pub(crate) fn bool_value(vm: &Vm, o: &Obj) -> Option<bool> {
    if o.ptr_eq(&vm.true_) {
        Some(true)
    } else if o.ptr_eq(&vm.false_) {
        Some(false)
    } else {
        None
    }
}

/// `a op b` for two ints; None when the operator does not apply to ints (MatMul).
pub(crate) fn int_binop(
    vm: &Vm,
    (a_obj, a): (&Obj, &PyInt),
    (b_obj, b): (&Obj, &PyInt),
    op: BinaryOperator,
) -> PyResult<Option<Obj>> {
    use BinaryOperator::*;
    if op == DivMod {
        // `(a // b, a % b)`, each exact.
        let q = int_binop(vm, (a_obj, a), (b_obj, b), FloorDiv)?;
        let r = int_binop(vm, (a_obj, a), (b_obj, b), Mod)?;
        return Ok(q.zip(r).map(|(q, r)| vm.new_tuple(vec![q, r])));
    }
    if matches!(op, And | Or | Xor) {
        if let (Some(x), Some(y)) = (bool_value(vm, a_obj), bool_value(vm, b_obj)) {
            let r = match op {
                And => x & y,
                Or => x | y,
                _ => x ^ y,
            };
            return Ok(Some(vm.new_bool(r)));
        }
    }
    if let (PyInt::Small(x), PyInt::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            Add => x.checked_add(y),
            Sub => x.checked_sub(y),
            Mul => x.checked_mul(y),
            And => Some(x & y),
            Or => Some(x | y),
            Xor => Some(x ^ y),
            FloorDiv if y != 0 => x
                .checked_div_euclid(y)
                .map(|_| num_integer::Integer::div_floor(&x, &y)),
            Mod if y != 0 => Some(if y == -1 { 0 } else { x.mod_floor(&y) }),
            _ => None,
        };
        if let Some(v) = fast {
            return Ok(Some(vm.new_int(v)));
        }
    }
    let (x, y) = (a.to_big(), b.to_big());
    let r = match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            x.div_floor(&y)
        }
        Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            x.mod_floor(&y)
        }
        TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Some(vm.new_float(int_true_div(vm, &x, &y)?)));
        }
        Pow => return int_pow(vm, &x, &y).map(Some),
        LShift | RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(n) = y.to_usize() else {
                if op == RShift {
                    return Ok(Some(vm.new_int(if x.is_negative() { -1 } else { 0 })));
                }
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if op == LShift {
                if !x.is_zero() {
                    vm.probe_allocation(((x.bits() as usize).saturating_add(n)) / 8)?;
                }
                x << n
            } else {
                // Arithmetic shift rounds toward negative infinity.
                x.div_floor(&(BigInt::from(1) << n))
            }
        }
        MatMul | DivMod => return Ok(None),
    };
    Ok(Some(vm.new_bigint(r)))
}

fn int_true_div(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.magnitude(), y.magnitude());
    let value = match correctly_rounded_ratio(a, b) {
        Some(v) => v,
        None => return Err(vm.overflow_error("integer division result too large for a float")),
    };
    Ok(if negative { -value } else { value })
}

/// `a / b` rounded once, to nearest with ties to even, as CPython's `long_true_divide`; None
/// when the result is too large for a float. `b` is not zero.
fn correctly_rounded_ratio(a: &num_bigint::BigUint, b: &num_bigint::BigUint) -> Option<f64> {
    use num_bigint::BigUint;
    if a.is_zero() {
        return Some(0.0);
    }
    // Scale so that the quotient has 55 or 56 bits: 53 for the mantissa and two or three
    // below them for rounding.
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b.clone())
    } else {
        (a.clone(), b << (-shift) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let q_bits = q.bits() as i64;
    // Bits to drop: down to 53 significant ones, or more where the result is subnormal (the
    // last bit a float can hold is 2**-1074).
    let extra = (q_bits - 53).max(shift - 1074).max(0);
    let mut m = &q >> extra as u64;
    if extra > 0 {
        let rem = &q - (&m << extra as u64);
        let half = BigUint::from(1u8) << (extra - 1) as u64;
        let odd = m.bit(0);
        if rem > half || (rem == half && (!r.is_zero() || odd)) {
            m += 1u8;
        }
    }
    let exponent = extra - shift;
    if m.bits() as i64 + exponent > 1024 {
        return None;
    }
    let mut value = m.to_f64()?;
    // Scale by 2**exponent in steps that stay exact (the rounding above already dropped what a
    // subnormal cannot hold).
    let mut e = exponent;
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        value *= 2f64.powi(step as i32);
        e -= step;
    }
    Some(value)
}

fn int_pow(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<Obj> {
    if y.is_negative() {
        let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) else {
            return Err(vm.overflow_error("int too large to convert to float"));
        };
        if a == 0.0 {
            return Err(vm.zero_division("zero to a negative power"));
        }
        return Ok(vm.new_float(a.powf(b)));
    }
    let Some(e) = y.to_u32() else {
        if x.is_zero() || *x == BigInt::from(1) {
            return Ok(vm.new_bigint(x.clone()));
        }
        if *x == BigInt::from(-1) {
            return Ok(vm.new_int(if y.is_even() { 1 } else { -1 }));
        }
        return Err(vm.memory_error());
    };
    if let Some(b) = x.to_i64() {
        if let Some(r) = b.checked_pow(e) {
            return Ok(vm.new_int(r));
        }
    }
    // The result has about bits(x) * e bits; squaring needs room for two such numbers.
    vm.probe_allocation((x.bits() as usize).saturating_mul(e as usize) / 4)?;
    Ok(vm.new_bigint(x.pow(e)))
}

/// `a op b` for two floats.
pub(crate) fn float_binop(vm: &Vm, a: f64, b: f64, op: BinaryOperator) -> PyResult<Option<Obj>> {
    use BinaryOperator::*;
    let r = match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
        TrueDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            a / b
        }
        FloorDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            float_divmod(a, b).0
        }
        Mod => {
            if b == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            float_divmod(a, b).1
        }
        Pow => return float_pow(vm, a, b).map(Some),
        DivMod => {
            if b == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            let (q, r) = float_divmod(a, b);
            return Ok(Some(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)])));
        }
        _ => return Ok(None),
    };
    Ok(Some(vm.new_float(r)))
}

/// CPython's float_divmod: floor quotient and a remainder with the divisor's sign.
pub(crate) fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0_f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(vm: &Vm, a: f64, b: f64) -> PyResult<Obj> {
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division("zero to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err(vm.value_error(
            "complex numbers are not supported (negative number raised to a fractional power)",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.new_error(
            "OverflowError",
            "(34, 'Numerical result out of range')".to_string(),
        ));
    }
    Ok(vm.new_float(r))
}

/// CPython's `_Py_HashDouble` (NaN hashes to 0 here: its identity hash is not observable).
pub fn float_hash(v: f64) -> i64 {
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.fract() == 0.0 && v.abs() < 9.0e18 {
        return PyInt::Small(v as i64).hash();
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: mantissa in [0.5, 1) and exponent with `v == m * 2**e` (for finite v > 0).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// `repr(float)`: CPython's shortest round-trip repr.
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddddde±x".
    let s = format!("{:e}", v.abs());
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if v < 0.0 { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() == 1 {
            digits
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let esign = if exp < 0 { "-" } else { "+" };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    }
}

/// Exact comparison of an int with a float (CPython's `float_richcompare`): no rounding of
/// the int, so `2**53 + 1 != 2.0**53 + 1`. None when the float is NaN.
pub fn int_float_cmp(i: &PyInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let PyInt::Small(v) = i {
        // Exact when the int converts to f64 without rounding.
        if v.unsigned_abs() <= (1u64 << 53) {
            return (*v as f64).partial_cmp(&f);
        }
    }
    // Compare floor(f) as a big int first, then the fractional part.
    let fl = f.floor();
    let (m, e) = crate::types::float::float_parts(fl);
    let whole = if e >= 0 {
        m << (e as usize)
    } else {
        m >> (e.unsigned_abs() as usize)
    };
    match i.to_big().cmp(&whole) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// One step of CPython's compensated float summation in `sum()` (Neumaier's variant of
/// Kahan summation): `total` is the running sum, `comp` the accumulated error.
pub fn compensated_add(total: &mut f64, comp: &mut f64, x: f64) {
    let t = *total + x;
    if total.abs() >= x.abs() {
        *comp += (*total - t) + x;
    } else {
        *comp += (x - t) + *total;
    }
    *total = t;
}

/// The result of a compensated sum (the correction is skipped when it is not finite).
pub fn compensated_result(total: f64, comp: f64) -> f64 {
    if comp != 0.0 && comp.is_finite() {
        total + comp
    } else {
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_cpython() {
        for (v, s) in [
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (-2.5, "-2.5"),
            (100.0, "100.0"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(float_repr(v), s);
        }
    }

    #[test]
    fn float_hash_agrees_with_int_hash() {
        assert_eq!(float_hash(1.0), 1);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(0.5), 1 << 60);
        assert_eq!(float_hash(f64::INFINITY), 314159);
    }

    #[test]
    fn floor_division_signs() {
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
    }
}
