//! Golden cases for the corrected readings of the seeds and the national
//! documents, one per correction, each named after the clause it rests on.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{has_warning, run, warning};
use dianli::assessment::{Assessment, Verdict, WarningKind};
use dianli::model::Voltage;
use serde_json::json;

fn commitment_ids(a: &Assessment) -> Vec<&str> {
    a.commitments.iter().map(|c| &*c.id).collect()
}

// ---------- Liuzhou (seed 003) ----------

#[test]
fn liuzhou_all_lv_customers_get_free_meter_installation_in_rural_areas_too() {
    // 三、(三)3 「实施全类别低压用电免费装表到户」: every LV customer, any area, no cap.
    let a = run(
        json!({"jurisdiction":"liuzhou","area":"rural","customer":"business","capacity":"200kVA","voltage":"lv","start":"2019-06-03"}),
    );
    let z = &a.zero_investment;
    assert!(z.applies);
    assert_eq!(z.status, Verdict::Yes);
    assert_eq!(z.rule.as_deref(), Some("liuzhou-lv-free-meter-to-premises"));
    assert!(z.cap.is_none());
    assert!(z
        .citation
        .as_ref()
        .unwrap()
        .quote
        .contains("实施全类别低压用电免费装表到户"));
    // The national rules were not in force in 2019.
    assert!(!z.national.as_ref().unwrap().applies);
}

#[test]
fn liuzhou_other_areas_later_lv_supply_is_no_zero_investment_exclusion() {
    // 「其他区域……适时推广……低压供电」 is about LV supply: rural small/micro still qualify.
    let a = run(
        json!({"jurisdiction":"liuzhou","area":"rural","customer":"small_micro","capacity":"100kVA","voltage":"lv","start":"2024-09-30"}),
    );
    assert!(a.zero_investment.applies);
    assert_ne!(
        a.zero_investment.rule.as_deref(),
        Some("liuzhou-small-micro-other-areas-later")
    );
}

#[test]
fn liuzhou_160kva_sentence_is_lv_supply_in_city_areas_annex_4_item_6_for_every_customer() {
    let small = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"small_micro","capacity":"160kVA","start":"2019-06-03"}),
    );
    let business = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"business","capacity":"150kVA","start":"2019-06-03"}),
    );
    let big = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"business","capacity":"161kVA","start":"2019-06-03"}),
    );
    assert_eq!(small.voltage, Voltage::Lv);
    assert_eq!(
        small.voltage_citation.as_ref().unwrap().clause.as_ref(),
        "三、(三)3"
    );
    assert_eq!(business.voltage, Voltage::Lv);
    let c = business.voltage_citation.as_ref().unwrap();
    assert_eq!(c.clause.as_ref(), "附件4 第6项");
    assert!(c.quote.contains("160kVA容量及以下低压接入工作"));
    assert_eq!(big.voltage, Voltage::Kv10);
    // Not a zero-investment cap: an LV customer above 160 kVA still gets the free meter.
    let lv_big = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"small_micro","capacity":"250kVA","voltage":"lv","start":"2019-06-03"}),
    );
    assert!(lv_big.zero_investment.applies);
}

#[test]
fn liuzhou_hv_regional_plan_reply_12_and_19_cite_the_hv_row_of_annex_3() {
    let single = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","supply":"single","start":"2026-06-01"}),
    );
    let dual = run(
        json!({"jurisdiction":"liuzhou","capacity":"2000kVA","voltage":"10kv","supply":"dual","start":"2026-06-01"}),
    );
    for a in [&single, &dual] {
        let plan = a.stages[1].regional_citation.as_ref().unwrap();
        assert!(plan.quote.contains("10kV高压单电源用户不超过12个工作日"));
        assert!(plan.quote.contains("35kV及以上客户不超过19个工作日"));
        let inspect = a.stages[2].regional_citation.as_ref().unwrap();
        assert!(inspect.quote.contains("高压单电源供电用户不超过8个工作日"));
        assert!(inspect.quote.contains("高压双电源用户不超过10个工作日"));
        assert!(!plan.quote.contains("居民接电时间"));
    }
    assert_eq!(single.stages[1].regional_max_days, Some(12));
    assert_eq!(dual.stages[1].regional_max_days, Some(19));
    assert_eq!(single.stages[2].regional_max_days, Some(8));
    assert_eq!(dual.stages[2].regional_max_days, Some(10));
    assert!(has_warning(&single, "liuzhou-regional-limits-hv"));
    assert!(!has_warning(&single, "liuzhou-regional-limits"));
}

#[test]
fn liuzhou_hv_identity_alternatives_are_those_of_annex_2() {
    let a = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert_eq!(a.documents[0].id.as_ref(), "identity");
    assert_eq!(a.documents[0].citation.clause.as_ref(), "附件2 四、(一)");
}

#[test]
fn liuzhou_application_one_working_day_and_same_day_is_no_contradiction() {
    // 三、(三)1 「用电报装1个工作日」 and 附件1 「用电报装当日办结」: the same day meets both.
    let a = run(
        json!({"jurisdiction":"liuzhou","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(!has_warning(&a, "liuzhou-same-day-vs-one-day"));
    assert!(!a.warnings.iter().any(|w| w.kind == WarningKind::Conflict));
    assert_eq!(a.stages[0].max_working_days, Some(0));
    assert!(a.stages[0]
        .limit_citation
        .as_ref()
        .unwrap()
        .quote
        .contains("当日办结"));
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
            vat.only_if.as_ref().unwrap().zh_hans.as_str(),
            "如需电费开具增值税发票"
        );
    }
}

#[test]
fn liuzhou_mid_check_abolished_typical_designs_not_reviewed_government_projects_keep_reviews() {
    let a = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","applicant":"government","start":"2026-06-01"}),
    );
    let ids = commitment_ids(&a);
    for id in [
        "liuzhou-no-mid-check",
        "liuzhou-standard-plan-typical-design",
        "liuzhou-defects-in-writing-once",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let w = warning(&a, "liuzhou-government-projects-keep-reviews");
    assert!(w.citations[0].quote.contains("该类工程仍需要保留相应环节"));
    let lv = run(
        json!({"jurisdiction":"liuzhou","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(!commitment_ids(&lv).contains(&"liuzhou-no-mid-check"));
}

#[test]
fn liuzhou_annex_3_one_certificate_told_once_and_a_named_person() {
    let a = run(
        json!({"jurisdiction":"liuzhou","customer":"small_micro","capacity":"50kVA","voltage":"lv","external_works":"no","start":"2026-06-01"}),
    );
    let ids = commitment_ids(&a);
    for id in [
        "liuzhou-one-certificate",
        "liuzhou-told-once",
        "liuzhou-manager-collects-on-site",
        "liuzhou-named-person",
        "liuzhou-no-extra-documents",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    // Permits only matter with external works.
    assert!(!ids.contains(&"liuzhou-one-window-permits"));
    // The promise replaced the info note that said the same.
    assert!(!has_warning(&a, "liuzhou-no-extra-documents"));
    let c = a
        .commitments
        .iter()
        .find(|c| c.id.as_ref() == "liuzhou-one-certificate")
        .unwrap();
    assert_eq!(c.citation.quote.as_ref(), "全面实行“一证受理”");
}

// ---------- District X (seed 004) ----------

#[test]
fn district_x_small_micro_zero_approvals_means_the_applicant_obtains_no_permit() {
    // 三、1 「零上門、零審批、零投資」 with the meter as the property boundary; 四、(五)1 the owner applies.
    let a = run(
        json!({"jurisdiction":"district-x","customer":"small_micro","capacity":"30kW","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    let ap = &a.approvals;
    assert_eq!(ap.needed, Verdict::No);
    let exempt = ap.exempt.as_ref().unwrap();
    assert!(exempt.zh_hans.contains("零审批"));
    assert!(exempt.zh_hans.contains("您不需要自己办理任何审批"));
    assert!(!ap.items.iter().any(|i| i.id.as_ref() == "planning"));
    let w = warning(&a, "district-x-zero-approvals-reading");
    assert_eq!(w.kind, WarningKind::Interpretation);
    assert!(w.citations[0].quote.contains("以電能表為產權分界點"));
    assert!(w.citations[1]
        .quote
        .contains("由業主或業主委托具備入網許可的單位"));
    let three = a
        .commitments
        .iter()
        .find(|c| c.id.as_ref() == "three-zeros")
        .unwrap();
    assert_eq!(
        three.citation.source.as_ref(),
        "dx",
        "the district's own promise"
    );
}

#[test]
fn district_x_lv_non_residents_no_longer_need_a_planning_permit() {
    // 四、(五)2 「對低壓供電非居民客戶用地紅線外電力工程,不再辦理規劃許可」
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"60kW","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.approvals.needed, Verdict::Yes);
    assert!(a.approvals.exempt.is_none());
    assert!(!a
        .approvals
        .items
        .iter()
        .any(|i| i.id.as_ref() == "planning"));
    assert!(a
        .approvals
        .citation
        .as_ref()
        .unwrap()
        .quote
        .contains("不再辦理規劃許可"));
    assert!(has_warning(&a, "district-x-who-applies-for-permits"));
}

#[test]
fn district_x_10kv_plan_reply_7_days_only_for_projects_joined_early_at_the_service_centre() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"800kVA","voltage":"10kv","external_works":"no","start":"2026-06-01"}),
    );
    let plan = a
        .stages
        .iter()
        .find(|s| s.id.as_ref() == "plan_reply")
        .unwrap();
    assert_eq!(plan.max_working_days, None);
    assert!(plan.note.as_ref().unwrap().zh_hans.contains("提前介入"));
    let w = warning(&a, "district-x-early-plan-reply-10kv");
    let q = &w.citations[0].quote;
    assert!(q.contains("在行政服務中心提前介入的客戶項目"));
    assert!(q.contains("10千伏客戶7個工作日內完成供電方案答復"));
    assert_eq!(a.time_limit_working_days, Some(20));
}

#[test]
fn district_x_lv_small_micro_2_day_plan_reply_is_no_acceptance_limit() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"small_micro","capacity":"30kW","voltage":"lv","external_works":"no","start":"2026-06-01"}),
    );
    let ids: Vec<&str> = a.stages.iter().map(|s| &*s.id).collect();
    assert_eq!(ids, ["acceptance", "connection"]);
    assert!(a.stages.iter().all(|s| s.max_working_days.is_none()));
    let w = warning(&a, "district-x-early-plan-reply-small-micro");
    assert!(w.citations[0]
        .quote
        .contains("低壓小微企業2個工作日內完成供電方案答復"));
    assert_eq!(a.time_limit_working_days, Some(4));
}

#[test]
fn district_x_greening_permit_quote_covers_the_site_visit_and_the_permit() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    let g = a
        .approvals
        .items
        .iter()
        .find(|i| i.id.as_ref() == "greening")
        .unwrap();
    assert_eq!(g.max_working_days, Some(3));
    assert!(g.citation.quote.contains("1個工作日開展現場查勘"));
    assert!(g
        .citation
        .quote
        .contains("2個工作日內出具臨時占用綠化行政許可"));
}

#[test]
fn district_x_meter_as_property_boundary_splits_the_costs() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"small_micro","capacity":"30kW","voltage":"lv","start":"2026-06-01"}),
    );
    let part = |id: &str| a.costs.parts.iter().find(|p| p.id.as_ref() == id).unwrap();
    assert_eq!(part("grid_side").payer, dianli::policy::Payer::Utility);
    let mine = part("customer_side");
    assert_eq!(mine.payer, dianli::policy::Payer::Customer);
    assert!(mine.citation.quote.contains("以電能表為產權分界點"));
}

#[test]
fn district_x_plan_covers_10kv_and_below_so_no_promises_or_fees_at_35kv() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"20000kVA","voltage":"35kv","start":"2026-06-01"}),
    );
    assert!(a
        .commitments
        .iter()
        .all(|c| !c.id.starts_with("district-x")));
    assert!(!a
        .costs
        .fees
        .iter()
        .any(|f| f.id.as_ref() == "live_line_connection_fee"));
    let lv = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"60kW","voltage":"lv","start":"2026-06-01"}),
    );
    let ids = commitment_ids(&lv);
    assert!(ids.contains(&"district-x-lv-fully-online"));
    assert!(ids.contains(&"district-x-no-design-review-mid-check"));
    assert!(!has_warning(&lv, "district-x-no-design-review"));
}

// ---------- Shandong (seed 001, a 2019 report) ----------

#[test]
fn shandong_2018_10kv_target_was_45_working_days() {
    // 2018年8月《山东省简化获得电力专项行动方案》: 10 kV 45, LV 20 working days (averages).
    let hv = run(
        json!({"jurisdiction":"shandong","customer":"business","capacity":"1000kVA","voltage":"10kv","start":"2018-10-08"}),
    );
    let lv = run(
        json!({"jurisdiction":"shandong","customer":"business","capacity":"50kVA","voltage":"lv","start":"2019-06-28"}),
    );
    assert_eq!(hv.time_limit_working_days, Some(45));
    assert_eq!(lv.time_limit_working_days, Some(20));
    let t = hv.time_limit.as_ref().unwrap();
    assert!(t.average);
    assert!(t.citation.quote.contains("分別不超過45個和20個工作日"));
    assert!(t.citation.secondary);
    assert!(t
        .citation
        .document
        .zh_hans
        .contains("山东省简化获得电力专项行动方案"));
}

#[test]
fn shandong_july_2019_opinion_40_and_7_working_days_apply_from_july_2019() {
    let hv = run(
        json!({"jurisdiction":"shandong","customer":"business","capacity":"1000kVA","voltage":"10kv","start":"2019-07-01"}),
    );
    assert_eq!(hv.time_limit_working_days, Some(40));
    let t = hv.time_limit.as_ref().unwrap();
    assert!(t.citation.quote.contains("平均接電總時限不超40天和7天"));
    assert!(t
        .citation
        .document
        .zh_hans
        .contains("进一步优化提升我省简化获得电力专项行动的实施意见"));
    assert_eq!(t.citation.issued.as_deref(), Some("2019-07"));
    let w = warning(&hv, "shandong-report-dates");
    assert!(w.text.zh_hans.contains("2018-08-21是转载页面的日期"));
    assert!(w.citations.iter().any(|c| c.quote.contains("一年多來")));
}

#[test]
fn shandong_small_micro_zero_investment_160kva_is_the_2019_opinion_not_in_force_in_2018() {
    let y2018 = run(
        json!({"jurisdiction":"shandong","area":"urban","customer":"small_micro","capacity":"150kVA","voltage":"lv","start":"2018-10-08"}),
    );
    let y2019 = run(
        json!({"jurisdiction":"shandong","area":"urban","customer":"small_micro","capacity":"150kVA","voltage":"lv","start":"2019-07-01"}),
    );
    assert!(!y2018.zero_investment.applies);
    assert!(y2018.zero_investment.reason.en.contains("not in force"));
    assert!(y2019.zero_investment.applies);
    let with_works = run(
        json!({"jurisdiction":"shandong","customer":"business","capacity":"1000kVA","voltage":"10kv","external_works":"yes","start":"2019-07-01"}),
    );
    assert_eq!(with_works.approvals.total_working_days, Some(5));
    let before = run(
        json!({"jurisdiction":"shandong","customer":"business","capacity":"1000kVA","voltage":"10kv","external_works":"yes","start":"2019-06-28"}),
    );
    assert_eq!(
        before.approvals.total_working_days, None,
        "5-day approvals are the 2019 target"
    );
}

#[test]
fn shandong_sets_no_stages_or_documents_of_its_own() {
    for start in ["2019-07-01", "2026-06-01"] {
        let a = run(
            json!({"jurisdiction":"shandong","customer":"business","capacity":"1000kVA","voltage":"10kv","start":start}),
        );
        assert!(a.stages.is_empty());
        assert!(a.documents.is_empty());
        assert!(has_warning(&a, "no_stages"));
        assert!(has_warning(&a, "no_documents"));
    }
    // Residents get the national stage count from the national baseline, named only by number.
    let resident = run(
        json!({"jurisdiction":"shandong","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(resident.stages_from.as_deref(), Some("national"));
    assert_eq!(resident.stages[0].name.zh_hans.as_str(), "第一个环节");
}

// ---------- Wanzhou (seed 002) ----------

#[test]
fn wanzhou_names_hv_documents_per_step_but_no_hv_stage_count() {
    // 一、(二) lists documents 「在设计审查环节…在中间检查环节…在竣工检验环节」; 附件1 is missing.
    let a = run(
        json!({"jurisdiction":"wanzhou","area":"urban","customer":"business","capacity":"1000kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert!(a.stages.is_empty());
    assert_eq!(a.stages_from, None);
    let c = a
        .commitments
        .iter()
        .find(|c| c.id.as_ref() == "wanzhou-hv-design-review-documents")
        .unwrap();
    assert!(c
        .citation
        .quote
        .contains("高压用户在设计审查环节仅需提供设计单位资质证明材料"));
    assert!(c.note.as_ref().unwrap().zh_hans.contains("附件1不在原文中"));
    // The total is the plan's own average.
    assert_eq!(a.time_limit_working_days, Some(28));
}

#[test]
fn wanzhou_lv_non_residents_zero_investment_states_no_cap() {
    // 「对于居民用户和低压非居民用户要确保做到办电“零投资”」: no cap, none imported.
    let a = run(
        json!({"jurisdiction":"wanzhou","customer":"business","capacity":"250kW","voltage":"lv","start":"2026-06-01"}),
    );
    let z = &a.zero_investment;
    assert!(z.applies);
    assert!(z.cap.is_none());
    assert!(z.cap_citation.is_none());
    assert!(z.note.as_ref().unwrap().zh_hans.contains("没有写容量上限"));
    // The national rule in force (2025: 160 kW) is read beside it and says no.
    let n = z.national.as_ref().unwrap();
    assert!(!n.applies);
    assert_eq!(n.rule.as_deref(), Some("national-2025-private-lv-160kw"));
    assert_eq!(z.headline.en, "Zero investment applies");
}

#[test]
fn wanzhou_lv_second_stage_is_not_named_in_the_plan() {
    let a = run(
        json!({"jurisdiction":"wanzhou","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(a.stages.len(), 2);
    assert_eq!(a.stages[0].name.zh_hans.as_str(), "业务受理");
    assert!(a.stages[1].name.zh_hans.contains("原文未写名称"));
    for s in &a.stages {
        assert_eq!(s.citation.source.as_ref(), "wz2021");
    }
}

#[test]
fn wanzhou_one_certificate_for_enterprises_is_read_with_the_listed_documents() {
    let a = run(
        json!({"jurisdiction":"wanzhou","customer":"small_micro","capacity":"50kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(a.documents.len(), 2);
    let c = a
        .commitments
        .iter()
        .find(|c| c.id.as_ref() == "wanzhou-enterprise-one-certificate")
        .unwrap();
    assert!(c.citation.quote.contains("数据互认共享"));
    assert!(c
        .note
        .as_ref()
        .unwrap()
        .zh_hans
        .contains("请向供电企业确认"));
    let ids = commitment_ids(&a);
    for id in [
        "three-zeros",
        "wanzhou-no-extra-stages",
        "wanzhou-no-extra-documents",
        "wanzhou-no-forced-commitment-letter",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let resident = run(
        json!({"jurisdiction":"wanzhou","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(!commitment_ids(&resident).contains(&"wanzhou-enterprise-one-certificate"));
}

// ---------- Yangjiang (seed 000) ----------

#[test]
fn yangjiang_rural_101kva_small_micro_2026_local_no_national_yes() {
    // 三、(四) 「其他區域報裝容量100千伏安以下」 bounds zero cost, not low voltage.
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"rural","customer":"small_micro","capacity":"101kVA","start":"2026-06-01"}),
    );
    assert_eq!(
        a.voltage,
        Voltage::Lv,
        "101 kVA × 0.9 = 90.9 kW, within the national 160 kW"
    );
    assert_eq!(
        a.voltage_citation.as_ref().unwrap().source.as_ref(),
        "ndrc-nea-2025-opinion"
    );
    let z = &a.zero_investment;
    assert!(!z.applies);
    assert_eq!(z.status, Verdict::No);
    assert_eq!(z.rule.as_deref(), Some("yangjiang-lv-other-100kva"));
    let n = z.national.as_ref().unwrap();
    assert!(n.applies);
    assert_eq!(n.rule.as_deref(), Some("national-2020-lv-160kw"));
    assert!(z
        .headline
        .en
        .starts_with("Yangjiang, Guangdong (2020 rules): no;"));
    assert!(z
        .headline
        .en
        .contains("yes — ask the utility which it applies"));
    // The national total in force is reported beside Yangjiang's own 3 days.
    assert_eq!(a.time_limit_working_days, Some(3));
    assert_eq!(
        a.time_limit
            .as_ref()
            .unwrap()
            .national
            .as_ref()
            .unwrap()
            .days,
        15
    );
}

#[test]
fn yangjiang_zero_cost_caps_set_no_low_voltage_range() {
    // Without a voltage, Yangjiang's own plan infers nothing; only the national range in force does.
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","customer":"business","capacity":"150kVA","start":"2026-06-01"}),
    );
    let c = a.voltage_citation.as_ref().unwrap();
    assert_ne!(c.source.as_ref(), "yj2020");
    assert!(!a
        .voltage_basis
        .as_ref()
        .unwrap()
        .en
        .contains("Yangjiang, Guangdong: low voltage up to"));
}

#[test]
fn yangjiang_approvals_are_named_by_the_departments_the_plan_lists() {
    // 三、(三) names 自然資源、公安、交通運輸、城管綜合執法、水務, not the permits.
    let a = run(
        json!({"jurisdiction":"yangjiang","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    let names: Vec<&str> = a
        .approvals
        .items
        .iter()
        .map(|i| i.name.zh_hans.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "自然资源部门的审批（如涉及）",
            "公安部门的审批（如涉及）",
            "交通运输部门的审批（如涉及）",
            "城管综合执法部门的审批（如涉及）",
            "水务部门的审批（如涉及）"
        ]
    );
    assert!(a
        .approvals
        .note
        .as_ref()
        .unwrap()
        .zh_hans
        .contains("没有写具体许可的名称"));
    assert_eq!(a.approvals.total_working_days, Some(5));
}

#[test]
fn yangjiang_35kv_dual_supply_has_no_guangdong_110kv_fee() {
    // 粤发改价格函〔2016〕6285号 sets rates for 110 kV and 220 kV only.
    let a = run(
        json!({"jurisdiction":"yangjiang","capacity":"8000kVA","voltage":"35kv","supply":"dual","start":"2026-06-01"}),
    );
    assert!(!a
        .costs
        .fees
        .iter()
        .any(|f| f.id.as_ref() == "guangdong_high_reliability_fee"));
    assert!(a.costs.fees.iter().all(|f| f.figure.is_none()));
    let national = a
        .costs
        .fees
        .iter()
        .find(|f| f.id.as_ref() == "high_reliability_fee")
        .unwrap();
    assert!(national.citation.secondary);
    assert!(national.citation.quote.contains("发改价格〔2003〕2279号"));
}

#[test]
fn yangjiang_meter_box_and_above_utility_after_it_yours_and_the_time_limit_scope_is_a_reading() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","customer":"small_micro","capacity":"50kVA","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    let mine = a
        .costs
        .parts
        .iter()
        .find(|p| p.id.as_ref() == "customer_side")
        .unwrap();
    assert_eq!(mine.payer, dianli::policy::Payer::Customer);
    assert!(mine
        .citation
        .quote
        .contains("表箱及以上電力工程由供電企業投資建設"));
    let w = warning(&a, "yangjiang-time-limit-scope");
    assert_eq!(w.kind, WarningKind::Interpretation);
    assert_eq!(w.citations.len(), 3);
    let ids = commitment_ids(&a);
    assert!(ids.contains(&"yangjiang-no-permit-precondition"));
    assert!(ids.contains(&"yangjiang-online-no-visit"));
    assert!(!has_warning(&a, "yangjiang-no-extra-preconditions"));
}

// ---------- National baseline (policy/sources/national) ----------

#[test]
fn national_2020_opinion_rules_apply_from_27_september_2020_not_to_2019_cases() {
    let app = |start: &str| {
        run(
            json!({"jurisdiction":"national","customer":"small_micro","capacity":"60kW","voltage":"lv","external_works":"no","start":start}),
        )
    };
    let y2019 = app("2019-06-03");
    assert!(!y2019.zero_investment.applies);
    assert!(y2019.stages.is_empty());
    assert_eq!(y2019.time_limit_working_days, None);
    let y2020 = app("2020-09-28");
    assert!(y2020.zero_investment.applies);
    assert_eq!(y2020.stages.len(), 2);
    assert_eq!(y2020.stages_from.as_deref(), Some("national"));
    // The national texts give only the number of stages.
    assert_eq!(y2020.stages[0].name.zh_hans.as_str(), "第一个环节");
    assert_eq!(y2020.stages[1].name.en.as_str(), "Stage 2");
    assert!(y2020.stages[0]
        .note
        .as_ref()
        .unwrap()
        .zh_hans
        .contains("只规定环节个数"));
    let t = y2020.time_limit.as_ref().unwrap();
    assert_eq!(t.days, 15);
    assert!(t.scope.zh_hans.contains("目标"));
    assert!(t.citation.quote.contains("15個工作日以內"));
}

#[test]
fn national_2020_zero_investment_cites_the_reports_with_their_real_title() {
    let a = run(
        json!({"jurisdiction":"national","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    let c = a.zero_investment.citation.as_ref().unwrap();
    assert!(c.secondary);
    assert_eq!(c.file.as_ref(), "national/ndrc-nea-2020-opinion.txt");
    assert!(c
        .document
        .zh_hans
        .starts_with("《关于全面提升“获得电力”服务水平 持续优化用电营商环境的意见》"));
    assert!(c.document.zh_hans.ends_with("（报道）"));
    assert_eq!(
        c.quote.as_ref(),
        "160kW及以下的小微企業和居民辦電可實現零投資"
    );
    assert_eq!(
        c.label.en.as_str(),
        "China News Service report, 28 September 2020"
    );
    // 三零 is the national promise (a target for the end of 2022).
    let three = a
        .commitments
        .iter()
        .find(|c| c.id.as_ref() == "three-zeros")
        .unwrap();
    assert!(three.text.zh_hans.contains("2022年底前"));
}

#[test]
fn national_lv_business_three_stages_counted_not_named() {
    let a = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"80kW","voltage":"lv","start":"2026-06-01"}),
    );
    let names: Vec<&str> = a.stages.iter().map(|s| s.name.en.as_str()).collect();
    assert_eq!(names, ["Stage 1", "Stage 2", "Stage 3"]);
    assert!(a.stages[0].citation.quote.contains("to 3 links"));
    // HV: the national texts set no stages, and the result says so.
    let hv = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert!(hv.stages.is_empty());
    assert!(has_warning(&hv, "no_stages"));
}

#[test]
fn national_lv_range_160kw_for_residents_and_small_micro_from_2020_for_everyone_from_june_2025() {
    let resident = run(
        json!({"jurisdiction":"national","customer":"resident","capacity":"100kW","start":"2024-03-01"}),
    );
    assert_eq!(resident.voltage, Voltage::Lv);
    assert_eq!(
        resident.voltage_citation.as_ref().unwrap().source.as_ref(),
        "ndrc-nea-2020-opinion"
    );
    let business_2024 = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"100kW","start":"2024-03-01"}),
    );
    assert!(
        business_2024.voltage_citation.is_none(),
        "no national LV range for businesses before June 2025"
    );
    let business_2025 = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"100kW","start":"2025-06-03"}),
    );
    assert_eq!(business_2025.voltage, Voltage::Lv);
    let c = business_2025.voltage_citation.as_ref().unwrap();
    assert_eq!(c.source.as_ref(), "ndrc-nea-2025-opinion");
    assert!(c
        .quote
        .contains("鼓励有条件的地区进一步提升低压接入容量上限"));
}

#[test]
fn civil_code_201_counts_from_the_next_day_and_1259_includes_the_cap() {
    // Saturday 2026-06-06: the start-date notice cites art. 201.
    let sat = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"50kVA","voltage":"lv","start":"2026-06-06"}),
    );
    let w = warning(&sat, "start_not_working_day");
    let c = &w.citations[0];
    assert_eq!(c.clause.as_ref(), "第二百零一条");
    assert!(c.quote.contains("开始的当日不计入，自下一日开始计算"));
    assert_eq!(c.file.as_ref(), "national/civil-code.txt");
    // 160 kVA at a 160 kVA cap: art. 1259, 「以下」 includes the number.
    let cap = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"160kVA","voltage":"lv","start":"2026-06-01"}),
    );
    let b = cap.zero_investment.bound_citation.as_ref().unwrap();
    assert_eq!(b.clause.as_ref(), "第一千二百五十九条");
    assert!(b.quote.contains("包括本数"));
    assert!(!b.secondary);
}

#[test]
fn national_red_line_rule_from_the_2022_notice_1116() {
    let a = run(
        json!({"jurisdiction":"national","area":"urban","customer":"business","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    let p = a
        .costs
        .parts
        .iter()
        .find(|p| p.id.as_ref() == "outside_red_line")
        .unwrap();
    assert_eq!(p.citation.source.as_ref(), "ndrc-2022-1116");
    assert_eq!(p.citation.clause.as_ref(), "二、(一)");
    assert!(!p.citation.secondary);
    assert!(p
        .citation
        .quote
        .contains("不得由用戶承擔建筑區劃紅線外發生的任何費用"));
    let before = run(
        json!({"jurisdiction":"national","area":"urban","customer":"business","capacity":"800kVA","voltage":"10kv","start":"2022-07-25"}),
    );
    assert!(!before
        .costs
        .parts
        .iter()
        .any(|p| p.id.as_ref() == "outside_red_line"));
}

#[test]
fn national_fees_cite_their_notices_as_reported_with_no_invented_number() {
    let a = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"800kVA","voltage":"10kv","temporary":"yes","start":"2026-06-01"}),
    );
    let fee = |id: &str| a.costs.fees.iter().find(|f| f.id.as_ref() == id).unwrap();
    let calib = fee("meter_calibration_fee");
    assert!(calib.citation.secondary);
    assert!(calib.citation.document.zh_hans.contains("文号未见"));
    assert!(!calib.note.as_ref().unwrap().en.contains("a year"));
    let temp = fee("temporary_connection_fee");
    assert!(temp.must_not_be_charged);
    assert!(temp.citation.quote.contains("自2017年12月1日起"));
    let early = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"800kVA","voltage":"10kv","temporary":"yes","start":"2017-11-30"}),
    );
    assert!(!early
        .costs
        .fees
        .iter()
        .any(|f| f.id.as_ref() == "temporary_connection_fee"));
}

// ---------- National beside local (engine) ----------

#[test]
fn yangjiang_rural_101kva_small_micro_2026_says_both_the_2020_plan_no_and_the_national_rule_yes() {
    // 阳江 三、(四): rural 100千伏安以下; national 2020 opinion: 160 kW 三零 for LV small/micro.
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"rural","customer":"small_micro","capacity":"101kVA","voltage":"lv","temporary":"no","start":"2026-06-01"}),
    );
    let z = &a.zero_investment;
    assert!(!z.applies, "the place's own rule decides `applies`");
    let n = z
        .national
        .as_ref()
        .expect("the national rule is read beside");
    assert!(n.applies, "101 kVA × 0.9 = 90.9 kW ≤ 160 kW");
    assert!(n.citation.as_ref().unwrap().quote.contains("160"));
    // Never a bare "no": the headline and the reason say both.
    assert!(
        z.headline.en.contains(": no; national rule since"),
        "{}",
        z.headline.en
    );
    assert!(
        z.headline.zh_hans.contains("不适用；国家规定"),
        "{}",
        z.headline.zh_hans
    );
    assert!(z.reason.en.starts_with(&z.headline.en));
}

#[test]
fn national_rules_are_not_read_beside_a_2019_case() {
    // The 2020 opinion dates from 2020-09-27: a 2019 Liuzhou case has no national verdict in force.
    let a = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"small_micro","capacity":"100kVA","voltage":"lv","start":"2019-06-03"}),
    );
    let n = a.zero_investment.national.as_ref().unwrap();
    assert!(!n.applies);
    assert!(!a.zero_investment.headline.en.contains("national"));
}

#[test]
fn shandong_2019_lv_7_day_average_is_read_beside_the_2025_national_5_days_without_external_works() {
    // 2019 opinion: 平均接電總時限不超40天和7天; 2025 opinion: 无电力外线工程的不超过5个工作日.
    let a = run(
        json!({"jurisdiction":"shandong","area":"urban","customer":"small_micro","capacity":"50kVA","voltage":"lv","external_works":"no","start":"2026-06-01"}),
    );
    let t = a.time_limit.as_ref().unwrap();
    assert_eq!(t.days, 7);
    let n = t
        .national
        .as_ref()
        .expect("the national limit in force beside");
    assert_eq!(n.days, 5);
    assert!(n.stricter);
    assert!(has_warning(&a, "national_time_limit"));
}

#[test]
fn district_x_small_micro_works_still_wait_for_the_utilitys_permits() {
    // 三、1 零审批 for the applicant; 四、(五) the works need permits, which the utility obtains.
    let a = run(
        json!({"jurisdiction":"district-x","customer":"small_micro","capacity":"30kVA","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.approvals.needed, Verdict::No);
    let permits = a
        .timeline
        .iter()
        .find(|t| &*t.id == "approvals")
        .expect("permits timed");
    assert!(permits.name.en.contains("the utility obtains them"));
    let works = a
        .timeline
        .iter()
        .find(|t| &*t.id == "external_works")
        .unwrap();
    assert_eq!(
        works.start,
        permits.end.unwrap(),
        "the works start when the permits are in"
    );
    assert_eq!(a.latest_with_works, works.end);
}

#[test]
fn a_voltage_no_rule_infers_is_shown_both_ways() {
    // Yangjiang in July 2020: no LV range of its own (三、(四) bounds zero cost) and none national yet.
    let a = run(json!({"jurisdiction":"yangjiang","capacity":"50kVA","start":"2020-07-01"}));
    assert_eq!(a.voltage, Voltage::Kv10);
    assert!(a.voltage_inferred);
    assert!(a
        .variations
        .iter()
        .any(|v| v.field == dianli::Field::Voltage && v.value == "lv" && v.voltage == Voltage::Lv));
}

#[test]
fn civil_code_article_201_is_cited_only_for_applications_after_it_took_effect() {
    // 民法典 in force from 2021-01-01: a Saturday in 2026 cites art. 201, one in 2020 does not.
    let cites = |start: &str| {
        let a = run(
            json!({"jurisdiction":"yangjiang","capacity":"50kVA","voltage":"lv","start":start}),
        );
        let w = warning(&a, "start_not_working_day");
        w.citations
            .iter()
            .map(|c| c.quote.to_string())
            .collect::<Vec<_>>()
    };
    assert!(cites("2026-06-06")
        .iter()
        .any(|q| q.contains("开始的当日不计入")));
    assert!(cites("2020-07-04").is_empty());
}

#[test]
fn a_cost_tied_to_zero_investment_comes_from_the_level_whose_rule_decided() {
    // Yangjiang decides (三、(四)): the grid-side part cites Yangjiang's plan, not the national opinion.
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","customer":"small_micro","capacity":"50kVA","voltage":"lv","temporary":"no","start":"2026-06-01"}),
    );
    assert!(a.zero_investment.applies);
    let grid = a
        .costs
        .parts
        .iter()
        .find(|p| &*p.id == "grid_side")
        .unwrap();
    assert_eq!(&*grid.citation.source, "yj2020");
}
