//! Golden cases as data: an application and what its assessment must say,
//! `{"name": …, "app": {…}, "expect": {"dotted.path": value, …}}`, one per
//! line of a `.jsonl` file (`tests/cases/<place>.jsonl`, the contract's
//! `examples.jsonl`) or in a policy pack's own `cases` list. `"exit": 2` in
//! `expect` says the application must be refused; the refusal's fields can
//! then be checked as `problems.*.field`. Paths and operators: [`path`].
//!
//! Browser-safe: the assessment is read back as [`crate::json`] values, so
//! the officials' `#/check-pack` page can run a pack's cases.

mod messages;
pub mod path;

pub use messages::summary;
pub use path::{LookupError, Op, Path};

use crate::json::{self, Value};
use crate::model::{Draft, Field, Problem};
use crate::tr;
use crate::{assess_on, Application, Calendar, PolicyPack};
use chrono::NaiveDate;
use std::collections::HashSet;

/// One golden case.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub name: String,
    /// What the case is about, for people reading the file.
    pub note: Option<String>,
    /// The application, as the `estimate` command reads it.
    pub app: Value,
    /// Whether the application must be refused (`"exit": 2`).
    pub refused: bool,
    pub expect: Vec<Expectation>,
}

/// One expectation: the key as written, its path and operator, the value.
#[derive(Clone, Debug, PartialEq)]
pub struct Expectation {
    pub key: String,
    pub path: Path,
    pub op: Op,
    pub value: Value,
}

/// What is wrong with a case as written: where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseProblem {
    /// The line of a `.jsonl` file (from 1); `None` inside a pack.
    pub line: Option<usize>,
    /// `cases[3].expect["stages.len"]` in a pack, `expect["stages.len"]` on a line.
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    NotJson(json::SyntaxError),
    Object,
    List,
    Missing,
    /// A field a case does not have (the fields it may have are listed).
    UnknownField,
    NonEmpty,
    Text,
    DuplicateName,
    NoExpectations,
    Path(path::SyntaxError),
    /// `exit` is 0 or 2.
    Exit,
    /// With `"exit": 2` there is no assessment: only `problems…` paths.
    RefusedPath,
    /// A `len` is a whole number.
    Length,
}

/// The fields a case may have.
pub const CASE_FIELDS: [&str; 4] = ["name", "note", "app", "expect"];

/// The cases of a `.jsonl` text, one per non-blank line.
pub fn parse_lines(text: &str) -> Result<Vec<Case>, Vec<CaseProblem>> {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    let mut names = HashSet::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut at = Where {
            line: Some(i + 1),
            base: String::new(),
            problems: &mut problems,
        };
        match json::parse(line) {
            Ok(v) => cases.extend(read_case(&v, &mut at, &mut names)),
            Err(e) => at.add("", ProblemKind::NotJson(e)),
        }
    }
    done(cases, problems)
}

/// The `cases` of a policy pack's text (none when it has no `cases`).
pub fn pack_cases(text: &str) -> Result<Vec<Case>, Vec<CaseProblem>> {
    let v = json::parse(text).map_err(|e| {
        vec![CaseProblem {
            line: None,
            path: String::new(),
            kind: ProblemKind::NotJson(e),
        }]
    })?;
    cases_in_pack(&v)
}

/// The `cases` of a parsed policy pack (none when it has no `cases`).
pub fn cases_in_pack(pack: &Value) -> Result<Vec<Case>, Vec<CaseProblem>> {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    let mut names = HashSet::new();
    match pack.get("cases") {
        None => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let mut at = Where {
                    line: None,
                    base: format!("cases[{i}]"),
                    problems: &mut problems,
                };
                cases.extend(read_case(item, &mut at, &mut names));
            }
        }
        Some(_) => problems.push(CaseProblem {
            line: None,
            path: "cases".into(),
            kind: ProblemKind::List,
        }),
    }
    done(cases, problems)
}

fn done(cases: Vec<Case>, problems: Vec<CaseProblem>) -> Result<Vec<Case>, Vec<CaseProblem>> {
    if problems.is_empty() {
        Ok(cases)
    } else {
        Err(problems)
    }
}

/// Where problems of one case go.
struct Where<'p> {
    line: Option<usize>,
    base: String,
    problems: &'p mut Vec<CaseProblem>,
}

impl Where<'_> {
    fn add(&mut self, sub: &str, kind: ProblemKind) {
        let path = match (self.base.is_empty(), sub.is_empty()) {
            (_, true) => self.base.clone(),
            (true, false) => sub.to_string(),
            (false, false) if sub.starts_with('[') => format!("{}{sub}", self.base),
            (false, false) => format!("{}.{sub}", self.base),
        };
        self.problems.push(CaseProblem {
            line: self.line,
            path,
            kind,
        });
    }
}

fn read_case(v: &Value, at: &mut Where, names: &mut HashSet<String>) -> Option<Case> {
    let Some(o) = v.as_object() else {
        at.add("", ProblemKind::Object);
        return None;
    };
    let before = at.problems.len();
    for k in o.keys().filter(|k| !CASE_FIELDS.contains(&k.as_str())) {
        at.add(k, ProblemKind::UnknownField);
    }
    let name = match o.get("name").map(|n| n.as_str().map(str::trim)) {
        None => {
            at.add("name", ProblemKind::Missing);
            None
        }
        Some(Some(n)) if !n.is_empty() => Some(n.to_string()),
        Some(_) => {
            at.add("name", ProblemKind::NonEmpty);
            None
        }
    };
    if let Some(n) = &name {
        if !names.insert(n.clone()) {
            at.add("name", ProblemKind::DuplicateName);
        }
    }
    let note = match o.get("note") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            at.add("note", ProblemKind::Text);
            None
        }
    };
    match o.get("app") {
        None => at.add("app", ProblemKind::Missing),
        Some(a) if a.as_object().is_none() => at.add("app", ProblemKind::Object),
        Some(_) => {}
    }
    let (refused, expect) = read_expect(o.get("expect"), at);
    if at.problems.len() > before {
        return None;
    }
    Some(Case {
        name: name?,
        note,
        app: o.get("app")?.clone(),
        refused,
        expect,
    })
}

fn read_expect(v: Option<&Value>, at: &mut Where) -> (bool, Vec<Expectation>) {
    let o = match v {
        None => return (false, missing(at, "expect", ProblemKind::Missing)),
        Some(Value::Object(o)) if o.is_empty() => {
            return (false, missing(at, "expect", ProblemKind::NoExpectations))
        }
        Some(Value::Object(o)) => o,
        Some(_) => return (false, missing(at, "expect", ProblemKind::Object)),
    };
    let refused = match o.get("exit") {
        None => false,
        Some(e) if e.as_u64() == Some(0) => false,
        Some(e) if e.as_u64() == Some(2) => true,
        Some(_) => {
            at.add("expect.exit", ProblemKind::Exit);
            false
        }
    };
    let mut out = Vec::new();
    for (key, value) in o.iter().filter(|(k, _)| k.as_str() != "exit") {
        let here = format!("expect[{}]", crate::json_text::quote(key));
        match path::parse_key(key) {
            Err(e) => at.add(&here, ProblemKind::Path(e)),
            Ok((p, _)) if refused && !p.starts_with("problems") => {
                at.add(&here, ProblemKind::RefusedPath)
            }
            Ok((p, op)) if p.ends_with_len() && op != Op::Has && op != Op::Lacks => {
                if value.as_u64().is_none() {
                    at.add(&here, ProblemKind::Length);
                }
                out.push(expectation(key, p, op, value));
            }
            Ok((p, op)) => out.push(expectation(key, p, op, value)),
        }
    }
    (refused, out)
}

fn missing(at: &mut Where, sub: &str, kind: ProblemKind) -> Vec<Expectation> {
    at.add(sub, kind);
    Vec::new()
}

fn expectation(key: &str, path: Path, op: Op, value: &Value) -> Expectation {
    Expectation {
        key: key.to_string(),
        path,
        op,
        value: value.clone(),
    }
}

/// Why a case failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The application was refused; it should have been assessed.
    Refused(Vec<Problem>),
    /// The application was assessed; it should have been refused.
    Accepted,
    /// The value at the path is not what the case expects.
    Mismatch {
        key: String,
        op: Op,
        expected: Value,
        actual: Value,
    },
    /// The path does not lead to a value in the assessment.
    Lookup { key: String, error: LookupError },
}

/// One case's result: passed when there are no failures.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub name: String,
    pub failures: Vec<Failure>,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Runs every case against `pack`; an application without a `start` is
/// assessed as of `today`.
pub fn run(cases: &[Case], pack: &PolicyPack, cal: &Calendar, today: NaiveDate) -> Vec<Outcome> {
    let ids = pack.ids();
    cases
        .iter()
        .map(|c| run_case(c, pack, &ids, cal, today))
        .collect()
}

/// Reads a pack's text and runs its own cases against `pack` (the same text
/// as loaded): what `#/check-pack` shows and `estimate --policy PACK --cases`
/// prints. No `cases` in the pack gives no outcomes.
pub fn run_pack_cases(
    text: &str,
    pack: &PolicyPack,
    cal: &Calendar,
    today: NaiveDate,
) -> Result<Vec<Outcome>, Vec<CaseProblem>> {
    Ok(run(&pack_cases(text)?, pack, cal, today))
}

fn run_case(
    case: &Case,
    pack: &PolicyPack,
    ids: &[&str],
    cal: &Calendar,
    today: NaiveDate,
) -> Outcome {
    let failures = match (application_from(&case.app, ids), case.refused) {
        (Ok(_), true) => vec![Failure::Accepted],
        (Err(problems), false) => vec![Failure::Refused(problems)],
        (Err(problems), true) => check(&refusal(&problems), &case.expect),
        (Ok(app), false) => {
            let a = assess_on(pack, &app, cal, today);
            let doc = json::parse(&crate::json_text::to_string(&a)).unwrap_or(Value::Null);
            check(&doc, &case.expect)
        }
    };
    Outcome {
        name: case.name.clone(),
        failures,
    }
}

/// What a refusal can be checked on: `{"problems": [{"field": …}, …]}`.
fn refusal(problems: &[Problem]) -> Value {
    let items = problems
        .iter()
        .map(|p| {
            let mut m = json::Map::new();
            m.insert("field".into(), Value::String(p.field.key().into()));
            Value::Object(m)
        })
        .collect();
    let mut m = json::Map::new();
    m.insert("problems".into(), Value::Array(items));
    Value::Object(m)
}

/// Every expectation `doc` (an assessment as JSON, or a refusal) does not meet.
pub fn check(doc: &Value, expect: &[Expectation]) -> Vec<Failure> {
    expect
        .iter()
        .filter_map(|e| match path::lookup(doc, &e.path) {
            Err(error) => Some(Failure::Lookup {
                key: e.key.clone(),
                error,
            }),
            Ok(actual) if !path::holds(e.op, &actual, &e.value) => Some(Failure::Mismatch {
                key: e.key.clone(),
                op: e.op,
                expected: e.value.clone(),
                actual,
            }),
            Ok(_) => None,
        })
        .collect()
}

/// An application from a JSON object, as the `estimate` command reads one:
/// strings, numbers and booleans (`yes`/`no`) are answers, `null` is none,
/// a list of strings is a list answer.
pub fn application_from(v: &Value, ids: &[&str]) -> Result<Application, Vec<Problem>> {
    let obj = v.as_object().ok_or_else(|| {
        vec![Problem {
            field: Field::Jurisdiction,
            message: tr!(
                "输入须为 JSON 对象。",
                "輸入須為 JSON 物件。",
                "The input must be a JSON object with the application's fields."
            ),
        }]
    })?;
    let pairs = obj.iter().map(|(k, v)| {
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.clone(),
            Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            Value::Null => String::new(),
            // A list of answers (`"utilities": ["water", "gas"]`), as a link writes it.
            Value::Array(items) if items.iter().all(|i| matches!(i, Value::String(_))) => items
                .iter()
                .filter_map(|i| match i {
                    Value::String(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(","),
            other => crate::cases::path::canon(other),
        };
        (k.as_str(), text)
    });
    let (draft, unknown): (Draft, Vec<String>) = Draft::from_pairs(pairs);
    let parsed = Application::parse(&draft, ids);
    if unknown.is_empty() {
        return parsed;
    }
    let mut problems = parsed.err().unwrap_or_default();
    problems.extend(unknown.into_iter().map(|k| Problem {
        field: Field::Jurisdiction,
        message: tr!(
            "不认识的字段“{k}”。",
            "不認識的欄位「{k}」。",
            "Unknown field “{k}”.",
            k = k
        ),
    }));
    Err(problems)
}

#[cfg(test)]
mod tests;
