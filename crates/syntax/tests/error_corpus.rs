//! Syntax-error corpus: each `tests/errors/NAME.py` must fail to parse with exactly the
//! output CPython 3.14 printed for it (`NAME.err`, produced by `tests/errors/regen.sh` with the
//! reference interpreter; the file name is replaced by `FILE`).

use std::path::Path;

#[test]
fn syntax_errors_render_like_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "py" && p.file_stem()? != "cases")
                .then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(names.len() > 100, "corpus missing");
    let mut failures = Vec::new();
    for name in &names {
        let src = std::fs::read_to_string(dir.join(format!("{name}.py"))).unwrap();
        let expected = std::fs::read_to_string(dir.join(format!("{name}.err"))).unwrap();
        let actual = match ouro_syntax::parse_module(&src) {
            Ok(_) => "<parsed OK>\n".to_string(),
            Err(e) => e.render("FILE", &src),
        };
        if actual != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{expected}actual:\n{actual}"
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} cases differ from CPython:\n{}",
            failures.len(),
            names.len(),
            failures.join("\n")
        );
    }
}
