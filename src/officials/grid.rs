//! The scenario grid of one place: capacity steps × area × customer type, each
//! cell the engine's verdict, total time limit and (inferred) voltage, and
//! where they change from the capacity above. The steps include every cap and
//! low-voltage limit the place's rules state, and the capacity just above it.

use super::{capacity_key, voltage_word};
use crate::assessment::Verdict;
use crate::capacity::{Capacity, PowerFactor, Unit};
use crate::client::{limit_text, Wb};
use crate::explain::words;
use crate::model::{Application, Area, Customer, Draft, Field, Voltage};
use crate::policy::{DaysKind, PolicyPack};
use crate::text::{Lang, Str};
use crate::Calendar;
use chrono::NaiveDate;

/// Round capacities every grid has, in kVA.
const STEPS_KVA: [u64; 16] = [
    10, 30, 50, 80, 100, 125, 200, 250, 315, 400, 500, 630, 800, 1000, 2000, 5000,
];

/// The grid's columns: each area, each customer type.
pub fn columns() -> Vec<(Area, Customer)> {
    let mut out = Vec::with_capacity(Area::ALL.len() * Customer::ALL.len());
    for a in Area::ALL {
        for c in Customer::ALL {
            out.push((*a, *c));
        }
    }
    out
}

/// One cell: what the engine decides for the case.
#[derive(Clone, Debug, PartialEq)]
pub struct GridCell {
    /// The case's answers (the result link).
    pub draft: Draft,
    pub voltage: Voltage,
    pub zero: Verdict,
    /// The total time limit: days, kind, average.
    pub total: Option<(u32, DaysKind, bool)>,
    /// The voltage differs from the capacity above.
    pub voltage_changes: bool,
    /// The zero-investment verdict differs from the capacity above.
    pub zero_changes: bool,
}

impl GridCell {
    /// "4 个工作日" / "no total limit".
    pub fn total_text(&self, lang: Lang) -> String {
        match self.total {
            Some((d, k, avg)) => limit_text(d, k, avg, lang),
            None => Wb::NoLimitShort.get(lang).to_string(),
        }
    }

    pub fn zero_text(&self, lang: Lang) -> &'static str {
        if self.zero == Verdict::Yes {
            Wb::ZeroYesShort.get(lang)
        } else {
            Wb::ZeroNoShort.get(lang)
        }
    }
}

/// A place's grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub place: Str,
    pub steps: Vec<Capacity>,
    pub columns: Vec<(Area, Customer)>,
    /// One row per step, one cell per column.
    pub rows: Vec<Vec<GridCell>>,
}

/// The capacity steps: the round ones, and each cap and low-voltage limit of
/// the place's chain with the capacity just above it, in the limit's own unit;
/// ordered by size at the power factor `pf`.
pub fn steps(pack: &PolicyPack, place: &str, pf: PowerFactor) -> Vec<Capacity> {
    let mut all: Vec<Capacity> = STEPS_KVA
        .iter()
        .map(|v| Capacity::kilo(*v, Unit::Kva))
        .collect();
    for j in pack.chain(place) {
        let limits = j
            .zero_investment
            .iter()
            .filter_map(|r| r.cap)
            .chain(j.voltage_inference.iter().map(|r| r.lv_max));
        for c in limits {
            all.push(c.capacity());
            all.push(Capacity::kilo(c.value + 1, c.unit));
        }
    }
    // Insertion in order of size (a few dozen steps), each capacity once.
    let key = |c: &Capacity| (c.in_unit(Unit::Kva, pf).amount, c.unit == Unit::Kw);
    let mut out: Vec<Capacity> = Vec::with_capacity(all.len());
    for c in all {
        if !out.contains(&c) {
            let at = out
                .iter()
                .position(|o| key(o) > key(&c))
                .unwrap_or(out.len());
            out.insert(at, c);
        }
    }
    out
}

/// The grid for `base`'s place and other answers (supply, external works,
/// kind, temporary, power factor, date); `None` when the place is unknown.
pub fn grid(pack: &PolicyPack, base: &Draft, today: NaiveDate) -> Option<Grid> {
    let place = base.get(Field::Jurisdiction).trim();
    pack.get(place)?;
    let ids = pack.ids();
    let pf = crate::capacity::parse_power_factor(base.get(Field::PowerFactor))
        .unwrap_or(PowerFactor::DEFAULT);
    let steps = steps(pack, place, pf);
    let columns = columns();
    let cal = Calendar::shared();
    let mut rows: Vec<Vec<GridCell>> = Vec::with_capacity(steps.len());
    for cap in &steps {
        let mut row = Vec::with_capacity(columns.len());
        for (i, (area, customer)) in columns.iter().enumerate() {
            let mut draft = base.clone();
            draft.set(Field::Area, area.key());
            draft.set(Field::Customer, customer.key());
            draft.set(Field::Capacity, capacity_key(cap));
            let app = Application::parse(&draft, &ids).ok()?;
            let d = crate::decide(pack, &app, cal, today);
            let above = rows.last().map(|r: &Vec<GridCell>| &r[i]);
            let voltage = d.main.facts.voltage;
            let zero = d.zero.status;
            row.push(GridCell {
                total: d.main.total.map(|t| (t.days, t.days_kind, t.average)),
                voltage_changes: above.is_some_and(|a| a.voltage != voltage),
                zero_changes: above.is_some_and(|a| a.zero != zero),
                draft,
                voltage,
                zero,
            });
        }
        rows.push(row);
    }
    Some(Grid {
        place: place.into(),
        steps,
        columns,
        rows,
    })
}

/// The grid's answers: the place, and the other answers with the engine's
/// own defaults (single supply, external works, new, permanent), applied on
/// the date given or `today`.
pub fn base_draft(draft: &Draft, today: NaiveDate) -> Draft {
    let mut d = Draft::default();
    let keep_or = |f: Field, default: &str| {
        let v = draft.get(f).trim();
        if v.is_empty() {
            default.to_string()
        } else {
            v.to_string()
        }
    };
    d.set(Field::Jurisdiction, keep_or(Field::Jurisdiction, ""));
    d.set(Field::Supply, keep_or(Field::Supply, "single"));
    d.set(Field::ExternalWorks, keep_or(Field::ExternalWorks, "yes"));
    d.set(Field::Kind, keep_or(Field::Kind, "new"));
    d.set(Field::Temporary, keep_or(Field::Temporary, "no"));
    d.set(Field::Start, keep_or(Field::Start, &words::iso_date(today)));
    let pf = draft.get(Field::PowerFactor).trim();
    if !pf.is_empty() {
        d.set(Field::PowerFactor, pf);
    }
    d
}

/// The grid as CSV rows, one per cell: capacity, area, customer, voltage,
/// zero investment, total time limit.
pub fn csv_rows(g: &Grid, lang: Lang) -> Vec<Vec<String>> {
    let mut out = vec![vec![
        crate::client::S::Capacity.get(lang).to_string(),
        crate::model::Field::Area.label().get(lang).to_string(),
        crate::model::Field::Customer.label().get(lang).to_string(),
        crate::client::S::Voltage.get(lang).to_string(),
        Wb::MeasureZero.get(lang).to_string(),
        Wb::MeasureTimeLimit.get(lang).to_string(),
    ]];
    for (cap, row) in g.steps.iter().zip(&g.rows) {
        for ((area, customer), cell) in g.columns.iter().zip(row) {
            out.push(vec![
                words::capacity(cap),
                words::area(*area, lang).to_string(),
                words::customer(*customer, lang).to_string(),
                voltage_word(cell.voltage, lang).to_string(),
                cell.zero_text(lang).to_string(),
                cell.total_text(lang),
            ]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(place: &str) -> Draft {
        let mut d = Draft::default();
        d.set(Field::Jurisdiction, place);
        base_draft(&d, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap())
    }

    #[test]
    fn the_steps_straddle_every_cap_of_the_place() {
        let pack = PolicyPack::embedded();
        let s = steps(&pack, "yangjiang", PowerFactor::DEFAULT);
        let keys: Vec<String> = s.iter().map(capacity_key).collect();
        for k in ["100kVA", "101kVA", "160kVA", "161kVA", "160kW", "161kW"] {
            assert!(keys.contains(&k.to_string()), "{k} in {keys:?}");
        }
        let va: Vec<u64> = s
            .iter()
            .map(|c| c.in_unit(Unit::Kva, PowerFactor::DEFAULT).amount)
            .collect();
        assert!(va.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    }

    #[test]
    fn zero_investment_stops_above_the_cap_and_the_voltage_changes_above_the_lv_limit() {
        let pack = PolicyPack::embedded();
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let g = grid(&pack, &base("yangjiang"), today).unwrap();
        let col = g
            .columns
            .iter()
            .position(|c| *c == (Area::Rural, Customer::Business))
            .unwrap();
        let at = |k: &str| {
            let i = g.steps.iter().position(|c| capacity_key(c) == k).unwrap();
            &g.rows[i][col]
        };
        // Yangjiang, other areas: its own zero-investment cap of 100 kVA; low
        // voltage up to the national range in force (160 kW), the higher one.
        assert_eq!(at("100kVA").zero, Verdict::Yes);
        assert_ne!(at("101kVA").zero, Verdict::Yes);
        assert!(at("101kVA").zero_changes);
        assert_eq!(at("160kW").voltage, Voltage::Lv);
        let above = at("161kW");
        assert_ne!(above.voltage, Voltage::Lv);
        assert!(above.voltage_changes);
        // Each cell is the applicant's own result for its link.
        let app = Application::parse(&above.draft, &pack.ids()).unwrap();
        let a = crate::assess_on(&pack, &app, &crate::Calendar::embedded(), today);
        assert_eq!(a.voltage, above.voltage);
        assert_eq!(a.zero_investment.status, above.zero);
        assert_eq!(a.time_limit.map(|t| t.days), above.total.map(|t| t.0));
        assert!(grid(&pack, &base("atlantis"), today).is_none());
    }

    #[test]
    fn the_csv_has_one_line_per_cell() {
        let pack = PolicyPack::embedded();
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let g = grid(&pack, &base("liuzhou"), today).unwrap();
        let rows = csv_rows(&g, Lang::En);
        assert_eq!(rows.len(), 1 + g.steps.len() * g.columns.len());
        assert_eq!(rows[0][0], "Capacity");
    }
}
