//! Turning an LR parse failure into the error CPython 3.14 reports for the same input.
//!
//! CPython's PEG parser has dozens of `invalid_*` rules; we recognise the common ones from the
//! failing token, the tokens before it and the tokens the parser expected. Then, as CPython's
//! `_PyPegen_set_syntax_error` does, the rest of the source is tokenized and a tokenizer error
//! found there takes precedence (an unclosed bracket only when it opened on an earlier line).

use lalrpop_util::ParseError;

use crate::ast::Span;
use crate::error::{SyntaxError, SyntaxErrorType};
use crate::helpers::{PErr, Top};
use crate::lexer::{Spanned, Tokenizer};
use crate::strings::line_of;
use crate::token::Tok;

pub(crate) fn convert(
    src: &str,
    err: PErr,
    tz: &mut Tokenizer<'_>,
    lookahead: Vec<Result<Spanned, SyntaxError>>,
) -> SyntaxError {
    let mut later: Option<SyntaxError> = None;
    let (token, expected) = match err {
        ParseError::User { error } => {
            let from_tok = tz.failed && !lookahead.iter().any(|r| r.is_err())
                || lookahead.iter().any(|r| r.as_ref().err() == Some(&error));
            if from_tok {
                return error;
            }
            later = lookahead.into_iter().find_map(|r| r.err());
            let at = Some(error.span.start as usize);
            return with_later_tokenizer_error(src, error, later, tz, at);
        }
        ParseError::UnrecognizedToken { token, expected } => (Some(token), expected),
        ParseError::UnrecognizedEof { expected, .. } => (None, expected),
        ParseError::ExtraToken { token } => (Some(token), vec![]),
        ParseError::InvalidToken { location } => {
            return SyntaxError::syntax("invalid syntax", Span::new(location, location));
        }
    };
    if let Some(e) = lookahead.into_iter().find_map(|r| r.err()) {
        later = Some(e);
    }
    let mut history = tz.history.clone();
    let k = match &token {
        // The failing token (WITH_LPAR was an LPAR when the tokenizer recorded it).
        Some((lo, tok, _)) => history
            .iter()
            .rposition(|(l, t, _)| {
                l == lo && std::mem::discriminant(t) == std::mem::discriminant(tok)
            })
            .or_else(|| history.iter().rposition(|(l, _, _)| l == lo))
            .unwrap_or(history.len()),
        None => history.len(),
    };
    let token = match token {
        Some((lo, Tok::WithLpar, hi)) => Some((lo, Tok::Lpar, hi)),
        t => t,
    };
    // CPython's parser may look one token past the failing one: a tokenizer error there
    // (e.g. end of input inside brackets) is what it reports.
    if later.is_none() && k + 1 >= history.len() && token.is_some() {
        match tz.next() {
            Some(Err(e)) => later = Some(e),
            Some(Ok(t)) => history.push(t),
            None => {}
        }
    }
    if let Some(e) = later.take() {
        if k + 1 >= history.len() {
            return e;
        }
        later = Some(e);
    }
    // Read the rest of the logical line: the messages look at what follows the failure.
    if later.is_none() {
        for item in tz.by_ref() {
            match item {
                Ok(t) => {
                    let nl = matches!(t.1, Tok::Newline);
                    history.push(t);
                    if nl {
                        break;
                    }
                }
                Err(e) => {
                    later = Some(e);
                    break;
                }
            }
        }
    }
    let at = token.as_ref().map(|t| t.0);
    // Failing at the very end of input (not right after a closed block) means more input
    // could complete the source: a REPL should read another line.
    let at_eof = token.is_none() && !matches!(history.last(), Some((_, Tok::Dedent, _)));
    let mut e = unexpected(src, &history, k, token, &expected);
    if at_eof {
        e.incomplete = true;
    }
    with_later_tokenizer_error(src, e, later, tz, at)
}

/// CPython tokenizes the rest of the source after a parser error; a tokenizer error found
/// there replaces the parser's (an unclosed bracket only if it opened on an earlier line).
/// Errors CPython's tokenizer reports through the parser (indentation, tabs, a stray
/// backslash) end that scan without replacing anything. `at` is the failing token's offset.
fn with_later_tokenizer_error(
    src: &str,
    e: SyntaxError,
    later: Option<SyntaxError>,
    tz: &mut Tokenizer<'_>,
    at: Option<usize>,
) -> SyntaxError {
    let err_line = if e.lineno != 0 {
        e.lineno
    } else {
        line_of(src, e.span.start as usize)
    };
    let later = later.or_else(|| tz.by_ref().find_map(|r| r.err()));
    let Some(te) = later else { return e };
    if te.error_type != SyntaxErrorType::SyntaxError
        || te.msg == "unexpected character after line continuation character"
        || te.msg == "unexpected EOF while parsing"
    {
        return e;
    }
    if let Some(p) = tz.unclosed_at_eof {
        if te.msg.ends_with("was never closed") {
            // CPython's second pass reads on to the end of input (and so hits the unclosed
            // bracket) whenever a specific message's rule looks past the failing token.
            let inside = at.is_some_and(|a| a > p) && e.msg != "invalid syntax";
            if line_of(src, p) < err_line || inside {
                return te;
            }
            return e;
        }
    }
    te
}

fn is(expected: &[String], name: &str) -> bool {
    expected.iter().any(|e| e == name)
}

/// Index of the first token of the logical line containing history index `k`.
fn line_start(history: &[Spanned], k: usize) -> usize {
    let mut i = k;
    while i > 0 {
        match history[i - 1].1 {
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr => break,
            _ => i -= 1,
        }
    }
    i
}

fn compound_header(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

fn unexpected(
    src: &str,
    history: &[Spanned],
    k: usize,
    token: Option<Spanned>,
    expected: &[String],
) -> SyntaxError {
    let (tlo, tok, thi) = match &token {
        Some((lo, t, hi)) => (*lo, Some(t), *hi),
        None => {
            // End of input: for an f-string field, the end of its last token.
            let end = match history.last() {
                Some((_, _, hi))
                    if history
                        .first()
                        .is_some_and(|t| matches!(t.1, Tok::StartExpr)) =>
                {
                    *hi
                }
                _ => src.len(),
            };
            (end, None, end)
        }
    };
    let tspan = Span::new(tlo, thi);
    let prev = k.checked_sub(1).and_then(|i| history.get(i));

    if let Some(Tok::Indent) = tok {
        return SyntaxError::indentation("unexpected indent", Span::new(tlo, tlo));
    }
    if is(expected, "INDENT") {
        // `header:` NEWLINE, then no indented block.
        let nl = k.saturating_sub(1);
        let ls = line_start(history, nl);
        let (hlo, htok, _) = &history[ls.min(history.len().saturating_sub(1))];
        let what = compound_header(htok).unwrap_or("'if' statement");
        let line = line_of(src, *hlo);
        let msg = format!("expected an indented block after {what} on line {line}");
        return match tok {
            None | Some(Tok::Dedent) if tok.is_none() || thi >= src.len() => {
                let nl_lo = history.get(nl).map_or(src.len(), |t| t.0);
                let mut e = SyntaxError::indentation(msg, Span::new(nl_lo, nl_lo))
                    .no_caret()
                    .incomplete();
                e.lineno = line_of(src, nl_lo);
                e
            }
            Some(Tok::Dedent) => SyntaxError::indentation(msg, tspan).no_caret(),
            _ => SyntaxError::indentation(msg, tspan),
        };
    }
    if let Some(Tok::Dedent) = tok {
        return SyntaxError::indentation("unexpected unindent", Span::new(tlo, tlo));
    }
    let ls = line_start(history, k);
    let first = history.get(ls).map(|t| &t.1);
    if is(expected, "\"(\"") && k >= 2 && matches!(history[k - 2].1, Tok::Def) {
        return SyntaxError::syntax("expected '('", tspan);
    }
    // `def f(*a=1)`
    if matches!(tok, Some(Tok::Equal))
        && k >= 2
        && matches!(history[k - 1].1, Tok::Name(_))
        && matches!(history[k - 2].1, Tok::Star)
    {
        return SyntaxError::syntax("var-positional argument cannot have default value", tspan);
    }
    if matches!(tok, Some(Tok::Newline)) && k >= 1 && matches!(history[k - 1].1, Tok::Import) {
        return SyntaxError::syntax(
            "Expected one or more names after 'import'",
            Span::new(tlo, tlo),
        );
    }
    // `{1:}`
    if matches!(tok, Some(Tok::Rbrace | Tok::Comma))
        && k >= 1
        && matches!(history[k - 1].1, Tok::Colon)
        && inside_brackets(history, k)
    {
        let c = &history[k - 1];
        return SyntaxError::syntax(
            "expression expected after dictionary key and ':'",
            Span::new(c.0, c.2),
        );
    }
    if is(expected, "\"except\"")
        && is(expected, "\"finally\"")
        && !matches!(tok, Some(Tok::Except | Tok::Finally))
    {
        return SyntaxError::syntax("expected 'except' or 'finally' block", tspan);
    }
    // `name=` with no value: a default or an argument.
    if matches!(tok, Some(Tok::Rpar | Tok::Comma))
        && k >= 2
        && matches!(history[k - 1].1, Tok::Equal)
    {
        let eq = &history[k - 1];
        if matches!(first, Some(Tok::Def))
            && open_bracket(history, k)
                .is_some_and(|b| b > ls && matches!(history[b - 1].1, Tok::Name(_)))
            && is_def_params(history, ls, k)
        {
            return SyntaxError::syntax("expected default value expression", Span::new(eq.0, eq.2));
        }
        if let Tok::Name(_) = history[k - 2].1 {
            if open_bracket(history, k).is_some_and(|b| matches!(history[b].1, Tok::Lpar)) {
                return SyntaxError::syntax(
                    "expected argument value expression",
                    Span::new(history[k - 2].0, eq.2),
                );
            }
        }
    }
    if let Some(e) = comprehension_errors(src, history, k, tok, expected) {
        return e;
    }
    // `{1: 2, 3}` / `{**a, 1}`: a key without ':'.
    if is(expected, "\":\"") && matches!(tok, Some(Tok::Rbrace | Tok::Comma)) {
        if let Some(b) = open_bracket(history, k) {
            if matches!(history[b].1, Tok::Lbrace)
                && top_level_in(history, b + 1, k, |t| {
                    matches!(t, Tok::Colon | Tok::DoubleStar)
                })
            {
                if let Some(start) = expr_before(src, history, k, true) {
                    return SyntaxError::syntax(
                        "':' expected after dictionary key",
                        Span::new(history[start].0, history[k - 1].2),
                    );
                }
            }
        }
    }
    // except clauses.
    if matches!(first, Some(Tok::Except)) {
        if let Some(as_idx) = (ls..k).find(|&i| matches!(history[i].1, Tok::As)) {
            if as_idx + 1 < k && !matches!(tok, Some(Tok::Colon)) {
                if let Some(end) = expr_after(src, history, as_idx + 1) {
                    if let Some(e) = expr_at(src, history, as_idx + 1, end) {
                        return SyntaxError::syntax(
                            format!(
                                "cannot use except statement with {}",
                                crate::helpers::expr_name(&e)
                            ),
                            e.span,
                        );
                    }
                }
            }
        }
        if matches!(tok, Some(Tok::As))
            && top_level_in(history, ls + 1, k, |t| matches!(t, Tok::Comma))
        {
            let end = if k + 1 < history.len() && matches!(history[k + 1].1, Tok::Name(_)) {
                k + 1
            } else {
                k - 1
            };
            return SyntaxError::syntax(
                "multiple exception types must be parenthesized when using 'as'",
                Span::new(history[ls + 1].0, history[end].2),
            );
        }
    }
    // `import a as b.c`
    if matches!(first, Some(Tok::Import | Tok::From))
        && k >= 2
        && matches!(history[k - 2].1, Tok::As)
    {
        if let Some(end) = expr_after(src, history, k - 1) {
            if let Some(e) = expr_at(src, history, k - 1, end) {
                return SyntaxError::syntax(
                    format!(
                        "cannot use {} as import target",
                        crate::helpers::expr_name(&e)
                    ),
                    e.span,
                );
            }
        }
    }
    // `a if b` without else.
    if is(expected, "\"else\"") {
        if let Some(e) = missing_else(src, history, k) {
            return e;
        }
    }

    // Missing ':' after a compound statement header.
    if is(expected, "\":\"") {
        if let Some(first) = first {
            let header = matches!(
                first,
                Tok::If
                    | Tok::Elif
                    | Tok::While
                    | Tok::For
                    | Tok::With
                    | Tok::Except
                    | Tok::Class
                    | Tok::Def
                    | Tok::Try
                    | Tok::Else
                    | Tok::Finally
            );
            let forced = matches!(
                first,
                Tok::Try | Tok::Finally | Tok::Else | Tok::Def | Tok::Class
            );
            let at_header_end = matches!(tok, Some(Tok::Newline));
            if header
                && (at_header_end || (forced && header_keyword_just_before(history, k, first)))
            {
                return SyntaxError::syntax("expected ':'", tspan);
            }
        }
    }

    // print "x" / exec "x"
    if let Some(e) = legacy_print(src, history, k, ls) {
        return e;
    }

    // `if x = 1:` and friends.
    let named_context =
        matches!(first, Some(Tok::If | Tok::Elif | Tok::While)) || inside_brackets(history, k);
    if let (Some(Tok::Equal), true) = (tok, named_context) {
        if let Some(e) = stray_equal(src, history, k, ls) {
            return e;
        }
    }

    // Two expressions side by side inside brackets.
    if let Some(t) = tok {
        if t.starts_expr() && prev.is_some_and(|p| p.1.ends_expr()) && inside_brackets(history, k) {
            if let Some(e) = forgot_comma(src, history, k) {
                return e;
            }
        }
    }

    match tok {
        None if !history
            .first()
            .is_some_and(|t| matches!(t.1, Tok::StartExpr)) =>
        {
            // At the end of input CPython's offset is 0: no caret, on the last token's line.
            let last = history.last().map_or(0, |t| t.0);
            let mut e = SyntaxError::syntax("invalid syntax", Span::new(last, last)).no_caret();
            e.lineno = line_of(src, last);
            e
        }
        None => SyntaxError::syntax("invalid syntax", Span::new(tlo, tlo)),
        _ => SyntaxError::syntax("invalid syntax", tspan),
    }
}

/// Forced `&&':'` in CPython's grammar: only right after the keyword (`try`, `else`,
/// `finally`) or after a def/class header's closing parenthesis / return annotation.
fn header_keyword_just_before(history: &[Spanned], k: usize, first: &Tok) -> bool {
    match first {
        Tok::Try | Tok::Else | Tok::Finally => {
            k >= 1 && std::mem::discriminant(&history[k - 1].1) == std::mem::discriminant(first)
        }
        Tok::Def | Tok::Class => open_bracket(history, k).is_none(),
        _ => false,
    }
}

fn inside_brackets(history: &[Spanned], k: usize) -> bool {
    let mut depth: i32 = 0;
    for (_, t, _) in history[..k].iter().rev() {
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule => return false,
            Tok::StartExpr => return true,
            _ => {}
        }
    }
    false
}

/// Whether `tokens` parse as one expression (wrapped in parentheses, like an f-string field).
fn parses_as_expr(src: &str, tokens: &[Spanned]) -> bool {
    if tokens.is_empty() {
        return false;
    }
    let lo = tokens[0].0;
    let mut v = Vec::with_capacity(tokens.len() + 1);
    v.push((lo, Tok::StartExpr, lo));
    v.extend(tokens.iter().cloned());
    matches!(crate::parser::parse_tokens(src, v), Ok(Top::Expr(_)))
}

/// The longest run of tokens ending just before `k` that parses as an expression (not
/// crossing the start of the logical line or an unmatched opening bracket).
fn expr_before(src: &str, history: &[Spanned], k: usize, stop_at_comma: bool) -> Option<usize> {
    let mut depth = 0i32;
    let mut best = None;
    let mut i = k;
    while i > 0 {
        let t = &history[i - 1].1;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr => break,
            Tok::Comma | Tok::Equal | Tok::Colon | Tok::Semi if depth == 0 && stop_at_comma => {
                break
            }
            _ => {}
        }
        i -= 1;
        if depth == 0 && i < k && (k - i) <= 64 && parses_as_expr(src, &history[i..k]) {
            best = Some(i);
        }
    }
    best
}

/// The longest run of tokens starting at `k` that parses as an expression (within the line).
fn expr_after(src: &str, history: &[Spanned], k: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut best = None;
    let mut j = k;
    while j < history.len() {
        let t = &history[j].1;
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent => break,
            _ => {}
        }
        j += 1;
        if depth == 0 && (j - k) <= 64 && parses_as_expr(src, &history[k..j]) {
            best = Some(j);
        }
    }
    best
}

fn legacy_print(src: &str, history: &[Spanned], k: usize, ls: usize) -> Option<SyntaxError> {
    // NAME(print|exec) directly followed by something that is not '(' and starts an expression.
    let name_idx = k.checked_sub(1)?;
    let (nlo, Tok::Name(n), _) = &history[name_idx] else {
        return None;
    };
    if n != "print" && n != "exec" {
        return None;
    }
    if name_idx != ls {
        return None;
    }
    let t = &history.get(k)?.1;
    if !t.starts_expr() || matches!(t, Tok::Lpar) {
        return None;
    }
    let end = expr_after_list(src, history, k)?;
    let hi = history[end - 1].2;
    Some(SyntaxError::syntax(
        format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
        Span::new(*nlo, hi),
    ))
}

/// Like [`expr_after`] but accepts a comma-separated list (`star_expressions`).
fn expr_after_list(src: &str, history: &[Spanned], k: usize) -> Option<usize> {
    let mut j = k;
    let mut best = None;
    let mut depth = 0i32;
    while j < history.len() {
        match history[j].1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1
            }
            Tok::Newline | Tok::Semi if depth == 0 => break,
            _ => {}
        }
        j += 1;
        if j - k > 256 {
            break;
        }
        if depth == 0 && parses_as_expr(src, &history[k..j]) {
            best = Some(j);
        }
    }
    best
}

fn stray_equal(src: &str, history: &[Spanned], k: usize, _ls: usize) -> Option<SyntaxError> {
    let start = expr_before(src, history, k, true)?;
    let end = expr_after(src, history, k + 1)?;
    // `!('=' | ':=')` after the right side.
    if matches!(
        history.get(end).map(|t| &t.1),
        Some(Tok::Equal | Tok::ColonEqual)
    ) {
        return None;
    }
    let left_lo = history[start].0;
    let left_hi = history[k - 1].2;
    let right_hi = history[end - 1].2;
    if k - start == 1 {
        if let Tok::Name(_) = history[start].1 {
            return Some(SyntaxError::syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(left_lo, right_hi),
            ));
        }
    }
    // Any other expression: CPython names it.
    let mut v = vec![(left_lo, Tok::StartExpr, left_lo)];
    v.extend(history[start..k].iter().cloned());
    if let Ok(Top::Expr(e)) = crate::parser::parse_tokens(src, v) {
        if matches!(
            e.kind,
            crate::ast::ExprKind::List(_)
                | crate::ast::ExprKind::Tuple(_)
                | crate::ast::ExprKind::GeneratorExp { .. }
                | crate::ast::ExprKind::Constant(crate::ast::Constant::True)
                | crate::ast::ExprKind::Constant(crate::ast::Constant::False)
                | crate::ast::ExprKind::Constant(crate::ast::Constant::None)
        ) {
            return None;
        }
        let _ = left_hi;
        return Some(SyntaxError::syntax(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                crate::helpers::expr_name(&e)
            ),
            e.span,
        ));
    }
    None
}

fn forgot_comma(src: &str, history: &[Spanned], k: usize) -> Option<SyntaxError> {
    let start = expr_before(src, history, k, true)?;
    let end = expr_after(src, history, k)?;
    // CPython skips `NAME STRING` (string prefixes) and legacy print/exec.
    if let (Tok::Name(n), Tok::Str(_)) = (&history[start].1, &history.get(k)?.1) {
        let _ = n;
        if k - start == 1 {
            return None;
        }
    }
    Some(SyntaxError::syntax(
        "invalid syntax. Perhaps you forgot a comma?",
        Span::new(history[start].0, history[end - 1].2),
    ))
}

fn missing_else(src: &str, history: &[Spanned], k: usize) -> Option<SyntaxError> {
    // Find the `if` of the conditional expression: the nearest one at bracket depth 0.
    let mut depth = 0i32;
    let mut i = k;
    while i > 0 {
        i -= 1;
        match history[i].1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1
            }
            Tok::If if depth == 0 => break,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr => {
                return None
            }
            _ => {}
        }
    }
    if i == 0 || !matches!(history[i].1, Tok::If) {
        return None;
    }
    let start = expr_before(src, history, i, true)?;
    Some(SyntaxError::syntax(
        "expected 'else' after 'if' expression",
        Span::new(history[start].0, history[k - 1].2),
    ))
}

/// Index of the innermost bracket still open before `k` (within the logical line).
fn open_bracket(history: &[Spanned], k: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = k;
    while i > 0 {
        i -= 1;
        match history[i].1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr => {
                return None
            }
            _ => {}
        }
    }
    None
}

/// Whether a token matching `pred` occurs in `history[from..to]` outside nested brackets.
fn top_level_in(history: &[Spanned], from: usize, to: usize, pred: impl Fn(&Tok) -> bool) -> bool {
    let mut depth = 0i32;
    for (_, t, _) in &history[from..to] {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
            t if depth == 0 && pred(t) => return true,
            _ => {}
        }
    }
    false
}

/// Whether `k` is inside the parameter list of the `def` starting the line at `ls`.
fn is_def_params(history: &[Spanned], ls: usize, k: usize) -> bool {
    open_bracket(history, k) == Some(ls + 2)
}

/// Parses `history[from..to]` as one expression.
fn expr_at(src: &str, history: &[Spanned], from: usize, to: usize) -> Option<crate::ast::Expr> {
    let lo = history[from].0;
    let mut v = vec![(lo, Tok::StartExpr, lo)];
    v.extend(history[from..to].iter().cloned());
    match crate::parser::parse_tokens(src, v) {
        Ok(Top::Expr(e)) => Some(e),
        _ => None,
    }
}

fn comprehension_errors(
    src: &str,
    history: &[Spanned],
    k: usize,
    tok: Option<&Tok>,
    expected: &[String],
) -> Option<SyntaxError> {
    let b = open_bracket(history, k)?;
    // `[x for x]`: the target list is not followed by `in`.
    if is(expected, "\"in\"")
        && !matches!(tok, Some(Tok::In))
        && top_level_in(history, b + 1, k, |t| matches!(t, Tok::For))
    {
        let tspan = history
            .get(k)
            .map_or(Span::new(src.len(), src.len()), |t| Span::new(t.0, t.2));
        return Some(SyntaxError::syntax(
            "'in' expected after for-loop variables",
            tspan,
        ));
    }
    if !matches!(tok, Some(Tok::For)) {
        return None;
    }
    let first = &history.get(b + 1)?.1;
    if matches!(history[b].1, Tok::Lbrace) && matches!(first, Tok::DoubleStar) {
        let t = &history[b + 1];
        return Some(SyntaxError::syntax(
            "dict unpacking cannot be used in dict comprehension",
            Span::new(t.0, t.2),
        ));
    }
    if matches!(first, Tok::Star) && !top_level_in(history, b + 1, k, |t| matches!(t, Tok::Comma)) {
        return Some(SyntaxError::syntax(
            "iterable unpacking cannot be used in comprehension",
            Span::new(history[b + 1].0, history[k - 1].2),
        ));
    }
    if matches!(history[b].1, Tok::Lsqb | Tok::Lbrace)
        && top_level_in(history, b + 1, k, |t| matches!(t, Tok::Comma))
    {
        let mut end = k - 1;
        if matches!(history[end].1, Tok::Comma) {
            // `[a, for ...]`: only the first element.
            end = (b + 1..k)
                .find(|&i| matches!(history[i].1, Tok::Comma))
                .unwrap_or(k - 1);
        }
        return Some(SyntaxError::syntax(
            "did you forget parentheses around the comprehension target?",
            Span::new(history[b + 1].0, history[end].2),
        ));
    }
    None
}
