//! `bytes`/`bytearray` tab expansion and byte translation (`expandtabs`, `translate`, and the
//! static `maketrans` that builds their tables), shared by both types.

use super::methods::{buf_arg, make, recv};
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{expand_tabs, tabsize_arg};
use ouro_memory::Obj;

pub(super) const METHODS: &[(&str, NativeFn)] =
    &[("expandtabs", expandtabs), ("translate", translate)];

fn expandtabs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "expandtabs")?;
    let tabsize = tabsize_arg(vm, &args)?;
    let out = expand_tabs(vm, data.into_iter(), tabsize)?;
    Ok(make(vm, &args, out))
}

/// `translate(table, /, delete=b'')`: each byte not in `delete` replaced by its entry in the
/// 256-byte `table` (None: kept as it is).
fn translate(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let data = recv(vm, &args, "translate")?;
    let (table, delete) = translate_args(vm, &args)?;
    let table = match table.filter(|t| !vm.is_none(t)) {
        Some(t) => {
            let t = buf_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        None => None,
    };
    let delete = match delete {
        Some(d) => buf_arg(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t.get(usize::from(b)).copied().unwrap_or(b),
            None => b,
        })
        .collect();
    // An exact bytes that nothing changes is its own result, as in CPython.
    let receiver = &args.values[0];
    if out == data && receiver.class().ptr_eq(&vm.types.bytes) {
        return Ok(receiver.clone());
    }
    Ok(make(vm, &args, out))
}

/// The `table` (positional only) and `delete` arguments of `translate`, with Argument
/// Clinic's messages.
fn translate_args<'a>(vm: &Vm, args: &'a Args<'a>) -> PyResult<(Option<&'a Obj>, Option<&'a Obj>)> {
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let kwargs: Vec<(&Obj, &Obj)> = args.kwargs().collect();
    let given = pos.len() + kwargs.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "translate() takes at most 2 arguments ({given} given)"
        )));
    }
    if pos.is_empty() {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let mut delete = pos.get(1);
    for (k, v) in kwargs {
        let k = vm.str_value(k).unwrap_or_default();
        if k != "delete" {
            return Err(vm.type_error(format!(
                "translate() got an unexpected keyword argument '{k}'"
            )));
        }
        if delete.is_some() {
            return Err(
                vm.type_error("argument for translate() given by name ('delete') and position (2)")
            );
        }
        delete = Some(v);
    }
    Ok((pos.first(), delete))
}

/// `bytes.maketrans(frm, to, /)` (a static method; the first argument is the class it is
/// bound to): the 256-byte table mapping each byte of `frm` to the byte of `to` at the same
/// position, every other byte to itself. Always a bytes, for bytearray too.
pub(super) fn maketrans(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    if args.has_kwargs() {
        let owner = pos
            .first()
            .map_or_else(|| "bytes".to_string(), |t| vm.type_name_of_type(t));
        return Err(vm.type_error(format!("{owner}.maketrans() takes no keyword arguments")));
    }
    let a = pos.get(1..).unwrap_or(&[]);
    let [frm, to] = a else {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", a.len())));
    };
    let frm = buf_arg(vm, frm)?;
    let to = buf_arg(vm, to)?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(&to) {
        if let Some(slot) = table.get_mut(usize::from(f)) {
            *slot = t;
        }
    }
    Ok(vm.new_bytes(table))
}
