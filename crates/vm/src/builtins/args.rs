//! Argument checking for builtin functions, with CPython's messages.

use crate::objects::Args;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

impl<'a> Args<'a> {
    /// The positional arguments, checking their count and that no keywords were given.
    pub fn exact(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Obj]> {
        if self.has_kwargs() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.count(vm, name, min, max)
    }

    /// The positional arguments, checking their count (keywords are the caller's business).
    pub fn count(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Obj]> {
        let pos = self.pos();
        let n = pos.len();
        if n < min || n > max {
            let msg = if min == max {
                match min {
                    0 => format!("{name}() takes no arguments ({n} given)"),
                    1 => format!("{name}() takes exactly one argument ({n} given)"),
                    // Argument Clinic's wording for a fixed count of two or more.
                    _ => format!("{name} expected {min} arguments, got {n}"),
                }
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    if max == 1 { "" } else { "s" }
                )
            };
            return Err(vm.type_error(msg));
        }
        Ok(pos)
    }

    /// A keyword argument by name.
    pub fn kw(&self, vm: &Vm, name: &str) -> Option<Obj> {
        self.kwargs()
            .find(|(k, _)| vm.str_value(k).as_deref() == Some(name))
            .map(|(_, v)| v.clone())
    }

    /// Reject keywords other than `allowed`.
    pub fn only_kw(&self, vm: &Vm, func: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kwargs() {
            let k = vm.str_value(k).unwrap_or_default();
            if !allowed.contains(&k.as_str()) {
                return Err(
                    vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))
                );
            }
        }
        Ok(())
    }
}

impl Vm {
    /// An int argument as i64 (bools and `__index__` objects accepted).
    pub fn arg_i64(&self, o: &Obj) -> PyResult<i64> {
        if let Some(i) = crate::objects::PyInt::of(o) {
            return i.as_i64().ok_or_else(|| {
                self.overflow_error("Python int too large to convert to C ssize_t")
            });
        }
        match self.index_value(o)? {
            Some(v) => Ok(v as i64),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(o)
            ))),
        }
    }

    /// An integer argument of any size: an int or an object with `__index__`.
    pub fn arg_index(&self, o: &Obj) -> PyResult<num_bigint::BigInt> {
        if let Some(i) = crate::objects::PyInt::of(o) {
            return Ok(i.to_big());
        }
        if let Some(f) = self.lookup_type(o.class(), "__index__") {
            let r = self.call_method_obj(&f, o, &[])?;
            if let Some(i) = crate::objects::PyInt::of(&r) {
                return Ok(i.to_big());
            }
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(o)
        )))
    }

    /// A str argument.
    pub fn arg_str(&self, o: &Obj, func: &str, what: &str) -> PyResult<String> {
        self.str_value(o).ok_or_else(|| {
            self.type_error(format!(
                "{func}() argument {what} must be str, not {}",
                self.type_name(o)
            ))
        })
    }
}
