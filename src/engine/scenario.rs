//! Unanswered questions: the one table of what each is assumed to be and which
//! other answers are tried to show how the result depends on it.

use crate::model::{Application, Area, Customer, Field, Kind, Supply};
use crate::policy::Facts;
use chrono::NaiveDate;

/// A typed answer to one of the questions a case's facts depend on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Urban or rural.
    Area(Area),
    /// Customer class.
    Customer(Customer),
    /// Single or dual supply.
    Supply(Supply),
    /// Whether external works are needed.
    ExternalWorks(bool),
    /// New connection or increase.
    Kind(Kind),
    /// Temporary supply.
    Temporary(bool),
    /// The supply voltage (tried when it was not given and no rule infers it).
    Voltage(crate::model::Voltage),
}

impl Answer {
    /// The question it answers.
    pub fn field(self) -> Field {
        match self {
            Answer::Area(_) => Field::Area,
            Answer::Customer(_) => Field::Customer,
            Answer::Supply(_) => Field::Supply,
            Answer::ExternalWorks(_) => Field::ExternalWorks,
            Answer::Kind(_) => Field::Kind,
            Answer::Temporary(_) => Field::Temporary,
            Answer::Voltage(_) => Field::Voltage,
        }
    }

    /// The value as a link carries it (`rural`, `yes`, …).
    pub fn key(self) -> &'static str {
        let yn = |b| if b { "yes" } else { "no" };
        match self {
            Answer::Area(a) => a.key(),
            Answer::Customer(c) => c.key(),
            Answer::Supply(s) => s.key(),
            Answer::ExternalWorks(b) | Answer::Temporary(b) => yn(b),
            Answer::Kind(k) => k.key(),
            Answer::Voltage(v) => v.key(),
        }
    }

    /// Puts the answer into a case's facts.
    pub fn apply(self, f: &mut Facts) {
        match self {
            Answer::Area(a) => f.area = a,
            Answer::Customer(c) => f.customer = c,
            Answer::Supply(s) => f.supply = s,
            Answer::ExternalWorks(b) => f.external_works = b,
            Answer::Kind(k) => f.kind = k,
            Answer::Temporary(b) => f.temporary = b,
            Answer::Voltage(v) => f.voltage = v,
        }
    }

    /// The applicant's own answer to this answer's question, if given.
    fn given(self, app: &Application) -> Option<Answer> {
        match self {
            Answer::Area(_) => app.area.map(Answer::Area),
            Answer::Customer(_) => app.customer.map(Answer::Customer),
            Answer::Supply(_) => app.supply.map(Answer::Supply),
            Answer::ExternalWorks(_) => app.external_works.map(Answer::ExternalWorks),
            Answer::Kind(_) => app.kind.map(Answer::Kind),
            Answer::Temporary(_) => app.temporary.map(Answer::Temporary),
            Answer::Voltage(_) => app.voltage.map(Answer::Voltage),
        }
    }
}

/// One question the applicant may leave open.
#[derive(Clone, Copy, Debug)]
pub struct Unanswered {
    /// What the result assumes.
    pub default: Answer,
    /// The other answers tried, each shown as a variation when it changes the result.
    pub alternatives: &'static [Answer],
}

/// Every question the facts depend on, in question order. External works are
/// assumed (the longer case); everything else takes the most common answer.
pub const UNANSWERED: &[Unanswered] = &[
    Unanswered {
        default: Answer::Area(Area::Urban),
        alternatives: &[Answer::Area(Area::Rural)],
    },
    Unanswered {
        default: Answer::Customer(Customer::Business),
        alternatives: &[
            Answer::Customer(Customer::Resident),
            Answer::Customer(Customer::SmallMicro),
            Answer::Customer(Customer::ParkProject),
        ],
    },
    Unanswered {
        default: Answer::Supply(Supply::Single),
        alternatives: &[Answer::Supply(Supply::Dual)],
    },
    Unanswered {
        default: Answer::ExternalWorks(true),
        alternatives: &[Answer::ExternalWorks(false)],
    },
    Unanswered {
        default: Answer::Kind(Kind::New),
        alternatives: &[Answer::Kind(Kind::Increase)],
    },
    Unanswered {
        default: Answer::Temporary(false),
        alternatives: &[Answer::Temporary(true)],
    },
];

/// The questions this application left open.
pub fn open_questions(app: &Application) -> impl Iterator<Item = &'static Unanswered> + '_ {
    UNANSWERED.iter().filter(|u| u.default.given(app).is_none())
}

/// The facts of the main case: the answers given, the table's defaults for the
/// rest. The voltage is a placeholder until it is inferred.
pub fn main_facts(app: &Application, start: NaiveDate) -> Facts {
    let mut f = Facts {
        area: Area::Urban,
        customer: Customer::Business,
        voltage: app.voltage.unwrap_or(crate::model::Voltage::Lv),
        supply: Supply::Single,
        external_works: true,
        kind: Kind::New,
        temporary: false,
        applicant: app.applicant,
        date: start,
        zero_investment: None,
    };
    for u in UNANSWERED {
        u.default.given(app).unwrap_or(u.default).apply(&mut f);
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_differs_from_its_alternatives_and_answers_its_own_question() {
        for u in UNANSWERED {
            for a in u.alternatives {
                assert_ne!(*a, u.default);
                assert_eq!(a.field(), u.default.field());
            }
        }
    }

    #[test]
    fn applying_an_answer_sets_only_its_fact() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let app = crate::Application {
            jurisdiction: "national".into(),
            area: None,
            customer: None,
            applicant: None,
            capacity: crate::capacity::parse_capacity("50kVA").unwrap(),
            power_factor: Default::default(),
            power_factor_given: false,
            voltage: None,
            supply: None,
            external_works: None,
            kind: None,
            temporary: None,
            proxy: None,
            start: Some(d),
        };
        let base = main_facts(&app, d);
        assert_eq!(open_questions(&app).count(), UNANSWERED.len());
        for u in UNANSWERED {
            for a in u.alternatives {
                let mut f = base;
                a.apply(&mut f);
                assert_ne!(f, base, "{a:?}");
                u.default.apply(&mut f);
                assert_eq!(f, base, "{a:?}");
            }
        }
    }
}
