//! Names for tab completion, found without running any Python code.
//!
//! Invariant: nothing here calls into Python. Lookups read dict tables directly (string keys
//! only, compared as Rust strings, so no `__eq__`/`__hash__` runs); attributes found on a
//! class are taken as stored, never through a descriptor's `__get__`, a property or
//! `__getattr__`; an instance's attributes are read without materializing its `__dict__`.
//! Completing `node.<TAB>` therefore never changes the heap a user is inspecting, unlike
//! CPython's `rlcompleter`, which evaluates the expression before the dot.

use super::Session;
use crate::objects::*;
use crate::runtime::vm::Vm;
use crate::types::object::instance::plain_instance_attrs;
use ouro_memory::Obj;

impl Session {
    /// Every name visible at the top level: `__main__`'s globals, then builtins.
    pub fn global_names(&self) -> Vec<String> {
        let vm = self.vm();
        let mut names = dict_str_keys(vm, &self.main);
        names.extend(dict_str_keys(vm, &vm.builtins_dict()));
        names
    }

    /// The names of builtins only (for highlighting).
    pub fn builtin_names(&self) -> Vec<String> {
        dict_str_keys(self.vm(), &self.vm().builtins_dict())
    }

    /// The attribute names of the object that the dotted path `a.b.c` names, or None when the
    /// path does not resolve without running code.
    pub fn attribute_names(&self, path: &str) -> Option<Vec<String>> {
        let vm = self.vm();
        let mut parts = path.split('.');
        let first = parts.next()?;
        let mut obj = vm
            .dict_get_str(&self.main, first)
            .or_else(|| vm.dict_get_str(&vm.builtins_dict(), first))?;
        for name in parts {
            obj = quiet_attr(vm, &obj, name)?;
        }
        Some(quiet_dir(vm, &obj))
    }
}

/// The string keys of a dict object.
fn dict_str_keys(vm: &Vm, dict: &Obj) -> Vec<String> {
    dict.downcast_ref::<PyDict>()
        .map(|d| table_str_keys(vm, &d.table.borrow()))
        .unwrap_or_default()
}

fn table_str_keys(vm: &Vm, table: &DictTable) -> Vec<String> {
    table
        .keys()
        .iter()
        .filter_map(|k| vm.str_value(k))
        .collect()
}

/// `obj.name` as stored: module namespace, instance attributes, then the class's MRO.
fn quiet_attr(vm: &Vm, obj: &Obj, name: &str) -> Option<Obj> {
    if let Some(m) = obj.downcast_ref::<PyModule>() {
        return vm.dict_get_str(&m.dict, name);
    }
    if let Some(i) = plain_instance_attrs(obj) {
        let found = match i.dict() {
            Some(d) => vm.dict_get_str(&d, name),
            None => obj.class().downcast_ref::<PyType>().and_then(|t| {
                i.inline_items(t)
                    .into_iter()
                    .find(|(k, _)| vm.str_value(k).as_deref() == Some(name))
                    .map(|(_, v)| v)
            }),
        };
        if found.is_some() {
            return found;
        }
    }
    let cls = if obj.is::<PyType>() {
        obj.clone()
    } else {
        obj.class().clone()
    };
    let mro = cls.downcast_ref::<PyType>()?.mro();
    mro.iter().find_map(|c| {
        c.downcast_ref::<PyType>()
            .and_then(|t| t.dict.borrow().get_str(name).map(|e| e.value.clone()))
    })
}

/// The names `dir(obj)` would list for objects without a custom `__dir__`, unsorted.
fn quiet_dir(vm: &Vm, obj: &Obj) -> Vec<String> {
    if let Some(m) = obj.downcast_ref::<PyModule>() {
        return dict_str_keys(vm, &m.dict);
    }
    let mut names = Vec::new();
    if let Some(i) = plain_instance_attrs(obj) {
        match i.dict() {
            Some(d) => names.extend(dict_str_keys(vm, &d)),
            None => {
                if let Some(t) = obj.class().downcast_ref::<PyType>() {
                    let items = i.inline_items(t);
                    names.extend(items.iter().filter_map(|(k, _)| vm.str_value(k)));
                }
            }
        }
    }
    let cls = if obj.is::<PyType>() {
        obj.clone()
    } else {
        obj.class().clone()
    };
    if let Some(t) = cls.downcast_ref::<PyType>() {
        for c in t.mro() {
            if let Some(t) = c.downcast_ref::<PyType>() {
                names.extend(table_str_keys(vm, &t.dict.borrow()));
            }
        }
    }
    names
}
