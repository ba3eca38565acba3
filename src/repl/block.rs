//! When interactive input is complete, and how to indent the next line.
//!
//! The rules are those of CPython's REPL:
//! - A line that parses and holds no compound statement runs at once (`x = (1,` then `2)`
//!   runs after the second line).
//! - Input the parser reports as incomplete (an open bracket, an unterminated triple-quoted
//!   string, a trailing backslash, a block still expected) asks for another line (`... `).
//! - Once a compound statement (`def`, `if`, `for`, ...) is involved, lines are read until a
//!   blank one, so its body can go on; a blank line ends it, unless it sits inside a bracket
//!   or a triple-quoted string, where it is part of the text.
//! - Any other syntax error is complete: running it reports the error with its caret.
//!
//! A block that arrives in a single read (recalled from history, or pasted with bracketed
//! paste) is complete as soon as it parses: its user has seen all of it.

use ouro_syntax::ast::StmtKind;

/// Whether the input gathered so far is ready to run.
#[derive(Debug, PartialEq, Eq)]
pub enum Status {
    /// Run it (or report its syntax error).
    Complete,
    /// Read another line with the continuation prompt.
    NeedMore,
}

/// The status of `lines`, the lines read since the primary prompt, each from one read.
pub fn status(lines: &[String]) -> Status {
    let source = to_source(lines);
    let last_blank = lines.last().is_some_and(|l| l.trim().is_empty());
    match ouro_syntax::parse_module(&source) {
        Ok(module) => {
            let compound = module.body.iter().any(|s| is_compound(&s.kind));
            if !compound || last_blank || (lines.len() == 1 && lines[0].contains('\n')) {
                Status::Complete
            } else {
                Status::NeedMore
            }
        }
        Err(e) if e.incomplete => {
            // A blank line inside brackets or a string is text; elsewhere it ends the block
            // (and the parser's "expected an indented block" is then the error to show).
            let open_text = e.msg.contains("was never closed")
                || e.msg.contains("unterminated triple-quoted")
                || source.trim_end_matches('\n').ends_with('\\');
            if last_blank && lines.len() > 1 && !open_text {
                Status::Complete
            } else {
                Status::NeedMore
            }
        }
        Err(_) => Status::Complete,
    }
}

/// The source text to compile for `lines` (trailing blank lines dropped, newline-terminated).
pub fn to_source(lines: &[String]) -> String {
    format!("{}\n", lines.join("\n").trim_end())
}

/// The block as one history entry: the lines as typed, without trailing blank lines.
pub fn history_entry(lines: &[String]) -> String {
    to_source(lines).trim_end_matches('\n').to_string()
}

fn is_compound(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
    )
}

/// The indentation to pre-fill the next line with (auto-indent, as CPython 3.14's REPL does):
/// the previous line's indentation, one level (4 spaces) deeper after a line whose code ends
/// with `:`.
pub fn next_indent(lines: &[String]) -> String {
    let Some(last) = lines.last().and_then(|l| l.split('\n').next_back()) else {
        return String::new();
    };
    if last.trim().is_empty() {
        return String::new();
    }
    let indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if code_part(last).trim_end().ends_with(':') {
        format!("{indent}    ")
    } else {
        indent
    }
}

/// `line` without its comment (a `#` outside string literals).
fn code_part(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..i],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[&str]) -> Vec<String> {
        text.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(status(&lines(&["x = 1"])), Status::Complete);
        assert_eq!(status(&lines(&["1 +"])), Status::Complete);
        assert_eq!(status(&lines(&["x = (1,"])), Status::NeedMore);
        assert_eq!(status(&lines(&["x = (1,", "2)"])), Status::Complete);
    }

    #[test]
    fn compound_statements_end_with_a_blank_line() {
        assert_eq!(status(&lines(&["def f():"])), Status::NeedMore);
        assert_eq!(
            status(&lines(&["def f():", "    return 1"])),
            Status::NeedMore
        );
        assert_eq!(
            status(&lines(&["def f():", "    return 1", "    "])),
            Status::Complete
        );
        assert_eq!(status(&lines(&["if 1: pass"])), Status::NeedMore);
        assert_eq!(status(&lines(&["def f():", ""])), Status::Complete);
    }

    #[test]
    fn blank_lines_inside_brackets_and_strings_are_text() {
        assert_eq!(status(&lines(&["x = [", ""])), Status::NeedMore);
        assert_eq!(status(&lines(&["s = '''", ""])), Status::NeedMore);
    }

    #[test]
    fn a_block_read_at_once_runs_when_it_parses() {
        assert_eq!(
            status(&lines(&["def f():\n    return 1"])),
            Status::Complete
        );
        assert_eq!(status(&lines(&["def f():\n"])), Status::NeedMore);
    }

    #[test]
    fn auto_indent_follows_colons_and_keeps_indentation() {
        assert_eq!(next_indent(&lines(&["def f():"])), "    ");
        assert_eq!(
            next_indent(&lines(&["def f():", "    if x:  # c"])),
            "        "
        );
        assert_eq!(next_indent(&lines(&["def f():", "    x = 1"])), "    ");
        assert_eq!(next_indent(&lines(&["x = {'a:'", ""])), "");
        assert_eq!(next_indent(&lines(&["d = {1: 'x#:'"])), "");
    }

    #[test]
    fn history_entries_drop_trailing_blank_lines() {
        assert_eq!(
            history_entry(&lines(&["def f():", "    return 1", "    "])),
            "def f():\n    return 1"
        );
    }
}
