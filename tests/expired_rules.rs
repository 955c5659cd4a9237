//! After a place's rules expire, the result falls back to what it inherits
//! and says so, naming the rules used instead.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use dianli::PolicyPack;
use serde_json::{json, Value};

fn tri(s: &str) -> Value {
    json!({"zh-Hans": s, "zh-Hant": s, "en": s})
}

/// A city whose 3-working-day plan ran until the end of 2025.
fn city() -> PolicyPack {
    let pack = json!({"jurisdictions": {"test-city": {
        "id": "test-city",
        "inherits": "national",
        "name": {"zh-Hans": "测试市", "zh-Hant": "測試市", "en": "Test City"},
        "sources": {"plan": {
            "file": "plan.txt", "title": tri("行动方案"), "issuer": tri("测试市"),
            "issued": "2024-01-01", "effective": "2024-01-01",
            "text": "低压用户办电时间不超过3个工作日。"
        }},
        "time_limits": [{
            "when": {"voltage": ["lv"], "from": "2024-01-01", "until": "2025-12-31"},
            "days": 3,
            "scope": tri("受理至接电"),
            "cite": {"source": "plan", "clause": "一", "quote": "低压用户办电时间不超过3个工作日"}
        }]
    }}});
    PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap()
}

fn assess(pack: &PolicyPack, start: &str) -> dianli::Assessment {
    let app = json!({"jurisdiction": "test-city", "customer": "resident", "capacity": "10kW",
                     "voltage": "lv", "external_works": false, "start": start});
    common::run_in(pack, app)
}

#[test]
fn after_the_place_rules_expire_the_result_says_so_and_names_the_rules_used() {
    let pack = city();
    let a = assess(&pack, "2026-03-02");
    let national = pack.get("national").unwrap();
    // The national 5 working days decide now.
    assert_eq!(a.time_limit.as_ref().unwrap().days, 5);
    let notice = common::warning(&a, "rules_expired");
    assert!(
        notice
            .text
            .en
            .starts_with("Test City's rules for this case expired on 31 December 2025")
            && notice.text.en.contains(national.name.en.as_ref() as &str),
        "{}",
        notice.text.en
    );
    assert!(
        notice.text.zh_hans.starts_with("测试市的规定已于"),
        "{}",
        notice.text.zh_hans
    );
    assert!(
        notice.text.zh_hans.contains(&*national.name.zh_hans),
        "{}",
        notice.text.zh_hans
    );
}

#[test]
fn while_the_place_rules_are_in_force_nothing_is_said() {
    let a = assess(&city(), "2025-06-02");
    assert_eq!(a.time_limit.as_ref().unwrap().days, 3);
    assert!(!common::has_warning(&a, "rules_expired"));
}
