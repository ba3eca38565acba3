//! Creating the builtin type objects and singletons, in the one order that works:
//! `type` (its own class), `object`, then every other type, then the singletons.

use crate::objects::*;
use crate::runtime::vm::{Singletons, Vm};
use ouro_memory::Obj;
use std::cell::RefCell;

/// The builtin type objects.
pub struct Types {
    pub type_: Obj,
    pub object: Obj,
    pub int: Obj,
    pub bool_: Obj,
    pub float: Obj,
    pub str: Obj,
    pub bytes: Obj,
    pub list: Obj,
    pub tuple: Obj,
    pub dict: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub none_type: Obj,
    pub not_implemented_type: Obj,
    pub ellipsis_type: Obj,
    pub function: Obj,
    pub builtin_function: Obj,
    pub method_descriptor: Obj,
    pub classmethod_descriptor: Obj,
    pub wrapper_descriptor: Obj,
    pub method_wrapper: Obj,
    pub getset_descriptor: Obj,
    pub method: Obj,
    pub cell: Obj,
    pub code: Obj,
    pub module: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub property: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub super_: Obj,
    pub generator: Obj,
    pub member_descriptor: Obj,
    pub mappingproxy: Obj,
    /// `weakref.ref` (`ReferenceType`) and the proxy types.
    pub weakref: Obj,
    pub weakproxy: Obj,
    pub weakcallableproxy: Obj,
    /// `time.struct_time`, a tuple subclass whose instances carry `tm_zone` and `tm_gmtoff`
    /// in their extension slot (`modules/time/struct_time.rs`).
    pub struct_time: Obj,
    /// Iterator and view types, by name.
    pub iterators: crate::runtime::name_map::NameMap<Obj>,
    /// Exception classes, by name.
    pub exceptions: crate::runtime::name_map::NameMap<Obj>,
    /// Every type made here, in creation order (bases first).
    pub all: Vec<Obj>,
}

impl Types {
    pub fn iterator(&self, name: &str) -> Obj {
        self.iterators
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.object.clone())
    }
}

/// The builtin exception hierarchy: (name, base), bases before subclasses.
pub const EXCEPTION_HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("PythonFinalizationError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Builtin types whose instances are iterators (`__iter__` returns self, `__next__`).
pub(crate) const ITERATOR_TYPES: &[&str] = &[
    "iterator",
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "callable_iterator",
    "set_iterator",
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    "FileIO",
    "bytes_iterator",
    "bytearray_iterator",
];

/// Other opaque builtin types kept in the same registry ([`Types::iterator`]), which are not
/// iterators: a dict view's `__iter__` makes a fresh iterator; a bytearray is a sequence.
const OTHER_OPAQUE_TYPES: &[&str] = &[
    "dict_keys",
    "dict_values",
    "dict_items",
    "UnionType",
    "GenericAlias",
    "bytearray",
];

/// The types of this registry that Python classes may subclass, as in CPython.
const SUBCLASSABLE_OPAQUE_TYPES: &[&str] =
    &["enumerate", "zip", "map", "filter", "reversed", "bytearray"];

pub(crate) struct TypeSpec<'a> {
    pub name: &'a str,
    pub bases: Vec<Obj>,
    pub layout: Layout,
    pub subclassable: bool,
}

/// Build a builtin type object (class `type`), computing its MRO from single inheritance.
pub(crate) fn builtin_type(metatype: &Obj, spec: TypeSpec<'_>) -> Obj {
    let mut mro_tail = Vec::new();
    if let Some(base) = spec.bases.first() {
        if let Some(t) = base.downcast_ref::<PyType>() {
            mro_tail = t.mro();
        }
    }
    let t = Obj::new(
        metatype.clone(),
        PyType {
            name: RefCell::new(spec.name.into()),
            qualname: RefCell::new(spec.name.into()),
            bases: RefCell::new(spec.bases),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(DictTable::new()),
            layout: spec.layout,
            builtin: true,
            subclassable: spec.subclassable,
            slots: None,
            slot_total: 0,
            instance_dict: spec.layout == Layout::Exception,
            has_del: Default::default(),
            instance_keys: Default::default(),
            is_abstract: std::cell::Cell::new(false),
            keys_usable: std::cell::Cell::new(crate::types::object::instance::SHARED_KEYS_MAX_SIZE),
            type_slots: Default::default(),
            subclasses: Default::default(),
        },
    );
    let ty = t.downcast_ref::<PyType>().expect("just built a type");
    let mut mro = vec![t.clone()];
    mro.extend(mro_tail);
    drop(ty.mro.replace(mro));
    t.make_immortal();
    t
}

/// Create every builtin type and singleton, and the `Vm` that holds them.
pub(crate) fn create_vm() -> Vm {
    let type_ = Obj::new_self_class(PyType {
        name: RefCell::new("type".into()),
        qualname: RefCell::new("type".into()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(DictTable::new()),
        layout: Layout::Type,
        builtin: true,
        subclassable: true,
        slots: None,
        slot_total: 0,
        instance_dict: false,
        has_del: Default::default(),
        instance_keys: Default::default(),
        is_abstract: std::cell::Cell::new(false),
        keys_usable: std::cell::Cell::new(crate::types::object::instance::SHARED_KEYS_MAX_SIZE),
        type_slots: Default::default(),
        subclasses: Default::default(),
    });
    let object = builtin_type(
        &type_,
        TypeSpec {
            name: "object",
            bases: vec![],
            layout: Layout::Object,
            subclassable: true,
        },
    );
    {
        let t = type_.downcast_ref::<PyType>().expect("type is a type");
        drop(t.bases.replace(vec![object.clone()]));
        drop(t.mro.replace(vec![type_.clone(), object.clone()]));
    }
    let all = RefCell::new(vec![type_.clone(), object.clone()]);
    let mk = |name: &str, base: &Obj, layout: Layout, subclassable: bool| {
        let t = builtin_type(
            &type_,
            TypeSpec {
                name,
                bases: vec![base.clone()],
                layout,
                subclassable,
            },
        );
        all.borrow_mut().push(t.clone());
        t
    };
    let int = mk("int", &object, Layout::Int, true);
    let bool_ = mk("bool", &int, Layout::Int, false);
    let mut exceptions: crate::runtime::name_map::NameMap<Obj> = Default::default();
    for (name, base) in EXCEPTION_HIERARCHY {
        let base = if base.is_empty() {
            object.clone()
        } else {
            exceptions[base].clone()
        };
        exceptions.insert(name, mk(name, &base, Layout::Exception, true));
    }
    let mut iterators: crate::runtime::name_map::NameMap<Obj> = Default::default();
    for name in ITERATOR_TYPES.iter().chain(OTHER_OPAQUE_TYPES) {
        let t = if SUBCLASSABLE_OPAQUE_TYPES.contains(name) {
            mk(name, &object, Layout::Builtin(name), true)
        } else {
            mk(name, &object, Layout::Opaque, false)
        };
        iterators.insert(*name, t);
    }
    let tuple = mk("tuple", &object, Layout::Tuple, true);
    let struct_time = mk("struct_time", &tuple, Layout::Tuple, false);
    struct_time.set_instances_extended();
    let types = Types {
        float: mk("float", &object, Layout::Float, true),
        str: mk("str", &object, Layout::Str, true),
        bytes: mk("bytes", &object, Layout::Bytes, true),
        list: mk("list", &object, Layout::List, true),
        tuple,
        struct_time,
        dict: mk("dict", &object, Layout::Dict, true),
        set: mk("set", &object, Layout::Set, true),
        frozenset: mk("frozenset", &object, Layout::FrozenSet, true),
        none_type: mk("NoneType", &object, Layout::Opaque, false),
        not_implemented_type: mk("NotImplementedType", &object, Layout::Opaque, false),
        ellipsis_type: mk("ellipsis", &object, Layout::Opaque, false),
        function: mk("function", &object, Layout::Opaque, false),
        builtin_function: mk("builtin_function_or_method", &object, Layout::Opaque, false),
        method_descriptor: mk("method_descriptor", &object, Layout::Opaque, false),
        classmethod_descriptor: mk("classmethod_descriptor", &object, Layout::Opaque, false),
        wrapper_descriptor: mk("wrapper_descriptor", &object, Layout::Opaque, false),
        method_wrapper: mk("method-wrapper", &object, Layout::Opaque, false),
        getset_descriptor: mk("getset_descriptor", &object, Layout::Opaque, false),
        method: mk("method", &object, Layout::Opaque, false),
        cell: mk("cell", &object, Layout::Opaque, false),
        code: mk("code", &object, Layout::Opaque, false),
        module: mk("module", &object, Layout::Opaque, true),
        range: mk("range", &object, Layout::Opaque, false),
        slice: mk("slice", &object, Layout::Opaque, false),
        property: mk("property", &object, Layout::Builtin("property"), true),
        staticmethod: mk(
            "staticmethod",
            &object,
            Layout::Builtin("staticmethod"),
            true,
        ),
        classmethod: mk("classmethod", &object, Layout::Builtin("classmethod"), true),
        super_: mk("super", &object, Layout::Opaque, true),
        generator: mk("generator", &object, Layout::Opaque, false),
        member_descriptor: mk("member_descriptor", &object, Layout::Opaque, false),
        mappingproxy: mk("mappingproxy", &object, Layout::Opaque, false),
        weakref: mk("ReferenceType", &object, Layout::WeakRef, true),
        weakproxy: mk("ProxyType", &object, Layout::Opaque, false),
        weakcallableproxy: mk("CallableProxyType", &object, Layout::Opaque, false),
        iterators,
        exceptions,
        all: all.take(),
        type_,
        object,
        int,
        bool_,
    };
    let immortal = |o: Obj| {
        o.make_immortal();
        o
    };
    let singletons = Singletons {
        none: immortal(Obj::new(types.none_type.clone(), PyNone)),
        true_: immortal(PyInt::Small(1).new_obj(types.bool_.clone())),
        false_: immortal(PyInt::Small(0).new_obj(types.bool_.clone())),
        not_implemented: immortal(Obj::new(
            types.not_implemented_type.clone(),
            PyNotImplemented,
        )),
        ellipsis: immortal(Obj::new(types.ellipsis_type.clone(), PyEllipsis)),
        empty_tuple: immortal(PyTuple::new_obj(types.tuple.clone(), Vec::new())),
        empty_str: immortal(PyStr::new_obj(types.str.clone(), "")),
    };
    Vm::new_uninit(types, singletons)
}
