//! The equipment list behind `#/load`: reading `items=` (the contract's
//! example, full-width and "3.5kW×4" spellings, hostile links), every bad
//! value named on its row while the other rows count, the connected load in
//! whole watts, the figure carried into the form and named on the result.
//! Where the figure falls under a place's rules is in `tests/load_golden.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::today;
use dianli::capacity::PowerFactor;
use dianli::client::{
    capacity_from_list, parse_count, parse_power, Action, EquipmentAction as E, EquipmentKind,
    Focus, LoadFocus, LoadList, Page, RowProblem, State, Step, MAX_CELL_CHARS, MAX_ROWS,
};
use dianli::model::Field;
use dianli::Lang;
use proptest::prelude::*;

fn state(hash: &str) -> State {
    State::new(hash, today())
}

fn act(s: &State, a: E) -> State {
    s.apply(Action::Equipment(a))
}

#[test]
fn the_contract_example_3_5x4_12x1_is_26_kw_and_28_9_kva_at_0_9() {
    let s = state("#/load?items=3.5x4,12x1");
    assert_eq!(s.page, Page::Load);
    assert!(s.unknown_params.is_empty(), "items= is a known parameter");
    let t = s.equipment.totals();
    assert_eq!(t.watts, 26_000);
    assert_eq!((t.counted_rows, t.items), (2, 5));
    assert_eq!(t.kw(), "26");
    assert_eq!(t.kva(PowerFactor::DEFAULT), ("28.9".to_string(), false));
    assert_eq!(t.capacity_answer(), "26kW");
    // The page's own address keeps the list as it was written.
    assert_eq!(s.fragment(), "#/load?items=3.5x4,12x1");
}

#[test]
fn kva_is_rounded_half_up_to_a_tenth_and_exact_when_it_divides() {
    let s = state("#/load?items=27x1");
    let t = s.equipment.totals();
    assert_eq!(t.kva(PowerFactor::DEFAULT), ("30".to_string(), true));
    assert_eq!(t.kva(PowerFactor(1000)), ("27".to_string(), true));
    // 0.5 kW at 0.8 = 0.625 kVA: 6.25 tenths, so 0.6.
    let s = state("#/load?items=0.5x1");
    assert_eq!(
        s.equipment.totals().kva(PowerFactor(800)),
        ("0.6".to_string(), false)
    );
    // 0.45 kW at 0.9 = 0.5 kVA exactly.
    let s = state("#/load?items=0.45x1");
    assert_eq!(
        s.equipment.totals().kva(PowerFactor::DEFAULT),
        ("0.5".to_string(), true)
    );
    // 0.57 kW at 0.6 = 0.95 kVA: the half rounds up to 1.
    let s = state("#/load?items=0.57x1");
    assert_eq!(
        s.equipment.totals().kva(PowerFactor(600)),
        ("1".to_string(), false)
    );
}

#[test]
fn full_width_digits_units_and_times_signs_are_read() {
    for (items, watts) in [
        ("３.５ｘ４", 14_000),
        ("3.5kW×4", 14_000),
        ("3.5kW*4", 14_000),
        ("3.5 kW × 4台", 14_000),
        ("800W×10", 8_000),
        ("1.2千瓦x3", 3_600),
        ("ac:3.5x4", 14_000),
        ("空调:3.5x4", 14_000),
        ("5", 5_000),
    ] {
        let encoded = dianli::share::encode(items);
        let s = state(&format!("#/load?items={encoded}"));
        let t = s.equipment.totals();
        assert_eq!((t.watts, t.error_rows), (watts, 0), "{items}");
    }
    // Rows separated by full-width commas or 、 in a hand-typed link.
    let s = state(&format!(
        "#/load?items={}",
        dianli::share::encode("3.5x4，12x1、1x1")
    ));
    assert_eq!(s.equipment.totals().watts, 27_000);
}

#[test]
fn a_row_type_is_kept_and_written_back() {
    let s = state("#/load?items=ac:3.5x4,refrigeration:1.2x2,ev:7");
    let kinds: Vec<_> = s.equipment.rows.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            Some(EquipmentKind::AirConditioner),
            Some(EquipmentKind::Refrigeration),
            Some(EquipmentKind::EvCharger)
        ]
    );
    assert_eq!(s.equipment.to_param(), "ac:3.5x4,refrigeration:1.2x2,ev:7");
}

/// The bad values the page must name on their rows: negative, 0, 1e9, text.
#[test]
fn negative_zero_1e9_and_text_are_each_named_on_their_row_and_the_other_rows_count() {
    let s = state("#/load?items=3.5x4,-3x1,0x2,1e9x1,abcx1,12x1");
    let t = s.equipment.totals();
    assert_eq!(t.watts, 26_000, "the good rows still count");
    assert_eq!((t.counted_rows, t.error_rows), (2, 4));
    let power: Vec<_> = t.rows.iter().map(|r| r.power.clone()).collect();
    assert_eq!(
        power,
        [
            None,
            Some(RowProblem::Negative),
            Some(RowProblem::Zero),
            Some(RowProblem::Scientific("1e9".into())),
            Some(RowProblem::NotANumber("abc".into())),
            None
        ]
    );
    // Each message in the three languages, naming what was typed.
    for lang in Lang::ALL {
        for p in t.rows.iter().filter_map(|r| r.power.as_ref()) {
            assert!(!p.message(lang).trim().is_empty(), "{p:?} {lang:?}");
        }
    }
    assert!(power[3].as_ref().unwrap().message(Lang::En).contains("1e9"));
    assert!(power[4]
        .as_ref()
        .unwrap()
        .message(Lang::ZhHans)
        .contains("“abc”"));
    assert!(power[4]
        .as_ref()
        .unwrap()
        .message(Lang::ZhHant)
        .contains("「abc」"));
    // Nothing typed is lost: the address writes the bad rows back as they were.
    assert_eq!(s.equipment.to_param(), "3.5x4,-3x1,0x2,1e9x1,abcx1,12x1");
    // No figure goes into the form while a row is wrong.
    assert!(!t.usable());
    let used = act(&s, E::Use);
    assert_eq!(used.page, Page::Load);
    assert_eq!(used.draft.get(Field::Capacity), "");
}

#[test]
fn rated_power_problems_each_have_their_own_message() {
    use RowProblem::*;
    assert_eq!(parse_power("1000001"), Err(TooLarge));
    assert_eq!(parse_power("1000000000"), Err(TooLarge));
    assert_eq!(parse_power("0.0001"), Err(TooPrecise));
    assert_eq!(parse_power("3kVA"), Err(ApparentPower));
    assert_eq!(parse_power("1.5匹"), Err(Horsepower("匹".into())));
    assert_eq!(parse_power("1.5P"), Err(Horsepower("P".into())));
    assert_eq!(parse_power("2 kV"), Err(UnknownUnit("kV".into())));
    assert_eq!(parse_power("-0"), Err(Zero));
    assert_eq!(parse_power("0.8"), Ok(800));
    assert_eq!(parse_power("800W"), Ok(800));
    assert_eq!(parse_power("0.5MW"), Ok(500_000));
    assert_eq!(parse_count(""), Ok(1));
    assert_eq!(parse_count("４台"), Ok(4));
    assert_eq!(parse_count("2.5"), Err(CountNotWhole("2.5".into())));
    assert_eq!(parse_count("0"), Err(CountTooSmall));
    assert_eq!(parse_count("-2"), Err(CountTooSmall));
    assert_eq!(parse_count("100001"), Err(CountTooLarge));
    assert_eq!(parse_count("99999999999999999999999"), Err(CountTooLarge));
    assert_eq!(parse_count("many"), Err(CountNotWhole("many".into())));
    let messages: Vec<String> = [
        TooLarge,
        TooPrecise,
        ApparentPower,
        Horsepower("匹".into()),
        UnknownUnit("kV".into()),
        CountNotWhole("2.5".into()),
        CountTooSmall,
        CountTooLarge,
        UnknownKind("heater".into()),
    ]
    .iter()
    .flat_map(|p| Lang::ALL.map(|l| p.message(l)))
    .collect();
    let mut unique = messages.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        messages.len(),
        "one message per problem and language"
    );
}

#[test]
fn a_row_without_a_power_is_not_counted_and_not_an_error() {
    let s = state("#/load?items=3.5x4,x2");
    let t = s.equipment.totals();
    assert_eq!((t.watts, t.error_rows, t.pending_rows), (14_000, 0, 1));
    assert!(t.usable());
}

#[test]
fn an_unknown_type_from_a_link_is_named_and_kept() {
    let s = state("#/load?items=heater:3x1,2x1");
    let t = s.equipment.totals();
    assert_eq!(
        t.rows[0].kind,
        Some(RowProblem::UnknownKind("heater".into()))
    );
    assert_eq!(t.watts, 2_000);
    assert_eq!(s.equipment.to_param(), "heater:3x1,2x1");
    // Choosing a type from the list settles it.
    let fixed = act(&s, E::SetKind(0, "water_heater".into()));
    assert_eq!(fixed.equipment.totals().watts, 5_000);
    assert_eq!(fixed.equipment.to_param(), "water_heater:3x1,2x1");
}

#[test]
fn a_list_of_200_rows_is_read_summed_and_written_back() {
    let items: Vec<String> = (1..=200)
        .map(|i| format!("{}.5x{}", i % 17, i % 5 + 1))
        .collect();
    let items = items.join(",");
    let s = state(&format!("#/load?items={items}"));
    assert_eq!(s.equipment.rows.len(), 200);
    let expected: u64 = (1..=200u64)
        .map(|i| ((i % 17) * 1000 + 500) * (i % 5 + 1))
        .sum();
    let t = s.equipment.totals();
    assert_eq!((t.watts, t.error_rows), (expected, 0));
    assert_eq!(s.equipment.to_param(), items);
}

#[test]
fn a_link_with_more_than_500_rows_keeps_the_first_500_and_counts_the_rest() {
    let items = vec!["1x1"; MAX_ROWS + 7].join(",");
    let s = state(&format!("#/load?items={items}"));
    assert_eq!(s.equipment.rows.len(), MAX_ROWS);
    assert_eq!(s.equipment.dropped, 7);
    assert!(!s.equipment.can_add());
    let full = act(&s, E::Add);
    assert_eq!(full.equipment.rows.len(), MAX_ROWS);
}

#[test]
fn hostile_links_are_cheap_and_bounded() {
    // 2 MB of one cell, of separators, of escapes: each read once, rows and
    // cells bounded.
    let long = "9".repeat(2_000_000);
    let s = LoadList::parse(&long);
    assert_eq!(s.rows.len(), 1);
    assert!(s.rows[0].power.chars().count() <= MAX_CELL_CHARS);
    assert_eq!(s.totals().rows[0].power, Some(RowProblem::TooLarge));
    let commas = ",".repeat(2_000_000);
    assert!(LoadList::parse(&commas).rows.is_empty());
    let escapes = "%2C".repeat(500_000);
    assert!(LoadList::parse(&escapes).rows.is_empty());
    let rows = "1x1,".repeat(400_000);
    let l = LoadList::parse(&rows);
    assert_eq!((l.rows.len(), l.dropped), (MAX_ROWS, 400_000 - MAX_ROWS));
    let xs = "x".repeat(1_000_000);
    assert_eq!(LoadList::parse(&xs).rows.len(), 1);
}

#[test]
fn the_total_above_the_largest_capacity_is_refused() {
    let s = state("#/load?items=1000000x1,1x1");
    let t = s.equipment.totals();
    assert!(t.too_large());
    assert!(!t.usable());
}

#[test]
fn rows_are_added_changed_and_removed_and_the_focus_follows() {
    let s = state("#/load?jurisdiction=liuzhou");
    let s = act(&s, E::Add);
    assert_eq!(s.focus, Focus::Load(LoadFocus::Row(0)));
    let s = act(&s, E::SetKind(0, "ac".into()));
    let s = act(&s, E::SetPower(0, "3.5".into()));
    let s = act(&s, E::SetCount(0, "4".into()));
    let s = act(&s, E::Add);
    assert_eq!(s.focus, Focus::Load(LoadFocus::Row(1)));
    let s = act(&s, E::SetPower(1, "12".into()));
    assert_eq!(s.equipment.totals().watts, 26_000);
    assert_eq!(
        s.fragment(),
        "#/load?jurisdiction=liuzhou&items=ac:3.5x4,12"
    );
    // Removing the first row puts the focus on the row that took its place.
    let s = act(&s, E::Remove(0));
    assert_eq!(s.focus, Focus::Load(LoadFocus::Remove(0)));
    assert_eq!(s.equipment.totals().watts, 12_000);
    // Removing the last one leaves the focus on "add a row".
    let s = act(&s, E::Remove(0));
    assert_eq!(s.focus, Focus::Load(LoadFocus::Add));
    assert_eq!(s.fragment(), "#/load?jurisdiction=liuzhou");
    // Out-of-range indexes (a stale click) change nothing.
    assert_eq!(act(&s, E::Remove(3)).equipment, s.equipment);
}

#[test]
fn the_figure_goes_into_the_form_keeping_every_other_answer_and_the_list() {
    let s = state(
        "#/load?jurisdiction=yangjiang&area=urban&customer=small_micro&power_factor=0.85&start=2026-06-01&lang=en&items=3.5x4,12x1",
    );
    let t = s.equipment.totals();
    let link = s.use_load_link(&t);
    assert_eq!(
        link,
        "#/form/capacity?jurisdiction=yangjiang&area=urban&customer=small_micro&capacity=26kW&power_factor=0.85&start=2026-06-01&lang=en&items=3.5x4,12x1"
    );
    let used = act(&s, E::Use);
    assert_eq!(used.page, Page::Form(Step::Capacity));
    assert_eq!(used.fragment(), link);
    assert_eq!(used.focus, Focus::Field(Field::Capacity));
    assert_eq!(used.capacity_text, "26");
    assert_eq!(used.capacity_unit, dianli::capacity::Unit::Kw);
    // The link opened on its own gives the same page.
    assert_eq!(state(&link).fragment(), link);
    // The result says the capacity came from the list, while it still does.
    let result = used.apply(Action::ShowResult);
    assert_eq!(result.page, Page::Result);
    assert_eq!(capacity_from_list(&result).map(|t| t.watts), Some(26_000));
    assert!(result.share_fragment().ends_with("&items=3.5x4,12x1"));
    let changed = used.apply(Action::SetCapacityText("30".into()));
    assert_eq!(capacity_from_list(&changed), None);
}

#[test]
fn the_capacity_question_opens_the_list_and_back_returns_to_it() {
    let s = state("#/form/capacity?jurisdiction=wanzhou&customer=small_micro");
    let s = act(&s, E::Open);
    assert_eq!(s.page, Page::Load);
    assert_eq!(
        s.fragment(),
        "#/load?jurisdiction=wanzhou&customer=small_micro"
    );
    let back = s.apply(Action::Back);
    assert_eq!(back.page, Page::Form(Step::Capacity));
}

#[test]
fn start_over_clears_the_list() {
    let s = state("#/load?jurisdiction=liuzhou&mode=kiosk&items=3.5x4");
    let s = s.apply(Action::Restart);
    assert!(s.equipment.rows.is_empty());
    assert!(!s.fragment().contains("items="));
}

#[test]
fn links_without_a_list_are_written_as_before() {
    for hash in [
        "#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30",
        "#/form/capacity?jurisdiction=liuzhou&capacity=120kVA",
        "#/?jurisdiction=liuzhou",
        "#/compare?start=2026-06-01",
    ] {
        assert_eq!(state(hash).fragment(), hash);
    }
    // An officials' page does not carry the list.
    let s = state("#/compare?items=3x1");
    assert!(s.unknown_params.is_empty());
    assert_eq!(s.fragment(), "#/compare");
}

#[test]
fn the_kiosk_share_link_reopens_the_same_list_without_the_kiosk_mode_keeping_care_mode() {
    let s = state("#/load?jurisdiction=liuzhou&mode=kiosk&care=1&items=ac:3.5x4,12x1");
    let f = s.load_share_fragment();
    // Care mode goes with the person to their phone; the kiosk mode stays behind.
    assert_eq!(f, "#/load?jurisdiction=liuzhou&care=1&items=ac:3.5x4,12x1");
    assert_eq!(state(&f).equipment.to_param(), s.equipment.to_param());
}

/// Any text typed in the three cells.
fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,4}(\\.[0-9]{1,3})?",
        "[-+0-9.,xX×*:%&#=?/ 　，、台kWwVA匹]{0,12}",
        "\\PC{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever is typed, the address gives the same rows back.
    #[test]
    fn every_typed_row_survives_the_address(
        rows in proptest::collection::vec((proptest::option::of(0usize..8), cell_text(), cell_text()), 0..12),
    ) {
        let mut s = state("#/load");
        for (i, (kind, power, count)) in rows.iter().enumerate() {
            s = act(&s, E::Add);
            if let Some(k) = kind {
                s = act(&s, E::SetKind(i, EquipmentKind::ALL[*k].key().into()));
            }
            s = act(&s, E::SetPower(i, power.clone()));
            s = act(&s, E::SetCount(i, count.clone()));
        }
        let reopened = state(&s.fragment());
        let keep = |l: &LoadList| -> Vec<_> {
            l.rows.iter().filter(|r| !r.is_blank())
                .map(|r| (r.kind, r.power.trim().to_string(), r.count.trim().to_string()))
                .collect()
        };
        prop_assert_eq!(keep(&reopened.equipment), keep(&s.equipment));
        prop_assert_eq!(reopened.equipment.totals().watts, s.equipment.totals().watts);
    }

    /// The connected load is the exact sum of power × count over the rows.
    #[test]
    fn the_total_is_the_exact_sum_of_the_rows(
        rows in proptest::collection::vec((1u64..=2_000_000, 1u64..=50), 1..40),
    ) {
        let items: Vec<String> = rows.iter()
            .map(|(w, n)| format!("{}x{n}", dianli::capacity::thousandths_str(*w)))
            .collect();
        let s = state(&format!("#/load?items={}", items.join(",")));
        let t = s.equipment.totals();
        let expected: u64 = rows.iter().map(|(w, n)| w * n).sum();
        prop_assert_eq!(t.watts, expected);
        prop_assert_eq!(t.items, rows.iter().map(|(_, n)| n).sum::<u64>());
        prop_assert_eq!(t.error_rows, 0);
    }

    /// kVA is kW ÷ power factor, rounded half up to a tenth (checked in exact
    /// integer arithmetic against the rational value).
    #[test]
    fn kva_is_the_kw_over_the_power_factor_rounded_to_a_tenth(watts in 1u64..=1_000_000_000, pf in 500u16..=1000) {
        let s = state(&format!("#/load?items={}", dianli::capacity::thousandths_str(watts)));
        let (kva, exact) = s.equipment.totals().kva(PowerFactor(pf));
        let tenths: u128 = kva.replace('.', "").parse::<u128>().unwrap()
            * if kva.contains('.') { 1 } else { 10 };
        // |tenths − W·10/pf| ≤ 1/2, i.e. |2·tenths·pf − 20·W| ≤ pf, and ties go up.
        let (w, p) = (u128::from(watts), u128::from(pf));
        let lhs = 2 * tenths * p;
        let rhs = 20 * w;
        prop_assert!(lhs + p > rhs && lhs <= rhs + p, "{kva} for {watts} W at {pf}");
        prop_assert_eq!(exact, (w * 10) % p == 0);
    }
}

#[test]
fn every_string_of_the_page_is_in_three_languages() {
    use dianli::client::L;
    for &s in L::ALL {
        for lang in Lang::ALL {
            assert!(!s.get(lang).trim().is_empty(), "{s:?} is empty in {lang:?}");
        }
        assert_ne!(
            s.get(Lang::En),
            s.get(Lang::ZhHans),
            "{s:?} is not in English"
        );
        // Every placeholder the Chinese has, the English has too.
        for n in 0..4 {
            let p = format!("{{{n}}}");
            assert_eq!(
                s.get(Lang::ZhHans).contains(&p),
                s.get(Lang::En).contains(&p),
                "{s:?} {p}"
            );
            assert_eq!(
                s.get(Lang::ZhHans).contains(&p),
                s.get(Lang::ZhHant).contains(&p),
                "{s:?} {p}"
            );
        }
    }
    for k in EquipmentKind::ALL {
        assert_eq!(EquipmentKind::parse(k.key()), Some(k));
        for lang in Lang::ALL {
            assert_eq!(EquipmentKind::parse(k.label().get(lang)), Some(k));
        }
    }
}
