//! The constructors of `int` (`__new__`) and the conversions they are built on.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::object::cls_arg;
use num_bigint::BigInt;
use num_traits::Num;
use ouro_memory::Obj;

/// Register the constructors in the types' dicts.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    for (ty, f) in [(&t.int, int_new as NativeFn), (&t.bool_, bool_new)] {
        vm.add_new(ty, f);
    }
}

/// `int(x=0)`, `int(x, base=10)`.
fn int_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "int", &["base"])?;
    let cls = cls_arg(vm, &args)?.clone();
    let pos = &args.pos()[1..];
    let base_kw = args.kw(vm, "base");
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let base = pos.get(1).cloned().or(base_kw);
    let value = match (pos.first(), &base) {
        (None, None) => PyInt::Small(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), Some(b)) => {
            let b = vm.arg_i64(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = if let Some(s) = PyStr::view(x) {
                s.value.to_string()
            } else if let Some(bs) = PyBytes::view(x) {
                String::from_utf8_lossy(bs.value).into_owned()
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            parse_int(vm, &s, b as u32)?
        }
        (Some(x), None) => int_from_object(vm, x)?,
    };
    if cls.ptr_eq(&vm.types.int) {
        return Ok(vm.new_pyint(value));
    }
    Ok(value.new_obj(cls))
}

/// The int an `__int__`/`__index__` method returns (it must be an int).
fn int_from_dunder(vm: &Vm, x: &Obj, f: &Obj, name: &str) -> PyResult<PyInt> {
    let r = vm.call_method_obj(f, x, &[])?;
    PyInt::of(&r).ok_or_else(|| {
        vm.type_error(format!(
            "{name} returned non-int (type {})",
            vm.type_name(&r)
        ))
    })
}

pub(crate) fn int_from_object(vm: &Vm, x: &Obj) -> PyResult<PyInt> {
    let cls = x.class();
    let builtin_class = [
        &vm.types.int,
        &vm.types.bool_,
        &vm.types.float,
        &vm.types.str,
    ]
    .iter()
    .any(|t| cls.ptr_eq(t));
    if !builtin_class {
        // A subclass that overrides `__int__` is asked (PyNumber_Long uses the nb_int slot).
        if let Some(f) = vm.lookup_type(cls, "__int__") {
            if !f.is::<PyMethodDescr>() {
                return int_from_dunder(vm, x, &f, "__int__");
            }
        }
    }
    if let Some(i) = PyInt::of(x) {
        return Ok(i.clone());
    }
    if let Some(f) = x.downcast_ref::<PyFloat>() {
        if f.0.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.0.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(PyInt::from_big(float_to_big(f.0.trunc())));
    }
    if let Some(s) = PyStr::view(x) {
        return parse_int(vm, s.value, 10);
    }
    if let Some(b) = PyBytes::view(x) {
        return parse_int(vm, &String::from_utf8_lossy(b.value), 10);
    }
    // (3.14 no longer falls back on `__trunc__`.)
    for name in ["__int__", "__index__"] {
        if let Some(f) = vm.lookup_type(x.class(), name) {
            return int_from_dunder(vm, x, &f, name);
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn float_to_big(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    // Exact conversion of a large float: mantissa * 2**exponent.
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let v = BigInt::from(mant) << (exp as usize);
    if f < 0.0 {
        -v
    } else {
        v
    }
}

/// Parse an int literal the way `int(str, base)` does (underscores, whitespace, prefixes).
pub(crate) fn parse_int(vm: &Vm, s: &str, base: u32) -> PyResult<PyInt> {
    let err = || {
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::protocol::repr::str_repr(s)
        ))
    };
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = {
        let prefixed = |p: &str, b: u32| -> Option<(u32, &str)> {
            if (base == b || base == 0) && lower.starts_with(p) {
                Some((b, &body[2..]))
            } else {
                None
            }
        };
        if let Some(x) = prefixed("0x", 16)
            .or_else(|| prefixed("0o", 8))
            .or_else(|| prefixed("0b", 2))
        {
            (x.0, x.1.strip_prefix('_').unwrap_or(x.1))
        } else if base == 0 {
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_')
            {
                return Err(err());
            }
            (10, body)
        } else {
            (base, body)
        }
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return Err(err());
    }
    vm.check_int_parse_digits(clean.len(), base)?;
    let v = BigInt::from_str_radix(&clean, base).map_err(|_| err())?;
    Ok(PyInt::from_big(if neg { -v } else { v }))
}

fn bool_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "bool", 1, 2)?;
    match a.get(1) {
        Some(x) => Ok(vm.new_bool(vm.is_true(x)?)),
        None => Ok(vm.false_.clone()),
    }
}
