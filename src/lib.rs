//! 电力接入自助评估 — the rules engine.
//!
//! Pure Rust: no browser types here. `assess(&PolicyPack, &Application, &Calendar)`
//! turns an applicant's answers into an `Assessment`; the Yew app (`app`, wasm only)
//! and the `estimate` command are thin clients of it.

pub mod calendar;
pub mod capacity;
pub mod citation;
pub mod model;
pub mod text;

pub use text::{Lang, Text};
pub mod assessment;
pub mod engine;
pub mod explain;
pub mod policy;
pub mod share;
pub mod ui;

pub use assessment::Assessment;
pub use calendar::Calendar;
pub use engine::{assess, assess_on};
pub use model::{Application, Draft, Field, Problem};
pub use policy::PolicyPack;

#[cfg(all(target_arch = "wasm32", not(feature = "engine-only")))]
pub mod app;
