//! The `math` module.

use crate::errors::PyResult;
use crate::objects::*;
use crate::types::constructors::float_from_object;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};
use ouro_memory::Obj;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("fabs", fabs),
    ("exp", exp),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("pow", pow),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("hypot", hypot),
    ("degrees", degrees),
    ("radians", radians),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("factorial", factorial),
    ("gcd", gcd),
    ("lcm", lcm),
    ("isqrt", isqrt),
    ("copysign", copysign),
    ("fmod", fmod),
    ("isclose", isclose),
    ("comb", comb),
    ("perm", perm),
    ("prod", prod),
    ("fsum", fsum),
];

pub(crate) fn add_constants(vm: &Vm, d: &Obj) {
    vm.dict_set_str(d, "pi", vm.new_float(std::f64::consts::PI));
    vm.dict_set_str(d, "e", vm.new_float(std::f64::consts::E));
    vm.dict_set_str(d, "tau", vm.new_float(std::f64::consts::TAU));
    vm.dict_set_str(d, "inf", vm.new_float(f64::INFINITY));
    vm.dict_set_str(d, "nan", vm.new_float(f64::NAN));
}

fn arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let a = args.exact(vm, name, 1, 1)?;
    float_from_object(vm, &a[0]).map_err(|e| {
        if vm.exc_matches(&e.exc, "TypeError") {
            vm.type_error(format!("must be real number, not {}", vm.type_name(&a[0])))
        } else {
            e
        }
    })
}

fn domain(vm: &Vm) -> crate::errors::PyErr {
    vm.value_error("math domain error")
}

fn checked(vm: &Vm, v: f64, input_finite: bool) -> PyResult<Obj> {
    if v.is_nan() && input_finite {
        return Err(domain(vm));
    }
    if v.is_infinite() && input_finite {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_float(v))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
            let x = arg(vm, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, f(x), x.is_finite())
        }
    };
}

unary!(exp, f64::exp);
unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(atan, f64::atan);
unary!(degrees, f64::to_degrees);
unary!(radians, f64::to_radians);
unary!(fabs, f64::abs);

fn sqrt(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = arg(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(vm.value_error(format!(
            "expected a nonnegative input, got {}",
            crate::numbers::float_repr(x)
        )));
    }
    Ok(vm.new_float(x.sqrt()))
}

fn asin(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = arg(vm, &args, "asin")?;
    if !(-1.0..=1.0).contains(&x) {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.asin()))
}

fn acos(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = arg(vm, &args, "acos")?;
    if !(-1.0..=1.0).contains(&x) {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.acos()))
}

fn int_result(
    vm: &Vm,
    args: &Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    dunder: &str,
) -> PyResult<Obj> {
    let a = args.exact(vm, name, 1, 1)?;
    if let Some(i) = a[0].downcast_ref::<PyInt>() {
        return Ok(vm.new_pyint(i.clone()));
    }
    if !a[0].is::<PyFloat>() {
        if let Some(m) = vm.lookup_type(a[0].class(), dunder) {
            return vm.call_method_obj(&m, &a[0], &[]);
        }
    }
    let x = float_from_object(vm, &a[0])?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let i = crate::types::constructors::int_from_object(vm, &vm.new_float(f(x)))?;
    Ok(vm.new_pyint(i))
}

fn floor(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    int_result(vm, &args, "floor", f64::floor, "__floor__")
}

fn ceil(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    int_result(vm, &args, "ceil", f64::ceil, "__ceil__")
}

fn trunc(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    int_result(vm, &args, "trunc", f64::trunc, "__trunc__")
}

fn log(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "log", 1, 2)?;
    let ln = |o: &Obj| -> PyResult<f64> {
        if let Some(i) = o.downcast_ref::<PyInt>() {
            if !i.is_negative() && !i.is_zero() {
                // Exact for big ints: log of the value via its bit length.
                let b = i.to_big();
                let bits = b.bits();
                if bits > 1000 {
                    let shifted: BigInt = &b >> (bits - 64) as usize;
                    let f =
                        crate::types::constructors::float_from_object(vm, &vm.new_bigint(shifted))?;
                    return Ok(f.ln() + (bits - 64) as f64 * std::f64::consts::LN_2);
                }
            }
        }
        let x = float_from_object(vm, o)?;
        if x <= 0.0 {
            return Err(vm.value_error("expected a positive input"));
        }
        Ok(x.ln())
    };
    let x = ln(&a[0])?;
    match a.get(1) {
        Some(b) => {
            let lb = ln(b)?;
            if lb == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            Ok(vm.new_float(x / lb))
        }
        None => Ok(vm.new_float(x)),
    }
}

fn log2(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = arg(vm, &args, "log2")?;
    if x <= 0.0 {
        return Err(vm.value_error("expected a positive input"));
    }
    Ok(vm.new_float(x.log2()))
}

fn log10(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = arg(vm, &args, "log10")?;
    if x <= 0.0 {
        return Err(vm.value_error("expected a positive input"));
    }
    Ok(vm.new_float(x.log10()))
}

fn two(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let a = args.exact(vm, name, 2, 2)?;
    Ok((float_from_object(vm, &a[0])?, float_from_object(vm, &a[1])?))
}

fn pow(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (x, y) = two(vm, &args, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    checked(vm, x.powf(y), x.is_finite() && y.is_finite())
}

fn atan2(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(vm.new_float(y.atan2(x)))
}

fn hypot(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let mut acc = 0.0f64;
    for a in args.pos() {
        let v = float_from_object(vm, a)?;
        acc = acc.hypot(v);
    }
    Ok(vm.new_float(acc))
}

fn copysign(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(vm.new_float(x.copysign(y)))
}

fn fmod(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y == 0.0 {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x % y))
}

fn isnan(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_bool(arg(vm, &args, "isnan")?.is_nan()))
}

fn isinf(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_bool(arg(vm, &args, "isinf")?.is_infinite()))
}

fn isfinite(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_bool(arg(vm, &args, "isfinite")?.is_finite()))
}

fn isclose(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "isclose", &["rel_tol", "abs_tol"])?;
    let a = args.count(vm, "isclose", 2, 2)?;
    let (x, y) = (float_from_object(vm, &a[0])?, float_from_object(vm, &a[1])?);
    let rel = match args.kw(vm, "rel_tol") {
        Some(v) => float_from_object(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match args.kw(vm, "abs_tol") {
        Some(v) => float_from_object(vm, &v)?,
        None => 0.0,
    };
    if x == y {
        return Ok(vm.true_.clone());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (x - y).abs();
    Ok(vm.new_bool(diff <= (rel * y.abs()).max(rel * x.abs()) || diff <= abs_tol))
}

fn int_arg(vm: &Vm, o: &Obj) -> PyResult<BigInt> {
    match o.downcast_ref::<PyInt>() {
        Some(i) => Ok(i.to_big()),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(o)
        ))),
    }
}

fn factorial(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "factorial", 1, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n: u64 = n.try_into().map_err(|_| {
        vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut acc = BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(vm.new_bigint(acc))
}

fn gcd(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let mut acc = BigInt::zero();
    for a in args.pos() {
        acc = acc.gcd(&int_arg(vm, a)?);
    }
    Ok(vm.new_bigint(acc))
}

fn lcm(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let mut acc = BigInt::from(1);
    for a in args.pos() {
        let v = int_arg(vm, a)?;
        if v.is_zero() {
            return Ok(vm.new_int(0));
        }
        acc = acc.lcm(&v);
    }
    Ok(vm.new_bigint(acc))
}

fn isqrt(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "isqrt", 1, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn comb(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "comb", 2, 2)?;
    let (n, k) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    if n.is_negative() || k.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k: u64 = (&k).min(&(&n - &k)).try_into().unwrap_or(0);
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(acc))
}

fn perm(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "perm", 1, 2)?;
    let n = int_arg(vm, &a[0])?;
    let k = match a.get(1) {
        Some(k) if !vm.is_none(k) => int_arg(vm, k)?,
        _ => n.clone(),
    };
    if n.is_negative() || k.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k: u64 = k.try_into().unwrap_or(0);
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(vm.new_bigint(acc))
}

fn prod(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.count(vm, "prod", 1, 1)?;
    let mut acc = args.kw(vm, "start").unwrap_or_else(|| vm.new_int(1));
    for v in vm.collect_iterable(&a[0])? {
        acc = vm.binary_op(
            &acc,
            &v,
            ouro_compiler::bytecode::BinaryOperator::Mul,
            false,
        )?;
    }
    Ok(acc)
}

fn fsum(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "fsum", 1, 1)?;
    // Neumaier summation: exact enough for the common cases.
    let (mut sum, mut c) = (0.0f64, 0.0f64);
    for v in vm.collect_iterable(&a[0])? {
        let x = float_from_object(vm, &v)?;
        let t = sum + x;
        if sum.abs() >= x.abs() {
            c += (sum - t) + x;
        } else {
            c += (x - t) + sum;
        }
        sum = t;
    }
    Ok(vm.new_float(sum + c))
}
