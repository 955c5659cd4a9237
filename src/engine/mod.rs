//! The rules engine: answers + policy + calendar → a [`Decision`] (typed: rules,
//! outcomes, dates), which [`crate::explain`] turns into the assessment.
//! Pure and deterministic; no sentence is written here.

#![deny(missing_docs)]

pub mod expired;
pub mod items;
pub mod notices;
pub mod prices;
pub mod scenario;
pub mod schedule;
pub mod utilities;
pub mod zero;

use crate::assessment::Verdict;
use crate::calendar::Calendar;
use crate::model::{Application, Voltage};
use crate::policy::{
    DaysKind, Facts, Jurisdiction, PolicyPack, StagePlan, TimeLimitRule, VoltageRule, When,
};
use chrono::{Duration, NaiveDate, Utc};
use notices::Notice;
use scenario::Answer;
use schedule::{add_days, Approvals, Period, StageDates};

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
    found(chain, list, when, f).map(|(_, r)| r)
}

/// A place's own levels, and the national rules read beside them (none for
/// the national baseline itself).
#[derive(Clone, Copy, Debug)]
pub struct Levels<'c, 'a> {
    /// The place and any level it inherits from below the national one.
    pub own: &'c [&'a Jurisdiction],
    /// The national level, when the place inherits from it.
    pub national: Option<&'a Jurisdiction>,
}

impl<'c, 'a> Levels<'c, 'a> {
    /// Splits a chain (nearest first) into the place's own levels and the root.
    pub fn of(chain: &'c [&'a Jurisdiction]) -> Levels<'c, 'a> {
        match chain.split_last() {
            Some((root, own)) if !own.is_empty() => Levels {
                own,
                national: Some(root),
            },
            _ => Levels {
                own: chain,
                national: None,
            },
        }
    }
}

/// The place's own low-voltage range and the national one, where each has one.
pub type Ranges<'a> = (Option<&'a VoltageRule>, Option<&'a VoltageRule>);

/// What the rules decide for one set of facts (the main case or an alternative answer).
#[derive(Clone, Debug, PartialEq)]
pub struct Case<'a> {
    /// The facts, with the voltage inferred where it was not given.
    pub facts: Facts,
    /// The rule the voltage was inferred from.
    pub voltage_rule: Option<&'a VoltageRule>,
    /// The place's own low-voltage range and the national one in force, both
    /// read when the voltage is inferred.
    pub voltage_ranges: Ranges<'a>,
    /// The stages, and the level that sets them.
    pub plan: Option<&'a StagePlan>,
    /// The level the stages come from.
    pub plan_from: Option<&'a Jurisdiction>,
    /// The total time limit.
    pub total: Option<&'a TimeLimitRule>,
    /// The national total in force, when the place sets its own (main case only).
    pub national_total: Option<NationalTotal<'a>>,
    /// The zero-investment outcome.
    pub zero: zero::Outcome<'a>,
    /// The national rules' outcome, when the place has its own rule for the
    /// case (main case only).
    pub national_zero: Option<zero::Outcome<'a>>,
}

/// The national total in force read beside the place's own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NationalTotal<'a> {
    /// The national rule.
    pub rule: &'a TimeLimitRule,
    /// The date it ends on, counted from the application date.
    pub completion: NaiveDate,
    /// The date the place's own total ends on, counted the same way.
    pub own_completion: NaiveDate,
    /// Whether it is shorter than the place's own: in days of the same kind,
    /// or ends earlier where the two count different kinds of days.
    pub stricter: bool,
}

/// Where a first-match rule is found: the level and the rule.
fn found<'a, T>(
    levels: &[&'a Jurisdiction],
    list: fn(&'a Jurisdiction) -> &'a [T],
    when: fn(&T) -> &When,
    f: &Facts,
) -> Option<(&'a Jurisdiction, &'a T)> {
    levels
        .iter()
        .find_map(|j| list(j).iter().find(|r| when(r).matches(f)).map(|r| (*j, r)))
}

impl<'a> Case<'a> {
    /// The case for facts `f`; with `infer`, the voltage is inferred from the
    /// capacity (it was not given). With `national` (the main case: the
    /// calendar and the application date), the national rules in force are
    /// also read beside the place's own.
    fn new(
        chain: &[&'a Jurisdiction],
        app: &Application,
        mut f: Facts,
        infer: bool,
        national: Option<(&Calendar, NaiveDate)>,
    ) -> Case<'a> {
        let levels = Levels::of(chain);
        let (mut voltage_rule, mut voltage_ranges) = (None, (None, None));
        if infer {
            let (v, rule, ranges) = infer_voltage(levels, app, &f);
            (f.voltage, voltage_rule, voltage_ranges) = (v, rule, ranges);
        }
        let (zero, national_zero) = zero::evaluate(
            levels,
            chain,
            &f,
            &app.capacity,
            app.power_factor,
            national.is_some(),
        );
        f.zero_investment = Some(zero.applies());
        let plan = found(chain, |j| &j.stage_plans, |r| &r.when, &f);
        // The place's own levels first; the national level only where needed.
        let own_total = first(levels.own, |j| &j.time_limits, |r| &r.when, &f);
        let national_rule = || {
            levels
                .national
                .and_then(|n| first(&[n], |j| &j.time_limits, |r| &r.when, &f))
        };
        let (total, national_total) = match (own_total, national) {
            (None, _) => (national_rule(), None),
            (Some(own), None) => (Some(own), None),
            (Some(own), Some((cal, start))) => {
                let own_completion = add_days(cal, start, own.days, own.days_kind);
                let beside = national_rule().map(|n| {
                    let completion = add_days(cal, start, n.days, n.days_kind);
                    let stricter = if n.days_kind == own.days_kind {
                        n.days < own.days
                    } else {
                        completion < own_completion
                    };
                    NationalTotal {
                        rule: n,
                        completion,
                        own_completion,
                        stricter,
                    }
                });
                (Some(own), beside)
            }
        };
        Case {
            voltage_rule,
            voltage_ranges,
            plan: plan.map(|(_, p)| p),
            plan_from: plan.map(|(j, _)| j),
            total,
            national_total,
            zero,
            national_zero,
            facts: f,
        }
    }

    /// The date the total limit ends on, counted from `start`.
    fn completion(&self, cal: &Calendar, start: NaiveDate) -> Option<NaiveDate> {
        self.total
            .map(|t| add_days(cal, start, t.days, t.days_kind))
    }
}

/// The voltage when it was not given: low voltage up to the higher of the
/// place's own range and the national range in force; otherwise 10 kV. Returns
/// the voltage, the rule that decided, and both ranges read.
fn infer_voltage<'a>(
    levels: Levels<'_, 'a>,
    app: &Application,
    f: &Facts,
) -> (Voltage, Option<&'a VoltageRule>, Ranges<'a>) {
    let own = first(levels.own, |j| &j.voltage_inference, |r| &r.when, f);
    let national = levels
        .national
        .and_then(|n| first(&[n], |j| &j.voltage_inference, |r| &r.when, f));
    let lv = |r: &&VoltageRule| r.lv_max.admits(&app.capacity, app.power_factor);
    let (voltage, rule) = match (own.filter(lv), national.filter(lv)) {
        (Some(r), _) | (None, Some(r)) => (Voltage::Lv, Some(r)),
        (None, None) => (Voltage::Kv10, own.or(national)),
    };
    (voltage, rule, (own, national))
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

/// Zero investment for the case, over its unanswered questions (the main
/// case's outcome is `Decision::main.zero`, the national one beside it
/// `Decision::main.national_zero`).
#[derive(Clone, Debug, PartialEq)]
pub struct ZeroInvestment {
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
    pub zero: ZeroInvestment,
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
    /// What the policy promises the applicant.
    pub commitments: Vec<&'a crate::policy::CommitmentRule>,
    /// The customer's share under a pack's price table, where it has one.
    pub quote: Option<prices::Quote<'a>>,
    /// Notices, in the order the result lists them.
    pub notices: Vec<Notice<'a>>,
    /// Other answers to unanswered questions that change the result.
    pub variations: Vec<Variation>,
    /// The other utilities asked for (water, gas, telecom), in the question's order.
    pub utilities: Vec<utilities::UtilityDecision<'a>>,
}

impl<'a> Decision<'a> {
    /// The jurisdiction the application names (the first of the chain).
    pub fn jurisdiction(&self) -> Option<&'a Jurisdiction> {
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
    let main = Case::new(
        &chain,
        app,
        scenario::main_facts(app, start),
        app.voltage.is_none(),
        Some((cal, start)),
    );
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
        depends_on,
    };
    let utilities = utilities::decide_all(&chain, app, &f, cal, start);
    let mut d = Decision {
        utilities,
        documents: items::documents(&chain, &f, app.proxy),
        costs: items::costs(&chain, &f, zero::level_of(&chain, &main.zero)),
        commitments: items::commitments(&chain, &f),
        quote: prices::table(&chain, &f)
            .map(|t| prices::quote(t, &app.capacity, app.power_factor, main.zero.applies())),
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
    // A voltage no rule infers is a guess: show the other voltage too.
    let guessed_voltage = (app.voltage.is_none() && main.voltage_rule.is_none()).then(|| {
        let other = if main.facts.voltage == Voltage::Lv {
            Voltage::Kv10
        } else {
            Voltage::Lv
        };
        Answer::Voltage(other)
    });
    let tried = scenario::open_questions(app)
        .flat_map(|u| u.alternatives.iter().copied())
        .chain(guessed_voltage);
    let main_facts = scenario::main_facts(app, start);
    for answer in tried {
        let mut f = main_facts;
        answer.apply(&mut f);
        let infer = app.voltage.is_none() && !matches!(answer, Answer::Voltage(_));
        let alt = Case::new(chain, app, f, infer, None);
        if matches!(answer, Answer::Area(_) | Answer::Customer(_)) {
            depends_on.push((answer, alt.zero.applies()));
        }
        let stages = alt.plan.map_or(0, |p| p.stages.len());
        let differs = alt.zero.applies() != main.zero.applies()
            || alt.total.map(|t| t.days) != main.total.map(|t| t.days)
            || stages != main_stages
            || alt.facts.voltage != main.facts.voltage;
        if differs {
            variations.push(Variation {
                answer,
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
    (variations, depends_on)
}

/// Every date the result shows that was counted on the calendar.
pub fn shown_dates(d: &Decision) -> Vec<NaiveDate> {
    let mut out = vec![d.start];
    out.extend([d.completion, d.latest_with_works].into_iter().flatten());
    out.extend(d.main.national_total.map(|n| n.completion));
    for s in &d.stages {
        out.push(s.start);
        out.extend(s.end);
    }
    for p in &d.timeline {
        out.push(p.start);
        out.extend(p.end);
    }
    out.extend(d.variations.iter().filter_map(|v| v.completion));
    out.extend(d.utilities.iter().flat_map(|u| u.working_day_dates()));
    out
}

/// A warning for the years of shown dates the calendar lacks: years before
/// its last one apart from those after it.
fn holiday_notices<'a>(d: &Decision<'a>, out: &mut Vec<Notice<'a>>) {
    let dates = shown_dates(d);
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return;
    };
    let unknown = d.cal.unknown_years(*first, *last);
    let newest = d.cal.scheduled_years().max().unwrap_or(i32::MIN);
    let (past, future): (Vec<i32>, Vec<i32>) = unknown.into_iter().partition(|y| *y < newest);
    for (years, past) in [(past, true), (future, false)] {
        if !years.is_empty() {
            out.push(Notice::HolidaysUnknown { years, past });
        }
    }
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
    if let (Some(own), Some(national)) = (d.main.total, d.main.national_total) {
        if national.stricter {
            out.push(Notice::NationalTimeLimit {
                own,
                national: national.rule,
                ends: (national.own_completion, national.completion),
            });
        }
    }
    if d.documents.main.is_empty() {
        out.push(Notice::NoDocuments);
    } else if app.applicant != d.documents.read_as {
        out.push(Notice::DocumentsAsCompany);
    }
    if matches!(d.main.zero, zero::Outcome::OverCap { .. }) {
        out.push(Notice::NearMiss);
    }
    if let Some((place, until)) = expired::expired(&d.chain, &d.main.facts) {
        out.push(Notice::RulesExpired {
            place,
            until,
            instead: d.chain[1..].to_vec(),
        });
    }
    let secondary = d.main.zero.rule().is_some_and(|r| {
        crate::policy::source(&d.chain, &r.cite.source)
            .is_some_and(|s| s.kind == crate::citation::SourceKind::Secondary)
    });
    if d.zero.status != Verdict::No && secondary {
        out.push(Notice::SecondarySource);
    }
    holiday_notices(d, &mut out);
    if !d.cal.is_working_day(d.start) {
        out.push(Notice::StartNotWorkingDay);
    }
    // The place's own documents that are not yet in force on the application date.
    // (The chain's first level is the place: `PolicyPack::chain` starts there.)
    if let Some(j) = d.jurisdiction() {
        for (id, source) in &j.sources {
            let Some(effective) = source.effective.as_deref() else {
                // No effective date stated: the date it was issued, where known.
                let issued = source.issued.as_deref();
                let after = issued.and_then(crate::citation::partial_date);
                if let (Some(issued), Some(day)) = (issued, after) {
                    if d.start < day {
                        out.push(Notice::NotYetIssued { id, source, issued });
                    }
                }
                continue;
            };
            if !source.in_force_on(d.start) {
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
