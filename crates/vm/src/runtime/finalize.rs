//! Running `__del__` when the memory crate finalizes an instance.
//!
//! Invariant: the thread's current VM is registered here for as long as Python code can run
//! (`install`/`uninstall`); objects dying when no VM is installed are freed without running
//! `__del__` (CPython likewise skips finalizers after interpreter teardown).

use crate::objects::*;
use crate::runtime::vm::Vm;
use ouro_memory::weakref::CallbackCause;
use ouro_memory::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static CURRENT: RefCell<Option<Rc<Vm>>> = const { RefCell::new(None) };
}

pub(crate) fn install(vm: Rc<Vm>) {
    CURRENT.with(|c| *c.borrow_mut() = Some(vm));
    ouro_memory::weakref::set_callback_runner(Some(run_weakref_callback));
}

/// The memory crate's weakref callback runner: `callback(weakref)`, exceptions reported as
/// CPython 3.14 words them for a refcount death or a collection.
fn run_weakref_callback(weakref: &Obj, callback: &Obj, cause: CallbackCause) {
    let Some(vm) = current() else { return };
    let saved = vm.handled_exception.borrow().clone();
    if let Err(e) = vm.call(callback, Args::positional(std::slice::from_ref(weakref))) {
        let what = match cause {
            CallbackCause::RefcountDeath => "Exception ignored while calling weakref callback",
            CallbackCause::Collection => "Exception ignored on calling weakref callback",
        };
        vm.report_unraisable(&e, what, Some(callback));
    }
    drop(vm.handled_exception.replace(saved));
}

pub(crate) fn uninstall() -> Option<Rc<Vm>> {
    CURRENT.with(|c| c.borrow_mut().take())
}

pub(crate) fn current() -> Option<Rc<Vm>> {
    CURRENT.with(|c| c.borrow().clone())
}

/// Called by `PyInstance`'s finalizer: run `type(obj).__del__(obj)` if it exists. Exceptions
/// are reported as CPython's "Exception ignored while calling deallocator" and swallowed.
pub(crate) fn run_del(obj: &Obj) {
    let Some(vm) = current() else { return };
    let cls = obj.class();
    let epoch = vm.type_epoch.get();
    let cached = cls.downcast_ref::<PyType>().map(|t| t.has_del.get());
    if cached.is_some_and(|(e, has)| e == epoch && !has) {
        return;
    }
    let del = vm
        .lookup_special_name(cls, &crate::protocol::attr::DEL)
        .filter(|d| !d.is::<PyMethodDescr>());
    if let Some(t) = cls.downcast_ref::<PyType>() {
        t.has_del.set((epoch, del.is_some()));
    }
    let Some(del) = del else { return };
    // The handled exception and a pending StopIteration value must survive the call.
    let saved = vm.handled_exception.borrow().clone();
    if let Err(e) = vm.call(&del, Args::positional(std::slice::from_ref(obj))) {
        vm.report_unraisable(
            &e,
            "Exception ignored while calling deallocator",
            Some(&del),
        );
    }
    drop(vm.handled_exception.replace(saved));
}
