//! "Did you mean" suggestions for NameError and AttributeError, as CPython 3.14's
//! `traceback._compute_suggestion_error` computes them.

use crate::interp::frame::Frame;
use crate::objects::*;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `_levenshtein_distance` (returns max_cost + 1 when over the budget).
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (mut a, mut b) = (&a[..], &b[..]);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bindex, &bc) in b.iter().enumerate() {
        let mut distance = bindex * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `wrong`, per CPython's `_compute_suggestion_error`.
pub fn best_match(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let wrong_len = wrong.chars().count();
    let mut best: Option<String> = None;
    let mut best_distance = wrong_len;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max_distance = (c.chars().count() + wrong_len + 3) * MOVE_COST / 6;
        let d = levenshtein(wrong, c, max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(c.clone());
            best_distance = d;
        }
    }
    best
}

impl Vm {
    fn dict_keys_strings(&self, d: &Obj) -> Vec<String> {
        d.downcast_ref::<PyDict>()
            .map(|d| d.table.borrow().keys())
            .unwrap_or_default()
            .iter()
            .filter_map(|k| self.str_value(k))
            .collect()
    }

    /// A suggestion for an undefined name, from the frame's locals, globals and builtins.
    pub(crate) fn name_suggestion(&self, frame: &Frame, name: &str) -> Option<String> {
        let mut candidates: Vec<String> = Vec::new();
        let code = frame.pycode();
        for (i, v) in code.code.varnames.iter().enumerate() {
            if frame.fast.get(i).is_some_and(|x| x.is_some()) {
                candidates.push(v.to_string());
            }
        }
        if let Some(l) = &frame.locals {
            candidates.extend(self.dict_keys_strings(l));
        }
        candidates.extend(self.dict_keys_strings(&frame.globals));
        let mut found = best_match(name, &candidates);
        if found.is_none() {
            found = best_match(name, &self.dict_keys_strings(&frame.builtins));
        }
        found
    }

    /// The suggestion to append to an exception's message, if any.
    pub(crate) fn suggestion_for(&self, exc: &Obj) -> Option<String> {
        if self.exc_matches(exc, "NameError") {
            return self
                .get_exc_attr(exc, "__suggestion__")
                .and_then(|s| self.str_value(&s));
        }
        if self.exc_matches(exc, "ImportError") {
            let name = self
                .get_exc_attr(exc, "name_from")
                .and_then(|n| self.str_value(&n))?;
            let module = self.get_exc_attr(exc, "__module_obj__")?;
            let names: Vec<String> = self
                .dir_names(&module)
                .ok()?
                .iter()
                .filter_map(|n| self.str_value(n))
                .collect();
            return best_match(&name, &names);
        }
        if self.exc_matches(exc, "AttributeError") {
            let name = self
                .get_exc_attr(exc, "name")
                .and_then(|n| self.str_value(&n))?;
            let obj = self.get_exc_attr(exc, "obj")?;
            let names: Vec<String> = self
                .dir_names(&obj)
                .ok()?
                .iter()
                .filter_map(|n| self.str_value(n))
                .collect();
            return best_match(&name, &names);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names() {
        let c = vec!["counter".to_string(), "print".to_string()];
        assert_eq!(best_match("countr", &c), Some("counter".into()));
        assert_eq!(best_match("zzz", &c), None);
    }
}
