//! Zero investment (零投资): which rule decides a case, and how.

use super::scenario::Answer;
use super::Levels;
use crate::assessment::Verdict;
use crate::capacity::{Capacity, PowerFactor, Unit};
use crate::policy::{CapValue, Condition, Facts, Jurisdiction, ZeroInvestmentRule};

/// What the zero-investment rules say about one case.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<'a> {
    /// A rule covers the case (within its cap, if it has one).
    Within(&'a ZeroInvestmentRule),
    /// A rule puts the case outside zero investment.
    Excluded(&'a ZeroInvestmentRule),
    /// The case matches a rule but the capacity is above its cap.
    OverCap {
        /// The rule with the largest cap.
        rule: &'a ZeroInvestmentRule,
        /// Its cap.
        cap: CapValue,
        /// How far above the cap, in the cap's unit.
        excess: Capacity,
    },
    /// No rule matches; the closest one fails these conditions.
    Unmet {
        /// The rule failing the fewest conditions.
        rule: &'a ZeroInvestmentRule,
        /// The conditions it fails.
        conditions: Vec<Condition<'a>>,
    },
    /// No zero-investment rule at all.
    NoRule,
}

impl<'a> Outcome<'a> {
    /// Whether zero investment applies.
    pub fn applies(&self) -> bool {
        matches!(self, Outcome::Within(_))
    }

    /// The rule the outcome rests on.
    pub fn rule(&self) -> Option<&'a ZeroInvestmentRule> {
        match self {
            Outcome::Within(r) | Outcome::Excluded(r) => Some(r),
            Outcome::OverCap { rule, .. } | Outcome::Unmet { rule, .. } => Some(rule),
            Outcome::NoRule => None,
        }
    }

    /// The cap the verdict compares against.
    pub fn cap(&self) -> Option<CapValue> {
        self.rule().and_then(|r| r.cap)
    }
}

fn within_cap(r: &ZeroInvestmentRule, capacity: &Capacity, pf: PowerFactor) -> bool {
    r.cap.is_none_or(|c| c.admits(capacity, pf))
}

/// The verdict of one level's rules, or `None` when none of them matches the case.
fn level<'a>(
    rules: &'a [ZeroInvestmentRule],
    f: &Facts,
    capacity: &Capacity,
    pf: PowerFactor,
) -> Option<Outcome<'a>> {
    let matching = || rules.iter().filter(|r| r.when.matches(f));
    matching().next()?;
    if let Some(ex) = matching().find(|r| !r.applies) {
        return Some(Outcome::Excluded(ex));
    }
    if let Some(ok) = matching().find(|r| within_cap(r, capacity, pf)) {
        return Some(Outcome::Within(ok));
    }
    // Over every cap: explain with the largest one.
    let rule = matching().max_by_key(|r| r.cap.map(|c| c.capacity().amount))?;
    let cap = rule.cap?;
    Some(Outcome::OverCap {
        rule,
        cap,
        excess: capacity.excess_over(&cap.capacity(), pf),
    })
}

/// The level (of a chain) whose rule an outcome rests on.
pub fn level_of<'a>(chain: &[&'a Jurisdiction], o: &Outcome) -> Option<&'a Jurisdiction> {
    let rule = o.rule()?;
    chain
        .iter()
        .copied()
        .find(|j| j.zero_investment.iter().any(|r| std::ptr::eq(r, rule)))
}

/// The verdict of one level alone (the national rules read beside a place's):
/// its rule for the case, or its closest rule, or none.
fn at_level<'a>(
    j: &'a Jurisdiction,
    f: &Facts,
    capacity: &Capacity,
    pf: PowerFactor,
) -> Outcome<'a> {
    level(&j.zero_investment, f, capacity, pf).unwrap_or_else(|| closest(&[j], f))
}

/// The applying rule failing the fewest conditions, to explain a "no".
fn closest<'a>(levels: &[&'a Jurisdiction], f: &Facts) -> Outcome<'a> {
    let rule = levels
        .iter()
        .flat_map(|j| j.zero_investment.iter())
        .filter(|r| r.applies)
        .min_by_key(|r| r.when.unmet_count(f));
    match rule {
        Some(rule) => Outcome::Unmet {
            rule,
            conditions: rule.when.unmet(f),
        },
        None => Outcome::NoRule,
    }
}

/// The first level of the chain (`levels` split from `chain`: the place, then
/// what it inherits) with a rule for the case decides; with none, the closest
/// rule explains the "no". Each level is read once. With `beside`, and when
/// one of the place's own levels decides, also the national rules' verdict.
pub fn evaluate<'a>(
    levels: Levels<'_, 'a>,
    chain: &[&'a Jurisdiction],
    f: &Facts,
    capacity: &Capacity,
    pf: PowerFactor,
    beside: bool,
) -> (Outcome<'a>, Option<Outcome<'a>>) {
    let own = levels
        .own
        .iter()
        .find_map(|j| level(&j.zero_investment, f, capacity, pf));
    match own {
        Some(o) => {
            let national = levels
                .national
                .filter(|_| beside)
                .map(|n| at_level(n, f, capacity, pf));
            (o, national)
        }
        None => {
            let o = levels
                .national
                .and_then(|n| level(&n.zero_investment, f, capacity, pf))
                .unwrap_or_else(|| closest(chain, f));
            (o, None)
        }
    }
}

/// The verdict over the unanswered questions: yes when the main case and every
/// alternative qualify, no when none does, otherwise it depends.
pub fn status(main: bool, alternatives: &[(Answer, bool)]) -> Verdict {
    let all = main && alternatives.iter().all(|(_, a)| *a);
    let any = main || alternatives.iter().any(|(_, a)| *a);
    match (all, any) {
        (true, _) => Verdict::Yes,
        (_, false) => Verdict::No,
        _ => Verdict::Depends,
    }
}

/// A capacity compared with a cap in the other unit (kVA vs kW).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion {
    /// The cap's unit.
    pub unit: Unit,
    /// The applicant's capacity in the cap's unit, at their power factor.
    pub converted: Capacity,
    /// The power factor at which the verdict changes, when it lies in 0.5–1.0.
    pub break_even: Option<PowerFactor>,
}

/// How a capacity given in one unit meets a cap in the other; `None` when the units agree.
pub fn conversion(capacity: &Capacity, pf: PowerFactor, cap: CapValue) -> Option<Conversion> {
    if cap.unit == capacity.unit {
        return None;
    }
    let cap_amount = u128::from(cap.capacity().amount);
    let amount = u128::from(capacity.amount);
    // kW given vs kVA cap: within iff pf ≥ P/C. kVA given vs kW cap: within iff pf ≤ C/S.
    let threshold = if cap.unit == Unit::Kva {
        amount * 1000 / cap_amount.max(1)
    } else {
        cap_amount * 1000 / amount.max(1)
    };
    Some(Conversion {
        unit: cap.unit,
        converted: capacity.in_unit(cap.unit, pf),
        break_even: (500..=1000)
            .contains(&threshold)
            .then_some(PowerFactor(threshold as u16)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capacity::parse_capacity;

    fn kilo(v: u64, unit: Unit) -> CapValue {
        CapValue {
            value: v,
            unit,
            inclusive: true,
        }
    }

    #[test]
    fn ninety_kw_against_a_100_kva_cap_breaks_even_at_power_factor_0_9() {
        let c = parse_capacity("90kW").unwrap();
        let conv = conversion(&c, PowerFactor(900), kilo(100, Unit::Kva)).unwrap();
        assert_eq!(conv.break_even, Some(PowerFactor(900)));
        assert_eq!(conv.converted.kilo_str(), "100");
    }

    #[test]
    fn kva_against_a_kw_cap_breaks_even_where_kva_times_pf_meets_the_cap() {
        // 200 kVA × pf ≤ 160 kW  ⇔  pf ≤ 0.8.
        let c = parse_capacity("200kVA").unwrap();
        let conv = conversion(&c, PowerFactor(900), kilo(160, Unit::Kw)).unwrap();
        assert_eq!(conv.break_even, Some(PowerFactor(800)));
    }

    #[test]
    fn no_break_even_when_no_plausible_power_factor_changes_the_verdict() {
        // 400 kVA needs pf ≤ 0.4 to fit 160 kW; 100 kVA fits at any pf.
        let big = parse_capacity("400kVA").unwrap();
        let small = parse_capacity("100kVA").unwrap();
        let cap = kilo(160, Unit::Kw);
        assert_eq!(
            conversion(&big, PowerFactor(900), cap).unwrap().break_even,
            None
        );
        assert_eq!(
            conversion(&small, PowerFactor(900), cap)
                .unwrap()
                .break_even,
            None
        );
    }

    #[test]
    fn same_units_need_no_conversion() {
        let c = parse_capacity("100kVA").unwrap();
        assert_eq!(conversion(&c, PowerFactor(900), kilo(160, Unit::Kva)), None);
    }

    #[test]
    fn status_is_yes_only_when_every_answer_qualifies() {
        let rural = Answer::Area(crate::model::Area::Rural);
        assert_eq!(status(true, &[]), Verdict::Yes);
        assert_eq!(status(true, &[(rural, true)]), Verdict::Yes);
        assert_eq!(status(true, &[(rural, false)]), Verdict::Depends);
        assert_eq!(status(false, &[(rural, true)]), Verdict::Depends);
        assert_eq!(status(false, &[(rural, false)]), Verdict::No);
    }
}
