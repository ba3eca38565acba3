//! Type slots (CPython's `tp_*`, `sq_*`, `mp_*`, `nb_*` function pointers): each protocol
//! operation of the VM is one call through a slot of the operand's type.
//!
//! A builtin type gives its [`NativeSlots`] when it is set up (in its own `types/<type>.rs`);
//! its exact-instance fast paths live inside those functions. Every type, builtin or class,
//! then has one resolved [`SlotCell`] per slot, found along its MRO (CPython's
//! `update_one_slot`): the first class of the MRO that either is a builtin type with a native
//! function for the slot, or has one of the slot's dunders in its namespace, decides — the
//! former gives its native function (a subclass that does not override the dunder keeps the
//! builtin's behaviour and speed), the latter the slot's *generic* form, which looks the dunder
//! up and calls it (CPython's `slot_sq_length`, `slot_nb_add`, `slot_tp_richcompare`).
//!
//! Invariants:
//! - a resolved cell is valid while its epoch equals the VM's type epoch, which every change
//!   to any type's namespace (or a type's death) advances, so a dunder set or deleted on a
//!   class or any of its bases is seen by the next operation (CPython's `update_slot`);
//! - the generic forms look the dunder up again at call time, so a cell that names one is
//!   right for every class whose MRO holds the dunder before any native function;
//! - a builtin's dunder methods (`list.__len__`, `int.__add__`) are slot wrappers
//!   (`wrapper_descriptor`) that run the native function of the type that defines them, never
//!   the resolved slot, so they run the builtin's code even for a subclass that overrides the
//!   dunder (`super().__add__(x)` reaches `int`'s addition);
//! - a native binary or comparison function is called with the operands in source order,
//!   whichever of them has its type, and answers `None` (NotImplemented) for operands it does
//!   not handle; the dispatch in [`number`] and [`compare`] decides who is asked first.
//!
//! The rooms: [`sequence`] (length, truth, item access, containment, iteration), [`number`]
//! (binary, in-place and unary operators), [`compare`] (rich comparison), [`object`] (repr,
//! str, hash, call, descriptors), [`attribute`] (attribute get, set and delete).

pub mod attribute;
pub mod compare;
pub mod number;
pub mod object;
pub mod sequence;

use std::cell::Cell;

use ouro_memory::Obj;

use crate::objects::PyType;
use crate::protocol::attr::SpecialName;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;

pub use attribute::{DictFn, GetAttroFn, SetAttroFn, SetDictFn};
pub use compare::CompareFn;
pub use number::{BinaryFn, OpSet, UnaryFn, UnaryOp, UnaryOps};
pub use object::{CallFn, DescrGetFn, DescrSetFn, HashFn, ReprFn};
pub use sequence::{BoolFn, ContainsFn, GetItemFn, IterFn, LenFn, NextFn, SetItemFn};

/// The functions a builtin type implements natively.
#[derive(Clone, Copy, Default)]
pub struct NativeSlots {
    pub len: Option<LenFn>,
    pub bool_: Option<BoolFn>,
    pub getitem: Option<GetItemFn>,
    /// `obj[key] = value` and `del obj[key]` (value None): `mp_ass_subscript`.
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub iter: Option<IterFn>,
    pub next: Option<NextFn>,
    /// `a op b` for the operators in `binary_left` (the type's instance on the left:
    /// `__add__`) and `binary_right` (on the right: `__radd__`).
    pub binary: Option<BinaryFn>,
    pub binary_left: OpSet,
    pub binary_right: OpSet,
    /// `a op= b` in place, for the operators in `inplace_ops` (`__iadd__`).
    pub inplace: Option<BinaryFn>,
    pub inplace_ops: OpSet,
    /// `-a`, `+a`, `~a`, `abs(a)` for the operators in `unary_ops`.
    pub unary: Option<UnaryFn>,
    pub unary_ops: UnaryOps,
    /// The six rich comparisons (`tp_richcompare`).
    pub compare: Option<CompareFn>,
    pub repr: Option<ReprFn>,
    pub str_: Option<ReprFn>,
    pub hash: Option<HashFn>,
    pub call: Option<CallFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
    pub getattro: Option<GetAttroFn>,
    pub setattro: Option<SetAttroFn>,
    /// The instance's `__dict__`, created on first use, for builtin types whose instances
    /// carry one (CPython's `tp_dictoffset`), and its replacement (`obj.__dict__ = d`).
    pub dict: Option<DictFn>,
    pub set_dict: Option<SetDictFn>,
    /// The constructor (`tp_new`), called with the class first: by `type.__call__`, and by
    /// the `__new__` in the type's dict (a builtin method bound to the type, CPython's
    /// `tp_new_wrapper`, which checks the class it is given).
    pub new: Option<crate::objects::NativeFn>,
}

impl NativeSlots {
    /// These slots, with `older`'s where these have none (a type's slots may be given by more
    /// than one module: `type`'s `|` comes from the union code).
    fn or(self, older: NativeSlots) -> NativeSlots {
        let (binary, binary_left, binary_right) = match self.binary {
            Some(_) => (self.binary, self.binary_left, self.binary_right),
            None => (older.binary, older.binary_left, older.binary_right),
        };
        let (inplace, inplace_ops) = match self.inplace {
            Some(_) => (self.inplace, self.inplace_ops),
            None => (older.inplace, older.inplace_ops),
        };
        let (unary, unary_ops) = match self.unary {
            Some(_) => (self.unary, self.unary_ops),
            None => (older.unary, older.unary_ops),
        };
        NativeSlots {
            len: self.len.or(older.len),
            bool_: self.bool_.or(older.bool_),
            getitem: self.getitem.or(older.getitem),
            setitem: self.setitem.or(older.setitem),
            contains: self.contains.or(older.contains),
            iter: self.iter.or(older.iter),
            next: self.next.or(older.next),
            binary,
            binary_left,
            binary_right,
            inplace,
            inplace_ops,
            unary,
            unary_ops,
            compare: self.compare.or(older.compare),
            repr: self.repr.or(older.repr),
            str_: self.str_.or(older.str_),
            hash: self.hash.or(older.hash),
            call: self.call.or(older.call),
            descr_get: self.descr_get.or(older.descr_get),
            descr_set: self.descr_set.or(older.descr_set),
            getattro: self.getattro.or(older.getattro),
            setattro: self.setattro.or(older.setattro),
            dict: self.dict.or(older.dict),
            set_dict: self.set_dict.or(older.set_dict),
            new: self.new.or(older.new),
        }
    }
}

/// What a slot of a class resolved to: a builtin's native function, or the generic form that
/// calls the dunder (for slots whose generic form needs to know the operand's side).
#[derive(Clone, Copy)]
pub enum Slot<F> {
    Native(F),
    Dunder,
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
    pub(crate) len: SlotCell<LenFn>,
    pub(crate) bool_: SlotCell<BoolFn>,
    pub(crate) getitem: SlotCell<GetItemFn>,
    pub(crate) setitem: SlotCell<SetItemFn>,
    pub(crate) contains: SlotCell<ContainsFn>,
    pub(crate) iter: SlotCell<IterFn>,
    pub(crate) next: SlotCell<NextFn>,
    pub(crate) binary: [SlotCell<Slot<BinaryFn>>; number::BINARY_OPS],
    pub(crate) inplace: [SlotCell<Slot<BinaryFn>>; number::BINARY_OPS],
    pub(crate) unary: [SlotCell<Slot<UnaryFn>>; number::UNARY_OPS],
    pub(crate) compare: SlotCell<Slot<CompareFn>>,
    pub(crate) repr: SlotCell<ReprFn>,
    pub(crate) str_: SlotCell<ReprFn>,
    pub(crate) hash: SlotCell<HashFn>,
    pub(crate) call: SlotCell<CallFn>,
    pub(crate) descr_get: SlotCell<DescrGetFn>,
    pub(crate) descr_set: SlotCell<DescrSetFn>,
    pub(crate) getattro: SlotCell<GetAttroFn>,
    pub(crate) setattro: SlotCell<SetAttroFn>,
    pub(crate) dict: SlotCell<DictFn>,
    pub(crate) set_dict: SlotCell<SetDictFn>,
}

impl std::fmt::Debug for TypeSlots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TypeSlots")
    }
}

impl Vm {
    /// Give the builtin type `ty` its native slot functions, and the dunder methods that wrap
    /// them (`list.__len__`, `int.__add__`), as CPython's `add_operators` does for a static
    /// type.
    pub(crate) fn set_native_slots(&self, ty: &Obj, native: NativeSlots) {
        let Some(t) = ty.downcast_ref::<PyType>() else {
            return;
        };
        let native = native.or(t.type_slots.native.get());
        t.type_slots.native.set(native);
        for (name, wrapper) in sequence::wrappers(&native)
            .chain(number::wrappers(&native))
            .chain(compare::wrappers(&native))
            .chain(object::wrappers(&native))
            .chain(attribute::wrappers(&native))
        {
            self.add_slot_wrapper(ty, name, wrapper);
        }
    }

    /// The slot `cell` of class `cls`, resolved along its MRO when the cell is stale: the first
    /// class that is a builtin with a native function (`native` of its [`NativeSlots`]) or has
    /// one of `dunders` in its own namespace (`generic`).
    #[inline]
    pub(crate) fn resolve_slot<F: Copy>(
        &self,
        cls: &Obj,
        cell: &SlotCell<F>,
        dunders: &[&SpecialName],
        native: impl Fn(&NativeSlots) -> Option<F>,
        generic: F,
    ) -> Option<F> {
        let epoch = self.type_epoch.get();
        if cell.epoch.get() == epoch {
            return cell.f.get();
        }
        let found = self.find_slot(cls, dunders, native, generic);
        cell.epoch.set(epoch);
        cell.f.set(found);
        found
    }

    fn find_slot<F: Copy>(
        &self,
        cls: &Obj,
        dunders: &[&SpecialName],
        native: impl Fn(&NativeSlots) -> Option<F>,
        generic: F,
    ) -> Option<F> {
        let t = cls.downcast_ref::<PyType>()?;
        for c in t.mro.borrow().iter() {
            let Some(ct) = c.downcast_ref::<PyType>() else {
                continue;
            };
            if ct.builtin {
                if let Some(f) = native(&ct.type_slots.native.get()) {
                    return Some(f);
                }
            }
            let d = ct.dict.borrow();
            if dunders
                .iter()
                .any(|n| d.find_str_hashed(n.0, n.1).is_some())
            {
                return Some(generic);
            }
        }
        None
    }

    /// The slots of class `cls`.
    #[inline]
    pub(crate) fn type_slots<'a>(&self, cls: &'a Obj) -> Option<&'a TypeSlots> {
        cls.downcast_ref::<PyType>().map(|t| &t.type_slots)
    }

    /// The native slots a builtin type `owner` defined (what its slot wrappers run).
    pub(crate) fn native_slots(&self, owner: &Obj) -> NativeSlots {
        owner
            .downcast_ref::<PyType>()
            .map(|t| t.type_slots.native.get())
            .unwrap_or_default()
    }
}

/// The payload of the object a native slot function was called for. Slots are only reached
/// through a class bound to the payload, so a mismatch is a VM bug reported as a TypeError.
#[inline]
pub(crate) fn slot_payload<'a, T: ouro_memory::Payload>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a T> {
    obj.downcast_ref::<T>().ok_or_else(|| {
        vm.type_error(format!(
            "expected a '{}' object, got '{}'",
            T::NAME,
            vm.type_name(obj)
        ))
    })
}

/// The receiver and arguments of a slot wrapper call that takes `n` arguments after the
/// receiver, with CPython's `check_num_args` message otherwise ("expected 1 argument, got 0").
pub(crate) fn wrapper_args<'a>(
    vm: &Vm,
    name: &str,
    args: &crate::objects::Args<'a>,
    n: usize,
) -> PyResult<&'a [Obj]> {
    let all = args.values;
    if all.is_empty() {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let given = all.len() - 1;
    if given != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {given}")));
    }
    Ok(all)
}

/// The text of the str a native str slot function was called for.
pub(crate) fn slot_payload_str<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a str> {
    crate::objects::PyStr::view(obj)
        .map(|s| s.value)
        .ok_or_else(|| {
            vm.type_error(format!(
                "expected a 'str' object, got '{}'",
                vm.type_name(obj)
            ))
        })
}
