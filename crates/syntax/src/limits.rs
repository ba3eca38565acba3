//! Nesting limits of a parsed tree, checked without recursion.
//!
//! Invariant: every tree [`crate::parse_module`] returns is at most [`MAX_TREE_DEPTH`] nodes
//! deep, so the recursive passes after the parser (symbol table, code generation, `Drop`) need
//! a bounded native stack. A tree that fails the check is taken apart iteratively
//! ([`dismantle`]) so that dropping it cannot overflow the stack either.
//!
//! The limits reproduce what CPython 3.14 reports for the same sources (issue 10, "never
//! crash"):
//! - Its PEG parser fails with `MemoryError: Parser stack overflowed - Python source too
//!   complex to parse` once its recursion passes `MAXSTACK` (6000) levels. Only
//!   right-recursive constructs grow that recursion without brackets (which the tokenizer
//!   limits to 200 levels): unary operators and `not` (one level each), `lambda` bodies and the
//!   right operand of `**` (two levels), the `else` branch of a conditional expression and
//!   `elif` (one level). [`MAX_PARSER_LEVEL`] is calibrated on those chains at statement level
//!   (measured with CPython 3.14: 5966 `not`s, 2983 `lambda`s, 2984 `**` operands and 5966
//!   nested conditional expressions parse, one more does not; CPython takes one more `-` and
//!   one fewer `elif`); the cost of brackets and of statement nesting is approximated (see
//!   docs/differences.md).
//! - Left-recursive chains (`1+1+...`, `a.b.c...`, `f()()...`, `a[0][0]...`) parse, but
//!   CPython's compiler then runs out of C stack: `RecursionError` at about 27,460 levels
//!   on 64-bit Linux. [`MAX_TREE_DEPTH`] is that depth, for any chain.

use crate::ast::*;
use crate::error::{SyntaxError, SyntaxErrorType};

/// The deepest right-recursive nesting CPython's parser accepts (see the module doc).
pub const MAX_PARSER_LEVEL: u32 = 5967;

/// The deepest tree CPython's compiler compiles (see the module doc).
pub const MAX_TREE_DEPTH: u32 = 27_461;

/// Checks the limits, taking the tree apart without recursion when it fails them.
pub(crate) fn check_module(module: Module) -> Result<Module, SyntaxError> {
    match check(&module) {
        Ok(()) => Ok(module),
        Err(e) => {
            dismantle(module);
            Err(e)
        }
    }
}

fn parser_overflow() -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorType::MemoryError,
        "Parser stack overflowed - Python source too complex to parse",
        Span::default(),
    )
}

fn too_deep() -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorType::RecursionError,
        "maximum recursion depth exceeded during compilation",
        Span::default(),
    )
}

#[derive(Clone, Copy)]
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// A node with its parser level and tree depth.
type Item<'a> = (Node<'a>, u32, u32);

/// The first limit the tree breaks, parser overflow first (CPython parses before it compiles).
fn check(module: &Module) -> Result<(), SyntaxError> {
    let mut stack: Vec<Item> = module.body.iter().map(|s| (Node::Stmt(s), 0, 1)).collect();
    let mut too_deep_seen = false;
    while let Some((node, level, depth)) = stack.pop() {
        if level > MAX_PARSER_LEVEL {
            return Err(parser_overflow());
        }
        if depth > MAX_TREE_DEPTH {
            too_deep_seen = true;
            continue;
        }
        match node {
            Node::Stmt(s) => stmt_children(s, level, depth, &mut stack),
            Node::Expr(e) => expr_children(e, level, depth, &mut stack),
        }
    }
    if too_deep_seen {
        return Err(too_deep());
    }
    Ok(())
}

fn push_stmts<'a>(body: &'a [Stmt], level: u32, depth: u32, out: &mut Vec<Item<'a>>) {
    out.extend(body.iter().map(|s| (Node::Stmt(s), level, depth)));
}

fn push_expr<'a>(e: &'a Expr, level: u32, depth: u32, out: &mut Vec<Item<'a>>) {
    out.push((Node::Expr(e), level, depth));
}

fn push_exprs<'a>(es: &'a [Expr], level: u32, depth: u32, out: &mut Vec<Item<'a>>) {
    out.extend(es.iter().map(|e| (Node::Expr(e), level, depth)));
}

fn push_args<'a>(args: &'a Arguments, level: u32, depth: u32, out: &mut Vec<Item<'a>>) {
    push_exprs(&args.defaults, level, depth, out);
    for d in args.kw_defaults.iter().flatten() {
        push_expr(d, level, depth, out);
    }
    for a in args.all() {
        if let Some(ann) = &a.annotation {
            push_expr(ann, level, depth, out);
        }
    }
}

fn stmt_children<'a>(s: &'a Stmt, level: u32, depth: u32, out: &mut Vec<Item<'a>>) {
    // Expressions of a statement and nested statements are one level further.
    let (l, d) = (level + 1, depth + 1);
    match &s.kind {
        StmtKind::Expr(e) => push_expr(e, l, d, out),
        StmtKind::Assign { targets, value } => {
            push_exprs(targets, l, d, out);
            push_expr(value, l, d, out);
        }
        StmtKind::AugAssign { target, value, .. } => {
            push_expr(target, l, d, out);
            push_expr(value, l, d, out);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            push_expr(target, l, d, out);
            push_expr(annotation, l, d, out);
            if let Some(v) = value {
                push_expr(v, l, d, out);
            }
        }
        StmtKind::Del(targets) => push_exprs(targets, l, d, out),
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
        StmtKind::Return(v) => {
            if let Some(v) = v {
                push_expr(v, l, d, out);
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            push_expr(test, l, d, out);
            push_stmts(body, l, d, out);
            // An `elif` chain nests one level per `elif`.
            push_stmts(orelse, l, d, out);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            push_expr(target, l, d, out);
            push_expr(iter, l, d, out);
            push_stmts(body, l, d, out);
            push_stmts(orelse, l, d, out);
        }
        StmtKind::FunctionDef(def) => {
            push_exprs(&def.decorator_list, l, d, out);
            push_args(&def.args, l, d, out);
            if let Some(r) = &def.returns {
                push_expr(r, l, d, out);
            }
            push_stmts(&def.body, l, d, out);
        }
        StmtKind::ClassDef(class) => {
            push_exprs(&class.decorator_list, l, d, out);
            push_exprs(&class.bases, l, d, out);
            for k in &class.keywords {
                push_expr(&k.value, l, d, out);
            }
            push_stmts(&class.body, l, d, out);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            push_stmts(body, l, d, out);
            for h in handlers {
                if let Some(t) = &h.typ {
                    push_expr(t, l, d, out);
                }
                push_stmts(&h.body, l, d, out);
            }
            push_stmts(orelse, l, d, out);
            push_stmts(finalbody, l, d, out);
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                push_expr(e, l, d, out);
            }
        }
        StmtKind::With { items, body } => {
            for item in items {
                push_expr(&item.context_expr, l, d, out);
                if let Some(v) = &item.optional_vars {
                    push_expr(v, l, d, out);
                }
            }
            push_stmts(body, l, d, out);
        }
        StmtKind::Assert { test, msg } => {
            push_expr(test, l, d, out);
            if let Some(m) = msg {
                push_expr(m, l, d, out);
            }
        }
    }
}

fn push_generators<'a>(gens: &'a [Comprehension], level: u32, depth: u32, out: &mut Vec<Item<'a>>) {
    for g in gens {
        push_expr(&g.target, level, depth, out);
        push_expr(&g.iter, level, depth, out);
        push_exprs(&g.ifs, level, depth, out);
    }
}

fn expr_children<'a>(e: &'a Expr, level: u32, depth: u32, out: &mut Vec<Item<'a>>) {
    let d = depth + 1;
    match &e.kind {
        ExprKind::BoolOp { values, .. } => push_exprs(values, level, d, out),
        ExprKind::NamedExpr { target, value } => {
            push_expr(target, level, d, out);
            push_expr(value, level, d, out);
        }
        ExprKind::BinOp { left, op, right } => {
            // `**` is right-recursive in CPython's grammar (`power: await_primary '**' factor`).
            let right_level = if *op == BinOp::Pow { level + 2 } else { level };
            push_expr(left, level, d, out);
            push_expr(right, right_level, d, out);
        }
        ExprKind::UnaryOp { operand, .. } => push_expr(operand, level + 1, d, out),
        ExprKind::Lambda { args, body } => {
            push_args(args, level + 2, d, out);
            push_expr(body, level + 2, d, out);
        }
        ExprKind::IfExp { test, body, orelse } => {
            push_expr(test, level + 1, d, out);
            push_expr(body, level + 1, d, out);
            push_expr(orelse, level + 1, d, out);
        }
        ExprKind::Dict { keys, values } => {
            for k in keys.iter().flatten() {
                push_expr(k, level, d, out);
            }
            push_exprs(values, level, d, out);
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            push_exprs(items, level, d, out)
        }
        ExprKind::JoinedStr(items) => push_exprs(items, level, d, out),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            push_expr(elt, level, d, out);
            push_generators(generators, level, d, out);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            push_expr(key, level, d, out);
            push_expr(value, level, d, out);
            push_generators(generators, level, d, out);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                push_expr(v, level, d, out);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => push_expr(v, level, d, out),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            push_expr(left, level, d, out);
            push_exprs(comparators, level, d, out);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            push_expr(func, level, d, out);
            push_exprs(args, level, d, out);
            for k in keywords {
                push_expr(&k.value, level, d, out);
            }
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            push_expr(value, level, d, out);
            if let Some(s) = format_spec {
                push_expr(s, level, d, out);
            }
        }
        ExprKind::Attribute { value, .. } => push_expr(value, level, d, out),
        ExprKind::Subscript { value, slice } => {
            push_expr(value, level, d, out);
            push_expr(slice, level, d, out);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                push_expr(part, level, d, out);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
    }
}

/// Drops a tree of any depth with a heap stack instead of the native one: every node's
/// children are moved out before the node itself is dropped.
pub(crate) fn dismantle(module: Module) {
    let mut stmts: Vec<Stmt> = module.body;
    let mut exprs: Vec<Expr> = Vec::new();
    loop {
        if let Some(s) = stmts.pop() {
            take_stmt(s, &mut stmts, &mut exprs);
        } else if let Some(e) = exprs.pop() {
            take_expr(e, &mut exprs);
        } else {
            break;
        }
    }
}

fn take_args(args: Arguments, exprs: &mut Vec<Expr>) {
    exprs.extend(args.defaults);
    exprs.extend(args.kw_defaults.into_iter().flatten());
    let all = args
        .posonlyargs
        .into_iter()
        .chain(args.args)
        .chain(args.vararg)
        .chain(args.kwonlyargs)
        .chain(args.kwarg);
    exprs.extend(all.filter_map(|a| a.annotation));
}

fn take_stmt(s: Stmt, stmts: &mut Vec<Stmt>, exprs: &mut Vec<Expr>) {
    match s.kind {
        StmtKind::Expr(e) => exprs.push(e),
        StmtKind::Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => exprs.extend([target, value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs.extend([target, annotation]);
            exprs.extend(value);
        }
        StmtKind::Del(targets) => exprs.extend(targets),
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
        StmtKind::Return(v) => exprs.extend(v),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            exprs.push(test);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs.extend([target, iter]);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::FunctionDef(def) => {
            let def = *def;
            exprs.extend(def.decorator_list);
            take_args(def.args, exprs);
            exprs.extend(def.returns);
            stmts.extend(def.body);
        }
        StmtKind::ClassDef(class) => {
            let class = *class;
            exprs.extend(class.decorator_list);
            exprs.extend(class.bases);
            exprs.extend(class.keywords.into_iter().map(|k| k.value));
            stmts.extend(class.body);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts.extend(body);
            for h in handlers {
                exprs.extend(h.typ);
                stmts.extend(h.body);
            }
            stmts.extend(orelse);
            stmts.extend(finalbody);
        }
        StmtKind::Raise { exc, cause } => {
            exprs.extend(exc);
            exprs.extend(cause);
        }
        StmtKind::With { items, body } => {
            for item in items {
                exprs.push(item.context_expr);
                exprs.extend(item.optional_vars);
            }
            stmts.extend(body);
        }
        StmtKind::Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg);
        }
    }
}

fn take_generators(gens: Vec<Comprehension>, exprs: &mut Vec<Expr>) {
    for g in gens {
        exprs.extend([g.target, g.iter]);
        exprs.extend(g.ifs);
    }
}

fn take_expr(e: Expr, exprs: &mut Vec<Expr>) {
    match e.kind {
        ExprKind::BoolOp { values, .. } => exprs.extend(values),
        ExprKind::NamedExpr { target, value } => exprs.extend([*target, *value]),
        ExprKind::BinOp { left, right, .. } => exprs.extend([*left, *right]),
        ExprKind::UnaryOp { operand, .. } => exprs.push(*operand),
        ExprKind::Lambda { args, body } => {
            take_args(*args, exprs);
            exprs.push(*body);
        }
        ExprKind::IfExp { test, body, orelse } => exprs.extend([*test, *body, *orelse]),
        ExprKind::Dict { keys, values } => {
            exprs.extend(keys.into_iter().flatten());
            exprs.extend(values);
        }
        ExprKind::Set(items)
        | ExprKind::List(items)
        | ExprKind::Tuple(items)
        | ExprKind::JoinedStr(items) => exprs.extend(items),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            exprs.push(*elt);
            take_generators(generators, exprs);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            exprs.extend([*key, *value]);
            take_generators(generators, exprs);
        }
        ExprKind::Yield(v) => exprs.extend(v.map(|v| *v)),
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => exprs.push(*v),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            exprs.push(*left);
            exprs.extend(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            exprs.push(*func);
            exprs.extend(args);
            exprs.extend(keywords.into_iter().map(|k| k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            exprs.push(*value);
            exprs.extend(format_spec.map(|s| *s));
        }
        ExprKind::Attribute { value, .. } => exprs.push(*value),
        ExprKind::Subscript { value, slice } => exprs.extend([*value, *slice]),
        ExprKind::Slice { lower, upper, step } => {
            exprs.extend([lower, upper, step].into_iter().flatten().map(|p| *p))
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses on a thread with a big stack, as the interpreter does: trees within the
    /// limits are still dropped recursively.
    fn err_type(src: &str) -> Option<SyntaxErrorType> {
        let src = src.to_string();
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || crate::parse_module(&src).err().map(|e| e.error_type))
            .and_then(|h| {
                h.join()
                    .map_err(|_| std::io::Error::other("parser panicked"))
            })
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn right_recursive_chains_overflow_the_parser_like_cpython() {
        let not = |n: usize| format!("x = {}1\n", "not ".repeat(n));
        assert_eq!(err_type(&not(5966)), None);
        assert_eq!(err_type(&not(5967)), Some(SyntaxErrorType::MemoryError));
        let lambda = |n: usize| format!("f = {}1\n", "lambda: ".repeat(n));
        assert_eq!(err_type(&lambda(2983)), None);
        assert_eq!(err_type(&lambda(2984)), Some(SyntaxErrorType::MemoryError));
        let pow = |n: usize| format!("x = {}\n", vec!["1"; n].join("**"));
        assert_eq!(err_type(&pow(2984)), None);
        assert_eq!(err_type(&pow(2985)), Some(SyntaxErrorType::MemoryError));
        let ifexp = |n: usize| format!("x = {}0\n", "1 if y else ".repeat(n));
        assert_eq!(err_type(&ifexp(5966)), None);
        assert_eq!(err_type(&ifexp(5967)), Some(SyntaxErrorType::MemoryError));
        let neg = format!("x = {}1\n", "- ".repeat(100_000));
        assert_eq!(err_type(&neg), Some(SyntaxErrorType::MemoryError));
        let elif = format!("if x: pass\n{}", "elif x: pass\n".repeat(100_000));
        assert_eq!(err_type(&elif), Some(SyntaxErrorType::MemoryError));
    }

    #[test]
    fn left_recursive_chains_are_too_deep_to_compile() {
        let plus = |n: usize| format!("x = {}\n", vec!["1"; n].join("+"));
        assert_eq!(err_type(&plus(10_000)), None);
        assert_eq!(
            err_type(&plus(100_000)),
            Some(SyntaxErrorType::RecursionError)
        );
        let attr = format!("x = {}\n", vec!["a"; 100_000].join("."));
        assert_eq!(err_type(&attr), Some(SyntaxErrorType::RecursionError));
        let call = format!("f{}\n", "()".repeat(100_000));
        assert_eq!(err_type(&call), Some(SyntaxErrorType::RecursionError));
        let sub = format!("a{}\n", "[0]".repeat(100_000));
        assert_eq!(err_type(&sub), Some(SyntaxErrorType::RecursionError));
    }

    #[test]
    fn flat_sequences_have_no_limit() {
        let and = format!("x = {}\n", vec!["1"; 100_000].join(" and "));
        assert_eq!(err_type(&and), None);
        let cmp = format!("x = {}\n", vec!["1"; 100_000].join(" < "));
        assert_eq!(err_type(&cmp), None);
        let tuple = format!("x = {}\n", vec!["1"; 100_000].join(", "));
        assert_eq!(err_type(&tuple), None);
    }

    #[test]
    fn tokenizer_limits() {
        let fstr = |n: usize| format!("y = {}x{}\n", "f'{".repeat(n), "}'".repeat(n));
        assert_eq!(err_type(&fstr(149)), None);
        let e = crate::parse_module(&fstr(150)).unwrap_err();
        assert_eq!(e.msg, "too many nested f-strings or t-strings");
        // CPython's caret: the quote of the 150th f-string.
        assert_eq!(e.span.start as usize, 4 + 3 * 149 + 1);
        let parens = |n: usize| format!("x = {}{}\n", "(".repeat(n), ")".repeat(n));
        assert_eq!(err_type(&parens(200)), None);
        let e = crate::parse_module(&parens(201)).unwrap_err();
        assert_eq!(e.msg, "too many nested parentheses");
    }

    #[test]
    fn limit_errors_render_as_cpython_prints_them() {
        let src = format!("x = {}1\n", "-".repeat(7000));
        let e = crate::parse_module(&src).unwrap_err();
        assert_eq!(
            e.render("t.py", &src),
            "MemoryError: Parser stack overflowed - Python source too complex to parse\n"
        );
        assert!(!e.error_type.is_syntax_error());
    }

    #[test]
    fn dismantle_drops_a_very_deep_tree() {
        let mut e = Expr::new(ExprKind::Name("x".into()), Span::default());
        for _ in 0..1_000_000 {
            e = Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e),
                },
                Span::default(),
            );
        }
        dismantle(Module {
            body: vec![Stmt::new(StmtKind::Expr(e), Span::default())],
        });
    }
}
