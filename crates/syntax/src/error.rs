//! [`SyntaxError`]: what a failed parse reports, and its CPython-identical rendering.

use crate::ast::Span;
use crate::line_index::{line_text, LineIndex};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorType {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a syntax error: CPython's parser raises `MemoryError` when its stack overflows
    /// ("Parser stack overflowed - Python source too complex to parse").
    MemoryError,
    /// Not a syntax error: CPython's compiler raises `RecursionError` when a tree is too deep
    /// for its C stack.
    RecursionError,
}

impl SyntaxErrorType {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorType::SyntaxError => "SyntaxError",
            SyntaxErrorType::IndentationError => "IndentationError",
            SyntaxErrorType::TabError => "TabError",
            SyntaxErrorType::MemoryError => "MemoryError",
            SyntaxErrorType::RecursionError => "RecursionError",
        }
    }

    /// Whether the exception is a `SyntaxError` (or a subclass), with a file name, a line and
    /// a caret in its report; the others print as `Name: message` only.
    pub fn is_syntax_error(self) -> bool {
        !matches!(
            self,
            SyntaxErrorType::MemoryError | SyntaxErrorType::RecursionError
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub error_type: SyntaxErrorType,
    /// The message, e.g. `expected ':'`, `'(' was never closed`, `invalid syntax`.
    pub msg: String,
    /// Byte range the caret(s) cover. An empty span gets one caret.
    pub span: Span,
    /// 1-based line of `span.start` (CPython's `e.lineno`).
    pub lineno: u32,
    /// The input ended before the construct did (unclosed bracket, unterminated triple-quoted
    /// string, block expected at end of input, trailing backslash): a REPL should read another
    /// line rather than report this error.
    pub incomplete: bool,
    /// False when CPython prints no caret line for this error (e.g. "expected an indented block"
    /// at end of input, where CPython's offset is 0).
    pub caret: bool,
}

impl SyntaxError {
    /// An error at `span` whose `lineno` is filled in by [`SyntaxError::locate`] (for the
    /// compiler's own syntax errors, e.g. "'return' outside function", use the node's span).
    pub fn new(error_type: SyntaxErrorType, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            error_type,
            msg: msg.into(),
            span,
            lineno: 0,
            incomplete: false,
            caret: true,
        }
    }

    pub fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorType::SyntaxError, msg, span)
    }

    pub fn indentation(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorType::IndentationError, msg, span)
    }

    pub(crate) fn incomplete(mut self) -> SyntaxError {
        self.incomplete = true;
        self
    }

    pub(crate) fn no_caret(mut self) -> SyntaxError {
        self.caret = false;
        self
    }

    /// Fills in `lineno` from `span.start` unless already set.
    pub fn locate(mut self, index: &LineIndex) -> SyntaxError {
        if self.lineno == 0 {
            self.lineno = index.line(self.span.start);
        }
        self
    }

    /// Whether more input could complete the source (see the `incomplete` field).
    pub fn is_incomplete(&self) -> bool {
        self.incomplete
    }

    /// Exactly what CPython 3.14 prints to stderr for this error when running `filename`:
    ///
    /// ```text
    ///   File "x.py", line 3
    ///     if x
    ///         ^
    /// SyntaxError: expected ':'
    /// ```
    ///
    /// This follows `traceback.TracebackException._format_syntax_error`: the source line is
    /// stripped of leading spaces and form feeds (not tabs), the caret line keeps tabs for
    /// alignment, carets before the stripped text are dropped, and a range ending on a later
    /// line extends to the end of the line.
    pub fn render(&self, filename: &str, source: &str) -> String {
        if !self.error_type.is_syntax_error() {
            return format!("{}: {}\n", self.error_type.name(), self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", filename, self.lineno);
        if let Some(rtext) = line_text(source, self.lineno) {
            // CPython's text is a C string: it ends at a NUL byte.
            let rtext = rtext.split('\0').next().unwrap_or("");
            // A byte order mark is not part of the first line's text.
            let bom = if self.lineno == 1 && rtext.starts_with('\u{feff}') {
                3
            } else {
                0
            };
            let rtext = &rtext[bom..];
            let ltext = rtext.trim_start_matches([' ', '\x0c']);
            let spaces = rtext.chars().count() - ltext.chars().count();
            out.push_str("    ");
            out.push_str(ltext);
            out.push('\n');
            if self.caret {
                let index = LineIndex::new(source);
                let line_start = index.line_start(self.lineno).unwrap_or(0) as usize + bom;
                let char_col = |offset: usize| -> i64 {
                    let offset = offset.max(line_start).min(source.len());
                    let mut o = offset;
                    while !source.is_char_boundary(o) {
                        o -= 1;
                    }
                    source[line_start..o].chars().count() as i64
                };
                let text_len = rtext.chars().count() as i64 + 1; // CPython's text keeps its '\n'
                let mut offset = char_col(self.span.start as usize) + 1;
                let mut end_offset = if index.line(self.span.end) == self.lineno {
                    char_col(self.span.end as usize) + 1
                } else {
                    text_len
                };
                if offset > text_len {
                    offset = text_len;
                }
                if end_offset > text_len {
                    end_offset = text_len;
                }
                if offset >= end_offset {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces as i64;
                let end_colno = end_offset - 1 - spaces as i64;
                if colno >= 0 {
                    out.push_str("    ");
                    let mut n = 0;
                    for c in ltext.chars() {
                        if n >= colno {
                            break;
                        }
                        out.push(if c.is_whitespace() { c } else { ' ' });
                        n += 1;
                    }
                    while n < colno {
                        out.push(' ');
                        n += 1;
                    }
                    for _ in colno..end_colno {
                        out.push('^');
                    }
                    out.push('\n');
                }
            }
        }
        out.push_str(self.error_type.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} (line {})",
            self.error_type.name(),
            self.msg,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}
