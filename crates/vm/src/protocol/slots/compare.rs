//! The rich-comparison slot (CPython's `tp_richcompare`) and its dispatch, `do_richcompare`:
//! the right operand first when its type is a proper subclass of the left's, then the left
//! operand, then the right one with the operator swapped; `==`/`!=` fall back to identity.
//!
//! Every type has the slot: `object`'s native function answers `==` by identity and `!=` by
//! inverting the type's own `==` (CPython's `object_richcompare`), so a class that defines only
//! `__eq__` gets the matching `!=`. A class that defines any of the six dunders gets the
//! generic form, which looks up the one dunder for the operator and calls it.

use ouro_compiler::bytecode::Comparison;
use ouro_memory::Obj;
use std::cmp::Ordering;

use super::{NativeSlots, Slot};
use crate::objects::{Args, SlotWrapperFn};
use crate::protocol::attr::SpecialName;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;

/// `a op b` with the operands in source order; None is NotImplemented.
pub type CompareFn = fn(&Vm, &Obj, &Obj, Comparison) -> PyResult<Option<Obj>>;

const CMP: [Comparison; 6] = [
    Comparison::Lt,
    Comparison::Le,
    Comparison::Eq,
    Comparison::Ne,
    Comparison::Gt,
    Comparison::Ge,
];

const CMP_NAMES: [SpecialName; 6] = [
    SpecialName::new("__lt__"),
    SpecialName::new("__le__"),
    SpecialName::new("__eq__"),
    SpecialName::new("__ne__"),
    SpecialName::new("__gt__"),
    SpecialName::new("__ge__"),
];

fn cmp_name(op: Comparison) -> &'static SpecialName {
    &CMP_NAMES[op as usize]
}

macro_rules! compare_wrappers {
    ($($op:ident => $f:ident;)*) => {
        $(
            fn $f(vm: &Vm, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
                wrap_compare(vm, owner, args, Comparison::$op)
            }
        )*
        const COMPARE_WRAPPERS: [SlotWrapperFn; 6] = [$($f),*];
    };
}

compare_wrappers! {
    Lt => lt_w;
    Le => le_w;
    Eq => eq_w;
    Ne => ne_w;
    Gt => gt_w;
    Ge => ge_w;
}

fn wrap_compare(vm: &Vm, owner: &Obj, args: Args<'_>, op: Comparison) -> PyResult<Obj> {
    let a = args.exact(vm, cmp_name(op).0, 2, 2)?;
    let r = match vm.native_slots(owner).compare {
        Some(f) => f(vm, &a[0], &a[1], op)?,
        None => None,
    };
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// The dunder wrappers a builtin's native comparison gets.
pub(super) fn wrappers(
    native: &NativeSlots,
) -> impl Iterator<Item = (&'static str, SlotWrapperFn)> {
    let present = native.compare.is_some();
    CMP.into_iter()
        .filter(move |_| present)
        .map(|op| (cmp_name(op).0, COMPARE_WRAPPERS[op as usize]))
}

/// `object`'s comparison (CPython's `object_richcompare`).
pub(crate) fn object_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    match op {
        Comparison::Eq => Ok(a.ptr_eq(b).then(|| vm.true_.clone())),
        Comparison::Ne => {
            // `!=` inverts the type's own `==`, unless that is NotImplemented.
            let Some(eq) = vm.compare_slot(a.class()) else {
                return Ok(None);
            };
            match vm.call_compare_slot(eq, a, b, Comparison::Eq)? {
                Some(r) => Ok(Some(vm.new_bool(!vm.is_true(&r)?))),
                None => Ok(None),
            }
        }
        _ => Ok(None),
    }
}

impl Vm {
    /// The comparison slot of class `cls`.
    fn compare_slot(&self, cls: &Obj) -> Option<Slot<CompareFn>> {
        let cell = &self.type_slots(cls)?.compare;
        let [lt, le, eq, ne, gt, ge] = &CMP_NAMES;
        self.resolve_slot(
            cls,
            cell,
            &[lt, le, eq, ne, gt, ge],
            |s| s.compare.map(Slot::Native),
            Slot::Dunder,
        )
    }

    fn call_compare_slot(
        &self,
        slot: Slot<CompareFn>,
        a: &Obj,
        b: &Obj,
        op: Comparison,
    ) -> PyResult<Option<Obj>> {
        match slot {
            Slot::Native(f) => f(self, a, b, op),
            Slot::Dunder => match self.lookup_special_name(a.class(), cmp_name(op)) {
                Some(f) => {
                    let r = self.call_method_obj(&f, a, std::slice::from_ref(b))?;
                    Ok((!r.ptr_eq(&self.not_implemented)).then_some(r))
                }
                None => Ok(None),
            },
        }
    }

    /// `a op b` for the six rich comparisons (CPython's `do_richcompare`).
    pub fn rich_compare(&self, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Obj> {
        if let Some((x, y)) = self.exact_small_ints(a, b) {
            return Ok(self.new_bool(ordering_holds(op, x.cmp(&y))));
        }
        self.rich_compare_beyond_small_ints(a, b, op)
    }

    /// [`Vm::rich_compare`] once two machine ints have been ruled out (the interpreter loop
    /// tests for them itself).
    pub(crate) fn rich_compare_beyond_small_ints(
        &self,
        a: &Obj,
        b: &Obj,
        op: Comparison,
    ) -> PyResult<Obj> {
        if let Some((x, y)) = self.exact_floats(a, b) {
            return Ok(self.new_bool(partial_ordering_holds(op, x.partial_cmp(&y))));
        }
        let _native = self.enter_recursion_while("")?;
        let (ta, tb) = (a.class(), b.class());
        let mut reflected_done = false;
        if !ta.ptr_eq(tb) && self.is_subtype(tb, ta) {
            if let Some(s) = self.compare_slot(tb) {
                reflected_done = true;
                if let Some(r) = self.call_compare_slot(s, b, a, op.swapped())? {
                    return Ok(r);
                }
            }
        }
        if let Some(s) = self.compare_slot(ta) {
            if let Some(r) = self.call_compare_slot(s, a, b, op)? {
                return Ok(r);
            }
        }
        if !reflected_done {
            if let Some(s) = self.compare_slot(tb) {
                if let Some(r) = self.call_compare_slot(s, b, a, op.swapped())? {
                    return Ok(r);
                }
            }
        }
        match op {
            Comparison::Eq => Ok(self.new_bool(a.ptr_eq(b))),
            Comparison::Ne => Ok(self.new_bool(!a.ptr_eq(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }
}

/// Whether `op` holds between two operands that compare as `o`.
#[inline]
pub(crate) fn ordering_holds(op: Comparison, o: Ordering) -> bool {
    match op {
        Comparison::Lt => o == Ordering::Less,
        Comparison::Le => o != Ordering::Greater,
        Comparison::Eq => o == Ordering::Equal,
        Comparison::Ne => o != Ordering::Equal,
        Comparison::Gt => o == Ordering::Greater,
        Comparison::Ge => o != Ordering::Less,
    }
}

/// Whether `op` holds between two operands that compare as `o`, None meaning unordered (a
/// NaN): then only `!=` holds.
#[inline]
pub(crate) fn partial_ordering_holds(op: Comparison, o: Option<Ordering>) -> bool {
    o.map_or(op == Comparison::Ne, |o| ordering_holds(op, o))
}

/// Lexicographic comparison of two sequences' items (lists, tuples, slices).
pub(crate) fn compare_sequences(vm: &Vm, xs: &[Obj], ys: &[Obj], op: Comparison) -> PyResult<bool> {
    let _native = vm.enter_recursion_while("in comparison")?;
    if matches!(op, Comparison::Eq | Comparison::Ne) && xs.len() != ys.len() {
        return Ok(op == Comparison::Ne);
    }
    for (x, y) in xs.iter().zip(ys) {
        if !vm.eq(x, y)? {
            return match op {
                Comparison::Eq => Ok(false),
                Comparison::Ne => Ok(true),
                _ => {
                    let r = vm.rich_compare(x, y, op)?;
                    vm.is_true(&r)
                }
            };
        }
    }
    Ok(ordering_holds(op, xs.len().cmp(&ys.len())))
}
