//! `format(value, spec)` (the format-spec mini-language) and `%`-formatting of strings.

use crate::objects::*;
use crate::protocol::numbers::float_repr;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use ouro_memory::Obj;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
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
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(
            w.parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(
            p.parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(s)
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
    let a = args.values;
    if a.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{owner}.__format__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let spec = PyStr::view(&a[1]).map(|s| s.value).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        ))
    })?;
    Ok((&a[0], spec))
}

/// `int.__format__(spec)` (bool's too).
pub(crate) fn int_format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (value, spec) = format_args(vm, &args, "int")?;
    if spec.is_empty() {
        return vm.str(value);
    }
    let i = PyInt::of(value)
        .ok_or_else(|| vm.type_error("descriptor '__format__' requires an 'int' object"))?;
    let parsed = parse_spec(spec).map_err(|m| vm.value_error(m))?;
    Ok(vm.new_str(vm.format_int(value, &i, &parsed)?))
}

/// `float.__format__(spec)`.
pub(crate) fn float_format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let (value, spec) = format_args(vm, &args, "float")?;
    if spec.is_empty() {
        return vm.str(value);
    }
    let f = crate::protocol::slots::slot_payload::<PyFloat>(vm, value)?;
    let parsed = parse_spec(spec).map_err(|m| vm.value_error(m))?;
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
    let parsed = parse_spec(spec).map_err(|m| vm.value_error(m))?;
    Ok(vm.new_str(vm.format_str(s, &parsed)?))
}

impl Vm {
    fn format_str(&self, s: &str, spec: &FormatSpec) -> PyResult<String> {
        if let Some(t) = spec.ty {
            if t != 's' {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'str'"
                )));
            }
        }
        if spec.sign.is_some() {
            return Err(self.value_error("Sign not allowed in string format specifier"));
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

    fn format_int(&self, obj: &Obj, i: &PyInt, spec: &FormatSpec) -> PyResult<String> {
        let ty = spec.ty.unwrap_or('d');
        if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let f = i
                .to_f64()
                .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
            return self.format_float(f, spec);
        }
        if spec.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
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
                let c = big
                    .to_u32()
                    .and_then(char::from_u32)
                    .ok_or_else(|| self.overflow_error("%c arg not in range(0x110000)"))?;
                // A character from an int is placed as a number is (right, zero padding).
                return Ok(pad_number("", "", &c.to_string(), spec, 3));
            }
            t => {
                let tn = self.type_name(obj);
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type '{tn}'"
                )));
            }
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

    pub(crate) fn format_float(&self, v: f64, spec: &FormatSpec) -> PyResult<String> {
        let ty = spec.ty;
        let neg = v.is_sign_negative() && !v.is_nan();
        let a = v.abs();
        let body = match ty {
            Some('f') | Some('F') => {
                let p = spec.precision.unwrap_or(6);
                let s = if a.is_finite() {
                    format!("{a:.p$}")
                } else {
                    nonfinite(a, ty == Some('F'))
                };
                if spec.alternate && p == 0 && a.is_finite() {
                    format!("{s}.")
                } else {
                    s
                }
            }
            Some('e') | Some('E') => {
                let p = spec.precision.unwrap_or(6);
                let s = if a.is_finite() {
                    exp_format(a, p)
                } else {
                    nonfinite(a, false)
                };
                if ty == Some('E') {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            Some('g') | Some('G') | Some('n') => {
                let p = spec.precision.unwrap_or(6).max(1);
                let s = if a.is_finite() {
                    general_format(a, p, spec.alternate)
                } else {
                    nonfinite(a, false)
                };
                if ty == Some('G') {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            Some('%') => {
                let p = spec.precision.unwrap_or(6);
                if a.is_finite() {
                    format!("{:.p$}%", a * 100.0)
                } else {
                    format!("{}%", nonfinite(a, false))
                }
            }
            None => match spec.precision {
                // 'g' with Py_DTSF_ADD_DOT_0 (format_float_short): the exponent form starts
                // one digit earlier, and a fixed-point result keeps one digit after the point
                // (`format(1.0, '.3')` is '1.0', `format(123.0, '.3')` is '1.23e+02').
                Some(p) if a.is_finite() => {
                    let p = p.max(1);
                    let exp = if a == 0.0 {
                        0
                    } else {
                        a.abs().log10().floor() as i32
                    };
                    let e_form = exp_format(a, p - 1);
                    let decpt: i32 = e_form
                        .split_once('e')
                        .and_then(|(_, x)| x.parse::<i32>().ok())
                        .unwrap_or(exp)
                        + 1;
                    if a != 0.0 && (decpt <= -4 || decpt > p as i32 - 1) {
                        let (m, e) = e_form.split_once('e').unwrap_or((&e_form, "+00"));

                        let m = if spec.alternate || !m.contains('.') {
                            m.to_string()
                        } else {
                            m.trim_end_matches('0').trim_end_matches('.').to_string()
                        };
                        format!("{m}e{e}")
                    } else {
                        let s = general_format(a, p, spec.alternate);
                        if s.contains(['.', 'e']) {
                            s
                        } else {
                            format!("{s}.0")
                        }
                    }
                }

                Some(_) => nonfinite(a, false),

                None => float_repr(a),
            },
            Some(t) => {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )))
            }
        };
        let body = match spec.grouping {
            Some(g) => {
                let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                    Some(i) => body.split_at(i),
                    None => (body.as_str(), ""),
                };
                format!("{}{rest}", group_digits(int_part, g, 3))
            }
            None => body,
        };
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

/// `%e` with `p` digits after the point, exponent at least two digits.
pub fn exp_format(a: f64, p: usize) -> String {
    let s = format!("{a:.p$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`: precision `p` significant digits, trailing zeros removed unless `alternate`.
pub fn general_format(a: f64, p: usize, alternate: bool) -> String {
    if a == 0.0 {
        return if alternate {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let e = exp_format(a, p - 1);
    let exp: i32 = e
        .split_once('e')
        .map(|(_, x)| x.parse().unwrap_or(0))
        .unwrap_or(0);
    let mut s = if exp < -4 || exp >= p as i32 {
        e
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        format!("{a:.decimals$}")
    };
    if !alternate {
        if let Some(epos) = s.find('e') {
            let (m, ex) = s.split_at(epos);
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            s = format!("{m}{ex}");
        } else if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
    }
    s
}

fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
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

fn pad(text: &str, spec: &FormatSpec, default_align: char) -> String {
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

/// A number's sign, prefix and digits padded to the spec's width; `every` is the grouping
/// interval of its integer digits (3 for decimal, 4 for binary, octal and hex).
fn pad_number(sign: &str, prefix: &str, digits: &str, spec: &FormatSpec, every: usize) -> String {
    let width = spec.width.unwrap_or(0);
    let len = sign.len() + prefix.len() + digits.chars().count();
    let zero_pad = spec.zero && spec.align.is_none() && spec.fill.is_none();
    if let (true, Some(sep)) = (zero_pad, spec.grouping) {
        // The zeros are digits too: they are grouped, and a separator never leads
        // (`format(0, '08,')` is '0,000,000'), as CPython's `InsertThousandsGrouping`.
        let int_end = digits
            .find(|c: char| {
                c != sep && !(c.is_ascii_digit() || every == 4 && c.is_ascii_hexdigit())
            })
            .unwrap_or(digits.len());
        let (int_part, rest) = digits.split_at(int_end);
        let plain: String = int_part.chars().filter(|c| *c != sep).collect();
        let min_width =
            width as isize - (sign.len() + prefix.len() + rest.chars().count()) as isize;
        let grouped = group_to_width(&plain, sep, every, min_width);
        return format!("{sign}{prefix}{grouped}{rest}");
    }
    if zero_pad || spec.align == Some('=') {
        let fill = if zero_pad {
            '0'
        } else {
            spec.fill.unwrap_or(' ')
        };
        let n = width.saturating_sub(len);
        return format!("{sign}{prefix}{}{digits}", fill.to_string().repeat(n));
    }
    let text = format!("{sign}{prefix}{digits}");
    pad(&text, spec, '>')
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Obj) -> PyResult<Obj> {
    // CPython's `PyMapping_Check(args) && !tuple && !str`: such an argument serves `%(key)`
    // lookups, and is also the single argument of the other conversions.
    let mapping = !PyTuple::is_tuple(args)
        && !PyStr::is_str(args)
        && (args.is::<PyDict>() || vm.lookup_type(args.class(), "__getitem__").is_some());
    let items: Vec<Obj> = match PyTuple::view(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut take = |vm: &Vm| -> PyResult<Obj> {
        let v = items
            .get(next)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key_value = None;
        if chars[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..j - 1].iter().collect();
            if !mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            key_value = Some(vm.get_item(args, &vm.new_str(key))?);
            i = j;
        }
        let mut spec = FormatSpec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alternate = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = take(vm)?;
            let w = match PyInt::of(&w) {
                Some(n) => n
                    .as_i64()
                    .ok_or_else(|| vm.overflow_error("width too big"))?,
                None => return Err(vm.type_error("* wants int")),
            };
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX));
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                let w: String = chars[start..i].iter().collect();
                spec.width = Some(w.parse().map_err(|_| vm.value_error("width too big"))?);
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take(vm)?;
                let p = match PyInt::of(&p) {
                    Some(n) => n
                        .as_i64()
                        .ok_or_else(|| vm.overflow_error("precision too big"))?,
                    None => return Err(vm.type_error("* wants int")),
                };
                spec.precision = Some(usize::try_from(p.max(0)).unwrap_or(usize::MAX));
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let p: String = chars[start..i].iter().collect();
                spec.precision = Some(if p.is_empty() {
                    0
                } else {
                    p.parse().map_err(|_| vm.value_error("precision too big"))?
                });
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_value.take() {
            Some(v) => v,
            None => take(vm)?,
        };
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let text = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_string(&v)?,
                    'r' => vm.repr_string(&v)?,
                    _ => {
                        let a = vm.ascii(&v)?;
                        vm.str_value(&a).unwrap_or_default()
                    }
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let mut sp = spec.clone();
                sp.precision = None;
                sp.zero = false;
                pad(&s, &sp, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = to_int_for_percent(vm, &v, conv)?;
                let ty = match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                };
                let mut sp = spec.clone();
                sp.ty = Some(ty);
                let prec = sp.precision.take();
                let neg = n.is_negative();
                let mag = n.abs();
                let mut digits = match ty {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => vm.big_to_decimal(&mag)?,
                };
                if let Some(p) = prec {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = if sp.alternate {
                    match ty {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                pad_number(sign_str(neg, sp.sign), prefix, &digits, &sp, 3)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = to_float_for_percent(vm, &v)?;
                let mut sp = spec.clone();
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                vm.format_float(f, &sp)?
            }
            'c' => {
                let s = if let Some(s) = PyStr::view(&v) {
                    let n = s.char_len();
                    if n != 1 {
                        return Err(vm.type_error(format!(
                            "%c requires an int or a unicode character, not a string of length {n}"
                        )));
                    }
                    s.value.to_string()
                } else {
                    let n = to_int_for_percent(vm, &v, 'c')?;
                    n.to_u32()
                        .and_then(char::from_u32)
                        .map(|c| c.to_string())
                        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?
                };
                pad(&s, &spec, '>')
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&text);
    }
    if !mapping && next < items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn to_int_for_percent(vm: &Vm, v: &Obj, conv: char) -> PyResult<BigInt> {
    if let Some(i) = PyInt::of(v) {
        return Ok(i.to_big());
    }
    if v.is::<PyFloat>() && matches!(conv, 'd' | 'i' | 'u') {
        return Ok(crate::types::constructors::int_from_object(vm, v)?.to_big());
    }
    if !matches!(conv, 'c') {
        if let Some(f) = vm.lookup_type(v.class(), "__index__") {
            let r = vm.call_method_obj(&f, v, &[])?;
            if let Some(i) = PyInt::of(&r) {
                return Ok(i.to_big());
            }
        }
        if matches!(conv, 'd' | 'i' | 'u') {
            if let Some(f) = vm.lookup_type(v.class(), "__int__") {
                let r = vm.call_method_obj(&f, v, &[])?;
                if let Some(i) = PyInt::of(&r) {
                    return Ok(i.to_big());
                }
            }
        }
    }
    let what = if matches!(conv, 'x' | 'X' | 'o' | 'c') {
        "an integer is required"
    } else {
        "a real number is required"
    };
    if conv == 'c' {
        return Err(vm.type_error(format!(
            "%c requires an int or a unicode character, not {}",
            vm.type_name(v)
        )));
    }
    if what == "a real number is required" {
        return Err(vm.type_error(format!(
            "%{conv} format: a real number is required, not {}",
            vm.type_name(v)
        )));
    }
    Err(vm.type_error(format!(
        "%{conv} format: an integer is required, not {}",
        vm.type_name(v)
    )))
}

fn to_float_for_percent(vm: &Vm, v: &Obj) -> PyResult<f64> {
    if let Some(f) = v.downcast_ref::<PyFloat>() {
        return Ok(f.0);
    }
    if let Some(i) = PyInt::of(v) {
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}
