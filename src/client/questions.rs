//! The questions, how they are grouped into pages, their choices, the
//! capacity box, and validation of the answers.

use super::format::date_long;
use super::policy::{jurisdiction_ids, jurisdiction_name, normalize_jurisdiction, pack};
use super::strings::{pick, S};
use crate::assessment::Assessment;
use crate::calendar::Calendar;
use crate::capacity::{to_halfwidth, Unit};
use crate::model::{
    parse_date, Applicant, Application, Area, Customer, Draft, Field, Kind, Problem, Supply,
    Voltage,
};
use crate::text::Lang;
use crate::tr;
use chrono::NaiveDate;

// ---------------------------------------------------------------------------
// Questions and pages.
// ---------------------------------------------------------------------------

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

    /// The questions on this page, in order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::Where => &[Field::Jurisdiction, Field::Area],
            Step::Who => &[Field::Customer, Field::Applicant, Field::Proxy],
            Step::Capacity => &[Field::Capacity, Field::PowerFactor, Field::Voltage],
            Step::Details => &[
                Field::Kind,
                Field::Temporary,
                Field::Supply,
                Field::ExternalWorks,
            ],
            Step::When => &[Field::Start],
        }
    }

    pub fn of(field: Field) -> Step {
        Step::ALL
            .iter()
            .copied()
            .find(|s| s.fields().contains(&field))
            .unwrap_or(Step::Where)
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

    pub fn title(self) -> S {
        match self {
            Step::Where => S::StepWhere,
            Step::Who => S::StepWho,
            Step::Capacity => S::StepCapacity,
            Step::Details => S::StepDetails,
            Step::When => S::StepWhen,
        }
    }
}

/// Every question in the order of the pages (for "check answers").
pub fn fields_in_order() -> Vec<Field> {
    Step::ALL
        .iter()
        .flat_map(|s| s.fields().iter().copied())
        .collect()
}

/// The question and the "why we ask" hint of a field.
pub fn question(field: Field) -> (S, S) {
    match field {
        Field::Jurisdiction => (S::QJurisdiction, S::HJurisdiction),
        Field::Area => (S::QArea, S::HArea),
        Field::Customer => (S::QCustomer, S::HCustomer),
        Field::Applicant => (S::QApplicant, S::HApplicant),
        Field::Proxy => (S::QProxy, S::HProxy),
        Field::Capacity => (S::QCapacity, S::HCapacity),
        Field::PowerFactor => (S::QPowerFactor, S::HPowerFactor),
        Field::Voltage => (S::QVoltage, S::HVoltage),
        Field::Kind => (S::QKind, S::HKind),
        Field::Temporary => (S::QTemporary, S::HTemporary),
        Field::Supply => (S::QSupply, S::HSupply),
        Field::ExternalWorks => (S::QExternal, S::HExternal),
        Field::Start => (S::QStart, S::HStart),
    }
}

/// One answer a radio group offers: the value stored in the link, its label and hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: S,
    pub hint: Option<S>,
}

const fn c(value: &'static str, label: S, hint: Option<S>) -> Choice {
    Choice { value, label, hint }
}

/// The value stored for "not sure".
pub const UNKNOWN: &str = "unknown";

/// The fixed answers of a radio question (jurisdiction is listed from the policy pack),
/// and the "not sure" answer if the question has one.
pub fn choices(field: Field) -> (Vec<Choice>, Option<Choice>) {
    match field {
        Field::Area => (
            vec![
                c("urban", S::AreaUrban, Some(S::AreaUrbanHint)),
                c("rural", S::AreaRural, Some(S::AreaRuralHint)),
            ],
            Some(c(UNKNOWN, S::NotSureCompare, None)),
        ),
        Field::Customer => (
            vec![
                c("resident", S::CustomerResident, None),
                c(
                    "small_micro",
                    S::CustomerSmallMicro,
                    Some(S::CustomerSmallMicroHint),
                ),
                c(
                    "business",
                    S::CustomerBusiness,
                    Some(S::CustomerBusinessHint),
                ),
                c("park_project", S::CustomerPark, Some(S::CustomerParkHint)),
            ],
            Some(c(UNKNOWN, S::NotSureCompare, None)),
        ),
        Field::Applicant => (
            vec![
                c("individual", S::ApplicantIndividual, None),
                c("company", S::ApplicantCompany, None),
                c("organisation", S::ApplicantOrganisation, None),
                c("government", S::ApplicantGovernment, None),
            ],
            None,
        ),
        Field::Proxy => (
            vec![c("no", S::ProxyNo, None), c("yes", S::ProxyYes, None)],
            None,
        ),
        Field::Voltage => (
            vec![
                c("lv", S::VoltageLv, None),
                c("10kv", S::Voltage10, None),
                c("35kv", S::Voltage35, None),
            ],
            Some(c(UNKNOWN, S::NotSureInfer, None)),
        ),
        Field::Kind => (
            vec![
                c("new", S::KindNew, None),
                c("increase", S::KindIncrease, None),
            ],
            None,
        ),
        Field::Temporary => (
            vec![
                c("no", S::TemporaryNo, None),
                c("yes", S::TemporaryYes, None),
            ],
            None,
        ),
        Field::Supply => (
            vec![
                c("single", S::SupplySingle, None),
                c("dual", S::SupplyDual, None),
            ],
            None,
        ),
        Field::ExternalWorks => (
            vec![c("yes", S::ExternalYes, None), c("no", S::ExternalNo, None)],
            Some(c(UNKNOWN, S::ExternalUnknown, None)),
        ),
        Field::Jurisdiction | Field::Capacity | Field::PowerFactor | Field::Start => (vec![], None),
    }
}

fn token(raw: &str) -> String {
    to_halfwidth(raw)
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '_', '-', '\''], "")
}

/// True for the spellings of "not sure" (but not for an empty answer).
pub fn is_not_sure(raw: &str) -> bool {
    matches!(
        token(raw).as_str(),
        "unknown" | "notsure" | "dontknow" | "unsure" | "不确定" | "不確定" | "不知道"
    )
}

fn yes_no(raw: &str) -> Option<bool> {
    match token(raw).as_str() {
        "yes" | "y" | "true" | "1" | "是" | "有" => Some(true),
        "no" | "n" | "false" | "0" | "否" | "无" | "無" => Some(false),
        _ => None,
    }
}

/// Which choice of a radio question the raw answer selects (its link value), if any.
pub fn selected(field: Field, raw: &str) -> Option<&'static str> {
    if raw.trim().is_empty() {
        return None;
    }
    if is_not_sure(raw) {
        return choices(field).1.map(|c| c.value);
    }
    let yn = |b: Option<bool>| b.map(|b| if b { "yes" } else { "no" });
    match field {
        Field::Jurisdiction => {
            let j = normalize_jurisdiction(raw);
            jurisdiction_ids().into_iter().find(|id| *id == j)
        }
        Field::Area => Area::parse(raw).map(Area::key),
        Field::Customer => Customer::parse(raw).map(Customer::key),
        Field::Applicant => Applicant::parse(raw).map(Applicant::key),
        Field::Voltage => Voltage::parse(raw).map(Voltage::key),
        Field::Supply => Supply::parse(raw).map(Supply::key),
        Field::Kind => Kind::parse(raw).map(Kind::key),
        Field::ExternalWorks | Field::Temporary | Field::Proxy => yn(yes_no(raw)),
        Field::Capacity | Field::PowerFactor | Field::Start => None,
    }
}

/// The label of a choice value of a radio question.
pub fn choice_label(field: Field, value: &str, lang: Lang) -> String {
    if field == Field::Jurisdiction {
        return jurisdiction_name(value, lang);
    }
    let (list, not_sure) = choices(field);
    if not_sure.is_some_and(|c| c.value == value) || is_not_sure(value) {
        return S::NotSure.get(lang).to_string();
    }
    let key = selected(field, value).unwrap_or(value);
    list.iter()
        .find(|c| c.value == key)
        .map_or_else(|| value.to_string(), |c| c.label.get(lang).to_string())
}

/// The answer as "check your answers" shows it.
pub fn answer_text(field: Field, draft: &Draft, today: NaiveDate, lang: Lang) -> String {
    let raw = draft.get(field).trim();
    match field {
        Field::Capacity => {
            if raw.is_empty() {
                S::NotAnswered.get(lang).to_string()
            } else {
                crate::capacity::parse_capacity(raw)
                    .map_or_else(|_| raw.to_string(), |c| c.to_string())
            }
        }
        Field::PowerFactor if raw.is_empty() => S::PfDefault.get(lang).to_string(),
        Field::PowerFactor => raw.to_string(),
        Field::Start => match parse_date(raw) {
            Some(d) if d == today => format!(
                "{}{}",
                date_long(d, lang),
                pick(lang, "（今天）", "（今天）", " (today)")
            ),
            Some(d) => date_long(d, lang),
            None if raw.is_empty() => match lang {
                Lang::En => format!("{} ({})", S::TodayWord.get(lang), date_long(today, lang)),
                _ => format!("{}（{}）", S::TodayWord.get(lang), date_long(today, lang)),
            },
            None => raw.to_string(),
        },
        _ if raw.is_empty() => S::NotAnswered.get(lang).to_string(),
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
    !matches!(field, Field::Capacity | Field::PowerFactor | Field::Start)
}

/// The problem for a radio question's value that is not one of its answers.
fn choice_problem(field: Field, raw: &str) -> Problem {
    let raw = raw.trim();
    let message = if field == Field::Jurisdiction {
        tr!(
            "本工具没有收录“{raw}”，请从下面的地区中选择。",
            "本工具沒有收錄「{raw}」，請從下面的地區中選擇。",
            "“{raw}” is not a place this tool covers. Choose one of the places below.",
            raw = raw
        )
    } else {
        tr!(
            "“{raw}”不是这个问题的答案，请从下面的选项中选择。",
            "「{raw}」不是這個問題的答案，請從下面的選項中選擇。",
            "“{raw}” is not one of the answers to this question. Choose one of the answers below.",
            raw = raw
        )
    };
    Problem { field, message }
}

/// Every problem with the answers, one per field, in question order. Radio questions
/// get a message that points at the choices; the others keep the engine's message.
pub fn validate(draft: &Draft) -> Vec<Problem> {
    let problems = match Application::parse(draft, &jurisdiction_ids()) {
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
pub fn bad_values(draft: &Draft) -> Vec<Problem> {
    validate(draft)
        .into_iter()
        .filter(|p| !draft.get(p.field).trim().is_empty())
        .collect()
}

/// The assessment for valid answers, its sentences in `lang` only, or the problems.
pub fn evaluate(draft: &Draft, today: NaiveDate, lang: Lang) -> Result<Assessment, Vec<Problem>> {
    match Application::parse(draft, &jurisdiction_ids()) {
        Ok(app) => Ok(crate::assess_in(
            pack(),
            &app,
            Calendar::shared(),
            today,
            crate::explain::Langs::only(lang),
        )),
        Err(_) => Err(validate(draft)),
    }
}
