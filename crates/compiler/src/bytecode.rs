//! The instruction set and the code object: what the compiler emits and the VM executes.
//!
//! Invariants:
//! - Each opcode is declared once, in [`Instr`], with its operand and stack effect in its doc
//!   line (`[before] -> [after]`, top of stack rightmost). The disassembler ([`Instr`]'s
//!   `Display`) and [`Instr::stack_effect`] derive from that declaration.
//! - Jump operands are absolute instruction indices into the same code object.
//! - `locations[i]` is the source span of `instructions[i]`; tracebacks use it for the line
//!   and the `~~~^^^` carets.
//! - Exception handling uses a block stack: `SetupFinally` pushes a handler block recording
//!   the value-stack depth; when an exception unwinds to it the VM truncates the stack to that
//!   depth, pushes an *except-handler* block (which saves the previously handled exception),
//!   pushes the exception and jumps to the handler. `PopExcept` pops that block and restores
//!   the previously handled exception; unwinding through it does the same.

use num_bigint::BigInt;
use ouro_syntax::ast::Span;
use std::fmt;
use std::rc::Rc;

/// A compile-time constant. The VM turns each into an object once per code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

/// Binary operators, in-place forms included (operand of `BinaryOp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOperator {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    /// `divmod(a, b)`: no instruction emits it; it names CPython's `nb_divmod` slot, which
    /// the VM's number protocol dispatches like the operators.
    DivMod,
}

impl BinaryOperator {
    /// The operator's symbol as CPython spells it in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::Sub => "-",
            BinaryOperator::Mul => "*",
            BinaryOperator::MatMul => "@",
            BinaryOperator::TrueDiv => "/",
            BinaryOperator::FloorDiv => "//",
            BinaryOperator::Mod => "%",
            BinaryOperator::Pow => "** or pow()",
            BinaryOperator::LShift => "<<",
            BinaryOperator::RShift => ">>",
            BinaryOperator::And => "&",
            BinaryOperator::Or => "|",
            BinaryOperator::Xor => "^",
            BinaryOperator::DivMod => "divmod()",
        }
    }

    /// The special method names: (`__op__`, `__rop__`, `__iop__`).
    pub const fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinaryOperator::Add => ("__add__", "__radd__", "__iadd__"),
            BinaryOperator::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinaryOperator::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinaryOperator::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinaryOperator::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinaryOperator::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinaryOperator::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinaryOperator::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinaryOperator::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinaryOperator::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinaryOperator::And => ("__and__", "__rand__", "__iand__"),
            BinaryOperator::Or => ("__or__", "__ror__", "__ior__"),
            BinaryOperator::Xor => ("__xor__", "__rxor__", "__ixor__"),
            // There is no in-place divmod.
            BinaryOperator::DivMod => ("__divmod__", "__rdivmod__", ""),
        }
    }
}

/// Rich comparison operators (operand of `CompareOp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comparison {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl Comparison {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparison::Lt => "<",
            Comparison::Le => "<=",
            Comparison::Eq => "==",
            Comparison::Ne => "!=",
            Comparison::Gt => ">",
            Comparison::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            Comparison::Lt => "__lt__",
            Comparison::Le => "__le__",
            Comparison::Eq => "__eq__",
            Comparison::Ne => "__ne__",
            Comparison::Gt => "__gt__",
            Comparison::Ge => "__ge__",
        }
    }

    /// The operator tried on the right operand (`a < b` -> `b > a`).
    pub fn swapped(self) -> Comparison {
        match self {
            Comparison::Lt => Comparison::Gt,
            Comparison::Le => Comparison::Ge,
            Comparison::Eq => Comparison::Eq,
            Comparison::Ne => Comparison::Ne,
            Comparison::Gt => Comparison::Lt,
            Comparison::Ge => Comparison::Le,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOperator {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Flags of `MakeFunction`: which optional items precede the code object on the stack.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KW_DEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// Conversion codes of `FormatValue` (low 2 bits); bit 2 set means a format spec is on the stack.
pub mod format_value {
    pub const NONE: u32 = 0;
    pub const STR: u32 = 1;
    pub const REPR: u32 = 2;
    pub const ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

/// One instruction. Operands are indices (into `consts`, `names`, `varnames`, the cell array)
/// or absolute jump targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// `[] -> []`
    Nop,
    /// `[a] -> []`
    Pop,
    /// `[.. x(n) ..] -> [.. x ..] x` — push a copy of the n-th item (1 = top).
    Copy(u32),
    /// `[.. a(n) .. b] -> [.. b .. a]` — swap the top with the n-th item (n >= 2).
    Swap(u32),
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [varnames[i]]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// `[] -> []`
    DeleteFast(u32),
    /// `[] -> [cells[i].contents]` (cells = cellvars then freevars).
    LoadDeref(u32),
    /// `[v] -> []`
    StoreDeref(u32),
    /// `[] -> []`
    DeleteDeref(u32),
    /// `[] -> [cells[i]]` — the cell object itself, for building closures.
    LoadClosure(u32),
    /// `[] -> [v]` — class body: the class namespace first, then the cell `cells[i]`.
    LoadClassDeref(u32),
    /// `[] -> [globals/builtins[names[i]]]`
    LoadGlobal(u32),
    /// `[v] -> []`
    StoreGlobal(u32),
    /// `[] -> []`
    DeleteGlobal(u32),
    /// `[] -> [locals/globals/builtins[names[i]]]`
    LoadName(u32),
    /// `[v] -> []` into the frame's locals mapping.
    StoreName(u32),
    /// `[] -> []`
    DeleteName(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v obj] -> []` — `obj.names[i] = v`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [meth self]` or `[obj] -> [bound NULL]`: prepares `CallMethod`.
    LoadMethod(u32),
    /// `[meth self args*n] -> [result]` (or `[bound NULL args*n]`)
    CallMethod(u32),
    /// `[container key] -> [container[key]]`
    BinarySubscr,
    /// `[v container key] -> []`
    StoreSubscr,
    /// `[container key] -> []`
    DeleteSubscr,
    /// `[lower upper] -> [slice]` (n = 2) or `[lower upper step] -> [slice]` (n = 3)
    BuildSlice(u32),
    /// `[a b] -> [a op b]`; the flag selects the in-place form (`a op= b`).
    BinaryOp(BinaryOperator, bool),
    /// `[a] -> [op a]`
    UnaryOp(UnaryOperator),
    /// `[a b] -> [a cmp b]`
    CompareOp(Comparison),
    /// `[a b] -> [a is b]`, negated when the flag is set.
    IsOp(bool),
    /// `[a b] -> [a in b]`, negated when the flag is set.
    ContainsOp(bool),
    /// `[items*n] -> [tuple]`
    BuildTuple(u32),
    /// `[items*n] -> [list]`
    BuildList(u32),
    /// `[items*n] -> [set]`
    BuildSet(u32),
    /// `[k v]*n -> [dict]`
    BuildMap(u32),
    /// `[strs*n] -> [str]` — concatenates f-string parts.
    BuildString(u32),
    /// `[list .. (n-1 items) v] -> [list ..]` — appends v to the list n items down.
    ListAppend(u32),
    /// `[set .. v] -> [set ..]`
    SetAdd(u32),
    /// `[dict .. k v] -> [dict ..]`
    MapAdd(u32),
    /// `[list .. iterable] -> [list ..]`
    ListExtend(u32),
    /// `[set .. iterable] -> [set ..]`
    SetUpdate(u32),
    /// `[dict .. mapping] -> [dict ..]` — `{**m}`.
    DictUpdate(u32),
    /// `[callable ... dict .. mapping] -> [..]` — `f(**m)`: duplicate keys are a TypeError.
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[v] -> [str]` or `[v spec] -> [str]` (operand: see [`format_value`]).
    FormatValue(u32),
    /// `[seq] -> [item(n-1) .. item0]` — item0 ends on top.
    UnpackSequence(u32),
    /// `[seq] -> [after .. list before ..]` — operand `before | after << 8`.
    UnpackEx(u32),
    /// `[] -> []` — jump to the target.
    Jump(u32),
    /// `[v] -> []`, jumping when v is false.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jumping when v is true.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if v is false, else `[v] -> []`.
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if v is true, else `[v] -> []`.
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iter] -> [iter next]`, or `[iter] -> []` and jump when exhausted.
    ForIter(u32),
    /// `[callable args*n] -> [result]`
    Call(u32),
    /// `[callable args*n kwnames] -> [result]` — kwnames is a tuple of the last names' keys.
    CallKw(u32),
    /// `[callable argtuple] -> [result]` or `[callable argtuple kwdict] -> [result]` (flag 1).
    CallEx(u32),
    /// `[defaults? kwdefaults? annotations? closure? code] -> [function]` (see [`make_function`]).
    MakeFunction(u32),
    /// `[v] -> (returns v)`
    ReturnValue,
    /// `[v] -> (suspends with v) -> [sent]`
    YieldValue,
    /// `[iter v] -> [iter]` + suspends with the sub-iterator's value, or `[iter v] -> [result]`.
    YieldFrom,
    /// `[iterable] -> [iterator]` for `yield from` (generators pass through unchanged).
    GetYieldFromIter,
    /// `[] -> []` — push a handler block for the target.
    SetupFinally(u32),
    /// `[] -> []` — pop the innermost block (leaving a `try` body normally).
    PopBlock,
    /// `[] -> []` — pop the except-handler block, restoring the previously handled exception.
    PopExcept,
    /// `[exc] -> (raises exc again, traceback unchanged)`
    Reraise,
    /// `[exc? cause?] -> (raises)`: operand = number of items (0 = bare `raise`).
    Raise(u32),
    /// `[exc type] -> [exc matches]`
    CheckExcMatch,
    /// `[ctx] -> [exit enter_result]`
    BeforeWith,
    /// `[exit exc] -> [exit exc exit(type, exc, tb)]`
    WithExceptStart,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// `[] -> []` — set up `__annotations__` in a module or class namespace.
    SetupAnnotations,
    /// `[module] -> [module module.names[i]]`
    ImportFrom(u32),
    /// `[level fromlist] -> [module]` — imports `names[i]`.
    ImportName(u32),
    /// `[module] -> []` — `from m import *`.
    ImportStar,
    /// `[v] -> []` — prints repr(v) and binds `_` (interactive mode).
    PrintExpr,
}

impl Instr {
    /// The change in stack depth when the instruction falls through (or jumps, when `jump`).
    pub fn stack_effect(self, jump: bool) -> i32 {
        use Instr::*;
        match self {
            Nop | Swap(_) | Jump(_) | SetupFinally(_) | PopBlock | PopExcept | DeleteFast(_)
            | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | SetupAnnotations => 0,
            Pop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
            | PopJumpIfFalse(_) | PopJumpIfTrue(_) | Reraise | ListAppend(_) | SetAdd(_)
            | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | PrintExpr
            | ImportStar => -1,
            Copy(_) | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_)
            | LoadClassDeref(_) | LoadGlobal(_) | LoadName(_) | LoadAssertionError
            | LoadBuildClass | ImportFrom(_) => 1,
            LoadAttr(_) | UnaryOp(_) | GetIter | ListToTuple | YieldValue | GetYieldFromIter => 0,
            StoreAttr(_) => -2,
            LoadMethod(_) => 1,
            CallMethod(n) => -(n as i32) - 1,
            BinarySubscr | BinaryOp(..) | CompareOp(_) | IsOp(_) | ContainsOp(_)
            | CheckExcMatch | ImportName(_) => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice(n) => 1 - n as i32,
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            MapAdd(_) => -2,
            FormatValue(f) => {
                if f & format_value::HAS_SPEC != 0 {
                    -1
                } else {
                    0
                }
            }
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(n) => (n & 0xff) as i32 + (n >> 8) as i32,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            Call(n) => -(n as i32),
            CallKw(n) => -(n as i32) - 1,
            CallEx(flags) => -1 - (flags & 1) as i32,
            MakeFunction(flags) => -((flags.count_ones()) as i32),
            ReturnValue => -1,
            YieldFrom => -1,
            Raise(n) => -(n as i32),
            BeforeWith => 1,
            WithExceptStart => 1,
        }
    }

    /// The jump target, for instructions that have one.
    pub fn jump_target(self) -> Option<u32> {
        use Instr::*;
        match self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) => Some(t),
            _ => None,
        }
    }

    /// Rewrite the jump target (used when patching forward jumps).
    pub fn with_target(self, target: u32) -> Instr {
        use Instr::*;
        match self {
            Jump(_) => Jump(target),
            PopJumpIfFalse(_) => PopJumpIfFalse(target),
            PopJumpIfTrue(_) => PopJumpIfTrue(target),
            JumpIfFalseOrPop(_) => JumpIfFalseOrPop(target),
            JumpIfTrueOrPop(_) => JumpIfTrueOrPop(target),
            ForIter(_) => ForIter(target),
            SetupFinally(_) => SetupFinally(target),
            other => other,
        }
    }
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Debug already prints `Name(operand)`; the disassembler adds argument names.
        write!(f, "{self:?}")
    }
}

/// Flags describing how a code object is called.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// A function body: locals live in fast slots, not in a mapping.
    pub optimized: bool,
    /// A list/set/dict comprehension body: CPython 3.12+ inlines these, so their frame is not
    /// shown in tracebacks.
    pub inlined_comprehension: bool,
    /// A function-like unit inside a function (CPython's `CO_NESTED`, `ste_nested`).
    pub nested: bool,
    /// A function defined directly in a class body (CPython's `CO_METHOD`).
    pub method: bool,
}

impl CodeObject {
    /// CPython 3.14's `co_flags` bits for this unit (`compute_code_flags`).
    pub fn co_flags(&self) -> u32 {
        const CO_OPTIMIZED: u32 = 0x1;
        const CO_NEWLOCALS: u32 = 0x2;
        const CO_VARARGS: u32 = 0x4;
        const CO_VARKEYWORDS: u32 = 0x8;
        const CO_NESTED: u32 = 0x10;
        const CO_GENERATOR: u32 = 0x20;
        const CO_HAS_DOCSTRING: u32 = 0x400_0000;
        const CO_METHOD: u32 = 0x800_0000;
        let f = &self.flags;
        if !f.optimized {
            return 0;
        }
        let mut bits = CO_OPTIMIZED | CO_NEWLOCALS;
        for (on, bit) in [
            (f.varargs, CO_VARARGS),
            (f.varkeywords, CO_VARKEYWORDS),
            (f.nested, CO_NESTED),
            (f.generator, CO_GENERATOR),
            (self.docstring.is_some(), CO_HAS_DOCSTRING),
            (f.method, CO_METHOD),
        ] {
            if on {
                bits |= bit;
            }
        }
        bits
    }
}

/// A compiled unit: module, class body, function, lambda, comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    /// The whole text this unit was compiled from (shared by all units of a file): line
    /// numbers come from it. Tracebacks print source lines only for files the VM lists.
    pub source: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then others.
    pub varnames: Vec<Rc<str>>,
    /// Variables of this scope captured by inner scopes (stored in cells).
    pub cellvars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: (cell index, varnames index).
    pub cell_params: Vec<(u32, u32)>,
    /// Variables of enclosing scopes used here (cells passed in the closure).
    pub freevars: Vec<Rc<str>>,
    /// Names used by global/name/attribute instructions.
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Constant>,
    pub instructions: Vec<Instr>,
    /// Source span of each instruction.
    pub locations: Vec<Span>,
    /// The docstring (first statement string literal of a function), if any.
    pub docstring: Option<Rc<str>>,
}

impl CodeObject {
    /// A human-readable listing of the instructions (the disassembler).
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        for (i, instr) in self.instructions.iter().enumerate() {
            use Instr::*;
            let detail = match *instr {
                LoadConst(c) => format!(" ({:?})", self.consts[c as usize]),
                LoadFast(n) | StoreFast(n) | DeleteFast(n) => {
                    format!(" ({})", self.varnames[n as usize])
                }
                LoadGlobal(n) | StoreGlobal(n) | DeleteGlobal(n) | LoadName(n) | StoreName(n)
                | DeleteName(n) | LoadAttr(n) | StoreAttr(n) | DeleteAttr(n) | LoadMethod(n)
                | ImportName(n) | ImportFrom(n) => format!(" ({})", self.names[n as usize]),
                _ => String::new(),
            };
            out.push_str(&format!("{i:>5} {instr}{detail}\n"));
        }
        out
    }
}
