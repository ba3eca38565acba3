//! Whole programs run in-process as `__main__` with an instruction budget and a heap limit
//! (`ouro_vm::run_for_fuzzing`): any exit status is fine, a panic, an abort or a sanitizer
//! report is a crash. Build with `--features exec`.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Counts live heap bytes so that `run_for_fuzzing` can raise MemoryError past the limit.
#[global_allocator]
static ALLOCATOR: ouro_memory::CountingAllocator = ouro_memory::CountingAllocator;

/// Instructions a program may execute before it is stopped with an exception.
const INSTRUCTION_BUDGET: u64 = 200_000;
/// Heap bytes a program may hold before MemoryError.
const MAX_MEMORY: usize = 256 << 20;

fuzz_target!(|data: &[u8]| {
    let source = ouro_fuzz::source_of(data);
    let _status = ouro_vm::run_for_fuzzing(&source, INSTRUCTION_BUDGET, MAX_MEMORY);
});
