//! `property`, `staticmethod` and `classmethod`: their constructors, `property.getter` and
//! friends, and their computed attributes (CPython's
//! `property_members`/`property_getsetlist`, `sm_memberlist`, `cm_memberlist`): a property
//! shows its accessors and name; the two wrappers show their function and copy its metadata
//! (`__name__`, `__doc__`, ... as `functools.wraps` would).

use crate::objects::*;
use crate::protocol::slots::{slot_payload, NativeSlots, ReprFn};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::{GetSet, READONLY};
use crate::types::object::cls_arg;
use crate::types::str::margs;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = &vm.types;
    vm.add_new(&t.property, property_new);
    vm.add_wrapper(&t.property, "__init__", property_init);
    vm.add_method(&t.property, "getter", property_getter);
    vm.add_method(&t.property, "setter", property_setter);
    vm.add_method(&t.property, "deleter", property_deleter);
    vm.add_method(&t.property, "__set_name__", property_set_name);
    vm.add_new(&t.staticmethod, staticmethod_new);
    vm.add_new(&t.classmethod, classmethod_new);
    vm.add_wrapper(&t.staticmethod, "__init__", staticmethod_init);
    vm.add_wrapper(&t.classmethod, "__init__", classmethod_init);
    vm.add_getsets(
        &vm.types.property.clone(),
        &[
            GetSet("fget", property_fget, READONLY),
            GetSet("fset", property_fset, READONLY),
            GetSet("fdel", property_fdel, READONLY),
            GetSet("__doc__", property_doc, None),
            GetSet("__name__", property_name, None),
            GetSet("__isabstractmethod__", property_isabstract, None),
        ],
    );
    for (ty, repr) in [
        (vm.types.staticmethod.clone(), staticmethod_repr as ReprFn),
        (vm.types.classmethod.clone(), classmethod_repr),
    ] {
        vm.add_getsets(
            &ty,
            &[
                GetSet("__func__", wrapped_func, READONLY),
                GetSet("__wrapped__", wrapped_func, READONLY),
                GetSet("__isabstractmethod__", wrapped_isabstract, None),
                GetSet(
                    "__dict__",
                    crate::types::typeobj::subtype_dict,
                    Some(crate::types::typeobj::subtype_set_dict),
                ),
                GetSet("__annotations__", wrapped_annotations, None),
                GetSet("__annotate__", wrapped_annotate, None),
            ],
        );
        vm.add_classmethod(
            &ty,
            "__class_getitem__",
            crate::types::generic_alias::class_getitem,
        );
        vm.set_native_slots(
            &ty,
            NativeSlots {
                repr: Some(repr),
                dict: Some(wrapper_dict),
                set_dict: Some(wrapper_set_dict),
                ..Default::default()
            },
        );
    }
}

/// `property.__new__`: an empty property; `__init__` gives it its accessors.
fn property_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PyProperty::empty()))
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`: the accessors, and
/// the getter's docstring when no doc is given.
fn property_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    args.only_kw(vm, "property", &NAMES)?;
    let pos = args.pos();
    let this = pos.first().ok_or_else(|| {
        vm.type_error("descriptor '__init__' of 'property' object needs an argument")
    })?;
    let p = slot_payload::<PyProperty>(vm, this)?;
    let pos = &pos[1..];
    if pos.len() > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            pos.len()
        )));
    }
    let mut given: [Option<Obj>; 4] = Default::default();
    for (i, name) in NAMES.iter().enumerate() {
        let by_name = args.kw(vm, name);
        if by_name.is_some() && i < pos.len() {
            return Err(vm.type_error(format!(
                "argument for property() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        given[i] = pos.get(i).cloned().or(by_name).filter(|o| !vm.is_none(o));
    }
    let [fget, fset, fdel, mut doc] = given;
    let mut getter_doc = false;
    if doc.is_none() {
        if let Some(f) = &fget {
            doc = vm
                .get_attr_opt(f, &vm.intern("__doc__"))?
                .filter(|d| !vm.is_none(d));
            getter_doc = doc.is_some();
        }
    }
    // A subclass's instance keeps the doc in its `__dict__` too (CPython's property_init).
    if !this.class().ptr_eq(&vm.types.property) {
        if let Some(d) = vm.instance_dict(this) {
            vm.dict_set_str(&d, "__doc__", vm.or_none(doc.clone()));
        }
    }
    drop(p.fget.replace(fget));
    drop(p.fset.replace(fset));
    drop(p.fdel.replace(fdel));
    drop(p.doc.replace(doc));
    drop(p.name.replace(None));
    p.getter_doc.set(getter_doc);
    Ok(vm.none.clone())
}

/// `getter`/`setter`/`deleter`: `type(p)(fget, fset, fdel, doc)` with one accessor replaced,
/// so a subclass's `__init__` runs; the copy keeps the attribute name.
fn property_copy(vm: &Vm, args: Args<'_>, which: usize) -> PyResult<Obj> {
    let a = args.exact(vm, "property", 2, 2)?;
    let p = a[0]
        .downcast_ref::<PyProperty>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'property' object"))?;
    let mut accessors = [p.fget(), p.fset(), p.fdel()];
    accessors[which] = Some(a[1].clone()).filter(|o| !vm.is_none(o));
    let doc = if p.getter_doc.get() && which == 0 && accessors[0].is_some() {
        None
    } else {
        p.doc.borrow().clone()
    };
    let mut call_args: Vec<Obj> = accessors.into_iter().map(|f| vm.or_none(f)).collect();
    call_args.push(vm.or_none(doc));
    let new = vm.call(a[0].class(), Args::positional(&call_args))?;
    if let Some(np) = new.downcast_ref::<PyProperty>() {
        drop(np.name.replace(p.name.borrow().clone()));
    }
    Ok(new)
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

/// `p.__set_name__(owner, name)`: the attribute name messages use.
fn property_set_name(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = margs(vm, &args, "property.__set_name__", 2, 2)?;
    let p = slot_payload::<PyProperty>(vm, &args.pos()[0])?;
    drop(p.name.replace(Some(a[1].clone())));
    Ok(vm.none.clone())
}

/// Whether `f.__isabstractmethod__` is true (CPython's `_PyObject_IsAbstract`).
fn is_abstract(vm: &Vm, f: &Obj) -> PyResult<bool> {
    match vm.get_attr_opt(f, &vm.intern("__isabstractmethod__"))? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

fn property_isabstract(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    let p = slot_payload::<PyProperty>(vm, p)?;
    for f in [p.fget(), p.fset(), p.fdel()].into_iter().flatten() {
        if is_abstract(vm, &f)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

/// `staticmethod.__new__`/`classmethod.__new__`: the wrapper, holding None until `__init__`.
fn staticmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PyStaticMethod::new(vm.none.clone())))
}

fn classmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    Ok(vm.new_instance_of(cls, PyClassMethod::new(vm.none.clone())))
}

/// `__init__(self, callable)`: the callable, and its metadata copied into the wrapper's
/// `__dict__` (CPython's `functools_wraps`).
fn wrapper_init(vm: &Vm, args: &Args<'_>, kind: &str) -> PyResult<(Obj, Obj)> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{kind}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!("{kind} expected 1 argument, got {n}")));
    }
    Ok((pos[0].clone(), pos[1].clone()))
}

fn copy_wrapped_attrs(vm: &Vm, wrapper: &Obj, func: &Obj) -> PyResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        let key = vm.intern(name);
        if let Some(v) = vm.get_attr_opt(func, &key)? {
            vm.set_attr(wrapper, &key, v)?;
        }
    }
    Ok(())
}

fn staticmethod_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (this, func) = wrapper_init(vm, &args, "staticmethod")?;
    drop(
        slot_payload::<PyStaticMethod>(vm, &this)?
            .func
            .replace(func.clone()),
    );
    copy_wrapped_attrs(vm, &this, &func)?;
    Ok(vm.none.clone())
}

fn classmethod_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (this, func) = wrapper_init(vm, &args, "classmethod")?;
    drop(
        slot_payload::<PyClassMethod>(vm, &this)?
            .func
            .replace(func.clone()),
    );
    copy_wrapped_attrs(vm, &this, &func)?;
    Ok(vm.none.clone())
}

fn wrapper_dict(vm: &Vm, w: &Obj) -> Obj {
    if let Some(s) = w.downcast_ref::<PyStaticMethod>() {
        return vm.dict_in(&s.dict);
    }
    match w.downcast_ref::<PyClassMethod>() {
        Some(c) => vm.dict_in(&c.dict),
        None => vm.new_dict(),
    }
}

fn wrapper_set_dict(vm: &Vm, w: &Obj, d: Obj) -> PyResult<Option<Obj>> {
    if let Some(s) = w.downcast_ref::<PyStaticMethod>() {
        return Ok(s.dict.replace(Some(d)));
    }
    Ok(slot_payload::<PyClassMethod>(vm, w)?.dict.replace(Some(d)))
}

/// `<staticmethod(<function f at 0x...>)>`.
fn staticmethod_repr(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    let inner = vm.repr_string(&wrapped_func(vm, w)?)?;
    Ok(vm.new_str(format!("<staticmethod({inner})>")))
}

fn classmethod_repr(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    let inner = vm.repr_string(&wrapped_func(vm, w)?)?;
    Ok(vm.new_str(format!("<classmethod({inner})>")))
}

fn wrapped_isabstract(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    let f = wrapped_func(vm, w)?;
    Ok(vm.new_bool(is_abstract(vm, &f)?))
}

fn wrapped_annotations(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    vm.get_attr_str(&wrapped_func(vm, w)?, "__annotations__")
}

fn wrapped_annotate(vm: &Vm, w: &Obj) -> PyResult<Obj> {
    vm.get_attr_str(&wrapped_func(vm, w)?, "__annotate__")
}

fn property_fget(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.fget()))
}

fn property_fset(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.fset()))
}

fn property_fdel(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.fdel()))
}

fn property_doc(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(slot_payload::<PyProperty>(vm, p)?.doc.borrow().clone()))
}

/// The name it was assigned to in a class body, else its getter's.
fn property_name(vm: &Vm, p: &Obj) -> PyResult<Obj> {
    let prop = slot_payload::<PyProperty>(vm, p)?;
    if let Some(n) = prop.name.borrow().clone() {
        return Ok(n);
    }
    let found = match prop.fget() {
        Some(f) => vm.get_attr_opt(&f, &vm.intern("__name__"))?,
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
        return Ok(s.func());
    }
    Ok(slot_payload::<PyClassMethod>(vm, w)?.func())
}
