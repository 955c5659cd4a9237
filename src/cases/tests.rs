use super::*;
use crate::text::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

const GOOD: &str = r#"{"name": "yangjiang lv", "app": {"jurisdiction": "yangjiang", "area": "urban", "customer": "small_micro", "capacity": "50kVA", "voltage": "lv", "start": "2026-06-01"}, "expect": {"stages.len": 2, "stages.0.id": "apply_sign", "zero_investment.applies": true, "warnings.*.code lacks": "holidays_unknown"}}"#;
const BAD_UNIT: &str = r#"{"name": "bad unit", "app": {"jurisdiction": "yangjiang", "capacity": "160 horsepower"}, "expect": {"exit": 2, "problems.*.field": ["capacity"]}}"#;

fn outcomes(text: &str) -> Vec<Outcome> {
    let cases = parse_lines(text).unwrap();
    run(&cases, &PolicyPack::embedded(), Calendar::shared(), today())
}

#[test]
fn a_case_passes_when_every_expectation_holds_and_a_refusal_when_refused() {
    let out = outcomes(&format!("{GOOD}\n\n{BAD_UNIT}\n"));
    assert_eq!(out.len(), 2);
    assert!(out.iter().all(Outcome::passed), "{out:?}");
    assert_eq!(summary(&out, Lang::En), "2 cases: 2 passed, 0 failed");
}

#[test]
fn a_failure_names_the_path_the_expected_and_the_actual_value_in_each_language() {
    let text = GOOD.replace(r#""stages.len": 2"#, r#""stages.len": 3"#);
    let out = outcomes(&text);
    assert_eq!(
        out[0].failures,
        [Failure::Mismatch {
            key: "stages.len".into(),
            op: Op::Equals,
            expected: json::parse("3").unwrap(),
            actual: json::parse("2").unwrap(),
        }]
    );
    assert_eq!(
        out[0].line_in(Lang::En),
        "FAIL yangjiang lv: stages.len: expected 3, got 2"
    );
    assert_eq!(
        out[0].line_in(Lang::ZhHans),
        "未通过 yangjiang lv：stages.len：应为 3，实际为 2"
    );
    assert_eq!(
        out[0].line_in(Lang::ZhHant),
        "未通過 yangjiang lv：stages.len：應為 3，實際為 2"
    );
    assert_eq!(
        summary(&out, Lang::ZhHant),
        "共 1 個案例：通過 0 個，未通過 1 個"
    );
}

#[test]
fn refused_when_it_should_be_assessed_and_the_reverse_are_failures() {
    let refused = BAD_UNIT.replace(
        r#""exit": 2, "problems.*.field": ["capacity"]"#,
        r#""stages.len": 2"#,
    );
    let out = outcomes(&refused);
    assert!(matches!(&out[0].failures[..], [Failure::Refused(p)] if p[0].field == Field::Capacity));
    assert!(out[0]
        .line_in(Lang::En)
        .contains("the application was refused: capacity: "));
    let accepted = GOOD.replace(r#""stages.len": 2,"#, r#""exit": 2,"#);
    let accepted = accepted
        .replace(r#""stages.0.id": "apply_sign", "#, "")
        .replace(r#""zero_investment.applies": true, "#, "")
        .replace(
            r#""warnings.*.code lacks": "holidays_unknown""#,
            r#""problems.len": 0"#,
        );
    let out = outcomes(&accepted);
    assert_eq!(out[0].failures, [Failure::Accepted]);
}

#[test]
fn a_misspelt_path_fails_instead_of_passing_as_null() {
    let text = GOOD.replace("zero_investment.applies", "zero_investment.aplies");
    let out = outcomes(&text);
    let line = out[0].line_in(Lang::En);
    assert!(
        line.contains(
            "zero_investment.aplies: zero_investment has no field “aplies” (it has: applies,"
        ),
        "{line}"
    );
}

#[test]
fn shape_problems_are_named_by_line_and_path() {
    let text = [
        GOOD,
        "",
        r#"{"name": "yangjiang lv", "app": [], "expect": {"stages..len": 1, "exit": 1}, "expcet": {}}"#,
        r#"{"name": " ", "expect": {}}"#,
        "[1",
        r#"{"name": "refused", "app": {}, "expect": {"exit": 2, "stages.len": 0}}"#,
        r#"{"name": "count", "app": {}, "expect": {"stages.len": "two"}}"#,
        r#""a case""#,
    ]
    .join("\n");
    let problems = parse_lines(&text).unwrap_err();
    let mut lines: Vec<String> = problems.iter().map(|p| p.line_in(Lang::En)).collect();
    // The JSON reader's own wording of a syntax error is not this module's.
    let not_json = lines.remove(8);
    assert!(
        not_json.starts_with("line 5: not valid JSON: "),
        "{not_json}"
    );
    assert!(not_json.ends_with(" at column 3"), "{not_json}");
    assert_eq!(
        lines,
        [
            "line 3: expcet: unknown field (expected one of: name, note, app, expect)",
            "line 3: name: another case has this name",
            "line 3: app: expected an object",
            "line 3: expect.exit: expected 0 or 2",
            "line 3: expect[\"stages..len\"]: path: a field name is missing at character 8",
            "line 4: name: expected a non-empty string",
            "line 4: app: missing",
            "line 4: expect: expected at least one expectation",
            "line 6: expect[\"stages.len\"]: with \"exit\": 2 there is no assessment: only problems… can be checked",
            "line 7: expect[\"stages.len\"]: a len is a count: expected an integer ≥ 0",
            "line 8: expected an object",
        ]
    );
    assert_eq!(
        problems[2].line_in(Lang::ZhHans),
        "第 3 行 app：应为对象（{…}）"
    );
    assert_eq!(
        problems[0].line_in(Lang::ZhHant),
        "第 3 行 expcet：未知的欄位（應為以下之一：name, note, app, expect）"
    );
}

#[test]
fn a_packs_cases_are_read_from_its_cases_list_with_their_paths() {
    let pack = format!(
        r#"{{"jurisdictions": {{}}, "cases": [{GOOD}, {{"name": "x", "app": {{}}, "expect": {{"a b": 1}}}}]}}"#
    );
    let problems = pack_cases(&pack).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "cases[1].expect[\"a b\"]");
    assert_eq!(
        problems[0].line_in(Lang::En),
        "cases[1].expect[\"a b\"]: path: character 2 “ ” cannot be in a field name"
    );
    assert_eq!(pack_cases(r#"{"jurisdictions": {}}"#).unwrap(), []);
    let not_list = pack_cases(r#"{"jurisdictions": {}, "cases": {}}"#).unwrap_err();
    assert_eq!(not_list[0].line_in(Lang::En), "cases: expected a list");
    assert!(pack_cases("{").unwrap_err()[0]
        .line_in(Lang::En)
        .starts_with("(top level): not valid JSON"));
}

#[test]
fn a_pack_with_cases_loads_and_runs_its_own_cases() {
    let dx =
        include_str!("../../policy/district-x.json").replace("\"district-x\"", "\"portal-test\"");
    let text = format!(
        r#"{{"jurisdictions": {{"portal-test": {dx}}}, "cases": [
            {{"name": "portal lv business", "app": {{"jurisdiction": "portal-test", "customer": "business", "capacity": "30kVA", "voltage": "lv", "external_works": "yes", "start": "2026-04-30"}},
              "expect": {{"stages.len": 3, "completion_date": "2026-05-09", "stages.0.citation.source": "dx"}}}},
            {{"name": "portal 10kv", "app": {{"jurisdiction": "portal-test", "customer": "business", "capacity": "800kVA", "voltage": "10kv", "external_works": "yes", "start": "2026-06-01"}},
              "expect": {{"stages.len": 3}}}}
        ]}}"#
    );
    let pack = PolicyPack::from_json_over_embedded(&text).expect("a pack may carry cases");
    let out = run_pack_cases(&text, &pack, Calendar::shared(), today()).unwrap();
    assert_eq!(out.len(), 2);
    assert!(out[0].passed(), "{:?}", out[0]);
    assert_eq!(
        out[1].line_in(Lang::En),
        "FAIL portal 10kv: stages.len: expected 3, got 4"
    );
}

#[test]
fn the_contract_examples_and_every_case_file_read() {
    for text in [
        include_str!("../../tests/cases/contract.jsonl"),
        include_str!("../../tests/cases/yangjiang.jsonl"),
    ] {
        assert!(!parse_lines(text).unwrap().is_empty());
    }
}

#[test]
fn echoed_names_and_values_are_one_line_and_short() {
    let long = "x".repeat(500);
    let text = format!(
        r#"{{"name": "two\nlines\u0007", "app": {{"jurisdiction": "yangjiang", "capacity": "50kVA", "start": "2026-06-01"}}, "expect": {{"stages.len": "{long}"}}}}"#
    );
    // A len compared with text is refused before running.
    assert!(parse_lines(&text).is_err());
    let text = text.replace(r#""stages.len""#, r#""stages.0.id""#);
    let out = outcomes(&text);
    let line = out[0].line_in(Lang::En);
    assert!(line.starts_with("FAIL two\\nlines\\u{7}: "), "{line}");
    assert!(!line.contains('\n'));
    assert!(line.chars().count() < 300, "{line}");
}
