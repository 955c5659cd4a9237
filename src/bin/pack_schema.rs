//! `pack_schema`: the policy pack format's JSON Schema and field tables, written
//! from its declaration (`src/policy/mod.rs`).
//!
//! With no option it prints the schema. `--write` rewrites
//! `docs/policy-pack.schema.json` and the field tables in `docs/policy-data.md`
//! (run it from the repository's root after changing the format); `--check`
//! exits 1 when either file differs from the declaration.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use dianli::policy::schema::{schema, with_docs, DOCS_FILE, SCHEMA_FILE};
    use std::process::ExitCode;

    let docs = || {
        let text = std::fs::read_to_string(DOCS_FILE).map_err(|e| format!("{DOCS_FILE}: {e}"))?;
        let new = with_docs(&text).ok_or(format!("{DOCS_FILE}: no pack-format markers"))?;
        Ok::<_, String>((text, new))
    };
    let arg = std::env::args().nth(1);
    let result = match arg.as_deref() {
        None => {
            print!("{}", schema());
            Ok(())
        }
        Some("--write") => docs().and_then(|(_, new)| {
            std::fs::write(SCHEMA_FILE, schema()).map_err(|e| format!("{SCHEMA_FILE}: {e}"))?;
            std::fs::write(DOCS_FILE, new).map_err(|e| format!("{DOCS_FILE}: {e}"))
        }),
        Some("--check") => docs().and_then(|(text, new)| {
            let committed = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
            match (committed == schema(), text == new) {
                (true, true) => Ok(()),
                _ => Err(format!(
                    "{SCHEMA_FILE} or {DOCS_FILE} differs from the declaration: run `cargo run --bin pack_schema -- --write`"
                )),
            }
        }),
        Some(other) => Err(format!(
            "unknown option “{other}” (usage: pack_schema [--write | --check])"
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

/// The schema is written natively; the browser build has nothing to run here.
#[cfg(target_arch = "wasm32")]
fn main() {}
