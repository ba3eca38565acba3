//! `object` and `type`: the default special methods every class inherits.

use crate::objects::*;
use crate::protocol::slots::{NativeSlots, ReprFn};
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let o = vm.types.object.clone();
    vm.add_wrapper(&o, "__init__", object_init);
    vm.set_native_slots(
        &o,
        NativeSlots {
            compare: Some(crate::protocol::slots::compare::object_compare),
            repr: Some(object_repr),
            str_: Some(object_str),
            hash: Some(object_hash),
            getattro: Some(crate::protocol::slots::attribute::object_getattro),
            setattro: Some(crate::protocol::slots::attribute::object_setattro),
            ..Default::default()
        },
    );
    vm.add_method(&o, "__dir__", object_dir);
    vm.add_method(&o, "__format__", object_format);
    vm.add_method(&o, "__sizeof__", object_sizeof);
    super::reduce::init(vm);
    vm.add_classmethod(&o, "__init_subclass__", object_init_subclass);
    vm.add_classmethod(&o, "__subclasshook__", object_subclasshook);
    let t = vm.types.type_.clone();
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__dir__", object_dir);
    vm.add_method(&vm.types.module.clone(), "__dir__", object_dir);
    vm.add_classmethod(&t, "__prepare__", |vm, _args| Ok(vm.new_dict()));
    vm.add_method(&t, "__sizeof__", |vm, args| {
        vm.sizeof_with(&args, "type", |_| 0)
    });
    vm.add_method(&vm.types.int.clone(), "__sizeof__", |vm, args| {
        vm.sizeof_with(&args, "int", |_| 0)
    });
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.set_native_slots(
        &t,
        NativeSlots {
            repr: Some(type_repr),
            call: Some(crate::protocol::call::type_call_slot),
            getattro: Some(type_getattro),
            setattro: Some(type_setattro),
            ..Default::default()
        },
    );
    vm.set_native_slots(
        &vm.types.not_implemented_type.clone(),
        NativeSlots {
            bool_: Some(not_implemented_bool),
            ..Default::default()
        },
    );
    vm.set_native_slots(
        &vm.types.none_type.clone(),
        NativeSlots {
            bool_: Some(|_, _| Ok(false)),
            hash: Some(|_, _| Ok(NONE_HASH)),
            compare: Some(crate::protocol::slots::compare::object_compare),
            ..Default::default()
        },
    );
    // The singletons pickle by name.
    vm.add_method(
        &vm.types.not_implemented_type.clone(),
        "__reduce__",
        |vm, args| {
            crate::types::str::margs(vm, &args, "NotImplementedType.__reduce__", 0, 0)?;
            Ok(vm.new_str("NotImplemented"))
        },
    );
    vm.add_method(&vm.types.ellipsis_type.clone(), "__reduce__", |vm, args| {
        crate::types::str::margs(vm, &args, "ellipsis.__reduce__", 0, 0)?;
        Ok(vm.new_str("Ellipsis"))
    });
    for (ty, repr) in [
        (vm.types.none_type.clone(), none_repr as ReprFn),
        (vm.types.ellipsis_type.clone(), ellipsis_repr),
        (vm.types.not_implemented_type.clone(), not_implemented_repr),
    ] {
        vm.set_native_slots(
            &ty,
            NativeSlots {
                repr: Some(repr),
                ..Default::default()
            },
        );
    }
}

fn type_getattro(vm: &Vm, cls: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    vm.type_get_attr(cls, name)
}

fn type_setattro(vm: &Vm, cls: &Obj, name: &Obj, value: Option<Obj>) -> PyResult<()> {
    vm.type_set_attr(cls, name, value)
}

/// `object.__repr__`: `<module.Class object at 0x…>` (builtin types with a description of
/// their own give it in their repr slot).
fn object_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str(vm.default_repr(obj)))
}

/// `object.__str__`: the repr, through the type's repr slot.
fn object_str(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    vm.repr(obj)
}

/// `object.__hash__`: identity.
fn object_hash(_vm: &Vm, obj: &Obj) -> PyResult<i64> {
    Ok(crate::protocol::slots::object::identity_hash(obj))
}

/// `repr(cls)`: `<class 'module.Qualname'>` (`builtins` classes without the module).
fn type_repr(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let t = crate::protocol::slots::slot_payload::<PyType>(vm, obj)?;
    let module = vm
        .lookup_type_own(obj, "__module__")
        .and_then(|m| vm.str_value(&m))
        .unwrap_or_else(|| "builtins".into());
    let qual = t.qualname.borrow().to_string();
    Ok(vm.new_str(if module == "builtins" {
        format!("<class '{qual}'>")
    } else {
        format!("<class '{module}.{qual}'>")
    }))
}

/// `hash(None)`: a constant since 3.12, the same on every run (CPython's `_Py_HASH_NONE`).
const NONE_HASH: i64 = 0xFCA8_6420;

/// `bool(NotImplemented)` is an error since 3.14.
fn not_implemented_bool(vm: &Vm, _obj: &Obj) -> PyResult<bool> {
    Err(vm.type_error("NotImplemented should not be used in a boolean context"))
}

fn none_repr(vm: &Vm, _obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str("None"))
}

fn ellipsis_repr(vm: &Vm, _obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str("Ellipsis"))
}

fn not_implemented_repr(vm: &Vm, _obj: &Obj) -> PyResult<Obj> {
    Ok(vm.new_str("NotImplemented"))
}

/// `object.__sizeof__()`: the object's own bytes (its header to its end) plus the storage its
/// payload owns (list items, dict and set tables, a bytearray's buffer, a long str's index).
fn object_sizeof(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    vm.sizeof_with(&args, "object", |_| 0)
}

impl Vm {
    /// `obj.__sizeof__()` for a type whose payload owns `owned(obj)` bytes outside the
    /// object's block (a list's item array, a dict's table): the block plus those.
    pub(crate) fn sizeof_with(
        &self,
        args: &Args<'_>,
        type_name: &str,
        owned: impl Fn(&Obj) -> usize,
    ) -> PyResult<Obj> {
        crate::types::str::margs(self, args, format_args!("{type_name}.__sizeof__"), 0, 0)?;
        let obj = &args.pos()[0];
        Ok(self.new_int((obj.object_size() + owned(obj)) as i64))
    }
}

/// `object.__subclasshook__(C)`: NotImplemented (ABCs override it).
fn object_subclasshook(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    // A class method: the class, then exactly one argument.
    if args.values.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "object.__subclasshook__() takes exactly one argument ({} given)",
            args.values.len().saturating_sub(1)
        )));
    }
    Ok(vm.not_implemented.clone())
}

/// `type.__call__(cls, *args, **kwargs)`: what calling the class does.
/// `object.__init__(self)`: extra arguments are an error unless the class overrides
/// `__new__` but not `__init__` (CPython's `object_init`).
fn object_init(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let Some(this) = args.values.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.values.len() > 1 {
        let cls = this.class();
        if !vm.inherits_object_slot(cls, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if vm.inherits_object_slot(cls, "__new__") {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                vm.type_name_of_type(cls)
            )));
        }
    }
    Ok(vm.none.clone())
}

fn object_init_subclass(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    if args.has_kwargs() {
        let cls = &args.values[0];
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            vm.type_name_of_type(cls)
        )));
    }

    Ok(vm.none.clone())
}

fn object_dir(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__dir__", 1, 1)?;
    let names = vm.dir_names(&a[0])?;
    Ok(vm.new_list(names))
}

fn object_format(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__format__", 2, 2)?;
    let spec = vm.str_value(&a[1]).unwrap_or_default();
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a[0])
        )));
    }
    vm.str(&a[0])
}

fn type_mro(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "mro", 1, 1)?;
    let mro = a[0]
        .downcast_ref::<PyType>()
        .map(|t| t.mro())
        .unwrap_or_default();
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__subclasses__", 1, 1)?;
    Ok(vm.new_list(vm.subclasses_of(&a[0])))
}

fn type_instancecheck(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__instancecheck__", 2, 2)?;
    Ok(vm.new_bool(vm.isinstance(&a[1], &a[0])))
}

fn type_subclasscheck(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "__subclasscheck__", 2, 2)?;
    Ok(vm.new_bool(vm.is_subtype(&a[1], &a[0])))
}

impl Vm {
    /// Names for `dir(obj)`: instance dict keys plus everything along the type's MRO.
    pub(crate) fn dir_names(&self, obj: &Obj) -> PyResult<Vec<Obj>> {
        let mut names: Vec<Obj> = Vec::new();
        let push = |vm: &Vm, k: Obj, names: &mut Vec<Obj>| -> PyResult<()> {
            for n in names.iter() {
                if vm.keys_equal(n, &k)? {
                    return Ok(());
                }
            }
            names.push(k);
            Ok(())
        };
        if let Some(m) = obj.downcast_ref::<PyModule>() {
            for k in m
                .dict
                .downcast_ref::<PyDict>()
                .map(|d| d.table.borrow().keys())
                .unwrap_or_default()
            {
                push(self, k, &mut names)?;
            }
            return Ok(names);
        }
        if let Some(d) = self.instance_dict(obj) {
            for k in d
                .downcast_ref::<PyDict>()
                .map(|d| d.table.borrow().keys())
                .unwrap_or_default()
            {
                push(self, k, &mut names)?;
            }
        }
        let cls = if obj.is::<PyType>() {
            obj.clone()
        } else {
            obj.class().clone()
        };
        let mro = cls
            .downcast_ref::<PyType>()
            .map(|t| t.mro())
            .unwrap_or_default();
        for c in mro {
            if let Some(t) = c.downcast_ref::<PyType>() {
                for k in t.dict.borrow().keys() {
                    push(self, k, &mut names)?;
                }
            }
        }
        if !obj.is::<PyType>() {
            push(self, self.intern("__class__"), &mut names)?;
        }
        Ok(names)
    }
}
