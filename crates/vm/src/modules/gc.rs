//! The `gc` module, over the memory crate's cycle collector (`ouro_memory::gc`).
//!
//! Invariants: collections run only at safe points (a `gc.collect()` call, or the interpreter
//! loop's poll of `collection_due` at function entry and backward jumps), never inside an
//! allocation, so no `RefCell` borrow of VM state is held while finalizers run; callbacks in
//! `gc.callbacks` run inside the collection, so a collection they request does nothing.

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::gc as collector;
use ouro_memory::Obj;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;
pub const DEBUG_LEAK: i64 = 38;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("collect", collect),
    ("get_count", get_count),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("get_objects", get_objects),
    ("get_referrers", get_referrers),
    ("get_referents", get_referents),
    ("is_tracked", is_tracked),
    ("is_finalized", is_finalized),
    ("freeze", freeze),
    ("unfreeze", unfreeze),
    ("get_freeze_count", get_freeze_count),
    ("get_stats", get_stats),
    ("set_debug", set_debug),
    ("get_debug", get_debug),
];

/// GC stress mode (`-X gc_stress[=N]`, or OURO_GC_STRESS=N): a full collection whenever N
/// container allocations have accumulated, to shake out missing `trace`/`clear` references.
pub(crate) fn configure_stress(vm: &Vm) {
    let Ok(v) = std::env::var("OURO_GC_STRESS") else {
        return;
    };
    let n: usize = v.trim().parse().unwrap_or(1).max(1);
    vm.gc_stress.set(n);
}

pub(crate) fn add_attributes(vm: &Vm, d: &Obj) {
    vm.dict_set_str(d, "callbacks", vm.new_list(Vec::new()));
    vm.dict_set_str(d, "garbage", vm.new_list(Vec::new()));
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        vm.dict_set_str(d, name, vm.new_int(v));
    }
}

impl Vm {
    /// The `gc` module's namespace, if it was imported.
    fn gc_dict(&self) -> Option<Obj> {
        let m = self.dict_get_str(&self.modules, "gc")?;
        m.downcast_ref::<PyModule>().map(|m| m.dict.clone())
    }

    /// Run a collection of `generation`, calling `gc.callbacks` around it; returns the number
    /// `gc.collect()` reports.
    pub(crate) fn run_collection(&self, generation: u8) -> PyResult<usize> {
        self.run_collection_reported_as(generation, generation)
    }

    /// As [`Vm::run_collection`], telling callbacks and DEBUG_STATS that the collection was of
    /// generation `reported` (GC stress runs full collections where automatic ones would run
    /// an increment, and reports them as automatic ones).
    fn run_collection_reported_as(&self, generation: u8, reported: u8) -> PyResult<usize> {
        let callbacks = self
            .gc_dict()
            .and_then(|d| self.dict_get_str(&d, "callbacks"))
            .and_then(|c| c.downcast_ref::<PyList>().map(|l| l.items.borrow().clone()))
            .unwrap_or_default();
        let debug = self.gc_debug.get();
        let observe = debug & (DEBUG_COLLECTABLE | DEBUG_SAVEALL) != 0;
        collector::set_garbage_observer(observe.then_some(observe_garbage as _));
        // The method cache holds strong references: it must not keep garbage alive.
        self.clear_type_cache_values();
        let mut started = None;
        let stats = collector::collect_with(generation, &mut |phase, stats| {
            if debug & DEBUG_STATS != 0 {
                match phase {
                    collector::CallbackPhase::Start => {
                        self.write_stderr(&debug_stats_header(reported));
                        started = Some(std::time::Instant::now());
                    }
                    collector::CallbackPhase::Stop => {
                        let elapsed = started.map_or(0.0, |t| t.elapsed().as_secs_f64());
                        self.write_stderr(&format!(
                            "gc: done, {} unreachable, {} uncollectable, {elapsed:.4}s elapsed\n",
                            stats.collected, stats.uncollectable
                        ));
                    }
                }
            }
            if callbacks.is_empty() {
                return;
            }
            let phase = match phase {
                collector::CallbackPhase::Start => "start",
                collector::CallbackPhase::Stop => "stop",
            };
            let info = self.new_dict();
            self.dict_set_str(&info, "generation", self.new_int(i64::from(reported)));
            self.dict_set_str(&info, "collected", self.new_int(stats.collected as i64));
            self.dict_set_str(
                &info,
                "uncollectable",
                self.new_int(stats.uncollectable as i64),
            );
            for cb in &callbacks {
                if let Err(e) =
                    self.call(cb, Args::positional(&[self.new_str(phase), info.clone()]))
                {
                    self.report_unraisable(
                        &e,
                        "Exception ignored while calling GC callback",
                        Some(cb),
                    );
                }
            }
        });
        collector::set_garbage_observer(None);
        Ok(stats.total())
    }

    /// The interpreter loop's safe-point poll: run an automatic collection (one increment,
    /// reported as generation 1) when the young generation is over its threshold. In GC stress
    /// mode the threshold is N and every automatic collection is a full one.
    #[inline]
    pub(crate) fn maybe_collect(&self) {
        let stress = self.gc_stress.get();
        let due = if stress > 0 {
            // Automatic collections only: `gc.disable()` and a zero threshold turn them off.
            collector::is_enabled()
                && collector::get_threshold().0 != 0
                && !collector::is_collecting()
                && collector::get_count().0 >= stress
        } else {
            collector::collection_due()
        };
        if due {
            let generation = if stress > 0 { 2 } else { 1 };
            let _ = self.run_collection_reported_as(generation, 1);
        }
    }
}

fn enable(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.enable", 0, 0)?;
    collector::enable();
    Ok(vm.none.clone())
}

fn disable(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.disable", 0, 0)?;
    collector::disable();
    Ok(vm.none.clone())
}

fn isenabled(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.isenabled", 0, 0)?;
    Ok(vm.new_bool(collector::is_enabled()))
}

fn collect(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "collect", &["generation"])?;
    let a = args.pos();
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    let generation = match a.first().cloned().or_else(|| args.kw(vm, "generation")) {
        Some(g) => vm.arg_i64(&g)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.run_collection(generation as u8)?;
    Ok(vm.new_int(n as i64))
}

fn triple(vm: &Vm, t: (usize, usize, usize)) -> Obj {
    vm.new_tuple(vec![
        vm.new_int(t.0 as i64),
        vm.new_int(t.1 as i64),
        vm.new_int(t.2 as i64),
    ])
}

fn get_count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.get_count", 0, 0)?;
    Ok(triple(vm, collector::get_count()))
}

fn get_threshold(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.get_threshold", 0, 0)?;
    Ok(triple(vm, collector::get_threshold()))
}

fn set_threshold(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.pos();
    if args.has_kwargs() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let (t0, t1, t2) = collector::get_threshold();
    let mut t = [t0, t1, t2];
    for (slot, v) in t.iter_mut().zip(a) {
        *slot = vm.arg_i64(v)?.max(0) as usize;
    }
    collector::set_threshold(t[0], t[1], t[2]);
    Ok(vm.none.clone())
}

fn get_objects(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(vm, "get_objects", &["generation"])?;
    let a = args.pos();
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "get_objects() takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    let generation = match a.first().cloned().or_else(|| args.kw(vm, "generation")) {
        Some(g) if !vm.is_none(&g) => {
            if !PyInt::is_int(&g) {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(&g)
                )));
            }
            match vm.arg_i64(&g)? {
                -1 => None,
                g if g < 0 => {
                    return Err(vm.value_error("generation parameter cannot be negative"));
                }
                g if g > 2 => {
                    return Err(vm.value_error(
                        "generation parameter must be less than the number of available generations (3)",
                    ));
                }
                g => Some(g as u8),
            }
        }
        _ => None,
    };
    Ok(vm.new_list(collector::tracked_objects(generation)))
}

/// The objects `obj` refers to: its payload's references, and its class unless that is a
/// builtin (immortal) type, which CPython's `tp_traverse` does not visit either.
fn referents_of(obj: &Obj) -> Vec<Obj> {
    let mut out = Vec::new();
    obj.trace_refs(&mut |o| out.push(o.clone()));
    out
}

fn get_referents(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let mut out = Vec::new();
    for o in args.pos() {
        if o.is_container() {
            out.extend(referents_of(o));
        }
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let targets = args.pos();
    let mut out = Vec::new();
    for candidate in collector::tracked_objects(None) {
        let mut refers = false;
        candidate.trace_refs(&mut |o| refers |= targets.iter().any(|t| t.ptr_eq(o)));
        if refers {
            out.push(candidate);
        }
    }
    Ok(vm.new_list(out))
}

fn is_tracked(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "gc.is_tracked", 1, 1)?;
    Ok(vm.new_bool(a[0].is_tracked()))
}

fn is_finalized(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "gc.is_finalized", 1, 1)?;
    Ok(vm.new_bool(a[0].is_finalized()))
}

fn freeze(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.freeze", 0, 0)?;
    collector::freeze();
    Ok(vm.none.clone())
}

fn unfreeze(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.unfreeze", 0, 0)?;
    collector::unfreeze();
    Ok(vm.none.clone())
}

fn get_freeze_count(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.get_freeze_count", 0, 0)?;
    Ok(vm.new_int(collector::get_freeze_count() as i64))
}

fn get_stats(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.get_stats", 0, 0)?;
    let mut out = Vec::new();
    for s in collector::get_stats() {
        let d = vm.new_dict();
        vm.dict_set_str(&d, "collections", vm.new_int(s.collections as i64));
        vm.dict_set_str(&d, "collected", vm.new_int(s.collected as i64));
        vm.dict_set_str(&d, "uncollectable", vm.new_int(s.uncollectable as i64));
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn set_debug(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "gc.set_debug", 1, 1)?;
    let flags = vm.arg_i64(&a[0])?;
    vm.gc_debug.set(flags);
    Ok(vm.none.clone())
}

fn get_debug(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "gc.get_debug", 0, 0)?;
    Ok(vm.new_int(vm.gc_debug.get()))
}

/// The DEBUG_STATS lines printed when a collection starts.
fn debug_stats_header(generation: u8) -> String {
    let [young, old0, old1, permanent] = collector::list_sizes();
    format!(
        "gc: collecting generation {generation}...\n\
         gc: objects in each generation: {young} {old0} {old1}\n\
         gc: objects in permanent generation: {permanent}\n"
    )
}

/// The collector's garbage observer while DEBUG_COLLECTABLE or DEBUG_SAVEALL is set: print
/// `gc: collectable <TYPE 0xADDR>`, and with SAVEALL keep the object in `gc.garbage` instead
/// of clearing it.
fn observe_garbage(obj: &Obj) -> collector::GarbageAction {
    let Some(vm) = crate::runtime::finalize::current() else {
        return collector::GarbageAction::Clear;
    };
    let debug = vm.gc_debug.get();
    if debug & DEBUG_COLLECTABLE != 0 {
        vm.write_stderr(&format!(
            "gc: collectable <{} {:#x}>\n",
            vm.type_name(obj),
            obj.addr()
        ));
    }
    if debug & DEBUG_SAVEALL != 0 {
        let garbage = vm.gc_dict().and_then(|d| vm.dict_get_str(&d, "garbage"));
        if let Some(list) = garbage.as_ref().and_then(|g| g.downcast_ref::<PyList>()) {
            list.items.borrow_mut().push(obj.clone());
            return collector::GarbageAction::Keep;
        }
    }
    collector::GarbageAction::Clear
}
