//! The result's section for the other utilities applied for (water, gas,
//! telecom): one article per utility, self-contained so it drops into any
//! layout of the result page. Everything comes from `Assessment::utilities`.

use super::cite::cites;
use super::widgets::p_opt;
use crate::assessment::{Assessment, Citation, UtilityLimitView, UtilityView};
use crate::client::{self, date_long, fill, State, S};
use crate::explain::utilities::limit_words;
use crate::text::Lang;
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

/// "不超过 4 个工作日 · DN40及以下".
fn limit_line(l: &UtilityLimitView, lang: Lang) -> String {
    let mut s = limit_words(l.value, l.unit, lang);
    if let Some(dn) = l.meter_dn_max {
        s.push_str(&format!(" · DN ≤ {dn}"));
    }
    s
}

fn utility(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    let key = u.utility.key();
    let heading = format!("utility-{key}-h");
    let limit = u.time_limit.as_ref().map(|l| {
        html! {
            <dl class="utility__limit">
                <div>
                    <dt>{ S::TotalLimit.get(lang) }</dt>
                    <dd data-limit={format!("{} {}", l.value, l.unit.key())}>{ limit_line(l, lang) }</dd>
                </div>
                if let Some(d) = u.completion_date {
                    <div>
                        <dt>{ S::UtilityLatest.get(lang) }</dt>
                        <dd data-date={crate::explain::words::iso_date(d)}>{ date_long(d, lang) }</dd>
                    </div>
                }
            </dl>
        }
    });
    html! {
        <article class="utility" data-utility={key} data-covered={u.covered.to_string()} aria-labelledby={heading.clone()}>
            <h3 id={heading} class="h3">{ u.name.get(lang) }
                if !u.covered {
                    { " " }<span class="tag tag--maybe">{ S::UtilityNotCovered.get(lang) }</span>
                }
            </h3>
            <p class="utility__summary">{ u.summary.get(lang) }</p>
            { for limit }
            { p_opt(&u.completion_note, lang, "muted") }
            { cites(state, &u.time_limit.iter().map(|l| &l.citation).chain(u.completion_citation.iter()).collect::<Vec<_>>()) }
            { alternatives(state, u) }
            { stages(state, u) }
            { documents(state, u) }
            { costs(state, u) }
            { notes(state, u) }
            { promises(state, u) }
        </article>
    }
}

/// The limit under other answers to the questions it turns on.
fn alternatives(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    if u.alternatives.is_empty() {
        return Html::default();
    }
    let items = u.alternatives.iter().map(|a| {
        let limit = a.time_limit.as_ref().map_or_else(
            || S::UtilityNoLimit.get(lang).to_string(),
            |l| limit_line(l, lang),
        );
        let date = a
            .completion_date
            .map(|d| format!(" · {}", date_long(d, lang)));
        html! {
            <li>
                <strong>{ a.label.get(lang) }</strong>{ client::pick(lang, "：", "：", ": ") }
                { limit }{ date.unwrap_or_default() }
                if let Some(c) = a.time_limit.as_ref().and_then(|l| l.condition.as_ref()) {
                    <span class="muted">{ format!(" ({})", c.get(lang)) }</span>
                }
            </li>
        }
    });
    html! {
        <>
            <h4 class="h4">{ S::UtilityOtherAnswers.get(lang) }</h4>
            <ul class="list list--bullet utility__alternatives">{ for items }</ul>
        </>
    }
}

fn stages(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    if u.stages.is_empty() {
        return Html::default();
    }
    let items = u.stages.iter().map(|s| {
        let limits: Vec<String> = s
            .limits
            .iter()
            .map(|l| format!("{}（{}）", limit_line(l, lang), l.scope.get(lang)))
            .collect();
        html! {
            <li data-stage={s.id.to_string()}>
                { s.name.get(lang) }
                if !s.counts_toward_total {
                    <span class="muted">{ format!(" · {}", S::NotInTotal.get(lang)) }</span>
                }
                { for limits.iter().map(|l| html! { <span class="utility__stage-limit">{ l.clone() }</span> }) }
                { p_opt(&s.note, lang, "muted") }
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

fn documents(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    if u.documents.is_empty() && u.documents_note.is_none() {
        return Html::default();
    }
    let items = u.documents.iter().map(|d| {
        html! {
            <li>
                { d.name.get(lang) }
                { p_opt(&d.note, lang, "muted") }
                { cites(state, &[&d.citation]) }
            </li>
        }
    });
    html! {
        <>
            <h4 class="h4">{ S::UtilityDocuments.get(lang) }</h4>
            if u.documents.is_empty() {
                { p_opt(&u.documents_note, lang, "") }
            } else {
                <ul class="list list--bullet">{ for items }</ul>
            }
        </>
    }
}

/// The meter fee (water) and who pays for which part.
fn costs(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    let fee = u.meter_fee.as_ref().map(|m| {
        let (label, tag) = match m.waived {
            Some(true) => (S::MeterFeeWaived, "tag tag--utility"),
            Some(false) => (S::MeterFeeNotWaived, "tag tag--customer"),
            None => (S::MeterFeeDepends, "tag tag--maybe"),
        };
        html! {
            <li class="costs__item" data-meter-fee={m.waived.map_or("null", |w| if w { "true" } else { "false" })}>
                <p class="costs__part"><span class={tag}>{ label.get(lang) }</span>{ S::MeterFee.get(lang) }</p>
                <p class="muted">{ m.reason.get(lang) }</p>
                { cites(state, &m.citation.iter().collect::<Vec<_>>()) }
            </li>
        }
    });
    if fee.is_none() && u.costs.is_empty() {
        return Html::default();
    }
    let parts = u.costs.iter().map(|p| {
        html! {
            <li class="costs__item">
                <p class="costs__part"><span class="tag tag--utility">{ client::payer(p.payer).get(lang) }</span>{ p.part.get(lang) }</p>
                { p_opt(&p.note, lang, "muted") }
                { cites(state, &[&p.citation]) }
            </li>
        }
    });
    html! {
        <>
            <h4 class="h4">{ S::UtilityCosts.get(lang) }</h4>
            <ul class="costs">{ for fee }{ for parts }</ul>
        </>
    }
}

fn notes(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    if u.notes.is_empty() {
        return Html::default();
    }
    let items = u.notes.iter().map(|n| {
        html! {
            <li class="utility__note" data-note={n.code.clone()}>
                <p><strong>{ client::warning_kind(n.kind).get(lang) }{ client::pick(lang, "：", "：", ": ") }</strong>{ n.text.get(lang) }</p>
                { cites(state, &n.citations.iter().collect::<Vec<_>>()) }
            </li>
        }
    });
    html! {
        <>
            <h4 class="h4">{ S::WarningsTitle.get(lang) }</h4>
            <ul class="utility__notes">{ for items }</ul>
        </>
    }
}

/// The place's promises, folded (they are many; the print leaves them out).
fn promises(state: &State, u: &UtilityView) -> Html {
    let lang = state.lang;
    if u.commitments.is_empty() {
        return Html::default();
    }
    let items = u.commitments.iter().map(|c| {
        html! {
            <li class="costs__item" data-commitment={c.id.to_string()}>
                <p class="costs__part"><span class="tag tag--info">{ client::topic_label(c.topic).get(lang) }</span>{ c.text.get(lang) }</p>
                { p_opt(&c.note, lang, "muted") }
                { cites(state, &[&c.citation]) }
            </li>
        }
    });
    html! {
        <details class="utility__promises no-print">
            <summary>{ fill(S::UtilityPromises.get(lang), &[&u.commitments.len().to_string()]) }</summary>
            <ul class="costs">{ for items }</ul>
        </details>
    }
}
