//! `repr()`, `str()` and `ascii()` of every builtin object, with user overrides.
//!
//! Invariant: containers that contain themselves print `[...]`/`{...}` (CPython's
//! `Py_ReprEnter`), tracked in `repr_stack`; deep nesting raises RecursionError instead of
//! exhausting the native stack.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

impl Vm {
    /// `repr(obj)` as a Rust string.
    pub fn repr_string(&self, obj: &Obj) -> PyResult<String> {
        let r = self.repr(obj)?;
        Ok(self.str_value(&r).unwrap_or_default())
    }

    pub fn str_string(&self, obj: &Obj) -> PyResult<String> {
        let s = self.str(obj)?;
        Ok(self.str_value(&s).unwrap_or_default())
    }

    /// The Rust string of a str object (None for other objects).
    pub fn str_value(&self, obj: &Obj) -> Option<String> {
        PyStr::view(obj).map(|s| s.value.to_string())
    }

    pub fn ascii(&self, obj: &Obj) -> PyResult<Obj> {
        let r = self.repr_string(obj)?;
        let mut out = String::new();
        for c in r.chars() {
            let cp = c as u32;
            if cp < 0x80 {
                out.push(c);
            } else if cp < 0x100 {
                out.push_str(&format!("\\x{cp:02x}"));
            } else if cp < 0x10000 {
                out.push_str(&format!("\\u{cp:04x}"));
            } else {
                out.push_str(&format!("\\U{cp:08x}"));
            }
        }
        Ok(self.new_str(out))
    }

    /// `str(exc)` as a Rust string, through the exception type's str slot (a subclass's
    /// `__str__` included).
    pub fn exception_str(&self, exc: &Obj) -> PyResult<String> {
        self.str_string(exc)
    }

    /// typing's `_type_repr`: classes by (qualified) name, `None` for NoneType, else repr.
    pub(crate) fn type_repr(&self, o: &Obj) -> PyResult<String> {
        if o.ptr_eq(&self.types.none_type) {
            return Ok("None".into());
        }
        if let Some(t) = o.downcast_ref::<PyType>() {
            let module = self
                .lookup_type_own(o, "__module__")
                .and_then(|m| self.str_value(&m))
                .unwrap_or_else(|| "builtins".into());
            let qual = t.qualname.borrow().to_string();
            return Ok(if module == "builtins" {
                qual
            } else {
                format!("{module}.{qual}")
            });
        }
        if o.ptr_eq(&self.ellipsis) {
            return Ok("...".into());
        }
        self.repr_string(o)
    }

    /// `<module.Class object at 0x...>`.
    pub(crate) fn default_repr(&self, obj: &Obj) -> String {
        let (module, qual) = self.class_module_and_qualname(obj.class());
        if module == "builtins" {
            format!("<{qual} object at {:#x}>", obj.addr())
        } else {
            format!("<{module}.{qual} object at {:#x}>", obj.addr())
        }
    }

    /// A class's `__module__` (`builtins` when it has none) and `__qualname__`.
    pub(crate) fn class_module_and_qualname(&self, cls: &Obj) -> (String, String) {
        let module = self
            .lookup_type_own(cls, "__module__")
            .and_then(|m| self.str_value(&m))
            .unwrap_or_else(|| "builtins".into());
        let qual = cls
            .downcast_ref::<PyType>()
            .map(|t| t.qualname.borrow().to_string())
            .unwrap_or_default();
        (module, qual)
    }

    /// An attribute in the type's own dict (not inherited).
    pub(crate) fn lookup_type_own(&self, cls: &Obj, name: &str) -> Option<Obj> {
        let t = cls.downcast_ref::<PyType>()?;
        let d = t.dict.borrow();
        d.get_str(name).map(|e| e.value.clone())
    }

    pub(crate) fn repr_items(
        &self,
        obj: &Obj,
        open: &str,
        close: &str,
        items: &[Obj],
        one_item_comma: bool,
    ) -> PyResult<String> {
        if self.repr_stack.borrow().iter().any(|o| o.ptr_eq(obj)) {
            return Ok(format!("{open}...{close}"));
        }
        let _g = self.enter_recursion_while("while getting the repr of an object")?;
        self.repr_stack.borrow_mut().push(obj.clone());
        let result = (|| {
            let mut parts = Vec::with_capacity(items.len());
            for item in items {
                parts.push(self.repr_string(item)?);
            }
            let comma = if one_item_comma && parts.len() == 1 {
                ","
            } else {
                ""
            };
            Ok(format!("{open}{}{comma}{close}", parts.join(", ")))
        })();
        self.repr_stack.borrow_mut().pop();
        result
    }

    pub(crate) fn repr_dict(&self, obj: &Obj, items: &[(Obj, Obj)]) -> PyResult<String> {
        if self.repr_stack.borrow().iter().any(|o| o.ptr_eq(obj)) {
            return Ok("{...}".into());
        }
        let _g = self.enter_recursion_while("while getting the repr of an object")?;
        self.repr_stack.borrow_mut().push(obj.clone());
        let result = (|| {
            let mut parts = Vec::with_capacity(items.len());
            for (k, v) in items {
                parts.push(format!(
                    "{}: {}",
                    self.repr_string(k)?,
                    self.repr_string(v)?
                ));
            }
            Ok(format!("{{{}}}", parts.join(", ")))
        })();
        self.repr_stack.borrow_mut().pop();
        result
    }
}

/// `repr(str)`: single quotes unless the string contains `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable` for repr: control and separator
/// characters other than the ASCII space are escaped.
fn is_printable(c: char) -> bool {
    let cp = c as u32;
    !(cp < 0x20
        || (0x7f..0xa0).contains(&cp)
        || cp == 0xad
        || (0x2028..=0x2029).contains(&cp)
        || (0x200b..=0x200f).contains(&cp)
        || (0xd800..=0xdfff).contains(&cp)
        || cp == 0xfeff
        || (0xe000..=0xf8ff).contains(&cp))
        && !c.is_whitespace()
        || c == ' '
}

pub fn bytes_repr(b: &[u8]) -> String {
    quoted_bytes(b, false)
}

/// The `b'...'` inside `repr(bytearray)`: as a bytes' repr, but CPython's `bytearray_repr`
/// escapes every `'`, even between double quotes (`bytearray(b"\'")`).
pub fn bytearray_contents_repr(b: &[u8]) -> String {
    quoted_bytes(b, true)
}

fn quoted_bytes(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
