//! Unanswered questions: what each is assumed to be and which other answers
//! are tried to show how the result depends on it, as the questions'
//! declarations (`crate::questions`) say, read as typed answers.

use crate::model::{Application, Area, Customer, Field, Kind, Supply, Voltage};
use crate::policy::Facts;
use crate::questions::{question, Choice, Question};
use chrono::NaiveDate;
use std::sync::OnceLock;

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
    Voltage(Voltage),
}

impl Answer {
    /// The answer a question's key names, for the questions a case's facts
    /// depend on.
    pub fn of(field: Field, key: &str) -> Option<Answer> {
        let i = question(field)
            .choices()
            .iter()
            .position(|c| c.key == key)?;
        let yes = key == "yes";
        Some(match field {
            Field::Area => Answer::Area(Area::ALL[i]),
            Field::Customer => Answer::Customer(Customer::ALL[i]),
            Field::Supply => Answer::Supply(Supply::ALL[i]),
            Field::ExternalWorks => Answer::ExternalWorks(yes),
            Field::Kind => Answer::Kind(Kind::ALL[i]),
            Field::Temporary => Answer::Temporary(yes),
            Field::Voltage => Answer::Voltage(Voltage::ALL[i]),
            _ => return None,
        })
    }

    /// Its declaration (label and words).
    pub fn choice(self) -> Option<&'static Choice> {
        question(self.field()).choice(self.key())
    }

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

/// One question the applicant may leave open, read from its declaration.
#[derive(Clone, Debug)]
pub struct Unanswered {
    /// Its declaration.
    pub question: &'static Question,
    /// What the result assumes.
    pub default: Answer,
    /// The other answers tried, each shown as a variation when it changes the result.
    pub alternatives: Vec<Answer>,
}

/// The declarations read once as typed answers (every assessment reads them).
static UNANSWERED: OnceLock<Vec<Unanswered>> = OnceLock::new();

/// Every question the facts depend on, in the order links list them, with
/// the answer assumed when it is left open.
pub fn unanswered() -> &'static [Unanswered] {
    UNANSWERED.get_or_init(|| {
        Field::ALL
            .iter()
            .filter_map(|&f| {
                let question = question(f);
                let u = question.unanswered()?;
                Some(Unanswered {
                    question,
                    default: Answer::of(f, u.default)?,
                    alternatives: u.tried.iter().filter_map(|k| Answer::of(f, k)).collect(),
                })
            })
            .collect()
    })
}

/// The questions this application left open.
pub fn open_questions(app: &Application) -> impl Iterator<Item = &'static Unanswered> + '_ {
    unanswered()
        .iter()
        .filter(move |u| u.default.given(app).is_none())
}

/// The facts of the main case: the answers given, the table's defaults for the
/// rest. The voltage is a placeholder until it is inferred.
pub fn main_facts(app: &Application, start: NaiveDate) -> Facts {
    let mut f = Facts {
        area: Area::Urban,
        customer: Customer::Business,
        voltage: app.voltage.unwrap_or(Voltage::Lv),
        supply: Supply::Single,
        external_works: true,
        kind: Kind::New,
        temporary: false,
        applicant: app.applicant,
        date: start,
        zero_investment: None,
    };
    for u in unanswered() {
        u.default.given(app).unwrap_or(u.default).apply(&mut f);
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_differs_from_its_alternatives_and_answers_its_own_question() {
        let all = unanswered();
        let fields: Vec<Field> = all.iter().map(|u| u.question.field).collect();
        // The questions the facts depend on, in link order (the order of the
        // result's assumptions and variations).
        assert_eq!(
            fields,
            [
                Field::Area,
                Field::Customer,
                Field::Supply,
                Field::ExternalWorks,
                Field::Kind,
                Field::Temporary
            ]
        );
        for u in all {
            let tried = u.question.unanswered().unwrap().tried;
            assert_eq!(u.alternatives.len(), tried.len(), "{u:?}");
            for a in &u.alternatives {
                assert_ne!(*a, u.default);
                assert_eq!(a.field(), u.default.field());
                assert!(a.choice().and_then(|c| c.if_so).is_some(), "{a:?}");
            }
        }
    }

    #[test]
    fn typed_answers_round_trip_through_their_keys() {
        for u in unanswered() {
            for c in u.question.choices() {
                let a = Answer::of(u.question.field, c.key).unwrap();
                assert_eq!(a.key(), c.key);
                assert_eq!(a.field(), u.question.field);
            }
        }
        for v in Voltage::ALL {
            assert_eq!(
                Answer::of(Field::Voltage, v.key()),
                Some(Answer::Voltage(*v))
            );
        }
        assert_eq!(Answer::of(Field::Applicant, "company"), None);
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
            utilities: Vec::new(),
            water_meter_dn: None,
            start: Some(d),
        };
        let base = main_facts(&app, d);
        assert_eq!(open_questions(&app).count(), unanswered().len());
        for u in unanswered() {
            for a in &u.alternatives {
                let mut f = base;
                a.apply(&mut f);
                assert_ne!(f, base, "{a:?}");
                u.default.apply(&mut f);
                assert_eq!(f, base, "{a:?}");
            }
        }
    }
}
