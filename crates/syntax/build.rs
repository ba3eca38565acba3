//! Generates the LR parser from `grammar/python.lalrpop` into `OUT_DIR` (never committed).

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let grammar_dir = std::path::Path::new(&manifest).join("../../grammar");
    lalrpop::Configuration::new()
        .set_in_dir(grammar_dir)
        .set_out_dir(std::env::var("OUT_DIR").unwrap())
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/python.lalrpop failed to compile");
}
