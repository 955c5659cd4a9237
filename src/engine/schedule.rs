//! Dates: the stages on the policy's clock, the government permits, and every
//! period in order (the timeline), all as dates and references into the policy.

use crate::assessment::{TimelineKind, Verdict};
use crate::calendar::Calendar;
use crate::policy::{
    Approval, ApprovalRule, DaysKind, Facts, Jurisdiction, Limit, PeriodRule, Stage, StagePlan,
};
use chrono::NaiveDate;

/// `days` of `kind` after `from` (the day itself not counted).
pub fn add_days(cal: &Calendar, from: NaiveDate, days: u32, kind: DaysKind) -> NaiveDate {
    match kind {
        DaysKind::Working => cal.add_working_days(from, days),
        DaysKind::Calendar => cal.add_calendar_days(from, days).0,
    }
}

/// One stage with the limit that applies to the case and its dates.
#[derive(Clone, Debug, PartialEq)]
pub struct StageDates<'a> {
    /// The stage.
    pub stage: &'a Stage,
    /// Its limit for the case, if it has one.
    pub limit: Option<&'a Limit>,
    /// When it starts.
    pub start: NaiveDate,
    /// Latest end under the policy; `None` when no limit reaches it.
    pub end: Option<NaiveDate>,
    /// The end is the total limit shared by stages without their own.
    pub shared: bool,
}

impl StageDates<'_> {
    /// The stage's own limit as (days, kind).
    pub fn days(&self) -> Option<(u32, DaysKind)> {
        self.limit.map(|l| (l.days, l.days_kind))
    }
}

/// The stages of a plan, one after another from `start`. A stage without a limit
/// of its own shares the total window (`completion`) when no later counted stage
/// has a limit; a stage on its own clock follows the previous stage's end.
pub fn stages<'a>(
    plan: Option<&'a StagePlan>,
    f: &Facts,
    cal: &Calendar,
    start: NaiveDate,
    completion: Option<NaiveDate>,
) -> Vec<StageDates<'a>> {
    let Some(plan) = plan else {
        return Vec::new();
    };
    let limits: Vec<Option<&Limit>> = plan
        .stages
        .iter()
        .map(|s| s.limits.iter().find(|l| l.when.matches(f)))
        .collect();
    let mut out: Vec<StageDates> = Vec::with_capacity(plan.stages.len());
    let mut cursor = start;
    for (i, (stage, limit)) in plan.stages.iter().zip(&limits).enumerate() {
        let limit = *limit;
        let (st, end, shared) = if stage.counts_toward_total {
            match limit {
                Some(l) => {
                    let e = add_days(cal, cursor, l.days, l.days_kind);
                    let st = cursor;
                    cursor = e;
                    (st, Some(e), false)
                }
                None => {
                    let later_limited = plan.stages[i + 1..]
                        .iter()
                        .zip(&limits[i + 1..])
                        .any(|(s, l)| s.counts_toward_total && l.is_some());
                    let e = completion.filter(|c| !later_limited && *c >= cursor);
                    (cursor, e, e.is_some())
                }
            }
        } else {
            let st = out.last().and_then(|p| p.end).unwrap_or(cursor);
            (
                st,
                limit.map(|l| add_days(cal, st, l.days, l.days_kind)),
                false,
            )
        };
        out.push(StageDates {
            stage,
            limit,
            start: st,
            // Never before its start (the clamp comes before anything copies the dates).
            end: end.map(|e| e.max(st)),
            shared,
        });
    }
    out
}

/// The last counted stage's end, when every counted stage has one.
pub fn stages_end(stages: &[StageDates]) -> Option<NaiveDate> {
    let mut counted = stages.iter().filter(|s| s.stage.counts_toward_total);
    if counted.clone().all(|s| s.end.is_some()) {
        counted.next_back().and_then(|s| s.end)
    } else {
        None
    }
}

/// The government permits a case may need.
#[derive(Clone, Debug, PartialEq)]
pub struct Approvals<'a> {
    /// Yes: external works need permits; No: none; Depends: only if there are external works.
    pub needed: Verdict,
    /// The rule that lists the permits.
    pub rule: Option<&'a ApprovalRule>,
    /// The permits that apply to the case.
    pub items: Vec<&'a Approval>,
    /// The limit for all permits together.
    pub total: Option<u32>,
    /// The total is a lower bound: some permit has no stated limit.
    pub total_is_minimum: bool,
}

impl Approvals<'_> {
    /// Whether permits run in parallel (so they do where no rule says).
    pub fn parallel(&self) -> bool {
        self.rule.is_none_or(|r| r.parallel)
    }

    /// The permits run inside the policy's total limit (it counts up to the
    /// connection), so they do not move the latest date.
    pub fn within_total(&self) -> bool {
        self.rule.is_some_and(|r| r.within_total)
    }

    /// The applicant obtains no permit, but the utility's works still wait for
    /// the permits listed (e.g. District X's 三零: zero approvals for the customer).
    pub fn by_utility(&self) -> bool {
        self.rule.is_some_and(|r| r.exempt.is_some()) && !self.items.is_empty()
    }
}

/// Permits for the external works: none without them; `Depends` when the
/// applicant did not say whether there are any.
pub fn approvals<'a>(
    chain: &[&'a Jurisdiction],
    f: &Facts,
    external_works_answered: bool,
) -> Approvals<'a> {
    let none = |needed| Approvals {
        needed,
        rule: None,
        items: Vec::new(),
        total: None,
        total_is_minimum: false,
    };
    if !f.external_works {
        return none(Verdict::No);
    }
    let needed = if external_works_answered {
        Verdict::Yes
    } else {
        Verdict::Depends
    };
    let Some(rule) = super::first(chain, |j| &j.approvals, |r| &r.when, f) else {
        return none(needed);
    };
    let items: Vec<&Approval> = rule
        .approvals
        .iter()
        .filter(|a| a.when.matches(f))
        .collect();
    let (total, total_is_minimum) = match rule.total_days {
        Some(t) => (Some(t), false),
        None => steps_total(&items),
    };
    Approvals {
        needed: if rule.exempt.is_some() {
            Verdict::No
        } else {
            needed
        },
        rule: Some(rule),
        items,
        total,
        total_is_minimum,
    }
}

/// Without an overall limit: steps run one after another, the permits of one
/// step in parallel, so the total is the sum of each step's longest permit.
fn steps_total(items: &[&Approval]) -> (Option<u32>, bool) {
    let mut steps: Vec<u32> = items.iter().map(|a| a.step).collect();
    crate::sort::sort(&mut steps);
    steps.dedup();
    let (mut sum, mut minimum) = (0, false);
    for s in steps {
        let in_step = items.iter().filter(|a| a.step == s);
        minimum |= in_step.clone().any(|a| a.days.is_none());
        sum += in_step.filter_map(|a| a.days).max().unwrap_or(0);
    }
    (Some(sum).filter(|s| *s > 0), minimum)
}

/// What a timeline period is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Span<'a> {
    /// The stage at this index of the stage list.
    Stage(usize),
    /// The government permits together.
    Approvals,
    /// A period the policy times outside its stages.
    Period(&'a PeriodRule),
}

/// One period of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Period<'a> {
    /// What it is.
    pub span: Span<'a>,
    /// Stage, permits or construction.
    pub kind: TimelineKind,
    /// When it starts.
    pub start: NaiveDate,
    /// Its latest end, where a limit gives one.
    pub end: Option<NaiveDate>,
    /// Its limit.
    pub days: Option<(u32, DaysKind)>,
    /// The limit is an average target.
    pub average: bool,
    /// Whether the policy's total includes it.
    pub counts_toward_total: bool,
}

/// Every period in order, and the latest date if each period outside the total
/// used its full allowance. Permits go before the first construction period;
/// the policy's periods follow the stage they name.
pub fn timeline<'a>(
    chain: &[&'a Jurisdiction],
    f: &Facts,
    cal: &Calendar,
    stages: &[StageDates<'a>],
    approvals: &Approvals,
    completion: Option<NaiveDate>,
) -> (Vec<Period<'a>>, Option<NaiveDate>) {
    let periods: Vec<&PeriodRule> = chain
        .iter()
        .map(|j| j.periods.iter().filter(|p| p.when.matches(f)).collect())
        .find(|v: &Vec<&PeriodRule>| !v.is_empty())
        .unwrap_or_default();
    let permits = |at: NaiveDate| permit_period(approvals, cal, completion, at);
    let anchor = anchor_stage(&periods, stages);
    let all_counted = stages.iter().all(|s| s.stage.counts_toward_total);
    let mut items = Vec::new();
    let mut extra: Vec<(u32, DaysKind)> = Vec::new();
    let mut placed = false;
    for (i, s) in stages.iter().enumerate() {
        let counts = s.stage.counts_toward_total;
        let (mut st, mut end) = (s.start, s.end);
        if !counts && !placed {
            // A construction stage waits for the permits.
            if let Some(p) = permits(st) {
                extra.extend(p.days);
                if let (Some(at), Some((d, k))) = (p.end, s.days()) {
                    st = at;
                    end = Some(add_days(cal, at, d, k));
                }
                items.push(p);
            }
            placed = true;
        }
        if !counts {
            extra.extend(s.days());
        }
        items.push(Period {
            span: Span::Stage(i),
            kind: if counts {
                TimelineKind::Stage
            } else {
                TimelineKind::Construction
            },
            start: st,
            end,
            days: s.days(),
            average: s.limit.is_some_and(|l| l.average),
            counts_toward_total: counts,
        });
        if anchor == Some(&*s.stage.id) && !placed && all_counted {
            let mut at = s.end.unwrap_or(s.start);
            if let Some(p) = permits(at) {
                at = p.end.unwrap_or(at);
                extra.extend(p.days);
                items.push(p);
            }
            placed = true;
            for rule in &periods {
                let end = add_days(cal, at, rule.days, rule.days_kind);
                extra.push((rule.days, rule.days_kind));
                items.push(Period {
                    span: Span::Period(rule),
                    kind: TimelineKind::Construction,
                    start: at,
                    end: Some(end),
                    days: Some((rule.days, rule.days_kind)),
                    average: rule.average,
                    counts_toward_total: false,
                });
                at = end;
            }
        }
    }
    let latest = completion
        .filter(|_| !extra.is_empty())
        .map(|c| extra.iter().fold(c, |d, (n, k)| add_days(cal, d, *n, *k)));
    (items, latest)
}

/// The permits' period starting `at`, if the applicant waits for any.
fn permit_period<'a>(
    approvals: &Approvals,
    cal: &Calendar,
    completion: Option<NaiveDate>,
    at: NaiveDate,
) -> Option<Period<'a>> {
    let d = approvals
        .total
        .filter(|_| approvals.needed != Verdict::No || approvals.by_utility())?;
    if approvals.within_total() {
        // Inside the total: they end by the total's end, not on a clock of their own.
        return Some(Period {
            span: Span::Approvals,
            kind: TimelineKind::Approval,
            start: at,
            end: completion.filter(|c| *c >= at),
            days: None,
            average: false,
            counts_toward_total: true,
        });
    }
    Some(Period {
        span: Span::Approvals,
        kind: TimelineKind::Approval,
        start: at,
        end: Some(cal.add_working_days(at, d)),
        days: Some((d, DaysKind::Working)),
        average: false,
        counts_toward_total: false,
    })
}

/// The stage after which permits and the policy's own periods go: the one a
/// period names, else the one before the first stage timed on its own, else
/// the first.
fn anchor_stage<'s>(periods: &[&'s PeriodRule], stages: &[StageDates<'s>]) -> Option<&'s str> {
    periods
        .first()
        .and_then(|p| p.after_stage.as_deref())
        .or_else(|| {
            let own_clock = stages.iter().position(|s| !s.stage.counts_toward_total)?;
            Some(&*stages[own_clock.checked_sub(1)?].stage.id)
        })
        .or_else(|| stages.first().map(|s| &*s.stage.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::PolicyPack;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn facts(voltage: crate::model::Voltage, customer: crate::model::Customer) -> Facts {
        Facts {
            area: crate::model::Area::Urban,
            customer,
            voltage,
            supply: crate::model::Supply::Single,
            external_works: false,
            kind: crate::model::Kind::New,
            temporary: false,
            applicant: None,
            date: date("2026-06-01"),
            zero_investment: None,
        }
    }

    #[test]
    fn stages_without_a_limit_share_the_total_window() {
        // Yangjiang LV: two stages, one total of 3 working days (三、(二)).
        let pack = PolicyPack::embedded();
        let chain = pack.chain("yangjiang");
        let f = facts(crate::model::Voltage::Lv, crate::model::Customer::Business);
        let plan = super::super::first(&chain, |j| &j.stage_plans, |r| &r.when, &f);
        let cal = Calendar::shared();
        let total = Some(date("2026-06-04"));
        let s = stages(plan, &f, cal, date("2026-06-01"), total);
        assert_eq!(s.len(), 2);
        assert!(s.iter().all(|x| x.shared && x.end == total));
        assert_eq!(stages_end(&s), total);
    }

    #[test]
    fn a_stage_without_a_limit_before_a_limited_one_gets_no_end() {
        // Liuzhou HV: the application stage (same day) then limited stages; with the
        // application stage's limit removed it must not borrow the total window.
        let pack = PolicyPack::embedded();
        let chain = pack.chain("liuzhou");
        let f = facts(
            crate::model::Voltage::Kv10,
            crate::model::Customer::Business,
        );
        let mut plan = super::super::first(&chain, |j| &j.stage_plans, |r| &r.when, &f)
            .unwrap()
            .clone();
        plan.stages[0].limits.clear();
        let cal = Calendar::shared();
        let s = stages(
            Some(&plan),
            &f,
            cal,
            date("2026-06-01"),
            Some(date("2026-06-30")),
        );
        assert_eq!(s[0].end, None);
        assert!(!s[0].shared);
        assert!(s[1].end.is_some());
    }

    #[test]
    fn a_stage_end_is_clamped_to_its_start_before_the_timeline_copies_it() {
        // A total window that closes before a stage starts gives no shared end, and a
        // computed end is never before the start.
        let pack = PolicyPack::embedded();
        let chain = pack.chain("yangjiang");
        let f = facts(crate::model::Voltage::Lv, crate::model::Customer::Business);
        let plan = super::super::first(&chain, |j| &j.stage_plans, |r| &r.when, &f);
        let cal = Calendar::shared();
        let s = stages(plan, &f, cal, date("2026-06-10"), Some(date("2026-06-01")));
        assert!(s.iter().all(|x| x.end.is_none_or(|e| e >= x.start)));
        let approvals = approvals(&chain, &f, true);
        let (items, _) = timeline(&chain, &f, cal, &s, &approvals, None);
        assert!(items.iter().all(|p| p.end.is_none_or(|e| e >= p.start)));
    }

    #[test]
    fn permits_without_an_overall_limit_add_up_step_by_step() {
        // District X: planning (5) first, then the others in parallel (longest 7).
        let pack = PolicyPack::embedded();
        let chain = pack.chain("district-x");
        let mut f = facts(
            crate::model::Voltage::Kv10,
            crate::model::Customer::Business,
        );
        f.external_works = true;
        let a = approvals(&chain, &f, true);
        assert_eq!(a.needed, Verdict::Yes);
        assert_eq!(a.total, Some(12));
        assert!(a.total_is_minimum);
    }
}
