//! Symbol tables: which scope each name of each block belongs to.
//!
//! Invariants (CPython's symtable.c rules, which these mirror):
//! - One [`Scope`] per module, class body, function, lambda and comprehension; child scopes are
//!   found by the span of the AST node that creates them ([`ScopeKey`]).
//! - In a function scope a name is `Local` if bound there (assignment, parameter, import, def,
//!   class, for/with/except target, del, walrus), `GlobalExplicit` if declared `global`, `Free`
//!   if declared `nonlocal` or bound in an enclosing *function* scope, else `GlobalImplicit`.
//!   A `Local` that an inner scope uses as `Free` becomes `Cell`.
//! - Class scopes are skipped when resolving free names of nested functions, except for the
//!   implicit `__class__` cell that methods using `super` or `__class__` capture.
//! - A walrus target inside a comprehension binds in the nearest enclosing non-comprehension
//!   scope.

use ouro_syntax::ast::*;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A list/set/dict comprehension or generator expression.
    Comprehension {
        generator: bool,
    },
}

/// Where a name lives, once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug, Default)]
struct SymbolFlags {
    bound: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
    /// Bound by a walrus in a comprehension: belongs to the enclosing scope.
    comprehension_walrus: bool,
    /// Target of `x: ann` (CPython's DEF_ANNOT).
    annotated: bool,
    /// Bound as a comprehension's iteration variable (CPython's DEF_COMP_ITER).
    comp_iter: bool,
    /// The first `global`/`nonlocal` statement naming it: where CPython reports the errors
    /// found during analysis (its `error_at_directive`).
    directive: Option<Span>,
}

/// Identifies a scope-creating AST node by its span.
pub type ScopeKey = (u32, u32);

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order with their resolved scope.
    pub symbols: Vec<(String, NameScope)>,
    index: HashMap<String, usize>,
    flags: Vec<SymbolFlags>,
    /// Parameter names in declaration order.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// The class body needs a `__class__` cell (a method uses `super` or `__class__`).
    pub needs_class_cell: bool,
    children: Vec<usize>,
    /// How many comprehension iterables are being visited in this scope (CPython's
    /// `ste_comp_iter_expr`): a walrus there is an error.
    comp_iter_expr: u32,
    /// A comprehension's `for` target is being visited (CPython's `ste_comp_iter_target`).
    comp_iter_target: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            flags: Vec::new(),
            params: Vec::new(),
            is_generator: matches!(kind, ScopeKind::Comprehension { generator: true }),
            needs_class_cell: false,
            children: Vec::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    fn slot(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.symbols.len();
        self.symbols
            .push((name.to_string(), NameScope::GlobalImplicit));
        self.flags.push(SymbolFlags::default());
        self.index.insert(name.to_string(), i);
        i
    }

    pub fn lookup(&self, name: &str) -> Option<NameScope> {
        self.index.get(name).map(|&i| self.symbols[i].1)
    }

    /// Names of the given scope, in first-seen order.
    pub fn names_with(&self, scope: NameScope) -> Vec<String> {
        self.symbols
            .iter()
            .filter(|(_, s)| *s == scope)
            .map(|(n, _)| n.clone())
            .collect()
    }
}

/// An error found while building the table (CPython raises these as SyntaxError).
#[derive(Clone, Debug, PartialEq)]
pub struct SymtableError {
    pub msg: String,
    pub span: Span,
}

/// All scopes of a module; scope 0 is the module itself.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_key: HashMap<ScopeKey, usize>,
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, SymtableError> {
        let mut builder = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, "top")],
                by_key: HashMap::new(),
            },
            stack: vec![0],
        };
        for stmt in &module.body {
            builder.stmt(stmt)?;
        }
        let mut table = builder.table;
        table.analyze(0, &[])?;
        Ok(table)
    }

    /// The scope created by the node with this span.
    pub fn scope_for(&self, span: Span) -> Option<usize> {
        self.by_key.get(&(span.start, span.end)).copied()
    }

    /// Resolve every symbol of `id` given the function scopes enclosing it (innermost last).
    /// Returns the names this scope (and its children) need from enclosing scopes.
    fn analyze(&mut self, id: usize, enclosing: &[usize]) -> Result<Vec<String>, SymtableError> {
        let kind = self.scopes[id].kind;
        // First pass: local decisions.
        for i in 0..self.scopes[id].symbols.len() {
            let f = self.scopes[id].flags[i].clone();
            let name = &self.scopes[id].symbols[i].0;
            // CPython's analyze_name: both errors point at the first directive.
            let directive = f.directive.unwrap_or_default();
            if f.global && f.nonlocal {
                return Err(SymtableError {
                    msg: format!("name '{name}' is nonlocal and global"),
                    span: directive,
                });
            }
            if f.nonlocal && !self.bound_in(enclosing, name) {
                return Err(SymtableError {
                    msg: format!("no binding for nonlocal '{name}' found"),
                    span: directive,
                });
            }
            let scope = if f.global {
                NameScope::GlobalExplicit
            } else if f.nonlocal || f.comprehension_walrus {
                NameScope::Free
            } else if f.bound || f.param {
                NameScope::Local
            } else {
                NameScope::GlobalImplicit
            };
            self.scopes[id].symbols[i].1 = scope;
        }
        // Implicit globals may really be free variables of an enclosing function.
        if kind != ScopeKind::Module {
            for i in 0..self.scopes[id].symbols.len() {
                let (name, scope) = self.scopes[id].symbols[i].clone();
                if scope == NameScope::GlobalImplicit && self.bound_in(enclosing, &name) {
                    self.scopes[id].symbols[i].1 = NameScope::Free;
                }
            }
        }
        // Children see this scope as enclosing if it is a function-like scope.
        let mut child_enclosing = enclosing.to_vec();
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension { .. }) {
            child_enclosing.push(id);
        }
        let class_cell = kind == ScopeKind::Class;
        let children = self.scopes[id].children.clone();
        let mut needed: Vec<String> = Vec::new();
        for child in children {
            let child_enclosing = if class_cell {
                // Methods may capture the class's implicit `__class__` cell.
                let mut e = child_enclosing.clone();
                e.push(id);
                e
            } else {
                child_enclosing.clone()
            };
            for name in self.analyze(child, &child_enclosing)? {
                if class_cell && name == "__class__" {
                    self.scopes[id].needs_class_cell = true;
                    continue;
                }
                match self.scopes[id].lookup(&name) {
                    Some(NameScope::Local) if kind != ScopeKind::Class => {
                        let i = self.scopes[id].index[&name];
                        self.scopes[id].symbols[i].1 = NameScope::Cell;
                    }
                    Some(NameScope::Cell) => {}
                    Some(NameScope::Free) => {}
                    _ if kind == ScopeKind::Module => {}
                    _ => {
                        // Pass through: this scope needs it free as well.
                        let i = self.scopes[id].slot(&name);
                        // A class body that passes a name through reads it via
                        // LoadClassDeref: it is free there too.
                        if self.scopes[id].symbols[i].1 != NameScope::Local
                            || kind == ScopeKind::Class
                        {
                            self.scopes[id].symbols[i].1 = NameScope::Free;
                        }

                        if !needed.contains(&name) {
                            needed.push(name.clone());
                        }
                    }
                }
            }
        }
        for (name, scope) in &self.scopes[id].symbols {
            if *scope == NameScope::Free && !needed.contains(name) {
                needed.push(name.clone());
            }
        }
        Ok(needed)
    }

    /// Whether `name` is bound in (or a free variable of) one of the enclosing function scopes.
    fn bound_in(&self, enclosing: &[usize], name: &str) -> bool {
        for &e in enclosing.iter().rev() {
            let scope = &self.scopes[e];
            if scope.kind == ScopeKind::Class {
                if name == "__class__" {
                    return true;
                }
                continue;
            }
            if let Some(&i) = scope.index.get(name) {
                let f = &scope.flags[i];
                if f.global {
                    return false;
                }
                if f.bound || f.param || f.nonlocal || f.comprehension_walrus {
                    return true;
                }
            }
        }
        false
    }
}

struct Builder {
    table: SymbolTable,
    /// Indices of the scopes being built, innermost last.
    stack: Vec<usize>,
}

impl Builder {
    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope stack is never empty");
        &mut self.table.scopes[id]
    }

    fn bind(&mut self, name: &str) {
        let scope = self.current();
        let i = scope.slot(name);
        scope.flags[i].bound = true;
    }

    fn use_name(&mut self, name: &str) {
        let scope = self.current();
        let i = scope.slot(name);
        scope.flags[i].used = true;
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, span: Span) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().expect("scope stack is never empty");
        self.table.scopes[parent].children.push(id);
        self.table.by_key.insert((span.start, span.end), id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymtableError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn declare(&mut self, name: &str, global: bool, span: Span) -> Result<(), SymtableError> {
        let kind = self.current().kind;
        if !global && kind == ScopeKind::Module {
            return Err(SymtableError {
                msg: "nonlocal declaration not allowed at module level".into(),
                span,
            });
        }
        let scope = self.current();
        let i = scope.slot(name);
        let f = &scope.flags[i];
        let what = if global { "global" } else { "nonlocal" };
        if f.param {
            return Err(SymtableError {
                msg: format!("name '{name}' is parameter and {what}"),
                span,
            });
        }
        // CPython's order of checks (symtable_visit_stmt, Global_kind / Nonlocal_kind).
        let msg = if f.used {
            Some(format!("name '{name}' is used prior to {what} declaration"))
        } else if f.annotated {
            Some(format!("annotated name '{name}' can't be {what}"))
        } else if f.bound {
            Some(format!(
                "name '{name}' is assigned to before {what} declaration"
            ))
        } else {
            None
        };
        if let Some(msg) = msg {
            return Err(SymtableError { msg, span });
        }
        if scope.flags[i].directive.is_none() {
            scope.flags[i].directive = Some(span);
        }
        if global {
            scope.flags[i].global = true;
        } else {
            scope.flags[i].nonlocal = true;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), SymtableError> {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                // Annotations of simple names in functions are never evaluated; elsewhere
                // they are evaluated in the current scope.
                if !(*simple && self.current().kind == ScopeKind::Function) {
                    self.expr(annotation)?;
                }
                if let ExprKind::Name(n) = &target.kind {
                    let module = self.current().kind == ScopeKind::Module;
                    let scope = self.current();
                    let i = scope.slot(n);
                    let f = &mut scope.flags[i];
                    if (f.global || f.nonlocal) && *simple && !module {
                        let what = if f.global { "global" } else { "nonlocal" };
                        return Err(SymtableError {
                            msg: format!("annotated name '{n}' can't be {what}"),
                            span: stmt.span,
                        });
                    }
                    f.annotated |= *simple;
                    // `x: int` binds x even without a value (it makes x local in a function).
                    self.bind(n);
                } else {
                    self.expr_sub(target)?;
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::FunctionDef(def) => {
                for d in &def.decorator_list {
                    self.expr(d)?;
                }
                self.arguments_outer(&def.args)?;
                if let Some(r) = &def.returns {
                    self.expr(r)?;
                }
                self.bind(&def.name);
                self.push_scope(ScopeKind::Function, &def.name, stmt.span);
                self.arguments_inner(&def.args)?;
                self.stmts(&def.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(class) => {
                for d in &class.decorator_list {
                    self.expr(d)?;
                }
                for b in &class.bases {
                    self.expr(b)?;
                }
                for k in &class.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&class.name);
                self.push_scope(ScopeKind::Class, &class.name, stmt.span);
                self.stmts(&class.body)?;
                self.pop_scope();
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(n, true, stmt.span)?;
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.declare(n, false, stmt.span)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.current().kind != ScopeKind::Module {
                            return Err(SymtableError {
                                msg: "import * only allowed at module level".into(),
                                span: stmt.span,
                            });
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
        }
        Ok(())
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn arguments_outer(&mut self, args: &Arguments) -> Result<(), SymtableError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for a in args.all() {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn arguments_inner(&mut self, args: &Arguments) -> Result<(), SymtableError> {
        // Duplicates are reported in source order, as CPython's symtable_visit_params does.
        for a in args.all() {
            let scope = self.current();
            let i = scope.slot(&a.name);
            if scope.flags[i].param {
                return Err(SymtableError {
                    msg: format!("duplicate argument '{}' in function definition", a.name),
                    span: a.span,
                });
            }
            scope.flags[i].param = true;
        }
        let order = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for a in order {
            self.current().params.push(a.name.clone());
        }
        Ok(())
    }

    /// A binding target: names are bound, other parts are evaluated.
    fn target(&mut self, target: &Expr) -> Result<(), SymtableError> {
        match &target.kind {
            ExprKind::Name(n) => {
                let scope = self.current();
                let i = scope.slot(n);
                if scope.comp_iter_target {
                    let f = &mut scope.flags[i];
                    if f.global || f.nonlocal || f.comprehension_walrus {
                        return Err(SymtableError {
                            msg: format!(
                                "comprehension inner loop cannot rebind assignment expression target '{n}'"
                            ),
                            span: target.span,
                        });
                    }
                    f.comp_iter = true;
                }
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr_sub(target),
        }
    }

    /// Evaluate the non-target parts of an attribute/subscript target.
    fn expr_sub(&mut self, target: &Expr) -> Result<(), SymtableError> {
        match &target.kind {
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            _ => self.expr(target),
        }
    }

    fn exprs(&mut self, exprs: &[Expr]) -> Result<(), SymtableError> {
        for e in exprs {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, expr: &Expr) -> Result<(), SymtableError> {
        match &expr.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.current().comp_iter_expr > 0 {
                    return Err(SymtableError {
                        msg: "assignment expression cannot be used in a comprehension iterable expression".into(),
                        span: expr.span,
                    });
                }
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.walrus_bind(n, target.span)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arguments_outer(args)?;
                self.push_scope(ScopeKind::Function, "<lambda>", expr.span);
                self.arguments_inner(args)?;
                self.expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension("<listcomp>", false, expr.span, generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension("<setcomp>", false, expr.span, generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension("<genexpr>", true, expr.span, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension("<dictcomp>", false, expr.span, generators, &[key, value])?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.mark_generator(expr.span)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.mark_generator(expr.span)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" && self.current().kind == ScopeKind::Function {
                    // Zero-argument super() needs the implicit __class__ cell.
                    self.use_name("__class__");
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    /// A `yield` makes the current scope a generator; inside a comprehension it is an error
    /// (CPython's symtable_raise_if_comprehension_block).
    fn mark_generator(&mut self, span: Span) -> Result<(), SymtableError> {
        let scope = self.current();
        scope.is_generator = true;
        let what = match scope.name.as_str() {
            "<listcomp>" => "list comprehension",
            "<setcomp>" => "set comprehension",
            "<dictcomp>" => "dict comprehension",
            _ => "generator expression",
        };
        if let ScopeKind::Comprehension { .. } = scope.kind {
            return Err(SymtableError {
                msg: format!("'yield' inside {what}"),
                span,
            });
        }
        Ok(())
    }

    fn walrus_bind(&mut self, name: &str, span: Span) -> Result<(), SymtableError> {
        // Find the nearest enclosing non-comprehension scope.
        let mut target_scope = None;
        for &id in self.stack.iter().rev() {
            match self.table.scopes[id].kind {
                ScopeKind::Comprehension { .. } => {
                    let scope = &self.table.scopes[id];
                    if let Some(&i) = scope.index.get(name) {
                        if scope.flags[i].comp_iter && scope.flags[i].bound {
                            return Err(SymtableError {
                                msg: format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                                span,
                            });
                        }
                    }
                    continue;
                }
                ScopeKind::Class => {
                    if self.current().kind != ScopeKind::Class {
                        return Err(SymtableError {
                            msg: "assignment expression within a comprehension cannot be used in a class body".into(),
                            span,
                        });
                    }
                    target_scope = Some(id);
                    break;
                }
                _ => {
                    target_scope = Some(id);
                    break;
                }
            }
        }
        let target = target_scope.unwrap_or(0);
        let current = *self.stack.last().expect("scope stack is never empty");
        if target == current {
            self.bind(name);
            return Ok(());
        }
        // Bind in the target scope, and mark free (or global) in the comprehensions between:
        // global when the target is the module or declares the name `global` (CPython's
        // symtable_extend_namedexpr_scope).
        let target_is_global = {
            let scope = &mut self.table.scopes[target];
            let i = scope.slot(name);
            scope.flags[i].bound = true;
            scope.kind == ScopeKind::Module || scope.flags[i].global
        };
        for &id in self.stack.iter().rev() {
            if id == target {
                break;
            }
            let scope = &mut self.table.scopes[id];
            let i = scope.slot(name);
            if target_is_global {
                scope.flags[i].global = true;
            } else {
                scope.flags[i].comprehension_walrus = true;
            }
        }
        Ok(())
    }

    /// A comprehension's iterable, where a walrus is an error.
    fn comp_iter_expr(&mut self, iter: &Expr) -> Result<(), SymtableError> {
        self.current().comp_iter_expr += 1;
        let result = self.expr(iter);
        self.current().comp_iter_expr -= 1;
        result
    }

    fn comprehension(
        &mut self,
        name: &str,
        generator: bool,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SymtableError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.comp_iter_expr(&first.iter)?;
        }
        self.push_scope(ScopeKind::Comprehension { generator }, name, span);
        {
            let scope = self.current();
            let i = scope.slot(".0");
            scope.flags[i].param = true;
            scope.params.push(".0".into());
        }
        for (i, g) in generators.iter().enumerate() {
            self.current().comp_iter_target = true;
            let bound = self.target(&g.target);
            self.current().comp_iter_target = false;
            bound?;
            if i > 0 {
                self.comp_iter_expr(&g.iter)?;
            }
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop_scope();
        Ok(())
    }
}
