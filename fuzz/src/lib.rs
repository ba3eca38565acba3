//! Shared by the fuzz targets: how an input becomes source text, and running the front end on
//! a stack as big as the interpreter thread's.

/// Source text from fuzzer bytes, decoded the way the `ouro` CLI decodes a script file
/// (invalid UTF-8 becomes U+FFFD, as `String::from_utf8_lossy`).
pub fn source_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// The interpreter compiles on a thread with a 512 MiB stack (`ouro_vm::INTERPRETER_STACK_SIZE`);
/// the front end is run on a thread of this size so that the fuzzer's main thread (8 MiB) does
/// not report overflows the interpreter cannot have. Deep nesting is still bounded by the
/// parser's limits (`ouro_syntax::limits`): an overflow here is a real bug.
pub const STACK_SIZE: usize = 256 << 20;

/// Runs `f` on a fresh thread with a [`STACK_SIZE`] stack. A panic in `f` aborts the process
/// (libfuzzer-sys's panic hook), which the fuzzer records as a crash.
pub fn on_big_stack<F: FnOnce() + Send>(f: F) {
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(s, f);
        match handle {
            Ok(h) => {
                if h.join().is_err() {
                    std::process::abort();
                }
            }
            Err(e) => panic!("cannot spawn the front-end thread: {e}"),
        }
    });
}
