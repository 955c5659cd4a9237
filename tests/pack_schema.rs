//! The published JSON Schema of policy packs: it is the one the declaration
//! writes, the shipped data passes it, and what validation refuses it refuses
//! too; the plausibility bounds, each refused by path in three languages.
#![cfg(not(target_arch = "wasm32"))]

use dianli::policy::schema::{schema, with_docs, DOCS_FILE, SCHEMA_FILE};
use dianli::policy::{PolicyPack, EMBEDDED};
use dianli::text::Lang;
use serde_json::{json, Value};

const REGENERATE: &str = "run `cargo run --bin pack_schema -- --write` and commit the result";

fn root(file: &str) -> String {
    format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))
}

fn read(file: &str) -> String {
    std::fs::read_to_string(root(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&read(SCHEMA_FILE)).unwrap();
    assert!(
        jsonschema::meta::is_valid(&schema),
        "{SCHEMA_FILE} is not a valid JSON Schema"
    );
    jsonschema::draft202012::new(&schema).unwrap()
}

/// The schema's complaints about `v`, one line each.
fn schema_errors(v: &jsonschema::Validator, value: &Value) -> Vec<String> {
    v.iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_committed_schema_is_the_one_the_declaration_writes() {
    assert!(
        read(SCHEMA_FILE) == schema(),
        "{SCHEMA_FILE} differs from the format's declaration: {REGENERATE}"
    );
}

#[test]
fn the_field_tables_in_the_docs_are_the_ones_the_declaration_writes() {
    let text = read(DOCS_FILE);
    let generated = with_docs(&text).expect("the docs have the generated part's markers");
    assert!(
        text == generated,
        "{DOCS_FILE}: the field tables differ from the format's declaration: {REGENERATE}"
    );
}

/// Every shipped place file (the calendar is not one).
fn place_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root("policy"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".json") && f != "calendar.json")
        .collect();
    files.sort();
    assert_eq!(files.len(), EMBEDDED.len());
    files
}

#[test]
fn every_shipped_place_and_test_pack_passes_the_schema() {
    let v = validator();
    let mut places = serde_json::Map::new();
    for f in place_files() {
        let place: Value = serde_json::from_str(&read(&format!("policy/{f}"))).unwrap();
        assert_eq!(
            place["$schema"], "../docs/policy-pack.schema.json",
            "policy/{f} names the schema"
        );
        let errors = schema_errors(&v, &place);
        assert!(errors.is_empty(), "policy/{f}:\n{}", errors.join("\n"));
        places.insert(place["id"].as_str().unwrap().to_string(), place);
    }
    // The same places as one pack, as the app reads them.
    let pack = json!({"$schema": "policy-pack.schema.json", "jurisdictions": places});
    assert!(schema_errors(&v, &pack).is_empty());
    assert!(PolicyPack::from_json(&pack.to_string()).is_ok());
    let mut checked = 0;
    for entry in std::fs::read_dir(root("tests/data")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            let value: Value = serde_json::from_str(&read(&format!("tests/data/{name}"))).unwrap();
            let errors = schema_errors(&v, &value);
            assert!(
                errors.is_empty(),
                "tests/data/{name}:\n{}",
                errors.join("\n")
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no test pack checked");
}

/// A built-in place as JSON.
fn place(id: &str) -> Value {
    let text = EMBEDDED.iter().find(|(e, _)| *e == id).unwrap().1;
    serde_json::from_str(text).unwrap()
}

/// Sets the member at a JSON pointer (its parent must exist).
fn set(v: &mut Value, pointer: &str, x: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match v.pointer_mut(parent).unwrap() {
        Value::Object(o) => {
            o.insert(key.to_string(), x);
        }
        Value::Array(a) => a[key.parse::<usize>().unwrap()] = x,
        other => panic!("{parent} is {other}"),
    }
}

fn remove(v: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    v.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key);
}

/// Packs that are wrong in one place each, for the schema and the validator
/// alike: (what is wrong, the pack).
fn mutated_packs() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let sets: Vec<(&str, Value)> = vec![
        ("/time_limits/0/days", json!(0)),
        ("/time_limits/0/days", json!(-3)),
        ("/time_limits/0/days", json!("five")),
        ("/time_limits/0/days", json!(1.5)),
        ("/time_limits/0/days", json!(1001)),
        ("/time_limits/0/days", json!(4294967295u64)),
        ("/time_limits/0/days_kind", json!("weeks")),
        ("/stage_plans/1/stages/2/limits/0/days", json!(-1)),
        ("/stage_plans/1/stages/2/limits/0/days", json!(5000)),
        ("/stage_plans/0/stages", json!([])),
        ("/stage_plans/0/stages/0/counts_toward_total", json!("yes")),
        ("/zero_investment/0/cap", json!({"value": 0, "unit": "kVA"})),
        (
            "/zero_investment/0/cap",
            json!({"value": 2000000, "unit": "kVA"}),
        ),
        (
            "/zero_investment/0/cap",
            json!({"value": 160, "unit": "hp"}),
        ),
        ("/zero_investment/0/applies", json!(null)),
        ("/time_limits/0/when", json!({"voltage": []})),
        ("/time_limits/0/when", json!({"voltage": null})),
        ("/time_limits/0/when", json!({"voltage": ["lv2"]})),
        ("/time_limits/0/when", json!({"from": "1999-12-31"})),
        ("/time_limits/0/when", json!({"until": "2100-01-01"})),
        ("/time_limits/0/when", json!({"from": "2020-6-1"})),
        ("/time_limits/0/when", json!({"from": "2020-13-01"})),
        ("/time_limits/0/when", json!({"colour": "red"})),
        ("/time_limits/0/cite/quote", json!("")),
        ("/time_limits/0/cite/clause", json!({"zh-Hans": "一"})),
        ("/name/en", json!(" ")),
        ("/name/fr", json!("Liuzhou")),
        ("/name", json!(3)),
        ("/colour", json!("red")),
        ("/id", json!("")),
        ("/sources/lz2019/issued", json!("1999")),
        ("/sources/lz2019/issued", json!("2019-7")),
        ("/sources/lz2019/effective", json!(2019)),
        ("/sources/lz2019/kind", json!("tertiary")),
        ("/notes/0/cites", json!([])),
        ("/notes/0/cite", json!({})),
        ("/voltage_inference", json!({})),
    ];
    for (pointer, value) in sets {
        let mut lz = place("liuzhou");
        set(&mut lz, pointer, value.clone());
        out.push((format!("liuzhou{pointer} = {value}"), lz));
    }
    for pointer in ["/time_limits/0/cite", "/name", "/sources", "/notes/0/cites"] {
        let mut lz = place("liuzhou");
        remove(&mut lz, pointer);
        out.push((format!("liuzhou{pointer} left out"), lz));
    }
    out.into_iter()
        .map(|(what, lz)| (what, json!({"jurisdictions": {"liuzhou": lz}})))
        .chain(price_packs())
        .collect()
}

/// The test price pack, wrong in one place each.
fn price_packs() -> Vec<(String, Value)> {
    let pack: Value = serde_json::from_str(&read("tests/data/price-pack.json")).unwrap();
    let item = "/jurisdictions/price-town/prices/0/items/0";
    let sets: Vec<(String, Value)> = vec![
        (format!("{item}/max_fen"), json!(4000000001u64)),
        (format!("{item}/min_fen"), json!(-1)),
        (format!("{item}/per"), json!("hour")),
        (format!("{item}/quantity"), json!(0)),
        (
            "/jurisdictions/price-town/prices/0/date".into(),
            json!("1999-01"),
        ),
        ("/jurisdictions/price-town/prices/0/items".into(), json!([])),
        ("/about/date".into(), json!("2100")),
        ("/about/title".into(), json!("")),
        ("/about/extra".into(), json!(1)),
        ("/jurisdictions/Price_Town".into(), json!({})),
    ];
    sets.into_iter()
        .map(|(pointer, value)| {
            let mut p = pack.clone();
            set(&mut p, &pointer, value.clone());
            (format!("price pack{pointer} = {value}"), p)
        })
        .collect()
}

#[test]
fn what_validation_refuses_the_schema_refuses() {
    let v = validator();
    let packs = mutated_packs();
    for (what, pack) in &packs {
        let refused = PolicyPack::from_json_over_embedded(&pack.to_string()).is_err();
        assert!(refused, "validation accepts {what}");
        assert!(!v.is_valid(pack), "the schema accepts {what}");
    }
    assert!(packs.len() > 40);
    // And both accept a pack that names its schema.
    let mut ok = json!({"$schema": "https://example.gov.cn/policy-pack.schema.json",
        "jurisdictions": {"liuzhou": place("liuzhou")}});
    assert!(v.is_valid(&ok));
    assert!(PolicyPack::from_json_over_embedded(&ok.to_string()).is_ok());
    set(&mut ok, "/$schema", json!(7));
    assert!(!v.is_valid(&ok));
    assert!(PolicyPack::from_json_over_embedded(&ok.to_string()).is_err());
}

/// The problems validation finds in Liuzhou with one value changed.
fn problems(pointer: &str, value: Value) -> Vec<dianli::policy::PolicyError> {
    let mut lz = place("liuzhou");
    set(&mut lz, pointer, value);
    let pack = json!({"jurisdictions": {"liuzhou": lz}});
    PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap_err()
}

/// Whether validation accepts Liuzhou with one value changed.
fn accepted(pointer: &str, value: Value) -> bool {
    let mut lz = place("liuzhou");
    set(&mut lz, pointer, value);
    let pack = json!({"jurisdictions": {"liuzhou": lz}});
    PolicyPack::from_json_over_embedded(&pack.to_string()).is_ok()
}

/// The one problem at `path`, in every language.
fn messages(errors: &[dianli::policy::PolicyError], path: &str) -> [String; 3] {
    let e = errors
        .iter()
        .find(|e| e.path == path)
        .unwrap_or_else(|| panic!("no problem at {path}: {errors:?}"));
    Lang::ALL.map(|l| e.message_in(l))
}

#[test]
fn a_time_limit_of_more_than_1000_days_is_refused_by_path_in_three_languages() {
    // Before the bound this passed and put the completion date in year +262142.
    let errors = problems("/time_limits/0/days", json!(4294967295u64));
    assert_eq!(
        messages(&errors, "jurisdictions.liuzhou.time_limits[0].days"),
        [
            "应不超过 1000 天：更长的时限不合常理",
            "應不超過 1000 天：更長的時限不合常理",
            "expected at most 1,000 days: a longer time is not plausible",
        ]
    );
    assert!(accepted("/time_limits/0/days", json!(1000)));
    let stage = "/stage_plans/1/stages/2/limits/0/regional_days";
    let errors = problems(stage, json!(1001));
    let path = "jurisdictions.liuzhou.stage_plans[1].stages[2].limits[0].regional_days";
    assert!(messages(&errors, path)[2].contains("at most 1,000 days"));
    let errors = problems("/approvals/0/approvals/0/complex_days", json!(2000));
    let path = "jurisdictions.liuzhou.approvals[0].approvals[0].complex_days";
    assert!(messages(&errors, path)[0].contains("不超过 1000 天"));
}

#[test]
fn a_capacity_above_1000000_is_refused_by_path_in_three_languages() {
    let errors = problems("/voltage_inference/0/lv_max/value", json!(1_000_001));
    assert_eq!(
        messages(
            &errors,
            "jurisdictions.liuzhou.voltage_inference[0].lv_max.value"
        ),
        [
            "应不超过 1000000（千伏安或千瓦）：更大的容量不合常理",
            "應不超過 1000000（千伏安或千瓦）：更大的容量不合常理",
            "expected at most 1,000,000 (kVA or kW): a larger capacity is not plausible",
        ]
    );
}

#[test]
fn a_price_above_40_million_yuan_is_refused_by_path_in_three_languages() {
    let mut pack: Value = serde_json::from_str(&read("tests/data/price-pack.json")).unwrap();
    let item = "/jurisdictions/price-town/prices/0/items/1";
    set(
        &mut pack,
        &format!("{item}/max_fen"),
        json!(4_000_000_001u64),
    );
    let errors = PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap_err();
    let path = "jurisdictions.price-town.prices[0].items[1].max_fen";
    assert_eq!(
        messages(&errors, path),
        [
            "应不超过 4000000000 分（4000 万元）：更高的单价不合常理",
            "應不超過 4000000000 分（4000 萬元）：更高的單價不合常理",
            "expected at most 4,000,000,000 fen (40 million yuan): a higher unit price is not plausible",
        ]
    );
    // Exactly the bound is a price.
    set(
        &mut pack,
        &format!("{item}/max_fen"),
        json!(4_000_000_000u64),
    );
    assert!(PolicyPack::from_json_over_embedded(&pack.to_string()).is_ok());
}

#[test]
fn a_date_outside_2000_to_2099_is_refused_by_path_in_three_languages() {
    let year = [
        "应为 2000—2099 年之间的日期",
        "應為 2000—2099 年之間的日期",
        "expected a date in the years 2000–2099",
    ];
    let errors = problems("/time_limits/0/when", json!({"from": "1999-12-31"}));
    assert_eq!(
        messages(&errors, "jurisdictions.liuzhou.time_limits[0].when.from"),
        year
    );
    let errors = problems("/sources/lz2019/effective", json!("2100"));
    assert_eq!(
        messages(&errors, "jurisdictions.liuzhou.sources.lz2019.effective"),
        year
    );
    // A month without its leading zero is not a date the format writes.
    let errors = problems("/sources/lz2019/issued", json!("2019-7"));
    let path = "jurisdictions.liuzhou.sources.lz2019.issued";
    assert!(messages(&errors, path)[2].starts_with("expected a date YYYY-MM-DD, YYYY-MM or YYYY"));
    for ok in ["2000-01-01", "2099-12-31"] {
        assert!(accepted("/time_limits/0/when", json!({"from": ok})), "{ok}");
    }
}

mod agreement {
    //! The schema and validation agree on numbers and dates, value by value.
    use super::*;
    use proptest::prelude::*;

    fn both(pointer: &str, value: Value) -> (bool, bool) {
        thread_local! {
            static V: jsonschema::Validator = validator();
        }
        let mut lz = place("liuzhou");
        set(&mut lz, pointer, value);
        let pack = json!({"jurisdictions": {"liuzhou": lz}});
        let validated = PolicyPack::from_json_over_embedded(&pack.to_string()).is_ok();
        (validated, V.with(|v| v.is_valid(&pack)))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn on_every_day_count(days in prop_oneof![0u64..1100, 0u64..=u64::from(u32::MAX) + 5]) {
            let (validated, schema) = both("/time_limits/0/days", json!(days));
            prop_assert_eq!(validated, (1..=1000).contains(&days));
            prop_assert_eq!(validated, schema);
            let (validated, schema) = both("/stage_plans/1/stages/2/limits/0/days", json!(days));
            prop_assert_eq!(validated, days <= 1000);
            prop_assert_eq!(validated, schema);
        }

        #[test]
        fn on_every_capacity(value in prop_oneof![0u64..1100, 999_000u64..1_001_000, 0u64..u64::MAX]) {
            let (validated, schema) = both("/voltage_inference/0/lv_max/value", json!(value));
            prop_assert_eq!(validated, (1..=1_000_000).contains(&value));
            prop_assert_eq!(validated, schema);
        }

        #[test]
        fn on_every_date(y in 1990u32..2110, m in 0u32..14, d in 0u32..33, pad in any::<bool>()) {
            let date = if pad { format!("{y:04}-{m:02}-{d:02}") } else { format!("{y}-{m}-{d}") };
            let (validated, schema) = both("/time_limits/0/when", json!({"from": date}));
            // The schema cannot know that 30 February does not exist; otherwise they agree.
            let exists = chrono::NaiveDate::from_ymd_opt(y as i32, m, d).is_some();
            prop_assert_eq!(validated, schema && exists, "{}", date);
        }
    }
}
