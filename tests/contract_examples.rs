//! `estimate --policy`: an official's pack through the command. (The worked
//! examples from the contract are golden cases: `tests/cases/contract.jsonl`,
//! run by `tests/cases.rs`.)
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::estimate;

use serde_json::Value;

#[test]
fn estimate_takes_an_officials_pack_that_inherits_the_built_in_national_baseline() {
    let mut dx: Value = serde_json::from_str(include_str!("../policy/district-x.json")).unwrap();
    dx["id"] = Value::from("portal-test");
    let pack = serde_json::json!({ "jurisdictions": { "portal-test": dx } });
    let dir = std::env::temp_dir().join(format!("dianli-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("pack.json");
    std::fs::write(&file, pack.to_string()).unwrap();
    let app = r#"{"jurisdiction":"portal-test","area":"urban","customer":"small_micro","capacity":"100kVA","voltage":"lv","start":"2026-06-01"}"#;
    let out = estimate(&["--policy", file.to_str().unwrap()], app);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let baseline = estimate(&[], &app.replace("portal-test", "district-x"));
    let b: Value = serde_json::from_slice(&baseline.stdout).unwrap();
    assert_eq!(v["stages"], b["stages"], "same rules as the file it copies");

    // A broken pack: exit 2, one line per problem with its path, nothing on stdout.
    std::fs::write(
        &file,
        r#"{"jurisdictions":{"portal-test":{"id":"portal-test"}}}"#,
    )
    .unwrap();
    let out = estimate(&["--policy", file.to_str().unwrap()], app);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("jurisdictions.portal-test.name"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
