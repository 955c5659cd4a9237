//! The places side by side: for each row, one representative case run through
//! the engine in every place (the national baseline too), the figure the
//! result shows, the level whose rule gives it, and the best value marked.

use super::{set_by, Case};
use crate::assessment::Verdict;
use crate::capacity::{Capacity, PowerFactor, Unit};
use crate::client::{fill, limit_text, Wb};
use crate::engine::Decision;
use crate::explain::words;
use crate::model::{Application, Area, Customer, Draft, Supply, Utility, Voltage};
use crate::policy::{source_owner, CapValue, DaysKind, PolicyPack, TimeUnit};
use crate::text::{Lang, Str, Text};
use chrono::NaiveDate;

/// What a row measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// The procedure stages (环节), as the policy counts them.
    Stages,
    /// The application documents (申请材料).
    Documents,
    /// The total time limit.
    TimeLimit,
    /// Zero investment and its cap.
    ZeroInvestment,
    /// The government permits' time limit.
    Permits,
    /// Another utility's total time limit (water, gas, telecom).
    Utility(Utility),
}

impl Measure {
    pub fn key(self) -> &'static str {
        match self {
            Measure::Stages => "stages",
            Measure::Documents => "documents",
            Measure::TimeLimit => "time_limit",
            Measure::ZeroInvestment => "zero_investment",
            Measure::Permits => "permits",
            Measure::Utility(Utility::Water) => "water_time_limit",
            Measure::Utility(Utility::Gas) => "gas_time_limit",
            Measure::Utility(Utility::Telecom) => "telecom_time_limit",
        }
    }

    pub fn title(self) -> Wb {
        match self {
            Measure::Stages => Wb::MeasureStages,
            Measure::Documents => Wb::MeasureDocuments,
            Measure::TimeLimit => Wb::MeasureTimeLimit,
            Measure::ZeroInvestment => Wb::MeasureZero,
            Measure::Permits => Wb::MeasurePermits,
            Measure::Utility(_) => Wb::MeasureUtilityLimit,
        }
    }
}

/// A row: what it measures, on which case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowSpec {
    pub measure: Measure,
    pub case: Case,
}

const fn case(
    voltage: Voltage,
    customer: Customer,
    area: Area,
    supply: Supply,
    external_works: bool,
    capacity: Capacity,
) -> Case {
    Case {
        voltage: Some(voltage),
        customer,
        area,
        supply,
        external_works,
        capacity,
        utility: None,
    }
}

/// A household's connection with another utility applied for beside it.
const fn with(utility: Utility) -> Case {
    Case {
        utility: Some(utility),
        ..case(Lv, Resident, Urban, Single, false, HOME)
    }
}

const fn row(measure: Measure, case: Case) -> RowSpec {
    RowSpec { measure, case }
}

use Area::{Rural, Urban};
use Customer::{Business, Resident, SmallMicro};
use Supply::{Dual, Single};
use Voltage::{Kv10, Kv35, Lv};

const HOME: Capacity = Capacity::kilo(10, Unit::Kw);
const SHOP: Capacity = Capacity::kilo(100, Unit::Kva);
const PLANT: Capacity = Capacity::kilo(1000, Unit::Kva);
const WORKS: Capacity = Capacity::kilo(10000, Unit::Kva);

/// The rows and their representative cases: a household (10 kW), a shop or
/// small business (100 kVA) and a plant (1000 kVA at 10 kV, 10 000 kVA at
/// 35 kV); new, permanent connections. Each row states its case.
pub const ROWS: &[RowSpec] = &[
    row(
        Measure::Stages,
        case(Lv, Resident, Urban, Single, false, HOME),
    ),
    row(
        Measure::Stages,
        case(Lv, SmallMicro, Urban, Single, false, SHOP),
    ),
    row(
        Measure::Stages,
        case(Lv, Business, Urban, Single, false, SHOP),
    ),
    row(
        Measure::Stages,
        case(Lv, Business, Urban, Single, true, SHOP),
    ),
    row(
        Measure::Stages,
        case(Kv10, Business, Urban, Single, true, PLANT),
    ),
    row(
        Measure::Documents,
        case(Lv, Resident, Urban, Single, false, HOME),
    ),
    row(
        Measure::Documents,
        case(Lv, Business, Urban, Single, false, SHOP),
    ),
    row(
        Measure::Documents,
        case(Kv10, Business, Urban, Single, true, PLANT),
    ),
    row(
        Measure::TimeLimit,
        case(Lv, Resident, Urban, Single, false, HOME),
    ),
    row(
        Measure::TimeLimit,
        case(Lv, Resident, Urban, Single, true, HOME),
    ),
    row(
        Measure::TimeLimit,
        case(Lv, SmallMicro, Urban, Single, false, SHOP),
    ),
    row(
        Measure::TimeLimit,
        case(Lv, SmallMicro, Urban, Single, true, SHOP),
    ),
    row(
        Measure::TimeLimit,
        case(Lv, Business, Urban, Single, false, SHOP),
    ),
    row(
        Measure::TimeLimit,
        case(Lv, Business, Urban, Single, true, SHOP),
    ),
    row(
        Measure::TimeLimit,
        case(Kv10, Business, Urban, Single, true, PLANT),
    ),
    row(
        Measure::TimeLimit,
        case(Kv10, Business, Urban, Dual, true, PLANT),
    ),
    row(
        Measure::TimeLimit,
        case(Kv35, Business, Urban, Single, true, WORKS),
    ),
    row(
        Measure::ZeroInvestment,
        case(Lv, Resident, Urban, Single, true, HOME),
    ),
    row(
        Measure::ZeroInvestment,
        case(Lv, Resident, Rural, Single, true, HOME),
    ),
    row(
        Measure::ZeroInvestment,
        case(Lv, SmallMicro, Urban, Single, true, SHOP),
    ),
    row(
        Measure::ZeroInvestment,
        case(Lv, SmallMicro, Rural, Single, true, SHOP),
    ),
    row(
        Measure::ZeroInvestment,
        case(Lv, Business, Urban, Single, true, SHOP),
    ),
    row(
        Measure::ZeroInvestment,
        case(Lv, Business, Rural, Single, true, SHOP),
    ),
    row(
        Measure::Permits,
        case(Lv, Business, Urban, Single, true, SHOP),
    ),
    row(
        Measure::Permits,
        case(Kv10, Business, Urban, Single, true, PLANT),
    ),
    row(Measure::Utility(Utility::Water), with(Utility::Water)),
    row(Measure::Utility(Utility::Gas), with(Utility::Gas)),
    row(Measure::Utility(Utility::Telecom), with(Utility::Telecom)),
];

/// A figure as the result shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// The sources set nothing for the case.
    NotSet,
    /// Stages or documents, by name.
    Count(Vec<Text>),
    /// A time limit.
    Days {
        days: u32,
        kind: DaysKind,
        average: bool,
    },
    /// Zero investment: whether it applies, and its cap (none: no cap) with
    /// the one area the cap's rule is for.
    Zero {
        applies: bool,
        cap: Option<(CapValue, Option<Area>)>,
    },
    /// Another utility's time limit, with whether a condition the answers
    /// cannot settle comes with it.
    Limit {
        value: u32,
        unit: TimeUnit,
        conditional: bool,
    },
    /// Government permits: exempt, or their total limit (a minimum when some
    /// permit has none), and how many.
    Permits {
        exempt: bool,
        days: Option<u32>,
        minimum: bool,
        count: usize,
    },
}

impl Figure {
    /// The figure of a decision for a measure: what the result page shows.
    pub fn of(d: &Decision, m: Measure) -> Figure {
        match m {
            Measure::Stages => count(d.stages.iter().map(|s| s.stage.name.clone()).collect()),
            Measure::Documents => count(d.documents.main.iter().map(|x| x.name.clone()).collect()),
            Measure::TimeLimit => d.main.total.map_or(Figure::NotSet, |t| Figure::Days {
                days: t.days,
                kind: t.days_kind,
                average: t.average,
            }),
            Measure::ZeroInvestment => {
                let o = &d.main.zero;
                let area = o
                    .rule()
                    .and_then(|r| r.when.area.as_deref())
                    .and_then(|a| (a.len() == 1).then_some(a[0]));
                Figure::Zero {
                    applies: d.zero.status == Verdict::Yes,
                    cap: o.cap().map(|c| (c, area)),
                }
            }
            Measure::Utility(u) => d
                .utilities
                .iter()
                .find(|x| x.utility == u)
                .and_then(|x| x.limit.set())
                .map_or(Figure::NotSet, |l| Figure::Limit {
                    value: l.value,
                    unit: l.unit,
                    conditional: l.condition.is_some(),
                }),
            Measure::Permits => match d.approvals.rule {
                None => Figure::NotSet,
                Some(rule) => Figure::Permits {
                    exempt: rule.exempt.is_some() && d.approvals.needed == Verdict::No,
                    days: d.approvals.total,
                    minimum: d.approvals.total_is_minimum,
                    count: d.approvals.items.len(),
                },
            },
        }
    }

    /// A short machine-readable form (the end-to-end tests compute the same
    /// from the `estimate` command's JSON): `3`, `4 working`, `7 working average`,
    /// `yes 160 kVA urban`, `yes`, `no`, `exempt`, `5`, `12+`, `open`, `none`.
    pub fn key(&self) -> String {
        match self {
            Figure::NotSet => "none".into(),
            Figure::Count(names) => names.len().to_string(),
            Figure::Days {
                days,
                kind,
                average,
            } => {
                let kind = match kind {
                    DaysKind::Working => "working",
                    DaysKind::Calendar => "calendar",
                };
                let avg = if *average { " average" } else { "" };
                format!("{days} {kind}{avg}")
            }
            Figure::Zero { applies: false, .. } => "no".into(),
            Figure::Zero { cap: None, .. } => "yes".into(),
            Figure::Zero {
                cap: Some((c, area)),
                ..
            } => {
                let area = area.map(|a| format!(" {}", a.key())).unwrap_or_default();
                format!("yes {} {}{area}", c.value, c.unit.symbol())
            }
            Figure::Limit {
                value,
                unit,
                conditional,
            } => {
                let cond = if *conditional { " conditional" } else { "" };
                format!("{value} {}{cond}", unit.key())
            }
            Figure::Permits { exempt: true, .. } => "exempt".into(),
            Figure::Permits {
                days: Some(d),
                minimum,
                ..
            } => format!("{d}{}", if *minimum { "+" } else { "" }),
            Figure::Permits { days: None, .. } => "open".into(),
        }
    }

    /// The figure's number alone, for a spreadsheet column that sorts: the
    /// count, the days, the cap in kVA (the source's unit in the words beside it), the
    /// permits' days; `None` where there is no number.
    pub fn number(&self) -> Option<String> {
        match self {
            Figure::Count(names) => Some(names.len().to_string()),
            Figure::Days { days, .. } => Some(days.to_string()),
            Figure::Zero {
                applies: true,
                cap: Some((c, _)),
            } => Some(cap_kva(*c).to_string()),
            Figure::Limit { value, .. } => Some(value.to_string()),
            Figure::Permits {
                exempt: false,
                days: Some(d),
                ..
            } => Some(d.to_string()),
            _ => None,
        }
    }

    /// The figure in words without a count's number (the names alone).
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Figure::Count(names) => words::list(names.iter().map(|t| t.get(lang)), lang, "; "),
            f => f.text(lang),
        }
    }

    /// The figure in words, in one line.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Figure::NotSet => Wb::NotSet.get(lang).to_string(),
            Figure::Count(names) => format!(
                "{}{}{}",
                names.len(),
                Wb::Colon.get(lang),
                words::list(names.iter().map(|t| t.get(lang)), lang, "; ")
            ),
            Figure::Days {
                days,
                kind,
                average,
            } => limit_text(*days, *kind, *average, lang),
            Figure::Zero { applies: false, .. } => Wb::ZeroNo.get(lang).to_string(),
            Figure::Zero { cap: None, .. } => Wb::ZeroNoCap.get(lang).to_string(),
            Figure::Zero {
                cap: Some((c, area)),
                ..
            } => cap_text(*c, *area, lang),
            Figure::Limit {
                value,
                unit,
                conditional,
            } => {
                let mut s = crate::explain::utilities::limit_words(*value, *unit, lang);
                if *conditional {
                    s.push_str(Wb::WithCondition.get(lang));
                }
                s
            }
            Figure::Permits { exempt: true, .. } => Wb::PermitsExempt.get(lang).to_string(),
            Figure::Permits {
                days,
                minimum,
                count,
                ..
            } => {
                let limit = match days {
                    Some(d) if *minimum => fill(
                        Wb::PermitsAtLeast.get(lang),
                        &[&crate::client::days(*d, DaysKind::Working, lang)],
                    ),
                    Some(d) => limit_text(*d, DaysKind::Working, false, lang),
                    None => Wb::PermitsNoLimit.get(lang).to_string(),
                };
                fill(
                    Wb::PermitsWithCount.get(lang),
                    &[&limit, &count.to_string()],
                )
            }
        }
    }

    /// Lower is better; `None` for a figure that is not ranked.
    pub fn score(&self) -> Option<u64> {
        match self {
            Figure::NotSet => None,
            Figure::Count(names) => Some(names.len() as u64).filter(|n| *n > 0),
            Figure::Days {
                days,
                kind: DaysKind::Working,
                average: false,
            } => Some(u64::from(*days)),
            Figure::Days { .. } => None,
            Figure::Zero { applies: false, .. } => None,
            Figure::Zero { cap: None, .. } => Some(0),
            Figure::Zero {
                cap: Some((c, _)), ..
            } => {
                let va = c.capacity().in_unit(Unit::Kva, PowerFactor::DEFAULT).amount;
                Some(u64::MAX / 2 - va.min(u64::MAX / 4))
            }
            Figure::Limit {
                value,
                unit: TimeUnit::WorkingDays,
                conditional: false,
            } => Some(u64::from(*value)),
            Figure::Limit { .. } => None,
            Figure::Permits { exempt: true, .. } => Some(0),
            Figure::Permits {
                days: Some(d),
                minimum: false,
                ..
            } => Some(u64::from(*d)),
            Figure::Permits { .. } => None,
        }
    }
}

fn count(names: Vec<Text>) -> Figure {
    if names.is_empty() {
        Figure::NotSet
    } else {
        Figure::Count(names)
    }
}

/// "适用，160 kVA 及以下（城区）" / "Applies up to 160 kVA (urban areas)".
pub fn cap_text(c: CapValue, area: Option<Area>, lang: Lang) -> String {
    let mut cap = format!("{} {}", c.value, c.unit.symbol());
    // One unit per row: a cap in kW is shown in kVA (as the row ranks it), with
    // the source's own figure beside it.
    if c.unit != Unit::Kva {
        cap = fill(
            Wb::CapInKva.get(lang),
            &[
                &cap_kva(c).to_string(),
                &cap,
                &PowerFactor::DEFAULT.to_string(),
            ],
        );
    }
    // 不满 (below) leaves the figure out, 以下 (up to) keeps it (Civil Code art. 1259).
    match (area, c.inclusive) {
        (Some(a), true) => fill(Wb::CapUpToArea.get(lang), &[&cap, words::area(a, lang)]),
        (Some(a), false) => fill(Wb::CapBelowArea.get(lang), &[&cap, words::area(a, lang)]),
        (None, true) => fill(Wb::CapUpTo.get(lang), &[&cap]),
        (None, false) => fill(Wb::CapBelow.get(lang), &[&cap]),
    }
}

/// A cap in whole kVA at the default power factor.
pub fn cap_kva(c: CapValue) -> u64 {
    let kva = c.capacity().in_unit(Unit::Kva, PowerFactor::DEFAULT);
    (kva.amount + 500) / 1000
}

/// One place's figure for one row.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub place: Str,
    /// The case's answers in this place (the result link).
    pub draft: Draft,
    pub figure: Figure,
    /// The level whose rule gives the figure, when it is not the place itself.
    pub from: Option<Str>,
    pub best: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub spec: RowSpec,
    pub cells: Vec<Cell>,
}

/// The table: one row per case, one column per place.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub start: NaiveDate,
    pub places: Vec<Str>,
    pub rows: Vec<Row>,
}

/// The level whose rule gives a figure, when it is not the place itself.
fn level(d: &Decision, place: &str, m: Measure) -> Option<Str> {
    let owner = |c: &crate::citation::Cite| source_owner(&d.chain, &c.source);
    let from = match m {
        Measure::Stages => d.main.plan_from,
        Measure::Documents => d.documents.from,
        Measure::TimeLimit => d.main.total.and_then(|t| owner(&t.cite)),
        Measure::ZeroInvestment => d.main.zero.rule().and_then(|r| owner(&r.cite)),
        Measure::Permits => d.approvals.rule.and_then(|r| owner(&r.cite)),
        Measure::Utility(u) => d
            .utilities
            .iter()
            .find(|x| x.utility == u)
            .and_then(|x| x.limit_from),
    };
    from.map(|j| j.id.clone()).filter(|f| **f != *place)
}

/// Runs every row's case in every place, on `start`.
pub fn table(pack: &PolicyPack, places: &[&str], start: NaiveDate) -> Table {
    let ids = pack.ids();
    let cal = crate::Calendar::shared();
    let rows = ROWS
        .iter()
        .map(|spec| {
            let mut cells: Vec<Cell> = places
                .iter()
                .map(|&place| {
                    let draft = spec.case.draft(place, start);
                    let (figure, from) = match Application::parse(&draft, &ids) {
                        Ok(app) => {
                            let d = crate::decide(pack, &app, cal, start);
                            (Figure::of(&d, spec.measure), level(&d, place, spec.measure))
                        }
                        Err(_) => (Figure::NotSet, None),
                    };
                    Cell {
                        place: place.into(),
                        draft,
                        figure,
                        from,
                        best: false,
                    }
                })
                .collect();
            mark_best(&mut cells);
            Row { spec: *spec, cells }
        })
        .collect();
    Table {
        start,
        places: places.iter().map(|p| Str::from(*p)).collect(),
        rows,
    }
}

/// Marks the cells with the best score, when at least two are ranked and they differ.
fn mark_best(cells: &mut [Cell]) {
    let scores: Vec<u64> = cells.iter().filter_map(|c| c.figure.score()).collect();
    let (Some(min), Some(max)) = (scores.iter().min(), scores.iter().max()) else {
        return;
    };
    if scores.len() < 2 || min == max {
        return;
    }
    let min = *min;
    for c in cells {
        c.best = c.figure.score() == Some(min);
    }
}

/// The table as CSV rows: a header of place names, then one row per case.
pub fn csv_rows(t: &Table, lang: Lang, name: impl Fn(&str) -> String) -> Vec<Vec<String>> {
    let mut out = Vec::with_capacity(t.rows.len() + 1);
    let mut header = vec![
        Wb::MeasureCol.get(lang).to_string(),
        Wb::CaseCol.get(lang).to_string(),
    ];
    // Per place a number that sorts, then the words (names, units, who sets it).
    for p in &t.places {
        let n = name(p);
        header.push(n.clone());
        header.push(fill(Wb::CsvWords.get(lang), &[&n]));
    }
    out.push(header);
    for r in &t.rows {
        let mut line = vec![
            r.spec.measure.title().get(lang).to_string(),
            r.spec.case.label(lang),
        ];
        for c in &r.cells {
            let mut s = c.figure.words(lang);
            if c.best {
                s.push_str(" ★");
            }
            if let Some(f) = &c.from {
                s.push_str(&format!(" [{}]", set_by(&name(f), lang)));
            }
            line.push(c.figure.number().unwrap_or_default());
            line.push(s);
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
    }

    /// A figure's key read from an assessment (as e2e/workbench.test.mjs reads
    /// the `estimate` command's JSON).
    fn key_of(a: &crate::Assessment, m: Measure) -> String {
        let n = |len: usize| {
            if len == 0 {
                "none".to_string()
            } else {
                len.to_string()
            }
        };
        match m {
            Measure::Stages => n(a.stages.len()),
            Measure::Documents => n(a.documents.len()),
            Measure::TimeLimit => a.time_limit.as_ref().map_or("none".into(), |t| {
                let kind = if t.days_kind == DaysKind::Working {
                    "working"
                } else {
                    "calendar"
                };
                let avg = if t.average { " average" } else { "" };
                format!("{} {kind}{avg}", t.days)
            }),
            Measure::ZeroInvestment => {
                let z = &a.zero_investment;
                match (&z.cap, z.applies) {
                    (_, false) => "no".into(),
                    (None, true) => "yes".into(),
                    (Some(c), true) => {
                        let area = c.area.map(|x| format!(" {}", x.key())).unwrap_or_default();
                        format!("yes {} {}{area}", c.value, c.unit.symbol())
                    }
                }
            }
            Measure::Utility(u) => {
                let v = a.utilities.iter().find(|x| x.utility == u);
                v.and_then(|x| x.time_limit.as_ref())
                    .map_or("none".into(), |l| {
                        let cond = if l.condition.is_some() {
                            " conditional"
                        } else {
                            ""
                        };
                        format!("{} {}{cond}", l.value, l.unit.key())
                    })
            }
            Measure::Permits => {
                let p = &a.approvals;
                match (
                    p.citation.is_some(),
                    p.exempt.is_some() && p.needed == Verdict::No,
                ) {
                    (false, _) => "none".into(),
                    (true, true) => "exempt".into(),
                    _ => match p.total_working_days {
                        Some(d) => format!("{d}{}", if p.total_is_minimum { "+" } else { "" }),
                        None => "open".into(),
                    },
                }
            }
        }
    }

    #[test]
    fn every_figure_is_the_result_of_the_same_case() {
        let pack = PolicyPack::embedded();
        let places = pack.ids();
        let t = table(&pack, &places, start());
        assert_eq!(t.rows.len(), ROWS.len());
        let cal = crate::Calendar::embedded();
        for r in &t.rows {
            for c in &r.cells {
                // The applicant's own path: the link's answers, the assessment in
                // all three languages, read the way the end-to-end tests read
                // the `estimate` command's JSON.
                let app = crate::Application::parse(&c.draft, &places).unwrap();
                let a = crate::assess_on(&pack, &app, &cal, start());
                assert_eq!(key_of(&a, r.spec.measure), c.figure.key(), "{:?}", c.draft);
                assert!(a.assumptions.is_empty(), "{:?}", c.draft);
            }
        }
    }

    #[test]
    fn the_national_column_reads_the_national_rules() {
        let pack = PolicyPack::embedded();
        let t = table(&pack, &["national", "liuzhou"], start());
        let zero_home = t
            .rows
            .iter()
            .find(|r| r.spec.measure == Measure::ZeroInvestment)
            .unwrap();
        assert_eq!(zero_home.cells[0].figure.key(), "yes 160 kW");
        assert_eq!(zero_home.cells[0].from, None);
        // Liuzhou's own LV rule: free meter installation, no cap.
        assert_eq!(zero_home.cells[1].figure.key(), "yes");
        assert!(zero_home.cells[1].best);
        assert!(!zero_home.cells[0].best);
    }

    #[test]
    fn the_utilities_rows_give_district_xs_limits_and_not_set_elsewhere() {
        let pack = PolicyPack::embedded();
        let t = table(&pack, &["district-x", "yangjiang"], start());
        let keys: Vec<(&str, String, String)> = t
            .rows
            .iter()
            .filter(|r| matches!(r.spec.measure, Measure::Utility(_)))
            .map(|r| {
                (
                    r.spec.measure.key(),
                    r.cells[0].figure.key(),
                    r.cells[1].figure.key(),
                )
            })
            .collect();
        assert_eq!(
            keys,
            [
                ("water_time_limit", "3 working_days".into(), "none".into()),
                ("gas_time_limit", "14 working_days".into(), "none".into()),
                ("telecom_time_limit", "72 hours".into(), "none".into()),
            ]
        );
    }

    #[test]
    fn a_figure_from_the_national_rules_says_so() {
        let pack = PolicyPack::embedded();
        let t = table(&pack, &["shandong"], start());
        let stages = &t.rows[0].cells[0];
        assert_eq!(stages.from.as_deref(), Some("national"));
    }

    #[test]
    fn best_is_the_lowest_score_and_only_when_values_differ() {
        let cell = |figure: Figure| Cell {
            place: "x".into(),
            draft: Draft::default(),
            figure,
            from: None,
            best: false,
        };
        let days = |d| Figure::Days {
            days: d,
            kind: DaysKind::Working,
            average: false,
        };
        let mut cells = vec![
            cell(days(4)),
            cell(days(2)),
            cell(Figure::Days {
                days: 1,
                kind: DaysKind::Working,
                average: true,
            }),
            cell(Figure::NotSet),
            cell(days(2)),
        ];
        mark_best(&mut cells);
        let best: Vec<bool> = cells.iter().map(|c| c.best).collect();
        assert_eq!(best, [false, true, false, false, true]);
        let mut same = vec![cell(days(3)), cell(days(3))];
        mark_best(&mut same);
        assert!(same.iter().all(|c| !c.best));
    }

    #[test]
    fn a_cap_in_kw_is_shown_in_kva_with_the_sources_own_figure() {
        let kw = CapValue {
            value: 100,
            unit: Unit::Kw,
            inclusive: true,
        };
        // 100 kW at power factor 0.9 is 111.1 kVA.
        assert_eq!(cap_kva(kw), 111);
        let text = cap_text(kw, None, Lang::ZhHans);
        assert!(
            text.contains("111 kVA") && text.contains("100 kW"),
            "{text}"
        );
        let kva = CapValue {
            value: 160,
            unit: Unit::Kva,
            inclusive: true,
        };
        assert_eq!(cap_text(kva, None, Lang::ZhHans), "适用，160 kVA 及以下");
        let below = CapValue {
            inclusive: false,
            ..kva
        };
        assert_eq!(cap_text(below, None, Lang::ZhHans), "适用，不满 160 kVA");
        let zero = Figure::Zero {
            applies: true,
            cap: Some((kw, None)),
        };
        assert_eq!(zero.number().as_deref(), Some("111"));
    }

    #[test]
    fn the_csv_has_a_header_and_one_line_per_case() {
        let pack = PolicyPack::embedded();
        let t = table(&pack, &["national", "yangjiang"], start());
        let rows = csv_rows(&t, Lang::ZhHans, |id| {
            pack.get(id).unwrap().name.get(Lang::ZhHans).to_string()
        });
        assert_eq!(rows.len(), ROWS.len() + 1);
        assert_eq!(rows[0][0], "项目");
        assert_eq!(rows[0].len(), 6, "a number and words per place");
        assert!(rows[1][1].contains("居民用户"), "{:?}", rows[1]);
        // The stages row: the count alone in its own column, the names beside it.
        let stages = &rows[1];
        assert!(stages[2].parse::<usize>().is_ok(), "{stages:?}");
        assert!(!stages[3].starts_with(&stages[2]), "{stages:?}");
    }
}
