//! `estimate --format jsonl|csv [--citations FILE]`: many applications (a JSON
//! array, or JSON Lines) answered in one language (`--lang`), citations by id
//! in a table of their own: after the records (JSON Lines) or in
//! `--citations FILE` (required for CSV). Every application is read and
//! checked first: any invalid one gives its problems on stderr, exit 2, and
//! no output.

use dianli::officials::batch::Batch;
pub use dianli::officials::batch::Format;
use dianli::{assess_in, explain::Langs, today_in_china, Application, Calendar, Lang, PolicyPack};
use std::io::{BufWriter, Write};
use std::iter::Peekable;
use std::process::ExitCode;

/// The options for officials: `--cases [FILE]`, `--format jsonl|csv`, `--citations FILE`.
#[derive(Default)]
pub struct Officials {
    /// `--cases`, with its file if one follows.
    pub cases: Option<Option<String>>,
    pub format: Option<Format>,
    pub citations: Option<String>,
}

impl Officials {
    /// Reads `option` and the value after it.
    pub fn read(
        &mut self,
        option: &str,
        args: &mut Peekable<impl Iterator<Item = String>>,
    ) -> Result<(), String> {
        match option {
            "--cases" => self.cases = Some(args.next_if(|a| !a.starts_with("--"))),
            "--format" => match args.next().as_deref().and_then(Format::parse) {
                Some(f) => self.format = Some(f),
                None => return Err("--format: expected jsonl or csv".into()),
            },
            _ => match args.next() {
                Some(p) => self.citations = Some(p),
                None => return Err("--citations: expected a file name".into()),
            },
        }
        Ok(())
    }
}

pub fn run(
    input: &str,
    format: Format,
    citations: Option<&str>,
    pack: &PolicyPack,
    lang: Lang,
) -> ExitCode {
    if format == Format::Csv && citations.is_none() {
        return super::fail(&[dianli::text::pick(
            lang,
            "--format csv：请用 --citations 文件 指定引文表写到哪里",
            "--format csv：請用 --citations 檔案 指定引文表寫到哪裡",
            "--format csv: name the file for the citation table with --citations FILE",
        )
        .to_string()]);
    }
    let apps = match read(input, pack, lang) {
        Ok(apps) => apps,
        Err(lines) => return super::fail(&lines),
    };
    let mut batch = Batch::new(format, lang);
    let (cal, today) = (Calendar::shared(), today_in_china());
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut written = out.write_all(batch.header().as_bytes());
    for (i, app) in apps.iter().enumerate() {
        let a = assess_in(pack, app, cal, today, Langs::only(lang));
        written = written.and_then(|_| out.write_all(batch.record(i, &a).as_bytes()));
    }
    let table = batch.citations();
    written = written.and_then(|_| match citations {
        Some(path) => std::fs::write(path, table),
        None => out.write_all(table.as_bytes()),
    });
    match written.and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::fail(&[format!("cannot write the output: {e}")]),
    }
}

/// Every application of a JSON array or of JSON Lines; every problem of every
/// one, named by `[i].` (array) or `line N: ` (JSON Lines).
fn read(input: &str, pack: &PolicyPack, lang: Lang) -> Result<Vec<Application>, Vec<String>> {
    let values: Vec<(String, Result<serde_json::Value, String>)> =
        if input.trim_start().starts_with('[') {
            match serde_json::from_str::<Vec<serde_json::Value>>(input) {
                Ok(items) => items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| (format!("[{i}]."), Ok(v)))
                    .collect(),
                Err(e) => {
                    return Err(vec![format!(
                        "input is not valid JSON (line {}, column {}): {e}",
                        e.line(),
                        e.column()
                    )])
                }
            }
        } else {
            input
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(n, l)| {
                    let at = format!("line {}: ", n + 1);
                    let v = serde_json::from_str(l)
                        .map_err(|e| format!("not valid JSON (column {}): {e}", e.column()));
                    (at, v)
                })
                .collect()
        };
    let ids = pack.ids();
    let mut apps = Vec::with_capacity(values.len());
    let mut errors = Vec::new();
    for (at, v) in values {
        if v.as_ref().is_ok_and(|v| !v.is_object()) {
            let lead = at.trim_end_matches(['.', ' ', ':']);
            let message = dianli::model::object_expected();
            errors.push(format!("{lead}: {}", message.get(lang)));
            continue;
        }
        match v.map_err(|e| vec![e]).and_then(|v| {
            Application::from_json(&v, &ids).map_err(|ps| {
                ps.iter()
                    .map(|p| format!("{}: {}", p.field.key(), p.message.get(lang)))
                    .collect()
            })
        }) {
            Ok(app) => apps.push(app),
            Err(lines) => errors.extend(lines.into_iter().map(|l| format!("{at}{l}"))),
        }
    }
    if errors.is_empty() {
        Ok(apps)
    } else {
        Err(errors)
    }
}
