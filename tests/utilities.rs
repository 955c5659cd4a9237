//! Water, gas and telecom beside electricity, over generated applications:
//! asking for them never changes the electricity result; each one asked for
//! has an entry, covered or saying it is not, with every date on or after the
//! application date, every figure cited, and every sentence in three
//! languages; a larger water meter never gets a shorter limit.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::Datelike;
use common::{pack, today};
use dianli::assessment::{Assessment, UtilityView};
use dianli::model::{Area, Customer, Draft, Field, Utility, Voltage};
use dianli::{assess_on, Application, Calendar};
use proptest::prelude::*;

const PLACES: &[&str] = &[
    "national",
    "yangjiang",
    "shandong",
    "wanzhou",
    "liuzhou",
    "district-x",
];

/// An application with the utilities and a meter size sometimes given.
fn drafts() -> impl Strategy<Value = Draft> {
    (
        proptest::sample::select(PLACES),
        proptest::option::of(proptest::sample::select(Customer::ALL)),
        proptest::option::of(proptest::sample::select(Area::ALL)),
        proptest::option::of(proptest::sample::select(Voltage::ALL)),
        1u32..=3000,
        proptest::option::of(1u32..=300),
        proptest::sample::subsequence(Utility::ALL, 0..=3),
        0i64..1500,
    )
        .prop_map(
            |(place, customer, area, voltage, kva, dn, utilities, day)| {
                let mut d = Draft::default();
                d.set(Field::Jurisdiction, place);
                if let Some(c) = customer {
                    d.set(Field::Customer, c.key());
                }
                if let Some(a) = area {
                    d.set(Field::Area, a.key());
                }
                if let Some(v) = voltage {
                    d.set(Field::Voltage, v.key());
                }
                d.set(Field::Capacity, format!("{kva}kVA"));
                if let Some(dn) = dn {
                    d.set(Field::WaterMeterDn, dn.to_string());
                }
                let keys: Vec<&str> = utilities.iter().map(|u| u.key()).collect();
                d.set(Field::Utilities, keys.join(","));
                let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()
                    + chrono::Duration::days(day);
                d.set(Field::Start, start.format("%Y-%m-%d").to_string());
                d
            },
        )
}

fn assess(d: &Draft) -> Assessment {
    let app = Application::parse(d, &pack().ids()).expect("generated answers are valid");
    assess_on(pack(), &app, Calendar::shared(), today())
}

/// The electricity result: everything but the utilities, the answers that name
/// them, and the holiday notice (whose years cover the utilities' dates too).
fn electricity(mut a: Assessment) -> Assessment {
    a.utilities = Default::default();
    a.answers
        .retain(|(k, _)| k != "utilities" && k != "water_meter_dn");
    a.warnings.retain(|w| w.code != "holidays_unknown");
    a
}

fn check_entry(u: &UtilityView, start: chrono::NaiveDate) -> Result<(), TestCaseError> {
    prop_assert!(u.summary.is_complete(), "{:?}: summary", u.utility);
    prop_assert!(u.name.is_complete());
    if !u.covered {
        prop_assert!(u.stages.is_empty() && u.time_limit.is_none() && u.alternatives.is_empty());
        prop_assert!(
            u.summary.en.contains("nothing is guessed"),
            "{}",
            u.summary.en
        );
    }
    let dates = u
        .completion_date
        .into_iter()
        .chain(u.alternatives.iter().filter_map(|a| a.completion_date));
    for d in dates {
        prop_assert!(d > start, "{:?}: {d} is not after {start}", u.utility);
    }
    if let Some(l) = &u.time_limit {
        prop_assert!(!l.citation.quote.is_empty() && l.scope.is_complete());
    }
    prop_assert_eq!(u.completion_date.is_some() && u.time_limit.is_none(), false);
    prop_assert_eq!(u.meter_fee_waived.is_some(), u.utility == Utility::Water);
    for n in &u.notes {
        prop_assert!(
            n.text.is_complete() && !n.citations.is_empty(),
            "{}",
            n.code
        );
    }
    for c in &u.commitments {
        prop_assert!(
            c.text.is_complete() && !c.citation.quote.is_empty(),
            "{}",
            c.id
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Electricity is always assessed, and asking for other utilities leaves
    /// its result as it is.
    #[test]
    fn asking_for_other_utilities_never_changes_the_electricity_result(d in drafts()) {
        let with = assess(&d);
        let mut none = d.clone();
        none.set(Field::Utilities, "");
        none.set(Field::WaterMeterDn, "");
        let without = assess(&none);
        prop_assert!(without.utilities.is_empty());
        prop_assert_eq!(electricity(with), electricity(without));
    }

    #[test]
    fn each_utility_asked_for_has_an_entry_that_is_covered_or_says_it_is_not(d in drafts()) {
        let app = Application::parse(&d, &pack().ids()).unwrap();
        let a = assess(&d);
        let asked: Vec<Utility> = a.utilities.iter().map(|u| u.utility).collect();
        prop_assert_eq!(&asked, &app.utilities);
        for u in a.utilities.iter() {
            check_entry(u, a.start)?;
        }
        // Every working-day date shown is in a year whose holidays are known,
        // or the result says they are not.
        let cal = Calendar::shared();
        for date in a.utilities.iter().filter_map(|u| {
            u.time_limit.as_ref().filter(|l| l.unit == dianli::policy::TimeUnit::WorkingDays)?;
            u.completion_date
        }) {
            if !cal.has_schedule(date.year()) {
                prop_assert!(a.warnings.iter().any(|w| w.code == "holidays_unknown"), "{date}");
            }
        }
        // What a link or `estimate` prints reads back as the same result.
        let json = serde_json::to_string(&a).unwrap();
        let back: Assessment = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, a);
    }

    /// 以下 includes the size (Civil Code art. 1259), and a larger meter is
    /// never given a shorter limit or a waiver a smaller one lacks.
    #[test]
    fn a_larger_water_meter_never_gets_a_shorter_limit_or_a_waiver_a_smaller_one_lacks(
        customer in proptest::sample::select(Customer::ALL),
        small in 1u32..=200,
        more in 1u32..=200,
    ) {
        let at = |dn: u32| {
            let v = serde_json::json!({"jurisdiction": "district-x", "customer": customer.key(), "capacity": "50kVA",
                "utilities": "water", "water_meter_dn": dn, "start": "2026-06-01"});
            let app = Application::from_json(&v, &pack().ids()).unwrap();
            let a = assess_on(pack(), &app, Calendar::shared(), today());
            let w = a.utilities.water.unwrap();
            (w.time_limit.map(|l| l.value), w.meter_fee_waived.unwrap())
        };
        let ((limit_s, fee_s), (limit_l, fee_l)) = (at(small), at(small + more));
        if let Some(l) = limit_l {
            prop_assert!(limit_s.is_some_and(|s| s <= l), "DN{small}: {limit_s:?}, DN{}: {l}", small + more);
        }
        if fee_l == Some(true) {
            prop_assert_eq!(fee_s, Some(true));
        }
    }
}

#[test]
fn the_utilities_field_is_left_out_of_a_result_that_asks_for_none() {
    let v = serde_json::json!({"jurisdiction": "district-x", "capacity": "50kVA", "start": "2026-06-01"});
    let app = Application::from_json(&v, &pack().ids()).unwrap();
    let json = serde_json::to_value(assess_on(pack(), &app, Calendar::shared(), today())).unwrap();
    assert!(json.get("utilities").is_none(), "no utilities key");
    assert!(
        json["approvals"].get("within_total").is_none(),
        "no within_total key"
    );
}
