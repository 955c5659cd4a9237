//! 电力接入自助评估 — the rules engine.
//!
//! Pure Rust: no browser types here. `assess(&PolicyPack, &Application, &Calendar)`
//! turns an applicant's answers into an `Assessment`; the Yew app (`views`, wasm only)
//! and the `estimate` command are thin clients of it.

pub mod calendar;
pub mod capacity;
pub mod cases;
pub mod citation;
pub mod ics;
pub mod json;
pub mod json_text;
pub mod model;
pub mod portal;
pub mod qr;
pub mod questions;
pub mod text;

pub use text::{Lang, Text};
pub mod assessment;
pub mod client;
pub mod engine;
pub mod explain;
pub mod officials;
pub mod policy;
pub mod share;
pub mod sort;

pub use assessment::Assessment;
pub use calendar::Calendar;
pub use engine::{decide, today_in_china};
pub use model::{Application, Draft, Field, Problem};
pub use policy::PolicyPack;

#[cfg(all(target_arch = "wasm32", not(feature = "engine-only")))]
pub mod views;

/// Assesses an application: the engine decides, `explain` writes every sentence
/// in all three languages. An unanswered start date means today.
pub fn assess(pack: &PolicyPack, app: &Application, cal: &Calendar) -> Assessment {
    assess_on(pack, app, cal, today_in_china())
}

/// [`assess`] with `today` as the default start date.
pub fn assess_on(
    pack: &PolicyPack,
    app: &Application,
    cal: &Calendar,
    today: chrono::NaiveDate,
) -> Assessment {
    assess_in(pack, app, cal, today, explain::Langs::ALL)
}

/// [`assess_on`] with the sentences in `langs` only (the app writes the page's language).
pub fn assess_in(
    pack: &PolicyPack,
    app: &Application,
    cal: &Calendar,
    today: chrono::NaiveDate,
    langs: explain::Langs,
) -> Assessment {
    explain::assessment(&decide(pack, app, cal, today), langs)
}
