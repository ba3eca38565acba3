//! The interpreter loop.
//!
//! `run_frame` drives `execute`, which runs instructions until the frame returns, yields or
//! raises. On an exception `run_frame` records a traceback entry (unless the instruction was
//! a re-raise), unwinds the frame's block stack to the innermost handler and resumes there,
//! or returns the exception to the caller when no handler is left.

use crate::interp::frame::{Block, BlockKind, Frame, FrameExit};
use crate::interp::inline_cache::CacheKind;
use crate::objects::*;
use crate::protocol::slots::compare::ordering_holds;
use crate::protocol::slots::number::small_int_op;
use crate::runtime::errors::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::{format_value, make_function, Instr, UnaryOperator};
use ouro_memory::Obj;

impl Vm {
    pub(crate) fn run_frame(&self, frame: &mut Frame) -> PyResult<FrameExit> {
        self.run_frame_from(frame, None)
    }

    /// Resume `frame` as if its current instruction had raised `err` (generator `throw`).
    pub(crate) fn run_frame_after_error(
        &self,
        frame: &mut Frame,
        err: PyErr,
    ) -> PyResult<FrameExit> {
        self.run_frame_from(frame, Some(err))
    }

    fn run_frame_from(&self, frame: &mut Frame, pending: Option<PyErr>) -> PyResult<FrameExit> {
        self.frame_stack
            .borrow_mut()
            .push((frame.globals.clone(), frame.locals.clone()));
        let result = self.run_frame_loop(frame, pending);
        self.frame_stack.borrow_mut().pop();
        result
    }

    fn run_frame_loop(&self, frame: &mut Frame, mut pending: Option<PyErr>) -> PyResult<FrameExit> {
        loop {
            let result = match pending.take() {
                Some(e) => Err(e),
                None => self.execute(frame),
            };
            match result {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    if !std::mem::take(&mut frame.reraising) {
                        let p = err.payload();
                        p.traceback.borrow_mut().push(TracebackEntry {
                            code: frame.code.clone(),
                            lasti: frame.lasti() as u32,
                            frame_locals: Vec::new(),
                        });
                    }
                    if !self.unwind(frame, &err.exc) {
                        self.keep_frame_alive(frame, &err);
                        return Err(err);
                    }
                }
            }
        }
    }

    /// The exception leaves `frame`: its traceback entry for the frame takes the locals, as
    /// CPython's traceback keeps the frame object alive.
    fn keep_frame_alive(&self, frame: &mut Frame, err: &PyErr) {
        let p = err.payload();
        let mut tb = p.traceback.borrow_mut();
        if let Some(entry) = tb.iter_mut().rev().find(|e| e.code.ptr_eq(&frame.code)) {
            let fast = std::mem::take(&mut frame.fast);
            entry.frame_locals.extend(fast.into_iter().rev().flatten());
            entry.frame_locals.append(&mut frame.cells);
        }
    }

    /// Unwind to the innermost handler block; false when the frame has none left.
    fn unwind(&self, frame: &mut Frame, exc: &Obj) -> bool {
        while let Some(block) = frame.blocks.pop() {
            frame.stack.truncate(block.depth);
            match block.kind {
                BlockKind::Handler { handler } => {
                    let previous = self.handled_exception.replace(Some(exc.clone()));
                    frame.blocks.push(Block {
                        kind: BlockKind::ExceptHandler { previous },
                        depth: block.depth,
                    });
                    frame.stack.push(exc.clone());
                    frame.pc = handler as usize;
                    return true;
                }
                BlockKind::ExceptHandler { previous } => {
                    drop(self.handled_exception.replace(previous));
                }
            }
        }
        false
    }

    fn execute(&self, frame: &mut Frame) -> PyResult<FrameExit> {
        let code_obj = frame.code.clone();
        let pycode = code_obj
            .downcast_ref::<PyCode>()
            .expect("a frame's code is a code object");
        let code = &*pycode.code;
        let instrs = &code.instructions[..];
        macro_rules! pop {
            () => {
                frame.stack.pop().expect("value stack underflow")
            };
        }
        macro_rules! top {
            () => {
                frame.stack.last().expect("value stack underflow")
            };
        }
        loop {
            let pc = frame.pc;
            frame.pc = pc + 1;
            match instrs[pc] {
                Instr::Nop => {}
                Instr::Pop => {
                    pop!();
                }
                Instr::Copy(n) => {
                    let v = frame.stack[frame.stack.len() - n as usize].clone();
                    frame.stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - n as usize);
                }
                Instr::LoadConst(i) => frame.stack.push(pycode.consts[i as usize].clone()),
                Instr::LoadFast(i) => match &frame.fast[i as usize] {
                    Some(v) => {
                        let v = v.clone();
                        frame.stack.push(v)
                    }
                    None => {
                        let name = &code.varnames[i as usize];
                        return Err(self.new_error(
                            "UnboundLocalError",
                            format!(
                                "cannot access local variable '{name}' where it is not associated with a value"
                            ),
                        ));
                    }
                },
                Instr::StoreFast(i) => {
                    let v = pop!();
                    // Drop the old value after the store: its __del__ may run.
                    let old = frame.fast[i as usize].replace(v);
                    drop(old);
                }
                Instr::DeleteFast(i) => {
                    if frame.fast[i as usize].take().is_none() {
                        let name = &code.varnames[i as usize];
                        return Err(self.new_error(
                            "UnboundLocalError",
                            format!(
                                "cannot access local variable '{name}' where it is not associated with a value"
                            ),
                        ));
                    }
                }
                Instr::LoadDeref(i) => {
                    let cell = frame.cells[i as usize].clone();
                    let v = cell
                        .downcast_ref::<PyCell>()
                        .and_then(|c| c.contents.borrow().clone());
                    match v {
                        Some(v) => frame.stack.push(v),
                        None => return Err(self.unbound_deref(code, i)),
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    let cell = &frame.cells[i as usize];
                    let old = cell
                        .downcast_ref::<PyCell>()
                        .and_then(|c| c.contents.borrow_mut().replace(v));
                    drop(old);
                }
                Instr::DeleteDeref(i) => {
                    let cell = frame.cells[i as usize].clone();
                    let old = cell
                        .downcast_ref::<PyCell>()
                        .and_then(|c| c.contents.borrow_mut().take());
                    if old.is_none() {
                        return Err(self.unbound_deref(code, i));
                    }
                }
                Instr::LoadClosure(i) => frame.stack.push(frame.cells[i as usize].clone()),
                Instr::LoadClassDeref(i) => {
                    let cellvars = code.cellvars.len();
                    let name = if (i as usize) < cellvars {
                        &code.cellvars[i as usize]
                    } else {
                        &code.freevars[i as usize - cellvars]
                    };
                    let from_locals = match &frame.locals {
                        Some(l) => self.mapping_get_str(l, name)?,
                        None => None,
                    };
                    match from_locals {
                        Some(v) => frame.stack.push(v),
                        None => {
                            let cell = frame.cells[i as usize].clone();
                            let v = cell
                                .downcast_ref::<PyCell>()
                                .and_then(|c| c.contents.borrow().clone());
                            match v {
                                Some(v) => frame.stack.push(v),
                                None => return Err(self.unbound_deref(code, i)),
                            }
                        }
                    }
                }
                Instr::LoadGlobal(i) => {
                    let name = &pycode.names[i as usize];
                    let cache = &pycode.inline_caches[pc];
                    let v =
                        match self.cached_load_global(cache, &frame.globals, &frame.builtins, name)
                        {
                            Some(v) => v,
                            None => {
                                let v = self.load_global(frame, name)?;
                                self.fill_global_cache(
                                    cache,
                                    &frame.globals,
                                    &frame.builtins,
                                    name,
                                );
                                v
                            }
                        };
                    frame.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    let name = pycode.names[i as usize].clone();
                    self.dict_set_item(&frame.globals, name, v)?;
                }
                Instr::DeleteGlobal(i) => {
                    let name = pycode.names[i as usize].clone();
                    if !self.dict_del_item_opt(&frame.globals, &name)? {
                        return Err(self.name_error(&code.names[i as usize], None));
                    }
                }
                Instr::LoadName(i)
                    if frame
                        .locals
                        .as_ref()
                        .is_some_and(|l| l.ptr_eq(&frame.globals)) =>
                {
                    // Module code: the namespace is the globals, so this is a global lookup.
                    let name = &pycode.names[i as usize];
                    let cache = &pycode.inline_caches[pc];
                    let v =
                        match self.cached_load_global(cache, &frame.globals, &frame.builtins, name)
                        {
                            Some(v) => v,
                            None => {
                                let v = self.load_global(frame, name)?;
                                self.fill_global_cache(
                                    cache,
                                    &frame.globals,
                                    &frame.builtins,
                                    name,
                                );
                                v
                            }
                        };
                    frame.stack.push(v);
                }
                Instr::LoadName(i) => {
                    let name = &pycode.names[i as usize];
                    let local = match &frame.locals {
                        Some(l) => self.mapping_get(l, name)?,
                        None => None,
                    };
                    let v = match local {
                        Some(v) => v,
                        None => self.load_global(frame, name)?,
                    };
                    frame.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!();
                    let name = &pycode.names[i as usize];
                    let ns = frame.locals.as_ref().unwrap_or(&frame.globals);
                    let cache = &pycode.inline_caches[pc];
                    if let Err(v) = self.cached_store_name(cache, ns, name, v) {
                        let ns = ns.clone();
                        self.mapping_set(&ns, name.clone(), v)?;
                        self.fill_store_name_cache(cache, &ns, name);
                    }
                }
                Instr::DeleteName(i) => {
                    let name = pycode.names[i as usize].clone();
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    if !self.mapping_del(&ns, &name)? {
                        return Err(self.name_error(&code.names[i as usize], None));
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!();
                    let name = &pycode.names[i as usize];
                    let cache = &pycode.inline_caches[pc];
                    let v = match self.cached_load_attr(cache, &obj, name) {
                        Some(v) => v?,
                        None => {
                            let v = self.get_attr(&obj, name)?;
                            let kind = CacheKind::Load { class_attr: false };
                            self.fill_attr_cache(cache, &obj, name, kind);
                            v
                        }
                    };
                    frame.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    let name = &pycode.names[i as usize];
                    let cache = &pycode.inline_caches[pc];
                    if let Err(v) = self.cached_store_attr(cache, &obj, name, v) {
                        self.set_attr(&obj, name, v)?;
                        self.fill_attr_cache(cache, &obj, name, CacheKind::Store);
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!();
                    self.del_attr(&obj, &pycode.names[i as usize])?;
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!();
                    let name = &pycode.names[i as usize];
                    let cache = &pycode.inline_caches[pc];
                    if let Some((func, receiver)) = self.cached_load_method(cache, &obj, name) {
                        frame.stack.push(func);
                        frame.stack.push(receiver);
                        continue;
                    }
                    let (callable, self_) = self.load_method(&obj, name)?;
                    if self_.is_some() {
                        self.fill_attr_cache(cache, &obj, name, CacheKind::Method);
                    }
                    frame.stack.push(callable);
                    frame.stack.push(self_.unwrap_or_else(|| self.null.clone()));
                }
                Instr::CallMethod(1)
                    if self.is_getrefcount(&frame.stack[frame.stack.len() - 3]) =>
                {
                    let arg = pop!();
                    pop!();
                    pop!();
                    frame.stack.push(self.frame_getrefcount(&arg, frame));
                }
                Instr::CallMethod(n) => {
                    let n = n as usize;
                    let base = frame.stack.len() - n - 2;
                    if frame.stack[base].is::<PyFunction>() {
                        // Move the receiver and arguments into the callee (no refcounting).
                        let skip = usize::from(frame.stack[base + 1].ptr_eq(&self.null));
                        // Take the callable out of its slot (as before the call it was popped).
                        let func = std::mem::replace(&mut frame.stack[base], self.null.clone());
                        let f = func.downcast_ref::<PyFunction>().expect("checked above");
                        let argc = frame.stack.len() - (base + 1 + skip);
                        let result =
                            self.call_function_from_stack(&func, f, &mut frame.stack, argc);
                        frame.stack.truncate(base);
                        frame.stack.push(result?);
                        continue;
                    }
                    let result = {
                        let callable = &frame.stack[base];
                        let self_ = &frame.stack[base + 1];
                        if self_.ptr_eq(&self.null) {
                            self.call(callable, Args::positional(&frame.stack[base + 2..]))
                        } else {
                            self.call(callable, Args::positional(&frame.stack[base + 1..]))
                        }
                    };
                    frame.stack.truncate(base);
                    frame.stack.push(result?);
                }
                Instr::BinarySubscr => {
                    let len = frame.stack.len();
                    let fast = self.subscript_fast(&frame.stack[len - 2], &frame.stack[len - 1]);
                    if let Some(v) = fast {
                        frame.stack.truncate(len - 2);
                        frame.stack.push(v);
                        continue;
                    }
                    let key = pop!();
                    let container = pop!();
                    let v = self.get_item(&container, &key)?;
                    frame.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop!();
                    let container = pop!();
                    let v = pop!();
                    if let Err(v) = self.store_subscript_fast(&container, &key, v) {
                        self.set_item(&container, key, v)?;
                    }
                }
                Instr::DeleteSubscr => {
                    let key = pop!();
                    let container = pop!();
                    self.del_item(&container, &key)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!() } else { self.none.clone() };
                    let stop = pop!();
                    let start = pop!();
                    frame.stack.push(self.new_slice(start, stop, step));
                }
                Instr::BinaryOp(op, inplace) => {
                    let len = frame.stack.len();
                    let small = self.exact_small_ints(&frame.stack[len - 2], &frame.stack[len - 1]);
                    if let Some(r) = small.and_then(|(x, y)| small_int_op(x, y, op)) {
                        frame.stack.truncate(len - 2);
                        frame.stack.push(self.new_int(r));
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    let v = self.binary_op_beyond_small_ints(&a, &b, op, inplace)?;
                    frame.stack.push(v);
                }
                Instr::UnaryOp(op) => {
                    let a = pop!();
                    let v = match op {
                        UnaryOperator::Not => self.new_bool(!self.is_true(&a)?),
                        _ => self.unary_op(&a, op)?,
                    };
                    frame.stack.push(v);
                }
                Instr::CompareOp(op) => {
                    let len = frame.stack.len();
                    let small = self.exact_small_ints(&frame.stack[len - 2], &frame.stack[len - 1]);
                    if let Some((x, y)) = small {
                        // Two machine ints: the answer without a bool object, and a conditional
                        // jump right after is taken here (CPython's COMPARE_OP_INT followed by
                        // POP_JUMP_IF_*; neither can raise).
                        let holds = ordering_holds(op, x.cmp(&y));
                        frame.stack.truncate(len - 2);
                        match instrs.get(pc + 1) {
                            Some(&Instr::PopJumpIfFalse(t)) => {
                                frame.pc = if holds { pc + 2 } else { t as usize };
                            }
                            Some(&Instr::PopJumpIfTrue(t)) => {
                                frame.pc = if holds { t as usize } else { pc + 2 };
                            }
                            _ => frame.stack.push(self.new_bool(holds)),
                        }
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    let v = self.rich_compare_beyond_small_ints(&a, &b, op)?;
                    frame.stack.push(v);
                }
                Instr::IsOp(negate) => {
                    let b = pop!();
                    let a = pop!();
                    frame.stack.push(self.new_bool(a.ptr_eq(&b) != negate));
                }
                Instr::ContainsOp(negate) => {
                    let container = pop!();
                    let item = pop!();
                    let found = self.contains(&container, &item)?;
                    frame.stack.push(self.new_bool(found != negate));
                }
                Instr::BuildTuple(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.stack.push(self.new_tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.stack.push(self.new_list(items));
                }
                Instr::BuildSet(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let set = self.new_set();
                    for item in items {
                        self.set_add(&set, item)?;
                    }
                    frame.stack.push(set);
                }
                Instr::BuildMap(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                    let dict = self.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set_item(&dict, k, v)?;
                    }
                    frame.stack.push(dict);
                }
                Instr::BuildString(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let mut s = String::new();
                    for item in &items {
                        if let Some(p) = PyStr::view(item) {
                            s.push_str(p.as_str());
                        }
                    }
                    frame.stack.push(self.new_str(s));
                }
                Instr::ListAppend(n) => {
                    let v = pop!();
                    let list = &frame.stack[frame.stack.len() - n as usize];
                    if let Some(l) = list.downcast_ref::<PyList>() {
                        let pushed = l.items.borrow_mut().try_push(v);
                        if let Err(v) = pushed {
                            drop(v);
                            return Err(self.memory_error());
                        }
                    }
                }
                Instr::SetAdd(n) => {
                    let v = pop!();
                    let set = frame.stack[frame.stack.len() - n as usize].clone();
                    self.set_add(&set, v)?;
                }
                Instr::MapAdd(n) => {
                    let v = pop!();
                    let k = pop!();
                    let dict = frame.stack[frame.stack.len() - n as usize].clone();
                    self.dict_set_item(&dict, k, v)?;
                }
                Instr::ListExtend(n) => {
                    let iterable = pop!();
                    let list = frame.stack[frame.stack.len() - n as usize].clone();
                    let items = self.collect_iterable(&iterable).map_err(|e| {
                        self.star_arg_error(e, &iterable, "value after * must be an iterable")
                    })?;
                    if let Some(l) = list.downcast_ref::<PyList>() {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let iterable = pop!();
                    let set = frame.stack[frame.stack.len() - n as usize].clone();
                    self.set_update(&set, &iterable)?;
                }
                Instr::DictUpdate(n) => {
                    let mapping = pop!();
                    let dict = frame.stack[frame.stack.len() - n as usize].clone();
                    self.dict_update(&dict, &mapping).map_err(|e| {
                        if self.exc_matches(&e.exc, "AttributeError") {
                            self.type_error(format!(
                                "'{}' object is not a mapping",
                                self.type_name(&mapping)
                            ))
                        } else {
                            e
                        }
                    })?;
                }
                Instr::DictMerge(n) => {
                    let mapping = pop!();
                    let dict = frame.stack[frame.stack.len() - n as usize].clone();
                    let func = frame.stack[frame.stack.len() - n as usize - 2].clone();
                    self.dict_merge_kwargs(&dict, &mapping, &func)?;
                }
                Instr::ListToTuple => {
                    let list = pop!();
                    let items = list
                        .downcast_ref::<PyList>()
                        .map(|l| l.items.borrow().to_vec())
                        .unwrap_or_default();
                    frame.stack.push(self.new_tuple(items));
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & format_value::HAS_SPEC != 0 {
                        Some(pop!())
                    } else {
                        None
                    };
                    let mut v = pop!();
                    v = match flags & 3 {
                        format_value::STR => self.str(&v)?,
                        format_value::REPR => self.repr(&v)?,
                        format_value::ASCII => self.ascii(&v)?,
                        _ => v,
                    };
                    let spec_str = match &spec {
                        Some(s) => self.str_value(s).unwrap_or_default(),
                        None => String::new(),
                    };
                    let out = if spec_str.is_empty() && v.class().ptr_eq(&self.types.str) {
                        v
                    } else {
                        self.format(&v, &spec_str)?
                    };
                    frame.stack.push(out);
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!();
                    // An exact tuple or list of the right length: its items straight onto
                    // the stack, last first (CPython's UNPACK_SEQUENCE_TUPLE/LIST).
                    if seq.class().ptr_eq(&self.types.tuple) {
                        if let Some(t) = PyTuple::view(&seq).filter(|t| t.len() == n as usize) {
                            frame.stack.extend(t.items().iter().rev().cloned());
                            continue;
                        }
                    } else if seq.class().ptr_eq(&self.types.list) {
                        if let Some(l) = seq.downcast_ref::<PyList>() {
                            let items = l.items.borrow();
                            if items.len() == n as usize {
                                frame.stack.extend(items.iter().rev().cloned());
                                continue;
                            }
                        }
                    }
                    let items = self.unpack(&seq, n as usize, None)?;
                    frame.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(arg) => {
                    let seq = pop!();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.unpack(&seq, before, Some(after))?;
                    frame.stack.extend(items.into_iter().rev());
                }
                Instr::Jump(t) => {
                    if (t as usize) < pc {
                        // A backward jump is a safe point for automatic collection.
                        self.safe_point()?;
                    }
                    frame.pc = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!();
                    if !self.is_true(&v)? {
                        frame.pc = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!();
                    if self.is_true(&v)? {
                        frame.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !self.is_true(top!())? {
                        frame.pc = t as usize;
                    } else {
                        pop!();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.is_true(top!())? {
                        frame.pc = t as usize;
                    } else {
                        pop!();
                    }
                }
                Instr::GetIter => {
                    let v = pop!();
                    frame.stack.push(self.get_iter(&v)?);
                }
                Instr::ForIter(t) => {
                    let next = self.next_item(top!())?;
                    match next {
                        Some(v) => frame.stack.push(v),
                        None => {
                            pop!();
                            frame.pc = t as usize;
                        }
                    }
                }
                Instr::Call(n) => {
                    let base = frame.stack.len() - n as usize - 1;
                    if frame.stack[base].is::<PyFunction>() {
                        // Move the arguments into the callee (no refcounting per argument).
                        // Take the callable out of its slot (as before the call it was popped).
                        let func = std::mem::replace(&mut frame.stack[base], self.null.clone());
                        let f = func.downcast_ref::<PyFunction>().expect("checked above");
                        let result =
                            self.call_function_from_stack(&func, f, &mut frame.stack, n as usize);
                        frame.stack.truncate(base);
                        frame.stack.push(result?);
                        continue;
                    }
                    // The builtins that read the calling frame (checked after the common
                    // case above).
                    if n == 0 && self.is_frame_builtin(&frame.stack[base]) {
                        // locals()/vars()/dir() with no argument.
                        let f = pop!();
                        let v = self.frame_builtin(&f, frame)?;
                        frame.stack.push(v);
                        continue;
                    }
                    if n == 1 {
                        if let Some(kind) = self.frame_run_kind(&frame.stack[base]) {
                            // eval(source)/exec(source) in this frame's namespaces.
                            let source = pop!();
                            pop!();
                            let v = self.frame_run(kind, &source, frame)?;
                            frame.stack.push(v);
                            continue;
                        }
                        if self.is_getrefcount(&frame.stack[base]) {
                            let arg = pop!();
                            pop!();
                            frame.stack.push(self.frame_getrefcount(&arg, frame));
                            continue;
                        }
                    }
                    let result = self.call(
                        &frame.stack[base],
                        Args::positional(&frame.stack[base + 1..]),
                    );
                    frame.stack.truncate(base);
                    frame.stack.push(result?);
                }
                Instr::CallKw(n) => {
                    let kwnames = pop!();
                    let base = frame.stack.len() - n as usize - 1;
                    let names = PyTuple::view(&kwnames).map_or(&[][..], |t| t.items());
                    let result = self.call(
                        &frame.stack[base],
                        Args::new(&frame.stack[base + 1..], names),
                    );
                    frame.stack.truncate(base);
                    frame.stack.push(result?);
                }
                Instr::CallEx(flags) => {
                    let kwargs = if flags & 1 != 0 { Some(pop!()) } else { None };
                    let args = pop!();
                    let func = pop!();
                    let result = self.call_ex(&func, &args, kwargs.as_ref())?;
                    frame.stack.push(result);
                }
                Instr::MakeFunction(flags) => {
                    let code = pop!();
                    let closure = if flags & make_function::CLOSURE != 0 {
                        Some(pop!())
                    } else {
                        None
                    };
                    let annotate = if flags & make_function::ANNOTATIONS != 0 {
                        Some(pop!())
                    } else {
                        None
                    };
                    let kwdefaults = if flags & make_function::KW_DEFAULTS != 0 {
                        Some(pop!())
                    } else {
                        None
                    };
                    let defaults = if flags & make_function::DEFAULTS != 0 {
                        Some(pop!())
                    } else {
                        None
                    };
                    let f = self.new_function(
                        code,
                        frame.globals.clone(),
                        defaults,
                        kwdefaults,
                        closure,
                    );
                    if let (Some(a), Some(pf)) = (annotate, f.downcast_ref::<PyFunction>()) {
                        drop(pf.annotate.replace(Some(a)));
                    }
                    frame.stack.push(f);
                }
                Instr::ReturnValue => return Ok(FrameExit::Return(pop!())),
                Instr::YieldValue => return Ok(FrameExit::Yield(pop!())),
                Instr::YieldFrom => {
                    let v = pop!();
                    let iter = top!().clone();
                    match self.gen_send_to(&iter, v)? {
                        SendResult::Yielded(y) => {
                            // Re-run this instruction when resumed (with the sent value).
                            frame.pc = pc;
                            return Ok(FrameExit::Yield(y));
                        }
                        SendResult::Returned(r) => {
                            pop!();
                            frame.stack.push(r);
                        }
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = pop!();
                    if v.is::<crate::interp::generator::PyGenerator>() {
                        frame.stack.push(v);
                    } else {
                        frame.stack.push(self.get_iter(&v)?);
                    }
                }
                Instr::SetupFinally(t) => frame.blocks.push(Block {
                    kind: BlockKind::Handler { handler: t },
                    depth: frame.stack.len(),
                }),
                Instr::PopBlock => {
                    frame.blocks.pop();
                }
                Instr::PopExcept => {
                    if let Some(Block {
                        kind: BlockKind::ExceptHandler { previous },
                        ..
                    }) = frame.blocks.pop()
                    {
                        drop(self.handled_exception.replace(previous));
                    }
                }
                Instr::Reraise => {
                    let exc = pop!();
                    frame.reraising = true;
                    return Err(PyErr { exc });
                }
                Instr::Raise(n) => {
                    let err = self.do_raise(frame, n)?;
                    return Err(err);
                }
                Instr::CheckExcMatch => {
                    let typ = pop!();
                    let exc = top!().clone();
                    let m = self.exception_matches(&exc, &typ)?;
                    frame.stack.push(self.new_bool(m));
                }
                Instr::BeforeWith => {
                    let ctx = pop!();
                    let (exit, entered) = self.enter_context(&ctx)?;
                    frame.stack.push(exit);
                    frame.stack.push(entered);
                }
                Instr::WithExceptStart => {
                    let exc = top!().clone();
                    let exit = frame.stack[frame.stack.len() - 2].clone();
                    let tb = self.traceback_object(&exc);
                    let typ = exc.class().clone();
                    let r = self.call(&exit, Args::positional(&[typ, exc, tb]))?;
                    frame.stack.push(r);
                }
                Instr::LoadAssertionError => frame.stack.push(self.exc_type("AssertionError")),
                Instr::LoadBuildClass => {
                    let v = self.builtin("__build_class__")?;
                    frame.stack.push(v);
                }
                Instr::SetupAnnotations => {}
                Instr::ImportName(i) => {
                    let fromlist = pop!();
                    let level = pop!();
                    let m = self.import_name(
                        &code.names[i as usize],
                        &fromlist,
                        &level,
                        &frame.globals,
                    )?;
                    frame.stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let module = top!().clone();
                    let v = self.import_from(&module, &pycode.names[i as usize])?;
                    frame.stack.push(v);
                }
                Instr::ImportStar => {
                    let module = pop!();
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    self.import_star(&module, &ns)?;
                }
                Instr::PrintExpr => {
                    let v = pop!();
                    self.display_hook(&v)?;
                }
            }
        }
    }

    fn unbound_deref(&self, code: &ouro_compiler::CodeObject, i: u32) -> PyErr {
        let cellvars = code.cellvars.len();
        let i = i as usize;
        if i < cellvars {
            let name = &code.cellvars[i];
            self.new_error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = &code.freevars[i - cellvars];
            self.new_error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn load_global(&self, frame: &Frame, name: &Obj) -> PyResult<Obj> {
        if let Some(v) = self.dict_get_item(&frame.globals, name)? {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_item(&frame.builtins, name)? {
            return Ok(v);
        }
        let n = self.str_value(name).unwrap_or_default();
        let suggestion = self.name_suggestion(frame, &n);
        Err(self.name_error(&n, suggestion))
    }
}

/// The outcome of sending a value into a sub-iterator (`yield from`).
pub(crate) enum SendResult {
    Yielded(Obj),
    Returned(Obj),
}
