//! The three Unicode errors (CPython's `UnicodeEncodeError`, `UnicodeDecodeError`,
//! `UnicodeTranslateError` in Objects/exceptions.c): their `__init__` with its argument
//! checks, the `encoding`, `object`, `start`, `end` and `reason` members, and the `__str__`
//! that describes the failing character or bytes from those members.
//!
//! Invariant: the members live in the exception's own storage (read back by the getsets), so
//! `e.start = 3` changes what `str(e)` says, as in CPython. The interpreter raises these
//! errors by calling the class ([`Vm::unicode_decode_error`]), never by building the message
//! itself.

use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use crate::types::descriptor::GetSet;
use ouro_memory::Obj;

/// Which of the three errors: what `object` holds and how `__str__` words it.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

const KINDS: [(&str, Kind); 3] = [
    ("UnicodeEncodeError", Kind::Encode),
    ("UnicodeDecodeError", Kind::Decode),
    ("UnicodeTranslateError", Kind::Translate),
];

pub(crate) fn init(vm: &Vm) {
    for (name, kind) in KINDS {
        let t = vm.exc_type(name);
        let (init, str_): (NativeFn, crate::protocol::slots::ReprFn) = match kind {
            Kind::Encode => (
                |vm, a| unicode_init(vm, a, Kind::Encode),
                |vm, e| unicode_str(vm, e, Kind::Encode),
            ),
            Kind::Decode => (
                |vm, a| unicode_init(vm, a, Kind::Decode),
                |vm, e| unicode_str(vm, e, Kind::Decode),
            ),
            Kind::Translate => (
                |vm, a| unicode_init(vm, a, Kind::Translate),
                |vm, e| unicode_str(vm, e, Kind::Translate),
            ),
        };
        vm.add_new(&t, super::exc_new);
        vm.add_wrapper(&t, "__init__", init);
        vm.set_native_slots(
            &t,
            crate::protocol::slots::NativeSlots {
                str_: Some(str_),
                ..Default::default()
            },
        );
        vm.add_getsets(
            &t,
            &[
                GetSet("encoding", get_encoding, Some(set_encoding)),
                GetSet("object", get_object, Some(set_object)),
                GetSet("start", get_start, Some(set_start)),
                GetSet("end", get_end, Some(set_end)),
                GetSet("reason", get_reason, Some(set_reason)),
            ],
        );
    }
}

/// `__init__(encoding, object, start, end, reason)` (no encoding for a translate error).
fn unicode_init(vm: &Vm, args: Args<'_>, kind: Kind) -> PyResult<Obj> {
    let this = args
        .values
        .first()
        .ok_or_else(|| vm.type_error("descriptor '__init__' needs an argument"))?;
    let given = &args.pos()[1..];
    // BaseException's part: the arguments become `args`.
    super::exc_init(vm, args)?;
    let n = if kind == Kind::Translate { 4 } else { 5 };
    if given.len() != n {
        return Err(vm.type_error(format!(
            "function takes exactly {n} arguments ({} given)",
            given.len()
        )));
    }
    let (encoding, rest) = if kind == Kind::Translate {
        (vm.none.clone(), given)
    } else {
        (expect_str(vm, &given[0], 1)?, &given[1..])
    };
    let first = if kind == Kind::Translate { 1 } else { 2 };
    let object = match kind {
        Kind::Decode => {
            let Some(b) = crate::types::bytes::bytes_data(&rest[0]) else {
                return Err(vm.type_error(format!(
                    "argument {first} must be bytes-like object, not '{}'",
                    vm.type_name(&rest[0])
                )));
            };
            vm.new_bytes(&b)
        }
        _ => expect_str(vm, &rest[0], first)?,
    };
    let start = expect_index(vm, &rest[1], first + 1)?;
    let end = expect_index(vm, &rest[2], first + 2)?;
    let reason = expect_str(vm, &rest[3], first + 3)?;
    for (name, value) in [
        ("encoding", encoding),
        ("object", object),
        ("start", start),
        ("end", end),
        ("reason", reason),
    ] {
        vm.set_exc_attr(this, name, value);
    }
    Ok(vm.none.clone())
}

fn expect_str(vm: &Vm, o: &Obj, position: usize) -> PyResult<Obj> {
    if PyStr::view(o).is_some() {
        return Ok(o.clone());
    }
    Err(vm.type_error(format!(
        "argument {position} must be str, not {}",
        vm.type_name(o)
    )))
}

fn expect_index(vm: &Vm, o: &Obj, position: usize) -> PyResult<Obj> {
    match vm.index_value(o)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer (argument {position})",
            vm.type_name(o)
        ))),
    }
}

/// CPython's `Unicode*Error.__str__`: the codec, what failed where, and the reason; empty
/// when the members are missing.
fn unicode_str(vm: &Vm, e: &Obj, kind: Kind) -> PyResult<Obj> {
    let member = |name: &str| vm.get_exc_attr(e, name).filter(|v| !vm.is_none(v));
    let (Some(object), Some(reason)) = (member("object"), member("reason")) else {
        return Ok(vm.new_str(""));
    };
    let reason = vm.str_string(&reason)?;
    let encoding = match member("encoding") {
        Some(enc) => vm.str_string(&enc)?,
        None => String::new(),
    };
    let as_index = |name: &str| -> PyResult<i64> {
        match member(name) {
            Some(v) => Ok(vm.index_value(&v)?.unwrap_or(0) as i64),
            None => Ok(0),
        }
    };
    let (start, end) = (as_index("start")?, as_index("end")?);
    let msg = match kind {
        Kind::Decode => {
            let bytes = crate::types::bytes::bytes_data(&object).unwrap_or_default();
            let single = usize::try_from(start)
                .ok()
                .filter(|&s| s < bytes.len() && end == start + 1);
            match single {
                Some(s) => format!(
                    "'{encoding}' codec can't decode byte {:#04x} in position {start}: {reason}",
                    bytes[s]
                ),
                None => format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        Kind::Encode | Kind::Translate => {
            let text = vm.str_string(&object)?;
            let single = usize::try_from(start)
                .ok()
                .filter(|_| end == start + 1)
                .and_then(|s| text.chars().nth(s));
            let lead = match kind {
                Kind::Encode => format!("'{encoding}' codec can't encode"),
                _ => "can't translate".to_string(),
            };
            match single {
                Some(c) => format!(
                    "{lead} character '{}' in position {start}: {reason}",
                    escaped_char(c)
                ),
                None => format!(
                    "{lead} characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
    };
    Ok(vm.new_str(msg))
}

/// A character as these messages show it: `\xe9`, `\u20ac`, `\U0001f600`.
pub(crate) fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

exc_member!(get_encoding, set_encoding, "encoding");
exc_member!(get_object, set_object, "object");
exc_member!(get_start, set_start, "start");
exc_member!(get_end, set_end, "end");
exc_member!(get_reason, set_reason, "reason");

impl Vm {
    /// Raise `UnicodeDecodeError(encoding, object, start, end, reason)` (`end` exclusive).
    pub fn unicode_decode_error(
        &self,
        encoding: &str,
        object: &[u8],
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let object = self.new_bytes(object);
        self.raise_unicode_error("UnicodeDecodeError", encoding, object, start, end, reason)
    }

    /// Raise `UnicodeEncodeError(encoding, object, start, end, reason)` (`end` exclusive, in
    /// characters).
    pub fn unicode_encode_error(
        &self,
        encoding: &str,
        object: &str,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let object = self.new_str(object);
        self.raise_unicode_error("UnicodeEncodeError", encoding, object, start, end, reason)
    }

    fn raise_unicode_error(
        &self,
        name: &str,
        encoding: &str,
        object: Obj,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let args = [
            self.new_str(encoding),
            object,
            self.new_int(start as i64),
            self.new_int(end as i64),
            self.new_str(reason),
        ];
        match self.call(&self.exc_type(name), Args::positional(&args)) {
            Ok(exc) => self.raise(exc),
            Err(e) => e,
        }
    }
}
