//! The sequence and mapping slots: length, truth, item access, containment, iteration
//! (CPython's `sq_length`/`mp_length`, `nb_bool`, `mp_subscript`, `sq_contains`, `tp_iter`).

use ouro_memory::Obj;

use super::{NativeSlots, SlotCell};
use crate::objects::{Args, PyInt, SlotWrapperFn};
use crate::protocol::attr::SpecialName;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;

/// `len(obj)`: `sq_length` / `mp_length`.
pub type LenFn = fn(&Vm, &Obj) -> PyResult<usize>;
/// `bool(obj)`: `nb_bool`.
pub type BoolFn = fn(&Vm, &Obj) -> PyResult<bool>;
/// `obj[key]`: `mp_subscript`.
pub type GetItemFn = fn(&Vm, &Obj, &Obj) -> PyResult<Obj>;
/// `item in obj`: `sq_contains`.
pub type ContainsFn = fn(&Vm, &Obj, &Obj) -> PyResult<bool>;
/// `obj[key] = value`, or `del obj[key]` when the value is None: `mp_ass_subscript`.
pub type SetItemFn = fn(&Vm, &Obj, &Obj, Option<&Obj>) -> PyResult<()>;
/// `iter(obj)`: `tp_iter`.
pub type IterFn = fn(&Vm, &Obj) -> PyResult<Obj>;
/// `next(it)`: `tp_iternext`. None when exhausted; a return value the iterator stops with
/// (a generator's) is left in the VM's `last_stop_value`.
pub type NextFn = fn(&Vm, &Obj) -> PyResult<Option<Obj>>;

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
const SETITEM: SpecialName = SpecialName::new("__setitem__");
const DELITEM: SpecialName = SpecialName::new("__delitem__");
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
const NEXT: SlotDef<NextFn> = SlotDef {
    dunder: SpecialName::new("__next__"),
    native: |n| n.next,
    generic: slot_next,
};

/// The dunder wrappers a builtin's native sequence slots get.
pub(super) fn wrappers(
    native: &NativeSlots,
) -> impl Iterator<Item = (&'static str, SlotWrapperFn)> {
    let all: [(&'static str, bool, SlotWrapperFn); 8] = [
        ("__len__", native.len.is_some(), wrap_len),
        ("__bool__", native.bool_.is_some(), wrap_bool),
        ("__getitem__", native.getitem.is_some(), wrap_getitem),
        ("__setitem__", native.setitem.is_some(), wrap_setitem),
        ("__delitem__", native.setitem.is_some(), wrap_delitem),
        ("__contains__", native.contains.is_some(), wrap_contains),
        ("__iter__", native.iter.is_some(), wrap_iter),
        ("__next__", native.next.is_some(), wrap_next),
    ];
    all.into_iter()
        .filter(|(_, present, _)| *present)
        .map(|(name, _, f)| (name, f))
}

impl Vm {
    fn resolve<F: Copy>(
        &self,
        cls: &Obj,
        cell: impl Fn(&super::TypeSlots) -> &SlotCell<F>,
        def: &SlotDef<F>,
    ) -> Option<F> {
        let slots = self.type_slots(cls)?;
        self.resolve_slot(cls, cell(slots), &[&def.dunder], def.native, def.generic)
    }

    /// The `len` slot of class `cls`.
    pub(crate) fn len_slot(&self, cls: &Obj) -> Option<LenFn> {
        self.resolve(cls, |s| &s.len, &LEN)
    }

    /// The `bool` slot of class `cls`.
    pub(crate) fn bool_slot(&self, cls: &Obj) -> Option<BoolFn> {
        self.resolve(cls, |s| &s.bool_, &BOOL)
    }

    /// The `getitem` slot of class `cls`.
    pub(crate) fn getitem_slot(&self, cls: &Obj) -> Option<GetItemFn> {
        self.resolve(cls, |s| &s.getitem, &GETITEM)
    }

    /// The `setitem` slot of class `cls` (assignment and deletion).
    pub(crate) fn setitem_slot(&self, cls: &Obj) -> Option<SetItemFn> {
        let cell = &self.type_slots(cls)?.setitem;
        self.resolve_slot(
            cls,
            cell,
            &[&SETITEM, &DELITEM],
            |n| n.setitem,
            slot_setitem,
        )
    }

    /// `container[key] = value`.
    pub fn set_item(&self, container: &Obj, key: Obj, value: Obj) -> PyResult<()> {
        match self.setitem_slot(container.class()) {
            Some(f) => f(self, container, &key, Some(&value)),
            None => Err(self.no_item_assignment(container)),
        }
    }

    /// `del container[key]`.
    pub fn del_item(&self, container: &Obj, key: &Obj) -> PyResult<()> {
        match self.setitem_slot(container.class()) {
            Some(f) => f(self, container, key, None),
            None => Err(self.no_item_deletion(container, key)),
        }
    }

    fn no_item_assignment(&self, obj: &Obj) -> crate::runtime::errors::PyErr {
        self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        ))
    }

    /// CPython words it per path: a sequence given an index "doesn't support item deletion"
    /// (`PySequence_DelItem`), anything else "does not".
    fn no_item_deletion(&self, obj: &Obj, key: &Obj) -> crate::runtime::errors::PyErr {
        let sequence = self.len_slot(obj.class()).is_some() && PyInt::is_int(key);
        let verb = if sequence { "doesn't" } else { "does not" };
        self.type_error(format!(
            "'{}' object {verb} support item deletion",
            self.type_name(obj)
        ))
    }

    /// The `contains` slot of class `cls`.
    pub(crate) fn contains_slot(&self, cls: &Obj) -> Option<ContainsFn> {
        self.resolve(cls, |s| &s.contains, &CONTAINS)
    }

    /// The `iter` slot of class `cls`.
    pub(crate) fn iter_slot(&self, cls: &Obj) -> Option<IterFn> {
        self.resolve(cls, |s| &s.iter, &ITER)
    }

    /// The `next` slot of class `cls`: Some for iterators.
    pub(crate) fn next_slot(&self, cls: &Obj) -> Option<NextFn> {
        self.resolve(cls, |s| &s.next, &NEXT)
    }

    /// A `__len__` result as CPython checks it (`slot_sq_length`).
    fn len_result(&self, r: &Obj) -> PyResult<usize> {
        let index;
        let r = match PyInt::of(r) {
            Some(_) => r,
            None => match self.lookup_type(r.class(), "__index__") {
                Some(f) => {
                    index = self.call_method_obj(&f, r, &[])?;
                    &index
                }
                None => r,
            },
        };
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
    if vm.is_none(&f) {
        return Err(vm.type_error(format!(
            "'{}' cannot be interpreted as a boolean",
            vm.type_name(obj)
        )));
    }
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

fn slot_setitem(vm: &Vm, obj: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match value {
        // A class with only one of the two dunders: CPython's slot_mp_ass_subscript looks the
        // other up and fails with AttributeError.
        Some(v) => match dunder(vm, obj, &SETITEM) {
            Some(f) => vm
                .call_method_obj(&f, obj, &[key.clone(), v.clone()])
                .map(drop),
            None => Err(vm.new_error("AttributeError", "__setitem__".to_string())),
        },
        None => match dunder(vm, obj, &DELITEM) {
            Some(f) => vm
                .call_method_obj(&f, obj, std::slice::from_ref(key))
                .map(drop),
            None => Err(vm.new_error("AttributeError", "__delitem__".to_string())),
        },
    }
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
    if vm.next_slot(r.class()).is_none() {
        return Err(vm.type_error(format!(
            "iter() returned non-iterator of type '{}'",
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

fn slot_next(vm: &Vm, obj: &Obj) -> PyResult<Option<Obj>> {
    let Some(f) = dunder(vm, obj, &NEXT.dunder) else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(obj))));
    };
    match vm.call_method_obj(&f, obj, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(&e.exc, "StopIteration") => {
            drop(vm.last_stop_value.replace(vm.stop_iteration_value(&e.exc)));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

// ---- a builtin's dunder methods: wrappers of its native functions --------------------------

fn wrap_len(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__len__", &args, 0)?;
    let f = vm.native_slots(owner).len.ok_or_else(|| vm.no_len(&a[0]))?;
    Ok(vm.new_int(f(vm, &a[0])? as i64))
}

fn wrap_bool(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__bool__", &args, 0)?;
    Ok(vm.new_bool(match vm.native_slots(owner).bool_ {
        Some(f) => f(vm, &a[0])?,
        None => true,
    }))
}

fn wrap_getitem(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__getitem__", &args, 1)?;
    let f = vm
        .native_slots(owner)
        .getitem
        .ok_or_else(|| vm.not_subscriptable(&a[0]))?;
    f(vm, &a[0], &a[1])
}

fn wrap_contains(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__contains__", &args, 1)?;
    let f = vm
        .native_slots(owner)
        .contains
        .ok_or_else(|| vm.type_error("not a container"))?;
    Ok(vm.new_bool(f(vm, &a[0], &a[1])?))
}

fn wrap_iter(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__iter__", &args, 0)?;
    let f = vm
        .native_slots(owner)
        .iter
        .ok_or_else(|| vm.not_iterable(&a[0]))?;
    f(vm, &a[0])
}

fn wrap_next(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__next__", &args, 0)?;
    let f = vm.native_slots(owner).next.ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&a[0])
        ))
    })?;
    vm.native_loop_tick()?;
    match f(vm, &a[0])? {
        Some(v) => Ok(v),
        None => {
            let v = vm
                .last_stop_value
                .borrow_mut()
                .take()
                .filter(|v| !vm.is_none(v));
            Err(vm.stop_iteration(v))
        }
    }
}

fn wrap_setitem(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__setitem__", &args, 2)?;
    let f = vm
        .native_slots(owner)
        .setitem
        .ok_or_else(|| vm.no_item_assignment(&a[0]))?;
    f(vm, &a[0], &a[1], Some(&a[2]))?;
    Ok(vm.none.clone())
}

fn wrap_delitem(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, "__delitem__", &args, 1)?;
    let f = vm
        .native_slots(owner)
        .setitem
        .ok_or_else(|| vm.no_item_deletion(&a[0], &a[1]))?;
    f(vm, &a[0], &a[1], None)?;
    Ok(vm.none.clone())
}
