//! Manual check (ignored by default): parse every `.py` file under `$OURO_PARSE_DIR` and
//! report failures grouped by message, e.g.
//! `OURO_PARSE_DIR=/path/to/Lib cargo test -p ouro-syntax --test parse_dir -- --ignored --nocapture`
//! (`mutants_never_panic` also parses 100 random mutations of each file, checking only that
//! the front end never panics.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
#[ignore]
fn parse_directory() {
    let Ok(dir) = std::env::var("OURO_PARSE_DIR") else {
        return;
    };
    let mut files = Vec::new();
    walk(Path::new(&dir), &mut files);
    files.sort();
    let mut by_msg: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut ok = 0;
    let t = std::time::Instant::now();
    let mut bytes = 0;
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        bytes += src.len();
        match ouro_syntax::parse_module(&src) {
            Ok(_) => ok += 1,
            Err(e) => {
                let line = ouro_syntax::line_text(&src, e.lineno)
                    .unwrap_or("")
                    .trim()
                    .to_string();
                by_msg.entry(e.msg.clone()).or_default().push(format!(
                    "{}:{}: {}",
                    f.display(),
                    e.lineno,
                    line
                ));
            }
        }
    }
    println!(
        "{ok}/{} parsed ({} bytes in {:?})",
        files.len(),
        bytes,
        t.elapsed()
    );
    for (msg, v) in &by_msg {
        println!("{:5} {msg}", v.len());
        for x in v.iter().take(100) {
            println!("        {x}");
        }
    }
}

#[test]
#[ignore]
fn mutants_never_panic() {
    let pieces = [
        "(", ")", "[", "]", "{", "}", "'", "\"", "f'", "{x", "}", "\\", "\n", "\t", " ", "#", "0x",
        "é", ":", "=", "**", "if", "with (", "as", ",", "for", "in", "print ", "'''", "@", "    ",
        "\n  ", "*", ":=", ".", "f\"{", "!r", "=}", "lambda",
    ];
    let Ok(dir) = std::env::var("OURO_PARSE_DIR") else {
        return;
    };
    let mut files = vec![];
    walk(Path::new(&dir), &mut files);
    files.sort();
    let mut seed = 99u64;
    let mut rnd = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let mut n = 0;
    for f in files.iter() {
        let src = std::fs::read_to_string(f).unwrap();
        if src.len() > 60000 {
            continue;
        }
        for _ in 0..100 {
            let mut s = src.clone();
            for _ in 0..(rnd() % 3 + 1) {
                let mut pos = rnd() % (s.len() + 1);
                while !s.is_char_boundary(pos) {
                    pos -= 1;
                }
                if rnd() % 2 == 0 {
                    let mut end = (pos + rnd() % 20).min(s.len());
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    s.replace_range(pos..end, "");
                } else {
                    s.insert_str(pos, pieces[rnd() % pieces.len()]);
                }
            }
            if let Err(e) = ouro_syntax::parse_module(&s) {
                let _ = e.render("x", &s);
            }
            n += 1;
        }
    }
    eprintln!("{n} mutants");
}
