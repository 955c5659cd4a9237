//! Quotes checked against their source's text: every quote verbatim, every
//! figure a rule sets stated in its quote, no clause label in two languages.
//!
//! One implementation for the built-in data (its tests read the files under
//! `policy/sources/`) and for a pack whose sources carry their `text`.

use super::check::Problem;
use super::validate::ErrorKind;
use super::{Jurisdiction, Node, PolicyError, PolicyPack};
use crate::citation::Cite;
use std::collections::BTreeMap;

/// Source text with whitespace and pinyin annotations like `簡(jiǎn)化` removed,
/// the form a quote is compared in.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' {
            if let Some(len) = chars[i + 1..].iter().position(|c| *c == ')') {
                let inner = &chars[i + 1..i + 1 + len];
                if !inner.is_empty()
                    && inner.iter().all(|c| {
                        c.is_alphabetic() && !c.is_ascii_uppercase() && (*c as u32) < 0x0300
                    })
                {
                    i += len + 2;
                    continue;
                }
            }
        }
        if !chars[i].is_whitespace() {
            out.push(chars[i]);
        }
        i += 1;
    }
    out
}

/// `n` written out in Chinese numerals (一百六十, 十三, 二十), with 两/兩 for 2.
pub fn chinese_numerals(n: u64) -> Vec<String> {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let below_100 = |n: u64, after_hundred: bool| -> String {
        let (t, u) = ((n / 10) as usize, (n % 10) as usize);
        let unit = if u == 0 { "" } else { D[u] };
        match t {
            0 if after_hundred && u > 0 => format!("零{unit}"),
            0 => unit.to_string(),
            1 if !after_hundred => format!("十{unit}"),
            _ => format!("{}十{unit}", D[t]),
        }
    };
    let plain = match n {
        0..=9 => D[n as usize].to_string(),
        10..=99 => below_100(n, false),
        100..=999 => format!("{}百{}", D[(n / 100) as usize], below_100(n % 100, true)),
        _ => return Vec::new(),
    };
    let mut out = vec![plain];
    if n == 2 {
        out.extend(["两".to_string(), "兩".to_string()]);
    }
    out
}

/// Whether `quote` states the figure `n` as a number of its own (not part of
/// a longer one), in Arabic or Chinese numerals; 0 days is 当日 (the same day).
pub fn states_figure(quote: &str, n: u64) -> bool {
    let q: String = quote.chars().filter(|c| !c.is_whitespace()).collect();
    let standalone = |needle: &str, part_of: fn(char) -> bool| {
        q.match_indices(needle).any(|(i, m)| {
            let before = q[..i].chars().next_back();
            let after = q[i + m.len()..].chars().next();
            !before.is_some_and(part_of) && !after.is_some_and(part_of)
        })
    };
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    // 千 is left out: it starts the units 千瓦 and 千伏安 right after a figure.
    let chinese = |c: char| "零一二三四五六七八九十百两兩".contains(c);
    standalone(&n.to_string(), digit)
        || chinese_numerals(n).iter().any(|f| standalone(f, chinese))
        || (n == 0
            && ["当日", "當日", "当天", "當天"]
                .iter()
                .any(|d| q.contains(d)))
}

fn is_cjk(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c)
}

/// A label like "三零服务 / 三零 service": Chinese on one side of a slash, Latin on the other.
pub fn mixes_languages(label: &str) -> bool {
    let chars: Vec<char> = label.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        if *c != '/' {
            return false;
        }
        // The nearest letters or ideographs, past spaces and brackets.
        let before = chars[..i].iter().rev().find(|c| c.is_alphanumeric());
        let after = chars[i + 1..].iter().find(|c| c.is_alphanumeric());
        match (before, after) {
            (Some(b), Some(a)) => {
                (is_cjk(*b) && a.is_ascii_alphabetic()) || (b.is_ascii_alphabetic() && is_cjk(*a))
            }
            _ => false,
        }
    })
}

/// Every figure a rule sets, with its path (an approval's with its id) and the
/// citation whose quote should state it: the figures the format declares, and
/// each stage plan's count of stages.
pub fn figures(j: &Jurisdiction) -> Vec<(String, u64, &Cite)> {
    let mut out: Vec<(String, u64, &Cite)> = j
        .figures()
        .into_iter()
        .map(|(path, n, cite, owner)| {
            let path = match (owner, path.rsplit_once('.')) {
                (Node::Approval(a), Some((at, field))) => format!("{at}({}).{field}", a.id),
                _ => path,
            };
            (path, n, cite)
        })
        .collect();
    j.each_rule(|list, i, _, node| {
        if let Node::StagePlan(p) = node {
            let stages = p.stages.len() as u64;
            out.push((format!("{list}[{i}] (stage count)"), stages, &p.cite));
        }
        // Another utility's stages, as the clause that counts them says.
        if let Node::UtilityRules(u) = node {
            if let Some(c) = &u.stages_cite {
                out.push((
                    format!("{list}[{i}] (stage count)"),
                    u.stages.len() as u64,
                    c,
                ));
            }
        }
    });
    out
}

/// The pack's own checks of its quotes: a clause label in one language
/// everywhere; and where a cited source carries its `text`, the quote verbatim
/// in it and every figure stated in its quote.
pub(super) fn check(pack: &PolicyPack, errors: &mut Vec<PolicyError>) {
    for j in &pack.jurisdictions {
        let base = format!("jurisdictions.{}", j.id);
        let chain = pack.chain(&j.id);
        // Each source's text, normalised once.
        let mut texts: BTreeMap<&str, Option<String>> = BTreeMap::new();
        for (_, c) in j.cites() {
            texts.entry(&c.source).or_insert_with(|| {
                let source = pack.source(&chain, &c.source);
                source.and_then(|s| s.text.as_deref()).map(normalise)
            });
        }
        let text_of = |c: &Cite| texts.get(&*c.source).and_then(Option::as_ref);
        for (path, c) in j.cites() {
            let l = &c.clause;
            if [&l.zh_hans, &l.zh_hant, &l.en]
                .iter()
                .any(|t| mixes_languages(t))
            {
                errors.push(PolicyError::new(
                    format!("{base}.{path}.clause"),
                    ErrorKind::Check(Problem::MixedLabel),
                ));
            }
            if text_of(c).is_some_and(|t| !t.contains(&normalise(&c.quote))) {
                let kind = ErrorKind::Check(Problem::QuoteNotInSource(c.source.to_string()));
                errors.push(PolicyError::new(format!("{base}.{path}.quote"), kind));
            }
        }
        for (path, n, c) in figures(j) {
            if text_of(c).is_some() && !states_figure(&c.quote, n) {
                let kind = ErrorKind::Check(Problem::FigureNotStated(n));
                errors.push(PolicyError::new(format!("{base}.{path}"), kind));
            }
        }
    }
}
