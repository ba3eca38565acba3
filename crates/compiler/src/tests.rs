//! Compile errors reachable from source text: each is CPython 3.14's SyntaxError, never a
//! panic (issue 10). Messages and lines were checked against CPython 3.14.

use crate::{compile_module, Mode};

/// The compile error's message and 1-based line, or `None` if the source compiles.
fn compile_error(src: &str) -> Option<(String, u32)> {
    let module = ouro_syntax::parse_module(src).expect("test sources parse");
    compile_module(&module, src, "<test>", Mode::Exec)
        .err()
        .map(|e| (e.msg, ouro_syntax::LineIndex::new(src).line(e.span.start)))
}

fn assert_error(src: &str, msg: &str, line: u32) {
    assert_eq!(
        compile_error(src),
        Some((msg.to_string(), line)),
        "source: {src:?}"
    );
}

#[test]
fn nonlocal_without_binding() {
    assert_error(
        "def f():\n def g():\n  nonlocal a",
        "no binding for nonlocal 'a' found",
        3,
    );
    // Used to compile to a closure load of a missing cell (exec("def a():\n nonlocal a")).
    assert_error(
        "def a():\n nonlocal a\n",
        "no binding for nonlocal 'a' found",
        2,
    );
    assert_error(
        "class A:\n nonlocal x",
        "no binding for nonlocal 'x' found",
        2,
    );
    assert_error(
        "def f():\n global x\n def g():\n  nonlocal x",
        "no binding for nonlocal 'x' found",
        4,
    );
    assert_error(
        "def f():\n x = 1\n def g():\n  nonlocal x\n  global x",
        "name 'x' is nonlocal and global",
        4,
    );
    assert_eq!(
        compile_error("def f():\n x = 1\n def g():\n  def h():\n   nonlocal x"),
        None
    );
}

#[test]
fn walrus_in_comprehension_targets_a_global() {
    // Used to be an internal error: the comprehension treated `v` as a free variable.
    assert_eq!(
        compile_error("def f():\n    global v\n    print([v := i for i in range(2)])"),
        None
    );
    assert_error(
        "[i := 0 for i in range(3)]",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        1,
    );
    assert_error(
        "[x for x in (y := [1])]",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
    );
    assert_error(
        "[i for i in range(3) if (j := 0) for j in range(2)]",
        "comprehension inner loop cannot rebind assignment expression target 'j'",
        1,
    );
}

#[test]
fn parameters_and_declarations() {
    assert_error(
        "def f(a, a): pass",
        "duplicate argument 'a' in function definition",
        1,
    );
    assert_error(
        "lambda a, *, a: 1",
        "duplicate argument 'a' in function definition",
        1,
    );
    assert_error(
        "def f():\n print(x)\n global x",
        "name 'x' is used prior to global declaration",
        3,
    );
    assert_error(
        "def f():\n global x\n x: int = 1",
        "annotated name 'x' can't be global",
        3,
    );
    assert_error(
        "def f(): return [(yield) for x in y]",
        "'yield' inside list comprehension",
        1,
    );
    assert_error(
        "def f(): return ((yield) for x in y)",
        "'yield' inside generator expression",
        1,
    );
}

fn nested(depth: usize, header: &str) -> String {
    let mut src = String::new();
    for i in 0..depth {
        src.push_str(&" ".repeat(i));
        src.push_str(header);
        src.push('\n');
    }
    src.push_str(&" ".repeat(depth));
    src.push_str("pass\n");
    src
}

#[test]
fn statically_nested_blocks() {
    assert_eq!(compile_error(&nested(21, "for x in y:")), None);
    assert_error(
        &nested(22, "for x in y:"),
        "too many statically nested blocks",
        22,
    );
    assert_error(
        &nested(30, "while x:"),
        "too many statically nested blocks",
        22,
    );
    assert_error(
        &nested(22, "with x:"),
        "too many statically nested blocks",
        22,
    );
    // CPython 3.14.10 counts an inlined comprehension as a block (3.14.2 crashed here).
    let comp = |n: usize| format!("x = {}1{}", "[".repeat(n), " for a in b]".repeat(n));
    assert_eq!(compile_error(&comp(21)), None);
    assert_eq!(
        compile_error(&comp(22)).map(|e| e.0),
        Some("too many statically nested blocks".to_string())
    );
    let genexp = format!("x = {}1{}", "(".repeat(30), " for a in b)".repeat(30));
    assert_eq!(compile_error(&genexp), None);
}
