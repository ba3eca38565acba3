//! Ctrl-C while Python code runs: a flag set asynchronously (by the SIGINT handler the `ouro`
//! binary registers for its REPL) and polled by the interpreter loop at its safe points
//! (backward jumps), where it raises `KeyboardInterrupt`, as CPython's eval breaker does.
//!
//! Invariants:
//! - The flag exists once per process ([`flag`] creates it on first use); while nobody has
//!   asked for it, [`Vm::check_interrupt`] costs one atomic load and never raises, so scripts
//!   (which keep the default SIGINT disposition) are unaffected.
//! - A set flag raises exactly once: the check clears it before raising.

use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();

/// The process's interrupt flag, to hand to a signal handler (`signal_hook::flag::register`).
pub fn flag() -> Arc<AtomicBool> {
    FLAG.get_or_init(|| Arc::new(AtomicBool::new(false)))
        .clone()
}

/// Forget an interrupt that arrived after the code it was meant for stopped checking.
pub fn clear() {
    if let Some(f) = FLAG.get() {
        f.store(false, Ordering::Relaxed);
    }
}

/// Whether an interrupt arrived that no check has raised yet.
#[inline]
pub fn pending() -> bool {
    FLAG.get().is_some_and(|f| f.load(Ordering::Relaxed))
}

impl Vm {
    /// Raise `KeyboardInterrupt` if an interrupt arrived since the last check.
    #[inline]
    pub(crate) fn check_interrupt(&self) -> PyResult<()> {
        match FLAG.get() {
            Some(f) if f.load(Ordering::Relaxed) && f.swap(false, Ordering::Relaxed) => {
                let exc = self.new_exception(&self.exc_type("KeyboardInterrupt"), Vec::new());
                Err(self.raise(exc))
            }
            _ => Ok(()),
        }
    }
}
