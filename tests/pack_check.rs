//! `estimate --check`: a publisher checks their pack before hosting it.
#![cfg(not(target_arch = "wasm32"))]

use dianli::policy::ErrorKind;
use dianli::Lang;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Command;

/// The words of a (made-up) city's notice that its rules quote.
const NOTICE: &str = "一、对城乡居民用户，低压接入容量不满160千瓦的，实行零投资。\n二、低压办电时间不超过5个工作日。";

/// The same words in every language (enough for a check).
fn tri(s: &str) -> Value {
    json!({"zh-Hans": s, "zh-Hant": s, "en": s})
}

/// A city's own pack: one place, one source, one rule.
fn city() -> Value {
    json!({
        "about": {"title": tri("测试市获得电力"), "issuer": tri("测试市发展改革委"), "date": "2026-01"},
        "jurisdictions": {"test-city": {
            "id": "test-city",
            "inherits": "national",
            "name": {"zh-Hans": "测试市", "zh-Hant": "測試市", "en": "Test City"},
            "sources": {"notice": {
                "file": "notice.txt",
                "title": {"zh-Hans": "通知", "zh-Hant": "通知", "en": "Notice"},
                "issuer": {"zh-Hans": "测试市", "zh-Hant": "測試市", "en": "Test City"},
                "issued": "2026-01-01",
                "effective": "2026-01-01",
                "text": NOTICE
            }},
            "zero_investment": [{
                "id": "lv",
                "cap": {"value": 160, "unit": "kW"},
                "covers": tri("表计及线路"),
                "cite": {"source": "notice", "clause": "一", "quote": "低压接入容量不满160千瓦的，实行零投资"}
            }]
        }}
    })
}

fn temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dianli-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `estimate ARGS` with nothing on stdin: exit code and stderr lines.
fn estimate(args: &[&str]) -> (i32, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_estimate"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    (
        out.status.code().unwrap(),
        err.lines().map(String::from).collect(),
    )
}

fn check(name: &str, pack: &Value, extra: &[&str]) -> (i32, Vec<String>) {
    let file = temp(name, &pack.to_string());
    let mut args = vec!["--check", file.to_str().unwrap()];
    args.extend(extra);
    estimate(&args)
}

#[test]
fn a_pack_whose_quotes_hold_passes_without_an_application() {
    let (code, lines) = check("good.json", &city(), &[]);
    assert_eq!((code, lines.clone()), (0, vec![]), "{lines:?}");
}

#[test]
fn a_problem_is_one_line_by_path_with_exit_2() {
    let mut pack = city();
    let rule = &mut pack["jurisdictions"]["test-city"]["zero_investment"][0];
    rule.as_object_mut().unwrap().remove("covers");
    let (code, lines) = check("bad.json", &pack, &[]);
    assert_eq!(code, 2);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].ends_with(&format!(
            "bad.json: jurisdictions.test-city.zero_investment[0].covers: {}",
            ErrorKind::Missing.message(Lang::En)
        )),
        "{lines:?}"
    );
}

#[test]
fn problems_and_warnings_are_in_the_language_asked_for() {
    let mut pack = city();
    let rule = &mut pack["jurisdictions"]["test-city"]["zero_investment"][0];
    rule.as_object_mut().unwrap().remove("covers");
    let missing = ErrorKind::Missing.message(Lang::ZhHans);
    let (_, lines) = check("bad-zh.json", &pack, &["--lang", "zh-Hans"]);
    assert!(lines[0].ends_with(&missing), "{lines:?}");
    // The same pack given with an application is refused in the same words.
    let file = temp("bad-zh-policy.json", &pack.to_string());
    let (code, lines) = estimate(&["--lang", "zh-Hans", "--policy", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(lines[0].ends_with(&missing), "{lines:?}");
}

#[test]
fn a_place_without_inherits_is_warned_about_and_still_accepted() {
    let mut pack = city();
    pack["jurisdictions"]["test-city"]
        .as_object_mut()
        .unwrap()
        .remove("inherits");
    let (code, lines) = check("orphan.json", &pack, &[]);
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("warning: jurisdictions.test-city.inherits: no inherits"),
        "{lines:?}"
    );
}

#[test]
fn a_quote_that_is_not_in_its_sources_text_is_refused() {
    let mut pack = city();
    pack["jurisdictions"]["test-city"]["zero_investment"][0]["cite"]["quote"] =
        json!("this sentence is not in the source at all 160");
    let (code, lines) = check("misquote.json", &pack, &[]);
    assert_eq!(code, 2);
    assert!(
        lines[0].ends_with("jurisdictions.test-city.zero_investment[0].cite.quote: the quote is not in the text of source “notice” (quote it word for word; spacing aside)"),
        "{lines:?}"
    );
}

#[test]
fn a_figure_its_quote_does_not_state_is_refused() {
    let mut pack = city();
    pack["jurisdictions"]["test-city"]["zero_investment"][0]["cap"]["value"] = json!(200);
    let (code, lines) = check("figure.json", &pack, &[]);
    assert_eq!(code, 2);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("zero_investment[0].cap: the figure 200 is not stated"),
        "{lines:?}"
    );
}

#[test]
fn a_clause_label_in_two_languages_is_refused() {
    let mut pack = city();
    pack["jurisdictions"]["test-city"]["zero_investment"][0]["cite"]["clause"] =
        json!("零投资 / zero investment");
    let (code, lines) = check("label.json", &pack, &[]);
    assert_eq!(code, 2);
    assert!(
        lines[0].contains("cite.clause: a clause label in two languages"),
        "{lines:?}"
    );
}

#[test]
fn a_source_without_text_is_warned_about_once_and_its_quotes_go_unchecked() {
    let mut pack = city();
    let source = &mut pack["jurisdictions"]["test-city"]["sources"]["notice"];
    source.as_object_mut().unwrap().remove("text");
    pack["jurisdictions"]["test-city"]["zero_investment"][0]["cite"]["quote"] =
        json!("not in any text 160");
    let (code, lines) = check("no-text.json", &pack, &[]);
    assert_eq!(code, 0);
    assert_eq!(
        lines,
        ["warning: jurisdictions.test-city.sources.notice: no text: the quotes citing this source were not checked (add its text, or give it apart: --text notice=FILE, or the check page's second file)"]
    );
}

#[test]
fn the_text_may_come_in_a_file_of_its_own() {
    let mut pack = city();
    let source = &mut pack["jurisdictions"]["test-city"]["sources"]["notice"];
    source.as_object_mut().unwrap().remove("text");
    let notice = temp("notice.txt", NOTICE);
    let arg = format!("notice={}", notice.display());
    assert_eq!(
        check("text-file.json", &pack, &["--text", &arg]),
        (0, vec![])
    );
    pack["jurisdictions"]["test-city"]["zero_investment"][0]["cap"]["value"] = json!(200);
    let (code, lines) = check("text-file-bad.json", &pack, &["--text", &arg]);
    assert_eq!(code, 2, "{lines:?}");
}

#[test]
fn a_text_for_a_source_the_pack_does_not_have_is_refused_naming_its_sources() {
    let notice = temp("misnamed.txt", NOTICE);
    let arg = format!("notise={}", notice.display());
    let (code, lines) = check("misnamed.json", &city(), &["--text", &arg]);
    assert_eq!(code, 2);
    assert_eq!(
        lines,
        ["--text notise: the pack has no source “notise” (its sources: notice)"]
    );
}

#[test]
fn a_rule_whose_until_is_before_its_from_is_refused() {
    let mut pack = city();
    pack["jurisdictions"]["test-city"]["zero_investment"][0]["when"] =
        json!({"from": "2026-03-01", "until": "2025-12-31"});
    let (code, lines) = check("dates.json", &pack, &[]);
    assert_eq!(code, 2);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].ends_with("jurisdictions.test-city.zero_investment[0].when.until: until is before from (2026-03-01): the rule could never apply"),
        "{lines:?}"
    );
}

const TEMPLATE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/pack-template.json");

#[test]
fn the_template_passes_the_check_with_no_warning() {
    assert_eq!(estimate(&["--check", TEMPLATE]), (0, vec![]));
}

#[test]
fn the_template_has_a_rule_of_each_kind_each_with_a_note() {
    let text = std::fs::read_to_string(TEMPLATE).unwrap();
    let pack = dianli::PolicyPack::from_json_over_embedded(&text).unwrap();
    let place = pack.get("example-city").unwrap();
    let mut lists = Vec::new();
    place.each_rule(|list, _, _, _| lists.push(list));
    // Prices and other utilities are for portals that publish them (docs/policy-data.md);
    // references are inherited from the national rules.
    for list in [
        "voltage_inference",
        "stage_plans",
        "documents",
        "time_limits",
        "periods",
        "zero_investment",
        "approvals",
        "costs",
        "fees",
        "notes",
        "commitments",
    ] {
        assert!(lists.contains(&list), "no rule in {list}");
    }
    let v: Value = serde_json::from_str(&text).unwrap();
    for (list, rules) in v["jurisdictions"]["example-city"].as_object().unwrap() {
        for (i, rule) in rules.as_array().into_iter().flatten().enumerate() {
            let says = if list == "notes" {
                &rule["text"]
            } else {
                &rule["note"]
            };
            assert!(says["en"].is_string(), "{list}[{i}] has no note");
        }
    }
}

#[test]
fn the_template_answers_its_own_cases() {
    let cases = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/pack-template-cases.jsonl"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_estimate"))
        .args(["--policy", TEMPLATE, "--cases", cases])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.trim_end().ends_with(" passed, 0 failed"), "{stdout}");
}

#[test]
fn the_publishers_checks_speak_each_language() {
    let mut pack = city();
    let rule = &mut pack["jurisdictions"]["test-city"]["zero_investment"][0];
    rule["cite"]["quote"] = json!("不在原文中的话160");
    rule["when"] = json!({"from": "2026-03-01", "until": "2025-12-31"});
    let mut seen = Vec::new();
    for lang in ["zh-Hans", "zh-Hant", "en"] {
        let (code, lines) = check(&format!("langs-{lang}.json"), &pack, &["--lang", lang]);
        assert_eq!((code, lines.len()), (2, 2), "{lines:?}");
        seen.push(lines);
    }
    assert!(
        seen[0][0].contains("引文不在来源“notice”的 text 中"),
        "{:?}",
        seen[0]
    );
    assert!(
        seen[1][0].contains("引文不在來源「notice」的 text 中"),
        "{:?}",
        seen[1]
    );
    assert!(seen[1][1].contains("結束日期早於開始日期"), "{:?}", seen[1]);
    assert!(seen[2][1].contains("until is before from"), "{:?}", seen[2]);
}
