//! Golden cases as data: every `tests/cases/*.jsonl` (one file per place,
//! national, and the contract's worked examples as `contract.jsonl`) through
//! the library, through the `estimate` command's default output, and through
//! `estimate --cases`; and a pack's own `cases`.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{estimate, pack, today};
use dianli::cases::{self, Case};
use dianli::{assess_on, json, Calendar};
use std::path::{Path, PathBuf};

/// Every case file, by name, in name order.
fn files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    out.sort();
    out
}

fn read(file: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(file).unwrap();
    cases::parse_lines(&text).unwrap_or_else(|ps| {
        let lines: Vec<String> = ps.iter().map(|p| p.line_in(dianli::Lang::En)).collect();
        panic!("{}:\n{}", file.display(), lines.join("\n"))
    })
}

#[test]
fn there_is_a_case_file_for_every_place_national_and_the_contract() {
    let names: Vec<String> = files()
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for id in pack().ids().into_iter().chain(["contract"]) {
        assert!(names.iter().any(|n| n == id), "tests/cases/{id}.jsonl");
    }
}

#[test]
fn every_case_holds_through_the_library() {
    let mut failed = Vec::new();
    let mut n = 0;
    for file in files() {
        let list = read(&file);
        n += list.len();
        for o in cases::run(&list, pack(), Calendar::shared(), today()) {
            if !o.passed() {
                failed.push(format!(
                    "{}: {}",
                    file.display(),
                    o.line_in(dianli::Lang::En)
                ));
            }
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert!(n >= 150, "{n} cases");
}

#[test]
fn every_assessed_case_gives_its_start_date_so_it_does_not_depend_on_the_day() {
    for file in files() {
        for c in read(&file).iter().filter(|c| !c.refused) {
            assert!(
                c.app.get("start").is_some(),
                "{}: {}",
                file.display(),
                c.name
            );
        }
    }
}

#[test]
fn the_reader_sees_the_assessment_exactly_as_estimate_writes_it() {
    // json_text writes what serde_json writes: the paths are paths in the command's output.
    let ids = pack().ids();
    for file in files() {
        for c in read(&file).iter().filter(|c| !c.refused) {
            let app = cases::application_from(&c.app, &ids).unwrap();
            let a = assess_on(pack(), &app, Calendar::shared(), today());
            assert_eq!(
                dianli::json_text::to_string(&a),
                serde_json::to_string(&a).unwrap(),
                "{}",
                c.name
            );
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn every_case_holds_in_the_default_output_of_estimate() {
    let ids = pack().ids();
    for file in files() {
        for c in read(&file) {
            let out = estimate(&[], &cases::path::canon(&c.app));
            let (code, err) = (out.status.code(), text(&out.stderr));
            if c.refused {
                assert_eq!(code, Some(2), "{}: exit code", c.name);
                assert!(out.stdout.is_empty(), "{}: nothing on stdout", c.name);
                // One line per problem, each naming its field.
                let problems = cases::application_from(&c.app, &ids).unwrap_err();
                assert_eq!(err.lines().count(), problems.len(), "{}: {err}", c.name);
                for (line, p) in err.lines().zip(&problems) {
                    assert!(line.starts_with(p.field.key()), "{}: {line}", c.name);
                }
                continue;
            }
            assert_eq!(code, Some(0), "{}: {err}", c.name);
            let doc = json::parse(&text(&out.stdout)).unwrap();
            let failures = cases::check(&doc, &c.expect);
            assert!(failures.is_empty(), "{}: {failures:?}", c.name);
        }
    }
}

#[test]
fn estimate_cases_passes_every_case_file() {
    for file in files() {
        let n = read(&file).len();
        let out = estimate(&["--cases", file.to_str().unwrap()], "");
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{}: {stdout}", file.display());
        assert_eq!(stdout, format!("{n} cases: {n} passed, 0 failed\n"));
        assert!(out.stderr.is_empty());
    }
}

/// A file in a directory of this test's own.
fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dianli-cases-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    file
}

const LV: &str = r#""app": {"jurisdiction": "yangjiang", "area": "urban", "customer": "small_micro", "capacity": "50kVA", "voltage": "lv", "start": "2026-06-01"}"#;

#[test]
fn estimate_cases_prints_a_line_per_failing_case_and_exits_1() {
    let file = temp_file(
        "failing.jsonl",
        &format!(
            "{{\"name\": \"passes\", {LV}, \"expect\": {{\"stages.len\": 2}}}}\n\
             {{\"name\": \"fails\", {LV}, \"expect\": {{\"stages.len\": 3, \"time_limit_working_days\": 3, \"warnings.*.code has\": \"holidays_unknown\"}}}}\n"
        ),
    );
    let out = estimate(&["--cases", file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "FAIL fails: stages.len: expected 3, got 2; warnings.*.code has: expected a list with \"holidays_unknown\", got [\"yangjiang-time-limit-scope\"]\n\
         2 cases: 1 passed, 1 failed\n"
    );
    let zh = estimate(
        &["--lang", "zh-Hans", "--cases", file.to_str().unwrap()],
        "",
    );
    assert_eq!(
        text(&zh.stdout).lines().last(),
        Some("共 2 个案例：通过 1 个，未通过 1 个")
    );
    assert!(text(&zh.stdout).starts_with("未通过 fails：stages.len：应为 3，实际为 2；"));
}

#[test]
fn estimate_cases_refuses_cases_it_cannot_read_naming_file_line_and_path() {
    let file = temp_file(
        "broken.jsonl",
        &format!("{{\"name\": \"a\", {LV}, \"expect\": {{\"stages..len\": 2}}}}\nnot json\n"),
    );
    let f = file.to_str().unwrap();
    let out = estimate(&["--cases", f], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert_eq!(
        lines[0],
        format!(
            "{f}: line 1: expect[\"stages..len\"]: path: a field name is missing at character 8"
        )
    );
    assert!(lines[1].starts_with(&format!("{f}: line 2: not valid JSON: ")));
    let missing = estimate(&["--cases", "/nonexistent/cases.jsonl"], "");
    assert_eq!(missing.status.code(), Some(2));
    let none = estimate(&["--cases"], "");
    assert_eq!(none.status.code(), Some(2));
    assert!(text(&none.stderr).contains("--policy"));
}

/// A pack that adds `portal-test` (District X's rules under another id) with `cases`.
fn pack_with_cases(cases: &str) -> PathBuf {
    let dx = include_str!("../policy/district-x.json").replace("\"district-x\"", "\"portal-test\"");
    temp_file(
        "pack.json",
        &format!(r#"{{"jurisdictions": {{"portal-test": {dx}}}, "cases": [{cases}]}}"#),
    )
}

#[test]
fn estimate_policy_cases_runs_the_packs_own_cases() {
    let case = |name: &str, stages: u32| {
        format!(
            r#"{{"name": "{name}", "app": {{"jurisdiction": "portal-test", "customer": "business", "capacity": "30kVA", "voltage": "lv", "external_works": "yes", "start": "2026-04-30"}}, "expect": {{"stages.len": {stages}, "completion_date": "2026-05-09"}}}}"#
        )
    };
    let good = pack_with_cases(&case("portal lv", 3));
    let out = estimate(&["--policy", good.to_str().unwrap(), "--cases"], "");
    assert_eq!(text(&out.stdout), "1 cases: 1 passed, 0 failed\n");
    assert_eq!(out.status.code(), Some(0));
    // The pack's cases are only tests: the pack still answers applications.
    let app = r#"{"jurisdiction":"portal-test","capacity":"30kVA","start":"2026-06-01"}"#;
    assert_eq!(
        estimate(&["--policy", good.to_str().unwrap()], app)
            .status
            .code(),
        Some(0)
    );

    let bad = pack_with_cases(&format!(
        "{}, {}",
        case("portal lv", 3),
        case("portal lv 4", 4)
    ));
    let out = estimate(&["--policy", bad.to_str().unwrap(), "--cases"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).starts_with("FAIL portal lv 4: stages.len: expected 4, got 3\n"));

    let broken = pack_with_cases(r#"{"name": "x", "app": {}, "expect": {"exit": 3}}"#);
    let p = broken.to_str().unwrap();
    let out = estimate(&["--policy", p, "--cases"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!("{p}: cases[0].expect.exit: expected 0 or 2\n")
    );

    let empty = pack_with_cases("");
    let out = estimate(&["--policy", empty.to_str().unwrap(), "--cases"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "there are no cases to run\n");
}
