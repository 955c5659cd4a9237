//! Checks raw policy JSON against the schema, collecting every problem with its path.

use super::{partial_date, PolicyError, PolicyPack};
use crate::json::Value;

#[derive(Clone, Copy)]
enum S {
    NonEmpty,
    Date,
    PartialDate,
    Bool,
    PosInt,
    Int,
    Text,
    /// Text per language, or one non-empty string for all.
    TextOrString,
    Enum(&'static [&'static str]),
    EnumList(&'static [&'static str]),
    List(&'static S),
    NonEmptyList(&'static S),
    Map(&'static S),
    Obj(&'static [F]),
    Nullable(&'static S),
}

/// A field: name, required, schema.
#[derive(Clone, Copy)]
struct F(&'static str, bool, S);

const VOLTAGES: &[&str] = &["lv", "10kv", "35kv"];
const AREAS: &[&str] = &["urban", "rural"];
const CUSTOMERS: &[&str] = &["resident", "small_micro", "business", "park_project"];
const SUPPLIES: &[&str] = &["single", "dual"];
const KINDS: &[&str] = &["new", "increase"];
const APPLICANTS: &[&str] = &["individual", "company", "organisation", "government"];
const DAYS_KINDS: &[&str] = &["working", "calendar"];

const TEXT: S = S::Text;
const OPT_TEXT: S = S::Nullable(&TEXT);
const WHEN: S = S::Obj(&[
    F("voltage", false, S::EnumList(VOLTAGES)),
    F("area", false, S::EnumList(AREAS)),
    F("customer", false, S::EnumList(CUSTOMERS)),
    F("supply", false, S::EnumList(SUPPLIES)),
    F("kind", false, S::EnumList(KINDS)),
    F("applicant", false, S::EnumList(APPLICANTS)),
    F("external_works", false, S::Bool),
    F("temporary", false, S::Bool),
    F("zero_investment", false, S::Bool),
    F("from", false, S::Date),
    F("until", false, S::Date),
]);
const CITE: S = S::Obj(&[
    F("source", true, S::NonEmpty),
    F("clause", true, S::TextOrString),
    F("quote", true, S::NonEmpty),
]);
const CAP: S = S::Obj(&[
    F("value", true, S::PosInt),
    F("unit", true, S::Enum(&["kVA", "kW"])),
]);
const LIMIT: S = S::Obj(&[
    F("when", false, WHEN),
    F("days", true, S::Int),
    F("days_kind", false, S::Enum(DAYS_KINDS)),
    F("average", false, S::Bool),
    F("cite", true, CITE),
    F("regional_days", false, S::Nullable(&S::Int)),
    F("regional_cite", false, S::Nullable(&CITE)),
    F("note", false, OPT_TEXT),
]);
const ALTERNATIVE: S = S::Obj(&[
    F("name", true, TEXT),
    F("applicant", false, S::Nullable(&S::EnumList(APPLICANTS))),
    F("when", false, WHEN),
    F("note", false, OPT_TEXT),
]);
const DOCUMENT: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("name", true, TEXT),
    F("alternatives", false, S::List(&ALTERNATIVE)),
    F("cite", true, CITE),
    F("only_if", false, OPT_TEXT),
    F("proxy", false, S::Bool),
    F("note", false, OPT_TEXT),
]);
const STAGE: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("name", true, TEXT),
    F("limits", false, S::List(&LIMIT)),
    F("documents", false, S::List(&DOCUMENT)),
    F("cite", true, CITE),
    F("counts_toward_total", false, S::Bool),
    F("note", false, OPT_TEXT),
]);
const STAGE_PLAN: S = S::Obj(&[
    F("when", false, WHEN),
    F("stages", true, S::NonEmptyList(&STAGE)),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const DOCUMENT_RULE: S = S::Obj(&[
    F("when", false, WHEN),
    F("documents", true, S::List(&DOCUMENT)),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const TIME_LIMIT: S = S::Obj(&[
    F("when", false, WHEN),
    F("days", true, S::PosInt),
    F("days_kind", false, S::Enum(DAYS_KINDS)),
    F("average", false, S::Bool),
    F("scope", true, TEXT),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const PERIOD: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("name", true, TEXT),
    F("kind", true, S::Enum(&["construction", "approval"])),
    F("days", true, S::PosInt),
    F("days_kind", false, S::Enum(DAYS_KINDS)),
    F("average", false, S::Bool),
    F("after_stage", false, S::Nullable(&S::NonEmpty)),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const ZERO_INVESTMENT: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("cap", false, S::Nullable(&CAP)),
    F("cap_cite", false, S::Nullable(&CITE)),
    F("applies", false, S::Bool),
    F("condition", false, OPT_TEXT),
    F("covers", true, TEXT),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const APPROVAL: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("name", true, TEXT),
    F("authority", true, TEXT),
    F("days", false, S::Nullable(&S::PosInt)),
    F("complex_days", false, S::Nullable(&S::PosInt)),
    F("step", false, S::PosInt),
    F("when", false, WHEN),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const APPROVAL_RULE: S = S::Obj(&[
    F("when", false, WHEN),
    F("approvals", false, S::List(&APPROVAL)),
    F("total_days", false, S::Nullable(&S::PosInt)),
    F("parallel", true, S::Bool),
    F("exempt", false, OPT_TEXT),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const COST: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("part", true, TEXT),
    F("payer", true, S::Enum(&["utility", "customer"])),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const FEE: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("fee", true, TEXT),
    F("status", true, S::Enum(&["abolished", "may_apply"])),
    F("figure", false, OPT_TEXT),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const NOTE: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F(
        "kind",
        true,
        S::Enum(&["conflict", "interpretation", "info"]),
    ),
    F("text", true, TEXT),
    F("cites", true, S::NonEmptyList(&CITE)),
]);
const COMMITMENT: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F(
        "topic",
        true,
        S::Enum(&["service", "documents", "approvals", "costs", "time"]),
    ),
    F("text", true, TEXT),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const SOURCE: S = S::Obj(&[
    F("file", true, S::NonEmpty),
    F("title", true, TEXT),
    F("issuer", true, TEXT),
    F("issued", true, S::Nullable(&S::PartialDate)),
    F("effective", true, S::Nullable(&S::PartialDate)),
    F("kind", false, S::Enum(&["primary", "secondary"])),
]);
const VOLTAGE_RULE: S = S::Obj(&[
    F("when", false, WHEN),
    F("lv_max", true, CAP),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const JURISDICTION: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("inherits", false, S::Nullable(&S::NonEmpty)),
    F("name", true, TEXT),
    F("sources", true, S::Map(&SOURCE)),
    F("voltage_inference", false, S::List(&VOLTAGE_RULE)),
    F("stage_plans", false, S::List(&STAGE_PLAN)),
    F("documents", false, S::List(&DOCUMENT_RULE)),
    F("time_limits", false, S::List(&TIME_LIMIT)),
    F("periods", false, S::List(&PERIOD)),
    F("zero_investment", false, S::List(&ZERO_INVESTMENT)),
    F("approvals", false, S::List(&APPROVAL_RULE)),
    F("costs", false, S::List(&COST)),
    F("fees", false, S::List(&FEE)),
    F("notes", false, S::List(&NOTE)),
    F("commitments", false, S::List(&COMMITMENT)),
    F("references", false, S::Map(&CITE)),
]);
const ABOUT: S = S::Obj(&[
    F("title", true, TEXT),
    F("issuer", true, TEXT),
    F("date", true, S::PartialDate),
]);
const PACK: S = S::Obj(&[
    F("about", false, ABOUT),
    F("jurisdictions", true, S::Map(&JURISDICTION)),
]);

pub(super) fn pack(v: &Value, errors: &mut Vec<PolicyError>) {
    check(v, &PACK, "", errors);
}

fn err(errors: &mut Vec<PolicyError>, path: &str, message: impl Into<String>) {
    errors.push(PolicyError {
        path: if path.is_empty() {
            "(top level)".into()
        } else {
            path.to_string()
        },
        message: message.into(),
    });
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn check(v: &Value, s: &S, path: &str, errors: &mut Vec<PolicyError>) {
    match *s {
        S::Nullable(inner) => {
            if !v.is_null() {
                check(v, inner, path, errors)
            }
        }
        S::NonEmpty => {
            if v.as_str().is_none_or(|x| x.trim().is_empty()) {
                err(errors, path, "expected a non-empty string");
            }
        }
        S::Date => {
            if !v
                .as_str()
                .is_some_and(|x| x.len() == 10 && partial_date(x).is_some())
            {
                err(errors, path, "expected a date YYYY-MM-DD");
            }
        }
        S::PartialDate => {
            if v.as_str().is_none_or(|x| partial_date(x).is_none()) {
                err(
                    errors,
                    path,
                    "expected a date YYYY-MM-DD, YYYY-MM or YYYY (or null when unknown)",
                );
            }
        }
        S::Bool => {
            if !v.is_boolean() {
                err(errors, path, "expected true or false");
            }
        }
        S::PosInt => {
            if !v.as_u64().is_some_and(|n| n > 0 && n <= u32::MAX as u64) {
                err(errors, path, "expected a positive integer");
            }
        }
        S::Int => {
            if v.as_u64().is_none_or(|n| n > u32::MAX as u64) {
                err(errors, path, "expected an integer ≥ 0");
            }
        }
        S::TextOrString if v.is_string() => check(v, &S::NonEmpty, path, errors),
        S::Text | S::TextOrString => match v.as_object() {
            Some(o) => {
                for lang in ["zh-Hans", "zh-Hant", "en"] {
                    if o.get(lang)
                        .and_then(Value::as_str)
                        .is_none_or(|x| x.trim().is_empty())
                    {
                        err(
                            errors,
                            &join(path, lang),
                            "expected non-empty text in this language",
                        );
                    }
                }
                for k in o.keys() {
                    if !["zh-Hans", "zh-Hant", "en"].contains(&k.as_str()) {
                        err(
                            errors,
                            &join(path, k),
                            "unknown language (expected zh-Hans, zh-Hant, en)",
                        );
                    }
                }
            }
            None => err(
                errors,
                path,
                "expected text as {\"zh-Hans\": …, \"zh-Hant\": …, \"en\": …}",
            ),
        },
        S::Enum(allowed) => {
            if !v.as_str().is_some_and(|x| allowed.contains(&x)) {
                err(
                    errors,
                    path,
                    format!("expected one of: {}", allowed.join(", ")),
                );
            }
        }
        S::EnumList(allowed) => match v.as_array() {
            Some(a) if !a.is_empty() => {
                for (i, item) in a.iter().enumerate() {
                    check(item, &S::Enum(allowed), &format!("{path}[{i}]"), errors);
                }
            }
            _ => err(
                errors,
                path,
                format!("expected a non-empty list of: {}", allowed.join(", ")),
            ),
        },
        S::List(inner) | S::NonEmptyList(inner) => match v.as_array() {
            Some(a) => {
                if a.is_empty() && matches!(s, S::NonEmptyList(_)) {
                    err(errors, path, "expected at least one item");
                }
                for (i, item) in a.iter().enumerate() {
                    check(item, inner, &format!("{path}[{i}]"), errors);
                }
            }
            None => err(errors, path, "expected a list"),
        },
        S::Map(inner) => match v.as_object() {
            Some(o) => {
                for (k, item) in o {
                    check(item, inner, &join(path, k), errors);
                }
            }
            None => err(errors, path, "expected an object"),
        },
        S::Obj(fields) => match v.as_object() {
            Some(o) => {
                for F(name, required, fs) in fields {
                    match o.get(name) {
                        Some(x) => check(x, fs, &join(path, name), errors),
                        None if *required => err(errors, &join(path, name), "missing"),
                        None => {}
                    }
                }
                for k in o.keys() {
                    if !fields.iter().any(|F(n, _, _)| n == k) {
                        let names: Vec<&str> = fields.iter().map(|F(n, _, _)| *n).collect();
                        err(
                            errors,
                            &join(path, k),
                            format!("unknown field (expected one of: {})", names.join(", ")),
                        );
                    }
                }
            }
            None => err(errors, path, "expected an object"),
        },
    }
}

/// Checks what the schema cannot: ids, references, inheritance, date order.
pub(super) fn semantics(pack: &PolicyPack, errors: &mut Vec<PolicyError>) {
    for j in &pack.jurisdictions {
        let base = format!("jurisdictions.{}", j.id);
        if !j
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            err(
                errors,
                &format!("{base}.id"),
                "expected lowercase letters, digits and hyphens (the id appears in links)",
            );
        }
        if let Some(parent) = &j.inherits {
            if pack.get(parent).is_none() {
                err(
                    errors,
                    &format!("{base}.inherits"),
                    format!("no jurisdiction “{parent}” in the pack"),
                );
            }
            let chain = pack.chain(&j.id);
            if chain.last().and_then(|r| r.inherits.as_ref()).is_some()
                && pack.get(parent).is_some()
            {
                err(
                    errors,
                    &format!("{base}.inherits"),
                    "inheritance goes round in a circle",
                );
            }
        }
        stage_ids(j, &base, errors);
        after_stages(pack, j, &base, errors);
        let chain = pack.chain(&j.id);
        for (path, c) in j.cites() {
            if pack.source(&chain, &c.source).is_none() {
                err(
                    errors,
                    &format!("{base}.{path}.source"),
                    format!(
                        "no source “{}” in this jurisdiction or the one it inherits from",
                        c.source
                    ),
                );
            }
        }
    }
    // Keys must match ids.
    for j in &pack.jurisdictions {
        if pack.jurisdictions.iter().filter(|o| o.id == j.id).count() > 1 {
            err(
                errors,
                &format!("jurisdictions.{}.id", j.id),
                "two jurisdictions have this id",
            );
        }
    }
}

/// A stage id is used once per plan.
fn stage_ids(j: &super::Jurisdiction, base: &str, errors: &mut Vec<PolicyError>) {
    for (i, p) in j.stage_plans.iter().enumerate() {
        for (k, st) in p.stages.iter().enumerate() {
            if p.stages[..k].iter().any(|o| o.id == st.id) {
                err(
                    errors,
                    &format!("{base}.stage_plans[{i}].stages[{k}].id"),
                    format!("stage id “{}” is used twice in this plan", st.id),
                );
            }
        }
    }
}

/// A period follows a stage the place (or what it inherits) has.
fn after_stages(
    pack: &PolicyPack,
    j: &super::Jurisdiction,
    base: &str,
    errors: &mut Vec<PolicyError>,
) {
    let chain = pack.chain(&j.id);
    for (i, r) in j.periods.iter().enumerate() {
        let Some(after) = &r.after_stage else {
            continue;
        };
        let known = chain.iter().any(|c| {
            c.stage_plans
                .iter()
                .any(|p| p.stages.iter().any(|s| *s.id == **after))
        });
        if !known {
            err(
                errors,
                &format!("{base}.periods[{i}].after_stage"),
                format!("no stage “{after}” in this jurisdiction's stage plans"),
            );
        }
    }
}
