//! Properties of the engine over generated applications.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{pack, today};
use dianli::assessment::Verdict;
use dianli::model::{Applicant, Area, Customer, Draft, Field, Kind, Supply, Voltage};
use dianli::share::{parse_fragment, to_fragment, Mode, Route};
use dianli::{assess_on, Application, Calendar, Lang};
use proptest::prelude::*;

fn opt<T: Clone + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![Just(None), proptest::sample::select(all).prop_map(Some)]
}

const JURISDICTIONS: &[&str] = &[
    "national",
    "yangjiang",
    "shandong",
    "wanzhou",
    "liuzhou",
    "district-x",
];

/// A draft of answers with every optional field sometimes missing.
fn draft_strategy() -> impl Strategy<Value = (Draft, u64, bool)> {
    (
        (
            proptest::sample::select(JURISDICTIONS),
            opt(Area::ALL),
            opt(Customer::ALL),
            opt(Applicant::ALL),
        ),
        1u64..=400_000,
        any::<bool>(),
        opt(Voltage::ALL),
        opt(Supply::ALL),
        opt(&[true, false]),
        opt(Kind::ALL),
        opt(&[true, false]),
        opt(&[true, false]),
        (0i64..1500, 500u16..=1000),
    )
        .prop_map(
            |(
                (j, area, customer, applicant),
                kva_tenths,
                kw,
                voltage,
                supply,
                ext,
                kind,
                temp,
                proxy,
                (day, pf),
            )| {
                let mut d = Draft::default();
                let yn = |b: bool| if b { "yes" } else { "no" };
                d.set(Field::Jurisdiction, j);
                if let Some(v) = area {
                    d.set(Field::Area, v.key());
                }
                if let Some(v) = customer {
                    d.set(Field::Customer, v.key());
                }
                if let Some(v) = applicant {
                    d.set(Field::Applicant, v.key());
                }
                d.set(
                    Field::Capacity,
                    format!(
                        "{}.{}{}",
                        kva_tenths / 10,
                        kva_tenths % 10,
                        if kw { "kW" } else { "kVA" }
                    ),
                );
                d.set(Field::PowerFactor, format!("{}", pf as f64 / 1000.0));
                if let Some(v) = voltage {
                    d.set(Field::Voltage, v.key());
                }
                if let Some(v) = supply {
                    d.set(Field::Supply, v.key());
                }
                if let Some(v) = ext {
                    d.set(Field::ExternalWorks, yn(v));
                }
                if let Some(v) = kind {
                    d.set(Field::Kind, v.key());
                }
                if let Some(v) = temp {
                    d.set(Field::Temporary, yn(v));
                }
                if let Some(v) = proxy {
                    d.set(Field::Proxy, yn(v));
                }
                let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()
                    + chrono::Duration::days(day);
                d.set(Field::Start, start.format("%Y-%m-%d").to_string());
                (d, kva_tenths, kw)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn every_valid_application_gets_an_assessment_with_ordered_dates((draft, _, _) in draft_strategy()) {
        let app = Application::parse(&draft, &pack().ids()).expect("generated answers are valid");
        let a = assess_on(pack(), &app, Calendar::shared(), today());
        prop_assert_eq!(a.start, app.start.unwrap());
        if let Some(done) = a.completion_date {
            prop_assert!(done >= a.start, "completion {done} before start {}", a.start);
        }
        for s in &a.stages {
            prop_assert!(s.start >= a.start);
            if let Some(e) = s.end {
                prop_assert!(e >= s.start, "stage {} ends {e} before it starts {}", s.id, s.start);
            }
        }
        for t in &a.timeline {
            if let Some(e) = t.end {
                prop_assert!(e >= t.start);
            }
        }
        if let (Some(l), Some(c)) = (a.latest_with_works, a.completion_date) {
            prop_assert!(l >= c);
        }
        prop_assert_eq!(a.zero_investment.applies, a.zero_investment.status == dianli::assessment::Verdict::Yes);
        prop_assert!(a.zero_investment.reason.is_complete());
        for w in &a.warnings {
            prop_assert!(w.text.is_complete(), "warning {} lacks a translation", w.code);
        }
        // The JSON form is what the CLI and the app read.
        let json = serde_json::to_string(&a).unwrap();
        let back: dianli::Assessment = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, a);
    }

    /// The place's rules are read beside the national ones in force: where they
    /// differ the result says both, and no part of it says otherwise.
    #[test]
    fn no_result_contradicts_itself((draft, _, _) in draft_strategy()) {
        let app = Application::parse(&draft, &pack().ids()).unwrap();
        let a = assess_on(pack(), &app, Calendar::shared(), today());
        let z = &a.zero_investment;
        if let Some(n) = z.national.as_ref().filter(|n| n.applies && z.status != Verdict::Yes) {
            // Both verdicts in the headline, each in the page's language.
            prop_assert!(z.headline.zh_hans.contains("国家规定") || z.headline.zh_hans.contains("现行国家规定"), "{}", z.headline.zh_hans);
            prop_assert!(z.headline.zh_hant.contains("國家規定") && !z.headline.zh_hant.contains("规定"), "{}", z.headline.zh_hant);
            prop_assert!(z.headline.en.contains("national rule"), "{}", z.headline.en);
            prop_assert!(n.citation.is_some(), "the national verdict is cited");
            // The national rules are for low voltage.
            prop_assert_eq!(a.voltage, Voltage::Lv);
        }
        let notice = a.warnings.iter().any(|w| w.code == "national_time_limit");
        let stricter = a.time_limit.as_ref().and_then(|t| t.national.as_ref()).is_some_and(|n| n.stricter);
        prop_assert_eq!(notice, stricter, "a notice exactly when the national time limit is shorter");
        if z.status == Verdict::Yes {
            prop_assert!(z.citation.is_some(), "a yes is cited");
        }
    }

    #[test]
    fn raising_the_capacity_never_turns_no_into_yes((draft, tenths, kw) in draft_strategy(), extra in 1u64..200_000) {
        let app = Application::parse(&draft, &pack().ids()).unwrap();
        let mut bigger = draft.clone();
        let more = tenths + extra;
        bigger.set(Field::Capacity, format!("{}.{}{}", more / 10, more % 10, if kw { "kW" } else { "kVA" }));
        let big = Application::parse(&bigger, &pack().ids()).unwrap();
        let small = assess_on(pack(), &app, Calendar::shared(), today());
        let large = assess_on(pack(), &big, Calendar::shared(), today());
        prop_assert!(!large.zero_investment.applies || small.zero_investment.applies,
            "{} no, {} yes", app.capacity, big.capacity);
    }

    /// No source names individual businesses (个体工商户): their result is
    /// a company's, with one more note saying so.
    #[test]
    fn an_individual_business_gets_a_companys_result_and_a_note((draft, _, _) in draft_strategy()) {
        let result = |who: Applicant| {
            let mut d = draft.clone();
            d.set(Field::Applicant, who.key());
            let app = Application::parse(&d, &pack().ids()).unwrap();
            assess_on(pack(), &app, Calendar::shared(), today())
        };
        let (company, mut business) = (result(Applicant::Company), result(Applicant::SoleProprietor));
        let note = business.warnings.iter().position(|w| w.code == "documents_as_company");
        prop_assert_eq!(note.is_some(), !business.documents.is_empty());
        if let Some(i) = note {
            business.warnings.remove(i);
        }
        business.answers = company.answers.clone();
        prop_assert_eq!(business, company);
    }

    #[test]
    fn every_share_link_round_trips((draft, _, _) in draft_strategy(), lang in proptest::sample::select(&Lang::ALL[..])) {
        let frag = to_fragment(Route::Result, &draft, lang, Mode::Web);
        let link = parse_fragment(&frag);
        prop_assert_eq!(link.route, Route::Result);
        prop_assert_eq!(link.draft.pairs(), draft.pairs());
        prop_assert_eq!(link.lang.unwrap_or_default(), lang);
        prop_assert!(link.unknown.is_empty());
    }

    #[test]
    fn any_capacity_text_is_either_parsed_or_explained(s in "\\PC{0,12}") {
        match dianli::capacity::parse_capacity(&s) {
            Ok(c) => prop_assert!(c.amount > 0),
            Err(e) => prop_assert!(e.message().is_complete()),
        }
    }
}

#[test]
fn zero_investment_caps_are_monotone_at_every_boundary() {
    // Walk each jurisdiction's LV small/micro case across its caps, 1 kVA at a time.
    for j in JURISDICTIONS {
        for area in ["urban", "rural"] {
            let mut seen_no = false;
            for kva in 1..=300 {
                let v = serde_json::json!({"jurisdiction": j, "area": area, "customer": "small_micro", "capacity": format!("{kva}kVA"), "voltage": "lv", "start": "2026-06-01"});
                let app = Application::from_json(&v, &pack().ids()).unwrap();
                let yes = assess_on(pack(), &app, Calendar::shared(), today())
                    .zero_investment
                    .applies;
                assert!(
                    !(seen_no && yes),
                    "{j} {area}: yes again at {kva} kVA after a no"
                );
                seen_no |= !yes;
            }
        }
    }
}

/// The years of every counted date in an assessment (`start`, `end`,
/// `completion_date`, `latest_with_works`, wherever they are).
fn shown_years(v: &dianli::json::Value, out: &mut Vec<i32>) {
    use dianli::json::Value;
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter() {
                let date = matches!(
                    k.as_str(),
                    "start" | "end" | "completion_date" | "latest_with_works"
                );
                match x.as_str() {
                    Some(s) if date => out.extend(
                        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                            .ok()
                            .map(|d| chrono::Datelike::year(&d)),
                    ),
                    _ => shown_years(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| shown_years(x, out)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Civil Code art. 201 counts in working days: a date counted through a
    /// year the calendar lacks is warned about, wherever the result shows it.
    #[test]
    fn every_date_shown_is_in_the_calendar_or_warned(
        (mut draft, _, _) in draft_strategy(),
        utilities in opt(&["water", "gas", "telecom", "water,gas,telecom"]),
        dn in opt(&["25", "40", "100"]),
    ) {
        if let Some(u) = utilities {
            draft.set(Field::Utilities, u);
        }
        if let Some(dn) = dn {
            draft.set(Field::WaterMeterDn, dn);
        }
        let app = Application::parse(&draft, &pack().ids()).expect("generated answers are valid");
        let cal = Calendar::shared();
        let d = dianli::decide(pack(), &app, cal, today());
        let warned: Vec<i32> = d
            .notices
            .iter()
            .flat_map(|n| match n {
                dianli::engine::notices::Notice::HolidaysUnknown { years, .. } => years.clone(),
                _ => Vec::new(),
            })
            .collect();
        let a = dianli::explain::assessment(&d, dianli::explain::Langs::ALL);
        let v = dianli::json::parse(&dianli::json_text::to_string(&a)).unwrap();
        let mut years = Vec::new();
        shown_years(&v, &mut years);
        prop_assert!(!years.is_empty());
        for y in years {
            prop_assert!(
                cal.has_schedule(y) || warned.contains(&y),
                "{} shown without a warning ({:?})",
                y,
                warned
            );
        }
    }
}

/// The same over the golden cases' applications, started on every other day
/// of the last weeks of the calendar's newest year (where dates cross into one
/// it lacks), and of the year before its first.
#[test]
fn every_date_shown_near_a_year_the_calendar_lacks_is_warned() {
    let cal = Calendar::shared();
    let first = cal.scheduled_years().min().unwrap();
    let newest = cal.scheduled_years().max().unwrap();
    let mut apps = Vec::new();
    for f in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases")).unwrap() {
        let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
        for c in dianli::cases::parse_lines(&text).unwrap() {
            if !c.refused {
                apps.push(c.app);
            }
        }
    }
    let mut checked = 0;
    for year in [first - 1, newest] {
        let mut day = chrono::NaiveDate::from_ymd_opt(year, 11, 20).unwrap();
        while chrono::Datelike::year(&day) == year {
            // Every third case (they repeat places), a different third each day.
            let offset = usize::try_from(chrono::Datelike::ordinal(&day)).unwrap() % 3;
            for app in apps.iter().skip(offset).step_by(3) {
                let mut v: serde_json::Value =
                    serde_json::from_str(&dianli::cases::path::canon(app)).unwrap();
                v["start"] = serde_json::Value::from(day.format("%Y-%m-%d").to_string());
                let Ok(app) = Application::from_json(&v, &pack().ids()) else {
                    continue;
                };
                let d = dianli::decide(pack(), &app, cal, today());
                let warned: Vec<i32> = d
                    .notices
                    .iter()
                    .flat_map(|n| match n {
                        dianli::engine::notices::Notice::HolidaysUnknown { years, .. } => {
                            years.clone()
                        }
                        _ => Vec::new(),
                    })
                    .collect();
                let a = dianli::explain::assessment(&d, dianli::explain::Langs::only(Lang::En));
                let v = dianli::json::parse(&dianli::json_text::to_string(&a)).unwrap();
                let mut years = Vec::new();
                shown_years(&v, &mut years);
                for y in years {
                    assert!(
                        cal.has_schedule(y) || warned.contains(&y),
                        "{day} {v}: {y} shown without a warning"
                    );
                }
                checked += 1;
            }
            day += chrono::Duration::days(2);
        }
    }
    assert!(checked > 300, "{checked}");
}
