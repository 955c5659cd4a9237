//! The applicant's answers: raw form/link text (`Draft`) and the validated `Application`.

use crate::capacity::{self, Capacity, PowerFactor};
use crate::text::{Text, Wording};
use crate::tr;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::questions::{is_unknown, question, yes_no_key};
pub use crate::questions::{Applicant, Area, Customer, Kind, Supply, Utility, Voltage};

impl Voltage {
    pub fn is_hv(self) -> bool {
        self != Voltage::Lv
    }
}

/// The questions, in the order links and JSON list their answers (the form's
/// order and everything else about a question is in its declaration,
/// `crate::questions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Jurisdiction,
    Area,
    Customer,
    Applicant,
    Capacity,
    PowerFactor,
    Voltage,
    Supply,
    ExternalWorks,
    Kind,
    Temporary,
    Proxy,
    Utilities,
    WaterMeterDn,
    Start,
}

impl Field {
    pub const ALL: [Field; 15] = [
        Field::Jurisdiction,
        Field::Area,
        Field::Customer,
        Field::Applicant,
        Field::Capacity,
        Field::PowerFactor,
        Field::Voltage,
        Field::Supply,
        Field::ExternalWorks,
        Field::Kind,
        Field::Temporary,
        Field::Proxy,
        Field::Utilities,
        Field::WaterMeterDn,
        Field::Start,
    ];

    /// The name in links and JSON (public).
    pub fn key(self) -> &'static str {
        question(self).key
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.key() == key.trim())
    }

    /// The question's short label, for error summaries and "check answers".
    pub fn label(self) -> Wording {
        question(self).label
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        Field::from_key(&key)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown field {key}")))
    }
}

/// What the person typed or the link carried, field by field, untouched.
/// Kept as text so that nothing entered is lost when validation fails.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub values: Vec<(Field, String)>,
}

impl Draft {
    pub fn get(&self, field: Field) -> &str {
        self.values
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        let value = value.into();
        match self.values.iter_mut().find(|(f, _)| *f == field) {
            Some(slot) => slot.1 = value,
            None => self.values.push((field, value)),
        }
        crate::sort::sort_by_key(&mut self.values, |(f, _)| *f);
    }

    /// Builds a draft from `key=value` pairs; unknown keys are returned separately.
    pub fn from_pairs<I, K, V>(pairs: I) -> (Draft, Vec<String>)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: Into<String>,
    {
        let mut draft = Draft::default();
        let mut unknown = Vec::new();
        for (k, v) in pairs {
            match Field::from_key(k.as_ref()) {
                Some(f) => draft.set(f, v),
                None => unknown.push(k.as_ref().to_string()),
            }
        }
        (draft, unknown)
    }

    /// [`Draft::pairs`], taking the values.
    pub fn into_pairs(self) -> impl Iterator<Item = (&'static str, String)> {
        self.values.into_iter().filter_map(|(f, v)| {
            let n = v.trim().len();
            match n {
                0 => None,
                _ if n == v.len() => Some((f.key(), v)),
                _ => Some((f.key(), v.trim().to_string())),
            }
        })
    }

    /// Non-empty answers as `key=value` pairs in question order.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        Field::ALL
            .iter()
            .filter_map(|f| {
                let v = self.get(*f).trim();
                (!v.is_empty()).then_some((f.key(), v))
            })
            .collect()
    }
}

/// A problem with one answer, with a message in every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub field: Field,
    pub message: Text,
}

impl Problem {
    /// A problem with `field`. The share-link bundle writes no message: it
    /// shows a result alone, and a link with a problem reloads into the full
    /// app (`views::lite`), which reads the link again and says what is wrong.
    pub fn new(field: Field, message: impl FnOnce() -> Text) -> Problem {
        let message = if cfg!(feature = "result-only") {
            Text::default()
        } else {
            message()
        };
        Problem { field, message }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field.key(), self.message.en)
    }
}

/// The validated answers. `None` means "not answered / don't know".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Application {
    pub jurisdiction: String,
    pub area: Option<Area>,
    pub customer: Option<Customer>,
    pub applicant: Option<Applicant>,
    pub capacity: Capacity,
    pub power_factor: PowerFactor,
    pub power_factor_given: bool,
    pub voltage: Option<Voltage>,
    pub supply: Option<Supply>,
    pub external_works: Option<bool>,
    pub kind: Option<Kind>,
    pub temporary: Option<bool>,
    pub proxy: Option<bool>,
    /// The other utilities applied for at the same time (none: electricity only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub utilities: Vec<Utility>,
    /// The water meter's nominal diameter in mm (DN), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub water_meter_dn: Option<u32>,
    pub start: Option<NaiveDate>,
}

fn enum_problem(field: Field, raw: &str, allowed: &[&str]) -> Problem {
    let list = allowed.join(", ");
    Problem::new(field, || {
        tr!(
            "无法识别“{raw}”。可选：{list}，或留空表示不确定。",
            "無法識別「{raw}」。可選：{list}，或留空表示不確定。",
            "“{raw}” is not one of the answers: {list}, or leave it empty if you are not sure.",
            raw = crate::text::echo(raw),
            list = list
        )
    })
}

/// An answer to a question with fixed answers: the position of the answer it
/// names (see `Question::position`); `None` when it is left open or "not
/// sure", or, with a problem, when it names none of them.
fn parse_choice(draft: &Draft, field: Field, problems: &mut Vec<Problem>) -> Option<usize> {
    let raw = draft.get(field);
    if is_unknown(raw) {
        return None;
    }
    let q = question(field);
    let parsed = q.position(raw);
    if parsed.is_none() {
        problems.push(enum_problem(field, raw, &q.keys()));
    }
    parsed
}

fn parse_yes_no_field(draft: &Draft, field: Field, problems: &mut Vec<Problem>) -> Option<bool> {
    parse_choice(draft, field, problems).map(|i| question(field).choices()[i].key == "yes")
}

/// Parses `YYYY-MM-DD` (also `YYYY/M/D`, `YYYY年M月D日`, full-width digits).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = capacity::to_halfwidth(raw);
    let s = s.trim().trim_end_matches('日');
    let parts: Vec<&str> = s.split(['-', '/', '.', '年', '月']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let y: i32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let d: u32 = parts[2].parse().ok()?;
    if parts[0].len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The jurisdiction id as the pack spells it (`district_x` → `district-x`).
fn parse_jurisdiction(
    draft: &Draft,
    jurisdictions: &[&str],
    problems: &mut Vec<Problem>,
) -> String {
    let raw = draft
        .get(Field::Jurisdiction)
        .trim()
        .to_ascii_lowercase()
        .replace('_', "-");
    let id = if raw == "districtx" {
        "district-x".to_string()
    } else {
        raw
    };
    if id.is_empty() {
        problems.push(Problem::new(Field::Jurisdiction, || {
            tr!(
                "请选择所在地区。",
                "請選擇所在地區。",
                "Choose where the connection is."
            )
        }));
    } else if !jurisdictions.contains(&id.as_str()) {
        problems.push(enum_problem(
            Field::Jurisdiction,
            draft.get(Field::Jurisdiction),
            jurisdictions,
        ));
    }
    id
}

/// The power factor, and whether it was given (empty: the default).
fn parse_power_factor_field(draft: &Draft, problems: &mut Vec<Problem>) -> (PowerFactor, bool) {
    let raw = draft.get(Field::PowerFactor);
    if raw.trim().is_empty() {
        return (PowerFactor::DEFAULT, false);
    }
    match capacity::parse_power_factor(raw) {
        Ok(pf) => (pf, true),
        Err(e) => {
            problems.push(Problem::new(Field::PowerFactor, || e.message()));
            (PowerFactor::DEFAULT, false)
        }
    }
}

/// The application date, if given and valid.
fn parse_start(draft: &Draft, problems: &mut Vec<Problem>) -> Option<NaiveDate> {
    let raw = draft.get(Field::Start);
    if raw.trim().is_empty() {
        return None;
    }
    let out_of_range = match parse_date(raw) {
        Some(d) if (FIRST_YEAR..=LAST_YEAR).contains(&d.year()) => return Some(d),
        Some(_) => true,
        None => false,
    };
    problems.push(Problem::new(Field::Start, || {
        if out_of_range {
            tr!(
                "申请日期须在{a}年至{b}年之间。",
                "申請日期須在{a}年至{b}年之間。",
                "The application date must be between {a} and {b}.",
                a = FIRST_YEAR,
                b = LAST_YEAR
            )
        } else {
            tr!(
                "日期“{raw}”无效，请按 年-月-日 填写，例如 2026-06-01。",
                "日期「{raw}」無效，請按 年-月-日 填寫，例如 2026-06-01。",
                "“{raw}” is not a valid date. Use year-month-day, for example 2026-06-01.",
                raw = crate::text::echo(raw)
            )
        }
    }));
    None
}

/// The utilities a list answer names (`water,gas`, also `water、燃气` or a
/// JSON list), each once, in the question's order; every unknown one is a problem.
fn parse_utilities(draft: &Draft, problems: &mut Vec<Problem>) -> Vec<Utility> {
    let raw = draft.get(Field::Utilities);
    if is_unknown(raw) {
        return Vec::new();
    }
    let mut chosen = Vec::new();
    let mut bad = Vec::new();
    for token in list_tokens(raw) {
        match Utility::parse(token) {
            Some(u) => chosen.push(u),
            None if is_unknown(token) => {}
            None => bad.push(token),
        }
    }
    if let Some(first) = bad.first() {
        problems.push(enum_problem(
            Field::Utilities,
            first,
            &question(Field::Utilities).keys(),
        ));
    }
    // In the question's order, each once.
    Utility::ALL
        .iter()
        .copied()
        .filter(|u| chosen.contains(u))
        .collect()
}

/// The items of a list answer: split at commas (half- or full-width), 、, ;
/// and spaces.
pub fn list_tokens(raw: &str) -> impl Iterator<Item = &str> {
    raw.split([',', '，', '、', ';', '；', ' ', '\u{3000}'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The largest water meter size accepted, in mm (a larger one is not plausible).
pub const MAX_METER_DN: u32 = 1000;

/// The water meter's DN in mm: a whole number from 1 to [`MAX_METER_DN`],
/// written `40`, `DN40`, `40mm` or `40毫米` (full-width digits too).
pub fn meter_dn(raw: &str) -> Result<Option<u32>, Text> {
    let s = capacity::to_halfwidth(raw);
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let lower = t.to_ascii_lowercase();
    let digits = lower
        .strip_prefix("dn")
        .unwrap_or(&lower)
        .trim()
        .trim_end_matches("毫米")
        .trim_end_matches("mm")
        .trim();
    let n = (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse::<u64>().unwrap_or(u64::MAX));
    match n {
        Some(n) if (1..=u64::from(MAX_METER_DN)).contains(&n) => Ok(Some(n as u32)),
        Some(_) => Err(tr!(
            "水表口径“{raw}”超出范围：请填写 1 到 {max} 之间的整数毫米数。",
            "水表口徑「{raw}」超出範圍：請填寫 1 到 {max} 之間的整數毫米數。",
            "A water meter size of “{raw}” is out of range: enter whole millimetres from 1 to {max}.",
            raw = crate::text::echo(t),
            max = MAX_METER_DN
        )),
        None => Err(tr!(
            "“{raw}”不是水表口径：请填写整数毫米数，例如 25、40 或 DN100。",
            "「{raw}」不是水表口徑：請填寫整數毫米數，例如 25、40 或 DN100。",
            "“{raw}” is not a water meter size: enter whole millimetres, for example 25, 40 or DN100.",
            raw = crate::text::echo(t)
        )),
    }
}

fn parse_meter_dn(draft: &Draft, problems: &mut Vec<Problem>) -> Option<u32> {
    meter_dn(draft.get(Field::WaterMeterDn)).unwrap_or_else(|message| {
        problems.push(Problem::new(Field::WaterMeterDn, || message));
        None
    })
}

/// Earliest and latest application dates the estimator accepts.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2099;

impl Application {
    /// Validates every answer at once; `jurisdictions` are the ids the policy pack knows.
    pub fn parse(draft: &Draft, jurisdictions: &[&str]) -> Result<Application, Vec<Problem>> {
        let mut problems = Vec::new();
        let p = &mut problems;
        let jurisdiction = parse_jurisdiction(draft, jurisdictions, p);
        let area = parse_choice(draft, Field::Area, p).map(|i| Area::ALL[i]);
        let customer = parse_choice(draft, Field::Customer, p).map(|i| Customer::ALL[i]);
        let applicant = parse_choice(draft, Field::Applicant, p).map(|i| Applicant::ALL[i]);
        let capacity = match capacity::parse_capacity(draft.get(Field::Capacity)) {
            Ok(c) => Some(c),
            Err(e) => {
                p.push(Problem::new(Field::Capacity, || e.message()));
                None
            }
        };
        let (power_factor, power_factor_given) = parse_power_factor_field(draft, p);
        let voltage = parse_choice(draft, Field::Voltage, p).map(|i| Voltage::ALL[i]);
        let supply = parse_choice(draft, Field::Supply, p).map(|i| Supply::ALL[i]);
        let external_works = parse_yes_no_field(draft, Field::ExternalWorks, p);
        let kind = parse_choice(draft, Field::Kind, p).map(|i| Kind::ALL[i]);
        let temporary = parse_yes_no_field(draft, Field::Temporary, p);
        let proxy = parse_yes_no_field(draft, Field::Proxy, p);
        let utilities = parse_utilities(draft, p);
        let water_meter_dn = parse_meter_dn(draft, p);
        let start = parse_start(draft, p);
        match capacity {
            Some(capacity) if problems.is_empty() => Ok(Application {
                jurisdiction,
                area,
                customer,
                applicant,
                capacity,
                power_factor,
                power_factor_given,
                voltage,
                supply,
                external_works,
                kind,
                temporary,
                proxy,
                utilities,
                water_meter_dn,
                start,
            }),
            _ => Err(problems),
        }
    }

    /// Parses the JSON object the `estimate` command and the contract use.
    pub fn from_json(
        value: &serde_json::Value,
        jurisdictions: &[&str],
    ) -> Result<Application, Vec<Problem>> {
        let (draft, unknown) = draft_from_json(value)?;
        let mut result = Application::parse(&draft, jurisdictions);
        if !unknown.is_empty() {
            let extra: Vec<Problem> = unknown
                .into_iter()
                .map(|k| {
                    Problem::new(Field::Jurisdiction, || {
                        tr!(
                            "不认识的字段“{k}”。",
                            "不認識的欄位「{k}」。",
                            "Unknown field “{k}”.",
                            k = crate::text::echo(&k)
                        )
                    })
                })
                .collect();
            result = match result {
                Ok(_) => Err(extra),
                Err(mut p) => {
                    p.extend(extra);
                    Err(p)
                }
            };
        }
        result
    }

    /// The answers as a draft (for share links and the form).
    pub fn to_draft(&self) -> Draft {
        let mut d = Draft {
            values: Vec::with_capacity(Field::ALL.len()),
        };
        let pf = self
            .power_factor_given
            .then(|| self.power_factor.to_string());
        let start = self
            .start
            .map(|v| format!("{:04}-{:02}-{:02}", v.year(), v.month(), v.day()));
        put(&mut d, Field::Jurisdiction, Some(self.jurisdiction.clone()));
        put(&mut d, Field::Area, self.area.map(Area::key));
        put(&mut d, Field::Customer, self.customer.map(Customer::key));
        put(&mut d, Field::Applicant, self.applicant.map(Applicant::key));
        put(&mut d, Field::Capacity, Some(self.capacity.to_string()));
        put(&mut d, Field::PowerFactor, pf);
        put(&mut d, Field::Voltage, self.voltage.map(Voltage::key));
        put(&mut d, Field::Supply, self.supply.map(Supply::key));
        put(
            &mut d,
            Field::ExternalWorks,
            self.external_works.map(yes_no_key),
        );
        put(&mut d, Field::Kind, self.kind.map(Kind::key));
        put(&mut d, Field::Temporary, self.temporary.map(yes_no_key));
        put(&mut d, Field::Proxy, self.proxy.map(yes_no_key));
        let utilities: Vec<&str> = self.utilities.iter().map(|u| u.key()).collect();
        put(
            &mut d,
            Field::Utilities,
            (!utilities.is_empty()).then(|| utilities.join(",")),
        );
        put(
            &mut d,
            Field::WaterMeterDn,
            self.water_meter_dn.map(|n| n.to_string()),
        );
        put(&mut d, Field::Start, start);
        d
    }
}

/// An answer given, into a draft.
fn put(d: &mut Draft, field: Field, value: Option<impl Into<String>>) {
    if let Some(v) = value {
        d.set(field, v);
    }
}

/// Reads a JSON object into a draft: strings, numbers and booleans are accepted as answers.
/// The message for input that is not a JSON object.
pub fn object_expected() -> Text {
    tr!(
        "输入须为 JSON 对象。",
        "輸入須為 JSON 物件。",
        "The input must be a JSON object with the application's fields."
    )
}

/// One rule for every JSON value: a string is the answer; a number or a
/// boolean is read exactly as its JSON spelling would be as a string (`0.9`
/// as "0.9", `1e3` as "1e3", `true` as "true"); `null` is no answer; a list of
/// strings is a list answer; an object or any other list is refused.
pub fn draft_from_json(value: &serde_json::Value) -> Result<(Draft, Vec<String>), Vec<Problem>> {
    let obj = value
        .as_object()
        .ok_or_else(|| vec![Problem::new(Field::Jurisdiction, object_expected)])?;
    let mut pairs = Vec::new();
    let mut problems = Vec::new();
    for (k, v) in obj {
        let s = match v {
            serde_json::Value::String(s) => s.clone(),
            // The number's own text (serde_json keeps it: arbitrary_precision).
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            serde_json::Value::Null => String::new(),
            // A list of answers (`"utilities": ["water", "gas"]`), as a link writes it.
            serde_json::Value::Array(items) if items.iter().all(|i| i.is_string()) => items
                .iter()
                .filter_map(serde_json::Value::as_str)
                .collect::<Vec<_>>()
                .join(","),
            other => {
                if let Some(field) = Field::from_key(k) {
                    problems.push(Problem::new(field, || not_text(other.is_object())));
                }
                String::new()
            }
        };
        pairs.push((k.clone(), s));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Draft::from_pairs(pairs))
}

fn not_text(object: bool) -> Text {
    if object {
        tr!(
            "这里应填文字（例如 \"160kVA\"），不能是 JSON 对象。",
            "這裡應填文字（例如 \"160kVA\"），不能是 JSON 物件。",
            "Expected text here (for example \"160kVA\"), not a JSON object."
        )
    } else {
        tr!(
            "这里应填文字（例如 \"160kVA\"）；列表只能包含文字。",
            "這裡應填文字（例如 \"160kVA\"）；列表只能包含文字。",
            "Expected text here (for example \"160kVA\"); a list may hold only text."
        )
    }
}
