//! `super`: its constructor, attribute lookup along the MRO after a class, and its members
//! (`__thisclass__`, `__self__`, `__self_class__`, CPython's `super_members`).

use crate::objects::*;
use crate::protocol::slots::slot_payload;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::{GetSet, READONLY};
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.super_.clone();
    vm.add_new(&t, super_new);
    vm.add_wrapper(&t, "__init__", super_init);
    vm.set_native_slots(
        &t,
        crate::protocol::slots::NativeSlots {
            getattro: Some(super_getattro),
            repr: Some(super_repr),
            descr_get: Some(super_descr_get),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &t,
        &[
            GetSet("__thisclass__", super_thisclass, READONLY),
            GetSet("__self__", super_self, READONLY),
            GetSet("__self_class__", super_self_class, READONLY),
        ],
    );
}

/// What a super object holds, read out (its fields may be re-set by `__init__`).
struct SuperState {
    typ: Option<Obj>,
    obj: Option<Obj>,
    obj_type: Option<Obj>,
}

fn state(vm: &Vm, s: &Obj) -> PyResult<SuperState> {
    let s = slot_payload::<PySuper>(vm, s)?;
    Ok(SuperState {
        typ: s.typ.borrow().clone(),
        obj: s.obj.borrow().clone(),
        obj_type: s.obj_type.borrow().clone(),
    })
}

/// `super(C).__get__(obj)`: an unbound super bound to `obj` (CPython's super_descr_get); a
/// bound one, or no instance, gives the super itself.
fn super_descr_get(vm: &Vm, descr: Obj, obj: Option<&Obj>, _cls: &Obj) -> PyResult<Obj> {
    let s = state(vm, &descr)?;
    let Some(o) = obj.filter(|o| !vm.is_none(o)) else {
        return Ok(descr);
    };
    let Some(typ) = s.typ.filter(|_| s.obj.is_none()) else {
        return Ok(descr);
    };
    vm.call(descr.class(), Args::positional(&[typ, o.clone()]))
}

/// `super.__new__(cls, *args)`: an empty super; `__init__` binds it.
fn super_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = crate::types::object::cls_arg(vm, &args)?.clone();
    Ok(Obj::new(
        cls,
        PySuper {
            typ: Default::default(),
            obj: Default::default(),
            obj_type: Default::default(),
        },
    ))
}

/// `super(type, obj)` (the compiler supplies both for the zero-argument form), CPython's
/// `super_init`: `obj` may be an instance of `type`, a subclass of it, or None (unbound).
fn super_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            a.len() - 1
        )));
    }
    if a.len() == 1 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let typ = a[1].clone();
    if !typ.is::<PyType>() {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&typ)
        )));
    }
    let (obj, obj_type) = match a.get(2).filter(|o| !vm.is_none(o)) {
        None => (None, None),
        Some(o) => {
            let ot = if o.is::<PyType>() && vm.is_subtype(o, &typ) {
                o.clone()
            } else if vm.isinstance(o, &typ) {
                o.class().clone()
            } else {
                let (kind, name) = if o.is::<PyType>() {
                    ("type", vm.type_name_of_type(o))
                } else {
                    ("instance of", vm.type_name(o))
                };
                return Err(vm.type_error(format!(
                    "super(type, obj): obj ({kind} {name}) is not an instance or subtype of \
                     type ({}).",
                    vm.type_name_of_type(&typ)
                )));
            };
            (Some(o.clone()), Some(ot))
        }
    };
    let s = slot_payload::<PySuper>(vm, &a[0])?;
    drop(s.typ.replace(Some(typ)));
    drop(s.obj.replace(obj));
    drop(s.obj_type.replace(obj_type));
    Ok(vm.none.clone())
}

impl Vm {
    /// Attribute lookup on a `super` object: the MRO of the object's type after `typ`.
    fn super_getattr(&self, s: &SuperState, name: &str) -> PyResult<Option<Obj>> {
        let (Some(typ), Some(obj_type)) = (&s.typ, &s.obj_type) else {
            return Ok(None);
        };
        if name == "__class__" {
            return Ok(None);
        }
        let mro = obj_type
            .downcast_ref::<PyType>()
            .map(|t| t.mro())
            .unwrap_or_default();
        let start = mro
            .iter()
            .position(|c| c.ptr_eq(typ))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for c in &mro[start..] {
            let found = c
                .downcast_ref::<PyType>()
                .and_then(|t| t.dict.borrow().get_str(name).map(|e| e.value.clone()));
            if let Some(v) = found {
                let inst = s.obj.as_ref().filter(|o| !o.ptr_eq(obj_type));
                return self.descr_get(v, inst, obj_type).map(Some);
            }
        }
        Ok(None)
    }
}

/// `super().name`: the classes after `__thisclass__` in the MRO of the object's type, then
/// the super object's own attributes.
fn super_getattro(vm: &Vm, obj: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let s = state(vm, obj)?;
    if let Some(v) = vm.super_getattr(&s, crate::protocol::slots::attribute::name_text(name))? {
        return Ok(Some(v));
    }
    crate::protocol::slots::attribute::object_getattro(vm, obj, name)
}

/// CPython's `super_repr` (types by their `tp_name`).
fn super_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let s = state(vm, obj)?;
    let typ = match &s.typ {
        Some(t) => vm.type_name_of_type(t),
        None => "NULL".into(),
    };
    Ok(vm.new_str(match &s.obj_type {
        Some(t) => format!(
            "<super: <class '{typ}'>, <{} object>>",
            vm.type_name_of_type(t)
        ),
        None => format!("<super: <class '{typ}'>, NULL>"),
    }))
}

fn super_thisclass(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(state(vm, s)?.typ))
}

fn super_self(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(state(vm, s)?.obj))
}

fn super_self_class(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    Ok(vm.or_none(state(vm, s)?.obj_type))
}
