//! Function and method objects' slots: a bound method compares equal to another bound to the
//! same receiver (by identity) with an equal function (CPython's `method_richcompare`).

use crate::objects::*;
use crate::protocol::slots::{slot_payload, NativeSlots, ReprFn};
use crate::runtime::builtin_docs::builtin_doc as builtin_doc_table;
use crate::runtime::builtin_docs::builtin_signature;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::{GetSet, READONLY};
use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    use crate::protocol::call::*;
    let t = &vm.types;
    for (ty, call, repr) in [
        (
            &t.function,
            function_call as crate::protocol::slots::CallFn,
            Some(function_repr as ReprFn),
        ),
        (
            &t.builtin_function,
            builtin_function_call,
            Some(builtin_repr),
        ),
        (&t.method_descriptor, method_descr_call, Some(descr_repr)),
        (
            &t.classmethod_descriptor,
            method_descr_call,
            Some(descr_repr),
        ),
        (&t.wrapper_descriptor, method_descr_call, Some(descr_repr)),
        (&t.method_wrapper, method_wrapper_call, Some(wrapper_repr)),
        (&t.staticmethod, staticmethod_call, None),
    ] {
        vm.set_native_slots(
            ty,
            NativeSlots {
                call: Some(call),
                repr,
                ..Default::default()
            },
        );
    }
    vm.set_native_slots(
        &t.function,
        NativeSlots {
            dict: Some(function_dict),
            set_dict: Some(function_set_dict),
            ..Default::default()
        },
    );
    vm.set_native_slots(
        &t.cell,
        NativeSlots {
            repr: Some(cell_repr),
            ..Default::default()
        },
    );
    vm.set_native_slots(
        &t.builtin_function,
        NativeSlots {
            compare: Some(builtin_compare),
            hash: Some(builtin_hash),
            ..Default::default()
        },
    );
    vm.set_native_slots(
        &t.method_wrapper,
        NativeSlots {
            compare: Some(wrapper_compare),
            hash: Some(wrapper_hash),
            ..Default::default()
        },
    );
    vm.add_method(&t.builtin_function, "__reduce__", builtin_reduce);
    vm.add_method(&t.method_wrapper, "__reduce__", wrapper_reduce);
    for ty in [&t.method_descriptor, &t.wrapper_descriptor] {
        vm.add_method(ty, "__reduce__", descr_reduce);
    }
    vm.add_method(&t.method, "__reduce__", method_reduce);
    vm.add_method(&t.member_descriptor, "__reduce__", member_reduce);
    vm.add_new(&t.cell, cell_new);
    vm.set_native_slots(
        &t.cell,
        NativeSlots {
            compare: Some(cell_compare),
            ..Default::default()
        },
    );
    vm.type_dict_set(&t.cell, "__hash__", vm.none.clone());
    vm.set_native_slots(
        &vm.types.method.clone(),
        NativeSlots {
            descr_get: Some(|_, m, _, _| Ok(m.clone())),
            call: Some(method_call),
            compare: Some(method_compare),
            hash: Some(method_hash),
            getattro: Some(method_getattro),
            repr: Some(method_repr),
            ..Default::default()
        },
    );
}

fn function_repr(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    let qualname = slot_payload::<PyFunction>(vm, f)?.qualname.borrow().clone();
    Ok(vm.new_str(format!(
        "<function {} at {:#x}>",
        vm.str_value(&qualname).unwrap_or_default(),
        f.addr()
    )))
}

fn builtin_repr(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    let b = slot_payload::<PyBuiltinFunction>(vm, f)?;
    Ok(vm.new_str(match &b.self_ {
        Some(s) if !s.is::<PyModule>() => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            vm.type_name(s),
            s.addr()
        ),
        _ => format!("<built-in function {}>", b.name),
    }))
}

fn method_repr(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    let m = slot_payload::<PyBoundMethod>(vm, m)?;
    let fname = match vm.get_attr_opt(&m.func, &vm.intern("__qualname__"))? {
        Some(q) => vm.str_value(&q).unwrap_or_else(|| "?".into()),
        None => "?".into(),
    };
    Ok(vm.new_str(format!(
        "<bound method {fname} of {}>",
        vm.repr_string(&m.self_)?
    )))
}

fn descr_repr(vm: &Vm, d: &Obj) -> PyResult<Obj> {
    let m = slot_payload::<PyMethodDescr>(vm, d)?;
    let kind = if m.is_slot_wrapper() {
        "slot wrapper"
    } else {
        "method"
    };
    Ok(vm.new_str(format!(
        "<{kind} '{}' of '{}' objects>",
        m.name,
        vm.type_name_of_type(&m.owner)
    )))
}

fn wrapper_repr(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    let w = slot_payload::<PyMethodWrapper>(vm, w)?;
    let name = w
        .descr
        .downcast_ref::<PyMethodDescr>()
        .map_or("?", |m| m.name);
    Ok(vm.new_str(format!(
        "<method-wrapper '{name}' of {} object at {:#x}>",
        vm.type_name(&w.self_),
        w.self_.addr()
    )))
}

fn cell_repr(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    let contents = slot_payload::<PyCell>(vm, c)?.contents.borrow().clone();
    Ok(vm.new_str(match contents {
        Some(v) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            c.addr(),
            vm.type_name(&v),
            v.addr()
        ),
        None => format!("<cell at {:#x}: empty>", c.addr()),
    }))
}

/// A bound method's attributes, then its function's (CPython's `method_getattro`):
/// `obj.f.attr` after `C.f.attr = 7`.
fn method_getattro(vm: &Vm, m: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let Some(v) = crate::protocol::slots::attribute::object_getattro(vm, m, name)? {
        return Ok(Some(v));
    }
    let func = slot_payload::<PyBoundMethod>(vm, m)?.func.clone();
    vm.get_attr(&func, name).map(Some)
}

fn method_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (
        a.downcast_ref::<PyBoundMethod>(),
        b.downcast_ref::<PyBoundMethod>(),
    ) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let equal = x.self_.ptr_eq(&y.self_) && vm.eq(&x.func, &y.func)?;
    Ok(Some(vm.new_bool(equal == (op == Comparison::Eq))))
}

/// CPython's `meth_hash`: the receiver's address with the function's hash.
fn method_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let m = crate::protocol::slots::slot_payload::<PyBoundMethod>(vm, obj)?;
    let receiver = crate::protocol::slots::object::identity_hash(&m.self_);
    Ok(receiver ^ vm.hash(&m.func)?)
}

/// Whether two builtin methods are the same method of the same receiver (CPython's
/// `meth_richcompare`: the receivers are compared by identity).
fn builtin_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (
        a.downcast_ref::<PyBuiltinFunction>(),
        b.downcast_ref::<PyBuiltinFunction>(),
    ) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let same_receiver = match (&x.self_, &y.self_) {
        (Some(p), Some(q)) => p.ptr_eq(q),
        (None, None) => true,
        _ => false,
    };
    let equal = a.ptr_eq(b) || (same_receiver && x.name == y.name && x.owner == y.owner);
    Ok(Some(vm.new_bool(equal == (op == Comparison::Eq))))
}

/// The receiver's address mixed with the method's name (CPython's `meth_hash`).
fn builtin_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let f = slot_payload::<PyBuiltinFunction>(vm, obj)?;
    let receiver = f
        .self_
        .as_ref()
        .map_or(0, crate::protocol::slots::object::identity_hash);
    Ok(receiver ^ crate::objects::str_hash(f.name))
}

fn wrapper_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (
        a.downcast_ref::<PyMethodWrapper>(),
        b.downcast_ref::<PyMethodWrapper>(),
    ) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let equal = x.descr.ptr_eq(&y.descr) && x.self_.ptr_eq(&y.self_);
    Ok(Some(vm.new_bool(equal == (op == Comparison::Eq))))
}

fn wrapper_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let w = slot_payload::<PyMethodWrapper>(vm, obj)?;
    let receiver = crate::protocol::slots::object::identity_hash(&w.self_);
    Ok(receiver ^ crate::protocol::slots::object::identity_hash(&w.descr))
}

/// `len.__reduce__()` is `'len'` (found by name in its module); a method bound to an
/// object is `(getattr, (obj, name))`.
fn builtin_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "builtin_function_or_method.__reduce__", 0, 0)?;
    let f = slot_payload::<PyBuiltinFunction>(vm, &args.pos()[0])?;
    match f.self_.as_ref().filter(|s| !s.is::<PyModule>()) {
        Some(receiver) => vm.reduce_by_getattr(receiver.clone(), f.name),
        None => Ok(vm.new_str(f.name)),
    }
}

fn wrapper_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "method-wrapper.__reduce__", 0, 0)?;
    let w = slot_payload::<PyMethodWrapper>(vm, &args.pos()[0])?;
    let name = w
        .descr
        .downcast_ref::<PyMethodDescr>()
        .map_or("", |m| m.name);
    vm.reduce_by_getattr(w.self_.clone(), name)
}

/// `obj.m.__reduce__()`: `(getattr, (obj, m.__func__.__name__))`.
fn method_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "method.__reduce__", 0, 0)?;
    let m = slot_payload::<PyBoundMethod>(vm, &args.pos()[0])?;
    let name = vm.get_attr_str(&m.func, "__name__")?;
    let name = vm.str_value(&name).unwrap_or_default();
    vm.reduce_by_getattr(m.self_.clone(), &name)
}

/// `C.slot.__reduce__()`: `(getattr, (C, 'slot'))`.
fn member_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "member_descriptor.__reduce__", 0, 0)?;
    let m = slot_payload::<crate::types::descriptor::PySlotMember>(vm, &args.pos()[0])?;
    let owner = m.owner.borrow().clone();
    vm.reduce_by_getattr(vm.or_none(owner), &m.name)
}

/// `types.CellType([contents])`: a new cell, empty without an argument.
fn cell_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    let a = args.pos();
    let cls = crate::types::object::cls_arg(vm, &args)?.clone();
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "cell expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    Ok(Obj::new(
        cls,
        PyCell {
            contents: std::cell::RefCell::new(a.get(1).cloned()),
        },
    ))
}

/// Cells compare by their contents; an empty cell comes before any full one (CPython's
/// `cell_richcompare`).
fn cell_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (a.downcast_ref::<PyCell>(), b.downcast_ref::<PyCell>()) else {
        return Ok(None);
    };
    let (x, y) = (x.contents.borrow().clone(), y.contents.borrow().clone());
    match (x, y) {
        (Some(x), Some(y)) => vm.rich_compare(&x, &y, op).map(Some),
        (x, y) => {
            let order = (y.is_none()).cmp(&x.is_none());
            let holds = crate::protocol::slots::compare::ordering_holds(op, order);
            Ok(Some(vm.new_bool(holds)))
        }
    }
}

/// `list.append.__reduce__()`: `(getattr, (list, 'append'))`.
fn descr_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "method_descriptor.__reduce__", 0, 0)?;
    let m = slot_payload::<PyMethodDescr>(vm, &args.pos()[0])?;
    vm.reduce_by_getattr(m.owner.clone(), m.name)
}

/// The computed attributes of functions and the builtin callables (CPython's `func_getsets`,
/// `func_memberlist`, `meth_getsets`, `method_getset`, `descr_members`, `wrapper_getsets`).
pub(crate) fn init_getsets(vm: &Vm) {
    let t = &vm.types;
    vm.add_getsets(
        &t.function,
        &[
            GetSet("__code__", func_code, None),
            GetSet("__defaults__", func_defaults, Some(func_set_defaults)),
            GetSet("__kwdefaults__", func_kwdefaults, Some(func_set_kwdefaults)),
            GetSet("__globals__", func_globals, READONLY),
            GetSet("__builtins__", func_builtins, READONLY),
            GetSet("__closure__", func_closure, READONLY),
            GetSet("__name__", func_name, Some(func_set_name)),
            GetSet("__qualname__", func_qualname, Some(func_set_qualname)),
            GetSet("__doc__", func_doc, Some(func_set_doc)),
            GetSet("__module__", func_module, Some(func_set_module)),
            GetSet(
                "__dict__",
                crate::types::typeobj::subtype_dict,
                Some(crate::types::typeobj::subtype_set_dict),
            ),
            GetSet(
                "__annotations__",
                func_annotations,
                Some(func_set_annotations),
            ),
            GetSet("__annotate__", func_annotate, Some(func_set_annotate)),
            GetSet(
                "__type_params__",
                func_type_params,
                Some(func_set_type_params),
            ),
        ],
    );
    vm.add_getsets(
        &t.method,
        &[
            GetSet("__self__", method_self, READONLY),
            GetSet("__func__", method_func, READONLY),
            GetSet("__doc__", method_doc, None),
        ],
    );
    vm.add_getsets(
        &t.builtin_function,
        &[
            GetSet("__name__", builtin_name, None),
            GetSet("__qualname__", builtin_qualname, None),
            GetSet("__self__", builtin_self, READONLY),
            GetSet("__doc__", builtin_doc, None),
            GetSet("__module__", builtin_module, None),
            GetSet("__text_signature__", builtin_text_signature, None),
        ],
    );
    for ty in [
        &t.method_descriptor,
        &t.classmethod_descriptor,
        &t.wrapper_descriptor,
    ] {
        vm.add_getsets(
            ty,
            &[
                GetSet("__name__", descr_name, READONLY),
                GetSet("__qualname__", descr_qualname, None),
                GetSet("__doc__", descr_doc, None),
                GetSet("__text_signature__", descr_text_signature, None),
                GetSet("__objclass__", descr_objclass, READONLY),
            ],
        );
    }
    vm.add_getsets(
        &t.method_wrapper,
        &[
            GetSet("__self__", wrapper_self, READONLY),
            GetSet("__name__", wrapper_name, None),
            GetSet("__qualname__", wrapper_qualname, None),
            GetSet("__objclass__", wrapper_objclass, None),
            GetSet("__doc__", wrapper_doc, None),
            GetSet("__text_signature__", wrapper_text_signature, None),
        ],
    );
}

/// A getter for attributes ouro keeps no value for (builtin docstrings, signatures).
pub(crate) fn none_attr(vm: &Vm, _obj: &Obj) -> PyResult<Obj> {
    Ok(vm.none.clone())
}

fn func_code(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyFunction>(vm, f)?.code.clone())
}

fn func_defaults(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    Ok(vm.or_none(f.defaults.borrow().clone()))
}

fn func_kwdefaults(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    Ok(vm.or_none(f.kwdefaults.borrow().clone()))
}

fn func_set_defaults(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    drop(f.defaults.replace(value.filter(|v| !vm.is_none(v))));
    Ok(())
}

fn func_set_kwdefaults(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    drop(f.kwdefaults.replace(value.filter(|v| !vm.is_none(v))));
    Ok(())
}

fn func_globals(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyFunction>(vm, f)?.globals.clone())
}

fn func_builtins(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyFunction>(vm, f)?.builtins.clone())
}

fn func_closure(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    Ok(vm.or_none(f.closure.clone()))
}

fn func_name(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyFunction>(vm, f)?.name.borrow().clone())
}

fn func_qualname(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyFunction>(vm, f)?.qualname.borrow().clone())
}

fn func_doc(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyFunction>(vm, f)?.doc.borrow().clone())
}

fn func_module(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyFunction>(vm, f)?.module.borrow().clone())
}

/// Replace one of a function's object fields; deleting stores None.
fn replace_field(vm: &Vm, cell: &std::cell::RefCell<Obj>, value: Option<Obj>) {
    let old = cell.replace(vm.or_none(value));
    drop(old);
}

fn func_set_name(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    if !value.as_ref().is_some_and(PyStr::is_str) {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    replace_field(vm, &f.name, value);
    Ok(())
}

fn func_set_qualname(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    if !value.as_ref().is_some_and(PyStr::is_str) {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    }
    replace_field(vm, &f.qualname, value);
    Ok(())
}

fn func_set_doc(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    replace_field(vm, &f.doc, value);
    Ok(())
}

fn func_set_module(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    replace_field(vm, &f.module, value);
    Ok(())
}

fn func_annotations(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    vm.function_annotations(f)
}

/// `f.__annotations__ = d` stores the dict where the getter caches it.
fn func_set_annotations(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let dict = crate::types::typeobj::subtype_dict(vm, f)?;
    match value {
        Some(v) => vm.dict_set_str(&dict, "__annotations__", v),
        None => {
            let key = vm.intern("__annotations__");
            vm.dict_del_item_opt(&dict, &key)?;
        }
    }
    Ok(())
}

fn func_annotate(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    Ok(vm.or_none(f.annotate.borrow().clone()))
}

fn func_set_annotate(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    let Some(value) = value else {
        return Err(vm.type_error("__annotate__ cannot be deleted"));
    };
    if !vm.is_none(&value) && !vm.is_callable(&value) {
        return Err(vm.type_error("__annotate__ must be callable or None"));
    }
    let value = Some(value);
    drop(f.annotate.replace(value.filter(|v| !vm.is_none(v))));
    Ok(())
}

/// `f.__type_params__`: the PEP 695 type parameters, `()` unless set.
fn func_type_params(vm: &Vm, f: &Obj) -> PyResult<Obj> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    let params = f.type_params.borrow().clone();
    Ok(params.unwrap_or_else(|| vm.new_tuple(vec![])))
}

fn func_set_type_params(vm: &Vm, f: &Obj, value: Option<Obj>) -> PyResult<()> {
    let f = slot_payload::<PyFunction>(vm, f)?;
    match value {
        Some(v) if PyTuple::is_tuple(&v) => {
            drop(f.type_params.replace(Some(v)));
            Ok(())
        }
        _ => Err(vm.type_error("__type_params__ must be set to a tuple")),
    }
}

fn method_self(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyBoundMethod>(vm, m)?.self_.clone())
}

fn method_func(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyBoundMethod>(vm, m)?.func.clone())
}

fn method_doc(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    let func = slot_payload::<PyBoundMethod>(vm, m)?.func.clone();
    vm.get_attr_str(&func, "__doc__")
}

fn builtin_name(vm: &Vm, b: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(slot_payload::<PyBuiltinFunction>(vm, b)?.name))
}

/// `len.__qualname__` is `len`; a method's is its receiver's class (or the receiver itself,
/// for a class) and its name (CPython's `meth_get__qualname__`).
fn builtin_qualname(vm: &Vm, b: &Obj) -> PyResult<Obj> {
    let f = slot_payload::<PyBuiltinFunction>(vm, b)?;
    let Some(receiver) = f.self_.as_ref().filter(|s| !s.is::<PyModule>()) else {
        return Ok(vm.new_str(f.name));
    };
    let owner = if receiver.is::<PyType>() {
        receiver
    } else {
        receiver.class()
    };
    let qual = vm.get_attr_str(owner, "__qualname__")?;
    Ok(vm.new_str(format!(
        "{}.{}",
        vm.str_value(&qual).unwrap_or_default(),
        f.name
    )))
}

/// Where CPython documents a builtin function: (module or defining type, name). A method
/// bound to an instance is defined by the first class of its type's MRO that has it; one
/// bound to a class (a class method, `__new__`) by that class's MRO first.
fn builtin_doc_key(vm: &Vm, f: &PyBuiltinFunction) -> Option<(String, &'static str)> {
    let Some(receiver) = f.self_.as_ref() else {
        let module = if f.owner.is_empty() {
            "builtins"
        } else {
            f.owner
        };
        return Some((module.to_string(), f.name));
    };
    if let Some(m) = receiver.downcast_ref::<PyModule>() {
        let name = vm.dict_get_str(&m.dict, "__name__")?;
        return Some((vm.str_value(&name)?, f.name));
    }
    let mut classes = Vec::new();
    if receiver.is::<PyType>() {
        classes.push(receiver);
    }
    classes.push(receiver.class());
    classes.into_iter().find_map(|cls| {
        let t = cls.downcast_ref::<PyType>()?;
        t.mro().into_iter().find_map(|c| {
            let ct = c.downcast_ref::<PyType>()?;
            let own = ct.dict.borrow().get_str(f.name).is_some();
            own.then(|| (ct.name(), f.name))
        })
    })
}

/// CPython's docstring and text signature of a builtin function or method.
fn builtin_docs(vm: &Vm, b: &Obj) -> PyResult<Option<(&'static str, Option<&'static str>)>> {
    let f = slot_payload::<PyBuiltinFunction>(vm, b)?;
    Ok(builtin_doc_key(vm, f).and_then(|(owner, name)| builtin_doc_table(&owner, name)))
}

fn builtin_doc(vm: &Vm, b: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(builtin_docs(vm, b)?.map(|(doc, _)| vm.new_str(doc))))
}

/// The text signature the tables give `owner`'s `name`, with or without a docstring.
fn table_text_signature(owner: &str, name: &str) -> Option<&'static str> {
    match builtin_doc_table(owner, name) {
        Some((_, sig)) => sig,
        None => builtin_signature(owner, name),
    }
}

fn builtin_text_signature(vm: &Vm, b: &Obj) -> PyResult<Obj> {
    let f = slot_payload::<PyBuiltinFunction>(vm, b)?;
    let sig = builtin_doc_key(vm, f).and_then(|(owner, name)| table_text_signature(&owner, name));
    Ok(vm.or_none(sig.map(|s| vm.new_str(s))))
}

fn builtin_self(vm: &Vm, b: &Obj) -> PyResult<Obj> {
    let b = slot_payload::<PyBuiltinFunction>(vm, b)?;
    if b.static_method {
        return Ok(vm.none.clone());
    }
    Ok(vm.or_none(b.self_.clone()))
}

fn builtin_module(vm: &Vm, b: &Obj) -> PyResult<Obj> {
    let b = slot_payload::<PyBuiltinFunction>(vm, b)?;
    Ok(match b.self_ {
        None if b.owner.is_empty() => vm.new_str("builtins"),
        None => vm.new_str(b.owner),
        Some(_) => vm.none.clone(),
    })
}

fn descr_name(vm: &Vm, d: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(slot_payload::<PyMethodDescr>(vm, d)?.name))
}

fn descr_qualname(vm: &Vm, d: &Obj) -> PyResult<Obj> {
    let m = slot_payload::<PyMethodDescr>(vm, d)?;
    Ok(vm.new_str(format!("{}.{}", vm.type_name_of_type(&m.owner), m.name)))
}

/// CPython's docstring and text signature of a builtin method descriptor.
fn descr_docs(vm: &Vm, d: &Obj) -> PyResult<Option<(&'static str, Option<&'static str>)>> {
    let m = slot_payload::<PyMethodDescr>(vm, d)?;
    let owner = m.owner.downcast_ref::<PyType>().map(|t| t.name());
    Ok(owner.and_then(|o| builtin_doc_table(&o, m.name)))
}

fn descr_doc(vm: &Vm, d: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(descr_docs(vm, d)?.map(|(doc, _)| vm.new_str(doc))))
}

fn descr_text_signature(vm: &Vm, d: &Obj) -> PyResult<Obj> {
    let m = slot_payload::<PyMethodDescr>(vm, d)?;
    let owner = m.owner.downcast_ref::<PyType>().map(|t| t.name());
    let sig = owner.and_then(|o| table_text_signature(&o, m.name));
    Ok(vm.or_none(sig.map(|s| vm.new_str(s))))
}

fn descr_objclass(vm: &Vm, d: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyMethodDescr>(vm, d)?.owner.clone())
}

fn wrapper_self(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyMethodWrapper>(vm, w)?.self_.clone())
}

/// A method-wrapper answers its metadata from its wrapper_descriptor.
fn wrapper_descr(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyMethodWrapper>(vm, w)?.descr.clone())
}

fn wrapper_name(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    descr_name(vm, &wrapper_descr(vm, w)?)
}

fn wrapper_qualname(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    descr_qualname(vm, &wrapper_descr(vm, w)?)
}

fn wrapper_objclass(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    descr_objclass(vm, &wrapper_descr(vm, w)?)
}

fn wrapper_doc(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    descr_doc(vm, &wrapper_descr(vm, w)?)
}

fn wrapper_text_signature(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    descr_text_signature(vm, &wrapper_descr(vm, w)?)
}

/// Code objects' `co_*` attributes and a cell's `cell_contents`.
pub(crate) fn init_code_getsets(vm: &Vm) {
    vm.add_getsets(
        &vm.types.code.clone(),
        &[
            GetSet("co_name", code_name, READONLY),
            GetSet("co_qualname", code_qualname, READONLY),
            GetSet("co_filename", code_filename, READONLY),
            GetSet("co_firstlineno", code_firstlineno, READONLY),
            GetSet("co_argcount", code_argcount, READONLY),
            GetSet("co_posonlyargcount", code_posonlyargcount, READONLY),
            GetSet("co_kwonlyargcount", code_kwonlyargcount, READONLY),
            GetSet("co_flags", code_flags, READONLY),
            GetSet("co_nlocals", code_nlocals, READONLY),
            GetSet("co_varnames", code_varnames, READONLY),
            GetSet("co_names", code_names, READONLY),
            GetSet("co_consts", code_consts, READONLY),
            GetSet("co_cellvars", code_cellvars, READONLY),
            GetSet("co_freevars", code_freevars, READONLY),
        ],
    );
    vm.add_getsets(
        &vm.types.cell.clone(),
        &[GetSet("cell_contents", cell_contents, None)],
    );
}

fn code_of<'a>(vm: &Vm, c: &'a Obj) -> PyResult<&'a PyCode> {
    slot_payload::<PyCode>(vm, c)
}

fn code_name(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(&*code_of(vm, c)?.code.name))
}

fn code_qualname(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(&*code_of(vm, c)?.code.qualname))
}

fn code_filename(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(&*code_of(vm, c)?.code.filename))
}

fn code_firstlineno(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(code_of(vm, c)?.code.firstlineno as i64))
}

fn code_argcount(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(code_of(vm, c)?.code.argcount as i64))
}

fn code_posonlyargcount(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(code_of(vm, c)?.code.posonlyargcount as i64))
}

fn code_kwonlyargcount(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(code_of(vm, c)?.code.kwonlyargcount as i64))
}

fn code_flags(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(code_of(vm, c)?.code.co_flags() as i64))
}

fn code_nlocals(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_int(code_of(vm, c)?.code.varnames.len() as i64))
}

fn code_varnames(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_tuple(code_of(vm, c)?.varnames.to_vec()))
}

fn code_names(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_tuple(code_of(vm, c)?.names.to_vec()))
}

fn code_consts(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    Ok(vm.new_tuple(code_of(vm, c)?.consts.to_vec()))
}

fn code_cellvars(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    let names = &code_of(vm, c)?.code.cellvars;
    Ok(vm.new_tuple(names.iter().map(|n| vm.intern(n)).collect()))
}

fn code_freevars(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    let names = &code_of(vm, c)?.code.freevars;
    Ok(vm.new_tuple(names.iter().map(|n| vm.intern(n)).collect()))
}

fn cell_contents(vm: &Vm, c: &Obj) -> PyResult<Obj> {
    let contents = slot_payload::<PyCell>(vm, c)?.contents.borrow().clone();
    contents.ok_or_else(|| vm.value_error("Cell is empty"))
}

/// A function's `__dict__`, created on first use.
fn function_dict(vm: &Vm, f: &Obj) -> Obj {
    let Some(f) = f.downcast_ref::<PyFunction>() else {
        return vm.new_dict();
    };
    vm.dict_in(&f.dict)
}

fn function_set_dict(vm: &Vm, f: &Obj, d: Obj) -> PyResult<Option<Obj>> {
    Ok(slot_payload::<PyFunction>(vm, f)?.dict.replace(Some(d)))
}
