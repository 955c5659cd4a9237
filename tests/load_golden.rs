//! Where an equipment list's figure falls (`#/load`): the same engine as the
//! result, one case per clause that decides it. The list's total is the
//! capacity; the voltage is left for the engine to infer.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::today;
use dianli::assessment::Verdict;
use dianli::client::{placement, Placement, State};
use dianli::Lang;

/// The placement for a `#/load` address, in `lang`.
fn place(hash: &str, lang: Lang) -> (State, Placement) {
    let s = State::new(hash, today());
    let t = s.equipment.totals();
    let p = placement(s.policy.pack(), &s.draft, &t, today(), lang).expect("a usable figure");
    (s, p)
}

fn lv_text(hash: &str, lang: Lang) -> String {
    let (s, p) = place(hash, lang);
    p.lv_text(&s.equipment.totals(), lang)
}

/// 万州 一、(四): "160kW及以下的小微企业与居民用户用电报装“零投资”" — in kW, so no
/// power factor enters.
#[test]
fn wanzhou_1_4_small_micro_and_residents_160_kw_and_below_zero_investment() {
    let base = "#/load?jurisdiction=wanzhou&customer=small_micro&items=";
    let (_, p) = place(&format!("{base}100x1,60x1"), Lang::En);
    assert!(p.place_given);
    assert!(p.zero.applies, "160 kW is the cap itself");
    assert!(
        p.zero.conversion.is_none(),
        "the cap is in kW: no conversion"
    );
    assert!(
        p.zero.detail.en.contains("160 kW is within the 160 kW cap"),
        "{}",
        p.zero.detail.en
    );
    let cite = p.zero.citation.as_ref().unwrap();
    assert!(cite.quote.contains("160kW及以下"), "{}", cite.quote);
    let (_, p) = place(&format!("{base}160.001x1"), Lang::ZhHans);
    assert!(!p.zero.applies);
    assert!(
        p.zero.detail.zh_hans.contains("超过"),
        "{}",
        p.zero.detail.zh_hans
    );
    // Just over: the page says by how much, as the result does.
    let (_, p) = place(&format!("{base}100x1,61x1"), Lang::En);
    let near = p.zero.near_miss.expect("a near miss");
    assert!(near.en.starts_with("1 kW above the cap"), "{}", near.en);
}

/// 阳江 三、(四): "城區范圍報裝容量160千伏安及以下" — in kVA: a kW list meets it only
/// through the power factor, and the page says so.
#[test]
fn yangjiang_3_4_urban_160_kva_cap_turns_on_the_power_factor_for_a_kw_list() {
    let base = "#/load?jurisdiction=yangjiang&area=urban&customer=small_micro&items=150x1";
    let (_, at_09) = place(base, Lang::En);
    assert!(
        !at_09.zero.applies,
        "150 kW at 0.9 is 166.667 kVA, above 160 kVA"
    );
    let conv = at_09
        .zero
        .conversion
        .as_ref()
        .expect("the conversion is shown");
    assert!(conv.depends_on_conversion);
    assert!(conv.text.en.contains("166.667 kVA"), "{}", conv.text.en);
    // The national rule in force (160 kW) is read beside it.
    let national = at_09.zero.national.as_ref().expect("national rule beside");
    assert!(national.applies);
    let (_, at_1) = place(&format!("{base}&power_factor=1"), Lang::En);
    assert!(at_1.zero.applies, "at power factor 1, 150 kW is 150 kVA");
    let cite = at_1
        .zero
        .cap_citation
        .as_ref()
        .or(at_1.zero.citation.as_ref())
        .unwrap();
    assert!(cite.quote.contains("160千伏安及以下"), "{}", cite.quote);
}

/// 柳州 附件4 第6项: "160kVA容量及以下低压接入" in urban areas: a list of 36 kW
/// is low voltage; 200 kW is above the range, so 10 kV is inferred.
#[test]
fn liuzhou_annex_4_item_6_urban_low_voltage_up_to_160_kva() {
    let within = "#/load?jurisdiction=liuzhou&area=urban&customer=business&items=ac:3.5x6,12x1,3x1";
    let (_, p) = place(within, Lang::En);
    let lv = p.lv.as_ref().unwrap();
    assert!(lv.within);
    assert_eq!(lv.max.to_string(), "160 kVA");
    assert_eq!(
        lv_text(within, Lang::En),
        "36 kW: within the low-voltage range (up to 160 kVA). The range is in kVA: at power factor 0.9, 36 kW is about 40 kVA."
    );
    assert!(lv
        .citation
        .as_ref()
        .unwrap()
        .quote
        .contains("160kVA容量及以下"));
    let above = "#/load?jurisdiction=liuzhou&area=urban&customer=business&items=200x1";
    let (_, p) = place(above, Lang::ZhHans);
    assert!(!p.lv.as_ref().unwrap().within);
    assert_eq!(p.zero.status, Verdict::No);
    assert_eq!(
        lv_text(above, Lang::ZhHans),
        "200 kW：超过低压供电范围（不超过 160 kVA），按规定推算为 10 千伏供电，实际电压由供电方案确定。该范围以 kVA 计：按功率因数 0.9，200 kW 约为 222.222 kVA。"
    );
    assert_eq!(
        lv_text(above, Lang::ZhHant),
        "200 kW：超過低壓供電範圍（不超過 160 kVA），按規定推算為 10 千伏供電，實際電壓由供電方案確定。該範圍以 kVA 計：按功率因數 0.9，200 kW 約為 222.222 kVA。"
    );
}

/// The 2025 national opinion (reported): low-voltage zero investment for
/// private organisations at 160 kW and below. Without a place the national
/// baseline is used, and the page says so.
#[test]
fn national_2025_opinion_lv_zero_investment_160_kw_when_no_place_is_chosen() {
    let (_, p) = place("#/load?customer=business&items=3.5x4,12x1", Lang::En);
    assert!(!p.place_given);
    assert!(p.place_text(Lang::En).contains("national baseline"));
    assert!(p.zero.applies);
    assert!(p.zero.citation.as_ref().unwrap().quote.contains("160千瓦"));
    let lv = p.lv.unwrap();
    assert!(lv.within);
    assert!(lv.converted.is_none(), "the national range is in kW");
}

/// A bad answer elsewhere (here the area) does not stop the comparison: it is
/// left out, as the form would ask for it again.
#[test]
fn a_bad_answer_elsewhere_is_left_out_of_the_comparison() {
    let (_, p) = place(
        "#/load?jurisdiction=yangjiang&area=moon&customer=small_micro&items=50x1",
        Lang::En,
    );
    assert!(p.place_given);
    assert_eq!(
        p.zero.status,
        Verdict::Yes,
        "50 kW is 55.6 kVA: within both areas' caps"
    );
    let (_, p) = place("#/load?jurisdiction=atlantis&items=50x1", Lang::En);
    assert!(
        !p.place_given,
        "an unknown place falls back to the national baseline"
    );
}

/// Nothing to compare until the list gives a usable figure.
#[test]
fn no_comparison_without_a_usable_figure() {
    for hash in ["#/load", "#/load?items=abc", "#/load?items=3x1,-1x1"] {
        let s = State::new(hash, today());
        assert!(
            placement(
                s.policy.pack(),
                &s.draft,
                &s.equipment.totals(),
                today(),
                Lang::En
            )
            .is_none(),
            "{hash}"
        );
    }
}
