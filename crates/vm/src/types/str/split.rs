//! `str` splitting and joining, stripping and replacing.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{bind_args, is_space, margs, recv, same_or_new, str_arg};
use ouro_memory::Obj;

pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
];

fn split_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(Option<String>, i64)> {
    let a = bind_args(vm, args, name, &["sep", "maxsplit"], 0)?;
    let sep = match a[0].as_ref().filter(|s| !vm.is_none(s)) {
        Some(s) => {
            let s = str_arg(vm, s, "must be str or None")?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s.to_string())
        }
        None => None,
    };
    let maxsplit = match &a[1] {
        Some(m) => vm.arg_i64(m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// Split on runs of whitespace, at most `max` times (negative: no limit), from the left.
pub(crate) fn split_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if max >= 0 && parts.len() as i64 >= max {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(rest.get(..end).unwrap_or(""));
        rest = rest.get(end..).unwrap_or("").trim_start_matches(is_space);
    }
    parts
}

/// Split on runs of whitespace, at most `max` times, from the right (result in order).
fn rsplit_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if max >= 0 && parts.len() as i64 >= max {
            parts.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|(_, c)| is_space(*c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        parts.push(rest.get(start..).unwrap_or(""));
        rest = rest.get(..start).unwrap_or("").trim_end_matches(is_space);
    }
    parts.reverse();
    parts
}

fn to_list(vm: &Vm, parts: Vec<&str>) -> Obj {
    vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect())
}

fn split(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "split")?.as_str();
    let (sep, max) = split_args(vm, &args, "split")?;
    let parts: Vec<&str> = match &sep {
        None => split_whitespace(s, max),
        Some(sep) if max < 0 => s.split(sep.as_str()).collect(),
        Some(sep) => s
            .splitn(
                usize::try_from(max).unwrap_or(usize::MAX).saturating_add(1),
                sep.as_str(),
            )
            .collect(),
    };
    Ok(to_list(vm, parts))
}

fn rsplit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "rsplit")?.as_str();
    let (sep, max) = split_args(vm, &args, "rsplit")?;
    let parts: Vec<&str> = match &sep {
        None => rsplit_whitespace(s, max),
        Some(sep) if max < 0 => s.split(sep.as_str()).collect(),
        Some(sep) => {
            let n = usize::try_from(max).unwrap_or(usize::MAX).saturating_add(1);
            let mut v: Vec<&str> = s.rsplitn(n, sep.as_str()).collect();
            v.reverse();
            v
        }
    };
    Ok(to_list(vm, parts))
}

/// Python's line boundaries (`str.splitlines`).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "splitlines")?.as_str();
    let a = bind_args(vm, &args, "splitlines", &["keepends"], 0)?;
    let keepends = match &a[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut line_start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some((_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        let stop = if keepends { end } else { i };
        parts.push(s.get(line_start..stop).unwrap_or(""));
        line_start = end;
    }
    if line_start < s.len() {
        parts.push(s.get(line_start..).unwrap_or(""));
    }
    Ok(to_list(vm, parts))
}

fn join(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let sep = recv(vm, &args, "join")?.as_str();
    let a = margs(vm, &args, "str.join", 1, 1)?;
    let items = vm.collect_iterable(&a[0])?;
    if items.len() == 1 && items[0].class().ptr_eq(&vm.types.str) {
        return Ok(items[0].clone());
    }
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let s = PyStr::view(item).ok_or_else(|| {
            vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            ))
        })?;
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s.value);
    }
    Ok(vm.new_str(out))
}

fn strip_impl(vm: &Vm, args: &Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Obj> {
    let s = recv(vm, args, name)?.as_str();
    let a = margs(vm, args, format_args!("str.{name}"), 0, 1)?;
    let chars = match a.first().filter(|c| !vm.is_none(c)) {
        Some(c) => Some(
            PyStr::view(c)
                .map(|c| c.as_str())
                .ok_or_else(|| vm.type_error(format!("{name} arg must be None or str")))?,
        ),
        None => None,
    };
    let pred = |c: char| match chars {
        Some(cs) => cs.contains(c),
        None => is_space(c),
    };
    let mut r: &str = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(same_or_new(vm, &args.values[0], r))
}

fn strip(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    strip_impl(vm, &args, "strip", true, true)
}

fn lstrip(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    strip_impl(vm, &args, "lstrip", true, false)
}

fn rstrip(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    strip_impl(vm, &args, "rstrip", false, true)
}

fn replace(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "replace")?.as_str();
    let pos = args.pos().get(1..).unwrap_or(&[]);
    if pos.len() < 2 {
        return Err(vm.type_error(format!(
            "replace expected at least 2 arguments, got {}",
            pos.len()
        )));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "replace expected at most 3 arguments, got {}",
            pos.len()
        )));
    }
    args.only_kw(vm, "replace", &["count"])?;
    let old = str_arg(vm, &pos[0], "replace() argument 1 must be str")?;
    let new = str_arg(vm, &pos[1], "replace() argument 2 must be str")?;
    let count = match pos.get(2).cloned().or_else(|| args.kw(vm, "count")) {
        Some(c) => vm.arg_i64(&c)?,
        None => -1,
    };
    let out = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, usize::try_from(count).unwrap_or(usize::MAX))
    };
    Ok(same_or_new(vm, &args.values[0], &out))
}

fn affix_remove(vm: &Vm, args: &Args<'_>, name: &str, prefix: bool) -> PyResult<Obj> {
    let s = recv(vm, args, name)?.as_str();
    let a = margs(vm, args, format_args!("str.{name}"), 1, 1)?;
    let p = str_arg(vm, &a[0], format_args!("{name}() argument must be str"))?;
    let r = if prefix {
        s.strip_prefix(p)
    } else {
        s.strip_suffix(p)
    };
    Ok(same_or_new(vm, &args.values[0], r.unwrap_or(s)))
}

fn removeprefix(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    affix_remove(vm, &args, "removeprefix", true)
}

fn removesuffix(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    affix_remove(vm, &args, "removesuffix", false)
}
