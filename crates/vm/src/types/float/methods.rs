//! `float` methods: is_integer, as_integer_ratio, hex/fromhex and the numeric protocol
//! methods (`__int__`, `__trunc__`, `__floor__`, `__ceil__`, `__round__`, ...).

use crate::objects::*;
use crate::protocol::slots::compare::partial_ordering_holds;
use crate::protocol::slots::{NativeSlots, OpSet, UnaryOp, UnaryOps};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::margs;
use num_bigint::BigInt;
use num_traits::{One, Zero};
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;
use std::cmp::Ordering;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.float.clone();
    for (name, f) in [
        ("is_integer", is_integer as NativeFn),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", hex),
        ("conjugate", plain),
        ("__format__", crate::protocol::format::float_format),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
        ("__getnewargs__", getnewargs),
    ] {
        vm.add_method(&t, name, f);
    }
    vm.add_classmethod(&t, "fromhex", fromhex);
    vm.add_wrapper(&t, "__float__", plain);
    vm.add_wrapper(&t, "__int__", trunc);
    use BinaryOperator::*;
    let ops = OpSet::of(&[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, DivMod]);
    vm.set_native_slots(
        &t,
        NativeSlots {
            bool_: Some(float_bool),
            binary: Some(float_binary),
            binary_left: ops,
            binary_right: ops,
            unary: Some(float_unary),
            unary_ops: UnaryOps::of(&[UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Abs]),
            compare: Some(float_compare),
            repr: Some(float_repr_slot),
            hash: Some(float_hash_slot),
            ..Default::default()
        },
    );
}

/// An operand of float arithmetic: a float, or an int converted (an error when too large).
pub(crate) fn float_operand(vm: &Vm, o: &Obj) -> Option<PyResult<f64>> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Some(Ok(f.0));
    }
    PyInt::of(o).map(|i| {
        i.to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
    })
}

/// `a op b` where either operand is a float and the other a float or an int.
fn float_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    if !(a.is::<PyFloat>() || b.is::<PyFloat>()) {
        return Ok(None);
    }
    match (float_operand(vm, a), float_operand(vm, b)) {
        (Some(x), Some(y)) => crate::protocol::numbers::float_binop(vm, x?, y?, op),
        _ => Ok(None),
    }
}

fn float_unary(vm: &Vm, a: &Obj, op: UnaryOp) -> PyResult<Option<Obj>> {
    let Some(f) = a.downcast_ref::<PyFloat>() else {
        return Ok(None);
    };
    Ok(match op {
        UnaryOp::Neg => Some(vm.new_float(-f.0)),
        UnaryOp::Pos => Some(vm.new_float(f.0)),
        UnaryOp::Abs => Some(vm.new_float(f.0.abs())),
        UnaryOp::Invert => None,
    })
}

/// Float comparisons; an int compares exactly (2**53 + 1 != 2.0**53 + 1), as
/// float_richcompare; NaN is unordered.
fn float_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    use crate::protocol::numbers::int_float_cmp;
    let order = match (a.downcast_ref::<PyFloat>(), b.downcast_ref::<PyFloat>()) {
        (Some(x), Some(y)) => x.0.partial_cmp(&y.0),
        (Some(x), None) => match PyInt::of(b) {
            Some(i) => int_float_cmp(&i, x.0).map(Ordering::reverse),
            None => return Ok(None),
        },
        (None, Some(y)) => match PyInt::of(a) {
            Some(i) => int_float_cmp(&i, y.0),
            None => return Ok(None),
        },
        (None, None) => return Ok(None),
    };
    let r = partial_ordering_holds(op, order);
    Ok(Some(vm.new_bool(r)))
}

fn recv(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let Some(o) = args.values.first() else {
        return Err(vm.type_error(format!("unbound method float.{name}() needs an argument")));
    };
    o.downcast_ref::<PyFloat>().map(|f| f.0).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

fn no_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let v = recv(vm, args, name)?;
    margs(vm, args, format_args!("float.{name}"), 0, 0)?;
    Ok(v)
}

fn is_integer(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "is_integer")?;
    Ok(vm.new_bool(v.is_finite() && v.fract() == 0.0))
}

/// The exact value of a finite float as `(mantissa, exponent)`, value = mantissa * 2**exponent,
/// with the mantissa odd (or zero).
pub(crate) fn float_parts(v: f64) -> (BigInt, i64) {
    let bits = v.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if mant == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += i64::from(tz);
    let m = BigInt::from(mant);
    (if v < 0.0 { -m } else { m }, exp)
}

fn as_integer_ratio(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "as_integer_ratio")?;
    if v.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if v.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = float_parts(v);
    let (n, d) = if e >= 0 {
        (m << (e as usize), BigInt::one())
    } else {
        (m, BigInt::one() << (e.unsigned_abs() as usize))
    };
    Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (subnormals `0x0.<digits>p-1022`).
pub(crate) fn float_hex(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = v.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", exp_bits - 1023)
    }
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "hex")?;
    Ok(vm.new_str(float_hex(v)))
}

/// Parse `float.fromhex` syntax; Err(true) on overflow, Err(false) on bad syntax.
pub(crate) fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |v: f64| if neg { -v } else { v };
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (num, exp) = match body.find('p') {
        Some(k) => (&body[..k], Some(&body[k + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match num.find('.') {
        Some(k) => (&num[..k], &num[k + 1..]),
        None => (num, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut mant = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        mant = mant * 16u32 + d;
    }
    let mut e: i64 = match exp {
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(false);
            }
            // Huge exponents saturate: the value is then 0 or an overflow either way.
            x.parse::<i64>().unwrap_or(if x.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
        None => 0,
    };
    e = e.saturating_sub(4 * frac_part.len() as i64);
    Ok(signed(big_times_pow2(&mant, e).ok_or(true)?))
}

/// `m * 2**e` correctly rounded (half to even) to a float; None on overflow.
fn big_times_pow2(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let len = m.bits() as i64;
    let top = (len - 1).saturating_add(e);
    if top > 1023 {
        return None;
    }
    // Significant bits available at this magnitude (53, fewer for subnormals).
    let bits = if top >= -1022 { 53 } else { top + 1075 };
    if bits <= 0 {
        let half = bits == 0 && *m > (BigInt::one() << ((len - 1) as usize));
        return Some(if half { f64::from_bits(1) } else { 0.0 });
    }
    let shift = len - bits;
    let mut q: u64;
    let mut top = top;
    if shift > 0 {
        let s = shift as usize;
        let quotient: BigInt = m >> s;
        let rem: BigInt = m - (&quotient << s);
        let half = BigInt::one() << (s - 1);
        q = num_traits::ToPrimitive::to_u64(&quotient).unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
    } else {
        q = num_traits::ToPrimitive::to_u64(m).unwrap_or(0) << ((-shift) as u32);
    }
    if top >= -1022 {
        if q == 1u64 << 53 {
            q >>= 1;
            top += 1;
            if top > 1023 {
                return None;
            }
        }
        let exp_field = (top + 1023) as u64;
        Some(f64::from_bits((exp_field << 52) | (q & ((1u64 << 52) - 1))))
    } else {
        // Subnormal: the mantissa field is q itself (a carry into 2**52 gives the smallest
        // normal number, which the same bit pattern represents).
        Some(f64::from_bits(q))
    }
}

fn fromhex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = args
        .values
        .first()
        .cloned()
        .unwrap_or_else(|| vm.types.float.clone());
    let a = margs(vm, &args, "float.fromhex", 1, 1)?;
    let s = PyStr::view(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    let v = parse_hex_float(s.as_str()).map_err(|overflow| {
        if overflow {
            vm.overflow_error("hexadecimal value too large to represent as a float")
        } else {
            vm.value_error("invalid hexadecimal floating-point string")
        }
    })?;
    let f = vm.new_float(v);
    if cls.ptr_eq(&vm.types.float) {
        return Ok(f);
    }
    vm.call(&cls, Args::positional(&[f]))
}

fn plain(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "conjugate")?;
    Ok(vm.new_float(v))
}

/// `bool(f)` (the `bool` slot): nonzero.
fn float_bool(vm: &Vm, obj: &Obj) -> PyResult<bool> {
    Ok(crate::protocol::slots::slot_payload::<PyFloat>(vm, obj)?.0 != 0.0)
}

fn to_int(vm: &Vm, v: f64) -> PyResult<Obj> {
    let i = crate::types::int::int_from_object(vm, &vm.new_float(v))?;
    Ok(vm.new_pyint(i))
}

fn trunc(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "__trunc__")?;
    to_int(vm, v)
}

fn floor(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "__floor__")?;
    to_int(vm, v.floor())
}

fn ceil(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "__ceil__")?;
    to_int(vm, v.ceil())
}

fn round(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    recv(vm, &args, "__round__")?;
    let a = margs(vm, &args, "float.__round__", 0, 1)?;
    crate::builtins::functions::round_float_obj(
        vm,
        crate::protocol::slots::slot_payload::<PyFloat>(vm, &args.values[0])?.0,
        a.first().cloned().filter(|n| !vm.is_none(n)),
    )
}

fn getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let v = no_args(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_float(v)]))
}

/// `repr(f)`: the shortest repr that round-trips.
fn float_repr_slot(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let f = crate::protocol::slots::slot_payload::<PyFloat>(vm, obj)?;
    Ok(vm.new_str(crate::protocol::numbers::float_repr(f.0)))
}

/// `hash(f)`: equal to the hash of an equal int.
fn float_hash_slot(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let f = crate::protocol::slots::slot_payload::<PyFloat>(vm, obj)?;
    Ok(crate::protocol::numbers::float_hash(f.0))
}

/// `real` and `imag` (CPython's `float_getset`).
pub(crate) fn init_getsets(vm: &Vm) {
    use crate::types::descriptor::GetSet;
    vm.add_getsets(
        &vm.types.float.clone(),
        &[
            GetSet("real", float_real, None),
            GetSet("imag", float_imag, None),
        ],
    );
}

fn float_real(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let f = crate::protocol::slots::slot_payload::<PyFloat>(vm, obj)?;
    Ok(vm.new_float(f.0))
}

fn float_imag(vm: &Vm, _obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_float(0.0))
}
