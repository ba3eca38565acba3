//! Running arbitrary programs for the fuzz targets (fuzz/): every input must end, quickly and
//! harmlessly, and any Rust panic must be seen as a crash.
//!
//! Invariants of a sandboxed run:
//! - nothing is printed (stdout and stderr are discarded) and nothing outside the process is
//!   touched: `open`, `os` and `io` are not there, and `time.sleep` returns at once;
//! - the program stops with an exception after `step_budget` safe points (a backward jump, a
//!   call, a native loop's 1024th item) and raises `MemoryError` past `max_memory` bytes of
//!   heap (with `CountingAllocator` installed as the global allocator);
//! - an internal error (a panic) aborts the process after its report, which is how libFuzzer
//!   recognises a crash; every other outcome returns the exit status (70 included: a program
//!   may `sys.exit(70)`).

use crate::interp::interpreter_thread::try_on_interpreter_thread;
use crate::Vm;
use std::rc::Rc;

/// Run `source` as `__main__` in a sandboxed interpreter (see the module doc) and return its
/// exit status.
pub fn run_for_fuzzing(source: &str, step_budget: u64, max_memory: usize) -> i32 {
    ouro_memory::heap_limit::set_limit(Some(
        ouro_memory::heap_limit::heap_bytes().saturating_add(max_memory),
    ));
    let source = source.to_string();
    let status = try_on_interpreter_thread(move || {
        let vm = Rc::new(crate::runtime::bootstrap::create_vm());
        crate::runtime::finalize::install(vm.clone());
        let marker = 0u8;
        vm.stack_base.set(&marker as *const u8 as usize);
        vm.init(&["<fuzz>".to_string()], "");
        sandbox(&vm);
        vm.set_step_budget(Some(step_budget));
        let main = vm.main_dict();
        let status = match vm.run_source(&source, "<fuzz>", &main) {
            Ok(_) => 0,
            Err(e) => vm.exit_status(&e),
        };
        // Shutdown runs `__del__`s and atexit functions: they get a fresh, smaller budget.
        vm.set_step_budget(Some(step_budget / 4 + 1000));
        vm.shutdown();
        drop(main);
        crate::runtime::finalize::uninstall();
        status
    });
    ouro_memory::heap_limit::set_limit(None);
    status.unwrap_or_else(|_| std::process::abort())
}

/// Cut the sandboxed interpreter off from the world.
fn sandbox(vm: &Vm) {
    vm.sandboxed.set(true);
    let builtins = vm.builtins_dict();
    for name in ["open", "input"] {
        let _ = vm.dict_del_item_opt(&builtins, &vm.new_str(name));
    }
}

#[cfg(test)]
mod tests {
    use super::run_for_fuzzing;

    const BUDGET: u64 = 100_000;
    const HEAP: usize = 64 << 20;

    #[test]
    fn endless_programs_end() {
        for program in [
            "while True: pass",
            "while True:\n    try:\n        while True: pass\n    except BaseException: pass",
            "def f(): f()\nf()",
            "sum(range(10**18))",
            "import time\ntime.sleep(10**6)\nwhile 1: pass",
        ] {
            assert_eq!(run_for_fuzzing(program, BUDGET, HEAP), 1, "{program}");
        }
    }

    #[test]
    fn big_requests_and_the_world_are_out_of_reach() {
        assert_eq!(run_for_fuzzing("x = [0] * 10**9", BUDGET, HEAP), 1);
        assert_eq!(run_for_fuzzing("open('f', 'w')", BUDGET, HEAP), 1);
        assert_eq!(run_for_fuzzing("import os", BUDGET, HEAP), 1);
        assert_eq!(run_for_fuzzing("print('quiet')\nx = 1", BUDGET, HEAP), 0);
        assert_eq!(run_for_fuzzing("raise SystemExit(3)", BUDGET, HEAP), 3);
        // The internal-error status is an ordinary exit status for a program.
        assert_eq!(run_for_fuzzing("raise SystemExit(70)", BUDGET, HEAP), 70);
        assert_eq!(run_for_fuzzing("def (", BUDGET, HEAP), 1);
    }
}
