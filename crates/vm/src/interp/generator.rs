//! Generators: a suspended frame resumed by `next`/`send`/`throw`/`close`.
//!
//! Invariants:
//! - `frame` is `Some` while the generator is suspended (or not started) and `None` while it
//!   runs (taken out, so re-entering it raises "generator already executing") and after it
//!   finished.
//! - `started` is false until the first resume; the first value sent must be None.

use crate::interp::eval::SendResult;
use crate::interp::frame::{Frame, FrameExit};
use crate::objects::*;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::{Cell, RefCell};

#[derive(Debug)]
pub struct PyGenerator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
    pub name: Obj,
    pub qualname: Obj,
    /// Its function's code object (`gi_code`), kept after the frame is gone.
    pub code: Obj,
    /// The exception being handled inside the generator while it is suspended in an `except`
    /// block (CPython's `gi_exc_state`): restored as the handled exception when it resumes,
    /// and never left behind for its caller.
    pub exc_state: RefCell<Option<Obj>>,
}

impl Trace for PyGenerator {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(Some(f)) = self.frame.try_borrow().as_deref() {
            f.trace(visit);
        }
        visit(&self.name);
        visit(&self.qualname);
        visit(&self.code);
        if let Ok(Some(e)) = self.exc_state.try_borrow().as_deref() {
            visit(e);
        }
    }
    fn clear(&self) {
        let old = self.frame.try_borrow_mut().map(|mut f| f.take());
        let exc = self.exc_state.try_borrow_mut().map(|mut e| e.take());
        drop((old, exc));
    }
}

impl Payload for PyGenerator {
    const NAME: &'static str = "generator";
    const IS_CONTAINER: bool = true;
    const HAS_FINALIZER: bool = true;

    /// PEP 442's `tp_finalize` for generators (`_PyGen_Finalize`): a generator suspended at a
    /// `yield` is closed, so its `finally` blocks and `with` exits run.
    fn finalize(this: &Obj) {
        let suspended = this
            .downcast_ref::<PyGenerator>()
            .is_some_and(|g| g.started.get() && !g.finished.get() && !g.running.get());
        if !suspended {
            return;
        }
        let Some(vm) = crate::runtime::finalize::current() else {
            return;
        };
        let saved = vm.handled_exception.borrow().clone();
        if let Err(e) = vm.gen_close(this) {
            vm.report_unraisable_object(&e, this);
        }
        drop(vm.handled_exception.replace(saved));
    }
}

impl PyGenerator {
    pub(crate) fn create(vm: &Vm, func: &Obj, frame: Box<Frame>) -> Obj {
        let (name, qualname) = match func.downcast_ref::<PyFunction>() {
            Some(f) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
            None => (vm.new_str("generator"), vm.new_str("generator")),
        };
        let code = frame.code.clone();
        Obj::new(
            vm.types.generator.clone(),
            PyGenerator {
                frame: RefCell::new(Some(frame)),
                code,
                started: Cell::new(false),
                running: Cell::new(false),
                finished: Cell::new(false),
                name,
                qualname,
                exc_state: RefCell::new(None),
            },
        )
    }
}

/// What to resume a generator with.
pub(crate) enum Resume {
    Send(Obj),
    Throw(PyErr),
}

impl Vm {
    /// Resume `gen`: Ok(Some(v)) when it yields v, Ok(None) plus the return value when it
    /// returns (as `Err(StopIteration)` is what callers usually want, see `gen_send`).
    pub(crate) fn gen_resume(&self, gen_obj: &Obj, how: Resume) -> PyResult<SendResult> {
        let gen = gen_obj
            .downcast_ref::<PyGenerator>()
            .expect("gen_resume got a generator");
        if gen.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let frame = gen.frame.borrow_mut().take();
        let Some(mut frame) = frame else {
            return match how {
                Resume::Throw(e) => Err(e),
                Resume::Send(_) => Ok(SendResult::Returned(self.none.clone())),
            };
        };
        let first = !gen.started.get();
        match &how {
            Resume::Send(v) if first && !self.is_none(v) => {
                drop(gen.frame.replace(Some(frame)));
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
            _ => {}
        }
        gen.started.set(true);
        gen.running.set(true);
        let _guard = match self.enter_recursion() {
            Ok(g) => g,
            Err(e) => {
                gen.running.set(false);
                drop(gen.frame.replace(Some(frame)));
                return Err(e);
            }
        };
        // The generator's own handled exception (if it is suspended in an `except` block) is
        // the handled one while it runs; the caller's comes back afterwards.
        let own = gen.exc_state.borrow_mut().take();
        let caller = match own {
            Some(e) => self.handled_exception.replace(Some(e)),
            None => self.handled_exception.borrow().clone(),
        };
        let result = match how {
            Resume::Send(v) => {
                if !first {
                    frame.stack.push(v);
                }
                self.run_frame(&mut frame)
            }
            Resume::Throw(err) => {
                if first {
                    Err(err)
                } else {
                    self.throw_into(&mut frame, err)
                }
            }
        };
        gen.running.set(false);
        let inner = self.handled_exception.replace(caller);
        let frame = if matches!(result, Ok(FrameExit::Yield(_))) {
            Some(frame)
        } else {
            // The generator is done: its frame goes back to the pool (its references die in
            // a finished frame's order).
            self.recycle_frame(frame);
            None
        };
        match result {
            Ok(FrameExit::Yield(v)) => {
                if frame.as_ref().is_some_and(|f| f.in_except_handler()) {
                    drop(gen.exc_state.replace(inner));
                } else {
                    drop(inner);
                }
                drop(gen.frame.replace(frame));
                Ok(SendResult::Yielded(v))
            }
            Ok(FrameExit::Return(v)) => {
                gen.finished.set(true);
                Ok(SendResult::Returned(v))
            }
            Err(e) => {
                gen.finished.set(true);
                if self.exc_matches(&e.exc, "StopIteration") {
                    let err = self.runtime_error("generator raised StopIteration");
                    if let Some(p) = err.exc.downcast_ref::<PyException>() {
                        drop(p.cause.replace(Some(e.exc.clone())));
                        p.suppress_context.set(true);
                        drop(p.context.replace(Some(e.exc.clone())));
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// Raise `err` at the suspension point of `frame` (the instruction that yielded).
    fn throw_into(&self, frame: &mut Frame, err: PyErr) -> PyResult<FrameExit> {
        // If suspended in `yield from`, delegate the throw to the sub-iterator first.
        let at = frame.pc;
        let code = frame.pycode().code.clone();
        if matches!(
            code.instructions.get(at),
            Some(ouro_compiler::Instr::YieldFrom)
        ) {
            if let Some(sub) = frame.stack.last().cloned() {
                // GeneratorExit closes the sub-iterator, then is raised here (PEP 380).
                if self.exc_matches(&err.exc, "GeneratorExit") {
                    if let Err(e) = self.close_sub_iterator(&sub) {
                        return self.raise_in_frame(frame, e);
                    }
                    return self.raise_in_frame(frame, err);
                }
                let outcome = if sub.is::<PyGenerator>() {
                    self.gen_resume(&sub, Resume::Throw(err))
                } else {
                    // Another iterator takes the exception through its own `throw`, if any.
                    let Some(meth) = self.lookup_special(&sub, "throw") else {
                        return self.raise_in_frame(frame, err);
                    };
                    match self.call(&meth, Args::positional(std::slice::from_ref(&err.exc))) {
                        Ok(v) => Ok(SendResult::Yielded(v)),
                        Err(e) if self.exc_matches(&e.exc, "StopIteration") => {
                            let value = self.stop_iteration_value(&e.exc);
                            Ok(SendResult::Returned(
                                value.unwrap_or_else(|| self.none.clone()),
                            ))
                        }
                        Err(e) => Err(e),
                    }
                };
                return match outcome {
                    Ok(SendResult::Yielded(v)) => Ok(FrameExit::Yield(v)),
                    Ok(SendResult::Returned(v)) => {
                        frame.stack.pop();
                        frame.stack.push(v);
                        frame.pc = at + 1;
                        self.run_frame(frame)
                    }
                    Err(e) => self.raise_in_frame(frame, e),
                };
            }
        }
        self.raise_in_frame(frame, err)
    }

    /// Close the iterator a `yield from` delegates to (CPython's `gen_close_iter`): a
    /// generator is closed, another iterator's `close` is called if it has one.
    fn close_sub_iterator(&self, sub: &Obj) -> PyResult<()> {
        if sub.is::<PyGenerator>() {
            return self.gen_close(sub).map(drop);
        }
        if let Some(close) = self.lookup_special(sub, "close") {
            self.call(&close, Args::positional(&[]))?;
        }
        Ok(())
    }

    /// The value a StopIteration carries: its first argument, if any.
    pub(crate) fn stop_iteration_value(&self, exc: &Obj) -> Option<Obj> {
        let args = exc
            .downcast_ref::<PyException>()?
            .args_or(&self.empty_tuple);
        PyTuple::view(&args).and_then(|t| t.get(0))
    }

    /// Continue `frame` as if its current instruction raised `err`.
    fn raise_in_frame(&self, frame: &mut Frame, err: PyErr) -> PyResult<FrameExit> {
        // The resumed frame's "current instruction" is the yield; record it like CPython.
        let code = frame.code.clone();
        if let Some(p) = err.exc.downcast_ref::<PyException>() {
            p.traceback.borrow_mut().push(TracebackEntry {
                code,
                lasti: frame.lasti() as u32,
                frame_locals: Vec::new(),
            });
        }
        // The entry is recorded: let run_frame unwind it as a re-raise.
        frame.reraising = true;
        self.run_frame_after_error(frame, err)
    }

    /// `next(gen)`-style send used by `yield from` for any iterator.
    pub(crate) fn gen_send_to(&self, iter: &Obj, value: Obj) -> PyResult<SendResult> {
        if iter.is::<PyGenerator>() {
            return self.gen_resume(iter, Resume::Send(value));
        }
        let next = if self.is_none(&value) {
            self.next(iter)?
        } else {
            Some(self.call_method(iter, "send", &[value])?)
        };
        Ok(match next {
            Some(v) => SendResult::Yielded(v),
            None => SendResult::Returned(self.take_stop_value()),
        })
    }

    /// The value of the StopIteration that ended the last `next` (None for builtin iterators).
    pub(crate) fn take_stop_value(&self) -> Obj {
        self.last_stop_value
            .borrow_mut()
            .take()
            .unwrap_or_else(|| self.none.clone())
    }

    /// `gen.send(v)`: the yielded value, or StopIteration(return value).
    pub(crate) fn gen_send(&self, gen: &Obj, v: Obj) -> PyResult<Obj> {
        match self.gen_resume(gen, Resume::Send(v))? {
            SendResult::Yielded(y) => Ok(y),
            SendResult::Returned(r) => {
                Err(self.stop_iteration(if self.is_none(&r) { None } else { Some(r) }))
            }
        }
    }

    /// `gen.close()`: throw GeneratorExit; a generator that yields instead is an error.
    pub(crate) fn gen_close(&self, gen_obj: &Obj) -> PyResult<Obj> {
        let gen = gen_obj
            .downcast_ref::<PyGenerator>()
            .expect("gen_close got a generator");
        if !gen.started.get() || gen.frame.borrow().is_none() {
            gen.frame.borrow_mut().take();
            gen.finished.set(true);
            return Ok(self.none.clone());
        }
        let cls = self.exc_type("GeneratorExit");
        let exc = self.new_exception(&cls, vec![]);
        match self.gen_resume(gen_obj, Resume::Throw(PyErr { exc })) {
            Ok(SendResult::Yielded(_)) => {
                Err(self.runtime_error("generator ignored GeneratorExit"))
            }
            Ok(SendResult::Returned(v)) => Ok(v),
            Err(e)
                if self.exc_matches(&e.exc, "GeneratorExit")
                    || self.exc_matches(&e.exc, "StopIteration") =>
            {
                Ok(self.none.clone())
            }
            Err(e) => Err(e),
        }
    }
}
