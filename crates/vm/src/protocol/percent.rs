//! `%`-formatting (printf style): `str % args` (CPython's `PyUnicode_Format`) and
//! `bytes % args` / `bytearray % args` (`_PyBytes_FormatEx`, PEP 461), one parser for both.
//!
//! Invariants, so that both give CPython 3.14's result or its first error:
//! - a directive is read in CPython's order: `%%` right after the `%` is a literal `%`;
//!   otherwise the mapping key, the flags, the width (`*` takes an argument), the precision,
//!   at most one length modifier (`h`, `l`, `L`), and then the conversion's argument is taken
//!   *before* the conversion code is checked (so `'%y' % ()` is "not enough arguments");
//! - arguments are taken as CPython's `getnextarg` takes them: the items of a tuple, else the
//!   one argument, once; a mapping key replaces them by the value it looks up, for one use;
//! - the numeric conversions are the same code for both flavors; only the text conversions
//!   (`s`, `r`, `a`, `b`, `c`) and a few messages differ ([`Flavor`]);
//! - a bytes format is read and built as Latin-1 text (byte `b` is the char U+00bb): every
//!   piece of a bytes result comes from bytes or from ASCII text, so every char of it is below
//!   U+0100 and maps back to exactly one byte.

use super::format::{pad, pad_number, sign_str, FormatSpec};
use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use ouro_memory::Obj;

/// Which of CPython's two formatters is followed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Str,
    Bytes,
}

/// `fmt % args` for str.
pub fn str_percent_format(vm: &Vm, fmt: &str, args: &Obj) -> PyResult<Obj> {
    let chars: Vec<char> = fmt.chars().collect();
    Ok(vm.new_str(percent_format(vm, Flavor::Str, &chars, args)?))
}

/// `fmt % args` for bytes and bytearray: the bytes of the result.
pub(crate) fn bytes_percent_format(vm: &Vm, fmt: &[u8], args: &Obj) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().copied().map(char::from).collect();
    let out = percent_format(vm, Flavor::Bytes, &chars, args)?;
    Ok(latin1_bytes(out.chars()))
}

/// The bytes of Latin-1 text (module invariant: every char is below U+0100).
fn latin1_bytes(text: impl Iterator<Item = char>) -> Vec<u8> {
    text.map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

/// Latin-1 text of `data` (each byte one char).
fn latin1(data: &[u8]) -> String {
    data.iter().copied().map(char::from).collect()
}

/// CPython's `getnextarg`: the items of a tuple in turn, or a single argument once.
struct ArgCursor {
    items: Vec<Obj>,
    next: usize,
}

impl ArgCursor {
    fn of(args: &Obj) -> Self {
        let items = match PyTuple::view(args) {
            Some(t) => t.to_vec(),
            None => vec![args.clone()],
        };
        ArgCursor { items, next: 0 }
    }

    fn take(&mut self, vm: &Vm) -> PyResult<Obj> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }

    fn unused(&self) -> bool {
        self.next < self.items.len()
    }
}

/// Whether `args` serves `%(key)` lookups: a mapping that is not a tuple or a string
/// (CPython's `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`,
/// and for bytes neither bytes nor a bytearray). Such an argument is also the single argument
/// of the other conversions, and is never "not all converted".
fn is_mapping(vm: &Vm, flavor: Flavor, args: &Obj) -> bool {
    if PyTuple::is_tuple(args) || PyStr::is_str(args) {
        return false;
    }
    if flavor == Flavor::Bytes && (PyBytes::is_bytes(args) || args.is::<PyByteArray>()) {
        return false;
    }
    args.is::<PyDict>() || vm.lookup_type(args.class(), "__getitem__").is_some()
}

fn percent_format(vm: &Vm, flavor: Flavor, chars: &[char], args: &Obj) -> PyResult<String> {
    let mapping = is_mapping(vm, flavor, args);
    let mut cursor = ArgCursor::of(args);
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        if chars.get(i) == Some(&'(') {
            if !mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while depth > 0 {
                match chars.get(j) {
                    Some('(') => depth += 1,
                    Some(')') => depth -= 1,
                    Some(_) => {}
                    None => return Err(vm.value_error("incomplete format key")),
                }
                j += 1;
            }
            let key = chars.get(start..j - 1).unwrap_or(&[]).iter().copied();
            let key = match flavor {
                Flavor::Str => vm.new_str(key.collect::<String>()),
                Flavor::Bytes => vm.new_bytes(latin1_bytes(key)),
            };
            cursor = ArgCursor {
                items: vec![vm.get_item(args, &key)?],
                next: 0,
            };
            i = j;
        }
        let mut spec = FormatSpec::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&'*') {
            let w = star_arg(
                vm,
                &cursor.take(vm)?,
                "Python int too large to convert to C ssize_t",
            )?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX));
            i += 1;
        } else if let Some(w) = decimal(chars, &mut i, isize::MAX as usize) {
            spec.width = Some(w.ok_or_else(|| vm.value_error("width too big"))?);
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let p = star_arg(
                    vm,
                    &cursor.take(vm)?,
                    "Python int too large to convert to C int",
                )?;
                let p = i32::try_from(p)
                    .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
                spec.precision = Some(usize::try_from(p.max(0)).unwrap_or(0));
                i += 1;
            } else {
                let p = decimal(chars, &mut i, i32::MAX as usize).unwrap_or(Some(0));
                spec.precision = Some(p.ok_or_else(|| {
                    vm.value_error(match flavor {
                        Flavor::Str => "precision too big",
                        Flavor::Bytes => "prec too big",
                    })
                })?);
            }
        }
        // The padding is made at once: past the memory, MemoryError.
        vm.probe_allocation(spec.width.unwrap_or(0))?;
        if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        let v = cursor.take(vm)?;
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let text = match conv {
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = percent_int(vm, &v, conv)?;
                format_int(vm, &n, conv, &spec)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = percent_float(vm, flavor, &v)?;
                let mut sp = spec.clone();
                sp.ty = Some(conv);
                sp.precision = Some(sp.precision.unwrap_or(6));
                vm.format_float(f, &sp)?
            }
            _ => {
                let text = match flavor {
                    Flavor::Str => str_text(vm, &v, conv, spec.precision)?,
                    Flavor::Bytes => bytes_text(vm, &v, conv, spec.precision)?,
                };
                let Some(text) = text else {
                    return Err(unsupported(vm, flavor, conv, i - 1));
                };
                // Text is padded with spaces whatever the `0` flag says.
                spec.zero = false;
                pad(&text, &spec, '>')
            }
        };
        out.push_str(&text);
    }
    if !mapping && cursor.unused() {
        return Err(vm.type_error(match flavor {
            Flavor::Str => "not all arguments converted during string formatting",
            Flavor::Bytes => "not all arguments converted during bytes formatting",
        }));
    }
    Ok(out)
}

/// The decimal digits at `*i`: None when there are none, `Some(None)` past `max`.
fn decimal(chars: &[char], i: &mut usize, max: usize) -> Option<Option<usize>> {
    let start = *i;
    let mut value = Some(0usize);
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        value = value
            .and_then(|v| v.checked_mul(10))
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= max);
        *i += 1;
    }
    (*i > start).then_some(value)
}

/// A `*` width or precision: an int (not merely an `__index__` object), as i64.
fn star_arg(vm: &Vm, v: &Obj, overflow: &str) -> PyResult<i64> {
    let n = PyInt::of(v).ok_or_else(|| vm.type_error("* wants int"))?;
    n.as_i64()
        .ok_or_else(|| vm.overflow_error(overflow.to_string()))
}

/// CPython's `unsupported format character` error; `index` counts chars (str) or bytes.
fn unsupported(vm: &Vm, flavor: Flavor, conv: char, index: usize) -> PyErr {
    let code = u32::from(conv);
    let shown = match flavor {
        // PyUnicode_Format shows printable ASCII only.
        Flavor::Str if (31..=126).contains(&code) => conv,
        Flavor::Str => '?',
        Flavor::Bytes if conv.is_ascii() => conv,
        // The byte goes through a signed C `char` into `%c`, which refuses it.
        Flavor::Bytes => {
            return vm.overflow_error("character argument not in range(0x110000)");
        }
    };
    vm.value_error(format!(
        "unsupported format character '{shown}' ({code:#x}) at index {index}"
    ))
}

/// The text of `%s`, `%r`, `%a` and `%c` for str (None: not a str conversion).
fn str_text(vm: &Vm, v: &Obj, conv: char, precision: Option<usize>) -> PyResult<Option<String>> {
    let s = match conv {
        's' => vm.str_string(v)?,
        'r' => vm.repr_string(v)?,
        'a' => {
            let a = vm.ascii(v)?;
            vm.str_value(&a).unwrap_or_default()
        }
        'c' => return str_char(vm, v).map(|c| Some(c.to_string())),
        _ => return Ok(None),
    };
    Ok(Some(match precision {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    }))
}

/// `%c` for str: a str of one character, or an int code point.
fn str_char(vm: &Vm, v: &Obj) -> PyResult<char> {
    if let Some(s) = PyStr::view(v) {
        let mut it = s.as_str().chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error(format!(
                "%c requires an int or a unicode character, not a string of length {}",
                s.char_len()
            ))),
        };
    }
    if !is_index(vm, v) {
        return Err(vm.type_error(format!(
            "%c requires an int or a unicode character, not {}",
            vm.type_name(v)
        )));
    }
    vm.arg_index(v)?
        .to_u32()
        .and_then(char::from_u32)
        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))
}

/// The Latin-1 text of `%b`/`%s`, `%a`/`%r` and `%c` for bytes (None: not a bytes conversion).
fn bytes_text(vm: &Vm, v: &Obj, conv: char, precision: Option<usize>) -> PyResult<Option<String>> {
    let data = match conv {
        'b' | 's' => bytes_operand(vm, v)?,
        'a' | 'r' => {
            let a = vm.ascii(v)?;
            vm.str_value(&a).unwrap_or_default().into_bytes()
        }
        'c' => return bytes_char(vm, v).map(|b| Some(char::from(b).to_string())),
        _ => return Ok(None),
    };
    let data = match precision {
        Some(p) => data.get(..p).unwrap_or(&data),
        None => &data,
    };
    Ok(Some(latin1(data)))
}

/// CPython's `format_obj`: the bytes of a bytes-like object, or of what `__bytes__` returns.
fn bytes_operand(vm: &Vm, v: &Obj) -> PyResult<Vec<u8>> {
    if let Some(data) = crate::types::bytes::bytes_data(v) {
        return Ok(data);
    }
    if vm.lookup_type(v.class(), "__bytes__").is_some() {
        return crate::types::bytearray::bytes_from_dunder(vm, v);
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// `%c` for bytes: a bytes or bytearray of length one, or an int in range(256).
fn bytes_char(vm: &Vm, v: &Obj) -> PyResult<u8> {
    let wrong_length = |kind: &str, n: usize| {
        vm.type_error(format!(
            "%c requires an integer in range(256) or a single byte, not a {kind} object of length {n}"
        ))
    };
    if let Some(b) = PyBytes::view(v) {
        return match b.value {
            [byte] => Ok(*byte),
            other => Err(wrong_length("bytes", other.len())),
        };
    }
    if let Some(b) = v.downcast_ref::<PyByteArray>() {
        return match b.value.borrow().as_slice() {
            [byte] => Ok(*byte),
            other => Err(wrong_length("bytearray", other.len())),
        };
    }
    if !is_index(vm, v) {
        return Err(vm.type_error(format!(
            "%c requires an integer in range(256) or a single byte, not {}",
            vm.type_name(v)
        )));
    }
    vm.arg_index(v)?
        .to_u8()
        .ok_or_else(|| vm.overflow_error("%c arg not in range(256)"))
}

/// Whether `v` is an int or has `__index__` (CPython's `PyIndex_Check`).
fn is_index(vm: &Vm, v: &Obj) -> bool {
    PyInt::is_int(v) || vm.lookup_type(v.class(), "__index__").is_some()
}

/// The integer of `%d`/`%i`/`%u` (`int(v)` of a number) or `%o`/`%x`/`%X` (`v.__index__()`),
/// as CPython's `mainformatlong`: a TypeError on the way becomes its own message.
fn percent_int(vm: &Vm, v: &Obj, conv: char) -> PyResult<BigInt> {
    if let Some(i) = PyInt::of(v) {
        return Ok(i.to_big());
    }
    let integer_only = matches!(conv, 'o' | 'x' | 'X');
    let wrong_type = || {
        vm.type_error(format!(
            "%{conv} format: {} is required, not {}",
            if integer_only {
                "an integer"
            } else {
                "a real number"
            },
            vm.type_name(v)
        ))
    };
    // PyNumber_Check: something with __index__, __int__ or __float__.
    let is_number = v.is::<PyFloat>()
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|name| vm.lookup_type(v.class(), name).is_some());
    if !is_number {
        return Err(wrong_type());
    }
    let n = if integer_only {
        vm.arg_index(v)
    } else {
        crate::types::int::int_from_object(vm, v).map(|i| i.to_big())
    };
    n.map_err(|e| {
        if vm.exc_matches(&e.exc, "TypeError") {
            wrong_type()
        } else {
            e
        }
    })
}

/// The float of `%e`/`%f`/`%g` (CPython's `PyFloat_AsDouble`); bytes formatting words any
/// failure as its own TypeError.
fn percent_float(vm: &Vm, flavor: Flavor, v: &Obj) -> PyResult<f64> {
    let f = crate::types::float::float_from_number(vm, v).and_then(|f| {
        f.ok_or_else(|| vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
    });
    match flavor {
        Flavor::Str => f,
        Flavor::Bytes => f.map_err(|e| {
            if vm.exc_matches(&e.exc, "Exception") {
                vm.type_error(format!("float argument required, not {}", vm.type_name(v)))
            } else {
                e
            }
        }),
    }
}

/// `%d`, `%x`, `%o`... of `n`: the precision's leading zeros, the `#` prefix, the sign, then
/// the width's padding (zeros after the sign with the `0` flag).
fn format_int(vm: &Vm, n: &BigInt, conv: char, spec: &FormatSpec) -> PyResult<String> {
    let mag = n.abs();
    let mut digits = match conv {
        'x' => mag.to_str_radix(16),
        'X' => mag.to_str_radix(16).to_uppercase(),
        'o' => mag.to_str_radix(8),
        _ => vm.big_to_decimal(&mag)?,
    };
    if let Some(p) = spec.precision {
        vm.probe_allocation(p)?;
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let prefix = match (spec.alternate, conv) {
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        (true, 'o') => "0o",
        _ => "",
    };
    let sp = FormatSpec {
        precision: None,
        ..spec.clone()
    };
    Ok(pad_number(
        sign_str(n.is_negative(), sp.sign),
        prefix,
        &digits,
        &sp,
        3,
    ))
}
