//! Small helpers the result page and the kiosk use.

use super::strings::S;
use crate::assessment::{Assessment, TimelineKind, Verdict, WarningKind};
use crate::model::{Field, Voltage};
use crate::policy::{Payer, Topic};
use crate::text::{Lang, Text};

// ---------------------------------------------------------------------------
// Result helpers.
// ---------------------------------------------------------------------------

/// A verdict as a CSS modifier and `data-` value.
pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Yes => "yes",
        Verdict::No => "no",
        Verdict::Depends => "depends",
    }
}

/// The language of a clause label: the document's own (Chinese) numbering when
/// it is the same in every language, else the page's.
pub fn label_lang(label: &Text, lang: Lang) -> &'static str {
    if label.en == label.zh_hans {
        "zh-Hans"
    } else {
        lang.tag()
    }
}

/// What a commitment is about, as its tag says it.
pub fn topic_label(t: Topic) -> S {
    match t {
        Topic::Service => S::TopicService,
        Topic::Documents => S::TopicDocuments,
        Topic::Approvals => S::TopicApprovals,
        Topic::Costs => S::TopicCosts,
        Topic::Time => S::TopicTime,
    }
}

pub fn timeline_kind(k: TimelineKind) -> S {
    match k {
        TimelineKind::Stage => S::KindStage,
        TimelineKind::Approval => S::KindApproval,
        TimelineKind::Construction => S::KindConstruction,
    }
}

pub fn warning_kind(k: WarningKind) -> S {
    match k {
        WarningKind::Conflict => S::WarningConflict,
        WarningKind::Interpretation => S::WarningInterpretation,
        WarningKind::Caution => S::WarningCaution,
        WarningKind::Info => S::WarningInfo,
    }
}

pub fn payer(p: Payer) -> S {
    match p {
        Payer::Utility => S::PayerUtility,
        Payer::Customer => S::PayerCustomer,
    }
}

/// The voltage as the voltage question's answers name it.
pub fn voltage_name(v: Voltage, lang: Lang) -> &'static str {
    v.choice().label.get(lang)
}

/// "In Liuzhou, Guangxi · 120 kVA · low voltage" line under the result heading.
pub fn result_summary(a: &Assessment, lang: Lang) -> String {
    let mut v = voltage_name(a.voltage, lang).to_string();
    if a.voltage_inferred {
        v.push_str(S::VoltageInferredTag.get(lang));
    }
    format!(
        "{} · {} · {}",
        a.jurisdiction_name.get(lang),
        a.capacity.input,
        v
    )
}

/// A text in the language, or empty.
pub fn text(t: &Option<Text>, lang: Lang) -> String {
    t.as_ref()
        .map(|t| t.get(lang).to_string())
        .unwrap_or_default()
}

/// The element id of a question's input (the first radio of a group).
pub fn field_id(field: Field) -> String {
    format!("f-{}", field.key())
}

/// Kiosk idle reset: seconds without input before the answers are cleared, and
/// how long the on-screen warning shows before that.
pub const IDLE_RESET_SECS: u32 = 120;
pub const IDLE_WARN_SECS: u32 = 20;

/// What the kiosk should do after `idle` seconds without input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// Show the warning with this many seconds left.
    Warning(u32),
    Reset,
}

/// In care mode (关怀模式) people read and tap more slowly: the reset waits
/// longer and the warning gives a full minute.
pub const CARE_IDLE_RESET_SECS: u32 = 300;
pub const CARE_IDLE_WARN_SECS: u32 = 60;

/// What the kiosk should do after `idle_secs` seconds without input, with
/// care mode's longer timeouts when `care`.
pub fn idle_phase_for(idle_secs: u32, care: bool) -> Idle {
    let (reset, warn) = if care {
        (CARE_IDLE_RESET_SECS, CARE_IDLE_WARN_SECS)
    } else {
        (IDLE_RESET_SECS, IDLE_WARN_SECS)
    };
    if idle_secs >= reset {
        Idle::Reset
    } else if idle_secs >= reset - warn {
        Idle::Warning(reset - idle_secs)
    } else {
        Idle::Active
    }
}
