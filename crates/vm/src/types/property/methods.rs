//! `property`, `staticmethod` and `classmethod`: their constructors, `property.getter` and
//! friends, and their computed attributes (CPython's
//! `property_members`/`property_getsetlist`, `sm_memberlist`, `cm_memberlist`): a property
//! shows its accessors and name; the two wrappers show their function and copy its metadata
//! (`__name__`, `__doc__`, ... as `functools.wraps` would).

use crate::objects::*;
use crate::protocol::slots::slot_payload;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::{GetSet, READONLY};
use crate::types::object::cls_arg;
use ouro_memory::Obj;
use std::cell::RefCell;

pub(crate) fn init(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.property, property_new);
    vm.add_method(&t.property, "getter", property_getter);
    vm.add_method(&t.property, "setter", property_setter);
    vm.add_method(&t.property, "deleter", property_deleter);
    vm.add_new(&t.staticmethod, staticmethod_new);
    vm.add_new(&t.classmethod, classmethod_new);
    vm.add_getsets(
        &vm.types.property.clone(),
        &[
            GetSet("fget", property_fget, READONLY),
            GetSet("fset", property_fset, READONLY),
            GetSet("fdel", property_fdel, READONLY),
            GetSet("__doc__", property_doc, None),
            GetSet("__name__", property_name, None),
        ],
    );
    for ty in [vm.types.staticmethod.clone(), vm.types.classmethod.clone()] {
        vm.add_getsets(
            &ty,
            &[
                GetSet("__func__", wrapped_func, READONLY),
                GetSet("__wrapped__", wrapped_func, None),
                GetSet("__name__", wrapped_name, None),
                GetSet("__qualname__", wrapped_qualname, None),
                GetSet("__doc__", wrapped_doc, None),
                GetSet("__module__", wrapped_module, None),
            ],
        );
    }
}

fn property_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "property", &["fget", "fset", "fdel", "doc"])?;
    let cls = cls_arg(vm, &args)?.clone();
    let pos = &args.pos()[1..];
    let get = |i: usize, name: &str| {
        pos.get(i)
            .cloned()
            .or_else(|| args.kw(vm, name))
            .filter(|o| !vm.is_none(o))
    };
    let fget = get(0, "fget");
    let mut doc = get(3, "doc");
    if doc.is_none() {
        if let Some(f) = &fget {
            doc = vm
                .get_attr_opt(f, &vm.intern("__doc__"))
                .ok()
                .flatten()
                .filter(|d| !vm.is_none(d));
        }
    }
    Ok(Obj::new(
        cls,
        PyProperty {
            fget,
            fset: get(1, "fset"),
            fdel: get(2, "fdel"),
            doc,
            name: RefCell::new(None),
        },
    ))
}

fn property_copy(vm: &Vm, args: Args<'_>, which: usize) -> PyResult<Obj> {
    let a = args.exact(vm, "property", 2, 2)?;
    let p = a[0]
        .downcast_ref::<PyProperty>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'property' object"))?;
    let f = Some(a[1].clone()).filter(|o| !vm.is_none(o));
    let mut new = PyProperty {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
        name: RefCell::new(p.name.borrow().clone()),
    };
    match which {
        0 => new.fget = f,
        1 => new.fset = f,
        _ => new.fdel = f,
    }
    Ok(Obj::new(a[0].class().clone(), new))
}

fn property_getter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    property_copy(vm, args, 0)
}

fn property_setter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    property_copy(vm, args, 1)
}

fn property_deleter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    property_copy(vm, args, 2)
}

fn staticmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "staticmethod", 2, 2)?;
    Ok(Obj::new(
        a[0].clone(),
        PyStaticMethod { func: a[1].clone() },
    ))
}

fn classmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "classmethod", 2, 2)?;
    Ok(Obj::new(a[0].clone(), PyClassMethod { func: a[1].clone() }))
}

fn property_fget(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.fget.clone()))
}

fn property_fset(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.fset.clone()))
}

fn property_fdel(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.fdel.clone()))
}

fn property_doc(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.doc.clone()))
}

/// The name it was assigned to in a class body, else its getter's.
fn property_name(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    let prop = slot_payload::<PyProperty>(vm, p)?;
    if let Some(n) = prop.name.borrow().clone() {
        return Ok(n);
    }
    let found = match &prop.fget {
        Some(f) => vm.get_attr_opt(f, &vm.intern("__name__"))?,
        None => None,
    };
    found.ok_or_else(|| {
        vm.new_error(
            "AttributeError",
            "'property' object has no attribute '__name__'".to_string(),
        )
    })
}

/// The function a staticmethod or classmethod wraps.
fn wrapped_func(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    if let Some(s) = w.downcast_ref::<PyStaticMethod>() {
        return Ok(s.func.clone());
    }
    Ok(slot_payload::<PyClassMethod>(vm, w)?.func.clone())
}

fn wrapped_attr(vm: &Vm, w: &Obj, name: &str) -> PyResult<Obj> {
    let func = wrapped_func(vm, w)?;
    vm.get_attr_str(&func, name)
}

fn wrapped_name(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    wrapped_attr(vm, w, "__name__")
}

fn wrapped_qualname(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    wrapped_attr(vm, w, "__qualname__")
}

fn wrapped_doc(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    wrapped_attr(vm, w, "__doc__")
}

fn wrapped_module(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    wrapped_attr(vm, w, "__module__")
}
