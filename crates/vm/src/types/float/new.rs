//! The constructors of `float` (`__new__`) and the conversions they are built on.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Register the constructor in the type's dict.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.float, float_new);
    vm.add_classmethod(&t.float, "from_number", float_from_number_method);
    vm.add_classmethod(&t.float, "__getformat__", float_getformat);
}

/// `float.from_number(x)` (3.14): a real number as a float, strings refused.
fn float_from_number_method(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = crate::types::str::margs(vm, &args, "float.from_number", 1, 1)?;
    let cls = args.pos()[0].clone();
    let v = float_from_number(vm, &a[0])?.ok_or_else(|| {
        vm.type_error(format!("must be real number, not {}", vm.type_name(&a[0])))
    })?;
    if cls.ptr_eq(&vm.types.float) {
        return Ok(vm.new_float(v));
    }
    vm.call(&cls, Args::positional(&[vm.new_float(v)]))
}

/// `float.__getformat__('double')`: how the machine stores floats.
fn float_getformat(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = crate::types::str::margs(vm, &args, "float.__getformat__", 1, 1)?;
    let Some(kind) = PyStr::view(&a[0]) else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    match kind.value {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

/// `float(x)`.
fn float_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "float", 1, 2)?;
    let cls = a[0].clone();
    let v = match a.get(1) {
        None => 0.0,
        Some(x) => float_from_object(vm, x)?,
    };
    if cls.ptr_eq(&vm.types.float) {
        return Ok(vm.new_float(v));
    }
    Ok(vm.new_instance_of(cls, PyFloat(v)))
}

pub(crate) fn float_from_object(vm: &Vm, x: &Obj) -> PyResult<f64> {
    // A float subclass that overrides `__float__` is asked (PyNumber_Float uses nb_float).
    if x.is::<PyFloat>() && !x.class().ptr_eq(&vm.types.float) {
        if let Some(f) = vm.lookup_type(x.class(), "__float__") {
            if !f.is::<PyMethodDescr>() {
                return float_from_dunders(vm, x).map(|v| v.unwrap_or(f64::NAN));
            }
        }
    }
    if let Some(s) = PyStr::view(x) {
        return parse_float(s.value).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                crate::protocol::repr::str_repr(s.value)
            ))
        });
    }
    float_from_number(vm, x)?.ok_or_else(|| {
        vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(x)
        ))
    })
}

/// A number as a float: floats, ints and objects with `__float__`/`__index__` (None for
/// anything else, so callers can raise their own TypeError).
pub(crate) fn float_from_number(vm: &Vm, x: &Obj) -> PyResult<Option<f64>> {
    if let Some(f) = x.downcast_ref::<PyFloat>() {
        return Ok(Some(f.0));
    }
    // An int subclass may override `__float__` (PyFloat_AsDouble asks nb_float).
    let exact_int = x.class().ptr_eq(&vm.types.int) || x.class().ptr_eq(&vm.types.bool_);
    if let Some(i) = PyInt::of(x).filter(|_| exact_int) {
        return i
            .to_f64()
            .map(Some)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    float_from_dunders(vm, x)
}

/// `x.__float__()` (or `x.__index__()`) as a float; None when it has neither.
fn float_from_dunders(vm: &Vm, x: &Obj) -> PyResult<Option<f64>> {
    for name in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_type(x.class(), name) {
            let r = vm.call_method_obj(&f, x, &[])?;
            if let Some(v) = r.downcast_ref::<PyFloat>() {
                return Ok(Some(v.0));
            }
            if let Some(i) = PyInt::of(&r) {
                return i
                    .to_f64()
                    .map(Some)
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
            }
            return Err(vm.type_error(format!(
                "{}.{name} returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            )));
        }
    }
    Ok(None)
}

/// Python's float literal syntax for `float(str)`.
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with('_')
                || body.ends_with('_')
                || body.contains("__")
                || !body
                    .chars()
                    .all(|c| c.is_ascii_digit() || "._eE+-".contains(c))
            {
                return None;
            }
            let clean: String = body.chars().filter(|c| *c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}
