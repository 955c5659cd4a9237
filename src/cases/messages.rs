//! Every sentence about golden cases, in zh-Hans, zh-Hant and English: what
//! is wrong with a case as written, why a case failed, and the summary.
//! Values and names echoed from a case are escaped and shortened.

use super::path::{LookupError, Op, SyntaxError};
use super::{CaseProblem, Failure, Outcome, ProblemKind, CASE_FIELDS};
use crate::json::Value;
use crate::text::{fill, pick, Lang};

/// The longest echo of a value or name, in characters.
const ECHO: usize = 120;

/// Text from a case as one line: control characters escaped, long text cut.
pub fn echo(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == ECHO {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A value as compact JSON on one line, shortened.
fn show(v: &Value) -> String {
    echo(&super::path::canon(v))
}

fn say(lang: Lang, [hans, hant, en]: [&str; 3], args: &[&str]) -> String {
    fill(pick(lang, hans, hant, en), args)
}

impl ProblemKind {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let fields = CASE_FIELDS.join(", ");
        match self {
            NotJson(e) => say(
                lang,
                [
                    "不是有效的 JSON：{0}（第 {1} 列）",
                    "不是有效的 JSON：{0}（第 {1} 列）",
                    "not valid JSON: {0} at column {1}",
                ],
                &[e.message_in(lang), &e.column.to_string()],
            ),
            Object => say(
                lang,
                ["应为对象（{…}）", "應為物件（{…}）", "expected an object"],
                &[],
            ),
            List => say(
                lang,
                ["应为列表（[…]）", "應為列表（[…]）", "expected a list"],
                &[],
            ),
            Missing => say(lang, ["缺少这一项", "缺少這一項", "missing"], &[]),
            UnknownField => say(
                lang,
                [
                    "未知的字段（应为以下之一：{0}）",
                    "未知的欄位（應為以下之一：{0}）",
                    "unknown field (expected one of: {0})",
                ],
                &[&fields],
            ),
            NonEmpty => say(
                lang,
                [
                    "应为非空的字符串",
                    "應為非空的字串",
                    "expected a non-empty string",
                ],
                &[],
            ),
            Text => say(lang, ["应为字符串", "應為字串", "expected a string"], &[]),
            DuplicateName => say(
                lang,
                [
                    "另一个案例已经用了这个名称",
                    "另一個案例已經用了這個名稱",
                    "another case has this name",
                ],
                &[],
            ),
            NoExpectations => say(
                lang,
                [
                    "至少应有一项预期",
                    "至少應有一項預期",
                    "expected at least one expectation",
                ],
                &[],
            ),
            Path(e) => e.message(lang),
            Exit => say(lang, ["应为 0 或 2", "應為 0 或 2", "expected 0 or 2"], &[]),
            RefusedPath => say(
                lang,
                [
                    "“exit”: 2 表示申请被拒绝、没有评估结果：只能检查 problems…",
                    "「exit」: 2 表示申請被拒絕、沒有評估結果：只能檢查 problems…",
                    "with \"exit\": 2 there is no assessment: only problems… can be checked",
                ],
                &[],
            ),
            Length => say(
                lang,
                [
                    "len 是个数，应为大于或等于 0 的整数",
                    "len 是個數，應為大於或等於 0 的整數",
                    "a len is a count: expected an integer ≥ 0",
                ],
                &[],
            ),
        }
    }
}

impl SyntaxError {
    /// What is wrong with the path, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let (template, at, c) = match self {
            SyntaxError::EmptySegment(at) => (
                [
                    "路径第 {0} 个字符处缺少字段名",
                    "路徑第 {0} 個字元處缺少欄位名",
                    "path: a field name is missing at character {0}",
                ],
                at,
                String::new(),
            ),
            SyntaxError::BadChar(at, c) => (
                [
                    "路径第 {0} 个字符“{1}”不能出现在字段名中",
                    "路徑第 {0} 個字元「{1}」不能出現在欄位名中",
                    "path: character {0} “{1}” cannot be in a field name",
                ],
                at,
                echo(&c.to_string()),
            ),
            SyntaxError::BadFilter(at) => (
                [
                    "路径第 {0} 个字符处的筛选应写成 [字段=值]",
                    "路徑第 {0} 個字元處的篩選應寫成 [欄位=值]",
                    "path: the filter at character {0} should read [field=value]",
                ],
                at,
                String::new(),
            ),
        };
        say(lang, template, &[&at.to_string(), &c])
    }
}

impl CaseProblem {
    /// Where the problem is, in `lang`: the line of a file and the path.
    pub fn place(&self, lang: Lang) -> String {
        let path = echo(&self.path);
        match self.line {
            Some(n) if path.is_empty() => say(
                lang,
                ["第 {0} 行", "第 {0} 行", "line {0}"],
                &[&n.to_string()],
            ),
            Some(n) => say(
                lang,
                ["第 {0} 行 {1}", "第 {0} 行 {1}", "line {0}: {1}"],
                &[&n.to_string(), &path],
            ),
            None if path.is_empty() => {
                pick(lang, "（整个数据包）", "（整個資料包）", "(top level)").to_string()
            }
            None => path,
        }
    }

    /// The whole problem on one line, in `lang`.
    pub fn line_in(&self, lang: Lang) -> String {
        let sep = pick(lang, "：", "：", ": ");
        format!("{}{sep}{}", self.place(lang), self.kind.message(lang))
    }
}

impl LookupError {
    /// Why the path has no value, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let top = |at: &str| {
            if at.is_empty() {
                pick(lang, "评估结果", "評估結果", "the assessment").to_string()
            } else {
                echo(at)
            }
        };
        match self {
            LookupError::NoField { at, field, fields } => say(
                lang,
                [
                    "{0} 没有字段“{1}”（有：{2}）",
                    "{0} 沒有欄位「{1}」（有：{2}）",
                    "{0} has no field “{1}” (it has: {2})",
                ],
                &[&top(at), &echo(field), &echo(&fields.join(", "))],
            ),
            LookupError::NotList { at } => say(
                lang,
                ["{0} 不是列表", "{0} 不是列表", "{0} is not a list"],
                &[&top(at)],
            ),
            LookupError::NotObject { at } => say(
                lang,
                ["{0} 不是对象", "{0} 不是物件", "{0} is not an object"],
                &[&top(at)],
            ),
            LookupError::NoFilterField { at, field } => say(
                lang,
                [
                    "{0} 中没有哪一项有字段“{1}”",
                    "{0} 中沒有哪一項有欄位「{1}」",
                    "no element of {0} has a field “{1}”",
                ],
                &[&top(at), &echo(field)],
            ),
        }
    }
}

impl Failure {
    /// Why the case failed, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Accepted => say(
                lang,
                [
                    "应拒绝这份申请（exit 2），但它得到了评估",
                    "應拒絕這份申請（exit 2），但它得到了評估",
                    "expected the application to be refused (exit 2), but it was assessed",
                ],
                &[],
            ),
            Failure::Refused(problems) => {
                let list: Vec<String> = problems
                    .iter()
                    .map(|p| format!("{}: {}", p.field.key(), echo(p.message.get(lang))))
                    .collect();
                say(
                    lang,
                    [
                        "申请被拒绝：{0}",
                        "申請被拒絕：{0}",
                        "the application was refused: {0}",
                    ],
                    &[&list.join(pick(lang, "；", "；", "; "))],
                )
            }
            Failure::Lookup { key, error } => {
                format!(
                    "{}{}{}",
                    echo(key),
                    pick(lang, "：", "：", ": "),
                    error.message(lang)
                )
            }
            Failure::Mismatch {
                key,
                op,
                expected,
                actual,
            } => {
                let template = match op {
                    Op::Equals => [
                        "{0}：应为 {1}，实际为 {2}",
                        "{0}：應為 {1}，實際為 {2}",
                        "{0}: expected {1}, got {2}",
                    ],
                    Op::Has => [
                        "{0}：应包含 {1}，实际为 {2}",
                        "{0}：應包含 {1}，實際為 {2}",
                        "{0}: expected a list with {1}, got {2}",
                    ],
                    Op::Lacks => [
                        "{0}：不应包含 {1}，实际为 {2}",
                        "{0}：不應包含 {1}，實際為 {2}",
                        "{0}: expected a list without {1}, got {2}",
                    ],
                    Op::Not => [
                        "{0}：不应为 {1}",
                        "{0}：不應為 {1}",
                        "{0}: expected anything but {1}",
                    ],
                };
                say(
                    lang,
                    template,
                    &[&echo(key), &show(expected), &show(actual)],
                )
            }
        }
    }
}

impl Outcome {
    /// A failed case on one line, in `lang`: its name and every failure.
    pub fn line_in(&self, lang: Lang) -> String {
        let reasons: Vec<String> = self.failures.iter().map(|f| f.message(lang)).collect();
        format!(
            "{} {}{}{}",
            pick(lang, "未通过", "未通過", "FAIL"),
            echo(&self.name),
            pick(lang, "：", "：", ": "),
            reasons.join(pick(lang, "；", "；", "; "))
        )
    }
}

/// "58 cases: 57 passed, 1 failed", in `lang`.
pub fn summary(outcomes: &[Outcome], lang: Lang) -> String {
    let passed = outcomes.iter().filter(|o| o.passed()).count();
    let n = |x: usize| x.to_string();
    say(
        lang,
        [
            "共 {0} 个案例：通过 {1} 个，未通过 {2} 个",
            "共 {0} 個案例：通過 {1} 個，未通過 {2} 個",
            "{0} cases: {1} passed, {2} failed",
        ],
        &[&n(outcomes.len()), &n(passed), &n(outcomes.len() - passed)],
    )
}
