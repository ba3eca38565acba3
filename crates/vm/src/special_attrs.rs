//! Attributes that builtin objects expose without a `__dict__` entry (CPython's getsets and
//! members): `__class__`, `__dict__`, `__name__`, function and exception fields, and so on.

use crate::errors::PyResult;
use crate::generator::PyGenerator;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;

impl Vm {
    /// The value of a builtin attribute of `obj`, if `name` is one.
    pub(crate) fn special_attr(&self, obj: &Obj, name: &str) -> PyResult<Option<Obj>> {
        let none = || self.none.clone();
        if name == "__weakref__" {
            // The first weakref to the object, for instances of classes with `__weakref__`.
            let has_slot = obj
                .class()
                .downcast_ref::<PyType>()
                .is_some_and(|t| !t.builtin)
                && self.supports_weakrefs(obj);
            if has_slot {
                let first = ouro_memory::weakref::weakrefs_to(obj).into_iter().next();
                return Ok(Some(first.unwrap_or_else(none)));
            }
        }
        if let Some(t) = obj.downcast_ref::<PyType>() {
            return Ok(match name {
                "__name__" => Some(self.new_str(&**t.name.borrow())),
                "__qualname__" => Some(self.new_str(&**t.qualname.borrow())),
                "__mro__" => Some(self.new_tuple(t.mro())),
                "__bases__" => Some(self.new_tuple(t.bases.borrow().clone())),
                "__base__" => Some(t.bases.borrow().first().cloned().unwrap_or_else(none)),
                "__dict__" => {
                    let d = self.new_dict();
                    for (k, v) in t.dict.borrow().items() {
                        self.dict_set_item(&d, k, v)?;
                    }
                    Some(d)
                }
                "__module__" => Some(
                    self.lookup_type_own(obj, "__module__")
                        .unwrap_or_else(|| self.new_str("builtins")),
                ),
                "__doc__" => Some(self.lookup_type_own(obj, "__doc__").unwrap_or_else(none)),
                "__annotations__" => Some(self.class_annotations(obj)?),
                _ => None,
            });
        }
        if let Some(sup) = obj.downcast_ref::<PySuper>() {
            // super's members (CPython's super_members).
            match name {
                "__thisclass__" => return Ok(Some(sup.typ.clone())),
                "__self__" => return Ok(Some(sup.obj.clone().unwrap_or_else(none))),
                "__self_class__" => return Ok(Some(sup.obj_type.clone().unwrap_or_else(none))),
                _ => {}
            }
        }
        if let Some(v) = crate::types::generic_alias::alias_attr(self, obj, name) {
            return Ok(Some(v));
        }
        if let Some(r) = obj.downcast_ref::<PyWeakRef>() {
            if name == "__callback__" {
                return Ok(Some(r.slot.callback().unwrap_or_else(none)));
            }
        }
        if let Some(f) = obj.downcast_ref::<PyFunction>() {
            return Ok(match name {
                "__name__" => Some(f.name.borrow().clone()),
                "__qualname__" => Some(f.qualname.borrow().clone()),
                "__defaults__" => Some(f.defaults.borrow().clone().unwrap_or_else(none)),
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().unwrap_or_else(none)),
                "__code__" => Some(f.code.clone()),
                "__globals__" => Some(f.globals.clone()),
                "__closure__" => Some(f.closure.clone().unwrap_or_else(none)),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__dict__" => self.instance_dict(obj),
                "__annotations__" => Some(self.function_annotations(obj)?),
                "__annotate__" => Some(f.annotate.borrow().clone().unwrap_or_else(none)),
                _ => None,
            });
        }
        if let Some(m) = obj.downcast_ref::<PyBoundMethod>() {
            return Ok(match name {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    Some(self.get_attr_str(&m.func, name)?)
                }
                _ => None,
            });
        }
        if let Some(b) = obj.downcast_ref::<PyBuiltinFunction>() {
            return Ok(match name {
                "__name__" | "__qualname__" => Some(self.new_str(b.name)),
                "__self__" => Some(b.self_.clone().unwrap_or_else(none)),
                "__doc__" => Some(none()),
                "__module__" => Some(if b.self_.is_none() {
                    self.new_str("builtins")
                } else {
                    none()
                }),
                _ => None,
            });
        }
        if let Some(g) = obj.downcast_ref::<crate::types::descriptor::PyGetSetDescr>() {
            return Ok(match name {
                "__name__" => Some(self.new_str(g.name)),
                "__qualname__" => {
                    Some(self.new_str(format!("{}.{}", self.type_name_of_type(&g.owner), g.name)))
                }
                "__objclass__" => Some(g.owner.clone()),
                "__doc__" => Some(none()),
                _ => None,
            });
        }
        if let Some(w) = obj.downcast_ref::<PyMethodWrapper>() {
            return Ok(match name {
                "__self__" => Some(w.self_.clone()),
                "__name__" | "__qualname__" | "__objclass__" | "__doc__" | "__text_signature__" => {
                    Some(self.get_attr_str(&w.descr, name)?)
                }
                _ => None,
            });
        }
        if let Some(m) = obj.downcast_ref::<PyMethodDescr>() {
            return Ok(match name {
                "__name__" => Some(self.new_str(m.name)),
                "__qualname__" => {
                    Some(self.new_str(format!("{}.{}", self.type_name_of_type(&m.owner), m.name)))
                }
                "__doc__" => Some(none()),
                "__text_signature__" => Some(match crate::slots::wrapper_signature(m) {
                    Some(sig) => self.new_str(sig),
                    None => none(),
                }),
                "__objclass__" => Some(m.owner.clone()),
                _ => None,
            });
        }
        if let Some(e) = obj.downcast_ref::<PyException>() {
            return Ok(match name {
                "args" => Some(e.args.borrow().clone().unwrap_or_else(|| self.none.clone())),
                "__traceback__" => Some(self.traceback_object(obj)),
                "__cause__" => Some(e.cause.borrow().clone().unwrap_or_else(none)),
                "__context__" => Some(e.context.borrow().clone().unwrap_or_else(none)),
                "__suppress_context__" => Some(self.new_bool(e.suppress_context.get())),
                "__dict__" => self.instance_dict(obj),
                "value" if self.exc_matches(obj, "StopIteration") => {
                    if let Some(v) = self.get_exc_attr(obj, "value") {
                        return Ok(Some(v));
                    }
                    let args = e.args_or(&self.empty_tuple);
                    Some(
                        PyTuple::view(&args)
                            .and_then(|t| t.get(0))
                            .unwrap_or_else(none),
                    )
                }
                "code" if self.exc_matches(obj, "SystemExit") => {
                    let args = e.args_or(&self.empty_tuple);
                    let items = args
                        .downcast_var::<PyTuple>()
                        .map(TupleRef::from)
                        .map(|t| t.to_vec())
                        .unwrap_or_default();
                    Some(match items.len() {
                        0 => none(),
                        1 => items[0].clone(),
                        _ => args.clone(),
                    })
                }
                "name" | "obj"
                    if self.exc_matches(obj, "NameError")
                        || self.exc_matches(obj, "AttributeError")
                        || self.exc_matches(obj, "ImportError") =>
                {
                    Some(self.get_exc_attr(obj, name).unwrap_or_else(none))
                }
                "errno" | "strerror" | "filename" if self.exc_matches(obj, "OSError") => {
                    if let Some(v) = self.get_exc_attr(obj, name) {
                        return Ok(Some(v));
                    }
                    // OSError(errno, strerror[, filename]) sets them from its arguments.
                    let args = e.args_or(&self.empty_tuple);
                    let items = args
                        .downcast_var::<PyTuple>()
                        .map(TupleRef::from)
                        .map(|t| t.to_vec())
                        .unwrap_or_default();
                    let i = match name {
                        "errno" => 0,
                        "strerror" => 1,
                        _ => 2,
                    };
                    Some(if (2..=5).contains(&items.len()) {
                        items.get(i).cloned().unwrap_or_else(none)
                    } else {
                        none()
                    })
                }

                _ => None,
            });
        }
        if let Some(m) = obj.downcast_ref::<PyModule>() {
            return Ok(match name {
                "__dict__" => Some(m.dict.clone()),
                "__annotations__" => Some(self.module_annotations(&m.dict)?),
                _ => None,
            });
        }

        if name == "__dict__" {
            return Ok(self.instance_dict(obj));
        }
        if let Some(g) = obj.downcast_ref::<PyGenerator>() {
            return Ok(match name {
                "__name__" => Some(g.name.clone()),
                "__qualname__" => Some(g.qualname.clone()),
                "gi_running" => Some(self.new_bool(g.running.get())),
                "gi_frame" => Some(none()),
                _ => None,
            });
        }
        if let Some(c) = obj.downcast_ref::<PyCell>() {
            if name == "cell_contents" {
                return match c.contents.borrow().clone() {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.value_error("Cell is empty")),
                };
            }
        }
        if let Some(s) = obj.downcast_ref::<PySlice>() {
            return Ok(match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            });
        }
        if let Some(r) = obj.downcast_ref::<PyRange>() {
            return Ok(match name {
                "start" => Some(r.start_obj().clone()),
                "stop" => Some(r.stop_obj().clone()),
                "step" => Some(r.step_obj().clone()),
                _ => None,
            });
        }
        if let Some(p) = obj.downcast_ref::<PyProperty>() {
            return Ok(match name {
                "fget" => Some(p.fget.clone().unwrap_or_else(none)),
                "fset" => Some(p.fset.clone().unwrap_or_else(none)),
                "fdel" => Some(p.fdel.clone().unwrap_or_else(none)),
                "__doc__" => Some(p.doc.clone().unwrap_or_else(none)),
                // The name it was assigned to in a class body, else its getter's.
                "__name__" => match p.name.borrow().clone() {
                    Some(n) => Some(n),
                    None => match &p.fget {
                        Some(f) => self.get_attr_opt(f, &self.intern("__name__"))?,
                        None => None,
                    },
                },
                _ => None,
            });
        }
        let wrapped = obj
            .downcast_ref::<PyStaticMethod>()
            .map(|s| &s.func)
            .or_else(|| obj.downcast_ref::<PyClassMethod>().map(|c| &c.func));
        if let Some(func) = wrapped {
            // staticmethod/classmethod copy their function's metadata (functools.wraps-like).
            return Ok(match name {
                "__func__" | "__wrapped__" => Some(func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    self.get_attr_opt(&func.clone(), &self.intern(name))?
                }
                _ => None,
            });
        }
        if let Some(i) = PyInt::of(obj) {
            return Ok(match name {
                "real" | "numerator" => Some(self.new_pyint(i.clone())),
                "imag" => Some(self.new_int(0)),
                "denominator" => Some(self.new_int(1)),
                _ => None,
            });
        }
        if let Some(f) = obj.downcast_ref::<PyFloat>() {
            return Ok(match name {
                "real" => Some(self.new_float(f.0)),
                "imag" => Some(self.new_float(0.0)),
                _ => None,
            });
        }
        if let Some(c) = obj.downcast_ref::<PyCode>() {
            return Ok(match name {
                "co_name" => Some(self.new_str(&*c.code.name)),
                "co_qualname" => Some(self.new_str(&*c.code.qualname)),
                "co_filename" => Some(self.new_str(&*c.code.filename)),
                "co_firstlineno" => Some(self.new_int(c.code.firstlineno as i64)),
                "co_argcount" => Some(self.new_int(c.code.argcount as i64)),
                "co_varnames" => Some(self.new_tuple(c.varnames.to_vec())),
                "co_posonlyargcount" => Some(self.new_int(c.code.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(self.new_int(c.code.kwonlyargcount as i64)),
                "co_nlocals" => Some(self.new_int(c.code.varnames.len() as i64)),
                "co_names" => Some(self.new_tuple(c.names.to_vec())),
                "co_consts" => Some(self.new_tuple(c.consts.to_vec())),
                "co_cellvars" => {
                    Some(self.new_tuple(c.code.cellvars.iter().map(|n| self.intern(n)).collect()))
                }
                "co_freevars" => {
                    Some(self.new_tuple(c.code.freevars.iter().map(|n| self.intern(n)).collect()))
                }

                _ => None,
            });
        }
        Ok(None)
    }

    /// Assign (Some) or delete (None) a builtin attribute; Ok(None) when `name` isn't one.
    pub(crate) fn set_special_attr(
        &self,
        obj: &Obj,
        name: &str,
        value: Option<Obj>,
    ) -> PyResult<Option<()>> {
        if name == "__class__" {
            return self.set_class(obj, value).map(Some);
        }
        if name == "__dict__" && !obj.is::<PyType>() && self.instance_dict(obj).is_some() {
            return self.set_instance_dict(obj, value).map(Some);
        }
        if let Some(f) = obj.downcast_ref::<PyFunction>() {
            let slot = match name {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__doc__" => &f.doc,
                "__module__" => &f.module,
                "__defaults__" | "__kwdefaults__" => {
                    let cell = if name == "__defaults__" {
                        &f.defaults
                    } else {
                        &f.kwdefaults
                    };
                    let v = value.filter(|v| !self.is_none(v));
                    drop(cell.replace(v));
                    return Ok(Some(()));
                }
                _ => return Ok(None),
            };
            let v = value.unwrap_or_else(|| self.none.clone());
            let old = slot.replace(v);
            drop(old);
            return Ok(Some(()));
        }
        if let Some(e) = obj.downcast_ref::<PyException>() {
            match name {
                "__cause__" => {
                    let v = value.filter(|v| !self.is_none(v));
                    drop(e.cause.replace(v));
                    e.suppress_context.set(true);
                }
                "__context__" => {
                    drop(e.context.replace(value.filter(|v| !self.is_none(v))));
                }
                "__suppress_context__" => {
                    let b = match value {
                        Some(v) => self.is_true(&v)?,
                        None => false,
                    };
                    e.suppress_context.set(b);
                }
                "args" => {
                    let items = match &value {
                        Some(v) => self.collect_iterable(v)?,
                        None => Vec::new(),
                    };
                    drop(e.args.replace(Some(self.new_tuple(items))));
                }
                "__traceback__" => {
                    if value.as_ref().is_none_or(|v| self.is_none(v)) {
                        e.traceback.borrow_mut().clear();
                    }
                }
                _ => return Ok(None),
            }
            return Ok(Some(()));
        }
        Ok(None)
    }

    /// The `__traceback__` of an exception (ouro has no traceback objects yet: None when empty,
    /// else the exception itself stands in).
    pub(crate) fn traceback_object(&self, exc: &Obj) -> Obj {
        match exc.downcast_ref::<PyException>() {
            Some(p) if !p.traceback.borrow().is_empty() => self.none.clone(),
            _ => self.none.clone(),
        }
    }
}

impl Vm {
    /// `obj.__dict__ = d` (CPython's `PyObject_GenericSetDict`): a dict replaces the instance's
    /// attributes (the caller checked that `obj` keeps a `__dict__`, which asking for it
    /// materialized).
    fn set_instance_dict(&self, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
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
        let old = if let Some(f) = obj.downcast_ref::<PyFunction>() {
            f.dict.replace(Some(d))
        } else if let Some(e) = obj.downcast_ref::<PyException>() {
            e.dict.replace(Some(d))
        } else if obj.is::<PyModule>() {
            return Err(self.new_error("AttributeError", "readonly attribute".to_string()));
        } else {
            crate::attr::instance_part(obj).and_then(|i| i.set_dict(d))
        };
        drop(old);
        Ok(())
    }

    /// `obj.__class__ = cls` (CPython's `object_set_class`): both classes must be Python
    /// classes (or ModuleType subclasses, which ouro does not have) with the same instance
    /// layout: the same solid base, the same `__slots__` and the same `__dict__` support. The
    /// instance's inline attributes move to its `__dict__` first (they are keyed by the class).
    fn set_class(&self, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
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

impl Vm {
    /// The getset attributes of a class that assignment changes (`__class__`, `__name__`,
    /// `__qualname__`, as CPython's type_setattro reaches them); Ok(None) for other names.
    pub(crate) fn set_type_special_attr(
        &self,
        cls: &Obj,
        t: &PyType,
        name: &str,
        value: Option<Obj>,
    ) -> PyResult<Option<()>> {
        match name {
            "__class__" => self.set_class(cls, value).map(Some),
            "__name__" | "__qualname__" => {
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
                Ok(Some(()))
            }
            _ => Ok(None),
        }
    }
}
