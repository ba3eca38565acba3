//! Manual check (ignored by default): parse every `.py` file under `$OURO_PARSE_DIR` and
//! report failures grouped by message, e.g.
//! `OURO_PARSE_DIR=/path/to/Lib cargo test -p ouro-syntax --test parse_dir -- --ignored --nocapture`

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
