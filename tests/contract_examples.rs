//! The worked examples from the contract, through the library and through `estimate`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use dianli::{assess_on, Application, Calendar, PolicyPack};
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn examples() -> Vec<Value> {
    include_str!("data/examples.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Looks up `a.b.len` style paths in the assessment JSON.
fn lookup(v: &Value, path: &str) -> Value {
    let mut cur = v.clone();
    for part in path.split('.') {
        cur = if part == "len" {
            Value::from(cur.as_array().map_or(0, |a| a.len()))
        } else {
            cur.get(part).cloned().unwrap_or(Value::Null)
        };
    }
    cur
}

fn check(name: &str, out: &Value, expect: &serde_json::Map<String, Value>) {
    for (path, want) in expect {
        if path == "exit" {
            continue;
        }
        assert_eq!(&lookup(out, path), want, "{name}: {path}");
    }
}

#[test]
fn every_contract_example_holds_through_the_library() {
    let pack = PolicyPack::embedded();
    let cal = Calendar::embedded();
    let today = common::today();
    for ex in examples() {
        let name = ex["name"].as_str().unwrap();
        let expect = ex["expect"].as_object().unwrap();
        let parsed = Application::from_json(&ex["app"], &pack.ids());
        if expect.get("exit") == Some(&Value::from(2)) {
            assert!(parsed.is_err(), "{name}: should be rejected");
            continue;
        }
        let app = parsed.unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let out = serde_json::to_value(assess_on(&pack, &app, &cal, today)).unwrap();
        check(name, &out, expect);
    }
}

#[test]
fn every_contract_example_holds_through_estimate() {
    for ex in examples() {
        let name = ex["name"].as_str().unwrap();
        let expect = ex["expect"].as_object().unwrap();
        let out = estimate_with(&[], &ex["app"].to_string());
        let code = out.status.code().unwrap();
        if expect.get("exit") == Some(&Value::from(2)) {
            assert_eq!(code, 2, "{name}: exit code");
            assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
            let err = String::from_utf8(out.stderr).unwrap();
            assert!(
                err.lines().count() >= 1 && err.contains("capacity"),
                "{name}: one line per problem, got {err}"
            );
            continue;
        }
        assert_eq!(code, 0, "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        check(name, &v, expect);
    }
}

fn estimate_with(args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_estimate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

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
    let out = estimate_with(&["--policy", file.to_str().unwrap()], app);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let baseline = estimate_with(&[], &app.replace("portal-test", "district-x"));
    let b: Value = serde_json::from_slice(&baseline.stdout).unwrap();
    assert_eq!(v["stages"], b["stages"], "same rules as the file it copies");

    // A broken pack: exit 2, one line per problem with its path, nothing on stdout.
    std::fs::write(
        &file,
        r#"{"jurisdictions":{"portal-test":{"id":"portal-test"}}}"#,
    )
    .unwrap();
    let out = estimate_with(&["--policy", file.to_str().unwrap()], app);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("jurisdictions.portal-test.name"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
