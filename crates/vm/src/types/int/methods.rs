//! `int` methods (also inherited by `bool`): bit operations, byte conversion, the numeric
//! protocol methods (`__index__`, `__float__`, `__round__`, ...).

use crate::objects::*;
use crate::protocol::slots::compare::ordering_holds;
use crate::protocol::slots::{NativeSlots, OpSet, UnaryOp, UnaryOps};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{bind_args, margs};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.int.clone();
    for (name, f) in [
        ("bit_length", bit_length as NativeFn),
        ("bit_count", bit_count),
        ("to_bytes", to_bytes),
        ("conjugate", plain),
        ("as_integer_ratio", as_integer_ratio),
        ("is_integer", is_integer),
        ("__format__", crate::protocol::format::int_format),
        ("__trunc__", plain),
        ("__floor__", plain),
        ("__ceil__", plain),
        ("__round__", round),
        ("__getnewargs__", getnewargs),
    ] {
        vm.add_method(&t, name, f);
    }
    vm.add_classmethod(&t, "from_bytes", from_bytes);
    for (name, f) in [
        ("__index__", plain as NativeFn),
        ("__int__", plain),
        ("__float__", to_float),
    ] {
        vm.add_wrapper(&t, name, f);
    }
    vm.set_native_slots(
        &t,
        NativeSlots {
            bool_: Some(int_bool),
            binary: Some(int_binary),
            binary_left: OpSet::ALL.without(BinaryOperator::MatMul),
            binary_right: OpSet::ALL.without(BinaryOperator::MatMul),
            unary: Some(int_unary),
            unary_ops: UnaryOps::of(&[UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Abs]),
            compare: Some(int_compare),
            repr: Some(int_repr),
            hash: Some(int_hash),
            ..Default::default()
        },
    );
    use BinaryOperator::{And, Or, Xor};
    vm.set_native_slots(
        &vm.types.bool_.clone(),
        NativeSlots {
            binary: Some(bool_binary),
            repr: Some(bool_repr),
            binary_left: OpSet::of(&[And, Or, Xor]),
            binary_right: OpSet::of(&[And, Or, Xor]),
            ..Default::default()
        },
    );
}

/// `a op b` for two ints (`int`'s number slots; either operand may be a bool or a subclass).
pub(crate) fn int_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    match (PyInt::of(a), PyInt::of(b)) {
        (Some(x), Some(y)) => crate::protocol::numbers::int_binop(vm, (a, &x), (b, &y), op),
        _ => Ok(None),
    }
}

/// `&`, `|`, `^` of two bools is a bool; anything else is int arithmetic (CPython's bool_and).
fn bool_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    let is_bool = |o: &Obj| o.class().ptr_eq(&vm.types.bool_);
    if is_bool(a) && is_bool(b) {
        let (x, y) = (a.ptr_eq(&vm.true_), b.ptr_eq(&vm.true_));
        let r = match op {
            BinaryOperator::And => x & y,
            BinaryOperator::Or => x | y,
            BinaryOperator::Xor => x ^ y,
            _ => return int_binary(vm, a, b, op),
        };
        return Ok(Some(vm.new_bool(r)));
    }
    int_binary(vm, a, b, op)
}

fn int_unary(vm: &Vm, a: &Obj, op: UnaryOp) -> PyResult<Option<Obj>> {
    let Some(i) = PyInt::of(a) else {
        return Ok(None);
    };
    Ok(Some(match (op, i) {
        (UnaryOp::Neg, PyInt::Small(v)) if v != i64::MIN => vm.new_int(-v),
        (UnaryOp::Neg, i) => vm.new_bigint(-i.to_big()),
        (UnaryOp::Pos, i) => vm.new_pyint(i),
        (UnaryOp::Invert, PyInt::Small(v)) => vm.new_int(!v),
        (UnaryOp::Invert, i) => vm.new_bigint(!i.to_big()),
        (UnaryOp::Abs, PyInt::Small(v)) if v != i64::MIN => vm.new_int(v.abs()),
        (UnaryOp::Abs, i) => vm.new_bigint(i.to_big().abs()),
    }))
}

fn int_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    if let (Some(x), Some(y)) = (PyInt::small_of(a), PyInt::small_of(b)) {
        return Ok(Some(vm.new_bool(ordering_holds(op, x.cmp(&y)))));
    }
    match (PyInt::of(a), PyInt::of(b)) {
        (Some(x), Some(y)) => Ok(Some(vm.new_bool(ordering_holds(op, x.cmp(&y))))),
        _ => Ok(None),
    }
}

/// The receiver of an int method.
fn recv(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<PyInt> {
    let Some(o) = args.values.first() else {
        return Err(vm.type_error(format!("unbound method int.{name}() needs an argument")));
    };
    PyInt::of(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

fn no_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<PyInt> {
    let i = recv(vm, args, name)?;
    margs(vm, args, format_args!("int.{name}"), 0, 0)?;
    Ok(i)
}

/// The number of bits in `|i|`.
pub(crate) fn int_bit_length(i: &PyInt) -> u64 {
    match i {
        PyInt::Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
        PyInt::Big(b) => b.bits(),
    }
}

fn bit_length(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = no_args(vm, &args, "bit_length")?;
    Ok(vm.new_int(int_bit_length(&i) as i64))
}

fn bit_count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = no_args(vm, &args, "bit_count")?;
    let n: u64 = match i {
        PyInt::Small(v) => u64::from(v.unsigned_abs().count_ones()),
        PyInt::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| u64::from(d.count_ones()))
            .sum(),
    };
    Ok(vm.new_int(n as i64))
}

/// The value as an exact `int` (bools and int subclasses become plain ints).
fn plain(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = recv(vm, &args, "__index__")?;
    margs(vm, &args, "int.__index__", 0, 0)?;
    Ok(vm.new_pyint(i.clone()))
}

fn as_integer_ratio(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = no_args(vm, &args, "as_integer_ratio")?;
    Ok(vm.new_tuple(vec![vm.new_pyint(i.clone()), vm.new_int(1)]))
}

fn is_integer(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    no_args(vm, &args, "is_integer")?;
    Ok(vm.true_.clone())
}

fn to_float(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = no_args(vm, &args, "__float__")?;
    let f = i
        .to_f64()
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
    Ok(vm.new_float(f))
}

/// `bool(i)` (the `bool` slot, also bool's): nonzero.
fn int_bool(vm: &Vm, obj: &Obj) -> PyResult<bool> {
    match PyInt::of(obj) {
        Some(i) => Ok(!i.is_zero()),
        None => Err(vm.type_error(format!("expected an int, got '{}'", vm.type_name(obj)))),
    }
}

fn round(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    recv(vm, &args, "__round__")?;
    let a = margs(vm, &args, "int.__round__", 0, 1)?;
    crate::builtins::functions::round_int_obj(
        vm,
        &recv(vm, &args, "__round__")?,
        a.first().cloned().filter(|n| !vm.is_none(n)),
    )
}

fn getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = no_args(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_pyint(i.clone())]))
}

fn byteorder_arg(vm: &Vm, o: Option<&Obj>, func: &str) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    let s = PyStr::view(o).ok_or_else(|| {
        vm.type_error(format!(
            "{func}() argument 'byteorder' must be str, not {}",
            vm.type_name(o)
        ))
    })?;
    match s.as_str() {
        "big" => Ok(false),
        "little" => Ok(true),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn to_bytes(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let i = recv(vm, &args, "to_bytes")?;
    let a = bind_args(vm, &args, "to_bytes", &["length", "byteorder", "signed"], 0)?;
    let length = match &a[0] {
        Some(l) => vm.arg_i64(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, a[1].as_ref(), "to_bytes")?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let v = i.to_big();
    if !signed && v.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if v.is_zero() {
        Vec::new()
    } else if signed {
        v.to_signed_bytes_be()
    } else {
        v.to_bytes_be().1
    };
    let length = usize::try_from(length).unwrap_or(usize::MAX);
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > (1 << 32) {
        return Err(vm.memory_error());
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

/// The bytes of a bytes-like object or an iterable of ints in range(256).
pub(crate) fn bytes_from_object(vm: &Vm, o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = PyBytes::view(o) {
        return Ok(b.value.to_vec());
    }
    if let Some(b) = o.downcast_ref::<PyByteArray>() {
        return Ok(b.value.borrow().to_vec());
    }
    if PyStr::is_str(o) {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    let mut out = Vec::new();
    for item in vm.collect_iterable(o)? {
        let Some(v) = PyInt::of(&item) else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&item)
            )));
        };
        match v.as_i64().and_then(|v| u8::try_from(v).ok()) {
            Some(b) => out.push(b),
            None => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn from_bytes(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = args
        .values
        .first()
        .cloned()
        .unwrap_or_else(|| vm.types.int.clone());
    let a = bind_args(
        vm,
        &args,
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        1,
    )?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut bytes = bytes_from_object(vm, src)?;
    let little = byteorder_arg(vm, a[1].as_ref(), "from_bytes")?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &bytes)
    };
    let v = vm.new_bigint(v);
    if cls.ptr_eq(&vm.types.int) {
        return Ok(v);
    }
    vm.call(&cls, Args::positional(&[v]))
}

fn int_of(vm: &Vm, obj: &Obj) -> PyResult<PyInt> {
    PyInt::of(obj)
        .ok_or_else(|| vm.type_error(format!("expected an int, got '{}'", vm.type_name(obj))))
}

/// `repr(i)`: decimal digits (limited by `sys.set_int_max_str_digits`).
fn int_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let i = int_of(vm, obj)?;
    Ok(vm.new_str(vm.int_to_decimal(&i)?))
}

/// `hash(i)`: the value modulo the hash modulus, as CPython's.
fn int_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    if let Some(v) = PyInt::small_of(obj) {
        return Ok(PyInt::Small(v).hash());
    }
    Ok(int_of(vm, obj)?.hash())
}

/// `repr(b)`: `True` / `False`.
fn bool_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let i = int_of(vm, obj)?;
    Ok(vm.new_str(if i.is_zero() { "False" } else { "True" }))
}

/// `real`, `imag`, `numerator`, `denominator` (CPython's `int_getset`).
pub(crate) fn init_getsets(vm: &Vm) {
    use crate::types::descriptor::GetSet;
    vm.add_getsets(
        &vm.types.int.clone(),
        &[
            GetSet("real", int_itself, None),
            GetSet("imag", int_zero, None),
            GetSet("numerator", int_itself, None),
            GetSet("denominator", int_one, None),
        ],
    );
}

/// The value as an exact int (a bool's `real` is an int).
fn int_itself(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    match PyInt::of(obj) {
        Some(i) => Ok(vm.new_pyint(i.clone())),
        None => Err(vm.type_error("expected an int")),
    }
}

fn int_zero(vm: &Vm, _obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(0))
}

fn int_one(vm: &Vm, _obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(1))
}
