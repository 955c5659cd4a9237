//! Other utilities connected beside electricity (water, gas, telecom; 联合报装):
//! for each one asked for, the rules of the place and of the levels it
//! inherits from, the limit for the case (by customer and, for water, by the
//! meter's size), the date it falls on, and what turns on an unanswered question.

use super::scenario::{unanswered, Answer};
use crate::calendar::Calendar;
use crate::model::{Application, Customer, Field, Utility};
use crate::policy::{
    CommitmentRule, CostRule, Document, Facts, Jurisdiction, MeterFeeWaiver, NoteRule, TimeUnit,
    UtilityLimit, UtilityRules,
};
use chrono::{Duration, NaiveDate};

/// How a list of limits meets a case.
#[derive(Clone, Debug, PartialEq)]
pub enum Limit<'a> {
    /// This limit (its `condition`, if any, is for the applicant to check).
    Set(&'a UtilityLimit),
    /// It turns on the meter's size, which was not given: the limits by size,
    /// smallest first, and the one for larger meters where the list has one.
    BySize {
        /// Limits with a largest meter size, in the list's order.
        sizes: Vec<&'a UtilityLimit>,
        /// The limit for any other size.
        larger: Option<&'a UtilityLimit>,
    },
    /// The list has limits, but none for this case.
    NotForCase,
    /// The list is empty.
    None,
}

impl<'a> Limit<'a> {
    /// The limit, when the answers settle it.
    pub fn set(&self) -> Option<&'a UtilityLimit> {
        match self {
            Limit::Set(l) => Some(l),
            _ => None,
        }
    }
}

/// The first limit of `list` for the case: its conditions match and the meter
/// is no larger than its size (以下 includes the size, Civil Code art. 1259).
pub fn limit<'a>(list: &'a [UtilityLimit], f: &Facts, dn: Option<u32>) -> Limit<'a> {
    if list.is_empty() {
        return Limit::None;
    }
    let mut sizes = Vec::new();
    for l in list.iter().filter(|l| l.when.matches(f)) {
        match (l.meter_dn_max, dn) {
            (None, _) if sizes.is_empty() => return Limit::Set(l),
            (None, _) => {
                return Limit::BySize {
                    sizes,
                    larger: Some(l),
                }
            }
            (Some(max), Some(d)) if d <= max => return Limit::Set(l),
            (Some(_), Some(_)) => {}
            (Some(_), None) => sizes.push(l),
        }
    }
    if sizes.is_empty() {
        Limit::NotForCase
    } else {
        Limit::BySize {
            sizes,
            larger: None,
        }
    }
}

/// Whether the water meter's installation fee is waived.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Waiver<'a> {
    /// Waived by this rule (its `condition`, if any, is for the applicant to check).
    Waived(&'a MeterFeeWaiver),
    /// Waived up to the rule's meter size, and the size was not given.
    BySize(&'a MeterFeeWaiver),
    /// The sources waive it for others (another customer, smaller meters).
    NotForCase,
    /// No source waives it.
    NoRule,
}

impl Waiver<'_> {
    /// `meter_fee_waived`: yes, no, or `None` where it turns on something
    /// the answers do not settle.
    pub fn waived(&self) -> Option<bool> {
        match self {
            Waiver::Waived(w) => w.condition.is_none().then_some(true),
            Waiver::BySize(_) => None,
            Waiver::NotForCase | Waiver::NoRule => Some(false),
        }
    }
}

fn waiver<'a>(list: &'a [MeterFeeWaiver], f: &Facts, dn: Option<u32>) -> Waiver<'a> {
    if list.is_empty() {
        return Waiver::NoRule;
    }
    for w in list.iter().filter(|w| w.when.matches(f)) {
        match (w.meter_dn_max, dn) {
            (None, _) => return Waiver::Waived(w),
            (Some(max), Some(d)) if d <= max => return Waiver::Waived(w),
            (Some(_), Some(_)) => {}
            (Some(_), None) => return Waiver::BySize(w),
        }
    }
    Waiver::NotForCase
}

/// Another answer to an unanswered question, and the limit it leads to.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative<'a> {
    /// The other answer.
    pub answer: Other,
    /// The limit under it (none: the sources set none for it).
    pub limit: Option<&'a UtilityLimit>,
    /// The date that limit ends on, where it can be given.
    pub completion: Option<NaiveDate>,
}

/// An answer tried for a utility's limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Other {
    /// Another customer class.
    Customer(Customer),
    /// A meter no larger than this size (DN, mm).
    MeterUpTo(u32),
    /// A meter larger than this size.
    MeterAbove(u32),
}

/// What the rules decide for one utility.
#[derive(Clone, Debug, PartialEq)]
pub struct UtilityDecision<'a> {
    /// Which utility.
    pub utility: Utility,
    /// The entries for it that match the case, nearest level first.
    pub levels: Vec<(&'a Jurisdiction, &'a UtilityRules)>,
    /// Whether some source sets its stages or time limits.
    pub covered: bool,
    /// The level whose stages are shown, and its rules.
    pub stages: Option<(&'a Jurisdiction, &'a UtilityRules)>,
    /// Each shown stage's limit for the case.
    pub stage_limits: Vec<Limit<'a>>,
    /// The total limit for the case.
    pub limit: Limit<'a>,
    /// The level the limit comes from.
    pub limit_from: Option<&'a Jurisdiction>,
    /// The date the limit ends on, where it can be given.
    pub completion: Option<NaiveDate>,
    /// Other answers to unanswered questions and the limits they lead to.
    pub alternatives: Vec<Alternative<'a>>,
    /// What to bring, from the first level that names anything.
    pub documents: Vec<&'a Document>,
    /// Who pays for what, every level, nearest first, once per id.
    pub costs: Vec<&'a CostRule>,
    /// The meter fee (water): from the first level with waivers.
    pub waiver: Waiver<'a>,
    /// The waiver differs between the customer classes and that was not answered.
    pub waiver_depends_on_customer: bool,
    /// Promises, every level, nearest first, once per id.
    pub commitments: Vec<&'a CommitmentRule>,
    /// Notes, every level, nearest first, once per id.
    pub notes: Vec<&'a NoteRule>,
}

impl UtilityDecision<'_> {
    /// The dates shown that are counted on the working-day calendar (the
    /// ones the holiday schedule matters for).
    pub fn working_day_dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let on_calendar =
            |l: Option<&UtilityLimit>| l.is_some_and(|l| l.unit == TimeUnit::WorkingDays);
        let main = self.completion.filter(|_| on_calendar(self.limit.set()));
        let others = self
            .alternatives
            .iter()
            .filter(move |a| on_calendar(a.limit))
            .filter_map(|a| a.completion);
        main.into_iter().chain(others)
    }
}

/// The end of a limit counted from `start`: working days on the calendar;
/// hours around the clock, as a date only when they are whole days (the
/// hour of the application is not known).
pub fn end_of(cal: &Calendar, start: NaiveDate, l: &UtilityLimit) -> Option<NaiveDate> {
    match l.unit {
        TimeUnit::WorkingDays => Some(cal.add_working_days(start, l.value)),
        TimeUnit::Hours if l.value % 24 == 0 => {
            Some(start + Duration::days(i64::from(l.value / 24)))
        }
        TimeUnit::Hours => None,
    }
}

/// Every entry for `utility` whose conditions match, nearest level first.
fn levels<'a>(
    chain: &[&'a Jurisdiction],
    utility: Utility,
    f: &Facts,
) -> Vec<(&'a Jurisdiction, &'a UtilityRules)> {
    let mut out = Vec::new();
    for j in chain {
        let mine = j.utilities.iter();
        out.extend(
            mine.filter(|r| r.utility.contains(&utility) && r.when.matches(f))
                .map(|r| (*j, r)),
        );
    }
    out
}

/// Every item of `list` over the levels, nearest first, once per id.
fn by_id<'a, T>(
    levels: &[(&'a Jurisdiction, &'a UtilityRules)],
    list: fn(&'a UtilityRules) -> &'a [T],
    id: fn(&T) -> &str,
    when: fn(&T) -> &crate::policy::When,
    f: &Facts,
) -> Vec<&'a T> {
    let mut out: Vec<&T> = Vec::new();
    for (_, r) in levels {
        for x in list(r).iter().filter(|x| when(x).matches(f)) {
            if !out.iter().any(|o| id(o) == id(x)) {
                out.push(x);
            }
        }
    }
    out
}

/// The total limit for facts `f`: the first level with limits decides.
fn total<'a>(
    levels: &[(&'a Jurisdiction, &'a UtilityRules)],
    f: &Facts,
    dn: Option<u32>,
) -> (Limit<'a>, Option<&'a Jurisdiction>) {
    levels
        .iter()
        .find(|(_, r)| !r.limits.is_empty())
        .map_or((Limit::None, None), |(j, r)| {
            (limit(&r.limits, f, dn), Some(*j))
        })
}

/// The meter fee for facts `f`: the first level with waivers decides.
fn waiver_of<'a>(
    levels: &[(&'a Jurisdiction, &'a UtilityRules)],
    f: &Facts,
    dn: Option<u32>,
) -> Waiver<'a> {
    levels
        .iter()
        .find(|(_, r)| !r.meter_fee_waivers.is_empty())
        .map_or(Waiver::NoRule, |(_, r)| waiver(&r.meter_fee_waivers, f, dn))
}

/// Decides one utility for the main case's facts.
pub fn decide<'a>(
    chain: &[&'a Jurisdiction],
    app: &Application,
    utility: Utility,
    f: &Facts,
    cal: &Calendar,
    start: NaiveDate,
) -> UtilityDecision<'a> {
    let dn = app.water_meter_dn.filter(|_| utility == Utility::Water);
    let levels = levels(chain, utility, f);
    let covered = levels
        .iter()
        .any(|(_, r)| !r.stages.is_empty() || !r.limits.is_empty());
    let stages = levels.iter().find(|(_, r)| !r.stages.is_empty()).copied();
    let stage_limits = stages.map_or_else(Vec::new, |(_, r)| {
        r.stages.iter().map(|s| limit(&s.limits, f, dn)).collect()
    });
    let (limit, limit_from) = total(&levels, f, dn);
    let completion = limit.set().and_then(|l| end_of(cal, start, l));
    let alternatives = alternatives(chain, app, utility, f, &limit, cal, start);
    let main_waiver = waiver_of(&levels, f, dn);
    let waiver_depends_on_customer = app.customer.is_none()
        && customers_tried().any(|c| {
            let other = Facts { customer: c, ..*f };
            waiver_of(&self::levels(chain, utility, &other), &other, dn).waived()
                != main_waiver.waived()
        });
    UtilityDecision {
        utility,
        covered,
        stages,
        stage_limits,
        limit,
        limit_from,
        completion,
        alternatives,
        documents: levels
            .iter()
            .find(|(_, r)| !r.documents.is_empty())
            .map_or_else(Vec::new, |(_, r)| r.documents.iter().collect()),
        costs: by_id(&levels, |r| &r.costs, |c| &c.id, |c| &c.when, f),
        waiver: main_waiver,
        waiver_depends_on_customer,
        commitments: by_id(&levels, |r| &r.commitments, |c| &c.id, |c| &c.when, f),
        notes: by_id(&levels, |r| &r.notes, |n| &n.id, |n| &n.when, f),
        levels,
    }
}

/// The customer classes tried when the question is left open (its declaration).
fn customers_tried() -> impl Iterator<Item = Customer> {
    unanswered()
        .iter()
        .filter(|u| u.question.field == Field::Customer)
        .flat_map(|u| u.alternatives.iter())
        .filter_map(|a| match a {
            Answer::Customer(c) => Some(*c),
            _ => None,
        })
}

/// The limits under other answers: each meter size when the size decides and
/// was not given; each other customer class when that was not answered and it
/// changes the limit.
fn alternatives<'a>(
    chain: &[&'a Jurisdiction],
    app: &Application,
    utility: Utility,
    f: &Facts,
    main: &Limit<'a>,
    cal: &Calendar,
    start: NaiveDate,
) -> Vec<Alternative<'a>> {
    let mut out = Vec::new();
    let alt = |answer, limit: Option<&'a UtilityLimit>| Alternative {
        answer,
        limit,
        completion: limit.and_then(|l| end_of(cal, start, l)),
    };
    if let Limit::BySize { sizes, larger } = main {
        let mut largest = 0;
        for l in sizes {
            let max = l.meter_dn_max.unwrap_or_default();
            largest = largest.max(max);
            out.push(alt(Other::MeterUpTo(max), Some(l)));
        }
        out.push(alt(Other::MeterAbove(largest), *larger));
    }
    if app.customer.is_none() {
        let dn = app.water_meter_dn.filter(|_| utility == Utility::Water);
        for c in customers_tried() {
            let other = Facts { customer: c, ..*f };
            let (l, _) = total(&levels(chain, utility, &other), &other, dn);
            // A limit that still turns on the size is shown by size above.
            if !same(&l, main) && (l.set().is_some() || !matches!(l, Limit::BySize { .. })) {
                out.push(alt(Other::Customer(c), l.set()));
            }
        }
    }
    out
}

/// Whether two outcomes are the same limit (the same rule), or both none.
fn same(a: &Limit, b: &Limit) -> bool {
    match (a.set(), b.set()) {
        (Some(x), Some(y)) => std::ptr::eq(x, y),
        (None, None) => std::mem::discriminant(a) == std::mem::discriminant(b),
        _ => false,
    }
}

/// Every utility the application asks for, in the question's order.
pub fn decide_all<'a>(
    chain: &[&'a Jurisdiction],
    app: &Application,
    f: &Facts,
    cal: &Calendar,
    start: NaiveDate,
) -> Vec<UtilityDecision<'a>> {
    app.utilities
        .iter()
        .map(|u| decide(chain, app, *u, f, cal, start))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Area, Kind, Supply, Voltage};
    use crate::policy::PolicyPack;

    fn facts(customer: Customer) -> Facts {
        Facts {
            area: Area::Urban,
            customer,
            voltage: Voltage::Lv,
            supply: Supply::Single,
            external_works: true,
            kind: Kind::New,
            temporary: false,
            applicant: None,
            date: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
            zero_investment: None,
        }
    }

    fn water(pack: &PolicyPack) -> &UtilityRules {
        let dx = pack.get("district-x").unwrap();
        dx.utilities
            .iter()
            .find(|r| r.utility.contains(&Utility::Water))
            .unwrap()
    }

    #[test]
    fn a_water_meter_of_dn40_is_within_the_dn40_limit_and_dn41_is_not() {
        // 四、(一)1: DN40以下 4 working days, DN100以下 7 (以下 includes the size).
        let pack = PolicyPack::embedded();
        let r = water(&pack);
        let f = facts(Customer::SmallMicro);
        let days = |dn| limit(&r.limits, &f, Some(dn)).set().map(|l| l.value);
        assert_eq!(days(40), Some(4));
        assert_eq!(days(41), Some(7));
        assert_eq!(days(100), Some(7));
        assert_eq!(days(101), None);
        assert_eq!(limit(&r.limits, &f, Some(101)), Limit::NotForCase);
    }

    #[test]
    fn without_a_meter_size_the_water_limit_is_given_by_size() {
        let pack = PolicyPack::embedded();
        let r = water(&pack);
        let Limit::BySize { sizes, larger } = limit(&r.limits, &facts(Customer::Business), None)
        else {
            panic!("expected limits by size");
        };
        let by_size: Vec<(Option<u32>, u32)> =
            sizes.iter().map(|l| (l.meter_dn_max, l.value)).collect();
        assert_eq!(by_size, [(Some(40), 4), (Some(100), 7)]);
        assert_eq!(larger, None);
        // A resident's limit does not turn on the size.
        assert_eq!(
            limit(&r.limits, &facts(Customer::Resident), None)
                .set()
                .map(|l| l.value),
            Some(3)
        );
    }

    #[test]
    fn the_meter_fee_waiver_turns_on_the_size_and_the_customer() {
        // 三、1: 水表口径在DN100以下的中小微企业、外资工商企业 免收水表安装费.
        let pack = PolicyPack::embedded();
        let r = water(&pack);
        let w = |c, dn| waiver(&r.meter_fee_waivers, &facts(c), dn).waived();
        assert_eq!(w(Customer::SmallMicro, Some(100)), Some(true));
        assert_eq!(w(Customer::SmallMicro, Some(150)), Some(false));
        assert_eq!(w(Customer::SmallMicro, None), None);
        assert_eq!(w(Customer::Resident, Some(20)), Some(false));
        // Medium-sized or foreign-invested: a condition the answers cannot settle.
        assert_eq!(w(Customer::Business, Some(50)), None);
    }

    #[test]
    fn seventy_two_hours_end_three_days_later_and_other_hours_give_no_date() {
        let cal = Calendar::shared();
        let start = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
        let mut l = UtilityLimit {
            value: 72,
            unit: TimeUnit::Hours,
            ..UtilityLimit::default()
        };
        // Around the clock: the National Day holiday does not stop the hours.
        assert_eq!(end_of(cal, start, &l), NaiveDate::from_ymd_opt(2026, 10, 3));
        l.value = 36;
        assert_eq!(end_of(cal, start, &l), None);
    }
}
