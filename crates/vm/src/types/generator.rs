//! Generator methods and the iterator protocol methods of builtin iterators.

use crate::builtins::iterators;
use crate::interp::eval::SendResult;
use crate::interp::generator::{PyGenerator, Resume};
use crate::objects::*;
use crate::protocol::slots::{NativeSlots, NextFn};
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    vm.add_method(&vm.types.generator.clone(), "__sizeof__", |vm, args| {
        vm.sizeof_with(&args, "generator", |_| 0)
    });
    let g = vm.types.generator.clone();
    vm.add_method(&g, "send", send);
    vm.add_method(&g, "throw", throw);
    vm.add_method(&g, "close", close);
    vm.set_native_slots(
        &g,
        NativeSlots {
            iter: Some(iter_self),
            next: Some(generator_next),
            repr: Some(generator_repr),
            ..NativeSlots::default()
        },
    );
    for (name, next) in ITERATOR_NEXT {
        vm.set_native_slots(
            &vm.types.iterator(name),
            NativeSlots {
                iter: Some(iter_self),
                next: Some(*next),
                ..NativeSlots::default()
            },
        );
    }
    for (name, hint) in LENGTH_HINTS {
        vm.add_method(&vm.types.iterator(name), "__length_hint__", *hint);
    }
    for ty in [vm.types.generator.clone(), vm.types.iterator("enumerate")] {
        vm.add_classmethod(
            &ty,
            "__class_getitem__",
            crate::types::generic_alias::class_getitem,
        );
    }
    vm.add_wrapper(&g, "__del__", generator_del);
}

/// `gen.__del__()`: the finalizer, which closes a suspended generator (CPython's
/// `_PyGen_Finalize`).
fn generator_del(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "generator.__del__", 0, 0)?;
    vm.call_method(&args.pos()[0], "close", &[])?;
    Ok(vm.none.clone())
}

/// `it.__length_hint__()` of the builtin iterators: how many items are left
/// (`operator.length_hint`, `list(it)`'s preallocation).
const LENGTH_HINTS: &[(&str, NativeFn)] = &[
    ("iterator", |vm, a| seq_hint(vm, &a)),
    ("bytes_iterator", |vm, a| seq_hint(vm, &a)),
    ("bytearray_iterator", |vm, a| seq_hint(vm, &a)),
    ("list_iterator", |vm, a| {
        // The list's own size, not a subclass's `__len__` (CPython's listiter_len).
        length_hint::<PyListIter>(vm, &a, |_, i| {
            let list = i.list.borrow().clone();
            Ok(list
                .as_ref()
                .and_then(|l| l.downcast_ref::<PyList>())
                .map_or(0, |l| l.items.borrow().len().saturating_sub(i.index.get())))
        })
    }),
    ("tuple_iterator", |vm, a| {
        length_hint::<PyTupleIter>(vm, &a, |_, i| {
            let t = i.tuple.borrow().clone();
            Ok(t.as_ref()
                .and_then(PyTuple::view)
                .map_or(0, |t| t.len().saturating_sub(i.index.get())))
        })
    }),
    ("list_reverseiterator", |vm, a| rev_hint(vm, &a)),
    ("reversed", |vm, a| rev_hint(vm, &a)),
    ("str_ascii_iterator", str_hint),
    ("str_iterator", str_hint),
    ("range_iterator", |vm, a| {
        length_hint::<PyRangeIter>(vm, &a, |_, i| Ok(i.remaining.get()))
    }),
    ("dict_keyiterator", |vm, a| dict_hint(vm, &a)),
    ("dict_valueiterator", |vm, a| dict_hint(vm, &a)),
    ("dict_itemiterator", |vm, a| dict_hint(vm, &a)),
    ("set_iterator", |vm, a| {
        length_hint::<PySetIter>(vm, &a, |_, i| {
            let live = i.set.borrow().is_some();
            Ok(if live {
                i.len.get().saturating_sub(i.yielded.get())
            } else {
                0
            })
        })
    }),
];

fn length_hint<T: ouro_memory::Payload>(
    vm: &Vm,
    args: &Args<'_>,
    left: impl Fn(&Vm, &T) -> PyResult<usize>,
) -> PyResult<Obj> {
    let name = vm.type_name(args.values.first().unwrap_or(&vm.none));
    crate::types::str::margs(vm, args, format_args!("{name}.__length_hint__"), 0, 0)?;
    let it = crate::protocol::slots::slot_payload::<T>(vm, &args.pos()[0])?;
    Ok(vm.new_int(left(vm, it)? as i64))
}

fn str_hint(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    length_hint::<PyStrIter>(vm, &args, |_, i| {
        let s = i.s.borrow().clone();
        Ok(s.as_ref()
            .and_then(PyStr::view)
            .map_or(0, |s| s.value[i.byte_pos.get()..].chars().count()))
    })
}

fn seq_hint(vm: &Vm, args: &Args<'_>) -> PyResult<Obj> {
    length_hint::<PySeqIter>(vm, args, |vm, i| {
        let seq = i.seq.borrow().clone();
        Ok(match seq {
            Some(s) => vm.len(&s)?.saturating_sub(i.index.get()),
            None => 0,
        })
    })
}

fn rev_hint(vm: &Vm, args: &Args<'_>) -> PyResult<Obj> {
    length_hint::<PyListRevIter>(vm, args, |vm, i| {
        let list = i.list.borrow().clone();
        Ok(match list {
            Some(l) => i.index.get().min(vm.len(&l)?),
            None => 0,
        })
    })
}

fn dict_hint(vm: &Vm, args: &Args<'_>) -> PyResult<Obj> {
    length_hint::<PyDictIter>(vm, args, |_, i| {
        let live = i.dict.borrow().is_some();
        Ok(if live {
            i.len.get().saturating_sub(i.yielded.get())
        } else {
            0
        })
    })
}

/// The builtin iterator types and their `next` functions (each beside its type's code). File
/// objects give their own slots (io.rs).
const ITERATOR_NEXT: &[(&str, NextFn)] = &[
    ("iterator", seq_iterator_next),
    ("bytes_iterator", seq_iterator_next),
    ("bytearray_iterator", seq_iterator_next),
    ("list_iterator", super::list::list_iterator_next),
    ("list_reverseiterator", iterators::list_reverse_next),
    ("dict_reversekeyiterator", iterators::list_reverse_next),
    ("dict_reversevalueiterator", iterators::list_reverse_next),
    ("dict_reverseitemiterator", iterators::list_reverse_next),
    ("reversed", iterators::list_reverse_next),
    ("tuple_iterator", super::tuple::tuple_iterator_next),
    ("str_ascii_iterator", super::str::str_iterator_next),
    ("str_iterator", super::str::str_iterator_next),
    ("range_iterator", super::range::range_iterator_next),
    ("longrange_iterator", super::range::longrange_iterator_next),
    ("dict_keyiterator", super::dict::dict_iterator_next),
    ("dict_valueiterator", super::dict::dict_iterator_next),
    ("dict_itemiterator", super::dict::dict_iterator_next),
    ("set_iterator", super::set::set_iterator_next),
    ("enumerate", iterators::enumerate_next),
    ("zip", iterators::zip_next),
    ("map", iterators::map_next),
    ("filter", iterators::filter_next),
    ("callable_iterator", iterators::callable_next),
];

/// `iter(it)` of an iterator: itself.
fn iter_self(_vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    Ok(obj.clone())
}

fn send(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "send", 2, 2)?;
    vm.gen_send(&a[0], a[1].clone())
}

fn throw(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "throw", 2, 4)?;
    let exc = throw_exception(vm, &a[1], a.get(2))?;
    let err = PyErr { exc };
    match vm.gen_resume(&a[0], Resume::Throw(err))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(r) => Err(vm.stop_iteration(Some(r).filter(|r| !vm.is_none(r)))),
    }
}

/// The exception `gen.throw(typ[, val[, tb]])` raises (CPython's `_gen_throw`): an instance
/// as is; a class called with `val` (its args when a tuple, none when None) unless `val` is
/// already an instance of it. (CPython also warns that the three-argument form is deprecated;
/// ouro has no runtime warnings yet.)
fn throw_exception(vm: &Vm, typ: &Obj, val: Option<&Obj>) -> PyResult<Obj> {
    let val = val.filter(|v| !vm.is_none(v));
    match val {
        Some(v) if typ.is::<PyType>() => {
            if vm.isinstance(v, typ) {
                return Ok(v.clone());
            }
            let args = match PyTuple::view(v) {
                Some(t) => t.to_vec(),
                None => vec![v.clone()],
            };
            let exc = vm.call(typ, Args::positional(&args))?;
            vm.make_exception(&exc)
        }
        Some(_) if typ.is::<PyException>() => {
            Err(vm.type_error("instance exception may not have a separate value"))
        }
        _ => vm.make_exception(typ),
    }
}

fn close(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "close", 1, 1)?;
    vm.gen_close(&a[0])
}

/// `next()` of the iterator over a sequence with only `__getitem__`: indexes until IndexError (or StopIteration).
pub(crate) fn seq_iterator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    let i = crate::protocol::slots::slot_payload::<PySeqIter>(vm, iter)?;
    let seq = i.seq.borrow().clone();
    let Some(seq) = seq else { return Ok(None) };
    let idx = vm.new_int(i.index.get() as i64);
    match vm.get_item(&seq, &idx) {
        Ok(v) => {
            i.index.set(i.index.get() + 1);
            Ok(Some(v))
        }
        Err(e)
            if vm.exc_matches(&e.exc, "IndexError") || vm.exc_matches(&e.exc, "StopIteration") =>
        {
            drop(i.seq.replace(None));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `next()` of a generator: resume it with None.
pub(crate) fn generator_next(vm: &Vm, iter: &Obj) -> PyResult<Option<Obj>> {
    match vm.gen_resume(iter, Resume::Send(vm.none.clone()))? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(v) => {
            drop(vm.last_stop_value.replace(Some(v)));
            Ok(None)
        }
    }
}

/// `__name__`, `__qualname__`, `gi_running`, `gi_frame` (CPython's `gen_getsetlist`).
pub(crate) fn init_getsets(vm: &Vm) {
    use crate::types::descriptor::GetSet;
    vm.add_getsets(
        &vm.types.generator.clone(),
        &[
            GetSet("__name__", gen_name, None),
            GetSet("__qualname__", gen_qualname, None),
            GetSet("gi_running", gen_running, None),
            GetSet("gi_frame", crate::types::function::none_attr, None),
            GetSet("gi_code", gen_code, None),
            GetSet("gi_suspended", gen_suspended, None),
            GetSet("gi_yieldfrom", gen_yieldfrom, None),
        ],
    );
}

fn gen_name(vm: &Vm, g: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyGenerator>(vm, g)?
        .name
        .clone())
}

fn gen_qualname(vm: &Vm, g: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyGenerator>(vm, g)?
        .qualname
        .clone())
}

fn gen_code(vm: &Vm, g: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyGenerator>(vm, g)?
        .code
        .clone())
}

/// Paused at a `yield` (started, not running, not finished).
fn gen_suspended(vm: &Vm, g: &Obj) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGenerator>(vm, g)?;
    let paused = g.started.get() && !g.running.get() && !g.finished.get();
    Ok(vm.new_bool(paused))
}

/// The iterator a suspended `yield from` delegates to, else None.
fn gen_yieldfrom(vm: &Vm, g: &Obj) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGenerator>(vm, g)?;
    let frame = g.frame.borrow();
    let delegate = frame.as_deref().and_then(|f| {
        let at_yield_from = matches!(
            f.pycode().code.instructions.get(f.pc),
            Some(ouro_compiler::Instr::YieldFrom)
        );
        at_yield_from.then(|| f.stack.last().cloned()).flatten()
    });
    Ok(delegate.unwrap_or_else(|| vm.none.clone()))
}

fn gen_running(vm: &Vm, g: &Obj) -> PyResult<Obj> {
    let g = crate::protocol::slots::slot_payload::<PyGenerator>(vm, g)?;
    Ok(vm.new_bool(g.running.get()))
}

fn generator_repr(vm: &Vm, g: &Obj) -> PyResult<Obj> {
    let gen = crate::protocol::slots::slot_payload::<PyGenerator>(vm, g)?;
    Ok(vm.new_str(format!(
        "<generator object {} at {:#x}>",
        vm.str_value(&gen.qualname).unwrap_or_default(),
        g.addr()
    )))
}
