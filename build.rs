//! Embeds the policy data without its indentation: the files in `policy/` stay
//! readable for the people who maintain them, the app carries about 35 KB less.

use std::{env, fs, path::Path};

const FILES: &[&str] = &[
    "national",
    "yangjiang",
    "shandong",
    "wanzhou",
    "liuzhou",
    "district-x",
    "calendar",
];

/// Drops white space outside strings. Only for well-formed JSON: the
/// validating reader still parses the result, so a mistake cannot pass.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn main() {
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    for name in FILES {
        let src = format!("policy/{name}.json");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        fs::write(Path::new(&out).join(format!("{name}.json")), minify(&text))
            .unwrap_or_else(|e| panic!("{out}/{name}.json: {e}"));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
