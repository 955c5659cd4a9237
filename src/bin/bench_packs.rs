//! Times reading and checking hostile policy packs of up to 2 MB (the most a
//! portal or `#/check-pack` takes): long inheritance chains, thousands of
//! places, objects of many keys, long stage plans. Reports; asserts nothing.
//! Run with `./run bench` (or `cargo run --release --bin bench_packs`).
//! `--write DIR` also writes each pack to DIR, for `e2e/bench-packs.mjs`.

use dianli::PolicyPack;
use std::time::Instant;

/// The most bytes a pack may have (the app and `#/check-pack` refuse more).
const LIMIT: usize = 2 * 1024 * 1024;

fn name(id: &str) -> String {
    format!(r#"{{"zh-Hans":"{id}","zh-Hant":"{id}","en":"{id}"}}"#)
}

/// Places `p0`, `p1`, … until the pack is about `LIMIT` bytes; `parent(i)`
/// names what place `i` inherits from.
fn places(parent: impl Fn(usize) -> String) -> String {
    let mut body = String::new();
    let mut i = 0;
    while body.len() < LIMIT - 200 {
        if i > 0 {
            body.push(',');
        }
        let id = format!("p{i}");
        body.push_str(&format!(
            r#""{id}":{{"id":"{id}","inherits":"{}","name":{},"sources":{{}}}}"#,
            parent(i),
            name(&id)
        ));
        i += 1;
    }
    format!(r#"{{"jurisdictions":{{{body}}}}}"#)
}

/// One place whose stage plan has as many stages as fit, and a period after
/// the last one.
fn long_plan() -> String {
    let cite = r#"{"source":"s","clause":"一","quote":"1"}"#;
    let mut stages = String::new();
    let mut i = 0;
    while stages.len() < LIMIT - 2000 {
        if i > 0 {
            stages.push(',');
        }
        stages.push_str(&format!(
            r#"{{"id":"s{i}","name":{},"cite":{cite}}}"#,
            name("s")
        ));
        i += 1;
    }
    format!(
        r#"{{"jurisdictions":{{"p":{{"id":"p","inherits":"national","name":{},"sources":{{"s":{{"file":"s.pdf","title":{},"issuer":{},"issued":"2026-01","effective":"2026-01","kind":"primary"}}}},"stage_plans":[{{"stages":[{stages}],"cite":{cite}}}]}}}}}}"#,
        name("p"),
        name("s"),
        name("s")
    )
}

/// An object of as many keys as fit, in descending order.
fn many_keys() -> String {
    let mut body = String::new();
    let mut i = 999_999;
    while body.len() < LIMIT - 100 {
        if !body.is_empty() {
            body.push(',');
        }
        body.push_str(&format!(r#""k{i}":0"#));
        i -= 1;
    }
    format!(r#"{{"jurisdictions":{{}},"about":{{{body}}}}}"#)
}

fn main() {
    let write = std::env::args()
        .skip_while(|a| a != "--write")
        .nth(1)
        .map(std::path::PathBuf::from);
    let packs: Vec<(&str, String)> = vec![
        (
            "chain: each place inherits the one before",
            places(|i| {
                if i == 0 {
                    "national".into()
                } else {
                    format!("p{}", i - 1)
                }
            }),
        ),
        (
            "circle: the first place inherits the last",
            places(|i| format!("p{}", (i + 1) % 19_000)),
        ),
        (
            "flat: every place inherits national",
            places(|_| "national".into()),
        ),
        ("long stage plan", long_plan()),
        ("object of many keys, descending", many_keys()),
    ];
    println!("{:>9}  {:>9}  {:>8}  pack", "bytes", "ms", "problems");
    for (label, text) in &packs {
        if let Some(dir) = &write {
            let file: String = label.split(':').next().unwrap_or(label).replace(' ', "-");
            std::fs::create_dir_all(dir).ok();
            std::fs::write(dir.join(format!("{file}.json")), text).ok();
        }
        let t = Instant::now();
        let result = PolicyPack::from_json_over_embedded(text);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let problems = result.as_ref().map_or_else(Vec::len, |_| 0);
        println!("{:>9}  {ms:>9.1}  {problems:>8}  {label}", text.len());
        if let Err(e) = &result {
            println!("{:>31}first: {}", "", e[0]);
        }
    }
}
