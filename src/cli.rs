//! Command-line parsing, matching `python3`'s interface for the options ouro supports.

use crate::repl;
use ouro_vm::{run_program, Program};
use std::io::IsTerminal;

/// The Python version ouro implements (`-V`, the REPL banner).
pub const PYTHON_VERSION: &str = "3.14.2";

const USAGE: &str = "usage: ouro [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-q     : don't print version and copyright messages on interactive startup
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option (gc_stress[=N], no_color,
         max_memory=SIZE: MemoryError past SIZE bytes of heap; K, M, G suffixes)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Run the command line; returns the exit status.
pub fn main(args: Vec<String>) -> i32 {
    let mut flags = Flags::default();
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!(
                    "Python {PYTHON_VERSION} (ouro {})",
                    env!("CARGO_PKG_VERSION")
                );
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
                return flags.launch(Some(Program::Command(code.clone())), argv);
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
                    flags.no_color |= opt == "no_color";
                    if let Some(size) = opt.strip_prefix("max_memory=") {
                        let Some(bytes) = parse_size(size) else {
                            eprintln!(
                                "ouro: -X max_memory: invalid size '{size}' (a number of bytes, \
                                 with an optional K, M or G suffix)"
                            );
                            return 2;
                        };
                        ouro_memory::heap_limit::set_limit(Some(bytes));
                    }
                }
                i += 2;
                continue;
            }
            "-" => {
                let argv = args[i..].to_vec();
                // `ouro -i -` reads the interactive input itself from stdin.
                let program = (!flags.interactive).then_some(Program::Stdin);
                return flags.launch(program, argv);
            }
            "-i" => {
                flags.interactive = true;
                i += 1;
                continue;
            }
            "-q" => {
                flags.quiet = true;
                i += 1;
                continue;
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
                return flags.launch(Some(Program::File(a.to_string())), argv);
            }
        }
    }
    // As python3: a terminal (or -i) gets the REPL, piped stdin is the program.
    let program = (!flags.interactive && !std::io::stdin().is_terminal()).then_some(Program::Stdin);
    flags.launch(program, vec![String::new()])
}

/// A size in bytes: digits with an optional K, M or G (binary multiples) suffix.
fn parse_size(text: &str) -> Option<usize> {
    let text = text.trim();
    let (digits, shift) = match text.char_indices().last()? {
        (i, 'k' | 'K') => (&text[..i], 10),
        (i, 'm' | 'M') => (&text[..i], 20),
        (i, 'g' | 'G') => (&text[..i], 30),
        _ => (text, 0),
    };
    let n: usize = digits.parse().ok()?;
    n.checked_mul(1usize << shift)
}

/// The options that decide between running a program and the REPL.
#[derive(Default)]
struct Flags {
    /// `-i`: the REPL after the program.
    interactive: bool,
    /// `-q`: no banner.
    quiet: bool,
    /// `-X no_color`.
    no_color: bool,
}

impl Flags {
    /// Run `program` with `argv`; the REPL (after the program, with its globals) when there
    /// is no program or -i was given.
    fn launch(&self, program: Option<Program>, argv: Vec<String>) -> i32 {
        match program {
            Some(program) if !self.interactive => run_program(program, argv),
            program => repl::run(repl::Options {
                program,
                argv,
                quiet: self.quiet,
                no_color: self.no_color,
            }),
        }
    }
}
