//! Every question of the application, declared once: its link and JSON key,
//! the page it is on, its label, question and "why we ask" hint in three
//! languages, its answers (each with the spellings accepted for it, its label
//! and the words the result uses), and, where it may be left open, what is
//! assumed and which other answers are tried.
//!
//! Everything else reads these declarations: parsing a link or the
//! `estimate` command's JSON (`model`), the form and "check your answers"
//! (`client`), the result's words (`explain::words`) and the alternatives the
//! engine tries (`engine::scenario`). A new answer to a question is one line
//! here; a new question is one declaration here, its `Field` and its place in
//! the `Application`.

use crate::capacity::to_halfwidth;
use crate::model::Field;
use crate::text::Wording;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Fixed wording in zh-Hans, zh-Hant and English.
macro_rules! w {
    ($hans:literal, $hant:literal, $en:literal) => {
        $crate::wording!($hans, $hant, $en)
    };
}

/// Wording written `[zh-Hans, zh-Hant, en]`.
macro_rules! tri {
    ([$hans:literal, $hant:literal, $en:literal]) => {
        w!($hans, $hant, $en)
    };
}

/// [`w!`] for wording shown only on the form's pages (a question's ask and
/// why, an answer's hint): see `form_wording!`.
macro_rules! form_w {
    ($hans:literal, $hant:literal, $en:literal) => {
        $crate::form_wording!($hans, $hant, $en)
    };
}

/// [`tri!`] for wording shown only on the form's pages.
macro_rules! form_tri {
    ([$hans:literal, $hant:literal, $en:literal]) => {
        form_w!($hans, $hant, $en)
    };
}

/// An optional piece of wording, `[zh-Hans, zh-Hant, en]`.
macro_rules! opt {
    () => {
        None
    };
    ($w:tt) => {
        Some(tri!($w))
    };
}

/// The question pages, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Where,
    Who,
    Capacity,
    Details,
    When,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Where,
        Step::Who,
        Step::Capacity,
        Step::Details,
        Step::When,
    ];

    /// The page's name in the address (`#/form/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Where => "where",
            Step::Who => "who",
            Step::Capacity => "capacity",
            Step::Details => "details",
            Step::When => "date",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|st| st.slug() == s)
    }

    /// The page's title.
    pub fn title(self) -> Wording {
        match self {
            Step::Where => w!("用电地点", "用電地點", "Where the connection is"),
            Step::Who => w!("申请人", "申請人", "Who is applying"),
            Step::Capacity => w!("用电容量和电压", "用電容量和電壓", "Capacity and voltage"),
            Step::Details => w!("用电情况", "用電情況", "About the connection"),
            Step::When => w!("申请日期", "申請日期", "When you apply"),
        }
    }

    /// The questions on this page, in the order it asks them.
    pub fn fields(self) -> impl Iterator<Item = Field> {
        QUESTIONS
            .iter()
            .filter(move |q| q.step == self)
            .map(|q| q.field)
    }

    /// The page a question is on.
    pub fn of(field: Field) -> Step {
        question(field).step
    }

    /// 0-based position.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// One question.
#[derive(Debug)]
pub struct Question {
    pub field: Field,
    /// The name in share links and in the `estimate` command's JSON (public).
    pub key: &'static str,
    /// The page that asks it.
    pub step: Step,
    /// The short label ("check your answers", error summaries).
    pub label: Wording,
    /// The question as the form asks it.
    pub ask: Wording,
    /// Why we ask (the hint under the question).
    pub why: Wording,
    pub answers: Answers,
}

/// What kind of answer a question takes.
#[derive(Debug)]
pub enum Answers {
    /// One of the policy pack's places.
    Place,
    /// One of fixed answers (a radio group).
    Choice(Choices),
    /// A capacity with its unit.
    Capacity,
    /// The power factor (a number; empty for the default).
    PowerFactor,
    /// A date; `assume` says what the result uses when it is left empty.
    Date { assume: Wording },
    /// Any number of fixed answers (check boxes), written in a link as a
    /// comma-separated list (`utilities=water,gas`).
    Many(Choices),
    /// A water meter's nominal diameter (DN), a whole number of millimetres.
    MeterSize,
}

/// The fixed answers of a question.
#[derive(Debug)]
pub struct Choices {
    /// In the order the form lists them.
    pub list: &'static [Choice],
    /// The label of the "not sure" answer, where the form offers one.
    pub not_sure: Option<Wording>,
    /// What is assumed and tried when the question is left open (for the
    /// questions the rules depend on).
    pub unanswered: Option<Unanswered>,
}

/// One answer to a question.
#[derive(Debug)]
pub struct Choice {
    /// The value in links and JSON (public).
    pub key: &'static str,
    /// Other spellings accepted for it, as [`normalize_token`] leaves them
    /// (run together, lower case; `_` where a `-` was typed).
    pub aliases: &'static [&'static str],
    /// The radio button's label.
    pub label: Wording,
    /// A line under the label.
    pub hint: Option<Wording>,
    /// How the result's sentences name it ("small/micro enterprises").
    pub word: Option<Wording>,
    /// A variation's heading when the result tries it ("If the site is rural").
    pub if_so: Option<Wording>,
}

/// What the result assumes for a question left open, and the other answers
/// it tries to show how the result depends on it.
#[derive(Debug)]
pub struct Unanswered {
    /// The key of the answer assumed.
    pub default: &'static str,
    /// The keys of the other answers tried.
    pub tried: &'static [&'static str],
    /// The sentence that says what was assumed.
    pub assume: Wording,
}

/// The value stored for "not sure".
pub const UNKNOWN: &str = "unknown";

impl Question {
    /// The fixed answers (none for places, capacities, numbers and dates).
    pub fn choices(&self) -> &'static [Choice] {
        match &self.answers {
            Answers::Choice(c) | Answers::Many(c) => c.list,
            _ => &[],
        }
    }

    /// The "not sure" answer's label, where the form offers one.
    pub fn not_sure(&self) -> Option<Wording> {
        match &self.answers {
            Answers::Choice(c) => c.not_sure,
            _ => None,
        }
    }

    /// What is assumed when it is left open, for the questions the rules depend on.
    pub fn unanswered(&self) -> Option<&Unanswered> {
        match &self.answers {
            Answers::Choice(c) => c.unanswered.as_ref(),
            _ => None,
        }
    }

    /// The answer with this key.
    pub fn choice(&self, key: &str) -> Option<&'static Choice> {
        self.choices().iter().find(|c| c.key == key)
    }

    /// The position of the answer a raw value names (its key or an alias, in
    /// any case, full- or half-width, with spaces, `-` or `_` as written).
    pub fn position(&self, raw: &str) -> Option<usize> {
        let s = normalize_token(raw);
        self.choices().iter().position(|c| names(c, &s))
    }

    /// The key of the answer a raw value names.
    pub fn parse_key(&self, raw: &str) -> Option<&'static str> {
        self.position(raw).map(|i| self.choices()[i].key)
    }

    /// The answers' keys, in order (for messages); "yes, no" for a yes/no
    /// question, whichever the form lists first.
    pub fn keys(&self) -> Vec<&'static str> {
        if self.choice("yes").is_some() {
            return vec!["yes", "no"];
        }
        self.choices().iter().map(|c| c.key).collect()
    }
}

/// The declaration of a question.
pub fn question(field: Field) -> &'static Question {
    // Every field has exactly one declaration (a test checks).
    QUESTIONS
        .iter()
        .copied()
        .find(|q| q.field == field)
        .unwrap_or(QUESTIONS[0])
}

/// Lower case, half-width, without spaces and `_`, `-` read as `_`.
pub fn normalize_token(raw: &str) -> String {
    to_halfwidth(raw)
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '_'], "")
        .replace('-', "_")
}

/// Whether a normalised answer names this choice: its key (also run
/// together: "smallmicro" for `small_micro`) or one of its aliases.
fn names(c: &Choice, s: &str) -> bool {
    let run_together = c.key.bytes().filter(|b| *b != b'_');
    c.key == s || run_together.eq(s.bytes()) || c.aliases.contains(&s)
}

/// Whether an answer means "not sure" (or was left empty).
pub fn is_unknown(raw: &str) -> bool {
    matches!(
        normalize_token(raw).as_str(),
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

/// The key of a yes/no answer.
pub fn yes_no_key(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// A question whose answers are a typed enum: declares the enum (its
/// variants are the answers, in the form's order) and the question's static.
macro_rules! choice_question {
    (
        $(#[$m:meta])*
        $question:ident: $name:ident $(as $field:ident)? = $key:literal on $step:ident $($many:ident)? {
            label: $label:tt,
            ask: $ask:tt,
            why: $why:tt,
            $(not_sure: $not_sure:expr,)?
            $(unanswered: $default:ident, tried [$($tried:ident),*], assume: $assume:tt,)?
            answers: {
                $($variant:ident = $vkey:literal [$($alias:literal),*] {
                    label: $clabel:tt,
                    $(hint: $hint:tt,)?
                    $(word: $word:tt,)?
                    $(if_so: $if_so:tt,)?
                })+
            }
        }
    ) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        #[doc = concat!("The `", $key, "` question.")]
        pub static $question: Question = Question {
            field: choice_question!(@field $name $($field)?),
            key: $key,
            step: Step::$step,
            label: tri!($label),
            ask: form_tri!($ask),
            why: form_tri!($why),
            answers: choice_question!(@answers [$($many)?] Choices {
                list: &[$(Choice {
                    key: $vkey,
                    aliases: &[$($alias),*],
                    label: tri!($clabel),
                    hint: choice_question!(@hint $($hint)?),
                    word: opt!($($word)?),
                    if_so: opt!($($if_so)?),
                }),+],
                not_sure: choice_question!(@some $($not_sure)?),
                unanswered: choice_question!(@unanswered $name $($default [$($tried),*] $assume)?),
            }),
        };

        impl $name {
            /// Every answer, in the form's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Their keys (links, JSON, policy data), in the same order.
            pub const KEYS: &'static [&'static str] = &[$($vkey),+];

            pub const fn key(self) -> &'static str {
                Self::KEYS[self as usize]
            }

            /// The answer a raw value names (key or alias, see [`Question::position`]).
            pub fn parse(raw: &str) -> Option<$name> {
                $question.position(raw).map(|i| Self::ALL[i])
            }

            /// Its declaration (label, hint, words).
            pub fn choice(self) -> &'static Choice {
                &$question.choices()[self as usize]
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.key())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let key = String::deserialize(d)?;
                Self::KEYS
                    .iter()
                    .position(|k| *k == key)
                    .map(|i| Self::ALL[i])
                    .ok_or_else(|| serde::de::Error::unknown_variant(&key, Self::KEYS))
            }
        }
    };
    (@hint) => { None };
    (@hint $w:tt) => { Some(form_tri!($w)) };
    (@some) => { None };
    (@some $w:expr) => { Some($w) };
    (@field $name:ident) => { Field::$name };
    (@field $name:ident $field:ident) => { Field::$field };
    (@answers [] $c:expr) => { Answers::Choice($c) };
    (@answers [many] $c:expr) => { Answers::Many($c) };
    (@unanswered $name:ident) => { None };
    (@unanswered $name:ident $default:ident [$($tried:ident),*] $assume:tt) => {
        Some(Unanswered {
            default: $name::$default.key(),
            tried: &[$($name::$tried.key()),*],
            assume: tri!($assume),
        })
    };
}

const YES: &[&str] = &["y", "true", "1", "是", "有"];
const NO: &[&str] = &["n", "false", "0", "否", "无", "無"];

/// The "yes" answer of a yes/no question.
const fn yes(label: Wording, if_so: Option<Wording>) -> Choice {
    Choice {
        key: "yes",
        aliases: YES,
        label,
        hint: None,
        word: None,
        if_so,
    }
}

/// The "no" answer of a yes/no question.
const fn no(label: Wording, if_so: Option<Wording>) -> Choice {
    Choice {
        key: "no",
        aliases: NO,
        label,
        hint: None,
        word: None,
        if_so,
    }
}

/// "Not sure (the result shows how the answer matters)".
const NOT_SURE_COMPARE: Wording = w!(
    "不确定（结果会说明不同答案的区别）",
    "不確定（結果會說明不同答案的區別）",
    "Not sure (the result shows how the answer matters)"
);

/// Every question, in the order the form asks them.
pub static QUESTIONS: [&Question; 15] = [
    &JURISDICTION,
    &AREA,
    &CUSTOMER,
    &APPLICANT,
    &PROXY,
    &CAPACITY,
    &POWER_FACTOR,
    &VOLTAGE,
    &KIND,
    &TEMPORARY,
    &SUPPLY,
    &EXTERNAL_WORKS,
    &UTILITIES,
    &WATER_METER_DN,
    &START,
];

mod answers;
pub use answers::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    fn wordings(q: &Question) -> Vec<(String, Wording)> {
        let mut out = vec![
            (format!("{}.label", q.key), q.label),
            (format!("{}.ask", q.key), q.ask),
            (format!("{}.why", q.key), q.why),
        ];
        if let Some(w) = q.not_sure() {
            out.push((format!("{}.not_sure", q.key), w));
        }
        if let Some(u) = q.unanswered() {
            out.push((format!("{}.assume", q.key), u.assume));
        }
        if let Answers::Date { assume } = q.answers {
            out.push((format!("{}.assume", q.key), assume));
        }
        for c in q.choices() {
            let opts = [("hint", c.hint), ("word", c.word), ("if_so", c.if_so)];
            out.push((format!("{}.{}.label", q.key, c.key), c.label));
            for (what, w) in opts.into_iter().filter_map(|(n, w)| Some((n, w?))) {
                out.push((format!("{}.{}.{what}", q.key, c.key), w));
            }
        }
        out
    }

    #[test]
    fn every_field_is_declared_once_with_a_unique_key_that_its_json_name_follows() {
        for f in Field::ALL {
            assert_eq!(
                QUESTIONS.iter().filter(|q| q.field == f).count(),
                1,
                "{f:?}"
            );
            assert_eq!(question(f).field, f);
            assert_eq!(Field::from_key(f.key()), Some(f));
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.key()));
            assert_eq!(serde_json::from_str::<Field>(&json).unwrap(), f);
        }
    }

    #[test]
    fn the_pages_ask_their_questions_in_page_order() {
        let steps: Vec<usize> = QUESTIONS.iter().map(|q| q.step.index()).collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
        for step in Step::ALL {
            assert!(step.fields().count() > 0, "{step:?}");
            assert!(step.fields().all(|f| Step::of(f) == step));
        }
    }

    #[test]
    fn every_wording_is_there_in_three_languages() {
        for q in QUESTIONS {
            for (name, w) in wordings(q) {
                assert!(w.is_complete(), "{name}");
                for lang in Lang::ALL {
                    assert!(!w.get(lang).trim().is_empty(), "{name} in {lang:?}");
                }
                assert_ne!(w.get(Lang::En), w.get(Lang::ZhHans), "{name}");
            }
        }
    }

    #[test]
    fn every_key_and_spelling_names_its_own_answer_only() {
        for q in QUESTIONS {
            for (i, c) in q.choices().iter().enumerate() {
                assert_eq!(q.position(c.key), Some(i), "{}: {}", q.key, c.key);
                assert_eq!(q.position(&c.key.to_uppercase()), Some(i));
                assert_eq!(q.position(&c.key.replace('_', " ")), Some(i));
                for alias in c.aliases {
                    // Written as normalisation leaves a spelling (`_` for a
                    // typed `-`), or it could never match.
                    let typed = alias.replace('_', "-");
                    assert_eq!(normalize_token(&typed), *alias, "{}: {alias}", q.key);
                    assert_eq!(q.position(&typed), Some(i), "{}: {alias}", q.key);
                }
                assert!(!is_unknown(c.key));
            }
        }
    }

    #[test]
    fn what_is_assumed_and_tried_are_answers_of_the_question() {
        let mut open = 0;
        for q in QUESTIONS {
            let Some(u) = q.unanswered() else { continue };
            open += 1;
            assert!(q.choice(u.default).is_some(), "{}", q.key);
            assert!(!u.tried.is_empty());
            for k in u.tried {
                let c = q.choice(k).unwrap_or_else(|| panic!("{}: {k}", q.key));
                assert_ne!(*k, u.default);
                assert!(c.if_so.is_some(), "{}: {k} has no heading", q.key);
            }
        }
        assert_eq!(open, 6);
    }

    /// The public contract (docs/contract.md): these keys and values stay valid.
    const CONTRACT: &[(&str, &[&str])] = &[
        ("jurisdiction", &[]),
        ("area", &["urban", "rural"]),
        (
            "customer",
            &["resident", "small_micro", "business", "park_project"],
        ),
        ("capacity", &[]),
        ("power_factor", &[]),
        ("voltage", &["lv", "10kv", "35kv"]),
        ("supply", &["single", "dual"]),
        ("external_works", &["yes", "no"]),
        ("kind", &["new", "increase"]),
        ("temporary", &["yes", "no"]),
        (
            "applicant",
            &["individual", "company", "organisation", "government"],
        ),
        ("start", &[]),
    ];

    #[test]
    fn the_contracts_keys_and_values_stay_valid() {
        for (key, values) in CONTRACT {
            let f = Field::from_key(key).unwrap_or_else(|| panic!("{key}"));
            for v in *values {
                assert_eq!(question(f).parse_key(v), Some(*v), "{key}={v}");
            }
        }
        assert_eq!(
            Applicant::parse("个体工商户"),
            Some(Applicant::SoleProprietor)
        );
        assert_eq!(Applicant::SoleProprietor.key(), "sole_proprietor");
    }

    #[test]
    fn typed_answers_serialise_as_their_keys() {
        for a in Applicant::ALL {
            let json = serde_json::to_string(a).unwrap();
            assert_eq!(json, format!("\"{}\"", a.key()));
            assert_eq!(serde_json::from_str::<Applicant>(&json).unwrap(), *a);
        }
        assert!(serde_json::from_str::<Area>("\"moon\"").is_err());
        assert_eq!(Voltage::Kv10.to_string(), "10kv");
    }
}
