//! `__new__` (and `__init__` for mutable containers) of the builtin types: the constructors
//! `int(...)`, `list(...)`, `object()`, `type(name, bases, dict)`, ...
//!
//! Each receives the class being instantiated as its first argument, so subclasses of builtin
//! types get the builtin payload with their own class.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::Num;
use ouro_memory::{ItemVec, Obj};

pub(crate) fn init(vm: &Vm) {
    let t = &vm.types;
    vm.add_method(&t.object, "__new__", object_new);
    vm.add_method(&t.type_, "__new__", type_new);
    vm.add_method(&t.type_, "__init__", type_init);
    vm.add_method(&t.none_type, "__new__", singleton_new);
    vm.add_method(&t.not_implemented_type, "__new__", singleton_new);
    vm.add_method(&t.ellipsis_type, "__new__", singleton_new);
    vm.add_method(&t.int, "__new__", int_new);
    vm.add_method(&t.bool_, "__new__", bool_new);
    vm.add_method(&t.float, "__new__", float_new);
    vm.add_method(&t.str, "__new__", str_new);
    vm.add_method(&t.bytes, "__new__", bytes_new);
    vm.add_method(&t.list, "__new__", list_new);
    vm.add_method(&t.list, "__init__", list_init);
    vm.add_method(&t.tuple, "__new__", tuple_new);
    vm.add_method(&t.dict, "__new__", dict_new);
    vm.add_method(&t.dict, "__init__", dict_init);
    vm.add_method(&t.set, "__new__", set_new);
    vm.add_method(&t.set, "__init__", set_init);
    vm.add_method(&t.frozenset, "__new__", frozenset_new);
    vm.add_method(&t.slice, "__new__", slice_new);
    vm.add_method(&t.method, "__new__", method_new);
    vm.add_method(
        &t.iterator("enumerate"),
        "__new__",
        crate::builtins::iterators::enumerate_new,
    );
    vm.add_method(
        &t.iterator("zip"),
        "__new__",
        crate::builtins::iterators::zip_new,
    );
    vm.add_method(
        &t.iterator("map"),
        "__new__",
        crate::builtins::iterators::map_new,
    );
    vm.add_method(
        &t.iterator("filter"),
        "__new__",
        crate::builtins::iterators::filter_new,
    );
    vm.add_method(
        &t.iterator("reversed"),
        "__new__",
        crate::builtins::iterators::reversed_new,
    );
}

pub(crate) fn cls_arg<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Obj> {
    args.values
        .first()
        .filter(|c| c.is::<PyType>())
        .ok_or_else(|| vm.type_error("__new__(X): X is not a type object"))
}

/// `object.__new__(cls)`: an instance of the payload kind `cls` inherits.
pub(crate) fn object_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    let layout = cls
        .downcast_ref::<PyType>()
        .map(|t| t.layout)
        .unwrap_or(Layout::Object);
    Ok(match layout {
        Layout::Exception => Obj::new(cls, PyException::new(vm.empty_tuple.clone())),
        // A bare `object()` is the header alone, untracked, as in CPython.
        Layout::Object if cls.ptr_eq(&vm.types.object) => Obj::new(cls, PyBaseObject),
        Layout::Object => PyInstance::new_obj(cls),
        // Another builtin layout: its own constructor must build it (CPython's
        // `tp_new_wrapper` check). The message names the first class of the MRO whose
        // `__new__` is not a Python override (CPython's "static base").
        _ => {
            let t = cls.downcast_ref::<PyType>();
            if t.is_some_and(|t| t.builtin && !t.subclassable) {
                return Err(vm.type_error(format!(
                    "cannot create '{}' instances",
                    vm.type_name_of_type(&cls)
                )));
            }
            let base = t
                .and_then(|t| {
                    t.mro().into_iter().find(|b| {
                        b.downcast_ref::<PyType>().is_some_and(|b| {
                            b.builtin || b.dict.borrow().get_str("__new__").is_none()
                        })
                    })
                })
                .unwrap_or_else(|| cls.clone());
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                vm.type_name_of_type(&cls),
                vm.type_name_of_type(&base)
            )));
        }
    })
}

fn type_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(pos[1].class().clone());
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = &pos[0];
    let name = vm.arg_str(&pos[1], "type.__new__", "1")?;
    let bases = match PyTuple::view(&pos[2]) {
        Some(t) => t.to_vec(),
        None => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(&pos[2])
            )))
        }
    };
    if !pos[3].is::<PyDict>() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[3])
        )));
    }
    let kw_values: Vec<Obj> = args.kwargs().map(|(_, v)| v.clone()).collect();
    vm.create_class(
        meta,
        &name,
        bases,
        &pos[3],
        Args::new(&kw_values, args.kwnames),
    )
}

fn type_init(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.none.clone())
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton (CPython's
/// `none_new` and friends).
fn singleton_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    if args.pos().len() > 1 || args.has_kwargs() {
        return Err(vm.type_error(format!("{} takes no arguments", vm.type_name_of_type(&cls))));
    }
    Ok(if cls.ptr_eq(&vm.types.none_type) {
        vm.none.clone()
    } else if cls.ptr_eq(&vm.types.not_implemented_type) {
        vm.not_implemented.clone()
    } else {
        vm.ellipsis.clone()
    })
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
    if let Some(i) = PyInt::of(x) {
        // A subclass that overrides `__int__` is asked (PyNumber_Long uses the nb_int slot).
        if !x.class().ptr_eq(&vm.types.int) && !x.class().ptr_eq(&vm.types.bool_) {
            if let Some(f) = vm.lookup_type(x.class(), "__int__") {
                if !f.is::<PyMethodDescr>() {
                    return int_from_dunder(vm, x, &f, "__int__");
                }
            }
        }
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
    if let Some(i) = PyInt::of(x) {
        return i
            .to_f64()
            .map(Some)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
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

fn str_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "str", &["object", "encoding", "errors"])?;
    let cls = cls_arg(vm, &args)?.clone();
    let pos = &args.pos()[1..];
    let obj = pos.first().cloned().or_else(|| args.kw(vm, "object"));
    let encoding = pos.get(1).cloned().or_else(|| args.kw(vm, "encoding"));
    let s = match (obj, encoding) {
        (None, _) => String::new(),
        (Some(o), Some(_)) => match PyBytes::view(&o) {
            Some(b) => String::from_utf8(b.value.to_vec()).map_err(|e| {
                vm.new_error(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte",
                        b.value[e.utf8_error().valid_up_to()],
                        e.utf8_error().valid_up_to()
                    ),
                )
            })?,
            None => {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&o)
                )))
            }
        },
        (Some(o), None) => vm.str_string(&o)?,
    };
    if cls.ptr_eq(&vm.types.str) {
        return Ok(vm.new_str(s));
    }
    Ok(PyStr::new_obj(cls, &s))
}

fn bytes_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    let value = super::bytearray::bytes_ctor_data(vm, &args)?;
    Ok(PyBytes::new_obj(cls, &value))
}

fn list_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PyList::default()))
}

fn list_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "list", 1, 2)?;
    let items = match a.get(1) {
        Some(x) => vm.collect_iterable(x)?,
        None => Vec::new(),
    };
    if let Some(l) = a[0].downcast_ref::<PyList>() {
        // CPython's list.__init__ clears the list and extends it (list_extend decides the
        // capacity).
        let mut storage = ItemVec::new();
        storage.try_extend(items).map_err(|_| vm.memory_error())?;
        let old = l.items.replace(storage);
        drop(old);
    }
    Ok(vm.none.clone())
}

fn tuple_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "tuple", 1, 2)?;
    let cls = a[0].clone();
    let items = match a.get(1) {
        Some(x) => {
            if x.class().ptr_eq(&vm.types.tuple) && cls.ptr_eq(&vm.types.tuple) {
                return Ok(x.clone());
            }
            vm.collect_iterable(x)?
        }
        None => Vec::new(),
    };
    if cls.ptr_eq(&vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(PyTuple::new_obj(cls, items))
}

fn dict_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PyDict::new()))
}

fn dict_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.count(vm, "dict", 1, 2)?;
    let d = &a[0];
    if let Some(src) = a.get(1) {
        crate::types::dict::dict_update_from(vm, d, src)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set_item(d, k.clone(), v.clone())?;
    }
    Ok(vm.none.clone())
}

fn set_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PySet::default()))
}

fn set_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "set", 1, 2)?;
    // `s.__init__(it)` on an existing set starts it over (CPython's set_init clears it).
    if let Some(s) = a[0].downcast_ref::<PySet>() {
        let old = std::mem::take(&mut *s.table.borrow_mut());
        drop(old);
    }
    if let Some(x) = a.get(1) {
        vm.set_update(&a[0], x)?;
    }
    Ok(vm.none.clone())
}

fn frozenset_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "frozenset", 1, 2)?;
    let s = vm.new_instance_of(a[0].clone(), PySet::default());
    if let Some(x) = a.get(1) {
        vm.set_update(&s, x)?;
    }
    Ok(s)
}

fn slice_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "slice", 2, 4)?;
    let none = vm.none.clone();
    let (start, stop, step) = match a.len() {
        2 => (none.clone(), a[1].clone(), none),
        3 => (a[1].clone(), a[2].clone(), none),
        _ => (a[1].clone(), a[2].clone(), a[3].clone()),
    };
    Ok(vm.new_slice(start, stop, step))
}

/// `types.MethodType(func, obj)`: a bound method.
fn method_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "method", 3, 3)?;
    if !vm.is_callable(&a[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if vm.is_none(&a[2]) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Obj::new(
        vm.types.method.clone(),
        PyBoundMethod {
            func: a[1].clone(),
            self_: a[2].clone(),
        },
    ))
}
