//! Drives the generated LR parser over the tokenizer and turns its failures into CPython's
//! messages (see [`crate::diagnose`]).

use std::collections::VecDeque;

use crate::ast::{Expr, Module, Span};
use crate::error::SyntaxError;
use crate::helpers::{PErr, Top};
use crate::lexer::{Mode, Spanned, Tokenizer};
use crate::line_index::LineIndex;
use crate::token::Tok;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused,
        unused_parens,
        non_snake_case,
        non_camel_case_types
    )]
    python
);

/// Rewrites the `(` of `with (...):` into [`Tok::WithLpar`] when its matching `)` is followed
/// by `:` (CPython's PEG parser tries the parenthesized with-items form first).
pub(crate) struct WithFix<'a, 's> {
    pub tz: &'a mut Tokenizer<'s>,
    buf: VecDeque<Result<Spanned, SyntaxError>>,
    prev_with: bool,
}

impl<'a, 's> WithFix<'a, 's> {
    pub fn new(tz: &'a mut Tokenizer<'s>) -> Self {
        WithFix {
            tz,
            buf: VecDeque::new(),
            prev_with: false,
        }
    }

    fn pull(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        self.buf.pop_front().or_else(|| self.tz.next())
    }
}

impl Iterator for WithFix<'_, '_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.pull()?;
        let mut item = item;
        if let Ok((lo, Tok::Lpar, hi)) = &item {
            if self.prev_with && self.buf.is_empty() {
                let (lo, hi) = (*lo, *hi);
                let mut depth = 1usize;
                let mut is_items = false;
                while let Some(next) = self.tz.next() {
                    let stop = next.is_err();
                    let tok = next.as_ref().ok().map(|t| t.1.clone());
                    self.buf.push_back(next);
                    if stop {
                        break;
                    }
                    match tok {
                        Some(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) => depth += 1,
                        Some(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => {
                            depth -= 1;
                            if depth == 0 {
                                if let Some(after) = self.tz.next() {
                                    is_items = matches!(after, Ok((_, Tok::Colon, _)));
                                    self.buf.push_back(after);
                                }
                                break;
                            }
                        }
                        Some(Tok::Newline) | None => break,
                        _ => {}
                    }
                }
                if is_items {
                    item = Ok((lo, Tok::WithLpar, hi));
                }
            }
        }
        self.prev_with = matches!(item, Ok((_, Tok::With, _)));
        Some(item)
    }
}

/// Parses a whole module, with CPython's keyword-typo hint applied to errors.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse_module_raw(source).map_err(|e| crate::typos::apply(source, e))
}

/// Parses a whole module (no keyword-typo hint).
pub(crate) fn parse_module_raw(source: &str) -> Result<Module, SyntaxError> {
    let mut tz = Tokenizer::new(source, Mode::Module);
    let result = {
        let mut fix = WithFix::new(&mut tz);
        let r = python::TopParser::new().parse(source, &mut fix);
        // Keep buffered look-ahead for the error analysis below.
        let rest: Vec<_> = fix.buf.drain(..).collect();
        (r, rest)
    };
    match result.0 {
        Ok(Top::Module(body)) => crate::limits::check_module(Module { body }),
        // The module start symbol never produces an expression.
        Ok(Top::Expr(e)) => Err(SyntaxError::syntax("invalid syntax", e.span)),
        Err(e) => {
            let err = crate::diagnose::convert(source, e, &mut tz, result.1);
            Err(err.locate(&LineIndex::new(source)))
        }
    }
}

thread_local! {
    /// How many [`parse_tokens`] calls (error analysis probing whether some tokens parse) are
    /// running on this thread.
    static PROBING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Parses the expression of an f-string replacement field at `span` of `source`.
pub(crate) fn parse_fstring_expr(source: &str, span: Span) -> Result<Expr, SyntaxError> {
    let mut tz = Tokenizer::range(source, span.start as usize, span.end as usize, Mode::FExpr);
    let r = python::TopParser::new().parse(source, &mut tz);
    match r {
        Ok(Top::Expr(e)) => Ok(e),
        // The expression start token never produces a module.
        Ok(Top::Module(_)) => Err(SyntaxError::syntax("invalid syntax", span)),
        // A probe only asks whether the tokens parse: analysing why a nested field does not
        // would probe again at every level of nesting, exponentially (found by fuzzing).
        Err(_) if PROBING.get() > 0 => Err(SyntaxError::syntax("invalid syntax", span)),
        Err(e) => Err(crate::diagnose::convert(source, e, &mut tz, vec![])),
    }
}

/// Parses `tokens` (which must start with [`Tok::StartExpr`]) as one expression; used by error
/// analysis to find expression boundaries.
pub(crate) fn parse_tokens(source: &str, tokens: Vec<Spanned>) -> Result<Top, PErr> {
    PROBING.set(PROBING.get() + 1);
    let r =
        python::TopParser::new().parse(source, tokens.into_iter().map(Ok::<Spanned, SyntaxError>));
    PROBING.set(PROBING.get().saturating_sub(1));
    r
}
