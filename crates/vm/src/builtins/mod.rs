//! The `builtins` module: functions, and the builtin types and exceptions bound by name.

pub mod args;
pub mod exec;
pub mod functions;
pub mod iterators;
pub mod site;
pub mod sort;

use crate::objects::*;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

impl Vm {
    /// The `builtins` module's namespace.
    pub fn builtins_dict(&self) -> Obj {
        self.builtins
            .downcast_ref::<PyModule>()
            .map(|m| m.dict.clone())
            .expect("builtins is a module")
    }

    /// A builtin by name (NameError-free lookup for the VM's own use).
    pub fn builtin(&self, name: &str) -> crate::PyResult<Obj> {
        self.dict_get_str(&self.builtins_dict(), name)
            .ok_or_else(|| self.name_error(name, None))
    }

    pub(crate) fn init_builtins(&self) {
        let d = self.builtins_dict();
        let t = &self.types;
        for (name, ty) in [
            ("object", &t.object),
            ("type", &t.type_),
            ("int", &t.int),
            ("bool", &t.bool_),
            ("float", &t.float),
            ("str", &t.str),
            ("bytes", &t.bytes),
            ("list", &t.list),
            ("tuple", &t.tuple),
            ("dict", &t.dict),
            ("set", &t.set),
            ("frozenset", &t.frozenset),
            ("range", &t.range),
            ("slice", &t.slice),
            ("property", &t.property),
            ("staticmethod", &t.staticmethod),
            ("classmethod", &t.classmethod),
            ("super", &t.super_),
        ] {
            self.dict_set_str(&d, name, ty.clone());
        }
        for name in ["enumerate", "zip", "map", "filter", "reversed", "bytearray"] {
            self.dict_set_str(&d, name, self.types.iterator(name));
        }
        for (name, _) in crate::runtime::bootstrap::EXCEPTION_HIERARCHY {
            self.dict_set_str(&d, name, self.exc_type(name));
        }
        self.dict_set_str(&d, "EnvironmentError", self.exc_type("OSError"));
        self.dict_set_str(&d, "IOError", self.exc_type("OSError"));
        self.dict_set_str(&d, "None", self.none.clone());
        self.dict_set_str(&d, "True", self.true_.clone());
        self.dict_set_str(&d, "False", self.false_.clone());
        self.dict_set_str(&d, "Ellipsis", self.ellipsis.clone());
        self.dict_set_str(&d, "NotImplemented", self.not_implemented.clone());
        self.dict_set_str(&d, "__name__", self.new_str("builtins"));
        self.dict_set_str(&d, "__debug__", self.true_.clone());
        for (name, f) in functions::FUNCTIONS.iter().chain(exec::FUNCTIONS) {
            self.dict_set_str(&d, name, self.new_builtin_function(name, *f));
        }
    }
}
