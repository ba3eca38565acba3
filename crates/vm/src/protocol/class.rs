//! Classes: calling a type (`__new__` then `__init__`), `__build_class__`, `type(name, bases,
//! dict)`, C3 linearization and the instance layout a class inherits.
//!
//! Invariants: a class's `layout` is that of its solid base (the nearest builtin base other
//! than `object`); two bases with different solid layouts conflict, as in CPython. `__new__`
//! in a class body becomes a staticmethod, `__init_subclass__`/`__class_getitem__` class methods.

use crate::interp::frame::FrameExit;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;
use std::cell::RefCell;

impl Vm {
    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__` when the result is an
    /// instance of `cls` (what a metaclass's `super().__call__()` reaches).
    pub(crate) fn type_call(&self, cls: &Obj, args: Args<'_>) -> PyResult<Obj> {
        if cls.ptr_eq(&self.types.type_) && args.pos().len() == 1 && !args.has_kwargs() {
            return Ok(args.pos()[0].class().clone());
        }
        let new = self.lookup_type(cls, "__new__");
        let init = self.lookup_type(cls, "__init__");
        let user_new = new
            .as_ref()
            .is_some_and(|n| self.builtin_new_owner(n).is_none());
        let user_init = init.as_ref().is_some_and(|i| !i.is::<PyMethodDescr>());
        let mut all = self.take_values();
        all.push(cls.clone());
        all.extend_from_slice(args.values);
        let builtin_new = new.as_ref().and_then(|n| self.builtin_new_owner(n));
        let obj = match (&new, builtin_new) {
            // A builtin constructor: its `new` slot, without the checks of calling
            // `int.__new__` by hand (the class found it in its own MRO).
            (_, Some(owner)) => {
                let is_object_new = owner.ptr_eq(&self.types.object);
                if is_object_new && !user_init && !args.values.is_empty() {
                    return Err(self.type_error(format!(
                        "{}() takes no arguments",
                        self.type_name_of_type(cls)
                    )));
                }
                if is_object_new {
                    self.native_new(owner, Args::positional(&all[..1]))?
                } else {
                    self.native_new(owner, Args::new(&all, args.kwnames))?
                }
            }
            (Some(n), None) => {
                let f = match n.downcast_ref::<PyStaticMethod>() {
                    Some(s) => s.func(),
                    None => n.clone(),
                };
                self.call(&f, Args::new(&all, args.kwnames))?
            }
            (None, None) => {
                return Err(self.type_error(format!(
                    "cannot create '{}' instances",
                    self.type_name_of_type(cls)
                )))
            }
        };
        if !self.isinstance(&obj, cls) {
            return Ok(obj);
        }
        // `__new__` may return an instance of a subclass: its class's `__init__` runs.
        let (init, user_init) = if obj.class().ptr_eq(cls) {
            (init, user_init)
        } else {
            let i = self.lookup_type(obj.class(), "__init__");
            let user = i.as_ref().is_some_and(|i| !i.is::<PyMethodDescr>());
            (i, user)
        };
        if let Some(i) = init {
            if user_init {
                all[0] = obj.clone();
                let r = match i.downcast_ref::<PyFunction>() {
                    // The arguments move into the frame (no copy, no refcounting).
                    Some(f) => self.call_function_owned(&i, f, all, args.kwnames)?,
                    None => self.call(&i, Args::new(&all, args.kwnames))?,
                };
                if !self.is_none(&r) {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            } else if !self.is_object_slot(&i, "__init__") {
                all[0] = obj.clone();
                if let Some(m) = i.downcast_ref::<PyMethodDescr>() {
                    m.invoke(self, Args::new(&all, args.kwnames))?;
                }
            } else if user_new && args.values.is_empty() {
                // object.__init__ with no arguments: nothing to do.
            }
        }
        Ok(obj)
    }

    /// Whether class `cls` gets `object.<name>` itself (`__init__`, `__new__`) from its MRO.
    pub(crate) fn inherits_object_slot(&self, cls: &Obj, name: &str) -> bool {
        self.lookup_type(cls, name)
            .is_some_and(|f| self.is_object_slot(&f, name))
    }

    /// Whether `f` is `object.<name>` itself.
    pub(crate) fn is_object_slot(&self, f: &Obj, name: &str) -> bool {
        if name == "__new__" {
            return self
                .builtin_new_owner(f)
                .is_some_and(|o| o.ptr_eq(&self.types.object));
        }
        f.downcast_ref::<PyMethodDescr>()
            .is_some_and(|m| m.name == name && m.owner.ptr_eq(&self.types.object))
    }

    /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    pub(crate) fn build_class(&self, args: Args<'_>) -> PyResult<Obj> {
        let pos = args.pos();
        if pos.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let func = pos[0].clone();
        let name = pos[1].clone();
        let orig_bases: Vec<Obj> = pos[2..].to_vec();
        let bases = self.update_bases(&orig_bases)?;
        let mut metaclass = None;
        let mut kw_names = Vec::new();
        let mut kw_values = Vec::new();
        for (k, v) in args.kwargs() {
            if self.str_value(k).as_deref() == Some("metaclass") {
                metaclass = Some(v.clone());
            } else {
                kw_names.push(k.clone());
                kw_values.push(v.clone());
            }
        }
        let meta = match metaclass {
            Some(m) => m,
            None => self.most_derived_metaclass(&bases)?,
        };
        let bases_tuple = self.new_tuple(bases);
        let ns = self.prepare_namespace(&meta, &name, &bases_tuple, &kw_names, &kw_values)?;
        let f = func
            .downcast_ref::<PyFunction>()
            .ok_or_else(|| self.type_error("__build_class__: func must be a function"))?;
        let cell = self.run_class_body(&func, f, &ns)?;
        let kept = PyTuple::view(&bases_tuple)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        let replaced = kept.len() != orig_bases.len()
            || kept.iter().zip(&orig_bases).any(|(a, b)| !a.ptr_eq(b));
        if replaced {
            let orig = self.new_tuple(orig_bases);
            self.set_item(&ns, self.intern("__orig_bases__"), orig)?;
        }
        let mut call_args = vec![name, bases_tuple, ns];
        call_args.extend(kw_values);
        let cls = self.call(&meta, Args::new(&call_args, &kw_names))?;
        if let Some(cell) = cell {
            if let Some(c) = cell.downcast_ref::<PyCell>() {
                drop(c.contents.replace(Some(cls.clone())));
            }
        }
        Ok(cls)
    }

    /// PEP 560's `update_bases`: a base that is not a class but has `__mro_entries__` is
    /// replaced by the tuple that method returns (`class L(list[int])` derives from `list`).
    fn update_bases(&self, bases: &[Obj]) -> PyResult<Vec<Obj>> {
        let mut out = Vec::with_capacity(bases.len());
        let original = self.new_tuple(bases.to_vec());
        for base in bases {
            if base.is::<PyType>() {
                out.push(base.clone());
                continue;
            }
            let Some(entries) = self.get_attr_opt(base, &self.intern("__mro_entries__"))? else {
                out.push(base.clone());
                continue;
            };
            let r = self.call(&entries, Args::positional(std::slice::from_ref(&original)))?;
            match PyTuple::view(&r) {
                Some(t) => out.extend(t.to_vec()),
                None => return Err(self.type_error("__mro_entries__ must return a tuple")),
            }
        }
        Ok(out)
    }

    /// The namespace the class body runs in: `meta.__prepare__(name, bases, **kwds)` when the
    /// metaclass defines it (it must return a mapping), else a new dict.
    fn prepare_namespace(
        &self,
        meta: &Obj,
        name: &Obj,
        bases: &Obj,
        kw_names: &[Obj],
        kw_values: &[Obj],
    ) -> PyResult<Obj> {
        let Some(prepare) = self.get_attr_opt(meta, &self.intern("__prepare__"))? else {
            return Ok(self.new_dict());
        };
        let mut args = vec![name.clone(), bases.clone()];
        args.extend_from_slice(kw_values);
        let ns = self.call(&prepare, Args::new(&args, kw_names))?;
        if !ns.is::<PyDict>() && self.lookup_type(ns.class(), "__getitem__").is_none() {
            let meta_name = match meta.downcast_ref::<PyType>() {
                Some(t) => t.name(),
                None => "<metaclass>".to_string(),
            };
            return Err(self.type_error(format!(
                "{meta_name}.__prepare__() must return a mapping, not {}",
                self.type_name(&ns)
            )));
        }
        Ok(ns)
    }

    fn most_derived_metaclass(&self, bases: &[Obj]) -> PyResult<Obj> {
        let mut winner = self.types.type_.clone();
        for b in bases {
            let m = b.class().clone();
            if self.is_subtype(&m, &winner) {
                winner = m;
            } else if !self.is_subtype(&winner, &m) {
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        Ok(winner)
    }

    fn run_class_body(&self, func: &Obj, f: &PyFunction, ns: &Obj) -> PyResult<Option<Obj>> {
        let _guard = self.enter_recursion()?;
        let mut frame = self.function_frame(func, f, Args::positional(&[]))?;
        frame.locals = Some(ns.clone());
        let result = self.run_frame(&mut frame);
        self.recycle_frame(frame);
        match result? {
            FrameExit::Return(v) | FrameExit::Yield(v) => {
                Ok(if v.is::<PyCell>() { Some(v) } else { None })
            }
        }
    }

    /// `type(name, bases, dict, **kwds)` for a metaclass `meta`; `kwds` go to the parent's
    /// `__init_subclass__`.
    pub(crate) fn create_class(
        &self,
        meta: &Obj,
        name: &str,
        bases: Vec<Obj>,
        ns: &Obj,
        kwds: Args<'_>,
    ) -> PyResult<Obj> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            match b.downcast_ref::<PyType>() {
                Some(t) if !t.subclassable => {
                    return Err(self.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        self.type_name_of_type(b)
                    )))
                }
                Some(_) => {}
                None => return Err(self.type_error("bases must be types")),
            }
        }
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|earlier| earlier.ptr_eq(b)) {
                return Err(self.type_error(format!(
                    "duplicate base class {}",
                    self.type_name_of_type(b)
                )));
            }
        }
        let layout = self.solid_layout(&bases)?;
        let mro_tail = self.c3_merge(&bases)?;
        let items = ns
            .downcast_ref::<PyDict>()
            .map(|d| d.table.borrow().items())
            .unwrap_or_default();
        let mut table = DictTable::new();
        let mut qualname: Box<str> = name.into();
        let defines = |k: &str| {
            items
                .iter()
                .any(|(key, _)| self.str_value(key).as_deref() == Some(k))
        };
        let (has_eq, has_hash, has_module, has_doc) = (
            defines("__eq__"),
            defines("__hash__"),
            defines("__module__"),
            defines("__doc__"),
        );
        let mut slots_decl: Option<Vec<String>> = None;
        for (k, v) in items {
            let key = self.str_value(&k).unwrap_or_default();
            match key.as_str() {
                "__qualname__" => {
                    if let Some(q) = self.str_value(&v) {
                        qualname = q.into();
                    }
                    continue;
                }
                "__classcell__" => continue,
                "__slots__" => {
                    let names = if let Some(s) = self.str_value(&v) {
                        vec![s]
                    } else {
                        self.collect_iterable(&v)?
                            .iter()
                            .map(|x| self.str_value(x).unwrap_or_default())
                            .collect()
                    };
                    // Private names are mangled as in the class body (`__y` -> `_S__y`).
                    let stripped = name.trim_start_matches('_');
                    let names = names
                        .into_iter()
                        .map(|n| {
                            if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty() {
                                format!("_{stripped}{n}")
                            } else {
                                n
                            }
                        })
                        .collect();
                    slots_decl = Some(names);
                }
                _ => {}
            }
            let v = if key == "__new__" && v.is::<PyFunction>() {
                Obj::new(self.types.staticmethod.clone(), PyStaticMethod::new(v))
            } else if (key == "__init_subclass__" || key == "__class_getitem__")
                && v.is::<PyFunction>()
            {
                Obj::new(self.types.classmethod.clone(), PyClassMethod::new(v))
            } else {
                v
            };
            let h = self.hash(&k)?;
            table.insert_new(h, k, v);
        }
        if !has_doc {
            // Every class has a `__doc__`, None without a docstring (type_new).
            let k = self.intern("__doc__");
            table.insert_new(crate::objects::str_hash("__doc__"), k, self.none.clone());
        }
        if has_eq && !has_hash {
            // A class that defines __eq__ but not __hash__ is unhashable (type_new sets
            // __hash__ to None).
            let k = self.intern("__hash__");
            table.insert_new(crate::objects::str_hash("__hash__"), k, self.none.clone());
        }
        if !has_module {
            let globals = self.frame_stack.borrow().last().map(|(g, _)| g.clone());
            if let Some(m) = globals.and_then(|g| self.dict_get_str(&g, "__name__")) {
                let k = self.intern("__module__");
                table.insert_new(crate::objects::str_hash("__module__"), k, m);
            }
        }
        let base_has_dict = bases.iter().any(|b| {
            b.downcast_ref::<PyType>()
                .is_some_and(|t| t.instance_dict || (!t.builtin && t.slots.is_none()))
        });
        let inherited_slots: usize = mro_tail
            .iter()
            .filter_map(|b| b.downcast_ref::<PyType>())
            .filter(|t| !t.builtin)
            .filter_map(|t| t.slots.as_ref().map(|s| s.len()))
            .sum();
        let (instance_dict, slots) = match &slots_decl {
            Some(names) => {
                let wants_dict = names.iter().any(|n| n == "__dict__");
                let members = || {
                    names
                        .iter()
                        .filter(|n| *n != "__dict__" && *n != "__weakref__")
                };
                if !names.is_empty()
                    && matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes)
                {
                    let base = bases
                        .first()
                        .map(|b| self.type_name_of_type(b))
                        .unwrap_or_default();
                    return Err(self.type_error(format!(
                        "nonempty __slots__ not supported for subtype of '{base}'"
                    )));
                }
                for n in members() {
                    if table.find_str(n).is_some() {
                        return Err(self.value_error(format!(
                            "'{n}' in __slots__ conflicts with class variable"
                        )));
                    }
                }
                for (i, n) in names
                    .iter()
                    .filter(|n| *n != "__dict__" && *n != "__weakref__")
                    .enumerate()
                {
                    let member = Obj::new(
                        self.types.member_descriptor.clone(),
                        PySlotMember {
                            name: n.as_str().into(),
                            index: inherited_slots + i,
                            owner_name: name.into(),
                            owner: RefCell::new(None),
                        },
                    );
                    let key = self.intern(n);
                    let h = self.hash(&key)?;
                    table.insert_new(h, key, member);
                }
                (
                    wants_dict || base_has_dict || layout == Layout::Exception,
                    Some(names.iter().map(|n| n.as_str().into()).collect()),
                )
            }
            None => (
                matches!(
                    layout,
                    Layout::Object
                        | Layout::Exception
                        | Layout::WeakRef
                        | Layout::List
                        | Layout::Dict
                        | Layout::Set
                        | Layout::FrozenSet
                        | Layout::Builtin(_)
                        | Layout::Int
                        | Layout::Float
                        | Layout::Str
                        | Layout::Bytes
                        | Layout::Tuple
                ) || base_has_dict,
                None,
            ),
        };
        let slot_total = inherited_slots + slots.as_ref().map_or(0, Vec::len);
        let cls = Obj::new(
            meta.clone(),
            PyType {
                name: RefCell::new(name.into()),
                qualname: RefCell::new(qualname),
                bases: RefCell::new(bases.clone()),
                mro: RefCell::new(Vec::new()),
                dict: RefCell::new(table),
                layout,
                builtin: false,
                subclassable: true,
                slots,
                slot_total,
                instance_dict,
                has_del: Default::default(),
                instance_keys: Default::default(),
                is_abstract: std::cell::Cell::new(false),
                keys_usable: std::cell::Cell::new(
                    crate::types::object::instance::SHARED_KEYS_MAX_SIZE,
                ),
                type_slots: Default::default(),
                subclasses: Default::default(),
            },
        );
        if let Some(t) = cls.downcast_ref::<PyType>() {
            let mut mro = vec![cls.clone()];
            mro.extend(mro_tail);
            drop(t.mro.replace(mro));
        }
        self.custom_mro(&cls)?;
        self.add_instance_getsets(&cls, &bases, layout, instance_dict, slots_decl.as_deref());
        self.register_subclass(&cls, &bases)?;
        if let Some(t) = cls.downcast_ref::<PyType>() {
            for (_, v) in t.dict.borrow().items() {
                if let Some(m) = v.downcast_ref::<PySlotMember>() {
                    drop(m.owner.replace(Some(cls.clone())));
                }
            }
        }
        if matches!(
            layout,
            Layout::Int | Layout::Str | Layout::Bytes | Layout::Tuple
        ) {
            // Variable-size instances keep their attributes in an extension slot (CPython's
            // managed dict before the object), as `new_instance_of` gives fixed-size ones.
            cls.set_instances_extended();
        }
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        let items = cls
            .downcast_ref::<PyType>()
            .map(|t| t.dict.borrow().items())
            .unwrap_or_default();
        for (k, v) in items {
            // Any value whose type has `__set_name__` (CPython's `type_new_set_names`); an
            // error gets a note naming the attribute.
            if let Some(f) = self.lookup_type(v.class(), "__set_name__") {
                let called = self.call(&f, Args::positional(&[v.clone(), cls.clone(), k.clone()]));
                if let Err(e) = called {
                    let note = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        self.type_name(&v),
                        self.repr_string(&k)?,
                        self.type_name_of_type(&cls)
                    );
                    self.call_method(&e.exc, "add_note", &[self.new_str(note)])?;
                    return Err(e);
                }
            }
        }
        // super(cls, cls).__init_subclass__(**kwds): the first definition after cls itself.
        let init_sub = {
            let mro = cls
                .downcast_ref::<PyType>()
                .map(|t| t.mro())
                .unwrap_or_default();
            mro.iter()
                .skip(1)
                .find_map(|c| self.lookup_type_own(c, "__init_subclass__"))
        };
        if let Some(init_sub) = init_sub {
            let mut values = vec![cls.clone()];
            values.extend(kwds.kwargs().map(|(_, v)| v.clone()));
            let names: Vec<Obj> = kwds.kwargs().map(|(k, _)| k.clone()).collect();
            let call_args = Args::new(&values, &names);
            if let Some(c) = init_sub.downcast_ref::<PyClassMethod>() {
                self.call(&c.func(), call_args)?;
            } else if let Some(m) = init_sub.downcast_ref::<PyMethodDescr>() {
                m.invoke(self, call_args)?;
            }
        }
        Ok(cls)
    }

    fn solid_layout(&self, bases: &[Obj]) -> PyResult<Layout> {
        let mut layout = Layout::Object;
        for b in bases {
            let l = b
                .downcast_ref::<PyType>()
                .map(|t| t.layout)
                .unwrap_or(Layout::Object);
            if l == Layout::Object {
                continue;
            }
            if layout == Layout::Object {
                layout = l;
            } else if layout != l {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
        }
        Ok(layout)
    }

    /// `C.__bases__ = (...)` (CPython's `type_set_bases`): a non-empty tuple of classes that
    /// does not make a cycle and keeps the instance layout; the MROs of the class and of every
    /// subclass are computed again, and the bases' `__subclasses__()` follow.
    pub(crate) fn set_bases(&self, cls: &Obj, value: Option<Obj>) -> PyResult<()> {
        let t = crate::protocol::slots::slot_payload::<PyType>(self, cls)?;
        let name = t.name();
        if t.builtin {
            return Err(self.type_error(format!(
                "cannot set '__bases__' attribute of immutable type '{name}'"
            )));
        }
        let Some(value) = value else {
            return Err(self.type_error(format!(
                "cannot delete '__bases__' attribute of immutable type '{name}'"
            )));
        };
        let Some(new_bases) = PyTuple::view(&value).map(|v| v.to_vec()) else {
            return Err(self.type_error(format!(
                "can only assign tuple to {name}.__bases__, not {}",
                self.type_name(&value)
            )));
        };
        if new_bases.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {name}.__bases__, not ()"
            )));
        }
        for b in &new_bases {
            if !b.is::<PyType>() {
                return Err(self.type_error(format!(
                    "{name}.__bases__ must be tuple of classes, not '{}'",
                    self.type_name(b)
                )));
            }
            if self.is_subtype(b, cls) {
                return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
            }
        }
        let old_bases = t.bases.borrow().clone();
        if self.solid_layout(&new_bases)? != self.solid_layout(&old_bases)? {
            let first = |bs: &[Obj]| bs.first().map(|b| self.type_name_of_type(b));
            return Err(self.type_error(format!(
                "__bases__ assignment: '{}' deallocator differs from '{}'",
                first(&new_bases).unwrap_or_default(),
                first(&old_bases).unwrap_or_default()
            )));
        }
        drop(t.bases.replace(new_bases.clone()));
        if let Err(e) = self.recompute_mro(cls) {
            drop(t.bases.replace(old_bases));
            self.recompute_mro(cls)?;
            return Err(e);
        }
        self.unregister_subclass(cls, &old_bases);
        self.register_subclass(cls, &new_bases)?;
        self.invalidate_type_cache();
        Ok(())
    }

    /// The MRO of `cls` from its current bases, then of its subclasses, recursively.
    fn recompute_mro(&self, cls: &Obj) -> PyResult<()> {
        let Some(t) = cls.downcast_ref::<PyType>() else {
            return Ok(());
        };
        let bases = t.bases.borrow().clone();
        let mut mro = vec![cls.clone()];
        mro.extend(self.c3_merge(&bases)?);
        drop(t.mro.replace(mro));
        self.custom_mro(cls)?;
        for sub in self.subclasses_of(cls) {
            self.recompute_mro(&sub)?;
        }
        Ok(())
    }

    /// Drop `cls` from each base's `__subclasses__()`.
    fn unregister_subclass(&self, cls: &Obj, bases: &[Obj]) {
        for b in bases {
            if let Some(t) = b.downcast_ref::<PyType>() {
                let old = std::mem::take(&mut *t.subclasses.borrow_mut());
                let (keep, gone): (Vec<Obj>, Vec<Obj>) = old.into_iter().partition(|w| {
                    w.downcast_ref::<PyWeakRef>()
                        .and_then(|r| r.slot.get())
                        .is_some_and(|c| !c.ptr_eq(cls))
                });
                drop(t.subclasses.replace(keep));
                drop(gone);
            }
        }
    }

    /// A metaclass that overrides `mro()` decides the class's `__mro__` (CPython's
    /// `mro_internal`): its result must hold only classes.
    fn custom_mro(&self, cls: &Obj) -> PyResult<()> {
        let Some(f) = self.lookup_type(cls.class(), "mro") else {
            return Ok(());
        };
        let builtin = f
            .downcast_ref::<PyMethodDescr>()
            .is_some_and(|m| m.owner.ptr_eq(&self.types.type_));
        if builtin {
            return Ok(());
        }
        let result = self.call_method_obj(&f, cls, &[])?;
        let mro = self.collect_iterable(&result)?;
        for c in &mro {
            if !c.is::<PyType>() {
                return Err(self.type_error(format!(
                    "mro() returned a non-class ('{}')",
                    self.type_name(c)
                )));
            }
        }
        if let Some(t) = cls.downcast_ref::<PyType>() {
            drop(t.mro.replace(mro));
            self.invalidate_type_cache();
        }
        Ok(())
    }

    /// C3 linearization of the bases (the MRO without the class itself).
    fn c3_merge(&self, bases: &[Obj]) -> PyResult<Vec<Obj>> {
        let mut seqs: Vec<Vec<Obj>> = bases
            .iter()
            .map(|b| {
                b.downcast_ref::<PyType>()
                    .map(|t| t.mro())
                    .unwrap_or_default()
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out: Vec<Obj> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0].clone())
                .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| x.ptr_eq(c))));
            let Some(c) = candidate else {
                // CPython names the heads of the sequences left unmerged.
                let mut heads: Vec<Obj> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| h.ptr_eq(&s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                let names: Vec<String> = heads.iter().map(|b| self.type_name_of_type(b)).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if s[0].ptr_eq(&c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }
}

impl Vm {
    /// The `__dict__` and `__weakref__` descriptors of a class whose instances gain them here
    /// rather than from a base (CPython's `subtype_getsets`): `C.__dict__['__dict__']` is
    /// `<attribute '__dict__' of 'C' objects>`.
    fn add_instance_getsets(
        &self,
        cls: &Obj,
        bases: &[Obj],
        layout: Layout,
        instance_dict: bool,
        slots_decl: Option<&[String]>,
    ) {
        use crate::types::descriptor::GetSet;
        use crate::types::typeobj::{subtype_dict, subtype_set_dict, subtype_weakref};
        let inherits = |name: &str| bases.iter().any(|b| self.lookup_type(b, name).is_some());
        if instance_dict && !inherits("__dict__") {
            self.add_getsets_to_new_type(
                cls,
                &[GetSet("__dict__", subtype_dict, Some(subtype_set_dict))],
            );
        }
        let weakrefable = !matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes)
            && slots_decl.is_none_or(|names| names.iter().any(|n| n == "__weakref__"));
        let base_weakrefable = inherits("__weakref__")
            || bases.iter().any(|b| {
                b.downcast_ref::<PyType>().is_some_and(|t| {
                    matches!(t.layout, Layout::Set | Layout::FrozenSet | Layout::Type)
                })
            });
        if weakrefable && !base_weakrefable {
            self.add_getsets_to_new_type(cls, &[GetSet("__weakref__", subtype_weakref, None)]);
        }
    }
}

impl Vm {
    /// List a new class in each base's `__subclasses__()` through a weak reference (the basic
    /// `weakref.ref(cls)`, shared as in CPython, so the class has one weakref from birth).
    pub(crate) fn register_subclass(&self, cls: &Obj, bases: &[Obj]) -> PyResult<()> {
        if bases.is_empty() {
            return Ok(());
        }
        let weak = self.new_weakref(&self.types.weakref, cls, None)?;
        for b in bases {
            if let Some(t) = b.downcast_ref::<PyType>() {
                // Dead entries are pruned whenever the list's length reaches a power of two
                // (so registering n subclasses costs O(n) in all, not O(n) each), and dropped
                // once the list is not borrowed.
                let dead = {
                    let mut subs = t.subclasses.borrow_mut();
                    let dead = if subs.len().is_power_of_two() {
                        let (live, dead): (Vec<Obj>, Vec<Obj>) =
                            std::mem::take(&mut *subs).into_iter().partition(|w| {
                                w.downcast_ref::<PyWeakRef>()
                                    .is_some_and(|r| !r.slot.is_dead())
                            });
                        *subs = live;
                        dead
                    } else {
                        Vec::new()
                    };
                    subs.push(weak.clone());
                    dead
                };
                drop(dead);
            }
        }
        Ok(())
    }

    /// `cls.__subclasses__()`: the live classes that name `cls` as a base, oldest first.
    /// Whether a live class has `cls` as a base.
    pub(crate) fn has_subclasses(&self, cls: &Obj) -> bool {
        cls.downcast_ref::<PyType>().is_some_and(|t| {
            t.subclasses.borrow().iter().any(|w| {
                w.downcast_ref::<PyWeakRef>()
                    .is_some_and(|r| r.slot.get().is_some())
            })
        })
    }

    pub(crate) fn subclasses_of(&self, cls: &Obj) -> Vec<Obj> {
        let Some(t) = cls.downcast_ref::<PyType>() else {
            return Vec::new();
        };
        let refs = t.subclasses.borrow().clone();
        refs.iter()
            .filter_map(|w| w.downcast_ref::<PyWeakRef>().and_then(|r| r.slot.get()))
            .collect()
    }
}
