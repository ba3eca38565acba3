//! `math` functions on integers (factorial, gcd, lcm, isqrt, comb, perm) and the sums and
//! products (prod, sumprod, fsum — the latter exact, like CPython's `msum`).

use super::{fixed, real};
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use ouro_compiler::bytecode::BinaryOperator;
use ouro_memory::Obj;

/// An integer argument: int, bool, or an object with `__index__` (never a float).
fn int_arg(vm: &Vm, o: &Obj) -> PyResult<BigInt> {
    if let Some(i) = PyInt::of(o) {
        return Ok(i.to_big());
    }
    if !o.is::<PyFloat>() {
        if let Some(f) = vm.lookup_type(o.class(), "__index__") {
            let r = vm.call_method_obj(&f, o, &[])?;
            if let Some(i) = PyInt::of(&r) {
                return Ok(i.to_big());
            }
            return Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(o)
    )))
}

/// Product of the integers in `lo..=hi` by binary splitting (fast for large ranges).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 8 {
        let mut acc = BigInt::from(lo);
        for i in lo + 1..=hi {
            acc *= i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// Results above this many factors would take unbounded time and memory.
const MAX_FACTORS: u64 = 1 << 22;

pub(super) fn factorial(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "factorial", 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n
        .to_u64()
        .filter(|n| *n <= i64::MAX as u64)
        .ok_or_else(|| {
            vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
        })?;
    if n > MAX_FACTORS {
        return Err(vm.memory_error());
    }
    Ok(vm.new_bigint(range_product(1, n.max(1))))
}

pub(super) fn gcd(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("gcd() takes no keyword arguments"));
    }
    let mut acc = BigInt::zero();
    for a in args.pos() {
        acc = acc.gcd(&int_arg(vm, a)?);
    }
    Ok(vm.new_bigint(acc))
}

pub(super) fn lcm(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    let mut zero = false;
    for a in args.pos() {
        let v = int_arg(vm, a)?;
        if v.is_zero() {
            zero = true;
        } else if !zero {
            acc = acc.lcm(&v);
        }
    }
    Ok(vm.new_bigint(if zero { BigInt::zero() } else { acc.abs() }))
}

pub(super) fn isqrt(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "isqrt", 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn nonneg(vm: &Vm, v: &BigInt, what: &str) -> PyResult<()> {
    if v.is_negative() {
        return Err(vm.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(())
}

pub(super) fn comb(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "comb", 2)?;
    let (n, k) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    nonneg(vm, &n, "n")?;
    nonneg(vm, &k, "k")?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = (&k).min(&(&n - &k)).clone();
    let k = k
        .to_u64()
        .filter(|k| *k <= MAX_FACTORS)
        .ok_or_else(|| vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(acc))
}

pub(super) fn perm(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("perm() takes no keyword arguments"));
    }
    let a = args.count(vm, "perm", 1, 2)?;
    let k = match a.get(1) {
        Some(k) if !vm.is_none(k) => int_arg(vm, k)?,
        _ => return factorial(vm, Args::positional(&a[..1])),
    };
    let n = int_arg(vm, &a[0])?;
    nonneg(vm, &n, "n")?;
    nonneg(vm, &k, "k")?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = k
        .to_u64()
        .filter(|k| *k <= MAX_FACTORS)
        .ok_or_else(|| vm.overflow_error("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(vm.new_bigint(acc))
}

pub(super) fn prod(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "prod", &["start"])?;
    let a = args.count(vm, "prod", 1, 1)?;
    let mut acc = args.kw(vm, "start").unwrap_or_else(|| vm.new_int(1));
    let iter = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&iter)? {
        acc = vm.binary_op(&acc, &v, BinaryOperator::Mul, false)?;
    }
    Ok(acc)
}

pub(super) fn sumprod(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "sumprod", 2)?;
    let (p, q) = (vm.collect_iterable(&a[0])?, vm.collect_iterable(&a[1])?);
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let mut acc = vm.new_int(0);
    for (x, y) in p.iter().zip(&q) {
        let t = vm.binary_op(x, y, BinaryOperator::Mul, false)?;
        acc = vm.binary_op(&acc, &t, BinaryOperator::Add, false)?;
    }
    Ok(acc)
}

/// The exactly rounded sum of floats (Shewchuk's algorithm, as CPython's `math.fsum`).
pub(crate) fn exact_sum(vm: &Vm, values: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for v in values {
        let mut x = v;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

pub(super) fn fsum(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "fsum", 1)?;
    let mut values = Vec::new();
    let iter = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&iter)? {
        values.push(real(vm, &v)?);
    }
    Ok(vm.new_float(exact_sum(vm, values)?))
}
