//! The interpreter's own thread: a big native stack, panics turned into an internal-error
//! report, and the exit status handed back to the process.
//!
//! Invariants:
//! - ouro's Python calls recurse on the native stack, so the thread's stack bounds how deep a
//!   program may recurse; [`interpreter_stack_size`] is the size the running thread really
//!   got, which the recursion guards in `vm.rs` measure against.
//! - The stack is reserved, not committed: untouched pages cost no memory. Where the address
//!   space is limited (`ulimit -v`) a smaller stack is taken instead of failing to start.
//! - A Rust panic never reaches the user as a panic message or backtrace: the hook prints one
//!   `ouro: internal error: ...` line asking for a report, the output already printed is
//!   flushed, and the process exits with [`INTERNAL_ERROR_STATUS`].

use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack sizes tried for the interpreter thread, largest first. 4 GiB holds a million
/// Python frames (`sys.setrecursionlimit(10**6)` ends in "maximum recursion depth exceeded",
/// as in CPython, whose Python frames use no C stack); the smaller ones are fallbacks.
const STACK_SIZES: [usize; 4] = [4 << 30, 1 << 30, 256 << 20, 32 << 20];

/// The exit status after an internal error (EX_SOFTWARE of BSD's sysexits.h).
pub const INTERNAL_ERROR_STATUS: i32 = 70;

static STACK_SIZE: AtomicUsize = AtomicUsize::new(32 << 20);

/// The native stack size of the interpreter thread.
pub fn interpreter_stack_size() -> usize {
    STACK_SIZE.load(Ordering::Relaxed)
}

/// How deep destructions may nest on a stack of `size` bytes before the trashcan defers them:
/// a nested destruction that runs a `__del__` takes about 10 KiB of native stack (a Python
/// frame included), and a tenth of the stack is plenty for the recursion limit's thousand.
fn dealloc_nesting_limit(size: usize) -> usize {
    (size / 10 / (10 << 10)).clamp(50, 4000)
}

/// Run `body` on an interpreter thread and return its exit status; a panic inside is reported
/// (by the hook installed here) and gives [`INTERNAL_ERROR_STATUS`].
pub fn run_on_interpreter_thread<F>(body: F) -> i32
where
    F: FnOnce() -> i32 + Send + 'static,
{
    match try_on_interpreter_thread(body) {
        Ok(status) => status,
        Err(InterpreterFailed::Panicked) => INTERNAL_ERROR_STATUS,
        Err(InterpreterFailed::NotStarted) => {
            eprintln!("ouro: cannot start the interpreter thread (out of memory)");
            1
        }
    }
}

/// Why [`try_on_interpreter_thread`] has no exit status to give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InterpreterFailed {
    /// `body` panicked (an internal error, already reported by the hook).
    Panicked,
    /// No thread could be started, with any of the stack sizes.
    NotStarted,
}

/// [`run_on_interpreter_thread`], telling a panic apart from a program that exits with 70.
pub(crate) fn try_on_interpreter_thread<F>(body: F) -> Result<i32, InterpreterFailed>
where
    F: FnOnce() -> i32 + Send + 'static,
{
    install_panic_report();
    ouro_memory::heap_limit::arm_reserve();
    let mut body = Some(body);
    for size in STACK_SIZES {
        // `spawn` consumes its closure even when it fails: the body waits in a slot, so that
        // it can be taken back for a smaller stack.
        let slot = std::sync::Arc::new(std::sync::Mutex::new(body.take()));
        let thread_slot = slot.clone();
        let spawned = std::thread::Builder::new()
            .name("ouro".into())
            .stack_size(size)
            .spawn(move || {
                STACK_SIZE.store(size, Ordering::Relaxed);
                ouro_memory::set_dealloc_nesting_limit(dealloc_nesting_limit(size));
                let body = thread_slot.lock().ok().and_then(|mut b| b.take());
                let body = body.ok_or(InterpreterFailed::NotStarted)?;
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)).map_err(|_| {
                    if let Some(vm) = crate::runtime::finalize::current() {
                        vm.flush_all_output();
                    }
                    InterpreterFailed::Panicked
                })
            });
        match spawned {
            Ok(handle) => return handle.join().unwrap_or(Err(InterpreterFailed::Panicked)),
            // The thread never started: take the body back and try a smaller stack.
            Err(_) => body = slot.lock().ok().and_then(|mut b| b.take()),
        }
        if body.is_none() {
            break;
        }
    }
    Err(InterpreterFailed::NotStarted)
}

/// A bug in ouro must not show users a Rust panic message and backtrace: report it in one
/// line, with its location, asking for a bug report (`OURO_BACKTRACE=1` adds the backtrace).
pub(crate) fn install_panic_report() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!(
            "ouro: internal error: {message}{location}\n\
             This is a bug in ouro; please report it with the program that caused it."
        );
        if std::env::var_os("OURO_BACKTRACE").is_some() {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_an_internal_error_with_status_70() {
        assert_eq!(run_on_interpreter_thread(|| 3), 3);
        assert_eq!(
            run_on_interpreter_thread(|| panic!("a bug")),
            INTERNAL_ERROR_STATUS
        );
        assert!(interpreter_stack_size() >= 32 << 20);
    }
}
