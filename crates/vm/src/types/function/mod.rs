//! Code objects, functions, methods and cells.

use crate::runtime::vm::Vm;
use crate::PyResult;
use ouro_compiler::CodeObject;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::RefCell;
use std::rc::Rc;

/// A compiled code object with its constants and names turned into objects.
#[derive(Debug)]
pub struct PyCode {
    pub code: Rc<CodeObject>,
    pub consts: Box<[Obj]>,
    /// `code.names` as interned str objects.
    pub names: Box<[Obj]>,
    /// `code.varnames` as interned str objects (for keyword argument binding).
    pub varnames: Box<[Obj]>,
    /// One attribute inline cache per instruction (see `inline_cache.rs`).
    pub inline_caches: crate::interp::inline_cache::InlineCaches,
}

impl Trace for PyCode {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.consts.iter().for_each(&mut *visit);
        self.names.iter().for_each(&mut *visit);
        self.varnames.iter().for_each(&mut *visit);
    }
}

impl Payload for PyCode {
    const NAME: &'static str = "code";
}

/// A Python function.
#[derive(Debug)]
pub struct PyFunction {
    pub code: Obj,
    pub globals: Obj,
    /// The builtins namespace its frames use, found from `globals` when the function was made
    /// (CPython's `func_builtins`), so a call does not look `__builtins__` up.
    pub builtins: Obj,
    pub name: RefCell<Obj>,
    pub qualname: RefCell<Obj>,
    pub defaults: RefCell<Option<Obj>>,
    pub kwdefaults: RefCell<Option<Obj>>,
    pub closure: Option<Obj>,
    pub dict: RefCell<Option<Obj>>,
    pub module: RefCell<Obj>,
    pub doc: RefCell<Obj>,
    /// `__annotate__`: builds `__annotations__` on first use (PEP 649).
    pub annotate: RefCell<Option<Obj>>,
    /// `__type_params__` once set (None reads as `()`).
    pub type_params: RefCell<Option<Obj>>,
}

impl PyFunction {
    pub fn code(&self) -> &PyCode {
        self.code
            .downcast_ref::<PyCode>()
            .expect("a function's code is a code object")
    }
}

impl Trace for PyFunction {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        for cell in [&self.name, &self.qualname, &self.module, &self.doc] {
            if let Ok(o) = cell.try_borrow() {
                visit(&o);
            }
        }
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.dict,
            &self.annotate,
            &self.type_params,
        ] {
            if let Ok(Some(o)) = cell.try_borrow().as_deref() {
                visit(o);
            }
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
    }
    fn clear(&self) {
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.dict,
            &self.annotate,
            &self.type_params,
        ] {
            let old = cell.try_borrow_mut().map(|mut o| o.take());
            drop(old);
        }
        // `__doc__` and `__module__` may be anything (`f.__doc__ = f`); CPython's `func_clear`
        // sets them NULL. They hold a plain value, so put the name (always a str, which can
        // be part of no cycle) in their place: the function is garbage and never read again.
        if let Ok(name) = self.name.try_borrow().map(|n| n.clone()) {
            for cell in [&self.doc, &self.module] {
                let old = cell
                    .try_borrow_mut()
                    .map(|mut o| std::mem::replace(&mut *o, name.clone()));
                drop(old);
            }
        }
    }
}

impl Payload for PyFunction {
    const NAME: &'static str = "function";
    const IS_CONTAINER: bool = true;
}

/// Arguments of a call: positional values followed by keyword values, `kwnames` naming the
/// last `kwnames.len()` values (CPython's vectorcall convention).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Obj],
    pub kwnames: &'a [Obj],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Obj], kwnames: &'a [Obj]) -> Args<'a> {
        Args { values, kwnames }
    }

    pub fn positional(values: &'a [Obj]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [Obj] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Obj, &'a Obj)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.values[start..])
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// The Rust signature of every builtin function and method.
pub type NativeFn = fn(&Vm, Args<'_>) -> PyResult<Obj>;

/// A builtin function, or a builtin method bound to `self_`.
#[derive(Debug)]
pub struct PyBuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a bound builtin method: the receiver, passed as the first argument.
    pub self_: Option<Obj>,
    /// Module name (for repr) or the owning type's name.
    pub owner: &'static str,
    /// CPython's METH_STATIC (`str.maketrans`): bound to its type (`self_`, which the call
    /// passes and the repr names) but showing no `__self__`.
    pub static_method: bool,
}

impl Trace for PyBuiltinFunction {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
    }
}

impl Payload for PyBuiltinFunction {
    const NAME: &'static str = "builtin_function_or_method";
    const IS_CONTAINER: bool = true;
}

/// What calling a [`PyMethodDescr`] runs.
#[derive(Clone, Copy, Debug)]
pub enum DescrFunc {
    /// A builtin method (`list.append`): the receiver is the first argument.
    Method(NativeFn),
    /// A slot wrapper (`list.__len__`, `int.__add__`): it is given the type that defines it,
    /// whose native slot function it runs (CPython's `wrapperbase` + `d_wrapped`).
    Slot(SlotWrapperFn),
    /// A slot wrapper whose native function takes the method calling convention (`__init__`,
    /// `__index__`, `__int__`, `__float__`: CPython's `tp_init`/`nb_index`/... wrappers, which
    /// the VM reaches by looking the dunder up).
    Wrapper(NativeFn),
}

/// The Rust signature of a slot wrapper: the defining type, then the arguments (receiver first).
pub type SlotWrapperFn = fn(&Vm, &Obj, Args<'_>) -> PyResult<Obj>;

/// A builtin method stored in a type's dict: `method_descriptor` (`list.append`),
/// `classmethod_descriptor` (`dict.fromkeys`) or `wrapper_descriptor` (`list.__len__`).
/// Binding it to an instance yields a [`PyBuiltinFunction`] with `self_` set, or for a slot
/// wrapper a [`PyMethodWrapper`].
#[derive(Debug)]
pub struct PyMethodDescr {
    pub name: &'static str,
    pub func: DescrFunc,
    pub owner: Obj,
    /// Class methods of builtin types (`dict.fromkeys`) bind to the class.
    pub classmethod: bool,
}

impl PyMethodDescr {
    /// A wrapper of a type slot (CPython's `wrapper_descriptor`).
    pub fn is_slot_wrapper(&self) -> bool {
        matches!(self.func, DescrFunc::Slot(_) | DescrFunc::Wrapper(_))
    }

    /// Run the method with the receiver as the first argument (already checked).
    pub fn invoke(&self, vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
        match self.func {
            DescrFunc::Method(f) | DescrFunc::Wrapper(f) => f(vm, args),
            DescrFunc::Slot(f) => f(vm, &self.owner, args),
        }
    }
}

impl Trace for PyMethodDescr {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.owner);
    }
}

impl Payload for PyMethodDescr {
    const NAME: &'static str = "method_descriptor";
    const IS_CONTAINER: bool = true;
}

/// A slot wrapper bound to an instance (`[].__len__`: CPython's `method-wrapper`).
#[derive(Debug)]
pub struct PyMethodWrapper {
    /// The `wrapper_descriptor` (a [`PyMethodDescr`] whose function is a slot wrapper).
    pub descr: Obj,
    pub self_: Obj,
}

impl Trace for PyMethodWrapper {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.descr);
        visit(&self.self_);
    }
}

impl Payload for PyMethodWrapper {
    const NAME: &'static str = "method-wrapper";
    const IS_CONTAINER: bool = true;
}

/// A Python function bound to an instance.
#[derive(Debug)]
pub struct PyBoundMethod {
    pub func: Obj,
    pub self_: Obj,
}

impl Trace for PyBoundMethod {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

impl Payload for PyBoundMethod {
    const NAME: &'static str = "method";
    const IS_CONTAINER: bool = true;
}

/// A closure cell.
#[derive(Debug, Default)]
pub struct PyCell {
    pub contents: RefCell<Option<Obj>>,
}

impl Trace for PyCell {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(Some(o)) = self.contents.try_borrow().as_deref() {
            visit(o);
        }
    }
    fn clear(&self) {
        let old = self.contents.try_borrow_mut().map(|mut o| o.take());
        drop(old);
    }
}

impl Payload for PyCell {
    const NAME: &'static str = "cell";
    const IS_CONTAINER: bool = true;
}

mod methods;
mod new;
pub(crate) use methods::*;
pub(crate) use new::*;
