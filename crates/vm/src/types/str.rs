//! `str` indexing and methods, including `str.format`.

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.str.clone();
    for (name, f) in [
        ("join", join as NativeFn),
        ("split", split),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("lower", lower),
        ("upper", upper),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("count", count),
        ("format", format),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__contains__", contains),
    ] {
        vm.add_method(&t, name, f);
    }
}

/// `s[key]` for str.
pub(crate) fn str_getitem(vm: &Vm, s: &PyStr, key: &Obj) -> PyResult<Obj> {
    if let Some(sl) = key.downcast_ref::<PySlice>() {
        let n = s.char_len();
        let idx = vm.slice_indices(sl, n)?;
        if s.ascii {
            let b = s.value.as_bytes();
            let out: String = idx.positions().map(|i| b[i] as char).collect();
            return Ok(vm.new_str(out));
        }
        let chars: Vec<char> = s.value.chars().collect();
        let out: String = idx.positions().map(|i| chars[i]).collect();
        return Ok(vm.new_str(out));
    }
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(key)
        )));
    };
    let n = s.char_len() as isize;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let c = s.char_at(i as usize).unwrap_or(' ');
    Ok(vm.new_str(c.to_string()))
}

fn this(args: &Args<'_>) -> String {
    args.values
        .first()
        .and_then(|o| o.downcast_ref::<PyStr>())
        .map(|s| s.value.to_string())
        .unwrap_or_default()
}

fn str_arg(vm: &Vm, o: &Obj, what: &str) -> PyResult<String> {
    vm.str_value(o)
        .ok_or_else(|| vm.type_error(format!("{what}, not {}", vm.type_name(o))))
}

fn join(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "join", 2, 2)?;
    let sep = this(&args);
    let mut out = String::new();
    for (i, item) in vm.collect_iterable(&a[1])?.iter().enumerate() {
        let s = item.downcast_ref::<PyStr>().ok_or_else(|| {
            vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            ))
        })?;
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&s.value);
    }
    Ok(vm.new_str(out))
}

fn split(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "split", &["sep", "maxsplit"])?;
    let a = args.count(vm, "split", 1, 3)?;
    let s = this(&args);
    let sep = a
        .get(1)
        .cloned()
        .or_else(|| args.kw(vm, "sep"))
        .filter(|x| !vm.is_none(x));
    let maxsplit = match a.get(2).cloned().or_else(|| args.kw(vm, "maxsplit")) {
        Some(m) => vm.arg_i64(&m)?,
        None => -1,
    };
    let parts: Vec<String> = match sep {
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(rest.to_string());
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                parts.push(rest[..end].to_string());
                rest = rest[end..].trim_start();
            }
            parts
        }
        Some(sep) => {
            let sep = str_arg(vm, &sep, "must be str or None")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn strip_chars(vm: &Vm, args: &Args<'_>, left: bool, right: bool) -> PyResult<Obj> {
    let a = args.exact(vm, "strip", 1, 2)?;
    let s = this(args);
    let chars = match a.get(1).filter(|c| !vm.is_none(c)) {
        Some(c) => Some(str_arg(vm, c, "strip arg must be None or str")?),
        None => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(c),
        None => c.is_whitespace(),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    strip_chars(vm, &args, true, true)
}

fn lstrip(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    strip_chars(vm, &args, true, false)
}

fn rstrip(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    strip_chars(vm, &args, false, true)
}

fn lower(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "lower", 1, 1)?;
    Ok(vm.new_str(this(&args).to_lowercase()))
}

fn upper(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "upper", 1, 1)?;
    Ok(vm.new_str(this(&args).to_uppercase()))
}

fn replace(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.count(vm, "replace", 3, 4)?;
    let s = this(&args);
    let old = str_arg(vm, &a[1], "replace() argument 1 must be str")?;
    let new = str_arg(vm, &a[2], "replace() argument 2 must be str")?;
    let count = match a.get(3) {
        Some(c) => vm.arg_i64(c)?,
        None => -1,
    };
    let out = if count < 0 {
        s.replace(&old, &new)
    } else {
        s.replacen(&old, &new, count as usize)
    };
    Ok(vm.new_str(out))
}

fn affix(vm: &Vm, args: &Args<'_>, name: &str, start: bool) -> PyResult<Obj> {
    let a = args.exact(vm, name, 2, 4)?;
    let s = this(args);
    let prefixes = match a[1].downcast_ref::<PyTuple>() {
        Some(t) => t.to_vec(),
        None => vec![a[1].clone()],
    };
    for p in prefixes {
        let p = vm.str_value(&p).ok_or_else(|| {
            vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&a[1])
            ))
        })?;
        let hit = if start {
            s.starts_with(&p)
        } else {
            s.ends_with(&p)
        };
        if hit {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn startswith(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    affix(vm, &args, "startswith", true)
}

fn endswith(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    affix(vm, &args, "endswith", false)
}

fn find(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "find", 2, 4)?;
    let s = this(&args);
    let sub = str_arg(vm, &a[1], "must be str")?;
    Ok(vm.new_int(match s.find(&sub) {
        Some(b) => s[..b].chars().count() as i64,
        None => -1,
    }))
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "count", 2, 4)?;
    let s = this(&args);
    let sub = str_arg(vm, &a[1], "must be str")?;
    let n = if sub.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(&sub).count()
    };
    Ok(vm.new_int(n as i64))
}

fn isdigit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = this(&args);
    Ok(vm.new_bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())))
}

fn isalpha(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = this(&args);
    Ok(vm.new_bool(!s.is_empty() && s.chars().all(char::is_alphabetic)))
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_int(this(&args).chars().count() as i64))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__getitem__", 2, 2)?;
    let s = a[0].downcast_ref::<PyStr>().expect("str method on a str");
    str_getitem(vm, s, &a[1])
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__contains__", 2, 2)?;
    Ok(vm.new_bool(vm.contains(&a[0], &a[1])?))
}

/// `str.format(*args, **kwargs)`.
fn format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let fmt = this(&args);
    let pos = &args.pos()[1..];
    let out = format_string(vm, &fmt, pos, &args, &mut 0)?;
    Ok(vm.new_str(out))
}

fn format_string(
    vm: &Vm,
    fmt: &str,
    pos: &[Obj],
    args: &Args<'_>,
    auto: &mut usize,
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
            out.push_str(&format_field(vm, &field, pos, args, auto)?);
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
    pos: &[Obj],
    args: &Args<'_>,
    auto: &mut usize,
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
    let mut value = if first.is_empty() {
        let v = pos.get(*auto).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                *auto
            ))
        })?;
        *auto += 1;
        v
    } else if let Ok(n) = first.parse::<usize>() {
        pos.get(n).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
    } else {
        args.kw(vm, first)
            .ok_or_else(|| vm.key_error(vm.new_str(first)))?
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
        format_string(vm, spec, pos, args, auto)?
    } else {
        spec.to_string()
    };
    let r = vm.format(&value, &spec)?;
    Ok(vm.str_value(&r).unwrap_or_default())
}
