//! The `sys` module.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
    ("setrecursionlimit", setrecursionlimit),
    ("getrefcount", getrefcount),
    ("getsizeof", getsizeof),
    ("getallocatedblocks", getallocatedblocks),
    ("_debugmallocstats", debugmallocstats),
    ("exception", exception),
    ("exc_info", exc_info),
    ("is_finalizing", is_finalizing),
    ("intern", intern),
    ("unraisablehook", unraisablehook),
    ("__unraisablehook__", unraisablehook),
    ("excepthook", excepthook),
    ("__excepthook__", excepthook),
];

/// Create `sys` (called once at startup, before any code runs).
pub(crate) fn create(vm: &Vm, argv: &[String], path0: &str) -> Obj {
    let m = super::module_with_functions(vm, "sys", FUNCTIONS);
    let d = m
        .downcast_ref::<PyModule>()
        .map(|m| m.dict.clone())
        .expect("module");
    let argv = argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    vm.dict_set_str(&d, "argv", vm.new_list(argv));
    vm.dict_set_str(&d, "path", vm.new_list(vec![vm.new_str(path0)]));
    vm.dict_set_str(&d, "modules", vm.modules.clone());
    vm.dict_set_str(&d, "maxsize", vm.new_int(i64::MAX));
    vm.dict_set_str(&d, "byteorder", vm.new_str("little"));
    vm.dict_set_str(&d, "platform", vm.new_str("linux"));
    vm.dict_set_str(
        &d,
        "version",
        vm.new_str(format!("3.14.2 (ouro {})", env!("CARGO_PKG_VERSION"))),
    );
    vm.dict_set_str(&d, "hexversion", vm.new_int(0x030e_02f0));
    vm.dict_set_str(&d, "float_repr_style", vm.new_str("short"));
    // The modules compiled into ouro as Rust (crate::modules), as CPython lists its C ones.
    let builtin_names = [
        "_weakref",
        "atexit",
        "builtins",
        "gc",
        "io",
        "math",
        "os",
        "sys",
        "time",
        "traceback",
    ];
    let builtin_names = builtin_names.iter().map(|n| vm.new_str(*n)).collect();
    vm.dict_set_str(&d, "builtin_module_names", vm.new_tuple(builtin_names));
    for (name, fields, values) in info_records(vm) {
        let v = struct_seq(vm, name, fields, values);
        vm.dict_set_str(&d, name.trim_start_matches("sys."), v);
    }
    let implementation = vm.new_module("implementation");
    if let Some(im) = implementation.downcast_ref::<PyModule>() {
        vm.dict_set_str(&im.dict, "name", vm.new_str("ouro"));
        vm.dict_set_str(&im.dict, "cache_tag", vm.none.clone());
    }
    vm.dict_set_str(&d, "implementation", implementation);
    let stdout = crate::modules::io::std_stream(vm, 1);
    let stderr = crate::modules::io::std_stream(vm, 2);
    let stdin = crate::modules::io::std_stream(vm, 0);
    vm.dict_set_str(&d, "stdout", stdout.clone());
    vm.dict_set_str(&d, "stderr", stderr.clone());
    vm.dict_set_str(&d, "stdin", stdin.clone());
    vm.dict_set_str(&d, "__stdout__", stdout);
    vm.dict_set_str(&d, "__stderr__", stderr);
    vm.dict_set_str(&d, "__stdin__", stdin);
    let hook_args = struct_seq(
        vm,
        "sys.UnraisableHookArgs",
        UNRAISABLE_FIELDS,
        vec![vm.none.clone(); 5],
    );
    vm.dict_set_str(&d, "UnraisableHookArgs", hook_args.class().clone());
    vm.dict_set_str(&d, "ps1", vm.new_str(">>> "));
    vm.dict_set_str(&d, "ps2", vm.new_str("... "));
    m
}

/// The named-tuple-like records of `sys`: (qualified type name, field names, values).
fn info_records(vm: &Vm) -> Vec<(&'static str, &'static [&'static str], Vec<Obj>)> {
    vec![
        (
            "sys.version_info",
            &["major", "minor", "micro", "releaselevel", "serial"],
            vec![
                vm.new_int(3),
                vm.new_int(14),
                vm.new_int(2),
                vm.new_str("final"),
                vm.new_int(0),
            ],
        ),
        (
            "sys.float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            vec![
                vm.new_float(f64::MAX),
                vm.new_int(f64::MAX_EXP as i64),
                vm.new_int(f64::MAX_10_EXP as i64),
                vm.new_float(f64::MIN_POSITIVE),
                vm.new_int(f64::MIN_EXP as i64),
                vm.new_int(f64::MIN_10_EXP as i64),
                vm.new_int(f64::DIGITS as i64),
                vm.new_int(f64::MANTISSA_DIGITS as i64),
                vm.new_float(f64::EPSILON),
                vm.new_int(f64::RADIX as i64),
                vm.new_int(1),
            ],
        ),
        (
            "sys.int_info",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![
                vm.new_int(30),
                vm.new_int(4),
                vm.new_int(4300),
                vm.new_int(640),
            ],
        ),
        (
            "sys.hash_info",
            &[
                "width",
                "modulus",
                "inf",
                "nan",
                "imag",
                "algorithm",
                "hash_bits",
                "seed_bits",
                "cutoff",
            ],
            vec![
                vm.new_int(64),
                vm.new_int((1 << 61) - 1),
                vm.new_int(314159),
                vm.new_int(0),
                vm.new_int(1000003),
                vm.new_str("siphash13"),
                vm.new_int(64),
                vm.new_int(128),
                vm.new_int(0),
            ],
        ),
    ]
}

/// A struct sequence (`sys.version_info` and friends); a plain tuple if its class cannot be
/// made.
fn struct_seq(vm: &Vm, name: &str, fields: &[&str], values: Vec<Obj>) -> Obj {
    crate::modules::struct_seq::new_type(vm, name, fields)
        .and_then(|cls| crate::modules::struct_seq::new(vm, &cls, values.clone()))
        .unwrap_or_else(|_| vm.new_tuple(values))
}

fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "exit", 0, 1)?;
    let cls = vm.exc_type("SystemExit");
    let exc = vm.new_exception(&cls, a.to_vec());
    Err(vm.raise(exc))
}

fn get_int_max_str_digits(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "get_int_max_str_digits", 0, 0)?;
    Ok(vm.new_int(vm.int_max_str_digits.get() as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "set_int_max_str_digits", 1, 1)?;
    let n = vm.arg_i64(&a[0])?;
    let threshold = crate::types::int_digits::INT_MAX_STR_DIGITS_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(vm.value_error(format!(
            "maxdigits must be >= {threshold} or 0 for unlimited"
        )));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(vm.none.clone())
}

fn getrecursionlimit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "getrecursionlimit", 0, 0)?;
    Ok(vm.new_int(vm.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.arg_i64(&a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit.set(n.min(u32::MAX as i64) as u32);
    Ok(vm.none.clone())
}

fn getrefcount(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "getrefcount", 1, 1)?;
    // CPython 3.14 passes arguments as borrowed references: the count seen is the object's
    // own count plus one for the argument slot. ouro's argument slice holds one reference.
    Ok(vm.new_int(a[0].refcount() as i64))
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` plus the bytes before the object's
/// header (the GC prefix of a container), as CPython computes it.
fn getsizeof(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "getsizeof", 1, 2)?;
    let obj = &a[0];
    let Some(method) = vm.lookup_type(obj.class(), "__sizeof__") else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __sizeof__",
            vm.type_name(obj)
        )));
    };
    let size = match vm.call_method_obj(&method, obj, &[]) {
        Ok(size) => size,
        Err(e) if a.len() == 2 && vm.exc_matches(&e.exc, "TypeError") => {
            return Ok(a[1].clone());
        }
        Err(e) => return Err(e),
    };
    let Some(size) = PyInt::of(&size).map(|i| i.to_big()) else {
        if let Some(default) = a.get(1) {
            return Ok(default.clone());
        }
        return Err(vm.type_error("an integer is required"));
    };
    if size < 0.into() {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let total = size + obj.prefix_size();
    Ok(vm.new_bigint(total))
}

/// `sys.getallocatedblocks()`: the blocks the small-object allocator has handed out and not
/// taken back, on this thread.
fn getallocatedblocks(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "getallocatedblocks", 0, 0)?;
    Ok(vm.new_int(ouro_memory::heap_stats().blocks_in_use as i64))
}

/// `sys._debugmallocstats()`: the allocator's statistics on stderr, in CPython's layout.
fn debugmallocstats(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "_debugmallocstats", 0, 0)?;
    vm.flush_stdout();
    eprint!("{}", ouro_memory::malloc_stats_report());
    Ok(vm.none.clone())
}

fn exception(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "exception", 0, 0)?;
    Ok(vm
        .handled_exception
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

/// `sys.is_finalizing()`: whether interpreter exit is under way.
fn is_finalizing(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "is_finalizing", 0, 0)?;
    Ok(vm.new_bool(vm.finalizing.get()))
}

fn exc_info(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "exc_info", 0, 0)?;
    Ok(match vm.handled_exception.borrow().clone() {
        Some(e) => vm.new_tuple(vec![e.class().clone(), e.clone(), vm.none.clone()]),
        None => vm.new_tuple(vec![vm.none.clone(), vm.none.clone(), vm.none.clone()]),
    })
}

fn intern(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "intern", 1, 1)?;
    let s = vm.arg_str(&a[0], "intern", "1")?;
    Ok(vm.intern(&s))
}

const UNRAISABLE_FIELDS: &[&str] = &[
    "exc_type",
    "exc_value",
    "exc_traceback",
    "err_msg",
    "object",
];

/// `sys.UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object)`, an instance
/// of the struct sequence type made once when `sys` was created.
pub(crate) fn unraisable_hook_args(vm: &Vm, exc: &Obj, err_msg: Obj, object: Obj) -> Obj {
    let values = vec![
        exc.class().clone(),
        exc.clone(),
        vm.none.clone(),
        err_msg,
        object,
    ];
    let cls = vm
        .dict_get_str(&vm.modules, "sys")
        .and_then(|sys| sys.downcast_ref::<PyModule>().map(|m| m.dict.clone()))
        .and_then(|d| vm.dict_get_str(&d, "UnraisableHookArgs"));
    let made = cls.map(|cls| vm.call(&cls, Args::positional(&[vm.new_tuple(values.clone())])));
    match made {
        Some(Ok(args)) => args,
        _ => vm.new_tuple(values),
    }
}

/// The builtin `sys.unraisablehook(unraisable)`: print the report to stderr.
fn unraisablehook(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "unraisablehook", 1, 1)?;
    let exc = vm.get_attr_str(&a[0], "exc_value")?;
    let msg = vm.get_attr_str(&a[0], "err_msg")?;
    let object = vm.get_attr_str(&a[0], "object")?;
    let msg = match vm.str_value(&msg) {
        Some(m) => m,
        None => "Exception ignored in".to_string(),
    };
    let object = (!vm.is_none(&object)).then_some(object);
    vm.write_unraisable(&msg, object.as_ref(), &exc);
    Ok(vm.none.clone())
}

/// The builtin `sys.excepthook(type, value, traceback)`: print the traceback to stderr.
fn excepthook(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "excepthook", 3, 3)?;
    let text = vm.format_exception(&a[1]);
    vm.write_stderr(&text);
    Ok(vm.none.clone())
}
