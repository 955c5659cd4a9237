//! Batch output for officials: many assessments in one language, each
//! citation written once in a table of its own and referred to by its id.
//!
//! - JSON Lines: one `{"record": "assessment", "index": i, …}` per
//!   application (the assessment as the `estimate` command prints it, but in
//!   the one language, every citation its id, every text `{"t": n}` and no
//!   `null` fields), each new text's `{"record": "text", "id": n, …}` just
//!   before it, then one `{"record": "citation", "id": …, …}` per citation,
//!   sorted by id.
//! - CSV: one row per application with the columns of [`COLUMNS`] (each a
//!   path into the JSON record, as golden cases write them; lists joined by
//!   `; `), and a second CSV of the citations.
//!
//! A citation's id is made from its source, clause and quote, so the same
//! citation has the same id in every language and every batch.

use super::csv;
use crate::assessment::Assessment;
use crate::cases::path::{self, Path};
use crate::json::{self, Value};
use crate::json_text::{self, Citations, Texts};
use crate::text::Lang;

/// The two batch formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "jsonl" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// The CSV columns after `index`: paths into the JSON record.
pub const COLUMNS: &[&str] = &[
    "answers",
    "jurisdiction",
    "start",
    "capacity.kva",
    "capacity.kw",
    "voltage",
    "voltage_inferred",
    "stages.len",
    "stages.*.id",
    "stages_from",
    "documents.len",
    "documents.*.id",
    "time_limit_working_days",
    "time_limit.days_kind",
    "time_limit.average",
    "time_limit.citation",
    "completion_date",
    "latest_with_works",
    "time_limit.national.days",
    "time_limit.national.completion_date",
    "zero_investment.applies",
    "zero_investment.status",
    "zero_investment.rule",
    "zero_investment.cap.value",
    "zero_investment.cap.unit",
    "zero_investment.citation",
    "zero_investment.national.applies",
    "zero_investment.national.rule",
    "zero_investment.headline",
    "approvals.needed",
    "approvals.total_working_days",
    "approvals.items.*.id",
    "warnings.*.code",
    "commitments.*.id",
];

/// The columns of the citation table.
pub const CITATION_COLUMNS: &[&str] = &[
    "id",
    "source",
    "document",
    "issuer",
    "file",
    "clause",
    "label",
    "quote",
    "issued",
    "effective",
    "secondary",
];

/// Writes a batch record by record.
pub struct Batch {
    format: Format,
    lang: Lang,
    citations: Citations,
    texts: Texts,
    columns: Vec<Path>,
}

impl Batch {
    pub fn new(format: Format, lang: Lang) -> Batch {
        Batch {
            format,
            lang,
            citations: Citations::new(),
            texts: Texts::new(),
            // The columns are fixed and parse: a failure is a build defect.
            columns: COLUMNS.iter().filter_map(|c| path::parse(c).ok()).collect(),
        }
    }

    /// What comes before the first record: the CSV's BOM and header row.
    pub fn header(&self) -> String {
        match self.format {
            Format::Jsonl => String::new(),
            Format::Csv => {
                let mut row = vec!["index".to_string()];
                row.extend(COLUMNS.iter().map(|c| c.to_string()));
                csv::write(&[row])
            }
        }
    }

    /// The record of the `index`th application (ends with a line break).
    pub fn record(&mut self, index: usize, a: &Assessment) -> String {
        match self.format {
            Format::Jsonl => {
                let body = json_text::to_string_compact(
                    a,
                    self.lang,
                    &mut self.citations,
                    &mut self.texts,
                );
                let mut out = String::with_capacity(body.len() + 64);
                for (n, text) in self.texts.take_new() {
                    out.push_str(&format!(
                        "{{\"record\":\"text\",\"id\":{n},\"text\":{text}}}\n"
                    ));
                }
                out.push_str(&format!(
                    "{{\"record\":\"assessment\",\"index\":{index},{}\n",
                    &body[1..]
                ));
                out
            }
            Format::Csv => {
                let body = json_text::to_string_in(a, self.lang, &mut self.citations);
                let doc = json::parse(&body).unwrap_or(Value::Null);
                let mut row = vec![index.to_string()];
                row.extend(
                    self.columns
                        .iter()
                        .map(|p| cell(&path::lookup(&doc, p).unwrap_or(Value::Null))),
                );
                row_text(&row)
            }
        }
    }

    /// How many texts the JSON Lines records so far refer to.
    pub fn text_count(&self) -> usize {
        self.texts.len()
    }

    /// How many citations the records so far refer to.
    pub fn citation_count(&self) -> usize {
        self.citations.len()
    }

    /// The citation table: JSON Lines records, or a CSV with its header.
    pub fn citations(&self) -> String {
        let sorted = self.citations.sorted();
        match self.format {
            Format::Jsonl => sorted
                .iter()
                .map(|(id, body)| {
                    format!(
                        "{{\"record\":\"citation\",\"id\":{},{}\n",
                        json_text::quote(id),
                        &body[1..]
                    )
                })
                .collect(),
            Format::Csv => {
                let mut rows = vec![CITATION_COLUMNS.iter().map(|c| c.to_string()).collect()];
                for (id, body) in sorted {
                    let v = json::parse(body).unwrap_or(Value::Null);
                    let mut row = vec![id.to_string()];
                    row.extend(
                        CITATION_COLUMNS[1..]
                            .iter()
                            .map(|k| cell(v.get(k).unwrap_or(&Value::Null))),
                    );
                    rows.push(row);
                }
                csv::write(&rows)
            }
        }
    }
}

/// One CSV record without the BOM the file starts with.
fn row_text(row: &[String]) -> String {
    let text = csv::write(&[row.to_vec()]);
    text.strip_prefix(csv::BOM).unwrap_or(&text).to_string()
}

/// A value as a spreadsheet cell: text as it is, `null` empty, a list's
/// items joined by `; `, and a list of `[key, value]` pairs (the answers) as
/// `key=value&…`, the query of the result's link.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.clone(),
        Value::Array(items) if items.iter().all(is_pair) && !items.is_empty() => items
            .iter()
            .map(|p| {
                let a = p.as_array().map(Vec::as_slice).unwrap_or(&[]);
                format!("{}={}", cell(&a[0]), cell(&a[1]))
            })
            .collect::<Vec<_>>()
            .join("&"),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("; "),
        Value::Object(_) => path::canon(v),
    }
}

fn is_pair(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| a.len() == 2 && a.iter().all(|x| x.is_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Value {
        json::parse(text).unwrap()
    }

    #[test]
    fn cells_write_lists_joined_answers_as_a_link_query_and_null_empty() {
        assert_eq!(cell(&v("null")), "");
        assert_eq!(cell(&v("true")), "true");
        assert_eq!(cell(&v("12")), "12");
        assert_eq!(cell(&v(r#""阳江""#)), "阳江");
        assert_eq!(cell(&v(r#"["a", "b"]"#)), "a; b");
        assert_eq!(cell(&v("[]")), "");
        assert_eq!(
            cell(&v(
                r#"[["jurisdiction", "yangjiang"], ["capacity", "50 kVA"]]"#
            )),
            "jurisdiction=yangjiang&capacity=50 kVA"
        );
        assert_eq!(cell(&v(r#"{"b": 1, "a": [2]}"#)), r#"{"a":[2],"b":1}"#);
    }

    #[test]
    fn every_column_is_a_path() {
        for c in COLUMNS {
            assert!(path::parse(c).is_ok(), "{c}");
        }
        assert_eq!(
            Batch::new(Format::Csv, Lang::En).columns.len(),
            COLUMNS.len()
        );
    }
}
