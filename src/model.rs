//! The applicant's answers: raw form/link text (`Draft`) and the validated `Application`.

use crate::capacity::{self, Capacity, PowerFactor};
use crate::text::Text;
use crate::tr;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! answer_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal [$($alias:literal),*]),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
        pub enum $name { $(#[serde(rename = $key)] $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn key(self) -> &'static str { match self { $($name::$variant => $key),+ } }
            pub fn parse(raw: &str) -> Option<$name> {
                let s = normalize_token(raw);
                $( if s == $key $(|| s == $alias)* { return Some($name::$variant); } )+
                None
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.key()) }
        }
    };
}

answer_enum!(
    /// 城区/城市规划区 vs other (rural) areas.
    Area { Urban = "urban" ["城区", "城市", "城镇", "city"], Rural = "rural" ["农村", "農村", "乡村", "country", "other"] }
);
answer_enum!(
    /// Customer class the rules distinguish.
    Customer {
        Resident = "resident" ["居民", "household"],
        SmallMicro = "small_micro" ["small-micro", "smallmicro", "小微企业", "小微企業", "sme"],
        Business = "business" ["非居民", "enterprise", "other"],
        ParkProject = "park_project" ["park", "park-project", "园区", "園區"]
    }
);
answer_enum!(
    /// Supply voltage class.
    Voltage { Lv = "lv" ["低压", "低壓", "0.4kv", "380v", "220v"], Kv10 = "10kv" ["10", "中压", "中壓"], Kv35 = "35kv" ["35", "35kv+"] }
);
answer_enum!(
    /// Single or dual power source.
    Supply { Single = "single" ["单电源", "單電源"], Dual = "dual" ["双电源", "雙電源"] }
);
answer_enum!(
    /// New connection or capacity increase.
    Kind { New = "new" ["新装", "新裝"], Increase = "increase" ["增容"] }
);
answer_enum!(
    /// Who signs the application.
    Applicant {
        Individual = "individual" ["个人", "個人", "person"],
        Company = "company" ["公司", "企业", "企業"],
        Organisation = "organisation" ["organization", "社会团体", "社會團體"],
        Government = "government" ["机关", "機關", "public_body"]
    }
);

impl Voltage {
    pub fn is_hv(self) -> bool {
        self != Voltage::Lv
    }
}

fn normalize_token(raw: &str) -> String {
    capacity::to_halfwidth(raw)
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '_'], "")
        .replace('-', "_")
        .replace("smallmicro", "small_micro")
        .replace("parkproject", "park_project")
}

/// Parses yes/no answers; `None` for "don't know".
fn parse_yes_no(raw: &str) -> Result<Option<bool>, ()> {
    match normalize_token(raw).as_str() {
        "yes" | "y" | "true" | "1" | "是" | "有" => Ok(Some(true)),
        "no" | "n" | "false" | "0" | "否" | "无" | "無" => Ok(Some(false)),
        s if is_unknown(s) => Ok(None),
        _ => Err(()),
    }
}

fn is_unknown(s: &str) -> bool {
    matches!(
        s,
        "" | "unknown"
            | "dontknow"
            | "don'tknow"
            | "notsure"
            | "not_sure"
            | "unsure"
            | "不确定"
            | "不確定"
            | "不知道"
    )
}

/// The questions, in the order the form asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
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
    Start,
}

impl Field {
    pub const ALL: [Field; 13] = [
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
        Field::Start,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Field::Jurisdiction => "jurisdiction",
            Field::Area => "area",
            Field::Customer => "customer",
            Field::Applicant => "applicant",
            Field::Capacity => "capacity",
            Field::PowerFactor => "power_factor",
            Field::Voltage => "voltage",
            Field::Supply => "supply",
            Field::ExternalWorks => "external_works",
            Field::Kind => "kind",
            Field::Temporary => "temporary",
            Field::Proxy => "proxy",
            Field::Start => "start",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.key() == key.trim())
    }

    /// The question's short label, for error summaries and "check answers".
    pub fn label(self) -> Text {
        match self {
            Field::Jurisdiction => tr!("所在地区", "所在地區", "Where"),
            Field::Area => tr!("城区还是农村", "城區還是農村", "Urban or rural"),
            Field::Customer => tr!("用户类别", "用戶類別", "Type of customer"),
            Field::Applicant => tr!("申请主体", "申請主體", "Who applies"),
            Field::Capacity => tr!("报装容量", "報裝容量", "Capacity"),
            Field::PowerFactor => tr!("功率因数", "功率因數", "Power factor"),
            Field::Voltage => tr!("供电电压", "供電電壓", "Supply voltage"),
            Field::Supply => tr!("电源数量", "電源數量", "Power sources"),
            Field::ExternalWorks => tr!("外线工程", "外線工程", "External works"),
            Field::Kind => tr!("新装还是增容", "新裝還是增容", "New or increase"),
            Field::Temporary => tr!("临时用电", "臨時用電", "Temporary supply"),
            Field::Proxy => tr!("委托他人办理", "委託他人辦理", "Applying for someone else"),
            Field::Start => tr!("申请日期", "申請日期", "Application date"),
        }
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
        self.values.sort_by_key(|(f, _)| *f);
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
    pub start: Option<NaiveDate>,
}

fn enum_problem(field: Field, raw: &str, allowed: &[&str]) -> Problem {
    let list = allowed.join(", ");
    Problem {
        field,
        message: tr!(
            "无法识别“{raw}”。可选：{list}，或留空表示不确定。",
            "無法識別「{raw}」。可選：{list}，或留空表示不確定。",
            "“{raw}” is not one of the answers: {list}, or leave it empty if you are not sure.",
            raw = raw.trim(),
            list = list
        ),
    }
}

fn parse_opt<T: Copy>(
    draft: &Draft,
    field: Field,
    parse: fn(&str) -> Option<T>,
    keys: &[&str],
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let raw = draft.get(field);
    if is_unknown(&normalize_token(raw)) {
        return None;
    }
    let parsed = parse(raw);
    if parsed.is_none() {
        problems.push(enum_problem(field, raw, keys));
    }
    parsed
}

fn parse_yes_no_field(draft: &Draft, field: Field, problems: &mut Vec<Problem>) -> Option<bool> {
    let raw = draft.get(field);
    parse_yes_no(raw).unwrap_or_else(|()| {
        problems.push(enum_problem(field, raw, &["yes", "no"]));
        None
    })
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
        problems.push(Problem {
            field: Field::Jurisdiction,
            message: tr!(
                "请选择所在地区。",
                "請選擇所在地區。",
                "Choose where the connection is."
            ),
        });
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
            problems.push(Problem {
                field: Field::PowerFactor,
                message: e.message(),
            });
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
    let message = match parse_date(raw) {
        Some(d) if (FIRST_YEAR..=LAST_YEAR).contains(&d.year()) => return Some(d),
        Some(_) => tr!(
            "申请日期须在{a}年至{b}年之间。",
            "申請日期須在{a}年至{b}年之間。",
            "The application date must be between {a} and {b}.",
            a = FIRST_YEAR,
            b = LAST_YEAR
        ),
        None => tr!(
            "日期“{raw}”无效，请按 年-月-日 填写，例如 2026-06-01。",
            "日期「{raw}」無效，請按 年-月-日 填寫，例如 2026-06-01。",
            "“{raw}” is not a valid date. Use year-month-day, for example 2026-06-01.",
            raw = raw.trim()
        ),
    };
    problems.push(Problem {
        field: Field::Start,
        message,
    });
    None
}

/// Earliest and latest application dates the estimator accepts.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2099;

impl Application {
    /// Validates every answer at once; `jurisdictions` are the ids the policy pack knows.
    pub fn parse(draft: &Draft, jurisdictions: &[&str]) -> Result<Application, Vec<Problem>> {
        let mut problems = Vec::new();

        let j_raw = parse_jurisdiction(draft, jurisdictions, &mut problems);
        let area = parse_opt(
            draft,
            Field::Area,
            Area::parse,
            &keys(Area::ALL),
            &mut problems,
        );
        let customer = parse_opt(
            draft,
            Field::Customer,
            Customer::parse,
            &keys(Customer::ALL),
            &mut problems,
        );
        let applicant = parse_opt(
            draft,
            Field::Applicant,
            Applicant::parse,
            &keys(Applicant::ALL),
            &mut problems,
        );
        let capacity = match capacity::parse_capacity(draft.get(Field::Capacity)) {
            Ok(c) => Some(c),
            Err(e) => {
                problems.push(Problem {
                    field: Field::Capacity,
                    message: e.message(),
                });
                None
            }
        };
        let (power_factor, power_factor_given) = parse_power_factor_field(draft, &mut problems);
        let voltage = parse_opt(
            draft,
            Field::Voltage,
            Voltage::parse,
            &keys(Voltage::ALL),
            &mut problems,
        );
        let supply = parse_opt(
            draft,
            Field::Supply,
            Supply::parse,
            &keys(Supply::ALL),
            &mut problems,
        );
        let external_works = parse_yes_no_field(draft, Field::ExternalWorks, &mut problems);
        let kind = parse_opt(
            draft,
            Field::Kind,
            Kind::parse,
            &keys(Kind::ALL),
            &mut problems,
        );
        let temporary = parse_yes_no_field(draft, Field::Temporary, &mut problems);
        let proxy = parse_yes_no_field(draft, Field::Proxy, &mut problems);

        let start = parse_start(draft, &mut problems);

        match capacity {
            Some(capacity) if problems.is_empty() => Ok(Application {
                jurisdiction: j_raw,
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
                .map(|k| Problem {
                    field: Field::Jurisdiction,
                    message: tr!(
                        "不认识的字段“{k}”。",
                        "不認識的欄位「{k}」。",
                        "Unknown field “{k}”.",
                        k = k
                    ),
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
        d.set(Field::Jurisdiction, self.jurisdiction.clone());
        let yn = |b: bool| if b { "yes" } else { "no" };
        if let Some(v) = self.area {
            d.set(Field::Area, v.key());
        }
        if let Some(v) = self.customer {
            d.set(Field::Customer, v.key());
        }
        if let Some(v) = self.applicant {
            d.set(Field::Applicant, v.key());
        }
        d.set(Field::Capacity, self.capacity.to_string());
        if self.power_factor_given {
            d.set(Field::PowerFactor, self.power_factor.to_string());
        }
        if let Some(v) = self.voltage {
            d.set(Field::Voltage, v.key());
        }
        if let Some(v) = self.supply {
            d.set(Field::Supply, v.key());
        }
        if let Some(v) = self.external_works {
            d.set(Field::ExternalWorks, yn(v));
        }
        if let Some(v) = self.kind {
            d.set(Field::Kind, v.key());
        }
        if let Some(v) = self.temporary {
            d.set(Field::Temporary, yn(v));
        }
        if let Some(v) = self.proxy {
            d.set(Field::Proxy, yn(v));
        }
        if let Some(v) = self.start {
            d.set(
                Field::Start,
                format!("{:04}-{:02}-{:02}", v.year(), v.month(), v.day()),
            );
        }
        d
    }
}

fn keys<T: Copy + KeyOf>(all: &[T]) -> Vec<&'static str> {
    all.iter().map(|v| v.key_of()).collect()
}

trait KeyOf {
    fn key_of(self) -> &'static str;
}
macro_rules! key_of {
    ($($t:ty),*) => { $(impl KeyOf for $t { fn key_of(self) -> &'static str { self.key() } })* };
}
key_of!(Area, Customer, Voltage, Supply, Kind, Applicant);

/// Reads a JSON object into a draft: strings, numbers and booleans are accepted as answers.
pub fn draft_from_json(value: &serde_json::Value) -> Result<(Draft, Vec<String>), Vec<Problem>> {
    let obj = value.as_object().ok_or_else(|| {
        vec![Problem {
            field: Field::Jurisdiction,
            message: tr!(
                "输入须为 JSON 对象。",
                "輸入須為 JSON 物件。",
                "The input must be a JSON object with the application's fields."
            ),
        }]
    })?;
    let mut pairs = Vec::new();
    for (k, v) in obj {
        let s = match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        };
        pairs.push((k.clone(), s));
    }
    Ok(Draft::from_pairs(pairs))
}
