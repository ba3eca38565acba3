//! Expression lowering. Each expression leaves exactly one value on the stack.

use super::{CompileError, Compiler};
use crate::bytecode::{format_value, BinaryOperator, Comparison, Constant, Instr, UnaryOperator};
use crate::symtable::ScopeKind;
use ouro_syntax::ast::*;
use std::rc::Rc;

type Result<T> = std::result::Result<T, CompileError>;

pub(super) fn binary_operator(op: BinOp) -> BinaryOperator {
    match op {
        BinOp::Add => BinaryOperator::Add,
        BinOp::Sub => BinaryOperator::Sub,
        BinOp::Mult => BinaryOperator::Mul,
        BinOp::MatMult => BinaryOperator::MatMul,
        BinOp::Div => BinaryOperator::TrueDiv,
        BinOp::Mod => BinaryOperator::Mod,
        BinOp::Pow => BinaryOperator::Pow,
        BinOp::LShift => BinaryOperator::LShift,
        BinOp::RShift => BinaryOperator::RShift,
        BinOp::BitOr => BinaryOperator::Or,
        BinOp::BitXor => BinaryOperator::Xor,
        BinOp::BitAnd => BinaryOperator::And,
        BinOp::FloorDiv => BinaryOperator::FloorDiv,
    }
}

fn constant(c: &ouro_syntax::ast::Constant) -> Constant {
    use ouro_syntax::ast::Constant as A;
    match c {
        A::None => Constant::None,
        A::True => Constant::True,
        A::False => Constant::False,
        A::Ellipsis => Constant::Ellipsis,
        A::Int(i) => Constant::Int(i.clone()),
        A::Float(f) => Constant::Float(*f),
        A::Str(s) => Constant::Str(Rc::from(s.as_str())),
        A::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, expr: &'a Expr) -> Result<()> {
        let saved = std::mem::replace(&mut self.unit().span, expr.span);
        let result = self.expr_inner(expr);
        self.unit().span = saved;
        result
    }

    fn expr_inner(&mut self, expr: &'a Expr) -> Result<()> {
        match &expr.kind {
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let j = match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        jumps.push(self.emit(j));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                if let ExprKind::Name(n) = &target.kind {
                    self.store_name(n);
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(binary_operator(*op), false));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let op = match op {
                    UnaryOp::Invert => UnaryOperator::Invert,
                    UnaryOp::Not => UnaryOperator::Not,
                    UnaryOp::UAdd => UnaryOperator::Pos,
                    UnaryOp::USub => UnaryOperator::Neg,
                };
                self.emit(Instr::UnaryOp(op));
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.function_defaults(args)?;
                let scope = self.child_scope(expr.span)?;
                let qualname = self.child_qualname("<lambda>");
                self.push_unit(scope, "<lambda>", &qualname, expr.span, 0);
                self.set_arg_counts(args);
                self.expr(body)?;
                if !self.table.scopes[scope].is_generator {
                    self.emit(Instr::ReturnValue);
                } else {
                    self.emit(Instr::Pop);
                    self.load_const(Constant::None);
                    self.emit(Instr::ReturnValue);
                }
                let unit = self.pop_unit()?;
                self.make_closure(unit.code, flags);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let else_jump = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch_here(else_jump);
                self.expr(orelse)?;
                self.patch_here(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(items) => self.sequence_display(items, SeqKind::Set)?,
            ExprKind::List(items) => self.sequence_display(items, SeqKind::List)?,
            ExprKind::Tuple(items) => self.sequence_display(items, SeqKind::Tuple)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, CompKind::List(elt), generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr, CompKind::Set(elt), generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, CompKind::Dict(key, value), generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, CompKind::Gen(elt), generators)?
            }
            ExprKind::Yield(value) => {
                self.check_yield(expr.span)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(expr.span)?;
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => format_value::STR,
                    Some('r') => format_value::REPR,
                    Some('a') => format_value::ASCII,
                    _ => format_value::NONE,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= format_value::HAS_SPEC;
                }
                self.emit(Instr::FormatValue(flags));
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Constant::Str(Rc::from("")));
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    if parts.len() > 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. })
                    {
                        self.emit(Instr::BuildString(parts.len() as u32));
                    }
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return self.error("can't use starred expression here", expr.span);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    fn check_yield(&self, span: Span) -> Result<()> {
        match self.scope_kind() {
            ScopeKind::Function | ScopeKind::Comprehension { generator: true }
                if self.units.len() > 1 =>
            {
                Ok(())
            }
            _ => self.error("'yield' outside function", span),
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> Result<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (op, comp)) in ops.iter().zip(comparators).enumerate() {
            self.expr(comp)?;
            if i + 1 < ops.len() {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.compare_op(*op);
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            } else {
                self.compare_op(*op);
            }
        }
        let end = self.emit(Instr::Jump(0));
        for c in cleanups {
            self.patch_here(c);
        }
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.patch_here(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let instr = match op {
            CmpOp::Eq => Instr::CompareOp(Comparison::Eq),
            CmpOp::NotEq => Instr::CompareOp(Comparison::Ne),
            CmpOp::Lt => Instr::CompareOp(Comparison::Lt),
            CmpOp::LtE => Instr::CompareOp(Comparison::Le),
            CmpOp::Gt => Instr::CompareOp(Comparison::Gt),
            CmpOp::GtE => Instr::CompareOp(Comparison::Ge),
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
        };
        self.emit(instr);
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<()> {
        if let Some(first) = self.zero_arg_super(func, args, keywords) {
            // `super()` is `super(__class__, <first argument>)` (CPython finds both in the
            // frame at run time; the compiler knows them statically).
            self.expr(func)?;
            self.load_name("__class__");
            self.load_name(&first);
            self.emit(Instr::Call(2));
            return Ok(());
        }
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        if let (ExprKind::Attribute { value, attr }, true, true) =
            (&func.kind, simple, keywords.is_empty())
        {
            self.expr(value)?;
            let i = self.name_index(attr);
            self.with_span(func.span, |c| c.emit(Instr::LoadMethod(i)));
            for a in args {
                self.expr(a)?;
            }
            self.emit(Instr::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(args, keywords, 0)
    }

    /// For a zero-argument `super()` call inside a method: the name of the first parameter.
    fn zero_arg_super(&self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<String> {
        if !args.is_empty() || !keywords.is_empty() {
            return None;
        }
        let ExprKind::Name(n) = &func.kind else {
            return None;
        };
        let scope = &self.table.scopes[self.unit_ref().scope];
        if n != "super"
            || scope.kind != ScopeKind::Function
            || scope.lookup("super") != Some(crate::symtable::NameScope::GlobalImplicit)
            || scope.lookup("__class__") != Some(crate::symtable::NameScope::Free)
        {
            return None;
        }
        scope.params.first().cloned()
    }

    /// Emit the arguments and the call instruction; `pre` positional arguments are already on
    /// the stack above the callable.
    pub(super) fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        pre: u32,
    ) -> Result<()> {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(pre + args.len() as u32));
            } else {
                self.check_duplicate_keywords(keywords)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Constant> = keywords
                    .iter()
                    .map(|k| Constant::Str(Rc::from(k.arg.as_deref().unwrap_or(""))))
                    .collect();
                self.load_const(Constant::Tuple(Rc::from(names)));
                self.emit(Instr::CallKw(pre + (args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        // General case: build a tuple of positional arguments and a dict of keywords.
        self.emit(Instr::BuildList(pre));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        self.check_duplicate_keywords(keywords)?;
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(Rc::from(name.as_str())));
                    self.expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(1));
        Ok(())
    }

    fn check_duplicate_keywords(&self, keywords: &[Keyword]) -> Result<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    return self.error(format!("keyword argument repeated: {name}"), k.span);
                }
            }
        }
        Ok(())
    }

    fn sequence_display(&mut self, items: &'a [Expr], kind: SeqKind) -> Result<()> {
        let has_star = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        // CPython 3.14 builds a list display of three or more constants by extending an empty
        // list with a constant tuple (which also decides the list's capacity).
        let all_constant = items.len() >= 3
            && items
                .iter()
                .all(|e| matches!(e.kind, ExprKind::Constant(_)));
        if kind == SeqKind::List && !has_star && all_constant {
            let consts: Vec<Constant> = items
                .iter()
                .filter_map(|e| match &e.kind {
                    ExprKind::Constant(c) => Some(constant(c)),
                    _ => None,
                })
                .collect();
            self.emit(Instr::BuildList(0));
            self.load_const(Constant::Tuple(Rc::from(consts)));
            self.emit(Instr::ListExtend(1));
            return Ok(());
        }
        if !has_star {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        let set = kind == SeqKind::Set;
        self.emit(if set {
            Instr::BuildSet(0)
        } else {
            Instr::BuildList(0)
        });
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<()> {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Instr::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        expr: &'a Expr,
        kind: CompKind<'a>,
        generators: &'a [Comprehension],
    ) -> Result<()> {
        let scope = self.child_scope(expr.span)?;
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        // CPython inlines list, set and dict comprehensions into the enclosing code, where
        // each takes one block.
        let inlined = !matches!(kind, CompKind::Gen(_));
        let outer_blocks = self.unit_ref().static_blocks;
        if inlined && outer_blocks >= super::MAX_STATIC_BLOCKS {
            return self.error("too many statically nested blocks", expr.span);
        }
        self.push_unit(scope, name, &qualname, expr.span, 1);
        if inlined {
            self.unit().static_blocks = outer_blocks + 1;
        }
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        self.comprehension_loop(generators, 0, kind)?;
        if let CompKind::Gen(_) = kind {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let unit = self.pop_unit()?;
        self.make_closure(unit.code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        depth: usize,
        kind: CompKind<'a>,
    ) -> Result<()> {
        let g = &generators[depth];
        if depth == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        let start = self.here();
        let for_iter = self.emit(Instr::ForIter(0));
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Instr::PopJumpIfFalse(start));
        }
        if depth + 1 < generators.len() {
            self.comprehension_loop(generators, depth + 1, kind)?;
        } else {
            // Iterators on the stack above the result: depth + 1.
            let n = depth as u32 + 2;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(n));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(n));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(n));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit(Instr::Jump(start));
        self.patch_here(for_iter);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
