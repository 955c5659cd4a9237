//! Price tables in a portal's pack: an indicative range for the customer's
//! share, whose table it is, and none without a table (the built-in data has none).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::run_in as run;
use dianli::PolicyPack;
use serde_json::json;

/// The built-in data with tests/data/price-pack.json over it (a place with price tables).
fn pack() -> PolicyPack {
    PolicyPack::from_json_over_embedded(include_str!("data/price-pack.json")).unwrap()
}

#[test]
fn a_packs_price_table_gives_the_customers_share_at_10kv() {
    let p = pack();
    let a = run(
        &p,
        json!({"jurisdiction":"price-town","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    let prices = a.costs.prices.as_ref().expect("the pack has a 10 kV table");
    // 800 kVA × 150–200 yuan + 2 × 30,000–45,000 yuan; the cable is a rate per metre.
    assert_eq!(prices.total_min_yuan, "180,000.00");
    assert_eq!(prices.total_max_yuan, "250,000.00");
    let cable = prices.lines.iter().find(|l| &*l.id == "cable").unwrap();
    assert_eq!(cable.min_yuan, None);
    assert_eq!(cable.unit_min_yuan, "400.00");
    assert!(prices
        .summary
        .en
        .contains("Test utility's price table (2026-03)"));
    assert!(prices.summary.zh_hans.contains("180,000.00–250,000.00 元"));
    assert_eq!(&*prices.citation.source, "prices-2026");
}

#[test]
fn under_zero_investment_the_grid_side_parts_are_not_the_customers() {
    // National 2025 opinion: LV ≤ 160 kW zero investment; the meter box is grid side.
    let p = pack();
    let a = run(
        &p,
        json!({"jurisdiction":"price-town","customer":"small_micro","capacity":"50kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(a.zero_investment.applies);
    let prices = a.costs.prices.as_ref().unwrap();
    let box_ = prices.lines.iter().find(|l| &*l.id == "meter_box").unwrap();
    assert!(!box_.customer_pays);
    assert_eq!(prices.total_min_yuan, "500.00");
    assert_eq!(prices.total_max_yuan, "900.00");
}

#[test]
fn without_a_price_table_no_figure_is_shown() {
    let a = run(
        common::pack(),
        json!({"jurisdiction":"yangjiang","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert!(a.costs.prices.is_none());
}

#[test]
fn a_price_range_upside_down_is_named_by_its_path() {
    let text =
        include_str!("data/price-pack.json").replace("\"min_fen\": 15000", "\"min_fen\": 25000");
    let errs = PolicyPack::from_json_over_embedded(&text).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.path == "jurisdictions.price-town.prices[0].items[0].min_fen"),
        "{errs:?}"
    );
}
