//! `str` case conversion (upper/lower/title/capitalize/swapcase/casefold) and the `is*`
//! character-class predicates.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::unicode_tables as ut;
use crate::types::str::{is_space, margs, recv, same_or_new};
use ouro_memory::Obj;

pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("upper", upper),
    ("lower", lower),
    ("title", title),
    ("capitalize", capitalize),
    ("swapcase", swapcase),
    ("casefold", casefold),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isspace", isspace),
    ("isascii", isascii),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
];

/// Titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The full titlecase mapping of one character.
fn push_title(out: &mut String, c: char) {
    let mapped = match c as u32 {
        0x1C4..=0x1C6 => "\u{1C5}",
        0x1C7..=0x1C9 => "\u{1C8}",
        0x1CA..=0x1CC => "\u{1CB}",
        0x1F1..=0x1F3 => "\u{1F2}",
        0xDF => "Ss",
        0xFB00 => "Ff",
        0xFB01 => "Fi",
        0xFB02 => "Fl",
        0xFB03 => "Ffi",
        0xFB04 => "Ffl",
        0xFB05 | 0xFB06 => "St",
        // Georgian Mkhedruli letters have uppercase forms but are their own titlecase.
        0x10D0..=0x10FA | 0x10FD..=0x10FF => {
            out.push(c);
            return;
        }
        _ if is_titlecase(c) => {
            out.push(c);
            return;
        }
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.push_str(mapped);
}

/// Lowercase `chars[i]`, applying the Final_Sigma rule to capital sigma.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let Some(&c) = chars.get(i) else { return };
    if c == 'Σ' {
        let before = chars.get(..i).unwrap_or(&[]);
        let after = chars.get(i + 1..).unwrap_or(&[]);
        let cased_before = before.iter().rev().find(|c| !is_case_ignorable(**c));
        let cased_after = after.iter().find(|c| !is_case_ignorable(**c));
        let final_sigma = cased_before.is_some_and(|c| is_cased(*c))
            && !cased_after.is_some_and(|c| is_cased(*c));
        out.push(if final_sigma { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

/// An approximation of the Case_Ignorable property (apostrophes, periods, marks, modifiers).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}'
    ) || matches!(c as u32, 0x2B0..=0x36F)
}

fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    let s = recv(vm, args, name)?;
    margs(vm, args, format_args!("str.{name}"), 0, 0)?;
    Ok(s.as_str())
}

fn upper(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "upper")?;
    Ok(same_or_new(vm, &args.values[0], &s.to_uppercase()))
}

fn lower(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "lower")?;
    Ok(same_or_new(vm, &args.values[0], &s.to_lowercase()))
}

fn title(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "title")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(same_or_new(vm, &args.values[0], &out))
}

fn capitalize(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "capitalize")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    Ok(same_or_new(vm, &args.values[0], &out))
}

fn swapcase(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "swapcase")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(same_or_new(vm, &args.values[0], &out))
}

fn casefold(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "casefold")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    Ok(same_or_new(vm, &args.values[0], &out))
}

fn islower(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "islower")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(vm.false_.clone());
        }
        cased |= c.is_lowercase();
    }
    Ok(vm.new_bool(cased))
}

fn isupper(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(vm.false_.clone());
        }
        cased |= c.is_uppercase();
    }
    Ok(vm.new_bool(cased))
}

fn istitle(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(vm.false_.clone());
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(vm.false_.clone());
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(vm.new_bool(cased))
}

pub(crate) fn char_isdecimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && ut::in_ranges(ut::DECIMAL, c))
}

pub(crate) fn char_isdigit(c: char) -> bool {
    char_isdecimal(c) || (!c.is_ascii() && ut::in_ranges(ut::DIGIT_EXTRA, c))
}

pub(crate) fn char_isnumeric(c: char) -> bool {
    char_isdigit(c) || (!c.is_ascii() && ut::in_ranges(ut::NUMERIC_EXTRA, c))
}

pub(crate) fn char_isalpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ut::in_ranges(ut::ALPHA, c)
    }
}

pub(crate) fn char_isprintable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        !ut::in_ranges(ut::NOT_PRINTABLE, c)
    }
}

fn all_chars(
    vm: &Vm,
    args: &Args<'_>,
    name: &str,
    empty: bool,
    f: fn(char) -> bool,
) -> PyResult<Obj> {
    let s = no_args(vm, args, name)?;
    if s.is_empty() {
        return Ok(vm.new_bool(empty));
    }
    Ok(vm.new_bool(s.chars().all(f)))
}

fn isalnum(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isalnum", false, |c| {
        char_isalpha(c) || char_isnumeric(c)
    })
}

fn isalpha(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isalpha", false, char_isalpha)
}

fn isdigit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isdigit", false, char_isdigit)
}

fn isdecimal(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isdecimal", false, char_isdecimal)
}

fn isnumeric(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isnumeric", false, char_isnumeric)
}

fn isspace(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isspace", false, is_space)
}

fn isascii(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isascii", true, |c| c.is_ascii())
}

fn isprintable(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    all_chars(vm, &args, "isprintable", true, char_isprintable)
}

/// Python's `str.isidentifier` for a whole string.
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let start = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphabetic() || c == '_'
        } else {
            ut::in_ranges(ut::ID_START, c)
        }
    };
    start(first)
        && chars.all(|c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '_'
            } else {
                start(c) || ut::in_ranges(ut::ID_CONTINUE_EXTRA, c)
            }
        })
}

fn isidentifier(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let s = no_args(vm, &args, "isidentifier")?;
    Ok(vm.new_bool(is_identifier(s)))
}
