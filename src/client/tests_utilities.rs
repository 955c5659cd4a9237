//! The utilities question (water, gas, telecom) and the water meter's size in
//! the app's model: when they are asked, ticking and unticking, the check
//! page, bad values kept with their message, and the share link.

use super::*;
use crate::model::{Draft, Field, Utility};
use crate::text::Lang;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

fn state(hash: &str) -> State {
    State::new(hash, today())
}

fn draft(pairs: &[(Field, &str)]) -> Draft {
    let mut d = Draft::default();
    for (f, v) in pairs {
        d.set(*f, *v);
    }
    d
}

#[test]
fn the_utilities_question_is_asked_only_where_the_place_covers_a_utility() {
    let pack = &*built_in();
    let dx = draft(&[(Field::Jurisdiction, "district-x")]);
    let yj = draft(&[(Field::Jurisdiction, "yangjiang")]);
    assert!(asked(Field::Utilities, &dx, pack));
    // Yangjiang's plan and the national baseline set no water, gas or telecom
    // stages or limits (the national red-line costs alone do not count).
    assert!(!asked(Field::Utilities, &yj, pack));
    assert!(!asked(
        Field::Utilities,
        &draft(&[(Field::Jurisdiction, "national")]),
        pack
    ));
    // A link that already answers it keeps the question, so it can be changed.
    let answered = draft(&[
        (Field::Jurisdiction, "yangjiang"),
        (Field::Utilities, "gas"),
    ]);
    assert!(asked(Field::Utilities, &answered, pack));
    assert!(covers_utilities(pack, "district_x"));
}

#[test]
fn the_meter_size_is_asked_only_when_water_is_chosen_or_a_size_is_there() {
    let pack = &*built_in();
    let gas = draft(&[
        (Field::Jurisdiction, "district-x"),
        (Field::Utilities, "gas"),
    ]);
    assert!(!asked(Field::WaterMeterDn, &gas, pack));
    let water = draft(&[
        (Field::Jurisdiction, "district-x"),
        (Field::Utilities, "gas,water"),
    ]);
    assert!(asked(Field::WaterMeterDn, &water, pack));
    // Water taken away with a size still there: the size stays visible.
    let left = draft(&[(Field::Utilities, "gas"), (Field::WaterMeterDn, "abc")]);
    assert!(asked(Field::WaterMeterDn, &left, pack));
}

#[test]
fn ticking_and_unticking_keeps_the_questions_order_and_anything_else_typed() {
    assert_eq!(toggle_utility("", Utility::Telecom, true), "telecom");
    assert_eq!(
        toggle_utility("telecom", Utility::Water, true),
        "water,telecom"
    );
    assert_eq!(
        toggle_utility("water,telecom", Utility::Water, false),
        "telecom"
    );
    assert_eq!(toggle_utility("water", Utility::Water, false), "");
    // An unknown item from a link is kept (and still reported) until removed by hand.
    assert_eq!(
        toggle_utility("steam,gas", Utility::Water, true),
        "water,gas,steam"
    );
    assert_eq!(
        chosen_utilities(&draft(&[(Field::Utilities, "燃气、用水")])),
        [Utility::Gas, Utility::Water]
    );
}

#[test]
fn a_check_box_ticks_its_answer_if_it_was_not_ticked_and_unticks_it_if_it_was() {
    assert_eq!(toggle_answer("gas", "water"), "water,gas");
    assert_eq!(toggle_answer("water,gas", "water"), "gas");
    assert_eq!(toggle_answer("water", "steam"), "water");
}

#[test]
fn the_check_page_names_the_utilities_and_the_meter_size() {
    let p = Policy::default();
    let d = draft(&[
        (Field::Utilities, "water,gas"),
        (Field::WaterMeterDn, "ｄｎ４０"),
    ]);
    let t = today();
    assert_eq!(
        answer_text(&p, Field::Utilities, &d, t, Lang::ZhHans),
        "用水接入、用气（燃气）接入"
    );
    assert_eq!(
        answer_text(&p, Field::Utilities, &d, t, Lang::En),
        "Water connection, Gas connection"
    );
    assert_eq!(
        answer_text(&p, Field::WaterMeterDn, &d, t, Lang::En),
        "DN40"
    );
    let none = Draft::default();
    assert_eq!(
        answer_text(&p, Field::Utilities, &none, t, Lang::ZhHant),
        "只申請用電"
    );
}

#[test]
fn a_link_with_a_bad_meter_size_opens_the_details_page_with_its_message_keeping_the_rest() {
    for bad in ["-5", "abc", "100000"] {
        let s = state(&format!(
            "#/result?jurisdiction=district-x&customer=business&capacity=80kVA&utilities=water,gas&water_meter_dn={bad}&start=2026-06-01"
        ));
        assert_eq!(s.page, Page::Form(Step::Details), "{bad}");
        let fields: Vec<Field> = s.problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, [Field::WaterMeterDn], "{bad}");
        let p = s.problem(Field::WaterMeterDn).unwrap();
        for lang in Lang::ALL {
            assert!(p.message.get(lang).contains(bad), "{bad} {lang:?}");
        }
        assert_eq!(s.draft.get(Field::WaterMeterDn), bad);
        assert_eq!(s.draft.get(Field::Utilities), "water,gas");
        assert_eq!(s.draft.get(Field::Customer), "business");
    }
}

#[test]
fn the_share_link_lists_the_utilities_comma_separated_and_opens_the_same_result() {
    let mut s = state("#/form/details?jurisdiction=district-x&customer=resident&capacity=8kW");
    s = s.apply(Action::Set(Field::Utilities, "water".into()));
    s = s.apply(Action::Set(
        Field::Utilities,
        toggle_utility(s.draft.get(Field::Utilities), Utility::Telecom, true),
    ));
    s = s.apply(Action::Set(Field::WaterMeterDn, "20".into()));
    s = s.apply(Action::Continue);
    assert_eq!(s.page, Page::Form(Step::When));
    s = s.apply(Action::Continue).apply(Action::ShowResult);
    assert_eq!(s.page, Page::Result);
    let link = s.share_fragment();
    assert!(
        link.contains("&utilities=water,telecom&water_meter_dn=20&"),
        "{link}"
    );
    let again = state(&link);
    assert_eq!(again.page, Page::Result);
    assert_eq!(again.draft, s.draft);
    let a = evaluate(again.policy.pack(), &again.draft, today(), Lang::En).unwrap();
    let kinds: Vec<Utility> = a.utilities.iter().map(|u| u.utility).collect();
    assert_eq!(kinds, [Utility::Water, Utility::Telecom]);
    // The encoded comma of another tool reads the same.
    let encoded = state(&link.replace("water,telecom", "water%2Ctelecom"));
    assert_eq!(encoded.draft, s.draft);
}
