//! Policy as data: one JSON file per jurisdiction, every value with its citation.
//!
//! A rule applies when its `when` matches the (resolved) facts of a case. Rule lists
//! are read first-match (stage plans, documents, time limits, voltage inference,
//! approvals, costs) or all-matching (periods, fees, notes). A jurisdiction inherits
//! from its parent (`national`) every list where none of its own rules matches.

use crate::capacity::{Capacity, Unit};
pub use crate::citation::partial_date;
use crate::json::{Map, Value};
use crate::model::{Applicant, Area, Customer, Kind, Supply, Voltage};
use crate::text::{Str, Text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

mod read;
mod validate;

pub use validate::ErrorKind;

pub use crate::citation::{Cite, Source, SourceKind};

/// An enum of policy data with its JSON keys written once: serde, the reader
/// (`parse`) and the validator (`KEYS`, in declaration order) all use them.
macro_rules! keyed_enum {
    ($(#[$m:meta])* pub enum $name:ident {
        $($(#[$vm:meta])* $variant:ident = $key:literal,)+
    }) => {
        $(#[$m])*
        pub enum $name { $($(#[$vm])* #[serde(rename = $key)] $variant,)+ }
        impl $name {
            /// The JSON keys, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$($key),+];
            /// The value a JSON key names.
            pub fn parse(key: &str) -> Option<$name> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

/// Conditions on the facts of a case; an absent condition matches anything.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct When {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voltage: Option<Vec<Voltage>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<Vec<Area>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<Vec<Customer>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supply: Option<Vec<Supply>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Vec<Kind>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicant: Option<Vec<Applicant>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_works: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temporary: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zero_investment: Option<bool>,
    /// The rule applies to applications submitted on or after this date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// … and on or before this date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

/// The resolved facts of one case (unknown answers already replaced by a scenario value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    pub area: Area,
    pub customer: Customer,
    pub voltage: Voltage,
    pub supply: Supply,
    pub external_works: bool,
    pub kind: Kind,
    pub temporary: bool,
    pub applicant: Option<Applicant>,
    pub date: NaiveDate,
    pub zero_investment: Option<bool>,
}

fn listed<T>(l: &Option<Vec<T>>) -> &[T] {
    l.as_deref().unwrap_or(&[])
}

fn within<T: PartialEq>(list: &Option<Vec<T>>, v: &T) -> bool {
    list.as_ref().is_none_or(|l| l.contains(v))
}

impl When {
    pub fn matches(&self, f: &Facts) -> bool {
        within(&self.voltage, &f.voltage)
            && within(&self.area, &f.area)
            && within(&self.customer, &f.customer)
            && within(&self.supply, &f.supply)
            && within(&self.kind, &f.kind)
            && self
                .applicant
                .as_ref()
                .is_none_or(|l| f.applicant.is_none_or(|a| l.contains(&a)))
            && self.external_works.is_none_or(|x| x == f.external_works)
            && self.temporary.is_none_or(|x| x == f.temporary)
            && self
                .zero_investment
                .is_none_or(|x| f.zero_investment.is_none_or(|z| z == x))
            && self.from.is_none_or(|d| f.date >= d)
            && self.until.is_none_or(|d| f.date <= d)
    }

    /// The conditions this rule sets that the facts fail, for explaining a "no".
    pub fn unmet(&self, f: &Facts) -> Vec<Condition<'_>> {
        let mut out = Vec::new();
        self.each_unmet(f, |c| out.push(c));
        out
    }

    /// How many of this rule's conditions the facts fail (no allocation).
    pub fn unmet_count(&self, f: &Facts) -> usize {
        let mut n = 0;
        self.each_unmet(f, |_| n += 1);
        n
    }

    fn each_unmet<'a>(&'a self, f: &Facts, mut out: impl FnMut(Condition<'a>)) {
        if !within(&self.voltage, &f.voltage) {
            out(Condition::Voltage);
        }
        if !within(&self.area, &f.area) {
            out(Condition::Area(listed(&self.area)));
        }
        if !within(&self.customer, &f.customer) {
            out(Condition::Customer(listed(&self.customer)));
        }
        if !within(&self.supply, &f.supply) {
            out(Condition::Supply);
        }
        if !within(&self.kind, &f.kind) {
            out(Condition::Kind);
        }
        if self.external_works.is_some_and(|x| x != f.external_works) {
            out(Condition::ExternalWorks);
        }
        if let Some(required) = self.temporary.filter(|x| *x != f.temporary) {
            out(Condition::Temporary(required));
        }
        let in_force =
            self.from.is_none_or(|d| f.date >= d) && self.until.is_none_or(|d| f.date <= d);
        if !in_force {
            out(Condition::InForce);
        }
    }
}

/// A condition of a rule that a case fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition<'a> {
    /// Only for other voltages.
    Voltage,
    /// Only in these areas.
    Area(&'a [Area]),
    /// Only for these customers.
    Customer(&'a [Customer]),
    Supply,
    Kind,
    ExternalWorks,
    /// Only for temporary (`true`) or permanent (`false`) supply.
    Temporary(bool),
    /// Not in force on the application date.
    InForce,
}

keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default, Deserialize)]
    pub enum DaysKind {
        /// 工作日
        #[default]
        Working = "working",
        /// 天/日: calendar days
        Calendar = "calendar",
    }
}

/// A capacity figure in a rule, in the rule's own unit (kilo-units, integer).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CapValue {
    pub value: u64,
    pub unit: Unit,
}

impl CapValue {
    pub fn capacity(&self) -> Capacity {
        Capacity::kilo(self.value, self.unit)
    }
}

/// When the voltage is not given: up to `lv_max` the connection is low voltage.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct VoltageRule {
    pub when: When,
    pub lv_max: CapValue,
    pub cite: Cite,
    pub note: Option<Text>,
}

/// A time limit for a stage.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Limit {
    pub when: When,
    pub days: u32,
    pub days_kind: DaysKind,
    /// An average target rather than a limit for every case.
    pub average: bool,
    pub cite: Cite,
    /// The provincial/regional limit for the same stage, for comparison.
    pub regional_days: Option<u32>,
    pub regional_cite: Option<Cite>,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Alternative {
    pub name: Text,
    /// Applicant types this alternative is for; absent = any.
    pub applicant: Option<Vec<Applicant>>,
    pub when: When,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Document {
    pub id: Str,
    pub name: Text,
    pub alternatives: Vec<Alternative>,
    pub cite: Cite,
    /// Needed only in a stated situation (e.g. someone else applies); not counted with the policy's documents.
    pub only_if: Option<Text>,
    /// For `only_if` documents tied to the proxy answer.
    pub proxy: bool,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stage {
    pub id: Str,
    pub name: Text,
    pub limits: Vec<Limit>,
    pub documents: Vec<Document>,
    pub cite: Cite,
    /// False when the policy times this stage on its own clock (e.g. works after permits);
    /// true when the data leaves it out.
    pub counts_toward_total: bool,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StagePlan {
    pub when: When,
    pub stages: Vec<Stage>,
    pub cite: Cite,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocumentRule {
    pub when: When,
    pub documents: Vec<Document>,
    pub cite: Cite,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TimeLimitRule {
    pub when: When,
    pub days: u32,
    pub days_kind: DaysKind,
    pub average: bool,
    /// What the total counts and what it leaves out.
    pub scope: Text,
    pub cite: Cite,
    pub note: Option<Text>,
}

keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
    pub enum PeriodKind {
        #[default]
        Construction = "construction",
        Approval = "approval",
    }
}

/// A period the policy times outside its stages (e.g. external-works construction).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PeriodRule {
    pub id: Str,
    pub when: When,
    pub name: Text,
    pub kind: PeriodKind,
    pub days: u32,
    pub days_kind: DaysKind,
    pub average: bool,
    /// The stage after which the period runs.
    pub after_stage: Option<String>,
    pub cite: Cite,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ZeroInvestmentRule {
    pub id: Str,
    pub when: When,
    /// Inclusive cap (以下/及以下 include the number); absent = no cap stated.
    pub cap: Option<CapValue>,
    /// Citation of the cap where another source sets it.
    pub cap_cite: Option<Cite>,
    /// False for a rule that puts matching cases outside zero investment; true when
    /// the data leaves it out.
    pub applies: bool,
    /// A condition the answers cannot settle (e.g. "private economic organisations only").
    pub condition: Option<Text>,
    /// What the utility pays for under this rule (or, when `applies` is false, why not).
    pub covers: Text,
    pub cite: Cite,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Approval {
    pub id: Str,
    pub name: Text,
    pub authority: Text,
    pub days: Option<u32>,
    /// Limit for complex cases (情况复杂的).
    pub complex_days: Option<u32>,
    /// Approvals with the same step run in parallel; a higher step waits for the lower ones.
    /// 1 when the data leaves it out.
    pub step: u32,
    pub when: When,
    pub cite: Cite,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ApprovalRule {
    pub when: When,
    pub approvals: Vec<Approval>,
    /// Overall limit for all approvals together, where the policy sets one.
    pub total_days: Option<u32>,
    pub parallel: bool,
    /// Set when the works are filed instead of approved (备案制).
    pub exempt: Option<Text>,
    pub cite: Cite,
    pub note: Option<Text>,
}

keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
    pub enum Payer {
        #[default]
        Utility = "utility",
        Customer = "customer",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CostRule {
    pub id: Str,
    pub when: When,
    pub part: Text,
    pub payer: Payer,
    pub cite: Cite,
    pub note: Option<Text>,
}

keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
    pub enum FeeStatus {
        /// Must not be charged.
        #[default]
        Abolished = "abolished",
        /// May still be charged.
        MayApply = "may_apply",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FeeRule {
    pub id: Str,
    pub when: When,
    pub fee: Text,
    pub status: FeeStatus,
    /// A money figure, only where the cited source gives one.
    pub figure: Option<Text>,
    pub cite: Cite,
    pub note: Option<Text>,
}

keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
    pub enum NoteKind {
        /// The source contradicts itself.
        Conflict = "conflict",
        /// How we read an unclear text.
        Interpretation = "interpretation",
        #[default]
        Info = "info",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NoteRule {
    pub id: Str,
    pub when: When,
    pub kind: NoteKind,
    pub text: Text,
    pub cites: Vec<Cite>,
}

keyed_enum! {
    /// What a commitment is about.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
    pub enum Topic {
        /// How the applicant is served (online, one visit, appointments…).
        #[default]
        Service = "service",
        /// What may and may not be asked for.
        Documents = "documents",
        /// Government approvals.
        Approvals = "approvals",
        /// What the applicant must not be charged.
        Costs = "costs",
        /// Time.
        Time = "time",
    }
}

/// A promise the policy makes to applicants (一证办电, 一次性告知, 不停电接火…).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CommitmentRule {
    pub id: Str,
    pub when: When,
    pub topic: Topic,
    /// What the applicant is entitled to, in plain words.
    pub text: Text,
    pub cite: Cite,
    pub note: Option<Text>,
}

keyed_enum! {
    /// What a unit price is per.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Per {
        /// A fixed item (a meter box): `quantity` of them, 1 unless given.
        #[default]
        Each = "each",
        /// Per kVA of the requested capacity (a transformer).
        Kva = "kva",
        /// Per metre (a cable): the length is not known, so it is shown as a rate.
        Metre = "metre",
    }
}

keyed_enum! {
    /// Whose side of the boundary a priced part is on.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Side {
        /// Grid-side works: free for the customer when zero investment applies.
        #[default]
        Grid = "grid",
        /// The customer's own side: always theirs.
        Customer = "customer",
    }
}

/// One priced part of the works, in fen (1/100 yuan): money is never a float.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PriceItem {
    pub id: Str,
    pub name: Text,
    pub per: Per,
    pub quantity: Option<u32>,
    pub min_fen: u64,
    pub max_fen: u64,
    pub side: Side,
    pub note: Option<Text>,
}

/// A pack's table of unit prices for the works, with whose table it is.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PriceTable {
    pub id: Str,
    pub when: When,
    pub title: Text,
    pub publisher: Text,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Str,
    pub items: Vec<PriceItem>,
    pub cite: Cite,
    pub note: Option<Text>,
}

/// One jurisdiction's policy file.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Jurisdiction {
    pub id: Str,
    pub inherits: Option<String>,
    pub name: Text,
    pub sources: BTreeMap<String, Source>,
    pub voltage_inference: Vec<VoltageRule>,
    pub stage_plans: Vec<StagePlan>,
    pub documents: Vec<DocumentRule>,
    pub time_limits: Vec<TimeLimitRule>,
    pub periods: Vec<PeriodRule>,
    pub zero_investment: Vec<ZeroInvestmentRule>,
    pub approvals: Vec<ApprovalRule>,
    pub costs: Vec<CostRule>,
    pub fees: Vec<FeeRule>,
    pub notes: Vec<NoteRule>,
    pub commitments: Vec<CommitmentRule>,
    /// Clauses the engine cites for its own arithmetic, by purpose:
    /// `period_counting` (a period starts the day after, Civil Code art. 201),
    /// `inclusive_bounds` (以下 includes the number, art. 1259).
    pub references: BTreeMap<String, Cite>,
    /// Unit prices for the works (portal packs only: no seed publishes any).
    pub prices: Vec<PriceTable>,
}

impl Jurisdiction {
    /// The clause cited for one of the engine's own rules of arithmetic.
    pub fn reference(&self, purpose: &str) -> Option<&Cite> {
        self.references.get(purpose)
    }
}

/// A problem in policy data, with the path to the value.
///
/// `Display` writes it in English, as the `estimate` command prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    pub path: String,
    /// What is wrong, with what its message needs, for writing it in any language.
    pub kind: ErrorKind,
}

impl PolicyError {
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> PolicyError {
        PolicyError {
            path: path.into(),
            kind,
        }
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: crate::text::Lang) -> String {
        self.kind.message(lang)
    }

    /// The path in `lang` (the JSON path itself, or where the text is not JSON).
    pub fn path_in(&self, lang: crate::text::Lang) -> String {
        validate::path_in(self, lang)
    }
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.path,
            self.kind.message(crate::text::Lang::En)
        )
    }
}

/// Every jurisdiction the estimator knows.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyPack {
    pub jurisdictions: Vec<Jurisdiction>,
    /// Who publishes a pack that is not the built-in one (shown on the page).
    pub about: Option<PackAbout>,
}

/// A portal pack's own title, publisher and date.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PackAbout {
    pub title: Text,
    pub issuer: Text,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Str,
}

/// One policy file as embedded: without indentation (see build.rs).
macro_rules! embedded {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json")),
        )
    };
}

/// The embedded policy files, in the order the app lists them.
pub const EMBEDDED: &[(&str, &str)] = &[
    embedded!("national"),
    embedded!("yangjiang"),
    embedded!("shandong"),
    embedded!("wanzhou"),
    embedded!("liuzhou"),
    embedded!("district-x"),
];

impl Jurisdiction {
    /// Every citation of the jurisdiction's rules, with its path inside the jurisdiction.
    pub fn cites(&self) -> Vec<(String, &Cite)> {
        let mut out: Vec<(String, &Cite)> = Vec::new();
        for (i, r) in self.voltage_inference.iter().enumerate() {
            out.push((format!("voltage_inference[{i}].cite"), &r.cite));
        }
        for (i, p) in self.stage_plans.iter().enumerate() {
            out.push((format!("stage_plans[{i}].cite"), &p.cite));
            for (k, st) in p.stages.iter().enumerate() {
                let sp = format!("stage_plans[{i}].stages[{k}]");
                out.push((format!("{sp}.cite"), &st.cite));
                for (m, l) in st.limits.iter().enumerate() {
                    out.push((format!("{sp}.limits[{m}].cite"), &l.cite));
                    if let Some(c) = &l.regional_cite {
                        out.push((format!("{sp}.limits[{m}].regional_cite"), c));
                    }
                }
                for (m, d) in st.documents.iter().enumerate() {
                    out.push((format!("{sp}.documents[{m}].cite"), &d.cite));
                }
            }
        }
        for (i, r) in self.documents.iter().enumerate() {
            out.push((format!("documents[{i}].cite"), &r.cite));
            for (k, d) in r.documents.iter().enumerate() {
                out.push((format!("documents[{i}].documents[{k}].cite"), &d.cite));
            }
        }
        for (i, r) in self.time_limits.iter().enumerate() {
            out.push((format!("time_limits[{i}].cite"), &r.cite));
        }
        for (i, r) in self.periods.iter().enumerate() {
            out.push((format!("periods[{i}].cite"), &r.cite));
        }
        for (i, r) in self.zero_investment.iter().enumerate() {
            out.push((format!("zero_investment[{i}].cite"), &r.cite));
            if let Some(c) = &r.cap_cite {
                out.push((format!("zero_investment[{i}].cap_cite"), c));
            }
        }
        for (i, r) in self.approvals.iter().enumerate() {
            out.push((format!("approvals[{i}].cite"), &r.cite));
            for (k, a) in r.approvals.iter().enumerate() {
                out.push((format!("approvals[{i}].approvals[{k}].cite"), &a.cite));
            }
        }
        for (i, r) in self.costs.iter().enumerate() {
            out.push((format!("costs[{i}].cite"), &r.cite));
        }
        for (i, r) in self.fees.iter().enumerate() {
            out.push((format!("fees[{i}].cite"), &r.cite));
        }
        for (i, r) in self.notes.iter().enumerate() {
            for (k, c) in r.cites.iter().enumerate() {
                out.push((format!("notes[{i}].cites[{k}]"), c));
            }
        }
        for (i, r) in self.commitments.iter().enumerate() {
            out.push((format!("commitments[{i}].cite"), &r.cite));
        }
        for (k, c) in &self.references {
            out.push((format!("references.{k}"), c));
        }
        for (i, t) in self.prices.iter().enumerate() {
            out.push((format!("prices[{i}].cite"), &t.cite));
        }
        out
    }
}

impl PolicyPack {
    /// The pack compiled into the program. The embedded files are checked by tests,
    /// so a failure here is a build defect.
    pub fn embedded() -> PolicyPack {
        let mut map = Map::new();
        for (id, text) in EMBEDDED {
            map.insert((*id).to_string(), embedded_value(id, text));
        }
        PolicyPack::from_value(&pack_value(map)).unwrap_or_else(|errs| {
            panic!(
                "embedded policy is invalid:\n{}",
                errs.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        })
    }

    /// Loads a pack from JSON text: `{"jurisdictions": {"id": {...}, ...}}`.
    pub fn from_json(text: &str) -> Result<PolicyPack, Vec<PolicyError>> {
        PolicyPack::from_value(&parse_json(text)?)
    }

    /// Loads a portal's pack on top of the built-in one: its jurisdictions replace
    /// built-in ones with the same id or add new ones (which may inherit from
    /// `national`); everything else stays built in.
    pub fn from_json_over_embedded(text: &str) -> Result<PolicyPack, Vec<PolicyError>> {
        let mut v = parse_json(text)?;
        if let Some(map) = v.get_mut("jurisdictions").and_then(Value::as_object_mut) {
            for (id, text) in EMBEDDED {
                if !map.contains_key(id) {
                    map.insert((*id).to_string(), embedded_value(id, text));
                }
            }
        }
        PolicyPack::from_value(&v)
    }

    /// Validates a parsed pack and reports every problem with its path.
    pub fn from_value(v: &Value) -> Result<PolicyPack, Vec<PolicyError>> {
        let mut errors = Vec::new();
        validate::pack(v, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        let map = v.get("jurisdictions").and_then(Value::as_object);
        let mut jurisdictions: Vec<Jurisdiction> = map
            .into_iter()
            .flat_map(|m| m.iter())
            .map(|(_, jv)| read::jurisdiction(jv))
            .collect();
        // National first, then the built-in order, then any others by id.
        let rank = |id: &str| {
            EMBEDDED
                .iter()
                .position(|(e, _)| *e == id)
                .unwrap_or(EMBEDDED.len())
        };
        jurisdictions.sort_by(|a, b| (rank(&a.id), &a.id).cmp(&(rank(&b.id), &b.id)));
        for j in &jurisdictions {
            if !map.is_some_and(|m| m.contains_key(&j.id)) {
                errors.push(PolicyError::new(
                    "jurisdictions",
                    ErrorKind::KeyMismatch(j.id.to_string()),
                ));
            }
        }
        let pack = PolicyPack {
            jurisdictions,
            about: v.get("about").map(read::about),
        };
        validate::semantics(&pack, &mut errors);
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(errors)
        }
    }

    pub fn get(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| *j.id == *id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.jurisdictions.iter().map(|j| &*j.id).collect()
    }

    /// The jurisdiction and its ancestors, nearest first.
    pub fn chain<'a>(&'a self, id: &str) -> Vec<&'a Jurisdiction> {
        let mut out: Vec<&Jurisdiction> = Vec::new();
        let mut next = self.get(id);
        while let Some(j) = next {
            if out.iter().any(|seen| seen.id == j.id) {
                break;
            }
            out.push(j);
            next = j.inherits.as_deref().and_then(|p| self.get(p));
        }
        out
    }

    /// The source a citation names, looked up along the inheritance chain.
    pub fn source<'a>(&'a self, chain: &[&'a Jurisdiction], name: &str) -> Option<&'a Source> {
        source(chain, name)
    }
}

/// The document of this name, looked up along an inheritance chain.
pub fn source<'a>(chain: &[&'a Jurisdiction], name: &str) -> Option<&'a Source> {
    source_owner(chain, name).and_then(|j| j.sources.get(name))
}

/// The nearest jurisdiction in an inheritance chain that has a source of this name.
pub fn source_owner<'a>(chain: &[&'a Jurisdiction], source: &str) -> Option<&'a Jurisdiction> {
    chain
        .iter()
        .copied()
        .find(|j| j.sources.contains_key(source))
}

/// JSON text as a value, or the one problem saying where it is not JSON.
fn parse_json(text: &str) -> Result<Value, Vec<PolicyError>> {
    crate::json::parse(text).map_err(|e| {
        vec![PolicyError::new(
            format!("(line {}, column {})", e.line, e.column),
            ErrorKind::NotJson(e),
        )]
    })
}

/// One embedded file as a value; tests check every one, so a failure is a build defect.
fn embedded_value(id: &str, text: &str) -> Value {
    crate::json::parse(text).unwrap_or_else(|e| panic!("policy/{id}.json: {e}"))
}

/// `{"jurisdictions": {…}}` around the jurisdictions.
fn pack_value(jurisdictions: Map) -> Value {
    let mut top = Map::new();
    top.insert("jurisdictions".into(), Value::Object(jurisdictions));
    Value::Object(top)
}
