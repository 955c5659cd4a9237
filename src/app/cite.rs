//! The citations behind a figure: one disclosure per source document, naming its
//! clauses; opened, it shows each clause's quoted original text, the issuer, the
//! dates, and a "secondary source" label.

use crate::assessment::Citation;
use crate::text::Lang;
use crate::ui::{pick, S};
use yew::prelude::*;

/// Citations grouped by document (the same clause is shown once).
pub fn cites(list: &[&Citation], lang: Lang) -> Html {
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
    html! { <div class="cites">{ for groups.iter().map(|g| group(g, lang)) }</div> }
}

fn group(g: &[&Citation], lang: Lang) -> Html {
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
        html! {
            <figure class="cite__figure">
                <figcaption class="cite__caption">{ S::QuoteLabel.get(lang) }{ " · " }<span lang={label_lang(c, lang)}>{ c.label.get(lang).to_string() }</span></figcaption>
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
                    { " " }<span class="cite__clause" lang={label_lang(first, lang)}>{ clauses.join(pick(lang, "；", "；", "; ")) }</span>
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

/// The language of a clause label: the document's own (Chinese) numbering when
/// it is the same in every language, else the page's.
fn label_lang(c: &Citation, lang: Lang) -> &'static str {
    if c.label.en == c.label.zh_hans {
        "zh-Hans"
    } else {
        lang.tag()
    }
}
