//! `getset_descriptor`: the class-level objects for the attributes builtin objects compute
//! rather than store (`function.__name__`, `type.__mro__`, `int.real`, `object.__class__`,
//! `BaseException.args`, a class's `__dict__` and `__weakref__`), CPython's `PyGetSetDef`
//! and `PyMemberDef` tables. They sit in the type's `__dict__`, win over an instance dict as
//! data descriptors, and answer `__name__`, `__qualname__` and `__objclass__` as CPython's do.
//!
//! Invariants: each builtin type declares its computed attributes once, as a table of
//! [`GetSet`]s beside its methods (`vm.add_getsets(&ty, &[..])` in the type's `init`); a
//! descriptor's getter and setter are called only with an instance of its owner (checked
//! here), so they may take the payload with `slot_payload`; a getset without a setter is
//! read-only ("attribute 'x' of 'T' objects is not writable").

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::{Obj, Payload, Trace};

/// Computes the attribute of an instance of the owner.
pub(crate) type Getter = fn(&Vm, &Obj) -> PyResult<Obj>;
/// Assigns (Some) or deletes (None) the attribute of an instance of the owner.
pub(crate) type Setter = fn(&Vm, &Obj, Option<Obj>) -> PyResult<()>;

/// The setter of a read-only member (CPython's `READONLY` members: `f.__globals__`,
/// `slice.start`): assignment and deletion raise "readonly attribute".
pub(crate) const READONLY: Option<Setter> = Some(readonly_member);

fn readonly_member(vm: &Vm, _obj: &Obj, _value: Option<Obj>) -> PyResult<()> {
    Err(vm.new_error("AttributeError", "readonly attribute".to_string()))
}

/// One row of a type's table of computed attributes.
pub(crate) struct GetSet(pub &'static str, pub Getter, pub Option<Setter>);

/// A computed attribute of a builtin type.
pub struct PyGetSetDescr {
    pub name: &'static str,
    /// The type that defines it (`__objclass__`).
    pub owner: Obj,
    get: Getter,
    set: Option<Setter>,
}

impl std::fmt::Debug for PyGetSetDescr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<getset {}>", self.name)
    }
}

impl Trace for PyGetSetDescr {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.owner);
    }
}

impl Payload for PyGetSetDescr {
    const NAME: &'static str = "getset_descriptor";
    const IS_CONTAINER: bool = true;
}

impl Vm {
    /// Put a builtin type's computed attributes in its dict.
    pub(crate) fn add_getsets(&self, ty: &Obj, table: &[GetSet]) {
        for &GetSet(name, get, set) in table {
            let d = self.new_getset(ty, name, get, set);
            self.type_dict_set(ty, name, d);
        }
    }

    /// [`Vm::add_getsets`] for a class being created, that nothing has looked up yet: no
    /// method-cache entry can name it (entries of a dead type went with it), so its dict
    /// changes without emptying the cache.
    pub(crate) fn add_getsets_to_new_type(&self, ty: &Obj, table: &[GetSet]) {
        for &GetSet(name, get, set) in table {
            let d = self.new_getset(ty, name, get, set);
            if let Some(t) = ty.downcast_ref::<PyType>() {
                let key = self.intern(name);
                let mut dict = t.dict.borrow_mut();
                match dict.find_str(name) {
                    Some(i) => drop(dict.set_value(i, d)),
                    None => dict.insert_new(crate::objects::str_hash(name), key, d),
                }
            }
        }
    }

    fn new_getset(&self, ty: &Obj, name: &'static str, get: Getter, set: Option<Setter>) -> Obj {
        let d = Obj::new(
            self.types.getset_descriptor.clone(),
            PyGetSetDescr {
                name,
                owner: ty.clone(),
                get,
                set,
            },
        );
        if self.type_is_builtin(ty) {
            d.make_immortal();
        }
        d
    }

    fn type_is_builtin(&self, ty: &Obj) -> bool {
        ty.downcast_ref::<PyType>().is_some_and(|t| t.builtin)
    }
}

/// The descriptor slots of the builtin descriptor types.
pub(crate) fn init(vm: &Vm) {
    let t = &vm.types;
    use crate::protocol::attr::*;
    use crate::protocol::slots::{DescrGetFn, DescrSetFn, NativeSlots};
    let slots: [(&Obj, DescrGetFn, Option<DescrSetFn>); 9] = [
        (&t.function, function_descr_get, None),
        (&t.method_descriptor, method_descr_get, None),
        (&t.classmethod_descriptor, method_descr_get, None),
        (&t.wrapper_descriptor, method_descr_get, None),
        (&t.staticmethod, staticmethod_descr_get, None),
        (&t.classmethod, classmethod_descr_get, None),
        (&t.property, property_descr_get, Some(property_descr_set)),
        (
            &t.member_descriptor,
            slot_member_descr_get,
            Some(slot_member_descr_set),
        ),
        (
            &t.getset_descriptor,
            getset_descr_get,
            Some(getset_descr_set),
        ),
    ];
    for (ty, get, set) in slots {
        vm.set_native_slots(
            ty,
            NativeSlots {
                descr_get: Some(get),
                descr_set: set,
                ..Default::default()
            },
        );
    }
    vm.set_native_slots(
        &t.getset_descriptor,
        NativeSlots {
            repr: Some(getset_repr),
            ..Default::default()
        },
    );
    vm.set_native_slots(
        &t.member_descriptor,
        NativeSlots {
            repr: Some(member_repr),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &t.member_descriptor,
        &[
            GetSet("__name__", member_name, None),
            GetSet("__qualname__", member_qualname, None),
            GetSet("__objclass__", member_objclass, None),
            GetSet("__doc__", getset_doc, None),
        ],
    );
    vm.add_getsets(
        &t.getset_descriptor,
        &[
            GetSet("__name__", getset_name, None),
            GetSet("__qualname__", getset_qualname, None),
            GetSet("__objclass__", getset_objclass, None),
            GetSet("__doc__", getset_doc, None),
        ],
    );
}

/// `<member 'a' of 'C' objects>`.
fn member_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let m = crate::protocol::slots::slot_payload::<PySlotMember>(vm, obj)?;
    Ok(vm.new_str(format!(
        "<member '{}' of '{}' objects>",
        m.name, m.owner_name
    )))
}

fn member_name(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let m = crate::protocol::slots::slot_payload::<PySlotMember>(vm, obj)?;
    Ok(vm.new_str(&*m.name))
}

fn member_qualname(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let m = crate::protocol::slots::slot_payload::<PySlotMember>(vm, obj)?;
    Ok(vm.new_str(format!("{}.{}", m.owner_name, m.name)))
}

fn member_objclass(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let m = crate::protocol::slots::slot_payload::<PySlotMember>(vm, obj)?;
    let owner = m.owner.borrow().clone();
    Ok(owner.unwrap_or_else(|| vm.none.clone()))
}

/// `<attribute '__dict__' of 'C' objects>`.
fn getset_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGetSetDescr>(vm, obj)?;
    Ok(vm.new_str(format!(
        "<attribute '{}' of '{}' objects>",
        g.name,
        vm.type_name_of_type(&g.owner)
    )))
}

fn getset_name(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGetSetDescr>(vm, obj)?;
    Ok(vm.new_str(g.name))
}

fn getset_qualname(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGetSetDescr>(vm, obj)?;
    Ok(vm.new_str(format!("{}.{}", vm.type_name_of_type(&g.owner), g.name)))
}

fn getset_objclass(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGetSetDescr>(vm, obj)?;
    Ok(g.owner.clone())
}

/// A builtin getset's docstring, as CPython's; a member of `__slots__` has none. The
/// `__dict__` and `__weakref__` a class statement adds have CPython's `subtype_getsets` docs.
fn getset_doc(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let doc = obj.downcast_ref::<PyGetSetDescr>().and_then(|g| {
        let owner = g.owner.downcast_ref::<PyType>()?;
        if !owner.builtin {
            return match g.name {
                "__dict__" => Some("dictionary for instance variables"),
                "__weakref__" => Some("list of weak references to the object"),
                _ => None,
            };
        }
        crate::runtime::builtin_docs::builtin_doc(&owner.name(), g.name).map(|(d, _)| d)
    });
    Ok(vm.or_none(doc.map(|d| vm.new_str(d))))
}

impl Vm {
    /// `descr.__get__(obj)`: the attribute of `obj` (which must be an instance of the owner).
    pub(crate) fn getset_get(&self, d: &PyGetSetDescr, obj: &Obj) -> PyResult<Obj> {
        self.check_getset_receiver(d, obj)?;
        (d.get)(self, obj)
    }

    /// `descr.__set__(obj, value)` / `descr.__delete__(obj)` (value None).
    pub(crate) fn getset_set(
        &self,
        d: &PyGetSetDescr,
        obj: &Obj,
        value: Option<Obj>,
    ) -> PyResult<()> {
        self.check_getset_receiver(d, obj)?;
        match d.set {
            Some(set) => set(self, obj, value),
            None => Err(self.new_error(
                "AttributeError",
                format!(
                    "attribute '{}' of '{}' objects is not writable",
                    d.name,
                    self.type_name_of_type(&d.owner)
                ),
            )),
        }
    }

    fn check_getset_receiver(&self, d: &PyGetSetDescr, obj: &Obj) -> PyResult<()> {
        if self.isinstance(obj, &d.owner) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            self.type_name_of_type(&d.owner),
            self.type_name(obj)
        )))
    }
}

/// A `__slots__` member descriptor stored in the class dict.
#[derive(Debug)]
pub struct PySlotMember {
    pub name: Box<str>,
    pub index: usize,
    pub owner_name: Box<str>,
    /// The class whose `__slots__` made it (`__objclass__`), set once the class exists.
    pub owner: std::cell::RefCell<Option<Obj>>,
}

impl Trace for PySlotMember {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(Some(o)) = self.owner.try_borrow().as_deref() {
            visit(o);
        }
    }

    fn clear(&self) {
        let owner = self.owner.borrow_mut().take();
        drop(owner);
    }
}

impl Payload for PySlotMember {
    const NAME: &'static str = "member_descriptor";
    const IS_CONTAINER: bool = true;
}
