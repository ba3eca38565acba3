//! `__annotations__` of functions, classes and modules (PEP 649): computed on first access by
//! calling `__annotate__`, then cached in the owner's namespace.

use crate::interp::frame::FrameExit;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

impl Vm {
    /// Run an `__annotate__` function with `locals` as its namespace (a class body's names are
    /// visible to its annotations).
    fn call_annotate(&self, annotate: &Obj, locals: Option<Obj>) -> PyResult<Obj> {
        let Some(f) = annotate.downcast_ref::<PyFunction>() else {
            return self.call(annotate, Args::positional(&[self.new_int(1)]));
        };
        let _guard = self.enter_recursion()?;
        let mut frame = self.function_frame(annotate, f, Args::positional(&[self.new_int(1)]))?;
        frame.locals = Some(locals.unwrap_or_else(|| f.globals.clone()));
        let result = self.run_frame(&mut frame);
        self.recycle_frame(frame);
        match result? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// `function.__annotations__`.
    pub(crate) fn function_annotations(&self, func: &Obj) -> PyResult<Obj> {
        let Some(f) = func.downcast_ref::<PyFunction>() else {
            return Ok(self.new_dict());
        };
        let dict = self.instance_dict(func).unwrap_or_else(|| self.new_dict());
        if let Some(a) = self.dict_get_str(&dict, "__annotations__") {
            return Ok(a);
        }
        let annotate = f.annotate.borrow().clone();
        let value = match annotate {
            Some(a) => self.call_annotate(&a, None)?,
            None => self.new_dict(),
        };
        self.dict_set_str(&dict, "__annotations__", value.clone());
        Ok(value)
    }

    /// `cls.__annotations__`: the class's own annotations (not inherited ones).
    pub(crate) fn class_annotations(&self, cls: &Obj) -> PyResult<Obj> {
        if let Some(a) = self.lookup_type_own(cls, "__annotations__") {
            return Ok(a);
        }
        let value = match self.lookup_type_own(cls, "__annotate__") {
            Some(annotate) => {
                let ns = self.new_dict();
                if let Some(t) = cls.downcast_ref::<PyType>() {
                    for (k, v) in t.dict.borrow().items() {
                        self.dict_set_item(&ns, k, v)?;
                    }
                }
                self.call_annotate(&annotate, Some(ns))?
            }
            None => self.new_dict(),
        };
        let builtin = cls.downcast_ref::<PyType>().is_some_and(|t| t.builtin);
        if !builtin {
            self.type_dict_set(cls, "__annotations__", value.clone());
        }
        Ok(value)
    }

    /// `module.__annotations__`.
    pub(crate) fn module_annotations(&self, dict: &Obj) -> PyResult<Obj> {
        if let Some(a) = self.dict_get_str(dict, "__annotations__") {
            return Ok(a);
        }
        let value = match self.dict_get_str(dict, "__annotate__") {
            Some(annotate) => self.call_annotate(&annotate, Some(dict.clone()))?,
            None => self.new_dict(),
        };
        self.dict_set_str(dict, "__annotations__", value.clone());
        Ok(value)
    }
}
