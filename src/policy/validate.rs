//! Checks raw policy JSON against the schema, collecting every problem with its
//! path; each problem is typed ([`ErrorKind`]) so that it can be written in the
//! page's language, and in English for the `estimate` command.

use super::format::{Bound, Format, Int, Obj, S, YEARS};
use super::{partial_date, PackFile, PolicyError, PolicyPack};
use crate::json::{SyntaxError, Value};
use crate::text::{fill, pick, Lang};

pub(super) fn pack(v: &Value, errors: &mut Vec<PolicyError>) {
    check(v, &PackFile::SHAPE, "", errors);
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
    /// An inheritance chain longer than `MAX_CHAIN` places.
    TooDeep,
    NoSource(String),
    DuplicateStage(String),
    NoStage(String),
    DuplicateJurisdiction,
    /// A price range whose lowest is above its highest.
    PriceRange,
    /// A number above what is plausible for what it counts.
    TooLarge(Bound),
    /// A date outside the years a pack may name.
    Year,
    /// The text is not JSON.
    NotJson(SyntaxError),
    /// What a publisher's checks find (quotes, figures, dates): `policy::check`.
    Check(super::check::Problem),
}

/// A message in zh-Hans, zh-Hant and English, and what its `{0}`… stand for.
type Template = ([&'static str; 3], Vec<String>);

impl ErrorKind {
    /// The message in `lang`; the English one is what the `estimate` command
    /// prints. `{0}`, `{1}`, `{2}` in a template stand for what the problem names.
    pub fn message(&self, lang: Lang) -> String {
        if let ErrorKind::Check(p) = self {
            return p.message_in(lang);
        }
        let (template, args) = match self.fixed() {
            Some(t) => (t, Vec::new()),
            None => self
                .shape_template(lang)
                .unwrap_or_else(|| self.reference_template(lang)),
        };
        let [hans, hant, en] = template;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        fill(pick(lang, hans, hant, en), &args)
    }

    /// The message of a problem that names nothing but its path.
    fn fixed(&self) -> Option<[&'static str; 3]> {
        use ErrorKind::*;
        Some(match self {
            NonEmpty => [
                "应为非空的字符串",
                "應為非空的字串",
                "expected a non-empty string",
            ],
            Date => [
                "应为日期 YYYY-MM-DD（年-月-日）",
                "應為日期 YYYY-MM-DD（年-月-日）",
                "expected a date YYYY-MM-DD",
            ],
            PartialDate => [
                "应为日期 YYYY-MM-DD、YYYY-MM 或 YYYY（未知时为 null）",
                "應為日期 YYYY-MM-DD、YYYY-MM 或 YYYY（未知時為 null）",
                "expected a date YYYY-MM-DD, YYYY-MM or YYYY (or null when unknown)",
            ],
            Bool => [
                "应为 true 或 false",
                "應為 true 或 false",
                "expected true or false",
            ],
            Integer => [
                "应为大于或等于 0 的整数",
                "應為大於或等於 0 的整數",
                "expected an integer ≥ 0",
            ],
            LanguageText => [
                "这种语言的文字不能为空",
                "這種語言的文字不能為空",
                "expected non-empty text in this language",
            ],
            UnknownLanguage => [
                "未知的语言（应为 zh-Hans、zh-Hant、en）",
                "未知的語言（應為 zh-Hans、zh-Hant、en）",
                "unknown language (expected zh-Hans, zh-Hant, en)",
            ],
            Text => [
                "应为三种语言的文字：{\"zh-Hans\": …, \"zh-Hant\": …, \"en\": …}",
                "應為三種語言的文字：{\"zh-Hans\": …, \"zh-Hant\": …, \"en\": …}",
                "expected text as {\"zh-Hans\": …, \"zh-Hant\": …, \"en\": …}",
            ],
            BadId => [
                "只能使用小写字母、数字和连字符（id 会出现在链接中）",
                "只能使用小寫字母、數字和連字號（id 會出現在連結中）",
                "expected lowercase letters, digits and hyphens (the id appears in links)",
            ],
            Circular => [
                "继承关系形成了循环",
                "繼承關係形成了循環",
                "inheritance goes round in a circle",
            ],
            TooDeep => [
                "继承层级太多（最多 16 层，例如 国家—省—市—区 为 4 层）",
                "繼承層級太多（最多 16 層，例如 國家—省—市—區 為 4 層）",
                "the inheritance chain is too long (at most 16 places; national, province, city, district is 4)",
            ],
            DuplicateJurisdiction => [
                "有两个地区使用这个 id",
                "有兩個地區使用這個 id",
                "two jurisdictions have this id",
            ],
            PriceRange => [
                "最低价高于最高价",
                "最低價高於最高價",
                "the lowest price is above the highest",
            ],
            Year => [
                "应为 2000—2099 年之间的日期",
                "應為 2000—2099 年之間的日期",
                "expected a date in the years 2000–2099",
            ],
            Missing => ["缺少这一项", "缺少這一項", "missing"],
            PositiveInteger => ["应为正整数", "應為正整數", "expected a positive integer"],
            AtLeastOne => ["至少应有一项", "至少應有一項", "expected at least one item"],
            List => ["应为列表（[…]）", "應為列表（[…]）", "expected a list"],
            Object => ["应为对象（{…}）", "應為物件（{…}）", "expected an object"],
            TooLarge(bound) => too_large(*bound),
            _ => return None,
        })
    }

    /// The message of a value of the wrong shape, with what it names.
    fn shape_template(&self, lang: Lang) -> Option<Template> {
        use ErrorKind::*;
        let list = |l: &[&str]| l.join(if lang.here() == Lang::En { ", " } else { "、" });
        Some(match self {
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
            UnknownField(names) => (
                [
                    "未知的字段（应为以下之一：{0}）",
                    "未知的欄位（應為以下之一：{0}）",
                    "unknown field (expected one of: {0})",
                ],
                vec![list(names)],
            ),
            _ => return None,
        })
    }

    /// The message of a reference, id or plausibility problem, with what it names.
    fn reference_template(&self, lang: Lang) -> Template {
        use ErrorKind::*;
        match self {
            KeyMismatch(id) => (
                [
                    "id 为“{0}”的地区必须放在键“{0}”下",
                    "id 為「{0}」的地區必須放在鍵「{0}」下",
                    "the jurisdiction with id “{0}” must be stored under the key “{0}”",
                ],
                vec![crate::text::echo(id)],
            ),
            NoParent(parent) => (
                [
                    "数据包中没有地区“{0}”",
                    "資料包中沒有地區「{0}」",
                    "no jurisdiction “{0}” in the pack",
                ],
                vec![crate::text::echo(parent)],
            ),
            NoSource(source) => (
                [
                    "本地区及其继承的地区都没有来源“{0}”",
                    "本地區及其繼承的地區都沒有來源「{0}」",
                    "no source “{0}” in this jurisdiction or the one it inherits from",
                ],
                vec![crate::text::echo(source)],
            ),
            DuplicateStage(id) => (
                [
                    "环节 id“{0}”在这个方案中用了两次",
                    "環節 id「{0}」在這個方案中用了兩次",
                    "stage id “{0}” is used twice in this plan",
                ],
                vec![crate::text::echo(id)],
            ),
            NoStage(stage) => (
                [
                    "本地区的环节方案中没有环节“{0}”",
                    "本地區的環節方案中沒有環節「{0}」",
                    "no stage “{0}” in this jurisdiction's stage plans",
                ],
                vec![crate::text::echo(stage)],
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
            // Written by `shape_template` (no formatting here: it would cost the browser bytes).
            _ => unreachable!(),
        }
    }
}

/// The message for a number above its plausible bound.
fn too_large(bound: Bound) -> [&'static str; 3] {
    match bound {
        Bound::Days => [
            "应不超过 1000 天：更长的时限不合常理",
            "應不超過 1000 天：更長的時限不合常理",
            "expected at most 1,000 days: a longer time is not plausible",
        ],
        Bound::Capacity => [
            "应不超过 1000000（千伏安或千瓦）：更大的容量不合常理",
            "應不超過 1000000（千伏安或千瓦）：更大的容量不合常理",
            "expected at most 1,000,000 (kVA or kW): a larger capacity is not plausible",
        ],
        Bound::Fen => [
            "应不超过 4000000000 分（4000 万元）：更高的单价不合常理",
            "應不超過 4000000000 分（4000 萬元）：更高的單價不合常理",
            "expected at most 4,000,000,000 fen (40 million yuan): a higher unit price is not plausible",
        ],
        Bound::Count => [
            "应不超过 4294967295",
            "應不超過 4294967295",
            "expected at most 4,294,967,295",
        ],
        Bound::Duration => [
            "应不超过 1000（工作日或小时）：更长的时限不合常理",
            "應不超過 1000（工作日或小時）：更長的時限不合常理",
            "expected at most 1,000 (working days or hours): a longer time is not plausible",
        ],
        Bound::Diameter => [
            "应不超过 1000（毫米）：更大的水表口径不合常理",
            "應不超過 1000（毫米）：更大的水表口徑不合常理",
            "expected at most 1,000 (mm): a larger water meter is not plausible",
        ],
    }
}

/// A problem's path in `lang`: a JSON path is the same in every language; the
/// whole text and a place in a text that is not JSON are named in words.
pub(super) fn path_in(e: &PolicyError, lang: Lang) -> String {
    match &e.kind {
        ErrorKind::NotJson(s) if lang.here() != Lang::En => {
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
        S::NonEmpty | S::PlaceId => {
            if v.as_str().is_none_or(|x| x.trim().is_empty()) {
                err(errors, path, ErrorKind::NonEmpty);
            }
        }
        S::Date => date(v, &[10], ErrorKind::Date, path, errors),
        S::PartialDate => date(v, &[4, 7, 10], ErrorKind::PartialDate, path, errors),
        S::Bool => {
            if !v.is_boolean() {
                err(errors, path, ErrorKind::Bool);
            }
        }
        S::Int(int) => integer(v, int, path, errors),
        S::TextOrString if v.is_string() => check(v, &S::NonEmpty, path, errors),
        S::Text | S::TextOrString => text(v, path, errors),
        S::Enum(keys) => {
            let allowed = keys();
            if !v.as_str().is_some_and(|x| allowed.contains(&x)) {
                err(errors, path, ErrorKind::OneOf(allowed));
            }
        }
        S::EnumList(keys) => match v.as_array() {
            Some(a) if !a.is_empty() => {
                for (i, item) in a.iter().enumerate() {
                    check(item, &S::Enum(keys), &format!("{path}[{i}]"), errors);
                }
            }
            _ => err(errors, path, ErrorKind::ListOf(keys())),
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
        S::Case => {
            if v.as_object().is_none() {
                err(errors, path, ErrorKind::Object);
            }
        }
        S::Map(inner) | S::PlaceMap(inner) => match v.as_object() {
            Some(o) => {
                for (k, item) in o {
                    check(item, inner, &join(path, k), errors);
                }
            }
            None => err(errors, path, ErrorKind::Object),
        },
        S::Obj(obj) => object(v, obj, path, errors),
    }
}

/// A whole number: of its type first (the messages packs have always had),
/// then within its plausible bound.
fn integer(v: &Value, int: Int, path: &str, errors: &mut Vec<PolicyError>) {
    let n = v
        .as_u64()
        .filter(|n| *n >= u64::from(int.min) && *n <= u64::from(u32::MAX));
    match n {
        None if int.min > 0 => err(errors, path, ErrorKind::PositiveInteger),
        None => err(errors, path, ErrorKind::Integer),
        Some(n) if n > int.bound.max() => err(errors, path, ErrorKind::TooLarge(int.bound)),
        Some(_) => {}
    }
}

/// A date written `YYYY-MM-DD` (or, where `lengths` allows, `YYYY-MM` or `YYYY`)
/// that exists, in the years a pack may name.
fn date(v: &Value, lengths: &[usize], kind: ErrorKind, path: &str, errors: &mut Vec<PolicyError>) {
    let written = v.as_str().filter(|x| {
        lengths.contains(&x.len())
            && x.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    });
    match written.and_then(partial_date) {
        None => err(errors, path, kind),
        Some(d) if !YEARS.contains(&chrono::Datelike::year(&d)) => {
            err(errors, path, ErrorKind::Year)
        }
        Some(_) => {}
    }
}

/// Text per language: every language, and no other.
fn text(v: &Value, path: &str, errors: &mut Vec<PolicyError>) {
    let Some(o) = v.as_object() else {
        return err(errors, path, ErrorKind::Text);
    };
    for lang in LANGUAGES {
        if o.get(lang)
            .and_then(Value::as_str)
            .is_none_or(|x| x.trim().is_empty())
        {
            err(errors, &join(path, lang), ErrorKind::LanguageText);
        }
    }
    for k in o.keys() {
        if !LANGUAGES.contains(&k.as_str()) {
            err(errors, &join(path, k), ErrorKind::UnknownLanguage);
        }
    }
}

/// The keys of text per language.
pub(crate) const LANGUAGES: [&str; 3] = ["zh-Hans", "zh-Hant", "en"];

/// A struct of the format: its fields, none missing that it requires, no others.
fn object(v: &Value, obj: &Obj, path: &str, errors: &mut Vec<PolicyError>) {
    let Some(o) = v.as_object() else {
        return err(errors, path, ErrorKind::Object);
    };
    for f in obj.fields {
        match o.get(f.key) {
            Some(x) => check(x, &f.shape, &join(path, f.key), errors),
            None if f.required => err(errors, &join(path, f.key), ErrorKind::Missing),
            None => {}
        }
    }
    for (k, x) in o.iter() {
        if obj.schema_key && k == SCHEMA_KEY {
            // Names the JSON Schema for editors; read and ignored.
            check(x, &S::NonEmpty, &join(path, k), errors);
        } else if !obj.fields.iter().any(|f| f.key == k) {
            let names: Vec<&str> = obj.fields.iter().map(|f| f.key).collect();
            err(errors, &join(path, k), ErrorKind::UnknownField(names));
        }
    }
}

/// The member that names a file's JSON Schema.
pub(crate) const SCHEMA_KEY: &str = "$schema";

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
            if chain.len() > super::MAX_CHAIN {
                err(errors, &format!("{base}.inherits"), ErrorKind::TooDeep);
            } else if chain.last().and_then(|r| r.inherits.as_ref()).is_some()
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
    let mut seen = std::collections::HashSet::new();
    for j in &pack.jurisdictions {
        if !seen.insert(&*j.id) {
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
        let mut seen = std::collections::HashSet::new();
        for (k, st) in p.stages.iter().enumerate() {
            if !seen.insert(&*st.id) {
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
    if j.periods.iter().all(|r| r.after_stage.is_none()) {
        return;
    }
    let stages: std::collections::HashSet<&str> = chain
        .iter()
        .flat_map(|c| c.stage_plans.iter())
        .flat_map(|p| p.stages.iter().map(|s| &*s.id))
        .collect();
    for (i, r) in j.periods.iter().enumerate() {
        let Some(after) = &r.after_stage else {
            continue;
        };
        if !stages.contains(after.as_str()) {
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
            TooDeep,
            NoSource("nowhere".into()),
            DuplicateStage("apply".into()),
            NoStage("apply".into()),
            DuplicateJurisdiction,
            PriceRange,
            TooLarge(Bound::Days),
            TooLarge(Bound::Capacity),
            TooLarge(Bound::Fen),
            TooLarge(Bound::Count),
            TooLarge(Bound::Duration),
            TooLarge(Bound::Diameter),
            Year,
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
