//! f-strings (PEP 701): finding where one ends and splitting it into literal text and
//! replacement fields. The fields' expressions are parsed later, by the parser, from their
//! source ranges.

use crate::ast::Span;
use crate::error::SyntaxError;
use crate::strings::{decode_str, scan_plain, unterminated, Prefix};
use crate::token::{FField, FPart};

struct Scanner<'s> {
    src: &'s str,
    b: &'s [u8],
    i: usize,
    tok_start: usize,
    quote: u8,
    triple: bool,
    raw: bool,
    /// How many f-strings enclose this one, itself included (1 at top level).
    depth: usize,
}

/// CPython's tokenizer MAXFSTRINGLEVEL: this many nested f-strings is a SyntaxError.
const MAX_FSTRING_LEVEL: usize = 150;

/// Scans an f-string whose body starts at `pos` (just after the opening quote(s)).
/// Returns the offset of the closing quote(s) and the parts.
pub fn scan_fstring(
    src: &str,
    tok_start: usize,
    pos: usize,
    quote: u8,
    triple: bool,
    raw: bool,
) -> Result<(usize, Vec<FPart>), SyntaxError> {
    scan_nested(src, tok_start, pos, quote, triple, raw, 1)
}

fn scan_nested(
    src: &str,
    tok_start: usize,
    pos: usize,
    quote: u8,
    triple: bool,
    raw: bool,
    depth: usize,
) -> Result<(usize, Vec<FPart>), SyntaxError> {
    let mut s = Scanner {
        src,
        b: src.as_bytes(),
        i: pos,
        tok_start,
        quote,
        triple,
        raw,
        depth,
    };
    let parts = s.literal_parts(false)?;
    Ok((s.i, parts))
}

fn err(msg: &str, at: usize) -> SyntaxError {
    SyntaxError::syntax(msg, Span::new(at, at))
}

impl<'s> Scanner<'s> {
    fn at_close(&self, i: usize) -> bool {
        self.b.get(i) == Some(&self.quote)
            && (!self.triple
                || (self.b.get(i + 1) == Some(&self.quote)
                    && self.b.get(i + 2) == Some(&self.quote)))
    }

    fn unterminated(&self, at: usize) -> SyntaxError {
        unterminated(self.src, self.tok_start, self.triple, true, at)
    }

    fn char_len(&self, i: usize) -> usize {
        self.src[i..].chars().next().map_or(1, |c| c.len_utf8())
    }

    /// Literal text and fields up to the closing quote (top level, not consumed) or up to a
    /// `}` ending a format spec (`in_spec`, not consumed).
    fn literal_parts(&mut self, in_spec: bool) -> Result<Vec<FPart>, SyntaxError> {
        let mut parts = Vec::new();
        let mut chunk = String::new();
        let mut chunk_start = self.i;
        loop {
            let i = self.i;
            if i >= self.b.len() {
                return Err(self.unterminated(i));
            }
            let c = self.b[i];
            if self.at_close(i) {
                if in_spec {
                    return Err(err("f-string: expecting '}', or format specs", i));
                }
                break;
            }
            if !self.triple && (c == b'\n' || c == b'\r') {
                return Err(self.unterminated(i));
            }
            match c {
                b'\\' => {
                    chunk.push('\\');
                    self.i += 1;
                    let Some(&n) = self.b.get(self.i) else {
                        continue;
                    };
                    if !self.raw && n == b'N' && self.b.get(self.i + 1) == Some(&b'{') {
                        if let Some(close) = self.src[self.i..].find('}') {
                            chunk.push_str(&self.src[self.i..self.i + close + 1]);
                            self.i += close + 1;
                            continue;
                        }
                    }
                    if n == b'{' || n == b'}' {
                        continue;
                    }
                    if n == b'\r' && self.b.get(self.i + 1) == Some(&b'\n') {
                        chunk.push_str("\r\n");
                        self.i += 2;
                        continue;
                    }
                    let l = self.char_len(self.i);
                    chunk.push_str(&self.src[self.i..self.i + l]);
                    self.i += l;
                }
                b'{' => {
                    if self.b.get(i + 1) == Some(&b'{') && !in_spec {
                        chunk.push('{');
                        self.i += 2;
                        continue;
                    }
                    self.flush(&mut parts, &mut chunk, chunk_start, i)?;
                    let field = self.field()?;
                    parts.push(FPart::Field(field));
                    chunk_start = self.i;
                }
                b'}' => {
                    if in_spec {
                        break;
                    }
                    if self.b.get(i + 1) == Some(&b'}') {
                        chunk.push('}');
                        self.i += 2;
                        continue;
                    }
                    return Err(err("f-string: single '}' is not allowed", i));
                }
                _ => {
                    let l = self.char_len(i);
                    chunk.push_str(&self.src[i..i + l]);
                    self.i += l;
                }
            }
        }
        self.flush(&mut parts, &mut chunk, chunk_start, self.i)?;
        Ok(parts)
    }

    fn flush(
        &self,
        parts: &mut Vec<FPart>,
        chunk: &mut String,
        start: usize,
        end: usize,
    ) -> Result<(), SyntaxError> {
        if chunk.is_empty() {
            return Ok(());
        }
        let text = decode_str(chunk, self.raw).map_err(|e| {
            SyntaxError::syntax(
                e.msg,
                Span::new(self.tok_start, end.max(self.tok_start + 1)),
            )
        })?;
        chunk.clear();
        if !text.is_empty() {
            parts.push(FPart::Lit(text, Span::new(start, end)));
        }
        Ok(())
    }

    /// One replacement field; `self.i` is at its `{`. Leaves `self.i` after its `}`.
    fn field(&mut self) -> Result<FField, SyntaxError> {
        let field_start = self.i;
        self.i += 1;
        let expr_start = self.i;
        let mut depth = 0usize;
        let mut debug_text = None;
        let expr_end;
        loop {
            let i = self.i;
            if i >= self.b.len() {
                // Like any bracket left open at the end of input.
                return Err(SyntaxError::syntax(
                    "'{' was never closed",
                    Span::new(field_start, field_start + 1),
                )
                .incomplete());
            }
            let c = self.b[i];
            match c {
                b'\'' | b'"' => self.nested_string(i, i)?,
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xff => {
                    let mut j = i;
                    while j < self.b.len()
                        && (self.b[j].is_ascii_alphanumeric()
                            || self.b[j] == b'_'
                            || self.b[j] >= 0x80)
                    {
                        j += self.char_len(j);
                    }
                    let word = &self.src[i..j];
                    let is_prefix = word.len() <= 2
                        && word.chars().all(|ch| "rRbBuUfF".contains(ch))
                        && matches!(self.b.get(j), Some(b'\'') | Some(b'"'));
                    if is_prefix {
                        self.nested_string(i, j)?;
                    } else {
                        self.i = j;
                    }
                }
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.i += 1;
                }
                b')' | b']' => {
                    if depth == 0 {
                        return Err(SyntaxError::syntax(
                            format!("f-string: unmatched '{}'", c as char),
                            Span::new(i, i + 1),
                        ));
                    }
                    depth -= 1;
                    self.i += 1;
                }
                b'}' if depth > 0 => {
                    depth -= 1;
                    self.i += 1;
                }
                b'}' | b':' if depth == 0 => {
                    expr_end = i;
                    break;
                }
                b'!' if depth == 0 => {
                    if self.b.get(i + 1) == Some(&b'=') {
                        self.i += 2;
                    } else {
                        expr_end = i;
                        break;
                    }
                }
                b'=' | b'<' | b'>' => {
                    if self.b.get(i + 1) == Some(&b'=') {
                        self.i += 2;
                    } else if c == b'=' && depth == 0 {
                        expr_end = i;
                        let mut j = i + 1;
                        while j < self.b.len()
                            && matches!(self.b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
                        {
                            j += 1;
                        }
                        debug_text = Some(self.src[expr_start..j].to_string());
                        self.i = j;
                        break;
                    } else {
                        self.i += 1;
                    }
                }
                b'#' => {
                    while self.i < self.b.len() && !matches!(self.b[self.i], b'\n' | b'\r') {
                        self.i += 1;
                    }
                }
                b'\\' => self.i += 1 + self.b.get(i + 1).map_or(0, |_| self.char_len(i + 1)),
                _ => self.i += 1,
            }
        }
        let expr_text = &self.src[expr_start..expr_end];
        if expr_text
            .trim_matches(|ch: char| ch.is_ascii_whitespace() || ch == '\x0c')
            .is_empty()
        {
            let what = self.b[expr_end] as char;
            return Err(err(
                &format!("f-string: valid expression required before '{what}'"),
                expr_end,
            ));
        }
        let mut conversion = None;
        if self.b.get(self.i) == Some(&b'!') {
            self.i += 1;
            let start = self.i;
            let mut j = start;
            while j < self.b.len() && (self.b[j].is_ascii_alphanumeric() || self.b[j] == b'_') {
                j += 1;
            }
            let name = &self.src[start..j];
            if name.is_empty() {
                return Err(err("f-string: missing conversion character", start));
            }
            if !matches!(name, "r" | "s" | "a") {
                return Err(err(
                    &format!("f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'"),
                    start,
                ));
            }
            conversion = name.chars().next();
            self.i = j;
            if !matches!(self.b.get(self.i), Some(b':') | Some(b'}')) {
                return Err(err("f-string: expecting '}'", self.i));
            }
        }
        let mut spec = None;
        let mut spec_span = Span::default();
        if self.b.get(self.i) == Some(&b':') {
            let colon = self.i;
            self.i += 1;
            spec = Some(self.literal_parts(true)?);
            spec_span = Span::new(colon, self.i);
        }
        if self.b.get(self.i) != Some(&b'}') {
            if self.i >= self.b.len() {
                return Err(self.unterminated(self.i));
            }
            return Err(err("f-string: expecting '}'", self.i));
        }
        self.i += 1;
        Ok(FField {
            expr: Span::new(expr_start, expr_end),
            debug_text,
            conversion,
            spec,
            spec_span,
            span: Span::new(field_start, self.i),
        })
    }

    /// Skips a string literal nested in a replacement field: `start` is its first byte (prefix
    /// included), `q` its opening quote.
    fn nested_string(&mut self, start: usize, q: usize) -> Result<(), SyntaxError> {
        let prefix = Prefix::parse(&self.src[start..q]);
        let quote = self.b[q];
        let triple = self.b.get(q + 1) == Some(&quote) && self.b.get(q + 2) == Some(&quote);
        let body = q + if triple { 3 } else { 1 };
        let res = if prefix.fstr {
            if self.depth + 1 >= MAX_FSTRING_LEVEL {
                return Err(err("too many nested f-strings or t-strings", q));
            }
            scan_nested(
                self.src,
                start,
                body,
                quote,
                triple,
                prefix.raw,
                self.depth + 1,
            )
            .map(|(end, _)| end)
        } else {
            scan_plain(self.src, start, body, quote, triple)
        };
        match res {
            Ok(end) => {
                self.i = end + if triple { 3 } else { 1 };
                Ok(())
            }
            Err(e)
                if e.msg.starts_with("unterminated")
                    && quote == self.quote
                    && triple == self.triple =>
            {
                Err(err("f-string: expecting '}'", start))
            }
            Err(e) => Err(e),
        }
    }
}
