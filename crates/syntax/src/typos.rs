//! CPython 3.14's keyword-typo hint: when a file fails with plain "invalid syntax" (or
//! "Perhaps you forgot a comma?"), the traceback module tries replacing each name on the
//! error line with a similar keyword and, if the line then parses (or is merely incomplete),
//! reports "invalid syntax. Did you mean 'while'?" with the caret on that name.
//! (`traceback.TracebackException._find_keyword_typos`.)

use crate::ast::Span;
use crate::error::SyntaxError;
use crate::lexer::{Mode, Tokenizer};
use crate::line_index::{line_text, LineIndex};
use crate::token::Tok;

const KWLIST: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub(crate) fn apply(source: &str, mut e: SyntaxError) -> SyntaxError {
    if e.msg != "invalid syntax" && !e.msg.contains("Perhaps you forgot a comma") {
        return e;
    }
    let Some(line) = line_text(source, e.lineno) else {
        return e;
    };
    // textwrap.dedent of a single line: drop its leading whitespace.
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    let code = &line[indent..];
    if code.len() > 1024 {
        return e;
    }
    let names: Vec<(usize, usize, String)> = Tokenizer::new(code, Mode::Module)
        .map_while(|t| t.ok())
        .filter_map(|(lo, t, hi)| match t {
            Tok::Name(n) => Some((lo, hi, n)),
            _ => None,
        })
        .take(10)
        .collect();
    for (lo, hi, wrong) in names {
        let mut matches: Vec<&str> = Vec::new();
        if let Some(s) = levenshtein_suggestion(&wrong) {
            matches.push(s);
        }
        matches.extend(close_matches(&wrong));
        matches.truncate(3);
        for suggestion in matches {
            if suggestion == wrong {
                continue;
            }
            let candidate = format!("{}{}{}", &code[..lo], suggestion, &code[hi..]);
            let ok = match crate::parser::parse_module_raw(&candidate) {
                Ok(_) => true,
                Err(err) => err.incomplete,
            };
            if ok {
                let start =
                    LineIndex::new(source).line_start(e.lineno).unwrap_or(0) as usize + indent;
                e.msg = format!("invalid syntax. Did you mean '{suggestion}'?");
                e.span = Span::new(start + lo, start + hi);
                e.caret = true;
                return e;
            }
        }
    }
    e
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (Python/suggestions.c).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `_Py_CalculateSuggestions` over the keyword list.
fn levenshtein_suggestion(name: &str) -> Option<&'static str> {
    let mut best: Option<(&'static str, usize)> = None;
    for item in KWLIST {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// `difflib.SequenceMatcher(None, a, b).ratio()`.
fn ratio(a: &[char], b: &[char]) -> f64 {
    let mut matched = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, alo, ahi, blo, bhi);
        if k > 0 {
            matched += k;
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    let total = a.len() + b.len();
    if total == 0 {
        1.0
    } else {
        2.0 * matched as f64 / total as f64
    }
}

fn longest_match(
    a: &[char],
    b: &[char],
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    let mut j2len = vec![0usize; b.len() + 1];
    for (i, &ai) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut new = vec![0usize; b.len() + 1];
        for j in blo..bhi {
            if b[j] == ai {
                let k = if j > 0 { j2len[j - 1] } else { 0 } + 1;
                new[j] = k;
                if k > bestsize {
                    besti = i + 1 - k;
                    bestj = j + 1 - k;
                    bestsize = k;
                }
            }
        }
        j2len = new;
    }
    (besti, bestj, bestsize)
}

/// `difflib.get_close_matches(word, keyword.kwlist, n=3, cutoff=0.5)`.
fn close_matches(word: &str) -> Vec<&'static str> {
    let w: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &'static str)> = KWLIST
        .iter()
        .filter_map(|k| {
            let kc: Vec<char> = k.chars().collect();
            let r = ratio(&kc, &w);
            (r >= 0.5).then_some((r, *k))
        })
        .collect();
    scored.sort_by(|x, y| y.0.partial_cmp(&x.0).unwrap().then(y.1.cmp(x.1)));
    scored.into_iter().take(3).map(|(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(levenshtein_suggestion("whille"), Some("while"));
        assert_eq!(levenshtein_suggestion("improt"), Some("import"));
        assert_eq!(close_matches("improt")[0], "import");
        assert!((ratio(&['a', 'b', 'c', 'd'], &['b', 'c', 'd', 'e']) - 0.75).abs() < 1e-9);
    }
}
