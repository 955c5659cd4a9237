//! The citations behind a figure: one disclosure per source document, naming its
//! clauses; opened, it shows each clause's quoted original text with a link to
//! its rule on the rules page, the issuer, the dates, and a "secondary source"
//! label. Written as markup: read-only, and far less code than a node per span.

use crate::assessment::Citation;
use crate::client::{self, pick, State, S};
use crate::officials::markup::Markup;
use crate::officials::rules::CiteIndex;
#[cfg(not(feature = "result-only"))]
use yew::prelude::*;

/// `#/rules/<place>#<anchor>` for a citation, keeping the page's language, mode and portal settings.
fn rule_href(index: &CiteIndex, state: &State, c: &Citation) -> Option<String> {
    let (place, anchor) = index.find(c)?;
    Some(state.rules_link(place, Some(anchor)))
}

#[cfg(not(feature = "result-only"))]
/// [`write_cites`] as part of a Yew view.
pub fn cites(state: &State, list: &[&Citation]) -> Html {
    let mut m = Markup(String::new());
    write_cites(&mut m, state, list);
    super::raw(m)
}

/// Citations grouped by document (the same clause is shown once), in the
/// page's language.
pub fn write_cites(m: &mut Markup, state: &State, list: &[&Citation]) {
    let mut groups: Vec<Vec<&Citation>> = Vec::new();
    for &c in list {
        match groups.iter_mut().find(|g| g[0].source == c.source) {
            Some(g) => {
                if !g.iter().any(|x| x.clause == c.clause && x.quote == c.quote) {
                    g.push(c);
                }
            }
            None => groups.push(vec![c]),
        }
    }
    if groups.is_empty() {
        return;
    }
    let index = state.policy.cite_index();
    m.open("div", &[("class", "cites")]);
    for g in &groups {
        group(m, g, state, index);
    }
    m.close("div");
}

fn group(m: &mut Markup, g: &[&Citation], state: &State, index: &CiteIndex) {
    let lang = state.lang;
    let first = g[0];
    let doc = first.document.get(lang);
    let doc = if doc.trim().is_empty() {
        first.source.as_ref()
    } else {
        doc
    };
    let mut clauses: Vec<&str> = Vec::new();
    for c in g {
        let clause = c.label.get(lang).trim().trim_end_matches('、');
        if !clause.is_empty() && !clauses.contains(&clause) {
            clauses.push(clause);
        }
    }
    let colon = pick(lang, "：", "：", ": ");
    m.open("details", &[("class", "cite")])
        .open("summary", &[("class", "cite__summary")])
        .open("span", &[("class", "cite__label")])
        .text(S::Source.get(lang))
        .text(colon)
        .close("span")
        .el("span", &[("class", "cite__doc")], doc);
    if !clauses.is_empty() {
        m.text(" ").el(
            "span",
            &[
                ("class", "cite__clause"),
                ("lang", client::label_lang(&first.label, lang)),
            ],
            &clauses.join(pick(lang, "；", "；", "; ")),
        );
    }
    if first.secondary {
        m.text(" ").el(
            "span",
            &[("class", "tag tag--secondary")],
            S::SecondaryShort.get(lang),
        );
    }
    m.close("summary").open("div", &[("class", "cite__body")]);
    if first.secondary {
        m.el("p", &[("class", "cite__secondary")], S::Secondary.get(lang));
    }
    for c in g.iter().filter(|c| !c.quote.is_empty()) {
        let label = c.label.get(lang);
        m.open("figure", &[("class", "cite__figure")])
            .open("figcaption", &[("class", "cite__caption")])
            .text(S::QuoteLabel.get(lang))
            .text(" · ")
            .el(
                "span",
                &[("lang", client::label_lang(&c.label, lang))],
                label,
            );
        if let Some(href) = rule_href(index, state, c) {
            m.text(" · ")
                .open("a", &[("class", "cite__rule no-print"), ("href", &href)])
                .text(S::SeeRule.get(lang))
                .open("span", &[("class", "visually-hidden")])
                .text(" ")
                .text(label)
                .close("span")
                .close("a");
        }
        m.close("figcaption")
            .el(
                "blockquote",
                &[("class", "cite__quote"), ("lang", "zh-Hans")],
                &c.quote,
            )
            .close("figure");
    }
    m.open("p", &[("class", "cite__meta")]);
    let issuer = first.issuer.get(lang);
    if !issuer.trim().is_empty() {
        m.open("span", &[])
            .text(S::Issuer.get(lang))
            .text(issuer)
            .close("span");
    }
    for (label, date) in [(S::Issued, &first.issued), (S::Effective, &first.effective)] {
        if let Some(d) = date {
            m.open("span", &[])
                .text(label.get(lang))
                .text(d)
                .close("span");
        }
    }
    m.close("p").close("div").close("details");
}
