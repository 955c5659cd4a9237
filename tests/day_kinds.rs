//! Time limits counted in different kinds of days compare by the date each
//! ends on: a local 10 calendar days against the national 5 working days.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::NaiveDate;
use dianli::PolicyPack;
use serde_json::{json, Value};

fn tri(s: &str) -> Value {
    json!({"zh-Hans": s, "zh-Hant": s, "en": s})
}

/// A city whose notice gives low-voltage connections `days` of `kind`.
fn city(days: u32, kind: &str) -> PolicyPack {
    let quote = if kind == "calendar" {
        format!("低压用户办电时间不超过{days}天")
    } else {
        format!("低压用户办电时间不超过{days}个工作日")
    };
    let pack = json!({"jurisdictions": {"test-city": {
        "id": "test-city",
        "inherits": "national",
        "name": tri("测试市"),
        "sources": {"notice": {
            "file": "notice.txt", "title": tri("通知"), "issuer": tri("测试市"),
            "issued": "2026-01-01", "effective": "2026-01-01", "text": format!("{quote}。")
        }},
        "time_limits": [{
            "when": {"voltage": ["lv"]},
            "days": days, "days_kind": kind,
            "scope": tri("受理至接电"),
            "cite": {"source": "notice", "clause": "一", "quote": quote}
        }]
    }}});
    PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap()
}

fn assess(pack: &PolicyPack) -> dianli::Assessment {
    let app = json!({"jurisdiction": "test-city", "customer": "resident", "capacity": "10kW",
                     "voltage": "lv", "external_works": false, "start": "2026-03-02"});
    common::run_in(pack, app)
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn national_working_days_ending_first_are_stricter_than_local_calendar_days() {
    let a = assess(&city(10, "calendar"));
    let limit = a.time_limit.as_ref().unwrap();
    let national = limit.national.as_ref().unwrap();
    // 2 March 2026 + 10 calendar days = 12 March; + 5 working days = 9 March.
    assert_eq!(national.completion_date, date("2026-03-09"));
    assert!(national.stricter);
    let notice = common::warning(&a, "national_time_limit");
    assert!(
        notice.text.en.contains("at most 5 working days")
            && notice.text.en.contains(
                "ending 9 March 2026, before the 10 calendar days here (ending 12 March 2026)"
            ),
        "{}",
        notice.text.en
    );
    assert!(
        notice.text.zh_hans.contains("早于本地规定的10天"),
        "{}",
        notice.text.zh_hans
    );
}

#[test]
fn national_working_days_ending_later_are_not_stricter() {
    // 6 calendar days end on 8 March, before the national 9 March.
    let a = assess(&city(6, "calendar"));
    let national = a.time_limit.as_ref().unwrap().national.as_ref().unwrap();
    assert!(!national.stricter);
    assert!(!common::has_warning(&a, "national_time_limit"));
}

#[test]
fn limits_in_the_same_kind_of_days_still_compare_by_count() {
    let a = assess(&city(6, "working"));
    assert!(
        a.time_limit
            .as_ref()
            .unwrap()
            .national
            .as_ref()
            .unwrap()
            .stricter
    );
    let notice = common::warning(&a, "national_time_limit");
    assert!(
        notice.text.en.contains("at most 5 working days"),
        "{}",
        notice.text.en
    );
    assert!(
        notice
            .text
            .en
            .contains("shorter than the 6 working days here"),
        "{}",
        notice.text.en
    );
}
