//! Checking a pack as its publisher does (`estimate --check`, `#/check-pack`):
//! its problems, which refuse it, and its warnings, which do not — what the
//! pack accepts but may not mean.

use super::{ErrorKind, PolicyError, PolicyPack};
use crate::json::Value;
use crate::text::{fill, pick, Lang};

/// What a publisher's checks refuse (a problem's kind is `ErrorKind::Check`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A clause label in two languages at once (`三零服务 / 三零 service`).
    MixedLabel,
    /// A quote that is not in the text of its source (named).
    QuoteNotInSource(String),
    /// A figure its quote does not state.
    FigureNotStated(u64),
    /// A rule whose `until` is before its `from` (named): it could never apply.
    UntilBeforeFrom(String),
}

impl Problem {
    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let (hans, hant, en, arg) = match self {
            Problem::MixedLabel => (
                "条款标签只能用一种语言；分别写 zh-Hans、zh-Hant、en",
                "條款標籤只能用一種語言；分別寫 zh-Hans、zh-Hant、en",
                "a clause label in two languages: give one per language (zh-Hans, zh-Hant, en)",
                String::new(),
            ),
            Problem::QuoteNotInSource(s) => (
                "引文不在来源“{0}”的 text 中（须逐字引用；空白不计）",
                "引文不在來源「{0}」的 text 中（須逐字引用；空白不計）",
                "the quote is not in the text of source “{0}” (quote it word for word; spacing aside)",
                s.clone(),
            ),
            Problem::FigureNotStated(n) => (
                "数值 {0} 未见于所引原文（引文须写明该数值）",
                "數值 {0} 未見於所引原文（引文須寫明該數值）",
                "the figure {0} is not stated in its quote (quote the words that state it)",
                n.to_string(),
            ),
            Problem::UntilBeforeFrom(from) => (
                "结束日期早于开始日期 from（{0}）：这条规定永远不会适用",
                "結束日期早於開始日期 from（{0}）：這條規定永遠不會適用",
                "until is before from ({0}): the rule could never apply",
                from.clone(),
            ),
        };
        fill(pick(lang, hans, hant, en), &[&arg])
    }
}

/// Rules that could never apply: `until` before `from`.
pub(super) fn dates(pack: &PolicyPack, errors: &mut Vec<PolicyError>) {
    for j in &pack.jurisdictions {
        super::walk::walk(j, &mut |path: &str, node: super::Node| {
            let Some(w) = node.when() else {
                return;
            };
            if let (Some(from), Some(until)) = (w.from, w.until) {
                if until < from {
                    let kind = ErrorKind::Check(Problem::UntilBeforeFrom(from.to_string()));
                    let path = format!("jurisdictions.{}.{path}.when.until", j.id);
                    errors.push(PolicyError::new(path, kind));
                }
            }
        });
    }
}

/// Something a pack says that holds, but may not be what its publisher meant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackWarning {
    pub path: String,
    pub kind: WarningKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    /// A place that inherits nothing: the national rules are not read beside it.
    NoInherits,
    /// A source without `text`: its quotes were not checked.
    Unchecked,
}

impl PackWarning {
    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let (hans, hant, en) = match self.kind {
            WarningKind::NoInherits => (
                "没有 inherits：国家规定不会与本地规定一并适用（通常应写 \"inherits\": \"national\"）",
                "沒有 inherits：國家規定不會與本地規定一併適用（通常應寫 \"inherits\": \"national\"）",
                "no inherits: the national rules are not read beside this place's (usually \"inherits\": \"national\")",
            ),
            WarningKind::Unchecked => (
                "没有 text：引用此文件的原文未经核对（加入 text，或另给原文：--text {0}=文件，或检查页面的第二个文件）",
                "沒有 text：引用此文件的原文未經核對（加入 text，或另給原文：--text {0}=檔案，或檢查頁面的第二個檔案）",
                "no text: the quotes citing this source were not checked (add its text, or give it apart: --text {0}=FILE, or the check page's second file)",
            ),
        };
        let id = self.path.rsplit('.').next().unwrap_or_default();
        fill(pick(lang, hans, hant, en), &[id])
    }

    /// One line as `estimate --check` prints it: `warning: PATH: MESSAGE`.
    pub fn line(&self, lang: Lang) -> String {
        format!("warning: {}: {}", self.path, self.message_in(lang))
    }
}

/// A pack as checked: the pack (when it holds), its problems and its warnings.
#[derive(Clone, Debug)]
pub struct Checked {
    pub pack: Option<PolicyPack>,
    pub problems: Vec<PolicyError>,
    pub warnings: Vec<PackWarning>,
}

/// Checks a pack's text over the built-in places, with the text of some of its
/// sources given apart (`(source name, text)`, for every own place's source of
/// that name; the name `*` stands for every source without text).
pub fn check(text: &str, source_texts: &[(String, String)]) -> Checked {
    let mut v = match crate::json::parse(text) {
        Ok(v) => super::wrap_bare_place(v),
        Err(_) => {
            let problems = PolicyPack::from_json(text).err().unwrap_or_default();
            return Checked {
                pack: None,
                problems,
                warnings: Vec::new(),
            };
        }
    };
    let own: Vec<String> = v
        .get("jurisdictions")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    add_texts(&mut v, source_texts);
    let (pack, problems) = match PolicyPack::from_value_over_embedded(v) {
        Ok(p) => (Some(p), Vec::new()),
        Err(e) => (None, e),
    };
    let warnings = pack.as_ref().map(|p| warnings(p, &own)).unwrap_or_default();
    Checked {
        pack,
        problems,
        warnings,
    }
}

/// The names of the sources of a pack's own places (of a bare place file,
/// its own), sorted, for naming what `--text NAME=FILE` may give a text to.
pub fn own_source_names(text: &str) -> Vec<String> {
    let Ok(v) = crate::json::parse(text).map(super::wrap_bare_place) else {
        return Vec::new();
    };
    let mut names: Vec<String> = v
        .get("jurisdictions")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|m| m.iter())
        .filter_map(|(_, p)| p.get("sources").and_then(Value::as_object))
        .flat_map(|s| s.keys().cloned())
        .collect();
    crate::sort::sort(&mut names);
    names.dedup();
    names
}

/// The source name that gives a text to every source without one.
pub const ANY_SOURCE: &str = "*";

/// Puts each given text into the own places' sources of that name that have none.
fn add_texts(v: &mut Value, source_texts: &[(String, String)]) {
    let Some(places) = v.get_mut("jurisdictions").and_then(Value::as_object_mut) else {
        return;
    };
    for id in places.keys().cloned().collect::<Vec<_>>() {
        let sources = places.get_mut(&id).and_then(|p| p.get_mut("sources"));
        let Some(sources) = sources.and_then(Value::as_object_mut) else {
            continue;
        };
        for (name, text) in source_texts {
            let names: Vec<String> = if name == ANY_SOURCE {
                sources.keys().cloned().collect()
            } else {
                vec![name.clone()]
            };
            for n in names {
                let source = sources.get_mut(&n).and_then(Value::as_object_mut);
                if let Some(src) = source.filter(|s| !s.contains_key("text")) {
                    src.insert("text".into(), Value::String(text.clone()));
                }
            }
        }
    }
}

/// The warnings about the pack's own places (`own`: their ids).
pub fn warnings(pack: &PolicyPack, own: &[String]) -> Vec<PackWarning> {
    let mut out = Vec::new();
    for j in pack
        .jurisdictions
        .iter()
        .filter(|j| own.iter().any(|o| *o == *j.id))
    {
        let base = format!("jurisdictions.{}", j.id);
        if j.inherits.is_none() && &*j.id != "national" {
            out.push(PackWarning {
                path: format!("{base}.inherits"),
                kind: WarningKind::NoInherits,
            });
        }
        for (name, s) in &j.sources {
            if s.text.is_none() {
                out.push(PackWarning {
                    path: format!("{base}.sources.{name}"),
                    kind: WarningKind::Unchecked,
                });
            }
        }
    }
    out
}
