//! Any serde value as compact JSON text, without a general-purpose JSON
//! library (which would grow the browser bundle): golden cases read an
//! assessment back with [`crate::json`], and the officials' batch output
//! writes every text in one language and every citation as an id into a
//! table of its own ([`Citations`]).

use crate::text::Lang;
use serde::ser::{self, Serialize};
use std::collections::HashMap;
use std::fmt::{self, Display, Write as _};

/// `value` as compact JSON, every language and citation written out.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    let mut w = Writer::new(None, None);
    // Writing into a String cannot fail, and the product's types have no map
    // keys other than strings.
    value.serialize(&mut w).ok();
    w.out
}

/// `value` as compact JSON with every text in `lang` only (a string instead
/// of `{"zh-Hans": …, "zh-Hant": …, "en": …}`) and every citation replaced by
/// its id in `table`.
pub fn to_string_in<T: Serialize + ?Sized>(value: &T, lang: Lang, table: &mut Citations) -> String {
    let mut w = Writer::new(Some(lang), Some(table));
    value.serialize(&mut w).ok();
    w.out
}

/// As [`to_string_in`], smaller for batches: outside citations, every text
/// is `{"t": n}` (its string kept once in `texts`) and `null` fields are left
/// out.
pub fn to_string_compact<T: Serialize + ?Sized>(
    value: &T,
    lang: Lang,
    table: &mut Citations,
    texts: &mut Texts,
) -> String {
    let mut w = Writer::new(Some(lang), Some(table));
    w.texts = Some(texts);
    value.serialize(&mut w).ok();
    w.out
}

/// `s` as a JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str(&mut out, s);
    out
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// The citations a batch refers to, each once, by an id made from its
/// source, clause and quote (so the same citation has the same id in every
/// run, every language and every batch of the same policy data).
#[derive(Debug, Default)]
pub struct Citations {
    /// `(id, citation as JSON)` in the order first met.
    entries: Vec<(String, String)>,
    /// The index in `entries` of each id, and the key it stands for.
    by_id: HashMap<String, (usize, u64)>,
}

impl Citations {
    pub fn new() -> Citations {
        Citations::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every `(id, citation as a JSON object)`, sorted by id.
    pub fn sorted(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = self
            .entries
            .iter()
            .map(|(i, b)| (i.as_str(), b.as_str()))
            .collect();
        crate::sort::sort(&mut out);
        out
    }

    /// The id of the citation `key` stands for, keeping `body` the first time.
    fn intern(&mut self, key: u64, body: String) -> String {
        let mut id = format!("{:08x}", key as u32);
        let mut n = 1;
        loop {
            match self.by_id.get(&id) {
                Some((_, k)) if *k == key => return id,
                // Two citations whose ids would be the same 8 hex digits
                // (about one chance in a million for a pack's few hundred).
                Some(_) => {
                    n += 1;
                    id = format!("{:08x}-{n}", key as u32);
                }
                None => break,
            }
        }
        self.by_id.insert(id.clone(), (self.entries.len(), key));
        self.entries.push((id.clone(), body));
        id
    }
}

/// The texts of a batch, each once, numbered in the order first met.
#[derive(Debug, Default)]
pub struct Texts {
    /// Each text as a JSON string literal.
    entries: Vec<String>,
    by_text: HashMap<String, usize>,
    /// How many of `entries` were taken by [`Texts::take_new`].
    taken: usize,
}

impl Texts {
    pub fn new() -> Texts {
        Texts::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The texts met since the last call, as `(number, JSON string)`.
    pub fn take_new(&mut self) -> impl Iterator<Item = (usize, &str)> {
        let from = std::mem::replace(&mut self.taken, self.entries.len());
        self.entries[from..]
            .iter()
            .enumerate()
            .map(move |(i, t)| (from + i, t.as_str()))
    }

    fn intern(&mut self, literal: String) -> usize {
        if let Some(n) = self.by_text.get(&literal) {
            return *n;
        }
        let n = self.entries.len();
        self.by_text.insert(literal.clone(), n);
        self.entries.push(literal);
        n
    }
}

/// FNV-1a, 64 bits: small, stable across builds and platforms.
fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// The struct serde writes for a [`crate::text::Text`] and for a citation.
const TEXT_STRUCT: &str = "TextData";
const CITATION_STRUCT: &str = "Citation";
/// The citation fields that identify it.
const CITATION_KEY: [&str; 3] = ["source", "clause", "quote"];

struct Writer<'t> {
    out: String,
    lang: Option<Lang>,
    table: Option<&'t mut Citations>,
    /// Compact batch output: texts numbered here, `null` fields left out.
    texts: Option<&'t mut Texts>,
    /// How many citations are being written around the current value.
    in_citation: usize,
}

impl<'t> Writer<'t> {
    fn new(lang: Option<Lang>, table: Option<&'t mut Citations>) -> Writer<'t> {
        Writer {
            out: String::with_capacity(4096),
            lang,
            table,
            texts: None,
            in_citation: 0,
        }
    }
}

/// Never produced when writing into a String; serde needs an error type.
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// How a compound value is being written.
enum Mode {
    /// `[…]` or `{…}` as it is.
    Plain,
    /// A text: only the chosen language's string is written.
    OneLanguage(Lang),
    /// A citation: written, then moved to the table and replaced by its id.
    Citation { start: usize, key: u64 },
}

struct Compound<'a, 't> {
    w: &'a mut Writer<'t>,
    first: bool,
    close: &'static str,
    mode: Mode,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
    }

    fn key(&mut self, key: &str) {
        self.comma();
        write_str(&mut self.w.out, key);
        self.w.out.push(':');
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        if let Mode::OneLanguage(lang) = self.mode {
            if key == lang.tag() {
                let at = self.w.out.len();
                value.serialize(&mut *self.w)?;
                if self.w.in_citation == 0 {
                    if let Some(texts) = self.w.texts.as_deref_mut() {
                        let n = texts.intern(self.w.out.split_off(at));
                        let _ = write!(self.w.out, "{{\"t\":{n}}}");
                    }
                }
            }
            return Ok(());
        }
        let (before, first) = (self.w.out.len(), self.first);
        self.key(key);
        let at = self.w.out.len();
        value.serialize(&mut *self.w)?;
        if let Mode::Citation { key: hash, .. } = &mut self.mode {
            if CITATION_KEY.contains(&key) {
                *hash = fnv(fnv(*hash, &self.w.out.as_bytes()[before..]), &[0]);
            }
        }
        // The citation table keeps every column.
        if self.w.texts.is_some() && self.w.in_citation == 0 && &self.w.out[at..] == "null" {
            self.w.out.truncate(before);
            self.first = first;
        }
        Ok(())
    }

    fn finish(self) -> Result<(), Error> {
        match self.mode {
            Mode::OneLanguage(_) => {}
            Mode::Plain => self.w.out.push_str(self.close),
            Mode::Citation { start, key } => {
                self.w.in_citation -= 1;
                self.w.out.push('}');
                let body = self.w.out.split_off(start);
                if let Some(table) = self.w.table.as_deref_mut() {
                    let id = table.intern(key, body);
                    write_str(&mut self.w.out, &id);
                }
            }
        }
        Ok(())
    }
}

impl<'a, 't> Writer<'t> {
    fn open(&'a mut self, open: char, close: &'static str) -> Compound<'a, 't> {
        self.out.push(open);
        Compound {
            w: self,
            first: true,
            close,
            mode: Mode::Plain,
        }
    }

    fn display(&mut self, v: impl Display) -> Result<(), Error> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
}

macro_rules! numbers {
    ($($f:ident: $t:ty),*) => {
        $(fn $f(self, v: $t) -> Result<(), Error> { self.display(v) })*
    };
}

impl<'a, 't> ser::Serializer for &'a mut Writer<'t> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 't>;
    type SerializeTuple = Compound<'a, 't>;
    type SerializeTupleStruct = Compound<'a, 't>;
    type SerializeTupleVariant = Compound<'a, 't>;
    type SerializeMap = Compound<'a, 't>;
    type SerializeStruct = Compound<'a, 't>;
    type SerializeStructVariant = Compound<'a, 't>;

    numbers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_i128: i128, serialize_u128: u128);

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() {
            self.display(v)
        } else {
            self.serialize_unit()
        }
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(&mut self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        self.serialize_str(v)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.out.push('{');
        write_str(&mut self.out, variant);
        self.out.push(':');
        v.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 't>, Error> {
        Ok(self.open('[', "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a, 't>, Error> {
        Ok(self.open('[', "]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a, 't>, Error> {
        Ok(self.open('[', "]"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 't>, Error> {
        self.out.push('{');
        write_str(&mut self.out, variant);
        self.out.push(':');
        Ok(self.open('[', "]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, 't>, Error> {
        Ok(self.open('{', "}"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a, 't>, Error> {
        if let (Some(lang), TEXT_STRUCT) = (self.lang, name) {
            return Ok(Compound {
                w: self,
                first: true,
                close: "",
                mode: Mode::OneLanguage(lang),
            });
        }
        if self.table.is_some() && name == CITATION_STRUCT {
            let start = self.out.len();
            self.in_citation += 1;
            let mut c = self.open('{', "}");
            c.mode = Mode::Citation {
                start,
                key: FNV_START,
            };
            return Ok(c);
        }
        Ok(self.open('{', "}"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 't>, Error> {
        self.out.push('{');
        write_str(&mut self.out, variant);
        self.out.push(':');
        Ok(self.open('{', "}}"))
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.comma();
        v.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Error> {
        self.comma();
        // JSON keys are strings: a key that serde writes as anything else is quoted.
        let start = self.w.out.len();
        k.serialize(&mut *self.w)?;
        if !self.w.out[start..].starts_with('"') {
            let raw = self.w.out.split_off(start);
            write_str(&mut self.w.out, &raw);
        }
        self.w.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.field(key, v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.field(key, v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Text;

    #[derive(serde::Serialize)]
    struct Sample {
        name: Text,
        n: u32,
        list: Vec<Option<bool>>,
        pairs: Vec<(&'static str, String)>,
        weird: &'static str,
    }

    fn sample() -> Sample {
        Sample {
            name: Text::new("阳江", "陽江", "Yangjiang"),
            n: 3,
            list: vec![Some(true), None],
            pairs: vec![("a", "b".into())],
            weird: "line\nbreak \"quoted\" \\ \u{1}",
        }
    }

    #[test]
    fn writes_what_the_json_reader_reads_back_and_what_serde_json_writes() {
        let text = to_string(&sample());
        assert_eq!(text, serde_json::to_string(&sample()).unwrap());
        let v = crate::json::parse(&text).unwrap();
        assert_eq!(
            v.get("weird").and_then(|w| w.as_str()),
            Some("line\nbreak \"quoted\" \\ \u{1}")
        );
    }

    #[test]
    fn one_language_writes_each_text_as_its_string() {
        let mut table = Citations::new();
        let text = to_string_in(&sample(), Lang::ZhHant, &mut table);
        assert!(text.starts_with(r#"{"name":"陽江","n":3,"#), "{text}");
        assert!(table.is_empty());
    }

    #[test]
    fn a_citation_is_written_once_and_referred_to_by_an_id_of_its_source_clause_and_quote() {
        use crate::citation::Citation;
        let cite = |quote: &str, en: &str| Citation {
            source: "yj2020".into(),
            document: Text::new("《方案》", "《方案》", en),
            issuer: Text::default(),
            file: "000.txt".into(),
            clause: "三、(四)".into(),
            label: Text::new("三、(四)", "三、(四)", "三、(四)"),
            quote: quote.into(),
            issued: None,
            effective: None,
            secondary: false,
        };
        let mut zh = Citations::new();
        let text = to_string_in(
            &vec![cite("甲", "Plan"), cite("乙", "Plan"), cite("甲", "Plan")],
            Lang::ZhHans,
            &mut zh,
        );
        let ids: Vec<String> = crate::json::parse(&text)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(ids[0], ids[2]);
        assert_ne!(ids[0], ids[1]);
        assert_eq!(zh.len(), 2);
        let body = zh
            .sorted()
            .into_iter()
            .find(|(id, _)| *id == ids[0])
            .unwrap()
            .1;
        assert!(
            body.starts_with(r#"{"source":"yj2020","document":"《方案》","#),
            "{body}"
        );
        // The id does not depend on the language.
        let mut en = Citations::new();
        let text_en = to_string_in(&vec![cite("甲", "The plan")], Lang::En, &mut en);
        assert_eq!(text_en, format!("[\"{}\"]", ids[0]));
    }

    #[test]
    fn two_citations_with_the_same_8_digits_get_different_ids() {
        let mut t = Citations::new();
        let a = t.intern(0x1_0000_00ab, "{\"a\":1}".into());
        let b = t.intern(0x2_0000_00ab, "{\"b\":1}".into());
        assert_eq!(a, "000000ab");
        assert_eq!(b, "000000ab-2");
        assert_eq!(t.intern(0x1_0000_00ab, String::new()), a);
        assert_eq!(t.len(), 2);
    }
}
