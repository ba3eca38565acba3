//! `OSError` (CPython's `OSError_new`/`OSError_init` in Objects/exceptions.c): the errno that
//! picks a subclass (`OSError(2, 'x')` is a FileNotFoundError), the members `errno`,
//! `strerror`, `filename`, `filename2` and `characters_written`, `__str__` and `__reduce__`.
//!
//! Invariants: built from 2 to 5 arguments `(errno, strerror[, filename[, winerror[,
//! filename2]]])`, an OSError keeps only `(errno, strerror)` as its `args` when a filename is
//! given; a BlockingIOError's third argument is `characters_written` when it is a number. Only
//! `OSError` itself is replaced by a subclass, never a class derived from it.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::GetSet;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let t = vm.exc_type("OSError");
    vm.add_new(&t, os_error_new);
    vm.add_wrapper(&t, "__init__", os_error_init);
    vm.add_method(&t, "__reduce__", os_error_reduce);
    vm.set_native_slots(
        &t,
        crate::protocol::slots::NativeSlots {
            str_: Some(os_error_str),
            ..Default::default()
        },
    );
    vm.add_getsets(
        &t,
        &[
            GetSet("errno", get_errno, Some(set_errno)),
            GetSet("strerror", get_strerror, Some(set_strerror)),
            GetSet("filename", get_filename, Some(set_filename)),
            GetSet("filename2", get_filename2, Some(set_filename2)),
            GetSet(
                "characters_written",
                get_characters_written,
                Some(set_characters_written),
            ),
        ],
    );
}

/// The subclass an errno stands for (Linux numbering, CPython's `errnomap`).
fn subclass_for_errno(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

/// `OSError.__new__`: `OSError(errno, ...)` itself becomes the errno's subclass.
fn os_error_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    let mut cls = pos
        .first()
        .cloned()
        .unwrap_or_else(|| vm.exc_type("OSError"));
    let given = pos.get(1..).unwrap_or(&[]);
    if cls.ptr_eq(&vm.exc_type("OSError")) && (2..=5).contains(&given.len()) {
        let errno = PyInt::of(&given[0]).and_then(|i| i.as_i64());
        if let Some(name) = errno.and_then(subclass_for_errno) {
            cls = vm.exc_type(name);
        }
    }
    let mut values = args.values.to_vec();
    if let Some(first) = values.first_mut() {
        *first = cls;
    }
    super::exc_new(vm, Args::new(&values, args.kwnames))
}

/// `OSError.__init__(errno, strerror[, filename[, winerror[, filename2]]])`.
fn os_error_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let this = args.values.first().cloned().ok_or_else(|| {
        vm.type_error("descriptor '__init__' of 'OSError' object needs an argument")
    })?;
    if args.has_kwargs() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(&this)
        )));
    }
    super::exc_init(vm, args)?;
    let given = &args.pos()[1..];
    if !(2..=5).contains(&given.len()) {
        return Ok(vm.none.clone());
    }
    vm.set_exc_attr(&this, "errno", given[0].clone());
    vm.set_exc_attr(&this, "strerror", given[1].clone());
    let Some(third) = given.get(2).filter(|f| !vm.is_none(f)) else {
        return Ok(vm.none.clone());
    };
    let blocking = this.class().ptr_eq(&vm.exc_type("BlockingIOError"));
    if blocking && vm.index_value(third)?.is_some() {
        let written = vm.index_value(third)?.unwrap_or(0);
        vm.set_exc_attr(&this, "characters_written", vm.new_int(written as i64));
    } else {
        vm.set_exc_attr(&this, "filename", third.clone());
        if let Some(f2) = given.get(4).filter(|f| !vm.is_none(f)) {
            vm.set_exc_attr(&this, "filename2", f2.clone());
        }
    }
    // With a filename, `args` is `(errno, strerror)`.
    if let Some(p) = this.downcast_ref::<PyException>() {
        drop(p.args.replace(Some(vm.new_tuple(given[..2].to_vec()))));
    }
    Ok(vm.none.clone())
}

fn member(vm: &Vm, e: &Obj, name: &str) -> Option<Obj> {
    vm.get_exc_attr(e, name).filter(|v| !vm.is_none(v))
}

/// `[Errno 2] No such file or directory: 'a' -> 'b'`, or BaseException's str.
fn os_error_str(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    let (errno, strerror) = (member(vm, e, "errno"), member(vm, e, "strerror"));
    let show = |o: &Option<Obj>| -> PyResult<String> {
        match o {
            Some(v) => vm.str_string(v),
            None => Ok("None".to_string()),
        }
    };
    if let Some(filename) = member(vm, e, "filename") {
        let head = format!(
            "[Errno {}] {}: {}",
            show(&errno)?,
            show(&strerror)?,
            vm.repr_string(&filename)?
        );
        return Ok(vm.new_str(match member(vm, e, "filename2") {
            Some(f2) => format!("{head} -> {}", vm.repr_string(&f2)?),
            None => head,
        }));
    }
    if errno.is_some() && strerror.is_some() {
        return Ok(vm.new_str(format!("[Errno {}] {}", show(&errno)?, show(&strerror)?)));
    }
    super::exc_str(vm, e)
}

/// `e.__reduce__()`: the class and `args` with the filenames appended, and the `__dict__`
/// when it holds anything.
fn os_error_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    crate::types::str::margs(vm, &args, "OSError.__reduce__", 0, 0)?;
    let this = &args.pos()[0];
    let p = crate::protocol::slots::slot_payload::<PyException>(vm, this)?;
    let exc_args = p.args_or(&vm.empty_tuple);
    let mut items = PyTuple::view(&exc_args)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    if items.len() == 2 {
        if let Some(filename) = member(vm, this, "filename") {
            items.push(filename);
            if let Some(f2) = member(vm, this, "filename2") {
                items.push(vm.none.clone());
                items.push(f2);
            }
        }
    }
    let mut parts = vec![this.class().clone(), vm.new_tuple(items)];
    let dict = p.dict.borrow().clone();
    if let Some(d) = dict.filter(|d| vm.len(d).is_ok_and(|n| n > 0)) {
        parts.push(d);
    }
    Ok(vm.new_tuple(parts))
}

impl crate::runtime::vm::Vm {
    /// Raise `cls(errno, strerror[, filename])` for an OSError subclass, through the class so
    /// `__init__` sets the members as for one raised by Python code.
    pub(crate) fn os_error_of(
        &self,
        cls: &str,
        errno: i64,
        strerror: &str,
        filename: Option<&str>,
    ) -> crate::runtime::errors::PyErr {
        let mut args = vec![self.new_int(errno), self.new_str(strerror)];
        args.extend(filename.map(|f| self.new_str(f)));
        match self.call(&self.exc_type(cls), Args::positional(&args)) {
            Ok(exc) => self.raise(exc),
            Err(e) => e,
        }
    }
}

exc_member!(get_errno, set_errno, "errno");
exc_member!(get_strerror, set_strerror, "strerror");
exc_member!(get_filename, set_filename, "filename");
exc_member!(get_filename2, set_filename2, "filename2");

/// `characters_written`: only a BlockingIOError given a count has one.
fn get_characters_written(vm: &Vm, e: &Obj) -> PyResult<Obj> {
    member(vm, e, "characters_written")
        .ok_or_else(|| vm.new_error("AttributeError", "characters_written".to_string()))
}

fn set_characters_written(vm: &Vm, e: &Obj, value: Option<Obj>) -> PyResult<()> {
    match value {
        Some(v) => {
            let n = vm.arg_i64(&v)?;
            vm.set_exc_attr(e, "characters_written", vm.new_int(n));
        }
        None => {
            if member(vm, e, "characters_written").is_none() {
                return Err(vm.new_error("AttributeError", "characters_written".to_string()));
            }
            vm.set_exc_attr(e, "characters_written", vm.none.clone());
        }
    }
    Ok(())
}
