//! Builtin functions (`print`, `len`, `sorted`, ...), one Rust function each.

use super::sort::merge_sort;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("id", id),
    ("hash", hash),
    ("callable", callable),
    ("iter", iter),
    ("next", next),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("any", any),
    ("all", all),
    ("sorted", sorted),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("format", format),
    ("vars", vars),
    ("dir", dir),
    ("globals", globals),
    ("locals", locals),
    ("input", input),
    ("__build_class__", build_class),
    ("__import__", import),
    ("open", open),
];

fn print(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "print", &["sep", "end", "file", "flush"])?;
    let str_or = |name: &str, default: &str| -> PyResult<String> {
        match args.kw(vm, name) {
            Some(v) if vm.is_none(&v) => Ok(default.to_string()),
            Some(v) => vm.str_value(&v).ok_or_else(|| {
                vm.type_error(format!(
                    "{name} must be None or a string, not {}",
                    vm.type_name(&v)
                ))
            }),
            None => Ok(default.to_string()),
        }
    };
    let sep = str_or("sep", " ")?;
    let end = str_or("end", "\n")?;
    let mut text = String::new();
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.str_string(a)?);
    }
    text.push_str(&end);
    let file = args.kw(vm, "file").filter(|f| !vm.is_none(f));
    let flush = match args.kw(vm, "flush") {
        Some(f) => vm.is_true(&f)?,
        None => false,
    };
    match file {
        Some(f) => {
            vm.call_method(&f, "write", &[vm.new_str(text)])?;
            if flush {
                vm.call_method(&f, "flush", &[])?;
            }
        }
        None => {
            // A replaced sys.stdout (redirect_stdout, a user object) gets the text.
            let redirected = vm
                .dict_get_str(&vm.modules, "sys")
                .and_then(|s| s.downcast_ref::<PyModule>().map(|m| m.dict.clone()))
                .and_then(|d| vm.dict_get_str(&d, "stdout"))
                .filter(|out| !vm.is_real_stdout(out));
            match redirected {
                Some(out) => {
                    vm.call_method(&out, "write", &[vm.new_str(text)])?;
                    if flush {
                        vm.call_method(&out, "flush", &[])?;
                    }
                }
                None => {
                    vm.write_stdout(&text);
                    if flush {
                        vm.flush_stdout();
                    }
                    vm.check_stdout()?;
                }
            }
        }
    }
    Ok(vm.none.clone())
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "len", 1, 1)?;
    Ok(vm.new_int(vm.len(&a[0])? as i64))
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "repr", 1, 1)?;
    vm.repr(&a[0])
}

fn ascii(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "ascii", 1, 1)?;
    vm.ascii(&a[0])
}

fn abs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "abs", 1, 1)?;
    vm.unary(&a[0], crate::protocol::slots::UnaryOp::Abs)
}

/// `isinstance`/`issubclass` second argument: a class or a (nested) tuple of classes.
fn class_matches(vm: &Vm, cls: &Obj, spec: &Obj, func: &str) -> PyResult<bool> {
    if let Some(t) = PyTuple::view(spec) {
        for item in t.to_vec() {
            if class_matches(vm, cls, &item, func)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(u) = crate::types::union::union_members(vm, spec) {
        for item in u {
            if class_matches(vm, cls, &item, func)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !spec.is::<PyType>() {
        return Err(vm.type_error(format!(
            "{func}() arg 2 must be a type, a tuple of types, or a union"
        )));
    }
    Ok(vm.is_subtype(cls, spec))
}

/// A metaclass's `__instancecheck__` / `__subclasscheck__` for `spec`, when its class is not
/// `type` itself (whose own check is the plain one), as `PyObject_IsInstance` looks it up.
fn metaclass_check(vm: &Vm, spec: &Obj, name: &str) -> Option<Obj> {
    if !spec.is::<PyType>() || spec.class().ptr_eq(&vm.types.type_) {
        return None;
    }
    vm.lookup_special(spec, name)
}

/// `isinstance(obj, spec)` / `issubclass(obj, spec)` with the metaclass hooks, tuples and
/// unions taken one entry at a time (`object_recursive_isinstance`).
fn check_with_hooks(vm: &Vm, obj: &Obj, spec: &Obj, instance: bool) -> PyResult<bool> {
    let (func, hook) = if instance {
        ("isinstance", "__instancecheck__")
    } else {
        ("issubclass", "__subclasscheck__")
    };
    if instance && obj.class().ptr_eq(spec) {
        return Ok(true);
    }
    if let Some(t) = PyTuple::view(spec) {
        let _g = vm.enter_recursion_while(&format!("in {func}"))?;
        for item in t.to_vec() {
            if check_with_hooks(vm, obj, &item, instance)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(checker) = metaclass_check(vm, spec, hook) {
        let _g = vm.enter_recursion_while(&format!("in {func}"))?;
        let r = vm.call(&checker, Args::positional(std::slice::from_ref(obj)))?;
        return vm.is_true(&r);
    }
    if instance {
        let mut r = class_matches(vm, obj.class(), spec, func)?;
        if !r {
            // CPython falls back on `obj.__class__` (object_isinstance), which a proxy
            // forwards to its referent and a class may shadow with a class attribute.
            if let Some(p) = obj.downcast_ref::<PyWeakProxy>() {
                if let Some(referent) = p.slot.get() {
                    r = class_matches(vm, referent.class(), spec, func)?;
                }
            } else if spec.is::<PyType>() {
                let claimed = match vm.get_attr_str(obj, "__class__") {
                    Ok(c) => Some(c),
                    Err(e) if vm.exc_matches(&e.exc, "AttributeError") => None,
                    Err(e) => return Err(e),
                };
                if let Some(c) = claimed.filter(|c| c.is::<PyType>() && !c.ptr_eq(obj.class())) {
                    r = vm.is_subtype(&c, spec);
                }
            }
        }
        return Ok(r);
    }
    if !obj.is::<PyType>() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    class_matches(vm, obj, spec, func)
}

fn isinstance(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "isinstance", 2, 2)?;
    Ok(vm.new_bool(check_with_hooks(vm, &a[0], &a[1], true)?))
}

fn issubclass(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "issubclass", 2, 2)?;
    Ok(vm.new_bool(check_with_hooks(vm, &a[0], &a[1], false)?))
}

fn attr_name(vm: &Vm, o: &Obj, _func: &str) -> PyResult<Obj> {
    if PyStr::is_str(o) {
        Ok(o.clone())
    } else {
        Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(o)
        )))
    }
}

fn hasattr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "hasattr")?;
    match vm.get_attr_opt(&a[0], &name) {
        Ok(v) => Ok(vm.new_bool(v.is_some())),
        Err(e) if vm.exc_matches(&e.exc, "AttributeError") => Ok(vm.false_.clone()),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1], "getattr")?;
    match vm.get_attr(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && vm.exc_matches(&e.exc, "AttributeError") => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &a[1], "setattr")?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(vm.none.clone())
}

fn delattr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "delattr")?;
    vm.del_attr(&a[0], &name)?;
    Ok(vm.none.clone())
}

fn id(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "id", 1, 1)?;
    Ok(vm.new_bigint(BigInt::from(a[0].addr())))
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "hash", 1, 1)?;
    Ok(vm.new_int(vm.hash(&a[0])?))
}

fn callable(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "callable", 1, 1)?;
    Ok(vm.new_bool(vm.is_callable(&a[0])))
}

impl Vm {
    /// `callable(o)`.
    pub(crate) fn is_callable(&self, o: &Obj) -> bool {
        // CPython's PyCallable_Check: the type has a call slot.
        self.call_slot(o.class()).is_some()
    }
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Obj::new(
            vm.types.iterator("callable_iterator"),
            PyCallableIter {
                func: std::cell::RefCell::new(Some(a[0].clone())),
                sentinel: a[1].clone(),
            },
        ));
    }
    vm.get_iter(&a[0])
}

fn next(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "next", 1, 2)?;
    if vm.next_slot(a[0].class()).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&a[0])
        )));
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None if a.len() == 2 => Ok(a[1].clone()),
        None => {
            let v = vm.last_stop_value.borrow_mut().take();
            Err(vm.stop_iteration(v.filter(|v| !vm.is_none(v))))
        }
    }
}

fn min_max(vm: &Vm, args: Args<'_>, name: &str, op: Comparison) -> PyResult<Obj> {
    args.only_kw(vm, name, &["key", "default"])?;
    let pos = args.pos();
    let key = args.kw(vm, "key").filter(|k| !vm.is_none(k));
    let default = args.kw(vm, "default");
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Obj, Obj)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((item, k)),
            Some((bi, bk)) => {
                let r = vm.rich_compare(&k, &bk, op)?;
                if vm.is_true(&r)? {
                    Some((item, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((item, _)) => Ok(item),
        None => {
            default.ok_or_else(|| vm.value_error(format!("{name}() iterable argument is empty")))
        }
    }
}

fn min(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    min_max(vm, args, "min", Comparison::Lt)
}

fn max(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    min_max(vm, args, "max", Comparison::Gt)
}

fn sum(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "sum", &["start"])?;
    let a = args.count(vm, "sum", 1, 2)?;
    let mut acc = match (a.get(1), args.kw(vm, "start")) {
        (Some(s), _) => s.clone(),
        (None, Some(s)) => s,
        (None, None) => vm.new_int(0),
    };
    if PyStr::is_str(&acc) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if PyBytes::is_bytes(&acc) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    // CPython 3.12+ adds floats with compensated (Neumaier) summation: once the running
    // total is a float, float and int items accumulate in (total, compensation).
    let iter = vm.get_iter(&a[0])?;
    let exact = |o: &Obj, t: &Obj| o.class().ptr_eq(t);
    let mut float_acc: Option<(f64, f64)> = None;
    while let Some(v) = vm.next(&iter)? {
        if float_acc.is_none() && exact(&v, &vm.types.float) {
            if let Some(PyInt::Small(i)) = PyInt::of(&acc).filter(|_| exact(&acc, &vm.types.int)) {
                float_acc = Some((i as f64, 0.0));
            } else if let Some(f) = acc
                .downcast_ref::<PyFloat>()
                .filter(|_| exact(&acc, &vm.types.float))
            {
                float_acc = Some((f.0, 0.0));
            }
        }
        if let Some((total, comp)) = float_acc.as_mut() {
            let x = if let Some(f) = v
                .downcast_ref::<PyFloat>()
                .filter(|_| exact(&v, &vm.types.float))
            {
                Some(f.0)
            } else if let Some(PyInt::Small(i)) = PyInt::of(&v).filter(|_| exact(&v, &vm.types.int))
            {
                Some(i as f64)
            } else {
                None
            };
            match x {
                Some(x) => {
                    crate::protocol::numbers::compensated_add(total, comp, x);
                    continue;
                }
                None => {
                    acc = vm.new_float(crate::protocol::numbers::compensated_result(*total, *comp));
                    float_acc = None;
                }
            }
        }
        acc = vm.binary_op(&acc, &v, BinaryOperator::Add, false)?;
    }
    if let Some((total, comp)) = float_acc {
        acc = vm.new_float(crate::protocol::numbers::compensated_result(total, comp));
    }
    Ok(acc)
}

fn any(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "any", 1, 1)?;
    let iter = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&iter)? {
        if vm.is_true(&v)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn all(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "all", 1, 1)?;
    let iter = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&iter)? {
        if !vm.is_true(&v)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// Sort a vector the way `list.sort(key=, reverse=)` does.
pub(crate) fn sort_items(
    vm: &Vm,
    items: Vec<Obj>,
    key: Option<Obj>,
    reverse: bool,
) -> PyResult<Vec<Obj>> {
    let mut keyed: Vec<(Obj, Obj)> = Vec::with_capacity(items.len());
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        keyed.push((k, item));
    }
    if reverse {
        keyed.reverse();
    }
    merge_sort(&mut keyed, &mut |a, b| {
        let r = vm.rich_compare(&a.0, &b.0, Comparison::Lt)?;
        vm.is_true(&r)
    })?;
    if reverse {
        keyed.reverse();
    }
    Ok(keyed.into_iter().map(|(_, v)| v).collect())
}

fn sorted(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "sorted", &["key", "reverse"])?;
    let a = args.pos();
    if a.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.len())));
    }
    let items = vm.collect_iterable(&a[0])?;
    let key = args.kw(vm, "key").filter(|k| !vm.is_none(k));
    let reverse = match args.kw(vm, "reverse") {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    Ok(vm.new_list(sort_items(vm, items, key, reverse)?))
}

fn chr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "chr", 1, 1)?;
    let i = vm.arg_i64(&a[0]).map_err(|e| {
        if vm.exc_matches(&e.exc, "OverflowError") {
            vm.overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None if (0xd800..0xe000).contains(&i) => {
            Err(vm.value_error("ouro strings cannot hold lone surrogates"))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "ord", 1, 1)?;
    if let Some(s) = PyStr::view(&a[0]) {
        let n = s.char_len();
        if n != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {n} found"
            )));
        }
        return Ok(vm.new_int(s.char_at(0).map(|c| c as i64).unwrap_or(0)));
    }
    if let Some(b) = PyBytes::view(&a[0]) {
        if b.value.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.value.len()
            )));
        }
        return Ok(vm.new_int(b.value[0] as i64));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(&a[0])
    )))
}

fn int_arg(vm: &Vm, o: &Obj) -> PyResult<BigInt> {
    vm.arg_index(o)
}

fn radix(vm: &Vm, args: Args<'_>, name: &str, base: u32, prefix: &str) -> PyResult<Obj> {
    let a = args.exact(vm, name, 1, 1)?;
    let v = int_arg(vm, &a[0])?;
    let sign = if v.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{}", v.abs().to_str_radix(base))))
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    radix(vm, args, "bin", 2, "0b")
}

fn divmod(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("divmod() takes no keyword arguments"));
    }
    if args.pos().len() != 2 {
        return Err(vm.type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.pos().len()
        )));
    }
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    vm.binary_op(a, b, BinaryOperator::DivMod, false)
}

/// `pow(base, exp, mod=None)`, by position or keyword.
fn pow_args(vm: &Vm, args: &Args<'_>) -> PyResult<Vec<Obj>> {
    args.only_kw(vm, "pow", &["base", "exp", "mod"])?;
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "pow expected at most 3 arguments, got {}",
            pos.len() + args.kwnames.len()
        )));
    }
    let mut vals: Vec<Option<Obj>> = (0..3).map(|i| pos.get(i).cloned()).collect();
    for (i, name) in ["base", "exp", "mod"].iter().enumerate() {
        if let Some(v) = args.kw(vm, name) {
            if vals[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for pow() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            vals[i] = Some(v);
        }
    }
    let mut out = Vec::with_capacity(3);
    for (i, (v, name)) in vals.into_iter().zip(["base", "exp", "mod"]).enumerate() {
        match v {
            Some(v) => out.push(v),
            None if i < 2 => {
                return Err(vm.type_error(format!(
                    "pow() missing required argument '{name}' (pos {})",
                    i + 1
                )))
            }
            None => {}
        }
    }
    Ok(out)
}

/// Three-argument `pow` of objects that are not all ints: `base.__pow__(exp, mod)`, then (3.14)
/// `exp.__rpow__(base, mod)`, the right one first for a proper subclass.
fn ternary_pow(vm: &Vm, a: &[Obj]) -> PyResult<Obj> {
    let extra = std::slice::from_ref(&a[2]);
    if let Some(r) = vm.dunder_binary(&a[0], &a[1], "__pow__", "__rpow__", extra)? {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(&a[0]),
        vm.type_name(&a[1]),
        vm.type_name(&a[2])
    )))
}

fn pow(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = pow_args(vm, &args)?;
    if a.len() == 3 && !vm.is_none(&a[2]) {
        if !a.iter().all(PyInt::is_int) {
            if a.iter().all(|x| PyInt::is_int(x) || x.is::<PyFloat>()) {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            return ternary_pow(vm, &a);
        }

        let (b, e, m) = (
            int_arg(vm, &a[0])?,
            int_arg(vm, &a[1])?,
            int_arg(vm, &a[2])?,
        );
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let r = if e.is_negative() {
            let inv = mod_inverse(&b, &m)
                .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
            inv.modpow(&(-e), &m.abs())
        } else {
            b.modpow(&e, &m.abs())
        };
        let mut r = r;
        if m.is_negative() && !r.is_zero() {
            r += &m;
        }
        return Ok(vm.new_bigint(r));
    }
    vm.binary_op(&a[0], &a[1], BinaryOperator::Pow, false)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn round(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "round", &["number", "ndigits"])?;
    let a = args.count(vm, "round", 1, 2)?;
    let x = &a[0];
    let nd = a
        .get(1)
        .cloned()
        .or_else(|| args.kw(vm, "ndigits"))
        .filter(|n| !vm.is_none(n));
    // Exact floats and ints round here; anything else (a subclass may override it) through
    // its `__round__`.
    let exact = |t: &Obj| x.class().ptr_eq(t);
    if let Some(f) = x
        .downcast_ref::<PyFloat>()
        .filter(|_| exact(&vm.types.float))
    {
        return round_float_obj(vm, f.0, nd);
    }
    if let Some(i) = PyInt::of(x).filter(|_| exact(&vm.types.int) || exact(&vm.types.bool_)) {
        return round_int_obj(vm, &i, nd);
    }
    match vm.lookup_type(x.class(), "__round__") {
        Some(f) => vm.call_method_obj(&f, x, &nd.into_iter().collect::<Vec<_>>()),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        ))),
    }
}

/// `round(x, n)` for floats: correctly rounded via the decimal representation.
fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 320 {
        return x;
    }
    if n < -320 {
        return 0.0 * x;
    }
    if n >= 0 {
        let s = format!("{x:.*}", n as usize);
        // Rust rounds half to even on the exact binary value, as CPython's dtoa does.
        s.parse().unwrap_or(x)
    } else {
        let p = 10f64.powi((-n) as i32);
        let y = x / p;
        let r = y.round_ties_even();
        let r = if (y - y.trunc()).abs() == 0.5 {
            r
        } else {
            y.round()
        };
        r * p
    }
}

fn format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => vm.arg_str(s, "format", "2")?,
        None => String::new(),
    };
    vm.format(&a[0], &spec)
}

fn vars(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "vars", 0, 1)?;
    if a.is_empty() {
        return locals(vm, args);
    }
    match vm.get_attr_opt(&a[0], &vm.intern("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "dir", 0, 1)?;
    let names = match a.first() {
        None => {
            let g = vm.current_locals()?;
            vm.collect_iterable(&g)?
        }
        Some(o) => match vm
            .lookup_type(o.class(), "__dir__")
            .filter(|f| !f.is::<PyMethodDescr>())
        {
            Some(f) => {
                let r = vm.call_method_obj(&f, o, &[])?;
                vm.collect_iterable(&r)?
            }
            None => vm.dir_names(o)?,
        },
    };
    Ok(vm.new_list(sort_items(vm, names, None, false)?))
}

fn globals(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    vm.current_globals()
}

fn locals(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    vm.current_locals()
}

fn input(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "input", 0, 1)?;
    let prompt = match a.first() {
        Some(p) => vm.str_string(p)?,
        None => String::new(),
    };
    if !crate::interactive::has_input_hook() {
        vm.write_stdout(&prompt);
    }
    vm.flush_stdout();
    if let Some(read) = crate::interactive::read_input_line(&prompt) {
        return match read {
            crate::interactive::InputLine::Line(line) => Ok(vm.new_str(line)),
            crate::interactive::InputLine::Eof => {
                Err(vm.new_error("EOFError", "EOF when reading a line".into()))
            }
            crate::interactive::InputLine::Interrupted => {
                let cls = vm.exc_type("KeyboardInterrupt");
                let exc = vm.new_exception(&cls, Vec::new());
                Err(vm.raise(exc))
            }
        };
    }
    match vm.read_stdin_line()? {
        None => Err(vm.new_error("EOFError", "EOF when reading a line".into())),
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
    }
}

fn build_class(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    vm.build_class(args)
}

fn import(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.count(vm, "__import__", 1, 5)?;
    let name = vm.arg_str(&a[0], "__import__", "1")?;
    let fromlist = a.get(3).cloned().unwrap_or_else(|| vm.none.clone());
    let level = a.get(4).cloned().unwrap_or_else(|| vm.new_int(0));
    let globals = a
        .get(1)
        .cloned()
        .filter(|g| g.is::<PyDict>())
        .unwrap_or_else(|| vm.new_dict());
    vm.import_name(&name, &fromlist, &level, &globals)
}

fn open(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::modules::io::open(vm, args)
}

#[allow(dead_code)]
fn to_f64(vm: &Vm, o: &Obj) -> PyResult<f64> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Ok(f.0);
    }
    if let Some(i) = PyInt::of(o) {
        return i
            .to_big()
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(o))))
}

/// `round(f[, ndigits])` of a float value (`float.__round__`).
pub(crate) fn round_float_obj(vm: &Vm, v: f64, nd: Option<Obj>) -> PyResult<Obj> {
    match nd {
        None => {
            let r = v.round_ties_even();
            if !r.is_finite() {
                return Err(if r.is_nan() {
                    vm.value_error("cannot convert float NaN to integer")
                } else {
                    vm.overflow_error("cannot convert float infinity to integer")
                });
            }
            Ok(vm.new_bigint(BigInt::from(r as i128)))
        }
        Some(n) => {
            let n = vm.arg_i64(&n)?;
            Ok(vm.new_float(round_float(v, n)))
        }
    }
}

/// `round(i[, ndigits])` of an int value (`int.__round__`).
pub(crate) fn round_int_obj(vm: &Vm, i: &PyInt, nd: Option<Obj>) -> PyResult<Obj> {
    match nd {
        None => Ok(vm.new_pyint(i.clone())),
        Some(n) => {
            let n = vm.arg_i64(&n)?;
            if n >= 0 {
                return Ok(vm.new_pyint(i.clone()));
            }
            let p = BigInt::from(10).pow((-n) as u32);
            let v = i.to_big();
            use num_integer::Integer;
            let (q, r) = v.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(vm.new_bigint(q * p))
        }
    }
}
