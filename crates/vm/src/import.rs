//! `import`: builtin modules and `.py` modules found on `sys.path`, executed once and cached
//! in `sys.modules`.

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;
use std::path::PathBuf;

impl Vm {
    /// `IMPORT_NAME`: import `name` (relative to the importing module at `level`); returns the
    /// top-level package unless `fromlist` is non-empty.
    pub(crate) fn import_name(
        &self,
        name: &str,
        _fromlist: &Obj,
        level: &Obj,
        _globals: &Obj,
    ) -> PyResult<Obj> {
        let level = self.arg_i64(level).unwrap_or(0);
        if level > 0 {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package".into(),
            ));
        }
        if name.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        // Packages are not supported yet: import the first component.
        let top = name.split('.').next().unwrap_or(name);
        let module = self.import_module(top)?;
        if name.contains('.') {
            return Err(self.module_not_found(name));
        }
        Ok(module)
    }

    fn module_not_found(&self, name: &str) -> crate::errors::PyErr {
        let cls = self.exc_type("ModuleNotFoundError");
        let exc = self.new_exception(
            &cls,
            vec![self.new_str(format!("No module named '{name}'"))],
        );
        self.set_exc_attr(&exc, "name", self.new_str(name));
        self.raise(exc)
    }

    /// Import (or fetch from `sys.modules`) the module called `name`.
    pub fn import_module(&self, name: &str) -> PyResult<Obj> {
        if let Some(m) = self.dict_get_str(&self.modules, name) {
            return Ok(m);
        }
        if let Some(m) = crate::modules::create_builtin_module(self, name)? {
            self.dict_set_str(&self.modules, name, m.clone());
            return Ok(m);
        }
        let (source, path) = match crate::modules::embedded_source(name) {
            Some(src) => (src.to_string(), PathBuf::from(format!("<ouro>/{name}.py"))),
            None => {
                let Some(path) = self.find_module_file(name) else {
                    return Err(self.module_not_found(name));
                };
                let source = std::fs::read_to_string(&path).map_err(|e| {
                    self.new_error(
                        "ImportError",
                        format!("cannot read {}: {e}", path.display()),
                    )
                })?;
                (source, path)
            }
        };

        let module = self.new_module(name);
        let dict = module
            .downcast_ref::<PyModule>()
            .map(|m| m.dict.clone())
            .expect("new module");
        let filename = path.to_string_lossy().to_string();
        self.dict_set_str(&dict, "__file__", self.new_str(filename.as_str()));
        self.dict_set_item(&self.modules, self.new_str(name), module.clone())?;
        let result = self.run_source(&source, &filename, &dict);
        if let Err(e) = result {
            let key = self.new_str(name);
            let _ = self.dict_del_item_opt(&self.modules, &key);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.dict_get_str(&self.modules, name).unwrap_or(module))
    }

    fn find_module_file(&self, name: &str) -> Option<PathBuf> {
        let sys = self.dict_get_str(&self.modules, "sys")?;
        let path = self.get_attr_str(&sys, "path").ok()?;
        for entry in self.collect_iterable(&path).ok()? {
            let Some(dir) = self.str_value(&entry) else {
                continue;
            };
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let candidate = PathBuf::from(&dir).join(format!("{name}.py"));
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        None
    }

    pub fn new_module(&self, name: &str) -> Obj {
        let dict = self.new_dict();
        self.dict_set_str(&dict, "__name__", self.new_str(name));
        self.dict_set_str(&dict, "__doc__", self.none.clone());
        self.dict_set_str(&dict, "__builtins__", self.builtins.clone());
        Obj::new(
            self.types.module.clone(),
            PyModule {
                name: name.into(),
                dict,
            },
        )
    }

    /// `from module import name`.
    pub(crate) fn import_from(&self, module: &Obj, name: &Obj) -> PyResult<Obj> {
        match self.get_attr_opt(module, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = module
                    .downcast_ref::<PyModule>()
                    .map(|m| m.name.to_string())
                    .unwrap_or_default();
                let n = self.str_value(name).unwrap_or_default();
                let file = module
                    .downcast_ref::<PyModule>()
                    .and_then(|m| self.dict_get_str(&m.dict, "__file__"))
                    .and_then(|f| self.str_value(&f));
                let location = match file {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".into(),
                };
                let cls = self.exc_type("ImportError");
                let msg = format!("cannot import name '{n}' from '{mname}'{location}");
                let exc = self.new_exception(&cls, vec![self.new_str(msg)]);
                self.set_exc_attr(&exc, "name", self.new_str(mname));
                self.set_exc_attr(&exc, "name_from", name.clone());
                self.set_exc_attr(&exc, "__module_obj__", module.clone());
                Err(self.raise(exc))
            }
        }
    }

    /// `from module import *`.
    pub(crate) fn import_star(&self, module: &Obj, ns: &Obj) -> PyResult<()> {
        let Some(m) = module.downcast_ref::<PyModule>() else {
            return Ok(());
        };
        let names: Vec<Obj> = match self.dict_get_str(&m.dict, "__all__") {
            Some(all) => self.collect_iterable(&all)?,
            None => m
                .dict
                .downcast_ref::<PyDict>()
                .map(|d| d.table.borrow().keys())
                .unwrap_or_default()
                .into_iter()
                .filter(|k| !self.str_value(k).unwrap_or_default().starts_with('_'))
                .collect(),
        };
        for n in names {
            let v = self.get_attr(module, &n)?;
            self.mapping_set(ns, n, v)?;
        }
        Ok(())
    }
}
