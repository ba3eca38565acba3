//! What an interactive session changes in the names CPython's `site` adds: `help`, `exit` and
//! `quit` are in builtins for every program (`builtins/site.rs`); in a session `help()`
//! without an argument prints a hint, as there is no interactive help utility at the prompt.

use super::Session;

impl Session {
    /// Mark the VM interactive (for `help()`).
    pub(super) fn install_interactive_names(&self) {
        self.vm().interactive.set(true);
    }
}
