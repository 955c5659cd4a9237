//! Embeds the policy data without its indentation: the files in `policy/` stay
//! readable for the people who maintain them, the app carries about 35 KB less.
//! Every `policy/*.json` is minified to `OUT_DIR/<name>.json` (see
//! `policy::EMBEDDED` and the calendar), and each place's names go to
//! `OUT_DIR/places.rs`, the list the web app has before it fetches any place.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

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

/// `("id", ["zh-Hans", "zh-Hant", "en"]),` for a place's file; nothing for
/// the calendar. A broken file is left for the tests to report.
fn place_row(text: &str) -> String {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else {
        return String::new();
    };
    let (Some(id), Some(name)) = (v["id"].as_str(), v.get("name")) else {
        return String::new();
    };
    let names: Vec<String> = ["zh-Hans", "zh-Hant", "en"]
        .iter()
        .map(|l| format!("{:?}", name[l].as_str().unwrap_or(id)))
        .collect();
    format!("    ({id:?}, [{}]),\n", names.join(", "))
}

fn main() {
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    // The directory too, so that an added or removed file reruns the script.
    println!("cargo:rerun-if-changed=policy");
    let mut files: Vec<PathBuf> = fs::read_dir("policy")
        .unwrap_or_else(|e| panic!("policy: {e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("policy: {e}")).path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut places = String::new();
    for src in files {
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        let dest = Path::new(&out).join(src.file_name().expect("a file name"));
        fs::write(&dest, minify(&text)).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
        places.push_str(&place_row(&text));
    }
    let dest = Path::new(&out).join("places.rs");
    fs::write(&dest, format!("&[\n{places}]\n"))
        .unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
    println!("cargo:rerun-if-changed=build.rs");
}
