//! `import`: builtin modules, standard-library modules ouro implements in Python, and `.py`
//! modules and packages found on `sys.path` (packages: directories with `__init__.py`,
//! searched through their `__path__`), each executed once and cached in `sys.modules`.
//!
//! Invariants (CPython's importlib semantics): a submodule `a.b` is imported after its parent
//! `a` and bound as the attribute `b` of `a`; `import a.b` binds `a`; `from a import b` falls
//! back to importing the submodule `a.b`; relative imports resolve against `__package__`.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;
use std::path::PathBuf;

/// Where a module's source comes from.
enum Source {
    Embedded(&'static str),
    File {
        path: PathBuf,
        package_dir: Option<PathBuf>,
    },
}

impl Vm {
    /// `IMPORT_NAME`: returns the top-level package unless `fromlist` is non-empty (then the
    /// named module itself).
    pub(crate) fn import_name(
        &self,
        name: &str,
        fromlist: &Obj,
        level: &Obj,
        globals: &Obj,
    ) -> PyResult<Obj> {
        let level = self.arg_i64(level).unwrap_or(0);
        let absolute = if level > 0 {
            self.resolve_relative(name, level as usize, globals)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_dotted(&absolute)?;
        let has_fromlist = !self.is_none(fromlist) && self.len(fromlist).unwrap_or(0) > 0;
        if has_fromlist {
            return Ok(module);
        }
        if level > 0 {
            // `from . import x` always has a fromlist; a bare relative import returns the module.
            return Ok(module);
        }
        let top = absolute.split('.').next().unwrap_or(&absolute);
        Ok(self.dict_get_str(&self.modules, top).unwrap_or(module))
    }

    fn resolve_relative(&self, name: &str, level: usize, globals: &Obj) -> PyResult<String> {
        let package = self
            .dict_get_str(globals, "__package__")
            .and_then(|p| self.str_value(&p))
            .filter(|p| !p.is_empty())
            .or_else(|| {
                let modname = self
                    .dict_get_str(globals, "__name__")
                    .and_then(|n| self.str_value(&n))?;
                if self.dict_get_str(globals, "__path__").is_some() {
                    Some(modname)
                } else {
                    modname.rsplit_once('.').map(|(p, _)| p.to_string())
                }
            });
        let Some(package) = package else {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package".into(),
            ));
        };
        let mut base: Vec<&str> = package.split('.').collect();
        if level - 1 > base.len().saturating_sub(1) {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import beyond top-level package".into(),
            ));
        }
        base.truncate(base.len() - (level - 1));
        let base = base.join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Import `a.b.c`: each component in turn; returns the last.
    fn import_dotted(&self, name: &str) -> PyResult<Obj> {
        let mut module: Option<Obj> = None;
        let mut prefix = String::new();
        for part in name.split('.') {
            let parent = module.clone();
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_one(&prefix, parent.as_ref())?;
            module = Some(m);
        }
        module.ok_or_else(|| self.value_error("Empty module name"))
    }

    fn module_not_found(&self, name: &str) -> crate::runtime::errors::PyErr {
        let cls = self.exc_type("ModuleNotFoundError");
        let exc = self.new_exception(
            &cls,
            vec![self.new_str(format!("No module named '{name}'"))],
        );
        self.set_exc_attr(&exc, "name", self.new_str(name));
        self.raise(exc)
    }

    /// Import (or fetch from `sys.modules`) the top-level module called `name`.
    pub fn import_module(&self, name: &str) -> PyResult<Obj> {
        self.import_dotted(name)
    }

    /// Import the module `full_name` whose parent package (if any) is `parent`.
    fn import_one(&self, full_name: &str, parent: Option<&Obj>) -> PyResult<Obj> {
        if let Some(m) = self.dict_get_str(&self.modules, full_name) {
            return Ok(m);
        }
        if parent.is_none() {
            if let Some(m) = crate::modules::create_builtin_module(self, full_name)? {
                self.dict_set_str(&self.modules, full_name, m.clone());
                return Ok(m);
            }
        }
        let short = full_name.rsplit('.').next().unwrap_or(full_name);
        let source = match (parent, crate::modules::embedded_source(full_name)) {
            (None, Some(src)) => Source::Embedded(src),
            _ => {
                let dirs = match parent {
                    Some(p) => self.package_path(p),
                    None => self.sys_path(),
                };
                match find_in(&dirs, short) {
                    Some(s) => s,
                    None => return Err(self.module_not_found(full_name)),
                }
            }
        };
        let module = self.new_module(full_name);
        let dict = module
            .downcast_ref::<PyModule>()
            .map(|m| m.dict.clone())
            .expect("new module");
        let package_name = full_name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        let (text, filename) = match source {
            Source::Embedded(src) => {
                self.dict_set_str(&dict, "__package__", self.new_str(package_name));
                (src.to_string(), format!("<ouro>/{full_name}.py"))
            }
            Source::File { path, package_dir } => {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    self.new_error(
                        "ImportError",
                        format!("cannot read {}: {e}", path.display()),
                    )
                })?;
                let filename = path.to_string_lossy().to_string();
                match package_dir {
                    Some(dir) => {
                        let dir = self.new_str(dir.to_string_lossy());
                        self.dict_set_str(&dict, "__path__", self.new_list(vec![dir]));
                        self.dict_set_str(&dict, "__package__", self.new_str(full_name));
                    }
                    None => self.dict_set_str(&dict, "__package__", self.new_str(package_name)),
                }
                self.dict_set_str(&dict, "__file__", self.new_str(filename.as_str()));
                (text, filename)
            }
        };
        self.dict_set_item(&self.modules, self.new_str(full_name), module.clone())?;
        if let Err(e) = self.run_source(&text, &filename, &dict) {
            let _ = self.dict_del_item_opt(&self.modules, &self.new_str(full_name));
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        let module = self
            .dict_get_str(&self.modules, full_name)
            .unwrap_or(module);
        if let Some(p) = parent {
            self.set_attr(p, &self.intern(short), module.clone())?;
        }
        Ok(module)
    }

    fn sys_path(&self) -> Vec<String> {
        let Some(sys) = self.dict_get_str(&self.modules, "sys") else {
            return Vec::new();
        };
        let Ok(path) = self.get_attr_str(&sys, "path") else {
            return Vec::new();
        };
        self.collect_iterable(&path)
            .unwrap_or_default()
            .iter()
            .filter_map(|e| self.str_value(e))
            .collect()
    }

    fn package_path(&self, package: &Obj) -> Vec<String> {
        let Some(m) = package.downcast_ref::<PyModule>() else {
            return Vec::new();
        };
        self.dict_get_str(&m.dict, "__path__")
            .and_then(|p| self.collect_iterable(&p).ok())
            .unwrap_or_default()
            .iter()
            .filter_map(|e| self.str_value(e))
            .collect()
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

    /// `from module import name`: the attribute, or the submodule `module.name`.
    pub(crate) fn import_from(&self, module: &Obj, name: &Obj) -> PyResult<Obj> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let m = module.downcast_ref::<PyModule>();
        let mname = m.map(|m| m.name.to_string()).unwrap_or_default();
        let n = self.str_value(name).unwrap_or_default();
        let is_package = m.is_some_and(|m| self.dict_get_str(&m.dict, "__path__").is_some());
        if is_package {
            match self.import_one(&format!("{mname}.{n}"), Some(module)) {
                Ok(sub) => return Ok(sub),
                Err(e) if self.exc_matches(&e.exc, "ModuleNotFoundError") => {}
                Err(e) => return Err(e),
            }
        }
        let file = m
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

/// Find `name` in `dirs`: a package directory (`name/__init__.py`) or a module `name.py`.
fn find_in(dirs: &[String], name: &str) -> Option<Source> {
    for dir in dirs {
        let dir = if dir.is_empty() { "." } else { dir.as_str() };
        let pkg = PathBuf::from(dir).join(name);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Source::File {
                path: init,
                package_dir: Some(pkg),
            });
        }
        let file = PathBuf::from(dir).join(format!("{name}.py"));
        if file.is_file() {
            return Some(Source::File {
                path: file,
                package_dir: None,
            });
        }
    }
    None
}
