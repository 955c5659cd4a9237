//! Validated JSON → policy types. `validate` has already checked every shape and
//! reported every problem with its path, so reading here only fills in defaults.

use super::*;
use crate::json::Value;
use std::sync::Arc;

/// A policy type read from a validated JSON value.
pub(super) trait FromJson: Sized {
    fn from_json(v: &Value) -> Self;
}

/// A member of an object, when present and not null.
fn field<T: FromJson>(v: &Value, key: &str) -> Option<T> {
    v.get(key).filter(|x| !x.is_null()).map(T::from_json)
}

impl FromJson for String {
    fn from_json(v: &Value) -> Self {
        v.as_str().unwrap_or_default().to_string()
    }
}

impl FromJson for Str {
    fn from_json(v: &Value) -> Self {
        Arc::from(v.as_str().unwrap_or_default())
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Self {
        v.as_bool().unwrap_or_default()
    }
}

impl FromJson for u32 {
    fn from_json(v: &Value) -> Self {
        v.as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or_default()
    }
}

impl FromJson for u64 {
    fn from_json(v: &Value) -> Self {
        v.as_u64().unwrap_or_default()
    }
}

impl FromJson for NaiveDate {
    fn from_json(v: &Value) -> Self {
        v.as_str().and_then(partial_date).unwrap_or_default()
    }
}

/// Text per language, or one string for all three.
impl FromJson for Text {
    fn from_json(v: &Value) -> Self {
        match v.as_str() {
            Some(s) => Text::new(s, s, s),
            None => {
                let lang = |k| v.get(k).and_then(Value::as_str).unwrap_or_default();
                Text::new(lang("zh-Hans"), lang("zh-Hant"), lang("en"))
            }
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Self {
        (!v.is_null()).then(|| T::from_json(v))
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Self {
        v.as_array()
            .map(|a| a.iter().map(T::from_json).collect())
            .unwrap_or_default()
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(v: &Value) -> Self {
        v.as_object()
            .map(|m| {
                m.iter()
                    .map(|(k, x)| (k.clone(), T::from_json(x)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Enums read from their keys (the validator allows only known ones).
macro_rules! from_key {
    ($($t:ty: $parse:expr, $fallback:expr;)*) => {
        $(impl FromJson for $t {
            fn from_json(v: &Value) -> Self {
                let parse: fn(&str) -> Option<$t> = $parse;
                v.as_str().and_then(parse).unwrap_or($fallback)
            }
        })*
    };
}

from_key! {
    Voltage: Voltage::parse, Voltage::Lv;
    Area: Area::parse, Area::Urban;
    Customer: Customer::parse, Customer::Business;
    Supply: Supply::parse, Supply::Single;
    Kind: Kind::parse, Kind::New;
    Applicant: Applicant::parse, Applicant::Individual;
    Unit: |s| (s == "kW").then_some(Unit::Kw), Unit::Kva;
    DaysKind: DaysKind::parse, DaysKind::Working;
    SourceKind: |s| (s == "secondary").then_some(SourceKind::Secondary), SourceKind::Primary;
    PeriodKind: PeriodKind::parse, PeriodKind::Construction;
    Payer: Payer::parse, Payer::Utility;
    FeeStatus: FeeStatus::parse, FeeStatus::Abolished;
    NoteKind: NoteKind::parse, NoteKind::Info;
    Per: Per::parse, Per::Each;
    Side: Side::parse, Side::Grid;
    Topic: Topic::parse, Topic::Service;
}

/// Structs read field by field (JSON keys are the field names); `= expr`
/// gives a missing field's default, otherwise `Default::default()`.
macro_rules! from_fields {
    ($($t:ident { $($f:ident $(= $d:expr)?),* $(,)? })*) => {
        $(impl FromJson for $t {
            fn from_json(v: &Value) -> Self {
                $t { $($f: field(v, stringify!($f)).unwrap_or_else(|| from_fields!(@default $($d)?)),)* }
            }
        })*
    };
    (@default) => { Default::default() };
    (@default $d:expr) => { $d };
}

from_fields! {
    Source { file, title, issuer, issued, effective, kind }
    Cite { source, clause, quote }
    When { voltage, area, customer, supply, kind, applicant, external_works, temporary, zero_investment, from, until }
    CapValue { value, unit }
    VoltageRule { when, lv_max, cite, note }
    Limit { when, days, days_kind, average, cite, regional_days, regional_cite, note }
    Alternative { name, applicant, when, note }
    Document { id, name, alternatives, cite, only_if, proxy, note }
    Stage { id, name, limits, documents, cite, counts_toward_total = true, note }
    StagePlan { when, stages, cite, note }
    DocumentRule { when, documents, cite, note }
    TimeLimitRule { when, days, days_kind, average, scope, cite, note }
    PeriodRule { id, when, name, kind, days, days_kind, average, after_stage, cite, note }
    ZeroInvestmentRule { id, when, cap, cap_cite, applies = true, condition, covers, cite, note }
    Approval { id, name, authority, days, complex_days, step = 1, when, cite, note }
    ApprovalRule { when, approvals, total_days, parallel, exempt, cite, note }
    CostRule { id, when, part, payer, cite, note }
    FeeRule { id, when, fee, status, figure, cite, note }
    NoteRule { id, when, kind, text, cites }
    CommitmentRule { id, when, topic, text, cite, note }
    PackAbout { title, issuer, date }
    PriceItem { id, name, per, quantity, min_fen, max_fen, side, note }
    PriceTable { id, when, title, publisher, date, items, cite, note }
    Jurisdiction {
        id, inherits, name, sources, voltage_inference, stage_plans, documents, time_limits,
        periods, zero_investment, approvals, costs, fees, notes, commitments, references, prices,
    }
}

/// A validated jurisdiction.
pub(super) fn jurisdiction(v: &Value) -> Jurisdiction {
    Jurisdiction::from_json(v)
}

/// A validated pack's `about`.
pub(super) fn about(v: &Value) -> PackAbout {
    PackAbout::from_json(v)
}
