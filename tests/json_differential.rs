//! The product's JSON reader against serde_json: on generated JSON and on
//! texts mutated byte by byte, both accept or both refuse, and what both
//! accept reads as the same value. The documented differences (the doc of
//! `dianli::json`): numbers keep their text, so a number outside f64's range
//! is read, not refused; nesting deeper than `json::MAX_DEPTH` (64) is
//! refused where serde_json allows 128.
#![cfg(not(target_arch = "wasm32"))]

use dianli::json::{self, Value};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Our value in serde_json's terms (numbers read by serde_json from their text).
fn to_serde(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(a) => serde_json::Value::Array(a.iter().map(to_serde).collect()),
        Value::Object(m) => {
            serde_json::Value::Object(m.iter().map(|(k, x)| (k.clone(), to_serde(x))).collect())
        }
    }
}

/// Whether `text` holds a number serde_json refuses as out of range (a
/// documented difference: ours keeps the text).
fn has_huge_number(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+')))
        .any(|t| t.parse::<f64>().is_ok_and(f64::is_infinite))
}

#[derive(Default)]
struct Counts {
    both_accept: AtomicUsize,
    both_refuse: AtomicUsize,
}

/// The two readers agree on `text`.
fn agree(text: &str, counts: &Counts) -> Result<(), TestCaseError> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (ours, theirs) {
        (Ok(a), Ok(b)) => {
            prop_assert_eq!(to_serde(&a), b, "{:?}", text);
            counts.both_accept.fetch_add(1, Ordering::Relaxed);
        }
        (Err(_), Err(_)) => {
            counts.both_refuse.fetch_add(1, Ordering::Relaxed);
        }
        (Ok(_), Err(e)) if has_huge_number(text) && e.to_string().contains("out of range") => {}
        (ours, theirs) => prop_assert!(
            false,
            "{:?}: ours {:?}, serde_json {:?}",
            text,
            ours.map(|_| "ok"),
            theirs.map(|_| "ok")
        ),
    }
    Ok(())
}

fn value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e6f64..1e6).prop_map(serde_json::Value::from),
        "[a-z\u{4e00}-\u{4e10}\"\\\\/\n\t\u{1}\u{1F600}]{0,8}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::vec(("[a-c]{1,2}", inner), 0..6)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// JSON text of a generated value, compact or pretty.
fn text() -> impl Strategy<Value = String> {
    (value(), any::<bool>()).prop_map(|(v, pretty)| {
        if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            serde_json::to_string(&v).unwrap()
        }
    })
}

/// The bytes most likely to turn JSON into almost-JSON.
const NOISE: &[&str] = &[
    "0", "1", "-", "+", ".", "e", "E", "\"", "\\", "u", "{", "}", "[", "]", ",", ":", " ", "\n",
    "\t", "\u{0}", "\u{1f}", "\u{a0}", "\u{feff}", "t", "n", "f", "x", "/", "00", "\\u+041",
    "\\ud800", "\\udc00", "1e400", "0x1",
];

/// `base` with a few edits: insert, delete or replace at char boundaries.
fn mutated() -> impl Strategy<Value = String> {
    (
        text(),
        prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, 0..NOISE.len()), 1..4),
    )
        .prop_map(|(base, edits)| {
            let mut chars: Vec<String> = base.chars().map(String::from).collect();
            for (at, op, noise) in edits {
                let i = if chars.is_empty() {
                    0
                } else {
                    at.index(chars.len())
                };
                match op {
                    0 => chars.insert(i, NOISE[noise].to_string()),
                    1 if !chars.is_empty() => {
                        chars.remove(i);
                    }
                    _ if !chars.is_empty() => chars[i] = NOISE[noise].to_string(),
                    _ => chars.push(NOISE[noise].to_string()),
                }
            }
            chars.concat()
        })
}

fn run(name: &str, cases: u32, strategy: impl Strategy<Value = String>) -> Counts {
    let counts = Counts::default();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |t| agree(&t, &counts))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!(
        "{name}: {cases} texts, both accept {}, both refuse {}",
        counts.both_accept.load(Ordering::Relaxed),
        counts.both_refuse.load(Ordering::Relaxed)
    );
    counts
}

#[test]
fn generated_json_reads_as_serde_json_reads_it() {
    let c = run("generated", 3000, text());
    assert_eq!(c.both_accept.load(Ordering::Relaxed), 3000);
}

#[test]
fn mutated_json_is_accepted_or_refused_as_serde_json_does() {
    let c = run("mutated", 20_000, mutated());
    // Both outcomes are exercised, not one.
    assert!(c.both_accept.load(Ordering::Relaxed) > 1000);
    assert!(c.both_refuse.load(Ordering::Relaxed) > 1000);
}

#[test]
fn hand_picked_near_misses_agree() {
    let counts = Counts::default();
    for t in [
        r#""\u+041""#,
        r#""\u0041""#,
        "03",
        "-01",
        "00",
        "-0",
        "0.0",
        "1.",
        ".5",
        "1e",
        "1e+",
        "[1,]",
        "{\"a\":1,}",
        "[,1]",
        "\u{feff}1",
        " 1 ",
        "\"\t\"",
        "\"\\/\"",
        "nul",
        "truex",
        "[1]x",
        "{\"a\"}",
        "\"\\ud800\\udc00\"",
        "\"\\udc00\"",
        "\"\\ud800\"",
        "-",
        "--1",
        "1E5",
        "1e-5",
        "[]",
        "{}",
        "",
        " ",
    ] {
        agree(t, &counts).unwrap();
    }
}
