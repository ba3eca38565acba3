//! Where the REPL keeps its history across sessions.
//!
//! `OURO_HISTORY` names the file; set but empty, history is neither read nor written (like
//! CPython's PYTHON_HISTORY, but with an off switch); unset, it is `~/.ouro_history`. Each
//! entry is a whole block (a `def` with its body), stored by rustyline's multi-line-aware
//! file format, and appended as soon as it is entered, so a session that is killed keeps it.

use std::path::PathBuf;

/// The history file, or None when history must not be kept on disk.
pub fn history_file() -> Option<PathBuf> {
    match std::env::var_os("OURO_HISTORY") {
        Some(path) if path.is_empty() => None,
        Some(path) => Some(PathBuf::from(path)),
        None => std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|home| PathBuf::from(home).join(".ouro_history")),
    }
}

/// Most entries kept (CPython's readline default is unlimited; rustyline's is 100).
pub const MAX_ENTRIES: usize = 10_000;
