//! The `ouro` command: parses arguments and hands off to the VM or the REPL.

mod cli;
mod repl;

/// Every allocation is counted, so that `-X max_memory` can cap the heap and `MemoryError`
/// can be raised before the system runs out (crates/memory/src/heap_limit.rs).
#[global_allocator]
static ALLOCATOR: ouro_memory::CountingAllocator = ouro_memory::CountingAllocator;

fn main() {
    let code = cli::main(std::env::args().collect());
    std::process::exit(code);
}
