//! Where a figure comes from: the document (`Source`), the clause and the quoted
//! text (`Cite`), and the two resolved together for a result (`Citation`).
//!
//! A leaf module: the policy data and the assessment both use it; neither needs
//! the other to talk about sources. `Source` and `Cite` are declared in the
//! policy pack format (`policy::format`), which reads and checks them.

use crate::policy::format::S;
use crate::text::{Str, Text};
use serde::{Deserialize, Serialize};

crate::policy::format::pack_format! {
    /// A document a jurisdiction's rules cite.
    pub struct Source {
        /// File name under `policy/sources/`.
        file: Str [required],
        title: Text [required],
        issuer: Text [required],
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `null` when the document carries no date.
        issued: Option<Str> [required, shape(S::OPT_PARTIAL_DATE)],
        /// Date from which the source applies (same formats); `null` when unknown.
        effective: Option<Str> [required, shape(S::OPT_PARTIAL_DATE)],
        /// `primary` (the policy itself) or `secondary` (a report about it).
        kind: SourceKind,
        /// The document's text (or the part quoted): every quote citing it
        /// must be in it, and every figure stated in its quote.
        text: Option<Str>,
        /// Where the document is published.
        url: Option<Str>,
    }

    /// A rule's reference: which source, which clause, the quoted original text.
    pub struct Cite {
        /// The name of a source of the place (or of the place it inherits from).
        source: Str [required],
        /// The clause as the document numbers it (`三、(四)`), the same in every
        /// language, or a label per language (`第二百零一条` / `art. 201`).
        clause: Text [required, shape(S::CLAUSE)],
        /// The words of the source that state the rule, verbatim.
        quote: Str [required],
    }
}

impl Source {
    /// Whether the source is in force on `date`: it takes effect on or before
    /// it, or its effective date is unknown (or unreadable).
    pub fn in_force_on(&self, date: chrono::NaiveDate) -> bool {
        self.effective
            .as_deref()
            .and_then(partial_date)
            .is_none_or(|from| from <= date)
    }
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to the first day it names.
pub fn partial_date(s: &str) -> Option<chrono::NaiveDate> {
    let mut parts = s.split('-');
    let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let mut num = || parts.next().map_or(Some(1), |p| p.parse::<u32>().ok());
    let (month, day) = (num()?, num()?);
    if parts.next().is_some() {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(year, month, day)
}

crate::policy::format::keyed_enum! {
    /// Whether a source is the policy itself or a report about it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
    pub enum SourceKind {
        /// The policy text itself.
        #[default]
        Primary = "primary",
        /// A report about the policy (news article, summary): label it as such.
        Secondary = "secondary",
    }
}

/// A citation as a result shows it: the clause and quote with their document.
/// Every field is shared, so copying one allocates nothing; building one
/// allocates only `clause` (a `Cite` holds the clause as a `Text`, not a `Str`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    pub source: Str,
    pub document: Text,
    pub issuer: Text,
    pub file: Str,
    /// The clause as the document itself labels it (its Chinese form).
    pub clause: Str,
    /// The clause label in each language, for showing.
    pub label: Text,
    pub quote: Str,
    pub issued: Option<Str>,
    pub effective: Option<Str>,
    /// A report about the policy rather than the policy itself.
    pub secondary: bool,
}

impl Citation {
    /// `cite` with the document it names (`None` when the source is unknown).
    pub fn resolve(cite: &Cite, source: Option<&Source>) -> Citation {
        Citation {
            source: cite.source.clone(),
            document: source.map_or_else(Text::default, |s| s.title.clone()),
            issuer: source.map_or_else(Text::default, |s| s.issuer.clone()),
            file: source.map_or_else(|| "".into(), |s| s.file.clone()),
            clause: cite.clause.zh_hans.as_str().into(),
            label: cite.clause.clone(),
            quote: cite.quote.clone(),
            issued: source.and_then(|s| s.issued.clone()),
            effective: source.and_then(|s| s.effective.clone()),
            secondary: source.is_some_and(|s| s.kind == SourceKind::Secondary),
        }
    }
}
