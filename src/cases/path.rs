//! The path language of golden cases: where in an assessment (as the
//! `estimate` command prints it) a figure is, and how it is compared.
//!
//! ```text
//! zero_investment.cap.value          a field of a field
//! stages.0.id   stages.-1.id         an element by position (from the end when negative)
//! stages.len                         how many elements a list has
//! stages.*.id                        the list of every element's field
//! warnings[code=holidays_unknown]    the first element whose field has this value
//! costs.parts[id=grid_side&payer=utility].citation.source
//! ```
//!
//! An expectation's key is a path, optionally followed by a space and an
//! operator: none (equal), `has` (the list contains the value, or every value
//! of a list), `lacks` (contains none of them) or `not` (anything else).
//! Numbers are equal by value (`1`, `1.0`). A field the assessment does not
//! have is an error (a misspelt path cannot pass by accident); a missing
//! element (no match, an index past the end) and anything under `null` is
//! `null`.

use crate::json::Value;
use std::collections::HashSet;

/// A parsed path.
#[derive(Clone, Debug, PartialEq)]
pub struct Path(Vec<Step>);

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(i64),
    Len,
    Each,
    /// Every `(sub-path, value)` must match.
    Filter(Vec<(Vec<String>, String)>),
}

/// How an expectation compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Equals,
    Has,
    Lacks,
    Not,
}

impl Op {
    pub fn word(self) -> &'static str {
        match self {
            Op::Equals => "",
            Op::Has => "has",
            Op::Lacks => "lacks",
            Op::Not => "not",
        }
    }
}

/// What is wrong with a path as written, at a character position (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// An empty segment (`a..b`, a leading or trailing dot).
    EmptySegment(usize),
    /// A character a name cannot have.
    BadChar(usize, char),
    /// `[` without `]`, or a condition without `=`.
    BadFilter(usize),
}

/// Splits `key` into a path and its operator.
pub fn parse_key(key: &str) -> Result<(Path, Op), SyntaxError> {
    let (path, op) = match key.rsplit_once(' ') {
        Some((p, "has")) => (p, Op::Has),
        Some((p, "lacks")) => (p, Op::Lacks),
        Some((p, "not")) => (p, Op::Not),
        _ => (key, Op::Equals),
    };
    Ok((parse(path)?, op))
}

/// Parses a path (see the module's documentation).
pub fn parse(text: &str) -> Result<Path, SyntaxError> {
    let chars: Vec<char> = text.chars().collect();
    let mut steps = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        while i < chars.len() && chars[i] != '.' && chars[i] != '[' {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        steps.push(segment(&word, start)?);
        while chars.get(i) == Some(&'[') {
            if !matches!(steps.last(), Some(Step::Key(_) | Step::Filter(_))) {
                return Err(SyntaxError::BadFilter(i + 1));
            }
            let close = (i..chars.len())
                .find(|&k| chars[k] == ']')
                .ok_or(SyntaxError::BadFilter(i + 1))?;
            let inside: String = chars[i + 1..close].iter().collect();
            steps.push(filter(&inside, i + 2)?);
            i = close + 1;
        }
        match chars.get(i) {
            None => return Ok(Path(steps)),
            Some('.') => i += 1,
            Some(c) => return Err(SyntaxError::BadChar(i + 1, *c)),
        }
    }
}

fn segment(word: &str, start: usize) -> Result<Step, SyntaxError> {
    if word.is_empty() {
        return Err(SyntaxError::EmptySegment(start + 1));
    }
    if word == "*" {
        return Ok(Step::Each);
    }
    if word == "len" {
        return Ok(Step::Len);
    }
    if let Ok(n) = word.parse::<i64>() {
        return Ok(Step::Index(n));
    }
    name(word, start)?;
    Ok(Step::Key(word.to_string()))
}

/// A field name: letters, digits, `_` and `-` (`zh-Hans`).
fn name(word: &str, start: usize) -> Result<(), SyntaxError> {
    if word.is_empty() {
        return Err(SyntaxError::EmptySegment(start + 1));
    }
    match word
        .chars()
        .enumerate()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
    {
        Some((k, c)) => Err(SyntaxError::BadChar(start + k + 1, c)),
        None => Ok(()),
    }
}

fn filter(inside: &str, start: usize) -> Result<Step, SyntaxError> {
    let mut conds = Vec::new();
    let mut at = start;
    for cond in inside.split('&') {
        let (field, value) = cond.split_once('=').ok_or(SyntaxError::BadFilter(at))?;
        let mut sub = Vec::new();
        let mut k = at;
        for part in field.split('.') {
            name(part, k - 1)?;
            sub.push(part.to_string());
            k += part.chars().count() + 1;
        }
        conds.push((sub, value.to_string()));
        at += cond.chars().count() + 1;
    }
    Ok(Step::Filter(conds))
}

impl Path {
    /// Whether the path counts a list (its value must be a whole number).
    pub fn ends_with_len(&self) -> bool {
        matches!(self.0.last(), Some(Step::Len))
    }

    /// Whether the path starts with the field `key`.
    pub fn starts_with(&self, key: &str) -> bool {
        matches!(self.0.first(), Some(Step::Key(k)) if k == key)
    }
}

/// Why a path has no value in an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupError {
    /// `at` is an object without this field; the fields it has.
    NoField {
        at: String,
        field: String,
        fields: Vec<String>,
    },
    /// `at` is not a list (for an index, `len`, `*` or a filter).
    NotList { at: String },
    /// `at` is not an object.
    NotObject { at: String },
    /// No element of the list `at` has the field a filter names.
    NoFilterField { at: String, field: String },
}

/// The value at `path` in `v`.
pub fn lookup(v: &Value, path: &Path) -> Result<Value, LookupError> {
    walk(v, &path.0, String::new())
}

fn walk(v: &Value, steps: &[Step], at: String) -> Result<Value, LookupError> {
    let Some((step, rest)) = steps.split_first() else {
        return Ok(v.clone());
    };
    if v.is_null() {
        return Ok(Value::Null);
    }
    let list = || v.as_array().ok_or(LookupError::NotList { at: at.clone() });
    let next = extend(&at, step);
    match step {
        Step::Key(k) => {
            let o = v
                .as_object()
                .ok_or(LookupError::NotObject { at: at.clone() })?;
            let x = o.get(k).ok_or_else(|| LookupError::NoField {
                at: at.clone(),
                field: k.clone(),
                fields: o.keys().cloned().collect(),
            })?;
            walk(x, rest, next)
        }
        Step::Index(n) => {
            let a = list()?;
            let i = if *n < 0 { a.len() as i64 + n } else { *n };
            match usize::try_from(i).ok().and_then(|i| a.get(i)) {
                Some(x) => walk(x, rest, next),
                None => Ok(Value::Null),
            }
        }
        Step::Len => walk(&Value::Number(list()?.len().to_string()), rest, next),
        Step::Each => list()?
            .iter()
            .map(|x| walk(x, rest, next.clone()))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        Step::Filter(conds) => {
            let a = list()?;
            for (field, _) in conds {
                if !a.is_empty() && !a.iter().any(|x| sub(x, field).is_some()) {
                    return Err(LookupError::NoFilterField {
                        at,
                        field: field.join("."),
                    });
                }
            }
            let found = a.iter().find(|x| {
                conds
                    .iter()
                    .all(|(f, want)| sub(x, f).is_some_and(|got| scalar_is(got, want)))
            });
            match found {
                Some(x) => walk(x, rest, next),
                None => Ok(Value::Null),
            }
        }
    }
}

/// The path `at` one step further, as written.
fn extend(at: &str, step: &Step) -> String {
    let word = match step {
        Step::Key(k) => k.clone(),
        Step::Index(n) => n.to_string(),
        Step::Len => "len".into(),
        Step::Each => "*".into(),
        Step::Filter(conds) => {
            let conds: Vec<String> = conds
                .iter()
                .map(|(f, v)| format!("{}={v}", f.join(".")))
                .collect();
            return format!("{at}[{}]", conds.join("&"));
        }
    };
    if at.is_empty() {
        word
    } else {
        format!("{at}.{word}")
    }
}

fn sub<'v>(v: &'v Value, field: &[String]) -> Option<&'v Value> {
    field.iter().try_fold(v, |x, k| x.get(k))
}

/// Whether a value is the one a filter names (its text, or its JSON for a
/// number, `true`, `false` or `null`).
fn scalar_is(v: &Value, want: &str) -> bool {
    match v {
        Value::String(s) => s == want,
        Value::Number(n) => number(n) == number(want),
        Value::Bool(b) => want == if *b { "true" } else { "false" },
        Value::Null => want == "null",
        _ => false,
    }
}

/// Whether `actual` meets the expectation `op expected`.
pub fn holds(op: Op, actual: &Value, expected: &Value) -> bool {
    match op {
        Op::Equals => canon(actual) == canon(expected),
        Op::Not => canon(actual) != canon(expected),
        Op::Has | Op::Lacks => {
            let none = Vec::new();
            let items = match actual {
                Value::Array(a) => a,
                Value::Null => &none,
                _ => return false,
            };
            let have: HashSet<String> = items.iter().map(canon).collect();
            let wanted: Vec<&Value> = match expected {
                Value::Array(a) => a.iter().collect(),
                one => vec![one],
            };
            if op == Op::Has {
                wanted.iter().all(|w| have.contains(&canon(w)))
            } else {
                !wanted.iter().any(|w| have.contains(&canon(w)))
            }
        }
    }
}

/// A value as comparable text: numbers by value, objects by sorted key.
pub fn canon(v: &Value) -> String {
    let mut out = String::new();
    write_canon(v, &mut out);
    out
}

fn write_canon(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => out.push_str(&crate::json_text::quote(s)),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canon(x, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&crate::json_text::quote(k));
                out.push(':');
                write_canon(x, out);
            }
            out.push('}');
        }
    }
}

/// A number's text by value: `1`, `1.0` and `1e0` are all `1`.
fn number(text: &str) -> String {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let trimmed = digits.trim_start_matches('0');
        return match (trimmed.is_empty(), text.starts_with('-')) {
            (true, _) => "0".into(),
            (false, true) => format!("-{trimmed}"),
            (false, false) => trimmed.into(),
        };
    }
    match text.parse::<f64>() {
        Ok(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        Ok(f) => format!("{f}"),
        Err(_) => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Value {
        crate::json::parse(
            r#"{"stages": [{"id": "apply", "days": 1}, {"id": "connect", "days": null}],
                "warnings": [{"code": "a", "kind": "info"}, {"code": "b", "kind": "caution"}],
                "zero": {"applies": true, "cap": {"value": 160, "unit": "kVA"}, "national": null},
                "parts": [{"id": "grid", "payer": "utility", "citation": {"source": "dx"}}]}"#,
        )
        .unwrap()
    }

    fn get(path: &str) -> Result<Value, LookupError> {
        lookup(&doc(), &parse(path).unwrap())
    }

    fn v(text: &str) -> Value {
        crate::json::parse(text).unwrap()
    }

    #[test]
    fn fields_indexes_lengths_and_every_element() {
        assert_eq!(get("zero.cap.value"), Ok(v("160")));
        assert_eq!(get("stages.0.id"), Ok(v(r#""apply""#)));
        assert_eq!(get("stages.-1.id"), Ok(v(r#""connect""#)));
        assert_eq!(get("stages.2.id"), Ok(Value::Null));
        assert_eq!(get("stages.len"), Ok(v("2")));
        assert_eq!(get("stages.*.days"), Ok(v("[1, null]")));
        assert_eq!(get("zero.national.applies"), Ok(Value::Null));
    }

    #[test]
    fn filters_pick_the_first_match_or_null() {
        assert_eq!(get("warnings[code=b].kind"), Ok(v(r#""caution""#)));
        assert_eq!(get("warnings[code=z].kind"), Ok(Value::Null));
        assert_eq!(get("stages[days=1.0].id"), Ok(v(r#""apply""#)));
        assert_eq!(get("stages[days=null].id"), Ok(v(r#""connect""#)));
        assert_eq!(
            get("parts[id=grid&citation.source=dx].payer"),
            Ok(v(r#""utility""#))
        );
        assert_eq!(get("parts[id=grid&payer=customer].payer"), Ok(Value::Null));
    }

    #[test]
    fn a_misspelt_field_is_an_error_not_null() {
        match get("zero.cap.valeu") {
            Err(LookupError::NoField { at, field, fields }) => {
                assert_eq!((at.as_str(), field.as_str()), ("zero.cap", "valeu"));
                assert_eq!(fields, ["unit", "value"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            get("warnings[cod=a]"),
            Err(LookupError::NoFilterField { .. })
        ));
        assert!(matches!(get("zero.len"), Err(LookupError::NotList { .. })));
        assert!(matches!(
            get("stages.0.id.x"),
            Err(LookupError::NotObject { .. })
        ));
    }

    #[test]
    fn operators_compare_lists_and_numbers_by_value() {
        let codes = get("warnings.*.code").unwrap();
        assert!(holds(Op::Has, &codes, &v(r#""a""#)));
        assert!(holds(Op::Has, &codes, &v(r#"["a", "b"]"#)));
        assert!(!holds(Op::Has, &codes, &v(r#"["a", "c"]"#)));
        assert!(holds(Op::Lacks, &codes, &v(r#"["c", "d"]"#)));
        assert!(!holds(Op::Lacks, &codes, &v(r#""b""#)));
        assert!(holds(Op::Lacks, &Value::Null, &v(r#""b""#)));
        assert!(
            !holds(Op::Has, &v(r#""ab""#), &v(r#""a""#)),
            "no substrings"
        );
        assert!(holds(Op::Equals, &v("160"), &v("160.0")));
        assert!(holds(Op::Equals, &v("[1, 2]"), &v("[1.0, 2e0]")));
        assert!(holds(Op::Not, &v("null"), &v("false")));
        assert!(!holds(Op::Equals, &v(r#""1""#), &v("1")));
    }

    #[test]
    fn keys_carry_an_operator_after_a_space() {
        assert_eq!(parse_key("a.b has").unwrap().1, Op::Has);
        assert_eq!(parse_key("a.b lacks").unwrap().1, Op::Lacks);
        assert_eq!(parse_key("a.b not").unwrap().1, Op::Not);
        assert_eq!(parse_key("a.b").unwrap().1, Op::Equals);
        // A filter value may hold spaces.
        let (p, op) = parse_key("x[clause=附件4 第6项].source").unwrap();
        assert_eq!(op, Op::Equals);
        assert_eq!(
            p,
            Path(vec![
                Step::Key("x".into()),
                Step::Filter(vec![(vec!["clause".into()], "附件4 第6项".into())]),
                Step::Key("source".into())
            ])
        );
    }

    #[test]
    fn syntax_errors_say_where() {
        assert_eq!(parse("a..b"), Err(SyntaxError::EmptySegment(3)));
        assert_eq!(parse(""), Err(SyntaxError::EmptySegment(1)));
        assert_eq!(parse("a.b c"), Err(SyntaxError::BadChar(4, ' ')));
        assert_eq!(parse("a[x=1"), Err(SyntaxError::BadFilter(2)));
        assert_eq!(parse("a[x]"), Err(SyntaxError::BadFilter(3)));
        assert_eq!(parse("0[x=1]"), Err(SyntaxError::BadFilter(2)));
        assert_eq!(parse("a[x=1]b"), Err(SyntaxError::BadChar(7, 'b')));
        assert_eq!(parse("a.b has"), Err(SyntaxError::BadChar(4, ' ')));
    }

    #[test]
    fn long_hostile_paths_parse_in_linear_time() {
        // Every `[` finds its `]` by scanning forward once: no quadratic rescans.
        let many = "a".to_string() + &"[x=1]".repeat(20_000);
        assert!(parse(&many).is_ok());
        let unclosed = "a".to_string() + &"[".repeat(50_000);
        assert!(parse(&unclosed).is_err());
    }
}
