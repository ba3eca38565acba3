//! The tokenizer: a logos DFA for raw tokens, hand-written scanners for numbers and string
//! literals, and [`crate::indent`] for INDENT/DEDENT. Produces `(start, Tok, end)` triples
//! (byte offsets into the whole source) for the LALRPOP parser.
//!
//! Never panics: bad input yields an `Err(SyntaxError)` item, after which the stream ends.

use std::collections::VecDeque;

use logos::Logos;
use num_bigint::BigInt;

use crate::ast::Span;
use crate::error::{SyntaxError, SyntaxErrorType};
use crate::fstring::scan_fstring;
use crate::indent::{IndentAction, IndentStack};
use crate::strings::{decode_bytes, decode_str, scan_plain, Prefix};
use crate::token::{StrLit, Tok};

pub type Spanned = (usize, Tok, usize);

/// Raw tokens recognized by the logos DFA. Whitespace and comments are skipped; numbers and
/// strings are only recognized by their first characters and finished by hand.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[a-zA-Z_][a-zA-Z0-9_]*")]
    Name,
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#)]
    StrStart,
    #[regex(r"[0-9]|\.[0-9]")]
    NumStart,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
}

fn simple_tok(raw: Raw) -> Option<Tok> {
    Some(match raw {
        Raw::Lpar => Tok::Lpar,
        Raw::Rpar => Tok::Rpar,
        Raw::Lsqb => Tok::Lsqb,
        Raw::Rsqb => Tok::Rsqb,
        Raw::Lbrace => Tok::Lbrace,
        Raw::Rbrace => Tok::Rbrace,
        Raw::Colon => Tok::Colon,
        Raw::Comma => Tok::Comma,
        Raw::Semi => Tok::Semi,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::VBar => Tok::VBar,
        Raw::Amper => Tok::Amper,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::Equal => Tok::Equal,
        Raw::Dot => Tok::Dot,
        Raw::Percent => Tok::Percent,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::Tilde => Tok::Tilde,
        Raw::Circumflex => Tok::Circumflex,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinEqual => Tok::MinEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::At => Tok::At,
        Raw::AtEqual => Tok::AtEqual,
        Raw::Rarrow => Tok::Rarrow,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::Exclamation => Tok::Exclamation,
        _ => return None,
    })
}

fn is_ident_continue(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || (!c.is_ascii() && (c.is_alphanumeric() || is_combining(c)))
}

/// Python's `not str.isprintable()` for a non-ASCII character that cannot start a name
/// (approximated: separators, controls and the common format characters).
fn is_non_printable(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe000..=0xf8ff)
}

/// A name made only of string-prefix letters directly followed by a quote, whose letters
/// CPython 3.14 accepts as a prefix but rejects in combination (`bf''`, `ur''`), or a
/// template string (`t''`), which ouro does not support.
fn bad_string_prefix(src: &str, start: usize, end: usize) -> Option<SyntaxError> {
    if !matches!(src.as_bytes().get(end), Some(b'\'' | b'"')) {
        return None;
    }
    let (mut b, mut r, mut u, mut f, mut t) = (false, false, false, false, false);
    for c in src[start..end].chars() {
        let seen = match c.to_ascii_lowercase() {
            'b' => &mut b,
            'r' => &mut r,
            'u' => &mut u,
            'f' => &mut f,
            't' => &mut t,
            _ => return None,
        };
        if *seen {
            return None;
        }
        *seen = true;
    }
    let pair = if u && b {
        ("u", "b")
    } else if u && r {
        ("u", "r")
    } else if u && f {
        ("u", "f")
    } else if u && t {
        ("u", "t")
    } else if b && f {
        ("b", "f")
    } else if b && t {
        ("b", "t")
    } else if f && t {
        ("f", "t")
    } else if t {
        return Some(SyntaxError::syntax(
            "template strings (t-strings) are not supported",
            Span::new(start, end),
        ));
    } else {
        return None;
    };
    Some(SyntaxError::syntax(
        format!("'{}' and '{}' prefixes are incompatible", pair.0, pair.1),
        Span::new(start, end),
    ))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f | 0x200c | 0x200d)
}

/// What kind of input the tokenizer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A whole file: NEWLINE/INDENT/DEDENT are produced.
    Module,
    /// The expression of an f-string replacement field: lexed as if inside parentheses.
    FExpr,
}

pub struct Tokenizer<'s> {
    src: &'s str,
    lex: logos::Lexer<'s, Raw>,
    mode: Mode,
    pending: VecDeque<Spanned>,
    indents: IndentStack,
    /// Open brackets: the bracket and its offset.
    parens: Vec<(u8, usize)>,
    at_line_start: bool,
    /// Start of the current physical line.
    finished: bool,
    pub(crate) failed: bool,
    /// Set when the stream ended with "'(' was never closed".
    pub unclosed_at_eof: Option<usize>,
    /// Every token produced so far (for error messages).
    pub history: Vec<Spanned>,
    started: bool,
    /// End of the last token produced.
    last_end: usize,
}

impl<'s> Tokenizer<'s> {
    pub fn new(src: &'s str, mode: Mode) -> Tokenizer<'s> {
        Tokenizer::range(src, 0, src.len(), mode)
    }

    /// Tokenizes `src[start..end]`, spans relative to the whole `src`.
    pub fn range(src: &'s str, start: usize, end: usize, mode: Mode) -> Tokenizer<'s> {
        let mut lex = Raw::lexer(&src[..end]);
        // A UTF-8 byte order mark at the start of a file is not part of the program.
        let start = if start == 0 && src.starts_with('\u{feff}') {
            3
        } else {
            start
        };
        lex.bump(start);
        Tokenizer {
            src,
            lex,
            mode,
            pending: VecDeque::new(),
            indents: IndentStack::new(),
            parens: Vec::new(),
            at_line_start: mode == Mode::Module,
            finished: false,
            failed: false,
            unclosed_at_eof: None,
            history: Vec::new(),
            started: false,
            last_end: start,
        }
    }

    pub fn source(&self) -> &'s str {
        self.src
    }

    fn end(&self) -> usize {
        self.lex.source().len()
    }

    /// Line start offset for `pos`.
    fn line_start(&self, pos: usize) -> usize {
        let b = self.src.as_bytes();
        let mut i = pos;
        while i > 0 && b[i - 1] != b'\n' && b[i - 1] != b'\r' {
            i -= 1;
        }
        i
    }

    fn line_end(&self, pos: usize) -> usize {
        let b = self.src.as_bytes();
        let mut i = pos;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        i
    }

    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.pending.push_back((start, tok, end));
    }

    fn fail(&mut self, e: SyntaxError) -> Option<Result<Spanned, SyntaxError>> {
        self.failed = true;
        self.pending.clear();
        Some(Err(e))
    }

    /// Emits INDENT/DEDENT (or fails) for the first token of a logical line at `pos`.
    fn indentation(&mut self, pos: usize) -> Result<(), SyntaxError> {
        let ls = self.line_start(pos);
        let ws: &str = &self.src[ls..pos];
        let ws_end = ws
            .find(|c: char| c != ' ' && c != '\t' && c != '\x0c')
            .unwrap_or(ws.len());
        match self.indents.measure(&ws[..ws_end]) {
            Ok(IndentAction::None) => {}
            Ok(IndentAction::Indent) if self.indents.depth() >= 100 => {
                // CPython's tokenizer MAXINDENT.
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    Span::new(ls, ls),
                ));
            }
            Ok(IndentAction::Indent) => self.push(ls, Tok::Indent, pos),
            Ok(IndentAction::Dedent(n)) => {
                for _ in 0..n {
                    self.push(pos, Tok::Dedent, pos);
                }
            }
            Err(kind) => {
                return Err(match kind {
                    SyntaxErrorType::TabError => SyntaxError::new(
                        SyntaxErrorType::TabError,
                        "inconsistent use of tabs and spaces in indentation",
                        Span::new(ls, ls),
                    ),
                    _ => {
                        let le = self.line_end(pos);
                        SyntaxError::indentation(
                            "unindent does not match any outer indentation level",
                            Span::new(le, le),
                        )
                    }
                })
            }
        }
        Ok(())
    }

    fn open(&mut self, c: u8, pos: usize) -> Result<(), SyntaxError> {
        // CPython's tokenizer MAXLEVEL.
        if self.parens.len() >= 200 {
            return Err(SyntaxError::syntax(
                "too many nested parentheses",
                Span::new(pos, pos + 1),
            ));
        }
        self.parens.push((c, pos));
        Ok(())
    }

    fn close(&mut self, c: u8, pos: usize) -> Result<(), SyntaxError> {
        let span = Span::new(pos, pos + 1);
        match self.parens.pop() {
            None => Err(SyntaxError::syntax(
                format!("unmatched '{}'", c as char),
                span,
            )),
            Some((o, opos)) => {
                let expected = match o {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if expected == c {
                    Ok(())
                } else {
                    let ol = crate::strings::line_of(self.src, opos);
                    let cl = crate::strings::line_of(self.src, pos);
                    let msg = if ol != cl {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c as char, o as char, ol
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, o as char
                        )
                    };
                    Err(SyntaxError::syntax(msg, span))
                }
            }
        }
    }

    fn eof(&mut self) -> Result<(), SyntaxError> {
        let end = self.end();
        self.finished = true;
        if self.mode == Mode::FExpr {
            return Ok(());
        }
        if let Some(&(c, pos)) = self.parens.last() {
            self.unclosed_at_eof = Some(pos);
            return Err(SyntaxError::syntax(
                format!("'{}' was never closed", c as char),
                Span::new(pos, pos + 1),
            )
            .incomplete());
        }
        if !self.at_line_start {
            self.push(end, Tok::Newline, end);
        }
        for _ in 0..self.indents.dedent_all() {
            self.push(end, Tok::Dedent, end);
        }
        Ok(())
    }

    /// Finishes a number starting at `start` (CPython's tokenizer rules and messages).
    fn number(&mut self, start: usize) -> Result<(Tok, usize), SyntaxError> {
        let (tok, end) = scan_number(self.src, start, self.end())?;
        Ok((tok, end))
    }

    fn string(&mut self, start: usize, quote_pos: usize) -> Result<(Tok, usize), SyntaxError> {
        let src = self.src;
        let b = src.as_bytes();
        let prefix = Prefix::parse(&src[start..quote_pos]);
        let quote = b[quote_pos];
        let triple = b.get(quote_pos + 1) == Some(&quote) && b.get(quote_pos + 2) == Some(&quote);
        let qlen = if triple { 3 } else { 1 };
        let body_start = quote_pos + qlen;
        if prefix.fstr {
            let (close, parts) = scan_fstring(src, start, body_start, quote, triple, prefix.raw)?;
            return Ok((Tok::Str(StrLit::FStr(parts)), close + qlen));
        }
        let close = scan_plain(src, start, body_start, quote, triple)?;
        let end = close + qlen;
        let body = &src[body_start..close];
        let span = Span::new(start, end);
        let lit = if prefix.bytes {
            if !body.is_ascii() {
                return Err(SyntaxError::syntax(
                    "bytes can only contain ASCII literal characters",
                    span,
                ));
            }
            StrLit::Bytes(
                decode_bytes(body, prefix.raw).map_err(|e| SyntaxError::syntax(e.msg, span))?,
            )
        } else {
            StrLit::Str(decode_str(body, prefix.raw).map_err(|e| SyntaxError::syntax(e.msg, span))?)
        };
        Ok((Tok::Str(lit), end))
    }

    fn next_token(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        if !self.started {
            self.started = true;
            if self.mode == Mode::FExpr {
                self.parens.push((b'(', 0));
                let p = self.lex.span().end;
                return Some(Ok((p, Tok::StartExpr, p)));
            }
            return Some(Ok((0, Tok::StartModule, 0)));
        }
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(Ok(t));
            }
            if self.finished || self.failed {
                return None;
            }
            let Some(raw) = self.lex.next() else {
                if let Err(e) = self.eof() {
                    return self.fail(e);
                }
                continue;
            };
            let span = self.lex.span();
            let (start, end) = (span.start, span.end);
            let raw = match raw {
                Ok(r) => r,
                Err(()) => {
                    // An ASCII character Python does not use ($, ?, `): an unparsable token.
                    if self.at_line_start && self.parens.is_empty() {
                        self.at_line_start = false;
                        if let Err(e) = self.indentation(start) {
                            return self.fail(e);
                        }
                    }
                    let c = self.src[start..].chars().next().unwrap_or('\0');
                    if c == '\0' {
                        return self.fail(
                            SyntaxError::syntax(
                                "source code cannot contain null bytes",
                                Span::new(start, start),
                            )
                            .no_caret(),
                        );
                    }
                    self.push(start, Tok::Exclamation, end);
                    // Mark as invalid: '!' is never accepted by the grammar.
                    continue;
                }
            };
            match raw {
                Raw::Newline => {
                    if self.parens.is_empty() && !self.at_line_start {
                        self.at_line_start = true;
                        // Like CPython's, a NEWLINE token after a comment starts at the '#'
                        // and ends before the line break.
                        let between = &self.src[self.last_end.min(start)..start];
                        return Some(Ok(match between.find('#') {
                            Some(h) => (self.last_end + h, Tok::Newline, start),
                            None => (start, Tok::Newline, end),
                        }));
                    }
                    continue;
                }
                Raw::Continuation => {
                    if end >= self.src.len() {
                        let e = SyntaxError::syntax(
                            "unexpected EOF while parsing",
                            Span::new(start + 1, start + 1),
                        )
                        .incomplete();
                        return self.fail(e);
                    }
                    continue;
                }
                Raw::Backslash => {
                    let e = if end >= self.src.len() {
                        SyntaxError::syntax("unexpected EOF while parsing", Span::new(end, end))
                            .incomplete()
                    } else {
                        SyntaxError::syntax(
                            "unexpected character after line continuation character",
                            Span::new(end, end),
                        )
                    };
                    return self.fail(e);
                }
                _ => {}
            }
            if self.at_line_start && self.parens.is_empty() {
                self.at_line_start = false;
                if let Err(e) = self.indentation(start) {
                    return self.fail(e);
                }
            }
            self.at_line_start = false;
            let result: Result<Spanned, SyntaxError> = match raw {
                Raw::Name | Raw::NonAscii => {
                    let first = self.src[start..].chars().next().unwrap_or(' ');
                    if raw == Raw::NonAscii && !(first.is_alphabetic() || first == '_') {
                        let msg = if is_non_printable(first) {
                            format!("invalid non-printable character U+{:04X}", first as u32)
                        } else {
                            format!("invalid character '{}' (U+{:04X})", first, first as u32)
                        };
                        Err(SyntaxError::syntax(msg, Span::new(start, end)))
                    } else if let Some(e) = bad_string_prefix(self.src, start, end) {
                        Err(e)
                    } else {
                        // Extend over non-ASCII identifier characters.
                        let limit = self.end();
                        let mut e = end;
                        for c in self.src[end..limit].chars() {
                            if is_ident_continue(c) {
                                e += c.len_utf8();
                            } else {
                                break;
                            }
                        }
                        // A non-ASCII name may end right before a string quote: `é"x"` is
                        // two tokens, fine.
                        self.lex.bump(e - end);
                        let text = &self.src[start..e];
                        let tok = Tok::keyword(text).unwrap_or_else(|| Tok::Name(text.to_string()));
                        Ok((start, tok, e))
                    }
                }
                Raw::StrStart => match self.string(start, end - 1) {
                    Ok((tok, e)) => {
                        self.lex.bump(e.min(self.end()) - end);
                        Ok((start, tok, e))
                    }
                    Err(e) => Err(e),
                },
                Raw::NumStart => match self.number(start) {
                    Ok((tok, e)) => {
                        self.lex.bump(e - end);
                        Ok((start, tok, e))
                    }
                    Err(e) => Err(e),
                },
                Raw::Lpar | Raw::Lsqb | Raw::Lbrace => self
                    .open(self.src.as_bytes()[start], start)
                    .map(|()| (start, simple_tok(raw).unwrap(), end)),
                Raw::Rpar | Raw::Rsqb | Raw::Rbrace => {
                    let c = self.src.as_bytes()[start];
                    if self.mode == Mode::FExpr && self.parens.len() == 1 {
                        Err(SyntaxError::syntax(
                            format!("f-string: unmatched '{}'", c as char),
                            Span::new(start, end),
                        ))
                    } else {
                        self.close(c, start)
                            .map(|()| (start, simple_tok(raw).unwrap(), end))
                    }
                }
                other => Ok((start, simple_tok(other).unwrap_or(Tok::Exclamation), end)),
            };
            match result {
                Ok(t) => {
                    if self.pending.is_empty() {
                        return Some(Ok(t));
                    }
                    self.pending.push_back(t);
                }
                Err(e) => return self.fail(e),
            }
        }
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.next_token();
        if let Some(Ok(t)) = &item {
            self.last_end = self.last_end.max(t.2);
            self.history.push(t.clone());
        }
        item
    }
}

/// Scans a numeric literal starting at `start`, following CPython's tokenizer (including its
/// error messages and caret positions). Returns the token and its end offset.
pub fn scan_number(src: &str, start: usize, limit: usize) -> Result<(Tok, usize), SyntaxError> {
    let b = &src.as_bytes()[..limit];
    let at = |i: usize| -> u8 { b.get(i).copied().unwrap_or(0) };
    // An error whose caret sits on the character before `i` (CPython backs up, then reports).
    let before = |i: usize, msg: &str| SyntaxError::syntax(msg, Span::new(i - 1, i));
    let on = |i: usize, msg: String| SyntaxError::syntax(msg, Span::new(i, i + 1));
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    // CPython lets a number be directly followed by some keywords (with a warning).
    let keyword_follows = |i: usize| -> bool {
        let rest = &b[i..];
        let kw = |k: &[u8]| rest.starts_with(k);
        match at(i) {
            b'a' => kw(b"and"),
            b'e' => kw(b"else"),
            b'f' => kw(b"for"),
            b'i' => matches!(at(i + 1), b'f' | b'n' | b's'),
            b'o' => kw(b"or"),
            b'n' => kw(b"not"),
            _ => false,
        }
    };
    let verify_end = |i: usize, kind: &str| -> Result<(), SyntaxError> {
        if keyword_follows(i) {
            return Ok(());
        }
        if is_ident(at(i)) {
            return Err(
                before(i + 1, &format!("invalid {kind} literal")).with_span(Span::new(i - 1, i))
            );
        }
        Ok(())
    };
    // Digits with single underscores between them, starting at `i` (which holds a digit).
    let decimal_tail = |mut i: usize| -> Result<usize, SyntaxError> {
        loop {
            while at(i).is_ascii_digit() {
                i += 1;
            }
            if at(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !at(i).is_ascii_digit() {
                return Err(before(i, "invalid decimal literal"));
            }
        }
    };
    let int_tok = |digits: &str, radix: u32| -> Tok {
        let clean: String = digits.chars().filter(|&c| c != '_').collect();
        Tok::Int(BigInt::parse_bytes(clean.as_bytes(), radix).unwrap_or_default())
    };
    let imaginary = |i: usize| -> Result<(Tok, usize), SyntaxError> {
        // i is just past the 'j'.
        verify_end(i, "imaginary")?;
        Err(SyntaxError::syntax(
            "complex literals are not supported",
            Span::new(start, i),
        ))
    };
    let float_tok = |end: usize| -> Tok {
        let clean: String = src[start..end].chars().filter(|&c| c != '_').collect();
        Tok::Float(clean.parse::<f64>().unwrap_or(f64::INFINITY))
    };

    let mut i = start;
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, kind) = match at(i + 1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            _ => (2, "binary"),
        };
        let is_digit = |c: u8| (c as char).is_digit(radix);
        i += 2;
        loop {
            if at(i) == b'_' {
                i += 1;
            }
            if !is_digit(at(i)) {
                if radix != 16 && at(i).is_ascii_digit() {
                    return Err(on(
                        i,
                        format!("invalid digit '{}' in {kind} literal", at(i) as char),
                    ));
                }
                return Err(before(i, &format!("invalid {kind} literal")));
            }
            while is_digit(at(i)) {
                i += 1;
            }
            if at(i) != b'_' {
                break;
            }
        }
        if radix != 16 && at(i).is_ascii_digit() {
            return Err(on(
                i,
                format!("invalid digit '{}' in {kind} literal", at(i) as char),
            ));
        }
        verify_end(i, kind)?;
        return Ok((int_tok(&src[start + 2..i], radix), i));
    }

    let mut fraction_from = None;
    if at(i) == b'0' {
        // Zeros (possibly "0_0"), then maybe a disallowed decimal with leading zeros.
        i += 1;
        loop {
            if at(i) == b'_' {
                i += 1;
                if !at(i).is_ascii_digit() {
                    return Err(before(i, "invalid decimal literal"));
                }
            }
            if at(i) != b'0' {
                break;
            }
            i += 1;
        }
        let zeros_end = i;
        let mut nonzero = false;
        if at(i).is_ascii_digit() {
            nonzero = true;
            i = decimal_tail(i)?;
        }
        match at(i) {
            b'.' => fraction_from = Some(i + 1),
            b'e' | b'E' => {}
            b'j' | b'J' => return imaginary(i + 1),
            _ => {
                if nonzero {
                    return Err(SyntaxError::syntax(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        Span::new(start, zeros_end),
                    ));
                }
                verify_end(i, "decimal")?;
                return Ok((Tok::Int(BigInt::from(0)), i));
            }
        }
    } else if at(i) == b'.' {
        fraction_from = Some(i + 1);
    } else {
        i = decimal_tail(i)?;
        if at(i) == b'.' {
            fraction_from = Some(i + 1);
        }
    }
    let mut is_float = false;
    if let Some(f) = fraction_from {
        is_float = true;
        i = f;
        if at(i).is_ascii_digit() {
            i = decimal_tail(i)?;
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
            if !at(i).is_ascii_digit() {
                return Err(before(i, "invalid decimal literal"));
            }
        } else if !at(i).is_ascii_digit() {
            // Not an exponent after all: `1else`, or an error like `1ex`.
            verify_end(e, "decimal")?;
            let tok = if is_float {
                float_tok(e)
            } else {
                int_tok(&src[start..e], 10)
            };
            return Ok((tok, e));
        }
        i = decimal_tail(i)?;
        is_float = true;
    }
    if matches!(at(i), b'j' | b'J') {
        return imaginary(i + 1);
    }
    verify_end(i, "decimal")?;
    let tok = if is_float {
        float_tok(i)
    } else {
        int_tok(&src[start..i], 10)
    };
    Ok((tok, i))
}

impl SyntaxError {
    fn with_span(mut self, span: Span) -> SyntaxError {
        self.span = span;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        Tokenizer::new(src, Mode::Module)
            .map(|r| r.map(|(_, t, _)| t))
            .collect::<Result<Vec<_>, _>>()
            .unwrap_or_else(|e| panic!("{src:?}: {e}"))
    }

    fn lex_err(src: &str) -> SyntaxError {
        Tokenizer::new(src, Mode::Module)
            .find_map(|r| r.err())
            .unwrap_or_else(|| panic!("{src:?} lexed"))
    }

    fn name(s: &str) -> Tok {
        Tok::Name(s.into())
    }

    fn int(n: i64) -> Tok {
        Tok::Int(BigInt::from(n))
    }

    #[test]
    fn indentation_all_line_endings() {
        for nl in ["\n", "\r\n", "\r"] {
            let src = format!("if x:{nl}    y = 1{nl}{nl}    # c{nl}  {nl}    z{nl}w{nl}");
            assert_eq!(
                toks(&src),
                vec![
                    Tok::StartModule,
                    Tok::If,
                    name("x"),
                    Tok::Colon,
                    Tok::Newline,
                    Tok::Indent,
                    name("y"),
                    Tok::Equal,
                    int(1),
                    Tok::Newline,
                    name("z"),
                    Tok::Newline,
                    Tok::Dedent,
                    name("w"),
                    Tok::Newline,
                ],
                "{nl:?}"
            );
        }
    }

    #[test]
    fn eof_without_newline_closes_blocks() {
        assert_eq!(
            toks("if x:\n  if y:\n    z"),
            vec![
                Tok::StartModule,
                Tok::If,
                name("x"),
                Tok::Colon,
                Tok::Newline,
                Tok::Indent,
                Tok::If,
                name("y"),
                Tok::Colon,
                Tok::Newline,
                Tok::Indent,
                name("z"),
                Tok::Newline,
                Tok::Dedent,
                Tok::Dedent,
            ]
        );
        assert_eq!(toks(""), vec![Tok::StartModule]);
        assert_eq!(toks("\n\n# only a comment"), vec![Tok::StartModule]);
    }

    #[test]
    fn brackets_and_continuation_join_lines() {
        for nl in ["\n", "\r\n", "\r"] {
            let src = format!("x = (1,{nl}  2) + \\{nl}  3{nl}");
            assert_eq!(
                toks(&src),
                vec![
                    Tok::StartModule,
                    name("x"),
                    Tok::Equal,
                    Tok::Lpar,
                    int(1),
                    Tok::Comma,
                    int(2),
                    Tok::Rpar,
                    Tok::Plus,
                    int(3),
                    Tok::Newline,
                ]
            );
        }
    }

    #[test]
    fn tabs() {
        // A tab and 8 spaces are the same column under tab size 8, different under 1.
        let e = lex_err("if x:\n        a\n\tb\n");
        assert_eq!(e.error_type, SyntaxErrorType::TabError);
        // Consistent tabs are fine.
        assert!(Tokenizer::new("if x:\n\tif y:\n\t\tz\n\tw\n", Mode::Module).all(|r| r.is_ok()));
        let e = lex_err("if x:\n        a = 1\n    b = 2\n");
        assert_eq!(e.msg, "unindent does not match any outer indentation level");
        assert_eq!(e.error_type, SyntaxErrorType::IndentationError);
    }

    #[test]
    fn operators() {
        assert_eq!(
            toks("a := b -> c **= d //= e >>= f <<= g @= h ... != ->"),
            vec![
                Tok::StartModule,
                name("a"),
                Tok::ColonEqual,
                name("b"),
                Tok::Rarrow,
                name("c"),
                Tok::DoubleStarEqual,
                name("d"),
                Tok::DoubleSlashEqual,
                name("e"),
                Tok::RightShiftEqual,
                name("f"),
                Tok::LeftShiftEqual,
                name("g"),
                Tok::AtEqual,
                name("h"),
                Tok::Ellipsis,
                Tok::NotEqual,
                Tok::Rarrow,
                Tok::Newline,
            ]
        );
    }

    #[test]
    fn names_and_keywords() {
        assert_eq!(
            toks("café = None; match _ λx"),
            vec![
                Tok::StartModule,
                name("café"),
                Tok::Equal,
                Tok::None,
                Tok::Semi,
                name("match"),
                name("_"),
                name("λx"),
                Tok::Newline
            ]
        );
        let e = lex_err("x = 1 € 2");
        assert_eq!(e.msg, "invalid character '€' (U+20AC)");
    }

    fn num(src: &str) -> Tok {
        scan_number(src, 0, src.len())
            .map(|(t, _)| t)
            .unwrap_or_else(|e| panic!("{src}: {e}"))
    }

    fn num_err(src: &str) -> String {
        scan_number(src, 0, src.len()).err().unwrap().msg
    }

    #[test]
    fn numbers() {
        assert_eq!(num("0"), int(0));
        assert_eq!(num("0_0"), int(0));
        assert_eq!(num("1_000"), int(1000));
        assert_eq!(num("0x_ff"), int(255));
        assert_eq!(num("0o17"), int(15));
        assert_eq!(num("0B101"), int(5));
        assert_eq!(
            num("123456789012345678901234567890"),
            Tok::Int("123456789012345678901234567890".parse().unwrap())
        );
        assert_eq!(num("1."), Tok::Float(1.0));
        assert_eq!(num(".5"), Tok::Float(0.5));
        assert_eq!(num("1e10"), Tok::Float(1e10));
        assert_eq!(num("1_000.5"), Tok::Float(1000.5));
        assert_eq!(num("1E-3"), Tok::Float(1e-3));
        assert_eq!(num("0.0e0"), Tok::Float(0.0));
        assert_eq!(num("00.5"), Tok::Float(0.5));
        assert_eq!(num("1else"), int(1));
        assert_eq!(
            num_err("012"),
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
        );
        assert_eq!(num_err("1abc"), "invalid decimal literal");
        assert_eq!(num_err("1_"), "invalid decimal literal");
        assert_eq!(num_err("0x"), "invalid hexadecimal literal");
        assert_eq!(num_err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(num_err("0b12"), "invalid digit '2' in binary literal");
        assert_eq!(num_err("1j"), "complex literals are not supported");
        assert_eq!(num_err("1jx"), "invalid imaginary literal");
    }

    fn s(src: &str) -> StrLit {
        match &toks(src)[1] {
            Tok::Str(l) => l.clone(),
            t => panic!("{t:?}"),
        }
    }

    #[test]
    fn strings() {
        assert_eq!(s(r#"'a\nb'"#), StrLit::Str("a\nb".into()));
        assert_eq!(s(r#"R'a\nb'"#), StrLit::Str("a\\nb".into()));
        assert_eq!(s(r#"u"x""#), StrLit::Str("x".into()));
        assert_eq!(s(r#"b'\x00a'"#), StrLit::Bytes(vec![0, b'a']));
        assert_eq!(s(r#"Rb'\x00'"#), StrLit::Bytes(b"\\x00".to_vec()));
        assert_eq!(s(r#"bR'\x00'"#), StrLit::Bytes(b"\\x00".to_vec()));
        assert_eq!(s("'''a\r\nb'''"), StrLit::Str("a\nb".into()));
        assert_eq!(s("\"\"\"a\"b\"\"c\"\"\""), StrLit::Str("a\"b\"\"c".into()));
        assert_eq!(s("'a\\\nb'"), StrLit::Str("ab".into()));
        assert_eq!(s(r#"'it\'s'"#), StrLit::Str("it's".into()));
        assert_eq!(s(r#"r'\''"#), StrLit::Str("\\'".into()));
        assert_eq!(
            lex_err("x = 'abc\n").msg,
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            lex_err("x = '''abc\n\nfoo\n").msg,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert!(lex_err("x = '''abc\n").incomplete);
        assert_eq!(
            lex_err("b'é'").msg,
            "bytes can only contain ASCII literal characters"
        );
        assert_eq!(
            lex_err("x = bf''").msg,
            "'b' and 'f' prefixes are incompatible"
        );
        assert_eq!(
            lex_err("x = 'abc\\'").msg,
            "unterminated string literal (detected at line 1); perhaps you escaped the end quote?"
        );
    }

    #[test]
    fn fstring_parts() {
        use crate::token::{FField, FPart};
        let src = "f'a{{{x!r:>{w}}}}b{ y = }'";
        let StrLit::FStr(parts) = s(src) else {
            panic!()
        };
        let sp = |a: usize, b: usize| Span::new(a, b);
        assert_eq!(
            parts,
            vec![
                FPart::Lit("a{".into(), sp(2, 5)),
                FPart::Field(FField {
                    expr: sp(6, 7),
                    debug_text: None,
                    conversion: Some('r'),
                    spec: Some(vec![
                        FPart::Lit(">".into(), sp(10, 11)),
                        FPart::Field(FField {
                            expr: sp(12, 13),
                            debug_text: None,
                            conversion: None,
                            spec: None,
                            spec_span: Span::default(),
                            span: sp(11, 14),
                        }),
                    ]),
                    spec_span: sp(9, 14),
                    span: sp(5, 15),
                }),
                FPart::Lit("}b".into(), sp(15, 18)),
                FPart::Field(FField {
                    expr: sp(19, 22),
                    debug_text: Some(" y = ".into()),
                    conversion: None,
                    spec: None,
                    spec_span: Span::default(),
                    span: sp(18, 25),
                }),
            ]
        );
        // Nested quotes of the same kind (PEP 701) and a nested f-string.
        let StrLit::FStr(parts) = s(r#"f"{d["k"]}{f"{1}"}""#) else {
            panic!()
        };
        assert_eq!(parts.len(), 2);
        assert_eq!(
            lex_err("f'{}'").msg,
            "f-string: valid expression required before '}'"
        );
        assert_eq!(lex_err("f'}'").msg, "f-string: single '}' is not allowed");
        assert_eq!(
            lex_err("f'{x!z}'").msg,
            "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'"
        );
        assert_eq!(lex_err("f'{x'").msg, "f-string: expecting '}'");
        assert!(lex_err("f'''{x").incomplete);
    }
}
