//! The citations behind a figure: one disclosure per source document, naming its
//! clauses; opened, it shows each clause's quoted original text with a link to
//! its rule on the rules page, the issuer, the dates, and a "secondary source"
//! label.

use crate::assessment::Citation;
use crate::client::{self, pick, State, S};
use crate::officials::rules::CiteIndex;
use yew::prelude::*;

/// `#/rules/<place>#<anchor>` for a citation, keeping the page's language, mode and portal settings.
fn rule_href(index: &CiteIndex, state: &State, c: &Citation) -> Option<String> {
    let (place, anchor) = index.find(c)?;
    Some(state.rules_link(place, Some(anchor)))
}

/// Citations grouped by document (the same clause is shown once), in the
/// page's language.
pub fn cites(state: &State, list: &[&Citation]) -> Html {
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
        return Html::default();
    }
    let index = state.policy.cite_index();
    html! { <div class="cites">{ for groups.iter().map(|g| group(g, state, index)) }</div> }
}

fn group(g: &[&Citation], state: &State, index: &CiteIndex) -> Html {
    let lang = state.lang;
    let first = g[0];
    let doc = first.document.get(lang);
    let doc = if doc.trim().is_empty() {
        first.source.to_string()
    } else {
        doc.to_string()
    };
    let mut clauses: Vec<&str> = Vec::new();
    for c in g {
        let clause = c.label.get(lang).trim().trim_end_matches('、');
        if !clause.is_empty() && !clauses.contains(&clause) {
            clauses.push(clause);
        }
    }
    let issuer = first.issuer.get(lang);
    let quotes = g.iter().filter(|c| !c.quote.is_empty()).map(|c| {
        let rule = rule_href(index, state, c);
        html! {
            <figure class="cite__figure">
                <figcaption class="cite__caption">{ S::QuoteLabel.get(lang) }{ " · " }<span lang={client::label_lang(&c.label, lang)}>{ c.label.get(lang).to_string() }</span>
                    if let Some(href) = rule {
                        { " · " }<a class="cite__rule no-print" {href}>{ S::SeeRule.get(lang) }<span class="visually-hidden">{ format!(" {}", c.label.get(lang)) }</span></a>
                    }
                </figcaption>
                <blockquote class="cite__quote" lang="zh-Hans">{ c.quote.to_string() }</blockquote>
            </figure>
        }
    });
    html! {
        <details class="cite">
            <summary class="cite__summary">
                <span class="cite__label">{ S::Source.get(lang) }{ pick(lang, "：", "：", ": ") }</span>
                <span class="cite__doc">{ doc }</span>
                if !clauses.is_empty() {
                    { " " }<span class="cite__clause" lang={client::label_lang(&first.label, lang)}>{ clauses.join(pick(lang, "；", "；", "; ")) }</span>
                }
                if first.secondary {
                    { " " }<span class="tag tag--secondary">{ S::SecondaryShort.get(lang) }</span>
                }
            </summary>
            <div class="cite__body">
                if first.secondary {
                    <p class="cite__secondary">{ S::Secondary.get(lang) }</p>
                }
                { for quotes }
                <p class="cite__meta">
                    if !issuer.trim().is_empty() {
                        <span>{ S::Issuer.get(lang) }{ issuer.to_string() }</span>
                    }
                    if let Some(d) = &first.issued {
                        <span>{ S::Issued.get(lang) }{ d.to_string() }</span>
                    }
                    if let Some(d) = &first.effective {
                        <span>{ S::Effective.get(lang) }{ d.to_string() }</span>
                    }
                </p>
            </div>
        </details>
    }
}
