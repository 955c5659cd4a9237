//! The policy files: valid, inherited from `national`, and every quote verbatim in its source.
#![cfg(not(target_arch = "wasm32"))]

use dianli::policy::quotes::{
    chinese_numerals, figures, mixes_languages, normalise, states_figure,
};
use dianli::policy::{Cite, Jurisdiction, PolicyPack, EMBEDDED};
use serde_json::{json, Value};

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
fn the_embedded_files_are_the_policy_files_without_indentation() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (id, embedded) in EMBEDDED {
        let file = std::fs::read_to_string(format!("{root}/policy/{id}.json")).unwrap();
        let a: Value = serde_json::from_str(&file).unwrap();
        let b: Value = serde_json::from_str(embedded).unwrap();
        assert_eq!(
            a, b,
            "{id}: the embedded data differs from policy/{id}.json"
        );
        assert!(embedded.len() < file.len(), "{id}: not minified");
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
        errs.iter().any(|e| e.path == "jurisdictions.Portal_Test.id"
            && e.message_in(dianli::text::Lang::En).contains("lowercase")),
        "{errs:?}"
    );
}

/// Figures a quote states as parts, not as the total (jurisdiction, path ending, reason).
const SUMMED_FIGURES: &[(&str, &str, &str)] = &[
    (
        "district-x",
        "(excavation).days",
        "3 = 1 working day to the site visit + 2 to the decision (四、(五)3); both are quoted",
    ),
    (
        "district-x",
        "(greening).days",
        "3 = 1 working day to the site visit + 2 to the permit (四、(五)4); both are quoted",
    ),
    (
        "district-x",
        "(road_occupation).days",
        "7 = 5 working days of review + 2 to issue the opinion (四、(五)5); both are quoted",
    ),
];

#[test]
fn every_figure_a_rule_sets_is_stated_in_its_quote() {
    let pack = PolicyPack::embedded();
    let mut checked = 0;
    for j in &pack.jurisdictions {
        for (path, n, cite) in figures(j) {
            if SUMMED_FIGURES
                .iter()
                .any(|(id, end, _)| *id == &*j.id && path.ends_with(end))
            {
                continue;
            }
            assert!(
                states_figure(&cite.quote, n),
                "{}.{path} = {n}, but its quote does not state {n}:\n{}",
                j.id,
                cite.quote
            );
            checked += 1;
        }
    }
    assert!(checked > 60, "only {checked} figures checked");
}

#[test]
fn every_figure_a_commitment_promises_is_stated_in_its_quote() {
    let pack = PolicyPack::embedded();
    let mut checked = 0;
    for j in &pack.jurisdictions {
        let chain = pack.chain(&j.id);
        let utilities = j.utilities.iter().flat_map(|u| u.commitments.iter());
        for (i, c) in j.commitments.iter().chain(utilities).enumerate() {
            let text = &c.text.zh_hans;
            // "2019年报道的做法": the year of the report the promise is from.
            let issued = pack
                .source(&chain, &c.cite.source)
                .and_then(|s| s.issued.as_deref())
                .and_then(|d| d.get(..4)?.parse::<u64>().ok());
            let numbers = text
                .split(|ch: char| !ch.is_ascii_digit())
                .filter_map(|n| n.parse::<u64>().ok())
                .filter(|n| Some(*n) != issued);
            for n in numbers {
                assert!(
                    states_figure(&c.cite.quote, n),
                    "{}.commitments[{i}]({}) promises {n}, but its quote does not state it:\n{text}\n{}",
                    j.id,
                    c.id,
                    c.cite.quote
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "no commitment states a figure");
}

#[test]
fn every_utility_with_stages_names_the_clause_that_counts_them() {
    let pack = PolicyPack::embedded();
    let mut n = 0;
    for j in &pack.jurisdictions {
        for (i, u) in j.utilities.iter().enumerate() {
            if !u.stages.is_empty() {
                assert!(u.stages_cite.is_some(), "{}.utilities[{i}]", j.id);
                n += 1;
            }
        }
    }
    assert_eq!(n, 2, "District X's water and gas");
}

#[test]
fn figures_are_recognised_in_either_kind_of_numeral() {
    assert!(states_figure("低壓客戶報裝辦理時間不超3個工作日", 3));
    assert!(!states_figure("不超過13個工作日", 3));
    assert!(states_figure("三年后要壓減到15個工作日以內", 15));
    assert!(states_figure("零投资扩大至一百六十千瓦", 160));
    assert!(states_figure("審批時長壓縮為十二個工作日", 12));
    assert!(!states_figure("審批時長壓縮為十二個工作日", 2));
    assert!(states_figure("壓減至兩個環節", 2));
    assert!(states_figure("用电报装当日办结", 0));
    assert_eq!(chinese_numerals(105), ["一百零五"]);
    assert_eq!(chinese_numerals(20), ["二十"]);
}

/// The project's notes on policy (policy-facts.md) are not a source.
fn names_internal_notes(s: &str) -> bool {
    let lower = s.to_lowercase();
    [
        "policy-facts",
        "policy facts",
        "known gaps",
        "政策事实",
        "政策事實",
        "已知缺口",
    ]
    .iter()
    .any(|x| lower.contains(x))
}

#[test]
fn no_citation_names_the_internal_policy_notes() {
    let pack = PolicyPack::embedded();
    for j in &pack.jurisdictions {
        for (id, s) in &j.sources {
            for text in [&*s.file, &s.title.zh_hans, &s.title.zh_hant, &s.title.en] {
                assert!(!names_internal_notes(text), "{}.sources.{id}: {text}", j.id);
            }
            for text in [&s.issuer.zh_hans, &s.issuer.zh_hant, &s.issuer.en] {
                assert!(!names_internal_notes(text), "{}.sources.{id}: {text}", j.id);
            }
        }
        for (path, c) in all_cites(j) {
            let label = &c.clause;
            for text in [&label.zh_hans, &label.zh_hant, &label.en, &*c.quote] {
                assert!(!names_internal_notes(text), "{}{path}: {text}", j.id);
            }
        }
    }
    let cal = dianli::Calendar::embedded();
    for year in [2025, 2026] {
        let s = cal.source(year).unwrap();
        for text in [&s.file, &s.clause, &s.quote] {
            assert!(!names_internal_notes(text), "calendar {year}: {text}");
        }
    }
}

#[test]
fn no_clause_label_mixes_languages() {
    assert!(mixes_languages(
        "零投资容量上限（低压） / zero-investment capacity cap, LV"
    ));
    assert!(!mixes_languages("三、(四)"));
    let pack = PolicyPack::embedded();
    for j in &pack.jurisdictions {
        for (path, c) in all_cites(j) {
            let l = &c.clause;
            for text in [&l.zh_hans, &l.zh_hant, &l.en] {
                assert!(!mixes_languages(text), "{}{path}.clause: {text}", j.id);
            }
        }
    }
    let cal = dianli::Calendar::embedded();
    for year in [2025, 2026] {
        let clause = &cal.source(year).unwrap().clause;
        assert!(!mixes_languages(clause), "calendar {year}: {clause}");
    }
}

#[test]
fn every_national_rule_applies_from_a_date() {
    let pack = PolicyPack::embedded();
    let n = pack.get("national").unwrap();
    let mut checked = 0;
    n.each_rule(|list, i, _, rule| {
        // The engine's own references are clauses, not rules with a date.
        if let Some(w) = rule.when() {
            assert!(w.from.is_some(), "national.{list}[{i}] has no `from` date");
            checked += 1;
        }
    });
    assert!(checked > 10, "only {checked} national rules");
}

/// A label given once for all languages must be the document's own numbering
/// (`三、(四)`, `附件2 四、(一)`, `第二百零一条`): it is shown as it is in English too.
fn is_numbering(label: &str) -> bool {
    label.chars().all(|c| {
        c.is_ascii_digit() || " .()（）、至第条條项項附件注零一二三四五六七八九十百千".contains(c)
    })
}

#[test]
fn a_clause_label_shared_by_every_language_is_the_documents_own_numbering() {
    assert!(is_numbering("附件1 四、注"));
    assert!(!is_numbering("二、整改目标"));
    let pack = PolicyPack::embedded();
    for j in &pack.jurisdictions {
        for (path, c) in all_cites(j) {
            let l = &c.clause;
            if l.zh_hans == l.zh_hant && l.zh_hans == l.en {
                assert!(
                    is_numbering(&l.en),
                    "{}{path}.clause “{}” is shown as it is in every language: use the document's numbering or give it per language",
                    j.id,
                    l.en
                );
            }
        }
    }
    let cal = dianli::Calendar::embedded();
    for year in [2025, 2026] {
        let clause = &cal.source(year).unwrap().clause;
        assert!(is_numbering(clause), "calendar {year}: {clause}");
    }
}
