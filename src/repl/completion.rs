//! Tab completion: keywords, builtins and globals for a bare name, attributes after a dot
//! (`node.<TAB>`), four spaces in indentation. The names come from [`Names`], which for a
//! live session reads namespaces without running Python code (see
//! `ouro_vm::interactive::completion`).
//!
//! As CPython's `rlcompleter`: attribute names starting with `_` are offered only once the
//! typed prefix starts with `_`, and dunder names only once it starts with `__`.

use super::highlight::KEYWORDS;
use ouro_vm::interactive::Session;

/// Where completion names come from.
pub trait Names {
    /// Globals and builtins.
    fn globals(&self) -> Vec<String>;
    /// Attributes of the object the dotted `path` names, if it resolves without running code.
    fn attributes(&self, path: &str) -> Option<Vec<String>>;
}

impl Names for Session {
    fn globals(&self) -> Vec<String> {
        self.global_names()
    }

    fn attributes(&self, path: &str) -> Option<Vec<String>> {
        self.attribute_names(path)
    }
}

/// The start of the text to replace and the sorted candidates for the cursor at `pos`.
pub fn complete(line: &str, pos: usize, names: &dyn Names) -> (usize, Vec<String>) {
    let Some(before) = line.get(..pos) else {
        return (pos, Vec::new());
    };
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map(|(i, _)| i)
        .unwrap_or(pos);
    let word = &before[start..];
    if word.is_empty() {
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        if before[line_start..].chars().all(|c| c == ' ' || c == '\t') {
            return (pos, vec!["    ".to_string()]);
        }
        return (pos, Vec::new());
    }
    if word.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return (pos, Vec::new());
    }
    let mut found: Vec<String> = match word.rsplit_once('.') {
        Some((path, prefix)) => {
            let attrs = names.attributes(path).unwrap_or_default();
            let start = pos - prefix.len();
            let mut found: Vec<String> = attrs
                .into_iter()
                .filter(|n| n.starts_with(prefix) && visible(n, prefix))
                .collect();
            found.sort();
            found.dedup();
            return (start, found);
        }
        None => KEYWORDS
            .iter()
            .map(|k| k.to_string())
            .chain(names.globals())
            .filter(|n| n.starts_with(word) && (word.starts_with('_') || !n.starts_with("__")))
            .collect(),
    };
    found.sort();
    found.dedup();
    (start, found)
}

fn visible(name: &str, prefix: &str) -> bool {
    if prefix.starts_with("__") {
        true
    } else if prefix.starts_with('_') {
        !name.starts_with("__")
    } else {
        !name.starts_with('_')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;

    impl Names for Fake {
        fn globals(&self) -> Vec<String> {
            ["node", "print", "__name__"].map(String::from).to_vec()
        }

        fn attributes(&self, path: &str) -> Option<Vec<String>> {
            (path == "node").then(|| {
                ["value", "next", "_private", "__init__"]
                    .map(String::from)
                    .to_vec()
            })
        }
    }

    #[test]
    fn names_keywords_and_attributes() {
        assert_eq!(complete("pr", 2, &Fake), (0, vec!["print".to_string()]));
        assert_eq!(
            complete("x = no", 6, &Fake),
            (
                4,
                vec![
                    "node".to_string(),
                    "nonlocal".to_string(),
                    "not".to_string()
                ]
            )
        );
        assert_eq!(
            complete("node.", 5, &Fake),
            (5, vec!["next".to_string(), "value".to_string()])
        );
        assert_eq!(complete("node.v", 6, &Fake), (5, vec!["value".to_string()]));
        assert_eq!(
            complete("node._", 6, &Fake),
            (5, vec!["_private".to_string()])
        );
        assert_eq!(complete("other.", 6, &Fake), (6, Vec::new()));
        assert_eq!(complete("    ", 4, &Fake), (4, vec!["    ".to_string()]));
        assert_eq!(complete("1.", 2, &Fake), (2, Vec::new()));
    }
}
