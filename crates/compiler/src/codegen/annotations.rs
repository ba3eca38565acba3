//! PEP 649 (Python 3.14): annotations are evaluated lazily.
//!
//! A module or class body records its simple `name: annotation` statements and, at its end,
//! stores an `__annotate__` function that builds the `{name: value}` dict; a `def` with
//! annotated parameters gets its own. Reading `__annotations__` calls it (the VM does that and
//! caches the dict). The annotate function is compiled in the scope that owns the annotations,
//! with that scope's name resolution (`LoadName`/`LoadClassDeref`), so the VM runs it with the
//! module or class namespace as its locals. Annotations of a `def` nested in a function are not
//! kept (see docs/differences.md): their names would need the enclosing function's fast locals.

use super::{CompileError, Compiler};
use crate::bytecode::{Constant, Instr};
use crate::symtable::ScopeKind;
use ouro_syntax::ast::{Arguments, Expr, ExprKind, Span, Stmt, StmtKind};
use std::rc::Rc;

type Result<T> = std::result::Result<T, CompileError>;

/// The simple `name: annotation` statements of a module or class body, including those in
/// nested blocks (not in nested definitions), in source order.
fn body_annotations(body: &[Stmt]) -> Vec<(String, &Expr)> {
    let mut out = Vec::new();
    fn walk<'b>(body: &'b [Stmt], out: &mut Vec<(String, &'b Expr)>) {
        for s in body {
            match &s.kind {
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    simple: true,
                    ..
                } => {
                    if let ExprKind::Name(n) = &target.kind {
                        out.push((n.clone(), annotation));
                    }
                }
                StmtKind::If { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::For { body, orelse, .. } => {
                    walk(body, out);
                    walk(orelse, out);
                }
                StmtKind::With { body, .. } => walk(body, out),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    walk(body, out);
                    for h in handlers {
                        walk(&h.body, out);
                    }
                    walk(orelse, out);
                    walk(finalbody, out);
                }
                _ => {}
            }
        }
    }
    walk(body, &mut out);
    out
}

impl<'a> Compiler<'a> {
    /// Store `__annotate__` for the annotations of a module or class body (CPython defines it
    /// before the body runs).
    pub(super) fn emit_annotate(&mut self, body: &'a [Stmt], span: Span) -> Result<()> {
        let items = body_annotations(body);
        if items.is_empty() {
            return Ok(());
        }
        self.annotate_function(&items, span)?;
        self.store_name("__annotate__");
        Ok(())
    }

    /// Push the annotate function of a `def`'s parameters and return annotation, if it has
    /// any (and its annotations can be kept); returns whether one was pushed.
    pub(super) fn function_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
        span: Span,
    ) -> Result<bool> {
        if !matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
            return Ok(false);
        }
        let mut items: Vec<(String, &'a Expr)> = Vec::new();
        for p in args.all() {
            if let Some(a) = &p.annotation {
                items.push((p.name.clone(), a));
            }
        }
        if let Some(r) = returns {
            items.push(("return".to_string(), r));
        }
        if items.is_empty() {
            return Ok(false);
        }
        self.annotate_function(&items, span)?;
        Ok(true)
    }

    /// Emit a function `__annotate__(format)` returning `{name: annotation, ...}`, compiled in
    /// the current scope.
    fn annotate_function(&mut self, items: &[(String, &'a Expr)], span: Span) -> Result<()> {
        let scope = self.unit_ref().scope;
        let qualname = self.child_qualname("__annotate__");
        self.push_unit(scope, "__annotate__", &qualname, span, 1);
        {
            let code = &mut self.unit().code;
            code.varnames = vec![Rc::from("format")];
            code.flags.generator = false;
        }
        for (name, expr) in items {
            self.load_const(Constant::Str(Rc::from(name.as_str())));
            self.expr(expr)?;
        }
        self.emit(Instr::BuildMap(items.len() as u32));
        self.emit(Instr::ReturnValue);
        let unit = self.pop_unit()?;
        self.make_closure(unit.code, 0);
        Ok(())
    }
}
