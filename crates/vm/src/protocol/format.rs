//! `format(value, spec)`: the format-spec mini-language (`%`-formatting is in
//! [`super::percent`], which shares its padding).
//!
//! Invariants, so that every spec gives CPython 3.14's result or its first error:
//! - a spec is parsed once, by [`parse_spec`], in the order of CPython's
//!   `parse_internal_render_format_spec`, which also checks the separators against the
//!   presentation type (or the type's default: 's', 'd', none for float);
//! - then each type checks as CPython's `format_*_internal` does, unknown codes first;
//! - every float goes through [`format_float_short`] (CPython's `PyOS_double_to_string`
//!   layout over correctly rounded digits), so '#', precision 0, `z` and the '.0' of
//!   no-type formatting follow one code path; grouping and padding then work on its digits.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use num_traits::{Signed, ToPrimitive};
use ouro_memory::Obj;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.[precision][grouping]][type]`
/// (CPython 3.14's `InternalFormatSpec`; the fractional-part grouping is new in 3.14).
#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: coerce a negative zero result to positive zero (PEP 682, floats only).
    pub no_neg_0: bool,
    pub alternate: bool,
    /// The `0` flag (only when no fill character was given, as CPython reads it).
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The separator grouping a float's fractional digits by three (`.3_f`).
    pub frac_grouping: Option<char>,
    pub ty: Option<char>,
}

/// CPython's `get_integer`: the decimal digits at `*i` (none: `Ok(None)`), refusing values
/// past `Py_ssize_t`.
fn spec_integer(chars: &[char], i: &mut usize) -> Result<Option<usize>, String> {
    let start = *i;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *i += 1;
    }
    Ok((*i > start).then_some(value))
}

/// `'c'` in CPython's messages: the character, or `\x..` outside printable ASCII.
fn code_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// CPython's `parse_internal_render_format_spec` for an object of type `type_name` whose
/// presentation type defaults to `default_type` (`s` for str, `d` for int, none for float),
/// with its checks of the separators against the type.
pub fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = FormatSpec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if s.fill.is_none() && i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    s.width = spec_integer(&chars, &mut i)?;
    let both = || "Cannot specify both ',' and '_'.".to_string();
    if chars.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if chars.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        i += 1;
    }
    if chars.get(i) == Some(&',') && s.grouping == Some('_') {
        return Err(both());
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision = spec_integer(&chars, &mut i)?;
        let mut consumed = s.precision.is_some();
        if chars.get(i) == Some(&',') {
            s.frac_grouping = Some(',');
            i += 1;
            consumed = true;
        }
        if chars.get(i) == Some(&'_') {
            if s.frac_grouping.is_some() {
                return Err(both());
            }
            s.frac_grouping = Some('_');
            i += 1;
            consumed = true;
        }
        if chars.get(i) == Some(&',') && s.frac_grouping == Some('_') {
            return Err(both());
        }
        if !consumed {
            return Err("Format specifier missing precision".into());
        }
    }
    if chars.len() - i > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if let Some(&c) = chars.get(i) {
        s.ty = Some(c);
    }
    let ty = s.ty.or(default_type);
    if let Some(sep) = s.grouping {
        let allowed = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            // Underscores group bin/oct/hex digits by four (PEP 515).
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !allowed {
            let t = ty.map(code_repr).unwrap_or_default();
            return Err(format!("Cannot specify '{sep}' with '{t}'."));
        }
    }
    if let (Some('n'), Some(sep)) = (ty, s.frac_grouping) {
        return Err(format!("Cannot specify '{sep}' with 'n'."));
    }
    Ok(s)
}

/// CPython's `unknown_presentation_type`.
fn unknown_code(vm: &Vm, code: char, type_name: &str) -> crate::runtime::errors::PyErr {
    vm.value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_repr(code)
    ))
}

impl Vm {
    /// `format(value, spec)` (CPython's `PyObject_Format`): the type's `__format__`, with
    /// CPython's shortcut for an empty spec on an exact str or int.
    pub fn format(&self, value: &Obj, spec: &str) -> PyResult<Obj> {
        let cls = value.class();
        if spec.is_empty() && (cls.ptr_eq(&self.types.str) || cls.ptr_eq(&self.types.int)) {
            return self.str(value);
        }
        let Some(f) = self.lookup_type(cls, "__format__") else {
            return Err(self.type_error(format!(
                "Type {} doesn't define __format__",
                self.type_name(value)
            )));
        };
        let r = self.call_method_obj(&f, value, &[self.new_str(spec)])?;
        if !PyStr::is_str(&r) {
            return Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            )));
        }
        Ok(r)
    }
}

/// The receiver and spec of a builtin `__format__(spec)` call.
fn format_args<'a>(vm: &Vm, args: &Args<'a>, owner: &str) -> PyResult<(&'a Obj, &'a str)> {
    crate::types::str::margs(vm, args, format_args!("{owner}.__format__"), 1, 1)?;
    let a = args.values;
    let spec = PyStr::view(&a[1]).map(|s| s.value).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        ))
    })?;
    Ok((&a[0], spec))
}

/// The parsed spec for a value of a builtin kind whose default presentation type is
/// `default_type` ('d' for int, 's' for str, none for float); the padding is allocated at
/// once, so a width past the memory is a MemoryError.
fn checked_spec(
    vm: &Vm,
    value: &Obj,
    spec: &str,
    default_type: Option<char>,
) -> PyResult<FormatSpec> {
    let parsed =
        parse_spec(spec, &vm.type_name(value), default_type).map_err(|m| vm.value_error(m))?;
    if let Some(w) = parsed.width {
        vm.probe_allocation(w.saturating_mul(parsed.fill.map_or(1, char::len_utf8)))?;
    }
    Ok(parsed)
}

/// `int.__format__(spec)` (bool's too).
pub(crate) fn int_format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (value, spec) = format_args(vm, &args, "int")?;
    if spec.is_empty() {
        return vm.str(value);
    }
    let i = PyInt::of(value)
        .ok_or_else(|| vm.type_error("descriptor '__format__' requires an 'int' object"))?;
    let parsed = checked_spec(vm, value, spec, Some('d'))?;
    Ok(vm.new_str(vm.format_int(value, &i, &parsed)?))
}

/// `float.__format__(spec)`.
pub(crate) fn float_format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (value, spec) = format_args(vm, &args, "float")?;
    if spec.is_empty() {
        return vm.str(value);
    }
    let f = crate::protocol::slots::slot_payload::<PyFloat>(vm, value)?;
    let parsed = checked_spec(vm, value, spec, None)?;
    if let Some(t) = parsed.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(vm, t, &vm.type_name(value)));
        }
    }
    Ok(vm.new_str(vm.format_float(f.0, &parsed)?))
}

/// `str.__format__(spec)`.
pub(crate) fn str_format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (value, spec) = format_args(vm, &args, "str")?;
    if spec.is_empty() {
        // `str(self)`: a subclass's `__str__` shows (CPython's `unicode___format__`).
        return vm.str(value);
    }
    let s = crate::protocol::slots::slot_payload_str(vm, value)?;
    let parsed = checked_spec(vm, value, spec, Some('s'))?;
    Ok(vm.new_str(vm.format_str(s, &parsed)?))
}

impl Vm {
    /// CPython's `format_string_internal`, after the dispatcher's type check.
    fn format_str(&self, s: &str, spec: &FormatSpec) -> PyResult<String> {
        if let Some(t) = spec.ty {
            if t != 's' {
                return Err(unknown_code(self, t, "str"));
            }
        }
        match spec.sign {
            Some(' ') => {
                return Err(self.value_error("Space not allowed in string format specifier"))
            }
            Some(_) => return Err(self.value_error("Sign not allowed in string format specifier")),
            None => {}
        }
        if spec.no_neg_0 {
            return Err(self
                .value_error("Negative zero coercion (z) not allowed in string format specifier"));
        }
        if spec.alternate {
            return Err(
                self.value_error("Alternate form (#) not allowed in string format specifier")
            );
        }
        if spec.align == Some('=') {
            return Err(self.value_error("'=' alignment not allowed in string format specifier"));
        }
        let text: String = match spec.precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        };
        Ok(pad(&text, spec, '<'))
    }

    /// CPython's `_PyLong_FormatAdvancedWriter` dispatch and `format_long_internal`.
    fn format_int(&self, obj: &Obj, i: &PyInt, spec: &FormatSpec) -> PyResult<String> {
        let ty = spec.ty.unwrap_or('d');
        if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let f = i
                .to_f64()
                .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
            return self.format_float(f, spec);
        }
        if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
            return Err(unknown_code(self, ty, &self.type_name(obj)));
        }
        if spec.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        if spec.no_neg_0 {
            return Err(self.value_error(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        let big = i.to_big();
        let neg = big.is_negative();
        let mag = big.abs();
        let (digits, prefix) = match ty {
            'd' | 'n' => (self.big_to_decimal(&mag)?, ""),
            'b' => (mag.to_str_radix(2), "0b"),
            'o' => (mag.to_str_radix(8), "0o"),
            'x' => (mag.to_str_radix(16), "0x"),
            'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
            'c' => {
                if spec.sign.is_some() {
                    return Err(
                        self.value_error("Sign not allowed with integer format specifier 'c'")
                    );
                }
                if spec.alternate {
                    return Err(self.value_error(
                        "Alternate form (#) not allowed with integer format specifier 'c'",
                    ));
                }
                let code = big.to_i64().ok_or_else(|| {
                    self.overflow_error("Python int too large to convert to C long")
                })?;
                let c = u32::try_from(code)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| self.overflow_error("%c arg not in range(0x110000)"))?;
                // A character from an int is placed as a number is (right, zero padding).
                return Ok(pad_number("", "", &c.to_string(), spec, 3));
            }
            t => return Err(unknown_code(self, t, &self.type_name(obj))),
        };
        let digits = match spec.grouping {
            Some(g) => {
                let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
                group_digits(&digits, g, every)
            }
            None => digits,
        };
        let sign = sign_str(neg, spec.sign);
        let prefix = if spec.alternate { prefix } else { "" };
        let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
        Ok(pad_number(sign, prefix, &digits, spec, every))
    }

    /// CPython's `format_float_internal` (the type is already checked).
    pub(crate) fn format_float(&self, v: f64, spec: &FormatSpec) -> PyResult<String> {
        if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(self.value_error("precision too big"));
        }
        let ty = spec.ty;
        let mut neg = v.is_sign_negative() && !v.is_nan();
        let mut a = v.abs();
        // PyOS_double_to_string's code and precision for each presentation type; no type is
        // repr's shortest digits, or 'g' once a precision is given, keeping a ".0" either way
        // (Py_DTSF_ADD_DOT_0).
        let (code, precision, add_dot_0) = match ty {
            Some('f' | 'F') => ('f', spec.precision.unwrap_or(6), false),
            Some('e' | 'E') => ('e', spec.precision.unwrap_or(6), false),
            Some('g' | 'G' | 'n') => ('g', spec.precision.unwrap_or(6), false),
            Some('%') => {
                a *= 100.0;
                ('f', spec.precision.unwrap_or(6), false)
            }
            None => match spec.precision {
                Some(p) => ('g', p, true),
                None => ('r', 0, true),
            },
            Some(t) => return Err(unknown_code(self, t, "float")),
        };
        // The digits are made at once: a precision past the memory is a MemoryError.
        self.probe_allocation(precision.saturating_add(400))?;
        let body = if a.is_finite() {
            format_float_short(a, code, precision, spec.alternate, add_dot_0)
        } else {
            nonfinite(a, false)
        };
        let mut body = if matches!(ty, Some('E' | 'F' | 'G')) {
            body.to_uppercase()
        } else {
            body
        };
        if ty == Some('%') {
            body.push('%');
        }
        // `z` (Py_DTSF_NO_NEG_0): a result that rounded to zero loses its minus sign.
        if spec.no_neg_0
            && body.contains(|c: char| c.is_ascii_digit())
            && body.chars().all(|c| !c.is_ascii_digit() || c == '0')
        {
            neg = false;
        }
        // CPython's `parse_number`: integer digits, a decimal point, fractional digits, and
        // the remainder (an exponent, '%'); each digit run grouped as the spec asks.
        let int_end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (int_part, after) = body.split_at(int_end);
        let (frac, remainder) = match after.strip_prefix('.') {
            Some(f) => {
                let frac_end = f.find(|c: char| !c.is_ascii_digit()).unwrap_or(f.len());
                (Some(&f[..frac_end]), &f[frac_end..])
            }
            None => (None, after),
        };
        let mut grouped = match spec.grouping {
            Some(g) => group_digits(int_part, g, 3),
            None => int_part.to_string(),
        };
        if let Some(frac) = frac {
            grouped.push('.');
            match spec.frac_grouping {
                Some(g) => grouped.push_str(&group_fraction(frac, g)),
                None => grouped.push_str(frac),
            }
        }
        grouped.push_str(remainder);
        let body = grouped;
        let sign = sign_str(neg, spec.sign);
        Ok(pad_number(sign, "", &body, spec, 3))
    }
}

fn nonfinite(a: f64, upper: bool) -> String {
    let s = if a.is_nan() { "nan" } else { "inf" };
    if upper {
        s.to_uppercase()
    } else {
        s.to_string()
    }
}

/// The decimal digits of `a` (finite, non-negative) and the position of the decimal point
/// relative to them, as `_Py_dg_dtoa` gives them: `mode` 0 is the shortest string that
/// round-trips, 2 is `n` significant digits, 3 is `n` digits after the point; trailing zeros
/// are dropped, zero is ("0", 1) and a value that rounds to nothing in mode 3 is ("", -n).
fn dtoa(a: f64, mode: u8, n: usize) -> (String, isize) {
    if a == 0.0 {
        return ("0".into(), 1);
    }
    if mode == 3 {
        let fixed = format!("{a:.n$}");
        let (int_part, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let all: String = int_part.chars().chain(frac.chars()).collect();
        let lead = all.chars().take_while(|&c| c == '0').count();
        if lead == all.len() {
            return (String::new(), -(n as isize));
        }
        let digits = all[lead..].trim_end_matches('0').to_string();
        return (digits, int_part.len() as isize - lead as isize);
    }
    let sci = if mode == 0 {
        format!("{a:e}")
    } else {
        format!("{a:.*e}", n.saturating_sub(1))
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: isize = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    (digits.to_string(), exp + 1)
}

/// CPython's `format_float_short` for a finite, non-negative `a`: `code` is 'e', 'f', 'g' or
/// 'r' (repr), `alt` is the '#' flag (keep the point and trailing zeros), `add_dot_0` keeps
/// one digit after the point of an integral result and moves 'g' to the exponent form one
/// digit earlier.
fn format_float_short(a: f64, code: char, precision: usize, alt: bool, add_dot_0: bool) -> String {
    let (digits, mut decpt) = match code {
        'e' => dtoa(a, 2, precision + 1),
        'f' => dtoa(a, 3, precision),
        // Precision 0 makes no sense for 'g': it is 1.
        'g' => dtoa(a, 2, precision.max(1)),
        _ => dtoa(a, 0, 0),
    };
    let digits_len = digits.len() as isize;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision as isize + 1;
        }
        'f' => vdigits_end = decpt + precision as isize,
        'g' => {
            let p = precision.max(1) as isize;
            if decpt <= -4 || decpt > if add_dot_0 { p - 1 } else { p } {
                use_exp = true;
            }
            if alt {
                vdigits_end = p;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |n: isize| "0".repeat(n.max(0) as usize);
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{sign}{:02}", exp.abs()));
    }
    out
}

pub(super) fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Fractional digits grouped by `sep` every three from the decimal point (`567_8`).
fn group_fraction(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `digits` grouped by `sep` every `every` digits, no padding.
fn group_digits(digits: &str, sep: char, every: usize) -> String {
    if digits.is_empty() {
        return String::new();
    }
    group_to_width(digits, sep, every, 0)
}

/// `digits` grouped by `sep` every `every` digits, with leading zeros (grouped as well) until
/// at least `min_width` characters.
fn group_to_width(digits: &str, sep: char, every: usize, mut min_width: isize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = (every as isize).min(remaining.max(min_width).max(1));
        let n_chars = remaining.min(l).max(0);
        let start = (remaining - n_chars) as usize;
        let mut group = "0".repeat((l - n_chars) as usize);
        group.extend(&digits[start..remaining as usize]);
        groups.push(group);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

pub(super) fn pad(text: &str, spec: &FormatSpec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let len = text.chars().count();
    if len >= width {
        return text.to_string();
    }
    // The `0` flag without a fill pads with zeros (`format('ab', '06')` is 'ab0000').
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match spec.align.unwrap_or(default_align) {
        '>' => format!("{}{text}", f(n)),
        '^' => format!("{}{text}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{text}{}", f(n)),
    }
}

/// A number's sign, prefix and digits padded to the spec's width (CPython's
/// `calc_number_widths` and `fill_number`); `every` is the grouping interval of its integer
/// digits (3 for decimal, 4 for binary, octal and hex). The `0` flag means fill '0' and, unless
/// an alignment is given, '=' (padding between the sign and the digits); with that fill and
/// alignment the padding zeros are digits too, grouped like them.
pub(super) fn pad_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    spec: &FormatSpec,
    every: usize,
) -> String {
    let width = spec.width.unwrap_or(0);
    let len = sign.len() + prefix.len() + digits.chars().count();
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        '>'
    });
    let is_digit = |c: char| c.is_ascii_digit() || every == 4 && c.is_ascii_hexdigit();
    // `inf` and `nan` have no digits to group: they are padded as they are.
    let starts_with_digit = digits.starts_with(is_digit);
    if let (true, '0', '=', Some(sep)) = (starts_with_digit, fill, align, spec.grouping) {
        // A separator never leads (`format(0, '08,')` is '0,000,000'), as CPython's
        // `InsertThousandsGrouping`.
        let int_end = digits
            .find(|c: char| c != sep && !is_digit(c))
            .unwrap_or(digits.len());
        let (int_part, rest) = digits.split_at(int_end);
        let plain: String = int_part.chars().filter(|c| *c != sep).collect();
        let min_width =
            width as isize - (sign.len() + prefix.len() + rest.chars().count()) as isize;
        let grouped = group_to_width(&plain, sep, every, min_width);
        return format!("{sign}{prefix}{grouped}{rest}");
    }
    if align == '=' {
        let n = width.saturating_sub(len);
        return format!("{sign}{prefix}{}{digits}", fill.to_string().repeat(n));
    }
    let text = format!("{sign}{prefix}{digits}");
    let spec = FormatSpec {
        fill: Some(fill),
        align: Some(align),
        ..spec.clone()
    };
    pad(&text, &spec, '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_short_layouts_match_cpython() {
        let cases: &[(f64, char, usize, bool, bool, &str)] = &[
            (0.0, 'g', 0, false, true, "0e+00"),
            (1e16, 'r', 0, true, true, "1.e+16"),
            (1e16, 'r', 0, false, true, "1e+16"),
            (1.5, 'r', 0, false, true, "1.5"),
            (1.0, 'r', 0, false, true, "1.0"),
            (0.004, 'f', 2, false, false, "0.00"),
            (0.5, 'f', 0, false, false, "0"),
            (2.5, 'f', 0, true, false, "2."),
            (7.0, 'g', 0, true, false, "7."),
            (1234.5678, 'e', 0, true, false, "1.e+03"),
            (1.5e-7, 'g', 3, true, false, "1.50e-07"),
            (123456789.0, 'g', 6, false, false, "1.23457e+08"),
            (0.0001, 'g', 6, false, false, "0.0001"),
        ];
        for &(value, code, precision, alt, add_dot_0, want) in cases {
            assert_eq!(
                format_float_short(value, code, precision, alt, add_dot_0),
                want,
                "{value} {code} {precision} {alt} {add_dot_0}"
            );
        }
    }

    #[test]
    fn parse_reports_cpython_errors() {
        let err = |spec: &str, ty: Option<char>| parse_spec(spec, "T", ty).unwrap_err();
        assert_eq!(err(",s", Some('s')), "Cannot specify ',' with 's'.");
        assert_eq!(err(",", Some('s')), "Cannot specify ',' with 's'.");
        assert_eq!(err(",_", Some('d')), "Cannot specify both ',' and '_'.");
        assert_eq!(err(".,_f", None), "Cannot specify both ',' and '_'.");
        assert_eq!(err(".", None), "Format specifier missing precision");
        assert_eq!(
            err("1.1.1", Some('d')),
            "Invalid format specifier '1.1.1' for object of type 'T'"
        );
        assert_eq!(err(", ", None), "Cannot specify ',' with '\\x20'.");
        assert_eq!(
            err("99999999999999999999", Some('d')),
            "Too many decimal digits in format string"
        );
        let spec = parse_spec("z.3_f", "float", None).unwrap();
        assert!(spec.no_neg_0);
        assert_eq!((spec.precision, spec.frac_grouping), (Some(3), Some('_')));
    }
}
