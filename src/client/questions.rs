//! The questions as the form shows them (their declarations are in
//! `crate::questions`), the capacity box, and validation of the answers.

use super::format::date_long;
use super::policy::Policy;
use super::strings::{pick, S};
use crate::assessment::Assessment;
use crate::calendar::Calendar;
use crate::capacity::{to_halfwidth, Unit};
use crate::model::{
    list_tokens, meter_dn, parse_date, Application, Draft, Field, Problem, Utility,
};
use crate::policy::PolicyPack;
use crate::questions::{self as declared, Choice, QUESTIONS};
pub use crate::questions::{Step, UNKNOWN};
use crate::text::{Lang, Wording};
use crate::tr;
use chrono::NaiveDate;

// ---------------------------------------------------------------------------
// Questions and pages.
// ---------------------------------------------------------------------------

/// Every question in the order of the pages (for "check answers").
pub fn fields_in_order() -> Vec<Field> {
    QUESTIONS.iter().map(|q| q.field).collect()
}

/// Whether the form asks this question, given the answers so far: the other
/// utilities only where the place's sources cover one (or an answer is
/// already there), the water meter's size only when water is chosen (or a
/// size is already there, so that a bad one can be corrected).
pub fn asked(field: Field, draft: &Draft, pack: &PolicyPack) -> bool {
    let answered = !draft.get(field).trim().is_empty();
    match field {
        Field::Utilities => answered || covers_utilities(pack, draft.get(Field::Jurisdiction)),
        Field::WaterMeterDn => answered || chosen_utilities(draft).contains(&Utility::Water),
        _ => true,
    }
}

/// Whether a place's sources (its own or those it inherits) set the stages or
/// time limit of another utility.
pub fn covers_utilities(pack: &PolicyPack, place: &str) -> bool {
    let id = super::policy::normalize_jurisdiction(place);
    pack.chain(&id).iter().any(|j| {
        j.utilities
            .iter()
            .any(|u| !u.stages.is_empty() || !u.limits.is_empty())
    })
}

/// The utilities the answer names (other items left out).
pub fn chosen_utilities(draft: &Draft) -> Vec<Utility> {
    list_tokens(draft.get(Field::Utilities))
        .filter_map(Utility::parse)
        .collect()
}

/// The list answer with `u` ticked or not: the utilities in the question's
/// order, then any other items as they were typed (nothing entered is lost).
pub fn toggle_utility(raw: &str, u: Utility, on: bool) -> String {
    let had: Vec<Utility> = list_tokens(raw).filter_map(Utility::parse).collect();
    let known = Utility::ALL
        .iter()
        .filter(|x| if **x == u { on } else { had.contains(x) })
        .map(|x| x.key());
    let others = list_tokens(raw).filter(|t| Utility::parse(t).is_none());
    let items: Vec<&str> = known.chain(others).collect();
    items.join(",")
}

/// The list answer with the answer `key` ticked if it was not, or unticked.
pub fn toggle_answer(raw: &str, key: &str) -> String {
    match Utility::parse(key) {
        Some(u) => {
            let on = !list_tokens(raw).any(|t| Utility::parse(t) == Some(u));
            toggle_utility(raw, u, on)
        }
        None => raw.to_string(),
    }
}

/// The question and the "why we ask" hint of a field.
pub fn question(field: Field) -> (Wording, Wording) {
    let q = declared::question(field);
    (q.ask, q.why)
}

/// The fixed answers of a radio question (places are listed from the policy
/// pack), and the label of its "not sure" answer if it has one.
pub fn choices(field: Field) -> (&'static [Choice], Option<Wording>) {
    let q = declared::question(field);
    (q.choices(), q.not_sure())
}

/// True for the spellings of "not sure" (but not for an empty answer).
pub fn is_not_sure(raw: &str) -> bool {
    !raw.trim().is_empty() && declared::is_unknown(raw)
}

/// Which fixed answer of a radio question the raw answer selects (its link
/// value), if any: what parsing the answers reads it as. Places: see
/// [`selected_place`].
pub fn selected(field: Field, raw: &str) -> Option<&'static str> {
    if raw.trim().is_empty() {
        return None;
    }
    let q = declared::question(field);
    if is_not_sure(raw) {
        return q.not_sure().map(|_| UNKNOWN);
    }
    q.parse_key(raw)
}

/// The place a raw answer names, if the policy data in use has it.
pub fn selected_place<'p>(policy: &'p Policy, raw: &str) -> Option<&'p str> {
    let j = super::policy::normalize_jurisdiction(raw);
    policy.ids().into_iter().find(|id| *id == j)
}

/// The label of a fixed answer (`value` as a link carries it); the value
/// itself when it is none of them.
pub fn choice_label(field: Field, value: &str, lang: Lang) -> String {
    if is_not_sure(value) {
        return S::NotSure.get(lang).to_string();
    }
    let q = declared::question(field);
    match q.parse_key(value).and_then(|k| q.choice(k)) {
        Some(c) => c.label.get(lang).to_string(),
        None => value.to_string(),
    }
}

/// The answer as "check your answers" shows it.
pub fn answer_text(
    policy: &Policy,
    field: Field,
    draft: &Draft,
    today: NaiveDate,
    lang: Lang,
) -> String {
    let raw = draft.get(field).trim();
    match field {
        Field::Utilities if raw.is_empty() => S::ElectricityOnly.get(lang).to_string(),
        _ if raw.is_empty() && !matches!(field, Field::PowerFactor | Field::Start) => {
            S::NotAnswered.get(lang).to_string()
        }
        Field::Jurisdiction => policy.place_name(raw, lang),
        Field::Capacity => {
            crate::capacity::parse_capacity(raw).map_or_else(|_| raw.to_string(), |c| c.to_string())
        }
        Field::PowerFactor if raw.is_empty() => S::PfDefault.get(lang).to_string(),
        Field::PowerFactor => raw.to_string(),
        Field::Utilities => {
            let q = declared::question(field);
            let labels: Vec<String> = list_tokens(raw)
                .map(|t| match q.parse_key(t).and_then(|k| q.choice(k)) {
                    Some(c) => c.label.get(lang).to_string(),
                    None => t.to_string(),
                })
                .collect();
            crate::explain::words::list(labels.iter().map(String::as_str), lang, ", ")
        }
        Field::WaterMeterDn => match meter_dn(raw) {
            Ok(Some(dn)) => format!("DN{dn}"),
            _ => raw.to_string(),
        },
        Field::Start => match parse_date(raw) {
            Some(d) if d == today => format!(
                "{}{}",
                date_long(d, lang),
                pick(lang, "（今天）", "（今天）", " (today)")
            ),
            Some(d) => date_long(d, lang),
            None if raw.is_empty() => match lang.here() {
                Lang::En => format!("{} ({})", S::TodayWord.get(lang), date_long(today, lang)),
                _ => format!("{}（{}）", S::TodayWord.get(lang), date_long(today, lang)),
            },
            None => raw.to_string(),
        },
        _ => choice_label(field, raw, lang),
    }
}

// ---------------------------------------------------------------------------
// Capacity box + unit selector <-> the capacity answer.
// ---------------------------------------------------------------------------

/// Splits a capacity answer into the text box and the unit selector:
/// "160kVA" -> ("160", kVA); "150 kW" -> ("150", kW); anything else stays in the box as typed.
pub fn split_capacity(raw: &str) -> (String, Unit) {
    let half = to_halfwidth(raw);
    let t = half.trim();
    let lower = t.to_ascii_lowercase();
    let suffixes: [(&str, Unit); 4] = [
        ("kva", Unit::Kva),
        ("千伏安", Unit::Kva),
        ("kw", Unit::Kw),
        ("千瓦", Unit::Kw),
    ];
    for (suffix, unit) in suffixes {
        if let Some(num) = lower.strip_suffix(suffix) {
            let num = num.trim();
            if !num.is_empty()
                && num
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || matches!(ch, '.' | ','))
            {
                return (num.to_string(), unit);
            }
        }
    }
    (raw.trim().to_string(), Unit::Kva)
}

/// Joins the text box and unit selector into the capacity answer: a bare number gets
/// the selected unit; text that names a unit itself ("160kVA", "0.5 MVA", "160 horsepower")
/// is kept as typed.
pub fn compose_capacity(text: &str, unit: Unit) -> String {
    let t = text.trim();
    if t.is_empty() {
        String::new()
    } else if to_halfwidth(t).chars().any(char::is_alphabetic) {
        t.to_string()
    } else {
        format!("{t}{}", unit.symbol())
    }
}

// ---------------------------------------------------------------------------
// Validation.
// ---------------------------------------------------------------------------

fn is_choice_field(field: Field) -> bool {
    !matches!(
        field,
        Field::Capacity | Field::PowerFactor | Field::Start | Field::WaterMeterDn
    )
}

/// The problem for a radio question's value that is not one of its answers.
fn choice_problem(field: Field, raw: &str) -> Problem {
    let raw = raw.trim();
    let message = if field == Field::Jurisdiction {
        tr!(
            "本工具没有收录“{raw}”，请从下面的地区中选择。",
            "本工具沒有收錄「{raw}」，請從下面的地區中選擇。",
            "“{raw}” is not a place this tool covers. Choose one of the places below.",
            raw = crate::text::echo(raw)
        )
    } else {
        tr!(
            "“{raw}”不是这个问题的答案，请从下面的选项中选择。",
            "「{raw}」不是這個問題的答案，請從下面的選項中選擇。",
            "“{raw}” is not one of the answers to this question. Choose one of the answers below.",
            raw = crate::text::echo(raw)
        )
    };
    Problem { field, message }
}

/// Every problem with the answers, one per field, in question order, for the
/// places of `pack`. Radio questions get a message that points at the
/// choices; the others keep the engine's message.
pub fn validate(draft: &Draft, pack: &PolicyPack) -> Vec<Problem> {
    let problems = match Application::parse(draft, &pack.ids()) {
        Ok(_) => return Vec::new(),
        Err(p) => p,
    };
    let mut out: Vec<Problem> = Vec::new();
    for field in fields_in_order() {
        if let Some(p) = problems.iter().find(|p| p.field == field) {
            let raw = draft.get(field);
            if is_choice_field(field) && !raw.trim().is_empty() {
                out.push(choice_problem(field, raw));
            } else {
                out.push(p.clone());
            }
        }
    }
    out
}

/// Problems with answers that were given (not with answers still missing).
pub fn bad_values(draft: &Draft, pack: &PolicyPack) -> Vec<Problem> {
    validate(draft, pack)
        .into_iter()
        .filter(|p| !draft.get(p.field).trim().is_empty())
        .collect()
}

/// The assessment for valid answers under `pack`, its sentences in `lang`
/// only, or the problems.
pub fn evaluate(
    pack: &PolicyPack,
    draft: &Draft,
    today: NaiveDate,
    lang: Lang,
) -> Result<Assessment, Vec<Problem>> {
    match Application::parse(draft, &pack.ids()) {
        Ok(app) => Ok(crate::assess_in(
            pack,
            &app,
            Calendar::shared(),
            today,
            crate::explain::Langs::only(lang),
        )),
        Err(_) => Err(validate(draft, pack)),
    }
}
