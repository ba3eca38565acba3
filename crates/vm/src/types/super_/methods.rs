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

/// `super(C).__get__(obj)`: an unbound super bound to `obj` (CPython's super_descr_get); a
/// bound one, or no instance, gives the super itself.
fn super_descr_get(vm: &Vm, descr: Obj, obj: Option<&Obj>, _cls: &Obj) -> PyResult<Obj> {
    let s = slot_payload::<PySuper>(vm, &descr)?;
    let Some(o) = obj.filter(|o| !vm.is_none(o)) else {
        return Ok(descr);
    };
    if s.obj.is_some() {
        return Ok(descr);
    }
    let typ = s.typ.clone();
    vm.call(descr.class(), Args::positional(&[typ, o.clone()]))
}

/// `super(type, obj)` (the compiler supplies both for the zero-argument form).
fn super_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "super", 1, 3)?;
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
    let (obj, obj_type) = match a.get(2) {
        None => (None, None),
        Some(o) => {
            let ot = if o.is::<PyType>() && vm.is_subtype(o, &typ) {
                o.clone()
            } else if vm.isinstance(o, &typ) {
                o.class().clone()
            } else {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            };
            (Some(o.clone()), Some(ot))
        }
    };
    Ok(Obj::new(a[0].clone(), PySuper { typ, obj, obj_type }))
}

impl Vm {
    /// Attribute lookup on a `super` object: the MRO of the object's type after `typ`.
    pub(crate) fn super_getattr(&self, s: &PySuper, name: &str) -> PyResult<Option<Obj>> {
        let Some(obj_type) = &s.obj_type else {
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
            .position(|c| c.ptr_eq(&s.typ))
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
    let s = slot_payload::<PySuper>(vm, obj)?;
    if let Some(v) = vm.super_getattr(s, crate::protocol::slots::attribute::name_text(name))? {
        return Ok(Some(v));
    }
    crate::protocol::slots::attribute::object_getattro(vm, obj, name)
}

/// CPython's `super_repr` (types by their `tp_name`).
fn super_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let s = slot_payload::<PySuper>(vm, obj)?;
    let typ = vm.type_name_of_type(&s.typ);
    Ok(vm.new_str(match &s.obj_type {
        Some(t) => format!(
            "<super: <class '{typ}'>, <{} object>>",
            vm.type_name_of_type(t)
        ),
        None => format!("<super: <class '{typ}'>, NULL>"),
    }))
}

fn super_thisclass(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PySuper>(vm, s)?.typ.clone())
}

fn super_self(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    let s = slot_payload::<PySuper>(vm, s)?;
    Ok(s.obj.clone().unwrap_or_else(|| vm.none.clone()))
}

fn super_self_class(vm: &Vm, s: &Obj) -> PyResult<Obj> {
    let s = slot_payload::<PySuper>(vm, s)?;
    Ok(s.obj_type.clone().unwrap_or_else(|| vm.none.clone()))
}
