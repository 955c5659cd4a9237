//! Names of things in each language: customers, areas, voltages, capacities, and
//! the sentences for unanswered questions.

use crate::capacity::Capacity;
use crate::engine::scenario::Answer;
use crate::model::{Area, Customer, Field, Voltage};
use crate::questions::{question, Answers};
use crate::text::{Lang, Text};
use std::sync::OnceLock;

pub use crate::text::pick;

/// [`pick`] for sentences with figures: `format!`s the wording for `lang`
/// only, where `pick` would be handed all three already written.
/// `pick_format!(lang, "{n}天", "{n}天", "{n} days")`.
macro_rules! pick_format {
    ($lang:expr, $hans:literal, $hant:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        match $lang.here() {
            $crate::text::Lang::ZhHans => format!($hans $(, $arg)*),
            $crate::text::Lang::ZhHant => format!($hant $(, $arg)*),
            $crate::text::Lang::En => format!($en $(, $arg)*),
        }
    };
}
pub(crate) use pick_format;

/// "小微企业" / "small/micro enterprises" (the answer's words in its declaration).
pub fn customer(c: Customer, lang: Lang) -> &'static str {
    c.choice().word.map_or("", |w| w.get(lang))
}

/// "城区" / "other (rural) areas".
pub fn area(a: Area, lang: Lang) -> &'static str {
    a.choice().word.map_or("", |w| w.get(lang))
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
    match lang.here() {
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
    let sep = if lang.here() == Lang::En {
        en_sep
    } else {
        "、"
    };
    items.into_iter().collect::<Vec<_>>().join(sep)
}

/// Up to this many answers a question's texts are built once.
const CACHED_ANSWERS: usize = 8;

/// The declarations' sentences as texts, each built once (as `tr!` builds a
/// fixed sentence once): an assessment then shares them.
static ASSUMED: [OnceLock<Text>; Field::ALL.len()] = [const { OnceLock::new() }; Field::ALL.len()];
static IF_SO: [[OnceLock<Text>; CACHED_ANSWERS]; Field::ALL.len()] =
    [const { [const { OnceLock::new() }; CACHED_ANSWERS] }; Field::ALL.len()];

/// What the result assumes for an unanswered question (its declaration's sentence).
pub fn assumption(field: Field) -> Text {
    let q = question(field);
    let wording = match (&q.answers, q.unanswered()) {
        (Answers::Date { assume }, _) => *assume,
        (_, Some(u)) => u.assume,
        _ => return Text::default(),
    };
    ASSUMED[field as usize]
        .get_or_init(|| wording.text())
        .clone()
}

/// "如为小微企业" / "If you are a small/micro enterprise": a variation's heading.
pub fn if_answer(a: Answer) -> Text {
    let field = a.field();
    let choices = question(field).choices();
    let Some(i) = choices.iter().position(|c| c.key == a.key()) else {
        return Text::default();
    };
    let Some(wording) = choices[i].if_so else {
        return Text::default();
    };
    match IF_SO[field as usize].get(i) {
        Some(cell) => cell.get_or_init(|| wording.text()).clone(),
        None => wording.text(),
    }
}
