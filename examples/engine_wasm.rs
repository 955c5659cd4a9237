//! The engine alone as a wasm module, to measure its size (`scripts/engine_wasm_size.sh`).

use dianli::{assess_on, Application, Calendar, PolicyPack};

/// Assesses a built-in application with `kva` as its capacity; returns the stage count.
#[no_mangle]
pub extern "C" fn engine_assess(kva: u32) -> u32 {
    let pack = PolicyPack::embedded();
    let v = serde_json::json!({"jurisdiction": "liuzhou", "capacity": format!("{kva}kVA"), "start": "2026-06-01"});
    let app = Application::from_json(&v, &pack.ids()).expect("valid");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let a = assess_on(&pack, &app, &Calendar::embedded(), day);
    a.stages.len() as u32 + a.warnings.len() as u32 + a.zero_investment.reason.en.len() as u32
}

#[allow(dead_code)] // a cdylib has no entry point; cargo still wants one for examples
fn main() {}
