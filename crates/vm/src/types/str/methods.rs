//! `str` indexing, registration of the str methods, and helpers shared by the method families
//! (`search`, `split`, `case`, `layout`, `format`).

use crate::objects::*;
use crate::protocol::slots::compare::ordering_holds;
use crate::protocol::slots::number::repeat_operands;
use crate::protocol::slots::{NativeSlots, OpSet};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::{BinaryOperator, Comparison};
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};

use crate::types::str::{
    case as str_case, format as str_format, layout as str_layout, search as str_search,
    split as str_split,
};

pub(crate) fn init(vm: &Vm) {
    let t = vm.types.str.clone();
    let families: [&[(&'static str, NativeFn)]; 5] = [
        str_search::METHODS,
        str_split::METHODS,
        str_case::METHODS,
        str_layout::METHODS,
        str_format::METHODS,
    ];
    vm.add_method(&t, "__format__", crate::protocol::format::str_format);
    vm.add_method(&t, "__getnewargs__", str_getnewargs);
    vm.add_method(&t, "__sizeof__", |vm, args| {
        vm.sizeof_with(&args, "str", |o| {
            PyStr::view(o).map_or(0, |s| s.index_bytes())
        })
    });
    for family in families {
        for (name, f) in family {
            vm.add_method(&t, name, *f);
        }
    }
    vm.set_native_slots(
        &t,
        NativeSlots {
            len: Some(str_len),
            getitem: Some(str_getitem_slot),
            contains: Some(str_contains),
            iter: Some(str_iter),
            binary: Some(str_binary),
            binary_left: OpSet::of(&[
                BinaryOperator::Add,
                BinaryOperator::Mul,
                BinaryOperator::Mod,
            ]),
            binary_right: OpSet::of(&[BinaryOperator::Mul, BinaryOperator::Mod]),
            compare: Some(str_compare),
            repr: Some(str_repr_slot),
            str_: Some(str_str_slot),
            hash: Some(str_hash_slot),
            ..NativeSlots::default()
        },
    );
    vm.add_staticmethod(&t, "maketrans", str_layout::maketrans);
}

/// `s.__getnewargs__()`: `(exact str copy,)`, what `copyreg.__newobj__` rebuilds it from.
fn str_getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    margs(vm, &args, "str.__getnewargs__", 0, 0)?;
    let s = crate::protocol::slots::slot_payload_str(vm, &args.pos()[0])?;
    Ok(vm.new_tuple(vec![vm.new_str(s)]))
}

/// `s[key]` for str.
pub(crate) fn str_getitem(vm: &Vm, s: StrRef<'_>, key: &Obj) -> PyResult<Obj> {
    if let Some(sl) = key.downcast_ref::<PySlice>() {
        let n = s.char_len();
        let idx = vm.slice_indices(sl, n)?;
        if s.ascii && idx.step == 1 {
            // Code points are bytes: the slice is a substring.
            let from = (idx.start as usize).min(s.value.len());
            let to = (from + idx.len).min(s.value.len());
            return Ok(vm.new_str(&s.value[from..to]));
        }
        if s.ascii {
            let b = s.value.as_bytes();
            let out: String = idx
                .positions()
                .filter_map(|i| b.get(i).map(|&c| c as char))
                .collect();
            return Ok(vm.new_str(out));
        }
        if idx.len == 0 {
            return Ok(vm.new_str(String::new()));
        }
        if idx.step == 1 {
            let from = s.byte_offset(idx.start as usize);
            let to = s.byte_offset(idx.start as usize + idx.len);
            return Ok(vm.new_str(&s.value[from..to]));
        }
        let out: String = idx.positions().filter_map(|i| s.char_at(i)).collect();
        return Ok(vm.new_str(out));
    }
    let Some(i) = vm.subscript_value(key)? else {
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(key)
        )));
    };
    let n = s.char_len() as isize;
    let i = if i < 0 { i.saturating_add(n) } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let c = s.char_at(i as usize).unwrap_or(' ');
    Ok(vm.new_str(c.encode_utf8(&mut [0; 4])))
}

/// The receiver of a str method (`self`), with CPython's descriptor error.
pub(crate) fn recv<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<StrRef<'a>> {
    let Some(o) = args.values.first() else {
        return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    PyStr::view(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

/// A str argument; `what` is the message prefix before ", not <type>" (formatted only then).
pub(crate) fn str_arg<'a>(vm: &Vm, o: &'a Obj, what: impl std::fmt::Display) -> PyResult<&'a str> {
    PyStr::view(o)
        .map(|s| s.as_str())
        .ok_or_else(|| vm.type_error(format!("{what}, not {}", vm.type_name(o))))
}

/// Positional-or-keyword arguments of a builtin method (after `self`): each name's value, in
/// order, with CPython's messages for duplicates, unknown names and missing required ones.
pub(crate) fn bind_args(
    vm: &Vm,
    args: &Args<'_>,
    func: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Obj>>> {
    let pos = args.pos();
    let pos = pos.get(1..).unwrap_or(&[]);
    if pos.len() > names.len() {
        let takes = if required == names.len() {
            format!("exactly {}", names.len())
        } else {
            format!("at most {}", names.len())
        };
        return Err(vm.type_error(format!(
            "{func}() takes {takes} argument{} ({} given)",
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Obj>> = names.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let k = vm.str_value(k).unwrap_or_default();
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if i < pos.len() {
                    return Err(vm.type_error(format!(
                        "argument for {func}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v.clone());
                }
            }
            None => {
                return Err(
                    vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out.get(i).is_none_or(|v| v.is_none()) {
            return Err(vm.type_error(format!(
                "{func}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// An optional `start`/`end` argument of the search methods (None or an index), normalized
/// like a slice bound against `len`: negative values count from the end (clamped at 0);
/// non-negative values are returned as given (callers clamp ends to `len`).
pub(crate) fn slice_bound(vm: &Vm, o: Option<&Obj>, len: usize, default: usize) -> PyResult<usize> {
    let Some(o) = o.filter(|o| !vm.is_none(o)) else {
        return Ok(default);
    };
    let Some(v) = vm.index_value(o)? else {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    };
    Ok(if v < 0 {
        v.saturating_add(len as isize).max(0) as usize
    } else {
        v as usize
    })
}

/// The positional arguments of a builtin method after `self` (no keywords), with CPython's
/// count messages; `qual` is `type.method` (formatted only for an error: pass
/// `format_args!`, not `format!`, on hot paths).
pub(crate) fn margs<'a>(
    vm: &Vm,
    args: &Args<'a>,
    qual: impl std::fmt::Display,
    min: usize,
    max: usize,
) -> PyResult<&'a [Obj]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let rest = pos.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if n < min || n > max {
        let qual = qual.to_string();
        let short = qual.rsplit('.').next().unwrap_or(&qual);
        let msg = if max == 0 {
            format!("{qual}() takes no arguments ({n} given)")
        } else if min == 1 && max == 1 {
            format!("{qual}() takes exactly one argument ({n} given)")
        } else if n < min {
            format!(
                "{short} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{short} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(rest)
}

/// Python's `str.isspace` for one character.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

/// A new str for `s`, reusing `orig` when unchanged (exact str only).
pub(crate) fn same_or_new(vm: &Vm, orig: &Obj, s: &str) -> Obj {
    if orig.class().ptr_eq(&vm.types.str) {
        if let Some(p) = PyStr::view(orig) {
            if p.as_str() == s {
                return orig.clone();
            }
        }
    }
    vm.new_str(s)
}

// ---- slots ----------------------------------------------------------------------------------

fn view<'a>(vm: &Vm, obj: &'a Obj) -> PyResult<StrRef<'a>> {
    PyStr::view(obj)
        .ok_or_else(|| vm.type_error(format!("expected a str, got '{}'", vm.type_name(obj))))
}

fn str_len(vm: &Vm, obj: &Obj) -> PyResult<usize> {
    Ok(view(vm, obj)?.char_len())
}

fn str_getitem_slot(vm: &Vm, obj: &Obj, key: &Obj) -> PyResult<Obj> {
    str_getitem(vm, view(vm, obj)?, key)
}

fn str_contains(vm: &Vm, obj: &Obj, item: &Obj) -> PyResult<bool> {
    let s = view(vm, obj)?;
    match PyStr::view(item) {
        Some(i) => Ok(s.value.contains(i.value)),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(item)
        ))),
    }
}

/// `iter(s)`: a `str_ascii_iterator`, or a `str_iterator` when `s` has non-ASCII text
/// (CPython's two kinds; they behave alike).
fn str_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let name = if view(vm, obj)?.ascii {
        "str_ascii_iterator"
    } else {
        "str_iterator"
    };
    Ok(Obj::new(
        vm.types.iterator(name),
        PyStrIter {
            s: RefCell::new(Some(obj.clone())),
            byte_pos: Cell::new(0),
        },
    ))
}

/// `s + t`, `s * n` / `n * s`, `s % args` (str's `sq_concat`, `sq_repeat`, `nb_remainder`).
fn str_binary(vm: &Vm, a: &Obj, b: &Obj, op: BinaryOperator) -> PyResult<Option<Obj>> {
    match op {
        BinaryOperator::Add => {
            let (Some(x), Some(y)) = (PyStr::view(a), PyStr::view(b)) else {
                return Ok(None);
            };
            let mut s = String::with_capacity(x.value.len() + y.value.len());
            s.push_str(x.value);
            s.push_str(y.value);
            Ok(Some(vm.new_str(s)))
        }
        BinaryOperator::Mul => match repeat_operands(vm, a, b, PyStr::is_str) {
            Some(r) => {
                let (seq, n) = r?;
                let s = PyStr::view(seq).map(|s| s.value).unwrap_or_default();
                Ok(Some(vm.new_str(vm.try_repeat_str(s, n)?)))
            }
            None => Ok(None),
        },
        BinaryOperator::Mod => match PyStr::view(a) {
            Some(s) => crate::protocol::percent::str_percent_format(vm, s.value, b).map(Some),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Code-point order (UTF-8 byte order is the same).
fn str_compare(vm: &Vm, a: &Obj, b: &Obj, op: Comparison) -> PyResult<Option<Obj>> {
    Ok(match (PyStr::view(a), PyStr::view(b)) {
        (Some(x), Some(y)) => Some(vm.new_bool(ordering_holds(op, x.value.cmp(y.value)))),
        _ => None,
    })
}

/// `next()` of a str iterator: one code point at a time.
pub(crate) fn str_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let i = crate::protocol::slots::slot_payload::<PyStrIter>(vm, iter)?;
    let s = i.s.borrow().clone();
    if let Some(s) = s {
        if let Some(ps) = PyStr::view(&s) {
            let pos = i.byte_pos.get();
            if let Some(c) = ps.value[pos..].chars().next() {
                i.byte_pos.set(pos + c.len_utf8());
                return Ok(Some(vm.new_str(c.to_string())));
            }
        }
        drop(i.s.replace(None));
    }
    Ok(None)
}

/// `repr(s)`: quoted, with escapes.
fn str_repr_slot(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let s = crate::protocol::slots::slot_payload_str(vm, obj)?;
    Ok(vm.new_str(crate::protocol::repr::str_repr(s)))
}

/// `str(s)`: an exact str with the same value (the object itself when it is one).
fn str_str_slot(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    if obj.class().ptr_eq(&vm.types.str) {
        return Ok(obj.clone());
    }
    let s = crate::protocol::slots::slot_payload_str(vm, obj)?;
    Ok(vm.new_str(s))
}

/// `hash(s)`, cached in the str.
fn str_hash_slot(vm: &Vm, obj: &Obj) -> PyResult<i64> {
    match PyStr::view(obj) {
        Some(s) => Ok(s.hash_value()),
        None => Err(vm.type_error("expected a str")),
    }
}
