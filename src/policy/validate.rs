//! Checks raw policy JSON against the schema, collecting every problem with its
//! path; each problem is typed ([`ErrorKind`]) so that it can be written in the
//! page's language, and in English for the `estimate` command.

use super::{
    partial_date, DaysKind, FeeStatus, NoteKind, Payer, Per, PeriodKind, PolicyError, PolicyPack,
    Side, Topic,
};
use crate::json::{SyntaxError, Value};
use crate::model::{Applicant, Area, Customer, Kind, Supply, Voltage};
use crate::text::{fill, pick, Lang};

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

// The answers' keys, as the questions declare them.
const VOLTAGES: &[&str] = Voltage::KEYS;
const AREAS: &[&str] = Area::KEYS;
const CUSTOMERS: &[&str] = Customer::KEYS;
const SUPPLIES: &[&str] = Supply::KEYS;
const KINDS: &[&str] = Kind::KEYS;
const APPLICANTS: &[&str] = Applicant::KEYS;

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
    F("days_kind", false, S::Enum(DaysKind::KEYS)),
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
    F("days_kind", false, S::Enum(DaysKind::KEYS)),
    F("average", false, S::Bool),
    F("scope", true, TEXT),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const PERIOD: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("name", true, TEXT),
    F("kind", true, S::Enum(PeriodKind::KEYS)),
    F("days", true, S::PosInt),
    F("days_kind", false, S::Enum(DaysKind::KEYS)),
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
    F("payer", true, S::Enum(Payer::KEYS)),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const FEE: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("fee", true, TEXT),
    F("status", true, S::Enum(FeeStatus::KEYS)),
    F("figure", false, OPT_TEXT),
    F("cite", true, CITE),
    F("note", false, OPT_TEXT),
]);
const NOTE: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("kind", true, S::Enum(NoteKind::KEYS)),
    F("text", true, TEXT),
    F("cites", true, S::NonEmptyList(&CITE)),
]);
const COMMITMENT: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("topic", true, S::Enum(Topic::KEYS)),
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
const PRICE_ITEM: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("name", true, TEXT),
    F("per", true, S::Enum(Per::KEYS)),
    F("quantity", false, S::PosInt),
    F("min_fen", true, S::Int),
    F("max_fen", true, S::Int),
    F("side", true, S::Enum(Side::KEYS)),
    F("note", false, OPT_TEXT),
]);
const PRICE_TABLE: S = S::Obj(&[
    F("id", true, S::NonEmpty),
    F("when", false, WHEN),
    F("title", true, TEXT),
    F("publisher", true, TEXT),
    F("date", true, S::PartialDate),
    F("items", true, S::NonEmptyList(&PRICE_ITEM)),
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
    F("prices", false, S::List(&PRICE_TABLE)),
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

/// The path of a problem with the whole text.
const TOP_LEVEL: &str = "(top level)";

fn err(errors: &mut Vec<PolicyError>, path: &str, kind: ErrorKind) {
    let path = if path.is_empty() { TOP_LEVEL } else { path };
    errors.push(PolicyError::new(path, kind));
}

/// What is wrong with a value of a policy pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    NonEmpty,
    Date,
    PartialDate,
    Bool,
    PositiveInteger,
    Integer,
    /// Text missing in the language the path ends with.
    LanguageText,
    UnknownLanguage,
    Text,
    OneOf(&'static [&'static str]),
    ListOf(&'static [&'static str]),
    AtLeastOne,
    List,
    Object,
    Missing,
    /// A field the schema does not have; the fields it has.
    UnknownField(Vec<&'static str>),
    /// A jurisdiction stored under another key than its id.
    KeyMismatch(String),
    BadId,
    NoParent(String),
    Circular,
    NoSource(String),
    DuplicateStage(String),
    NoStage(String),
    DuplicateJurisdiction,
    /// A price range whose lowest is above its highest.
    PriceRange,
    /// The text is not JSON.
    NotJson(SyntaxError),
}

impl ErrorKind {
    /// The message in `lang`; the English one is what the `estimate` command
    /// prints. `{0}`, `{1}`, `{2}` in a template stand for what the problem names.
    pub fn message(&self, lang: Lang) -> String {
        use ErrorKind::*;
        let list = |l: &[&str]| l.join(if lang == Lang::En { ", " } else { "、" });
        let (template, args): ([&str; 3], Vec<String>) = match self {
            NonEmpty => (
                [
                    "应为非空的字符串",
                    "應為非空的字串",
                    "expected a non-empty string",
                ],
                vec![],
            ),
            Date => (
                [
                    "应为日期 YYYY-MM-DD（年-月-日）",
                    "應為日期 YYYY-MM-DD（年-月-日）",
                    "expected a date YYYY-MM-DD",
                ],
                vec![],
            ),
            PartialDate => (
                [
                    "应为日期 YYYY-MM-DD、YYYY-MM 或 YYYY（未知时为 null）",
                    "應為日期 YYYY-MM-DD、YYYY-MM 或 YYYY（未知時為 null）",
                    "expected a date YYYY-MM-DD, YYYY-MM or YYYY (or null when unknown)",
                ],
                vec![],
            ),
            Bool => (
                [
                    "应为 true 或 false",
                    "應為 true 或 false",
                    "expected true or false",
                ],
                vec![],
            ),
            PositiveInteger => (
                ["应为正整数", "應為正整數", "expected a positive integer"],
                vec![],
            ),
            Integer => (
                [
                    "应为大于或等于 0 的整数",
                    "應為大於或等於 0 的整數",
                    "expected an integer ≥ 0",
                ],
                vec![],
            ),
            LanguageText => (
                [
                    "这种语言的文字不能为空",
                    "這種語言的文字不能為空",
                    "expected non-empty text in this language",
                ],
                vec![],
            ),
            UnknownLanguage => (
                [
                    "未知的语言（应为 zh-Hans、zh-Hant、en）",
                    "未知的語言（應為 zh-Hans、zh-Hant、en）",
                    "unknown language (expected zh-Hans, zh-Hant, en)",
                ],
                vec![],
            ),
            Text => (
                [
                    "应为三种语言的文字：{\"zh-Hans\": …, \"zh-Hant\": …, \"en\": …}",
                    "應為三種語言的文字：{\"zh-Hans\": …, \"zh-Hant\": …, \"en\": …}",
                    "expected text as {\"zh-Hans\": …, \"zh-Hant\": …, \"en\": …}",
                ],
                vec![],
            ),
            OneOf(allowed) => (
                [
                    "应为以下之一：{0}",
                    "應為以下之一：{0}",
                    "expected one of: {0}",
                ],
                vec![list(allowed)],
            ),
            ListOf(allowed) => (
                [
                    "应为由以下值组成的非空列表：{0}",
                    "應為由以下值組成的非空列表：{0}",
                    "expected a non-empty list of: {0}",
                ],
                vec![list(allowed)],
            ),
            AtLeastOne => (
                ["至少应有一项", "至少應有一項", "expected at least one item"],
                vec![],
            ),
            List => (
                ["应为列表（[…]）", "應為列表（[…]）", "expected a list"],
                vec![],
            ),
            Object => (
                ["应为对象（{…}）", "應為物件（{…}）", "expected an object"],
                vec![],
            ),
            Missing => (["缺少这一项", "缺少這一項", "missing"], vec![]),
            UnknownField(names) => (
                [
                    "未知的字段（应为以下之一：{0}）",
                    "未知的欄位（應為以下之一：{0}）",
                    "unknown field (expected one of: {0})",
                ],
                vec![list(names)],
            ),
            KeyMismatch(id) => (
                [
                    "id 为“{0}”的地区必须放在键“{0}”下",
                    "id 為「{0}」的地區必須放在鍵「{0}」下",
                    "the jurisdiction with id “{0}” must be stored under the key “{0}”",
                ],
                vec![id.clone()],
            ),
            BadId => (
                [
                    "只能使用小写字母、数字和连字符（id 会出现在链接中）",
                    "只能使用小寫字母、數字和連字號（id 會出現在連結中）",
                    "expected lowercase letters, digits and hyphens (the id appears in links)",
                ],
                vec![],
            ),
            NoParent(parent) => (
                [
                    "数据包中没有地区“{0}”",
                    "資料包中沒有地區「{0}」",
                    "no jurisdiction “{0}” in the pack",
                ],
                vec![parent.clone()],
            ),
            Circular => (
                [
                    "继承关系形成了循环",
                    "繼承關係形成了循環",
                    "inheritance goes round in a circle",
                ],
                vec![],
            ),
            NoSource(source) => (
                [
                    "本地区及其继承的地区都没有来源“{0}”",
                    "本地區及其繼承的地區都沒有來源「{0}」",
                    "no source “{0}” in this jurisdiction or the one it inherits from",
                ],
                vec![source.clone()],
            ),
            DuplicateStage(id) => (
                [
                    "环节 id“{0}”在这个方案中用了两次",
                    "環節 id「{0}」在這個方案中用了兩次",
                    "stage id “{0}” is used twice in this plan",
                ],
                vec![id.clone()],
            ),
            NoStage(stage) => (
                [
                    "本地区的环节方案中没有环节“{0}”",
                    "本地區的環節方案中沒有環節「{0}」",
                    "no stage “{0}” in this jurisdiction's stage plans",
                ],
                vec![stage.clone()],
            ),
            DuplicateJurisdiction => (
                [
                    "有两个地区使用这个 id",
                    "有兩個地區使用這個 id",
                    "two jurisdictions have this id",
                ],
                vec![],
            ),
            PriceRange => (
                [
                    "最低价高于最高价",
                    "最低價高於最高價",
                    "the lowest price is above the highest",
                ],
                vec![],
            ),
            NotJson(e) => (
                [
                    "不是有效的 JSON：{0}（第 {1} 行第 {2} 列）",
                    "不是有效的 JSON：{0}（第 {1} 行第 {2} 列）",
                    "not valid JSON: {0} at line {1} column {2}",
                ],
                vec![
                    e.message_in(lang).to_string(),
                    e.line.to_string(),
                    e.column.to_string(),
                ],
            ),
        };
        let [hans, hant, en] = template;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        fill(pick(lang, hans, hant, en), &args)
    }
}

/// A problem's path in `lang`: a JSON path is the same in every language; the
/// whole text and a place in a text that is not JSON are named in words.
pub(super) fn path_in(e: &PolicyError, lang: Lang) -> String {
    match &e.kind {
        ErrorKind::NotJson(s) if lang != Lang::En => {
            format!("（第 {} 行，第 {} 列）", s.line, s.column)
        }
        _ if e.path == TOP_LEVEL => {
            pick(lang, "（整个数据包）", "（整個資料包）", TOP_LEVEL).to_string()
        }
        _ => e.path.clone(),
    }
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
                err(errors, path, ErrorKind::NonEmpty);
            }
        }
        S::Date => {
            if !v
                .as_str()
                .is_some_and(|x| x.len() == 10 && partial_date(x).is_some())
            {
                err(errors, path, ErrorKind::Date);
            }
        }
        S::PartialDate => {
            if v.as_str().is_none_or(|x| partial_date(x).is_none()) {
                err(errors, path, ErrorKind::PartialDate);
            }
        }
        S::Bool => {
            if !v.is_boolean() {
                err(errors, path, ErrorKind::Bool);
            }
        }
        S::PosInt => {
            if !v.as_u64().is_some_and(|n| n > 0 && n <= u32::MAX as u64) {
                err(errors, path, ErrorKind::PositiveInteger);
            }
        }
        S::Int => {
            if v.as_u64().is_none_or(|n| n > u32::MAX as u64) {
                err(errors, path, ErrorKind::Integer);
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
                        err(errors, &join(path, lang), ErrorKind::LanguageText);
                    }
                }
                for k in o.keys() {
                    if !["zh-Hans", "zh-Hant", "en"].contains(&k.as_str()) {
                        err(errors, &join(path, k), ErrorKind::UnknownLanguage);
                    }
                }
            }
            None => err(errors, path, ErrorKind::Text),
        },
        S::Enum(allowed) => {
            if !v.as_str().is_some_and(|x| allowed.contains(&x)) {
                err(errors, path, ErrorKind::OneOf(allowed));
            }
        }
        S::EnumList(allowed) => match v.as_array() {
            Some(a) if !a.is_empty() => {
                for (i, item) in a.iter().enumerate() {
                    check(item, &S::Enum(allowed), &format!("{path}[{i}]"), errors);
                }
            }
            _ => err(errors, path, ErrorKind::ListOf(allowed)),
        },
        S::List(inner) | S::NonEmptyList(inner) => match v.as_array() {
            Some(a) => {
                if a.is_empty() && matches!(s, S::NonEmptyList(_)) {
                    err(errors, path, ErrorKind::AtLeastOne);
                }
                for (i, item) in a.iter().enumerate() {
                    check(item, inner, &format!("{path}[{i}]"), errors);
                }
            }
            None => err(errors, path, ErrorKind::List),
        },
        S::Map(inner) => match v.as_object() {
            Some(o) => {
                for (k, item) in o {
                    check(item, inner, &join(path, k), errors);
                }
            }
            None => err(errors, path, ErrorKind::Object),
        },
        S::Obj(fields) => match v.as_object() {
            Some(o) => {
                for F(name, required, fs) in fields {
                    match o.get(name) {
                        Some(x) => check(x, fs, &join(path, name), errors),
                        None if *required => err(errors, &join(path, name), ErrorKind::Missing),
                        None => {}
                    }
                }
                for k in o.keys() {
                    if !fields.iter().any(|F(n, _, _)| n == k) {
                        let names: Vec<&str> = fields.iter().map(|F(n, _, _)| *n).collect();
                        err(errors, &join(path, k), ErrorKind::UnknownField(names));
                    }
                }
            }
            None => err(errors, path, ErrorKind::Object),
        },
    }
}

/// Checks what the schema cannot: ids, references, inheritance, date order.
pub(super) fn semantics(pack: &PolicyPack, errors: &mut Vec<PolicyError>) {
    for j in &pack.jurisdictions {
        let base = format!("jurisdictions.{}", j.id);
        let chain = pack.chain(&j.id);
        if !j
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            err(errors, &format!("{base}.id"), ErrorKind::BadId);
        }
        if let Some(parent) = &j.inherits {
            if pack.get(parent).is_none() {
                err(
                    errors,
                    &format!("{base}.inherits"),
                    ErrorKind::NoParent(parent.clone()),
                );
            }
            if chain.last().and_then(|r| r.inherits.as_ref()).is_some()
                && pack.get(parent).is_some()
            {
                err(errors, &format!("{base}.inherits"), ErrorKind::Circular);
            }
        }
        stage_ids(j, &base, errors);
        for (i, t) in j.prices.iter().enumerate() {
            for (k, item) in t.items.iter().enumerate() {
                if item.min_fen > item.max_fen {
                    let path = format!("{base}.prices[{i}].items[{k}].min_fen");
                    err(errors, &path, ErrorKind::PriceRange);
                }
            }
        }
        after_stages(&chain, j, &base, errors);
        for (path, c) in j.cites() {
            if pack.source(&chain, &c.source).is_none() {
                err(
                    errors,
                    &format!("{base}.{path}.source"),
                    ErrorKind::NoSource(c.source.to_string()),
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
                ErrorKind::DuplicateJurisdiction,
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
                    ErrorKind::DuplicateStage(st.id.to_string()),
                );
            }
        }
    }
}

/// A period follows a stage the place (or what it inherits) has.
fn after_stages(
    chain: &[&super::Jurisdiction],
    j: &super::Jurisdiction,
    base: &str,
    errors: &mut Vec<PolicyError>,
) {
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
                ErrorKind::NoStage(after.clone()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<ErrorKind> {
        use ErrorKind::*;
        let syntax = crate::json::parse("{\"a\" 1}").unwrap_err();
        vec![
            NonEmpty,
            Date,
            PartialDate,
            Bool,
            PositiveInteger,
            Integer,
            LanguageText,
            UnknownLanguage,
            Text,
            OneOf(&["kVA", "kW"]),
            ListOf(&["lv", "10kv"]),
            AtLeastOne,
            List,
            Object,
            Missing,
            UnknownField(vec!["when", "days"]),
            KeyMismatch("liuzhou".into()),
            BadId,
            NoParent("atlantis".into()),
            Circular,
            NoSource("nowhere".into()),
            DuplicateStage("apply".into()),
            NoStage("apply".into()),
            DuplicateJurisdiction,
            PriceRange,
            NotJson(syntax),
        ]
    }

    #[test]
    fn every_problem_is_written_in_three_languages() {
        for kind in every_kind() {
            let en = kind.message(Lang::En);
            for lang in [Lang::ZhHans, Lang::ZhHant] {
                let zh = kind.message(lang);
                assert!(!zh.trim().is_empty(), "{kind:?}");
                assert_ne!(zh, en, "{kind:?} is not translated");
            }
        }
    }

    #[test]
    fn the_english_message_is_the_one_the_estimate_command_prints() {
        let e = PolicyError::new(
            "jurisdictions.liuzhou.time_limits[0].days",
            ErrorKind::PositiveInteger,
        );
        assert_eq!(
            e.to_string(),
            "jurisdictions.liuzhou.time_limits[0].days: expected a positive integer"
        );
        assert_eq!(e.message_in(Lang::ZhHans), "应为正整数");
        assert_eq!(e.path_in(Lang::ZhHans), e.path);
        let unit = PolicyError::new("x.unit", ErrorKind::OneOf(&["kVA", "kW"]));
        assert_eq!(unit.message_in(Lang::En), "expected one of: kVA, kW");
        assert_eq!(unit.message_in(Lang::ZhHant), "應為以下之一：kVA、kW");
    }

    #[test]
    fn a_text_that_is_not_json_is_placed_by_line_and_column_in_words() {
        let errs = PolicyPack::from_json("{\n  \"jurisdictions\" {}\n}").unwrap_err();
        let e = &errs[0];
        assert_eq!(e.path, "(line 2, column 19)");
        assert_eq!(
            e.message_in(Lang::En),
            "not valid JSON: expected `:` at line 2 column 19"
        );
        assert_eq!(e.path_in(Lang::ZhHans), "（第 2 行，第 19 列）");
        assert_eq!(
            e.message_in(Lang::ZhHans),
            "不是有效的 JSON：此处应为 `:`（第 2 行第 19 列）"
        );
        let top = PolicyPack::from_json("[1]").unwrap_err();
        assert_eq!(top[0].path_in(Lang::En), "(top level)");
        assert_eq!(top[0].path_in(Lang::ZhHant), "（整個資料包）");
    }
}
