//! The attribute protocol: type lookups along the MRO, descriptors, instance dictionaries.
//!
//! Order (CPython's `PyObject_GenericGetAttr`): a data descriptor found on the type wins, then
//! the instance `__dict__`, then a non-data descriptor or plain class attribute, then
//! `__getattr__`. Types look in their metatype for data descriptors first, then along their
//! own MRO, then in the metatype.

use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use crate::types::descriptor::PyGetSetDescr;
use crate::types::object::instance::{plain_instance_attrs, Inline};
use ouro_memory::Obj;

impl Vm {
    /// Look `name` up along the MRO of the type `cls` (no descriptor binding).
    pub fn lookup_type(&self, cls: &Obj, name: &str) -> Option<Obj> {
        // Hash the name once for the whole MRO walk.
        self.lookup_type_hashed(cls, name, crate::objects::str_hash(name))
    }

    /// [`Vm::lookup_type`] with the name as a str object, whose hash is cached.
    pub fn lookup_type_name(&self, cls: &Obj, name: &Obj) -> Option<Obj> {
        match PyStr::view(name) {
            Some(s) => self.lookup_type_hashed(cls, s.value, s.hash_value()),
            None => None,
        }
    }

    /// [`Vm::lookup_type`] of a special method name whose hash was computed at compile time.
    pub fn lookup_special_name(&self, cls: &Obj, name: &SpecialName) -> Option<Obj> {
        self.lookup_type_hashed(cls, name.0, name.1)
    }

    fn lookup_type_hashed(&self, cls: &Obj, name: &str, hash: i64) -> Option<Obj> {
        let t = cls.downcast_ref::<PyType>()?;
        if let Some(hit) = self.type_cache_get(cls.addr(), name, hash) {
            return hit;
        }
        let found = {
            let mro = t.mro.borrow();
            mro.iter().find_map(|c| {
                let ct = c.downcast_ref::<PyType>()?;
                let d = ct.dict.borrow();
                d.find_str_hashed(name, hash)
                    .and_then(|i| d.entry(i))
                    .map(|e| e.value.clone())
            })
        };
        self.type_cache_put(cls.addr(), name, hash, found.clone());
        found
    }

    /// Whether `a` is `b` or a subclass of it.
    pub fn is_subtype(&self, a: &Obj, b: &Obj) -> bool {
        if a.ptr_eq(b) {
            return true;
        }
        match a.downcast_ref::<PyType>() {
            Some(t) => t.mro.borrow().iter().any(|c| c.ptr_eq(b)),
            None => false,
        }
    }

    pub fn isinstance(&self, obj: &Obj, cls: &Obj) -> bool {
        self.is_subtype(obj.class(), cls)
    }

    /// The name of the object's type, as error messages print it.
    pub fn type_name(&self, obj: &Obj) -> String {
        let cls = obj.class();
        if !cls.is::<PyType>() {
            return obj.type_name().to_string();
        }
        self.type_name_of_type(cls)
    }

    /// A type's name as CPython's `tp_name` reads (error messages, descriptor reprs): a
    /// builtin type defined by a module (`weakref.ProxyType`, `time.struct_time`) is named
    /// with its module.
    pub(crate) fn type_name_of_type(&self, cls: &Obj) -> String {
        let Some(t) = cls.downcast_ref::<PyType>() else {
            return String::new();
        };
        if t.builtin {
            if let Some(module) = self.lookup_type_own(cls, "__module__") {
                if let Some(m) = self.str_value(&module).filter(|m| m != "builtins") {
                    return format!("{m}.{}", t.name());
                }
            }
        }
        t.name()
    }

    /// The `__dict__` of an object, if it has one (created on first use for instances).
    pub fn instance_dict(&self, obj: &Obj) -> Option<Obj> {
        if let Some(i) = instance_part(obj) {
            let t = obj.class().downcast_ref::<PyType>()?;
            if !t.instance_dict {
                return None;
            }
            if let Some(d) = i.dict() {
                return Some(d);
            }
            // Materialize: the inline attributes move into a new dict object, in their
            // insertion order.
            let mut table = DictTable::new();
            for (name, value) in i.take_inline(t) {
                let hash = PyStr::view(&name).map_or(0, |s| s.hash_value());
                table.insert_new(hash, name, value);
            }
            let d = Obj::new(
                self.types.dict.clone(),
                PyDict {
                    table: std::cell::RefCell::new(table),
                },
            );
            drop(i.set_dict(d.clone()));
            return Some(d);
        }
        // A builtin type whose instances carry a dict (modules, functions, exceptions).
        self.dict_slot(obj.class()).map(|f| f(self, obj))
    }

    /// An instance attribute from the object's own storage: Ok(None) when the object has no
    /// attribute storage, Ok(Some(found)) otherwise. Instances use their inline attributes
    /// without materializing a `__dict__`.
    pub(crate) fn instance_attr_get(&self, obj: &Obj, name: &Obj) -> PyResult<Option<Option<Obj>>> {
        if let Some(i) = instance_part(obj) {
            let Some(t) = obj
                .class()
                .downcast_ref::<PyType>()
                .filter(|t| t.instance_dict)
            else {
                return Ok(None);
            };
            return match i.dict() {
                Some(d) => self.dict_get_item(&d, name).map(Some),
                None => Ok(Some(i.get_inline(t, name, 0).map(|(v, _)| v))),
            };
        }
        match self.instance_dict(obj) {
            Some(d) => self.dict_get_item(&d, name).map(Some),
            None => Ok(None),
        }
    }

    /// Store (Some) or delete (None) an instance attribute in the object's own storage:
    /// Ok(None) when the object has no attribute storage, Ok(Some(false)) when deleting a
    /// missing attribute.
    pub(crate) fn instance_attr_set(
        &self,
        obj: &Obj,
        name: &Obj,
        value: Option<Obj>,
    ) -> PyResult<Option<bool>> {
        let mut value = value;
        if let Some(i) = instance_part(obj) {
            let t = obj
                .class()
                .downcast_ref::<PyType>()
                .filter(|t| t.instance_dict);
            if let (Some(t), false) = (t, i.has_dict()) {
                let outcome = match value.take() {
                    Some(v) => match i.set_inline(t, name, v) {
                        Ok(old) => Inline::Done(old),
                        Err(back) => {
                            value = Some(back);
                            Inline::NeedDict
                        }
                    },
                    None => i.del_inline(t, name),
                };
                match outcome {
                    // The replaced value dies once the instance is consistent again.
                    Inline::Done(old) => {
                        drop(old);
                        return Ok(Some(true));
                    }
                    Inline::Missing => return Ok(Some(false)),
                    Inline::NeedDict => {}
                }
            }
        }
        match self.instance_dict(obj) {
            Some(d) => match value {
                Some(v) => self.dict_set_item(&d, name.clone(), v).map(|_| Some(true)),
                None => self.dict_del_item_opt(&d, name).map(Some),
            },
            None => Ok(None),
        }
    }

    /// CPython's error for a `__slots__` descriptor used on an object of another class.
    fn slot_misapplied(&self, slot: &PySlotMember, obj: &Obj) -> PyErr {
        self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            slot.name,
            slot.owner_name,
            self.type_name(obj)
        ))
    }

    pub(crate) fn is_data_descriptor(&self, descr: &Obj) -> bool {
        self.descr_set_slot(descr.class()).is_some()
    }

    /// Whether a descriptor has a `__get__` (every builtin one does).
    fn descriptor_can_get(&self, d: &Obj) -> bool {
        self.descr_get_slot(d.class()).is_some()
    }

    /// Bind a class attribute found for `obj` (None when looked up on the class itself).
    pub(crate) fn descr_get(&self, descr: Obj, obj: Option<&Obj>, cls: &Obj) -> PyResult<Obj> {
        match self.descr_get_slot(descr.class()) {
            Some(f) => f(self, descr, obj, cls),
            None => Ok(descr),
        }
    }

    /// How messages name a property (CPython's `prop_name`): the attribute name it was
    /// assigned to in a class body, else its getter's `__name__`, quoted.
    fn property_name(&self, p: &PyProperty) -> String {
        if let Some(n) = p.name.borrow().as_ref().and_then(|n| self.str_value(n)) {
            return format!("'{n}'");
        }
        p.fget()
            .as_ref()
            .and_then(|f| f.downcast_ref::<PyFunction>())
            .map(|f| format!("'{}'", self.str_value(&f.name.borrow()).unwrap_or_default()))
            .unwrap_or_default()
    }

    /// The `__qualname__` of `obj`'s type, as property messages show it.
    fn type_qualname(&self, obj: &Obj) -> String {
        match obj.class().downcast_ref::<PyType>() {
            Some(t) if !t.builtin => t.qualname.borrow().to_string(),
            _ => self.type_name(obj),
        }
    }

    pub(crate) fn bind_builtin(&self, descr: &Obj, m: &PyMethodDescr, self_: Obj) -> Obj {
        match m.func {
            DescrFunc::Method(func) => Obj::new(
                self.types.builtin_function.clone(),
                PyBuiltinFunction {
                    name: m.name,
                    func,
                    self_: Some(self_),
                    owner: "",
                    static_method: false,
                },
            ),
            DescrFunc::Slot(_) | DescrFunc::Wrapper(_) => Obj::new(
                self.types.method_wrapper.clone(),
                PyMethodWrapper {
                    descr: descr.clone(),
                    self_,
                },
            ),
        }
    }

    pub fn get_attr_str(&self, obj: &Obj, name: &str) -> PyResult<Obj> {
        self.get_attr(obj, &self.intern(name))
    }

    /// `object.__getattribute__` itself (CPython's `PyObject_GenericGetAttr`): a data
    /// descriptor of the class, the instance's own attribute, another class attribute.
    pub(crate) fn generic_get_attr(
        &self,
        obj: &Obj,
        cls: &Obj,
        name: &Obj,
    ) -> PyResult<Option<Obj>> {
        let descr = self.lookup_type_name(cls, name);
        if let Some(d) = &descr {
            // A data descriptor wins over the instance dict only if it can get (one with just
            // `__set__`/`__delete__` lets the instance's value show, as CPython's
            // PyObject_GenericGetAttr).
            if self.is_data_descriptor(d) && self.descriptor_can_get(d) {
                return self.descr_get(d.clone(), Some(obj), cls).map(Some);
            }
        }
        if let Some(Some(v)) = self.instance_attr_get(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.descr_get(d, Some(obj), cls).map(Some);
        }
        Ok(None)
    }

    /// `type.__getattribute__` (CPython's `type_getattro`): the metatype's data descriptors,
    /// then the class's MRO, then the metatype's other attributes.
    pub(crate) fn type_get_attr(&self, typ: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
        let n = crate::protocol::slots::attribute::name_text(name);
        let meta = typ.class().clone();
        let meta_attr = self.lookup_type(&meta, n);
        if let Some(d) = &meta_attr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d.clone(), Some(typ), &meta).map(Some);
            }
        }
        if let Some(v) = self.lookup_type(typ, n) {
            return self.descr_get(v, None, typ).map(Some);
        }
        if let Some(d) = meta_attr {
            return self.descr_get(d, Some(typ), &meta).map(Some);
        }
        Ok(None)
    }

    /// An AttributeError for `obj.name`, carrying `name` and `obj` for suggestions.
    pub fn attribute_error(&self, obj: &Obj, name: &Obj) -> PyErr {
        let n: &str = name
            .downcast_text::<PyStr>()
            .map(StrRef::from)
            .map(|s| s.value)
            .unwrap_or("");
        let msg = if obj.is::<PyModule>() {
            match self.module_name(obj) {
                Some(m) => format!("module '{m}' has no attribute '{n}'"),
                None => format!("module has no attribute '{n}'"),
            }
        } else if let Some(t) = obj.downcast_ref::<PyType>() {
            format!("type object '{}' has no attribute '{n}'", t.name())
        } else {
            format!("'{}' object has no attribute '{n}'", self.type_name(obj))
        };
        let cls = self.exc_type("AttributeError");
        let exc = self.new_exception(&cls, vec![self.new_str(msg)]);
        self.set_exc_attr(&exc, "name", name.clone());
        self.set_exc_attr(&exc, "obj", obj.clone());
        self.raise(exc)
    }

    /// `object.__setattr__` (value Some) and `object.__delattr__` (value None).
    pub(crate) fn generic_set_attr(
        &self,
        obj: &Obj,
        name: &Obj,
        value: Option<Obj>,
    ) -> PyResult<()> {
        let n = crate::protocol::slots::attribute::name_text(name);
        let cls = obj.class().clone();
        if let Some(d) = self.lookup_type(&cls, n) {
            if self.is_data_descriptor(&d) {
                return self.descr_set(&d, obj, value, n);
            }
        }
        match self.instance_attr_set(obj, name, value)? {
            Some(true) => Ok(()),
            Some(false) => Err(self.attribute_error(obj, name)),
            None => {
                let tn = self.type_name(obj);
                if self.lookup_type(&cls, n).is_some() {
                    Err(self.new_error(
                        "AttributeError",
                        format!("'{tn}' object attribute '{n}' is read-only"),
                    ))
                } else {
                    Err(self.new_error(
                        "AttributeError",
                        format!("'{tn}' object has no attribute '{n}' and no __dict__ for setting new attributes"),
                    ))
                }
            }
        }
    }

    /// `type.__setattr__` (CPython's `type_setattro`): builtin types are immutable; a data
    /// descriptor of the metatype (`__name__`, `__doc__`) takes the value, else the class's
    /// namespace does.
    pub(crate) fn type_set_attr(&self, cls: &Obj, name: &Obj, value: Option<Obj>) -> PyResult<()> {
        let n = crate::protocol::slots::attribute::name_text(name);
        let t = crate::protocol::slots::slot_payload::<PyType>(self, cls)?;
        if t.builtin {
            return Err(self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{}'",
                t.name()
            )));
        }
        if let Some(d) = self.lookup_type(cls.class(), n) {
            if self.is_data_descriptor(&d) {
                return self.descr_set(&d, cls, value, n);
            }
        }
        self.type_namespace_store(cls, n, value)
    }

    fn descr_set(&self, d: &Obj, obj: &Obj, value: Option<Obj>, n: &str) -> PyResult<()> {
        match self.descr_set_slot(d.class()) {
            Some(f) => f(self, d, obj, value, n),
            None => Err(self.new_error("AttributeError", "__set__".to_string())),
        }
    }

    /// For `obj.name(...)`: the function and the receiver when `name` is a plain method, so no
    /// bound-method object is created (CPython's LOAD_METHOD).
    pub fn load_method(&self, obj: &Obj, name: &Obj) -> PyResult<(Obj, Option<Obj>)> {
        let cls = obj.class().clone();
        // Only `object`'s generic lookup finds a plain method on the class first (types,
        // modules, super and classes with `__getattribute__` have their own).
        if self.plain_getattro(&cls) {
            if let Some(d) = self.lookup_type_name(&cls, name) {
                let is_method = d.is::<PyFunction>()
                    || d.downcast_ref::<PyMethodDescr>()
                        .is_some_and(|m| !m.classmethod);
                if is_method {
                    let shadowed = self.instance_attr_get(obj, name)?.flatten();
                    return Ok(match shadowed {
                        Some(v) => (v, None),
                        None => (d, Some(obj.clone())),
                    });
                }
            }
        }
        Ok((self.get_attr(obj, name)?, None))
    }

    /// A special method looked up on the type and bound to `obj` (None if absent).
    pub fn lookup_special(&self, obj: &Obj, name: &str) -> Option<Obj> {
        let cls = obj.class().clone();
        let d = self.lookup_type(&cls, name)?;
        self.descr_get(d, Some(obj), &cls).ok()
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
        let (f, self_) = self.load_method(obj, &self.intern(name))?;
        match self_ {
            Some(s) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(s);
                all.extend_from_slice(args);
                self.call(&f, Args::positional(&all))
            }
            None => self.call(&f, Args::positional(args)),
        }
    }

    /// Call an unbound method `func` with `obj` as self.
    pub fn call_method_obj(&self, func: &Obj, obj: &Obj, args: &[Obj]) -> PyResult<Obj> {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args);
        self.call(func, Args::positional(&all))
    }
}

/// A special method's name with its hash, computed at compile time (hot lookups skip hashing).
pub struct SpecialName(pub &'static str, pub i64);

impl SpecialName {
    pub const fn new(name: &'static str) -> SpecialName {
        SpecialName(name, crate::objects::str_hash(name))
    }
}

pub const GETATTRIBUTE: SpecialName = SpecialName::new("__getattribute__");
pub const GETATTR: SpecialName = SpecialName::new("__getattr__");
pub const SETATTR: SpecialName = SpecialName::new("__setattr__");
pub const DELATTR: SpecialName = SpecialName::new("__delattr__");
pub const DEL: SpecialName = SpecialName::new("__del__");

/// The instance storage of `obj`: a class instance's own, or the one an instance of a Python
/// subclass of a builtin type carries.
pub(crate) fn instance_part(obj: &Obj) -> Option<InstanceAttrs<'_>> {
    if let Some(i) = plain_instance_attrs(obj) {
        return Some(i);
    }
    if let Some(w) = obj.downcast_ref::<PyWeakRef>() {
        return Some(w.inst.attrs(obj.class().downcast_ref::<PyType>()?));
    }
    subclass_instance_attrs(obj)
}

// ---- the descriptor slots of the builtin descriptor types (registered in
// types/descriptor.rs; CPython's tp_descr_get / tp_descr_set) ------------------------------

/// A function binds to an instance as a method.
pub(crate) fn function_descr_get(
    vm: &Vm,
    descr: Obj,
    obj: Option<&Obj>,
    _cls: &Obj,
) -> PyResult<Obj> {
    Ok(match obj {
        Some(o) => Obj::new(
            vm.types.method.clone(),
            PyBoundMethod {
                func: descr,
                self_: o.clone(),
            },
        ),
        None => descr,
    })
}

/// A builtin method binds to an instance (a class method to the class).
pub(crate) fn method_descr_get(vm: &Vm, descr: Obj, obj: Option<&Obj>, cls: &Obj) -> PyResult<Obj> {
    let m = crate::protocol::slots::slot_payload::<PyMethodDescr>(vm, &descr)?;
    if m.classmethod {
        return Ok(vm.bind_builtin(&descr, m, cls.clone()));
    }
    match obj {
        // Bound only to an instance of the defining type (CPython's `descr_check`): the
        // native code may then take the receiver's payload.
        Some(o) if !vm.isinstance(o, &m.owner) => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            vm.type_name_of_type(&m.owner),
            vm.type_name(o)
        ))),
        Some(o) => Ok(vm.bind_builtin(&descr, m, o.clone())),
        None => Ok(descr),
    }
}

pub(crate) fn staticmethod_descr_get(
    vm: &Vm,
    descr: Obj,
    _obj: Option<&Obj>,
    _cls: &Obj,
) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyStaticMethod>(vm, &descr)?.func())
}

pub(crate) fn classmethod_descr_get(
    vm: &Vm,
    descr: Obj,
    _obj: Option<&Obj>,
    cls: &Obj,
) -> PyResult<Obj> {
    let c = crate::protocol::slots::slot_payload::<PyClassMethod>(vm, &descr)?;
    Ok(Obj::new(
        vm.types.method.clone(),
        PyBoundMethod {
            func: c.func(),
            self_: cls.clone(),
        },
    ))
}

pub(crate) fn getset_descr_get(
    vm: &Vm,
    descr: Obj,
    obj: Option<&Obj>,
    _cls: &Obj,
) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGetSetDescr>(vm, &descr)?;
    match obj {
        Some(o) => vm.getset_get(g, o),
        None => Ok(descr),
    }
}

pub(crate) fn getset_descr_set(
    vm: &Vm,
    descr: &Obj,
    obj: &Obj,
    value: Option<Obj>,
    _name: &str,
) -> PyResult<()> {
    let g = crate::protocol::slots::slot_payload::<PyGetSetDescr>(vm, descr)?;
    vm.getset_set(g, obj, value)
}

pub(crate) fn property_descr_get(
    vm: &Vm,
    descr: Obj,
    obj: Option<&Obj>,
    _cls: &Obj,
) -> PyResult<Obj> {
    let p = crate::protocol::slots::slot_payload::<PyProperty>(vm, &descr)?;
    let Some(o) = obj else { return Ok(descr) };
    match p.fget() {
        Some(fget) => vm.call(&fget, Args::positional(std::slice::from_ref(o))),
        None => Err(vm.new_error(
            "AttributeError",
            format!(
                "property {} of '{}' object has no getter",
                vm.property_name(p),
                vm.type_qualname(o)
            ),
        )),
    }
}

pub(crate) fn slot_member_descr_get(
    vm: &Vm,
    descr: Obj,
    obj: Option<&Obj>,
    _cls: &Obj,
) -> PyResult<Obj> {
    let s = crate::protocol::slots::slot_payload::<PySlotMember>(vm, &descr)?;
    let Some(o) = obj else { return Ok(descr) };
    let v = match instance_part(o).map(|i| i.slot(s.index)) {
        Some(Ok(v)) => v,
        _ => return Err(vm.slot_misapplied(s, o)),
    };
    v.ok_or_else(|| {
        vm.new_error(
            "AttributeError",
            format!("'{}' object has no attribute '{}'", vm.type_name(o), s.name),
        )
    })
}

/// The generic `tp_descr_get` of a class with `__get__` (CPython's slot_tp_descr_get).
pub(crate) fn slot_descr_get(vm: &Vm, descr: Obj, obj: Option<&Obj>, cls: &Obj) -> PyResult<Obj> {
    let Some(get) = vm.lookup_type(descr.class(), "__get__") else {
        return Ok(descr);
    };
    let inst = obj.cloned().unwrap_or_else(|| vm.none.clone());
    vm.call(&get, Args::positional(&[descr, inst, cls.clone()]))
}

pub(crate) fn property_descr_set(
    vm: &Vm,
    descr: &Obj,
    obj: &Obj,
    value: Option<Obj>,
    _name: &str,
) -> PyResult<()> {
    let p = crate::protocol::slots::slot_payload::<PyProperty>(vm, descr)?;
    let (f, what) = match &value {
        Some(_) => (p.fset(), "setter"),
        None => (p.fdel(), "deleter"),
    };
    match f {
        Some(f) => {
            let mut args = vec![obj.clone()];
            args.extend(value);
            vm.call(&f, Args::positional(&args))?;
            Ok(())
        }
        None => Err(vm.new_error(
            "AttributeError",
            format!(
                "property {} of '{}' object has no {what}",
                vm.property_name(p),
                vm.type_qualname(obj)
            ),
        )),
    }
}

pub(crate) fn slot_member_descr_set(
    vm: &Vm,
    descr: &Obj,
    obj: &Obj,
    value: Option<Obj>,
    name: &str,
) -> PyResult<()> {
    let s = crate::protocol::slots::slot_payload::<PySlotMember>(vm, descr)?;
    let deleting = value.is_none();
    let Some(Ok(old)) = instance_part(obj).map(|i| i.set_slot(s.index, value)) else {
        return Err(vm.slot_misapplied(s, obj));
    };
    let had = old.is_some();
    drop(old);
    if deleting && !had {
        return Err(vm.new_error(
            "AttributeError",
            format!("'{}' object has no attribute '{name}'", vm.type_name(obj)),
        ));
    }
    Ok(())
}

/// The generic `tp_descr_set` of a class with `__set__` or `__delete__`: a data descriptor
/// without the method asked for is an AttributeError naming it (CPython's slot_tp_descr_set).
pub(crate) fn slot_descr_set(
    vm: &Vm,
    descr: &Obj,
    obj: &Obj,
    value: Option<Obj>,
    _name: &str,
) -> PyResult<()> {
    let (method, args) = match value {
        Some(v) => ("__set__", vec![descr.clone(), obj.clone(), v]),
        None => ("__delete__", vec![descr.clone(), obj.clone()]),
    };
    match vm.lookup_type(descr.class(), method) {
        Some(f) => vm.call(&f, Args::positional(&args)).map(drop),
        None => Err(vm.new_error("AttributeError", method.to_string())),
    }
}
