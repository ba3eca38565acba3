//! `str.format` and `str.format_map`: replacement fields, conversions and nested specs.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{margs, recv};
use ouro_memory::Obj;

pub(crate) const METHODS: &[(&str, NativeFn)] = &[("format", format), ("format_map", format_map)];

/// `str.format(*args, **kwargs)`.
fn format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let fmt = recv(vm, &args, "format")?.as_str();
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let kw = |name: &str| {
        args.kw(vm, name)
            .ok_or_else(|| vm.key_error(vm.new_str(name)))
    };
    let out = format_string(vm, fmt, Some(pos), &kw, &mut Numbering::default())?;
    Ok(vm.new_str(out))
}

/// `str.format_map(mapping)`.
fn format_map(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let fmt = recv(vm, &args, "format_map")?.as_str();
    let a = margs(vm, &args, "str.format_map", 1, 1)?;
    let mapping = &a[0];
    let kw = |name: &str| vm.get_item(mapping, &vm.new_str(name));
    let out = format_string(vm, fmt, None, &kw, &mut Numbering::default())?;
    Ok(vm.new_str(out))
}

/// How a format string numbers its positional fields: automatically (`{}`) or by hand
/// (`{0}`), never both (CPython's `AutoNumber`).
#[derive(Default)]
struct Numbering {
    next: usize,
    /// Some(true) once a `{}` was seen, Some(false) once a `{0}` was.
    automatic: Option<bool>,
}

impl Numbering {
    fn auto_index(&mut self, vm: &Vm) -> PyResult<usize> {
        if self.automatic == Some(false) {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        self.automatic = Some(true);
        self.next += 1;
        Ok(self.next - 1)
    }

    fn manual(&mut self, vm: &Vm) -> PyResult<()> {
        if self.automatic == Some(true) {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        self.automatic = Some(false);
        Ok(())
    }
}

/// Looks up a named replacement field.
type KwLookup<'a> = dyn Fn(&str) -> PyResult<Obj> + 'a;

fn format_string(
    vm: &Vm,
    fmt: &str,
    pos: Option<&[Obj]>,
    kw: &KwLookup<'_>,
    auto: &mut Numbering,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces allowed in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth != 0 {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            out.push_str(&format_field(vm, &field, pos, kw, auto)?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(
    vm: &Vm,
    field: &str,
    pos: Option<&[Obj]>,
    kw: &KwLookup<'_>,
    auto: &mut Numbering,
) -> PyResult<String> {
    let (name_part, spec) = match field.find(':') {
        Some(k) => (&field[..k], &field[k + 1..]),
        None => (field, ""),
    };
    let (name_part, conv) = match name_part.find('!') {
        Some(k) => (&name_part[..k], Some(&name_part[k + 1..])),
        None => (name_part, None),
    };
    let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
    let first = &name_part[..first_end];
    let positional = first.is_empty() || first.parse::<usize>().is_ok();
    let args_pos = match pos {
        Some(p) => p,
        None if positional => {
            return Err(vm.value_error("Format string contains positional fields"))
        }
        None => &[],
    };
    let mut value = if first.is_empty() {
        let n = auto.auto_index(vm)?;
        args_pos.get(n).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
    } else if let Ok(n) = first.parse::<usize>() {
        auto.manual(vm)?;
        args_pos.get(n).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
    } else {
        kw(first)?
    };
    let mut rest = &name_part[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.get_attr_str(&value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => vm.new_int(n),
                Err(_) => vm.new_str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            break;
        }
    }
    let value = match conv {
        Some("r") => vm.repr(&value)?,
        Some("s") => vm.str(&value)?,
        Some("a") => vm.ascii(&value)?,
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
        None => value,
    };
    let spec = if spec.contains('{') {
        format_string(vm, spec, pos, kw, auto)?
    } else {
        spec.to_string()
    };
    let r = vm.format(&value, &spec)?;
    Ok(vm.str_value(&r).unwrap_or_default())
}
