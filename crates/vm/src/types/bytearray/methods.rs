//! `bytearray`: construction, item access and the mutating methods. The read-only methods
//! are shared with `bytes` (see [`crate::types::bytes`]).

use crate::objects::*;
use crate::protocol::slots::number::repeat_operands;
use crate::protocol::slots::{NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::bytes::{byte_value, bytes_data, new_bytearray};
use crate::types::str::margs;
use ouro_compiler::bytecode::BinaryOperator;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_method(&vm.types.iterator("bytearray"), "__sizeof__", |vm, args| {
        vm.sizeof_with(&args, "bytearray", |o| {
            o.downcast_ref::<PyByteArray>()
                .map_or(0, |b| b.value.borrow().capacity())
        })
    });
    let t = vm.types.iterator("bytearray");
    vm.add_new(&t, new);
    for (name, f) in [
        ("__init__", init_method as NativeFn),
        ("__getitem__", getitem),
        ("__alloc__", alloc),
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("resize", resize),
        ("__reduce__", reduce),
        ("__reduce_ex__", reduce_ex),
        ("__sizeof__", sizeof),
    ] {
        vm.add_method(&t, name, f);
    }
    vm.type_dict_set(&t, "__hash__", vm.none.clone());
    vm.set_native_slots(
        &t,
        NativeSlots {
            len: Some(bytearray_len),
            iter: Some(bytearray_iter),
            binary: Some(bytearray_binary),
            binary_left: OpSet::of(&[
                BinaryOperator::Add,
                BinaryOperator::Mul,
                BinaryOperator::Mod,
            ]),
            binary_right: OpSet::of(&[BinaryOperator::Mul, BinaryOperator::Mod]),
            inplace: Some(bytearray_inplace),
            inplace_ops: OpSet::of(&[BinaryOperator::Add, BinaryOperator::Mul]),
            compare: Some(crate::types::bytes::bytes_compare),
            setitem: Some(bytearray_setitem),
            repr: Some(bytearray_repr),
            str_: Some(bytearray_repr),
            ..NativeSlots::default()
        },
    );
}

fn recv<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyByteArray> {
    let Some(o) = args.values.first() else {
        return Err(vm.type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        )));
    };
    o.downcast_ref::<PyByteArray>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

/// The initial contents of `bytearray(source[, encoding[, errors]])` / `bytes(...)`.
pub(crate) fn initial_bytes(
    vm: &Vm,
    source: Option<&Obj>,
    encoding: Option<&Obj>,
    errors: Option<&Obj>,
    func: &str,
) -> PyResult<Vec<u8>> {
    // Argument Clinic converts `encoding` and `errors` to str before anything else.
    let encoding = match encoding {
        Some(e) => Some(crate::types::str::str_arg(
            vm,
            e,
            format_args!("{func}() argument 'encoding' must be str"),
        )?),
        None => None,
    };
    let errors = match errors {
        Some(e) => Some(crate::types::str::str_arg(
            vm,
            e,
            format_args!("{func}() argument 'errors' must be str"),
        )?),
        None => None,
    };
    let Some(x) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = PyStr::view(x) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return crate::types::str::encode_str(vm, s.as_str(), enc, errors.unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    // `bytes(x)` asks `x.__bytes__()` first (a bytes subclass may override it); `bytearray(x)`
    // reads the buffer.
    let exact_bytes = x.class().ptr_eq(&vm.types.bytes);
    if func == "bytes" && !exact_bytes && vm.lookup_type(x.class(), "__bytes__").is_some() {
        return bytes_from_dunder(vm, x);
    }
    if let Some(v) = bytes_data(x) {
        return Ok(v);
    }
    if PyInt::is_int(x) {
        let n = vm.arg_i64(x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return vm.try_zeroed(usize::try_from(n).unwrap_or(0));
    }
    if func == "bytes" && vm.lookup_type(x.class(), "__bytes__").is_some() {
        return bytes_from_dunder(vm, x);
    }
    if vm.index_value(x)?.is_some() {
        let n = vm.arg_i64(x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return vm.try_zeroed(usize::try_from(n).unwrap_or(0));
    }
    let not_iterable = || {
        vm.type_error(format!(
            "cannot convert '{}' object to {func}",
            vm.type_name(x)
        ))
    };
    // bytes() says "bytes must be ...", bytearray() "byte must be ..." (as CPython).
    let range_message = if func == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    bytes_of_iterable(vm, x, not_iterable, range_message)
}

/// The ints of an iterable as bytes; `not_iterable` is the error for anything else.
fn bytes_of_iterable(
    vm: &Vm,
    x: &Obj,
    not_iterable: impl FnOnce() -> crate::runtime::errors::PyErr,
    range_message: &str,
) -> PyResult<Vec<u8>> {
    let iter = vm.get_iter(x).map_err(|e| {
        if vm.exc_matches(&e.exc, "TypeError") {
            not_iterable()
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(item) = vm.next(&iter)? {
        if vm.index_value(&item)?.is_none() {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&item)
            )));
        }
        let v = vm.arg_i64(&item)?;
        out.push(u8::try_from(v).map_err(|_| vm.value_error(range_message.to_string()))?);
    }
    Ok(out)
}

/// `x.__bytes__()`, which must return bytes (a bytearray will not do).
pub(crate) fn bytes_from_dunder(vm: &Vm, x: &Obj) -> PyResult<Vec<u8>> {
    let f = vm
        .lookup_type(x.class(), "__bytes__")
        .ok_or_else(|| vm.type_error("no __bytes__"))?;
    let r = vm.call_method_obj(&f, x, &[])?;
    PyBytes::view(&r).map(|b| b.value.to_vec()).ok_or_else(|| {
        vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            vm.type_name(&r)
        ))
    })
}

fn ctor_args(vm: &Vm, args: &Args<'_>, func: &str) -> PyResult<Vec<u8>> {
    let a = crate::types::str::bind_args(vm, args, func, &["source", "encoding", "errors"], 0)?;
    initial_bytes(vm, a[0].as_ref(), a[1].as_ref(), a[2].as_ref(), func)
}

/// `bytearray.__new__`: an empty bytearray of the class; `__init__` fills it (CPython's
/// `PyType_GenericNew`, so a subclass's `__init__` decides the contents).
fn new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = args
        .values
        .first()
        .cloned()
        .unwrap_or_else(|| vm.types.iterator("bytearray"));
    Ok(vm.new_instance_of(cls, PyByteArray::default()))
}

/// `bytearray.__init__(source=b'', encoding=..., errors=...)`: the arguments are checked, then
/// the old contents are replaced.
fn init_method(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__init__")?;
    let a =
        crate::types::str::bind_args(vm, &args, "bytearray", &["source", "encoding", "errors"], 0)?;
    // As CPython: the str arguments are checked, the old contents dropped, then the source
    // read (an error there leaves the bytearray empty).
    for (arg, what) in [(&a[1], "encoding"), (&a[2], "errors")] {
        if let Some(e) = arg {
            crate::types::str::str_arg(
                vm,
                e,
                format_args!("bytearray() argument '{what}' must be str"),
            )?;
        }
    }
    let fill = fill_of(vm, a[0].as_ref());
    b.mutate(|d| d.clear());
    let v = initial_bytes(vm, a[0].as_ref(), a[1].as_ref(), a[2].as_ref(), "bytearray")?;
    match fill {
        Fill::Sized => b.mutate(|d| d.extend(v)),
        Fill::ByteByByte { presized } => {
            if presized > 0 {
                b.mutate(|d| d.resize(presized, 0));
                b.mutate(|d| d.clear());
            }
            for byte in v {
                b.mutate(|d| d.push(byte));
            }
        }
    }
    Ok(vm.none.clone())
}

/// How CPython's `bytearray.__init__` fills the buffer from `source`, which decides the
/// buffer's capacity (and so `sys.getsizeof`): one resize to the final size, or a byte at a
/// time from an iterator; an exact list or tuple holding anything but exact ints was first
/// resized to its length and back to empty (the fast path CPython tries and abandons).
enum Fill {
    Sized,
    ByteByByte { presized: usize },
}

fn fill_of(vm: &Vm, source: Option<&Obj>) -> Fill {
    let Some(s) = source else {
        return Fill::Sized;
    };
    if PyStr::is_str(s)
        || bytes_data(s).is_some()
        || PyInt::is_int(s)
        || vm.lookup_type(s.class(), "__index__").is_some()
    {
        return Fill::Sized;
    }
    let exact_int = |o: &Obj| o.class().ptr_eq(&vm.types.int);
    let items = if s.class().ptr_eq(&vm.types.list) {
        s.downcast_ref::<PyList>()
            .map(|l| l.items.borrow().to_vec())
    } else if s.class().ptr_eq(&vm.types.tuple) {
        PyTuple::view(s).map(|t| t.to_vec())
    } else {
        None
    };
    match items {
        Some(items) if items.iter().all(exact_int) => Fill::Sized,
        Some(items) => Fill::ByteByByte {
            presized: items.len(),
        },
        None => Fill::ByteByByte { presized: 0 },
    }
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__repr__")?;
    let inner = crate::protocol::repr::bytearray_contents_repr(&b.value.borrow());
    Ok(vm.new_str(format!("{}({inner})", vm.type_name(&args.values[0]))))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__getitem__")?;
    let a = margs(vm, &args, "bytearray.__getitem__", 1, 1)?;
    let data = b.value.borrow().clone();
    if let Some(sl) = a[0].downcast_ref::<PySlice>() {
        let idx = vm.slice_indices(sl, data.len())?;
        let v: Vec<u8> = idx
            .positions()
            .filter_map(|i| data.get(i).copied())
            .collect();
        return Ok(new_bytearray(vm, v));
    }
    let i = index_arg(vm, &a[0], data.len(), "bytearray index out of range")?;
    Ok(vm.new_int(i64::from(data.get(i).copied().unwrap_or(0))))
}

/// A position in a bytearray of length `len` (negative counts from the end).
fn index_arg(vm: &Vm, key: &Obj, len: usize, msg: &str) -> PyResult<usize> {
    let Some(i) = vm.subscript_value(key)? else {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let n = len as isize;
    let i = if i < 0 { i.saturating_add(n) } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error(msg.to_string()));
    }
    Ok(i as usize)
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__setitem__")?;
    let a = margs(vm, &args, "bytearray.__setitem__", 2, 2)?;
    let len = b.value.borrow().len();
    if let Some(sl) = a[0].downcast_ref::<PySlice>() {
        let new = if PyInt::is_int(&a[1]) {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            initial_bytes(vm, Some(&a[1]), None, None, "bytearray")?
        };
        let idx = vm.slice_indices(sl, len)?;
        if idx.step == 1 {
            b.mutate(|data| {
                let start = usize::try_from(idx.start.max(0))
                    .unwrap_or(0)
                    .min(data.len());
                let stop = (start + idx.len).min(data.len());
                data.splice(start..stop, new);
            });
            return Ok(vm.none.clone());
        }
        let mut data = b.value.borrow_mut();
        if new.len() != idx.len {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                idx.len
            )));
        }
        for (p, v) in idx.positions().zip(new) {
            if let Some(slot) = data.get_mut(p) {
                *slot = v;
            }
        }
        return Ok(vm.none.clone());
    }
    let i = index_arg(vm, &a[0], len, "bytearray index out of range")?;
    let v = byte_value(vm, &a[1])?;
    if let Some(slot) = b.value.borrow_mut().get_mut(i) {
        *slot = v;
    }
    Ok(vm.none.clone())
}

fn delitem(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__delitem__")?;
    let a = margs(vm, &args, "bytearray.__delitem__", 1, 1)?;
    let len = b.value.borrow().len();
    if let Some(sl) = a[0].downcast_ref::<PySlice>() {
        let idx = vm.slice_indices(sl, len)?;
        let mut doomed: Vec<usize> = idx.positions().collect();
        doomed.sort_unstable();
        b.mutate(|data| {
            for p in doomed.into_iter().rev() {
                if p < data.len() {
                    data.remove(p);
                }
            }
        });
        return Ok(vm.none.clone());
    }
    let i = index_arg(vm, &a[0], len, "bytearray index out of range")?;
    b.mutate(|d| d.remove(i));
    Ok(vm.none.clone())
}

/// `ba + other` (any bytes-like), `ba * n` / `n * ba` and `ba % args`: a new bytearray.
fn bytearray_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    let is_ba = |o: &Obj| o.is::<PyByteArray>();
    match op {
        BinaryOperator::Add => {
            let (Some(x), Some(y)) = (a.downcast_ref::<PyByteArray>(), bytes_data(b)) else {
                return Ok(None);
            };
            let mut v = x.value.borrow().to_vec();
            v.extend(y);
            Ok(Some(new_bytearray(vm, v)))
        }
        BinaryOperator::Mul => match repeat_operands(vm, a, b, is_ba) {
            Some(r) => {
                let (seq, n) = r?;
                let data = bytes_data(seq).unwrap_or_default();
                Ok(Some(new_bytearray(vm, vm.try_repeat(&data, n)?)))
            }
            None => Ok(None),
        },
        BinaryOperator::Mod => {
            let Some(x) = a.downcast_ref::<PyByteArray>() else {
                return Ok(None);
            };
            // A copy: the formatting can run Python code that changes the bytearray.
            let fmt = x.value.borrow().to_vec();
            let v = crate::protocol::percent::bytes_percent_format(vm, &fmt, b)?;
            Ok(Some(new_bytearray(vm, v)))
        }
        _ => Ok(None),
    }
}

/// `ba += other` and `ba *= n` change the bytearray's own buffer.
fn bytearray_inplace(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    let Some(x) = a.downcast_ref::<PyByteArray>() else {
        return Ok(None);
    };
    match op {
        BinaryOperator::Add => {
            let Some(y) = bytes_data(b) else {
                return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(b))));
            };
            x.mutate(|d| d.extend(y));
        }
        BinaryOperator::Mul => {
            let Some(r) = repeat_operands(vm, a, b, |o| o.ptr_eq(a)) else {
                return Ok(None);
            };
            let (_, n) = r?;
            let v = vm.try_repeat(&x.value.borrow(), n)?;
            x.mutate(|d| {
                d.clear();
                d.extend(v);
            });
        }
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

fn alloc(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__alloc__")?;
    Ok(vm.new_int(b.value.borrow().capacity() as i64 + 1))
}

fn append(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "append")?;
    let a = margs(vm, &args, "bytearray.append", 1, 1)?;
    let v = byte_value(vm, &a[0])?;
    b.mutate(|d| d.push(v));
    Ok(vm.none.clone())
}

fn extend(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "extend")?;
    let a = margs(vm, &args, "bytearray.extend", 1, 1)?;
    let x = &a[0];
    if PyStr::is_str(x) {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let v = match bytes_data(x) {
        Some(v) => v,
        None => {
            let not_iterable =
                || vm.type_error(format!("can't extend bytearray with {}", vm.type_name(x)));
            bytes_of_iterable(vm, x, not_iterable, "byte must be in range(0, 256)")?
        }
    };
    b.mutate(|d| d.extend(v));
    Ok(vm.none.clone())
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "pop")?;
    let a = margs(vm, &args, "pop", 0, 1)?;
    let len = b.value.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match a.first() {
        Some(k) => index_arg(vm, k, len, "pop index out of range")?,
        None => len - 1,
    };
    let v = b.mutate(|d| d.remove(i));
    Ok(vm.new_int(i64::from(v)))
}

fn insert(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "insert")?;
    let a = margs(vm, &args, "insert", 2, 2)?;
    let len = b.value.borrow().len() as i64;
    let i = vm.arg_i64(&a[0])?;
    let i = if i < 0 {
        i.saturating_add(len).max(0)
    } else {
        i.min(len)
    };
    let v = byte_value(vm, &a[1])?;
    b.mutate(|d| d.insert(usize::try_from(i).unwrap_or(0), v));
    Ok(vm.none.clone())
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "remove")?;
    let a = margs(vm, &args, "bytearray.remove", 1, 1)?;
    let v = byte_value(vm, &a[0])?;
    let pos = b.value.borrow().iter().position(|x| *x == v);
    match pos {
        Some(p) => {
            b.mutate(|d| d.remove(p));
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "clear")?;
    margs(vm, &args, "bytearray.clear", 0, 0)?;
    b.mutate(|d| d.clear());
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "copy")?;
    margs(vm, &args, "bytearray.copy", 0, 0)?;
    let v = b.value.borrow().to_vec();
    Ok(new_bytearray(vm, v))
}

fn reverse(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "reverse")?;
    margs(vm, &args, "bytearray.reverse", 0, 0)?;
    b.value.borrow_mut().reverse();
    Ok(vm.none.clone())
}

/// `ba.resize(size)` (new in 3.14): cut to `size` bytes, or grown with zero bytes, the
/// buffer following CPython's `PyByteArray_Resize`.
fn resize(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "resize")?;
    let a = margs(vm, &args, "bytearray.resize", 1, 1)?;
    let size = vm.arg_i64(&a[0])?;
    let Ok(size) = usize::try_from(size) else {
        return Err(vm.value_error(format!("Can only resize to positive sizes, got {size}")));
    };
    vm.probe_allocation(size)?;
    b.mutate(|d| d.resize(size, 0));
    Ok(vm.none.clone())
}

/// `ba.__reduce__()`: as `__reduce_ex__(0)`.
fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__reduce__")?;
    margs(vm, &args, "bytearray.__reduce__", 0, 0)?;
    common_reduce(vm, &args.values[0], b, 0)
}

/// `ba.__reduce_ex__(proto=0)`.
fn reduce_ex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__reduce_ex__")?;
    let a = margs(vm, &args, "bytearray.__reduce_ex__", 0, 1)?;
    let proto = match a.first() {
        Some(p) => i32::try_from(vm.arg_index(p)?)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?,
        None => 0,
    };
    common_reduce(vm, &args.values[0], b, proto)
}

/// CPython's `_common_reduce`: `(class, args, state)`, where args rebuild the bytes (below
/// protocol 3 as a Latin-1 str and its encoding, which Python 2 could read; none when empty)
/// and state is what `object.__getstate__` gives (the instance dict, slots, or None).
fn common_reduce(vm: &Vm, obj: &Obj, b: &PyByteArray, proto: i32) -> PyResult<Obj> {
    let state = vm.state_of(obj, false)?;
    let data = b.value.borrow().to_vec();
    let ctor_args = if data.is_empty() {
        Vec::new()
    } else if proto < 3 {
        let text: String = data.iter().copied().map(char::from).collect();
        vec![vm.new_str(text), vm.new_str("latin-1")]
    } else {
        vec![vm.new_bytes(data)]
    };
    Ok(vm.new_tuple(vec![obj.class().clone(), vm.new_tuple(ctor_args), state]))
}

/// `ba.__sizeof__()`: the object and its whole buffer (CPython's basic size plus `ob_alloc`),
/// as `object.__sizeof__` counts it.
fn sizeof(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let b = recv(vm, &args, "__sizeof__")?;
    margs(vm, &args, "bytearray.__sizeof__", 0, 0)?;
    let size = args.values[0].object_size() + b.value.borrow().capacity();
    Ok(vm.new_int(size as i64))
}

/// `bytes(...)` contents, shared with the bytes constructor.
pub(crate) fn bytes_ctor_data(vm: &Vm, args: &Args<'_>) -> PyResult<Vec<u8>> {
    ctor_args(vm, args, "bytes")
}

// ---- slots ----------------------------------------------------------------------------------

fn bytearray_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    let b = crate::protocol::slots::slot_payload::<PyByteArray>(vm, obj)?;
    Ok(b.value.borrow().len())
}

fn bytearray_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    bytearray_len(vm, obj)?;
    Ok(vm.seq_iter(obj, "bytearray_iterator"))
}

/// `ba[i] = n`, `ba[a:b] = data`, `del ba[i]`, `del ba[a:b]`.
fn bytearray_setitem(vm: &Vm, obj: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match value {
        Some(v) => setitem(vm, Args::positional(&[obj.clone(), key.clone(), v.clone()])),
        None => delitem(vm, Args::positional(&[obj.clone(), key.clone()])),
    }
    .map(drop)
}

fn bytearray_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    repr(vm, Args::positional(std::slice::from_ref(obj)))
}
