//! ouro's front end: source text -> tokens -> AST.
//!
//! One public entry point, [`parse_module`]; errors are [`SyntaxError`] values carrying the
//! exception type CPython would raise (`SyntaxError`, `IndentationError`, `TabError`), its
//! message and the source range, rendered by [`SyntaxError::render`] exactly as CPython prints.
//!
//! Pipeline: [`lexer`] (logos DFA + hand-written number/string scanners + [`indent`]) produces
//! tokens; the LALRPOP parser generated from `grammar/python.lalrpop` builds the tree through
//! [`helpers`]; on failure `diagnose` maps the parser state to CPython's message.

pub mod ast;
mod diagnose;
mod error;
mod fstring;
mod helpers;
pub mod indent;
pub mod lexer;
pub mod limits;
pub mod line_index;
mod parser;
mod strings;
pub mod token;
mod typos;

pub use error::{SyntaxError, SyntaxErrorType};
pub use line_index::{line_text, LineIndex};

/// Parses a whole source file (or REPL input, or `-c` string) into a module.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source)
}

#[cfg(test)]
mod tests;
