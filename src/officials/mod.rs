//! The officials' tables: the places side by side, every rule of a place,
//! a pack checked against the built-in data, and a scenario grid. Pure logic,
//! testable natively; every figure comes from running the engine (`decide`,
//! `explain`) on the policy pack, so no rule is copied here. The views are in
//! `views::officials`.

pub mod batch;
pub mod compare;
pub mod csv;
pub mod diff;
pub mod grid;
pub mod markup;
pub mod rules;

use crate::capacity::Capacity;
use crate::client::Wb;
use crate::explain::words;
use crate::model::{Area, Customer, Draft, Field, Kind, Supply, Utility, Voltage};
use crate::text::Lang;
use chrono::NaiveDate;

/// The engine's assessment of `draft` under `pack`, its sentences in `lang`
/// (the result page's own call); `None` when the answers are not valid.
#[cfg(test)]
pub fn assess(
    pack: &crate::PolicyPack,
    draft: &Draft,
    today: NaiveDate,
    lang: Lang,
) -> Option<crate::Assessment> {
    let app = crate::Application::parse(draft, &pack.ids()).ok()?;
    Some(crate::assess_in(
        pack,
        &app,
        crate::Calendar::shared(),
        today,
        crate::explain::Langs::only(lang),
    ))
}

/// A capacity as a link writes it: `100kVA`.
pub fn capacity_key(c: &Capacity) -> String {
    format!("{}{}", c.kilo_str(), c.unit.symbol())
}

/// "低压" / "10 kV".
pub fn voltage_word(v: Voltage, lang: Lang) -> &'static str {
    match v {
        Voltage::Lv => Wb::Lv.get(lang),
        v => words::voltage(v),
    }
}

/// "单电源" / "双电源".
pub fn supply_word(s: Supply, lang: Lang) -> &'static str {
    match s {
        Supply::Single => Wb::SupplySingle,
        Supply::Dual => Wb::SupplyDual,
    }
    .get(lang)
}

/// "有外线工程" / "无外线工程".
pub fn works_word(external_works: bool, lang: Lang) -> &'static str {
    if external_works {
        Wb::WithWorks
    } else {
        Wb::NoWorks
    }
    .get(lang)
}

/// "新装" / "增容".
pub fn kind_word(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::New => Wb::KindNew,
        Kind::Increase => Wb::KindIncrease,
    }
    .get(lang)
}

/// A representative case: every answer given (the voltage too, unless the
/// engine is to infer it), so that nothing depends on an unanswered question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Case {
    pub voltage: Option<Voltage>,
    pub customer: Customer,
    pub area: Area,
    pub supply: Supply,
    pub external_works: bool,
    pub capacity: Capacity,
    /// Another utility applied for with electricity (the utilities' rows).
    pub utility: Option<Utility>,
}

impl Case {
    /// The case's answers for `place`, applied on `start`: a new, permanent connection.
    pub fn draft(&self, place: &str, start: NaiveDate) -> Draft {
        let mut d = Draft::default();
        d.set(Field::Jurisdiction, place);
        d.set(Field::Area, self.area.key());
        d.set(Field::Customer, self.customer.key());
        d.set(Field::Capacity, capacity_key(&self.capacity));
        if let Some(v) = self.voltage {
            d.set(Field::Voltage, v.key());
        }
        d.set(Field::Supply, self.supply.key());
        d.set(
            Field::ExternalWorks,
            if self.external_works { "yes" } else { "no" },
        );
        d.set(Field::Kind, "new");
        d.set(Field::Temporary, "no");
        if let Some(u) = self.utility {
            d.set(Field::Utilities, u.key());
        }
        d.set(Field::Start, words::iso_date(start));
        d
    }

    /// "低压 · 居民用户 · 城区 · 单电源 · 无外线工程 · 10 kW".
    pub fn label(&self, lang: Lang) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(6);
        if let Some(v) = self.voltage {
            parts.push(voltage_word(v, lang));
        }
        parts.push(words::customer(self.customer, lang));
        parts.push(words::area(self.area, lang));
        parts.push(supply_word(self.supply, lang));
        parts.push(works_word(self.external_works, lang));
        if let Some(u) = self.utility {
            parts.push(crate::explain::utilities::name(u, lang));
        }
        let cap = words::capacity(&self.capacity);
        let mut out = parts.join(" · ");
        out.push_str(" · ");
        out.push_str(&cap);
        out
    }
}

/// "规定来自：全国基准", the small print of a figure another level sets.
pub fn set_by(name: &str, lang: Lang) -> String {
    format!("{}{name}", Wb::SetBy.get(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_gives_every_answer_so_nothing_is_assumed() {
        let case = Case {
            voltage: Some(Voltage::Lv),
            customer: Customer::Resident,
            area: Area::Urban,
            supply: Supply::Single,
            external_works: false,
            capacity: Capacity::kilo(10, crate::capacity::Unit::Kw),
            utility: None,
        };
        let start = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let draft = case.draft("liuzhou", start);
        let pack = crate::PolicyPack::embedded();
        let a = assess(&pack, &draft, start, Lang::En).unwrap();
        assert!(a.assumptions.is_empty(), "{:?}", a.assumptions);
        assert_eq!(a.capacity.input, "10 kW");
        assert_eq!(
            case.label(Lang::En),
            "low voltage · residents · urban areas · single supply · no external works · 10 kW"
        );
        assert_eq!(
            case.label(Lang::ZhHans),
            "低压 · 居民用户 · 城区 · 单电源 · 无外线工程 · 10 kW"
        );
    }
}
