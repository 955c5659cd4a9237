//! What the engine answers. Everything the results page shows comes from here.

use crate::calendar::CalendarEvent;
use crate::capacity::Unit;
pub use crate::citation::Citation;
use crate::model::{Area, Field, Utility, Voltage};
use crate::policy::{DaysKind, Payer, TimeUnit};
use crate::text::{Str, Text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapacityView {
    pub input: String,
    /// In the unit given, e.g. "160".
    pub value: String,
    pub unit: Unit,
    pub unit_given: bool,
    pub kva: String,
    pub kw: String,
    pub power_factor: String,
}

/// An answer the engine filled in because it was not given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumption {
    pub field: Field,
    pub value: String,
    pub text: Text,
    pub citation: Option<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlternativeView {
    pub name: Text,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentView {
    pub id: Str,
    pub name: Text,
    /// Any one of these is accepted.
    pub alternatives: Vec<AlternativeView>,
    /// Needed only in this situation.
    pub only_if: Option<Text>,
    pub note: Option<Text>,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageView {
    pub id: Str,
    pub name: Text,
    /// The stage's own limit in working days, where the policy sets one.
    pub max_working_days: Option<u32>,
    /// The stage's own limit in calendar days, where the policy sets one.
    pub max_calendar_days: Option<u32>,
    pub days_kind: Option<DaysKind>,
    pub average: bool,
    /// The regional (provincial) limit for comparison.
    pub regional_max_days: Option<u32>,
    pub start: NaiveDate,
    /// Latest end under the policy; `None` when the policy gives no limit that reaches it.
    pub end: Option<NaiveDate>,
    /// The end comes from the total limit shared by stages without their own.
    pub shared_limit: bool,
    /// False when the policy times this stage on its own clock.
    pub counts_toward_total: bool,
    pub documents: Vec<DocumentView>,
    pub note: Option<Text>,
    pub limit_note: Option<Text>,
    pub citation: Citation,
    pub limit_citation: Option<Citation>,
    pub regional_citation: Option<Citation>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    Stage,
    Approval,
    Construction,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineItem {
    pub id: Str,
    pub kind: TimelineKind,
    pub name: Text,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub days: Option<u32>,
    pub days_kind: Option<DaysKind>,
    pub average: bool,
    /// Whether the policy's total time limit includes this period.
    pub counts_toward_total: bool,
    /// Public holidays and make-up working days inside the period.
    pub calendar_events: Vec<CalendarEvent>,
    pub note: Option<Text>,
    pub citation: Option<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeLimitView {
    pub days: u32,
    pub days_kind: DaysKind,
    pub average: bool,
    pub scope: Text,
    pub note: Option<Text>,
    pub citation: Citation,
    /// The national limit in force on the application date, read beside the place's own.
    pub national: Option<NationalLimitView>,
}

/// A national time limit read beside a place's own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NationalLimitView {
    pub days: u32,
    pub days_kind: DaysKind,
    pub average: bool,
    pub scope: Text,
    /// The date the rule applies from.
    pub since: Option<NaiveDate>,
    /// `start` plus the national limit.
    pub completion_date: NaiveDate,
    /// Shorter than the place's own limit.
    pub stricter: bool,
    pub citation: Citation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Yes,
    No,
    /// The answer turns on an unanswered question.
    Depends,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapView {
    pub value: u64,
    pub unit: Unit,
    pub area: Option<Area>,
    pub inclusive: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    /// The capacity as given.
    pub given: String,
    /// The capacity in the rule's unit.
    pub converted: String,
    pub power_factor: String,
    /// True when another plausible power factor (0.5–1.0) would change the verdict.
    pub depends_on_conversion: bool,
    /// The power factor at which the verdict changes, if within 0.5–1.0.
    pub break_even_power_factor: Option<String>,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioVerdict {
    pub field: Field,
    pub value: String,
    pub applies: bool,
}

/// The national zero-investment rules in force, read beside a place's own rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NationalZeroView {
    pub applies: bool,
    pub rule: Option<Str>,
    pub cap: Option<CapView>,
    pub reason: Text,
    /// The date the rule applies from.
    pub since: Option<NaiveDate>,
    /// A condition the answers cannot settle.
    pub condition: Option<Text>,
    pub conversion: Option<Conversion>,
    /// What the rule's source adds (e.g. a target date).
    pub note: Option<Text>,
    pub citation: Option<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ZeroInvestmentView {
    /// The verdict in a few words; both verdicts when the national rule is more favourable.
    pub headline: Text,
    pub applies: bool,
    pub status: Verdict,
    pub rule: Option<Str>,
    pub cap: Option<CapView>,
    /// One sentence: why.
    pub reason: Text,
    /// The reason without the verdict it starts with, for under a heading that gives it.
    pub detail: Text,
    /// What the utility pays for when it applies.
    pub covers: Option<Text>,
    /// A condition the answers cannot settle.
    pub condition: Option<Text>,
    pub conversion: Option<Conversion>,
    pub near_miss: Option<Text>,
    pub depends_on: Vec<ScenarioVerdict>,
    pub note: Option<Text>,
    pub citation: Option<Citation>,
    pub cap_citation: Option<Citation>,
    /// Why a cap includes its own figure (以下 includes the number).
    pub bound_citation: Option<Citation>,
    /// The national rules in force, whenever the place has its own rule for the case.
    pub national: Option<NationalZeroView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostPartView {
    pub id: Str,
    pub part: Text,
    pub payer: Payer,
    pub note: Option<Text>,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeeView {
    pub id: Str,
    pub fee: Text,
    pub must_not_be_charged: bool,
    pub figure: Option<Text>,
    pub note: Option<Text>,
    pub citation: Citation,
}

/// One priced part of the works, in yuan ("1,500.00").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceLineView {
    pub id: Str,
    pub name: Text,
    pub per: crate::policy::Per,
    pub unit_min_yuan: String,
    pub unit_max_yuan: String,
    /// How many (items, or kVA); none per metre.
    pub quantity: Option<String>,
    pub min_yuan: Option<String>,
    pub max_yuan: Option<String>,
    /// False for grid-side parts under zero investment.
    pub customer_pays: bool,
    pub note: Option<Text>,
}

/// An indicative range for the customer's share from a pack's price table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricesView {
    pub id: Str,
    pub title: Text,
    pub publisher: Text,
    pub date: Str,
    pub lines: Vec<PriceLineView>,
    pub total_min_yuan: String,
    pub total_max_yuan: String,
    /// One sentence: the range, whose table, what it leaves out.
    pub summary: Text,
    pub note: Option<Text>,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Costs {
    pub parts: Vec<CostPartView>,
    pub fees: Vec<FeeView>,
    /// Only when the policy pack in use has a price table for the case.
    pub prices: Option<PricesView>,
    /// Why no yuan figure is shown for the works.
    pub figures_note: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApprovalView {
    pub id: Str,
    pub name: Text,
    pub authority: Text,
    pub max_working_days: Option<u32>,
    pub complex_max_working_days: Option<u32>,
    pub step: u32,
    pub note: Option<Text>,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Approvals {
    /// Yes: external works need permits; No: none; Depends: only if there are external works.
    pub needed: Verdict,
    pub exempt: Option<Text>,
    pub parallel: bool,
    pub total_working_days: Option<u32>,
    /// The total is a lower bound: some permit has no stated limit.
    pub total_is_minimum: bool,
    /// The permits run inside the total time limit (it counts up to the
    /// connection): they do not move the latest date. Left out when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub within_total: bool,
    pub items: Vec<ApprovalView>,
    pub note: Option<Text>,
    pub citation: Option<Citation>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// Something to check before relying on the result.
    Caution,
    /// The source contradicts itself.
    Conflict,
    /// How an unclear text was read.
    Interpretation,
    Info,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub code: String,
    pub kind: WarningKind,
    pub text: Text,
    pub citations: Vec<Citation>,
}

/// How the result changes with a different answer to an unanswered question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variation {
    pub field: Field,
    pub value: String,
    pub label: Text,
    pub voltage: Voltage,
    pub stages: usize,
    pub time_limit_working_days: Option<u32>,
    pub completion_date: Option<NaiveDate>,
    pub zero_investment: bool,
}

/// Something the policy promises the applicant, with its clause.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommitmentView {
    pub id: Str,
    pub topic: crate::policy::Topic,
    pub text: Text,
    pub note: Option<Text>,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub jurisdiction: String,
    pub jurisdiction_name: Text,
    /// The answers as validated, as share-link parameters.
    pub answers: Vec<(Cow<'static, str>, String)>,
    pub start: NaiveDate,
    pub capacity: CapacityView,
    pub voltage: Voltage,
    pub voltage_inferred: bool,
    pub voltage_basis: Option<Text>,
    pub voltage_citation: Option<Citation>,
    pub assumptions: Vec<Assumption>,
    pub stages: Vec<StageView>,
    /// The jurisdiction whose rule sets the stages (the place, or the national baseline).
    pub stages_from: Option<Str>,
    /// What the stage plan's source says about the stages as a whole.
    pub stages_note: Option<Text>,
    pub timeline: Vec<TimelineItem>,
    pub documents: Vec<DocumentView>,
    /// The jurisdiction whose rule lists the documents.
    pub documents_from: Option<Str>,
    pub conditional_documents: Vec<DocumentView>,
    pub time_limit_working_days: Option<u32>,
    pub time_limit_scope: Option<Text>,
    pub time_limit: Option<TimeLimitView>,
    pub completion_date: Option<NaiveDate>,
    /// If every period timed outside the total (approvals, construction) used its full allowance.
    pub latest_with_works: Option<NaiveDate>,
    pub zero_investment: ZeroInvestmentView,
    pub costs: Costs,
    pub approvals: Approvals,
    pub warnings: Vec<Warning>,
    /// What the applicant is entitled to (only the promises that apply to the case).
    pub commitments: Vec<CommitmentView>,
    pub variations: Vec<Variation>,
    /// The other utilities applied for (water, gas, telecom), each on its own;
    /// left out when none was asked for.
    #[serde(default, skip_serializing_if = "UtilitiesView::is_empty")]
    pub utilities: UtilitiesView,
}

/// The other utilities applied for beside electricity, one entry each.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UtilitiesView {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub water: Option<UtilityView>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gas: Option<UtilityView>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telecom: Option<UtilityView>,
}

impl UtilitiesView {
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// The utilities asked for, in the question's order.
    pub fn iter(&self) -> impl Iterator<Item = &UtilityView> {
        [&self.water, &self.gas, &self.telecom]
            .into_iter()
            .flatten()
    }

    /// The entry for one utility.
    pub fn slot(&mut self, u: Utility) -> &mut Option<UtilityView> {
        match u {
            Utility::Water => &mut self.water,
            Utility::Gas => &mut self.gas,
            Utility::Telecom => &mut self.telecom,
        }
    }
}

/// One utility's connection as the place's sources set it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UtilityView {
    pub utility: Utility,
    /// "用水接入" / "Water connection".
    pub name: Text,
    /// Whether a source of the place (or the national baseline) sets its
    /// stages or time limit; when not, `summary` says so and nothing is invented.
    pub covered: bool,
    /// The answer in one or two sentences: the limit and its date, what it
    /// turns on, or that no source covers it.
    pub summary: Text,
    /// The place whose sources set the stages and limit.
    pub from: Option<Str>,
    /// The stages as the source counts them.
    pub stages: Vec<UtilityStageView>,
    /// The clause that counts them.
    pub stages_citation: Option<Citation>,
    /// The total time limit for the case, where the answers settle it.
    pub time_limit: Option<UtilityLimitView>,
    /// `start` plus the limit: working days on the calendar; hours as a date
    /// only when they are whole days (`completion_note` says what it means).
    pub completion_date: Option<NaiveDate>,
    /// What the date means, or why there is none.
    pub completion_note: Option<Text>,
    /// The clause the note rests on (how hours are counted).
    pub completion_citation: Option<Citation>,
    /// The questions the limit turns on that were not answered.
    pub depends_on: Vec<Field>,
    /// The limit under other answers to those questions.
    pub alternatives: Vec<UtilityAlternativeView>,
    pub documents: Vec<DocumentView>,
    /// Why no documents are listed, where none are.
    pub documents_note: Option<Text>,
    /// Who pays for which part.
    pub costs: Vec<CostPartView>,
    /// Water only: whether the meter installation fee is waived (null where it
    /// turns on an unanswered question or a condition the answers cannot settle).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub meter_fee_waived: Option<Option<bool>>,
    /// Water only: the waiver in words, with its clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meter_fee: Option<MeterFeeView>,
    pub commitments: Vec<CommitmentView>,
    pub notes: Vec<Warning>,
}

/// A field that is there, even as `null` (`Some(None)`).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// A stage of a utility's connection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UtilityStageView {
    pub id: Str,
    pub name: Text,
    /// The stage's own limit for the case, where the source sets one (one
    /// per meter size where it turns on a size that was not given).
    pub limits: Vec<UtilityLimitView>,
    /// False for a stage the source leaves out of its total (the works).
    pub counts_toward_total: bool,
    pub note: Option<Text>,
    pub citation: Citation,
}

/// A time limit of a utility's connection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UtilityLimitView {
    pub value: u32,
    pub unit: TimeUnit,
    /// What it counts, and what it leaves out.
    pub scope: Text,
    /// The largest water meter it is for (DN, mm), where it turns on the size.
    pub meter_dn_max: Option<u32>,
    /// A condition the answers cannot settle.
    pub condition: Option<Text>,
    pub note: Option<Text>,
    pub citation: Citation,
}

/// A utility's limit under another answer to an unanswered question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UtilityAlternativeView {
    pub field: Field,
    /// The answer (`resident`; for the meter `40` for DN40 and smaller, `>100` for larger).
    pub value: String,
    /// "如为居民用户" / "Meter DN40 or smaller".
    pub label: Text,
    /// The limit (none: the sources set none for it).
    pub time_limit: Option<UtilityLimitView>,
    pub completion_date: Option<NaiveDate>,
}

/// Whether the water meter's installation fee is waived, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeterFeeView {
    pub waived: Option<bool>,
    pub reason: Text,
    /// A condition the answers cannot settle.
    pub condition: Option<Text>,
    pub citation: Option<Citation>,
}
