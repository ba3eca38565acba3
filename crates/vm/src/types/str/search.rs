//! `str` searching: find/rfind/index/rindex/count, startswith/endswith, partition/rpartition.
//!
//! Positions are code-point indices; the `start`/`end` arguments select a window like a slice.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{margs, recv, slice_bound, str_arg};
use ouro_memory::Obj;

pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("partition", partition),
    ("rpartition", rpartition),
];

/// The window `s[start:end]` of a search: its byte range and its first code-point index.
/// None when `start` lies beyond the end (nothing can match, not even "").
struct Window<'a> {
    s: StrRef<'a>,
    text: &'a str,
    /// Byte offset of `text` in `s`.
    from: usize,
}

fn window<'a>(vm: &Vm, s: StrRef<'a>, a: &[Obj]) -> PyResult<Option<Window<'a>>> {
    let n = s.char_len();
    let start = slice_bound(vm, a.get(1), n, 0)?;
    let end = slice_bound(vm, a.get(2), n, n)?.min(n);
    if start > n {
        return Ok(None);
    }
    let (bs, be) = (s.byte_offset(start), s.byte_offset(end.max(start)));
    Ok(s.value.get(bs..be).map(|text| Window { s, text, from: bs }))
}

/// Code-point index of byte offset `b` within `w`.
fn char_index(w: &Window<'_>, b: usize) -> usize {
    w.s.char_index_of_byte(w.from + b)
}

fn search(vm: &Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let s = recv(vm, args, name)?;
    let a = margs(vm, args, name, 1, 3)?;
    let sub = str_arg(vm, &a[0], format_args!("{name}() argument 1 must be str"))?;
    let Some(w) = window(vm, s, a)? else {
        return Ok(None);
    };
    let hit = if reverse {
        w.text.rfind(sub)
    } else {
        w.text.find(sub)
    };
    Ok(hit.map(|b| char_index(&w, b)))
}

fn find(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = search(vm, &args, "find", false)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let r = search(vm, &args, "rfind", true)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    match search(vm, &args, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    match search(vm, &args, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "count")?;
    let a = margs(vm, &args, "count", 1, 3)?;
    let sub = str_arg(vm, &a[0], "count() argument 1 must be str")?;
    let Some(w) = window(vm, s, a)? else {
        return Ok(vm.new_int(0));
    };
    let n = if sub.is_empty() {
        w.text.chars().count() + 1
    } else {
        w.text.matches(sub).count()
    };
    Ok(vm.new_int(n as i64))
}

fn affix(vm: &Vm, args: &Args<'_>, name: &str, start: bool) -> PyResult<Obj> {
    let s = recv(vm, args, name)?;
    let a = margs(vm, args, name, 1, 3)?;
    let candidates = match PyTuple::view(&a[0]) {
        Some(t) => t.to_vec(),
        None => {
            if !PyStr::is_str(&a[0]) {
                return Err(vm.type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(&a[0])
                )));
            }
            vec![a[0].clone()]
        }
    };
    let w = window(vm, s, a)?;
    for c in &candidates {
        let c = str_arg(
            vm,
            c,
            format_args!("tuple for {name} must only contain str"),
        )?;
        let Some(w) = &w else { continue };
        let hit = if start {
            w.text.starts_with(c)
        } else {
            w.text.ends_with(c)
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

fn partition_impl(vm: &Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Obj> {
    let s = recv(vm, args, name)?;
    let a = margs(vm, args, format_args!("str.{name}"), 1, 1)?;
    let sep = str_arg(vm, &a[0], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let hit = if reverse {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match hit {
        Some(b) => {
            let head = text.get(..b).unwrap_or("");
            let tail = text.get(b + sep.len()..).unwrap_or("");
            [vm.new_str(head), a[0].clone(), vm.new_str(tail)]
        }
        None if reverse => [vm.new_str(""), vm.new_str(""), args.values[0].clone()],
        None => [args.values[0].clone(), vm.new_str(""), vm.new_str("")],
    };
    Ok(vm.new_tuple(parts.to_vec()))
}

fn partition(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    partition_impl(vm, &args, "partition", false)
}

fn rpartition(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    partition_impl(vm, &args, "rpartition", true)
}
