//! Names of things in each language: customers, areas, voltages, capacities, and
//! the sentences for unanswered questions.

use crate::capacity::Capacity;
use crate::engine::scenario::Answer;
use crate::model::{Area, Customer, Field, Voltage};
use crate::text::{Lang, Text};
use crate::tr;

pub use crate::text::pick;

/// [`pick`] for sentences with figures: `format!`s the wording for `lang`
/// only, where `pick` would be handed all three already written.
/// `pick_format!(lang, "{n}天", "{n}天", "{n} days")`.
macro_rules! pick_format {
    ($lang:expr, $hans:literal, $hant:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        match $lang {
            $crate::text::Lang::ZhHans => format!($hans $(, $arg)*),
            $crate::text::Lang::ZhHant => format!($hant $(, $arg)*),
            $crate::text::Lang::En => format!($en $(, $arg)*),
        }
    };
}
pub(crate) use pick_format;

/// "小微企业" / "small/micro enterprises".
pub fn customer(c: Customer, lang: Lang) -> &'static str {
    match c {
        Customer::Resident => pick(lang, "居民用户", "居民用戶", "residents"),
        Customer::SmallMicro => pick(lang, "小微企业", "小微企業", "small/micro enterprises"),
        Customer::Business => pick(
            lang,
            "其他非居民用户",
            "其他非居民用戶",
            "other non-resident customers",
        ),
        Customer::ParkProject => pick(
            lang,
            "园区/重点项目",
            "園區/重點項目",
            "industrial-park or key projects",
        ),
    }
}

/// "城区" / "other (rural) areas".
pub fn area(a: Area, lang: Lang) -> &'static str {
    match a {
        Area::Urban => pick(lang, "城区", "城區", "urban areas"),
        Area::Rural => pick(
            lang,
            "其他区域（农村）",
            "其他區域（農村）",
            "other (rural) areas",
        ),
    }
}

/// "0.4 kV" / "10 kV" / "35 kV".
pub fn voltage(v: Voltage) -> &'static str {
    match v {
        Voltage::Lv => "0.4 kV",
        Voltage::Kv10 => "10 kV",
        Voltage::Kv35 => "35 kV",
    }
}

/// English month names (the app's dates use them too).
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2020年9月27日" / "27 September 2020".
pub fn date(d: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    match lang {
        Lang::En => format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year()),
        _ => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

/// "2026-06-01".
pub fn iso_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Fen as yuan with thousands separators: 123456789 → "1,234,567.89".
pub fn yuan(fen: u64) -> String {
    let whole = (fen / 100).to_string();
    let mut out = String::with_capacity(whole.len() + whole.len() / 3 + 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out}.{:02}", fen % 100)
}

/// "160 kVA".
pub fn capacity(c: &Capacity) -> String {
    format!("{} {}", c.kilo_str(), c.unit.symbol())
}

/// Items joined as a list: "甲、乙" / "a and b" (`en_sep` between English items).
pub fn list<'a>(items: impl IntoIterator<Item = &'a str>, lang: Lang, en_sep: &str) -> String {
    let sep = if lang == Lang::En { en_sep } else { "、" };
    items.into_iter().collect::<Vec<_>>().join(sep)
}

/// What the result assumes for an unanswered question.
pub fn assumption(field: Field) -> Text {
    match field {
        Field::Area => tr!(
            "未回答城区/农村：按城区计算。",
            "未回答城區/農村：按城區計算。",
            "Urban or rural not answered: urban is assumed."
        ),
        Field::Customer => tr!(
            "未回答用户类别：按一般非居民用户计算。",
            "未回答用戶類別：按一般非居民用戶計算。",
            "Customer type not answered: a general non-resident customer is assumed."
        ),
        Field::Supply => tr!(
            "未回答电源数量：按单电源计算。",
            "未回答電源數量：按單電源計算。",
            "Number of sources not answered: single supply is assumed."
        ),
        Field::ExternalWorks => tr!(
            "不确定是否有外线工程：按有外线工程（时间较长的情形）计算。",
            "不確定是否有外線工程：按有外線工程（時間較長的情形）計算。",
            "Not sure about external works: the case with external works (the longer one) is shown."
        ),
        Field::Kind => tr!(
            "未回答新装/增容：按新装计算。",
            "未回答新裝/增容：按新裝計算。",
            "New or increase not answered: a new connection is assumed."
        ),
        Field::Temporary => tr!(
            "未回答是否临时用电：按永久用电计算。",
            "未回答是否臨時用電：按永久用電計算。",
            "Temporary supply not answered: permanent supply is assumed."
        ),
        _ => tr!(
            "未填申请日期：按今天计算。",
            "未填申請日期：按今天計算。",
            "No application date: today is used."
        ),
    }
}

/// "如为小微企业" / "If you are a small/micro enterprise": a variation's heading.
pub fn if_answer(a: Answer) -> Text {
    match a {
        Answer::Area(Area::Rural) => tr!(
            "如在农村/其他区域",
            "如在農村/其他區域",
            "If the site is rural"
        ),
        Answer::Area(Area::Urban) => tr!("如在城区", "如在城區", "If the site is urban"),
        Answer::Customer(Customer::Resident) => {
            tr!("如为居民用户", "如為居民用戶", "If you are a resident")
        }
        Answer::Customer(Customer::SmallMicro) => tr!(
            "如为小微企业",
            "如為小微企業",
            "If you are a small/micro enterprise"
        ),
        Answer::Customer(Customer::ParkProject) => tr!(
            "如为园区/重点项目",
            "如為園區/重點項目",
            "If it is a park or key project"
        ),
        Answer::Customer(Customer::Business) => tr!(
            "如为其他非居民用户",
            "如為其他非居民用戶",
            "If you are another non-resident customer"
        ),
        Answer::ExternalWorks(false) => tr!(
            "如无外线工程",
            "如無外線工程",
            "If there are no external works"
        ),
        Answer::ExternalWorks(true) => tr!(
            "如有外线工程",
            "如有外線工程",
            "If there are external works"
        ),
        Answer::Supply(crate::model::Supply::Dual) => {
            tr!("如为双电源", "如為雙電源", "If you need dual supply")
        }
        Answer::Supply(crate::model::Supply::Single) => {
            tr!("如为单电源", "如為單電源", "If you need single supply")
        }
        Answer::Kind(crate::model::Kind::Increase) => {
            tr!("如为增容", "如為增容", "If it is a capacity increase")
        }
        Answer::Kind(crate::model::Kind::New) => {
            tr!("如为新装", "如為新裝", "If it is a new connection")
        }
        Answer::Temporary(true) => {
            tr!("如为临时用电", "如為臨時用電", "If the supply is temporary")
        }
        Answer::Temporary(false) => {
            tr!("如为永久用电", "如為永久用電", "If the supply is permanent")
        }
        Answer::Voltage(crate::model::Voltage::Lv) => tr!(
            "如按低压（0.4千伏）供电",
            "如按低壓（0.4千伏）供電",
            "If it is supplied at low voltage (0.4 kV)"
        ),
        Answer::Voltage(crate::model::Voltage::Kv10) => {
            tr!(
                "如按10千伏供电",
                "如按10千伏供電",
                "If it is supplied at 10 kV"
            )
        }
        Answer::Voltage(crate::model::Voltage::Kv35) => {
            tr!(
                "如按35千伏供电",
                "如按35千伏供電",
                "If it is supplied at 35 kV"
            )
        }
    }
}
