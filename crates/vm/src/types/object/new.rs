//! The constructors of `object`, `type` and the singletons (`__new__`, `__init__`).

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// Register the constructors in the types' dicts.
pub(crate) fn init_new(vm: &Vm) {
    let t = &vm.types;
    for (ty, f) in [
        (&t.object, object_new as NativeFn),
        (&t.type_, type_new),
        (&t.none_type, singleton_new),
        (&t.not_implemented_type, singleton_new),
        (&t.ellipsis_type, singleton_new),
    ] {
        vm.add_new(ty, f);
    }
    vm.add_wrapper(&t.type_, "__init__", type_init);
}

pub(crate) fn cls_arg<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Obj> {
    args.values
        .first()
        .filter(|c| c.is::<PyType>())
        .ok_or_else(|| vm.type_error("__new__(X): X is not a type object"))
}

/// "Can't instantiate abstract class C without an implementation for abstract method(s)
/// 'a', 'b'": the names of `C.__abstractmethods__`, sorted.
fn abstract_class_error(vm: &Vm, cls: &Obj) -> crate::runtime::errors::PyErr {
    let names = match vm
        .get_attr_str(cls, "__abstractmethods__")
        .and_then(|m| vm.collect_iterable(&m))
    {
        Ok(names) => names,
        Err(e) => return e,
    };
    let list = vm.new_list(names);
    if let Err(e) = vm.call_method(&list, "sort", &[]) {
        return e;
    }
    let names = vm.collect_iterable(&list).unwrap_or_default();
    let joined: Vec<String> = names
        .iter()
        .map(|n| vm.str_value(n).unwrap_or_default().to_string())
        .collect();
    vm.type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} '{}'",
        vm.type_name_of_type(cls),
        if joined.len() > 1 { "s" } else { "" },
        joined.join("', '")
    ))
}

/// `object.__new__(cls)`: an instance of the payload kind `cls` inherits.
pub(crate) fn object_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    // Extra arguments are an error unless the class overrides `__init__` but not `__new__`
    // (CPython's `object_new`).
    if args.values.len() > 1 {
        if !vm.inherits_object_slot(&cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if vm.inherits_object_slot(&cls, "__init__") {
            return Err(vm.type_error(format!(
                "{}() takes no arguments",
                vm.type_name_of_type(&cls)
            )));
        }
    }
    let t = cls.downcast_ref::<PyType>();
    if t.is_some_and(|t| t.is_abstract.get()) {
        return Err(abstract_class_error(vm, &cls));
    }
    let layout = t.map(|t| t.layout).unwrap_or(Layout::Object);
    Ok(match layout {
        Layout::Exception => Obj::new(cls, PyException::new(vm.empty_tuple.clone())),
        // A bare `object()` is the header alone, untracked, as in CPython.
        Layout::Object if cls.ptr_eq(&vm.types.object) => Obj::new(cls, PyBaseObject),
        Layout::Object => PyInstance::new_obj(cls),
        // Another builtin layout: its own constructor must build it (CPython's
        // `tp_new_wrapper` check). The message names the first class of the MRO whose
        // `__new__` is not a Python override (CPython's "static base").
        _ => {
            let t = cls.downcast_ref::<PyType>();
            if t.is_some_and(|t| t.builtin && !t.subclassable) {
                return Err(vm.type_error(format!(
                    "cannot create '{}' instances",
                    vm.type_name_of_type(&cls)
                )));
            }
            let base = t
                .and_then(|t| {
                    t.mro().into_iter().find(|b| {
                        b.downcast_ref::<PyType>().is_some_and(|b| {
                            b.builtin || b.dict.borrow().get_str("__new__").is_none()
                        })
                    })
                })
                .unwrap_or_else(|| cls.clone());
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                vm.type_name_of_type(&cls),
                vm.type_name_of_type(&base)
            )));
        }
    })
}

fn type_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(pos[1].class().clone());
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = &pos[0];
    let name = vm.arg_str(&pos[1], "type.__new__", "1")?;
    let bases = match PyTuple::view(&pos[2]) {
        Some(t) => t.to_vec(),
        None => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(&pos[2])
            )))
        }
    };
    if !pos[3].is::<PyDict>() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[3])
        )));
    }
    let kw_values: Vec<Obj> = args.kwargs().map(|(_, v)| v.clone()).collect();
    vm.create_class(
        meta,
        &name,
        bases,
        &pos[3],
        Args::new(&kw_values, args.kwnames),
    )
}

fn type_init(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.none.clone())
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton (CPython's
/// `none_new` and friends).
fn singleton_new(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let cls = cls_arg(vm, &args)?.clone();
    if args.pos().len() > 1 || args.has_kwargs() {
        return Err(vm.type_error(format!("{} takes no arguments", vm.type_name_of_type(&cls))));
    }
    Ok(if cls.ptr_eq(&vm.types.none_type) {
        vm.none.clone()
    } else if cls.ptr_eq(&vm.types.not_implemented_type) {
        vm.not_implemented.clone()
    } else {
        vm.ellipsis.clone()
    })
}
