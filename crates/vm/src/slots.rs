//! Type slots (CPython's `tp_*`, `sq_*`, `mp_*`, `nb_*` function pointers): each protocol
//! operation of the VM is one call through a slot of the operand's type.
//!
//! A builtin type gives its [`NativeSlots`] when it is set up (in its own `types/<type>.rs`);
//! its exact-instance fast paths live inside those functions. Every type, builtin or class,
//! then has one resolved [`SlotCell`] per slot, found along its MRO (CPython's
//! `update_one_slot`): the first class of the MRO that either is a builtin type with a native
//! function for the slot, or has the slot's dunder in its namespace, decides — the former gives
//! its native function (a subclass that does not override the dunder keeps the builtin's
//! behaviour and speed), the latter the slot's *generic* function, which looks the dunder up and
//! calls it (CPython's `slot_sq_length` and friends).
//!
//! Invariants:
//! - a resolved cell is valid while its epoch equals the VM's type epoch, which every change
//!   to any type's namespace (or a type's death) advances, so a dunder set or deleted on a
//!   class or any of its bases is seen by the next operation (CPython's `update_slot`);
//! - the generic functions look the dunder up again at call time, so a cell that names one is
//!   right for every class whose MRO holds the dunder before any native function;
//! - a builtin's dunder methods (`list.__len__`) are wrappers that call the *native* function
//!   of the first builtin type in the receiver's MRO, never the resolved slot, so they run the
//!   builtin's code even for a subclass that overrides the dunder.

use std::cell::Cell;

use ouro_memory::Obj;

use crate::attr::SpecialName;
use crate::errors::PyResult;
use crate::objects::{Args, PyInt, PyType};
use crate::vm::Vm;

/// `len(obj)`: `sq_length` / `mp_length`.
pub type LenFn = fn(&Vm, &Obj) -> PyResult<usize>;
/// `bool(obj)`: `nb_bool`.
pub type BoolFn = fn(&Vm, &Obj) -> PyResult<bool>;
/// `obj[key]`: `mp_subscript`.
pub type GetItemFn = fn(&Vm, &Obj, &Obj) -> PyResult<Obj>;
/// `item in obj`: `sq_contains`.
pub type ContainsFn = fn(&Vm, &Obj, &Obj) -> PyResult<bool>;
/// `iter(obj)`: `tp_iter`.
pub type IterFn = fn(&Vm, &Obj) -> PyResult<Obj>;

/// The functions a builtin type implements natively.
#[derive(Clone, Copy, Default)]
pub struct NativeSlots {
    pub len: Option<LenFn>,
    pub bool_: Option<BoolFn>,
    pub getitem: Option<GetItemFn>,
    pub contains: Option<ContainsFn>,
    pub iter: Option<IterFn>,
}

/// One resolved slot of one type.
pub struct SlotCell<F: Copy> {
    epoch: Cell<u64>,
    f: Cell<Option<F>>,
}

impl<F: Copy> Default for SlotCell<F> {
    fn default() -> Self {
        SlotCell {
            epoch: Cell::new(0),
            f: Cell::new(None),
        }
    }
}

/// A type's slots: what it implements natively (builtin types) and what each slot resolved to.
#[derive(Default)]
pub struct TypeSlots {
    pub native: Cell<NativeSlots>,
    len: SlotCell<LenFn>,
    bool_: SlotCell<BoolFn>,
    getitem: SlotCell<GetItemFn>,
    contains: SlotCell<ContainsFn>,
    iter: SlotCell<IterFn>,
}

impl std::fmt::Debug for TypeSlots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TypeSlots")
    }
}

/// How one slot is found: its dunder, its native function's place, its generic function.
struct SlotDef<F: 'static> {
    dunder: SpecialName,
    native: fn(&NativeSlots) -> Option<F>,
    generic: F,
}

const LEN: SlotDef<LenFn> = SlotDef {
    dunder: SpecialName::new("__len__"),
    native: |n| n.len,
    generic: slot_len,
};
const BOOL: SlotDef<BoolFn> = SlotDef {
    dunder: SpecialName::new("__bool__"),
    native: |n| n.bool_,
    generic: slot_bool,
};
const GETITEM: SlotDef<GetItemFn> = SlotDef {
    dunder: SpecialName::new("__getitem__"),
    native: |n| n.getitem,
    generic: slot_getitem,
};
const CONTAINS: SlotDef<ContainsFn> = SlotDef {
    dunder: SpecialName::new("__contains__"),
    native: |n| n.contains,
    generic: slot_contains,
};
const ITER: SlotDef<IterFn> = SlotDef {
    dunder: SpecialName::new("__iter__"),
    native: |n| n.iter,
    generic: slot_iter,
};

impl Vm {
    /// Give the builtin type `ty` its native slot functions, and the dunder methods that wrap
    /// them (`list.__len__`), as CPython's `add_operators` does for a static type.
    pub(crate) fn set_native_slots(&self, ty: &Obj, native: NativeSlots) {
        let Some(t) = ty.downcast_ref::<PyType>() else {
            return;
        };
        t.type_slots.native.set(native);
        let wrappers: [(&'static str, bool, crate::objects::NativeFn); 5] = [
            ("__len__", native.len.is_some(), wrap_len),
            ("__bool__", native.bool_.is_some(), wrap_bool),
            ("__getitem__", native.getitem.is_some(), wrap_getitem),
            ("__contains__", native.contains.is_some(), wrap_contains),
            ("__iter__", native.iter.is_some(), wrap_iter),
        ];
        for (name, present, wrapper) in wrappers {
            if present {
                self.add_slot_wrapper(ty, name, wrapper);
            }
        }
    }

    fn resolve<F: Copy>(&self, cls: &Obj, cell: &SlotCell<F>, def: &SlotDef<F>) -> Option<F> {
        let epoch = self.type_epoch.get();
        if cell.epoch.get() == epoch {
            return cell.f.get();
        }
        let mut found = None;
        if let Some(t) = cls.downcast_ref::<PyType>() {
            for c in t.mro.borrow().iter() {
                let Some(ct) = c.downcast_ref::<PyType>() else {
                    continue;
                };
                if ct.builtin {
                    if let Some(f) = (def.native)(&ct.type_slots.native.get()) {
                        found = Some(f);
                        break;
                    }
                }
                let d = ct.dict.borrow();
                if d.find_str_hashed(def.dunder.0, def.dunder.1).is_some() {
                    found = Some(def.generic);
                    break;
                }
            }
        }
        cell.epoch.set(epoch);
        cell.f.set(found);
        found
    }

    fn type_slots<'a>(&self, cls: &'a Obj) -> Option<&'a TypeSlots> {
        cls.downcast_ref::<PyType>().map(|t| &t.type_slots)
    }

    /// The `len` slot of class `cls`.
    pub(crate) fn len_slot(&self, cls: &Obj) -> Option<LenFn> {
        self.resolve(cls, &self.type_slots(cls)?.len, &LEN)
    }

    /// The `bool` slot of class `cls`.
    pub(crate) fn bool_slot(&self, cls: &Obj) -> Option<BoolFn> {
        self.resolve(cls, &self.type_slots(cls)?.bool_, &BOOL)
    }

    /// The `getitem` slot of class `cls`.
    pub(crate) fn getitem_slot(&self, cls: &Obj) -> Option<GetItemFn> {
        self.resolve(cls, &self.type_slots(cls)?.getitem, &GETITEM)
    }

    /// The `contains` slot of class `cls`.
    pub(crate) fn contains_slot(&self, cls: &Obj) -> Option<ContainsFn> {
        self.resolve(cls, &self.type_slots(cls)?.contains, &CONTAINS)
    }

    /// The `iter` slot of class `cls`.
    pub(crate) fn iter_slot(&self, cls: &Obj) -> Option<IterFn> {
        self.resolve(cls, &self.type_slots(cls)?.iter, &ITER)
    }

    /// The native function for a slot of the first builtin type in `obj`'s MRO that has one.
    fn native_of<F: Copy>(&self, obj: &Obj, pick: fn(&NativeSlots) -> Option<F>) -> Option<F> {
        let t = obj.class().downcast_ref::<PyType>()?;
        let mro = t.mro.borrow();
        mro.iter()
            .filter_map(|c| c.downcast_ref::<PyType>())
            .filter(|ct| ct.builtin)
            .find_map(|ct| pick(&ct.type_slots.native.get()))
    }

    /// A `__len__` result as CPython checks it (`slot_sq_length`).
    fn len_result(&self, r: &Obj) -> PyResult<usize> {
        match PyInt::of(r) {
            Some(i) if i.is_negative() => Err(self.value_error("__len__() should return >= 0")),
            Some(PyInt::Small(n)) if n <= isize::MAX as i64 => Ok(n as usize),
            Some(_) => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }
}

/// The payload of the object a native slot function was called for. Slots are only reached
/// through a class bound to the payload, so a mismatch is a VM bug reported as a TypeError.
pub(crate) fn slot_payload<'a, T: ouro_memory::Payload>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a T> {
    obj.downcast_ref::<T>().ok_or_else(|| {
        vm.type_error(format!(
            "expected a '{}' object, got '{}'",
            T::NAME,
            vm.type_name(obj)
        ))
    })
}

// ---- generic slot functions: call the dunder ----------------------------------------------

fn dunder(vm: &Vm, obj: &Obj, def_name: &SpecialName) -> Option<Obj> {
    vm.lookup_special_name(obj.class(), def_name)
}

fn slot_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    let Some(f) = dunder(vm, obj, &LEN.dunder) else {
        return Err(vm.no_len(obj));
    };
    let r = vm.call_method_obj(&f, obj, &[])?;
    vm.len_result(&r)
}

fn slot_bool(vm: &Vm, obj: &Obj) -> PyResult<bool> {
    let Some(f) = dunder(vm, obj, &BOOL.dunder) else {
        return Ok(true);
    };
    let r = vm.call_method_obj(&f, obj, &[])?;
    if !r.class().ptr_eq(&vm.types.bool_) {
        return Err(vm.type_error(format!(
            "__bool__ should return bool, returned {}",
            vm.type_name(&r)
        )));
    }
    Ok(r.ptr_eq(&vm.true_))
}

fn slot_getitem(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<Obj> {
    let Some(f) = dunder(vm, obj, &GETITEM.dunder) else {
        return Err(vm.not_subscriptable(obj));
    };
    vm.call_method_obj(&f, obj, std::slice::from_ref(key))
}

fn slot_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    let f = dunder(vm, obj, &CONTAINS.dunder);
    match f {
        Some(f) if !vm.is_none(&f) => {
            let r = vm.call_method_obj(&f, obj, std::slice::from_ref(item))?;
            vm.is_true(&r)
        }
        _ => Err(vm.type_error(format!("'{}' object is not a container", vm.type_name(obj)))),
    }
}

fn slot_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let f = dunder(vm, obj, &ITER.dunder);
    let f = match f {
        Some(f) if !vm.is_none(&f) => f,
        _ => return Err(vm.not_iterable(obj)),
    };
    let r = vm.call_method_obj(&f, obj, &[])?;
    if vm.lookup_type(r.class(), "__next__").is_none() && !vm.is_native_iterator(&r) {
        return Err(vm.type_error(format!(
            "iter() returned non-iterator of type '{}'",
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

// ---- a builtin's dunder methods: wrappers of its native functions --------------------------

fn wrap_len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__len__", 1, 1)?;
    let f = vm
        .native_of(&a[0], |n| n.len)
        .ok_or_else(|| vm.no_len(&a[0]))?;
    Ok(vm.new_int(f(vm, &a[0])? as i64))
}

fn wrap_bool(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__bool__", 1, 1)?;
    let f = vm.native_of(&a[0], |n| n.bool_);
    Ok(vm.new_bool(match f {
        Some(f) => f(vm, &a[0])?,
        None => true,
    }))
}

fn wrap_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__getitem__", 2, 2)?;
    let f = vm
        .native_of(&a[0], |n| n.getitem)
        .ok_or_else(|| vm.not_subscriptable(&a[0]))?;
    f(vm, &a[0], &a[1])
}

fn wrap_contains(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__contains__", 2, 2)?;
    let f = vm
        .native_of(&a[0], |n| n.contains)
        .ok_or_else(|| vm.type_error("not a container"))?;
    Ok(vm.new_bool(f(vm, &a[0], &a[1])?))
}

fn wrap_iter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__iter__", 1, 1)?;
    let f = vm
        .native_of(&a[0], |n| n.iter)
        .ok_or_else(|| vm.not_iterable(&a[0]))?;
    f(vm, &a[0])
}
