//! The number slots: binary operators with their reflected and in-place forms, and the unary
//! operators (CPython's `nb_add`/`sq_concat`/`nb_inplace_add`/`nb_negative`, ...).
//!
//! Dispatch is CPython's `binary_op1`: the left operand's type's slot, then the right's; the
//! right one first when its type is a proper subclass of the left's that overrides the
//! reflected method. A native function answers for either side (`3 * [1]` reaches list's
//! repetition through the right operand); the generic form calls `__op__` on the left operand
//! or `__rop__` on the right one. In-place operators try the left operand's in-place slot
//! first and fall back to the binary one.
//!
//! Two exact small ints take the interpreter's specialised path before any slot (CPython 3.14's
//! `BINARY_OP_ADD_INT` and friends do the same in its specialising interpreter).

use ouro_compiler::bytecode::{BinaryOperator, UnaryOperator};
use ouro_memory::Obj;

use super::{NativeSlots, Slot, SlotCell};
use crate::objects::{Args, PyInt, PyMethodDescr, SlotWrapperFn};
use crate::protocol::attr::SpecialName;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;

/// `a op b` with the operands in source order; None is NotImplemented.
pub type BinaryFn = fn(&Vm, &Obj, &Obj, BinaryOperator) -> PyResult<Option<Obj>>;
/// `-a`, `+a`, `~a`, `abs(a)`; None when the type does not implement the operator.
pub type UnaryFn = fn(&Vm, &Obj, UnaryOp) -> PyResult<Option<Obj>>;

/// How many binary operators there are (the length of a type's binary slot table).
pub const BINARY_OPS: usize = 14;
/// How many unary operators have slots.
pub const UNARY_OPS: usize = 4;

/// A set of binary operators (which ones a native function implements).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct OpSet(u16);

impl OpSet {
    pub const ALL: OpSet = OpSet((1 << BINARY_OPS) - 1);

    pub const fn of(ops: &[BinaryOperator]) -> OpSet {
        let mut bits = 0u16;
        let mut i = 0;
        while i < ops.len() {
            bits |= 1 << ops[i] as u16;
            i += 1;
        }
        OpSet(bits)
    }

    pub fn has(self, op: BinaryOperator) -> bool {
        self.0 & (1 << op as u16) != 0
    }

    pub const fn without(self, op: BinaryOperator) -> OpSet {
        OpSet(self.0 & !(1 << op as u16))
    }

    fn union(self, other: OpSet) -> OpSet {
        OpSet(self.0 | other.0)
    }
}

/// The unary operators with slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Abs,
}

impl UnaryOp {
    const ALL: [UnaryOp; UNARY_OPS] = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Abs];

    fn dunder(self) -> &'static SpecialName {
        &UNARY_NAMES[self as usize]
    }
}

/// A set of unary operators.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct UnaryOps(u8);

impl UnaryOps {
    pub const fn of(ops: &[UnaryOp]) -> UnaryOps {
        let mut bits = 0u8;
        let mut i = 0;
        while i < ops.len() {
            bits |= 1 << ops[i] as u8;
            i += 1;
        }
        UnaryOps(bits)
    }

    fn has(self, op: UnaryOp) -> bool {
        self.0 & (1 << op as u8) != 0
    }
}

const UNARY_NAMES: [SpecialName; UNARY_OPS] = [
    SpecialName::new("__neg__"),
    SpecialName::new("__pos__"),
    SpecialName::new("__invert__"),
    SpecialName::new("__abs__"),
];

const fn names(op: BinaryOperator) -> [SpecialName; 3] {
    let (l, r, i) = op.dunders();
    [
        SpecialName::new(l),
        SpecialName::new(r),
        SpecialName::new(i),
    ]
}

use BinaryOperator as B;
const OPS: [BinaryOperator; BINARY_OPS] = [
    B::Add,
    B::Sub,
    B::Mul,
    B::MatMul,
    B::TrueDiv,
    B::FloorDiv,
    B::Mod,
    B::Pow,
    B::LShift,
    B::RShift,
    B::And,
    B::Or,
    B::Xor,
    B::DivMod,
];

/// `[__op__, __rop__, __iop__]` of each operator, indexed by the operator.
const BINARY_NAMES: [[SpecialName; 3]; BINARY_OPS] = {
    let mut t = [const {
        [
            SpecialName::new(""),
            SpecialName::new(""),
            SpecialName::new(""),
        ]
    }; BINARY_OPS];
    let mut i = 0;
    while i < BINARY_OPS {
        t[i] = names(OPS[i]);
        i += 1;
    }
    t
};

fn binary_names(op: BinaryOperator) -> &'static [SpecialName; 3] {
    &BINARY_NAMES[op as usize]
}

/// Which side of a binary operator a wrapper serves.
#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    InPlace,
}

macro_rules! binary_wrappers {
    ($($op:ident => $l:ident, $r:ident, $i:ident;)*) => {
        $(
            fn $l(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
                wrap_binary(vm, owner, args, BinaryOperator::$op, Side::Left)
            }
            fn $r(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
                wrap_binary(vm, owner, args, BinaryOperator::$op, Side::Right)
            }
            fn $i(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
                wrap_binary(vm, owner, args, BinaryOperator::$op, Side::InPlace)
            }
        )*
        /// The wrappers of each operator (left, reflected, in-place), indexed by the operator.
        const BINARY_WRAPPERS: [[SlotWrapperFn; 3]; BINARY_OPS] = [$([$l, $r, $i]),*];
    };
}

binary_wrappers! {
    Add => add_l, add_r, add_i;
    Sub => sub_l, sub_r, sub_i;
    Mul => mul_l, mul_r, mul_i;
    MatMul => matmul_l, matmul_r, matmul_i;
    TrueDiv => truediv_l, truediv_r, truediv_i;
    FloorDiv => floordiv_l, floordiv_r, floordiv_i;
    Mod => mod_l, mod_r, mod_i;
    Pow => pow_l, pow_r, pow_i;
    LShift => lshift_l, lshift_r, lshift_i;
    RShift => rshift_l, rshift_r, rshift_i;
    And => and_l, and_r, and_i;
    Or => or_l, or_r, or_i;
    Xor => xor_l, xor_r, xor_i;
    DivMod => divmod_l, divmod_r, divmod_i;
}

fn wrap_binary(
    vm: &Vm,
    owner: &Obj,
    args: Args<'_>,
    op: BinaryOperator,
    side: Side,
) -> PyResult<Obj> {
    let name = binary_names(op)[side as usize].0;
    let a = super::wrapper_args(vm, name, &args, 1)?;
    let native = vm.native_slots(owner);
    let r = match side {
        Side::Left => native.binary.map(|f| f(vm, &a[0], &a[1], op)),
        Side::Right => native.binary.map(|f| f(vm, &a[1], &a[0], op)),
        Side::InPlace => native.inplace.map(|f| f(vm, &a[0], &a[1], op)),
    };
    match r.transpose()?.flatten() {
        Some(r) => Ok(r),
        // A sequence's `__add__` (one without `__radd__`: list, tuple, str, bytes) wraps
        // CPython's `sq_concat`, which raises rather than answering NotImplemented.
        None if matches!(side, Side::Left)
            && op == B::Add
            && native.binary_left.has(op)
            && !native.binary_right.has(op) =>
        {
            Err(vm.binop_type_error(&a[0], &a[1], op, false))
        }
        None => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! unary_wrappers {
    ($($op:ident => $f:ident;)*) => {
        $(
            fn $f(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
                wrap_unary(vm, owner, args, UnaryOp::$op)
            }
        )*
        const UNARY_WRAPPERS: [SlotWrapperFn; UNARY_OPS] = [$($f),*];
    };
}

unary_wrappers! {
    Neg => neg_w;
    Pos => pos_w;
    Invert => invert_w;
    Abs => abs_w;
}

fn wrap_unary(vm: &Vm, owner: &Obj, args: Args<'_>, op: UnaryOp) -> PyResult<Obj> {
    let a = super::wrapper_args(vm, op.dunder().0, &args, 0)?;
    match vm.native_slots(owner).unary {
        Some(f) => match f(vm, &a[0], op)? {
            Some(r) => Ok(r),
            None => Err(vm.unary_type_error(&a[0], op)),
        },
        None => Err(vm.unary_type_error(&a[0], op)),
    }
}

/// The dunder wrappers a builtin's native number slots get.
pub(super) fn wrappers(
    native: &NativeSlots,
) -> impl Iterator<Item = (&'static str, SlotWrapperFn)> {
    let mut out = Vec::new();
    if native.binary.is_some() {
        for op in OPS {
            let w = &BINARY_WRAPPERS[op as usize];
            if native.binary_left.has(op) {
                out.push((binary_names(op)[0].0, w[0]));
            }
            if native.binary_right.has(op) {
                out.push((binary_names(op)[1].0, w[1]));
            }
        }
    }
    if native.inplace.is_some() {
        for op in OPS {
            if native.inplace_ops.has(op) {
                out.push((binary_names(op)[2].0, BINARY_WRAPPERS[op as usize][2]));
            }
        }
    }
    if native.unary.is_some() {
        for op in UnaryOp::ALL {
            if native.unary_ops.has(op) {
                out.push((op.dunder().0, UNARY_WRAPPERS[op as usize]));
            }
        }
    }
    out.into_iter()
}

impl Vm {
    /// The binary slot of class `cls` for `op`.
    fn binary_slot(&self, cls: &Obj, op: BinaryOperator) -> Option<Slot<BinaryFn>> {
        let cell = &self.type_slots(cls)?.binary[op as usize];
        let n = binary_names(op);
        self.resolve_slot(
            cls,
            cell,
            &[&n[0], &n[1]],
            |s| {
                s.binary
                    .filter(|_| s.binary_left.union(s.binary_right).has(op))
                    .map(Slot::Native)
            },
            Slot::Dunder,
        )
    }

    /// The in-place slot of class `cls` for `op`.
    fn inplace_slot(&self, cls: &Obj, op: BinaryOperator) -> Option<Slot<BinaryFn>> {
        let cell: &SlotCell<_> = &self.type_slots(cls)?.inplace[op as usize];
        self.resolve_slot(
            cls,
            cell,
            &[&binary_names(op)[2]],
            |s| {
                s.inplace
                    .filter(|_| s.inplace_ops.has(op))
                    .map(Slot::Native)
            },
            Slot::Dunder,
        )
    }

    /// The unary slot of class `cls` for `op`.
    fn unary_slot(&self, cls: &Obj, op: UnaryOp) -> Option<Slot<UnaryFn>> {
        let cell = &self.type_slots(cls)?.unary[op as usize];
        self.resolve_slot(
            cls,
            cell,
            &[op.dunder()],
            |s| s.unary.filter(|_| s.unary_ops.has(op)).map(Slot::Native),
            Slot::Dunder,
        )
    }

    /// `a op b`, or `a op= b` when `inplace`.
    pub fn binary_op(&self, a: &Obj, b: &Obj, op: BinaryOperator, inplace: bool) -> PyResult<Obj> {
        if let Some((x, y)) = self.exact_small_ints(a, b) {
            if let Some(r) = small_int_op(x, y, op) {
                return Ok(self.new_int(r));
            }
        }
        self.binary_op_beyond_small_ints(a, b, op, inplace)
    }

    /// [`Vm::binary_op`] once two machine ints have been ruled out or have no answer without
    /// the slot (the interpreter loop tests for them itself).
    pub(crate) fn binary_op_beyond_small_ints(
        &self,
        a: &Obj,
        b: &Obj,
        op: BinaryOperator,
        inplace: bool,
    ) -> PyResult<Obj> {
        if let Some((x, y)) = self.exact_floats(a, b) {
            if let Some(r) = float_op(x, y, op) {
                return Ok(self.new_float(r));
            }
        }
        if inplace {
            if let Some(r) = self.try_inplace(a, b, op)? {
                return Ok(r);
            }
        }
        match self.binary_op1(a, b, op)? {
            Some(r) => Ok(r),
            None => Err(self.binop_type_error(a, b, op, inplace)),
        }
    }

    fn try_inplace(&self, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
        match self.inplace_slot(a.class(), op) {
            Some(Slot::Native(f)) => f(self, a, b, op),
            Some(Slot::Dunder) => match self.lookup_special_name(a.class(), &binary_names(op)[2]) {
                Some(f) => self.call_dunder(&f, a, b),
                None => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// CPython's `binary_op1`: None when neither operand implements `op` for the other.
    fn binary_op1(&self, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
        let (ta, tb) = (a.class(), b.class());
        let slot_a = self.binary_slot(ta, op);
        let mut slot_b = if ta.ptr_eq(tb) {
            None
        } else {
            self.binary_slot(tb, op)
        };
        if let (Some(Slot::Native(fa)), Some(Slot::Native(fb))) = (slot_a, slot_b) {
            if std::ptr::fn_addr_eq(fa, fb) {
                slot_b = None;
            }
        }
        if let Some(sa) = slot_a {
            if let Some(sb) = slot_b {
                if self.is_subtype(tb, ta) && self.reflected_overrides(ta, tb, sb, op) {
                    if let Some(r) = self.call_binary_slot(sb, a, b, op, false)? {
                        return Ok(Some(r));
                    }
                    slot_b = None;
                }
            }
            if let Some(r) = self.call_binary_slot(sa, a, b, op, true)? {
                return Ok(Some(r));
            }
        }
        if let Some(sb) = slot_b {
            return self.call_binary_slot(sb, a, b, op, false);
        }
        Ok(None)
    }

    /// Whether the right operand's class (a subclass of the left's) should be asked first: a
    /// native slot always is (CPython compares slot pointers); a class only when its
    /// reflected method is not the one the left operand's class has (`method_is_overloaded`).
    fn reflected_overrides(
        &self,
        ta: &Obj,
        tb: &Obj,
        sb: Slot<BinaryFn>,
        op: BinaryOperator,
    ) -> bool {
        match sb {
            Slot::Native(_) => true,
            Slot::Dunder => {
                let rname = &binary_names(op)[1];
                match self.lookup_special_name(tb, rname) {
                    None => false,
                    Some(fb) => self
                        .lookup_special_name(ta, rname)
                        .is_none_or(|fa| !fa.ptr_eq(&fb)),
                }
            }
        }
    }

    /// Call one operand's binary slot; `left` says whose slot it is.
    fn call_binary_slot(
        &self,
        slot: Slot<BinaryFn>,
        a: &Obj,
        b: &Obj,
        op: BinaryOperator,
        left: bool,
    ) -> PyResult<Option<Obj>> {
        match slot {
            Slot::Native(f) => f(self, a, b, op),
            Slot::Dunder => {
                let (recv, other, name) = if left {
                    (a, b, &binary_names(op)[0])
                } else {
                    (b, a, &binary_names(op)[1])
                };
                match self.lookup_special_name(recv.class(), name) {
                    Some(f) => self.call_dunder(&f, recv, other),
                    None => Ok(None),
                }
            }
        }
    }

    /// An operation with no slot of its own, by its Python-level dunders in `binary_op1`'s
    /// order (`divmod()`, three-argument `pow()`): `a.lname(b, *extra)` and
    /// `b.rname(a, *extra)`, the right one first when its class is a proper subclass of the
    /// left's. None when neither answers (builtin operands are the caller's business).
    pub(crate) fn dunder_binary(
        &self,
        a: &Obj,
        b: &Obj,
        lname: &str,
        rname: &str,
        extra: &[Obj],
    ) -> PyResult<Option<Obj>> {
        let user = |o: &Obj, name: &str| {
            self.lookup_type(o.class(), name)
                .filter(|f| !f.is::<PyMethodDescr>())
        };
        let left = user(a, lname);
        let right = if a.class().ptr_eq(b.class()) {
            None
        } else {
            user(b, rname)
        };
        let call = |f: &Obj, recv: &Obj, other: &Obj| -> PyResult<Option<Obj>> {
            let mut args = vec![other.clone()];
            args.extend_from_slice(extra);
            let r = self.call_method_obj(f, recv, &args)?;
            Ok((!r.ptr_eq(&self.not_implemented)).then_some(r))
        };
        let right_first = right.is_some() && self.is_subtype(b.class(), a.class());
        if let (true, Some(f)) = (right_first, &right) {
            if let Some(r) = call(f, b, a)? {
                return Ok(Some(r));
            }
        }
        if let Some(f) = &left {
            if let Some(r) = call(f, a, b)? {
                return Ok(Some(r));
            }
        }
        match (right_first, &right) {
            (false, Some(f)) => call(f, b, a),
            _ => Ok(None),
        }
    }

    /// Call a binary dunder found on `recv`'s class; None for NotImplemented.
    fn call_dunder(&self, f: &Obj, recv: &Obj, other: &Obj) -> PyResult<Option<Obj>> {
        let r = self.call_method_obj(f, recv, std::slice::from_ref(other))?;
        Ok(if r.ptr_eq(&self.not_implemented) {
            None
        } else {
            Some(r)
        })
    }

    /// The unary operators of the bytecode (`not` is truth, not a slot).
    pub fn unary_op(&self, a: &Obj, op: UnaryOperator) -> PyResult<Obj> {
        let op = match op {
            UnaryOperator::Neg => UnaryOp::Neg,
            UnaryOperator::Pos => UnaryOp::Pos,
            UnaryOperator::Invert => UnaryOp::Invert,
            UnaryOperator::Not => return Ok(self.new_bool(!self.is_true(a)?)),
        };
        self.unary(a, op)
    }

    /// `-a`, `+a`, `~a`, `abs(a)`.
    pub fn unary(&self, a: &Obj, op: UnaryOp) -> PyResult<Obj> {
        let r = match self.unary_slot(a.class(), op) {
            Some(Slot::Native(f)) => f(self, a, op)?,
            Some(Slot::Dunder) => match self.lookup_special_name(a.class(), op.dunder()) {
                Some(f) => Some(self.call_method_obj(&f, a, &[])?),
                None => None,
            },
            None => None,
        };
        r.ok_or_else(|| self.unary_type_error(a, op))
    }

    fn unary_type_error(&self, a: &Obj, op: UnaryOp) -> PyErr {
        let sym = match op {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            UnaryOp::Invert => "unary ~",
            UnaryOp::Abs => "abs()",
        };
        self.type_error(format!(
            "bad operand type for {sym}: '{}'",
            self.type_name(a)
        ))
    }

    fn binop_type_error(&self, a: &Obj, b: &Obj, op: BinaryOperator, inplace: bool) -> PyErr {
        let (an, bn) = (self.type_name(a), self.type_name(b));
        if op == BinaryOperator::Add {
            // The sequences' concatenation slots give these (by class: a union's payload is a
            // tuple, but it is no tuple).
            for (kind, ty) in [
                ("str", &self.types.str),
                ("list", &self.types.list),
                ("tuple", &self.types.tuple),
                ("bytes", &self.types.bytes),
            ] {
                if self.isinstance(a, ty) {
                    let what = if kind == "bytes" {
                        format!("can't concat {bn} to bytes")
                    } else {
                        format!("can only concatenate {kind} (not \"{bn}\") to {kind}")
                    };
                    return self.type_error(what);
                }
            }
        }
        let is_seq = |o: &Obj| {
            [&self.types.str, &self.types.list, &self.types.tuple]
                .iter()
                .any(|t| self.isinstance(o, t))
        };
        if op == BinaryOperator::Mul && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { &bn } else { &an };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        let sym = op.symbol();
        let sym = if inplace {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{an}' and '{bn}'"
        ))
    }

    /// Both operands' values when both are exact `float`s: the float arithmetic fast path.
    #[inline]
    pub(crate) fn exact_floats(&self, a: &Obj, b: &Obj) -> Option<(f64, f64)> {
        let float = &self.types.float;
        if !a.class().ptr_eq(float) || !b.class().ptr_eq(float) {
            return None;
        }
        Some((
            a.downcast_ref::<crate::objects::PyFloat>()?.0,
            b.downcast_ref::<crate::objects::PyFloat>()?.0,
        ))
    }

    /// Both operands as machine integers when both are exact `int`s (not `bool`, not a
    /// subclass that may override the operator) small enough: the arithmetic fast path.
    #[inline]
    pub(crate) fn exact_small_ints(&self, a: &Obj, b: &Obj) -> Option<(i64, i64)> {
        Some((self.exact_small_int(a)?, self.exact_small_int(b)?))
    }

    /// The value of `a` if it is an exact int (not a subclass, not bool) that fits in i64.
    #[inline]
    pub(crate) fn exact_small_int(&self, a: &Obj) -> Option<i64> {
        if !a.class().ptr_eq(&self.types.int) {
            return None;
        }
        PyInt::small_of(a)
    }
}

/// The operators two floats answer by IEEE arithmetic alone, as float's own slot would
/// (None: take the slot, which also raises for a zero divisor).
#[inline]
fn float_op(x: f64, y: f64, op: BinaryOperator) -> Option<f64> {
    match op {
        B::Add => Some(x + y),
        B::Sub => Some(x - y),
        B::Mul => Some(x * y),
        B::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// The operators two machine integers answer without leaving i64 (None: take the slot).
#[inline]
pub(crate) fn small_int_op(x: i64, y: i64, op: BinaryOperator) -> Option<i64> {
    match op {
        B::Add => x.checked_add(y),
        B::Sub => x.checked_sub(y),
        B::Mul => x.checked_mul(y),
        // Python rounds toward negative infinity: the remainder takes the divisor's sign. A
        // zero divisor (or i64::MIN / -1) takes the slot, which raises.
        B::Mod => x
            .checked_rem(y)
            .map(|r| if r != 0 && (r ^ y) < 0 { r + y } else { r }),
        B::FloorDiv => x
            .checked_div(y)
            .map(|q| if x % y != 0 && (x ^ y) < 0 { q - 1 } else { q }),
        B::And => Some(x & y),
        B::Or => Some(x | y),
        B::Xor => Some(x ^ y),
        _ => None,
    }
}

/// The repeat count of `seq * n` / `n * seq` when `is_seq` picks the sequence operand: the
/// sequence and the count (negative counts repeat zero times).
pub(crate) fn repeat_operands<'a>(
    vm: &Vm,
    a: &'a Obj,
    b: &'a Obj,
    is_seq: impl Fn(&Obj) -> bool,
) -> Option<PyResult<(&'a Obj, usize)>> {
    let (seq, count) = if is_seq(a) {
        (a, b)
    } else if is_seq(b) {
        (b, a)
    } else {
        return None;
    };
    // The count is an int or has `__index__` (CPython's sequence_repeat).
    let n = match PyInt::of(count) {
        Some(n) => n,
        None => {
            let f = vm.lookup_type(count.class(), "__index__")?;
            match vm.call_method_obj(&f, count, &[]) {
                Ok(r) => match PyInt::of(&r) {
                    Some(n) => n,
                    None => {
                        return Some(Err(vm.type_error(format!(
                            "__index__ returned non-int (type {})",
                            vm.type_name(&r)
                        ))))
                    }
                },
                Err(e) => return Some(Err(e)),
            }
        }
    };
    Some(match n {
        PyInt::Small(v) => Ok((seq, v.max(0) as usize)),
        PyInt::Big(_) if n.is_negative() => Ok((seq, 0)),
        PyInt::Big(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    })
}
