//! Applications an attacker (or a careless script) might send to `estimate`:
//! every echo of the input is one escaped, shortened line, and every JSON
//! value follows one rule (a number or boolean is read as its own spelling).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::estimate;

/// The problems `estimate` names for `app` (exit 2, nothing on stdout).
fn refused(app: &str) -> Vec<String> {
    let out = estimate(&[], app);
    assert_eq!(out.status.code(), Some(2), "{app}");
    assert!(out.stdout.is_empty());
    String::from_utf8(out.stderr)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

fn capacity(value: &str) -> Vec<String> {
    refused(&format!(
        r#"{{"jurisdiction":"yangjiang","capacity":{value}}}"#
    ))
}

#[test]
fn a_line_break_in_a_capacity_is_echoed_on_one_line() {
    let lines = capacity(r#""abc\ndef""#);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("capacity: “abc\\ndef”"),
        "{}",
        lines[0]
    );
}

#[test]
fn nul_and_terminal_escapes_are_written_out_not_sent_to_the_terminal() {
    let lines = capacity(r#""a\u0000b\u001b[31mred""#);
    assert!(
        lines.iter().all(|l| !l.chars().any(char::is_control)),
        "{lines:?}"
    );
    assert!(lines[0].contains("a\\u{0}b\\u{1b}[31mred"), "{}", lines[0]);
}

#[test]
fn a_megabyte_value_is_echoed_in_forty_characters() {
    let lines = capacity(&format!("\"{}\"", "9x".repeat(500_000)));
    assert_eq!(lines.len(), 1);
    assert!(lines[0].len() < 400, "{} bytes", lines[0].len());
    assert!(lines[0].contains('…'));
}

#[test]
fn an_unknown_field_name_is_escaped_too() {
    let lines = refused("{\"jurisdiction\":\"yangjiang\",\"capacity\":\"100kVA\",\"x\\ny\":1}");
    assert!(lines.iter().any(|l| l.contains("“x\\ny”")), "{lines:?}");
}

#[test]
fn a_number_reads_as_its_own_spelling() {
    // 1e3 is scientific notation as a number just as it is as text.
    let n = capacity("1e3");
    let s = capacity(r#""1e3""#);
    assert!(n[0].contains("Scientific notation"), "{n:?}");
    assert!(s[0].contains("Scientific notation"), "{s:?}");
    // A power factor and a meter size are numbers in the contract.
    let out = estimate(
        &[],
        r#"{"jurisdiction":"district-x","capacity":"100kVA","power_factor":0.85,"utilities":["water"],"water_meter_dn":40}"#,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_boolean_reads_as_true_or_false() {
    let lines = capacity("true");
    assert!(lines[0].starts_with("capacity: “true”"), "{lines:?}");
    let out = estimate(
        &[],
        r#"{"jurisdiction":"yangjiang","capacity":"100kVA","temporary":false}"#,
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_object_or_a_list_of_numbers_is_refused_as_not_text() {
    let lines = capacity(r#"{"value":100}"#);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("capacity: Expected text"), "{lines:?}");
    let lines = refused(r#"{"jurisdiction":"yangjiang","capacity":"100kVA","utilities":[1]}"#);
    assert!(
        lines[0].starts_with("utilities: Expected text"),
        "{lines:?}"
    );
}

#[test]
fn an_input_that_is_not_an_object_is_named_by_its_place_not_a_field() {
    let out = estimate(
        &[],
        r#"[1, {"jurisdiction":"yangjiang","capacity":"100kVA"}]"#,
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.trim(),
        "[0]: The input must be a JSON object with the application's fields."
    );
    let out = estimate(&["--format", "jsonl"], "3\n");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("line 1: The input must be"), "{err}");
}
