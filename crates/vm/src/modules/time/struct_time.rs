//! `time.struct_time`: CPython's struct sequence of a broken-down time, a `tuple` subclass
//! whose nine items are `tm_year`..`tm_isdst` and which also carries `tm_zone` and
//! `tm_gmtoff` as attributes only (CPython keeps them as hidden items past the tuple's size).
//!
//! Invariants:
//! - an instance is a tuple of exactly the nine visible items (so `len`, indexing, slicing,
//!   iteration, comparison and hashing are tuple's own) whose extension slot holds a
//!   [`HiddenFields`] from its creation on: `struct_time` is the only class allocating these
//!   objects (it cannot be subclassed), and every constructor here fills the slot before the
//!   object is shared, so nothing else can claim the slot;
//! - the conversions between a [`Tm`] (C's conventions) and the Python tuple (month from 1,
//!   Monday = 0, year-day from 1) happen only here: [`new_struct_time`] is CPython's
//!   `tmtotuple`, [`tm_from_tuple`] its `gettmarg` and [`check_tm`] its `checktm`.

use super::calendar::Tm;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::{GetSet, READONLY};
use ouro_memory::{Obj, Trace};
use std::cell::RefCell;

/// The nine items, in order; `__match_args__` and the repr use them.
const VISIBLE: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
/// The fields past the tuple (CPython's `n_fields - n_sequence_fields`).
const HIDDEN: [&str; 2] = ["tm_zone", "tm_gmtoff"];

const DOC: &str = "The time value as returned by gmtime(), localtime(), and strptime(), and\n \
accepted by asctime(), mktime() and strftime().  May be considered as a\n \
sequence of 9 integers.\n\n \
Note that several fields' values are not the same as those defined by\n \
the C language standard for struct tm.  For example, the value of the\n \
field tm_year is the actual year, not year - 1900.  See individual\n \
fields' descriptions for details.";

/// `tm_zone` and `tm_gmtoff` of one instance (any objects: the constructor accepts any).
struct HiddenFields {
    values: [RefCell<Option<Obj>>; 2],
}

impl Trace for HiddenFields {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for v in &self.values {
            if let Some(o) = v.borrow().as_ref() {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        for v in &self.values {
            // Released outside the borrow: dropping can run a finalizer that reads the field.
            let old = v.borrow_mut().take();
            drop(old);
        }
    }
}

pub(crate) fn init(vm: &Vm) {
    let ty = vm.types.struct_time.clone();
    vm.type_dict_set(&ty, "__module__", vm.new_str("time"));
    vm.type_dict_set(&ty, "__doc__", vm.new_str(DOC));
    vm.add_new(&ty, struct_time_new);
    vm.add_method(&ty, "__reduce__", struct_time_reduce);
    vm.add_method(&ty, "__replace__", struct_time_replace);
    let names = VISIBLE.iter().map(|n| vm.new_str(*n)).collect();
    vm.type_dict_set(&ty, "__match_args__", vm.new_tuple(names));
    for (name, n) in [
        ("n_sequence_fields", VISIBLE.len()),
        ("n_fields", VISIBLE.len() + HIDDEN.len()),
        ("n_unnamed_fields", 0),
    ] {
        vm.type_dict_set(&ty, name, vm.new_int(n as i64));
    }
    vm.add_getsets(
        &ty,
        &[
            GetSet("tm_year", |vm, o| item(vm, o, 0), READONLY),
            GetSet("tm_mon", |vm, o| item(vm, o, 1), READONLY),
            GetSet("tm_mday", |vm, o| item(vm, o, 2), READONLY),
            GetSet("tm_hour", |vm, o| item(vm, o, 3), READONLY),
            GetSet("tm_min", |vm, o| item(vm, o, 4), READONLY),
            GetSet("tm_sec", |vm, o| item(vm, o, 5), READONLY),
            GetSet("tm_wday", |vm, o| item(vm, o, 6), READONLY),
            GetSet("tm_yday", |vm, o| item(vm, o, 7), READONLY),
            GetSet("tm_isdst", |vm, o| item(vm, o, 8), READONLY),
            GetSet("tm_zone", |vm, o| hidden(vm, o, 0), READONLY),
            GetSet("tm_gmtoff", |vm, o| hidden(vm, o, 1), READONLY),
        ],
    );
    vm.set_native_slots(
        &ty,
        crate::protocol::slots::NativeSlots {
            repr: Some(struct_time_repr),
            ..Default::default()
        },
    );
}

/// A new `struct_time` of the nine items and the two hidden fields.
fn build(vm: &Vm, items: Vec<Obj>, hidden: [Obj; 2]) -> Obj {
    let obj = PyTuple::new_obj(vm.types.struct_time.clone(), items);
    let [zone, gmtoff] = hidden;
    let fields = HiddenFields {
        values: [RefCell::new(Some(zone)), RefCell::new(Some(gmtoff))],
    };
    // Cannot fail: the class gives its instances a slot, and this one is fresh.
    let _ = obj.init_extension(Box::new(fields));
    obj
}

/// CPython's `tmtotuple`: the struct_time of a broken-down time.
pub(crate) fn new_struct_time(vm: &Vm, tm: &Tm) -> Obj {
    let items = [
        tm.year,
        tm.mon + 1,
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        (tm.wday + 6) % 7,
        tm.yday + 1,
        tm.isdst,
    ]
    .iter()
    .map(|&v| vm.new_int(v))
    .collect();
    let zone = match &tm.zone {
        Some(z) => vm.new_str(z),
        None => vm.none.clone(),
    };
    build(vm, items, [zone, vm.new_int(tm.gmtoff)])
}

fn item(vm: &Vm, obj: &Obj, i: usize) -> PyResult<Obj> {
    PyTuple::view(obj)
        .and_then(|t| t.get(i))
        .ok_or_else(|| vm.type_error("struct_time field of a non-struct_time"))
}

fn hidden(vm: &Vm, obj: &Obj, i: usize) -> PyResult<Obj> {
    Ok(obj
        .extension::<HiddenFields>()
        .and_then(|h| h.values[i].borrow().clone())
        .unwrap_or_else(|| vm.none.clone()))
}

fn struct_time_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let items = PyTuple::view(obj).map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in VISIBLE.iter().zip(&items) {
        parts.push(format!("{name}={}", vm.repr_string(v)?));
    }
    Ok(vm.new_str(format!("time.struct_time({})", parts.join(", "))))
}

/// `struct_time(sequence, dict=None)` (CPython's `structseq_new`): 9 to 11 items, the missing
/// hidden fields taken from `dict` by name or None.
fn struct_time_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    let cls = pos
        .first()
        .filter(|c| c.is::<PyType>())
        .ok_or_else(|| vm.type_error("time.struct_time.__new__(X): X is not a type object"))?;
    if !cls.ptr_eq(&vm.types.struct_time) {
        let name = cls
            .downcast_ref::<PyType>()
            .map(|t| t.name())
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "time.struct_time.__new__({name}): {name} is not a subtype of time.struct_time"
        )));
    }
    let pos = &pos[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "structseq() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut sequence = pos.first().cloned();
    let mut dict = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        let key = vm.str_value(k).unwrap_or_default();
        let (slot, index) = match key.as_str() {
            "sequence" => (&mut sequence, 1),
            "dict" => (&mut dict, 2),
            _ => {
                return Err(vm.type_error(format!(
                    "structseq() got an unexpected keyword argument '{key}'"
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for structseq() given by name ('{key}') and position ({index})"
            )));
        }
        *slot = Some(v.clone());
    }
    let Some(sequence) = sequence else {
        return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    let items = sequence_items(vm, &sequence)?;
    if let Some(d) = &dict {
        if !d.is::<PyDict>() {
            return Err(vm.type_error("time.struct_time() takes a dict as second arg, if any"));
        }
    }
    let (min, max) = (VISIBLE.len(), VISIBLE.len() + HIDDEN.len());
    if items.len() < min {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least {min}-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > max {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most {max}-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let mut hidden_values = [vm.none.clone(), vm.none.clone()];
    let mut found = 0;
    for (i, value) in hidden_values.iter_mut().enumerate() {
        if let Some(given) = items.get(min + i) {
            *value = given.clone();
        } else if let Some(d) = &dict {
            if let Some(v) = vm.dict_get_item(d, &vm.new_str(HIDDEN[i]))? {
                *value = v;
                found += 1;
            }
        }
    }
    let dict_len = dict
        .as_ref()
        .and_then(|d| d.downcast_ref::<PyDict>())
        .map_or(0, |d| d.table.borrow().len());
    if dict_len > found {
        return Err(vm.type_error("time.struct_time() got duplicate or unexpected field name(s)"));
    }
    Ok(build(vm, items[..min].to_vec(), hidden_values))
}

/// CPython's `PySequence_Fast(arg, "constructor requires a sequence")`: the items of any
/// iterable; a TypeError from `iter()` is replaced, one raised while iterating is not.
fn sequence_items(vm: &Vm, sequence: &Obj) -> PyResult<Vec<Obj>> {
    if PyTuple::view(sequence).is_some() || sequence.is::<PyList>() {
        return vm.collect_iterable(sequence);
    }
    let iter = match vm.get_iter(sequence) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(&e.exc, "TypeError") => {
            return Err(vm.type_error("constructor requires a sequence"))
        }
        Err(e) => return Err(e),
    };
    vm.collect_iterable(&iter)
}

/// `t.__reduce__()`: `(struct_time, (visible items, {hidden field: value}))`.
fn struct_time_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__reduce__", 1, 1)?;
    let this = receiver(vm, &a[0], "__reduce__")?;
    let visible = vm.new_tuple(PyTuple::view(this).map(|t| t.to_vec()).unwrap_or_default());
    let d = vm.new_dict();
    for (i, name) in HIDDEN.iter().enumerate() {
        vm.dict_set_str(&d, name, hidden(vm, this, i)?);
    }
    Ok(vm.new_tuple(vec![
        vm.types.struct_time.clone(),
        vm.new_tuple(vec![visible, d]),
    ]))
}

/// `t.__replace__(**fields)` (`copy.replace`): a new struct_time with those fields changed.
fn struct_time_replace(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let Some(this) = args.pos().first() else {
        return Err(vm.type_error(
            "descriptor '__replace__' of 'time.struct_time' object needs an argument",
        ));
    };
    let this = receiver(vm, this, "__replace__")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("__replace__() takes no positional arguments"));
    }
    let mut items = PyTuple::view(this).map(|t| t.to_vec()).unwrap_or_default();
    let mut hidden_values = [hidden(vm, this, 0)?, hidden(vm, this, 1)?];
    let mut unexpected = Vec::new();
    for (k, v) in args.kwargs() {
        let key = vm.str_value(k).unwrap_or_default();
        if let Some(i) = VISIBLE.iter().position(|n| *n == key) {
            items[i] = v.clone();
        } else if let Some(i) = HIDDEN.iter().position(|n| *n == key) {
            hidden_values[i] = v.clone();
        } else {
            unexpected.push(k.clone());
        }
    }
    if !unexpected.is_empty() {
        let names = vm.repr_string(&vm.new_list(unexpected))?;
        return Err(vm.type_error(format!("Got unexpected field name(s): {names}")));
    }
    Ok(build(vm, items, hidden_values))
}

fn receiver<'a>(vm: &Vm, obj: &'a Obj, method: &str) -> PyResult<&'a Obj> {
    if obj.class().ptr_eq(&vm.types.struct_time) {
        Ok(obj)
    } else {
        Err(vm.type_error(format!(
            "descriptor '{method}' for 'time.struct_time' objects doesn't apply to a '{}' object",
            vm.type_name(obj)
        )))
    }
}

/// A C `long` argument (CPython's `PyLong_AsLong`, which takes `__index__`).
fn c_long(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let big = vm.arg_index(obj)?;
    i64::try_from(big).map_err(|_| vm.overflow_error("Python int too large to convert to C long"))
}

/// A C `int` argument (`PyArg_Parse`'s "i" format).
fn c_int(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    let v = c_long(vm, obj)?;
    if v > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if v < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(v)
}

/// CPython's `gettmarg`: the broken-down time of a 9-tuple or struct_time argument of
/// `func` (`asctime`, `mktime`, `strftime`). A struct_time's `tm_zone` and `tm_gmtoff` come
/// along; a plain tuple's zone is unknown (C's null `tm_zone`) and its offset 0.
pub(crate) fn tm_from_tuple(vm: &Vm, obj: &Obj, func: &str) -> PyResult<Tm> {
    let Some(t) = PyTuple::view(obj) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if t.len() != VISIBLE.len() {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(t.items()) {
        *slot = c_int(vm, item)?;
    }
    if f[0] < i64::from(i32::MIN) + 1900 {
        return Err(vm.overflow_error("year out of range"));
    }
    let mut tm = Tm {
        year: f[0],
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        // C's `%`: truncated, so -1 (Sunday in Python's count) becomes 0 and -2 stays negative
        // for `check_tm` to refuse.
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
        gmtoff: 0,
        zone: None,
    };
    if obj.class().ptr_eq(&vm.types.struct_time) {
        let zone = hidden(vm, obj, 0)?;
        if !vm.is_none(&zone) {
            match vm.str_value(&zone) {
                Some(z) => tm.zone = Some(z),
                None => return Err(vm.type_error("bad argument type for built-in operation")),
            }
        }
        let gmtoff = hidden(vm, obj, 1)?;
        if !vm.is_none(&gmtoff) {
            tm.gmtoff = c_long(vm, &gmtoff)?;
        }
    }
    Ok(tm)
}

/// CPython's `checktm`: the ranges `asctime` and `strftime` accept, with 0 taken for the
/// smallest valid month, day of month and day of year.
pub(crate) fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}
