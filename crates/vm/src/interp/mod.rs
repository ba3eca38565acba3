//! The interpreter: code objects at run time, frames and their pool, the evaluation loop
//! ([`eval`]) and its fast paths for exact builtin operands, raising and catching,
//! generators, inline attribute caches, safe points (signals, memory cap), the interpreter
//! thread, imports and lazy annotations.

pub mod annotations;
pub mod code;
pub mod eval;
pub mod frame;
pub mod frame_builtins;
pub mod frame_pool;
pub mod generator;
pub mod import;
pub mod inline_cache;
pub mod interpreter_thread;
pub mod raise;
pub mod run;
pub mod safe_point;
pub mod specialized;
