//! `type`'s computed attributes (CPython's `type_getsets` and `type_members`) and `object`'s
//! `__class__`, plus the `__dict__` and `__weakref__` descriptors a class statement adds
//! (CPython's `subtype_getsets`).
//!
//! Invariant: a class's own namespace is the storage behind `__module__`, `__doc__` and
//! `__annotations__`; the getsets only read and write it, so `C.__dict__` and `C.__doc__`
//! never disagree.

use crate::objects::*;
use crate::protocol::slots::slot_payload;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::GetSet;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_getsets(
        &vm.types.object.clone(),
        &[GetSet("__class__", object_class, Some(object_set_class))],
    );
    vm.add_getsets(
        &vm.types.type_.clone(),
        &[
            GetSet("__name__", type_name, Some(type_set_name)),
            GetSet("__qualname__", type_qualname, Some(type_set_qualname)),
            GetSet("__mro__", type_mro, None),
            GetSet("__bases__", type_bases, Some(type_set_bases)),
            GetSet("__base__", type_base, None),
            GetSet("__dict__", type_dict, None),
            GetSet("__module__", type_module, Some(type_set_module)),
            GetSet("__doc__", type_doc, Some(type_set_doc)),
            GetSet("__text_signature__", type_text_signature, None),
            GetSet("__flags__", type_flags, None),
            GetSet(
                "__abstractmethods__",
                type_abstractmethods,
                Some(type_set_abstractmethods),
            ),
            GetSet(
                "__annotations__",
                type_annotations,
                Some(type_set_annotations),
            ),
        ],
    );
}

fn object_class(_vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    Ok(obj.class().clone())
}

fn object_set_class(vm: &Vm, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.set_class(obj, value)
}

fn type_name(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let t = slot_payload::<PyType>(vm, cls)?;
    Ok(vm.new_str(&**t.name.borrow()))
}

fn type_qualname(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let t = slot_payload::<PyType>(vm, cls)?;
    Ok(vm.new_str(&**t.qualname.borrow()))
}

fn type_set_name(vm: &Vm, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.set_type_name(cls, "__name__", value)
}

fn type_set_qualname(vm: &Vm, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.set_type_name(cls, "__qualname__", value)
}

fn type_mro(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let t = slot_payload::<PyType>(vm, cls)?;
    Ok(vm.new_tuple(t.mro()))
}

fn type_bases(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let t = slot_payload::<PyType>(vm, cls)?;
    Ok(vm.new_tuple(t.bases.borrow().clone()))
}

fn type_set_bases(vm: &Vm, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.set_bases(cls, value)
}

fn type_base(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let t = slot_payload::<PyType>(vm, cls)?;
    let first = t.bases.borrow().first().cloned();
    Ok(first.unwrap_or_else(|| vm.none.clone()))
}

/// `C.__dict__`: a read-only proxy of the namespace (`mappingproxy`).
fn type_dict(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    slot_payload::<PyType>(vm, cls)?;
    Ok(vm.class_namespace_proxy(cls))
}

/// `C.__abstractmethods__`: the class's own entry (`abc.ABCMeta` sets it); `type` itself
/// has none, though its getset is in its dict.
fn type_abstractmethods(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let t = slot_payload::<PyType>(vm, cls)?;
    let found = if cls.ptr_eq(&vm.types.type_) {
        None
    } else {
        t.dict
            .borrow()
            .get_str("__abstractmethods__")
            .map(|e| e.value.clone())
    };
    found.ok_or_else(|| vm.new_error("AttributeError", "__abstractmethods__".into()))
}

/// `C.__abstractmethods__ = names` marks the class abstract when `names` is true; deleting
/// it clears the mark.
fn type_set_abstractmethods(vm: &Vm, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
    let t = slot_payload::<PyType>(vm, cls)?;
    let abstract_ = match &value {
        Some(v) => vm.is_true(v)?,
        None => {
            let present = !cls.ptr_eq(&vm.types.type_)
                && t.dict.borrow().get_str("__abstractmethods__").is_some();
            if !present {
                return Err(vm.new_error("AttributeError", "__abstractmethods__".into()));
            }
            false
        }
    };
    vm.type_namespace_store(cls, "__abstractmethods__", value)?;
    t.is_abstract.set(abstract_);
    Ok(())
}

/// `C.__flags__`: the `Py_TPFLAGS_*` bits ouro can state truthfully: a heap type (a class
/// statement's), one that can be subclassed, an immutable builtin, ready, and the fast
/// subclass bits of the builtin layouts. The bits of CPython's memory layout (GC, managed
/// dict, ...) are not set.
fn type_flags(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    const IMMUTABLETYPE: i64 = 1 << 8;
    const HEAPTYPE: i64 = 1 << 9;
    const BASETYPE: i64 = 1 << 10;
    const READY: i64 = 1 << 12;
    let t = slot_payload::<PyType>(vm, cls)?;
    const IS_ABSTRACT: i64 = 1 << 20;
    let mut flags = READY;
    if t.is_abstract.get() {
        flags |= IS_ABSTRACT;
    }
    flags |= if t.builtin { IMMUTABLETYPE } else { HEAPTYPE };
    if t.subclassable {
        flags |= BASETYPE;
    }
    let subclass_bit = |ty: &Obj, bit: u32| {
        if vm.is_subtype(cls, ty) {
            1i64 << bit
        } else {
            0
        }
    };
    let types = &vm.types;
    flags |= subclass_bit(&types.int, 24)
        | subclass_bit(&types.list, 25)
        | subclass_bit(&types.tuple, 26)
        | subclass_bit(&types.bytes, 27)
        | subclass_bit(&types.str, 28)
        | subclass_bit(&types.dict, 29)
        | subclass_bit(&vm.exc_type("BaseException"), 30)
        | subclass_bit(&types.type_, 31);
    Ok(vm.new_int(flags))
}

/// `C.__module__`: the class's `__module__` entry; a builtin type without a str there
/// (`type` itself, whose entry is this getset) is in `builtins`.
fn type_module(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let builtin = cls.downcast_ref::<PyType>().is_some_and(|t| t.builtin);
    Ok(vm
        .lookup_type_own(cls, "__module__")
        .filter(|m| !builtin || vm.str_value(m).is_some())
        .unwrap_or_else(|| vm.new_str("builtins")))
}

fn type_set_module(vm: &Vm, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.type_namespace_store(cls, "__module__", value)
}

/// CPython's docstring and text signature of a builtin type (its `tp_doc`).
fn builtin_type_docs(cls: &Obj) -> Option<(&'static str, Option<&'static str>)> {
    let t = cls.downcast_ref::<PyType>().filter(|t| t.builtin)?;
    crate::runtime::builtin_docs::builtin_doc(&t.name(), "")
}

/// `C.__doc__`: a builtin type's docstring, else the class's own `__doc__`, bound if it is a
/// descriptor (CPython's `type_get_doc`).
fn type_doc(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    if let Some((doc, _)) = builtin_type_docs(cls) {
        return Ok(vm.new_str(doc));
    }
    match vm.lookup_type_own(cls, "__doc__") {
        Some(doc) => vm.descr_get(doc, None, cls),
        None => Ok(vm.none.clone()),
    }
}

/// `object.__text_signature__` is `'()'`: a builtin type's signature, None for a class.
fn type_text_signature(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    let sig = builtin_type_docs(cls).and_then(|(_, sig)| sig);
    Ok(vm.or_none(sig.map(|s| vm.new_str(s))))
}

fn type_set_doc(vm: &Vm, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.type_namespace_store(cls, "__doc__", value)
}

fn type_annotations(vm: &Vm, cls: &Obj) -> PyResult<Obj> {
    vm.class_annotations(cls)
}

fn type_set_annotations(vm: &Vm, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.type_namespace_store(cls, "__annotations__", value)
}

/// `obj.__dict__` for instances of a class that gave them one.
pub(crate) fn subtype_dict(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    vm.instance_dict(obj).ok_or_else(|| {
        vm.new_error(
            "AttributeError",
            format!("'{}' object has no attribute '__dict__'", vm.type_name(obj)),
        )
    })
}

pub(crate) fn subtype_set_dict(vm: &Vm, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.set_instance_dict(obj, value)
}

/// `obj.__weakref__`: the first weak reference to the object, or None.
pub(crate) fn subtype_weakref(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let first = ouro_memory::weakref::weakrefs_to(obj).into_iter().next();
    Ok(first.unwrap_or_else(|| vm.none.clone()))
}

impl Vm {
    /// Assign `__name__` or `__qualname__` of a class (CPython's `type_set_name`).
    fn set_type_name(&self, cls: &Obj, name: &str, value: Option<Obj>) -> PyResult<()> {
        let t = slot_payload::<PyType>(self, cls)?;
        let Some(v) = value else {
            return Err(self.type_error(format!(
                "cannot delete '{name}' attribute of immutable type '{}'",
                t.name()
            )));
        };
        let Some(text) = self.str_value(&v).filter(|_| PyStr::is_str(&v)) else {
            return Err(self.type_error(format!(
                "can only assign string to {}.{name}, not '{}'",
                t.name(),
                self.type_name(&v)
            )));
        };
        if name == "__name__" && text.contains('\0') {
            return Err(self.value_error("type name must not contain null characters"));
        }
        let cell = if name == "__name__" {
            &t.name
        } else {
            &t.qualname
        };
        drop(cell.replace(text.into()));
        self.invalidate_type_cache();
        Ok(())
    }

    /// Store (Some) or delete (None) `name` in a class's own namespace, as `C.x = v` does.
    pub(crate) fn type_namespace_store(
        &self,
        cls: &Obj,
        name: &str,
        value: Option<Obj>,
    ) -> PyResult<()> {
        let t = slot_payload::<PyType>(self, cls)?;
        if t.builtin {
            return Err(self.type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.name()
            )));
        }
        self.invalidate_type_cache();
        let old = {
            let mut table = t.dict.borrow_mut();
            match (value, table.find_str(name)) {
                (Some(v), Some(i)) => table.set_value(i, v),
                (Some(v), None) => {
                    let key = self.intern(name);
                    table.insert_new(crate::objects::str_hash(name), key, v);
                    None
                }
                (None, Some(i)) => table.remove_at(i).map(|e| e.value),
                (None, None) => {
                    return Err(self.new_error(
                        "AttributeError",
                        format!("type object '{}' has no attribute '{name}'", t.name()),
                    ))
                }
            }
        };
        drop(old);
        Ok(())
    }
}

impl Vm {
    /// `obj.__dict__ = d` (CPython's `PyObject_GenericSetDict`): a dict replaces the instance's
    /// attributes (the caller checked that `obj` keeps a `__dict__`, which asking for it
    /// materialized).
    pub(crate) fn set_instance_dict(&self, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
        let Some(d) = value else {
            return Err(self.type_error("cannot delete __dict__"));
        };
        if !d.is::<PyDict>() {
            return Err(self.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                self.type_name(&d)
            )));
        }
        // The current attributes were moved to the dict just asked for (above): replacing it
        // leaves the inline values empty, as the instance invariants require.
        let old = match crate::protocol::attr::instance_part(obj) {
            Some(i) => i.set_dict(d),
            None => match self.set_dict_slot(obj.class()) {
                Some(f) => f(self, obj, d)?,
                None => None,
            },
        };
        drop(old);
        Ok(())
    }

    /// `obj.__class__ = cls` (CPython's `object_set_class`): both classes must be Python
    /// classes (or ModuleType subclasses, which ouro does not have) with the same instance
    /// layout: the same solid base, the same `__slots__` and the same `__dict__` support. The
    /// instance's inline attributes move to its `__dict__` first (they are keyed by the class).
    pub(crate) fn set_class(&self, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
        let Some(cls) = value else {
            return Err(self.type_error("can't delete __class__ attribute"));
        };
        let Some(new) = cls.downcast_ref::<PyType>() else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&cls)
            )));
        };
        let old_cls = obj.class().clone();
        let Some(old) = old_cls.downcast_ref::<PyType>() else {
            return Err(self.type_error("__class__ assignment: the object has no class"));
        };
        if new.builtin || old.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let same_layout = new.layout == old.layout
            && new.slots == old.slots
            && new.slot_total == old.slot_total
            && new.instance_dict == old.instance_dict;
        let differs = || {
            self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                self.type_name_of_type(&cls),
                self.type_name_of_type(&old_cls)
            ))
        };
        if !same_layout {
            return Err(differs());
        }
        if old.instance_dict {
            // Inline values are keyed by the old class's shared keys.
            drop(self.instance_dict(obj));
        }
        obj.set_class(cls.clone()).map_err(|_| differs())
    }
}
