//! Runtime services around the interpreter: the [`vm::Vm`] context and its bootstrap, errors
//! and tracebacks (with "Did you mean" suggestions), finalizers run from refcount deaths,
//! fallible allocation, line-buffered stdin and the fuzzing entry point.

pub mod bootstrap;
pub(crate) mod builtin_docs;
pub mod errors;
pub mod fallible;
pub mod finalize;
pub mod fuzzing;
pub mod name_map;
pub mod stdin_lines;
pub mod suggestions;
pub mod traceback;
pub mod vm;
