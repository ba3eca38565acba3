//! The indentation stack: decides INDENT/DEDENT for the leading whitespace of each logical
//! line, as CPython's tokenizer does.
//!
//! Columns are measured twice, with tab size 8 (`col`) and tab size 1 (`altcol`); a line whose
//! two measures disagree with the stack about its position is a `TabError`. A form feed resets
//! both columns.

use crate::error::SyntaxErrorType;

#[derive(Debug, PartialEq, Eq)]
pub enum IndentAction {
    None,
    Indent,
    Dedent(usize),
}

#[derive(Debug)]
pub struct IndentStack {
    /// `(col, altcol)` of each open level; the bottom entry is `(0, 0)`.
    levels: Vec<(u32, u32)>,
}

impl Default for IndentStack {
    fn default() -> Self {
        IndentStack::new()
    }
}

impl IndentStack {
    pub fn new() -> IndentStack {
        IndentStack {
            levels: vec![(0, 0)],
        }
    }

    /// Applies the indentation `ws` (spaces, tabs, form feeds) of a new logical line.
    /// Errors: `IndentationError` (unindent to no outer level) or `TabError`.
    pub fn measure(&mut self, ws: &str) -> Result<IndentAction, SyntaxErrorType> {
        let (mut col, mut altcol) = (0u32, 0u32);
        for c in ws.chars() {
            match c {
                ' ' => {
                    col += 1;
                    altcol += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                '\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
        }
        let &(top, alttop) = self.levels.last().unwrap();
        if col == top {
            if altcol != alttop {
                return Err(SyntaxErrorType::TabError);
            }
            Ok(IndentAction::None)
        } else if col > top {
            if altcol <= alttop {
                return Err(SyntaxErrorType::TabError);
            }
            self.levels.push((col, altcol));
            Ok(IndentAction::Indent)
        } else {
            let mut n = 0;
            while self.levels.len() > 1 && col < self.levels.last().unwrap().0 {
                self.levels.pop();
                n += 1;
            }
            let &(top, alttop) = self.levels.last().unwrap();
            if col != top {
                return Err(SyntaxErrorType::IndentationError);
            }
            if altcol != alttop {
                return Err(SyntaxErrorType::TabError);
            }
            Ok(IndentAction::Dedent(n))
        }
    }

    /// Number of open indentation levels (0 at top level).
    pub fn depth(&self) -> usize {
        self.levels.len() - 1
    }

    /// Closes every open level (end of input); returns how many DEDENTs that is.
    pub fn dedent_all(&mut self) -> usize {
        let n = self.levels.len() - 1;
        self.levels.truncate(1);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indent_dedent() {
        let mut s = IndentStack::new();
        assert_eq!(s.measure(""), Ok(IndentAction::None));
        assert_eq!(s.measure("  "), Ok(IndentAction::Indent));
        assert_eq!(s.measure("    "), Ok(IndentAction::Indent));
        assert_eq!(s.measure("  "), Ok(IndentAction::Dedent(1)));
        assert_eq!(s.measure("   "), Ok(IndentAction::Indent));
        assert_eq!(s.measure(""), Ok(IndentAction::Dedent(2)));
        assert_eq!(s.dedent_all(), 0);
    }

    #[test]
    fn bad_unindent() {
        let mut s = IndentStack::new();
        s.measure("    ").unwrap();
        assert_eq!(s.measure("  "), Err(SyntaxErrorType::IndentationError));
    }

    #[test]
    fn tab_consistency() {
        let mut s = IndentStack::new();
        assert_eq!(s.measure("\t"), Ok(IndentAction::Indent));
        // 8 spaces == one tab at tab size 8, but not at tab size 1.
        assert_eq!(s.measure("        "), Err(SyntaxErrorType::TabError));
        let mut s = IndentStack::new();
        s.measure("\t").unwrap();
        assert_eq!(s.measure("\t"), Ok(IndentAction::None));
        assert_eq!(s.measure("\t  "), Ok(IndentAction::Indent));
        assert_eq!(s.dedent_all(), 2);
        // Form feed resets the column.
        let mut s = IndentStack::new();
        assert_eq!(s.measure("  \x0c"), Ok(IndentAction::None));
    }
}
