//! `getset_descriptor`: the class-level objects for the attributes builtin objects compute
//! rather than store (`function.__name__`, `type.__mro__`, `int.real`, `object.__class__`,
//! `BaseException.args`), so that they appear in the type's `__dict__`, win over an instance
//! dict as data descriptors, and answer `__name__`, `__qualname__` and `__objclass__` as
//! CPython's do.
//!
//! Invariant: a descriptor's getter and setter are the VM's `special_attr` and
//! `set_special_attr` for its name, the one place where each builtin computes the attribute;
//! the descriptor only routes to them after checking the receiver's type.

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::{Obj, Payload, Trace};

/// A computed attribute of a builtin type.
#[derive(Debug)]
pub struct PyGetSetDescr {
    pub name: &'static str,
    /// The type that defines it (`__objclass__`).
    pub owner: Obj,
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

/// The computed attributes each builtin type shows in its `__dict__`.
pub(crate) fn init(vm: &Vm) {
    let t = &vm.types;
    let table: [(&Obj, &[&'static str]); 6] = [
        (&t.object, &["__class__"]),
        (
            &t.type_,
            &[
                "__name__",
                "__qualname__",
                "__mro__",
                "__bases__",
                "__base__",
                "__dict__",
            ],
        ),
        (
            &t.function,
            &[
                "__code__",
                "__defaults__",
                "__kwdefaults__",
                "__globals__",
                "__closure__",
                "__name__",
                "__qualname__",
            ],
        ),
        (&t.int, &["real", "imag", "numerator", "denominator"]),
        (&t.float, &["real", "imag"]),
        (
            &vm.exc_type("BaseException"),
            &[
                "args",
                "__traceback__",
                "__cause__",
                "__context__",
                "__suppress_context__",
            ],
        ),
    ];
    use crate::attr::*;
    use crate::slots::{DescrGetFn, DescrSetFn, NativeSlots};
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
    for (ty, names) in table {
        for name in names {
            let d = Obj::new(
                vm.types.getset_descriptor.clone(),
                PyGetSetDescr {
                    name,
                    owner: ty.clone(),
                },
            );
            d.make_immortal();
            vm.type_dict_set(ty, name, d);
        }
    }
}

impl Vm {
    /// `descr.__get__(obj)`: the attribute of `obj` (which must be an instance of the owner).
    pub(crate) fn getset_get(&self, d: &PyGetSetDescr, obj: &Obj) -> PyResult<Obj> {
        self.check_getset_receiver(d, obj)?;
        if d.name == "__class__" {
            // `object.__class__`: found through the MRO, so a class attribute shadows it.
            return Ok(obj.class().clone());
        }
        match self.special_attr(obj, d.name)? {
            Some(v) => Ok(v),
            None => Err(self.new_error(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{}'",
                    self.type_name(obj),
                    d.name
                ),
            )),
        }
    }

    /// `descr.__set__(obj, value)` / `descr.__delete__(obj)` (value None).
    pub(crate) fn getset_set(
        &self,
        d: &PyGetSetDescr,
        obj: &Obj,
        value: Option<Obj>,
    ) -> PyResult<()> {
        self.check_getset_receiver(d, obj)?;
        let done = match obj.downcast_ref::<PyType>() {
            Some(t) => self.set_type_special_attr(obj, t, d.name, value)?,
            None => self.set_special_attr(obj, d.name, value)?,
        };
        done.ok_or_else(|| {
            self.new_error(
                "AttributeError",
                format!(
                    "attribute '{}' of '{}' objects is not writable",
                    d.name,
                    self.type_name_of_type(&d.owner)
                ),
            )
        })
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
