//! Struct sequences (`sys.version_info`, `sys.float_info`, `sys.UnraisableHookArgs`, ...):
//! tuple subclasses with a read-only property per field, `n_fields`, `n_sequence_fields`,
//! `n_unnamed_fields`, and CPython's `module.name(field=value, ...)` repr. They are made
//! natively (CPython's `PyStructSequence_NewType`), not by running Python code at start-up.
//!
//! Invariants:
//! - a struct-sequence class is made by [`new_type`]: a subclass of `tuple` with
//!   `__slots__ = ()`, whose fields are the properties of its own dict whose getter is
//!   [`field_getter`] bound to the field's index, inserted in index order; its repr lists
//!   exactly those, in that order.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// The class `module.short` of struct sequences with these fields (`name` is qualified).
pub(crate) fn new_type(vm: &Vm, name: &str, fields: &[&str]) -> PyResult<Obj> {
    let (module, short) = name.rsplit_once('.').unwrap_or(("", name));
    let ns = vm.new_dict();
    let n = vm.new_int(fields.len() as i64);
    vm.dict_set_str(&ns, "__slots__", vm.empty_tuple.clone());
    vm.dict_set_str(&ns, "__module__", vm.new_str(module));
    vm.dict_set_str(&ns, "n_fields", n.clone());
    vm.dict_set_str(&ns, "n_sequence_fields", n);
    vm.dict_set_str(&ns, "n_unnamed_fields", vm.new_int(0));
    for (i, field) in fields.iter().enumerate() {
        let getter = bound_getter(vm, i);
        let prop = vm.call(&vm.types.property, Args::positional(&[getter]))?;
        vm.dict_set_str(&ns, field, prop);
    }
    let bases = vm.new_tuple(vec![vm.types.tuple.clone()]);
    let cls = vm.call(
        &vm.types.type_,
        Args::positional(&[vm.new_str(short), bases, ns]),
    )?;
    vm.add_method(&cls, "__repr__", struct_seq_repr);
    Ok(cls)
}

/// A record of struct-sequence class `cls` with these values.
pub(crate) fn new(vm: &Vm, cls: &Obj, values: Vec<Obj>) -> PyResult<Obj> {
    vm.call(cls, Args::positional(&[vm.new_tuple(values)]))
}

/// The getter of field `index`: a builtin function bound to the index (the property calls
/// `getter(record)`, which runs `field_getter(index, record)`).
fn bound_getter(vm: &Vm, index: usize) -> Obj {
    Obj::new(
        vm.types.builtin_function.clone(),
        PyBuiltinFunction {
            name: "field",
            func: field_getter,
            self_: Some(vm.new_int(index as i64)),
            owner: "builtins",
            static_method: false,
        },
    )
}

/// `record[index]`, called as `(index, record)`.
fn field_getter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "field", 2, 2)?;
    vm.get_item(&a[1], &a[0])
}

/// The fields of struct-sequence class `cls`: its own properties made by [`new_type`], in
/// index order (module doc).
fn fields(cls: &Obj) -> Vec<Obj> {
    let Some(t) = cls.downcast_ref::<PyType>() else {
        return Vec::new();
    };
    let dict = t.dict.borrow();
    dict.iter()
        .filter(|e| {
            e.value
                .downcast_ref::<PyProperty>()
                .and_then(|p| p.fget())
                .is_some_and(|g| {
                    g.downcast_ref::<PyBuiltinFunction>()
                        .is_some_and(|b| std::ptr::fn_addr_eq(b.func, field_getter as NativeFn))
                })
        })
        .map(|e| e.key.clone())
        .collect()
}

/// `repr(record)`: `module.name(field=repr(value), ...)`.
fn struct_seq_repr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__repr__", 1, 1)?;
    let record = &a[0];
    let cls = record.class().clone();
    let module = vm
        .lookup_type(&cls, "__module__")
        .and_then(|m| vm.str_value(&m))
        .unwrap_or_default();
    let name = cls
        .downcast_ref::<PyType>()
        .map(|t| t.name())
        .unwrap_or_default();
    let mut out = if module.is_empty() {
        name
    } else {
        format!("{module}.{name}")
    };
    out.push('(');
    // A tuple's items never change: read in place.
    let values = PyTuple::view(record).map_or(&[][..], |t| t.items());
    for (i, (field, value)) in fields(&cls).iter().zip(values).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.str_value(field).unwrap_or_default());
        out.push('=');
        out.push_str(&vm.repr_string(value)?);
    }
    out.push(')');
    Ok(vm.new_str(out))
}
