//! `time.strftime`: a port of glibc's `strftime` in the C locale (CPython on Linux formats
//! with the C library's `wcsftime`, so glibc's behaviour is the reference), driven the way
//! CPython 3.14's `time_strftime` drives it.
//!
//! Invariants:
//! - the format is cut as CPython cuts it: each run of ASCII characters other than NUL goes
//!   through [`format_piece`]; everything else (non-ASCII text, NULs) is copied as it is up
//!   to the next `%`;
//! - a piece's output is bounded as CPython's buffer loop bounds it: the buffer starts at 1024
//!   characters and doubles while the result does not fit and the buffer is smaller than 256
//!   times the piece; a result that never fits (a width of `%99999Y`) gives nothing. So no
//!   format allocates more than 256 times its length (plus 1024);
//! - every directive follows glibc's `__strftime_internal`: flags `_ - 0 ^ #`, a decimal
//!   width, the `E`/`O` modifiers (no eras or alternative digits in the C locale), and an
//!   unknown or incomplete directive copied as written.

use super::calendar::{is_leap, Tm};

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What `%Z` and `%s` need from the local time zone.
pub(crate) struct LocalRules<'a> {
    /// `tzname`: the standard and daylight-saving abbreviations (`%Z` of a time without
    /// `tm_zone`).
    pub tzname: [&'a str; 2],
    /// C's `mktime` (`%s`); None where it fails (glibc then prints -1).
    pub mktime: &'a dyn Fn(&Tm) -> Option<i64>,
}

/// `strftime(format, tm)` as CPython 3.14 computes it on glibc.
pub(crate) fn strftime(format: &str, tm: &Tm, rules: &LocalRules<'_>) -> String {
    let mut result = String::new();
    let mut buffer_size = 1024usize;
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i] != '\0' && chars[i].is_ascii() {
            i += 1;
        }
        if i > start {
            let piece: Vec<u8> = chars[start..i].iter().map(|&c| c as u8).collect();
            let limit_hint = piece.len().saturating_mul(256);
            // The largest buffer CPython would try for this piece.
            let mut largest = buffer_size;
            while largest < limit_hint {
                largest = largest.saturating_mul(2);
            }
            let mut out = Output::new(largest);
            if format_piece(&piece, tm, rules, &mut out).is_ok() {
                // CPython grows its buffer while nothing comes back (an empty result included).
                while (out.len >= buffer_size || out.len == 0) && buffer_size < limit_hint {
                    buffer_size = buffer_size.saturating_mul(2);
                }
                result.push_str(&out.text);
            } else {
                buffer_size = largest;
            }
        }
        while i < chars.len() && chars[i] != '%' {
            result.push(chars[i]);
            i += 1;
        }
    }
    result
}

/// The output does not fit the buffer (glibc's `strftime` then returns 0).
struct Full;

/// The text made so far, its length in characters (wide characters, as `wcsftime` counts)
/// and the buffer's size: glibc needs room for a terminating NUL, so `len < capacity`.
struct Output {
    text: String,
    len: usize,
    capacity: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Case {
    Keep,
    Upper,
    Lower,
}

impl Output {
    fn new(capacity: usize) -> Output {
        Output {
            text: String::new(),
            len: 0,
            capacity,
        }
    }

    /// Room for `n` more characters (glibc: `if (n >= maxsize - i) return 0`).
    fn reserve(&self, n: usize) -> Result<(), Full> {
        if n >= self.capacity - self.len {
            Err(Full)
        } else {
            Ok(())
        }
    }

    fn fill(&mut self, c: char, n: usize) -> Result<(), Full> {
        self.reserve(n)?;
        self.text.extend(std::iter::repeat_n(c, n));
        self.len += n;
        Ok(())
    }

    /// glibc's `add`/`cpy`: `s` right-aligned in `width` (zeros if `pad` is '0', else
    /// spaces), in the given case.
    fn put(&mut self, s: &str, width: i64, pad: u8, case: Case) -> Result<(), Full> {
        let n = s.chars().count();
        let delta = usize::try_from(width).unwrap_or(0).saturating_sub(n);
        self.reserve(n.saturating_add(delta))?;
        let c = if pad == b'0' { '0' } else { ' ' };
        self.text.extend(std::iter::repeat_n(c, delta));
        match case {
            Case::Keep => self.text.push_str(s),
            Case::Upper => self.text.extend(s.chars().map(to_upper)),
            Case::Lower => self.text.extend(s.chars().map(to_lower)),
        }
        self.len += n + delta;
        Ok(())
    }
}

/// `towupper`: one character for one.
fn to_upper(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

fn to_lower(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// glibc's `iso_week_days`: days from the first day of the first ISO week of the year to the
/// year day `yday` (which may be as small as -366) with week day `wday`.
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 3
}

/// One run of ASCII format characters (glibc's `__strftime_internal`).
fn format_piece(
    format: &[u8],
    tm: &Tm,
    rules: &LocalRules<'_>,
    out: &mut Output,
) -> Result<(), Full> {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    // Reading past the end gives NUL, as the C string's terminator.
    let at = |i: usize| format.get(i).copied().unwrap_or(0);
    let mut f = 0;
    while f < format.len() {
        if format[f] != b'%' {
            out.put(&(format[f] as char).to_string(), -1, 0, Case::Keep)?;
            f += 1;
            continue;
        }
        let percent = f;
        let mut pad = 0u8;
        let mut upper = false;
        let mut change_case = false;
        loop {
            f += 1;
            match at(f) {
                c @ (b'_' | b'-' | b'0') => pad = c,
                b'^' => upper = true,
                b'#' => change_case = true,
                _ => break,
            }
        }
        let mut width: i64 = -1;
        if at(f).is_ascii_digit() {
            width = 0;
            while at(f).is_ascii_digit() {
                width = (width * 10 + i64::from(at(f) - b'0')).min(i64::from(i32::MAX));
                f += 1;
            }
        }
        let modifier = match at(f) {
            c @ (b'E' | b'O') => {
                f += 1;
                c
            }
            _ => 0,
        };
        let mut lower = false;
        let conversion = at(f);
        let directive = Directive { pad, width };
        let case = |upper: bool, lower: bool| {
            if lower {
                Case::Lower
            } else if upper {
                Case::Upper
            } else {
                Case::Keep
            }
        };
        let bad = match conversion {
            b'%' if modifier == 0 => {
                out.put("%", width, pad, Case::Keep)?;
                false
            }
            b'a' | b'A' if modifier == 0 => {
                upper |= change_case;
                let name = WEEKDAYS.get(tm.wday as usize).copied().unwrap_or("?");
                let name = if conversion == b'a' {
                    abbreviate(name)
                } else {
                    name
                };
                out.put(name, width, pad, case(upper, false))?;
                false
            }
            b'b' | b'h' | b'B' if modifier != b'E' => {
                upper |= change_case;
                let name = MONTHS.get(tm.mon as usize).copied().unwrap_or("?");
                let name = if conversion == b'B' {
                    name
                } else {
                    abbreviate(name)
                };
                out.put(name, width, pad, case(upper, false))?;
                false
            }
            b'c' if modifier != b'O' => {
                subformat(b"%a %b %e %H:%M:%S %Y", tm, rules, out, &directive, upper)?;
                false
            }
            b'x' if modifier != b'O' => {
                subformat(b"%m/%d/%y", tm, rules, out, &directive, upper)?;
                false
            }
            b'D' if modifier == 0 => {
                subformat(b"%m/%d/%y", tm, rules, out, &directive, upper)?;
                false
            }
            b'F' if modifier == 0 => {
                subformat(b"%Y-%m-%d", tm, rules, out, &directive, upper)?;
                false
            }
            b'R' => {
                subformat(b"%H:%M", tm, rules, out, &directive, upper)?;
                false
            }
            b'r' => {
                subformat(b"%I:%M:%S %p", tm, rules, out, &directive, upper)?;
                false
            }
            b'X' if modifier != b'O' => {
                subformat(b"%H:%M:%S", tm, rules, out, &directive, upper)?;
                false
            }
            b'T' => {
                subformat(b"%H:%M:%S", tm, rules, out, &directive, upper)?;
                false
            }
            b'C' => {
                let year = tm.year;
                number(
                    out,
                    &directive,
                    1,
                    year / 100 - i64::from(year % 100 < 0),
                    false,
                )?;
                false
            }
            b'd' if modifier != b'E' => {
                number(out, &directive, 2, tm.mday, false)?;
                false
            }
            b'e' if modifier != b'E' => {
                number(out, &directive, 2, tm.mday, true)?;
                false
            }
            b'H' if modifier != b'E' => {
                number(out, &directive, 2, tm.hour, false)?;
                false
            }
            b'I' if modifier != b'E' => {
                number(out, &directive, 2, hour12, false)?;
                false
            }
            b'k' if modifier != b'E' => {
                number(out, &directive, 2, tm.hour, true)?;
                false
            }
            b'l' if modifier != b'E' => {
                number(out, &directive, 2, hour12, true)?;
                false
            }
            b'j' if modifier != b'E' => {
                number(out, &directive, 3, 1 + tm.yday, false)?;
                false
            }
            b'M' if modifier != b'E' => {
                number(out, &directive, 2, tm.min, false)?;
                false
            }
            b'm' if modifier != b'E' => {
                number(out, &directive, 2, tm.mon + 1, false)?;
                false
            }
            b'S' if modifier != b'E' => {
                number(out, &directive, 2, tm.sec, false)?;
                false
            }
            b'n' => {
                out.put("\n", width, pad, Case::Keep)?;
                false
            }
            b't' => {
                out.put("\t", width, pad, Case::Keep)?;
                false
            }
            b'P' | b'p' => {
                lower = conversion == b'P';
                if change_case {
                    upper = false;
                    lower = true;
                }
                let ampm = if tm.hour > 11 { "PM" } else { "AM" };
                out.put(ampm, width, pad, case(upper, lower))?;
                false
            }
            b's' => {
                // glibc prints `%s` with exactly one digit's minimum, whatever the width.
                let t = (rules.mktime)(tm).unwrap_or(-1);
                sign_and_padding(out, pad, width, 1, t)?;
                false
            }
            b'u' => {
                number(out, &directive, 1, (tm.wday - 1 + 7) % 7 + 1, false)?;
                false
            }
            b'U' if modifier != b'E' => {
                number(out, &directive, 2, (tm.yday - tm.wday + 7) / 7, false)?;
                false
            }
            b'W' if modifier != b'E' => {
                let monday_based = (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7;
                number(out, &directive, 2, monday_based, false)?;
                false
            }
            b'w' if modifier != b'E' => {
                number(out, &directive, 1, tm.wday, false)?;
                false
            }
            b'V' | b'g' | b'G' if modifier != b'E' => {
                let (year, days) = iso_year_and_days(tm);
                let (digits, value) = match conversion {
                    b'g' => (2, (year % 100 + 100) % 100),
                    b'G' => (1, year),
                    _ => (2, days / 7 + 1),
                };
                number(out, &directive, digits, value, false)?;
                false
            }
            b'Y' if modifier != b'O' => {
                number(out, &directive, 1, tm.year, false)?;
                false
            }
            b'y' => {
                let c_year = tm.year - 1900;
                number(out, &directive, 2, (c_year % 100 + 100) % 100, false)?;
                false
            }
            b'Z' => {
                // glibc's wide-character `%Z` copies the zone as it is: `^` and `#` change
                // nothing (measured on CPython 3.14 with glibc 2.36).
                let zone = match tm.zone.as_deref() {
                    Some(z) if !z.is_empty() => z,
                    _ if tm.isdst >= 0 => rules.tzname[usize::from(tm.isdst != 0)],
                    _ => "",
                };
                out.put(zone, width, pad, Case::Keep)?;
                false
            }
            b'z' => {
                if tm.isdst >= 0 {
                    // C's `int diff = tp->tm_gmtoff`.
                    let mut diff = i64::from(tm.gmtoff as i32);
                    let sign = if diff < 0 { "-" } else { "+" };
                    out.put(sign, width, pad, Case::Keep)?;
                    diff = diff.abs() / 60;
                    number(out, &directive, 4, (diff / 60) * 100 + diff % 60, false)?;
                }
                false
            }
            _ => true,
        };
        if bad {
            // Unknown, misplaced modifier, or '%' at the end: copy the directive as written
            // (glibc's `bad_format`); at the end of the format, the NUL is not part of it.
            let end = if conversion == 0 { f } else { f + 1 };
            let end = end.min(format.len());
            let text: String = format[percent..end].iter().map(|&b| b as char).collect();
            out.put(&text, width, pad, case(upper, lower))?;
            f = end;
        } else {
            f += 1;
        }
    }
    Ok(())
}

/// A directive's padding flag and width, as the number and subformat paths read them.
#[derive(Clone, Copy)]
struct Directive {
    pad: u8,
    width: i64,
}

fn abbreviate(name: &str) -> &str {
    name.get(..3).unwrap_or(name)
}

/// glibc's subformat: the directives of `subformat`, then padded to the outer width (and put
/// in upper case by `^`).
fn subformat(
    subformat: &[u8],
    tm: &Tm,
    rules: &LocalRules<'_>,
    out: &mut Output,
    directive: &Directive,
    upper: bool,
) -> Result<(), Full> {
    let mut inner = Output::new(out.capacity);
    format_piece(subformat, tm, rules, &mut inner)?;
    let case = if upper { Case::Upper } else { Case::Keep };
    out.put(&inner.text, directive.width, directive.pad, case)
}

/// The ISO 8601 week-numbering year of `tm` and the days since its first ISO week began.
fn iso_year_and_days(tm: &Tm) -> (i64, i64) {
    let mut year = tm.year;
    let mut days = iso_week_days(tm.yday, tm.wday);
    if days < 0 {
        // This ISO week belongs to the previous year.
        year -= 1;
        days = iso_week_days(tm.yday + 365 + i64::from(is_leap(year)), tm.wday);
    } else {
        let d = iso_week_days(tm.yday - (365 + i64::from(is_leap(year))), tm.wday);
        if d >= 0 {
            // This ISO week belongs to the next year.
            year += 1;
            days = d;
        }
    }
    (year, days)
}

/// glibc's `do_number`: `value` with at least `digits` digits (or the width), zero-padded
/// unless the `_` or `-` flag says otherwise; `space_pad` is `DO_NUMBER_SPACEPAD` (`%e`,
/// `%k`, `%l`), which pads with spaces unless `0` or `-` is given. (The `O` modifier asks for
/// the locale's alternative digits: the C locale has none.)
fn number(
    out: &mut Output,
    directive: &Directive,
    digits: i64,
    value: i64,
    space_pad: bool,
) -> Result<(), Full> {
    let mut pad = directive.pad;
    if space_pad && pad != b'0' && pad != b'-' {
        pad = b'_';
    }
    let digits = digits.max(directive.width);
    sign_and_padding(out, pad, directive.width, digits, value)
}

/// glibc's `do_number_sign_and_padding`.
fn sign_and_padding(
    out: &mut Output,
    pad: u8,
    mut width: i64,
    digits: i64,
    value: i64,
) -> Result<(), Full> {
    let mut text = value.unsigned_abs().to_string();
    let negative = value < 0;
    if negative {
        text.insert(0, '-');
    }
    if pad != b'-' {
        let padding = usize::try_from(digits)
            .unwrap_or(0)
            .saturating_sub(text.len());
        if padding > 0 {
            if pad == b'_' {
                out.fill(' ', padding)?;
                let p = padding as i64;
                width = if width > p { width - p } else { 0 };
            } else {
                out.reserve(usize::try_from(digits).unwrap_or(usize::MAX))?;
                if negative {
                    text.remove(0);
                    out.fill('-', 1)?;
                }
                out.fill('0', padding)?;
                width = 0;
            }
        }
    }
    out.put(&text, width, pad, Case::Keep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::time::calendar::{broken_down, seconds_from_fields};

    fn utc(format: &str, tm: &Tm) -> String {
        let mktime = |tm: &Tm| Some(seconds_from_fields(tm));
        let rules = LocalRules {
            tzname: ["UTC", "UTC"],
            mktime: &mktime,
        };
        strftime(format, tm, &rules)
    }

    #[test]
    fn glibc_c_locale() {
        let tm = broken_down(1_000_000_000, 0);
        assert_eq!(utc("%c", &tm), "Sun Sep  9 01:46:40 2001");
        assert_eq!(
            utc("%x %X %D %F %T %R %r", &tm),
            "09/09/01 01:46:40 09/09/01 2001-09-09 01:46:40 01:46 01:46:40 AM"
        );
        assert_eq!(
            utc("%e|%k|%l|%j|%U|%W|%V|%G|%g|%u|%w|%s", &tm),
            " 9| 1| 1|252|36|36|36|2001|01|7|0|1000000000"
        );
        assert_eq!(
            utc("%5Y|%-5d|%_5d|%05d|%^10B|%#p|%^p|%10%|%3a|%-y|%_j|%-j", &tm),
            "02001|    9|    9|00009| SEPTEMBER|am|AM|         %|Sun|1|252|252"
        );
        assert_eq!(
            utc("%Ex|%EX|%Ey|%EC|%Oe|%OH|%EB|%Ox|%q|%", &tm),
            "09/09/01|01:46:40|01|20| 9|01|%EB|%Ox|%q|%"
        );
        assert_eq!(utc("%^#a|%#Z|%^Z|%E", &tm), "SUN|UTC|UTC|%E");
    }

    #[test]
    fn years_and_sizes() {
        let mut tm = broken_down(0, 0);
        tm.year = -1;
        assert_eq!(utc("%Y %y %C %G %g", &tm), "-1 99 -1 -1 99");
        tm.year = 12345;
        assert_eq!(utc("%Y|%5Y|%_7Y", &tm), "12345|12345|  12345");
        // A width that cannot fit gives nothing, as CPython's buffer loop does.
        assert_eq!(utc("%99999999999Y", &tm), "");
        assert_eq!(utc("%1000Y", &tm).len(), 1000);
        assert_eq!(utc("a\0%é%Y", &tm), "a\0%é12345");
    }
}
