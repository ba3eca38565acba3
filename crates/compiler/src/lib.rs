//! ouro's compiler: AST -> symbol tables -> bytecode code objects.
//!
//! Data flows one way: the compiler consumes `ouro_syntax::ast` and produces
//! [`bytecode::CodeObject`]s that the VM executes; it knows nothing of runtime objects.

#![forbid(unsafe_code)]

pub mod bytecode;
pub mod codegen;
pub mod symtable;

pub use bytecode::{CodeObject, Constant, Instr};
pub use codegen::{compile_module, CompileError, CompileWarning, Compiled, Mode};

#[cfg(test)]
mod tests;
