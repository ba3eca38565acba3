//! The builtin types, each in one place: its payload (what an instance holds and traces), its
//! native slots, computed attributes (getsets) and methods, registered into its type dict at
//! startup by its `init`. The type dicts are the single place where `list.append` and friends
//! are found, by instances and by `super()` alike.
//!
//! A type with a payload of its own is a directory: `mod.rs` holds the payload, `methods.rs`
//! its slots and methods (re-exported, so `crate::types::int::init` is the type's `init`).

pub mod bytearray;
pub mod bytes;
pub mod descriptor;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod int_digits;
pub mod iterator_state;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod module;
pub mod object;
pub mod property;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod super_;
pub mod tuple;
pub mod typeobj;
pub mod union;
pub mod weakref;

use crate::objects::*;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

impl Vm {
    /// Register a builtin method in a builtin type's dict.
    pub(crate) fn add_method(&self, ty: &Obj, name: &'static str, func: NativeFn) {
        self.insert_descr(ty, name, DescrFunc::Method(func), false);
    }

    /// Register a builtin class method (`dict.fromkeys`, `__new__`-like constructors).
    pub(crate) fn add_classmethod(&self, ty: &Obj, name: &'static str, func: NativeFn) {
        self.insert_descr(ty, name, DescrFunc::Method(func), true);
    }

    /// Register a builtin static method (`str.maketrans`, `bytes.maketrans`): as CPython's
    /// METH_STATIC, a builtin function bound to the type (`<built-in method maketrans of type
    /// object>`) inside a `staticmethod`; `func` gets the type as its first argument.
    pub(crate) fn add_staticmethod(&self, ty: &Obj, name: &'static str, func: NativeFn) {
        let f = Obj::new(
            self.types.builtin_function.clone(),
            PyBuiltinFunction {
                name,
                func,
                self_: Some(ty.clone()),
                owner: "",
                static_method: true,
            },
        );
        let sm = Obj::new(self.types.staticmethod.clone(), PyStaticMethod::new(f));
        self.type_dict_set(ty, name, sm);
    }

    /// Register a builtin type's constructor: its `new` slot, and as `__new__` in its dict a
    /// builtin method bound to the type (`int.__new__(int, 5)`, CPython's `tp_new_wrapper`).
    pub(crate) fn add_new(&self, ty: &Obj, func: NativeFn) {
        self.set_native_slots(
            ty,
            crate::protocol::slots::NativeSlots {
                new: Some(func),
                ..Default::default()
            },
        );
        let wrapper = Obj::new(
            self.types.builtin_function.clone(),
            PyBuiltinFunction {
                name: "__new__",
                func: crate::protocol::call::tp_new_wrapper,
                self_: Some(ty.clone()),
                owner: "",
                static_method: false,
            },
        );
        wrapper.make_immortal();
        self.type_dict_set(ty, "__new__", wrapper);
    }

    /// Register the dunder that wraps one of a builtin type's slots (`list.__len__`).
    pub(crate) fn add_slot_wrapper(&self, ty: &Obj, name: &'static str, func: SlotWrapperFn) {
        self.insert_descr(ty, name, DescrFunc::Slot(func), false);
    }

    /// Register a builtin dunder that CPython shows as a slot wrapper (`object.__init__`,
    /// `int.__index__`) but that the VM calls by name.
    pub(crate) fn add_wrapper(&self, ty: &Obj, name: &'static str, func: NativeFn) {
        self.insert_descr(ty, name, DescrFunc::Wrapper(func), false);
    }

    fn insert_descr(&self, ty: &Obj, name: &'static str, func: DescrFunc, classmethod: bool) {
        let class = match func {
            DescrFunc::Slot(_) | DescrFunc::Wrapper(_) => &self.types.wrapper_descriptor,
            DescrFunc::Method(_) if classmethod => &self.types.classmethod_descriptor,
            DescrFunc::Method(_) => &self.types.method_descriptor,
        };
        let descr = Obj::new(
            class.clone(),
            PyMethodDescr {
                name,
                func,
                owner: ty.clone(),
                classmethod,
            },
        );
        descr.make_immortal();
        self.type_dict_set(ty, name, descr);
    }

    /// Store a value in a type's own dict.
    pub(crate) fn type_dict_set(&self, ty: &Obj, name: &str, value: Obj) {
        if let Some(t) = ty.downcast_ref::<PyType>() {
            // A class without subclasses changes only its own lookups.
            if t.builtin || self.has_subclasses(ty) {
                self.invalidate_type_cache();
            } else {
                self.invalidate_type_cache_for(ty);
            }
            let key = self.intern(name);
            let hash = crate::objects::str_hash(name);
            let mut d = t.dict.borrow_mut();
            match d.find_str_hashed(name, hash) {
                Some(i) => {
                    d.set_value(i, value);
                }
                None => d.insert_new(hash, key, value),
            }
        }
    }
}

/// Register every builtin type's methods.
pub(crate) fn init(vm: &Vm) {
    object::init(vm);
    for init_new in [
        object::init_new,
        int::init_new,
        float::init_new,
        self::str::init_new,
        bytes::init_new,
        list::init_new,
        tuple::init_new,
        dict::init_new,
        set::init_new,
        slice::init_new,
        function::init_new,
        crate::builtins::iterators::init_new,
    ] {
        init_new(vm);
    }
    list::init(vm);
    dict::init(vm);
    set::init(vm);
    self::str::init(vm);
    range::init(vm);
    exception::init(vm);
    generator::init(vm);
    iterator_state::init(vm);
    tuple::init(vm);
    int::init(vm);
    float::init(vm);
    bytes::init(vm);
    bytearray::init(vm);
    slice::init(vm);
    weakref::init(vm);
    union::init(vm);
    function::init(vm);
    descriptor::init(vm);
    generic_alias::init(vm);
    mappingproxy::init(vm);
    typeobj::init(vm);
    function::init_getsets(vm);
    function::init_code_getsets(vm);
    exception::init_getsets(vm);
    int::init_getsets(vm);
    float::init_getsets(vm);
    generator::init_getsets(vm);
    property::init(vm);
    super_::init(vm);
    module::init(vm);
    finish_builtin_types(vm);
}

/// What `type_ready` gives every builtin type: a `__doc__` in its dict (CPython's docstring,
/// or None), and a place in its base's `__subclasses__()`.
fn finish_builtin_types(vm: &Vm) {
    for ty in &vm.types.all {
        let Some(t) = ty.downcast_ref::<PyType>() else {
            continue;
        };
        if t.dict.borrow().get_str("__doc__").is_none() {
            let doc = crate::runtime::builtin_docs::builtin_doc(&t.name(), "");
            vm.type_dict_set(ty, "__doc__", vm.or_none(doc.map(|(d, _)| vm.new_str(d))));
        }
        let bases = t.bases.borrow().clone();
        // Only fails if the weakref could not be made, which a fresh type always allows.
        let _ = vm.register_subclass(ty, &bases);
    }
}
