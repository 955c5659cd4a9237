//! The policy files: valid, inherited from `national`, and every quote verbatim in its source.
#![cfg(not(target_arch = "wasm32"))]

use dianli::policy::{Cite, Jurisdiction, PolicyPack, EMBEDDED};
use serde_json::{json, Value};

/// Source text with whitespace and pinyin annotations like `簡(jiǎn)化` removed,
/// the form the seeds README calls "the same policy text".
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' {
            if let Some(len) = chars[i + 1..].iter().position(|c| *c == ')') {
                let inner = &chars[i + 1..i + 1 + len];
                if !inner.is_empty()
                    && inner.iter().all(|c| {
                        c.is_alphabetic() && !c.is_ascii_uppercase() && (*c as u32) < 0x0300
                    })
                {
                    i += len + 2;
                    continue;
                }
            }
        }
        if !chars[i].is_whitespace() {
            out.push(chars[i]);
        }
        i += 1;
    }
    out
}

fn source_text(file: &str) -> String {
    let path = format!("{}/policy/sources/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The source text a quote may come from: below the dashed line that ends a
/// national file's header (title, provenance, cleanup), or the whole seed.
fn quotable_text(file: &str) -> String {
    let text = source_text(file);
    match text.find(&"-".repeat(70)) {
        Some(i) => text[i..].to_string(),
        None => text,
    }
}

/// Every citation in a jurisdiction file, with its path.
fn all_cites(j: &Jurisdiction) -> Vec<(String, Cite)> {
    j.cites()
        .into_iter()
        .map(|(path, c)| (format!(".{path}"), c.clone()))
        .collect()
}

#[test]
fn embedded_pack_is_valid_and_every_place_inherits_national() {
    let pack = PolicyPack::embedded();
    assert_eq!(
        pack.ids(),
        [
            "national",
            "yangjiang",
            "shandong",
            "wanzhou",
            "liuzhou",
            "district-x"
        ]
    );
    for j in &pack.jurisdictions {
        if j.id.as_ref() != "national" {
            assert_eq!(j.inherits.as_deref(), Some("national"), "{}", j.id);
        }
    }
}

#[test]
fn every_quote_is_verbatim_in_its_source_document() {
    let pack = PolicyPack::embedded();
    let mut checked = 0;
    for j in &pack.jurisdictions {
        let chain = pack.chain(&j.id);
        for (path, c) in all_cites(j) {
            let src = pack
                .source(&chain, &c.source)
                .unwrap_or_else(|| panic!("{}{path}: unknown source {}", j.id, c.source));
            let text = normalise(&quotable_text(&src.file));
            assert!(
                text.contains(&normalise(&c.quote)),
                "{}{path}: quote not found in {}:\n{}",
                j.id,
                src.file,
                c.quote
            );
            checked += 1;
        }
    }
    assert!(checked > 150, "only {checked} quotes checked");
}

#[test]
fn every_source_names_a_file_in_the_repository() {
    let pack = PolicyPack::embedded();
    for j in &pack.jurisdictions {
        for (id, s) in &j.sources {
            assert!(!source_text(&s.file).is_empty(), "{}.sources.{id}", j.id);
        }
    }
}

#[test]
fn the_holiday_calendar_quotes_each_state_council_notice_from_its_file() {
    let cal = dianli::Calendar::embedded();
    for year in [2025, 2026] {
        let s = cal.source(year).unwrap();
        assert!(
            s.file.starts_with("national/holidays-"),
            "{year}: {}",
            s.file
        );
        let notice = normalise(&quotable_text(&s.file));
        assert!(
            notice.contains(&normalise(&s.quote)),
            "{year}: quote not in {}: {}",
            s.file,
            s.quote
        );
    }
}

#[test]
fn a_pack_round_trips_through_json() {
    let pack = PolicyPack::embedded();
    let map: serde_json::Map<String, Value> = pack
        .jurisdictions
        .iter()
        .map(|j| (j.id.to_string(), serde_json::to_value(j).unwrap()))
        .collect();
    let text = json!({ "jurisdictions": map }).to_string();
    let again = PolicyPack::from_json(&text).unwrap();
    assert_eq!(again.jurisdictions.len(), pack.jurisdictions.len());
    for (a, b) in pack.jurisdictions.iter().zip(&again.jurisdictions) {
        let b = again.get(&a.id).unwrap_or(b);
        assert_eq!(a, b);
    }
}

#[test]
fn validation_reports_every_problem_with_its_path() {
    let mut liuzhou: Value =
        serde_json::from_str(EMBEDDED.iter().find(|(id, _)| *id == "liuzhou").unwrap().1).unwrap();
    liuzhou["stage_plans"][1]["stages"][2]["limits"][0]["days"] = json!(-3);
    liuzhou["time_limits"][0]["days"] = json!(0);
    liuzhou["name"]["en"] = json!("");
    liuzhou["zero_investment"][0]["cap"]["unit"] = json!("hp");
    liuzhou["documents"][0]["cite"]["source"] = json!("nowhere");
    liuzhou["colour"] = json!("red");
    let national: Value = serde_json::from_str(EMBEDDED[0].1).unwrap();
    let pack = json!({"jurisdictions": {"national": national, "liuzhou": liuzhou}});
    let errs = PolicyPack::from_json(&pack.to_string()).unwrap_err();
    let lines: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    let expect = [
        "jurisdictions.liuzhou.stage_plans[1].stages[2].limits[0].days: expected an integer ≥ 0",
        "jurisdictions.liuzhou.time_limits[0].days: expected a positive integer",
        "jurisdictions.liuzhou.name.en: expected non-empty text in this language",
        "jurisdictions.liuzhou.zero_investment[0].cap.unit: expected one of: kVA, kW",
        "jurisdictions.liuzhou.colour: unknown field",
    ];
    for e in expect {
        assert!(
            lines.iter().any(|l| l.starts_with(e)),
            "missing “{e}” in:\n{}",
            lines.join("\n")
        );
    }
    assert!(lines.len() >= expect.len());
}

#[test]
fn references_are_checked_after_the_schema() {
    let mut yj: Value = serde_json::from_str(EMBEDDED[1].1).unwrap();
    yj["documents"][0]["cite"]["source"] = json!("nowhere");
    yj["inherits"] = json!("atlantis");
    yj["periods"][0]["after_stage"] = json!("no_such_stage");
    let pack = json!({"jurisdictions": {"yangjiang": yj}});
    let errs = PolicyPack::from_json(&pack.to_string()).unwrap_err();
    let lines: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("jurisdictions.yangjiang.inherits: no jurisdiction “atlantis”")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("jurisdictions.yangjiang.documents[0].cite.source")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("jurisdictions.yangjiang.periods[0].after_stage")),
        "{lines:?}"
    );
}

#[test]
fn a_broken_file_is_reported_with_line_and_column() {
    let errs = PolicyPack::from_json("{\"jurisdictions\": {").unwrap_err();
    assert!(errs[0].path.contains("line 1"), "{:?}", errs);
}

/// A portal's pack: one new district that inherits the built-in national baseline.
fn portal_district() -> Value {
    let mut dx: Value = serde_json::from_str(
        EMBEDDED
            .iter()
            .find(|(id, _)| *id == "district-x")
            .unwrap()
            .1,
    )
    .unwrap();
    dx["id"] = json!("portal-test");
    dx["name"]["zh-Hans"] = json!("门户测试区");
    dx
}

#[test]
fn a_portal_pack_adds_to_the_built_in_places_and_inherits_national() {
    let pack = json!({"jurisdictions": {"portal-test": portal_district()}});
    let merged = PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap();
    assert!(merged.get("portal-test").is_some());
    for (id, _) in EMBEDDED {
        assert!(merged.get(id).is_some(), "built-in {id} kept");
    }
    let chain: Vec<&str> = merged.chain("portal-test").iter().map(|j| &*j.id).collect();
    assert_eq!(chain, ["portal-test", "national"]);
}

#[test]
fn a_portal_pack_replaces_a_built_in_place_with_the_same_id() {
    let mut lz: Value =
        serde_json::from_str(EMBEDDED.iter().find(|(id, _)| *id == "liuzhou").unwrap().1).unwrap();
    lz["name"]["en"] = json!("Liuzhou (portal copy)");
    let pack = json!({"jurisdictions": {"liuzhou": lz}});
    let merged = PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap();
    assert_eq!(
        &*merged.get("liuzhou").unwrap().name.en,
        "Liuzhou (portal copy)"
    );
    assert_eq!(merged.jurisdictions.len(), EMBEDDED.len());
}

#[test]
fn a_portal_pack_is_validated_with_paths_in_the_portal_file() {
    let mut dx = portal_district();
    dx["time_limits"][0]["days"] = json!("five");
    dx["id"] = json!("Portal Test");
    let pack = json!({"jurisdictions": {"Portal Test": dx}});
    let errs = PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap_err();
    let lines: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("jurisdictions.Portal Test.time_limits[0].days")),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.contains("liuzhou")), "{lines:?}");
    let top = PolicyPack::from_json_over_embedded("[1, 2]").unwrap_err();
    assert_eq!(top[0].path, "(top level)", "{top:?}");
}

#[test]
fn a_portal_place_id_must_be_usable_in_a_link() {
    let mut dx = portal_district();
    dx["id"] = json!("Portal_Test");
    let pack = json!({"jurisdictions": {"Portal_Test": dx}});
    let errs = PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.path == "jurisdictions.Portal_Test.id" && e.message.contains("lowercase")),
        "{errs:?}"
    );
}
