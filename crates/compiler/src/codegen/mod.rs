//! AST -> code objects.
//!
//! Invariants:
//! - One [`Unit`] per code object being built, innermost last; a unit's scope comes from the
//!   symbol table, found by the span of the node that creates it.
//! - Every emitted instruction records the span of the statement or expression being compiled
//!   (`Unit::span`), so `locations.len() == instructions.len()` always.
//! - `fblocks` mirrors, at compile time, what is on the VM's block stack and value stack
//!   because of enclosing loops, `try`, `with` and handlers, so `return`/`break`/`continue`
//!   can emit the unwinding code (popping iterators, running `finally` bodies, calling
//!   `__exit__`) that CPython's `compiler_unwind_fblock` emits.

mod annotations;
mod expr;
mod stmt;

use crate::bytecode::{CodeFlags, CodeObject, Constant, Instr};
use crate::symtable::{NameScope, ScopeKind, SymbolTable};
use ouro_syntax::ast::{self, Span, Stmt};
use ouro_syntax::LineIndex;
use std::rc::Rc;

/// A compile-time error, reported by the VM as `SyntaxError`.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

/// A compile-time warning (CPython's SyntaxWarning), reported before the code runs.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileWarning {
    pub msg: String,
    pub span: Span,
}

/// A compiled module with the warnings its compilation produced.
#[derive(Clone, Debug)]
pub struct Compiled {
    pub code: Rc<CodeObject>,
    pub warnings: Vec<CompileWarning>,
}

/// How the top-level code is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script or module.
    Exec,
    /// One REPL input: expression statements print their value.
    Interactive,
    /// `eval()`: a single expression whose value the code returns.
    Eval,
}

/// What an enclosing construct needs when control leaves it early.
#[derive(Clone, Debug)]
enum FBlock<'a> {
    /// A loop; `for_loop` loops have their iterator on the stack.
    Loop {
        continue_target: u32,
        breaks: Vec<usize>,
        for_loop: bool,
    },
    /// The body of a `try` with handlers (a handler block is active).
    TryExcept,
    /// The body of a `try` with a `finally` (a handler block is active).
    TryFinally { finalbody: &'a [Stmt] },
    /// The exceptional copy of a `finally` body (exception on the stack, handler block active).
    FinallyEnd,
    /// An `except` body; `name` is the bound exception variable, whose cleanup block is active.
    HandlerCleanup { name: Option<String> },
    /// A `with` body: `__exit__` is on the stack and a handler block is active.
    With,
    /// A `finally` body run on the way out of a `return`: the return value waits under it, and
    /// a `break` or `continue` there drops it (CPython's `POP_VALUE` fblock).
    PopValue,
}

struct Unit<'a> {
    code: CodeObject,
    scope: usize,
    fblocks: Vec<FBlock<'a>>,
    span: Span,
    /// The blocks CPython's compiler would have on its fblock stack here (its loops, `try`
    /// parts, `with` items and inlined comprehensions), counted against [`MAX_STATIC_BLOCKS`].
    static_blocks: u32,
    /// For a class body: the names its methods assign as `self.<name>` (CPython 3.13's
    /// `__static_attributes__`), sorted.
    static_attributes: std::collections::BTreeSet<Rc<str>>,
}

/// CPython's `CO_MAXBLOCKS`: more statically nested blocks in one code object is a
/// SyntaxError ("too many statically nested blocks").
pub(crate) const MAX_STATIC_BLOCKS: u32 = 21;

pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    source: Rc<str>,
    lines: LineIndex,
    mode: Mode,
    units: Vec<Unit<'a>>,
    warnings: Vec<CompileWarning>,
    /// The first broken invariant met by an emitter that cannot return an error (a name the
    /// symbol table resolved to a cell without a cell slot): reported as a SyntaxError when
    /// compilation ends rather than a panic (issue 10, "never crash").
    internal_error: Option<CompileError>,
}

/// Compile a parsed module into its top-level code object.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Compiled, CompileError> {
    let table = SymbolTable::build(module).map_err(|e| CompileError {
        msg: e.msg,
        span: e.span,
    })?;
    let mut c = Compiler {
        table: &table,
        filename: Rc::from(filename),
        source: Rc::from(source),
        lines: LineIndex::new(source),
        mode,
        units: Vec::new(),
        warnings: Vec::new(),
        internal_error: None,
    };
    c.push_unit(0, "<module>", "<module>", Span::default(), 0);
    if mode == Mode::Eval {
        c.eval_expression(module)?;
    } else {
        c.emit_annotate(&module.body, Span::default())?;
        c.stmts_with_docstring(&module.body, true)?;
        c.emit_implicit_return();
    }
    if let Some(err) = c.internal_error {
        return Err(err);
    }
    let Some(unit) = c.units.pop() else {
        return Err(CompileError {
            msg: "internal compiler error: no module unit".into(),
            span: Span::default(),
        });
    };
    Ok(Compiled {
        code: Rc::new(finish(unit.code)),
        warnings: c.warnings,
    })
}

impl<'a> Compiler<'a> {
    /// `eval` mode: the source must be one expression (CPython's `eval` start rule); its value
    /// is returned.
    fn eval_expression(&mut self, module: &'a ast::Module) -> Result<(), CompileError> {
        match module.body.as_slice() {
            [ast::Stmt {
                kind: ast::StmtKind::Expr(e),
                ..
            }] => {
                self.expr(e)?;
                self.emit(Instr::ReturnValue);
                Ok(())
            }
            body => Err(CompileError {
                msg: "invalid syntax".into(),
                span: self.eval_error_span(body),
            }),
        }
    }

    /// Where `eval`'s parser stops in a source that is not one expression: the token after
    /// the leading expression (an assignment's `=`, `+=` or `:`, the start of a second
    /// statement) or a statement's keyword.
    fn eval_error_span(&self, body: &[ast::Stmt]) -> Span {
        let Some(first) = body.first() else {
            return Span::default();
        };
        let at = match &first.kind {
            ast::StmtKind::Assign { targets, .. } => targets.first().map(|t| t.span.end),
            ast::StmtKind::AugAssign { target, .. } | ast::StmtKind::AnnAssign { target, .. } => {
                Some(target.span.end)
            }
            ast::StmtKind::Expr(_) => body.get(1).map(|s| s.span.start),
            _ => None,
        };
        token_span(&self.source, at.unwrap_or(first.span.start) as usize)
    }
}

/// The span of the token at or after byte `at` (after blanks): a name or number, an operator
/// with its `=` (`+=`, `**=`), or one character.
fn token_span(source: &str, at: usize) -> Span {
    let rest = source.get(at..).unwrap_or("");
    let skipped = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let token = &rest[skipped..];
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let len = if token.starts_with(word) {
        token.find(|c: char| !word(c)).unwrap_or(token.len())
    } else {
        let op = token
            .find(|c: char| !"+-*/%@&|^<>!~".contains(c))
            .unwrap_or(token.len());
        match token[op..].chars().next() {
            Some('=') => op + 1,
            _ if op > 0 => op,
            Some(c) => c.len_utf8(),
            None => 0,
        }
    };
    let start = (at + skipped) as u32;
    Span {
        start,
        end: start + len as u32,
    }
}

fn finish(mut code: CodeObject) -> CodeObject {
    code.instructions.shrink_to_fit();
    code.locations.shrink_to_fit();
    code
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always being compiled")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always being compiled")
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, span: Span, argc: u32) {
        let sc = &self.table.scopes[scope];
        let firstlineno = if span == Span::default() && self.units.is_empty() {
            1
        } else {
            self.lines.line(span.start)
        };
        // CPython's `ste_nested` is set for any block inside a function (through classes).
        let (nested, method) = match self.units.last() {
            Some(parent) => {
                let parent_kind = self.table.scopes[parent.scope].kind;
                (
                    parent.code.flags.nested
                        || matches!(
                            parent_kind,
                            ScopeKind::Function | ScopeKind::Comprehension { .. }
                        ),
                    sc.kind == ScopeKind::Function && parent_kind == ScopeKind::Class,
                )
            }
            None => (false, false),
        };
        let mut code = CodeObject {
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            filename: self.filename.clone(),
            source: self.source.clone(),
            firstlineno,
            argcount: argc,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags {
                generator: sc.is_generator,
                optimized: matches!(
                    sc.kind,
                    ScopeKind::Function | ScopeKind::Comprehension { .. }
                ),
                inlined_comprehension: matches!(
                    sc.kind,
                    ScopeKind::Comprehension { generator: false }
                ),
                nested,
                method,
                ..CodeFlags::default()
            },
            varnames: Vec::new(),
            cellvars: Vec::new(),
            cell_params: Vec::new(),
            freevars: Vec::new(),
            names: Vec::new(),
            consts: Vec::new(),
            instructions: Vec::new(),
            locations: Vec::new(),
            docstring: None,
        };
        if code.flags.optimized {
            for p in &sc.params {
                code.varnames.push(Rc::from(p.as_str()));
            }
        }
        for name in sc.names_with(NameScope::Cell) {
            code.cellvars.push(Rc::from(name.as_str()));
        }
        if sc.kind == ScopeKind::Class && sc.needs_class_cell {
            code.cellvars.push(Rc::from("__class__"));
        }
        for (ci, cell) in code.cellvars.iter().enumerate() {
            if let Some(vi) = code.varnames.iter().position(|v| v == cell) {
                code.cell_params.push((ci as u32, vi as u32));
            }
        }
        for name in sc.names_with(NameScope::Free) {
            code.freevars.push(Rc::from(name.as_str()));
        }
        self.units.push(Unit {
            code,
            scope,
            fblocks: Vec::new(),
            span,
            static_blocks: 0,
            static_attributes: Default::default(),
        });
    }

    /// `self.<attr> = ...` inside a function: record `attr` in the nearest enclosing class
    /// body (CPython's `compiler_add_static_attribute_to_class`).
    pub(super) fn note_static_attribute(&mut self, target: &ast::Expr, attr: &str) {
        let ast::ExprKind::Name(n) = &target.kind else {
            return;
        };
        if n != "self" || self.scope_kind() == ScopeKind::Class {
            return;
        }
        let table = self.table;
        let class = self
            .units
            .iter_mut()
            .rev()
            .find(|u| table.scopes[u.scope].kind == ScopeKind::Class);
        if let Some(u) = class {
            u.static_attributes.insert(Rc::from(attr));
        }
    }

    /// The sorted `__static_attributes__` of the class body being compiled.
    pub(super) fn static_attributes(&self) -> Constant {
        let names = self.unit_ref().static_attributes.iter();
        Constant::Tuple(names.map(|n| Constant::Str(n.clone())).collect())
    }

    /// The qualified name of a child definition called `name` of the current unit.
    fn child_qualname(&self, name: &str) -> String {
        let unit = self.unit_ref();
        match self.table.scopes[unit.scope].kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", unit.code.qualname, name),
            _ => format!("{}.<locals>.{}", unit.code.qualname, name),
        }
    }

    // ---- emission -------------------------------------------------------------------

    fn emit(&mut self, instr: Instr) -> usize {
        let unit = self.unit();
        let span = unit.span;
        unit.code.instructions.push(instr);
        unit.code.locations.push(span);
        unit.code.instructions.len() - 1
    }

    /// `return None` at the end of a body, unless the body already ends with a return that no
    /// jump skips (a jump to the end, e.g. from `if x: return 1`, needs the implicit return).
    fn emit_implicit_return(&mut self) {
        let end = self.here();
        let code = &self.unit_ref().code;
        let ends_with_return = code.instructions.last() == Some(&Instr::ReturnValue);
        let jumped_over = code
            .instructions
            .iter()
            .any(|i| i.jump_target() == Some(end));
        if !ends_with_return || jumped_over {
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
        }
    }

    /// Index of the next instruction to be emitted.
    fn here(&self) -> u32 {
        self.unit_ref().code.instructions.len() as u32
    }

    /// Point the jump at `at` to the current position.
    fn patch_here(&mut self, at: usize) {
        let target = self.here();
        self.patch(at, target);
    }

    fn patch(&mut self, at: usize, target: u32) {
        let code = &mut self.unit().code;
        code.instructions[at] = code.instructions[at].with_target(target);
    }

    fn with_span<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.unit().span, span);
        let result = f(self);
        self.unit().span = saved;
        result
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let consts = &mut self.unit().code.consts;
        // Constants that compare equal but differ in type (1, 1.0, True) must stay apart.
        if let Some(i) = consts.iter().position(|x| same_constant(x, &c)) {
            return i as u32;
        }
        consts.push(c);
        consts.len() as u32 - 1
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let names = &mut self.unit().code.names;
        if let Some(i) = names.iter().position(|n| &**n == name) {
            return i as u32;
        }
        names.push(Rc::from(name));
        names.len() as u32 - 1
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let varnames = &mut self.unit().code.varnames;
        if let Some(i) = varnames.iter().position(|n| &**n == name) {
            return i as u32;
        }
        varnames.push(Rc::from(name));
        varnames.len() as u32 - 1
    }

    /// Index into the frame's cell array (cellvars then freevars).
    fn cell_index(&self, name: &str) -> Option<u32> {
        let code = &self.unit_ref().code;
        if let Some(i) = code.cellvars.iter().position(|n| &**n == name) {
            return Some(i as u32);
        }
        code.freevars
            .iter()
            .position(|n| &**n == name)
            .map(|i| (code.cellvars.len() + i) as u32)
    }

    /// Enters a block CPython's compiler pushes on its fblock stack (`_PyCompile_PushFBlock`),
    /// failing as it does past [`MAX_STATIC_BLOCKS`]; `span` is where it reports that.
    fn enter_block(&mut self, span: Span) -> Result<(), CompileError> {
        let unit = self.unit();
        if unit.static_blocks >= MAX_STATIC_BLOCKS {
            return self.error("too many statically nested blocks", span);
        }
        unit.static_blocks += 1;
        Ok(())
    }

    fn leave_block(&mut self) {
        let unit = self.unit();
        unit.static_blocks = unit.static_blocks.saturating_sub(1);
    }

    /// The symbol-table scope created by the node at `span`.
    fn child_scope(&self, span: Span) -> Result<usize, CompileError> {
        match self.table.scope_for(span) {
            Some(scope) => Ok(scope),
            None => self.error("internal compiler error: no scope for this node", span),
        }
    }

    /// Finishes the innermost unit.
    fn pop_unit(&mut self) -> Result<Unit<'a>, CompileError> {
        match self.units.pop() {
            Some(unit) => Ok(unit),
            None => self.error("internal compiler error: no unit", Span::default()),
        }
    }

    /// [`Self::cell_index`] where the symbol table promises a slot; a broken promise is recorded
    /// in `internal_error` (slot 0 is emitted, and the code is never run).
    fn cell_slot(&mut self, name: &str) -> u32 {
        match self.cell_index(name) {
            Some(i) => i,
            None => {
                let span = self.unit_ref().span;
                self.internal_error.get_or_insert_with(|| CompileError {
                    msg: format!("internal compiler error: no cell for '{name}'"),
                    span,
                });
                0
            }
        }
    }

    fn error<T>(&self, msg: impl Into<String>, span: Span) -> Result<T, CompileError> {
        Err(CompileError {
            msg: msg.into(),
            span,
        })
    }

    // ---- names ------------------------------------------------------------------------

    pub(crate) fn load_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Load);
    }

    pub(crate) fn store_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Store);
    }

    pub(crate) fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Del);
    }

    fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let scope = &self.table.scopes[self.unit_ref().scope];
        let kind = scope.kind;
        // In a class body `__class__` is an ordinary namespace name (`__class__ = 5`, or a
        // `@property def __class__`); the implicit cell its methods see is filled only after
        // the body ran, through `__classcell__`.
        let resolved = if name == "__class__" && kind == ScopeKind::Class {
            Some(NameScope::Local)
        } else {
            scope.lookup(name)
        };
        let optimized = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension { .. });
        let instr = match resolved.unwrap_or(NameScope::GlobalImplicit) {
            NameScope::Cell | NameScope::Free => {
                let i = self.cell_slot(name);
                match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    NameCtx::Load => Instr::LoadDeref(i),
                    NameCtx::Store => Instr::StoreDeref(i),
                    NameCtx::Del => Instr::DeleteDeref(i),
                }
            }
            NameScope::Local if optimized => {
                let i = self.varname_index(name);
                match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Del => Instr::DeleteFast(i),
                }
            }
            NameScope::GlobalExplicit => {
                let i = self.name_index(name);
                match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                }
            }
            NameScope::GlobalImplicit if optimized => {
                let i = self.name_index(name);
                match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                }
            }
            NameScope::Local | NameScope::GlobalImplicit => {
                let i = self.name_index(name);
                match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
    }

    /// Emit the instructions building a closure tuple for the child scope's free variables,
    /// then the function itself. `flags` says what else is already on the stack.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let i = self.cell_slot(&name);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= crate::bytecode::make_function::CLOSURE;
        }
        self.load_const(Constant::Code(Rc::new(finish(code))));
        self.emit(Instr::MakeFunction(flags));
    }

    /// Compile a body whose first statement may be a docstring.
    fn stmts_with_docstring(
        &mut self,
        body: &'a [Stmt],
        store_doc: bool,
    ) -> Result<(), CompileError> {
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            if store_doc {
                let span = body[0].span;
                self.with_span(span, |c| {
                    c.load_const(Constant::Str(Rc::from(clean_doc(doc))));
                    c.store_name("__doc__");
                });
            }
            rest = &body[1..];
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

/// The docstring of a body: its first statement, if that is a string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt {
        kind: ast::StmtKind::Expr(e),
        ..
    }) = body.first()
    {
        if let ast::ExprKind::Constant(ast::Constant::Str(s)) = &e.kind {
            return Some(s);
        }
    }
    None
}

/// A docstring as the compiler stores it since 3.13 (CPython's `_PyCompile_CleanDoc`): tabs
/// expanded, the first line's leading spaces removed, and the smallest indentation of the
/// other non-blank lines removed from each of them.
pub(crate) fn clean_doc(doc: &str) -> String {
    let doc = expand_tabs(doc);
    let mut lines = doc.split('\n');
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    let margin = rest
        .iter()
        .filter(|l| !l.trim_start_matches(' ').is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(doc.len());
    out.push_str(first.trim_start_matches(' '));
    for line in rest {
        out.push('\n');
        let spaces = line.len() - line.trim_start_matches(' ').len();
        out.push_str(&line[spaces.min(margin)..]);
    }
    out
}

/// `str.expandtabs()` with the default tab size of 8.
fn expand_tabs(s: &str) -> String {
    if !s.contains('\t') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut column = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                let n = 8 - column % 8;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

fn same_constant(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Code(x), Constant::Code(y)) => Rc::ptr_eq(x, y),
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same_constant(a, b))
        }
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}
