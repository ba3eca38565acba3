//! Whether to use colour, and tracebacks in colour (CPython 3.14's `_colorize.Traceback`
//! theme: file names, line numbers and function names magenta, the exception type bold
//! magenta and its message magenta, the failing range red with its `^` part bold red).
//!
//! Invariant: colouring only inserts SGR sequences; removing them gives back the plain
//! report byte for byte.

/// SGR sequences of `_colorize.ANSIColors`.
pub const RESET: &str = "\x1b[0m";
pub const BOLD: &str = "\x1b[1m";
pub const RED: &str = "\x1b[31m";
pub const GREEN: &str = "\x1b[32m";
pub const YELLOW: &str = "\x1b[33m";
pub const MAGENTA: &str = "\x1b[35m";
pub const CYAN: &str = "\x1b[36m";
pub const BOLD_RED: &str = "\x1b[1;31m";
pub const BOLD_BLUE: &str = "\x1b[1;34m";
pub const BOLD_MAGENTA: &str = "\x1b[1;35m";

/// CPython's `_colorize.can_colorize` for a stream that is (or is not) a terminal, plus
/// ouro's `-X no_color`: NO_COLOR (any non-empty value) and `-X no_color` turn colour off,
/// FORCE_COLOR turns it on, PYTHON_COLORS=0/1 decides, then a dumb or unset TERM is off and
/// otherwise a terminal gets colour.
pub fn can_colorize(is_terminal: bool, x_no_color: bool) -> bool {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if x_no_color || var("NO_COLOR").is_some() {
        return false;
    }
    if var("FORCE_COLOR").is_some() {
        return true;
    }
    match var("PYTHON_COLORS").as_deref() {
        Some("0") => return false,
        Some("1") => return true,
        _ => {}
    }
    if var("TERM").is_none_or(|t| t == "dumb") {
        return false;
    }
    is_terminal
}

/// `report` (a traceback or a SyntaxError report) in colour.
pub fn color_traceback(report: &str) -> String {
    let lines: Vec<&str> = report.split_inclusive('\n').collect();
    let mut out = String::with_capacity(report.len() * 2);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let (text, newline) = match line.strip_suffix('\n') {
            Some(t) => (t, "\n"),
            None => (line, ""),
        };
        if let Some(next) = lines.get(i + 1).map(|l| l.trim_end_matches('\n')) {
            if is_caret_line(next) && !is_caret_line(text) {
                out.push_str(&color_range(text, next));
                out.push('\n');
                out.push_str(&color_carets(next));
                out.push_str(if lines[i + 1].ends_with('\n') {
                    "\n"
                } else {
                    ""
                });
                i += 2;
                continue;
            }
        }
        if let Some(rest) = text.strip_prefix("  File ") {
            out.push_str(&format!("  File {}", color_location(rest)));
        } else if is_exception_line(text) {
            out.push_str(&color_exception_line(text));
        } else {
            out.push_str(text);
        }
        out.push_str(newline);
        i += 1;
    }
    out
}

/// Only spaces, `~` and `^`, with at least one of the latter.
fn is_caret_line(line: &str) -> bool {
    line.contains(['^', '~']) && line.chars().all(|c| matches!(c, ' ' | '^' | '~'))
}

/// The source line with the columns under `~` red and those under `^` bold red.
fn color_range(source: &str, carets: &str) -> String {
    let marks: Vec<char> = carets.chars().collect();
    let mut out = String::new();
    let mut current = ' ';
    for (col, c) in source.chars().enumerate() {
        let mark = marks.get(col).copied().unwrap_or(' ');
        if mark != current {
            if current != ' ' {
                out.push_str(RESET);
            }
            match mark {
                '~' => out.push_str(RED),
                '^' => out.push_str(BOLD_RED),
                _ => {}
            }
            current = mark;
        }
        out.push(c);
    }
    if current != ' ' {
        out.push_str(RESET);
    }
    out
}

fn color_carets(carets: &str) -> String {
    let indent = carets.len() - carets.trim_start().len();
    let mut out = carets[..indent].to_string();
    let body = &carets[indent..];
    let mut current = ' ';
    for c in body.chars() {
        if c != current {
            if current != ' ' {
                out.push_str(RESET);
            }
            out.push_str(if c == '^' { BOLD_RED } else { RED });
            current = c;
        }
        out.push(c);
    }
    out.push_str(RESET);
    out
}

/// `"<stdin>", line 1, in <module>` (or without the `, in` part).
fn color_location(rest: &str) -> String {
    let Some((file, after)) = rest.rsplit_once(", line ") else {
        return rest.to_string();
    };
    let (line, func) = match after.split_once(", in ") {
        Some((l, f)) => (l, Some(f)),
        None => (after, None),
    };
    let mut out = format!("{MAGENTA}{file}{RESET}, line {MAGENTA}{line}{RESET}");
    if let Some(f) = func {
        out.push_str(&format!(", in {MAGENTA}{f}{RESET}"));
    }
    out
}

/// `Type` or `Type: message` at the start of a line (dotted names allowed).
fn is_exception_line(line: &str) -> bool {
    let name = line.split(':').next().unwrap_or("");
    !name.is_empty()
        && !line.starts_with(' ')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
}

fn color_exception_line(line: &str) -> String {
    match line.split_once(": ") {
        Some((name, msg)) => format!("{BOLD_MAGENTA}{name}{RESET}: {MAGENTA}{msg}{RESET}"),
        None => format!("{BOLD_MAGENTA}{line}{RESET}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n";

    fn plain(s: &str) -> String {
        let mut out = String::new();
        let mut esc = false;
        for c in s.chars() {
            match (esc, c) {
                (false, '\x1b') => esc = true,
                (true, 'm') => esc = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn colouring_keeps_the_text() {
        let colored = color_traceback(REPORT);
        assert_eq!(plain(&colored), REPORT);
        assert!(colored.contains(&format!("{BOLD_MAGENTA}ZeroDivisionError{RESET}")));
        assert!(colored.contains(&format!("{MAGENTA}\"<stdin>\"{RESET}")));
        assert!(colored.contains(&format!("{RED}1{RESET}{BOLD_RED}/{RESET}{RED}0{RESET}")));
        let syntax = "  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n";
        assert_eq!(plain(&color_traceback(syntax)), syntax);
        assert_eq!(
            plain(&color_traceback("KeyboardInterrupt\n")),
            "KeyboardInterrupt\n"
        );
    }
}
