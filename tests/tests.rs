//! The single integration-test target of ouro (`cargo test --test tests`).
//!
//! * `harness::golden`   – runs every `tests/golden/<topic>/<case>.py` with the
//!   `ouro` binary and compares stdout / stderr / exit status with the insta
//!   snapshot `tests/golden/<topic>/snapshots/<case>.snap`, which holds CPython
//!   3.14's output (written by `tests/golden-tool update`, never by hand and
//!   never from ouro's output).
//! * `harness::no_panic` – runs truncated copies of every golden script and
//!   asserts ouro never panics on them.
//!
//! `GOLDEN_FILTER=exceptions/ cargo test --test tests` restricts both to the
//! scripts whose path (relative to tests/golden/) contains the filter.
//! See tests/README.md.

mod harness;
