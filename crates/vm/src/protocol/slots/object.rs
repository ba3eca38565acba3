//! The basic object slots: `repr()`, `str()` and `hash()` (CPython's `tp_repr`, `tp_str`,
//! `tp_hash`).
//!
//! `object` gives the defaults: its repr names the class and the address, its str is the
//! repr, its hash is the identity. A class that sets `__hash__ = None` (or defines `__eq__`
//! without `__hash__`, which `type` turns into the same) is unhashable: the generic hash finds
//! None and raises, as CPython's `PyObject_HashNotImplemented`. The builtins that are
//! unhashable (list, dict, set, bytearray) put `__hash__ = None` in their dicts for the same
//! effect.

use ouro_memory::Obj;

use super::{NativeSlots, SlotCell};
use crate::objects::{Args, PyInt, PyStr, SlotWrapperFn};
use crate::protocol::attr::SpecialName;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;

/// `repr(obj)` / `str(obj)`: a str object.
pub type ReprFn = fn(&Vm, &Obj) -> PyResult<Obj>;
/// `hash(obj)`.
pub type HashFn = fn(&Vm, &Obj) -> PyResult<i64>;
/// Binding a class attribute: `descr.__get__(obj, cls)` (obj None on the class): `tp_descr_get`.
pub type DescrGetFn = fn(&Vm, Obj, Option<&Obj>, &Obj) -> PyResult<Obj>;
/// `descr.__set__(obj, value)` / `descr.__delete__(obj)` (value None), with the attribute's
/// name for messages: `tp_descr_set`.
pub type DescrSetFn = fn(&Vm, &Obj, &Obj, Option<Obj>, &str) -> PyResult<()>;
/// `obj(*args, **kwargs)`: `tp_call`.
pub type CallFn = fn(&Vm, &Obj, Args<'_>) -> PyResult<Obj>;

const REPR: SpecialName = SpecialName::new("__repr__");
const STR: SpecialName = SpecialName::new("__str__");
const HASH: SpecialName = SpecialName::new("__hash__");
const CALL: SpecialName = SpecialName::new("__call__");
const GET: SpecialName = SpecialName::new("__get__");
const SET: SpecialName = SpecialName::new("__set__");
const DELETE: SpecialName = SpecialName::new("__delete__");

/// The dunder wrappers a builtin's native object slots get.
pub(super) fn wrappers(
    native: &NativeSlots,
) -> impl Iterator<Item = (&'static str, SlotWrapperFn)> {
    let all: [(&'static str, bool, SlotWrapperFn); 7] = [
        ("__repr__", native.repr.is_some(), wrap_repr),
        ("__str__", native.str_.is_some(), wrap_str),
        ("__hash__", native.hash.is_some(), wrap_hash),
        ("__call__", native.call.is_some(), wrap_call),
        ("__get__", native.descr_get.is_some(), wrap_get),
        ("__set__", native.descr_set.is_some(), wrap_set),
        ("__delete__", native.descr_set.is_some(), wrap_delete),
    ];
    all.into_iter()
        .filter(|(_, present, _)| *present)
        .map(|(name, _, f)| (name, f))
}

impl Vm {
    fn object_slot<F: Copy>(
        &self,
        cls: &Obj,
        cell: impl Fn(&super::TypeSlots) -> &SlotCell<F>,
        name: &SpecialName,
        native: impl Fn(&NativeSlots) -> Option<F>,
        generic: F,
    ) -> Option<F> {
        let slots = self.type_slots(cls)?;
        self.resolve_slot(cls, cell(slots), &[name], native, generic)
    }

    /// `repr(obj)` as a str object.
    pub fn repr(&self, obj: &Obj) -> PyResult<Obj> {
        let f = self.object_slot(
            obj.class(),
            |s| &s.repr,
            &REPR,
            |n| n.repr,
            slot_repr as ReprFn,
        );
        match f {
            Some(f) => f(self, obj),
            None => Ok(self.new_str(self.default_repr(obj))),
        }
    }

    /// `str(obj)` as a str object.
    pub fn str(&self, obj: &Obj) -> PyResult<Obj> {
        if obj.class().ptr_eq(&self.types.str) {
            return Ok(obj.clone());
        }
        let f = self.object_slot(
            obj.class(),
            |s| &s.str_,
            &STR,
            |n| n.str_,
            slot_str as ReprFn,
        );
        match f {
            Some(f) => f(self, obj),
            None => self.repr(obj),
        }
    }

    /// `hash(obj)`.
    pub fn hash(&self, obj: &Obj) -> PyResult<i64> {
        // The dict and set keys of almost every program: exact strs and small ints.
        let cls = obj.class();
        if cls.ptr_eq(&self.types.str) {
            if let Some(s) = PyStr::view(obj) {
                return Ok(s.hash_value());
            }
        } else if cls.ptr_eq(&self.types.int) {
            if let Some(v) = PyInt::small_of(obj) {
                return Ok(PyInt::Small(v).hash());
            }
        }
        let f = self.object_slot(cls, |s| &s.hash, &HASH, |n| n.hash, slot_hash as HashFn);
        match f {
            Some(f) => f(self, obj),
            None => Ok(identity_hash(obj)),
        }
    }

    /// The `descr_get` slot of class `cls`: Some for descriptors.
    pub(crate) fn descr_get_slot(&self, cls: &Obj) -> Option<DescrGetFn> {
        let cell = &self.type_slots(cls)?.descr_get;
        self.resolve_slot(
            cls,
            cell,
            &[&GET],
            |n| n.descr_get,
            crate::protocol::attr::slot_descr_get as DescrGetFn,
        )
    }

    /// The `descr_set` slot of class `cls`: Some for data descriptors.
    pub(crate) fn descr_set_slot(&self, cls: &Obj) -> Option<DescrSetFn> {
        let cell = &self.type_slots(cls)?.descr_set;
        self.resolve_slot(
            cls,
            cell,
            &[&SET, &DELETE],
            |n| n.descr_set,
            crate::protocol::attr::slot_descr_set as DescrSetFn,
        )
    }

    /// The `call` slot of class `cls`: Some for callable objects.
    pub(crate) fn call_slot(&self, cls: &Obj) -> Option<CallFn> {
        self.object_slot(
            cls,
            |s| &s.call,
            &CALL,
            |n| n.call,
            crate::protocol::call::slot_call as CallFn,
        )
    }

    pub(crate) fn unhashable(&self, obj: &Obj) -> crate::runtime::errors::PyErr {
        self.type_error(format!("unhashable type: '{}'", self.type_name(obj)))
    }

    /// A `__repr__`/`__str__` result: it must be a str.
    fn checked_str(&self, r: Obj, name: &str) -> PyResult<Obj> {
        if PyStr::is_str(&r) {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "{name} returned non-string (type {})",
            self.type_name(&r)
        )))
    }
}

/// `object.__hash__`: the address rotated by 4 bits (CPython's `_Py_HashPointer`).
pub(crate) fn identity_hash(obj: &Obj) -> i64 {
    (obj.addr() >> 4) as i64 | ((obj.addr() as i64) << 60)
}

// ---- generic slot functions: call the dunder ----------------------------------------------

fn slot_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let Some(f) = vm.lookup_special_name(obj.class(), &REPR) else {
        return Ok(vm.new_str(vm.default_repr(obj)));
    };
    let _native = vm.enter_recursion_while("")?;
    let r = vm.call_method_obj(&f, obj, &[])?;
    vm.checked_str(r, "__repr__")
}

fn slot_str(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let Some(f) = vm.lookup_special_name(obj.class(), &STR) else {
        return vm.repr(obj);
    };
    let _native = vm.enter_recursion_while("")?;
    let r = vm.call_method_obj(&f, obj, &[])?;
    vm.checked_str(r, "__str__")
}

fn slot_hash(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let f = match vm.lookup_special_name(obj.class(), &HASH) {
        Some(f) if !vm.is_none(&f) => f,
        _ => return Err(vm.unhashable(obj)),
    };
    let _native = vm.enter_recursion_while("")?;
    let r = vm.call_method_obj(&f, obj, &[])?;
    // CPython reduces a big result modulo the hash modulus and never gives -1.
    match PyInt::of(&r) {
        Some(PyInt::Small(-1)) => Ok(-2),
        Some(PyInt::Small(v)) => Ok(v),
        Some(big) => Ok(big.hash()),
        None => Err(vm.type_error("__hash__ method should return an integer")),
    }
}

// ---- a builtin's dunder methods -----------------------------------------------------------

fn wrap_repr(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__repr__", &args, 0)?;
    match vm.native_slots(owner).repr {
        Some(f) => f(vm, &a[0]),
        None => Ok(vm.new_str(vm.default_repr(&a[0]))),
    }
}

fn wrap_str(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__str__", &args, 0)?;
    match vm.native_slots(owner).str_ {
        Some(f) => f(vm, &a[0]),
        None => vm.repr(&a[0]),
    }
}

fn wrap_hash(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__hash__", &args, 0)?;
    let h = match vm.native_slots(owner).hash {
        Some(f) => f(vm, &a[0])?,
        None => identity_hash(&a[0]),
    };
    Ok(vm.new_int(h))
}

fn wrap_call(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let Some(callable) = args.values.first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    match vm.native_slots(owner).call {
        Some(f) => f(vm, callable, rest),
        None => Err(vm.type_error(format!(
            "'{}' object is not callable",
            vm.type_name(callable)
        ))),
    }
}

fn wrap_get(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__get__", 2, 3)?;
    let obj = Some(&a[1]).filter(|o| !vm.is_none(o));
    let cls = match a.get(2).filter(|c| !vm.is_none(c)) {
        Some(c) => c.clone(),
        None => match obj {
            Some(o) => o.class().clone(),
            None => return Err(vm.type_error("__get__(None, None) is invalid")),
        },
    };
    match vm.native_slots(owner).descr_get {
        Some(f) => f(vm, a[0].clone(), obj, &cls),
        None => Ok(a[0].clone()),
    }
}

fn wrap_set(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__set__", &args, 2)?;
    let f = vm
        .native_slots(owner)
        .descr_set
        .ok_or_else(|| vm.new_error("AttributeError", "__set__".to_string()))?;
    f(vm, &a[0], &a[1], Some(a[2].clone()), "")?;
    Ok(vm.none.clone())
}

fn wrap_delete(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__delete__", &args, 1)?;
    let f = vm
        .native_slots(owner)
        .descr_set
        .ok_or_else(|| vm.new_error("AttributeError", "__delete__".to_string()))?;
    f(vm, &a[0], &a[1], None, "")?;
    Ok(vm.none.clone())
}
