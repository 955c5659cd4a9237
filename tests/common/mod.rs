//! Helpers shared by the native integration tests (`mod common;` in each file
//! that uses them; each test binary compiles its own copy, so any one of them
//! may leave some unused).
#![allow(dead_code)]

use dianli::assessment::{Assessment, Warning};
use dianli::{assess_on, Application, Calendar, PolicyPack};
use std::sync::OnceLock;

/// The built-in policy data, read once per test binary.
pub fn pack() -> &'static PolicyPack {
    static P: OnceLock<PolicyPack> = OnceLock::new();
    P.get_or_init(PolicyPack::embedded)
}

/// The day the golden cases were written: "today" for every assessment the tests make.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Assess an application given as JSON against `pack`, on `today()`.
pub fn run_in(pack: &PolicyPack, v: serde_json::Value) -> Assessment {
    let app = Application::from_json(&v, &pack.ids()).unwrap_or_else(|e| panic!("{v}: {e:?}"));
    assess_on(pack, &app, Calendar::shared(), today())
}

/// Assess an application given as JSON against the built-in data, on `today()`.
pub fn run(v: serde_json::Value) -> Assessment {
    run_in(pack(), v)
}

pub fn has_warning(a: &Assessment, code: &str) -> bool {
    a.warnings.iter().any(|w| w.code == code)
}

/// The warning with this code; panics naming the code (and the codes there are) if none.
pub fn warning<'a>(a: &'a Assessment, code: &str) -> &'a Warning {
    a.warnings
        .iter()
        .find(|w| w.code == code)
        .unwrap_or_else(|| {
            let codes: Vec<&str> = a.warnings.iter().map(|w| &*w.code).collect();
            panic!("no warning {code:?} (warnings: {codes:?})")
        })
}

/// Runs the `estimate` command with `args` and `stdin`. A command that exits
/// before reading all of its input (a bad option) is not a test failure.
#[cfg(not(target_arch = "wasm32"))]
pub fn estimate(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_estimate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("estimate runs");
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("estimate ends")
}
