//! Parse + symbol table + code generation in every mode (module, REPL input, `eval`): must
//! produce code or a SyntaxError, never panic or overflow the stack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ouro_compiler::Mode;

fuzz_target!(|data: &[u8]| {
    let source = ouro_fuzz::source_of(data);
    ouro_fuzz::on_big_stack(|| {
        let Ok(module) = ouro_syntax::parse_module(&source) else {
            return;
        };
        for mode in [Mode::Exec, Mode::Interactive, Mode::Eval] {
            if let Err(e) = ouro_compiler::compile_module(&module, &source, "<fuzz>", mode) {
                // What the VM does with a compile error: locate and render it.
                let lineno = ouro_syntax::LineIndex::new(&source).line(e.span.start);
                let _ = ouro_syntax::line_text(&source, lineno);
            }
        }
    });
});
