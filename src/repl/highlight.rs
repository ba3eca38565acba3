//! Syntax highlighting of the input line, with the colours of CPython 3.14's REPL
//! (`_colorize.Syntax`: keywords bold blue, builtins cyan, comments red, strings green,
//! numbers yellow, the name after `def`/`class` bold).
//!
//! Invariant: the output shows exactly the characters of the input, in order, with only SGR
//! escape sequences added, so its display width is the input's (rustyline places the cursor
//! from the plain text). The scanner never fails: an unterminated string is coloured to the
//! end of the line, and unknown characters are copied as they are.

use super::colors::{BOLD, BOLD_BLUE, CYAN, GREEN, RED, RESET, YELLOW};

/// The keywords and keyword constants coloured bold blue.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// `line` with ANSI colours; `builtins` are the names coloured as builtins.
pub fn highlight(line: &str, is_builtin: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map(|c| c.0).unwrap_or(line.len());
    let mut i = 0;
    let mut after_def = false;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c == '#' {
            let stop = chars[i..]
                .iter()
                .position(|(_, c)| *c == '\n')
                .map(|n| i + n)
                .unwrap_or(chars.len());
            paint(&mut out, RED, &line[start..end_of(stop)]);
            i = stop;
            continue;
        }
        if let Some(stop) = string_end(&chars, i) {
            paint(&mut out, GREEN, &line[start..end_of(stop)]);
            i = stop;
            after_def = false;
            continue;
        }
        if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(|n| n.1.is_ascii_digit()))
        {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let exponent_sign = (d == '+' || d == '-')
                    && matches!(chars[j - 1].1, 'e' | 'E')
                    && !is_hex(&chars[i..j]);
                if d.is_alphanumeric() || d == '_' || d == '.' || exponent_sign {
                    j += 1;
                } else {
                    break;
                }
            }
            paint(&mut out, YELLOW, &line[start..end_of(j)]);
            i = j;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '_') {
                j += 1;
            }
            let word = &line[start..end_of(j)];
            if after_def {
                paint(&mut out, BOLD, word);
                after_def = false;
            } else if KEYWORDS.contains(&word) {
                paint(&mut out, BOLD_BLUE, word);
                after_def = word == "def" || word == "class";
            } else if is_builtin(word) && !preceded_by_dot(&chars, i) {
                paint(&mut out, CYAN, word);
            } else {
                out.push_str(word);
            }
            i = j;
            continue;
        }
        if !c.is_whitespace() {
            after_def = false;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn paint(out: &mut String, color: &str, text: &str) {
    out.push_str(color);
    out.push_str(text);
    out.push_str(RESET);
}

fn is_hex(chars: &[(usize, char)]) -> bool {
    chars.len() > 1 && chars[0].1 == '0' && matches!(chars[1].1, 'x' | 'X')
}

fn preceded_by_dot(chars: &[(usize, char)], i: usize) -> bool {
    chars[..i]
        .iter()
        .rev()
        .find(|(_, c)| !c.is_whitespace())
        .is_some_and(|(_, c)| *c == '.')
}

/// If a string literal (with an optional prefix such as `rb` or `f`) starts at `i`: the index
/// just past its end (or the end of the input for an unterminated one).
fn string_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let mut q = i;
    while q < chars.len() && q - i < 2 && "rRbBuUfFtT".contains(chars[q].1) {
        q += 1;
    }
    let quote = chars.get(q)?.1;
    if quote != '\'' && quote != '"' {
        return None;
    }
    if q > i && i > 0 && (chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '_') {
        return None;
    }
    let triple = chars.get(q + 1).map(|c| c.1) == Some(quote)
        && chars.get(q + 2).map(|c| c.1) == Some(quote);
    let mut j = if triple { q + 3 } else { q + 1 };
    while j < chars.len() {
        let c = chars[j].1;
        if c == '\\' {
            j += 2;
            continue;
        }
        if !triple && c == '\n' {
            return Some(j);
        }
        if c == quote {
            if !triple {
                return Some(j + 1);
            }
            if chars.get(j + 1).map(|c| c.1) == Some(quote)
                && chars.get(j + 2).map(|c| c.1) == Some(quote)
            {
                return Some(j + 3);
            }
        }
        j += 1;
    }
    Some(chars.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        let mut out = String::new();
        let mut in_escape = false;
        for c in s.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    fn hl(s: &str) -> String {
        highlight(s, &|w| w == "print" || w == "len")
    }

    #[test]
    fn the_text_is_kept() {
        for s in [
            "def f(x): return x * 2  # double",
            "s = 'it''s' + \"q\\\"\" + f'{x!r}' + b'\\x00'",
            "x = 0x1e+5 + 1e-3 + .5j",
            "'''open",
            "print(len(a.print))",
            "ünïcode = 'é'",
            "\\",
        ] {
            assert_eq!(plain(&hl(s)), s);
        }
    }

    #[test]
    fn colours_follow_cpython_theme() {
        assert_eq!(hl("def f"), format!("{BOLD_BLUE}def{RESET} {BOLD}f{RESET}"));
        assert_eq!(hl("x # c"), format!("x {RED}# c{RESET}"));
        assert_eq!(hl("'s'"), format!("{GREEN}'s'{RESET}"));
        assert_eq!(hl("12"), format!("{YELLOW}12{RESET}"));
        assert_eq!(hl("print"), format!("{CYAN}print{RESET}"));
        assert_eq!(hl("a.print"), "a.print");
        assert_eq!(hl("rb'x'"), format!("{GREEN}rb'x'{RESET}"));
    }
}
