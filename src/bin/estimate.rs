//! `estimate`: Application JSON on stdin → Assessment JSON on stdout.
//!
//! Exit 0 with the assessment; exit 2 with one line per problem on stderr for bad
//! input (nothing on stdout). A JSON array gives an array of assessments.
//! Options: `--policy FILE` (a policy pack whose places replace or add to the
//! built-in ones, as a portal's pack does in the app),
//! `--lang zh-Hans|zh-Hant|en` (language of the error lines, default en).
//! `--check PACK [--text SOURCE=FILE]…` checks a pack alone (`estimate/check.rs`).
//! For officials: `--cases [FILE]` runs golden cases (`estimate/cases.rs`);
//! `--format jsonl|csv [--citations FILE]` answers many applications in the
//! `--lang` language with citations by id (`estimate/batch.rs`).

use dianli::{assess, Application, Calendar, Lang, PolicyPack};
use std::io::Read;
use std::process::ExitCode;

#[path = "estimate/batch.rs"]
mod batch;
#[path = "estimate/cases.rs"]
mod cases;
#[path = "estimate/check.rs"]
mod check;

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut policy: Option<String> = None;
    let mut officials = batch::Officials::default();
    let mut check_pack: Option<String> = None;
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut args = std::env::args().skip(1).peekable();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => match args.next().as_deref().and_then(Lang::from_tag) {
                Some(l) => lang = l,
                None => return fail(&["--lang: expected zh-Hans, zh-Hant or en".into()]),
            },
            "--policy" => match args.next() {
                Some(p) => policy = Some(p),
                None => return fail(&["--policy: expected a file name".into()]),
            },
            "--check" => match args.next() {
                Some(p) => check_pack = Some(p),
                None => return fail(&["--check: expected a pack's file name".into()]),
            },
            "--text" => match check::source_text(args.next()) {
                Ok(t) => texts.push(t),
                Err(e) => return fail(&[e]),
            },
            "--cases" | "--format" | "--citations" => {
                if let Err(e) = officials.read(&a, &mut args) {
                    return fail(&[e]);
                }
            }
            "-h" | "--help" => {
                println!("usage: estimate [--policy FILE] [--lang zh-Hans|zh-Hant|en] < application.json\n       estimate [--policy FILE] --cases [FILE.jsonl]\n       estimate [--policy FILE] --lang L --format jsonl|csv [--citations FILE] < applications\n       estimate [--lang L] --check PACK.json [--text SOURCE=FILE]...");
                return ExitCode::SUCCESS;
            }
            other => return fail(&[format!("unknown option “{other}” (try --help)")]),
        }
    }
    if let Some(path) = &check_pack {
        return check::run(path, &texts, lang);
    }
    if !texts.is_empty() {
        return fail(&["--text: only with --check PACK.json".into()]);
    }
    let pack = match load_pack(policy.as_deref(), lang) {
        Ok(p) => p,
        Err(lines) => return fail(&lines),
    };
    if let Some(file) = &officials.cases {
        return cases::run(file.as_deref(), policy.as_deref(), &pack, lang);
    }
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        return fail(&[format!("cannot read standard input: {e}")]);
    }
    if let Some(f) = officials.format {
        return batch::run(&input, f, officials.citations.as_deref(), &pack, lang);
    }
    answer(&input, &pack, lang)
}

/// The built-in pack, or a portal's pack over it.
fn load_pack(policy: Option<&str>, lang: Lang) -> Result<PolicyPack, Vec<String>> {
    let Some(path) = policy else {
        return Ok(PolicyPack::embedded());
    };
    let text = std::fs::read_to_string(path).map_err(|e| vec![format!("{path}: {e}")])?;
    PolicyPack::from_json_over_embedded(&text).map_err(|errs| {
        errs.iter()
            .map(|e| format!("{path}: {}: {}", e.path_in(lang), e.message_in(lang)))
            .collect()
    })
}

/// One application, or an array of them: the assessment(s) as JSON.
fn answer(input: &str, pack: &PolicyPack, lang: Lang) -> ExitCode {
    let value: serde_json::Value = match serde_json::from_str(input) {
        Ok(v) => v,
        Err(e) => {
            return fail(&[format!(
                "input is not valid JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            )])
        }
    };
    let cal = Calendar::embedded();
    let ids = pack.ids();
    let one = |v: &serde_json::Value, prefix: &str| {
        if !v.is_object() {
            let at = prefix.trim_end_matches('.');
            let sep = if at.is_empty() { "" } else { ": " };
            return Err(vec![format!(
                "{at}{sep}{}",
                dianli::model::object_expected().get(lang)
            )]);
        }
        Application::from_json(v, &ids)
            .map(|app| assess(pack, &app, &cal))
            .map_err(|problems| {
                problems
                    .iter()
                    .map(|p| format!("{prefix}{}: {}", p.field.key(), p.message.get(lang)))
                    .collect::<Vec<_>>()
            })
    };
    let out = match &value {
        serde_json::Value::Array(items) => {
            let mut results = Vec::new();
            let mut errors = Vec::new();
            for (i, v) in items.iter().enumerate() {
                match one(v, &format!("[{i}].")) {
                    Ok(a) => results.push(a),
                    Err(e) => errors.extend(e),
                }
            }
            if !errors.is_empty() {
                return fail(&errors);
            }
            serde_json::to_string_pretty(&results)
        }
        v => match one(v, "") {
            Ok(a) => serde_json::to_string_pretty(&a),
            Err(e) => return fail(&e),
        },
    };
    match out {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&[format!("cannot write the assessment: {e}")]),
    }
}

fn fail(lines: &[String]) -> ExitCode {
    for l in lines {
        eprintln!("{l}");
    }
    ExitCode::from(2)
}
