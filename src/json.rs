//! A small JSON reader for policy packs and the holiday calendar: just what
//! they need (objects with sorted keys, arrays, strings, integers, booleans,
//! null), with line and column on a syntax error. The app parses its embedded
//! data and portals' packs with it, which keeps a general-purpose JSON library
//! out of the browser bundle.
//!
//! Strict RFC 8259: it refuses what serde_json refuses (tests/json_differential.rs
//! checks this on generated and mutated texts), with two differences: numbers
//! keep their text, so one beyond f64's range is read, not refused; and nesting
//! deeper than [`MAX_DEPTH`] is refused. Reading is linear in the text: an
//! object's members are sorted once, not inserted one by one.

use std::fmt;

/// A JSON value. Numbers keep their text; read them with [`Value::as_u64`] or
/// [`Value::as_i64`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// An object's members, sorted by key (a repeated key keeps its last value).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    pub fn new() -> Map {
        Map::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// The members as read, in any order: sorted once, a repeated key
    /// keeping its last value (linear after the sort, whatever the order).
    pub fn from_members(mut members: Vec<(String, Value)>) -> Map {
        // Stable: among equal keys the last read stays last.
        crate::sort::sort_by(&mut members, |a, b| a.0.cmp(&b.0));
        let mut out: Vec<(String, Value)> = Vec::with_capacity(members.len());
        for (k, v) in members {
            match out.last_mut() {
                Some(last) if last.0 == k => last.1 = v,
                _ => out.push((k, v)),
            }
        }
        Map(out)
    }

    pub fn insert(&mut self, key: String, value: Value) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Object(m) => m.get_mut(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number as a whole number ≥ 0, if it is one.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The number as a whole number, if it is one.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
}

/// Shows a value briefly, for error messages.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => f.write_str(n),
            Value::String(s) => write!(f, "\"{s}\""),
            Value::Array(_) => f.write_str("a list"),
            Value::Object(_) => f.write_str("an object"),
        }
    }
}

/// Where the text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// Every syntax message in zh-Hans and zh-Hant, by its English text.
const SYNTAX_MESSAGES: &[[&str; 3]] = &[
    [
        "trailing characters",
        "JSON 之后还有多余的字符",
        "JSON 之後還有多餘的字元",
    ],
    ["expected a value", "此处应为一个值", "此處應為一個值"],
    ["unexpected end of the text", "文本意外结束", "文字意外結束"],
    ["nested too deeply", "嵌套层数太多", "巢狀層數太多"],
    [
        "expected a key in double quotes",
        "此处应为双引号中的键名",
        "此處應為雙引號中的鍵名",
    ],
    ["expected `:`", "此处应为 `:`", "此處應為 `:`"],
    [
        "expected `,` or `}`",
        "此处应为 `,` 或 `}`",
        "此處應為 `,` 或 `}`",
    ],
    [
        "expected `,` or `]`",
        "此处应为 `,` 或 `]`",
        "此處應為 `,` 或 `]`",
    ],
    ["expected a digit", "此处应为数字", "此處應為數字"],
    [
        "a number may not start with 0",
        "数字不能以 0 开头",
        "數字不能以 0 開頭",
    ],
    [
        "expected a digit after the decimal point",
        "小数点后应为数字",
        "小數點後應為數字",
    ],
    [
        "expected a digit in the exponent",
        "指数部分应为数字",
        "指數部分應為數字",
    ],
    [
        "expected four hexadecimal digits after \\u",
        "\\u 后应为四位十六进制数字",
        "\\u 後應為四位十六進位數字",
    ],
    [
        "invalid UTF-8 in a string",
        "字符串中有无效的 UTF-8",
        "字串中有無效的 UTF-8",
    ],
    [
        "unknown escape in a string",
        "字符串中有未知的转义符",
        "字串中有未知的跳脫字元",
    ],
    [
        "control character in a string",
        "字符串中有控制字符",
        "字串中有控制字元",
    ],
    [
        "unterminated string",
        "字符串缺少结束的引号",
        "字串缺少結束的引號",
    ],
    [
        "unpaired surrogate in \\u escape",
        "\\u 转义中有不成对的代理项",
        "\\u 跳脫中有不成對的代理項",
    ],
    ["invalid \\u escape", "无效的 \\u 转义", "無效的 \\u 跳脫"],
];

impl SyntaxError {
    /// What is wrong, in `lang` (without the position).
    pub fn message_in(&self, lang: crate::text::Lang) -> &'static str {
        let column = match lang.here() {
            crate::text::Lang::ZhHans => 1,
            crate::text::Lang::ZhHant => 2,
            crate::text::Lang::En => return self.message,
        };
        SYNTAX_MESSAGES
            .iter()
            .find(|m| m[0] == self.message)
            .map_or(self.message, |m| m[column])
    }
}

/// Deeper nesting than any policy needs is refused (a hostile pack cannot
/// exhaust the stack).
pub const MAX_DEPTH: usize = 64;

/// Parses a whole JSON text.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> SyntaxError {
        // The share-link bundle reads only the built-in files, checked when
        // built, and shows no reader's message (see `policy::broken_built_in`).
        if cfg!(feature = "result-only") {
            return SyntaxError {
                line: 0,
                column: 0,
                message: "",
            };
        }
        let before = &self.s[..self.i.min(self.s.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        SyntaxError {
            line,
            column,
            message,
        }
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &'static [u8], v: Value) -> Result<Value, SyntaxError> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        match self.peek() {
            Some(b'{') => self.nested(Parser::object),
            Some(b'[') => self.nested(Parser::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("unexpected end of the text")),
        }
    }

    fn nested(
        &mut self,
        f: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut members = Vec::new();
        self.ws();
        if self.eat(b'}') {
            return Ok(Value::Object(Map::new()));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key = self.string()?;
            self.ws();
            if !self.eat(b':') {
                return Err(self.error("expected `:`"));
            }
            self.ws();
            let v = self.value()?;
            members.push((key, v));
            self.ws();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return Ok(Value::Object(Map::from_members(members)));
            }
            return Err(self.error("expected `,` or `}`"));
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            self.ws();
            items.push(self.value()?);
            self.ws();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            return Err(self.error("expected `,` or `]`"));
        }
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.i;
        self.eat(b'-');
        // RFC 8259: no leading zeros (`0` alone, or `0.5`, but not `03`).
        if self.peek() == Some(b'0') && self.s.get(self.i + 1).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
            return Err(self.error("a number may not start with 0"));
        }
        let digits = |p: &mut Self| {
            let d = p.i;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.i += 1;
            }
            p.i > d
        };
        if !digits(self) {
            return Err(self.error("expected a digit"));
        }
        if self.eat(b'.') && !digits(self) {
            return Err(self.error("expected a digit after the decimal point"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !digits(self) {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("0");
        Ok(Value::Number(text.to_string()))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let h = self
            .s
            .get(self.i..self.i + 4)
            // Four hex digits exactly (from_str_radix would also take a sign).
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.error("expected four hexadecimal digits after \\u"))?;
        self.i += 4;
        Ok(h)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.i += 1;
            }
            let run = std::str::from_utf8(&self.s[start..self.i])
                .map_err(|_| self.error("invalid UTF-8 in a string"))?;
            out.push_str(run);
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self
                        .peek()
                        .ok_or_else(|| self.error("unexpected end of the text"))?;
                    self.i += 1;
                    out.push(match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.error("unknown escape in a string")),
                    });
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if !(self.eat(b'\\') && self.eat(b'u')) {
                return Err(self.error("unpaired surrogate in \\u escape"));
            }
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(self.error("unpaired surrogate in \\u escape"));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_policy_files_contain() {
        let v = parse(
            r#" {"b": [1, -2, 3.5e1, true, false, null], "a": {"zh-Hans": "阳江\u00e9\n"}} "#,
        )
        .unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["a", "b"]);
        assert_eq!(
            v.get("a").unwrap().get("zh-Hans").unwrap().as_str(),
            Some("阳江é\n")
        );
        let b = v.get("b").unwrap().as_array().unwrap();
        assert_eq!(b[0].as_u64(), Some(1));
        assert_eq!(b[1].as_i64(), Some(-2));
        assert_eq!(b[2].as_u64(), None);
        assert_eq!(b[3], Value::Bool(true));
        assert!(b[5].is_null());
    }

    #[test]
    fn surrogate_pairs_decode() {
        assert_eq!(
            parse(r#""\ud83d\ude00""#).unwrap(),
            Value::String("😀".into())
        );
        assert!(parse(r#""\ud83d""#).is_err());
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        assert_eq!((e.line, e.column), (3, 7));
        assert_eq!(e.message, "expected `:`");
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":}",
            "tru",
            "1 2",
            "\"a",
            "{\"a\" :1,}",
            "01x",
            "-",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn every_syntax_message_is_translated() {
        use crate::text::Lang;
        let bad = [
            "1 2",
            "?",
            "",
            "[".repeat(MAX_DEPTH + 1).leak(),
            "{1: 2}",
            "{\"a\" 1}",
            "{\"a\": 1 2}",
            "[1 2]",
            "-x",
            "1.x",
            "1ex",
            "\"\\u12\"",
            "\"\\q\"",
            "\"\u{1}\"",
            "\"abc",
            "\"\\ud800x\"",
            "03",
            "\"\\udc00\"",
        ];
        for text in bad {
            let e = parse(text).unwrap_err();
            for lang in [Lang::ZhHans, Lang::ZhHant] {
                assert_ne!(e.message_in(lang), e.message, "{text:?}: {}", e.message);
            }
            assert_eq!(e.message_in(Lang::En), e.message);
        }
        for m in SYNTAX_MESSAGES {
            assert!(m.iter().all(|s| !s.is_empty()));
        }
    }

    #[test]
    fn strict_json_refuses_signs_in_escapes_and_leading_zeros() {
        for bad in [
            r#""\u+041""#,
            r#""\u-041""#,
            "03",
            "-01",
            "00",
            "[01]",
            "{\"a\": 007}",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        for good in ["0", "-0", "0.5", "-0.5e3", "10", r#""\u0041""#] {
            assert!(parse(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn keys_in_any_order_read_as_one_sorted_map() {
        let n = 2000;
        let text = format!(
            "{{{}}}",
            (0..n)
                .rev()
                .map(|i| format!("\"k{i:05}\": {i}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let v = parse(&text).unwrap();
        let m = v.as_object().unwrap();
        assert_eq!(m.len(), n);
        assert_eq!(m.get("k00007").and_then(Value::as_u64), Some(7));
        let keys: Vec<&String> = m.keys().collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value() {
        let v = parse(r#"{"a": 1, "a": 2}"#).unwrap();
        assert_eq!(v.get("a").and_then(Value::as_u64), Some(2));
        assert_eq!(v.as_object().unwrap().len(), 1);
    }
}
