//! The exception types: `BaseException`'s constructor, methods, repr and str, the str forms
//! of KeyError, OSError and SyntaxError, and the members of the exception types that have
//! them.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::GetSet;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.exc_type("BaseException");
    vm.add_new(&t, exc_new);
    vm.add_wrapper(&t, "__init__", exc_init);
    vm.add_method(&t, "with_traceback", with_traceback);
    vm.add_method(&t, "add_note", add_note);
    vm.add_method(&t, "__reduce__", exc_reduce);
    vm.add_method(&t, "__setstate__", exc_setstate);
    super::unicode::init(vm);
    for name in OWN_NEW {
        vm.add_new(&vm.exc_type(name), exc_new);
    }
    vm.add_wrapper(&vm.exc_type("SystemExit"), "__init__", system_exit_init);
    let import_error = vm.exc_type("ImportError");
    vm.add_method(&import_error, "__reduce__", import_error_reduce);
    vm.set_native_slots(
        &import_error,
        crate::protocol::slots::NativeSlots {
            str_: Some(import_error_str),
            ..Default::default()
        },
    );
    let attribute_error = vm.exc_type("AttributeError");
    vm.add_method(&attribute_error, "__getstate__", attribute_error_getstate);
    vm.add_method(&attribute_error, "__reduce__", attribute_error_reduce);
    super::os_error::init(vm);
    for (name, init) in [
        ("StopIteration", stop_iteration_init as NativeFn),
        ("NameError", name_error_init),
        ("AttributeError", attribute_error_init),
        ("ImportError", import_error_init),
        ("SyntaxError", syntax_error_init),
    ] {
        vm.add_wrapper(&vm.exc_type(name), "__init__", init);
    }
    for (name, str_) in [
        ("KeyError", key_error_str as crate::protocol::slots::ReprFn),
        ("SyntaxError", syntax_error_str),
    ] {
        vm.set_native_slots(
            &vm.exc_type(name),
            crate::protocol::slots::NativeSlots {
                str_: Some(str_),
                ..Default::default()
            },
        );
    }
    vm.set_native_slots(
        &t,
        crate::protocol::slots::NativeSlots {
            repr: Some(exc_repr),
            str_: Some(exc_str),
            dict: Some(exc_dict),
            set_dict: Some(exc_set_dict),
            ..Default::default()
        },
    );
}

/// `repr(e)`: `Name(arg)` for one argument, `Name(args...)` otherwise.
fn exc_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let args =
        crate::protocol::slots::slot_payload::<PyException>(vm, obj)?.args_or(&vm.empty_tuple);
    let items = PyTuple::view(&args).map(|t| t.to_vec()).unwrap_or_default();
    let name = vm.type_name(obj);
    Ok(vm.new_str(if items.len() == 1 {
        format!("{name}({})", vm.repr_string(&items[0])?)
    } else {
        format!("{name}{}", vm.repr_string(&args)?)
    }))
}

/// `str(e)`: the one argument's str, the args tuple's otherwise (with the subclasses' forms
/// CPython gives KeyError, SyntaxError, OSError, ...).
pub(super) fn exc_str(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let items = exc_arg_items(vm, obj)?;
    Ok(match items.len() {
        0 => vm.new_str(""),
        1 => vm.str(&items[0])?,
        _ => vm.repr(&vm.new_tuple(items))?,
    })
}

/// `str(KeyError(k))` is `repr(k)`: a missing key `''` shows as `''`.
/// `e.__reduce__()`: `(type(e), e.args)`, with the instance dict when it holds anything.
fn exc_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "BaseException.__reduce__", 0, 0)?;
    let this = &args.pos()[0];
    let e = crate::protocol::slots::slot_payload::<PyException>(vm, this)?;
    let exc_args = vm.or_none(e.args.borrow().clone());
    let dict = e.dict.borrow().clone();
    let mut parts = vec![this.class().clone(), exc_args];
    if let Some(d) = dict.filter(|d| vm.len(d).is_ok_and(|n| n > 0)) {
        parts.push(d);
    }
    Ok(vm.new_tuple(parts))
}

/// `e.__setstate__(state)`: each item of the dict `state` set as an attribute.
fn exc_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = crate::types::str::margs(vm, &args, "BaseException.__setstate__", 1, 1)?;
    let this = &args.pos()[0];
    if !vm.is_none(&a[0]) {
        if !vm.isinstance(&a[0], &vm.types.dict) {
            return Err(vm.type_error("state is not a dictionary"));
        }
        let items = a[0]
            .downcast_ref::<PyDict>()
            .map(|d| d.table.borrow().items())
            .unwrap_or_default();
        for (k, v) in items {
            vm.set_attr(this, &k, v)?;
        }
    }
    Ok(vm.none.clone())
}

fn key_error_str(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    match exc_arg_items(vm, obj)?.as_slice() {
        [key] => vm.repr(key),
        _ => exc_str(vm, obj),
    }
}

/// CPython's `SyntaxError.__str__`: the message, then `(file, line N)` with the file's base
/// name, when the error knows where it is.
fn syntax_error_str(vm: &Vm, exc: &Obj) -> PyResult<Obj> {
    let attr = |name: &str| vm.get_exc_attr(exc, name).filter(|v| !vm.is_none(v));
    let filename = attr("filename").and_then(|f| vm.str_value(&f));
    let lineno = attr("lineno").and_then(|l| match PyInt::of(&l) {
        Some(PyInt::Small(n)) => Some(n),
        _ => None,
    });
    if filename.is_none() && lineno.is_none() {
        return exc_str(vm, exc);
    }
    let msg = match vm.get_exc_attr(exc, "msg") {
        Some(m) => vm.str_string(&m)?,
        None => String::new(),
    };
    let base = filename.map(|f| f.rsplit('/').next().unwrap_or("").to_string());
    Ok(vm.new_str(match (base, lineno) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }))
}

pub(super) fn exc_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = args.values[0].clone();
    let exc = Obj::new(
        cls,
        PyException::new(vm.new_tuple(args.pos()[1..].to_vec())),
    );
    Ok(exc)
}

pub(super) fn exc_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(&args.values[0])
        )));
    }
    set_args(vm, &args);
    Ok(vm.none.clone())
}

/// `self.args = args[1:]` (the positional arguments after the receiver).
fn set_args(vm: &Vm, args: &Args<'_>) {
    let this = &args.values[0];
    if let Some(p) = this.downcast_ref::<PyException>() {
        drop(p.args.replace(Some(vm.new_tuple(args.pos()[1..].to_vec()))));
    }
}

/// `StopIteration(value)`: `value` is the first argument.
fn stop_iteration_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    exc_init(vm, args)?;
    let v = args.pos().get(1).cloned();
    vm.set_exc_attr(&args.values[0], "value", vm.or_none(v));
    Ok(vm.none.clone())
}

/// The `__init__` of an exception type with keyword-only members (`NameError(name=)`,
/// `AttributeError(name=, obj=)`, `ImportError(name=, path=, name_from=)`).
fn init_with_members(vm: &Vm, args: Args<'_>, members: &[&'static str]) -> PyResult<Obj> {
    let this = &args.values[0];
    args.only_kw(vm, &vm.type_name(this), members)?;
    set_args(vm, &args);
    for name in members {
        vm.set_exc_attr(this, name, vm.or_none(args.kw(vm, name)));
    }
    Ok(vm.none.clone())
}

fn name_error_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    init_with_members(vm, args, &["name"])
}

fn attribute_error_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.kwnames.len() > 2 {
        return Err(vm.type_error(format!(
            "{}() takes at most 2 keyword arguments ({} given)",
            vm.type_name(&args.values[0]),
            args.kwnames.len()
        )));
    }
    init_with_members(vm, args, &["name", "obj"])
}

/// `ImportError(msg, name=, path=, name_from=)`: `msg` is the only argument when there is one.
fn import_error_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    init_with_members(vm, args, &["name", "path", "name_from"])?;
    let pos = &args.pos()[1..];
    let msg = if pos.len() == 1 {
        Some(pos[0].clone())
    } else {
        None
    };
    vm.set_exc_attr(&args.values[0], "msg", vm.or_none(msg));
    Ok(vm.none.clone())
}

/// The exception types that have a `__new__` of their own in CPython (its
/// `SimpleExtendsException` and `MiddlingExtendsException` ones), so `X.__dict__` lists it.
const OWN_NEW: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "BufferError",
    "BytesWarning",
    "DeprecationWarning",
    "EOFError",
    "EncodingWarning",
    "Exception",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "ImportWarning",
    "IndexError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PythonFinalizationError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "SyntaxWarning",
    "SystemError",
    "TypeError",
    "UnicodeError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
];

/// `SystemExit(*args)`: `code` is None, the one argument, or the argument tuple.
fn system_exit_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    exc_init(vm, args)?;
    let this = &args.values[0];
    let given = &args.pos()[1..];
    let code = match given.len() {
        0 => vm.none.clone(),
        1 => given[0].clone(),
        _ => vm.new_tuple(given.to_vec()),
    };
    vm.set_exc_attr(this, "code", code);
    Ok(vm.none.clone())
}

/// A copy of the exception's `__dict__` with the named members that are set (CPython's
/// `ImportError_getstate`/`AttributeError_getstate`).
fn state_with_members(vm: &Vm, e: &Obj, members: &[&str]) -> PyResult<Obj> {
    let state = vm.new_dict();
    let own = exc_payload(vm, e)?.dict.borrow().clone();
    if let Some(d) = own {
        vm.dict_update(&state, &d)?;
    }
    for name in members {
        if let Some(v) = vm.get_exc_attr(e, name).filter(|v| !vm.is_none(v)) {
            vm.dict_set_str(&state, name, v);
        }
    }
    Ok(state)
}

/// `(type(e), e.args[, state])`: the state only when it holds anything.
fn reduce_with_state(vm: &Vm, e: &Obj, state: Obj) -> PyResult<Obj> {
    let args = exc_payload(vm, e)?.args_or(&vm.empty_tuple);
    let mut parts = vec![e.class().clone(), args];
    if vm.len(&state)? > 0 {
        parts.push(state);
    }
    Ok(vm.new_tuple(parts))
}

fn import_error_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "ImportError.__reduce__", 0, 0)?;
    let e = &args.pos()[0];
    let state = state_with_members(vm, e, &["name", "path", "name_from"])?;
    reduce_with_state(vm, e, state)
}

/// `str(ImportError(...))`: its `msg` when it has one.
fn import_error_str(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    match vm.get_exc_attr(e, "msg").filter(|m| !vm.is_none(m)) {
        Some(msg) => vm.str(&msg),
        None => exc_str(vm, e),
    }
}

fn attribute_error_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "AttributeError.__getstate__", 0, 0)?;
    let e = &args.pos()[0];
    let state = state_with_members(vm, e, &["name"])?;
    let exc_args = exc_payload(vm, e)?.args_or(&vm.empty_tuple);
    vm.dict_set_str(&state, "args", exc_args);
    Ok(state)
}

fn attribute_error_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "AttributeError.__reduce__", 0, 0)?;
    let e = &args.pos()[0];
    let state = attribute_error_getstate(vm, Args::positional(std::slice::from_ref(e)))?;
    reduce_with_state(vm, e, state)
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn syntax_error_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    exc_init(vm, args)?;
    let this = &args.values[0];
    let pos = &args.pos()[1..];
    if let Some(msg) = pos.first() {
        vm.set_exc_attr(this, "msg", msg.clone());
    }
    if pos.len() == 2 {
        let info = vm.collect_iterable(&pos[1])?;
        if !(4..=6).contains(&info.len()) {
            return Err(vm.index_error("tuple index out of range"));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (name, value) in names.iter().zip(info) {
            vm.set_exc_attr(this, name, value);
        }
    }
    Ok(vm.none.clone())
}

fn with_traceback(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "with_traceback", 2, 2)?;
    exc_set_traceback(vm, &a[0], Some(a[1].clone()))?;
    Ok(a[0].clone())
}

fn add_note(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "add_note", 2, 2)?;
    if !PyStr::is_str(&a[1]) {
        return Err(vm.type_error(format!(
            "add_note() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    }
    // `__notes__` is an ordinary attribute, in the exception's `__dict__`.
    let key = vm.intern("__notes__");
    let notes = match vm.get_attr_opt(&a[0], &key)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_attr(&a[0], &key, l.clone())?;
            l
        }
    };
    if !notes.is::<PyList>() {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    vm.call_method(&notes, "append", &[a[1].clone()])?;
    Ok(vm.none.clone())
}

/// The computed attributes of exceptions (CPython's `BaseException_getset` and the member
/// tables of StopIteration, SystemExit, NameError, AttributeError, ImportError, OSError).
/// Their values live in the exception's members ([`PyException::members`]).
pub(crate) fn init_getsets(vm: &Vm) {
    use crate::types::typeobj::{subtype_dict, subtype_set_dict};
    vm.add_getsets(
        &vm.exc_type("BaseException"),
        &[
            GetSet("args", exc_args, Some(exc_set_args)),
            GetSet("__traceback__", exc_traceback, Some(exc_set_traceback)),
            GetSet("__cause__", exc_cause, Some(exc_set_cause)),
            GetSet("__context__", exc_context, Some(exc_set_context)),
            GetSet(
                "__suppress_context__",
                exc_suppress_context,
                Some(exc_set_suppress_context),
            ),
            GetSet("__dict__", subtype_dict, Some(subtype_set_dict)),
        ],
    );
    vm.add_getsets(
        &vm.exc_type("StopIteration"),
        &[GetSet("value", stop_iteration_value, Some(set_value))],
    );
    vm.add_getsets(
        &vm.exc_type("SystemExit"),
        &[GetSet("code", system_exit_code, Some(set_code))],
    );
    vm.add_getsets(
        &vm.exc_type("NameError"),
        &[GetSet("name", get_name, Some(set_name))],
    );
    vm.add_getsets(
        &vm.exc_type("AttributeError"),
        &[
            GetSet("name", get_name, Some(set_name)),
            GetSet("obj", get_obj, Some(set_obj)),
        ],
    );
    vm.add_getsets(
        &vm.exc_type("ImportError"),
        &[
            GetSet("name", get_name, Some(set_name)),
            GetSet("msg", get_msg, Some(set_msg)),
            GetSet("path", get_path, Some(set_path)),
            GetSet("name_from", get_name_from, Some(set_name_from)),
        ],
    );
    vm.add_getsets(
        &vm.exc_type("SyntaxError"),
        &[
            GetSet("msg", get_msg, Some(set_msg)),
            GetSet("filename", get_filename, Some(set_filename)),
            GetSet("lineno", get_lineno, Some(set_lineno)),
            GetSet("offset", get_offset, Some(set_offset)),
            GetSet("text", get_text, Some(set_text)),
            GetSet("end_lineno", get_end_lineno, Some(set_end_lineno)),
            GetSet("end_offset", get_end_offset, Some(set_end_offset)),
        ],
    );
}

fn exc_payload<'a>(vm: &Vm, e: &'a Obj) -> PyResult<&'a PyException> {
    crate::protocol::slots::slot_payload::<PyException>(vm, e)
}

fn exc_args(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(exc_payload(vm, e)?.args.borrow().clone()))
}

fn exc_set_args(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    let p = exc_payload(vm, e)?;
    let items = match &value {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    drop(p.args.replace(Some(vm.new_tuple(items))));
    Ok(())
}

fn exc_traceback(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    Ok(vm.traceback_object(e))
}

fn exc_set_traceback(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    let p = exc_payload(vm, e)?;
    // ouro has no traceback objects yet: None is the only value it can take.
    if value.as_ref().is_some_and(|v| !vm.is_none(v)) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    if value.as_ref().is_none_or(|v| vm.is_none(v)) {
        p.traceback.borrow_mut().clear();
    }
    Ok(())
}

fn exc_cause(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(exc_payload(vm, e)?.cause.borrow().clone()))
}

/// A `__cause__`/`__context__` value: None or an exception.
fn chained(vm: &Vm, value: Option<Obj>, what: &str) -> PyResult<Option<Obj>> {
    match value.filter(|v| !vm.is_none(v)) {
        Some(v) if !vm.isinstance(&v, &vm.exc_type("BaseException")) => Err(vm.type_error(
            format!("exception {what} must be None or derive from BaseException"),
        )),
        other => Ok(other),
    }
}

fn exc_set_cause(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    let p = exc_payload(vm, e)?;
    let value = chained(vm, value, "cause")?;
    drop(p.cause.replace(value));
    p.suppress_context.set(true);
    Ok(())
}

fn exc_context(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(exc_payload(vm, e)?.context.borrow().clone()))
}

fn exc_set_context(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    let p = exc_payload(vm, e)?;
    let value = chained(vm, value, "context")?;
    drop(p.context.replace(value));
    Ok(())
}

fn exc_suppress_context(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    Ok(vm.new_bool(exc_payload(vm, e)?.suppress_context.get()))
}

fn exc_set_suppress_context(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    let p = exc_payload(vm, e)?;
    let b = match value {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    p.suppress_context.set(b);
    Ok(())
}

/// The exception's arguments as a vector.
fn exc_arg_items(vm: &Vm, e: &Obj) -> PyResult<Vec<Obj>> {
    let args = exc_payload(vm, e)?.args_or(&vm.empty_tuple);
    Ok(PyTuple::view(&args).map(|t| t.to_vec()).unwrap_or_default())
}

/// `StopIteration.value`: set by `__init__` from the first argument.
fn stop_iteration_value(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    if let Some(v) = vm.get_exc_attr(e, "value") {
        return Ok(v);
    }
    Ok(vm.or_none(exc_arg_items(vm, e)?.first().cloned()))
}

/// `SystemExit.code`: None, the one argument, or the argument tuple.
fn system_exit_code(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    if let Some(v) = vm.get_exc_attr(e, "code") {
        return Ok(v);
    }
    let items = exc_arg_items(vm, e)?;
    Ok(match items.len() {
        0 => vm.none.clone(),
        1 => items[0].clone(),
        _ => vm.new_tuple(items),
    })
}

fn set_value(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.set_exc_attr(e, "value", vm.or_none(value));
    Ok(())
}

fn set_code(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.set_exc_attr(e, "code", vm.or_none(value));
    Ok(())
}

exc_member!(get_name, set_name, "name");
exc_member!(get_obj, set_obj, "obj");
exc_member!(get_msg, set_msg, "msg");
exc_member!(get_path, set_path, "path");
exc_member!(get_name_from, set_name_from, "name_from");
exc_member!(get_filename, set_filename, "filename");
exc_member!(get_lineno, set_lineno, "lineno");
exc_member!(get_offset, set_offset, "offset");
exc_member!(get_text, set_text, "text");
exc_member!(get_end_lineno, set_end_lineno, "end_lineno");
exc_member!(get_end_offset, set_end_offset, "end_offset");

impl Vm {
    /// The `__traceback__` of an exception (ouro has no traceback objects yet: None when empty,
    /// else the exception itself stands in).
    pub(crate) fn traceback_object(&self, exc: &Obj) -> Obj {
        match exc.downcast_ref::<PyException>() {
            Some(p) if !p.traceback.borrow().is_empty() => self.none.clone(),
            _ => self.none.clone(),
        }
    }
}

/// An exception's `__dict__`, created on first use.
fn exc_dict(vm: &Vm, e: &Obj) -> Obj {
    let Some(p) = e.downcast_ref::<PyException>() else {
        return vm.new_dict();
    };
    vm.dict_in(&p.dict)
}

fn exc_set_dict(vm: &Vm, e: &Obj, d: Obj) -> PyResult<Option<Obj>> {
    Ok(exc_payload(vm, e)?.dict.replace(Some(d)))
}
