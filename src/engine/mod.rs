//! The rules engine: answers + policy + calendar → a [`Decision`] (typed: rules,
//! outcomes, dates), which [`crate::explain`] turns into the assessment.
//! Pure and deterministic; no sentence is written here.

#![deny(missing_docs)]

pub mod items;
pub mod notices;
pub mod scenario;
pub mod schedule;
pub mod zero;

use crate::assessment::Verdict;
use crate::calendar::Calendar;
use crate::model::{Application, Voltage};
use crate::policy::{
    partial_date, DaysKind, Facts, Jurisdiction, PolicyPack, StagePlan, TimeLimitRule, VoltageRule,
    When,
};
use chrono::{Duration, NaiveDate, Utc};
use notices::Notice;
use scenario::Answer;
use schedule::{add_days, Approvals, Period, StageDates};
use std::cmp::Ordering;

/// Today's date in China (UTC+8), the default application date.
pub fn today_in_china() -> NaiveDate {
    (Utc::now() + Duration::hours(8)).date_naive()
}

/// The first rule of a list, nearest level first, whose conditions match.
pub(crate) fn first<'a, T>(
    chain: &[&'a Jurisdiction],
    list: fn(&'a Jurisdiction) -> &'a [T],
    when: fn(&T) -> &When,
    f: &Facts,
) -> Option<&'a T> {
    chain
        .iter()
        .find_map(|j| list(j).iter().find(|r| when(r).matches(f)))
}

/// What the rules decide for one set of facts (the main case or an alternative answer).
#[derive(Clone, Debug, PartialEq)]
pub struct Case<'a> {
    /// The facts, with the voltage inferred where it was not given.
    pub facts: Facts,
    /// The rule the voltage was inferred from.
    pub voltage_rule: Option<&'a VoltageRule>,
    /// The stages.
    pub plan: Option<&'a StagePlan>,
    /// The total time limit.
    pub total: Option<&'a TimeLimitRule>,
    /// The zero-investment outcome.
    pub zero: zero::Outcome<'a>,
}

impl<'a> Case<'a> {
    fn new(chain: &[&'a Jurisdiction], app: &Application, mut f: Facts) -> Case<'a> {
        let mut voltage_rule = None;
        if app.voltage.is_none() {
            voltage_rule = first(chain, |j| &j.voltage_inference, |r| &r.when, &f);
            f.voltage = match voltage_rule {
                Some(r)
                    if app.capacity.cmp_to(&r.lv_max.capacity(), app.power_factor)
                        != Ordering::Greater =>
                {
                    Voltage::Lv
                }
                _ => Voltage::Kv10,
            };
        }
        let zero = zero::evaluate(chain, &f, &app.capacity, app.power_factor);
        f.zero_investment = Some(zero.applies());
        Case {
            voltage_rule,
            plan: first(chain, |j| &j.stage_plans, |r| &r.when, &f),
            total: first(chain, |j| &j.time_limits, |r| &r.when, &f),
            zero,
            facts: f,
        }
    }

    /// The date the total limit ends on, counted from `start`.
    fn completion(&self, cal: &Calendar, start: NaiveDate) -> Option<NaiveDate> {
        self.total
            .map(|t| add_days(cal, start, t.days, t.days_kind))
    }
}

/// How the result changes with another answer to an unanswered question.
#[derive(Clone, Debug, PartialEq)]
pub struct Variation {
    /// The other answer.
    pub answer: Answer,
    /// The voltage it leads to.
    pub voltage: Voltage,
    /// How many stages.
    pub stages: usize,
    /// The total limit, where it is in working days.
    pub time_limit_working_days: Option<u32>,
    /// The date the total limit ends on.
    pub completion: Option<NaiveDate>,
    /// Whether zero investment applies.
    pub zero_investment: bool,
}

/// Zero investment for the case, over its unanswered questions.
#[derive(Clone, Debug, PartialEq)]
pub struct ZeroInvestment<'a> {
    /// The main case's outcome.
    pub outcome: zero::Outcome<'a>,
    /// Yes, no, or it depends on an unanswered question.
    pub status: Verdict,
    /// The verdict under each other answer to the area and customer questions.
    pub depends_on: Vec<(Answer, bool)>,
    /// How the capacity meets a cap stated in the other unit.
    pub conversion: Option<zero::Conversion>,
}

/// Everything the rules decide for one application: rules, outcomes and dates,
/// as references into the policy pack. [`crate::explain`] writes the sentences.
#[derive(Clone, Debug)]
pub struct Decision<'a> {
    /// The place and the levels it inherits from, nearest first.
    pub chain: Vec<&'a Jurisdiction>,
    /// The answers.
    pub app: &'a Application,
    /// The working-day calendar.
    pub cal: &'a Calendar,
    /// The application date (given, or today).
    pub start: NaiveDate,
    /// The main case.
    pub main: Case<'a>,
    /// Zero investment.
    pub zero: ZeroInvestment<'a>,
    /// The stages with their dates.
    pub stages: Vec<StageDates<'a>>,
    /// Every period in order.
    pub timeline: Vec<Period<'a>>,
    /// The date the total limit (or the last stage) ends on.
    pub completion: Option<NaiveDate>,
    /// The latest date if every period outside the total used its allowance.
    pub latest_with_works: Option<NaiveDate>,
    /// Application documents.
    pub documents: items::Documents<'a>,
    /// Government permits.
    pub approvals: Approvals<'a>,
    /// Who pays for what, and fees.
    pub costs: items::Costs<'a>,
    /// Notices, in the order the result lists them.
    pub notices: Vec<Notice<'a>>,
    /// Other answers to unanswered questions that change the result.
    pub variations: Vec<Variation>,
}

impl Decision<'_> {
    /// The jurisdiction the application names (the first of the chain).
    pub fn jurisdiction(&self) -> Option<&Jurisdiction> {
        self.chain.first().copied()
    }

    /// Whether the voltage was inferred rather than given.
    pub fn voltage_inferred(&self) -> bool {
        self.app.voltage.is_none()
    }
}

/// Decides an application: every rule that applies, its outcome and its dates.
pub fn decide<'a>(
    pack: &'a PolicyPack,
    app: &'a Application,
    cal: &'a Calendar,
    today: NaiveDate,
) -> Decision<'a> {
    let chain = pack.chain(&app.jurisdiction);
    let start = app.start.unwrap_or(today);
    let main = Case::new(&chain, app, scenario::main_facts(app, start));
    let f = main.facts;
    let total_end = main.completion(cal, start);
    let stages = schedule::stages(main.plan, &f, cal, start, total_end);
    let completion = total_end.or_else(|| schedule::stages_end(&stages));
    let approvals = schedule::approvals(&chain, &f, app.external_works.is_some());
    let (timeline, latest_with_works) =
        schedule::timeline(&chain, &f, cal, &stages, &approvals, completion);
    let (variations, depends_on) = alternatives(&chain, app, cal, start, &main);
    let zero = ZeroInvestment {
        status: zero::status(main.zero.applies(), &depends_on),
        conversion: main
            .zero
            .cap()
            .and_then(|c| zero::conversion(&app.capacity, app.power_factor, c)),
        outcome: main.zero.clone(),
        depends_on,
    };
    let mut d = Decision {
        documents: items::documents(&chain, &f, app.proxy),
        costs: items::costs(&chain, &f),
        notices: Vec::new(),
        chain,
        app,
        cal,
        start,
        main,
        zero,
        stages,
        timeline,
        completion,
        latest_with_works,
        approvals,
        variations,
    };
    d.notices = notices(&d);
    d
}

/// Every other answer to an unanswered question: the variations that change the
/// result, and the zero-investment verdict under each area and customer answer.
fn alternatives(
    chain: &[&Jurisdiction],
    app: &Application,
    cal: &Calendar,
    start: NaiveDate,
    main: &Case,
) -> (Vec<Variation>, Vec<(Answer, bool)>) {
    let mut variations = Vec::new();
    let mut depends_on = Vec::new();
    let main_stages = main.plan.map_or(0, |p| p.stages.len());
    for u in scenario::open_questions(app) {
        for answer in u.alternatives {
            let mut f = scenario::main_facts(app, start);
            answer.apply(&mut f);
            let alt = Case::new(chain, app, f);
            if matches!(answer, Answer::Area(_) | Answer::Customer(_)) {
                depends_on.push((*answer, alt.zero.applies()));
            }
            let stages = alt.plan.map_or(0, |p| p.stages.len());
            let differs = alt.zero.applies() != main.zero.applies()
                || alt.total.map(|t| t.days) != main.total.map(|t| t.days)
                || stages != main_stages
                || alt.facts.voltage != main.facts.voltage;
            if differs {
                variations.push(Variation {
                    answer: *answer,
                    voltage: alt.facts.voltage,
                    stages,
                    time_limit_working_days: alt
                        .total
                        .filter(|t| t.days_kind == DaysKind::Working)
                        .map(|t| t.days),
                    completion: alt.completion(cal, start),
                    zero_investment: alt.zero.applies(),
                });
            }
        }
    }
    (variations, depends_on)
}

/// The notices, in the order the result lists them.
fn notices<'a>(d: &Decision<'a>) -> Vec<Notice<'a>> {
    let mut out = Vec::new();
    let app = d.app;
    if d.voltage_inferred() {
        out.push(Notice::VoltageInferred);
    }
    if !app.capacity.unit_given {
        out.push(Notice::CapacityUnitAssumed);
    }
    if d.main.plan.is_none() {
        out.push(Notice::NoStages);
    }
    match d.main.total {
        None => out.push(Notice::NoTimeLimit),
        Some(t) if t.average => out.push(Notice::AverageTarget(t)),
        Some(_) => {}
    }
    if d.documents.main.is_empty() {
        out.push(Notice::NoDocuments);
    }
    if matches!(d.zero.outcome, zero::Outcome::OverCap { .. }) {
        out.push(Notice::NearMiss);
    }
    let secondary = d.zero.outcome.rule().is_some_and(|r| {
        crate::policy::source_owner(&d.chain, &r.cite.source)
            .and_then(|j| j.sources.get(&*r.cite.source))
            .is_some_and(|s| s.kind == crate::citation::SourceKind::Secondary)
    });
    if d.zero.status != Verdict::No && secondary {
        out.push(Notice::SecondarySource);
    }
    let last = [d.completion, d.latest_with_works]
        .into_iter()
        .flatten()
        .chain(d.stages.iter().filter_map(|s| s.end))
        .max()
        .unwrap_or(d.start);
    let unknown = d.cal.unknown_years(d.start, last);
    if !unknown.is_empty() {
        out.push(Notice::HolidaysUnknown(unknown));
    }
    if !d.cal.is_working_day(d.start) {
        out.push(Notice::StartNotWorkingDay);
    }
    // The place's own documents that are not yet in force on the application date.
    for j in d.chain.iter().filter(|j| *j.id == *app.jurisdiction) {
        for (id, source) in &j.sources {
            let Some(effective) = source.effective.as_deref() else {
                continue;
            };
            if partial_date(effective).is_some_and(|e| d.start < e) {
                out.push(Notice::NotYetInForce {
                    id,
                    source,
                    effective,
                });
            }
        }
    }
    out.extend(
        items::notes(&d.chain, &d.main.facts)
            .into_iter()
            .map(Notice::Note),
    );
    out
}
