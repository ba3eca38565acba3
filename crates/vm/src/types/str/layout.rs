//! `str` padding and layout (center/ljust/rjust/zfill/expandtabs), encoding, and
//! character translation (translate/maketrans).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{bind_args, margs, recv, same_or_new, str_arg};
use ouro_memory::Obj;

pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("encode", encode),
    ("translate", translate),
];

/// Guard against absurd widths (a MemoryError rather than an abort).
fn check_size(vm: &Vm, n: usize) -> PyResult<()> {
    if n > (isize::MAX as usize) / 8 {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn pad_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(usize, char)> {
    let a = margs(vm, args, name, 1, 2)?;
    let width = vm.arg_i64(&a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        Some(f) => {
            let f = str_arg(vm, f, format_args!("{name}() argument 2 must be str"))?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    check_size(vm, width)?;
    Ok((width, fill))
}

fn pad(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Obj> {
    let s = recv(vm, args, name)?;
    let (width, fill) = pad_args(vm, args, name)?;
    let n = s.char_len();
    if width <= n {
        return Ok(same_or_new(vm, &args.values[0], s.as_str()));
    }
    let marg = width - n;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        // CPython's centering: the odd extra column goes left when the width is odd.
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = String::with_capacity(s.value.len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(vm.new_str(out))
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
    let s = recv(vm, &args, "zfill")?;
    let a = margs(vm, &args, "str.zfill", 1, 1)?;
    let width = vm.arg_i64(&a[0])?.max(0) as usize;
    let n = s.char_len();
    if width <= n {
        return Ok(same_or_new(vm, &args.values[0], s.as_str()));
    }
    check_size(vm, width)?;
    let text = s.as_str();
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), text.get(1..).unwrap_or("")),
        _ => (None, text),
    };
    let mut out = String::with_capacity(width);
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', width - n));
    out.push_str(digits);
    Ok(vm.new_str(out))
}

fn expandtabs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "expandtabs")?;
    let tabsize = tabsize_arg(vm, &args)?;
    let out: String = expand_tabs(vm, s.as_str().chars(), tabsize)?
        .into_iter()
        .collect();
    Ok(same_or_new(vm, &args.values[0], &out))
}

/// The `tabsize` argument of `expandtabs` (str's and bytes'): a C int, 8 by default.
pub(crate) fn tabsize_arg(vm: &Vm, args: &Args<'_>) -> PyResult<i64> {
    let a = bind_args(vm, args, "expandtabs", &["tabsize"], 0)?;
    let Some(t) = &a[0] else { return Ok(8) };
    let n = vm.arg_index(t)?;
    i32::try_from(n)
        .map(i64::from)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// CPython's `expandtabs` over the units of a text (a str's chars, a bytes' bytes): a tab
/// becomes the spaces up to the next multiple of `tabsize` (nothing when `tabsize` <= 0), and
/// `\n` and `\r` start a new column count.
pub(crate) fn expand_tabs<T: Copy + PartialEq + From<u8>>(
    vm: &Vm,
    units: impl Iterator<Item = T>,
    tabsize: i64,
) -> PyResult<Vec<T>> {
    let (tab, newline, cr, space) = (
        T::from(b'\t'),
        T::from(b'\n'),
        T::from(b'\r'),
        T::from(b' '),
    );
    let mut out = Vec::new();
    let mut col: usize = 0;
    for c in units {
        if c == tab {
            if let Ok(ts @ 1..) = usize::try_from(tabsize) {
                let n = ts - col % ts;
                check_size(vm, out.len().saturating_add(n))?;
                out.extend(std::iter::repeat_n(space, n));
                col += n;
            }
        } else {
            out.push(c);
            col = if c == newline || c == cr { 0 } else { col + 1 };
        }
    }
    Ok(out)
}

/// The canonical name of a supported codec, or None.
pub(crate) fn normalize_encoding(name: &str) -> Option<&'static str> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Some(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => "latin-1",
        _ => return None,
    })
}

/// Encode `s` with a supported codec and error handler.
pub(crate) fn encode_str(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = normalize_encoding(encoding) else {
        return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}")));
    };
    let limit: u32 = match codec {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 0x80,
        _ => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|c| (*c as u32) >= limit) {
                    j += 1;
                }
                return Err(vm.unicode_encode_error(
                    codec,
                    s,
                    i,
                    j,
                    &format!("ordinal not in range({limit})"),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let e = crate::types::exception::escaped_char(c);
                out.extend_from_slice(e.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            other => {
                return Err(vm.new_error(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i += 1;
    }
    Ok(out)
}

fn encode(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "encode")?;
    let a = bind_args(vm, &args, "encode", &["encoding", "errors"], 0)?;
    let encoding = match &a[0] {
        Some(e) => str_arg(vm, e, "encode() argument 'encoding' must be str")?,
        None => "utf-8",
    };
    let errors = match &a[1] {
        Some(e) => str_arg(vm, e, "encode() argument 'errors' must be str")?,
        None => "strict",
    };
    Ok(vm.new_bytes(encode_str(vm, s.as_str(), encoding, errors)?))
}

fn translate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = recv(vm, &args, "translate")?;
    let a = margs(vm, &args, "str.translate", 1, 1)?;
    let table = &a[0];
    let mut out = String::with_capacity(s.value.len());
    for c in s.as_str().chars() {
        let key = vm.new_int(c as i64);
        let v = match vm.get_item(table, &key) {
            Ok(v) => v,
            Err(e) if vm.exc_matches(&e.exc, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if vm.is_none(&v) {
            continue;
        }
        if let Some(i) = PyInt::of(&v) {
            let ch = i
                .as_i64()
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32)
                .ok_or_else(|| vm.value_error("character mapping must be in range(0x110000)"))?;
            out.push(ch);
        } else if let Some(t) = PyStr::view(&v) {
            out.push_str(t.as_str());
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(same_or_new(vm, &args.values[0], &out))
}

/// `str.maketrans(x[, y[, z]])` (a static method).
pub(crate) fn maketrans(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    // The first argument is `str` itself, the class the static method is bound to.
    let a = args.pos().get(1..).unwrap_or(&[]);
    if a.is_empty() || a.len() > 3 {
        let n = a.len();
        return Err(vm.type_error(if n == 0 {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {n}")
        }));
    }
    let out = vm.new_dict();
    if a.len() == 1 {
        if !a[0].is::<PyDict>() {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for k in vm.collect_iterable(&a[0])? {
            let v = vm.get_item(&a[0], &k)?;
            let key = if let Some(s) = PyStr::view(&k) {
                let mut it = s.as_str().chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => vm.new_int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if PyInt::is_int(&k) {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set_item(&out, key, v)?;
        }
        return Ok(out);
    }
    let x = str_arg(vm, &a[0], "maketrans() argument 1 must be str")?;
    let y = str_arg(vm, &a[1], "maketrans() argument 2 must be str")?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        vm.dict_set_item(&out, vm.new_int(cx as i64), vm.new_int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z = str_arg(vm, z, "maketrans() argument 3 must be str")?;
        for c in z.chars() {
            vm.dict_set_item(&out, vm.new_int(c as i64), vm.none.clone())?;
        }
    }
    Ok(out)
}
