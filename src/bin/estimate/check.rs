//! `estimate --check PACK.json [--text SOURCE=FILE]…`: a pack checked without
//! an application. Problems one line each by path (exit 2); warnings as lines
//! starting `warning:` (exit 0 when there is no problem).

use dianli::policy::check;
use dianli::Lang;
use std::process::ExitCode;

/// `SOURCE=FILE` of `--text`: the source's name and the file's text.
pub fn source_text(arg: Option<String>) -> Result<(String, String), String> {
    let arg = arg.unwrap_or_default();
    let Some((name, file)) = arg
        .split_once('=')
        .filter(|(n, f)| !n.is_empty() && !f.is_empty())
    else {
        return Err(
            "--text: expected SOURCE=FILE (a source's name in the pack, and its text)".into(),
        );
    };
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    Ok((name.to_string(), text))
}

/// Checks the pack at `path` and prints what it finds, in `lang`.
pub fn run(path: &str, texts: &[(String, String)], lang: Lang) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let names = check::own_source_names(&text);
    let unknown: Vec<&str> = texts
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| *n != check::ANY_SOURCE && !names.iter().any(|x| x == n))
        .collect();
    if !unknown.is_empty() {
        let list = names.join(", ");
        for n in unknown {
            let n = dianli::text::echo(n);
            eprintln!(
                "{}",
                match lang {
                    Lang::ZhHans => format!("--text {n}：数据包中没有来源“{n}”（来源有：{list}）"),
                    Lang::ZhHant =>
                        format!("--text {n}：資料包中沒有來源「{n}」（來源有：{list}）"),
                    Lang::En =>
                        format!("--text {n}: the pack has no source “{n}” (its sources: {list})"),
                }
            );
        }
        return ExitCode::from(2);
    }
    let checked = check::check(&text, texts);
    for w in &checked.warnings {
        eprintln!("{}", w.line(lang));
    }
    for p in &checked.problems {
        eprintln!("{path}: {}: {}", p.path_in(lang), p.message_in(lang));
    }
    if checked.problems.is_empty() {
        let n = checked.warnings.len();
        let ok = match lang {
            Lang::ZhHans => format!("{path}：可以使用（{n} 条警告）"),
            Lang::ZhHant => format!("{path}：可以使用（{n} 條警告）"),
            Lang::En if n == 1 => format!("{path}: ok (1 warning)"),
            Lang::En => format!("{path}: ok ({n} warnings)"),
        };
        println!("{ok}");
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
