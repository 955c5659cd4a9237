//! Packs an attacker (or a careless script) might send: long inheritance
//! chains, circles, thousands of places. Each is answered by its path; times
//! are measured in `./run bench` (bench_packs), not here.
#![cfg(not(target_arch = "wasm32"))]

use dianli::policy::{ErrorKind, MAX_CHAIN};
use dianli::PolicyPack;

fn place(id: &str, parent: &str) -> String {
    format!(
        r#""{id}":{{"id":"{id}","inherits":"{parent}","name":{{"zh-Hans":"{id}","zh-Hant":"{id}","en":"{id}"}},"sources":{{}}}}"#
    )
}

/// `n` places, `p0` inheriting national and each next one the one before.
fn chain(n: usize) -> String {
    let places: Vec<String> = (0..n)
        .map(|i| {
            let parent = if i == 0 {
                "national".to_string()
            } else {
                format!("p{}", i - 1)
            };
            place(&format!("p{i}"), &parent)
        })
        .collect();
    format!(r#"{{"jurisdictions":{{{}}}}}"#, places.join(","))
}

#[test]
fn a_chain_of_sixteen_places_is_read() {
    // p14 inherits p13 … p0, which inherits national: 16 places.
    let pack = PolicyPack::from_json_over_embedded(&chain(MAX_CHAIN - 1)).unwrap();
    assert_eq!(pack.chain("p14").len(), MAX_CHAIN);
}

#[test]
fn a_chain_of_seventeen_places_is_refused_where_it_becomes_too_long() {
    let errors = PolicyPack::from_json_over_embedded(&chain(MAX_CHAIN)).unwrap_err();
    let paths: Vec<&str> = errors
        .iter()
        .filter(|e| e.kind == ErrorKind::TooDeep)
        .map(|e| e.path.as_str())
        .collect();
    assert_eq!(paths, ["jurisdictions.p15.inherits"]);
}

#[test]
fn a_circle_is_refused_for_each_place_in_it() {
    let text = format!(
        r#"{{"jurisdictions":{{{},{},{}}}}}"#,
        place("a", "b"),
        place("b", "c"),
        place("c", "a")
    );
    let errors = PolicyPack::from_json_over_embedded(&text).unwrap_err();
    let mut paths: Vec<&str> = errors
        .iter()
        .filter(|e| e.kind == ErrorKind::Circular)
        .map(|e| e.path.as_str())
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "jurisdictions.a.inherits",
            "jurisdictions.b.inherits",
            "jurisdictions.c.inherits"
        ]
    );
}

#[test]
fn twenty_thousand_places_each_inheriting_national_are_read_and_found_by_id() {
    let places: Vec<String> = (0..20_000)
        .map(|i| place(&format!("p{i}"), "national"))
        .collect();
    let text = format!(r#"{{"jurisdictions":{{{}}}}}"#, places.join(","));
    let pack = PolicyPack::from_json_over_embedded(&text).unwrap();
    assert_eq!(pack.get("p19999").map(|j| &*j.id), Some("p19999"));
    assert_eq!(pack.chain("p7").len(), 2);
}

#[test]
fn a_long_chain_is_refused_with_one_problem_per_place_too_deep() {
    let n = 2_000;
    let errors = PolicyPack::from_json_over_embedded(&chain(n)).unwrap_err();
    assert_eq!(errors.len(), n - (MAX_CHAIN - 1));
    assert!(errors.iter().all(|e| e.kind == ErrorKind::TooDeep));
}

#[test]
fn a_hostile_key_is_escaped_and_shortened_in_the_path() {
    let key = format!("a\\u001b[31m{}", "k".repeat(10_000));
    let text = format!(r#"{{"jurisdictions":{{}},"about":{{"{key}":1}}}}"#);
    let errors = PolicyPack::from_json_over_embedded(&text).unwrap_err();
    let e = errors
        .iter()
        .find(|e| e.path.starts_with("about.a"))
        .unwrap();
    assert!(e.path.starts_with("about.a\\u{1b}[31mkkk"), "{}", e.path);
    // 200 characters of the key's path (an escape writes one as several), then "…".
    assert!(e.path.chars().count() < 220 && e.path.ends_with('…'));
    assert!(!e.to_string().chars().any(char::is_control));
}
