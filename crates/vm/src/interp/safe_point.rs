//! Safe points: the places where the interpreter looks up from the program to the world
//! (CPython's eval breaker), and what it finds there.
//!
//! Invariants:
//! - The safe points are a function's entry, every backward jump, every 1024th item a native
//!   loop takes from an iterator (`sum(range(10**12))` is interruptible too), and the slices
//!   in which `time.sleep` and `input()` wait. No Rust borrow of interpreter state is held at
//!   any of them, so raising there is always clean.
//! - When nothing is pending, a safe point costs three relaxed atomic loads (SIGINT, SIGTERM,
//!   the heap cap) and one of the step budget.
//! - Each pending event raises exactly once: the flag is cleared before the exception is made.
//!   In order: a SIGTERM (flush every file and stdout, then die by the signal, as CPython's
//!   default disposition would, without losing written data), SIGINT (`KeyboardInterrupt`),
//!   the heap passing `-X max_memory` (`MemoryError`), the step budget running out
//!   (fuzzing's end for programs that never stop).

use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::heap_limit;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// Set by the SIGTERM handler that [`install_signal_handlers`] registers.
static TERMINATE: OnceLock<Arc<AtomicBool>> = OnceLock::new();

/// Native loops check every this many items (a power of two: the countdown is masked).
const NATIVE_LOOP_CHECK_INTERVAL: u32 = 1024;

/// Route SIGINT to `KeyboardInterrupt` and SIGTERM to an orderly death at the next safe point
/// (a second SIGTERM before then kills at once). Called once by each program run.
pub(crate) fn install_signal_handlers() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let _ = signal_hook::flag::register(SIGINT, crate::interactive::interrupt::flag());
    let term = TERMINATE.get_or_init(|| Arc::new(AtomicBool::new(false)));
    // Registered first, so it sees the flag as the previous signal left it.
    let _ = signal_hook::flag::register_conditional_default(SIGTERM, term.clone());
    let _ = signal_hook::flag::register(SIGTERM, term.clone());
}

/// Set when the program ended with an uncaught `KeyboardInterrupt`.
static UNCAUGHT_INTERRUPT: AtomicBool = AtomicBool::new(false);

pub(crate) fn note_uncaught_interrupt() {
    UNCAUGHT_INTERRUPT.store(true, Ordering::Relaxed);
}

/// After a program that ended with an uncaught `KeyboardInterrupt` (its output flushed):
/// end the process by SIGINT's default action, as CPython does, so that a shell running it
/// stops too. Returns only if that fails.
pub(crate) fn die_by_sigint_if_interrupted() {
    if UNCAUGHT_INTERRUPT.load(Ordering::Relaxed) {
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
}

/// The signal flags a VM polls, held by the VM so that polling them is one load each.
pub(crate) struct SignalFlags {
    interrupt: Arc<AtomicBool>,
    terminate: Arc<AtomicBool>,
}

impl SignalFlags {
    pub(crate) fn new() -> SignalFlags {
        SignalFlags {
            interrupt: crate::interactive::interrupt::flag(),
            terminate: TERMINATE
                .get_or_init(|| Arc::new(AtomicBool::new(false)))
                .clone(),
        }
    }
}

impl Vm {
    /// A safe point where an automatic collection may also run.
    #[inline]
    pub(crate) fn safe_point(&self) -> PyResult<()> {
        self.maybe_collect();
        self.check_pending()
    }

    /// Raise whatever is pending (see the module doc); `Ok` when nothing is.
    #[inline]
    pub(crate) fn check_pending(&self) -> PyResult<()> {
        if self.signals.interrupt.load(Ordering::Relaxed)
            | self.signals.terminate.load(Ordering::Relaxed)
            | heap_limit::over_limit()
            | self.step_budget.get().is_some()
        {
            return self.handle_pending();
        }
        Ok(())
    }

    /// [`Vm::check_pending`] from a native loop, every [`NATIVE_LOOP_CHECK_INTERVAL`] items.
    #[inline]
    pub(crate) fn native_loop_tick(&self) -> PyResult<()> {
        let t = self.loop_ticks.get().wrapping_add(1);
        self.loop_ticks.set(t);
        if t & (NATIVE_LOOP_CHECK_INTERVAL - 1) == 0 {
            return self.check_pending();
        }
        Ok(())
    }

    #[cold]
    fn handle_pending(&self) -> PyResult<()> {
        if self.signals.terminate.load(Ordering::Relaxed) {
            self.flush_all_output();
            let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTERM);
            std::process::exit(143);
        }
        self.check_interrupt()?;
        if heap_limit::over_limit() {
            heap_limit::clear_over_limit();
            // The flag may be stale: the program freed memory since an allocation passed the
            // cap. Only a heap still above it (or a used emergency reserve) is an error.
            let above = heap_limit::limit().is_some_and(|cap| heap_limit::heap_bytes() > cap);
            let reserve_used = heap_limit::take_reserve_used();
            if reserve_used {
                heap_limit::arm_reserve();
            }
            if above || reserve_used {
                return Err(self.memory_error());
            }
        }
        match self.step_budget.get() {
            // The budget stays exhausted, so every later safe point raises too until the
            // program has unwound to its end, whatever it catches.
            Some(0) => Err(self.runtime_error("ouro: step budget exhausted")),
            Some(steps) => {
                self.step_budget.set(Some(steps - 1));
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Limit the program to `steps` safe points (fuzzing); `None` removes the limit.
    pub fn set_step_budget(&self, steps: Option<u64>) {
        self.step_budget.set(steps);
    }

    /// Flush standard output and every buffered file, before the process ends abruptly.
    pub(crate) fn flush_all_output(&self) {
        crate::modules::io::flush_open_files();
        self.flush_stdout();
    }
}
