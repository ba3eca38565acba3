//! The attribute slots: `obj.name`, `obj.name = value` and `del obj.name` (CPython's
//! `tp_getattro` and `tp_setattro`).
//!
//! `object` gives the generic forms (`PyObject_GenericGetAttr`/`GenericSetAttr`: data
//! descriptors of the type, then the instance's own storage, then other class attributes);
//! `type`, modules, `super` and bound methods give their own. A class that defines
//! `__getattribute__` or `__getattr__` gets [`slot_getattr_hook`], one that defines
//! `__setattr__` or `__delattr__` gets [`slot_setattro`], which call them.
//!
//! Invariants:
//! - a getattro function answers `Ok(None)` for a missing attribute and leaves the
//!   AttributeError (with its `name` and `obj`) to the caller, so `getattr(o, n, default)` and
//!   `hasattr` never build one;
//! - an inherited builtin `__getattribute__`/`__setattr__` (a `wrapper_descriptor`) runs the
//!   native function of the type that defines it, without a Python call, as CPython's
//!   `slot_tp_getattr_hook` does for `PyObject_GenericGetAttr`;
//! - instances whose getattro/setattro is `object`'s are the only ones the interpreter's
//!   attribute caches and method-call shortcut serve ([`Vm::plain_getattro`]).

use ouro_memory::Obj;

use super::NativeSlots;
use crate::objects::{Args, PyMethodDescr, PyStr, SlotWrapperFn, StrRef};
use crate::protocol::attr::{DELATTR, GETATTR, GETATTRIBUTE, SETATTR};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;

/// `obj.name`: the value, or None when there is no such attribute.
pub type GetAttroFn = fn(&Vm, &Obj, &Obj) -> PyResult<Option<Obj>>;
/// `obj.name = value` (Some) or `del obj.name` (None).
pub type SetAttroFn = fn(&Vm, &Obj, &Obj, Option<Obj>) -> PyResult<()>;
/// A builtin instance's `__dict__`, created on first use.
pub type DictFn = fn(&Vm, &Obj) -> Obj;
/// Replace a builtin instance's `__dict__` with a dict: the old one, if any.
pub type SetDictFn = fn(&Vm, &Obj, Obj) -> PyResult<Option<Obj>>;

/// The dunder wrappers a builtin's native attribute slots get.
pub(super) fn wrappers(
    native: &NativeSlots,
) -> impl Iterator<Item = (&'static str, SlotWrapperFn)> {
    let all: [(&'static str, bool, SlotWrapperFn); 3] = [
        (
            "__getattribute__",
            native.getattro.is_some(),
            wrap_getattribute,
        ),
        ("__setattr__", native.setattro.is_some(), wrap_setattr),
        ("__delattr__", native.setattro.is_some(), wrap_delattr),
    ];
    all.into_iter()
        .filter(|(_, present, _)| *present)
        .map(|(name, _, f)| (name, f))
}

impl Vm {
    /// The getattro slot of class `cls`.
    pub(crate) fn getattro_slot(&self, cls: &Obj) -> Option<GetAttroFn> {
        let cell = &self.type_slots(cls)?.getattro;
        self.resolve_slot(
            cls,
            cell,
            &[&GETATTRIBUTE, &GETATTR],
            |n| n.getattro,
            slot_getattr_hook as GetAttroFn,
        )
    }

    /// The setattro slot of class `cls`.
    pub(crate) fn setattro_slot(&self, cls: &Obj) -> Option<SetAttroFn> {
        let cell = &self.type_slots(cls)?.setattro;
        self.resolve_slot(
            cls,
            cell,
            &[&SETATTR, &DELATTR],
            |n| n.setattro,
            slot_setattro as SetAttroFn,
        )
    }

    /// The native `__dict__` of instances of `cls` (a builtin type's, inherited by its
    /// subclasses): no dunder gives it, so it is never a generic form.
    pub(crate) fn dict_slot(&self, cls: &Obj) -> Option<DictFn> {
        let cell = &self.type_slots(cls)?.dict;
        self.resolve_slot(cls, cell, &[], |n| n.dict, no_dict as DictFn)
    }

    pub(crate) fn set_dict_slot(&self, cls: &Obj) -> Option<SetDictFn> {
        let cell = &self.type_slots(cls)?.set_dict;
        self.resolve_slot(cls, cell, &[], |n| n.set_dict, no_set_dict as SetDictFn)
    }

    /// Whether attribute loads on instances of `cls` find what `object`'s generic lookup finds
    /// (a class with only a `__getattr__` fallback qualifies: it runs only for misses).
    pub(crate) fn plain_getattro(&self, cls: &Obj) -> bool {
        let Some(f) = self.getattro_slot(cls) else {
            return true;
        };
        if std::ptr::fn_addr_eq(f, object_getattro as GetAttroFn) {
            return true;
        }
        std::ptr::fn_addr_eq(f, slot_getattr_hook as GetAttroFn)
            && self
                .lookup_special_name(cls, &GETATTRIBUTE)
                .and_then(|ga| native_getattro(self, &ga))
                .is_some_and(|g| std::ptr::fn_addr_eq(g, object_getattro as GetAttroFn))
    }

    /// Whether attribute stores on instances of `cls` are `object`'s generic ones.
    pub(crate) fn plain_setattro(&self, cls: &Obj) -> bool {
        self.setattro_slot(cls)
            .is_none_or(|f| std::ptr::fn_addr_eq(f, object_setattro as SetAttroFn))
    }

    /// The attribute, or None where `getattr` would raise AttributeError.
    pub fn get_attr_opt(&self, obj: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        match self.getattro_slot(obj.class()) {
            Some(f) => f(self, obj, name),
            None => object_getattro(self, obj, name),
        }
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&self, obj: &Obj, name: &Obj) -> PyResult<Obj> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&self, obj: &Obj, name: &Obj, value: Obj) -> PyResult<()> {
        self.set_or_del_attr(obj, name, Some(value))
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&self, obj: &Obj, name: &Obj) -> PyResult<()> {
        self.set_or_del_attr(obj, name, None)
    }

    fn set_or_del_attr(&self, obj: &Obj, name: &Obj, value: Option<Obj>) -> PyResult<()> {
        match self.setattro_slot(obj.class()) {
            Some(f) => f(self, obj, name, value),
            None => object_setattro(self, obj, name, value),
        }
    }
}

/// The text of an attribute name ("" for a non-str, which finds nothing).
pub(crate) fn name_text(name: &Obj) -> &str {
    name.downcast_text::<PyStr>()
        .map(StrRef::from)
        .map(|s| s.value)
        .unwrap_or("")
}

/// `object.__getattribute__` (CPython's `PyObject_GenericGetAttr`).
pub(crate) fn object_getattro(vm: &Vm, obj: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    vm.generic_get_attr(obj, obj.class(), name)
}

/// `object.__setattr__` / `object.__delattr__` (CPython's `PyObject_GenericSetAttr`).
pub(crate) fn object_setattro(vm: &Vm, obj: &Obj, name: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.generic_set_attr(obj, name, value)
}

/// The generic forms of the dict slots, which no class can select (they have no dunder).
fn no_dict(vm: &Vm, _obj: &Obj) -> Obj {
    vm.new_dict()
}

fn no_set_dict(_vm: &Vm, _obj: &Obj, _dict: Obj) -> PyResult<Option<Obj>> {
    Ok(None)
}

// ---- generic slot functions: call the dunders ---------------------------------------------

/// The builtin native function behind an inherited `__getattribute__` wrapper, if it is one.
fn native_getattro(vm: &Vm, descr: &Obj) -> Option<GetAttroFn> {
    let m = descr.downcast_ref::<PyMethodDescr>()?;
    vm.native_slots(&m.owner).getattro
}

fn native_setattro(vm: &Vm, descr: &Obj) -> Option<SetAttroFn> {
    let m = descr.downcast_ref::<PyMethodDescr>()?;
    vm.native_slots(&m.owner).setattro
}

/// A class with `__getattribute__` or `__getattr__` (CPython's `slot_tp_getattr_hook`): its
/// `__getattribute__`, then, on AttributeError, its `__getattr__`.
fn slot_getattr_hook(vm: &Vm, obj: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let cls = obj.class().clone();
    let first = match vm.lookup_special_name(&cls, &GETATTRIBUTE) {
        Some(ga) => match native_getattro(vm, &ga) {
            Some(native) => native(vm, obj, name),
            None => vm
                .call(&ga, Args::positional(&[obj.clone(), name.clone()]))
                .map(Some),
        },
        None => object_getattro(vm, obj, name),
    };
    let Some(hook) = vm.lookup_special_name(&cls, &GETATTR) else {
        return first;
    };
    match first {
        Ok(Some(v)) => Ok(Some(v)),
        Err(e) if !vm.exc_matches(&e.exc, "AttributeError") => Err(e),
        // The AttributeError that sent us here is not kept while the hook runs (a recursive
        // `__getattr__` would pile them up).
        Ok(None) | Err(_) => {
            let _native = vm.enter_recursion_while("")?;
            vm.call(&hook, Args::positional(&[obj.clone(), name.clone()]))
                .map(Some)
        }
    }
}

/// A class with `__setattr__` or `__delattr__` (CPython's `slot_tp_setattro`).
fn slot_setattro(vm: &Vm, obj: &Obj, name: &Obj, value: Option<Obj>) -> PyResult<()> {
    let dunder = if value.is_some() { &SETATTR } else { &DELATTR };
    let Some(f) = vm.lookup_special_name(obj.class(), dunder) else {
        return object_setattro(vm, obj, name, value);
    };
    if let Some(native) = native_setattro(vm, &f) {
        return native(vm, obj, name, value);
    }
    let mut args = vec![obj.clone(), name.clone()];
    args.extend(value);
    vm.call(&f, Args::positional(&args))?;
    Ok(())
}

// ---- a builtin's dunder methods -----------------------------------------------------------

/// An attribute name given to a builtin `__getattribute__`/`__setattr__`/`__delattr__`: a str,
/// as CPython checks.
fn checked_name<'a>(vm: &Vm, name: &'a Obj) -> PyResult<&'a Obj> {
    if PyStr::is_str(name) {
        return Ok(name);
    }
    Err(vm.type_error(format!(
        "attribute name must be string, not '{}'",
        vm.type_name(name)
    )))
}

fn wrap_getattribute(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__getattribute__", &args, 1)?;
    let name = checked_name(vm, &a[1])?;
    let f = vm.native_slots(owner).getattro.unwrap_or(object_getattro);
    match f(vm, &a[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&a[0], name)),
    }
}

fn wrap_setattr(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__setattr__", &args, 2)?;
    let name = checked_name(vm, &a[1])?;
    let f = vm.native_slots(owner).setattro.unwrap_or(object_setattro);
    f(vm, &a[0], name, Some(a[2].clone()))?;
    Ok(vm.none.clone())
}

fn wrap_delattr(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__delattr__", &args, 1)?;
    let name = checked_name(vm, &a[1])?;
    let f = vm.native_slots(owner).setattro.unwrap_or(object_setattro);
    f(vm, &a[0], name, None)?;
    Ok(vm.none.clone())
}
