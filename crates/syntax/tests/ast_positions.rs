//! Manual check (ignored by default) of node positions against CPython's `ast` module.
//!
//! `OURO_AST_EXPECTED` is the output of a CPython 3.14 script that walks `ast.parse(src)` of
//! every file under a directory in `_fields` order and prints, per node with a position,
//! `Type lineno:col_offset-end_lineno:end_col_offset [name]` (files separated by `### path`);
//! `OURO_AST_DIR` is that directory. See grammar/README.md for the script.

use ouro_syntax::ast::*;
use ouro_syntax::LineIndex;

struct W<'a> {
    idx: &'a LineIndex,
    out: Vec<String>,
}

impl W<'_> {
    fn pos(&mut self, ty: &str, sp: Span, extra: &str) {
        let (l1, c1) = self.idx.line_col(sp.start);
        let (l2, c2) = self.idx.line_col(sp.end);
        self.out.push(format!("{ty} {l1}:{c1}-{l2}:{c2}{extra}"));
    }

    fn stmts(&mut self, b: &[Stmt]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, v: &[Expr]) {
        for e in v {
            self.expr(e);
        }
    }

    fn opt(&mut self, e: &Option<Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn optb(&mut self, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn arg(&mut self, a: &Arg) {
        self.pos("arg", a.span, &format!(" {}", a.name));
        self.opt(&a.annotation);
    }

    fn args(&mut self, a: &Arguments) {
        for x in &a.posonlyargs {
            self.arg(x);
        }
        for x in &a.args {
            self.arg(x);
        }
        if let Some(x) = &a.vararg {
            self.arg(x);
        }
        for x in &a.kwonlyargs {
            self.arg(x);
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        if let Some(x) = &a.kwarg {
            self.arg(x);
        }
        self.exprs(&a.defaults);
    }

    fn keywords(&mut self, k: &[Keyword]) {
        for k in k {
            self.pos(
                "keyword",
                k.span,
                &format!(" {}", k.arg.as_deref().unwrap_or("None")),
            );
            self.expr(&k.value);
        }
    }

    fn aliases(&mut self, a: &[Alias]) {
        for a in a {
            self.pos(
                "alias",
                a.span,
                &format!(" {} {}", a.name, a.asname.as_deref().unwrap_or("None")),
            );
        }
    }

    fn gens(&mut self, g: &[Comprehension]) {
        for c in g {
            self.expr(&c.target);
            self.expr(&c.iter);
            self.exprs(&c.ifs);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        use StmtKind::*;
        let sp = s.span;
        match &s.kind {
            Expr(e) => {
                self.pos("Expr", sp, "");
                self.expr(e);
            }
            Assign { targets, value } => {
                self.pos("Assign", sp, "");
                self.exprs(targets);
                self.expr(value);
            }
            AugAssign { target, value, op } => {
                self.pos("AugAssign", sp, &format!(" {op:?}"));
                self.expr(target);
                self.expr(value);
            }
            AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.pos("AnnAssign", sp, &format!(" {}", *simple as i32));
                self.expr(target);
                self.expr(annotation);
                self.opt(value);
            }
            Del(t) => {
                self.pos("Delete", sp, "");
                self.exprs(t);
            }
            Pass => self.pos("Pass", sp, ""),
            Break => self.pos("Break", sp, ""),
            Continue => self.pos("Continue", sp, ""),
            Return(v) => {
                self.pos("Return", sp, "");
                self.opt(v);
            }
            If { test, body, orelse } => {
                self.pos("If", sp, "");
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            While { test, body, orelse } => {
                self.pos("While", sp, "");
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.pos("For", sp, "");
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            FunctionDef(f) => {
                self.pos("FunctionDef", sp, &format!(" {}", f.name));
                self.args(&f.args);
                self.stmts(&f.body);
                self.exprs(&f.decorator_list);
                self.opt(&f.returns);
            }
            ClassDef(c) => {
                self.pos("ClassDef", sp, &format!(" {}", c.name));
                self.exprs(&c.bases);
                self.keywords(&c.keywords);
                self.stmts(&c.body);
                self.exprs(&c.decorator_list);
            }
            Global(n) => self.pos("Global", sp, &format!(" {}", n.join(","))),
            Nonlocal(n) => self.pos("Nonlocal", sp, &format!(" {}", n.join(","))),
            Import(a) => {
                self.pos("Import", sp, "");
                self.aliases(a);
            }
            ImportFrom {
                names,
                module,
                level,
            } => {
                self.pos(
                    "ImportFrom",
                    sp,
                    &format!(" {} {level}", module.as_deref().unwrap_or("None")),
                );
                self.aliases(names);
            }
            Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.pos("Try", sp, "");
                self.stmts(body);
                for h in handlers {
                    self.pos(
                        "ExceptHandler",
                        h.span,
                        &format!(" {}", h.name.as_deref().unwrap_or("None")),
                    );
                    self.opt(&h.typ);
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            Raise { exc, cause } => {
                self.pos("Raise", sp, "");
                self.opt(exc);
                self.opt(cause);
            }
            With { items, body } => {
                self.pos("With", sp, "");
                for i in items {
                    self.expr(&i.context_expr);
                    self.opt(&i.optional_vars);
                }
                self.stmts(body);
            }
            Assert { test, msg } => {
                self.pos("Assert", sp, "");
                self.expr(test);
                self.opt(msg);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        use ExprKind::*;
        let sp = e.span;
        match &e.kind {
            BoolOp { values, op } => {
                self.pos("BoolOp", sp, &format!(" {op:?}"));
                self.exprs(values);
            }
            NamedExpr { target, value } => {
                self.pos("NamedExpr", sp, "");
                self.expr(target);
                self.expr(value);
            }
            BinOp { left, right, op } => {
                self.pos("BinOp", sp, &format!(" {op:?}"));
                self.expr(left);
                self.expr(right);
            }
            UnaryOp { operand, op } => {
                self.pos("UnaryOp", sp, &format!(" {op:?}"));
                self.expr(operand);
            }
            Lambda { args, body } => {
                self.pos("Lambda", sp, "");
                self.args(args);
                self.expr(body);
            }
            IfExp { test, body, orelse } => {
                self.pos("IfExp", sp, "");
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            Dict { keys, values } => {
                self.pos("Dict", sp, "");
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            Set(v) => {
                self.pos("Set", sp, "");
                self.exprs(v);
            }
            ListComp { elt, generators } => {
                self.pos("ListComp", sp, "");
                self.expr(elt);
                self.gens(generators);
            }
            SetComp { elt, generators } => {
                self.pos("SetComp", sp, "");
                self.expr(elt);
                self.gens(generators);
            }
            DictComp {
                key,
                value,
                generators,
            } => {
                self.pos("DictComp", sp, "");
                self.expr(key);
                self.expr(value);
                self.gens(generators);
            }
            GeneratorExp { elt, generators } => {
                self.pos("GeneratorExp", sp, "");
                self.expr(elt);
                self.gens(generators);
            }
            Yield(v) => {
                self.pos("Yield", sp, "");
                self.optb(v);
            }
            YieldFrom(v) => {
                self.pos("YieldFrom", sp, "");
                self.expr(v);
            }
            Compare {
                left,
                comparators,
                ops,
            } => {
                let o: Vec<String> = ops.iter().map(|o| format!("{o:?}")).collect();
                self.pos("Compare", sp, &format!(" {}", o.join(",")));
                self.expr(left);
                self.exprs(comparators);
            }
            Call {
                func,
                args,
                keywords,
            } => {
                self.pos("Call", sp, "");
                self.expr(func);
                self.exprs(args);
                self.keywords(keywords);
            }
            FormattedValue {
                value,
                format_spec,
                conversion,
            } => {
                let c = conversion.map_or(-1, |c| c as i32);
                self.pos("FormattedValue", sp, &format!(" {c}"));
                self.expr(value);
                self.optb(format_spec);
            }
            JoinedStr(v) => {
                self.pos("JoinedStr", sp, "");
                self.exprs(v);
            }
            ExprKind::Constant(c) => {
                use ouro_syntax::ast::Constant as C;
                let t = match c {
                    C::None => "NoneType None".to_string(),
                    C::True => "bool True".to_string(),
                    C::False => "bool False".to_string(),
                    C::Ellipsis => "ellipsis Ellipsis".to_string(),
                    C::Int(i) => format!("int {i}"),
                    C::Float(f) => format!("float {}", f.to_bits()),
                    C::Str(s) => {
                        let sum = s.chars().enumerate().fold(0u64, |a, (i, c)| {
                            (a + (i as u64 + 1) * c as u64) % 1000000007
                        });
                        format!("str {}:{sum}", s.chars().count())
                    }
                    C::Bytes(b) => {
                        let sum = b.iter().enumerate().fold(0u64, |a, (i, c)| {
                            (a + (i as u64 + 1) * *c as u64) % 1000000007
                        });
                        format!("bytes {}:{sum}", b.len())
                    }
                };
                self.pos("Constant", sp, &format!(" {t}"));
            }
            Attribute { value, attr } => {
                self.pos("Attribute", sp, &format!(" {attr}"));
                self.expr(value);
            }
            Subscript { value, slice } => {
                self.pos("Subscript", sp, "");
                self.expr(value);
                self.expr(slice);
            }
            Starred(v) => {
                self.pos("Starred", sp, "");
                self.expr(v);
            }
            Name(n) => self.pos("Name", sp, &format!(" {n}")),
            List(v) => {
                self.pos("List", sp, "");
                self.exprs(v);
            }
            Tuple(v) => {
                self.pos("Tuple", sp, "");
                self.exprs(v);
            }
            Slice { lower, upper, step } => {
                self.pos("Slice", sp, "");
                self.optb(lower);
                self.optb(upper);
                self.optb(step);
            }
        }
    }
}

#[test]
#[ignore]
fn positions_match_cpython() {
    let (Ok(dir), Ok(expected)) = (
        std::env::var("OURO_AST_DIR"),
        std::env::var("OURO_AST_EXPECTED"),
    ) else {
        return;
    };
    let expected = std::fs::read_to_string(expected).unwrap();
    let mut files = 0;
    let mut same = 0;
    let mut skipped = 0;
    let mut report = Vec::new();
    for chunk in expected.split("### ").skip(1) {
        let (path, body) = chunk.split_once('\n').unwrap();
        if path.starts_with("DONE") {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(format!("{dir}/{path}")) else {
            continue;
        };
        files += 1;
        let Ok(m) = ouro_syntax::parse_module(&src) else {
            skipped += 1;
            continue;
        };
        let idx = LineIndex::new(&src);
        let mut w = W {
            idx: &idx,
            out: vec![],
        };
        w.stmts(&m.body);
        let want: Vec<&str> = body.lines().filter(|l| !l.is_empty()).collect();
        let got: Vec<&str> = w.out.iter().map(|s| s.as_str()).collect();
        if want == got {
            same += 1;
        } else {
            let i = want
                .iter()
                .zip(&got)
                .position(|(a, b)| a != b)
                .unwrap_or(want.len().min(got.len()));
            report.push(format!(
                "{path}: first difference at node {i}:\n  cpython: {}\n  ouro:    {}\n  context: {}",
                want.get(i).unwrap_or(&"<end>"),
                got.get(i).unwrap_or(&"<end>"),
                want[i.saturating_sub(3)..i].join(" | ")
            ));
        }
    }
    println!("{same}/{files} files identical ({skipped} not parsed by ouro)");
    for r in &report {
        println!("{r}");
    }
}
