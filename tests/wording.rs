//! The sentences that are the point of a rule, in the three languages: a near
//! miss says how far above the cap and what would qualify, a headline gives
//! both verdicts, a stage the policy counts but does not name says so. The
//! figures, ids and citations of these cases are golden cases as data
//! (`tests/cases/*.jsonl`, run by `tests/cases.rs`); only what words alone
//! can say is here.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{run, warning};
use dianli::Text;
use serde_json::json;

/// The three language versions, zh-Hans first.
fn all(t: &Text) -> [&str; 3] {
    [&t.zh_hans, &t.zh_hant, &t.en]
}

fn contains_each(t: &Text, parts: [&str; 3]) {
    for (text, part) in all(t).into_iter().zip(parts) {
        assert!(text.contains(part), "{text:?} should contain {part:?}");
    }
}

#[test]
fn yangjiang_161kva_urban_near_miss_is_1_kva_above_the_cap_at_160_it_would_be_free() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"161kVA","voltage":"lv","start":"2026-06-01"}),
    );
    let near = a.zero_investment.near_miss.as_ref().unwrap();
    assert!(near.en.starts_with("1 kVA above the cap"), "{}", near.en);
    contains_each(near, ["高出1 kVA", "高出1 kVA", "1 kVA above"]);
    contains_each(near, ["160 kVA以内", "160 kVA以內", "at 160 kVA"]);
}

#[test]
fn yangjiang_108kva_rural_near_miss_is_8_kva_above_the_rural_cap_of_100() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"rural","capacity":"108kVA","voltage":"lv","start":"2026-06-01"}),
    );
    let near = a.zero_investment.near_miss.as_ref().unwrap();
    contains_each(near, ["高出8 kVA", "高出8 kVA", "8 kVA above the cap"]);
    contains_each(
        near,
        [
            "100 kVA以内，电网侧接入工程将不需要您出资",
            "100 kVA以內，電網側接入工程將不需要您出資",
            "at 100 kVA the grid-side works would cost you nothing",
        ],
    );
}

#[test]
fn yangjiang_101kva_rural_headline_gives_the_2020_plan_no_and_the_national_yes_never_a_bare_no() {
    // 阳江 三、(四): rural 100千伏安以下; national 2020 opinion: 160 kW 三零 for LV small/micro.
    for app in [
        json!({"jurisdiction":"yangjiang","area":"rural","customer":"small_micro","capacity":"101kVA","start":"2026-06-01"}),
        json!({"jurisdiction":"yangjiang","area":"rural","customer":"small_micro","capacity":"101kVA","voltage":"lv","temporary":"no","start":"2026-06-01"}),
    ] {
        let z = run(app).zero_investment;
        assert!(
            z.headline
                .en
                .starts_with("Yangjiang, Guangdong (2020 rules): no;"),
            "{}",
            z.headline.en
        );
        contains_each(
            &z.headline,
            [
                "：不适用；国家规定",
                "：不適用；國家規定",
                ": no; national rule since",
            ],
        );
        contains_each(
            &z.headline,
            [
                "适用——请向供电企业确认按哪项执行",
                "適用——請向供電企業確認按哪項執行",
                "yes — ask the utility which it applies",
            ],
        );
        for (reason, headline) in all(&z.reason).into_iter().zip(all(&z.headline)) {
            assert!(reason.starts_with(headline), "{reason}");
        }
    }
}

#[test]
fn wanzhou_lv_non_resident_headline_is_a_plain_yes_though_the_national_160kw_says_no() {
    let a = run(
        json!({"jurisdiction":"wanzhou","customer":"business","capacity":"250kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(
        all(&a.zero_investment.headline),
        ["适用零投资", "適用零投資", "Zero investment applies"]
    );
}

#[test]
fn a_2019_liuzhou_headline_mentions_no_national_rule_not_yet_in_force() {
    let a = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"small_micro","capacity":"100kVA","voltage":"lv","start":"2019-06-03"}),
    );
    let [hans, hant, en] = all(&a.zero_investment.headline);
    assert!(!en.contains("national"), "{en}");
    assert!(!hans.contains("国家"), "{hans}");
    assert!(!hant.contains("國家"), "{hant}");
}

#[test]
fn shandong_2019_opinion_in_a_2018_case_the_reason_says_not_in_force() {
    let a = run(
        json!({"jurisdiction":"shandong","area":"urban","customer":"small_micro","capacity":"150kVA","voltage":"lv","start":"2018-10-08"}),
    );
    contains_each(
        &a.zero_investment.reason,
        ["尚未生效", "尚未生效", "not in force"],
    );
}

#[test]
fn yangjiang_plan_not_yet_issued_warning_names_the_plan_and_its_issue_date_in_each_language() {
    // Seed 000 was issued (印发) on 2020-06-19 and states no effective date (audit L12).
    let a = run(json!({"jurisdiction": "yangjiang", "capacity": "50kVA", "start": "2020-05-20"}));
    let w = warning(&a, "not_yet_issued:yj2020");
    contains_each(
        &w.text,
        [
            "《阳江市2020年进一步优化电力营商环境实施方案》的印发日期（2020-06-19）",
            "《陽江市2020年進一步優化電力營商環境實施方案》的印發日期（2020-06-19）",
            "“Yangjiang 2020 implementation plan",
        ],
    );
    contains_each(
        &w.text,
        [
            "没有写明生效日期",
            "沒有寫明生效日期",
            "states no effective date",
        ],
    );
}

#[test]
fn national_texts_count_stages_without_naming_them() {
    let names = |app| -> Vec<[String; 3]> {
        run(app)
            .stages
            .iter()
            .map(|s| all(&s.name).map(str::to_string))
            .collect()
    };
    let n = |i: usize| {
        let hans = ["第一个环节", "第二个环节", "第三个环节"][i];
        let hant = ["第一個環節", "第二個環節", "第三個環節"][i];
        [
            hans.to_string(),
            hant.to_string(),
            format!("Stage {}", i + 1),
        ]
    };
    // 2020 opinion: LV business, 3 stages.
    let business = names(
        json!({"jurisdiction":"national","customer":"business","capacity":"80kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(business, [n(0), n(1), n(2)]);
    // 2020 opinion: 2 stages for 三零 customers by the end of 2020 (from 2021-01-01).
    let small = names(
        json!({"jurisdiction":"national","customer":"small_micro","capacity":"60kW","voltage":"lv","external_works":"no","start":"2021-01-04"}),
    );
    assert_eq!(small, [n(0), n(1)]);
    // Shandong sets no stages: residents get the national count, named by number.
    let resident = names(
        json!({"jurisdiction":"shandong","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(resident, [n(0), n(1)]);
}

#[test]
fn wanzhou_second_lv_stage_says_the_plan_does_not_name_it() {
    let a = run(
        json!({"jurisdiction":"wanzhou","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    contains_each(
        &a.stages[1].name,
        ["原文未写名称", "原文未寫名稱", "not named in the text"],
    );
}

#[test]
fn liuzhou_self_built_home_may_use_a_commitment_letter_at_low_voltage_only() {
    // 附件1 四、(二): 农村自建房 may give a written commitment instead of property proof.
    let letter = |app| {
        run(app).documents[1].alternatives.iter().any(|x| {
            let [hans, hant, en] = all(&x.name);
            hans.contains("承诺书") && hant.contains("承諾書") && en.contains("commitment letter")
        })
    };
    assert!(letter(
        json!({"jurisdiction":"liuzhou","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"})
    ));
    assert!(!letter(
        json!({"jurisdiction":"liuzhou","customer":"business","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"})
    ));
}

#[test]
fn liuzhou_vat_taxpayer_certificate_is_for_any_vat_invoice() {
    // 附件1/附件2 注: 「若需要电费开具增值税发票的」 — not only special VAT invoices.
    for voltage in ["lv", "10kv"] {
        let a = run(
            json!({"jurisdiction":"liuzhou","capacity":"80kVA","voltage":voltage,"start":"2026-06-01"}),
        );
        let vat = a
            .conditional_documents
            .iter()
            .find(|d| d.id.as_ref() == "vat_taxpayer")
            .unwrap();
        assert_eq!(
            all(vat.only_if.as_ref().unwrap()),
            [
                "如需电费开具增值税发票",
                "如需電費開具增值稅發票",
                "If you need VAT invoices for your electricity bills"
            ]
        );
    }
}

/// Audit L10: Yangjiang's plan contrasts 城區范圍 with 其他區域 (seed 000
/// 三、(四)), so the area question does not tell a town it is urban.
#[test]
fn the_area_question_does_not_count_towns_as_urban_seed_000_contrasts_城区范围_with_其他区域() {
    use dianli::model::Area;
    assert_eq!(Area::parse("城镇"), None, "城镇 is no spelling of urban");
    assert_eq!(Area::parse("城区"), Some(Area::Urban));
    let hint = Area::Urban.choice().hint.unwrap();
    assert!(!hint.get(dianli::Lang::ZhHans).contains("城镇"));
    contains_each(
        &hint.text(),
        [
            "镇、乡是否算作城区，各地文件说法不同",
            "鎮、鄉是否算作城區，各地文件說法不同",
            "Whether a town counts as urban differs from place to place",
        ],
    );
}
