//! The `ouro` command: parses arguments and hands off to the VM.

mod cli;

fn main() {
    let code = cli::main(std::env::args().collect());
    std::process::exit(code);
}
