//! Command-line parsing, matching `python3`'s interface for the options ouro supports.

use ouro_vm::{run_program, Program};
use std::io::IsTerminal;

const USAGE: &str = "usage: ouro [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Run the command line; returns the exit status.
pub fn main(args: Vec<String>) -> i32 {
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("Python 3.14.2 (ouro {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    eprint!("{USAGE}");
                    return 2;
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return run_program(Program::Command(code.clone()), argv);
            }
            "-X" => {
                // `-X gc_stress[=N]`: a full collection every N container allocations (1 by
                // default). It is passed to the VM through OURO_GC_STRESS, which child
                // processes (the test harness's runs) inherit as well. Other -X options are
                // accepted and ignored, as CPython ignores unknown ones.
                if let Some(opt) = args.get(i + 1) {
                    if let Some(rest) = opt.strip_prefix("gc_stress") {
                        let n = rest.strip_prefix('=').unwrap_or("1");
                        std::env::set_var("OURO_GC_STRESS", n);
                    }
                }
                i += 2;
                continue;
            }
            "-" => {
                let argv = args[i..].to_vec();
                return run_program(Program::Stdin, argv);
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" => {
                i += 1;
                continue;
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                eprintln!("Unknown option: {a}");
                eprint!("{USAGE}");
                return 2;
            }
            _ => {
                let argv = args[i..].to_vec();
                return run_program(Program::File(a.to_string()), argv);
            }
        }
    }
    if std::io::stdin().is_terminal() {
        eprintln!("ouro: the interactive REPL is not available yet; run a script: ouro script.py");
        return 2;
    }
    run_program(Program::Stdin, vec![String::new()])
}
