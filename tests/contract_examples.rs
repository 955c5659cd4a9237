//! The worked examples from the contract, through the library and through `estimate`.
#![cfg(not(target_arch = "wasm32"))]

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
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
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
        let mut child = Command::new(env!("CARGO_BIN_EXE_estimate"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(ex["app"].to_string().as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
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
