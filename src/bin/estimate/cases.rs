//! `estimate --cases [FILE]`: golden cases (a `.jsonl` file, or the pack's own
//! `cases` when no file is given with `--policy`) run through the library.
//! One line per failing case on stdout and a summary; exit 0 when every case
//! passes, 1 when any fails, 2 when the cases cannot be read.

use dianli::cases::{self, Case, CaseProblem};
use dianli::{today_in_china, Calendar, Lang, PolicyPack};
use std::process::ExitCode;

/// Runs the cases of `file`, or else of the pack at `policy`.
pub fn run(file: Option<&str>, policy: Option<&str>, pack: &PolicyPack, lang: Lang) -> ExitCode {
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| vec![format!("{path}: {e}")]);
    let loaded = match (file, policy) {
        (Some(f), _) => read(f).and_then(|t| named(f, cases::parse_lines(&t), lang)),
        (None, Some(p)) => read(p).and_then(|t| named(p, cases::pack_cases(&t), lang)),
        (None, None) => Err(vec![say(
            lang,
            "--cases：请给出案例文件，或用 --policy 给出带 cases 的数据包",
            "--cases：請給出案例檔案，或用 --policy 給出帶 cases 的資料包",
            "--cases: expected a file of cases, or --policy with a pack that has cases",
        )]),
    };
    let list = match loaded {
        Ok(list) if list.is_empty() => {
            return super::fail(&[say(
                lang,
                "没有可运行的案例",
                "沒有可執行的案例",
                "there are no cases to run",
            )])
        }
        Ok(list) => list,
        Err(lines) => return super::fail(&lines),
    };
    let outcomes = cases::run(&list, pack, Calendar::shared(), today_in_china());
    for o in outcomes.iter().filter(|o| !o.passed()) {
        println!("{}", o.line_in(lang));
    }
    println!("{}", cases::summary(&outcomes, lang));
    if outcomes.iter().all(|o| o.passed()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Problems reading the cases, each line starting with the file's name.
fn named(
    file: &str,
    r: Result<Vec<Case>, Vec<CaseProblem>>,
    lang: Lang,
) -> Result<Vec<Case>, Vec<String>> {
    r.map_err(|ps| {
        ps.iter()
            .map(|p| format!("{file}: {}", p.line_in(lang)))
            .collect()
    })
}

fn say(lang: Lang, hans: &str, hant: &str, en: &str) -> String {
    dianli::text::pick(lang, hans, hant, en).to_string()
}
