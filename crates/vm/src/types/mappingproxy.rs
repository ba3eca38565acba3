//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping. `C.__dict__` is
//! one over the class's namespace, so a class's attributes can be read but only set through
//! `setattr`, which keeps the type's method cache and slots right (CPython's
//! Objects/descrobject.c, `mappingproxy_*`).
//!
//! Invariant: the proxy never writes to its mapping. Reads (`p[k]`, `k in p`, `len(p)`,
//! `p.get`) go to the mapping itself; operations that hand out a dict-like result (`keys()`,
//! iteration, `copy()`, `|`, comparison, repr) go to the mapping, or for a class's namespace to
//! a snapshot dict of it (a class's namespace is a table inside the type, not a dict object).

use crate::objects::*;
use crate::protocol::slots::{slot_payload, NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::margs;
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;

// `mapping`: the mapping read through: any mapping, or a class whose namespace is shown.
container_payload!(PyMappingProxy, "mappingproxy" { mapping: Obj });

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.mappingproxy.clone();
    vm.add_new(&t, mappingproxy_new);
    for (name, f) in [
        ("get", get as NativeFn),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("copy", copy),
        ("__reversed__", reversed),
    ] {
        vm.add_method(&t, name, f);
    }
    vm.add_classmethod(
        &t,
        "__class_getitem__",
        crate::types::generic_alias::class_getitem,
    );
    vm.set_native_slots(
        &t,
        NativeSlots {
            len: Some(proxy_len),
            getitem: Some(proxy_getitem),
            contains: Some(proxy_contains),
            iter: Some(proxy_iter),
            binary: Some(proxy_or),
            binary_left: OpSet::of(&[BinaryOperator::Or]),
            binary_right: OpSet::of(&[BinaryOperator::Or]),
            inplace: Some(proxy_ior),
            inplace_ops: OpSet::of(&[BinaryOperator::Or]),
            compare: Some(proxy_compare),
            repr: Some(proxy_repr),
            str_: Some(proxy_str),
            hash: Some(proxy_hash),
            ..NativeSlots::default()
        },
    );
}

impl Vm {
    /// `C.__dict__`: a read-only proxy of the class's namespace.
    pub(crate) fn class_namespace_proxy(&self, cls: &Obj) -> Obj {
        Obj::new(
            self.types.mappingproxy.clone(),
            PyMappingProxy {
                mapping: cls.clone(),
            },
        )
    }
}

/// The proxy's mapping as an object the generic protocols accept: the mapping itself, or a
/// snapshot dict of a class's namespace.
fn target(vm: &Vm, proxy: &Obj) -> PyResult<Obj> {
    let p = slot_payload::<PyMappingProxy>(vm, proxy)?;
    match p.mapping.downcast_ref::<PyType>() {
        Some(t) => {
            let items = t.dict.borrow().items();
            let d = vm.new_dict();
            for (k, v) in items {
                vm.dict_set_item(&d, k, v)?;
            }
            Ok(d)
        }
        None => Ok(p.mapping.clone()),
    }
}

/// `p[key]` without raising for a missing key of a class namespace.
fn lookup(vm: &Vm, proxy: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    let p = slot_payload::<PyMappingProxy>(vm, proxy)?;
    match p.mapping.downcast_ref::<PyType>() {
        Some(t) => vm.table_get(&t.dict, key),
        None => vm.get_item(&p.mapping, key).map(Some),
    }
}

/// `mappingproxy(mapping)`: any object with `__getitem__` except a list or tuple.
fn mappingproxy_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let kw = args.kw(vm, "mapping");
    args.only_kw(vm, "mappingproxy", &["mapping"])?;
    let pos = args.pos();
    let mapping = match (pos.get(1..).unwrap_or(&[]), kw) {
        ([m], None) => m.clone(),
        ([], Some(m)) => m,
        ([], None) => {
            return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"))
        }
        (more, Some(_)) if more.len() == 1 => {
            return Err(vm.type_error(
                "argument for mappingproxy() given by name ('mapping') and position (1)",
            ))
        }
        (more, _) => {
            return Err(vm.type_error(format!(
                "mappingproxy() takes at most 1 argument ({} given)",
                more.len()
            )))
        }
    };
    let is_sequence = mapping.is::<PyList>() || PyTuple::view(&mapping).is_some();
    if is_sequence || vm.lookup_type(mapping.class(), "__getitem__").is_none() {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&mapping)
        )));
    }
    let cls = pos
        .first()
        .cloned()
        .unwrap_or_else(|| vm.types.mappingproxy.clone());
    Ok(Obj::new(cls, PyMappingProxy { mapping }))
}

fn get(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = margs(vm, &args, "mappingproxy.get", 1, 2)?;
    let proxy = &args.pos()[0];
    let default = a.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let p = slot_payload::<PyMappingProxy>(vm, proxy)?;
    match p.mapping.downcast_ref::<PyType>() {
        Some(t) => Ok(vm.table_get(&t.dict, &a[0])?.unwrap_or(default)),
        None => vm.call_method(&p.mapping, "get", &[a[0].clone(), default]),
    }
}

/// `keys()`, `values()`, `items()`, `copy()`: the mapping's own method.
fn delegate(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Obj> {
    margs(vm, args, format_args!("mappingproxy.{name}"), 0, 0)?;
    let mapping = target(vm, &args.pos()[0])?;
    vm.call_method(&mapping, name, &[])
}

fn keys(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    delegate(vm, &args, "keys")
}

fn values(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    delegate(vm, &args, "values")
}

fn items(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    delegate(vm, &args, "items")
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    delegate(vm, &args, "copy")
}

fn reversed(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    margs(vm, &args, "mappingproxy.__reversed__", 0, 0)?;
    let mapping = target(vm, &args.pos()[0])?;
    vm.call_method(&mapping, "__reversed__", &[])
}

// ---- slots ----------------------------------------------------------------------------------

fn proxy_len(vm: &Vm, proxy: &Obj) -> PyResult<usize> {
    let p = slot_payload::<PyMappingProxy>(vm, proxy)?;
    match p.mapping.downcast_ref::<PyType>() {
        Some(t) => Ok(t.dict.borrow().len()),
        None => vm.len(&p.mapping),
    }
}

fn proxy_getitem(vm: &Vm, proxy: &Obj, key: &Obj) -> PyResult<Obj> {
    lookup(vm, proxy, key)?.ok_or_else(|| vm.key_error(key.clone()))
}

fn proxy_contains(vm: &Vm, proxy: &Obj, key: &Obj) -> PyResult<bool> {
    let p = slot_payload::<PyMappingProxy>(vm, proxy)?;
    match p.mapping.downcast_ref::<PyType>() {
        Some(t) => Ok(vm.table_get(&t.dict, key)?.is_some()),
        None => vm.contains(&p.mapping, key),
    }
}

fn proxy_iter(vm: &Vm, proxy: &Obj) -> PyResult<Obj> {
    vm.get_iter(&target(vm, proxy)?)
}

/// `p | other` and `other | p`: the mappings' `|`, a proxy standing for its mapping.
fn proxy_or(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    if op != BinaryOperator::Or {
        return Ok(None);
    }
    let unwrap = |o: &Obj| -> PyResult<Obj> {
        if o.is::<PyMappingProxy>() {
            target(vm, o)
        } else {
            Ok(o.clone())
        }
    };
    let (a, b) = (unwrap(a)?, unwrap(b)?);
    vm.binary_op(&a, &b, BinaryOperator::Or, false).map(Some)
}

fn proxy_ior(vm: &Vm, a: &Obj, _b: &Obj, _op: BinaryOperator) -> PyResult<Option<Obj>> {
    Err(vm.type_error(format!(
        "'|=' is not supported by {}; use '|' instead",
        vm.type_name(a)
    )))
}

fn proxy_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    if !a.is::<PyMappingProxy>() {
        return Ok(None);
    }
    vm.rich_compare(&target(vm, a)?, b, op).map(Some)
}

fn proxy_repr(vm: &Vm, proxy: &Obj) -> PyResult<Obj> {
    let inner = vm.repr_string(&target(vm, proxy)?)?;
    Ok(vm.new_str(format!("mappingproxy({inner})")))
}

fn proxy_str(vm: &Vm, proxy: &Obj) -> PyResult<Obj> {
    let s = vm.str_string(&target(vm, proxy)?)?;
    Ok(vm.new_str(s))
}

fn proxy_hash(vm: &Vm, proxy: &Obj) -> PyResult<i64> {
    vm.hash(&target(vm, proxy)?)
}
