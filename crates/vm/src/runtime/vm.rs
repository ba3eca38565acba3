//! The interpreter context: builtin types, singletons, module registry and per-run state.
//!
//! Invariants:
//! - Exactly one `Vm` exists per thread while code runs; it is reachable from finalizers
//!   through [`crate::runtime::finalize`] (which holds the thread's current `Rc<Vm>`).
//! - Every method takes `&self`: Python code can re-enter the VM from anywhere (a `__del__`
//!   that runs when some value is dropped), so mutable state sits in `Cell`/`RefCell` fields
//!   that are never borrowed across a call into Python code.
//! - Singletons (None, True, False, NotImplemented, Ellipsis, small ints -5..=256, the empty
//!   tuple and string) are immortal objects created once.

use crate::objects::*;
use crate::runtime::bootstrap::Types;
use crate::{PyErr, PyResult};
use num_bigint::BigInt;
use ouro_memory::Obj;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// Smallest and largest preallocated ints (CPython's `_PY_NSMALLNEGINTS`/`_PY_NSMALLPOSINTS`).
const SMALL_INT_MIN: i64 = -5;
const SMALL_INT_MAX: i64 = 256;

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

pub struct Vm {
    pub types: Types,
    pub none: Obj,
    pub true_: Obj,
    pub false_: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub empty_tuple: Obj,
    pub empty_str: Obj,
    small_ints: Vec<Obj>,
    /// The one-character ASCII strs, made (immortal) on first use and shared, as CPython
    /// shares its Latin-1 singletons: `s[i]`, iteration and `chr` return these.
    ascii_chars: [std::cell::OnceCell<Obj>; 128],
    interned: RefCell<crate::runtime::name_map::InternMap<Obj>>,
    pub builtins: Obj,
    /// `sys.modules`.
    pub modules: Obj,
    /// The exception being handled (`sys.exception()`), saved and restored by handler blocks.
    pub(crate) handled_exception: RefCell<Option<Obj>>,
    /// The value of the StopIteration that ended the last iteration (for `yield from`).
    pub(crate) last_stop_value: RefCell<Option<Obj>>,
    /// A private marker for "no self" in `LoadMethod`/`CallMethod`.
    pub(crate) null: Obj,
    /// Containers whose repr is in progress (prints `[...]` on re-entry).
    pub(crate) repr_stack: RefCell<Vec<Obj>>,
    /// (globals, locals) of the running frames, innermost last, for `globals()`/`locals()`.
    pub(crate) frame_stack: RefCell<Vec<(Obj, Option<Obj>)>>,
    /// Empty buffers of finished frames, for the next call (see `frame_pool.rs`).
    pub(crate) frame_pool: RefCell<crate::interp::frame_pool::FramePool>,
    /// Changes whenever the type cache is emptied (a type's namespace changed or a type died):
    /// attribute inline caches stamped with an older epoch are stale (see `inline_cache.rs`).
    pub(crate) type_epoch: Cell<u64>,
    /// Attribute entries shared by all code (`interp::inline_cache`'s second level).
    pub(crate) attr_facts: crate::interp::inline_cache::AttrFacts,
    /// The next tag for a dict's key set (`DictTable::keys_tag`); never reused.
    pub(crate) next_keys_tag: Cell<u32>,
    /// Cached `lookup_type` results (see `type_cache.rs`).
    pub(crate) type_cache: RefCell<Vec<crate::protocol::type_cache::TypeCacheEntry>>,
    /// `gc.set_debug` flags.
    pub(crate) gc_debug: Cell<i64>,
    /// GC stress mode: a full collection every N container allocations; 0 is off.
    pub(crate) gc_stress: Cell<usize>,
    /// `atexit.register`ed calls, oldest first: (func, args tuple, kwargs dict or None).
    pub(crate) atexit_calls: RefCell<Vec<(Obj, Obj, Option<Obj>)>>,
    pub(crate) recursion_depth: Cell<u32>,
    pub(crate) recursion_limit: Cell<u32>,
    /// Levels of native recursion (see [`Vm::enter_recursion_while`]).
    pub(crate) native_depth: Cell<u32>,
    /// `sys.get_int_max_str_digits()` (0: no limit; see `int_digits.rs`).
    pub(crate) int_max_str_digits: Cell<usize>,
    /// A fuzzing run: no output, no files, no sleeping (see `fuzzing.rs`).
    pub(crate) sandboxed: Cell<bool>,
    /// An interactive session runs (the REPL): `help()` prints a hint instead of starting
    /// pydoc's help utility.
    pub(crate) interactive: Cell<bool>,
    /// The kind of the last failed write to stdout, until [`Vm::check_stdout`] raises it.
    stdout_error: Cell<Option<std::io::ErrorKind>>,
    /// Source text of every file compiled, for traceback lines.
    pub(crate) sources: RefCell<HashMap<Rc<str>, Rc<str>>>,
    pub(crate) stdout: RefCell<std::io::BufWriter<std::io::Stdout>>,
    /// Address of a local in the outermost interpreter frame, to measure stack use.
    pub(crate) stack_base: Cell<usize>,
    /// Safe points left before the program is stopped (None: no limit; see `safe_point.rs`).
    pub(crate) step_budget: Cell<Option<u64>>,
    /// The signal flags polled at safe points.
    pub(crate) signals: crate::interp::safe_point::SignalFlags,
    /// Items taken by native loops, counted to find their safe points.
    pub(crate) loop_ticks: Cell<u32>,
    /// Set once interpreter exit has run the `atexit` calls (`sys.is_finalizing()`).
    pub(crate) finalizing: Cell<bool>,
}

impl Vm {
    pub(crate) fn new_uninit(types: Types, singletons: Singletons) -> Vm {
        let mut small_ints = Vec::new();
        for i in SMALL_INT_MIN..=SMALL_INT_MAX {
            let o = PyInt::Small(i).new_obj(types.int.clone());
            o.make_immortal();
            small_ints.push(o);
        }
        let modules = Obj::new(types.dict.clone(), PyDict::new());
        let builtins_dict = Obj::new(types.dict.clone(), PyDict::new());
        let builtins = Obj::new(
            types.module.clone(),
            PyModule {
                name: "builtins".into(),
                dict: builtins_dict,
            },
        );
        let null = Obj::new(types.object.clone(), PyBaseObject);
        null.make_immortal();
        Vm {
            none: singletons.none,
            true_: singletons.true_,
            false_: singletons.false_,
            not_implemented: singletons.not_implemented,
            ellipsis: singletons.ellipsis,
            empty_tuple: singletons.empty_tuple,
            empty_str: singletons.empty_str,
            types,
            small_ints,
            ascii_chars: [const { std::cell::OnceCell::new() }; 128],
            interned: RefCell::new(
                crate::runtime::name_map::InternMap::with_capacity_and_hasher(
                    2048,
                    Default::default(),
                ),
            ),
            builtins,
            modules,
            handled_exception: RefCell::new(None),
            last_stop_value: RefCell::new(None),
            null,
            repr_stack: RefCell::new(Vec::new()),
            frame_stack: RefCell::new(Vec::new()),
            frame_pool: RefCell::default(),
            type_epoch: Cell::new(1),
            attr_facts: crate::interp::inline_cache::new_attr_facts(),
            next_keys_tag: Cell::new(1),
            type_cache: RefCell::new(Vec::new()),
            gc_debug: Cell::new(0),
            gc_stress: Cell::new(0),
            atexit_calls: RefCell::new(Vec::new()),
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(DEFAULT_RECURSION_LIMIT),
            native_depth: Cell::new(0),
            int_max_str_digits: Cell::new(crate::types::int_digits::INT_DEFAULT_MAX_STR_DIGITS),
            sandboxed: Cell::new(false),
            interactive: Cell::new(false),
            stdout_error: Cell::new(None),
            sources: RefCell::new(HashMap::new()),
            stdout: RefCell::new(std::io::BufWriter::with_capacity(8192, std::io::stdout())),
            stack_base: Cell::new(0),
            step_budget: Cell::new(None),
            signals: crate::interp::safe_point::SignalFlags::new(),
            loop_ticks: Cell::new(0),
            finalizing: Cell::new(false),
        }
    }

    // ---- constructors of common values ----------------------------------------------

    pub fn new_int(&self, i: i64) -> Obj {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            return self.small_ints[(i - SMALL_INT_MIN) as usize].clone();
        }
        PyInt::new_small_obj(self.types.int.clone(), i)
    }

    pub fn new_bigint(&self, b: BigInt) -> Obj {
        match PyInt::from_big(b) {
            PyInt::Small(i) => self.new_int(i),
            big => big.new_obj(self.types.int.clone()),
        }
    }

    /// `range(start, stop, step)` (`step != 0`).
    pub fn new_range(&self, start: BigInt, stop: BigInt, step: BigInt) -> Obj {
        let length = PyRange::compute_length(&start, &stop, &step);
        Obj::new(
            self.types.range.clone(),
            PyRange::from_ints(
                self.new_bigint(start),
                self.new_bigint(stop),
                self.new_bigint(step),
                self.new_bigint(length),
            ),
        )
    }

    pub fn new_pyint(&self, v: PyInt) -> Obj {
        match v {
            PyInt::Small(i) => self.new_int(i),
            big => big.new_obj(self.types.int.clone()),
        }
    }

    pub fn new_float(&self, f: f64) -> Obj {
        Obj::new(self.types.float.clone(), PyFloat(f))
    }

    pub fn new_bool(&self, b: bool) -> Obj {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    pub fn new_str(&self, s: impl AsRef<str>) -> Obj {
        let s = s.as_ref();
        match s.as_bytes() {
            [] => self.empty_str.clone(),
            &[b] if b < 128 => self.ascii_chars[b as usize]
                .get_or_init(|| {
                    let c = PyStr::new_obj(self.types.str.clone(), s);
                    c.make_immortal();
                    c
                })
                .clone(),
            _ => PyStr::new_obj(self.types.str.clone(), s),
        }
    }

    /// The interned str object for `s` (identifiers, attribute names).
    pub fn intern(&self, s: &str) -> Obj {
        if let Some(o) = self.interned.borrow().get(s) {
            return o.clone();
        }
        let o = PyStr::new_obj(self.types.str.clone(), s);
        o.make_immortal();
        self.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }

    pub fn new_bytes(&self, b: impl AsRef<[u8]>) -> Obj {
        PyBytes::new_obj(self.types.bytes.clone(), b.as_ref())
    }

    /// A tuple of the items of `items`, which is left empty (its buffer can be reused).
    pub fn new_tuple_drain(&self, items: &mut Vec<Obj>) -> Obj {
        match Self::atomic_items(items) {
            None => self.empty_tuple.clone(),
            Some(atomic) => self.untracked_if(
                atomic,
                PyTuple::new_obj_from(self.types.tuple.clone(), items.drain(..)),
            ),
        }
    }

    pub fn new_tuple(&self, items: Vec<Obj>) -> Obj {
        match Self::atomic_items(&items) {
            None => self.empty_tuple.clone(),
            Some(atomic) => {
                self.untracked_if(atomic, PyTuple::new_obj(self.types.tuple.clone(), items))
            }
        }
    }

    /// None for no items; else whether none of them is tracked: CPython 3.14 untracks a tuple
    /// of atomic values at creation, as it cannot be in a cycle.
    fn atomic_items(items: &[Obj]) -> Option<bool> {
        (!items.is_empty()).then(|| items.iter().all(|o| !o.is_tracked()))
    }

    fn untracked_if(&self, atomic: bool, t: Obj) -> Obj {
        if atomic {
            ouro_memory::gc::untrack(&t);
        }
        t
    }

    /// A new object of class `cls` with this payload: a builtin's own instance, or, for a
    /// Python subclass, one allocated with room for its attributes (an extension slot).
    pub fn new_instance_of<T: ouro_memory::Payload>(&self, cls: Obj, payload: T) -> Obj {
        let builtin = cls.downcast_ref::<PyType>().is_none_or(|t| t.builtin);
        if builtin {
            Obj::new(cls, payload)
        } else {
            Obj::new_extended(cls, payload)
        }
    }

    pub fn new_list(&self, items: Vec<Obj>) -> Obj {
        Obj::new(self.types.list.clone(), PyList::new(items))
    }

    pub fn new_dict(&self) -> Obj {
        Obj::new(self.types.dict.clone(), PyDict::new())
    }

    pub fn new_set(&self) -> Obj {
        Obj::new(self.types.set.clone(), PySet::default())
    }

    pub fn new_cell(&self, contents: Option<Obj>) -> Obj {
        Obj::new(
            self.types.cell.clone(),
            PyCell {
                contents: RefCell::new(contents),
            },
        )
    }

    pub fn new_builtin_function(&self, name: &'static str, func: NativeFn) -> Obj {
        Obj::new(
            self.types.builtin_function.clone(),
            PyBuiltinFunction {
                name,
                func,
                self_: None,
                owner: "builtins",
                static_method: false,
            },
        )
    }

    pub fn is_none(&self, o: &Obj) -> bool {
        o.ptr_eq(&self.none)
    }

    /// The dict kept in a payload's optional `__dict__` field, created on first use.
    pub(crate) fn dict_in(&self, cell: &std::cell::RefCell<Option<Obj>>) -> Obj {
        let d = cell
            .borrow_mut()
            .get_or_insert_with(|| self.new_dict())
            .clone();
        d
    }

    /// The value, or None for an absent one (an unset optional field read from Python).
    pub fn or_none(&self, v: Option<Obj>) -> Obj {
        v.unwrap_or_else(|| self.none.clone())
    }

    // ---- output -----------------------------------------------------------------------

    /// Write to the process's standard output (buffered; flushed at exit and before stderr).
    pub fn write_stdout(&self, s: &str) {
        if self.sandboxed.get() {
            return;
        }
        let mut out = self.stdout.borrow_mut();
        // A closed pipe must not abort the interpreter: the error is kept for the writer
        // (`print`, `sys.stdout.write`) to raise, as CPython raises BrokenPipeError there.
        if let Err(e) = out.write_all(s.as_bytes()) {
            self.stdout_error.set(Some(e.kind()));
        }
        crate::interactive::line_buffering(&mut *out, s);
    }

    pub fn flush_stdout(&self) {
        if let Err(e) = self.stdout.borrow_mut().flush() {
            self.stdout_error.set(Some(e.kind()));
        }
    }

    /// Raise the error of the last failed write to stdout, if any: `BrokenPipeError` when the
    /// reader went away (`ouro big.py | head -1`), else `OSError`. The unwritable buffered
    /// text is dropped, so that exit does not fail on it again.
    pub(crate) fn check_stdout(&self) -> PyResult<()> {
        let Some(kind) = self.stdout_error.take() else {
            return Ok(());
        };
        let (cls, errno, msg) = match kind {
            std::io::ErrorKind::BrokenPipe => ("BrokenPipeError", 32, "Broken pipe"),
            _ => ("OSError", 5, "Input/output error"),
        };
        let stdout = std::mem::replace(
            &mut *self.stdout.borrow_mut(),
            std::io::BufWriter::with_capacity(8192, std::io::stdout()),
        );
        // The old buffer holds text that can never be written: forget it.
        let (_, _) = stdout.into_parts();
        Err(self.os_error_of(cls, errno, msg, None))
    }

    /// Write to standard error, after flushing standard output so the two stay in order.
    pub fn write_stderr(&self, s: &str) {
        if self.sandboxed.get() {
            return;
        }
        self.flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    // ---- recursion --------------------------------------------------------------------

    /// Enter one level of Python-visible recursion (a call, a repr of a nested container).
    pub fn enter_recursion(&self) -> PyResult<RecursionGuard<'_>> {
        let depth = self.recursion_depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(self.new_error(
                "RecursionError",
                "maximum recursion depth exceeded".to_string(),
            ));
        }
        self.check_native_stack("")?;
        self.recursion_depth.set(depth);
        Ok(RecursionGuard { vm: self })
    }

    /// Enter one level of native recursion that CPython 3.14 bounds by its C stack alone,
    /// not by the recursion limit (`Py_EnterRecursiveCall(" while getting the repr of an
    /// object")`): `what` completes its message ("" for none). Python calls share the native
    /// stack in ouro, so these levels are held to a smaller share of it than Python frames
    /// ([`NATIVE_RECURSION_STACK`]), and counted, since a level the optimiser turned into a
    /// loop uses no stack at all.
    pub fn enter_recursion_while(&self, what: &str) -> PyResult<NativeRecursionGuard<'_>> {
        let depth = self.native_depth.get() + 1;
        let used = self.native_stack_used().unwrap_or(0);
        if depth > NATIVE_RECURSION_LIMIT || used > NATIVE_RECURSION_STACK {
            return Err(self.stack_overflow(used, what));
        }
        self.native_depth.set(depth);
        Ok(NativeRecursionGuard { vm: self })
    }

    /// CPython 3.14's C-stack guard: `RecursionError` when the native stack is near its end,
    /// whatever the recursion limit.
    pub fn check_native_stack(&self, what: &str) -> PyResult<()> {
        match self.native_stack_used() {
            Some(used) if used > crate::interpreter_stack_size() - STACK_RESERVE => {
                Err(self.stack_overflow(used, what))
            }
            _ => Ok(()),
        }
    }

    /// CPython 3.14's message: "Stack overflow (used N kB)", then what was being done.
    fn stack_overflow(&self, used: usize, what: &str) -> PyErr {
        let sep = if what.is_empty() { "" } else { " " };
        self.new_error(
            "RecursionError",
            format!("Stack overflow (used {} kB){sep}{what}", used / 1024),
        )
    }

    /// Bytes of native stack in use below the interpreter's entry, when it is known.
    fn native_stack_used(&self) -> Option<usize> {
        let marker = 0u8;
        let here = std::hint::black_box(&marker) as *const u8 as usize;
        let base = self.stack_base.get();
        (base != 0).then(|| base.saturating_sub(here))
    }

    /// `globals()` of the running frame.
    pub fn current_globals(&self) -> PyResult<Obj> {
        Ok(self
            .frame_stack
            .borrow()
            .last()
            .map(|(g, _)| g.clone())
            .unwrap_or_else(|| self.new_dict()))
    }

    /// `locals()` of the running frame (function frames: an empty dict for now).
    pub fn current_locals(&self) -> PyResult<Obj> {
        Ok(self
            .frame_stack
            .borrow()
            .last()
            .and_then(|(_, l)| l.clone())
            .unwrap_or_else(|| self.new_dict()))
    }

    /// The interactive display hook: print `repr(v)` and bind `builtins._`, unless v is None.
    pub fn display_hook(&self, v: &Obj) -> PyResult<()> {
        if self.is_none(v) {
            return Ok(());
        }
        let r = self.repr_string(v)?;
        self.write_stdout(&format!("{r}\n"));
        self.dict_set_str(&self.builtins_dict(), "_", v.clone());
        Ok(())
    }

    pub fn source_for(&self, filename: &str) -> Option<Rc<str>> {
        self.sources.borrow().get(filename).cloned()
    }
}

/// Stack kept free for Rust code that runs after the check (printing a traceback).
const STACK_RESERVE: usize = 4 << 20;

/// Native recursion (see [`Vm::enter_recursion_while`]) stops once it has used this much of
/// the native stack: CPython 3.14 stops at its C stack's soft limit, about 8 MiB on Linux;
/// ouro's native frames are bigger and its Python frames live on the same stack.
const NATIVE_RECURSION_STACK: usize = 64 << 20;

/// ... or this many levels, whichever comes first (a level the optimiser made a loop).
const NATIVE_RECURSION_LIMIT: u32 = 200_000;

/// Leaves one native recursion level when dropped.
pub struct NativeRecursionGuard<'a> {
    vm: &'a Vm,
}

impl Drop for NativeRecursionGuard<'_> {
    fn drop(&mut self) {
        let d = self.vm.native_depth.get();
        self.vm.native_depth.set(d.saturating_sub(1));
    }
}

/// Leaves one recursion level when dropped.
pub struct RecursionGuard<'a> {
    vm: &'a Vm,
}

impl Drop for RecursionGuard<'_> {
    fn drop(&mut self) {
        let d = self.vm.recursion_depth.get();
        self.vm.recursion_depth.set(d.saturating_sub(1));
    }
}

/// Objects created before the `Vm` itself.
pub(crate) struct Singletons {
    pub none: Obj,
    pub true_: Obj,
    pub false_: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub empty_tuple: Obj,
    pub empty_str: Obj,
}
