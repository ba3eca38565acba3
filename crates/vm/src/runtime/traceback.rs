//! Printing exceptions the way CPython 3.14's `traceback` module does.
//!
//! Carets follow `traceback.StackSummary.format_frame_summary`: the instruction's source range
//! is re-parsed; a binary operation gets `~~~^~~~` (operator as `^`), a call `~~~^^^^` (from
//! the opening parenthesis), a subscript `~~~^^^` (from the bracket). Without such an anchor
//! carets are printed only when the range does not cover the whole line, and `return f(x)` /
//! `x = f(x)` lines get none.

use crate::objects::*;
use crate::runtime::errors::PyErr;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;
use ouro_syntax::ast::{ExprKind, StmtKind};
use ouro_syntax::{line_text, LineIndex};

impl Vm {
    /// The whole report for an uncaught exception, chained exceptions first.
    pub fn format_exception(&self, exc: &Obj) -> String {
        let mut out = String::new();
        let mut seen: Vec<Obj> = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&self, exc: &Obj, out: &mut String, seen: &mut Vec<Obj>) {
        seen.push(exc.clone());
        if let Some(p) = exc.downcast_ref::<PyException>() {
            let cause = p.cause.borrow().clone();
            let context = p.context.borrow().clone();
            if let Some(c) = cause.filter(|c| !seen.iter().any(|s| s.ptr_eq(c))) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(c) =
                context.filter(|c| !p.suppress_context.get() && !seen.iter().any(|s| s.ptr_eq(c)))
            {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_single(exc, out);
    }

    fn format_single(&self, exc: &Obj, out: &mut String) {
        if let Some(p) = exc.downcast_ref::<PyException>() {
            let entries = p.traceback.borrow().clone();
            // CPython 3.12+ inlines list/set/dict comprehensions into the enclosing frame: a
            // comprehension's entry replaces the location of the entry that called it.
            let mut visible: Vec<Shown> = Vec::new();
            for e in entries.iter().rev() {
                let Some(code) = e.code.downcast_ref::<PyCode>() else {
                    continue;
                };
                match visible.last_mut() {
                    Some(parent) if code.code.flags.inlined_comprehension => {
                        parent.location = e.code.clone();
                        parent.lasti = e.lasti;
                    }
                    _ => visible.push(Shown {
                        location: e.code.clone(),
                        lasti: e.lasti,
                        function: code.code.name.clone(),
                    }),
                }
            }

            if !visible.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                self.format_entries(&visible, out);
            }
        }
        out.push_str(&self.format_exception_only(exc));
    }

    fn format_entries(&self, entries: &[Shown], out: &mut String) {
        // Collapse runs of identical lines like CPython ("[Previous line repeated N more times]").
        let mut last: Option<String> = None;
        let mut repeat = 0usize;
        let flush = |out: &mut String, repeat: usize| {
            if repeat > 3 {
                let n = repeat - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {n} more time{}]\n",
                    if n == 1 { "" } else { "s" }
                ));
            }
        };
        for e in entries {
            let text = self.format_entry(e);
            if last.as_deref() == Some(text.as_str()) {
                repeat += 1;
                if repeat <= 3 {
                    out.push_str(&text);
                }
                continue;
            }
            flush(out, repeat);
            repeat = 1;
            out.push_str(&text);
            last = Some(text);
        }
        flush(out, repeat);
    }

    fn format_entry(&self, e: &Shown) -> String {
        let Some(c) = e.location.downcast_ref::<PyCode>() else {
            return String::new();
        };
        let code = &c.code;
        let span = code
            .locations
            .get(e.lasti as usize)
            .copied()
            .unwrap_or_default();
        let source = self
            .interactive_source(code)
            .or_else(|| self.source_for(&code.filename));
        let mut out = String::new();
        let line = LineIndex::new(source.as_deref().unwrap_or(&code.source)).line(span.start);
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename, line, e.function
        ));
        if let Some(src) = &source {
            out.push_str(&source_and_carets(
                src,
                span.start as usize,
                span.end as usize,
            ));
        }
        out
    }

    /// The last line: `Type: message` (with `module.` for non-builtin, non-main classes).
    pub fn format_exception_only(&self, exc: &Obj) -> String {
        // A SyntaxError from the compiler shows where it is: file, line, source and caret.
        if let Some(r) = self.get_exc_attr(exc, "__rendered__") {
            if let Some(text) = self.str_value(&r) {
                return text;
            }
        }
        let cls = exc.class();
        let qual = cls
            .downcast_ref::<PyType>()
            .map(|t| t.qualname.borrow().to_string())
            .unwrap_or_default();
        let module = self
            .lookup_type_own(cls, "__module__")
            .and_then(|m| self.str_value(&m))
            .unwrap_or_else(|| "builtins".into());
        let name = if module == "builtins" || module == "__main__" {
            qual
        } else {
            format!("{module}.{qual}")
        };
        let msg = match self.exception_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".into(),
        };
        let mut msg = msg;
        if let Some(s) = self.suggestion_for(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        let mut out = if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}\n")
        };
        let notes = self
            .get_attr_opt(exc, &self.intern("__notes__"))
            .ok()
            .flatten();
        if let Some(notes) = notes {
            if let Ok(items) = self.collect_iterable(&notes) {
                for n in items {
                    if let Ok(s) = self.str_string(&n) {
                        out.push_str(&s);
                        out.push('\n');
                    }
                }
            }
        }
        out
    }

    /// Print an uncaught exception to stderr.
    pub fn print_exception(&self, err: &PyErr) {
        let text = self.format_exception(&err.exc);
        self.write_stderr(&text);
    }

    /// An exception that cannot propagate (from `__del__`, a callback): handed to
    /// `sys.unraisablehook` as CPython's `PyErr_FormatUnraisable` does (`err_msg` is `what`
    /// followed by the repr of `obj`; `object` is None), or printed by the default hook.
    pub(crate) fn report_unraisable(&self, err: &PyErr, what: &str, obj: Option<&Obj>) {
        let err_msg = match obj {
            Some(o) => {
                let r = self
                    .repr_string(o)
                    .unwrap_or_else(|_| "<object repr() failed>".into());
                format!("{what} {r}")
            }
            None => what.to_string(),
        };
        if let Some(hook) = self.user_unraisablehook() {
            let args = crate::modules::sys::unraisable_hook_args(
                self,
                &err.exc,
                self.new_str(err_msg.as_str()),
                self.none.clone(),
            );
            match self.call(&hook, Args::positional(&[args])) {
                Ok(_) => return,
                Err(hook_err) => {
                    let text = format!(
                        "Exception ignored in sys.unraisablehook: {}:\n{}",
                        self.repr_string(&hook).unwrap_or_default(),
                        self.format_exception(&hook_err.exc)
                    );
                    self.write_stderr(&text);
                }
            }
        }
        self.write_unraisable(&err_msg, None, &err.exc);
    }

    /// CPython's `PyErr_WriteUnraisable(obj)`: `err_msg` "Exception ignored in" and `object`
    /// `obj`, printed as `Exception ignored in: <repr>`.
    pub(crate) fn report_unraisable_object(&self, err: &PyErr, obj: &Obj) {
        let err_msg = "Exception ignored in";
        if let Some(hook) = self.user_unraisablehook() {
            let args = crate::modules::sys::unraisable_hook_args(
                self,
                &err.exc,
                self.new_str(err_msg),
                obj.clone(),
            );
            if self.call(&hook, Args::positional(&[args])).is_ok() {
                return;
            }
        }
        self.write_unraisable(err_msg, Some(obj), &err.exc);
    }

    /// The default `sys.unraisablehook`'s output.
    pub(crate) fn write_unraisable(&self, err_msg: &str, obj: Option<&Obj>, exc: &Obj) {
        let mut out = match obj {
            Some(o) => format!(
                "{err_msg}: {}\n",
                self.repr_string(o)
                    .unwrap_or_else(|_| "<object repr() failed>".into())
            ),
            None => format!("{err_msg}:\n"),
        };
        out.push_str(&self.format_exception(exc));
        self.write_stderr(&out);
    }

    /// `sys.unraisablehook` when the program replaced the builtin one.
    fn user_unraisablehook(&self) -> Option<Obj> {
        let sys = self.dict_get_str(&self.modules, "sys")?;
        let dict = sys.downcast_ref::<PyModule>()?.dict.clone();
        let hook = self.dict_get_str(&dict, "unraisablehook")?;
        let builtin = hook
            .downcast_ref::<PyBuiltinFunction>()
            .is_some_and(|b| matches!(b.name, "unraisablehook" | "__unraisablehook__"));
        (!builtin).then_some(hook)
    }
}

/// One printed traceback line: where to point (`location`'s code at `lasti`) and the name of
/// the function whose frame it is (an inlined comprehension reports its caller's name).
struct Shown {
    location: Obj,
    lasti: u32,
    function: std::rc::Rc<str>,
}

/// The source line(s) of `[start, end)` and the caret line, as CPython 3.14 prints them.
fn source_and_carets(src: &str, start: usize, end: usize) -> String {
    let idx = LineIndex::new(src);
    let (line, col) = idx.line_col(start as u32);
    let Some(text) = line_text(src, line) else {
        return String::new();
    };
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return String::new();
    }
    let indent = text.len() - trimmed.len();
    let mut out = format!("    {}\n", trimmed.trim_end());
    let (end_line, end_col) = idx.line_col(end.max(start) as u32);
    if end_line != line {
        // A range over several lines: every line, with their common indentation removed.
        let lines: Vec<&str> = (line..=end_line)
            .filter_map(|l| line_text(src, l))
            .collect();
        let common = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let mut out = String::new();
        for l in lines {
            let body = l.get(common..).unwrap_or("").trim_end();
            out.push_str(&format!("    {body}\n"));
        }
        return out;
    }

    let (col, end_col) = (col as usize, end_col as usize);
    if end_col <= col || end_col > text.len() {
        return out;
    }
    let segment = &text[col..end_col];
    let anchors = caret_anchors(segment);
    let show = match anchors {
        Some(_) => !full_line_call(trimmed, col - indent, end_col - indent),
        None => !text[..col].trim_start().is_empty() || !text[end_col..].trim_end().is_empty(),
    };
    if !show {
        return out;
    }
    let width = |s: &str| s.chars().count();
    let pad = width(&text[indent..col]);
    let mut carets = String::new();
    match anchors {
        Some((a, b)) => {
            for (i, _) in segment.char_indices() {
                carets.push(if i >= a && i < b { '^' } else { '~' });
            }
        }
        None => carets.push_str(&"^".repeat(width(segment))),
    }
    out.push_str(&format!("    {}{}\n", " ".repeat(pad), carets));
    out
}

/// `return f(x)` and `x = f(x)` (a call of a plain name covering the statement's value) show
/// no carets.
fn full_line_call(line: &str, start: usize, end: usize) -> bool {
    let Ok(module) = ouro_syntax::parse_module(line) else {
        return false;
    };
    let Some(stmt) = module.body.first() else {
        return false;
    };
    let value = match &stmt.kind {
        StmtKind::Return(Some(v)) => v,
        StmtKind::Assign { targets, value }
            if targets.len() == 1 && matches!(targets[0].kind, ExprKind::Name(_)) =>
        {
            value
        }
        _ => return false,
    };
    match &value.kind {
        ExprKind::Call { func, .. } if matches!(func.kind, ExprKind::Name(_)) => {
            value.span.start as usize == start && value.span.end as usize == end
        }
        _ => false,
    }
}

/// The primary (`^`) byte range inside `segment`, for binary operations, calls and subscripts.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = ouro_syntax::parse_module(segment).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(e) = &module.body[0].kind else {
        return None;
    };
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let between = &segment[left.span.end as usize..right.span.start as usize];
            let mut off = left.span.end as usize;
            let mut chars = between.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if c.is_whitespace() || c == ')' || c == '\\' {
                    continue;
                }
                if c == '#' {
                    // A comment inside parentheses: skip to the end of the line.
                    for (_, c2) in chars.by_ref() {
                        if c2 == '\n' {
                            break;
                        }
                    }
                    continue;
                }
                off += i;
                let op_len = between[i..]
                    .chars()
                    .take_while(|c| "+-*/%@<>&|^=".contains(*c))
                    .count()
                    .max(1);
                return Some((off, off + op_len));
            }
            None
        }
        ExprKind::Call { func, .. } => {
            let from = func.span.end as usize;
            let rest = &segment[from..];
            let open = rest.find('(')?;
            Some((from + open, segment.len()))
        }
        ExprKind::Subscript { value, .. } => {
            let from = value.span.end as usize;
            let rest = &segment[from..];
            let open = rest.find('[')?;
            Some((from + open, segment.len()))
        }
        _ => None,
    }
}
