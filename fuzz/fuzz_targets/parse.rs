//! Lexer + parser (+ nesting limits) on arbitrary input: must return a tree or a SyntaxError,
//! never panic or overflow the stack. Errors must render (CPython's report) without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = ouro_fuzz::source_of(data);
    ouro_fuzz::on_big_stack(|| {
        if let Err(e) = ouro_syntax::parse_module(&source) {
            let _ = e.render("<fuzz>", &source);
        }
    });
});
