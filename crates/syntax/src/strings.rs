//! String literals: finding where one ends, and decoding escape sequences.
//!
//! Positions are byte offsets into the whole source. Errors carry CPython's messages and the
//! span CPython's carets cover.

use crate::ast::Span;
use crate::error::SyntaxError;

/// The prefix flags of a string literal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstr: bool,
}

impl Prefix {
    pub fn parse(prefix: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in prefix.chars() {
            match c {
                'r' | 'R' => p.raw = true,
                'b' | 'B' => p.bytes = true,
                'f' | 'F' => p.fstr = true,
                _ => {}
            }
        }
        p
    }
}

/// 1-based line of `offset` (counting `\n`, `\r\n` and lone `\r`).
pub fn line_of(src: &str, offset: usize) -> u32 {
    let bytes = &src.as_bytes()[..offset.min(src.len())];
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// CPython's "detected at line N" for an unterminated triple-quoted string: the line of the
/// last character of the source.
pub fn last_line(src: &str) -> u32 {
    if src.is_empty() {
        1
    } else {
        line_of(src, src.len() - 1)
    }
}

pub fn unterminated(
    src: &str,
    tok_start: usize,
    triple: bool,
    fstr: bool,
    detected_at: usize,
) -> SyntaxError {
    let kind = match (triple, fstr) {
        (false, false) => "string literal",
        (true, false) => "triple-quoted string literal",
        (false, true) => "f-string literal",
        (true, true) => "triple-quoted f-string literal",
    };
    let line = if triple {
        last_line(src)
    } else {
        line_of(src, detected_at)
    };
    let err = SyntaxError::syntax(
        format!("unterminated {kind} (detected at line {line})"),
        Span::new(tok_start, tok_start),
    );
    if triple {
        err.incomplete()
    } else {
        err
    }
}

/// Scans a plain (non-f) string body starting at `pos` (just after the opening quote(s)).
/// Returns the offset of the closing quote(s).
pub fn scan_plain(
    src: &str,
    tok_start: usize,
    pos: usize,
    quote: u8,
    triple: bool,
) -> Result<usize, SyntaxError> {
    let b = src.as_bytes();
    let mut i = pos;
    let mut escaped_quote = false;
    let fail = |at: usize, escaped_quote: bool| {
        let mut e = unterminated(src, tok_start, triple, false, at);
        if escaped_quote && !triple {
            e.msg.push_str("; perhaps you escaped the end quote?");
        }
        e
    };
    loop {
        if i >= b.len() {
            return Err(fail(i, escaped_quote));
        }
        let c = b[i];
        if c == b'\\' {
            i += 1;
            if i < b.len() {
                escaped_quote |= b[i] == quote;
                if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
            }
            continue;
        }
        if c == quote {
            if !triple {
                return Ok(i);
            }
            if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                return Ok(i);
            }
        } else if (c == b'\n' || c == b'\r') && !triple {
            return Err(fail(i, escaped_quote));
        }
        i += 1;
    }
}

/// An escape-decoding failure: CPython's message, positioned relative to the body.
pub struct DecodeError {
    pub msg: String,
}

/// Normalizes `\r\n` and lone `\r` to `\n` (Python reads source with universal newlines).
fn push_text(out: &mut String, text: &str) {
    if !text.contains('\r') {
        out.push_str(text);
        return;
    }
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
}

/// Decodes a `str` literal body (`raw` keeps backslashes).
pub fn decode_str(body: &str, raw: bool) -> Result<String, DecodeError> {
    let mut out = String::with_capacity(body.len());
    if raw || !body.contains('\\') {
        push_text(&mut out, body);
        return Ok(out);
    }
    let b = body.as_bytes();
    let mut i = 0;
    // CPython re-encodes non-ASCII characters as 10-byte `\UXXXXXXXX` before decoding
    // escapes, so error positions count each of them as 10.
    let mut cpos = 0usize;
    let mut lit_start = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            let ch_len = utf8_len(b[i]);
            cpos += if ch_len > 1 { 10 } else { 1 };
            i += ch_len;
            continue;
        }
        push_text(&mut out, &body[lit_start..i]);
        let esc_start = cpos;
        let Some(&c) = b.get(i + 1) else {
            // A lone trailing backslash cannot occur (it would escape the quote).
            out.push('\\');
            i += 1;
            lit_start = i;
            break;
        };
        i += 2;
        cpos += 2;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                    cpos += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    cpos += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, name) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut k = 0;
                while k < n && i < b.len() && b[i].is_ascii_hexdigit() {
                    v = v * 16 + (b[i] as char).to_digit(16).unwrap();
                    i += 1;
                    cpos += 1;
                    k += 1;
                }
                if k < n {
                    return Err(DecodeError {
                        msg: format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                            esc_start,
                            cpos - 1,
                            name
                        ),
                    });
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if (0xD800..0xE000).contains(&v) => {
                        // Lone surrogates cannot live in a Rust string.
                        out.push('\u{fffd}');
                    }
                    None => {
                        return Err(DecodeError {
                            msg: format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                                esc_start,
                                cpos - 1
                            ),
                        })
                    }
                }
            }
            b'N' => {
                let malformed = |end: usize| {
                    DecodeError {
                    msg: format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                        esc_start, end
                    ),
                }
                };
                if b.get(i) != Some(&b'{') {
                    return Err(malformed(cpos - 1));
                }
                let Some(close) = body[i..].find('}') else {
                    return Err(malformed(cpos - 1));
                };
                let name = &body[i + 1..i + close];
                if name.is_empty() {
                    return Err(malformed(cpos + 1));
                }
                let name_cpos: usize = name
                    .chars()
                    .map(|ch| if ch.is_ascii() { 1 } else { 10 })
                    .sum();
                cpos += name_cpos + 2;
                i += close + 1;
                match lookup_unicode_name(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(DecodeError {
                            msg: format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                                esc_start,
                                cpos - 1
                            ),
                        })
                    }
                }
            }
            _ => {
                // Invalid escape: kept as written (CPython warns).
                out.push('\\');
                i -= 1;
                cpos -= 1;
            }
        }
        lit_start = i;
    }
    push_text(&mut out, &body[lit_start.min(body.len())..]);
    Ok(out)
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Decodes a `bytes` literal body. The caller has checked it is ASCII.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    let mut norm = String::new();
    push_text(&mut norm, body);
    let b = norm.as_bytes();
    if raw {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let start = i;
        let c = b[i + 1];
        i += 2;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                if i + 2 <= b.len() && b[i].is_ascii_hexdigit() && b[i + 1].is_ascii_hexdigit() {
                    let v = u8::from_str_radix(&norm[i..i + 2], 16).unwrap();
                    out.push(v);
                    i += 2;
                } else {
                    return Err(DecodeError {
                        msg: format!("(value error) invalid \\x escape at position {start}"),
                    });
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// A small table of Unicode character names for `\N{...}` (case-insensitive), plus the
/// algorithmic families LATIN/GREEK/CYRILLIC letters and DIGIT names.
pub fn lookup_unicode_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let n = upper.as_str();
    const TABLE: &[(&str, char)] = &[
        ("NULL", '\0'),
        ("CHARACTER TABULATION", '\t'),
        ("TAB", '\t'),
        ("LINE FEED", '\n'),
        ("LINE FEED (LF)", '\n'),
        ("LF", '\n'),
        ("NEW LINE", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CARRIAGE RETURN (CR)", '\r'),
        ("CR", '\r'),
        ("ESCAPE", '\x1b'),
        ("ESC", '\x1b'),
        ("DELETE", '\x7f'),
        ("BELL", '\x07'),
        ("BACKSPACE", '\x08'),
        ("FORM FEED", '\x0c'),
        ("SPACE", ' '),
        ("EXCLAMATION MARK", '!'),
        ("QUOTATION MARK", '"'),
        ("NUMBER SIGN", '#'),
        ("DOLLAR SIGN", '$'),
        ("PERCENT SIGN", '%'),
        ("AMPERSAND", '&'),
        ("APOSTROPHE", '\''),
        ("LEFT PARENTHESIS", '('),
        ("RIGHT PARENTHESIS", ')'),
        ("ASTERISK", '*'),
        ("PLUS SIGN", '+'),
        ("COMMA", ','),
        ("HYPHEN-MINUS", '-'),
        ("FULL STOP", '.'),
        ("SOLIDUS", '/'),
        ("COLON", ':'),
        ("SEMICOLON", ';'),
        ("LESS-THAN SIGN", '<'),
        ("EQUALS SIGN", '='),
        ("GREATER-THAN SIGN", '>'),
        ("QUESTION MARK", '?'),
        ("COMMERCIAL AT", '@'),
        ("LEFT SQUARE BRACKET", '['),
        ("REVERSE SOLIDUS", '\\'),
        ("RIGHT SQUARE BRACKET", ']'),
        ("CIRCUMFLEX ACCENT", '^'),
        ("LOW LINE", '_'),
        ("GRAVE ACCENT", '`'),
        ("LEFT CURLY BRACKET", '{'),
        ("VERTICAL LINE", '|'),
        ("RIGHT CURLY BRACKET", '}'),
        ("TILDE", '~'),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("NBSP", '\u{a0}'),
        ("INVERTED EXCLAMATION MARK", '¡'),
        ("CENT SIGN", '¢'),
        ("POUND SIGN", '£'),
        ("CURRENCY SIGN", '¤'),
        ("YEN SIGN", '¥'),
        ("SECTION SIGN", '§'),
        ("COPYRIGHT SIGN", '©'),
        ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '«'),
        ("NOT SIGN", '¬'),
        ("SOFT HYPHEN", '\u{ad}'),
        ("REGISTERED SIGN", '®'),
        ("DEGREE SIGN", '°'),
        ("PLUS-MINUS SIGN", '±'),
        ("SUPERSCRIPT TWO", '²'),
        ("SUPERSCRIPT THREE", '³'),
        ("MICRO SIGN", 'µ'),
        ("PILCROW SIGN", '¶'),
        ("MIDDLE DOT", '·'),
        ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '»'),
        ("VULGAR FRACTION ONE HALF", '½'),
        ("INVERTED QUESTION MARK", '¿'),
        ("MULTIPLICATION SIGN", '×'),
        ("DIVISION SIGN", '÷'),
        ("LATIN SMALL LETTER SHARP S", 'ß'),
        ("LATIN SMALL LETTER E WITH ACUTE", 'é'),
        ("LATIN SMALL LETTER E WITH GRAVE", 'è'),
        ("LATIN SMALL LETTER A WITH GRAVE", 'à'),
        ("LATIN SMALL LETTER C WITH CEDILLA", 'ç'),
        ("LATIN SMALL LETTER N WITH TILDE", 'ñ'),
        ("LATIN SMALL LETTER O WITH DIAERESIS", 'ö'),
        ("LATIN SMALL LETTER U WITH DIAERESIS", 'ü'),
        ("LATIN SMALL LETTER A WITH DIAERESIS", 'ä'),
        ("LATIN CAPITAL LETTER E WITH ACUTE", 'É'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
        ("ZERO WIDTH JOINER", '\u{200d}'),
        ("EN DASH", '–'),
        ("EM DASH", '—'),
        ("LEFT SINGLE QUOTATION MARK", '‘'),
        ("RIGHT SINGLE QUOTATION MARK", '’'),
        ("LEFT DOUBLE QUOTATION MARK", '“'),
        ("RIGHT DOUBLE QUOTATION MARK", '”'),
        ("DAGGER", '†'),
        ("BULLET", '•'),
        ("HORIZONTAL ELLIPSIS", '…'),
        ("PER MILLE SIGN", '‰'),
        ("EURO SIGN", '€'),
        ("TRADE MARK SIGN", '™'),
        ("LEFTWARDS ARROW", '←'),
        ("UPWARDS ARROW", '↑'),
        ("RIGHTWARDS ARROW", '→'),
        ("DOWNWARDS ARROW", '↓'),
        ("FOR ALL", '∀'),
        ("PARTIAL DIFFERENTIAL", '∂'),
        ("THERE EXISTS", '∃'),
        ("EMPTY SET", '∅'),
        ("NABLA", '∇'),
        ("ELEMENT OF", '∈'),
        ("N-ARY PRODUCT", '∏'),
        ("N-ARY SUMMATION", '∑'),
        ("MINUS SIGN", '−'),
        ("SQUARE ROOT", '√'),
        ("INFINITY", '∞'),
        ("LOGICAL AND", '∧'),
        ("LOGICAL OR", '∨'),
        ("INTERSECTION", '∩'),
        ("UNION", '∪'),
        ("INTEGRAL", '∫'),
        ("ALMOST EQUAL TO", '≈'),
        ("NOT EQUAL TO", '≠'),
        ("LESS-THAN OR EQUAL TO", '≤'),
        ("GREATER-THAN OR EQUAL TO", '≥'),
        ("BOX DRAWINGS LIGHT HORIZONTAL", '─'),
        ("BOX DRAWINGS LIGHT VERTICAL", '│'),
        ("FULL BLOCK", '█'),
        ("BLACK SQUARE", '■'),
        ("WHITE SQUARE", '□'),
        ("BLACK CIRCLE", '●'),
        ("WHITE CIRCLE", '○'),
        ("BLACK STAR", '★'),
        ("WHITE STAR", '☆'),
        ("SNOWMAN", '☃'),
        ("BLACK HEART SUIT", '♥'),
        ("BLACK SPADE SUIT", '♠'),
        ("BLACK CLUB SUIT", '♣'),
        ("BLACK DIAMOND SUIT", '♦'),
        ("CHECK MARK", '✓'),
        ("HEAVY CHECK MARK", '✔'),
        ("BALLOT X", '✗'),
        ("SPARKLES", '✨'),
        ("HEAVY BLACK HEART", '❤'),
        ("REPLACEMENT CHARACTER", '\u{fffd}'),
        ("GRINNING FACE", '😀'),
        ("SMILING FACE WITH SMILING EYES", '😊'),
        ("FACE WITH TEARS OF JOY", '😂'),
        ("THUMBS UP SIGN", '👍'),
        ("SNAKE", '🐍'),
        ("PILE OF POO", '💩'),
        ("FIRE", '🔥'),
        ("ROCKET", '🚀'),
        ("PARTY POPPER", '🎉'),
    ];
    if let Some(&(_, c)) = TABLE.iter().find(|(k, _)| *k == n) {
        return Some(c);
    }
    if let Some(rest) = n.strip_prefix("DIGIT ") {
        const DIGITS: [&str; 10] = [
            "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
        ];
        return DIGITS
            .iter()
            .position(|d| *d == rest)
            .map(|i| (b'0' + i as u8) as char);
    }
    for (prefix, base) in [
        ("LATIN CAPITAL LETTER ", b'A'),
        ("LATIN SMALL LETTER ", b'a'),
    ] {
        if let Some(rest) = n.strip_prefix(prefix) {
            if rest.len() == 1 && rest.as_bytes()[0].is_ascii_uppercase() {
                return Some((base + (rest.as_bytes()[0] - b'A')) as char);
            }
        }
    }
    const GREEK: [&str; 24] = [
        "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA",
        "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "SIGMA", "TAU", "UPSILON", "PHI", "CHI",
        "PSI", "OMEGA",
    ];
    for (prefix, base) in [
        ("GREEK CAPITAL LETTER ", 0x391u32),
        ("GREEK SMALL LETTER ", 0x3b1),
    ] {
        if let Some(rest) = n.strip_prefix(prefix) {
            let rest = if rest == "LAMBDA" { "LAMDA" } else { rest };
            if let Some(i) = GREEK.iter().position(|g| *g == rest) {
                // Capital sigma's slot (U+03A2) is unassigned; letters after it shift by one.
                let off = if i >= 17 { i as u32 + 1 } else { i as u32 };
                return char::from_u32(base + off);
            }
            if rest == "FINAL SIGMA" && base == 0x3b1 {
                return Some('ς');
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let s = decode_str(
            r#"a\n\t\\\'\"\a\b\f\v\0\101\x41\u00e9\U0001F600\N{bullet}\q"#,
            false,
        )
        .ok()
        .unwrap();
        assert_eq!(s, "a\n\t\\'\"\x07\x08\x0c\x0b\0AAé😀•\\q");
        assert_eq!(decode_str(r"a\nb", true).ok().unwrap(), r"a\nb");
        assert_eq!(decode_str("a\\\nb", false).ok().unwrap(), "ab");
        assert_eq!(
            decode_str("a\\\r\nb\r\nc\rd", false).ok().unwrap(),
            "ab\nc\nd"
        );
        assert_eq!(
            decode_str(r"\N{GREEK SMALL LETTER OMEGA}\N{DIGIT SEVEN}", false)
                .ok()
                .unwrap(),
            "ω7"
        );
        assert_eq!(
            decode_str(r"\N{GREEK CAPITAL LETTER SIGMA}", false)
                .ok()
                .unwrap(),
            "Σ"
        );
    }

    #[test]
    fn escape_errors() {
        let msg = |s: &str| decode_str(s, false).err().unwrap().msg;
        assert_eq!(
            msg(r"\x1"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(
            msg(r"é\x1"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"
        );
        assert_eq!(
            msg(r"\N{foo}"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
        );
        assert_eq!(
            msg(r"\U00110000"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
        );
        assert_eq!(
            msg(r"\N"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"
        );
    }

    #[test]
    fn bytes() {
        assert_eq!(
            decode_bytes(r"a\x41\n\u1234\777", false).ok().unwrap(),
            b"aA\n\\u1234\xff"
        );
        assert_eq!(
            decode_bytes(r"\x1", false).err().unwrap().msg,
            "(value error) invalid \\x escape at position 0"
        );
    }
}
