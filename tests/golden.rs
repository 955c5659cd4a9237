//! Golden cases, one per clause, named after what the policy says.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{has_warning, run, warning};
use dianli::assessment::{Assessment, TimelineKind, Verdict, WarningKind};
use dianli::policy::Payer;
use serde_json::json;

fn date(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

fn zi(a: &Assessment) -> bool {
    a.zero_investment.applies
}

// ---------- Yangjiang (seed 000) ----------

#[test]
fn yangjiang_lv_is_two_stages_two_documents_three_working_days() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","customer":"small_micro","capacity":"50kVA","voltage":"lv","external_works":"no","kind":"new","temporary":"no","start":"2026-06-01"}),
    );
    assert_eq!(a.stages.len(), 2);
    assert_eq!(a.stages[0].name.zh_hans.as_str(), "用电申请及签约");
    assert_eq!(a.documents.len(), 2);
    assert_eq!(a.time_limit_working_days, Some(3));
    assert_eq!(a.completion_date, date("2026-06-04"));
    assert!(zi(&a));
}

#[test]
fn yangjiang_urban_160kva_is_zero_investment_cap_inclusive() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"160kVA","voltage":"lv","temporary":"no","start":"2026-06-01"}),
    );
    assert!(zi(&a));
    assert_eq!(a.zero_investment.cap.as_ref().unwrap().value, 160);
    assert!(a
        .zero_investment
        .citation
        .as_ref()
        .unwrap()
        .quote
        .contains("160千伏安及以下"));
}

#[test]
fn yangjiang_urban_161kva_is_not_zero_investment_with_near_miss() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"161kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(!zi(&a));
    assert_eq!(a.zero_investment.status, Verdict::No);
    assert!(a
        .zero_investment
        .near_miss
        .as_ref()
        .unwrap()
        .en
        .starts_with("1 kVA above the cap"));
}

#[test]
fn yangjiang_rural_100kva_is_zero_investment() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"rural","capacity":"100kVA","voltage":"lv","temporary":"no","start":"2026-06-01"}),
    );
    assert!(zi(&a));
}

#[test]
fn yangjiang_rural_108kva_is_8kva_above_the_rural_cap() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"rural","capacity":"108kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(!zi(&a));
    let near = a.zero_investment.near_miss.as_ref().unwrap();
    assert!(near.en.contains("8 kVA above the cap"), "{}", near.en);
    assert!(
        near.en
            .contains("at 100 kVA the grid-side works would cost you nothing"),
        "{}",
        near.en
    );
}

#[test]
fn yangjiang_temporary_supply_is_not_zero_investment() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"50kVA","voltage":"lv","temporary":"yes","start":"2026-06-01"}),
    );
    assert!(!zi(&a));
    assert_eq!(
        a.zero_investment.rule.as_deref(),
        Some("yangjiang-temporary-excluded")
    );
    // The temporary connection fee is abolished nationally.
    assert!(a
        .costs
        .fees
        .iter()
        .any(|f| f.id.as_ref() == "temporary_connection_fee" && f.must_not_be_charged));
}

#[test]
fn yangjiang_rural_90kw_is_100kva_at_power_factor_0_9_and_depends_on_conversion() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"rural","capacity":"90kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&a));
    let c = a.zero_investment.conversion.as_ref().unwrap();
    assert_eq!(c.converted, "100 kVA");
    assert!(c.depends_on_conversion);
    assert_eq!(c.break_even_power_factor.as_deref(), Some("0.9"));
}

#[test]
fn yangjiang_10kv_single_supply_is_three_stages_13_working_days() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"800kVA","voltage":"10kv","supply":"single","external_works":"no","start":"2026-06-01"}),
    );
    assert_eq!(a.stages.len(), 3);
    assert_eq!(a.time_limit_working_days, Some(13));
    assert!(!zi(&a));
    assert!(a
        .costs
        .parts
        .iter()
        .any(|p| p.id.as_ref() == "hv_to_red_line" && p.payer == Payer::Utility));
}

#[test]
fn yangjiang_10kv_dual_supply_is_20_working_days() {
    let a = run(
        json!({"jurisdiction":"yangjiang","capacity":"2000kVA","voltage":"10kv","supply":"dual","start":"2026-06-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(20));
}

#[test]
fn yangjiang_lv_external_works_take_up_to_7_working_days_outside_the_3_day_limit() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"50kVA","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(3));
    let works = a
        .timeline
        .iter()
        .find(|t| t.id.as_ref() == "lv_external_works")
        .unwrap();
    assert_eq!(works.kind, TimelineKind::Construction);
    assert_eq!(works.days, Some(7));
    assert!(!works.counts_toward_total);
    // 06-04 + 7 working days = 06-15.
    assert_eq!(a.latest_with_works, date("2026-06-15"));
}

#[test]
fn yangjiang_lv_external_works_are_filed_not_approved() {
    let a = run(
        json!({"jurisdiction":"yangjiang","capacity":"50kVA","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.approvals.needed, Verdict::No);
    assert!(a.approvals.exempt.is_some());
}

#[test]
fn yangjiang_mv_external_works_average_40_calendar_days() {
    let a = run(
        json!({"jurisdiction":"yangjiang","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    let works = a
        .timeline
        .iter()
        .find(|t| t.id.as_ref() == "mv_external_works")
        .unwrap();
    assert_eq!(works.days, Some(40));
    assert_eq!(works.days_kind, Some(dianli::policy::DaysKind::Calendar));
    assert!(works.average);
}

#[test]
fn yangjiang_hv_approvals_run_in_parallel_within_5_working_days() {
    let a = run(
        json!({"jurisdiction":"yangjiang","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.approvals.needed, Verdict::Yes);
    assert!(a.approvals.parallel);
    assert_eq!(a.approvals.total_working_days, Some(5));
    assert_eq!(a.approvals.items.len(), 5);
}

// ---------- Shandong (seed 001) ----------

#[test]
fn shandong_urban_small_micro_200kva_infers_10kv_above_the_160kva_lv_cap() {
    let a = run(
        json!({"jurisdiction":"shandong","area":"urban","customer":"small_micro","capacity":"200kVA","start":"2026-06-01"}),
    );
    assert_eq!(a.voltage, dianli::model::Voltage::Kv10);
    assert!(a.voltage_inferred);
    assert!(!zi(&a));
    assert!(has_warning(&a, "voltage_inferred"));
}

#[test]
fn shandong_urban_small_micro_160kva_is_zero_investment() {
    let a = run(
        json!({"jurisdiction":"shandong","area":"urban","customer":"small_micro","capacity":"160kVA","start":"2026-06-01"}),
    );
    assert_eq!(a.voltage, dianli::model::Voltage::Lv);
    assert!(zi(&a));
}

#[test]
fn shandong_rural_small_micro_100kva_is_zero_investment_101_is_not() {
    let yes = run(
        json!({"jurisdiction":"shandong","area":"rural","customer":"small_micro","capacity":"100kVA","voltage":"lv","start":"2026-06-01"}),
    );
    let no = run(
        json!({"jurisdiction":"shandong","area":"rural","customer":"small_micro","capacity":"101kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&yes));
    assert!(!zi(&no));
}

#[test]
fn shandong_lv_average_7_and_10kv_average_40_read_as_working_days() {
    let lv = run(
        json!({"jurisdiction":"shandong","customer":"small_micro","capacity":"100kVA","voltage":"lv","start":"2026-06-01"}),
    );
    let hv = run(
        json!({"jurisdiction":"shandong","customer":"business","capacity":"1000kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert_eq!(lv.time_limit_working_days, Some(7));
    assert_eq!(hv.time_limit_working_days, Some(40));
    assert!(has_warning(&lv, "average_target"));
    assert!(lv
        .warnings
        .iter()
        .any(|w| w.code == "shandong-days-reading" && w.kind == WarningKind::Interpretation));
}

#[test]
fn shandong_approvals_all_in_parallel_within_5_days() {
    let a = run(
        json!({"jurisdiction":"shandong","customer":"business","capacity":"1000kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.approvals.total_working_days, Some(5));
    assert!(a.approvals.parallel);
}

#[test]
fn shandong_park_project_grid_company_is_allowed_not_required_to_invest_to_the_red_line() {
    let a = run(
        json!({"jurisdiction":"shandong","customer":"park_project","capacity":"2000kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    // 「允許電網企業將投資界面延伸至規劃紅線」 is a permission, not a cost the utility must bear.
    assert!(!a
        .costs
        .parts
        .iter()
        .any(|p| p.id.as_ref() == "park_to_red_line"));
    let w = warning(&a, "shandong-park-red-line");
    assert!(w.text.zh_hans.contains("允许"));
    assert!(w.citations[0]
        .quote
        .contains("允許電網企業將投資界面延伸至規劃紅線"));
}

#[test]
fn shandong_residents_inherit_the_national_160kw_zero_investment() {
    let a = run(
        json!({"jurisdiction":"shandong","area":"urban","customer":"resident","capacity":"20kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&a));
    assert_eq!(
        a.zero_investment.rule.as_deref(),
        Some("national-2020-lv-160kw")
    );
    assert_eq!(a.stages.len(), 2, "national: 2 stages for 三零 customers");
}

// ---------- Wanzhou (seed 002) ----------

#[test]
fn wanzhou_small_micro_160kw_is_zero_investment_in_kw() {
    let a = run(
        json!({"jurisdiction":"wanzhou","customer":"small_micro","capacity":"160kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&a));
    assert_eq!(
        a.zero_investment.cap.as_ref().unwrap().unit,
        dianli::capacity::Unit::Kw
    );
    assert!(a.zero_investment.conversion.is_none());
}

#[test]
fn wanzhou_small_micro_above_160kw_is_zero_investment_at_lv_only() {
    // 一、(四): 160 kW for small/micro and residents, and 「低压非居民用户…“零投资”」 with no cap.
    let lv = run(
        json!({"jurisdiction":"wanzhou","customer":"small_micro","capacity":"161kW","voltage":"lv","start":"2026-06-01"}),
    );
    let hv = run(
        json!({"jurisdiction":"wanzhou","customer":"small_micro","capacity":"161kW","voltage":"10kv","start":"2026-06-01"}),
    );
    assert!(zi(&lv));
    assert_eq!(
        lv.zero_investment.rule.as_deref(),
        Some("wanzhou-residents-and-lv-non-residents")
    );
    assert!(!zi(&hv));
}

#[test]
fn wanzhou_kva_answers_are_converted_to_kw_for_the_160kw_cap_177kva_yes_178kva_no() {
    // The kW cap binds where no uncapped rule covers the case: a 10 kV small/micro enterprise.
    let yes = run(
        json!({"jurisdiction":"wanzhou","customer":"small_micro","capacity":"177kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    let no = run(
        json!({"jurisdiction":"wanzhou","customer":"small_micro","capacity":"178kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert!(zi(&yes));
    assert!(!zi(&no));
    assert_eq!(
        no.zero_investment.conversion.as_ref().unwrap().converted,
        "160.2 kW"
    );
}

#[test]
fn wanzhou_lv_two_stages_with_id_and_property_documents() {
    let a = run(
        json!({"jurisdiction":"wanzhou","customer":"business","capacity":"50kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(a.stages.len(), 2);
    assert_eq!(a.documents.len(), 2);
}

#[test]
fn wanzhou_hv_adds_project_approval_and_names_documents_per_step_without_a_stage_count() {
    let a = run(
        json!({"jurisdiction":"wanzhou","area":"urban","customer":"business","capacity":"1000kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert_eq!(a.documents.len(), 3);
    // 附件1 (the HV stages) is not in the text: no stage count is presented as the plan's.
    assert!(a.stages.is_empty());
    assert!(has_warning(&a, "no_stages"));
    let ids: Vec<&str> = a.commitments.iter().map(|c| &*c.id).collect();
    for id in [
        "wanzhou-hv-design-review-documents",
        "wanzhou-hv-mid-check-documents",
        "wanzhou-hv-completion-documents",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
}

#[test]
fn wanzhou_lv_small_micro_7_working_days_10kv_urban_average_28() {
    let lv = run(
        json!({"jurisdiction":"wanzhou","customer":"small_micro","capacity":"50kW","voltage":"lv","start":"2026-06-01"}),
    );
    let hv = run(
        json!({"jurisdiction":"wanzhou","area":"urban","customer":"business","capacity":"1000kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    assert_eq!(lv.time_limit_working_days, Some(7));
    assert_eq!(hv.time_limit_working_days, Some(28));
    assert!(hv.time_limit.as_ref().unwrap().average);
}

#[test]
fn wanzhou_urban_user_pays_nothing_outside_the_building_red_line() {
    let a = run(
        json!({"jurisdiction":"wanzhou","area":"urban","customer":"business","capacity":"1000kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    let p = a
        .costs
        .parts
        .iter()
        .find(|p| p.id.as_ref() == "outside_red_line")
        .unwrap();
    assert_eq!(p.payer, Payer::Utility);
    assert_eq!(
        p.citation.source.as_ref(),
        "wz2021",
        "the district's own clause overrides the national secondary source"
    );
}

// ---------- Liuzhou (seed 003) ----------

#[test]
fn liuzhou_10kv_dual_supply_16_plus_8_working_days_across_dragon_boat() {
    let a = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"business","capacity":"2000kVA","voltage":"10kv","supply":"dual","kind":"new","start":"2026-06-10"}),
    );
    assert_eq!(a.stages.len(), 3);
    assert_eq!(a.documents.len(), 3);
    assert_eq!(a.time_limit_working_days, Some(24));
    assert_eq!(a.completion_date, date("2026-07-15"));
    let limits: Vec<Option<u32>> = a.stages.iter().map(|s| s.max_working_days).collect();
    assert_eq!(limits, [Some(0), Some(16), Some(8)]);
    assert_eq!(a.stages.last().unwrap().end, a.completion_date);
    assert!(!zi(&a));
}

#[test]
fn liuzhou_10kv_single_supply_6_plus_6_is_12_with_regional_12_and_8() {
    let a = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","supply":"single","start":"2026-06-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(12));
    assert_eq!(a.stages[1].max_working_days, Some(6));
    assert_eq!(a.stages[1].regional_max_days, Some(12));
    assert_eq!(a.stages[2].regional_max_days, Some(8));
}

#[test]
fn liuzhou_35kv_is_timed_like_dual_supply_24() {
    let a = run(
        json!({"jurisdiction":"liuzhou","capacity":"8000kVA","voltage":"35kv","supply":"single","start":"2026-06-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(24));
}

#[test]
fn liuzhou_resident_1_working_day_without_external_works_2_with() {
    let without = run(
        json!({"jurisdiction":"liuzhou","customer":"resident","capacity":"8kW","voltage":"lv","external_works":"no","start":"2026-06-01"}),
    );
    let with = run(
        json!({"jurisdiction":"liuzhou","customer":"resident","capacity":"8kW","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(without.time_limit_working_days, Some(1));
    assert_eq!(with.time_limit_working_days, Some(2));
    assert_eq!(with.stages[1].regional_max_days, Some(3));
}

#[test]
fn liuzhou_general_lv_4_with_external_works_the_5_day_goal_is_read_with_the_stricter_measures() {
    let a = run(
        json!({"jurisdiction":"liuzhou","customer":"small_micro","capacity":"100kVA","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(4));
    let w = warning(&a, "liuzhou-lv-5-vs-4");
    assert_eq!(w.kind, WarningKind::Interpretation);
    assert_eq!(w.citations.len(), 2);
    assert!(w.citations[0].quote.contains("5个工作日"));
    assert!(w.citations[1].quote.contains("4个工作日"));
}

#[test]
fn liuzhou_general_lv_2_without_external_works() {
    let a = run(
        json!({"jurisdiction":"liuzhou","customer":"business","capacity":"100kVA","voltage":"lv","external_works":"no","start":"2026-06-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(2));
    assert_eq!(a.completion_date, date("2026-06-03"));
}

#[test]
fn liuzhou_unknown_external_works_shows_both_cases() {
    let a = run(
        json!({"jurisdiction":"liuzhou","customer":"business","capacity":"100kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(4));
    let v = a
        .variations
        .iter()
        .find(|v| v.field == dianli::Field::ExternalWorks)
        .unwrap();
    assert_eq!(v.time_limit_working_days, Some(2));
}

#[test]
fn liuzhou_capacity_increase_needs_identity_only() {
    let a = run(
        json!({"jurisdiction":"liuzhou","customer":"business","capacity":"100kVA","voltage":"lv","kind":"increase","start":"2026-06-01"}),
    );
    assert_eq!(a.documents.len(), 1);
    assert_eq!(a.documents[0].id.as_ref(), "identity");
}

#[test]
fn liuzhou_identity_alternatives_follow_the_applicant_type() {
    let person = run(
        json!({"jurisdiction":"liuzhou","customer":"resident","applicant":"individual","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    let company = run(
        json!({"jurisdiction":"liuzhou","customer":"business","applicant":"company","capacity":"80kW","voltage":"lv","start":"2026-06-01"}),
    );
    let gov = run(
        json!({"jurisdiction":"liuzhou","customer":"business","applicant":"government","capacity":"80kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(person.documents[0].alternatives.len(), 5);
    assert_eq!(company.documents[0].alternatives.len(), 3);
    assert_eq!(gov.documents[0].alternatives.len(), 4);
}

#[test]
fn liuzhou_self_built_home_may_use_a_commitment_letter_at_low_voltage_only() {
    let lv = run(
        json!({"jurisdiction":"liuzhou","customer":"resident","capacity":"8kW","voltage":"lv","start":"2026-06-01"}),
    );
    let hv = run(
        json!({"jurisdiction":"liuzhou","customer":"business","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    let has_letter = |a: &Assessment| {
        a.documents[1]
            .alternatives
            .iter()
            .any(|x| x.name.zh_hans.contains("承诺书"))
    };
    assert!(has_letter(&lv));
    assert!(!has_letter(&hv));
}

#[test]
fn liuzhou_proxy_needs_a_power_of_attorney_for_hv() {
    let unknown = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","start":"2026-06-01"}),
    );
    let no = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","proxy":"no","start":"2026-06-01"}),
    );
    assert!(unknown
        .conditional_documents
        .iter()
        .any(|d| d.id.as_ref() == "power_of_attorney"));
    assert!(!no
        .conditional_documents
        .iter()
        .any(|d| d.id.as_ref() == "power_of_attorney"));
    assert_eq!(
        unknown.documents.len(),
        3,
        "conditional documents are not counted"
    );
}

#[test]
fn liuzhou_urban_small_micro_up_to_160kva_is_supplied_at_lv_and_free_meter_installation_has_no_cap()
{
    let yes = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"small_micro","capacity":"160kVA","start":"2026-06-01"}),
    );
    let above = run(
        json!({"jurisdiction":"liuzhou","area":"urban","customer":"small_micro","capacity":"161kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(yes.voltage, dianli::model::Voltage::Lv);
    assert!(zi(&yes));
    assert!(zi(&above), "全类别低压用电免费装表到户 has no cap");
    assert_eq!(
        above.zero_investment.rule.as_deref(),
        Some("liuzhou-lv-free-meter-to-premises")
    );
    assert!(yes.costs.parts.iter().any(|p| p.id.as_ref() == "grid_side"
        && p.payer == Payer::Utility
        && p.citation.quote.contains("全类别低压用电免费装表到户")));
}

#[test]
fn liuzhou_rural_small_micro_gets_free_meter_installation_like_every_lv_customer() {
    let a = run(
        json!({"jurisdiction":"liuzhou","area":"rural","customer":"small_micro","capacity":"50kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&a));
    assert_eq!(
        a.zero_investment.rule.as_deref(),
        Some("liuzhou-lv-free-meter-to-premises")
    );
}

#[test]
fn liuzhou_planning_and_excavation_permits_within_7_working_days() {
    let a = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(a.approvals.total_working_days, Some(7));
    assert_eq!(a.approvals.items.len(), 2);
}

// ---------- District X (seed 004) ----------

#[test]
fn district_x_lv_business_with_external_works_three_stages_four_days_makeup_saturday_counts() {
    let a = run(
        json!({"jurisdiction":"district-x","area":"urban","customer":"business","capacity":"30kVA","voltage":"lv","external_works":"yes","kind":"new","start":"2026-04-30"}),
    );
    assert_eq!(a.stages.len(), 3);
    assert_eq!(a.time_limit_working_days, Some(4));
    assert_eq!(a.completion_date, date("2026-05-09"));
}

#[test]
fn district_x_lv_without_external_works_is_two_stages() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"30kVA","voltage":"lv","external_works":"no","start":"2026-06-01"}),
    );
    assert_eq!(a.stages.len(), 2);
    assert_eq!(a.approvals.needed, Verdict::No);
}

#[test]
fn district_x_10kv_is_four_stages_with_external_works_three_without_within_20_days() {
    let with = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    let without = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"800kVA","voltage":"10kv","external_works":"no","start":"2026-06-01"}),
    );
    assert_eq!(with.stages.len(), 4);
    assert_eq!(without.stages.len(), 3);
    assert_eq!(with.time_limit_working_days, Some(20));
    // 四、(二)2: the 7-day reply holds only for projects joined early at the service centre.
    assert_eq!(with.stages[1].max_working_days, None);
    assert!(has_warning(&with, "district-x-early-plan-reply-10kv"));
    // 四、(二)4: 2 working days counted from the works' acceptance, given with the stage.
    let connection = with.stages.last().unwrap();
    assert_eq!(connection.max_working_days, None);
    assert!(connection
        .citation
        .quote
        .contains("供電企業2個工作日完成裝表接電"));
}

#[test]
fn district_x_external_works_within_30_working_days_after_permits_on_their_own_clock() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    let works = a
        .stages
        .iter()
        .find(|s| s.id.as_ref() == "external_works")
        .unwrap();
    assert_eq!(works.max_working_days, Some(30));
    assert!(!works.counts_toward_total);
    let tl_works = a
        .timeline
        .iter()
        .find(|t| t.id.as_ref() == "external_works")
        .unwrap();
    let tl_permits = a
        .timeline
        .iter()
        .find(|t| t.id.as_ref() == "approvals")
        .unwrap();
    assert_eq!(
        tl_works.start,
        tl_permits.end.unwrap(),
        "works start once the permits are granted"
    );
    assert!(a.latest_with_works.unwrap() > a.completion_date.unwrap());
}

#[test]
fn district_x_planning_permit_first_then_the_others_in_parallel() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}),
    );
    let planning = a
        .approvals
        .items
        .iter()
        .find(|x| x.id.as_ref() == "planning")
        .unwrap();
    assert_eq!(
        (
            planning.step,
            planning.max_working_days,
            planning.complex_max_working_days
        ),
        (1, Some(5), Some(10))
    );
    assert!(a
        .approvals
        .items
        .iter()
        .filter(|x| x.id.as_ref() != "planning")
        .all(|x| x.step == 2));
    // 5 (planning) + 7 (road occupation: 5 + 2), the road-crossing assessment has no limit.
    assert_eq!(a.approvals.total_working_days, Some(12));
    assert!(a.approvals.total_is_minimum);
}

#[test]
fn district_x_lv_non_resident_needs_no_planning_permit() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"30kW","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert!(!a
        .approvals
        .items
        .iter()
        .any(|x| x.id.as_ref() == "planning"));
    assert_eq!(a.approvals.total_working_days, Some(7));
    assert!(a
        .approvals
        .citation
        .as_ref()
        .unwrap()
        .quote
        .contains("不再辦理規劃許可"));
}

#[test]
fn district_x_live_line_and_bay_occupation_fees_are_abolished() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"30kVA","voltage":"lv","start":"2026-06-01"}),
    );
    for id in ["live_line_connection_fee", "bay_occupation_fee"] {
        let fee = a.costs.fees.iter().find(|f| &*f.id == id).unwrap();
        assert!(fee.must_not_be_charged);
        assert_eq!(fee.citation.source.as_ref(), "dx");
    }
}

#[test]
fn district_x_small_micro_three_zeros_set_no_cap_and_the_national_160kw_is_shown_beside() {
    let yes = run(
        json!({"jurisdiction":"district-x","customer":"small_micro","capacity":"160kW","voltage":"lv","start":"2026-06-01"}),
    );
    let above = run(
        json!({"jurisdiction":"district-x","customer":"small_micro","capacity":"161kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&yes));
    assert!(zi(&above), "三、1 states no cap");
    assert!(above.zero_investment.cap.is_none());
    assert!(above.zero_investment.cap_citation.is_none());
    assert!(!above.zero_investment.national.as_ref().unwrap().applies);
    assert!(yes.zero_investment.national.as_ref().unwrap().applies);
    assert!(yes
        .costs
        .parts
        .iter()
        .any(|p| p.id.as_ref() == "grid_side" && p.citation.source.as_ref() == "dx"));
}

#[test]
fn district_x_small_micro_connection_same_day_after_works_and_no_plan_reply_limit_on_acceptance() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"small_micro","capacity":"30kW","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    let connection = a.stages.last().unwrap();
    assert!(connection.citation.quote.contains("當日送電"));
    assert!(connection
        .note
        .as_ref()
        .unwrap()
        .zh_hans
        .contains("当日送电"));
    assert_eq!(
        a.stages[0].max_working_days, None,
        "the 2-day supply plan reply is for projects joined early, and not an acceptance limit"
    );
}

#[test]
fn district_x_35kv_is_outside_the_plan() {
    let a = run(
        json!({"jurisdiction":"district-x","customer":"business","capacity":"20000kVA","voltage":"35kv","start":"2026-06-01"}),
    );
    assert!(has_warning(&a, "district-x-scope"));
    assert!(a.stages.is_empty());
    assert!(has_warning(&a, "no_stages"));
}

// ---------- National baseline ----------

#[test]
fn national_lv_small_micro_160kw_is_zero_investment_161kw_is_not() {
    let yes = run(
        json!({"jurisdiction":"national","customer":"small_micro","capacity":"160kW","voltage":"lv","start":"2026-06-01"}),
    );
    let no = run(
        json!({"jurisdiction":"national","customer":"small_micro","capacity":"161kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&yes));
    assert!(!zi(&no));
    assert_eq!(yes.stages.len(), 2);
}

#[test]
fn national_2025_opinion_lv_5_working_days_without_external_works_15_with() {
    let without = run(
        json!({"jurisdiction":"national","customer":"small_micro","capacity":"60kW","voltage":"lv","external_works":"no","start":"2026-06-01"}),
    );
    let with = run(
        json!({"jurisdiction":"national","customer":"small_micro","capacity":"60kW","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    assert_eq!(without.time_limit_working_days, Some(5));
    assert_eq!(with.time_limit_working_days, Some(15));
    assert!(with.time_limit.as_ref().unwrap().citation.secondary);
}

#[test]
fn national_before_june_2025_small_micro_15_working_days() {
    let a = run(
        json!({"jurisdiction":"national","customer":"small_micro","capacity":"60kW","voltage":"lv","external_works":"no","start":"2024-03-01"}),
    );
    assert_eq!(a.time_limit_working_days, Some(15));
}

#[test]
fn national_2025_private_businesses_lv_160kw_with_condition_and_secondary_label() {
    let a = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"100kW","voltage":"lv","start":"2026-06-01"}),
    );
    assert!(zi(&a));
    assert!(a.zero_investment.condition.is_some());
    assert!(has_warning(&a, "secondary_source"));
    let before = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"100kW","voltage":"lv","start":"2025-01-02"}),
    );
    assert!(!zi(&before));
}

#[test]
fn national_dual_supply_high_reliability_fee_may_apply() {
    let a = run(
        json!({"jurisdiction":"national","customer":"business","capacity":"2000kVA","voltage":"10kv","supply":"dual","start":"2026-06-01"}),
    );
    let fee = a
        .costs
        .fees
        .iter()
        .find(|f| f.id.as_ref() == "high_reliability_fee")
        .unwrap();
    assert!(!fee.must_not_be_charged);
}

// ---------- Answers, calendar, dependence ----------

#[test]
fn full_width_capacity_is_accepted() {
    let a = run(
        json!({"jurisdiction":"yangjiang","area":"urban","capacity":"１２０ｋＶＡ","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(a.capacity.value, "120");
    assert!(zi(&a));
}

#[test]
fn years_without_a_holiday_schedule_are_flagged() {
    let a = run(
        json!({"jurisdiction":"liuzhou","capacity":"800kVA","voltage":"10kv","start":"2026-12-20"}),
    );
    assert!(
        has_warning(&a, "holidays_unknown"),
        "the limit runs into 2027"
    );
}

#[test]
fn unknown_customer_makes_zero_investment_depend_on_it() {
    let a = run(
        json!({"jurisdiction":"shandong","area":"urban","capacity":"100kVA","voltage":"lv","start":"2026-06-01"}),
    );
    // small/micro: yes (provincial); resident: yes (national); other business: yes only as private (national 2025).
    assert_eq!(a.zero_investment.status, Verdict::Yes);
    let b = run(
        json!({"jurisdiction":"yangjiang","capacity":"120kVA","voltage":"lv","start":"2026-06-01"}),
    );
    assert_eq!(
        b.zero_investment.status,
        Verdict::Depends,
        "urban yes, rural no"
    );
    assert!(!b.zero_investment.applies);
}

#[test]
fn every_figure_carries_a_citation_with_a_quote() {
    let a = run(
        json!({"jurisdiction":"liuzhou","customer":"small_micro","capacity":"100kVA","voltage":"lv","external_works":"yes","start":"2026-06-01"}),
    );
    for s in &a.stages {
        assert!(!s.citation.quote.is_empty());
        assert!(
            s.max_working_days.is_none()
                || s.limit_citation
                    .as_ref()
                    .is_some_and(|c| !c.quote.is_empty())
        );
    }
    for d in a.documents.iter().chain(&a.conditional_documents) {
        assert!(!d.citation.quote.is_empty());
    }
    assert!(!a.time_limit.as_ref().unwrap().citation.quote.is_empty());
    assert!(a.zero_investment.citation.is_some());
}

// ---------- Effective dates (every source's `effective`) ----------

#[test]
fn yangjiang_plan_of_19_june_2020_is_not_in_force_for_an_application_in_may_2020() {
    let a = run(json!({"jurisdiction": "yangjiang", "capacity": "50kVA", "start": "2020-05-20"}));
    let w = warning(&a, "not_yet_in_force:yj2020");
    assert_eq!(w.kind, WarningKind::Caution);
    assert!(w
        .text
        .zh_hans
        .contains("《阳江市2020年进一步优化电力营商环境实施方案》"));
    assert!(w
        .text
        .zh_hant
        .contains("《陽江市2020年進一步優化電力營商環境實施方案》"));
    assert!(w.text.en.contains("“Yangjiang 2020 implementation plan"));
    let later =
        run(json!({"jurisdiction": "yangjiang", "capacity": "50kVA", "start": "2020-06-19"}));
    assert!(!has_warning(&later, "not_yet_in_force:yj2020"));
}

#[test]
fn national_2025_opinion_applies_from_its_issue_date_3_june_2025() {
    let app = |start: &str| {
        run(
            json!({"jurisdiction": "national", "customer": "business", "capacity": "100kW", "voltage": "lv", "external_works": "no", "start": start}),
        )
    };
    let before = app("2025-06-02");
    let on = app("2025-06-03");
    assert!(!zi(&before));
    assert_eq!(before.time_limit_working_days, None);
    assert!(zi(&on));
    assert_eq!(
        on.zero_investment.rule.as_deref(),
        Some("national-2025-private-lv-160kw")
    );
    assert_eq!(on.time_limit_working_days, Some(5));
}

#[test]
fn inherited_sources_do_not_warn_about_effective_dates_in_a_local_result() {
    // The Civil Code (cited for counting periods) took effect on 2021-01-01:
    // a national result says so; Yangjiang's result checks only its own plan.
    let national =
        run(json!({"jurisdiction": "national", "capacity": "50kVA", "start": "2020-07-01"}));
    assert!(has_warning(&national, "not_yet_in_force:civil-code"));
    let a = run(json!({"jurisdiction": "yangjiang", "capacity": "50kVA", "start": "2020-07-01"}));
    assert!(!has_warning(&a, "not_yet_in_force:civil-code"));
}
