//! The `math` module: float functions with CPython 3.14's domain and range errors. The
//! integer functions (factorial, gcd, comb, ...) and the exact sums live in [`integer`].

mod integer;

use crate::objects::*;
use crate::protocol::numbers::float_repr;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use ouro_memory::Obj;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("cbrt", cbrt),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("fabs", fabs),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("pow", pow),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("hypot", hypot),
    ("dist", dist),
    ("degrees", degrees),
    ("radians", radians),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("isclose", isclose),
    ("copysign", copysign),
    ("fmod", fmod),
    ("remainder", remainder),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("fma", fma),
    ("factorial", integer::factorial),
    ("gcd", integer::gcd),
    ("lcm", integer::lcm),
    ("isqrt", integer::isqrt),
    ("comb", integer::comb),
    ("perm", integer::perm),
    ("prod", integer::prod),
    ("sumprod", integer::sumprod),
    ("fsum", integer::fsum),
];

pub(crate) fn add_constants(vm: &Vm, d: &Obj) {
    vm.dict_set_str(d, "pi", vm.new_float(std::f64::consts::PI));
    vm.dict_set_str(d, "e", vm.new_float(std::f64::consts::E));
    vm.dict_set_str(d, "tau", vm.new_float(std::f64::consts::TAU));
    vm.dict_set_str(d, "inf", vm.new_float(f64::INFINITY));
    vm.dict_set_str(d, "nan", vm.new_float(f64::NAN));
}

/// A real-number argument: float, int, or an object with `__float__`/`__index__`.
pub(crate) fn real(vm: &Vm, o: &Obj) -> PyResult<f64> {
    crate::types::float::float_from_number(vm, o)?
        .ok_or_else(|| vm.type_error(format!("must be real number, not {}", vm.type_name(o))))
}

/// Exactly `n` positional arguments, with CPython's messages.
pub(crate) fn fixed<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Obj]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    let a = args.pos();
    if a.len() != n {
        return Err(vm.type_error(if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                a.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", a.len())
        }));
    }
    Ok(a)
}

fn one(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let a = fixed(vm, args, name, 1)?;
    real(vm, &a[0])
}

fn two(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let a = fixed(vm, args, name, 2)?;
    Ok((real(vm, &a[0])?, real(vm, &a[1])?))
}

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// A libm-style result: NaN from a non-NaN input is a domain error, an infinity from a finite
/// input a range error.
fn checked(vm: &Vm, v: f64, x: f64) -> PyResult<Obj> {
    if v.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if v.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(vm.new_float(v))
}

fn got(vm: &Vm, what: &str, x: f64) -> PyErr {
    vm.value_error(format!("{what}, got {}", float_repr(x)))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
            let x = one(vm, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, f(x), x)
        }
    };
}

unary!(exp, f64::exp);
unary!(exp2, f64::exp2);
unary!(expm1, f64::exp_m1);
unary!(atan, f64::atan);
unary!(sinh, f64::sinh);
unary!(cosh, f64::cosh);
unary!(tanh, f64::tanh);
unary!(asinh, f64::asinh);
unary!(degrees, f64::to_degrees);
unary!(radians, f64::to_radians);
unary!(fabs, f64::abs);
unary!(cbrt, f64::cbrt);

/// sin/cos/tan: infinities are outside the domain.
fn trig(vm: &Vm, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Obj> {
    let x = one(vm, args, name)?;
    if x.is_infinite() {
        return Err(got(vm, "expected a finite input", x));
    }
    Ok(vm.new_float(f(x)))
}

fn sin(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    trig(vm, &args, "sin", f64::sin)
}

fn cos(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    trig(vm, &args, "cos", f64::cos)
}

fn tan(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    trig(vm, &args, "tan", f64::tan)
}

fn sqrt(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(got(vm, "expected a nonnegative input", x));
    }
    Ok(vm.new_float(x.sqrt()))
}

fn asin(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "asin")?;
    if x.abs() > 1.0 {
        return Err(got(vm, "expected a number in range from -1 up to 1", x));
    }
    Ok(vm.new_float(x.asin()))
}

fn acos(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "acos")?;
    if x.abs() > 1.0 {
        return Err(got(vm, "expected a number in range from -1 up to 1", x));
    }
    Ok(vm.new_float(x.acos()))
}

fn acosh(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "acosh")?;
    if x < 1.0 {
        return Err(got(vm, "expected argument value not less than 1", x));
    }
    Ok(vm.new_float(x.acosh()))
}

fn atanh(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(got(vm, "expected a number between -1 and 1", x));
    }
    Ok(vm.new_float(x.atanh()))
}

fn log1p(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "log1p")?;
    if x <= -1.0 {
        return Err(got(vm, "expected argument value > -1", x));
    }
    Ok(vm.new_float(x.ln_1p()))
}

/// The natural log of a positive number, exact in range for big ints. Ints report a
/// non-positive input without its value; floats include it.
fn ln_of(vm: &Vm, o: &Obj) -> PyResult<f64> {
    if let Some(i) = PyInt::of(o) {
        if i.is_negative() || i.is_zero() {
            return Err(vm.value_error("expected a positive input"));
        }
        let b = i.to_big();
        let bits = b.bits();
        if bits > 1000 {
            let shifted: BigInt = &b >> ((bits - 64) as usize);
            let f = PyInt::from_big(shifted).to_f64().unwrap_or(1.0);
            return Ok(f.ln() + (bits - 64) as f64 * std::f64::consts::LN_2);
        }
        return Ok(i.to_f64().unwrap_or(f64::INFINITY).ln());
    }
    let x = real(vm, o)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(got(vm, "expected a positive input", x));
    }
    Ok(x.ln())
}

fn log(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    let a = args.count(vm, "log", 1, 2)?;
    let x = ln_of(vm, &a[0])?;
    match a.get(1) {
        Some(b) => {
            let lb = ln_of(vm, b)?;
            if lb == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            Ok(vm.new_float(x / lb))
        }
        None => Ok(vm.new_float(x)),
    }
}

fn log_base(vm: &Vm, args: &Args<'_>, name: &str, base: f64) -> PyResult<Obj> {
    let a = fixed(vm, args, name, 1)?;
    if let Some(i) = PyInt::of(&a[0]) {
        if i.bits_over(1000) {
            return Ok(vm.new_float(ln_of(vm, &a[0])? / base.ln()));
        }
    }
    let x = real(vm, &a[0]).and_then(|x| {
        if PyInt::is_int(&a[0]) && x <= 0.0 {
            Err(vm.value_error("expected a positive input"))
        } else {
            Ok(x)
        }
    })?;
    if x <= 0.0 {
        return Err(got(vm, "expected a positive input", x));
    }
    Ok(vm.new_float(if base == 2.0 { x.log2() } else { x.log10() }))
}

trait BitsOver {
    fn bits_over(&self, n: u64) -> bool;
}

impl BitsOver for PyInt {
    fn bits_over(&self, n: u64) -> bool {
        matches!(self, PyInt::Big(b) if b.bits() > n)
    }
}

fn log2(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    log_base(vm, &args, "log2", 2.0)
}

fn log10(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    log_base(vm, &args, "log10", 10.0)
}

fn pow(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (x, y) = two(vm, &args, "pow")?;
    if x.is_finite() && y.is_finite() {
        if x == 0.0 && y < 0.0 {
            return Err(domain(vm));
        }
        if x < 0.0 && y.fract() != 0.0 {
            return Err(domain(vm));
        }
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(vm.new_float(r))
}

fn atan2(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(vm.new_float(y.atan2(x)))
}

fn hypot(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut vals = Vec::new();
    for a in args.pos() {
        vals.push(real(vm, a)?);
    }
    Ok(vm.new_float(norm(&vals)))
}

/// The Euclidean norm (infinities win over NaNs, like CPython).
fn norm(vals: &[f64]) -> f64 {
    if vals.iter().any(|v| v.is_infinite()) {
        return f64::INFINITY;
    }
    vals.iter().fold(0.0f64, |acc, v| acc.hypot(*v))
}

fn dist(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "dist", 2)?;
    let p = vm.collect_iterable(&a[0])?;
    let q = vm.collect_iterable(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push(real(vm, x)? - real(vm, y)?);
    }
    Ok(vm.new_float(norm(&diffs)))
}

fn copysign(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(vm.new_float(x.copysign(y)))
}

fn fmod(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    if (y == 0.0 || x.is_infinite()) && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x % y))
}

fn remainder(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (x, y) = two(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(vm.new_float(x));
    }
    // IEEE 754 remainder (CPython's m_remainder): x - n*y, n the integer nearest x/y with
    // ties to even, computed exactly from fmod.
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(vm.new_float(1.0f64.copysign(x) * r))
}

fn modf(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(vm.new_tuple(vec![vm.new_float(frac), vm.new_float(int)]))
}

/// `frexp`: mantissa in [0.5, 1) and exponent, with x == m * 2**e.
pub(crate) fn frexp_parts(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    if exp_bits == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_parts(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp_bits - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

fn frexp(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "frexp")?;
    let (m, e) = frexp_parts(x);
    Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e)]))
}

/// `x * 2**e` without intermediate overflow or double rounding.
pub(crate) fn ldexp_f(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let e = e.clamp(-2200, 2200);
    let (m, me) = frexp_parts(x);
    let total = me + e;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        return m * 2f64.powi(total as i32);
    }
    // Subnormal result: one rounding step from an exact scaling.
    let scaled = m * 2f64.powi((total + 1074) as i32);
    scaled.round_ties_even() * f64::from_bits(1)
}

fn ldexp(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "ldexp", 2)?;
    let x = real(vm, &a[0])?;
    let Some(i) = PyInt::of(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = i
        .as_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp_f(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(vm.new_float(r))
}

fn nextafter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "nextafter", &["steps"])?;
    let a = args.count(vm, "nextafter", 2, 3)?;
    let (mut x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    let steps = match a.get(2).cloned().or_else(|| args.kw(vm, "steps")) {
        Some(s) if !vm.is_none(&s) => {
            let n = vm.arg_i64(&s)?;
            if n < 0 {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            n
        }
        _ => 1,
    };
    for _ in 0..steps.min(1 << 20) {
        let nx = next_toward(x, y);
        if nx == x || nx.is_nan() {
            x = nx;
            break;
        }
        x = nx;
    }
    Ok(vm.new_float(x))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let x = one(vm, &args, "ulp")?.abs();
    if !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(vm.new_float(x - next_toward(x, 0.0)));
    }
    Ok(vm.new_float(next - x))
}

fn fma(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "fma", 3)?;
    let (x, y, z) = (real(vm, &a[0])?, real(vm, &a[1])?, real(vm, &a[2])?);
    let r = x.mul_add(y, z);
    if r.is_nan() && !(x.is_nan() || y.is_nan() || z.is_nan()) {
        return Err(vm.value_error("invalid operation in fma"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(vm.overflow_error("overflow in fma"));
    }
    Ok(vm.new_float(r))
}

fn isnan(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_bool(one(vm, &args, "isnan")?.is_nan()))
}

fn isinf(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_bool(one(vm, &args, "isinf")?.is_infinite()))
}

fn isfinite(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_bool(one(vm, &args, "isfinite")?.is_finite()))
}

fn isclose(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "isclose", &["rel_tol", "abs_tol"])?;
    let a = args.count(vm, "isclose", 2, 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    let rel = match args.kw(vm, "rel_tol") {
        Some(v) => real(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match args.kw(vm, "abs_tol") {
        Some(v) => real(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(vm.true_.clone());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (x - y).abs();
    Ok(vm.new_bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs_tol))
}

fn floor(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    to_int(vm, &args, "floor", f64::floor, "__floor__")
}

fn ceil(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    to_int(vm, &args, "ceil", f64::ceil, "__ceil__")
}

fn trunc(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = fixed(vm, &args, "trunc", 1)?;
    if PyInt::is_int(&a[0]) || a[0].is::<PyFloat>() {
        return to_int(vm, &args, "trunc", f64::trunc, "__trunc__");
    }
    match vm.lookup_type(a[0].class(), "__trunc__") {
        Some(m) => vm.call_method_obj(&m, &a[0], &[]),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(&a[0])
        ))),
    }
}

fn to_int(vm: &Vm, args: &Args<'_>, name: &str, f: fn(f64) -> f64, dunder: &str) -> PyResult<Obj> {
    let a = fixed(vm, args, name, 1)?;
    if let Some(i) = PyInt::of(&a[0]) {
        return Ok(vm.new_pyint(i.clone()));
    }
    if !a[0].is::<PyFloat>() {
        if let Some(m) = vm.lookup_type(a[0].class(), dunder) {
            return vm.call_method_obj(&m, &a[0], &[]);
        }
    }
    let x = real(vm, &a[0])?;
    let i = crate::types::int::int_from_object(vm, &vm.new_float(f(x)))?;
    Ok(vm.new_pyint(i))
}
