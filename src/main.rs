//! The `ouro` command: parses arguments and hands off to the VM or the REPL.

mod cli;
mod repl;

fn main() {
    let code = cli::main(std::env::args().collect());
    std::process::exit(code);
}
