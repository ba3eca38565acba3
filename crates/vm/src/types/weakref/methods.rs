//! `weakref.ref` and the proxy types: creation, calling, hashing, equality, repr, and the
//! proxies' forwarding of every operation to their referent.
//!
//! Invariants: a weakref never owns its referent (the memory crate's `WeakSlot` does the
//! bookkeeping); `ref(obj)` without callback and of the exact type is shared (one per referent,
//! as `proxy(obj)` is), so `ref(o) is ref(o)`; which objects may be weakly referenced follows
//! CPython 3.14's `tp_weaklistoffset` (see [`Vm::supports_weakrefs`]). The proxies' special
//! methods are plain builtin functions in their type dicts (not method descriptors), so the
//! interpreter's generic special-method dispatch calls them with the proxy first.

use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison, UnaryOperator};
use ouro_memory::weakref::{self as weak, WeakKind, WeakSlot};
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.weakref.clone();
    vm.add_new(&t, ref_new);
    vm.add_wrapper(&t, "__init__", ref_init);
    vm.add_method(&t, "__call__", ref_call);
    vm.add_method(&t, "__eq__", ref_eq);
    vm.add_method(&t, "__ne__", ref_ne);
    vm.add_method(&t, "__hash__", ref_hash);
    for ty in [
        &vm.types.weakref,
        &vm.types.weakproxy,
        &vm.types.weakcallableproxy,
    ] {
        vm.type_dict_set(ty, "__module__", vm.new_str("weakref"));
    }
    drop(t);
    for ty in [
        vm.types.weakproxy.clone(),
        vm.types.weakcallableproxy.clone(),
    ] {
        for (name, f) in PROXY_METHODS {
            add_function(vm, &ty, name, *f);
        }
        vm.type_dict_set(&ty, "__hash__", vm.none.clone());
    }
    add_function(
        vm,
        &vm.types.weakcallableproxy.clone(),
        "__call__",
        proxy_call,
    );
    vm.set_native_slots(
        &vm.types.weakref.clone(),
        crate::protocol::slots::NativeSlots {
            repr: Some(ref_repr),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &vm.types.weakref.clone(),
        &[crate::types::descriptor::GetSet(
            "__callback__",
            ref_callback,
            crate::types::descriptor::READONLY,
        )],
    );
}

/// `<weakref at 0x...; to 'C' at 0x...>` (or `; dead>`).
fn ref_repr(vm: &Vm, r: &Obj) -> PyResult<Obj> {
    let slot = &crate::protocol::slots::slot_payload::<PyWeakRef>(vm, r)?.slot;
    Ok(vm.new_str(vm.weakref_repr(r, slot, "weakref")?))
}

/// `ref.__callback__`: the callback given when it was made, None once it has run.
fn ref_callback(vm: &Vm, r: &Obj) -> PyResult<Obj> {
    let r = crate::protocol::slots::slot_payload::<PyWeakRef>(vm, r)?;
    Ok(r.slot.callback().unwrap_or_else(|| vm.none.clone()))
}

/// A special method that the interpreter calls with the receiver as first argument.
fn add_function(vm: &Vm, ty: &Obj, name: &'static str, func: NativeFn) {
    let f = Obj::new(
        vm.types.builtin_function.clone(),
        PyBuiltinFunction {
            name,
            func,
            self_: None,
            owner: "weakproxy",
            static_method: false,
        },
    );
    f.make_immortal();
    vm.type_dict_set(ty, name, f);
}

impl Vm {
    /// Whether `obj` can be weakly referenced (CPython: its type has `tp_weaklistoffset`).
    pub(crate) fn supports_weakrefs(&self, obj: &Obj) -> bool {
        // The builtin types with a weakref list (and so their subclasses).
        let t = &self.types;
        let weakrefable = [
            &t.type_,
            &t.function,
            &t.builtin_function,
            &t.method,
            &t.module,
            &t.generator,
            &t.code,
            &t.set,
            &t.frozenset,
        ];
        let cls = obj.class();
        if weakrefable.iter().any(|w| self.is_subtype(cls, w)) {
            return true;
        }
        let Some(t) = obj.class().downcast_ref::<PyType>() else {
            return false;
        };
        if matches!(t.layout, Layout::Int | Layout::Tuple | Layout::Bytes) {
            return false;
        }
        // A class statement adds `__weakref__` unless its `__slots__` leave it out.
        t.mro()
            .iter()
            .filter_map(|c| c.downcast_ref::<PyType>())
            .any(|c| {
                !c.builtin
                    && c.slots
                        .as_ref()
                        .is_none_or(|s| s.iter().any(|n| &**n == "__weakref__"))
            })
    }

    fn check_weakrefable(&self, obj: &Obj) -> PyResult<()> {
        if self.supports_weakrefs(obj) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "cannot create weak reference to '{}' object",
            self.type_name(obj)
        )))
    }

    /// `weakref.ref(obj, callback=None)` of class `cls` (a subclass of `ref`, or `ref` itself).
    pub(crate) fn new_weakref(&self, cls: &Obj, obj: &Obj, callback: Option<Obj>) -> PyResult<Obj> {
        self.check_weakrefable(obj)?;
        let callback = callback.filter(|c| !self.is_none(c));
        let exact = cls.ptr_eq(&self.types.weakref);
        let kind = if exact && callback.is_none() {
            WeakKind::BasicRef
        } else {
            WeakKind::Other
        };
        if kind == WeakKind::BasicRef {
            if let Some(shared) = weak::find_basic(obj, kind) {
                return Ok(shared);
            }
        }
        let inst = cls
            .downcast_ref::<PyType>()
            .map(InstanceState::for_class)
            .unwrap_or_default();
        let r = Obj::new(
            cls.clone(),
            PyWeakRef {
                slot: WeakSlot::new(callback),
                hash: Default::default(),
                inst,
            },
        );
        weak::attach(&r, obj, kind);
        Ok(r)
    }

    /// `weakref.proxy(obj, callback=None)`.
    pub(crate) fn new_weakproxy(&self, obj: &Obj, callback: Option<Obj>) -> PyResult<Obj> {
        self.check_weakrefable(obj)?;
        let callback = callback.filter(|c| !self.is_none(c));
        let kind = if callback.is_none() {
            WeakKind::BasicProxy
        } else {
            WeakKind::Other
        };
        if kind == WeakKind::BasicProxy {
            if let Some(shared) = weak::find_basic(obj, kind) {
                return Ok(shared);
            }
        }
        let cls = if self.is_callable(obj) {
            &self.types.weakcallableproxy
        } else {
            &self.types.weakproxy
        };
        let p = Obj::new(
            cls.clone(),
            PyWeakProxy {
                slot: WeakSlot::new(callback),
            },
        );
        weak::attach(&p, obj, kind);
        Ok(p)
    }

    /// `hash(ref)`: the referent's hash, remembered so that it survives the referent.
    pub(crate) fn weakref_hash(&self, r: &PyWeakRef) -> PyResult<i64> {
        if let Some(h) = r.hash.get() {
            return Ok(h);
        }
        let Some(referent) = r.slot.get() else {
            return Err(self.type_error("weak object has gone away"));
        };
        let h = self.hash(&referent)?;
        r.hash.set(Some(h));
        Ok(h)
    }

    /// `ref == other` / `!=`: live refs compare their referents, dead ones by identity.
    pub(crate) fn weakref_equal(&self, a: &Obj, b: &Obj) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (a.downcast_ref::<PyWeakRef>(), b.downcast_ref::<PyWeakRef>())
        else {
            return Ok(None);
        };
        match (x.slot.get(), y.slot.get()) {
            (Some(p), Some(q)) => {
                let r = self.rich_compare(&p, &q, Comparison::Eq)?;
                self.is_true(&r).map(Some)
            }
            _ => Ok(Some(a.ptr_eq(b))),
        }
    }

    /// `<weakref at 0x…; to 'C' at 0x…>` or `<weakref at 0x…; dead>` (proxies: `weakproxy`).
    pub(crate) fn weakref_repr(&self, obj: &Obj, slot: &WeakSlot, what: &str) -> PyResult<String> {
        let Some(referent) = slot.get() else {
            return Ok(format!("<{what} at {:#x}; dead>", obj.addr()));
        };
        let (module, qual) = self.class_module_and_qualname(referent.class());
        let type_name = if module == "builtins" || module == "__main__" {
            qual
        } else {
            format!("{module}.{qual}")
        };
        let mut out = format!(
            "<{what} at {:#x}; to '{type_name}' at {:#x}",
            obj.addr(),
            referent.addr()
        );
        if what == "weakref" {
            if let Ok(name) = self.get_attr_str(&referent, "__name__") {
                if let Some(name) = self.str_value(&name) {
                    out.push_str(&format!(" ({name})"));
                }
            }
        }
        out.push('>');
        Ok(out)
    }

    /// The referent of a proxy, or `ReferenceError` once it is gone.
    fn proxy_referent(&self, proxy: &PyWeakProxy) -> PyResult<Obj> {
        proxy.slot.get().ok_or_else(|| self.reference_error())
    }

    pub(crate) fn reference_error(&self) -> PyErr {
        self.new_error(
            "ReferenceError",
            "weakly-referenced object no longer exists".into(),
        )
    }

    /// An operand with proxies replaced by their referents.
    pub(crate) fn unproxy(&self, obj: &Obj) -> PyResult<Obj> {
        match obj.downcast_ref::<PyWeakProxy>() {
            Some(p) => self.proxy_referent(p),
            None => Ok(obj.clone()),
        }
    }
}

fn ref_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    if args.has_kwargs() && pos.first().is_some_and(|c| c.ptr_eq(&vm.types.weakref)) {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    // Counted without the class, as CPython's `__new__` reports them.
    let given = pos.len().saturating_sub(1);
    if !(1..=2).contains(&given) {
        let (bound, n) = if given < 1 { ("least", 1) } else { ("most", 2) };
        return Err(vm.type_error(format!(
            "__new__ expected at {bound} {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    vm.new_weakref(&pos[0], &pos[1], pos.get(2).cloned())
}

fn ref_init(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.none.clone())
}

fn ref_call(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.exact(vm, "weakref", 1, 1)?;
    let referent = pos[0]
        .downcast_ref::<PyWeakRef>()
        .and_then(|r| r.slot.get());
    Ok(referent.unwrap_or_else(|| vm.none.clone()))
}

fn ref_compare(vm: &Vm, args: &Args<'_>, name: &str, eq: bool) -> PyResult<Obj> {
    let a = args.exact(vm, name, 2, 2)?;
    Ok(match vm.weakref_equal(&a[0], &a[1])? {
        Some(equal) => vm.new_bool(equal == eq),
        None => vm.not_implemented.clone(),
    })
}

fn ref_eq(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    ref_compare(vm, &args, "__eq__", true)
}

fn ref_ne(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    ref_compare(vm, &args, "__ne__", false)
}

fn ref_hash(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__hash__", 1, 1)?;
    match a[0].downcast_ref::<PyWeakRef>() {
        Some(r) => Ok(vm.new_int(vm.weakref_hash(r)?)),
        None => {
            Err(vm.type_error("descriptor '__hash__' requires a 'weakref.ReferenceType' object"))
        }
    }
}

/// The receiver of a proxy special method and its referent.
fn proxy_self(vm: &Vm, args: &Args<'_>) -> PyResult<Obj> {
    let proxy = args
        .pos()
        .first()
        .and_then(|p| p.downcast_ref::<PyWeakProxy>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'weakproxy' object"))?;
    vm.proxy_referent(proxy)
}

fn arg(vm: &Vm, args: &Args<'_>, i: usize) -> PyResult<Obj> {
    args.pos()
        .get(i)
        .cloned()
        .ok_or_else(|| vm.type_error("expected an argument"))
}

fn proxy_getattribute(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let referent = proxy_self(vm, &args)?;
    vm.get_attr(&referent, &arg(vm, &args, 1)?)
}

fn proxy_setattr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let referent = proxy_self(vm, &args)?;
    vm.set_attr(&referent, &arg(vm, &args, 1)?, arg(vm, &args, 2)?)?;
    Ok(vm.none.clone())
}

fn proxy_delattr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let referent = proxy_self(vm, &args)?;
    vm.del_attr(&referent, &arg(vm, &args, 1)?)?;
    Ok(vm.none.clone())
}

fn proxy_call(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let referent = proxy_self(vm, &args)?;
    let rest = &args.values[1..];
    vm.call(&referent, Args::new(rest, args.kwnames))
}

fn proxy_repr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let proxy = arg(vm, &args, 0)?;
    let text = match proxy.downcast_ref::<PyWeakProxy>() {
        Some(p) => vm.weakref_repr(&proxy, &p.slot, "weakproxy")?,
        None => vm.default_repr(&proxy),
    };
    Ok(vm.new_str(text))
}

fn proxy_str(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    vm.str(&proxy_self(vm, &args)?)
}

fn proxy_bool(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_bool(vm.is_true(&proxy_self(vm, &args)?)?))
}

fn proxy_len(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_int(vm.len(&proxy_self(vm, &args)?)? as i64))
}

fn proxy_iter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    vm.get_iter(&proxy_self(vm, &args)?)
}

fn proxy_next(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let referent = proxy_self(vm, &args)?;
    match vm.next(&referent)? {
        Some(v) => Ok(v),
        None => Err(vm.new_error("StopIteration", String::new())),
    }
}

fn proxy_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    vm.get_item(&proxy_self(vm, &args)?, &arg(vm, &args, 1)?)
}

fn proxy_setitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    vm.set_item(
        &proxy_self(vm, &args)?,
        arg(vm, &args, 1)?,
        arg(vm, &args, 2)?,
    )?;
    Ok(vm.none.clone())
}

fn proxy_delitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    vm.del_item(&proxy_self(vm, &args)?, &arg(vm, &args, 1)?)?;
    Ok(vm.none.clone())
}

fn proxy_contains(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let found = vm.contains(&proxy_self(vm, &args)?, &arg(vm, &args, 1)?)?;
    Ok(vm.new_bool(found))
}

/// A binary operator with both operands unwrapped; `reflected` for `__radd__` and friends.
fn proxy_binary(vm: &Vm, args: &Args<'_>, op: BinaryOperator, reflected: bool) -> PyResult<Obj> {
    let a = vm.unproxy(&arg(vm, args, 0)?)?;
    let b = vm.unproxy(&arg(vm, args, 1)?)?;
    if reflected {
        vm.binary_op(&b, &a, op, false)
    } else {
        vm.binary_op(&a, &b, op, false)
    }
}

fn proxy_compare(vm: &Vm, args: &Args<'_>, op: Comparison) -> PyResult<Obj> {
    let a = vm.unproxy(&arg(vm, args, 0)?)?;
    let b = vm.unproxy(&arg(vm, args, 1)?)?;
    vm.rich_compare(&a, &b, op)
}

fn proxy_unary(vm: &Vm, args: &Args<'_>, op: UnaryOperator) -> PyResult<Obj> {
    vm.unary_op(&proxy_self(vm, args)?, op)
}

macro_rules! forward {
    ($($name:ident => $body:expr;)*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
            #[allow(clippy::redundant_closure_call)]
            ($body)(vm, &args)
        })*
    };
}

forward! {
    proxy_add => |vm, a| proxy_binary(vm, a, BinaryOperator::Add, false);
    proxy_radd => |vm, a| proxy_binary(vm, a, BinaryOperator::Add, true);
    proxy_sub => |vm, a| proxy_binary(vm, a, BinaryOperator::Sub, false);
    proxy_rsub => |vm, a| proxy_binary(vm, a, BinaryOperator::Sub, true);
    proxy_mul => |vm, a| proxy_binary(vm, a, BinaryOperator::Mul, false);
    proxy_rmul => |vm, a| proxy_binary(vm, a, BinaryOperator::Mul, true);
    proxy_truediv => |vm, a| proxy_binary(vm, a, BinaryOperator::TrueDiv, false);
    proxy_rtruediv => |vm, a| proxy_binary(vm, a, BinaryOperator::TrueDiv, true);
    proxy_floordiv => |vm, a| proxy_binary(vm, a, BinaryOperator::FloorDiv, false);
    proxy_rfloordiv => |vm, a| proxy_binary(vm, a, BinaryOperator::FloorDiv, true);
    proxy_mod => |vm, a| proxy_binary(vm, a, BinaryOperator::Mod, false);
    proxy_rmod => |vm, a| proxy_binary(vm, a, BinaryOperator::Mod, true);
    proxy_pow => |vm, a| proxy_binary(vm, a, BinaryOperator::Pow, false);
    proxy_rpow => |vm, a| proxy_binary(vm, a, BinaryOperator::Pow, true);
    proxy_and => |vm, a| proxy_binary(vm, a, BinaryOperator::And, false);
    proxy_rand => |vm, a| proxy_binary(vm, a, BinaryOperator::And, true);
    proxy_or => |vm, a| proxy_binary(vm, a, BinaryOperator::Or, false);
    proxy_ror => |vm, a| proxy_binary(vm, a, BinaryOperator::Or, true);
    proxy_xor => |vm, a| proxy_binary(vm, a, BinaryOperator::Xor, false);
    proxy_rxor => |vm, a| proxy_binary(vm, a, BinaryOperator::Xor, true);
    proxy_lshift => |vm, a| proxy_binary(vm, a, BinaryOperator::LShift, false);
    proxy_rshift => |vm, a| proxy_binary(vm, a, BinaryOperator::RShift, false);
    proxy_matmul => |vm, a| proxy_binary(vm, a, BinaryOperator::MatMul, false);
    proxy_eq => |vm, a| proxy_compare(vm, a, Comparison::Eq);
    proxy_ne => |vm, a| proxy_compare(vm, a, Comparison::Ne);
    proxy_lt => |vm, a| proxy_compare(vm, a, Comparison::Lt);
    proxy_le => |vm, a| proxy_compare(vm, a, Comparison::Le);
    proxy_gt => |vm, a| proxy_compare(vm, a, Comparison::Gt);
    proxy_ge => |vm, a| proxy_compare(vm, a, Comparison::Ge);
    proxy_neg => |vm, a| proxy_unary(vm, a, UnaryOperator::Neg);
    proxy_pos => |vm, a| proxy_unary(vm, a, UnaryOperator::Pos);
    proxy_invert => |vm, a| proxy_unary(vm, a, UnaryOperator::Invert);
    proxy_int => |vm: &Vm, a: &Args<'_>| vm.call_method(&proxy_self(vm, a)?, "__int__", &[]);
    proxy_float => |vm: &Vm, a: &Args<'_>| vm.call_method(&proxy_self(vm, a)?, "__float__", &[]);
    proxy_index => |vm: &Vm, a: &Args<'_>| vm.call_method(&proxy_self(vm, a)?, "__index__", &[]);
    proxy_abs => |vm: &Vm, a: &Args<'_>| vm.call_method(&proxy_self(vm, a)?, "__abs__", &[]);
    proxy_reversed => |vm: &Vm, a: &Args<'_>| vm.call_method(&proxy_self(vm, a)?, "__reversed__", &[]);
    proxy_bytes => |vm: &Vm, a: &Args<'_>| vm.call_method(&proxy_self(vm, a)?, "__bytes__", &[]);
}

const PROXY_METHODS: &[(&str, NativeFn)] = &[
    ("__getattribute__", proxy_getattribute),
    ("__setattr__", proxy_setattr),
    ("__delattr__", proxy_delattr),
    ("__repr__", proxy_repr),
    ("__str__", proxy_str),
    ("__bool__", proxy_bool),
    ("__len__", proxy_len),
    ("__iter__", proxy_iter),
    ("__next__", proxy_next),
    ("__getitem__", proxy_getitem),
    ("__setitem__", proxy_setitem),
    ("__delitem__", proxy_delitem),
    ("__contains__", proxy_contains),
    ("__add__", proxy_add),
    ("__radd__", proxy_radd),
    ("__sub__", proxy_sub),
    ("__rsub__", proxy_rsub),
    ("__mul__", proxy_mul),
    ("__rmul__", proxy_rmul),
    ("__truediv__", proxy_truediv),
    ("__rtruediv__", proxy_rtruediv),
    ("__floordiv__", proxy_floordiv),
    ("__rfloordiv__", proxy_rfloordiv),
    ("__mod__", proxy_mod),
    ("__rmod__", proxy_rmod),
    ("__pow__", proxy_pow),
    ("__rpow__", proxy_rpow),
    ("__and__", proxy_and),
    ("__rand__", proxy_rand),
    ("__or__", proxy_or),
    ("__ror__", proxy_ror),
    ("__xor__", proxy_xor),
    ("__rxor__", proxy_rxor),
    ("__lshift__", proxy_lshift),
    ("__rshift__", proxy_rshift),
    ("__matmul__", proxy_matmul),
    ("__eq__", proxy_eq),
    ("__ne__", proxy_ne),
    ("__lt__", proxy_lt),
    ("__le__", proxy_le),
    ("__gt__", proxy_gt),
    ("__ge__", proxy_ge),
    ("__neg__", proxy_neg),
    ("__pos__", proxy_pos),
    ("__invert__", proxy_invert),
    ("__int__", proxy_int),
    ("__float__", proxy_float),
    ("__index__", proxy_index),
    ("__abs__", proxy_abs),
    ("__reversed__", proxy_reversed),
    ("__bytes__", proxy_bytes),
];
