//! The result's section for the other utilities applied for (water, gas,
//! telecom): one article per utility, self-contained so it drops into any
//! layout of the result page. Everything comes from `Assessment::utilities`.

use super::cite::cites;
use crate::assessment::{Assessment, Citation, UtilityLimitView, UtilityView};
use crate::client::{self, date_long, fill, State, S};
use crate::explain::utilities::limit_words;
use crate::text::{Lang, Text};
use yew::prelude::*;

/// Every citation of the section, for the printed list of sources.
pub fn citations(a: &Assessment) -> Vec<&Citation> {
    let mut out = Vec::new();
    for u in a.utilities.iter() {
        out.extend(u.time_limit.iter().map(|l| &l.citation));
        out.extend(u.completion_citation.iter());
        out.extend(u.stages_citation.iter());
        for s in &u.stages {
            out.push(&s.citation);
            out.extend(s.limits.iter().map(|l| &l.citation));
        }
        out.extend(u.documents.iter().map(|d| &d.citation));
        out.extend(u.costs.iter().map(|c| &c.citation));
        out.extend(u.meter_fee.iter().flat_map(|m| m.citation.iter()));
        out.extend(u.notes.iter().flat_map(|n| n.citations.iter()));
        out.extend(u.commitments.iter().map(|c| &c.citation));
    }
    out
}

/// The section; nothing when no other utility was asked for.
pub fn section(state: &State, a: &Assessment) -> Html {
    if a.utilities.is_empty() {
        return Html::default();
    }
    let lang = state.lang;
    html! {
        <section class="section utilities" aria-labelledby="utilities-h">
            <h2 id="utilities-h" class="h2">{ S::UtilitiesTitle.get(lang) }</h2>
            <p class="no-print">{ S::UtilitiesLead.get(lang) }</p>
            { for a.utilities.iter().map(|u| utility(state, u)) }
        </section>
    }
}

/// "不超过 4 个工作日 · DN ≤ 40".
fn limit_line(l: &UtilityLimitView, lang: Lang) -> String {
    match l.meter_dn_max {
        Some(dn) => format!("{} · DN ≤ {dn}", limit_words(l.value, l.unit, lang)),
        None => limit_words(l.value, l.unit, lang),
    }
}

/// One line of a list: a tag, the text, a muted note and the citations.
struct Row<'a> {
    tag: Option<(&'static str, &'static str)>,
    text: String,
    note: Option<&'a Text>,
    cites: Vec<&'a Citation>,
}

fn row<'a>(text: String, note: Option<&'a Text>, cites: Vec<&'a Citation>) -> Row<'a> {
    Row {
        tag: None,
        text,
        note,
        cites,
    }
}

/// A heading and its rows (nothing when there are none).
fn list(state: &State, title: String, rows: Vec<Row>) -> Html {
    if rows.is_empty() {
        return Html::default();
    }
    let lang = state.lang;
    let items = rows.iter().map(|r| {
        html! {
            <li class="costs__item">
                <p class="costs__part">
                    if let Some((class, label)) = r.tag {
                        <span {class}>{ label }</span>
                    }
                    { r.text.clone() }
                </p>
                if let Some(n) = r.note {
                    <p class="muted">{ n.get(lang) }</p>
                }
                { cites(state, &r.cites) }
            </li>
        }
    });
    html! {
        <>
            if !title.is_empty() {
                <h4 class="h4">{ title }</h4>
            }
            <ul class="costs">{ for items }</ul>
        </>
    }
}

fn utility(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    let key = u.utility.key();
    let heading = format!("utility-{key}-h");
    let limit = u.time_limit.as_ref();
    let mut top: Vec<&Citation> = limit.map(|l| &l.citation).into_iter().collect();
    top.extend(u.completion_citation.iter());
    html! {
        <article class="utility" data-utility={key} data-covered={u.covered.to_string()}
            data-limit={limit.map(|l| format!("{} {}", l.value, l.unit.key()))}
            data-date={u.completion_date.map(crate::explain::words::iso_date)}
            data-meter-fee={u.meter_fee_waived.map(|w| w.map_or("null", |w| if w { "true" } else { "false" }))}
            aria-labelledby={heading.clone()}>
            <h3 id={heading} class="h3">{ u.name.get(lang) }</h3>
            <p class="utility__summary">{ u.summary.get(lang) }</p>
            if let Some(n) = &u.completion_note {
                <p class="muted">{ n.get(lang) }</p>
            }
            { cites(state, &top) }
            { list(state, S::UtilityOtherAnswers.get(lang).into(), alternatives(u, lang)) }
            { stages(state, u) }
            { list(state, S::UtilityDocuments.get(lang).into(), documents(u, lang)) }
            { list(state, S::UtilityCosts.get(lang).into(), costs(u, lang)) }
            { list(state, S::WarningsTitle.get(lang).into(), notes(u, lang)) }
            if !u.commitments.is_empty() {
                <details class="utility__promises no-print">
                    <summary>{ fill(S::UtilityPromises.get(lang), &[&u.commitments.len().to_string()]) }</summary>
                    { list(state, String::new(), promises(u, lang)) }
                </details>
            }
        </article>
    }
}

/// The limit under other answers to the questions it turns on.
fn alternatives(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    let colon = client::pick(lang, "：", "：", ": ");
    u.alternatives
        .iter()
        .map(|a| {
            let limit = a.time_limit.as_ref();
            let mut text = [a.label.get(lang), colon].concat();
            text += &limit.map_or_else(
                || S::UtilityNoLimit.get(lang).into(),
                |l| limit_words(l.value, l.unit, lang),
            );
            if let Some(d) = a.completion_date {
                text += &format!(" · {}", date_long(d, lang));
            }
            row(text, limit.and_then(|l| l.condition.as_ref()), Vec::new())
        })
        .collect()
}

fn stages(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    if u.stages.is_empty() {
        return Html::default();
    }
    let items = u.stages.iter().map(|s| {
        let mut limits: Vec<String> = s
            .limits
            .iter()
            .map(|l| format!("{}（{}）", limit_line(l, lang), l.scope.get(lang)))
            .collect();
        if !s.counts_toward_total {
            limits.push(S::NotInTotal.get(lang).into());
        }
        html! {
            <li data-stage={s.id.to_string()}>
                { s.name.get(lang) }
                { for limits.into_iter().map(|l| html! { <span class="utility__stage-limit">{ l }</span> }) }
            </li>
        }
    });
    let mut list: Vec<&Citation> = u.stages_citation.iter().collect();
    list.extend(
        u.stages
            .iter()
            .flat_map(|s| s.limits.iter().map(|l| &l.citation)),
    );
    html! {
        <>
            <h4 class="h4">{ fill(S::UtilityStagesCount.get(lang), &[&u.stages.len().to_string()]) }</h4>
            <ol class="list list--number utility__stages">{ for items }</ol>
            { cites(state, &list) }
        </>
    }
}

fn documents(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    let mut rows: Vec<Row> = u
        .documents
        .iter()
        .map(|d| row(d.name.get(lang).into(), d.note.as_ref(), vec![&d.citation]))
        .collect();
    if let Some(n) = &u.documents_note {
        rows.push(row(n.get(lang).into(), None, Vec::new()));
    }
    rows
}

/// The meter fee (water) and who pays for which part.
fn costs(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    let mut rows = Vec::new();
    if let Some(m) = &u.meter_fee {
        let (label, class) = match m.waived {
            Some(true) => (S::MeterFeeWaived, "tag tag--utility"),
            Some(false) => (S::MeterFeeNotWaived, "tag tag--customer"),
            None => (S::MeterFeeDepends, "tag tag--maybe"),
        };
        rows.push(Row {
            tag: Some((class, label.get(lang))),
            text: [
                S::MeterFee.get(lang),
                client::pick(lang, "：", "：", ": "),
                m.reason.get(lang),
            ]
            .concat(),
            note: None,
            cites: m.citation.iter().collect(),
        });
    }
    rows.extend(u.costs.iter().map(|p| Row {
        tag: Some(("tag tag--utility", client::payer(p.payer).get(lang))),
        text: p.part.get(lang).into(),
        note: p.note.as_ref(),
        cites: vec![&p.citation],
    }));
    rows
}

fn notes(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    u.notes
        .iter()
        .map(|n| Row {
            tag: Some(("tag tag--info", client::warning_kind(n.kind).get(lang))),
            text: n.text.get(lang).into(),
            note: None,
            cites: n.citations.iter().collect(),
        })
        .collect()
}

/// The place's promises (folded: they are many, and the print leaves them out).
fn promises(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    u.commitments
        .iter()
        .map(|c| Row {
            tag: Some(("tag tag--info", client::topic_label(c.topic).get(lang))),
            text: c.text.get(lang).into(),
            note: c.note.as_ref(),
            cites: vec![&c.citation],
        })
        .collect()
}
