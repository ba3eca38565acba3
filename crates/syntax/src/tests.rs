//! Parser tests: the AST of each statement and expression form (as a compact dump close to
//! CPython's `ast.dump`), spans, and never panicking on truncated input.

use crate::ast::*;
use crate::parse_module;

// ---------------------------------------------------------------------------------------------
// A compact dump: `BinOp(Name(a) Add Constant(1))`.

fn d_expr(e: &Expr) -> String {
    use ExprKind::*;
    match &e.kind {
        BoolOp { op, values } => format!("BoolOp({op:?} {})", d_list(values)),
        NamedExpr { target, value } => format!("NamedExpr({} {})", d_expr(target), d_expr(value)),
        BinOp { left, op, right } => format!("BinOp({} {op:?} {})", d_expr(left), d_expr(right)),
        UnaryOp { op, operand } => format!("UnaryOp({op:?} {})", d_expr(operand)),
        Lambda { args, body } => format!("Lambda({} {})", d_args(args), d_expr(body)),
        IfExp { test, body, orelse } => format!(
            "IfExp({} {} {})",
            d_expr(test),
            d_expr(body),
            d_expr(orelse)
        ),
        Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", d_expr(k), d_expr(v)),
                    None => format!("**{}", d_expr(v)),
                })
                .collect();
            format!("Dict[{}]", items.join(", "))
        }
        Set(v) => format!("Set{}", d_list(v)),
        ListComp { elt, generators } => format!("ListComp({} {})", d_expr(elt), d_gens(generators)),
        SetComp { elt, generators } => format!("SetComp({} {})", d_expr(elt), d_gens(generators)),
        DictComp {
            key,
            value,
            generators,
        } => {
            format!(
                "DictComp({}:{} {})",
                d_expr(key),
                d_expr(value),
                d_gens(generators)
            )
        }
        GeneratorExp { elt, generators } => {
            format!("GeneratorExp({} {})", d_expr(elt), d_gens(generators))
        }
        Yield(v) => format!("Yield({})", v.as_ref().map_or("-".into(), |v| d_expr(v))),
        YieldFrom(v) => format!("YieldFrom({})", d_expr(v)),
        Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("Compare({}", d_expr(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {o:?} {}", d_expr(c)));
            }
            s + ")"
        }
        Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(d_expr).collect();
            for k in keywords {
                parts.push(match &k.arg {
                    Some(a) => format!("{a}={}", d_expr(&k.value)),
                    None => format!("**{}", d_expr(&k.value)),
                });
            }
            format!("Call({} [{}])", d_expr(func), parts.join(", "))
        }
        FormattedValue {
            value,
            conversion,
            format_spec,
        } => format!(
            "FV({}{}{})",
            d_expr(value),
            conversion.map_or(String::new(), |c| format!(" !{c}")),
            format_spec
                .as_ref()
                .map_or(String::new(), |s| format!(" :{}", d_expr(s)))
        ),
        JoinedStr(v) => format!("JoinedStr{}", d_list(v)),
        Constant(c) => match c {
            crate::ast::Constant::Str(s) => format!("{s:?}"),
            crate::ast::Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            crate::ast::Constant::Int(i) => format!("{i}"),
            crate::ast::Constant::Float(f) => format!("{f:?}"),
            other => format!("{other:?}"),
        },
        Attribute { value, attr } => format!("Attr({} {attr})", d_expr(value)),
        Subscript { value, slice } => format!("Sub({} {})", d_expr(value), d_expr(slice)),
        Starred(v) => format!("*{}", d_expr(v)),
        Name(n) => n.clone(),
        List(v) => format!("List{}", d_list(v)),
        Tuple(v) => format!("Tuple{}", d_list(v)),
        Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map_or(String::new(), |x| d_expr(x));
            format!("Slice({}:{}:{})", o(lower), o(upper), o(step))
        }
    }
}

fn d_list(v: &[Expr]) -> String {
    format!("[{}]", v.iter().map(d_expr).collect::<Vec<_>>().join(", "))
}

fn d_gens(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let mut s = format!("for {} in {}", d_expr(&c.target), d_expr(&c.iter));
            for i in &c.ifs {
                s.push_str(&format!(" if {}", d_expr(i)));
            }
            s
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn d_arg(a: &Arg) -> String {
    match &a.annotation {
        Some(t) => format!("{}:{}", a.name, d_expr(t)),
        None => a.name.clone(),
    }
}

fn d_args(a: &Arguments) -> String {
    let mut parts = vec![];
    let npos = a.posonlyargs.len() + a.args.len();
    let first_default = npos - a.defaults.len();
    for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        let mut s = d_arg(arg);
        if i >= first_default {
            s.push_str(&format!("={}", d_expr(&a.defaults[i - first_default])));
        }
        parts.push(s);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".into());
        }
    }
    if let Some(v) = &a.vararg {
        parts.push(format!("*{}", d_arg(v)));
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".into());
    }
    for (arg, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut s = d_arg(arg);
        if let Some(d) = d {
            s.push_str(&format!("={}", d_expr(d)));
        }
        parts.push(s);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", d_arg(k)));
    }
    format!("({})", parts.join(", "))
}

fn d_body(b: &[Stmt]) -> String {
    format!(
        "{{{}}}",
        b.iter().map(d_stmt).collect::<Vec<_>>().join("; ")
    )
}

fn d_stmt(s: &Stmt) -> String {
    use StmtKind::*;
    match &s.kind {
        Expr(e) => d_expr(e),
        Assign { targets, value } => format!("Assign({} = {})", d_list(targets), d_expr(value)),
        AugAssign { target, op, value } => {
            format!("AugAssign({} {op:?}= {})", d_expr(target), d_expr(value))
        }
        AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => format!(
            "AnnAssign({}: {}{}{})",
            d_expr(target),
            d_expr(annotation),
            value
                .as_ref()
                .map_or(String::new(), |v| format!(" = {}", d_expr(v))),
            if *simple { "" } else { " !simple" }
        ),
        Del(v) => format!("Del{}", d_list(v)),
        Pass => "Pass".into(),
        Break => "Break".into(),
        Continue => "Continue".into(),
        Return(v) => format!("Return({})", v.as_ref().map_or("-".into(), d_expr)),
        If { test, body, orelse } => {
            format!("If({} {} {})", d_expr(test), d_body(body), d_body(orelse))
        }
        While { test, body, orelse } => format!(
            "While({} {} {})",
            d_expr(test),
            d_body(body),
            d_body(orelse)
        ),
        For {
            target,
            iter,
            body,
            orelse,
        } => {
            format!(
                "For({} in {} {} {})",
                d_expr(target),
                d_expr(iter),
                d_body(body),
                d_body(orelse)
            )
        }
        FunctionDef(f) => format!(
            "Def({}{}{} {}{})",
            f.decorator_list
                .iter()
                .map(|d| format!("@{} ", d_expr(d)))
                .collect::<String>(),
            f.name,
            d_args(&f.args),
            f.returns
                .as_ref()
                .map_or(String::new(), |r| format!("-> {} ", d_expr(r))),
            d_body(&f.body)
        ),
        ClassDef(c) => {
            let mut parts: Vec<String> = c.bases.iter().map(d_expr).collect();
            for k in &c.keywords {
                parts.push(match &k.arg {
                    Some(a) => format!("{a}={}", d_expr(&k.value)),
                    None => format!("**{}", d_expr(&k.value)),
                });
            }
            format!(
                "Class({}{}[{}] {})",
                c.decorator_list
                    .iter()
                    .map(|d| format!("@{} ", d_expr(d)))
                    .collect::<String>(),
                c.name,
                parts.join(", "),
                d_body(&c.body)
            )
        }
        Global(n) => format!("Global{n:?}"),
        Nonlocal(n) => format!("Nonlocal{n:?}"),
        Import(a) => format!("Import[{}]", d_aliases(a)),
        ImportFrom {
            module,
            names,
            level,
        } => {
            format!(
                "ImportFrom({level} {} [{}])",
                module.as_deref().unwrap_or("-"),
                d_aliases(names)
            )
        }
        Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let hs: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "except {}{} {}",
                        h.typ.as_ref().map_or("-".into(), d_expr),
                        h.name
                            .as_ref()
                            .map_or(String::new(), |n| format!(" as {n}")),
                        d_body(&h.body)
                    )
                })
                .collect();
            format!(
                "Try({} [{}] {} {})",
                d_body(body),
                hs.join(", "),
                d_body(orelse),
                d_body(finalbody)
            )
        }
        Raise { exc, cause } => format!(
            "Raise({}{})",
            exc.as_ref().map_or("-".into(), d_expr),
            cause
                .as_ref()
                .map_or(String::new(), |c| format!(" from {}", d_expr(c)))
        ),
        With { items, body } => {
            let it: Vec<String> = items
                .iter()
                .map(|i| {
                    format!(
                        "{}{}",
                        d_expr(&i.context_expr),
                        i.optional_vars
                            .as_ref()
                            .map_or(String::new(), |v| format!(" as {}", d_expr(v)))
                    )
                })
                .collect();
            format!("With([{}] {})", it.join(", "), d_body(body))
        }
        Assert { test, msg } => format!(
            "Assert({}{})",
            d_expr(test),
            msg.as_ref()
                .map_or(String::new(), |m| format!(", {}", d_expr(m)))
        ),
    }
}

fn d_aliases(a: &[Alias]) -> String {
    a.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {n}", a.name),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn dump(src: &str) -> String {
    let m = parse_module(src).unwrap_or_else(|e| panic!("{src:?}: {}", e.render("t.py", src)));
    m.body.iter().map(d_stmt).collect::<Vec<_>>().join("\n")
}

fn check(src: &str, expected: &str) {
    assert_eq!(dump(src), expected, "source: {src:?}");
}

/// The source text of the first statement's expression (or value).
fn expr_of(src: &str) -> Expr {
    let m = parse_module(src).unwrap();
    match &m.body[0].kind {
        StmtKind::Expr(e) => e.clone(),
        StmtKind::Assign { value, .. } => value.clone(),
        k => panic!("{k:?}"),
    }
}

fn text(src: &str, sp: Span) -> &str {
    &src[sp.start as usize..sp.end as usize]
}

// ---------------------------------------------------------------------------------------------
// Statements.

#[test]
fn simple_statements() {
    check("pass; break; continue", "Pass\nBreak\nContinue");
    check("x = 1", "Assign([x] = 1)");
    check("a = b = c", "Assign([a, b] = c)");
    check("a, *b = c", "Assign([Tuple[a, *b]] = c)");
    check("[a, (b, c)] = d", "Assign([List[a, Tuple[b, c]]] = d)");
    check("a.b[c] = 1,", "Assign([Sub(Attr(a b) c)] = Tuple[1])");
    check("x += 1\nx //= 2\nx **= 3\nx @= y", "AugAssign(x Add= 1)\nAugAssign(x FloorDiv= 2)\nAugAssign(x Pow= 3)\nAugAssign(x MatMult= y)");
    check("x: int", "AnnAssign(x: int)");
    check("x: int = 5", "AnnAssign(x: int = 5)");
    check("(x): int = 5", "AnnAssign(x: int = 5 !simple)");
    check("a.b: int", "AnnAssign(Attr(a b): int !simple)");
    check("del a, b[0], c.d", "Del[a, Sub(b 0), Attr(c d)]");
    check("del (a, b)", "Del[Tuple[a, b]]");
    check("del a,", "Del[a]");
    check("return", "Return(-)");
    check("return 1, 2", "Return(Tuple[1, 2])");
    check("return *a, b", "Return(Tuple[*a, b])");
    check("raise", "Raise(-)");
    check("raise E from e", "Raise(E from e)");
    check(
        "global a, b\nnonlocal c",
        "Global[\"a\", \"b\"]\nNonlocal[\"c\"]",
    );
    check("assert x, 'msg'", "Assert(x, \"msg\")");
    check("assert x", "Assert(x)");
    check("x = yield", "Assign([x] = Yield(-))");
    check("x = yield 1, 2", "Assign([x] = Yield(Tuple[1, 2]))");
    check("yield from g()", "YieldFrom(Call(g []))");
    check("yield", "Yield(-)");
    check("x = 1;", "Assign([x] = 1)");
}

#[test]
fn imports() {
    check("import a.b.c as d, e", "Import[a.b.c as d, e]");
    check("from . import x", "ImportFrom(1 - [x])");
    check(
        "from ..a.b import (c as d, e,)",
        "ImportFrom(2 a.b [c as d, e])",
    );
    check("from ...a import *", "ImportFrom(3 a [*])");
    check("from .... import x", "ImportFrom(4 - [x])");
    check("from a import b, c", "ImportFrom(0 a [b, c])");
}

#[test]
fn compound_statements() {
    check("if a: pass", "If(a {Pass} {})");
    check(
        "if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n",
        "If(a {x} {If(b {y} {If(c {z} {w})})})",
    );
    check("while x: pass\nelse: y", "While(x {Pass} {y})");
    check(
        "for x, y in z: pass\nelse: w",
        "For(Tuple[x, y] in z {Pass} {w})",
    );
    check("for x in *a, b: pass", "For(x in Tuple[*a, b] {Pass} {})");
    check(
        "try:\n  a\nexcept E as e:\n  b\nexcept (A, B):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n",
        "Try({a} [except E as e {b}, except Tuple[A, B] {c}, except - {d}] {e} {f})",
    );
    check("try: a\nfinally: b", "Try({a} [] {} {b})");
    check(
        "try: a\nexcept A, B: b",
        "Try({a} [except Tuple[A, B] {b}] {} {})",
    );
    check("with a as b, c: pass", "With([a as b, c] {Pass})");
    check(
        "with (a as b, c as d,): pass",
        "With([a as b, c as d] {Pass})",
    );
    check("with (a, b): pass", "With([a, b] {Pass})");
    check("with (a, b) as c: pass", "With([Tuple[a, b] as c] {Pass})");
    check("with (a): pass", "With([a] {Pass})");
    check("with a as (b, c): pass", "With([a as Tuple[b, c]] {Pass})");
    check(
        "with f() as x.y: pass",
        "With([Call(f []) as Attr(x y)] {Pass})",
    );
}

#[test]
fn function_definitions() {
    check("def f(): pass", "Def(f() {Pass})");
    check(
        "def f(a, b=1, *args, c, d=2, **kw) -> int: pass",
        "Def(f(a, b=1, *args, c, d=2, **kw) -> int {Pass})",
    );
    check("def f(a, /, b, *, c): pass", "Def(f(a, /, b, *, c) {Pass})");
    check("def f(a=1, /, b=2): pass", "Def(f(a=1, /, b=2) {Pass})");
    check(
        "def f(a: int, *b: str, c: 'x' = 3, **d: float,): pass",
        "Def(f(a:int, *b:str, c:\"x\"=3, **d:float) {Pass})",
    );
    check(
        "@dec\n@dec2(1)\ndef f(): pass",
        "Def(@dec @Call(dec2 [1]) f() {Pass})",
    );
    check("class A: pass", "Class(A[] {Pass})");
    check("class A(): pass", "Class(A[] {Pass})");
    check(
        "class A(B, C, metaclass=M, **kw): pass",
        "Class(A[B, C, metaclass=M, **kw] {Pass})",
    );
    check(
        "@d\nclass A(B):\n  x = 1\n  def m(self): return self.x",
        "Class(@d A[B] {Assign([x] = 1); Def(m(self) {Return(Attr(self x))})})",
    );
    check("lambda: 0", "Lambda(() 0)");
    check(
        "lambda x, y=1, *a, z, **k: x",
        "Lambda((x, y=1, *a, z, **k) x)",
    );
    check("lambda a, /, b, *, c=3: a", "Lambda((a, /, b, *, c=3) a)");
}

#[test]
fn decorated_def_span_starts_at_def() {
    let src = "@dec\ndef f():\n    return 1\n";
    let m = parse_module(src).unwrap();
    assert_eq!(text(src, m.body[0].span), "def f():\n    return 1");
}

// ---------------------------------------------------------------------------------------------
// Expressions.

#[test]
fn precedence() {
    check("-2**2", "UnaryOp(USub BinOp(2 Pow 2))");
    check("2**-1", "BinOp(2 Pow UnaryOp(USub 1))");
    check("a**b**c", "BinOp(a Pow BinOp(b Pow c))");
    check("a + b * c - d", "BinOp(BinOp(a Add BinOp(b Mult c)) Sub d)");
    check(
        "a | b ^ c & d << e + f",
        "BinOp(a BitOr BinOp(b BitXor BinOp(c BitAnd BinOp(d LShift BinOp(e Add f)))))",
    );
    check(
        "a // b % c @ d / e",
        "BinOp(BinOp(BinOp(BinOp(a FloorDiv b) Mod c) MatMult d) Div e)",
    );
    check("not a == b", "UnaryOp(Not Compare(a Eq b))");
    check(
        "a or b and not c",
        "BoolOp(Or [a, BoolOp(And [b, UnaryOp(Not c)])])",
    );
    check("a or b or c", "BoolOp(Or [a, b, c])");
    check("a < b <= c != d", "Compare(a Lt b LtE c NotEq d)");
    check(
        "a not in b is not c in d is e",
        "Compare(a NotIn b IsNot c In d Is e)",
    );
    check("~a + +b", "BinOp(UnaryOp(Invert a) Add UnaryOp(UAdd b))");
    check("a if b else c if d else e", "IfExp(b a IfExp(d c e))");
    check("lambda: a if b else c", "Lambda(() IfExp(b a c))");
    check("(a := 1)", "NamedExpr(a 1)");
    check("x = (y := f(x))", "Assign([x] = NamedExpr(y Call(f [x])))");
    check("if x := 5: pass", "If(NamedExpr(x 5) {Pass} {})");
}

#[test]
fn atoms() {
    check("x", "x");
    check(
        "None, True, False, ...",
        "Tuple[None, True, False, Ellipsis]",
    );
    check("1.5, 10, 0xff", "Tuple[1.5, 10, 255]");
    check("()", "Tuple[]");
    check("(1,)", "Tuple[1]");
    check("(1)", "1");
    check("[]", "List[]");
    check("[1, *a, 2,]", "List[1, *a, 2]");
    check("{}", "Dict[]");
    check("{1: 2, **m, 3: 4,}", "Dict[1:2, **m, 3:4]");
    check("{1, *s, 2}", "Set[1, *s, 2]");
    check("{1,}", "Set[1]");
    check("[x for x in y]", "ListComp(x for x in y)");
    check(
        "[x for x in y if a if b for z in x]",
        "ListComp(x for x in y if a if b for z in x)",
    );
    check("{k: v for k, v in d}", "DictComp(k:v for Tuple[k, v] in d)");
    check("{x for x in y}", "SetComp(x for x in y)");
    check("(x for x in y)", "GeneratorExp(x for x in y)");
    check("[y := 1, 2]", "List[NamedExpr(y 1), 2]");
    check(
        "[a if b else c for x in y]",
        "ListComp(IfExp(b a c) for x in y)",
    );
}

#[test]
fn trailers() {
    check("f()", "Call(f [])");
    check("f(a, *b, c=1, **d)", "Call(f [a, *b, c=1, **d])");
    check("f(x for x in y)", "Call(f [GeneratorExp(x for x in y)])");
    check("f(a)(b).c[d]", "Sub(Attr(Call(Call(f [a]) [b]) c) d)");
    check("a[1:2, ::3]", "Sub(a Tuple[Slice(1:2:), Slice(::3)])");
    check("a[:]", "Sub(a Slice(::))");
    check("a[::]", "Sub(a Slice(::))");
    check("a[1:]", "Sub(a Slice(1::))");
    check("a[1,]", "Sub(a Tuple[1])");
    check("a[*b]", "Sub(a *b)");
    check("a[x:=1]", "Sub(a NamedExpr(x 1))");
    check("f(a, b,)", "Call(f [a, b])");
    check("f(*a, *b, **c, d=1)", "Call(f [*a, *b, **c, d=1])");
}

#[test]
fn strings_concatenate() {
    check("'a' \"b\" '''c'''", "\"abc\"");
    check("b'a' b'b'", "b\"ab\"");
    check("'a' f'{x}' 'b'", "JoinedStr[\"a\", FV(x), \"b\"]");
    check("f''", "JoinedStr[]");
    check("f'abc'", "JoinedStr[\"abc\"]");
}

#[test]
fn fstrings() {
    check(
        "f'{x!r:>{w}} {{y}}'",
        "JoinedStr[FV(x !r :JoinedStr[\">\", FV(w)]), \" {y}\"]",
    );
    check("f'{x=}'", "JoinedStr[\"x=\", FV(x !r)]");
    check("f'{ x = }'", "JoinedStr[\" x = \", FV(x !r)]");
    check(
        "f'{x=:.2f}'",
        "JoinedStr[\"x=\", FV(x :JoinedStr[\".2f\"])]",
    );
    check("f'{x=!s}'", "JoinedStr[\"x=\", FV(x !s)]");
    check("f'a{x!a}b'", "JoinedStr[\"a\", FV(x !a), \"b\"]");
    check("f\"{d['k']}\"", "JoinedStr[FV(Sub(d \"k\"))]");
    check("f\"{d[\"k\"]}\"", "JoinedStr[FV(Sub(d \"k\"))]");
    check("f'{f'{x}'}'", "JoinedStr[FV(JoinedStr[FV(x)])]");
    check("f'{a == b}'", "JoinedStr[FV(Compare(a Eq b))]");
    check("f'{a != b!r}'", "JoinedStr[FV(Compare(a NotEq b) !r)]");
    check("f'{x:{a}{b}}'", "JoinedStr[FV(x :JoinedStr[FV(a), FV(b)])]");
    check("f'''{\n  x\n  + 1\n}'''", "JoinedStr[FV(BinOp(x Add 1))]");
    check("f'{x,y}'", "JoinedStr[FV(Tuple[x, y])]");
    check("f'{ {1: 2}[1] }'", "JoinedStr[FV(Sub(Dict[1:2] 1))]");
    check("rf'\\n{x}'", "JoinedStr[\"\\\\n\", FV(x)]");
    check("f'\\n{x}\\t'", "JoinedStr[\"\\n\", FV(x), \"\\t\"]");
    check("f'{x}' f'{y}'", "JoinedStr[FV(x), FV(y)]");
    check("f'\\N{BULLET} {x}'", "JoinedStr[\"• \", FV(x)]");
    check("f'{lambda_:x}'", "JoinedStr[FV(lambda_ :JoinedStr[\"x\"])]");
}

#[test]
fn fstring_spans_are_real_offsets() {
    let src = "s = f'ab{x + y}'";
    let e = expr_of(src);
    let ExprKind::JoinedStr(parts) = &e.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &parts[1].kind else {
        panic!()
    };
    assert_eq!(text(src, value.span), "x + y");
    assert_eq!(text(src, e.span), "f'ab{x + y}'");
}

#[test]
fn expression_spans() {
    let src = "r = (a + b) * f(x)[1].y";
    let e = expr_of(src);
    assert_eq!(text(src, e.span), "(a + b) * f(x)[1].y");
    let ExprKind::BinOp { left, right, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(text(src, left.span), "a + b");
    assert_eq!(text(src, right.span), "f(x)[1].y");
    let ExprKind::Attribute { value, .. } = &right.kind else {
        panic!()
    };
    assert_eq!(text(src, value.span), "f(x)[1]");
    let ExprKind::Subscript { value, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(text(src, value.span), "f(x)");

    let src = "x = 1, 2,";
    assert_eq!(text(src, expr_of(src).span), "1, 2,");
    let src = "x = (1, 2)";
    assert_eq!(text(src, expr_of(src).span), "(1, 2)");
    let src = "f(x for x in y)";
    let ExprKind::Call { args, .. } = expr_of(src).kind else {
        panic!()
    };
    assert_eq!(text(src, args[0].span), "(x for x in y)");
    let src = "x = not a.b";
    assert_eq!(text(src, expr_of(src).span), "not a.b");
    let src = "x = a < b < c";
    assert_eq!(text(src, expr_of(src).span), "a < b < c");
    let src = "x = lambda: 1";
    assert_eq!(text(src, expr_of(src).span), "lambda: 1");
    let src = "x = -y";
    assert_eq!(text(src, expr_of(src).span), "-y");
    let src = "x = 'a' 'b'";
    assert_eq!(text(src, expr_of(src).span), "'a' 'b'");
}

#[test]
fn statement_spans() {
    let src = "if x:\n    y = 1\nelse:\n    z = 2\nw = 3  # c\n";
    let m = parse_module(src).unwrap();
    assert_eq!(
        text(src, m.body[0].span),
        "if x:\n    y = 1\nelse:\n    z = 2"
    );
    assert_eq!(text(src, m.body[1].span), "w = 3");
    let src = "try:\n  a\nexcept E:\n  b\n";
    let m = parse_module(src).unwrap();
    let StmtKind::Try { handlers, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, handlers[0].span), "except E:\n  b");
    let src = "def f(a, b: int = 1): pass";
    let m = parse_module(src).unwrap();
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, f.args.args[1].span), "b: int");
    let src = "f(a, k=1, **kw)";
    let ExprKind::Call { keywords, .. } = expr_of(src).kind else {
        panic!()
    };
    assert_eq!(text(src, keywords[0].span), "k=1");
    assert_eq!(text(src, keywords[1].span), "**kw");
    let src = "import a.b as c";
    let m = parse_module(src).unwrap();
    let StmtKind::Import(a) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, a[0].span), "a.b as c");
}

#[test]
fn line_endings_and_layout() {
    for nl in ["\n", "\r\n", "\r"] {
        let src = format!("def f(a,{nl}      b):{nl}    if a:{nl}{nl}        return \\{nl}  b{nl}    # c{nl}    return [1,{nl}2]{nl}x = f(1, 2)");
        check(
            &src,
            "Def(f(a, b) {If(a {Return(b)} {}); Return(List[1, 2])})\nAssign([x] = Call(f [1, 2]))",
        );
    }
    check(
        "if x:\n\tif y:\n\t\tpass\n\tz\n",
        "If(x {If(y {Pass} {}); z} {})",
    );
    check("", "");
    check("\n\n  \n# c\n", "");
    check("x = '''a\r\nb'''", "Assign([x] = \"a\\nb\")");
}

#[test]
fn soft_keywords_are_names() {
    check(
        "match = case = type = _ = 1",
        "Assign([match, case, type, _] = 1)",
    );
    check("print(match.x)", "Call(print [Attr(match x)])");
}

#[test]
fn big_file_parses_quickly() {
    let mut src = String::new();
    for i in 0..2_000 {
        src.push_str(&format!(
            "def f{i}(a, b=1, *c, **d):\n    if a > b and not c:\n        return [x * 2 for x in range(a) if x % 3]\n    s = f'{{a!r}} and {{b:>10}}'\n    return {{'k': (a, b), **d}}\n"
        ));
    }
    let t = std::time::Instant::now();
    let m = parse_module(&src).unwrap();
    eprintln!(
        "10,000 lines ({} bytes) parsed in {:?}",
        src.len(),
        t.elapsed()
    );
    assert_eq!(m.body.len(), 2_000);
    // 10,000 lines in well under a few seconds even in a debug build.
    assert!(t.elapsed().as_secs_f64() < 10.0, "{:?}", t.elapsed());
}

// ---------------------------------------------------------------------------------------------
// Robustness: every truncation of some sample programs must return (Ok or Err), never panic.

const SAMPLES: &[&str] = &[
    "def f(a, b=1, *args, c, **kw) -> int:\n    '''doc'''\n    x = [i ** 2 for i in range(10) if i % 2]\n    return {k: v for k, v in kw.items()}\n",
    "class A(B, metaclass=M):\n\tdef m(self):\n\t\ttry:\n\t\t\treturn f'{self.x!r:>{w}} {{y}}'\n\t\texcept (E, F) as e:\n\t\t\traise G from e\n",
    "with open('f') as f, (a := b):\r\n    for x, *y in f: print(x, sep='', end=\"\\n\")\r\n    else: pass\r\nz = b'\\x00' + rb'\\d' \\\r\n  + 0x_ff + 1_000.5e-3\r\n",
    "s = f\"\"\"{\n  x\n}\"\"\" 'é€' \"\\N{BULLET}\"\nif (x):\n  lambda a=1, /, *b: (yield)\nelif y: del a[1:2, ::3]\n",
];

#[test]
fn truncations_never_panic() {
    for s in SAMPLES {
        assert!(parse_module(s).is_ok(), "{:?}", parse_module(s).err());
        for i in 0..=s.len() {
            if s.is_char_boundary(i) {
                let t = &s[..i];
                if let Err(e) = parse_module(t) {
                    let _ = e.render("x.py", t);
                }
            }
        }
        // Also the tails.
        for i in 0..=s.len() {
            if s.is_char_boundary(i) {
                let t = &s[i..];
                if let Err(e) = parse_module(t) {
                    let _ = e.render("x.py", t);
                }
            }
        }
    }
}

#[test]
fn garbage_never_panics() {
    let pieces = [
        "(", ")", "[", "]", "{", "}", "'", "\"", "f'", "{x", "}", "\\", "\n", "\t", " ", "#", "0x",
        "1e", "é", "€", "\r", "lambda", ":", "=", "**", "if", "else", "def", "$", "`", "!", "\0",
        "with (", "as", "x", ",", "for", "in", "print ", "except", "import", "f'{", "'''", "@",
        "class", "    ", "\n  ", "*", "yield", "try:\n", ":=", ".", "1", "0o9", "[x for",
    ];
    let mut seed = 12345u64;
    let rounds: usize = std::env::var("OURO_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    for _ in 0..rounds {
        let mut s = String::new();
        for _ in 0..(seed as usize % 20 + 2) {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        if let Err(e) = parse_module(&s) {
            let _ = e.render("x.py", &s);
        }
    }
}

/// Programs CPython 3.14 accepts (verified with the reference interpreter), with edge cases
/// of the tokenizer and f-strings.
#[test]
fn cpython_accepts_these() {
    let sources = [
        "x = ... + 1\n",
        "x = f'{\"\\n\".join(a)}'\n",
        "x = f'{a!=b}'\n",
        "x = f'{x:=10}'\n",
        "x = f'''{a # c\n}'''\n",
        "x = f'{x!r:}'\n",
        "x = f'{x:{y:{z}}}'\n",
        "x = [0x1for x in y]\n",
        "x = f'{f\"{1}\"}'\n",
        "x = 1 .real\n",
        "x = 1if y else 2\n",
        "print >>sys.stderr, 'x'\n",
        "a[*b] = 1\n",
        "x = 'abc\\\ndef'\n",
        "if x:\n\ty = 1\nelse:\n        y = 2\n",
        "\u{e9}t\u{e9} = 1\nprint(\u{e9}t\u{e9})\n",
        "x = f'{a\n+ b}'\n",
        "x = f'{a\n}'\n",
        "x = 1\n\x0c\ny = 2\n",
        "def f(a, /): pass\n",
        "def f(*, a): pass\n",
        "def f(**k,): pass\n",
        "lambda *a, **k: 0\n",
        "f(*a, b, *c, d=1, **e, f=2)\n",
        "x = yield\n",
        "del a[0], (b, c), [d]\n",
        "with (open(a) as f, open(b) as g,): pass\n",
        "x = a if b else(c)\n",
        "x = not not a\n",
        "x = - - a\n",
        "x = a[...]\n",
        "x = {**a, **b}\n",
        "x = [*a, *b]\n",
        "x = *a, *b\n",
        "for x, in y: pass\n",
        "x, = y\n",
        "[x for x in y for z in x if z if not x]\n",
        "x = r'\\\\' r'\\''\n",
        "x = b'\\xff' rb'\\d'\n",
        "x = U'x' u'y'\n",
        "x = 0_0\n",
        "x = 1e-10 + 1E+10 + .5\n",
        "class A(B, *c, **d): pass\n",
        "@a.b(c)\n@d\nclass E: pass\n",
        "@(lambda f: f)\ndef g(): pass\n",
        "try:\n  pass\nexcept E:\n  pass\n",
        "if a: pass\nelif b: pass\nelif c: pass\n",
        "while 1:\n  break\nelse:\n  continue\n",
        "global x\n",
        "assert (a, b)\n",
        "import a.b.c\n",
        "from .a import (b)\n",
        "x = (yield from y)\n",
        "x: 'int'\n",
        "x[0]: int = 1\n",
        "print(f'{x!r:^{w}.{p}f}')\n",
        "s = '\\N{LATIN SMALL LETTER A}\\N{EM DASH}'\n",
    ];
    for s in sources {
        if let Err(e) = parse_module(s) {
            panic!("{s:?} rejected:\n{}", e.render("t.py", s));
        }
    }
}

#[test]
fn incomplete_input_is_flagged() {
    for s in [
        "if x:\n",
        "if x:",
        "for x in y:\n    if z:\n",
        "x = (1,\n",
        "x = [1,\n 2",
        "x = '''abc\n",
        "x = f'''abc {x}\n",
        "x = 1 + \\\n",
        "@dec\n",
        "class A:\n",
        "def f(\n",
        "x = {\n",
    ] {
        let e = parse_module(s).expect_err(s);
        assert!(e.is_incomplete(), "{s:?}: {e}");
    }
    for s in [
        "x +\n",
        "x = = 1\n",
        "x = 'abc\n",
        ")\n",
        "if x\n",
        "try:\n  pass\n",
    ] {
        let e = parse_module(s).expect_err(s);
        assert!(!e.is_incomplete(), "{s:?}: {e}");
    }
}

#[test]
fn error_values() {
    use crate::{SyntaxError, SyntaxErrorType};
    let e: SyntaxError = parse_module("x = 1\nif x\n    pass\n").unwrap_err();
    assert_eq!(e.error_type, SyntaxErrorType::SyntaxError);
    assert_eq!(e.msg, "expected ':'");
    assert_eq!(e.lineno, 2);
    assert_eq!(e.span, Span::new(10, 11));
    assert_eq!(e.to_string(), "SyntaxError: expected ':' (line 2)");
    assert_eq!(
        e.render("x.py", "x = 1\nif x\n    pass\n"),
        "  File \"x.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"
    );
    let e = parse_module("if x:\n  a\n\tb\n").unwrap_err();
    assert_eq!(e.error_type, SyntaxErrorType::TabError);
    let e = parse_module("if x:\npass\n").unwrap_err();
    assert_eq!(e.error_type, SyntaxErrorType::IndentationError);
    assert_eq!(
        e.msg,
        "expected an indented block after 'if' statement on line 1"
    );
    // Errors on a CRLF or CR line.
    for nl in ["\r\n", "\r"] {
        let src = format!("x = 1{nl}if x{nl}    pass{nl}");
        let e = parse_module(&src).unwrap_err();
        assert_eq!(e.lineno, 2);
        assert_eq!(
            e.render("x.py", &src),
            "  File \"x.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"
        );
    }
}

/// Found by fuzzing (compile target, timeout): error analysis of nested f-string fields
/// probed again inside every probe, exponentially in the nesting (this input took over 100 s).
#[test]
fn nested_fstring_errors_are_analysed_in_linear_time() {
    let bytes = include_bytes!("../tests/data/fstring_probes_exponential.bin");
    let src = String::from_utf8_lossy(bytes).into_owned();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(parse_module(&src).is_err());
    });
    let failed = rx.recv_timeout(std::time::Duration::from_secs(20));
    assert_eq!(failed, Ok(true), "the parse must fail, and fast");
}
