//! Statement lowering: control flow, exception handling, definitions, imports.
//!
//! Every block construct that leaves something on the VM's stacks pushes an [`FBlock`] while
//! its body is compiled, and pops it afterwards; `return`, `break` and `continue` walk those
//! blocks outward emitting the cleanup each needs (see the module doc of `codegen`).

use super::{CompileError, Compiler, FBlock, Mode};
use crate::bytecode::{make_function, Constant, Instr};
use crate::symtable::ScopeKind;
use ouro_syntax::ast::*;
use std::rc::Rc;

type Result<T> = std::result::Result<T, CompileError>;

impl<'a> Compiler<'a> {
    pub(super) fn stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        let span = stmt.span;
        let saved = std::mem::replace(&mut self.unit().span, span);
        let result = self.stmt_inner(stmt);
        self.unit().span = saved;
        result
    }

    fn body(&mut self, body: &'a [Stmt]) -> Result<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt_inner(&mut self, stmt: &'a Stmt) -> Result<()> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                if self.mode == Mode::Interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if let ExprKind::Constant(_) = e.kind {
                    // A lone constant (docstring-like) has no effect.
                } else {
                    self.expr(e)?;
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                // PEP 649 (3.14): annotations are evaluated lazily, by `__annotate__`.
                let _ = annotation;
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                } else if !*simple {
                    self.check_ann_target(target)?;
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_stmt(stmt.span)?,
            StmtKind::Continue => self.continue_stmt(stmt.span)?,
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), stmt.span)?,
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jump_else = self.emit(Instr::PopJumpIfFalse(0));
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch_here(jump_else);
                } else {
                    let jump_end = self.emit(Instr::Jump(0));
                    self.patch_here(jump_else);
                    self.body(orelse)?;
                    self.patch_here(jump_end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.enter_block(stmt.span)?;
                self.expr(test)?;
                let exit = self.emit(Instr::PopJumpIfFalse(0));
                self.unit().fblocks.push(FBlock::Loop {
                    continue_target: start,
                    breaks: Vec::new(),
                    for_loop: false,
                });
                self.body(body)?;
                self.emit(Instr::Jump(start));
                let breaks = self.pop_loop();
                self.leave_block();
                self.patch_here(exit);
                self.body(orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                // CPython reports errors of the iteration at the iterable expression.
                self.with_span(iter.span, |c| c.emit(Instr::GetIter));
                let start = self.here();
                let for_iter = self.with_span(iter.span, |c| c.emit(Instr::ForIter(0)));

                self.enter_block(stmt.span)?;
                self.store_target(target)?;
                self.unit().fblocks.push(FBlock::Loop {
                    continue_target: start,
                    breaks: Vec::new(),
                    for_loop: true,
                });
                self.body(body)?;
                self.emit(Instr::Jump(start));
                let breaks = self.pop_loop();
                self.leave_block();
                self.patch_here(for_iter);
                self.body(orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span)?,
            StmtKind::ClassDef(class) => self.class_def(class, stmt.span)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.with_span(stmt.span, |c| -> Result<()> {
                        c.load_const(Constant::Int(0.into()));
                        c.load_const(Constant::None);
                        let i = c.name_index(&a.name);
                        c.emit(Instr::ImportName(i));
                        match &a.asname {
                            Some(asname) => {
                                // `import a.b as c` binds the innermost module.
                                for part in a.name.split('.').skip(1) {
                                    let i = c.name_index(part);
                                    c.emit(Instr::ImportFrom(i));
                                    c.emit(Instr::Swap(2));
                                    c.emit(Instr::Pop);
                                }
                                c.store_name(asname);
                            }
                            None => {
                                let top = a.name.split('.').next().unwrap_or("");
                                c.store_name(top);
                            }
                        }
                        Ok(())
                    })?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Constant::Int((*level).into()));
                let fromlist: Vec<Constant> = names
                    .iter()
                    .map(|a| Constant::Str(Rc::from(a.name.as_str())))
                    .collect();
                self.load_const(Constant::Tuple(Rc::from(fromlist)));
                let i = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        self.with_span(stmt.span, |c| {
                            let i = c.name_index(&a.name);
                            c.emit(Instr::ImportFrom(i));
                            c.store_name(a.asname.as_deref().unwrap_or(&a.name));
                        });
                    }
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::With { items, body } => self.with_stmt(items, body)?,
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let ok = self.emit(Instr::PopJumpIfTrue(0));
                // CPython reports a failed assert at its test expression.
                self.with_span(test.span, |c| -> Result<()> {
                    c.emit(Instr::LoadAssertionError);
                    if let Some(m) = msg {
                        c.expr(m)?;
                        c.emit(Instr::Call(1));
                    }
                    c.emit(Instr::Raise(1));
                    Ok(())
                })?;
                self.patch_here(ok);
            }
        }
        Ok(())
    }

    fn check_ann_target(&mut self, target: &'a Expr) -> Result<()> {
        // `obj.attr: T` without a value still evaluates `obj` (and the subscript parts).
        match &target.kind {
            ExprKind::Attribute { value, .. } => {
                self.expr(value)?;
                self.emit(Instr::Pop);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.emit(Instr::Pop);
                self.expr(slice)?;
                self.emit(Instr::Pop);
            }
            _ => {}
        }
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    // ---- assignment -------------------------------------------------------------------

    pub(super) fn store_target(&mut self, target: &'a Expr) -> Result<()> {
        let span = target.span;
        self.with_span(span, |c| match &target.kind {
            ExprKind::Name(n) => {
                c.store_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                c.note_static_attribute(value, attr);
                c.expr(value)?;
                let i = c.name_index(attr);
                c.emit(Instr::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                c.expr(value)?;
                c.expr(slice)?;
                c.emit(Instr::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(s) => {
                        if items[s + 1..]
                            .iter()
                            .any(|e| matches!(e.kind, ExprKind::Starred(_)))
                        {
                            return c.error("multiple starred expressions in assignment", span);
                        }
                        let after = items.len() - s - 1;
                        c.emit(Instr::UnpackEx(s as u32 | (after as u32) << 8));
                    }
                    None => {
                        c.emit(Instr::UnpackSequence(items.len() as u32));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => c.store_target(inner)?,
                        _ => c.store_target(item)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => {
                c.error("starred assignment target must be in a list or tuple", span)
            }
            _ => c.error("cannot assign to expression", span),
        })
    }

    fn delete_target(&mut self, target: &'a Expr) -> Result<()> {
        let span = target.span;
        self.with_span(span, |c| match &target.kind {
            ExprKind::Name(n) => {
                c.delete_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                c.expr(value)?;
                let i = c.name_index(attr);
                c.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                c.expr(value)?;
                c.expr(slice)?;
                c.emit(Instr::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    c.delete_target(item)?;
                }
                Ok(())
            }
            _ => c.error("cannot delete expression", span),
        })
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> Result<()> {
        let op = super::expr::binary_operator(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.with_span(target.span, |c| c.load_name(n));
                self.expr(value)?;
                self.emit(Instr::BinaryOp(op, true));
                self.with_span(target.span, |c| c.store_name(n));
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                let i = self.name_index(attr);
                self.with_span(target.span, |c| c.emit(Instr::LoadAttr(i)));
                self.expr(value)?;
                self.emit(Instr::BinaryOp(op, true));
                self.emit(Instr::Swap(2));
                self.with_span(target.span, |c| c.emit(Instr::StoreAttr(i)));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.with_span(target.span, |c| c.emit(Instr::BinarySubscr));
                self.expr(value)?;
                self.emit(Instr::BinaryOp(op, true));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.with_span(target.span, |c| c.emit(Instr::StoreSubscr));
            }
            _ => {
                return self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }

    // ---- early exits ------------------------------------------------------------------

    fn in_function(&self) -> bool {
        self.units.len() > 1
            && matches!(
                self.scope_kind(),
                ScopeKind::Function | ScopeKind::Comprehension { .. }
            )
    }

    /// PEP 765 (3.14): leaving a `finally` block with return/break/continue is a SyntaxWarning.
    fn warn_if_in_finally(&mut self, what: &str, span: Span, stops_at_loop: bool) {
        for fb in self.unit_ref().fblocks.iter().rev() {
            match fb {
                FBlock::Loop { .. } if stops_at_loop => return,
                FBlock::FinallyEnd => {
                    let msg = format!("'{what}' in a 'finally' block");
                    self.warnings.push(super::CompileWarning { msg, span });
                    return;
                }
                _ => {}
            }
        }
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>, span: Span) -> Result<()> {
        if !self.in_function() {
            return self.error("'return' outside function", span);
        }
        self.warn_if_in_finally("return", span, false);
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Constant::None),
        }
        // Unwind every enclosing block, innermost first, keeping the return value on top;
        // each is unwound with only the blocks outside it in place (CPython's
        // `compiler_unwind_fblock_stack`).
        // The blocks below stay live: a `break` in a finally body records its jump in them.
        let mut unwound = Vec::new();
        let mut result = Ok(());
        while let Some(fb) = self.unit().fblocks.pop() {
            result = self.unwind_fblock(&fb, true);
            unwound.push(fb);
            if result.is_err() {
                break;
            }
        }
        while let Some(fb) = unwound.pop() {
            self.unit().fblocks.push(fb);
        }
        result?;
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn break_stmt(&mut self, span: Span) -> Result<()> {
        self.warn_if_in_finally("break", span, true);
        let fblocks = self.unit().fblocks.clone();
        for (depth, fb) in fblocks.iter().enumerate().rev() {
            if let FBlock::Loop { for_loop, .. } = fb {
                if *for_loop {
                    self.emit(Instr::Pop);
                }
                let at = self.emit(Instr::Jump(0));
                if let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.get_mut(depth) {
                    breaks.push(at);
                }
                return Ok(());
            }
            self.unwind_inner_fblock(depth, fb)?;
        }
        self.error("'break' outside loop", span)
    }

    fn continue_stmt(&mut self, span: Span) -> Result<()> {
        self.warn_if_in_finally("continue", span, true);

        let fblocks = self.unit().fblocks.clone();
        for (depth, fb) in fblocks.iter().enumerate().rev() {
            if let FBlock::Loop {
                continue_target, ..
            } = fb
            {
                self.emit(Instr::Jump(*continue_target));
                return Ok(());
            }
            self.unwind_inner_fblock(depth, fb)?;
        }
        self.error("'continue' not properly in loop", span)
    }

    /// Unwind a block for break/continue: the finally body runs with the fblocks outside it.
    fn unwind_inner_fblock(&mut self, depth: usize, fb: &FBlock<'a>) -> Result<()> {
        let saved = self.unit().fblocks.split_off(depth);
        let result = self.unwind_fblock(fb, false);
        self.unit().fblocks.extend(saved);
        result
    }

    /// Emit the cleanup needed to leave `fb` early. With `preserve_tos`, the value on top of
    /// the stack (a return value) stays on top. The fblocks in place are those outside `fb`.
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> Result<()> {
        match fb {
            FBlock::Loop { for_loop, .. } => {
                if *for_loop {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::Pop);
                }
            }
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::TryFinally { finalbody } => {
                self.emit(Instr::PopBlock);
                // The finally body runs with the blocks outside this one (the caller left only
                // those in place).
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let result = self.body(finalbody);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                result?;
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            FBlock::HandlerCleanup { name } => {
                if let Some(name) = name {
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.load_const(Constant::None);
                    self.store_name(name);
                    self.delete_name(name);
                } else {
                    self.emit(Instr::PopExcept);
                }
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.emit(Instr::Call(3));
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    // ---- try ----------------------------------------------------------------------------

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        let setup = self.emit(Instr::SetupFinally(0));
        let try_span = self.unit().span;
        self.enter_block(try_span)?;
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.leave_block();
        self.emit(Instr::PopBlock);
        self.body(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch_here(setup);
        // Stack here: [exc], with an except-handler block active (CPython's
        // EXCEPTION_HANDLER fblock, reported at the first handler).
        self.enter_block(handlers.first().map_or(try_span, |h| h.span))?;
        for (i, h) in handlers.iter().enumerate() {
            let saved = std::mem::replace(&mut self.unit().span, h.span);
            if h.typ.is_none() && i + 1 < handlers.len() {
                self.unit().span = saved;
                return self.error("default 'except:' must be last", h.span);
            }
            let mut next = None;
            if let Some(t) = &h.typ {
                // CheckExcMatch keeps the exception under its result.
                self.expr(t)?;

                self.emit(Instr::CheckExcMatch);
                next = Some(self.emit(Instr::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name);
                    let cleanup = self.emit(Instr::SetupFinally(0));
                    self.enter_block(h.span)?;
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.clone()),
                    });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.leave_block();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.load_const(Constant::None);
                    self.store_name(name);
                    self.delete_name(name);
                    ends.push(self.emit(Instr::Jump(0)));
                    // An exception inside the handler: unbind the name, re-raise.
                    self.patch_here(cleanup);
                    self.load_const(Constant::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::Pop);
                    self.enter_block(h.span)?;
                    self.unit()
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: None });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.leave_block();
                    self.emit(Instr::PopExcept);
                    ends.push(self.emit(Instr::Jump(0)));
                }
            }
            if let Some(n) = next {
                self.patch_here(n);
            }
            self.unit().span = saved;
        }
        self.leave_block();
        // No handler matched.
        self.emit(Instr::Reraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<()> {
        let setup = self.emit(Instr::SetupFinally(0));
        let try_span = self.unit().span;
        self.enter_block(try_span)?;
        self.unit().fblocks.push(FBlock::TryFinally { finalbody });
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.leave_block();
        self.emit(Instr::PopBlock);
        self.body(finalbody)?;
        let end = self.emit(Instr::Jump(0));
        // Exceptional path: [exc] with an except-handler block active.
        self.patch_here(setup);
        self.enter_block(try_span)?;
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.leave_block();
        self.emit(Instr::Reraise);
        self.patch_here(end);
        Ok(())
    }

    // ---- with ---------------------------------------------------------------------------

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> Result<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context_expr)?;
        let span = item.context_expr.span;
        self.with_span(span, |c| c.emit(Instr::BeforeWith));
        let setup = self.emit(Instr::SetupFinally(0));
        let with_span = self.unit().span;
        self.enter_block(with_span)?;
        self.unit().fblocks.push(FBlock::With);
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.with_stmt(rest, body)?;
        self.unit().fblocks.pop();
        self.leave_block();
        self.emit(Instr::PopBlock);
        self.with_span(span, |c| {
            c.load_const(Constant::None);
            c.load_const(Constant::None);
            c.load_const(Constant::None);
            c.emit(Instr::Call(3));
            c.emit(Instr::Pop);
        });
        let end = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        self.with_span(span, |c| c.emit(Instr::WithExceptStart));
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch_here(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.patch_here(end);
        Ok(())
    }

    // ---- definitions ----------------------------------------------------------------------

    /// Push defaults/kw-defaults for a parameter list; returns the MakeFunction flags.
    pub(super) fn function_defaults(&mut self, args: &'a Arguments) -> Result<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= make_function::DEFAULTS;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_const(Constant::Str(Rc::from(a.name.as_str())));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= make_function::KW_DEFAULTS;
        }
        Ok(flags)
    }

    /// Set the argument counts of a function unit from its parameter list.
    pub(super) fn set_arg_counts(&mut self, args: &Arguments) {
        let code = &mut self.unit().code;
        code.posonlyargcount = args.posonlyargs.len() as u32;
        code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        code.kwonlyargcount = args.kwonlyargs.len() as u32;
        code.flags.varargs = args.vararg.is_some();
        code.flags.varkeywords = args.kwarg.is_some();
    }

    fn function_def(&mut self, def: &'a FunctionDef, span: Span) -> Result<()> {
        for d in &def.decorator_list {
            self.expr(d)?;
        }
        let mut flags = self.function_defaults(&def.args)?;
        if self.function_annotations(&def.args, def.returns.as_ref(), span)? {
            flags |= make_function::ANNOTATIONS;
        }

        let scope = self.child_scope(span)?;
        let qualname = self.child_qualname(&def.name);
        self.push_unit(scope, &def.name, &qualname, span, 0);
        self.set_arg_counts(&def.args);
        if let Some(doc) = super::docstring(&def.body) {
            self.unit().code.docstring = Some(Rc::from(super::clean_doc(doc)));
        }
        let body: &'a [Stmt] = if super::docstring(&def.body).is_some() {
            &def.body[1..]
        } else {
            &def.body
        };
        for s in body {
            self.stmt(s)?;
        }
        self.emit_implicit_return();
        let unit = self.pop_unit()?;
        self.make_closure(unit.code, flags);
        for _ in &def.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&def.name);
        Ok(())
    }

    fn class_def(&mut self, class: &'a ClassDef, span: Span) -> Result<()> {
        for d in &class.decorator_list {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.child_scope(span)?;
        let qualname = self.child_qualname(&class.name);
        self.push_unit(scope, &class.name, &qualname, span, 0);
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(Constant::Str(Rc::from(qualname.as_str())));
        self.store_name("__qualname__");
        // The line of the first decorator, else of `class` (CPython's `__firstlineno__`).
        let firstlineno = match class.decorator_list.first() {
            Some(d) => self.lines.line(d.span.start),
            None => self.unit_ref().code.firstlineno,
        };
        self.load_const(Constant::Int(firstlineno.into()));
        self.store_name("__firstlineno__");
        self.emit_annotate(&class.body, span)?;
        self.stmts_with_docstring(&class.body, true)?;
        let attributes = self.static_attributes();
        self.load_const(attributes);
        self.store_name("__static_attributes__");

        let needs_cell = self.table.scopes[scope].needs_class_cell;
        if needs_cell {
            let i = self.cell_slot("__class__");
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            self.store_name("__classcell__");
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let unit = self.pop_unit()?;
        self.make_closure(unit.code, 0);
        self.load_const(Constant::Str(Rc::from(class.name.as_str())));
        self.call_args(&class.bases, &class.keywords, 2)?;

        for _ in &class.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&class.name);
        Ok(())
    }
}
