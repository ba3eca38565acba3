//! `input()` lines that Ctrl-C can interrupt: CPython raises KeyboardInterrupt at once when
//! SIGINT arrives during `input()`, but a blocking read of stdin is restarted after the signal
//! handler runs. So lines are read by a helper thread and the interpreter waits for them in
//! short slices, checking its safe point in between.
//!
//! Invariants:
//! - at most one read is outstanding; a line that arrives after its `input()` was interrupted
//!   is kept and given to the next `input()` call, so no typed input is lost;
//! - the helper thread is started on the first `input()` and reads only when asked.

use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use std::io::BufRead;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// One line of stdin with its end of line, `Ok(None)` at end of file.
type LineResult = Result<Option<String>, std::io::ErrorKind>;

struct Reader {
    ask: Sender<()>,
    lines: Receiver<LineResult>,
    outstanding: bool,
}

static READER: OnceLock<Mutex<Reader>> = OnceLock::new();

fn reader() -> &'static Mutex<Reader> {
    READER.get_or_init(|| {
        let (ask, asked) = channel::<()>();
        let (send, lines) = channel::<LineResult>();
        let _ = std::thread::Builder::new()
            .name("ouro-stdin".into())
            .spawn(move || {
                while asked.recv().is_ok() {
                    let mut line = String::new();
                    let result = match std::io::stdin().lock().read_line(&mut line) {
                        Ok(0) => Ok(None),
                        Ok(_) => Ok(Some(line)),
                        Err(e) => Err(e.kind()),
                    };
                    if send.send(result).is_err() {
                        return;
                    }
                }
            });
        Mutex::new(Reader {
            ask,
            lines,
            outstanding: false,
        })
    })
}

impl Vm {
    /// The next line of stdin (with its end of line), `None` at end of file; pending signals
    /// are raised while waiting.
    pub(crate) fn read_stdin_line(&self) -> PyResult<Option<String>> {
        let Ok(mut r) = reader().lock() else {
            return Ok(None);
        };
        if !r.outstanding {
            if r.ask.send(()).is_err() {
                return Ok(None);
            }
            r.outstanding = true;
        }
        loop {
            match r.lines.recv_timeout(Duration::from_millis(20)) {
                Ok(result) => {
                    r.outstanding = false;
                    return result.map_err(|kind| {
                        self.new_error("OSError", std::io::Error::from(kind).to_string())
                    });
                }
                Err(RecvTimeoutError::Timeout) => self.check_pending()?,
                Err(RecvTimeoutError::Disconnected) => return Ok(None),
            }
        }
    }
}
