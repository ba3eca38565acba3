//! Methods shared by `bytes` and `bytearray` (registered on both types): searching,
//! splitting, stripping, case conversion, padding, hex conversion and decoding.
//!
//! Methods returning byte strings return the receiver's type (a bytearray method gives a
//! bytearray).

use crate::objects::*;
use crate::protocol::slots::compare::ordering_holds;
use crate::protocol::slots::number::repeat_operands;
use crate::protocol::slots::{NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{margs, slice_bound};
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;

const METHODS: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("isascii", isascii),
    ("istitle", istitle),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("__len__", len),
    ("__contains__", contains),
];

pub(crate) fn init(vm: &Vm) {
    let bytearray = vm.types.iterator("bytearray");
    for t in [vm.types.bytes.clone(), bytearray] {
        for (name, f) in METHODS {
            vm.add_method(&t, name, *f);
        }
        for (name, f) in super::layout::METHODS {
            vm.add_method(&t, name, *f);
        }
        vm.add_classmethod(&t, "fromhex", fromhex);
        vm.add_staticmethod(&t, "maketrans", super::layout::maketrans);
    }
    vm.add_method(&vm.types.bytes.clone(), "__getnewargs__", getnewargs);
    vm.add_method(&vm.types.bytes.clone(), "__bytes__", dunder_bytes);
    vm.set_native_slots(
        &vm.types.bytes.clone(),
        NativeSlots {
            len: Some(bytes_len),
            getitem: Some(bytes_getitem),
            contains: Some(bytes_contains),
            iter: Some(bytes_iter),
            binary: Some(bytes_binary),
            binary_left: OpSet::of(&[
                BinaryOperator::Add,
                BinaryOperator::Mul,
                BinaryOperator::Mod,
            ]),
            binary_right: OpSet::of(&[BinaryOperator::Mul, BinaryOperator::Mod]),
            compare: Some(bytes_compare),
            repr: Some(bytes_repr_slot),
            str_: Some(bytes_repr_slot),
            hash: Some(bytes_hash_slot),
            ..NativeSlots::default()
        },
    );
}

/// The contents of a bytes-like object (bytes or bytearray).
pub(crate) fn bytes_data(o: &Obj) -> Option<Vec<u8>> {
    if let Some(b) = PyBytes::view(o) {
        return Some(b.value.to_vec());
    }
    o.downcast_ref::<PyByteArray>()
        .map(|b| b.value.borrow().to_vec())
}

/// A bytes-like argument, with CPython's message for anything else.
pub(crate) fn buf_arg(vm: &Vm, o: &Obj) -> PyResult<Vec<u8>> {
    bytes_data(o).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        ))
    })
}

fn type_label(args: &Args<'_>) -> &'static str {
    match args.values.first() {
        Some(o) if o.is::<PyByteArray>() => "bytearray",
        _ => "bytes",
    }
}

pub(super) fn recv(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<u8>> {
    let Some(o) = args.values.first() else {
        return Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    bytes_data(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

/// A new object of the receiver's kind (bytes or bytearray).
pub(super) fn make(vm: &Vm, args: &Args<'_>, v: Vec<u8>) -> Obj {
    if type_label(args) == "bytearray" {
        new_bytearray(vm, v)
    } else {
        vm.new_bytes(v)
    }
}

pub(crate) fn new_bytearray(vm: &Vm, v: Vec<u8>) -> Obj {
    Obj::new(vm.types.iterator("bytearray"), PyByteArray::new(v))
}

fn qual(args: &Args<'_>, name: &str) -> String {
    format!("{}.{name}", type_label(args))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub(crate) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle_arg(vm: &Vm, o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(v) = bytes_data(o) {
        return Ok(v);
    }
    if PyInt::is_int(o) {
        return Ok(vec![byte_value(vm, o)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(o)
    )))
}

pub(crate) fn byte_value(vm: &Vm, o: &Obj) -> PyResult<u8> {
    let v = vm.arg_i64(o)?;
    u8::try_from(v).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// (data, needle, window) of a search method; the window is None when start > len.
type SearchArgs = (Vec<u8>, Vec<u8>, Option<(usize, usize)>);

fn search_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<SearchArgs> {
    let data = recv(vm, args, name)?;
    let a = margs(vm, args, name, 1, 3)?;
    let needle = needle_arg(vm, &a[0])?;
    let n = data.len();
    let start = slice_bound(vm, a.get(1), n, 0)?;
    let end = slice_bound(vm, a.get(2), n, n)?.min(n);
    let w = if start > n {
        None
    } else {
        Some((start, end.max(start)))
    };
    Ok((data, needle, w))
}

fn search(vm: &Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (data, needle, w) = search_args(vm, args, name)?;
    let Some((s, e)) = w else { return Ok(None) };
    let hay = data.get(s..e).unwrap_or(&[]);
    let hit = if reverse {
        rfind_sub(hay, &needle)
    } else {
        find_sub(hay, &needle)
    };
    Ok(hit.map(|i| i + s))
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
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    match search(vm, &args, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (data, needle, w) = search_args(vm, &args, "count")?;
    let Some((s, e)) = w else {
        return Ok(vm.new_int(0));
    };
    let hay = data.get(s..e).unwrap_or(&[]);
    if needle.is_empty() {
        return Ok(vm.new_int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0i64, 0usize);
    while let Some(p) = hay.get(i..).and_then(|h| find_sub(h, &needle)) {
        n += 1;
        i += p + needle.len();
    }
    Ok(vm.new_int(n))
}

fn affix(vm: &Vm, args: &Args<'_>, name: &str, start: bool) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    let a = margs(vm, args, name, 1, 3)?;
    let candidates = match PyTuple::view(&a[0]) {
        Some(t) => t.to_vec(),
        None => vec![a[0].clone()],
    };
    let n = data.len();
    let s = slice_bound(vm, a.get(1), n, 0)?;
    let e = slice_bound(vm, a.get(2), n, n)?.min(n);
    for c in &candidates {
        let c = bytes_data(c).ok_or_else(|| {
            vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(c)
            ))
        })?;
        if s > n {
            continue;
        }
        let w = data.get(s..e.max(s)).unwrap_or(&[]);
        if (start && w.starts_with(&c)) || (!start && w.ends_with(&c)) {
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

fn split_impl(vm: &Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    let a = crate::types::str::bind_args(vm, args, name, &["sep", "maxsplit"], 0)?;
    let sep = match a[0].as_ref().filter(|s| !vm.is_none(s)) {
        Some(s) => {
            let s = buf_arg(vm, s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    let max = match &a[1] {
        Some(m) => vm.arg_i64(m)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut words: Vec<&[u8]> = data
                .split(|b| is_space(*b))
                .filter(|w| !w.is_empty())
                .collect();
            if max >= 0 && (words.len() as i64) > max {
                // Re-split keeping the unsplit remainder intact.
                words.clear();
                let mut rest: &[u8] = &data;
                if reverse {
                    let mut rev = Vec::new();
                    while let Some(end) = rest.iter().rposition(|b| !is_space(*b)) {
                        rest = rest.get(..=end).unwrap_or(&[]);
                        if rev.len() as i64 == max {
                            rev.push(rest);
                            break;
                        }
                        let start = rest.iter().rposition(|b| is_space(*b)).map_or(0, |i| i + 1);
                        rev.push(rest.get(start..).unwrap_or(&[]));
                        rest = rest.get(..start).unwrap_or(&[]);
                    }
                    rev.reverse();
                    words = rev;
                } else {
                    while let Some(start) = rest.iter().position(|b| !is_space(*b)) {
                        rest = rest.get(start..).unwrap_or(&[]);
                        if words.len() as i64 == max {
                            words.push(rest);
                            break;
                        }
                        let end = rest.iter().position(|b| is_space(*b)).unwrap_or(rest.len());
                        words.push(rest.get(..end).unwrap_or(&[]));
                        rest = rest.get(end..).unwrap_or(&[]);
                    }
                }
            }
            parts.extend(words.into_iter().map(|w| w.to_vec()));
        }
        Some(sep) => {
            let mut pieces: Vec<&[u8]> = Vec::new();
            let mut rest: &[u8] = &data;
            loop {
                if max >= 0 && pieces.len() as i64 >= max {
                    break;
                }
                let hit = if reverse {
                    rfind_sub(rest, &sep)
                } else {
                    find_sub(rest, &sep)
                };
                let Some(p) = hit else { break };
                if reverse {
                    pieces.push(rest.get(p + sep.len()..).unwrap_or(&[]));
                    rest = rest.get(..p).unwrap_or(&[]);
                } else {
                    pieces.push(rest.get(..p).unwrap_or(&[]));
                    rest = rest.get(p + sep.len()..).unwrap_or(&[]);
                }
            }
            pieces.push(rest);
            if reverse {
                pieces.reverse();
            }
            parts.extend(pieces.into_iter().map(|w| w.to_vec()));
        }
    }
    Ok(vm.new_list(parts.into_iter().map(|p| make(vm, args, p)).collect()))
}

fn split(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    split_impl(vm, &args, "split", false)
}

fn rsplit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    split_impl(vm, &args, "rsplit", true)
}

fn splitlines(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "splitlines")?;
    let a = crate::types::str::bind_args(vm, &args, "splitlines", &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while let Some(&b) = data.get(i) {
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let stop = if keep { end } else { i };
            out.push(make(
                vm,
                &args,
                data.get(start..stop).unwrap_or(&[]).to_vec(),
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(make(vm, &args, data.get(start..).unwrap_or(&[]).to_vec()));
    }
    Ok(vm.new_list(out))
}

fn join(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let sep = recv(vm, &args, "join")?;
    let a = margs(vm, &args, qual(&args, "join"), 1, 1)?;
    let mut out = Vec::new();
    for (i, item) in vm.collect_iterable(&a[0])?.iter().enumerate() {
        let b = bytes_data(item).ok_or_else(|| {
            vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make(vm, &args, out))
}

fn strip_impl(vm: &Vm, args: &Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    let a = margs(vm, args, qual(args, name), 0, 1)?;
    let chars = match a.first().filter(|c| !vm.is_none(c)) {
        Some(c) => Some(buf_arg(vm, c)?),
        None => None,
    };
    let strip = |b: &u8| match &chars {
        Some(cs) => cs.contains(b),
        None => is_space(*b),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && data.get(s).is_some_and(strip) {
            s += 1;
        }
    }
    if right {
        while e > s && data.get(e - 1).is_some_and(strip) {
            e -= 1;
        }
    }
    Ok(make(vm, args, data.get(s..e).unwrap_or(&[]).to_vec()))
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
    let data = recv(vm, &args, "replace")?;
    let a = margs(vm, &args, "replace", 2, 3)?;
    let old = buf_arg(vm, &a[0])?;
    let new = buf_arg(vm, &a[1])?;
    let mut left = match a.get(2) {
        Some(c) => vm.arg_i64(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    if old.is_empty() {
        for &b in &data {
            if left != 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(b);
        }
        if left != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make(vm, &args, out));
    }
    while i < data.len() {
        if left != 0 && data.get(i..).is_some_and(|r| r.starts_with(&old)) {
            out.extend_from_slice(&new);
            i += old.len();
            left -= 1;
        } else {
            out.extend(data.get(i).copied());
            i += 1;
        }
    }
    Ok(make(vm, &args, out))
}

fn partition_impl(vm: &Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    let a = margs(vm, args, qual(args, name), 1, 1)?;
    let sep = buf_arg(vm, &a[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let hit = if reverse {
        rfind_sub(&data, &sep)
    } else {
        find_sub(&data, &sep)
    };
    let parts = match hit {
        Some(p) => [
            data.get(..p).unwrap_or(&[]).to_vec(),
            sep.clone(),
            data.get(p + sep.len()..).unwrap_or(&[]).to_vec(),
        ],
        None if reverse => [Vec::new(), Vec::new(), data.clone()],
        None => [data.clone(), Vec::new(), Vec::new()],
    };
    Ok(vm.new_tuple(parts.into_iter().map(|p| make(vm, args, p)).collect()))
}

fn partition(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    partition_impl(vm, &args, "partition", false)
}

fn rpartition(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    partition_impl(vm, &args, "rpartition", true)
}

fn affix_remove(vm: &Vm, args: &Args<'_>, name: &str, prefix: bool) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    let a = margs(vm, args, qual(args, name), 1, 1)?;
    let p = buf_arg(vm, &a[0])?;
    let r = if prefix {
        data.strip_prefix(p.as_slice())
    } else {
        data.strip_suffix(p.as_slice())
    };
    Ok(make(vm, args, r.unwrap_or(&data).to_vec()))
}

fn removeprefix(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    affix_remove(vm, &args, "removeprefix", true)
}

fn removesuffix(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    affix_remove(vm, &args, "removesuffix", false)
}

fn map_bytes(vm: &Vm, args: &Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    margs(vm, args, qual(args, name), 0, 0)?;
    Ok(make(vm, args, f(&data)))
}

fn upper(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    map_bytes(vm, &args, "upper", |d| d.to_ascii_uppercase())
}

fn lower(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    map_bytes(vm, &args, "lower", |d| d.to_ascii_lowercase())
}

fn swapcase(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    map_bytes(vm, &args, "swapcase", |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    map_bytes(vm, &args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    map_bytes(vm, &args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate(vm: &Vm, args: &Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    margs(vm, args, qual(args, name), 0, 0)?;
    Ok(vm.new_bool(f(&data)))
}

fn isdigit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|b| is_space(*b))
    })
}

fn islower(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn isascii(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "isascii", |d| d.is_ascii())
}

/// Every run of ASCII letters starts with its only uppercase one, and there is one.
fn istitle(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    predicate(vm, &args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn pad(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Obj> {
    let data = recv(vm, args, name)?;
    let a = margs(vm, args, name, 1, 2)?;
    let width = usize::try_from(vm.arg_i64(&a[0])?.max(0)).unwrap_or(0);
    let fill = match a.get(1) {
        Some(f) => match bytes_data(f) {
            Some(v) if v.len() == 1 => v[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                )))
            }
        },
        None => b' ',
    };
    if width <= data.len() {
        return Ok(make(vm, args, data));
    }
    if width > (isize::MAX as usize) / 8 {
        return Err(vm.memory_error());
    }
    let marg = width - data.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width, fill);
    Ok(make(vm, args, out))
}

fn center(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    pad(vm, &args, "center")
}

fn ljust(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    pad(vm, &args, "ljust")
}

fn rjust(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    pad(vm, &args, "rjust")
}

fn zfill(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "zfill")?;
    let a = margs(vm, &args, qual(&args, "zfill"), 1, 1)?;
    let width = usize::try_from(vm.arg_i64(&a[0])?.max(0)).unwrap_or(0);
    if width <= data.len() {
        return Ok(make(vm, &args, data));
    }
    if width > (isize::MAX as usize) / 8 {
        return Err(vm.memory_error());
    }
    let (sign, digits) = match data.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), data.get(1..).unwrap_or(&[])),
        _ => (None, &data[..]),
    };
    let mut out: Vec<u8> = sign.into_iter().collect();
    out.resize(width - digits.len(), b'0');
    out.extend_from_slice(digits);
    Ok(make(vm, &args, out))
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "__len__")?;
    Ok(vm.new_int(data.len() as i64))
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "__contains__")?;
    let a = margs(vm, &args, "__contains__", 1, 1)?;
    if PyInt::is_int(&a[0]) {
        let b = byte_value(vm, &a[0])?;
        return Ok(vm.new_bool(data.contains(&b)));
    }
    let needle = buf_arg(vm, &a[0])?;
    Ok(vm.new_bool(find_sub(&data, &needle).is_some()))
}

/// `bytes.hex([sep[, bytes_per_sep]])`.
pub(crate) fn hex_string(
    vm: &Vm,
    data: &[u8],
    sep: Option<&Obj>,
    per: Option<&Obj>,
) -> PyResult<String> {
    let sep = match sep {
        Some(s) => {
            let sv = if let Some(st) = PyStr::view(s) {
                st.as_str().to_string()
            } else if let Some(b) = bytes_data(s) {
                String::from_utf8_lossy(&b).into_owned()
            } else {
                return Err(vm.type_error(format!(
                    "sep must be str or bytes., not {}",
                    vm.type_name(s)
                )));
            };
            if sv.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(sv)
        }
        None => None,
    };
    let per = match per {
        Some(p) => vm.arg_i64(p)?,
        None => 1,
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(digits.concat());
    };
    let group = usize::try_from(per.unsigned_abs())
        .unwrap_or(usize::MAX)
        .max(1);
    let n = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 {
            // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push_str(&sep);
            }
        }
        out.push_str(d);
    }
    Ok(out)
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "hex")?;
    let a = crate::types::str::bind_args(vm, &args, "hex", &["sep", "bytes_per_sep"], 0)?;
    Ok(vm.new_str(hex_string(vm, &data, a[0].as_ref(), a[1].as_ref())?))
}

fn fromhex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = args
        .values
        .first()
        .cloned()
        .unwrap_or_else(|| vm.types.bytes.clone());
    let a = margs(vm, &args, "fromhex", 1, 1)?;
    let s = PyStr::view(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if cls.ptr_eq(&vm.types.bytes) {
        return Ok(vm.new_bytes(out));
    }
    if cls.ptr_eq(&vm.types.iterator("bytearray")) {
        return Ok(new_bytearray(vm, out));
    }
    vm.call(&cls, Args::positional(&[vm.new_bytes(out)]))
}

/// Decode bytes with a supported codec and error handler.
pub(crate) fn decode_bytes(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = crate::types::str::normalize_encoding(encoding) else {
        return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}")));
    };
    match codec {
        "latin-1" => return Ok(data.iter().map(|&b| b as char).collect()),
        "ascii" => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(vm.unicode_decode_error(
                            "ascii",
                            data,
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    other => return Err(unknown_handler(vm, other)),
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(rest.get(..good).unwrap_or(&[])).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let start = offset + good;
                match errors {
                    "strict" => {
                        let first = rest.get(good).copied().unwrap_or(0);
                        let reason = if e.error_len().is_none() {
                            "unexpected end of data"
                        } else if matches!(first, 0x80..=0xC1 | 0xF5..=0xFF) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        return Err(vm.unicode_decode_error(
                            "utf-8",
                            data,
                            start,
                            start + bad_len,
                            reason,
                        ));
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => {
                        for b in rest.get(good..good + bad_len).unwrap_or(&[]) {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                    other => return Err(unknown_handler(vm, other)),
                }
                let skip = good + bad_len;
                rest = rest.get(skip..).unwrap_or(&[]);
                offset += skip;
            }
        }
    }
}

fn unknown_handler(vm: &Vm, name: &str) -> crate::runtime::errors::PyErr {
    vm.new_error(
        "LookupError",
        format!("unknown error handler name '{name}'"),
    )
}

fn decode(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "decode")?;
    let a = crate::types::str::bind_args(vm, &args, "decode", &["encoding", "errors"], 0)?;
    let encoding = match &a[0] {
        Some(e) => crate::types::str::str_arg(vm, e, "decode() argument 'encoding' must be str")?,
        None => "utf-8",
    };
    let errors = match &a[1] {
        Some(e) => crate::types::str::str_arg(vm, e, "decode() argument 'errors' must be str")?,
        None => "strict",
    };
    Ok(vm.new_str(decode_bytes(vm, &data, encoding, errors)?))
}

/// `b.__bytes__()`: the value as an exact bytes (the object itself when it is one).
fn dunder_bytes(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    margs(vm, &args, "bytes.__bytes__", 0, 0)?;
    let Some(obj) = args.values.first() else {
        return Err(vm.type_error("unbound method bytes.__bytes__() needs an argument"));
    };
    if obj.class().ptr_eq(&vm.types.bytes) {
        return Ok(obj.clone());
    }
    Ok(vm.new_bytes(view(vm, obj)?.value))
}

/// `b.__getnewargs__()`: `(exact bytes copy,)`, what `copyreg.__newobj__` rebuilds it from.
fn getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    margs(vm, &args, "bytes.__getnewargs__", 0, 0)?;
    let b = view(vm, &args.pos()[0])?;
    Ok(vm.new_tuple(vec![vm.new_bytes(b.value)]))
}

// ---- slots ----------------------------------------------------------------------------------

fn view<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<BytesRef<'a>> {
    PyBytes::view(obj)
        .ok_or_else(|| vm.type_error(format!("expected bytes, got '{}'", vm.type_name(obj))))
}

fn bytes_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    Ok(view(vm, obj)?.value.len())
}

fn bytes_getitem(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<Obj> {
    let b = view(vm, obj)?;
    if let Some(sl) = key.downcast_ref::<PySlice>() {
        let idx = vm.slice_indices(sl, b.value.len())?;
        return Ok(vm.new_bytes(idx.positions().map(|i| b.value[i]).collect::<Vec<u8>>()));
    }
    match vm.seq_index(key, b.value.len(), "byte")? {
        Some(i) => Ok(vm.new_int(b.value[i] as i64)),
        None => Err(vm.index_error("index out of range")),
    }
}

fn bytes_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    let hay = view(vm, obj)?;
    if PyInt::is_int(item) {
        let b = byte_value(vm, item)?;
        return Ok(hay.value.contains(&b));
    }
    let needle = buf_arg(vm, item)?;
    Ok(find_sub(hay.value, &needle).is_some())
}

fn bytes_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    view(vm, obj)?;
    Ok(vm.seq_iter(obj, "bytes_iterator"))
}

/// `b + other` (any bytes-like), `b * n` / `n * b`, `b % args`.
fn bytes_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    match op {
        BinaryOperator::Add => {
            let (Some(x), Some(y)) = (PyBytes::view(a), bytes_data(b)) else {
                return Ok(None);
            };
            let mut v = Vec::with_capacity(x.value.len() + y.len());
            v.extend_from_slice(x.value);
            v.extend_from_slice(&y);
            Ok(Some(vm.new_bytes(v)))
        }
        BinaryOperator::Mul => match repeat_operands(vm, a, b, PyBytes::is_bytes) {
            Some(r) => {
                let (seq, n) = r?;
                let data = PyBytes::view(seq).map(|s| s.value).unwrap_or_default();
                Ok(Some(vm.new_bytes(vm.try_repeat(data, n)?)))
            }
            None => Ok(None),
        },
        BinaryOperator::Mod => match PyBytes::view(a) {
            Some(fmt) => {
                let v = crate::protocol::percent::bytes_percent_format(vm, fmt.value, b)?;
                Ok(Some(vm.new_bytes(v)))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Byte order, between bytes and bytearrays alike.
pub(crate) fn bytes_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    Ok(match (bytes_data(a), bytes_data(b)) {
        (Some(x), Some(y)) => Some(vm.new_bool(ordering_holds(op, x.cmp(&y)))),
        _ => None,
    })
}

fn bytes_value<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a [u8]> {
    PyBytes::view(obj)
        .map(|b| b.value)
        .ok_or_else(|| vm.type_error(format!("expected bytes, got '{}'", vm.type_name(obj))))
}

/// `repr(b)`: `b'...'`.
fn bytes_repr_slot(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(crate::protocol::repr::bytes_repr(bytes_value(vm, obj)?)))
}

/// `hash(b)`: the hash of the bytes (equal to an ASCII str's with the same characters).
fn bytes_hash_slot(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    Ok(crate::objects::bytes_hash(bytes_value(vm, obj)?))
}
