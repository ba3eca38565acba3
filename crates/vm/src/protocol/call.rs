//! Calling objects: functions (argument binding with CPython's messages), builtins, bound
//! methods, classes and objects with `__call__`.

use crate::interp::frame::{Frame, FrameExit};
use crate::interp::generator::PyGenerator;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;
use std::cell::RefCell;

impl Vm {
    /// `callable(*args, **kwargs)`: the `call` slot of its class (`tp_call`).
    pub fn call(&self, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
        // The interpreter's specialised path for Python functions (CPython's CALL_PY_*).
        if let Some(f) = callable.downcast_ref::<PyFunction>() {
            return self.call_function(callable, f, args);
        }
        match self.call_slot(callable.class()) {
            Some(f) => f(self, callable, args),
            None => Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(callable)
            ))),
        }
    }

    /// CPython's "X.__new__(Y) is not safe, use Z.__new__()": the first builtin class in
    /// `cls`'s MRO has a `__new__` of its own that is not `owner`'s.
    fn unsafe_new(&self, owner: &Obj, cls: &Obj) -> Option<crate::runtime::errors::PyErr> {
        let t = cls.downcast_ref::<PyType>()?;
        // The first class whose `__new__` is not a Python override (CPython's "static base":
        // a heap type without one inherits its base's `tp_new`).
        let static_base = t.mro().into_iter().find(|c| {
            c.downcast_ref::<PyType>()
                .is_some_and(|ct| ct.builtin || ct.dict.borrow().get_str("__new__").is_none())
        })?;
        let effective = self.lookup_type(&static_base, "__new__")?;
        if self.builtin_new_owner(&effective)?.ptr_eq(owner) {
            return None;
        }
        Some(self.type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            self.type_name_of_type(owner),
            self.type_name_of_type(cls),
            self.type_name_of_type(&static_base)
        )))
    }

    /// The type whose constructor `f` is, when `f` is a builtin type's `__new__` (the builtin
    /// method bound to the type that [`Vm::add_new`] registers).
    pub(crate) fn builtin_new_owner<'a>(&self, f: &'a Obj) -> Option<&'a Obj> {
        let b = f.downcast_ref::<PyBuiltinFunction>()?;
        if b.name != "__new__" {
            return None;
        }
        b.self_.as_ref().filter(|t| t.is::<PyType>())
    }

    /// A builtin type's constructor (its `new` slot), called with the class first.
    pub(crate) fn native_new(&self, owner: &Obj, args: Args<'_>) -> PyResult<Obj> {
        match self.native_slots(owner).new {
            Some(new) => new(self, args),
            None => Err(self.type_error(format!(
                "cannot create '{}' instances",
                self.type_name_of_type(owner)
            ))),
        }
    }

    /// `f(*args, **kwargs)` with an argument tuple and keyword dict.
    pub fn call_ex(&self, func: &Obj, args: &Obj, kwargs: Option<&Obj>) -> PyResult<Obj> {
        // `f(*t)` with a tuple and no keywords: its items are the arguments, as they are.
        let no_keywords = kwargs.is_none_or(|kw| {
            kw.downcast_ref::<PyDict>()
                .is_some_and(|d| d.table.borrow().is_empty())
        });
        if no_keywords {
            if let Some(t) = PyTuple::view(args) {
                return self.call(func, Args::positional(t.items()));
            }
        }
        let mut values = match PyTuple::view(args) {
            Some(t) => t.to_vec(),
            None => self.collect_iterable(args)?,
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            if let Some(d) = kw.downcast_ref::<PyDict>() {
                for (k, v) in d.table.borrow().items() {
                    names.push(k);
                    values.push(v);
                }
            }
        }
        self.call(func, Args::new(&values, &names))
    }

    /// How a callable is named in argument errors: `f()` or `Cls.method()`.
    pub(crate) fn callable_name(&self, func: &Obj) -> String {
        if let Some(f) = func.downcast_ref::<PyFunction>() {
            return format!(
                "{}()",
                self.str_value(&f.qualname.borrow()).unwrap_or_default()
            );
        }
        if let Some(m) = func.downcast_ref::<PyBoundMethod>() {
            return self.callable_name(&m.func);
        }
        if let Some(b) = func.downcast_ref::<PyBuiltinFunction>() {
            return format!("{}()", b.name);
        }
        if let Some(t) = func.downcast_ref::<PyType>() {
            return format!("{}()", t.name());
        }
        format!("{} object", self.type_name(func))
    }

    pub(crate) fn new_function(
        &self,
        code: Obj,
        globals: Obj,
        defaults: Option<Obj>,
        kwdefaults: Option<Obj>,
        closure: Option<Obj>,
    ) -> Obj {
        let (name, qualname, doc) = {
            let c = code
                .downcast_ref::<PyCode>()
                .expect("MakeFunction takes a code object");
            (
                self.intern(&c.code.name),
                self.new_str(&*c.code.qualname),
                c.code
                    .docstring
                    .as_ref()
                    .map(|d| self.new_str(&**d))
                    .unwrap_or_else(|| self.none.clone()),
            )
        };
        let module = self
            .dict_get_str(&globals, "__name__")
            .unwrap_or_else(|| self.none.clone());
        let builtins = self.builtins_of(&globals);
        Obj::new(
            self.types.function.clone(),
            PyFunction {
                code,
                globals,
                builtins,
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                defaults: RefCell::new(defaults),
                kwdefaults: RefCell::new(kwdefaults),
                closure,
                dict: RefCell::new(None),
                module: RefCell::new(module),
                doc: RefCell::new(doc),
                annotate: RefCell::new(None),
                type_params: RefCell::new(None),
            },
        )
    }

    /// The builtins namespace of code running with `globals` (CPython's
    /// `_PyEval_BuiltinsFromGlobals`): their `__builtins__` (a dict, or a module's dict), else
    /// the interpreter's.
    pub(crate) fn builtins_of(&self, globals: &Obj) -> Obj {
        self.dict_get_str(globals, "__builtins__")
            .and_then(|b| {
                if b.is::<PyDict>() {
                    Some(b)
                } else {
                    b.downcast_ref::<PyModule>().map(|m| m.dict.clone())
                }
            })
            .unwrap_or_else(|| self.builtins_dict())
    }

    /// Build the frame for a call of `f`, binding (copies of) the arguments.
    pub(crate) fn function_frame(
        &self,
        func: &Obj,
        f: &PyFunction,
        args: Args<'_>,
    ) -> PyResult<Box<Frame>> {
        self.function_frame_owned(func, f, args.values.to_vec(), args.kwnames)
    }

    /// Build the frame for a call of `f`, moving the arguments into its locals (CPython's
    /// callee takes over the caller's stack references; no refcount traffic per argument).
    pub(crate) fn function_frame_owned(
        &self,
        func: &Obj,
        f: &PyFunction,
        values: Vec<Obj>,
        kwnames: &[Obj],
    ) -> PyResult<Box<Frame>> {
        let mut frame = self.function_frame_for(f);
        match self.bind_locals(func, f, values, kwnames, &mut frame) {
            Ok(()) => Ok(frame),
            Err(e) => {
                self.recycle_frame(frame);
                Err(e)
            }
        }
    }

    /// An empty frame for a call of `f`.
    #[inline(always)]
    fn function_frame_for(&self, f: &PyFunction) -> Box<Frame> {
        self.new_frame(
            f.code.clone(),
            f.globals.clone(),
            f.builtins.clone(),
            None,
            f.code().code.varnames.len(),
        )
    }

    /// Bind a call's arguments in `frame` (a frame of `f`): moved into its local slots, and
    /// its cells made.
    fn bind_locals(
        &self,
        func: &Obj,
        f: &PyFunction,
        values: Vec<Obj>,
        kwnames: &[Obj],
        frame: &mut Frame,
    ) -> PyResult<()> {
        let pycode = f.code();
        let code = &*pycode.code;
        self.bind_arguments(func, f, pycode, values, kwnames, &mut frame.fast)?;
        let cells = &mut frame.cells;
        for _ in &code.cellvars {
            cells.push(self.new_cell(None));
        }
        for &(ci, vi) in &code.cell_params {
            let v = frame.fast[vi as usize].take();
            if let Some(c) = cells[ci as usize].downcast_ref::<PyCell>() {
                drop(c.contents.replace(v));
            }
        }
        if let Some(closure) = &f.closure {
            if let Some(t) = PyTuple::view(closure) {
                cells.extend(t.items().iter().cloned());
            }
        }
        Ok(())
    }

    pub(crate) fn call_function(
        &self,
        func: &Obj,
        f: &PyFunction,
        args: Args<'_>,
    ) -> PyResult<Obj> {
        let mut values = self.take_values();
        values.extend_from_slice(args.values);
        self.call_function_owned(func, f, values, args.kwnames)
    }

    /// Call a Python function, moving `values` (positional then keyword values) into it.
    pub(crate) fn call_function_owned(
        &self,
        func: &Obj,
        f: &PyFunction,
        values: Vec<Obj>,
        kwnames: &[Obj],
    ) -> PyResult<Obj> {
        self.safe_point()?;
        let _guard = self.enter_recursion()?;
        let mut frame = self.function_frame_owned(func, f, values, kwnames)?;
        if f.code().code.flags.generator {
            return Ok(PyGenerator::create(self, func, frame));
        }
        let result = self.run_frame(&mut frame);
        self.recycle_frame(frame);
        match result? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Call a Python function with the top `n` values of `stack` as its positional
    /// arguments, moving them straight into the callee's slots when the function takes exactly
    /// `n` plain positional parameters (the common case); otherwise as `call_function_owned`.
    pub(crate) fn call_function_from_stack(
        &self,
        func: &Obj,
        f: &PyFunction,
        stack: &mut Vec<Obj>,
        n: usize,
    ) -> PyResult<Obj> {
        let code = &*f.code().code;
        let simple = code.argcount as usize == n
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkeywords
            && !code.flags.generator
            && code.cellvars.is_empty();
        if !simple {
            let mut args = self.take_values();
            args.extend(stack.drain(stack.len() - n..));
            return self.call_function_owned(func, f, args, &[]);
        }
        self.safe_point()?;
        let _guard = self.enter_recursion()?;
        let mut frame = self.function_frame_for(f);
        for slot in frame.fast[..n].iter_mut().rev() {
            *slot = stack.pop();
        }
        // A closure's cells (no cells of its own: those take the general path).
        if let Some(t) = f.closure.as_ref().and_then(PyTuple::view) {
            frame.cells.extend(t.items().iter().cloned());
        }
        let result = self.run_frame(&mut frame);
        self.recycle_frame(frame);
        match result? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    fn bind_arguments(
        &self,
        func: &Obj,
        f: &PyFunction,
        pycode: &PyCode,
        mut values: Vec<Obj>,
        kwnames: &[Obj],
        fast: &mut [Option<Obj>],
    ) -> PyResult<()> {
        let code = &*pycode.code;
        if kwnames.is_empty()
            && values.len() == code.argcount as usize
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkeywords
        {
            // Exactly the positional parameters: each argument moves into its slot.
            for (slot, v) in fast.iter_mut().zip(values.drain(..)) {
                *slot = Some(v);
            }
            self.give_values(values);
            return Ok(());
        }
        let npos = values.len() - kwnames.len();
        let name = || self.callable_name(func);
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let total_params = argcount + kwonly;
        let mut varargs_slot = None;
        let mut varkw_slot = None;
        let mut next = total_params;
        if code.flags.varargs {
            varargs_slot = Some(next);
            next += 1;
        }
        if code.flags.varkeywords {
            varkw_slot = Some(next);
        }
        // Positional arguments, moved into their slots, then the keyword values, in order
        // (one pass over the vector, which then goes back to the pool).
        if varargs_slot.is_none() && npos > argcount {
            return Err(self.too_many_positional(f, &name(), npos, kwnames));
        }
        let n = npos.min(argcount);
        let mut args = values.drain(..);
        for slot in fast.iter_mut().take(n) {
            *slot = args.next();
        }
        if let Some(vs) = varargs_slot {
            fast[vs] = Some(self.new_tuple(args.by_ref().take(npos - n).collect()));
        }
        // Keyword arguments.
        let kwdict = varkw_slot.map(|_| self.new_dict());
        let mut posonly_as_kw = Vec::new();
        let params = &pycode.varnames[..total_params];
        for (k, v) in kwnames.iter().zip(args.by_ref()) {
            let kname = || self.str_value(k).unwrap_or_default();
            // The name object itself (an identifier in the caller's code is the same interned
            // str), else an equal str.
            let idx = params.iter().position(|vn| vn.ptr_eq(k)).or_else(|| {
                let ks = PyStr::view(k)?.as_str();
                params
                    .iter()
                    .position(|vn| PyStr::view(vn).is_some_and(|s| s.as_str() == ks))
            });
            match idx {
                Some(i) if i >= posonly => {
                    if fast[i].is_some() {
                        return Err(self.type_error(format!(
                            "{} got multiple values for argument '{}'",
                            name(),
                            kname()
                        )));
                    }
                    fast[i] = Some(v);
                }
                _ => match &kwdict {
                    Some(d) => {
                        self.dict_set_item(d, k.clone(), v)?;
                    }
                    None => {
                        if idx.is_some() {
                            posonly_as_kw.push(kname());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{} got an unexpected keyword argument '{}'",
                            name(),
                            kname()
                        )));
                    }
                },
            }
        }
        drop(args);
        self.give_values(values);
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{} got some positional-only arguments passed as keyword arguments: '{}'",
                name(),
                posonly_as_kw.join(", ")
            )));
        }
        if let (Some(slot), Some(d)) = (varkw_slot, kwdict) {
            fast[slot] = Some(d);
        }
        // Defaults for missing positional parameters.
        let defaults_tuple = f.defaults.borrow().clone();
        let defaults: &[Obj] = defaults_tuple
            .as_ref()
            .and_then(PyTuple::view)
            .map_or(&[], |t| t.items());
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&name(), "positional", &missing));
        }
        // Keyword-only defaults.
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for (i, slot) in fast
            .iter_mut()
            .enumerate()
            .take(total_params)
            .skip(argcount)
        {
            if slot.is_none() {
                let d = match &kwdefaults {
                    Some(kd) => self.dict_get_item(kd, &pycode.varnames[i])?,
                    None => None,
                };
                match d {
                    Some(v) => *slot = Some(v),
                    None => missing.push(code.varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&name(), "keyword-only", &missing));
        }
        Ok(())
    }

    fn too_many_positional(
        &self,
        f: &PyFunction,
        name: &str,
        given: usize,
        kwnames: &[Obj],
    ) -> crate::runtime::errors::PyErr {
        let code = &*f.code().code;
        let argcount = code.argcount as usize;
        let ndefaults = f
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| PyTuple::view(d).map(|t| t.len()))
            .unwrap_or(0);
        let kwonly_given = kwnames
            .iter()
            .filter(|k| {
                let k = self.str_value(k).unwrap_or_default();
                code.varnames[argcount..(argcount + code.kwonlyargcount as usize)]
                    .iter()
                    .any(|v| **v == *k)
            })
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            argcount.to_string()
        };
        let plural = if argcount == 1 && ndefaults == 0 {
            ""
        } else {
            "s"
        };
        let given_s = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{given} {}",
                if given == 1 {
                    "was given"
                } else {
                    "were given"
                }
            )
        };
        self.type_error(format!(
            "{name} takes {takes} positional argument{plural} but {given_s}"
        ))
    }

    fn missing_arguments(
        &self,
        name: &str,
        kind: &str,
        missing: &[String],
    ) -> crate::runtime::errors::PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let n = missing.len();
        self.type_error(format!(
            "{name} missing {n} required {kind} argument{}: {list}",
            if n == 1 { "" } else { "s" }
        ))
    }
}

// ---- the call slots of the callable builtin types (registered in types/function.rs) -------

/// `tp_call` of a builtin function or a builtin method bound to its receiver.
pub(crate) fn builtin_function_call(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let b = crate::protocol::slots::slot_payload::<PyBuiltinFunction>(vm, callable)?;
    match &b.self_ {
        Some(s) => {
            let mut all = Vec::with_capacity(args.values.len() + 1);
            all.push(s.clone());
            all.extend_from_slice(args.values);
            (b.func)(vm, Args::new(&all, args.kwnames))
        }
        None => (b.func)(vm, args),
    }
}

/// `tp_call` of a bound method: the function with the receiver first.
pub(crate) fn method_call(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let m = crate::protocol::slots::slot_payload::<PyBoundMethod>(vm, callable)?;
    if let Some(f) = m.func.downcast_ref::<PyFunction>() {
        let mut all = vm.take_values();
        all.push(m.self_.clone());
        all.extend_from_slice(args.values);
        return vm.call_function_owned(&m.func, f, all, args.kwnames);
    }
    let mut all = Vec::with_capacity(args.values.len() + 1);
    all.push(m.self_.clone());
    all.extend_from_slice(args.values);
    vm.call(&m.func, Args::new(&all, args.kwnames))
}

/// `tp_call` of a method, class-method or slot-wrapper descriptor: checks the receiver.
pub(crate) fn method_descr_call(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let m = crate::protocol::slots::slot_payload::<PyMethodDescr>(vm, callable)?;
    if args.pos().is_empty() && m.is_slot_wrapper() {
        return Err(vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            m.name,
            vm.type_name_of_type(&m.owner)
        )));
    }
    if args.pos().is_empty() {
        return Err(vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            vm.type_name_of_type(&m.owner),
            m.name
        )));
    }
    // An unbound builtin method checks its receiver (`list.append(1, 2)` is an error,
    // never a wrong downcast).
    let receiver = &args.pos()[0];
    if m.is_slot_wrapper() && !vm.isinstance(receiver, &m.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            m.name,
            vm.type_name_of_type(&m.owner),
            vm.type_name(receiver)
        )));
    } else if !m.classmethod && !vm.isinstance(receiver, &m.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            vm.type_name_of_type(&m.owner),
            vm.type_name(receiver)
        )));
    }
    m.invoke(vm, args)
}

/// A builtin type's `__new__`, bound to the type (CPython's `tp_new_wrapper`): `args` are
/// the type, then the class to instantiate, which must be a subtype whose nearest builtin
/// class uses this very constructor (`int.__new__(bool)` would skip bool's own).
pub(crate) fn tp_new_wrapper(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let pos = args.pos();
    let Some(owner) = pos.first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    let name = vm.type_name_of_type(owner);
    let Some(cls) = pos.get(1) else {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    if !cls.is::<PyType>() {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if !vm.is_subtype(cls, owner) {
        let sub = vm.type_name_of_type(cls);
        return Err(vm.type_error(format!(
            "{name}.__new__({sub}): {sub} is not a subtype of {name}"
        )));
    }
    if let Some(err) = vm.unsafe_new(owner, cls) {
        return Err(err);
    }
    vm.native_new(owner, Args::new(&args.values[1..], args.kwnames))
}

/// `tp_call` of a slot wrapper bound to its receiver.
pub(crate) fn method_wrapper_call(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let w = crate::protocol::slots::slot_payload::<PyMethodWrapper>(vm, callable)?;
    let mut all = Vec::with_capacity(args.values.len() + 1);
    all.push(w.self_.clone());
    all.extend_from_slice(args.values);
    match w.descr.downcast_ref::<PyMethodDescr>() {
        Some(m) => m.invoke(vm, Args::new(&all, args.kwnames)),
        None => vm.call(&w.descr, Args::new(&all, args.kwnames)),
    }
}

/// `tp_call` of a Python function (reached through `function.__call__`; `Vm::call` takes the
/// specialised path first).
pub(crate) fn function_call(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let f = crate::protocol::slots::slot_payload::<PyFunction>(vm, callable)?;
    vm.call_function(callable, f, args)
}

/// `tp_call` of a class: `type.__call__` (new, then init), or a metaclass's override.
pub(crate) fn type_call_slot(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    vm.type_call(callable, args)
}

/// `tp_call` of a staticmethod (callable since 3.10): its function.
pub(crate) fn staticmethod_call(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let s = crate::protocol::slots::slot_payload::<PyStaticMethod>(vm, callable)?;
    vm.call(&s.func(), args)
}

/// The generic `tp_call` of a class with `__call__` (CPython's slot_tp_call).
pub(crate) fn slot_call(vm: &Vm, callable: &Obj, args: Args<'_>) -> PyResult<Obj> {
    let Some(call) = vm.lookup_type(callable.class(), "__call__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not callable",
            vm.type_name(callable)
        )));
    };
    // `C.__call__ = C()` makes the call chase itself: CPython's slot_tp_call counts
    // each step as a level of native recursion.
    let _native = vm.enter_recursion_while("while calling a Python object")?;
    if call.is::<PyFunction>() || call.is::<PyMethodDescr>() || call.is::<PyBuiltinFunction>() {
        let mut all = Vec::with_capacity(args.values.len() + 1);
        all.push(callable.clone());
        all.extend_from_slice(args.values);
        return vm.call(&call, Args::new(&all, args.kwnames));
    }
    // Anything else is bound by its own `__get__`, if it has one, and called as is.
    let bound = vm.descr_get(call, Some(callable), &callable.class().clone())?;
    vm.call(&bound, args)
}
