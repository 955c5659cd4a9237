//! Officials' batch output: `estimate --lang L --format jsonl|csv` over many
//! applications, one language, each citation once in a table of its own.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::estimate;

use dianli::cases;
use dianli::json::{self, Value};
use dianli::officials::batch::{CITATION_COLUMNS, COLUMNS};
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Output;

/// Applications from the contract's examples and golden cases (valid ones).
fn applications() -> Vec<String> {
    let mut out = Vec::new();
    for name in ["contract", "district-x", "liuzhou"] {
        let path = format!("{}/tests/cases/{name}.jsonl", env!("CARGO_MANIFEST_DIR"));
        let list = cases::parse_lines(&std::fs::read_to_string(path).unwrap()).unwrap();
        out.extend(
            list.iter()
                .filter(|c| !c.refused)
                .map(|c| cases::path::canon(&c.app)),
        );
    }
    out
}

fn ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dianli-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn records(text: &str) -> Vec<Value> {
    text.lines().map(|l| json::parse(l).unwrap()).collect()
}

fn kind(v: &Value) -> &str {
    v.get("record").and_then(Value::as_str).unwrap_or("")
}

/// The assessment records of a JSON Lines batch with each `{"t": n}` replaced
/// by its text, checking that every text record comes before its first use.
fn assessments(recs: &[Value]) -> Vec<Value> {
    let mut texts: Vec<Value> = Vec::new();
    let mut out = Vec::new();
    for r in recs {
        match kind(r) {
            "text" => {
                assert_eq!(
                    r.get("id").and_then(Value::as_u64),
                    Some(texts.len() as u64)
                );
                texts.push(r.get("text").cloned().unwrap());
            }
            "assessment" => out.push(expand(r, &texts)),
            _ => {}
        }
    }
    out
}

fn expand(v: &Value, texts: &[Value]) -> Value {
    match v {
        Value::Object(m) if m.len() == 1 && m.contains_key("t") => {
            let n = m.get("t").and_then(Value::as_u64).unwrap() as usize;
            texts.get(n).cloned().expect("a text record before its use")
        }
        Value::Object(m) => {
            let mut out = json::Map::new();
            for (k, x) in m.iter() {
                out.insert(k.clone(), expand(x, texts));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| expand(x, texts)).collect()),
        _ => v.clone(),
    }
}

/// `v` without its `null` fields, as the batch writes it.
fn without_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = json::Map::new();
            for (k, x) in m.iter().filter(|(_, x)| !x.is_null()) {
                out.insert(k.clone(), without_nulls(x));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(without_nulls).collect()),
        _ => v.clone(),
    }
}

/// Whether any object under `v` is a text in three languages.
fn has_text_object(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.contains_key("zh-Hans") || m.iter().any(|(_, x)| has_text_object(x)),
        Value::Array(a) => a.iter().any(has_text_object),
        _ => false,
    }
}

/// Every citation id under the known citation fields of a record.
fn cited(v: &Value, out: &mut Vec<String>) {
    if let Value::Object(m) = v {
        for (k, x) in m.iter() {
            match (k.as_str(), x) {
                (
                    "citation" | "limit_citation" | "regional_citation" | "cap_citation"
                    | "bound_citation" | "voltage_citation",
                    Value::String(id),
                ) => out.push(id.clone()),
                ("citations", Value::Array(ids)) => {
                    out.extend(ids.iter().filter_map(|i| i.as_str().map(String::from)))
                }
                _ => cited(x, out),
            }
        }
    } else if let Value::Array(a) = v {
        a.iter().for_each(|x| cited(x, out));
    }
}

#[test]
fn jsonl_has_one_record_per_application_in_one_language_then_each_citation_once() {
    let apps = applications();
    let text = ok(&estimate(
        &["--lang", "zh-Hans", "--format", "jsonl"],
        &apps.join("\n"),
    ));
    let recs = records(&text);
    let assessments = assessments(&recs);
    let citations: Vec<&Value> = recs.iter().filter(|r| kind(r) == "citation").collect();
    assert_eq!(assessments.len(), apps.len());
    // Texts and assessments first, in input order; then the table, sorted by
    // id, each once.
    let body = recs.len() - citations.len();
    assert!(recs[..body]
        .iter()
        .all(|r| matches!(kind(r), "assessment" | "text")));
    assert!(recs[body..].iter().all(|c| kind(c) == "citation"));
    let texts = recs.iter().filter(|r| kind(r) == "text").count();
    assert!(
        texts > 0 && texts < apps.len() * 10,
        "texts are written once: {texts}"
    );
    for (i, r) in assessments.iter().enumerate() {
        assert_eq!(r.get("index").and_then(Value::as_u64), Some(i as u64));
        assert!(
            !has_text_object(r),
            "record {i} has a text in three languages"
        );
    }
    let ids: Vec<&str> = citations
        .iter()
        .map(|c| c.get("id").unwrap().as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted, "sorted, no repeats");
    let table: HashSet<&str> = ids.iter().copied().collect();
    let mut refs = Vec::new();
    assessments.iter().for_each(|r| cited(r, &mut refs));
    assert!(
        refs.len() > ids.len(),
        "citations are referred to more often than listed"
    );
    for id in &refs {
        assert!(table.contains(id.as_str()), "{id} is not in the table");
    }
    let fields: Vec<&str> = citations[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut want: Vec<&str> = CITATION_COLUMNS.iter().copied().chain(["record"]).collect();
    want.sort();
    assert_eq!(fields, want);
}

#[test]
fn a_jsonl_record_says_what_the_default_output_says_in_its_language() {
    for app in applications().iter().take(6) {
        let full = json::parse(&ok(&estimate(&[], app))).unwrap();
        let text = ok(&estimate(&["--lang", "zh-Hant", "--format", "jsonl"], app));
        let recs = records(&text);
        let record = &assessments(&recs)[0];
        // Every field of the one-language result is there, `null` left out.
        let pack = dianli::PolicyPack::embedded();
        let application =
            dianli::Application::from_json(&serde_json::from_str(app).unwrap(), &pack.ids())
                .unwrap();
        let assessment = dianli::assess_in(
            &pack,
            &application,
            dianli::Calendar::shared(),
            dianli::today_in_china(),
            dianli::explain::Langs::only(dianli::Lang::ZhHant),
        );
        let mut citations = dianli::json_text::Citations::new();
        let one =
            dianli::json_text::to_string_in(&assessment, dianli::Lang::ZhHant, &mut citations);
        let mut one = without_nulls(&json::parse(&one).unwrap());
        if let Value::Object(m) = &mut one {
            m.insert("record".into(), Value::String("assessment".into()));
            m.insert("index".into(), Value::Number("0".into()));
        }
        assert_eq!(record, &one, "{app}");
        let get =
            |v: &Value, p: &str| cases::path::lookup(v, &cases::path::parse(p).unwrap()).unwrap();
        for p in [
            "stages.len",
            "completion_date",
            "zero_investment.applies",
            "warnings.*.code",
            "costs.parts.*.payer",
        ] {
            assert_eq!(get(record, p), get(&full, p), "{app}: {p}");
        }
        assert_eq!(
            get(record, "zero_investment.headline"),
            get(&full, "zero_investment.headline.zh-Hant")
        );
        // A citation id leads to the same clause and quote, in the record's language.
        if let Value::String(id) = get(record, "time_limit.citation") {
            let c = recs
                .iter()
                .find(|r| r.get("id").and_then(Value::as_str) == Some(&id))
                .unwrap();
            for (k, full_k) in [
                ("source", "source"),
                ("clause", "clause"),
                ("quote", "quote"),
                ("label", "label.zh-Hant"),
            ] {
                assert_eq!(
                    c.get(k).cloned(),
                    Some(get(&full, &format!("time_limit.citation.{full_k}")))
                );
            }
        }
    }
}

#[test]
fn golden_case_paths_hold_on_jsonl_records() {
    let path = format!("{}/tests/cases/contract.jsonl", env!("CARGO_MANIFEST_DIR"));
    let list = cases::parse_lines(&std::fs::read_to_string(path).unwrap()).unwrap();
    for c in list.iter().filter(|c| !c.refused) {
        let text = ok(&estimate(
            &["--format", "jsonl"],
            &cases::path::canon(&c.app),
        ));
        let record = &assessments(&records(&text))[0];
        let failures: Vec<_> = cases::check(record, &c.expect)
            .into_iter()
            // A `null` field is left out of a batch record.
            .filter(|f| !matches!(f, cases::Failure::Lookup { key, error: cases::path::LookupError::NoField { .. } }
                if c.expect.iter().any(|e| &e.key == key && e.value.is_null())))
            .collect();
        assert!(failures.is_empty(), "{}: {failures:?}", c.name);
    }
}

#[test]
fn a_citation_has_the_same_id_in_every_language_and_input_order() {
    let apps = applications();
    let ids = |lang: &str, apps: &[String]| -> Vec<String> {
        let text = ok(&estimate(
            &["--lang", lang, "--format", "jsonl"],
            &apps.join("\n"),
        ));
        records(&text)
            .iter()
            .filter(|r| kind(r) == "citation")
            .map(|r| r.get("id").unwrap().as_str().unwrap().to_string())
            .collect()
    };
    let reversed: Vec<String> = apps.iter().rev().cloned().collect();
    let zh = ids("zh-Hans", &apps);
    assert_eq!(zh, ids("en", &apps));
    assert_eq!(zh, ids("zh-Hans", &reversed));
}

#[test]
fn an_array_and_json_lines_give_the_same_batch() {
    let apps = applications();
    let lines = ok(&estimate(&["--format", "jsonl"], &apps.join("\n")));
    let array = ok(&estimate(
        &["--format", "jsonl"],
        &format!("[{}]", apps.join(",")),
    ));
    assert_eq!(lines, array);
}

#[test]
fn citations_may_go_to_a_file_of_their_own() {
    let apps = applications();
    let file = temp("citations.jsonl");
    let f = file.to_str().unwrap();
    let main = ok(&estimate(
        &["--format", "jsonl", "--citations", f],
        &apps.join("\n"),
    ));
    assert!(records(&main)
        .iter()
        .all(|r| matches!(kind(r), "assessment" | "text")));
    let side = std::fs::read_to_string(&file).unwrap();
    assert!(!side.is_empty() && records(&side).iter().all(|r| kind(r) == "citation"));
}

#[test]
fn csv_has_a_row_per_application_with_the_columns_and_a_citation_table() {
    let apps = applications();
    let file = temp("citations.csv");
    let f = file.to_str().unwrap();
    let text = ok(&estimate(
        &["--lang", "en", "--format", "csv", "--citations", f],
        &apps.join("\n"),
    ));
    assert!(text.starts_with('\u{feff}'), "a BOM for Excel");
    let rows: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(rows[0], format!("index,{}", COLUMNS.join(",")));
    assert_eq!(rows.len(), apps.len() + 1);
    // The contract's first example: Yangjiang, zero investment, 2 stages, 3 days.
    assert!(
        rows[1].starts_with("0,jurisdiction=yangjiang&area=urban&customer=small_micro&capacity=50 kVA&voltage=lv&external_works=no&kind=new&temporary=no&start=2026-06-01,yangjiang,2026-06-01,50,45,lv,false,2,apply_sign; site_connect,yangjiang,2,"),
        "{}",
        rows[1]
    );
    let table = std::fs::read_to_string(&file).unwrap();
    let table_rows: Vec<&str> = table
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(table_rows[0], CITATION_COLUMNS.join(","));
    let ids: HashSet<&str> = table_rows[1..]
        .iter()
        .map(|r| r.split(',').next().unwrap())
        .collect();
    let col = COLUMNS
        .iter()
        .position(|c| *c == "time_limit.citation")
        .unwrap()
        + 1;
    let id = rows[1].split(',').nth(col).unwrap();
    assert!(ids.contains(id), "{id}");
}

#[test]
fn csv_needs_a_file_for_its_citations() {
    let out = estimate(&["--format", "csv"], &applications()[0]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--citations FILE"));
}

#[test]
fn any_invalid_application_refuses_the_batch_naming_line_or_index_and_field() {
    let good = &applications()[0];
    let bad = r#"{"jurisdiction":"yangjiang","capacity":"160 horsepower"}"#;
    let out = estimate(&["--format", "jsonl"], &format!("{good}\n\n{bad}\n"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("line 3: capacity: "), "{err}");
    assert_eq!(err.lines().count(), 1);
    let out = estimate(&["--format", "jsonl"], &format!("[{good},{bad}]"));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .starts_with("[1].capacity: "));
    let out = estimate(&["--format", "jsonl"], "{\"jurisdiction\":\n");
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .starts_with("line 1: not valid JSON"));
    let out = estimate(&["--format", "xml"], good);
    assert_eq!(out.status.code(), Some(2));
}
