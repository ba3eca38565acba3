//! The copy and pickle protocol of `object` (CPython's `object___reduce_ex__`,
//! `object___reduce__` and `object___getstate__` in Objects/typeobject.c): how any object
//! describes itself as "call this with these arguments, then restore this state".
//!
//! Invariants: protocol 2 and above reduce to `copyreg.__newobj__(cls, *args)` (or
//! `__newobj_ex__` with keywords), the arguments from `__getnewargs_ex__`/`__getnewargs__`;
//! protocols 0 and 1 go to `copyreg._reduce_ex`. A class that overrides `__reduce__` is asked
//! by `__reduce_ex__` first. The state is `__getstate__()`: the instance dict (None when empty)
//! and, with `__slots__`, `(dict, {slot: value})`. An object whose layout holds more than
//! `object`'s and that gives no constructor arguments cannot be reduced.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::margs;
use ouro_memory::Obj;

pub(crate) fn init(vm: &Vm) {
    let o = vm.types.object.clone();
    vm.add_method(&o, "__getstate__", object_getstate_method);
    vm.add_method(&o, "__reduce__", object_reduce);
    vm.add_method(&o, "__reduce_ex__", object_reduce_ex);
}

/// `obj.__getstate__()` as `object` defines it.
fn object_getstate_method(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    margs(vm, &args, "object.__getstate__", 0, 0)?;
    vm.default_state(&args.pos()[0], false)
}

/// `obj.__reduce__()`: the protocol-0 reduction.
fn object_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    margs(vm, &args, "object.__reduce__", 0, 0)?;
    vm.common_reduce(&args.pos()[0], 0)
}

/// `obj.__reduce_ex__(protocol)`: a class's own `__reduce__` if it overrides object's, else
/// the reduction for that protocol.
fn object_reduce_ex(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = margs(vm, &args, "object.__reduce_ex__", 1, 1)?;
    let obj = &args.pos()[0];
    let protocol = vm.arg_i64(&a[0])?;
    let own = vm.lookup_type(obj.class(), "__reduce__");
    if own.is_some_and(|f| !vm.is_object_slot(&f, "__reduce__")) {
        let reduce = vm.get_attr_str(obj, "__reduce__")?;
        return vm.call(&reduce, Args::positional(&[]));
    }
    vm.common_reduce(obj, protocol)
}

impl Vm {
    fn copyreg(&self, name: &str) -> PyResult<Obj> {
        let copyreg = self.import_module("copyreg")?;
        self.get_attr_str(&copyreg, name)
    }

    fn common_reduce(&self, obj: &Obj, protocol: i64) -> PyResult<Obj> {
        if protocol >= 2 {
            return self.reduce_newobj(obj);
        }
        let reduce_ex = self.copyreg("_reduce_ex")?;
        self.call(
            &reduce_ex,
            Args::positional(&[obj.clone(), self.new_int(protocol)]),
        )
    }

    /// `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`.
    fn reduce_newobj(&self, obj: &Obj) -> PyResult<Obj> {
        let cls = obj.class().clone();
        if self.lookup_type(&cls, "__new__").is_none() {
            return Err(self.cannot_pickle(obj));
        }
        let (args, kwargs) = self.new_arguments(obj)?;
        let has_args = args.is_some();
        let args = args.unwrap_or_default();
        let kwargs = kwargs.filter(|k| self.len(k).is_ok_and(|n| n > 0));
        let (newobj, newargs) = match kwargs {
            None => {
                let mut all = vec![cls.clone()];
                all.extend(args);
                (self.copyreg("__newobj__")?, self.new_tuple(all))
            }
            Some(kw) => (
                self.copyreg("__newobj_ex__")?,
                self.new_tuple(vec![cls.clone(), self.new_tuple(args), kw]),
            ),
        };
        let is_list = self.isinstance(obj, &self.types.list);
        let is_dict = self.isinstance(obj, &self.types.dict);
        let state = self.state_of(obj, !has_args && !is_list && !is_dict)?;
        let list_items = if is_list {
            self.get_iter(obj)?
        } else {
            self.none.clone()
        };
        let dict_items = if is_dict {
            let items = self.call_method(obj, "items", &[])?;
            self.get_iter(&items)?
        } else {
            self.none.clone()
        };
        Ok(self.new_tuple(vec![newobj, newargs, state, list_items, dict_items]))
    }

    /// The constructor arguments an object asks to be rebuilt with: `__getnewargs_ex__()`'s
    /// `(args, kwargs)`, else `__getnewargs__()`'s args, else none.
    fn new_arguments(&self, obj: &Obj) -> PyResult<(Option<Vec<Obj>>, Option<Obj>)> {
        if let Some(f) = self.lookup_type(obj.class(), "__getnewargs_ex__") {
            let r = self.call_method_obj(&f, obj, &[])?;
            let Some(pair) = PyTuple::view(&r).map(|t| t.to_vec()) else {
                return Err(self.type_error(format!(
                    "__getnewargs_ex__ should return a tuple, not '{}'",
                    self.type_name(&r)
                )));
            };
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "__getnewargs_ex__ should return a tuple of length 2, not {}",
                    pair.len()
                )));
            }
            let Some(args) = PyTuple::view(&pair[0]).map(|t| t.to_vec()) else {
                return Err(self.type_error(format!(
                    "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                    self.type_name(&pair[0])
                )));
            };
            if !self.isinstance(&pair[1], &self.types.dict) {
                return Err(self.type_error(format!(
                    "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                    self.type_name(&pair[1])
                )));
            }
            return Ok((Some(args), Some(pair[1].clone())));
        }
        if let Some(f) = self.lookup_type(obj.class(), "__getnewargs__") {
            let r = self.call_method_obj(&f, obj, &[])?;
            return match PyTuple::view(&r) {
                Some(t) => Ok((Some(t.to_vec()), None)),
                None => Err(self.type_error(format!(
                    "__getnewargs__ should return a tuple, not '{}'",
                    self.type_name(&r)
                ))),
            };
        }
        Ok((None, None))
    }

    /// `obj.__getstate__()`, or `object`'s own answer when the class does not override it
    /// (`required`: the object must be rebuildable from its class alone).
    pub(crate) fn state_of(&self, obj: &Obj, required: bool) -> PyResult<Obj> {
        let getstate = self.lookup_type(obj.class(), "__getstate__");
        let is_object_default = getstate
            .as_ref()
            .is_none_or(|f| self.is_object_slot(f, "__getstate__"));
        if is_object_default {
            return self.default_state(obj, required);
        }
        let getstate = self.get_attr_str(obj, "__getstate__")?;
        self.call(&getstate, Args::positional(&[]))
    }

    /// `object.__getstate__`: a copy of the instance dict (None when it is empty), paired with
    /// the values of the `__slots__` that are set.
    fn default_state(&self, obj: &Obj, required: bool) -> PyResult<Obj> {
        let layout = obj.class().downcast_ref::<PyType>().map(|t| t.layout);
        if required && !matches!(layout, Some(Layout::Object)) {
            return Err(self.cannot_pickle(obj));
        }
        let dict = self.instance_dict(obj);
        let state = match dict {
            Some(d) if self.len(&d)? > 0 => self.call_method(&d, "copy", &[])?,
            _ => self.none.clone(),
        };
        let slotnames = self.copyreg("_slotnames")?;
        let names = self.call(&slotnames, Args::positional(&[obj.class().clone()]))?;
        let names = self.collect_iterable(&names)?;
        if names.is_empty() {
            return Ok(state);
        }
        let slots = self.new_dict();
        for name in names {
            match self.get_attr(obj, &name) {
                Ok(v) => self.dict_set_item(&slots, name, v)?,
                Err(e) if self.exc_matches(&e.exc, "AttributeError") => {}
                Err(e) => return Err(e),
            }
        }
        if self.len(&slots)? == 0 {
            return Ok(state);
        }
        Ok(self.new_tuple(vec![state, slots]))
    }

    /// `(getattr, (owner, name))`: how a builtin method is rebuilt by name.
    pub(crate) fn reduce_by_getattr(&self, owner: Obj, name: &str) -> PyResult<Obj> {
        let getattr = self
            .dict_get_str(&self.builtins_dict(), "getattr")
            .ok_or_else(|| self.type_error("getattr is missing from builtins"))?;
        Ok(self.new_tuple(vec![
            getattr,
            self.new_tuple(vec![owner, self.new_str(name)]),
        ]))
    }

    fn cannot_pickle(&self, obj: &Obj) -> crate::runtime::errors::PyErr {
        self.type_error(format!("cannot pickle '{}' object", self.type_name(obj)))
    }
}
