//! `dict` methods.

use crate::objects::*;
use crate::protocol::slots::{ContainsFn, NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;
use std::cell::Cell;

pub(crate) fn init(vm: &Vm) {
    vm.add_method(&vm.types.dict.clone(), "__sizeof__", |vm, args| {
        vm.sizeof_with(&args, "dict", |o| {
            o.downcast_ref::<PyDict>()
                .map_or(0, |d| d.table.borrow().storage_bytes())
        })
    });
    let t = vm.types.dict.clone();
    for (name, f) in [
        ("keys", keys as NativeFn),
        ("values", values),
        ("items", items),
        ("get", get),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("clear", clear),
        ("copy", copy),
    ] {
        vm.add_method(&t, name, f);
    }
    vm.add_classmethod(&t, "fromkeys", fromkeys);
    vm.add_method(&t, "__reversed__", dict_reversed);
    for view in ["dict_keys", "dict_values", "dict_items"] {
        let ty = vm.types.iterator(view);
        vm.add_method(&ty, "__reversed__", view_reversed);
        vm.add_getsets(
            &ty,
            &[crate::types::descriptor::GetSet(
                "mapping",
                view_mapping,
                None,
            )],
        );
        let set_like = view != "dict_values";
        vm.set_native_slots(
            &ty,
            NativeSlots {
                len: Some(view_len),
                contains: match view {
                    "dict_keys" => Some(keys_contains as ContainsFn),
                    "dict_items" => Some(items_contains),
                    _ => None,
                },
                iter: Some(view_iter),
                compare: set_like.then_some(view_compare as crate::protocol::slots::CompareFn),
                binary: set_like.then_some(view_binary as crate::protocol::slots::BinaryFn),
                binary_left: VIEW_OPS,
                binary_right: VIEW_OPS,
                repr: Some(view_repr),
                ..NativeSlots::default()
            },
        );
        if set_like {
            vm.add_method(&ty, "isdisjoint", view_isdisjoint);
            vm.type_dict_set(&ty, "__hash__", vm.none.clone());
        }
    }
    vm.set_native_slots(
        &t,
        NativeSlots {
            len: Some(dict_len),
            getitem: Some(dict_getitem),
            contains: Some(dict_contains),
            iter: Some(dict_iter),
            binary: Some(dict_binary),
            binary_left: OpSet::of(&[BinaryOperator::Or]),
            binary_right: OpSet::of(&[BinaryOperator::Or]),
            inplace: Some(dict_inplace),
            inplace_ops: OpSet::of(&[BinaryOperator::Or]),
            compare: Some(dict_compare),
            setitem: Some(dict_setitem),
            repr: Some(dict_repr),
            ..NativeSlots::default()
        },
    );
    vm.type_dict_set(&t, "__hash__", vm.none.clone());
}

/// `d | other`: a new dict with both operands' items (PEP 584).
fn dict_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    if op != BinaryOperator::Or || !(a.is::<PyDict>() && b.is::<PyDict>()) {
        return Ok(None);
    }
    let d = vm.new_dict();
    vm.dict_update(&d, a)?;
    vm.dict_update(&d, b)?;
    Ok(Some(d))
}

/// `d |= other` updates `d` from any mapping or iterable of pairs, as `d.update(other)`.
fn dict_inplace(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    if op != BinaryOperator::Or || !a.is::<PyDict>() {
        return Ok(None);
    }
    dict_update_from(vm, a, b)?;
    Ok(Some(a.clone()))
}

/// `==` / `!=` between dicts: the same keys with equal values.
fn dict_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (a.downcast_ref::<PyDict>(), b.downcast_ref::<PyDict>()) else {
        return Ok(None);
    };
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(None);
    }
    let mut equal = x.table.borrow().len() == y.table.borrow().len();
    if equal {
        for (k, v) in x.table.borrow().items() {
            let same = match vm.dict_get_item(b, &k)? {
                Some(w) => vm.eq(&v, &w)?,
                None => false,
            };
            if !same {
                equal = false;
                break;
            }
        }
    }
    Ok(Some(vm.new_bool(equal == (op == Comparison::Eq))))
}

const VIEW_OPS: OpSet = OpSet::of(&[
    BinaryOperator::Or,
    BinaryOperator::And,
    BinaryOperator::Xor,
    BinaryOperator::Sub,
]);

/// A keys or items view (the set-like ones).
fn is_set_like_view(o: &Obj) -> bool {
    o.downcast_ref::<PyDictView>()
        .is_some_and(|v| v.part.get() != DictPart::Values)
}

/// A set of an iterable's items (the views' set operations work on copies).
fn set_of(vm: &Vm, o: &Obj) -> PyResult<Obj> {
    let s = vm.new_set();
    for k in vm.collect_iterable(o)? {
        vm.set_add(&s, k)?;
    }
    Ok(s)
}

/// Comparisons between a set-like view and a set, frozenset or set-like view: as sets
/// (CPython's dictview_richcompare).
fn view_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    let set_like = |o: &Obj| is_set_like_view(o) || o.is::<PySet>();
    if !(set_like(a) && set_like(b)) {
        return Ok(None);
    }
    let (xs, ys) = (set_of(vm, a)?, set_of(vm, b)?);
    crate::types::set::set_compare(vm, &xs, &ys, op).map(|r| Some(vm.new_bool(r)))
}

/// `keys & other`, `|`, `^`, `-` with any iterable on the other side: a new set
/// (CPython's dictviews_and and friends).
fn view_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    if !(is_set_like_view(a) || is_set_like_view(b)) {
        return Ok(None);
    }
    let (xs, ys) = (set_of(vm, a)?, set_of(vm, b)?);
    crate::types::set::set_binop(vm, &xs, &ys, op, false).map(Some)
}

/// `view.isdisjoint(iterable)`.
fn view_isdisjoint(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "isdisjoint", 2, 2)?;
    let mine = set_of(vm, &a[0])?;
    for item in vm.collect_iterable(&a[1])? {
        if vm.set_contains(&mine, &item)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// `reversed(d.keys())` and friends: the view's items, last first.
fn view_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__reversed__", 1, 1)?;
    let Some(view) = a[0].downcast_ref::<PyDictView>() else {
        return Err(vm.type_error("descriptor '__reversed__' requires a dict view"));
    };
    let name = match view.part.get() {
        DictPart::Keys => "dict_reversekeyiterator",
        DictPart::Values => "dict_reversevalueiterator",
        DictPart::Items => "dict_reverseitemiterator",
    };
    let items = vm.collect_iterable(&a[0])?;
    let n = items.len();
    Ok(Obj::new(
        vm.types.iterator(name),
        PyListRevIter {
            list: std::cell::RefCell::new(Some(vm.new_list(items))),
            index: Cell::new(n),
        },
    ))
}

fn view(vm: &Vm, args: &Args<'_>, part: DictPart, name: &'static str) -> PyResult<Obj> {
    let a = args.exact(vm, name, 1, 1)?;
    let tn = match part {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    };
    Ok(Obj::new(
        vm.types.iterator(tn),
        PyDictView {
            dict: a[0].clone(),
            part: Cell::new(part),
        },
    ))
}

fn keys(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    view(vm, &args, DictPart::Keys, "keys")
}

fn values(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    view(vm, &args, DictPart::Values, "values")
}

fn items(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    view(vm, &args, DictPart::Items, "items")
}

fn get(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "dict.get", 1, 2)?;
    let a = args.values;
    Ok(vm
        .dict_get_item(&a[0], &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(|| vm.none.clone())))
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "dict.pop", 1, 2)?;
    let a = args.values;
    let d = crate::protocol::slots::slot_payload::<PyDict>(vm, &a[0])?;
    match vm.table_remove(&d.table, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(a[1].clone())),
        },
    }
}

fn popitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "popitem", 1, 1)?;
    let d = crate::protocol::slots::slot_payload::<PyDict>(vm, &a[0])?;
    let entry = d.table.borrow_mut().pop_last();
    match entry {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.key_error_msg("popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "dict.setdefault", 1, 2)?;
    let a = args.values;
    if let Some(v) = vm.dict_get_item(&a[0], &a[1])? {
        return Ok(v);
    }
    let default = a.get(2).cloned().unwrap_or_else(|| vm.none.clone());
    vm.dict_set_item(&a[0], a[1].clone(), default.clone())?;
    Ok(default)
}

/// `dict.update(src)` / `dict(src)`: a mapping or an iterable of pairs.
pub(crate) fn dict_update_from(vm: &Vm, d: &Obj, src: &Obj) -> PyResult<()> {
    if src.is::<PyDict>() || vm.lookup_type(src.class(), "keys").is_some() {
        return vm.dict_update(d, src);
    }
    let iter = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next(&iter)? {
        let pair = vm.collect_iterable(&item).map_err(|e| {
            if vm.exc_matches(&e.exc, "TypeError") {
                vm.type_error("object is not iterable")
            } else {
                e
            }
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        vm.dict_set_item(d, pair[0].clone(), pair[1].clone())?;
        i += 1;
    }
    Ok(())
}

fn update(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.count(vm, "update", 1, 2)?;
    if let Some(src) = a.get(1) {
        dict_update_from(vm, &a[0], src)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set_item(&a[0], k.clone(), v.clone())?;
    }
    Ok(vm.none.clone())
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "clear", 1, 1)?;
    let d = crate::protocol::slots::slot_payload::<PyDict>(vm, &a[0])?;
    let old = std::mem::take(&mut *d.table.borrow_mut());
    drop(old);
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "copy", 1, 1)?;
    let d = vm.new_dict();
    vm.dict_update(&d, &a[0])?;
    Ok(d)
}

fn fromkeys(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "fromkeys", 2, 3)?;
    let d = vm.call(&a[0], Args::positional(&[]))?;
    let value = a.get(2).cloned().unwrap_or_else(|| vm.none.clone());
    for k in vm.collect_iterable(&a[1])? {
        vm.set_item(&d, k, value.clone())?;
    }
    Ok(d)
}

/// `d[k] = v` and `del d[k]` (KeyError when missing).
fn dict_setitem(vm: &Vm, obj: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match value {
        Some(v) => vm.dict_set_item(obj, key.clone(), v.clone()),
        None if vm.dict_del_item_opt(obj, key)? => Ok(()),
        None => Err(vm.key_error(key.clone())),
    }
}

/// `{k: v, ...}`, `{...}` for a dict that contains itself.
fn dict_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let items = crate::protocol::slots::slot_payload::<PyDict>(vm, obj)?
        .table
        .borrow()
        .items();
    vm.repr_dict(obj, &items).map(|s| vm.new_str(s))
}

impl Vm {
    /// A KeyError whose argument is a message string.
    pub(crate) fn key_error_msg(&self, msg: &str) -> crate::runtime::errors::PyErr {
        self.key_error(self.new_str(msg))
    }
}

// ---- slots ----------------------------------------------------------------------------------

fn payload<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a PyDict> {
    crate::protocol::slots::slot_payload(vm, obj)
}

fn dict_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    Ok(payload(vm, obj)?.table.borrow().len())
}

/// `d[key]`; a subclass's `__missing__` supplies absent keys.
fn dict_getitem(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<Obj> {
    payload(vm, obj)?;
    if let Some(v) = vm.dict_get_item(obj, key)? {
        return Ok(v);
    }
    if !obj.class().ptr_eq(&vm.types.dict) {
        if let Some(m) = vm.lookup_type(obj.class(), "__missing__") {
            return vm.call_method_obj(&m, obj, std::slice::from_ref(key));
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_contains(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<bool> {
    payload(vm, obj)?;
    Ok(vm.dict_get_item(obj, key)?.is_some())
}

fn dict_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    payload(vm, obj)?;
    Ok(vm.dict_iter(obj, DictPart::Keys))
}

/// `dict_keys(['a', 'b'])`.
fn view_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let v = view_payload(vm, obj)?;
    let name = match v.part.get() {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    };
    let items = vm.collect_iterable(obj)?;
    let inner = vm.repr_items(obj, "[", "]", &items, false)?;
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn view_payload<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<&'a PyDictView> {
    crate::protocol::slots::slot_payload(vm, obj)
}

/// The dict's own size, whatever a subclass's `__len__` says (CPython's `dictview_len`).
fn view_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    dict_len(vm, &view_payload(vm, obj)?.dict)
}

fn keys_contains(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<bool> {
    Ok(vm
        .dict_get_item(&view_payload(vm, obj)?.dict, key)?
        .is_some())
}

/// `(k, v) in d.items()`: `k` is a key whose value equals `v` (CPython's dictitems_contains).
fn items_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    let Some(pair) = PyTuple::view(item)
        .filter(|t| t.len() == 2)
        .map(|t| t.to_vec())
    else {
        return Ok(false);
    };
    match vm.dict_get_item(&view_payload(vm, obj)?.dict, &pair[0])? {
        Some(found) => Ok(found.ptr_eq(&pair[1]) || vm.eq(&found, &pair[1])?),
        None => Ok(false),
    }
}

/// `d.keys().mapping`: a read-only proxy of the dict the view shows.
fn view_mapping(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let dict = view_payload(vm, obj)?.dict.clone();
    Ok(Obj::new(
        vm.types.mappingproxy.clone(),
        crate::types::mappingproxy::PyMappingProxy { mapping: dict },
    ))
}

fn view_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let v = view_payload(vm, obj)?;
    Ok(vm.dict_iter(&v.dict, v.part.get()))
}

/// `next()` of a dict keys, values or items iterator; a size change is an error.
pub(crate) fn dict_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let i = crate::protocol::slots::slot_payload::<PyDictIter>(vm, iter)?;
    let dict = i.dict.borrow().clone();
    let Some(dict) = dict else { return Ok(None) };
    let Some(d) = dict.downcast_ref::<PyDict>() else {
        return Ok(None);
    };
    let t = d.table.borrow();
    if t.len() != i.len.get() {
        i.len.set(usize::MAX);
        drop(t);
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    match t.next_entry(i.pos.get()) {
        Some((pos, e)) => {
            // Keys replaced at the same size show up as more items than the dict had.
            if i.yielded.get() >= i.len.get() {
                i.len.set(usize::MAX);
                drop(t);
                return Err(vm.runtime_error("dictionary keys changed during iteration"));
            }
            i.yielded.set(i.yielded.get() + 1);
            i.pos.set(pos + 1);
            let (k, v) = (e.key.clone(), e.value.clone());
            drop(t);
            Ok(Some(match i.part.get() {
                DictPart::Keys => k,
                DictPart::Values => v,
                DictPart::Items => vm.new_tuple(vec![k, v]),
            }))
        }
        None => {
            drop(t);
            drop(i.dict.replace(None));
            Ok(None)
        }
    }
}

/// `reversed(d)`: the keys, last first (over a snapshot of them).
fn dict_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__reversed__", 1, 1)?;
    let keys = crate::protocol::slots::slot_payload::<PyDict>(vm, &a[0])?
        .table
        .borrow()
        .keys();
    let n = keys.len();
    Ok(Obj::new(
        vm.types.iterator("dict_reversekeyiterator"),
        PyListRevIter {
            list: std::cell::RefCell::new(Some(vm.new_list(keys))),
            index: Cell::new(n),
        },
    ))
}
