//! A cap that excludes its own figure: 「不满160千瓦」 (Civil Code art. 1259:
//! 不满、超过 do not include the number; 以下、以内 do).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use dianli::PolicyPack;
use serde_json::{json, Value};

fn tri(s: &str) -> Value {
    json!({"zh-Hans": s, "zh-Hant": s, "en": s})
}

/// A city whose notice says 「低压接入容量不满160千瓦的，实行零投资」.
fn city(inclusive: Option<bool>) -> PolicyPack {
    let mut cap = json!({"value": 160, "unit": "kW"});
    if let Some(i) = inclusive {
        cap["inclusive"] = json!(i);
    }
    let pack = json!({"jurisdictions": {"test-city": {
        "id": "test-city",
        "inherits": "national",
        "name": tri("测试市"),
        "sources": {"notice": {
            "file": "notice.txt", "title": tri("通知"), "issuer": tri("测试市"),
            "issued": "2026-01-01", "effective": "2026-01-01",
            "text": "对城乡居民用户，低压接入容量不满160千瓦的，实行零投资。"
        }},
        "zero_investment": [{
            "id": "lv",
            "when": {"voltage": ["lv"], "customer": ["resident"]},
            "cap": cap,
            "covers": tri("表计及线路"),
            "cite": {"source": "notice", "clause": "一", "quote": "低压接入容量不满160千瓦的，实行零投资"}
        }]
    }}});
    PolicyPack::from_json_over_embedded(&pack.to_string()).unwrap()
}

fn zero(pack: &PolicyPack, capacity: &str) -> dianli::assessment::ZeroInvestmentView {
    let app = json!({"jurisdiction": "test-city", "customer": "resident", "capacity": capacity,
                     "voltage": "lv", "start": "2026-06-01"});
    common::run_in(pack, app).zero_investment
}

#[test]
fn at_a_cap_that_excludes_its_figure_zero_investment_does_not_apply() {
    let z = zero(&city(Some(false)), "160kW");
    assert!(!z.applies, "{}", z.reason.en);
    // The reason names art. 1259 both ways: 不满 excludes, 以下 includes.
    assert!(
        z.reason
            .en
            .contains("160 kW is not below the 160 kW cap for residents (the cap itself excluded"),
        "{}",
        z.reason.en
    );
    assert!(
        z.reason
            .zh_hans
            .contains("“不满”“超过”不包括本数，“以下”“以内”包括本数"),
        "{}",
        z.reason.zh_hans
    );
}

#[test]
fn just_below_a_cap_that_excludes_its_figure_zero_investment_applies() {
    let z = zero(&city(Some(false)), "159.9kW");
    assert!(z.applies, "{}", z.reason.en);
    assert!(
        z.reason.en.contains("is below the 160 kW cap"),
        "{}",
        z.reason.en
    );
    assert!(
        z.reason
            .en
            .contains("不满 and 超过 do not include the number, 以下 and 以内 do"),
        "{}",
        z.reason.en
    );
}

#[test]
fn a_cap_includes_its_figure_unless_it_says_otherwise() {
    for pack in [city(None), city(Some(true))] {
        let z = zero(&pack, "160kW");
        assert!(z.applies, "{}", z.reason.en);
        assert!(z.reason.en.contains("the cap itself included: under Civil Code art. 1259, 以下 and 以内 include the number, 不满 and 超过 do not"), "{}", z.reason.en);
    }
}
