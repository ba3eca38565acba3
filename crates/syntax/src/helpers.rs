//! The grammar's semantic actions that are longer than one line: node construction with
//! CPython's validity checks (assignment targets, parameter order, call arguments, string
//! concatenation) and their error messages.

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::error::SyntaxError;
use crate::token::{FPart, StrLit, Tok};

pub type PErr = ParseError<usize, Tok, SyntaxError>;
type R<T> = Result<T, PErr>;

/// What the parser's one entry point produced (selected by the first token).
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// One item of a call's (or class header's) argument list.
pub enum ArgItem {
    Pos(Expr),
    /// `f(x for x in y)`: an unparenthesized generator expression.
    Gen(Expr, Vec<Comprehension>, Span),
    /// `name=value` (the name is parsed as an expression and checked).
    Kw(Expr, Expr, Span),
    /// `**value`.
    KwSplat(Expr, Span),
}

/// One item of a parameter list, before the order checks.
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    /// `*` or `*args`, and the span of the whole item.
    Star(Option<Arg>, Span),
    DoubleStar(Arg, Option<Expr>, Span),
    Slash(Span),
}

pub fn span(lo: usize, hi: usize) -> Span {
    Span::new(lo, hi)
}

fn err<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(user(SyntaxError::syntax(msg, span)))
}

pub fn user(e: SyntaxError) -> PErr {
    ParseError::User { error: e }
}

pub fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

pub fn tuple_of(v: Vec<Expr>, span: Span) -> Expr {
    Expr::new(ExprKind::Tuple(v), span)
}

pub fn bin_op(l: Expr, op: BinOp, r: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::BinOp {
            left: Box::new(l),
            op,
            right: Box::new(r),
        },
        span,
    )
}

pub fn unary(op: UnaryOp, e: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        span,
    )
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::BoolOp {
            op,
            values: push_front(first, rest),
        },
        span,
    )
}

pub fn cons<T>(first: T, rest: Vec<T>) -> Vec<T> {
    push_front(first, rest)
}

fn push_front<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, span: Span) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::new(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        span,
    )
}

pub fn slice(l: Option<Expr>, u: Option<Expr>, s: Option<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::Slice {
            lower: l.map(Box::new),
            upper: u.map(Box::new),
            step: s.map(Box::new),
        },
        span,
    )
}

/// `(e)`: the group is the inner expression itself; a starred one is an error.
pub fn group(e: Expr) -> R<Expr> {
    if let ExprKind::Starred(_) = e.kind {
        return err("cannot use starred expression here", e.span);
    }
    Ok(e)
}

pub fn named_expr(target: Expr, value: Expr, span: Span) -> R<Expr> {
    if !matches!(target.kind, ExprKind::Name(_)) {
        return err(
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
            target.span,
        );
    }
    Ok(Expr::new(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        span,
    ))
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::False => "False",
            Constant::True => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Star,
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred(v) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(v, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops[0] == CmpOp::In {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn check_target(e: &Expr, kind: TargetKind) -> R<()> {
    if let Some(bad) = invalid_target(e, kind) {
        let verb = if kind == TargetKind::Del {
            "delete"
        } else {
            "assign to"
        };
        return err(format!("cannot {verb} {}", expr_name(bad)), bad.span);
    }
    Ok(())
}

fn is_display_or_singleton(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::True)
            | ExprKind::Constant(Constant::False)
            | ExprKind::Constant(Constant::None)
    )
}

/// The first `bitwise_or` of an expression, as CPython's PEG parser would read it at the
/// expression's start (None when the expression cannot start with one).
fn first_bitwise_or(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Tuple(elts) if elts.first().is_some_and(|f| f.span.start == e.span.start) => {
            first_bitwise_or(&elts[0])
        }
        ExprKind::Compare { left, .. } => first_bitwise_or(left),
        ExprKind::BoolOp { values, .. } => first_bitwise_or(&values[0]),
        ExprKind::IfExp { body, .. } => first_bitwise_or(body),
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        }
        | ExprKind::Lambda { .. }
        | ExprKind::Starred(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::NamedExpr { .. } => None,
        _ => Some(e),
    }
}

pub fn assign(first: Expr, mut rest: Vec<Expr>, span: Span) -> R<Stmt> {
    let value = rest.pop().unwrap();
    let targets = push_front(first, rest);
    let any_invalid = targets
        .iter()
        .any(|t| invalid_target(t, TargetKind::Star).is_some());
    if any_invalid && targets.len() == 1 {
        // CPython's second pass reads the first target as `star_named_expression`s, and its
        // invalid_named_expression rule fires on the element right before `= value`.
        let t = &targets[0];
        let last = match &t.kind {
            ExprKind::Tuple(elts) if elts.first().is_some_and(|f| f.span.start == t.span.start) => {
                elts.last().filter(|l| l.span.end == t.span.end)
            }
            _ => Some(t),
        };
        if let (Some(last), Some(rhs)) = (last, first_bitwise_or(&value)) {
            if let ExprKind::Name(_) = last.kind {
                return err(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Span::new(last.span.start as usize, rhs.span.end as usize),
                );
            }
            // A parenthesized target is an atom, so always a `bitwise_or`.
            let parenthesized = std::ptr::eq(last, t) && t.span.start > span.start;
            let bitwise_or_level =
                parenthesized || first_bitwise_or(last).is_some_and(|f| std::ptr::eq(f, last));
            if !is_display_or_singleton(last) && bitwise_or_level {
                return err(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(last)
                    ),
                    last.span,
                );
            }
        }
    }
    for t in &targets {
        if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
            return err("assignment to yield expression not possible", t.span);
        }
        check_target(t, TargetKind::Star)?;
    }
    Ok(Stmt::new(StmtKind::Assign { targets, value }, span))
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr, span: Span) -> R<Stmt> {
    if !matches!(
        target.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return err(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
            target.span,
        );
    }
    Ok(Stmt::new(StmtKind::AugAssign { target, op, value }, span))
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    lo: usize,
    span: Span,
) -> R<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(ref elts) => {
            // An unparenthesized tuple is reported at its first element.
            let sp = match elts.first() {
                Some(f) if f.span.start == target.span.start => f.span,
                _ => target.span,
            };
            return err("only single target (not tuple) can be annotated", sp);
        }
        ExprKind::List(_) => {
            return err(
                "only single target (not list) can be annotated",
                target.span,
            )
        }
        _ => return err("illegal target for annotation", target.span),
    }
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start as usize == lo;
    Ok(Stmt::new(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        span,
    ))
}

pub fn del(targets: Vec<Expr>, span: Span) -> R<Stmt> {
    for t in &targets {
        check_target(t, TargetKind::Del)?;
    }
    Ok(Stmt::new(StmtKind::Del(targets), span))
}

pub fn import_from(
    dots: Vec<u32>,
    module: Option<String>,
    names: (Vec<Alias>, bool),
    span: Span,
) -> R<Stmt> {
    let (names, trailing_comma) = names;
    if trailing_comma {
        return err(
            "trailing comma not allowed without surrounding parentheses",
            Span::new(span.end as usize, span.end as usize),
        );
    }
    Ok(Stmt::new(
        StmtKind::ImportFrom {
            module,
            names,
            level: dots.iter().sum(),
        },
        span,
    ))
}

pub fn call(src: &str, func: Expr, items: Vec<ArgItem>, paren_lo: usize, span: Span) -> R<Expr> {
    let close = Span::new(span.end as usize - 1, span.end as usize);
    let (args, keywords) = call_args(
        src,
        items,
        Some(Span::new(paren_lo, span.end as usize)),
        close,
    )?;
    Ok(Expr::new(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        span,
    ))
}

/// Splits an argument list into positional arguments and keywords with CPython's checks.
/// `parens` is the span of `(...)` when a lone generator argument may borrow it.
fn call_args(
    src: &str,
    items: Vec<ArgItem>,
    parens: Option<Span>,
    close: Span,
) -> R<(Vec<Expr>, Vec<Keyword>)> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_kwsplat = false;
    for item in items {
        match item {
            ArgItem::Pos(e) => {
                let starred = matches!(e.kind, ExprKind::Starred(_));
                if seen_kwsplat && !starred {
                    return err(
                        "positional argument follows keyword argument unpacking",
                        close,
                    );
                }
                if seen_kw && !starred {
                    return err("positional argument follows keyword argument", close);
                }
                if seen_kwsplat && starred {
                    // Reported from the comma before it.
                    let comma = src[..e.span.start as usize]
                        .rfind(',')
                        .unwrap_or(e.span.start as usize);
                    return err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        Span::new(comma, e.span.end as usize),
                    );
                }
                args.push(e);
            }
            ArgItem::Gen(elt, generators, sp) => {
                if n != 1 || parens.is_none() {
                    let last = generators
                        .last()
                        .map_or(sp, |g| g.ifs.last().map_or(g.iter.span, |c| c.span));
                    return err(
                        "Generator expression must be parenthesized",
                        Span::new(elt.span.start as usize, last.end as usize),
                    );
                }
                let sp = parens.unwrap();
                args.push(Expr::new(
                    ExprKind::GeneratorExp {
                        elt: Box::new(elt),
                        generators,
                    },
                    sp,
                ));
            }
            ArgItem::Kw(name, value, sp) => {
                let eq = src[name.span.end as usize..value.span.start as usize]
                    .find('=')
                    .map_or(name.span.end as usize, |i| name.span.end as usize + i);
                let name_eq = Span::new(name.span.start as usize, eq + 1);
                let arg = match name.kind {
                    ExprKind::Name(n) => n,
                    ExprKind::Constant(Constant::True) => {
                        return err("cannot assign to True", name_eq)
                    }
                    ExprKind::Constant(Constant::False) => {
                        return err("cannot assign to False", name_eq)
                    }
                    ExprKind::Constant(Constant::None) => {
                        return err("cannot assign to None", name_eq)
                    }
                    _ => {
                        return err(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            name_eq,
                        )
                    }
                };
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(arg.as_str()))
                {
                    return err(format!("keyword argument repeated: {arg}"), sp);
                }
                seen_kw = true;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    span: sp,
                });
            }
            ArgItem::KwSplat(value, sp) => {
                seen_kwsplat = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span: sp,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn dict(items: Vec<(Option<Expr>, Expr)>, span: Span) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    Expr::new(ExprKind::Dict { keys, values }, span)
}

pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> R<Comprehension> {
    check_target(&target, TargetKind::For)?;
    Ok(Comprehension { target, iter, ifs })
}

fn body_end(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end as usize)
}

pub fn if_stmt(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, lo: usize) -> Stmt {
    let end = body_end(&orelse, body_end(&body, test.span.end as usize));
    Stmt::new(StmtKind::If { test, body, orelse }, Span::new(lo, end))
}

pub fn while_stmt(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, lo: usize) -> Stmt {
    let end = body_end(&orelse, body_end(&body, test.span.end as usize));
    Stmt::new(StmtKind::While { test, body, orelse }, Span::new(lo, end))
}

pub fn for_stmt(
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Vec<Stmt>,
    lo: usize,
) -> R<Stmt> {
    check_target(&target, TargetKind::For)?;
    let end = body_end(&orelse, body_end(&body, iter.span.end as usize));
    Ok(Stmt::new(
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        },
        Span::new(lo, end),
    ))
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
    lo: usize,
) -> Stmt {
    let mut end = body_end(&body, lo);
    if let Some(h) = handlers.last() {
        end = h.span.end as usize;
    }
    end = body_end(&orelse, end);
    end = body_end(&finalbody, end);
    Stmt::new(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        Span::new(lo, end),
    )
}

pub fn handler(
    typ: Option<Expr>,
    name: Option<Ident>,
    body: Vec<Stmt>,
    lo: usize,
) -> ExceptHandler {
    let end = body_end(&body, lo);
    ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(lo, end),
    }
}

pub fn with_stmt(items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>, lo: usize) -> R<Stmt> {
    let mut out = Vec::with_capacity(items.len());
    for (context_expr, optional_vars) in items {
        if let Some(t) = &optional_vars {
            check_target(t, TargetKind::Star)?;
        }
        out.push(WithItem {
            context_expr,
            optional_vars,
        });
    }
    let end = body_end(&body, lo);
    Ok(Stmt::new(
        StmtKind::With { items: out, body },
        Span::new(lo, end),
    ))
}

/// Orders a parameter list into [`Arguments`], with CPython's messages for misplaced items.
pub fn arguments(src: &str, items: Vec<ParamItem>, is_lambda: bool) -> R<Arguments> {
    // Where a lambda's "named arguments must follow bare *" points: the token after `*,`
    // (CPython reports the last token its rule read).
    let after_star = |sp: Span| -> Span {
        let b = src.as_bytes();
        let mut i = sp.end as usize;
        let skip = |i: &mut usize| {
            while *i < b.len() && matches!(b[*i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\') {
                *i += 1;
            }
        };
        skip(&mut i);
        if b.get(i) == Some(&b',') {
            i += 1;
            skip(&mut i);
        }
        let w = if b.get(i) == Some(&b'*') && b.get(i + 1) == Some(&b'*') {
            2
        } else {
            1
        };
        Span::new(i, i + w)
    };
    let bare_star_span = |sp: Span| if is_lambda { after_star(sp) } else { sp };
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star: Option<Span> = None;
    let mut star_has_followers = false;
    let mut seen_default = false;
    let mut seen_kwarg = false;
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if seen_kwarg {
            let sp = match &item {
                ParamItem::Plain(arg, _) => arg.span,
                ParamItem::Star(_, sp) | ParamItem::DoubleStar(_, _, sp) | ParamItem::Slash(sp) => {
                    *sp
                }
            };
            return err("arguments cannot follow var-keyword argument", sp);
        }
        match item {
            ParamItem::Slash(sp) => {
                if seen_slash {
                    return err("/ may appear only once", sp);
                }
                if seen_star.is_some() {
                    return err("/ must be ahead of *", sp);
                }
                if i == 0 {
                    return err("at least one argument must precede /", sp);
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Plain(arg, default) => {
                if seen_star.is_some() {
                    star_has_followers = true;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return err(
                                "parameter without a default follows parameter with a default",
                                arg.span,
                            )
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Star(arg, sp) => {
                if seen_star.is_some() {
                    return err(
                        "* argument may appear only once",
                        Span::new(sp.start as usize, sp.start as usize + 1),
                    );
                }
                seen_star = Some(sp);
                if arg.is_some() {
                    star_has_followers = true;
                }
                a.vararg = arg;
                if i + 1 == n && a.vararg.is_none() {
                    return err("named arguments must follow bare *", bare_star_span(sp));
                }
            }
            ParamItem::DoubleStar(arg, default, sp) => {
                if let Some(d) = default {
                    return err(
                        "var-keyword argument cannot have default value",
                        Span::new(d.span.start as usize - 1, d.span.start as usize),
                    );
                }
                if let Some(star) = seen_star {
                    if !star_has_followers {
                        return err("named arguments must follow bare *", bare_star_span(star));
                    }
                }
                let _ = sp;
                seen_kwarg = true;
                a.kwarg = Some(arg);
            }
        }
    }
    Ok(a)
}

pub fn func_def(
    src: &str,
    name: Ident,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    lo: usize,
) -> R<Stmt> {
    let args = arguments(src, params, false)?;
    let end = body_end(&body, lo);
    Ok(Stmt::new(
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            args,
            body,
            decorator_list: vec![],
            returns,
        })),
        Span::new(lo, end),
    ))
}

pub fn lambda(src: &str, params: Vec<ParamItem>, body: Expr, span: Span) -> R<Expr> {
    let args = arguments(src, params, true)?;
    Ok(Expr::new(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        span,
    ))
}

pub fn class_def(
    src: &str,
    name: Ident,
    args: Option<(Vec<ArgItem>, Span)>,
    body: Vec<Stmt>,
    lo: usize,
) -> R<Stmt> {
    let (bases, keywords) = match args {
        Some((items, parens)) => {
            let close = Span::new(parens.end as usize - 1, parens.end as usize);
            call_args(src, items, None, close)?
        }
        None => (vec![], vec![]),
    };
    let end = body_end(&body, lo);
    Ok(Stmt::new(
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list: vec![],
        })),
        Span::new(lo, end),
    ))
}

/// Attaches decorators; the statement's span still starts at `def`/`class`, as CPython's.
pub fn decorate(decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    stmt
}

/// Concatenates adjacent string literals into one `Constant` or `JoinedStr`, parsing the
/// f-strings' replacement fields.
pub fn strings(src: &str, parts: Vec<(usize, StrLit, usize)>) -> R<Expr> {
    let first = parts.first().map_or(0, |p| p.0);
    let last = parts.last().map_or(0, |p| p.2);
    let whole = Span::new(first, last);
    let has_bytes = parts.iter().any(|p| matches!(p.1, StrLit::Bytes(_)));
    let all_bytes = parts.iter().all(|p| matches!(p.1, StrLit::Bytes(_)));
    if has_bytes && !all_bytes {
        return err(
            "cannot mix bytes and nonbytes literals",
            Span::new(last, last),
        );
    }
    if all_bytes {
        let mut out = Vec::new();
        for (_, p, _) in parts {
            if let StrLit::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(out)), whole));
    }
    if !parts.iter().any(|p| matches!(p.1, StrLit::FStr(_))) {
        let mut out = String::new();
        for (_, p, _) in parts {
            if let StrLit::Str(s) = p {
                out.push_str(&s);
            }
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Str(out)), whole));
    }
    let mut b = JoinedBuilder::default();
    for (lo, p, hi) in parts {
        match p {
            StrLit::Str(s) => b.text(&s, Span::new(lo, hi)),
            StrLit::FStr(fparts) => b.parts(src, fparts)?,
            StrLit::Bytes(_) => unreachable!(),
        }
    }
    Ok(Expr::new(ExprKind::JoinedStr(b.finish()), whole))
}

#[derive(Default)]
struct JoinedBuilder {
    values: Vec<Expr>,
    text: String,
    text_span: Option<Span>,
}

impl JoinedBuilder {
    fn text(&mut self, s: &str, span: Span) {
        if s.is_empty() {
            return;
        }
        self.text.push_str(s);
        self.text_span = Some(self.text_span.map_or(span, |t| t.to(span)));
    }

    fn flush(&mut self) {
        if let Some(sp) = self.text_span.take() {
            let s = std::mem::take(&mut self.text);
            self.values
                .push(Expr::new(ExprKind::Constant(Constant::Str(s)), sp));
        }
    }

    fn parts(&mut self, src: &str, parts: Vec<FPart>) -> R<()> {
        for part in parts {
            match part {
                FPart::Lit(s, sp) => self.text(&s, sp),
                FPart::Field(f) => {
                    if let Some(d) = &f.debug_text {
                        let start = f.expr.start as usize;
                        self.text(d, Span::new(start, start + d.len()));
                    }
                    self.flush();
                    let value = crate::parser::parse_fstring_expr(src, f.expr).map_err(|e| {
                        let text = &src[f.expr.start as usize..f.expr.end as usize];
                        let lead = text.len() - text.trim_start().len();
                        let is_lambda = text.trim_start().starts_with("lambda")
                            && !text.trim_start()[6..]
                                .starts_with(|c: char| c.is_alphanumeric() || c == '_');
                        if is_lambda && src.as_bytes().get(f.expr.end as usize) == Some(&b':') {
                            return user(SyntaxError::syntax(
                                "f-string: lambda expressions are not allowed without parentheses",
                                Span::new(f.expr.start as usize + lead, f.expr.end as usize + 1),
                            ));
                        }
                        user(e)
                    })?;
                    let conversion =
                        f.conversion
                            .or(if f.debug_text.is_some() && f.spec.is_none() {
                                Some('r')
                            } else {
                                None
                            });
                    let format_spec = match f.spec {
                        None => None,
                        Some(spec) => {
                            let sp = f.spec_span;
                            let mut inner = JoinedBuilder::default();
                            inner.parts(src, spec)?;
                            Some(Box::new(Expr::new(ExprKind::JoinedStr(inner.finish()), sp)))
                        }
                    };
                    self.values.push(Expr::new(
                        ExprKind::FormattedValue {
                            value: Box::new(value),
                            conversion,
                            format_spec,
                        },
                        f.span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}
