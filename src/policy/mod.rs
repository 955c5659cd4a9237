//! Policy as data: one JSON file per jurisdiction, every value with its citation.
//!
//! A rule applies when its `when` matches the (resolved) facts of a case. Rule lists
//! are read first-match (stage plans, documents, time limits, voltage inference,
//! approvals, costs) or all-matching (periods, fees, notes). A jurisdiction inherits
//! from its parent (`national`) every list where none of its own rules matches.
//!
//! The format is declared once, below, with [`format::pack_format!`]: the structs,
//! their reader, the validator's shapes, the walk and the JSON Schema come from it.

use crate::capacity::{Capacity, Unit};
pub use crate::citation::partial_date;
use crate::json::{Map, Value};
use crate::model::{Applicant, Area, Customer, Kind, Supply, Utility, Voltage};
use crate::text::{Str, Text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

pub mod check;
pub mod format;
#[cfg_attr(
    all(
        target_arch = "wasm32",
        not(feature = "workbench"),
        not(debug_assertions)
    ),
    allow(dead_code)
)]
pub mod quotes;
pub(crate) mod read;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
#[cfg(feature = "fetch-policy")]
pub mod store;
mod validate;
pub mod walk;

use format::{keyed_enum, pack_format, Format, Keyed, S};
pub use validate::ErrorKind;

pub use crate::citation::{Cite, Source, SourceKind};

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

keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
    pub enum PeriodKind {
        #[default]
        Construction = "construction",
        Approval = "approval",
    }
}

keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
    pub enum Payer {
        #[default]
        Utility = "utility",
        Customer = "customer",
    }
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

keyed_enum! {
    /// What a utility's time limit counts in.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
    pub enum TimeUnit {
        /// 工作日
        #[default]
        WorkingDays = "working_days",
        /// 小时: clock hours, around the clock.
        Hours = "hours",
    }
}

pack_format! {
    nodes(Cite, Source);

    /// Conditions on the facts of a case; an absent condition matches anything.
    pub struct When (skip_none) {
        voltage: Option<Vec<Voltage>> [shape(S::EnumList(<Voltage as Keyed>::keys))],
        area: Option<Vec<Area>> [shape(S::EnumList(<Area as Keyed>::keys))],
        customer: Option<Vec<Customer>> [shape(S::EnumList(<Customer as Keyed>::keys))],
        supply: Option<Vec<Supply>> [shape(S::EnumList(<Supply as Keyed>::keys))],
        kind: Option<Vec<Kind>> [shape(S::EnumList(<Kind as Keyed>::keys))],
        applicant: Option<Vec<Applicant>> [shape(S::EnumList(<Applicant as Keyed>::keys))],
        external_works: Option<bool> [shape(S::Bool)],
        temporary: Option<bool> [shape(S::Bool)],
        zero_investment: Option<bool> [shape(S::Bool)],
        /// The rule applies to applications submitted on or after this date.
        from: Option<NaiveDate> [shape(S::Date)],
        /// … and on or before this date.
        until: Option<NaiveDate> [shape(S::Date)],
    }

    /// A capacity figure in a rule, in the rule's own unit (kilo-units, integer).
    pub struct CapValue [Copy, Eq] {
        value: u64 [required, shape(S::CAPACITY)],
        unit: Unit [required],
        /// Whether the value itself is within: true for 以下、以内 (the default),
        /// false for 不满、低于、超过 (Civil Code art. 1259).
        inclusive: bool = true,
    }

    /// When the voltage is not given: up to `lv_max` the connection is low voltage.
    pub struct VoltageRule {
        when: When,
        lv_max: CapValue [required, figure(cite)],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// A time limit for a stage.
    pub struct Limit {
        when: When,
        days: u32 [required, shape(S::DAYS_0), figure(cite)],
        days_kind: DaysKind,
        /// An average target rather than a limit for every case.
        average: bool,
        cite: Cite [required],
        /// The provincial/regional limit for the same stage, for comparison.
        regional_days: Option<u32> [shape(S::OPT_DAYS_0), figure(regional_cite)],
        regional_cite: Option<Cite>,
        note: Option<Text>,
    }

    /// A way to meet a document's requirement.
    pub struct Alternative {
        name: Text [required],
        /// Applicant types this alternative is for; absent = any.
        applicant: Option<Vec<Applicant>> [shape(S::Nullable(&S::EnumList(<Applicant as Keyed>::keys)))],
        when: When,
        note: Option<Text>,
    }

    /// A document to bring.
    pub struct Document {
        id: Str [required],
        name: Text [required],
        alternatives: Vec<Alternative>,
        cite: Cite [required],
        /// Needed only in a stated situation (e.g. someone else applies); not counted with the policy's documents.
        only_if: Option<Text>,
        /// For `only_if` documents tied to the proxy answer.
        proxy: bool,
        note: Option<Text>,
    }

    /// A stage (环节) as the policy counts it.
    pub struct Stage {
        id: Str [required],
        name: Text [required],
        limits: Vec<Limit>,
        documents: Vec<Document>,
        cite: Cite [required],
        /// False when the policy times this stage on its own clock (e.g. works after permits).
        counts_toward_total: bool = true,
        note: Option<Text>,
    }

    /// The stages of a case.
    pub struct StagePlan {
        when: When,
        stages: Vec<Stage> [required, shape(S::NonEmptyList(&<Stage as Format>::SHAPE))],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// The application documents (申请材料) of a case.
    pub struct DocumentRule {
        when: When,
        documents: Vec<Document> [required],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// The policy's total time limit for a case.
    pub struct TimeLimitRule {
        when: When,
        days: u32 [required, shape(S::DAYS), figure(cite)],
        days_kind: DaysKind,
        average: bool,
        /// What the total counts and what it leaves out.
        scope: Text [required],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// A period the policy times outside its stages (e.g. external-works construction).
    pub struct PeriodRule {
        id: Str [required],
        when: When,
        name: Text [required],
        kind: PeriodKind [required],
        days: u32 [required, shape(S::DAYS), figure(cite)],
        days_kind: DaysKind,
        average: bool,
        /// The stage after which the period runs.
        after_stage: Option<String>,
        cite: Cite [required],
        note: Option<Text>,
    }

    /// Whether the utility invests in the connection (零投资) for a case.
    pub struct ZeroInvestmentRule {
        id: Str [required],
        when: When,
        /// The cap (inclusive unless it says otherwise); absent = no cap stated.
        cap: Option<CapValue> [figure(cap_cite, cite)],
        /// Citation of the cap where another source sets it.
        cap_cite: Option<Cite>,
        /// False for a rule that puts matching cases outside zero investment.
        applies: bool = true,
        /// A condition the answers cannot settle (e.g. "private economic organisations only").
        condition: Option<Text>,
        /// What the utility pays for under this rule (or, when `applies` is false, why not).
        covers: Text [required],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// A government permit.
    pub struct Approval {
        id: Str [required],
        name: Text [required],
        authority: Text [required],
        days: Option<u32> [shape(S::OPT_DAYS), figure(cite)],
        /// Limit for complex cases (情况复杂的).
        complex_days: Option<u32> [shape(S::OPT_DAYS), figure(cite)],
        /// Approvals with the same step run in parallel; a higher step waits for the lower ones.
        step: u32 [shape(S::COUNT)] = 1,
        when: When,
        cite: Cite [required],
        note: Option<Text>,
    }

    /// The government approvals of a case.
    pub struct ApprovalRule {
        when: When,
        approvals: Vec<Approval>,
        /// Overall limit for all approvals together, where the policy sets one.
        total_days: Option<u32> [shape(S::OPT_DAYS), figure(cite)],
        parallel: bool [required],
        /// Text, set when there is nothing for the applicant to obtain (works filed, not approved, 备案制).
        exempt: Option<Text>,
        /// The permits run inside the policy's total limit (a total counted
        /// up to the connection): they are listed, and do not move the latest date.
        within_total: bool,
        cite: Cite [required],
        note: Option<Text>,
    }

    /// Who pays for a part of the works.
    pub struct CostRule {
        id: Str [required],
        when: When,
        part: Text [required],
        payer: Payer [required],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// A fee that must not be charged, or may be.
    pub struct FeeRule {
        id: Str [required],
        when: When,
        fee: Text [required],
        status: FeeStatus [required],
        /// A money figure, only where the cited source gives one.
        figure: Option<Text>,
        cite: Cite [required],
        note: Option<Text>,
    }

    /// Something the user should know, with every citation it rests on (`cites`, not `cite`).
    pub struct NoteRule {
        id: Str [required],
        when: When,
        kind: NoteKind [required],
        text: Text [required],
        cites: Vec<Cite> [required, shape(S::NonEmptyList(&<Cite as Format>::SHAPE))],
    }

    /// A promise the policy makes to applicants (一证办电, 一次性告知, 不停电接火…).
    pub struct CommitmentRule {
        id: Str [required],
        when: When,
        topic: Topic [required],
        /// What the applicant is entitled to, in plain words.
        text: Text [required],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// One priced part of the works, in fen (1/100 yuan): money is never a float.
    pub struct PriceItem {
        id: Str [required],
        name: Text [required],
        per: Per [required],
        /// How many (`per: each`); 1 when left out.
        quantity: Option<u32> [shape(S::COUNT)],
        min_fen: u64 [required, shape(S::FEN)],
        max_fen: u64 [required, shape(S::FEN)],
        side: Side [required],
        note: Option<Text>,
    }

    /// A pack's table of unit prices for the works, with whose table it is.
    pub struct PriceTable {
        id: Str [required],
        when: When,
        title: Text [required],
        publisher: Text [required],
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
        date: Str [required, shape(S::PartialDate)],
        items: Vec<PriceItem> [required, shape(S::NonEmptyList(&<PriceItem as Format>::SHAPE))],
        cite: Cite [required],
        note: Option<Text>,
    }

    /// A time limit of another utility's connection, or of one of its stages.
    pub struct UtilityLimit {
        when: When,
        /// The largest water meter it is for (DN, mm), inclusive (以下); absent = any size.
        meter_dn_max: Option<u32> [shape(S::OPT_DIAMETER), figure(cite)],
        value: u32 [required, shape(S::DURATION), figure(cite)],
        unit: TimeUnit [required],
        /// What the limit counts, and what it leaves out.
        scope: Text [required],
        /// A condition the answers cannot settle (e.g. "industrial enterprises only").
        condition: Option<Text>,
        cite: Cite [required],
        note: Option<Text>,
    }

    /// A stage of another utility's connection, as its source counts it.
    pub struct UtilityStage {
        id: Str [required],
        name: Text [required],
        /// Limits the source sets for the stage (first match, as for the total).
        limits: Vec<UtilityLimit>,
        /// False for a stage the source leaves out of its total (the works).
        counts_toward_total: bool = true,
        cite: Cite [required],
        note: Option<Text>,
    }

    /// A waiver of the water meter's installation fee (免收水表安装费): for whom,
    /// and up to which meter size.
    pub struct MeterFeeWaiver {
        when: When,
        /// The largest meter waived (DN, mm), inclusive (以下); absent = any size.
        meter_dn_max: Option<u32> [shape(S::OPT_DIAMETER), figure(cite)],
        /// A condition the answers cannot settle (e.g. "medium-sized or foreign-invested").
        condition: Option<Text>,
        cite: Cite [required],
        note: Option<Text>,
    }

    /// What a place's sources set for connecting other utilities (water, gas,
    /// telecom) beside electricity. Every entry that names a utility and whose
    /// `when` matches is read, nearest level first: the stages, limits,
    /// documents and meter fee waivers of the first entry that has them; the
    /// costs, promises and notes of all of them, once per id.
    pub struct UtilityRules {
        /// The utilities the entry is for.
        utility: Vec<Utility> [required, shape(S::EnumList(<Utility as Keyed>::keys))],
        when: When,
        /// The stages as the source counts them (none: the source counts none).
        stages: Vec<UtilityStage>,
        /// The clause that counts the stages. Its quote states their number.
        stages_cite: Option<Cite>,
        /// The total time limit (first match; `meter_dn_max` by meter size).
        limits: Vec<UtilityLimit>,
        /// What to bring, where the source names it.
        documents: Vec<Document>,
        /// Who pays for which part.
        costs: Vec<CostRule>,
        /// Water: who is spared the meter installation fee.
        meter_fee_waivers: Vec<MeterFeeWaiver>,
        /// What the source promises the applicant (one window, a site visit…).
        commitments: Vec<CommitmentRule>,
        notes: Vec<NoteRule>,
        note: Option<Text>,
    }

    /// One jurisdiction's policy file (a place).
    pub struct Jurisdiction (schema) {
        /// Lowercase letters, digits and hyphens: it appears in links.
        id: Str [required, shape(S::PlaceId)],
        /// The place whose rules apply where this one has none (`national`).
        inherits: Option<String> [shape(S::OPT_PLACE_ID)],
        name: Text [required],
        /// The documents the rules cite, by the name a `cite.source` gives.
        sources: BTreeMap<String, Source> [required],
        voltage_inference: Vec<VoltageRule> [rules],
        stage_plans: Vec<StagePlan> [rules],
        documents: Vec<DocumentRule> [rules],
        time_limits: Vec<TimeLimitRule> [rules],
        periods: Vec<PeriodRule> [rules],
        zero_investment: Vec<ZeroInvestmentRule> [rules],
        approvals: Vec<ApprovalRule> [rules],
        costs: Vec<CostRule> [rules],
        fees: Vec<FeeRule> [rules],
        notes: Vec<NoteRule> [rules],
        commitments: Vec<CommitmentRule> [rules],
        /// Clauses the engine cites for its own arithmetic, by purpose:
        /// `period_counting` (a period starts the day after, Civil Code art. 201),
        /// `inclusive_bounds` (以下 includes the number, art. 1259).
        references: BTreeMap<String, Cite> [rules],
        /// Unit prices for the works (portal packs only: no seed publishes any).
        prices: Vec<PriceTable> [rules],
        /// Other utilities connected beside electricity (water, gas, telecom).
        utilities: Vec<UtilityRules> [rules],
    }

    /// A portal pack's own title, publisher and date.
    pub struct PackAbout {
        title: Text [required],
        issuer: Text [required],
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
        date: Str [required, shape(S::PartialDate)],
    }

    /// A policy pack as written: its places under their ids, and who publishes it.
    pub struct PackFile (schema) {
        /// Shown on every page while the pack is in use.
        about: Option<PackAbout> [shape(<PackAbout as Format>::SHAPE)],
        jurisdictions: BTreeMap<String, Jurisdiction> [required, shape(S::PlaceMap(&<Jurisdiction as Format>::SHAPE))],
        /// Golden cases the pack carries, run by `estimate --policy PACK --cases`
        /// and on the check-pack page (read and checked by `crate::cases`).
        cases: PackCases [shape(S::List(&S::Case))],
    }
}

impl TimeUnit {
    /// The unit as the pack and the contract write it (`working_days`, `hours`).
    pub fn key(self) -> &'static str {
        Self::KEYS[self as usize]
    }
}

impl CapValue {
    pub fn capacity(&self) -> Capacity {
        Capacity::kilo(self.value, self.unit)
    }

    /// Whether `capacity` is within the cap: below it, or at it when inclusive.
    pub fn admits(&self, capacity: &Capacity, pf: crate::capacity::PowerFactor) -> bool {
        match capacity.cmp_to(&self.capacity(), pf) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Equal => self.inclusive,
            std::cmp::Ordering::Greater => false,
        }
    }
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
            // A path holds the pack's own keys: escaped and shortened.
            path: crate::text::echo_path(&path.into()),
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
    /// Each id's index in `jurisdictions` (a pack may hold thousands).
    index: HashMap<String, usize>,
}

/// The most places an inheritance chain may hold: the place and its
/// ancestors (national, province, city, district need four).
pub const MAX_CHAIN: usize = 16;
/// The built-in places, in the order the app lists them: one file each in
/// `policy/`, beside `calendar.json`.
pub const BUILT_IN: &[&str] = &[
    "national",
    "yangjiang",
    "shandong",
    "wanzhou",
    "liuzhou",
    "district-x",
];

/// The calendar's name among the built-in files (the places go by their ids).
pub const CALENDAR: &str = "calendar";

/// Every built-in file: the places and the calendar.
pub fn files() -> impl Iterator<Item = &'static str> {
    BUILT_IN.iter().copied().chain([CALENDAR])
}

/// One policy file as embedded: without indentation (see build.rs).
#[cfg(not(feature = "fetch-policy"))]
macro_rules! embedded {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json")),
        )
    };
}

/// The embedded policy files, in the order of [`BUILT_IN`]. The web app's
/// bundles leave them out (`fetch-policy`): they fetch each file when a page
/// needs it (see [`store`]).
#[cfg(not(feature = "fetch-policy"))]
pub const EMBEDDED: &[(&str, &str)] = &[
    embedded!("national"),
    embedded!("yangjiang"),
    embedded!("shandong"),
    embedded!("wanzhou"),
    embedded!("liuzhou"),
    embedded!("district-x"),
];

/// The built-in files this program has: all of them, or in the web app the
/// ones fetched so far.
pub fn built_in_texts() -> Vec<(&'static str, &'static str)> {
    #[cfg(not(feature = "fetch-policy"))]
    return EMBEDDED.to_vec();
    #[cfg(feature = "fetch-policy")]
    return store::texts();
}

/// The text of one built-in file, if this program has it.
pub fn built_in_text(id: &str) -> Option<&'static str> {
    built_in_texts()
        .into_iter()
        .find(|(i, _)| *i == id)
        .map(|(_, t)| t)
}

impl Jurisdiction {
    /// Every citation of the jurisdiction's rules, with its path inside the jurisdiction.
    pub fn cites(&self) -> Vec<(String, &Cite)> {
        let mut out: Vec<(String, &Cite)> = Vec::new();
        walk::walk(self, &mut |path: &str, node| {
            if let Node::Cite(c) = node {
                out.push((path.to_string(), c));
            }
        });
        out
    }

    /// Every figure a rule sets, with its path and the citation whose quote states it.
    pub fn figures(&self) -> Vec<(String, u64, &Cite, Node<'_>)> {
        struct Figures<'a>(Vec<(String, u64, &'a Cite, Node<'a>)>);
        impl<'a> walk::Visitor<'a> for Figures<'a> {
            fn figure(&mut self, path: &str, value: u64, cite: &'a Cite, owner: Node<'a>) {
                self.0.push((path.to_string(), value, cite, owner));
            }
        }
        let mut out = Figures(Vec::new());
        walk::walk(self, &mut out);
        out.0
    }

    /// Each rule: its list's key, its index there, its id (or key) and the rule.
    pub fn each_rule<'a>(
        &'a self,
        mut f: impl FnMut(&'static str, usize, Option<&'a str>, Node<'a>),
    ) {
        walk::Walk::each_rule(self, &mut f);
    }
}
impl PolicyPack {
    /// The pack compiled into the program. The embedded files are checked by tests,
    /// so a failure here is a build defect.
    pub fn embedded() -> PolicyPack {
        PolicyPack::from_files(&built_in_texts())
    }

    /// A pack of built-in files: all of them, or (in the web app) a place and
    /// its ancestors. Panics on a broken file, which the tests rule out.
    pub fn from_files(files: &[(&str, &str)]) -> PolicyPack {
        let mut map = Map::new();
        for (id, text) in files {
            map.insert(id.to_string(), embedded_value(id, text));
        }
        PolicyPack::from_value(&pack_value(map)).unwrap_or_else(|errs| {
            broken_built_in("embedded policy", || {
                errs.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
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
        PolicyPack::from_value_over_embedded(parse_json(text)?)
    }

    /// A parsed portal pack on top of the built-in one (as [`Self::from_json_over_embedded`]).
    pub fn from_value_over_embedded(mut v: Value) -> Result<PolicyPack, Vec<PolicyError>> {
        if let Some(map) = v.get_mut("jurisdictions").and_then(Value::as_object_mut) {
            for (id, text) in built_in_texts() {
                if !map.contains_key(id) {
                    map.insert(id.to_string(), embedded_value(id, text));
                }
            }
        }
        PolicyPack::from_value(&v)
    }

    /// Validates a parsed pack and reports every problem with its path.
    pub fn from_value(v: &Value) -> Result<PolicyPack, Vec<PolicyError>> {
        let mut errors = Vec::new();
        // The share-link bundle reads only the built-in files, which the
        // build checked (a portal's pack is the full app's): no checks again.
        let check = !cfg!(feature = "result-only");
        if check {
            validate::pack(v, &mut errors);
        }
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
            BUILT_IN
                .iter()
                .position(|e| *e == id)
                .unwrap_or(BUILT_IN.len())
        };
        crate::sort::sort_by(&mut jurisdictions, |a, b| {
            (rank(&a.id), &a.id).cmp(&(rank(&b.id), &b.id))
        });
        for j in &jurisdictions {
            if !map.is_some_and(|m| m.contains_key(&j.id)) {
                errors.push(PolicyError::new(
                    "jurisdictions",
                    ErrorKind::KeyMismatch(j.id.to_string()),
                ));
            }
        }
        let index = jurisdictions
            .iter()
            .enumerate()
            .map(|(i, j)| (j.id.to_string(), i))
            .collect();
        let pack = PolicyPack {
            jurisdictions,
            about: v.get("about").map(read::about),
            index,
        };
        if check {
            validate::semantics(&pack, &mut errors);
            // Quotes against their sources' text: where packs are written and
            // checked (estimate, the officials' pages), not on every applicant's
            // phone (4.5 KiB gzipped of a first visit).
            #[cfg(any(not(target_arch = "wasm32"), feature = "workbench", debug_assertions))]
            quotes::check(&pack, &mut errors);
            check::dates(&pack, &mut errors);
        }
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(errors)
        }
    }

    pub fn get(&self, id: &str) -> Option<&Jurisdiction> {
        self.index.get(id).map(|&i| &self.jurisdictions[i])
    }

    pub fn ids(&self) -> Vec<&str> {
        self.jurisdictions.iter().map(|j| &*j.id).collect()
    }

    /// The jurisdiction and its ancestors, nearest first; a circle ends it,
    /// and so does [`MAX_CHAIN`] (one more, so that validation can say so).
    pub fn chain<'a>(&'a self, id: &str) -> Vec<&'a Jurisdiction> {
        let mut out: Vec<&Jurisdiction> = Vec::new();
        let mut next = self.get(id);
        while let Some(j) = next {
            if out.len() > MAX_CHAIN || out.iter().any(|seen| seen.id == j.id) {
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

/// A bare place file (an object with an `id` and no `jurisdictions`) as a
/// pack of that one place; anything else as it is.
pub fn wrap_bare_place(v: Value) -> Value {
    let bare = v.get("jurisdictions").is_none();
    let Some(id) = v
        .get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .filter(|_| bare)
    else {
        return v;
    };
    let mut places = Map::new();
    places.insert(id, v);
    let mut pack = Map::new();
    pack.insert("jurisdictions".to_string(), Value::Object(places));
    Value::Object(pack)
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
    crate::json::parse(text).unwrap_or_else(|e| broken_built_in(id, || e.to_string()))
}

/// A built-in file that does not read: a build defect, which the tests rule
/// out. Its problems are listed, except in the share-link bundle, which
/// carries no messages for them (it reads nothing else).
pub(crate) fn broken_built_in(name: &str, problems: impl FnOnce() -> String) -> ! {
    #[cfg(feature = "result-only")]
    {
        let _ = problems;
        panic!("built-in file {name} is invalid")
    }
    #[cfg(not(feature = "result-only"))]
    panic!("built-in file {name} is invalid:\n{}", problems())
}

/// `{"jurisdictions": {…}}` around the jurisdictions.
fn pack_value(jurisdictions: Map) -> Value {
    let mut top = Map::new();
    top.insert("jurisdictions".into(), Value::Object(jurisdictions));
    Value::Object(top)
}

/// A pack's golden cases: `crate::cases` reads them from the pack's text, so
/// the policy types keep only their place in the format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct PackCases;

impl read::FromJson for PackCases {
    fn from_json(_: &Value) -> Self {
        PackCases
    }
}

impl<'a> walk::Walk<'a> for PackCases {
    fn walk(&'a self, _: &mut walk::Path, _: &mut dyn walk::Visitor<'a>) {}
}

/// Each built-in place's id and name (zh-Hans, zh-Hant, English), read from
/// its file by build.rs: what the web app lists before it has fetched any
/// place (the start page).
const PLACE_NAMES: &[(&str, [&str; 3])] = include!(concat!(env!("OUT_DIR"), "/places.rs"));

/// A built-in place's name, without its data.
pub fn built_in_name(id: &str, lang: crate::Lang) -> Option<&'static str> {
    let (_, [hans, hant, en]) = PLACE_NAMES.iter().find(|(i, _)| *i == id)?;
    Some(crate::text::pick(lang, *hans, *hant, *en))
}
