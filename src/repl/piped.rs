//! Interactive input that is not a terminal (`echo 'x = 1' | ouro -i`): lines are read from
//! stdin as CPython's `-i` reads them, the prompts and reports go to stderr, and echoed
//! values to stdout. No editing, history, completion or colour.

use super::session::{Read, Reader};
use std::io::{BufRead, Write};

/// Lines of standard input.
pub struct PipedReader {
    stdin: std::io::StdinLock<'static>,
}

impl PipedReader {
    pub fn new() -> PipedReader {
        PipedReader {
            stdin: std::io::stdin().lock(),
        }
    }
}

impl Reader for PipedReader {
    fn read(&mut self, prompt: &str, _indent: &str) -> Read {
        self.note(prompt);
        let mut line = Vec::new();
        match self.stdin.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => {
                self.note("\n");
                Read::Eof
            }
            Ok(_) => {
                if line.ends_with(b"\n") {
                    line.pop();
                    if line.ends_with(b"\r") {
                        line.pop();
                    }
                }
                Read::Line(String::from_utf8_lossy(&line).into_owned())
            }
        }
    }

    fn add_history(&mut self, _entry: &str) {}

    fn report(&mut self, text: &str) {
        self.note(text);
    }

    fn note(&mut self, text: &str) {
        let mut err = std::io::stderr();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }
}
