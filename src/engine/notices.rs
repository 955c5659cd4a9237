//! What the applicant should know besides the figures, as typed notices; the
//! `explain` module writes their sentences.

use crate::assessment::WarningKind;
use crate::policy::{Jurisdiction, NoteKind, NoteRule, Source, TimeLimitRule};

/// One notice, with what its sentence needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice<'a> {
    /// The voltage was not given and was inferred (details in the decision).
    VoltageInferred,
    /// The capacity had no unit and was read as kVA.
    CapacityUnitAssumed,
    /// The sources set no stages for the case.
    NoStages,
    /// The sources set no total time limit for the case.
    NoTimeLimit,
    /// The total is an average target.
    AverageTarget(&'a TimeLimitRule),
    /// The national total in force is shorter than the place's own.
    NationalTimeLimit {
        /// The place's own total.
        own: &'a TimeLimitRule,
        /// The national one.
        national: &'a TimeLimitRule,
        /// The dates each ends on (own, national), counted from the application date.
        ends: (chrono::NaiveDate, chrono::NaiveDate),
    },
    /// The sources list no application documents for the case.
    NoDocuments,
    /// An individual business (个体工商户), which the sources do not name, is
    /// shown a company's documents.
    DocumentsAsCompany,
    /// The capacity is just above the zero-investment cap.
    NearMiss,
    /// The zero-investment answer rests on a secondary source.
    SecondarySource,
    /// Years a shown date falls in that the calendar lacks.
    HolidaysUnknown {
        /// The years, ascending.
        years: Vec<i32>,
        /// Before the calendar's newest year: long published, just not here.
        past: bool,
    },
    /// The application date is not a working day.
    StartNotWorkingDay,
    /// The application date is before one of the place's documents took effect.
    NotYetInForce {
        /// The source's id.
        id: &'a str,
        /// The document.
        source: &'a Source,
        /// When it took effect.
        effective: &'a str,
    },
    /// The application date is before one of the place's documents was
    /// issued, and the document states no effective date.
    NotYetIssued {
        /// The source's id.
        id: &'a str,
        /// The document.
        source: &'a Source,
        /// When it was issued.
        issued: &'a str,
    },
    /// A note from the policy data.
    Note(&'a NoteRule),
    /// The place's own rules for the case have expired.
    RulesExpired {
        /// The place.
        place: &'a Jurisdiction,
        /// The last day its rules applied.
        until: chrono::NaiveDate,
        /// The levels whose rules decide instead (what it inherits, nearest first).
        instead: Vec<&'a Jurisdiction>,
    },
}

impl Notice<'_> {
    /// The stable code the result's `warnings` carry.
    pub fn code(&self) -> String {
        match self {
            Notice::VoltageInferred => "voltage_inferred".into(),
            Notice::CapacityUnitAssumed => "capacity_unit_assumed".into(),
            Notice::NoStages => "no_stages".into(),
            Notice::NoTimeLimit => "no_time_limit".into(),
            Notice::AverageTarget(_) => "average_target".into(),
            Notice::NationalTimeLimit { .. } => "national_time_limit".into(),
            Notice::NoDocuments => "no_documents".into(),
            Notice::DocumentsAsCompany => "documents_as_company".into(),
            Notice::NearMiss => "near_miss".into(),
            Notice::SecondarySource => "secondary_source".into(),
            Notice::HolidaysUnknown { .. } => "holidays_unknown".into(),
            Notice::StartNotWorkingDay => "start_not_working_day".into(),
            Notice::NotYetInForce { id, .. } => format!("not_yet_in_force:{id}"),
            Notice::NotYetIssued { id, .. } => format!("not_yet_issued:{id}"),
            Notice::Note(n) => n.id.to_string(),
            Notice::RulesExpired { .. } => "rules_expired".into(),
        }
    }

    /// How the result files it.
    pub fn kind(&self) -> WarningKind {
        match self {
            Notice::NearMiss | Notice::StartNotWorkingDay => WarningKind::Info,
            Notice::DocumentsAsCompany => WarningKind::Interpretation,
            Notice::Note(n) => match n.kind {
                NoteKind::Conflict => WarningKind::Conflict,
                NoteKind::Interpretation => WarningKind::Interpretation,
                NoteKind::Info => WarningKind::Info,
            },
            _ => WarningKind::Caution,
        }
    }
}
