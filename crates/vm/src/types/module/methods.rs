//! Module objects: attribute lookup with a module-level `__getattr__` (PEP 562), and the
//! computed attributes `__dict__` (the namespace, which is also the globals of
//! the module's functions) and the lazily computed `__annotations__` (PEP 649).

use crate::objects::*;
use crate::protocol::slots::slot_payload;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::GetSet;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_new(&vm.types.module.clone(), module_new);
    vm.add_wrapper(&vm.types.module.clone(), "__init__", module_init);
    vm.set_native_slots(
        &vm.types.module.clone(),
        crate::protocol::slots::NativeSlots {
            getattro: Some(module_getattro),
            dict: Some(module_namespace),
            set_dict: Some(module_set_dict),
            repr: Some(module_repr),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &vm.types.module.clone(),
        &[
            GetSet("__dict__", module_dict, None),
            GetSet(
                "__annotations__",
                module_annotations,
                Some(module_set_annotations),
            ),
            GetSet("__annotate__", module_annotate, Some(module_set_annotate)),
        ],
    );
}

/// `m.__annotate__`: the namespace's `__annotate__`, which a first read sets to None
/// (CPython's `module_get_annotate`).
fn module_annotate(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    let dict = module_dict(vm, m)?;
    if let Some(f) = vm.dict_get_str(&dict, "__annotate__") {
        return Ok(f);
    }
    vm.dict_set_str(&dict, "__annotate__", vm.none.clone());
    Ok(vm.none.clone())
}

/// `m.__annotate__ = f`: a callable or None; a callable replaces any cached
/// `__annotations__`.
fn module_set_annotate(vm: &Vm, m: &Obj, value: Option<Obj>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.type_error("cannot delete __annotate__ attribute"));
    };
    if !vm.is_none(&value) && !vm.is_callable(&value) {
        return Err(vm.type_error("__annotate__ must be callable or None"));
    }
    let dict = module_dict(vm, m)?;
    if !vm.is_none(&value) {
        vm.dict_del_item_opt(&dict, &vm.new_str("__annotations__"))?;
    }
    vm.dict_set_str(&dict, "__annotate__", value);
    Ok(())
}

/// `ModuleType.__new__(cls)`: an empty module of class `cls` (a subclass's instances keep
/// their attributes in the module namespace too); `__init__` names it.
fn module_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = crate::types::object::cls_arg(vm, &args)?.clone();
    let dict = vm.new_dict();
    Ok(Obj::new(
        cls,
        PyModule {
            name: "?".into(),
            dict,
        },
    ))
}

/// `ModuleType(name, doc=None)`: the module's `__name__`, `__doc__`, and `__package__`,
/// `__loader__` and `__spec__` as None.
fn module_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "module", &["name", "doc"])?;
    let this = args.values[0].clone();
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let Some(name) = pos.first().cloned().or_else(|| args.kw(vm, "name")) else {
        return Err(vm.type_error("module.__init__() missing required argument 'name' (pos 1)"));
    };
    if !PyStr::is_str(&name) {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let doc = pos.get(1).cloned().or_else(|| args.kw(vm, "doc"));
    let dict = module_dict(vm, &this)?;
    vm.dict_set_str(&dict, "__name__", name);
    vm.dict_set_str(&dict, "__doc__", vm.or_none(doc));
    for key in ["__package__", "__loader__", "__spec__"] {
        vm.dict_set_str(&dict, key, vm.none.clone());
    }
    Ok(vm.none.clone())
}

/// `<module 'name'>`, by the namespace's `__name__` (`'?'` without one).
fn module_repr(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    let name = vm.module_name(m).unwrap_or_else(|| "?".to_string());
    Ok(vm.new_str(format!("<module '{name}'>")))
}

impl Vm {
    /// A module's `__name__` as its namespace holds it now (None when missing or not a str).
    pub(crate) fn module_name(&self, m: &Obj) -> Option<String> {
        let dict = &m.downcast_ref::<PyModule>()?.dict;
        self.dict_get_str(dict, "__name__")
            .filter(PyStr::is_str)
            .and_then(|n| self.str_value(&n))
    }
}

/// `module.name`: the generic lookup, then the module's own `__getattr__` (PEP 562).
fn module_getattro(vm: &Vm, m: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let Some(v) = crate::protocol::slots::attribute::object_getattro(vm, m, name)? {
        return Ok(Some(v));
    }
    let dict = module_dict(vm, m)?;
    match vm.dict_get_str(&dict, "__getattr__") {
        Some(hook) => vm
            .call(&hook, Args::positional(std::slice::from_ref(name)))
            .map(Some),
        None => Ok(None),
    }
}

fn module_dict(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    Ok(slot_payload::<PyModule>(vm, m)?.dict.clone())
}

fn module_annotations(vm: &Vm, m: &Obj) -> PyResult<Obj> {
    let dict = module_dict(vm, m)?;
    vm.module_annotations(&dict)
}

fn module_set_annotations(vm: &Vm, m: &Obj, value: Option<Obj>) -> PyResult<()> {
    let dict = module_dict(vm, m)?;
    match value {
        Some(v) => vm.dict_set_str(&dict, "__annotations__", v),
        None => {
            let key = vm.intern("__annotations__");
            if !vm.dict_del_item_opt(&dict, &key)? {
                return Err(vm.new_error("AttributeError", "__annotations__".to_string()));
            }
        }
    }
    Ok(())
}

/// A module's namespace, which is its `__dict__`.
fn module_namespace(vm: &Vm, m: &Obj) -> Obj {
    match m.downcast_ref::<PyModule>() {
        Some(m) => m.dict.clone(),
        None => vm.new_dict(),
    }
}

/// `module.__dict__` cannot be replaced.
fn module_set_dict(vm: &Vm, _m: &Obj, _d: Obj) -> PyResult<Option<Obj>> {
    Err(vm.new_error("AttributeError", "readonly attribute".to_string()))
}
