//! The result: verdict first, then dates, documents, costs, permits, warnings,
//! variations, the answers, and share / print. Everything comes from `Assessment`.

use super::cite::cites;
use super::widgets::{back_link, change_link, link_notice, nav_link, p_opt, page_heading};
use super::{dom, Ctx, CtxProps};
use crate::assessment::{
    Assessment, Citation, DocumentView, StageView, TimelineItem, TimelineKind, Verdict, WarningKind,
};
use crate::assessment::{PriceLineView, PricesView};
use crate::client::{self, pick, Action, Page, State, S};
use crate::policy::{DaysKind, Payer, Per};
use crate::text::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn ResultPage(props: &CtxProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let result = use_memo(
        (ctx.policy.clone(), ctx.draft.clone(), ctx.today, lang),
        |(policy, draft, today, lang)| {
            client::evaluate(policy.pack(), draft, *today, *lang).map(Rc::new)
        },
    );
    let a = match &*result {
        Ok(a) => a.clone(),
        // The reducer only shows this page for valid answers; be safe anyway.
        Err(_) => return page_heading(S::ResultTitle.get(lang), None),
    };
    let kiosk = ctx.mode == crate::share::Mode::Kiosk;
    html! {
        <div class="result" data-voltage={a.voltage.key()}>
            { back_link(ctx) }
            { link_notice(ctx) }
            { page_heading(S::ResultTitle.get(lang), Some(client::result_summary(&a, lang))) }
            <div class="result__top">
                { super::summary::panel(ctx, &a) }
                if kiosk {
                    <ShareBox ctx={ctx.clone()} calendar={String::new()} calendar_file={String::new()} />
                }
            </div>
            <p class="lead">{ S::ResultEstimate.get(lang) }</p>
            { from_list_note(ctx) }
            { super::summary::answers_line(ctx) }
            <details class="section fold fold--verdict">
                <summary class="fold__summary"><h2 class="h2 fold__title">{ S::VerdictHeading.get(lang) }{ pick(lang, "：", "：", ": ") }{ S::MoreTitle.get(lang) }</h2></summary>
                { verdict_panel(ctx, &a) }
            </details>
            { key_dates(&a, ctx) }
            { timeline(&a, ctx) }
            { documents(&a, ctx) }
            { costs(&a, ctx) }
            { approvals(&a, ctx) }
            { commitments(&a, ctx) }
            { super::utilities::section(ctx, &a) }
            { warnings(ctx, &a) }
            { variations(ctx, &a) }
            { print_sources(&a, lang) }
            if !kiosk {
                <ShareBox ctx={ctx.clone()} calendar={calendar_href(&a, lang, ctx.today)} calendar_file={crate::ics::file_name(&a)} />
            }
        </div>
    }
}

/// Every citation of the result, in the order the page shows them.
fn all_citations(a: &Assessment) -> Vec<&Citation> {
    let z = &a.zero_investment;
    let mut out: Vec<&Citation> = z.citation.iter().chain(z.cap_citation.iter()).collect();
    out.extend(a.time_limit.as_ref().map(|t| &t.citation));
    out.extend(a.voltage_citation.iter());
    for s in &a.stages {
        out.push(&s.citation);
        out.extend(s.limit_citation.iter().chain(s.regional_citation.iter()));
        out.extend(s.documents.iter().map(|d| &d.citation));
    }
    out.extend(a.timeline.iter().filter_map(|t| t.citation.as_ref()));
    out.extend(
        a.documents
            .iter()
            .chain(a.conditional_documents.iter())
            .map(|d| &d.citation),
    );
    out.extend(a.costs.parts.iter().map(|p| &p.citation));
    out.extend(a.costs.fees.iter().map(|f| &f.citation));
    out.extend(a.approvals.items.iter().map(|i| &i.citation));
    out.extend(a.approvals.citation.iter());
    out.extend(a.warnings.iter().flat_map(|w| w.citations.iter()));
    out.extend(z.bound_citation.iter());
    out.extend(z.national.iter().flat_map(|n| n.citation.iter()));
    out.extend(
        a.time_limit
            .iter()
            .flat_map(|t| t.national.iter())
            .map(|n| &n.citation),
    );
    out.extend(a.commitments.iter().map(|c| &c.citation));
    out.extend(super::utilities::citations(a));
    out
}

/// On paper the citations are one compact list of documents and clauses
/// (on screen each figure has its own disclosure instead).
fn print_sources(a: &Assessment, lang: Lang) -> Html {
    let mut docs: Vec<(&Citation, Vec<&str>)> = Vec::new();
    for c in all_citations(a) {
        let clause = c.label.get(lang).trim().trim_end_matches('、');
        match docs.iter_mut().find(|(d, _)| d.source == c.source) {
            Some((_, clauses)) => {
                if !clause.is_empty() && !clauses.contains(&clause) {
                    clauses.push(clause);
                }
            }
            None => docs.push((
                c,
                if clause.is_empty() {
                    vec![]
                } else {
                    vec![clause]
                },
            )),
        }
    }
    let items = docs.iter().map(|(c, clauses)| {
        let mut line = c.document.get(lang).to_string();
        if line.trim().is_empty() {
            line = c.source.to_string();
        }
        if let Some(d) = c.issued.as_ref() {
            line.push_str(&format!(" · {}{}", S::Issued.get(lang), d));
        }
        if c.secondary {
            line.push_str(&format!(" · {}", S::Secondary.get(lang)));
        }
        let clauses = clauses.join(pick(lang, "；", "；", "; "));
        html! { <li>{ line }<span class="muted" lang={client::label_lang(&c.label, lang)}>{ format!(" — {clauses}") }</span></li> }
    });
    html! {
        <section class="print-only print-sources">
            <h2 class="h3">{ S::Sources.get(lang) }</h2>
            <ol>{ for items }</ol>
        </section>
    }
}

fn verdict_panel(ctx: &Ctx, a: &Assessment) -> Html {
    let lang = ctx.lang;
    let z = &a.zero_investment;
    let modifier = if z.national.as_ref().is_some_and(|n| n.applies) && !z.applies {
        "depends"
    } else {
        client::verdict(z.status)
    };
    let icon = match z.status {
        Verdict::Yes => "✓",
        Verdict::No => "✕",
        Verdict::Depends => "?",
    };
    let depends = z.depends_on.iter().map(|d| {
        let verdict = if d.applies { S::Applies } else { S::DoesNotApply };
        html! {
            <li>
                { client::scenario_label(d.field, &d.value, lang) }{ pick(lang, "：", "：", ": ") }<strong>{ verdict.get(lang) }</strong>
                { " " }{ change_link(ctx, d.field, "no-print") }
            </li>
        }
    });
    html! {
        <section class={format!("verdict verdict--{modifier}")} aria-labelledby="verdict-h" data-verdict={modifier}>
            <p class="verdict__kicker">{ S::VerdictHeading.get(lang) }</p>
            <h2 id="verdict-h" class="verdict__title">
                <span class="verdict__icon" aria-hidden="true">{ icon }</span>
                { z.headline.get(lang) }
            </h2>
            <p class="verdict__reason">{ z.detail.get(lang) }</p>
            if let Some(c) = &z.covers {
                <p><strong>{ S::VerdictCovers.get(lang) }</strong>{ c.get(lang) }</p>
            }
            if let Some(c) = &z.condition {
                <p><strong>{ S::VerdictCondition.get(lang) }</strong>{ c.get(lang) }</p>
            }
            if let Some(conv) = &z.conversion {
                <p>{ conv.text.get(lang) }</p>
            }
            { p_opt(&z.near_miss, lang, "") }
            if let Some(n) = &z.note {
                <p><strong>{ S::VerdictNote.get(lang) }</strong>{ n.get(lang) }</p>
            }
            if !z.depends_on.is_empty() {
                <p class="verdict__depends">{ S::DependsTitle.get(lang) }</p>
                <ul class="list">{ for depends }</ul>
            }
            { cites(ctx, &z.citation.iter().chain(z.cap_citation.iter()).chain(z.bound_citation.iter()).collect::<Vec<_>>()) }
            if let Some(n) = &z.national {
                <div class="verdict__national" data-national={if n.applies { "yes" } else { "no" }}>
                    <p><strong>{ S::NationalRuleLabel.get(lang) }</strong>{ n.reason.get(lang) }</p>
                    if let Some(c) = n.condition.as_ref().filter(|_| n.applies) {
                        <p><strong>{ S::VerdictCondition.get(lang) }</strong>{ c.get(lang) }</p>
                    }
                    if let Some(conv) = &n.conversion {
                        <p>{ conv.text.get(lang) }</p>
                    }
                    { p_opt(&n.note, lang, "muted") }
                    { cites(ctx, &n.citation.iter().collect::<Vec<_>>()) }
                </div>
            }
        </section>
    }
}

fn key_dates(a: &Assessment, state: &State) -> Html {
    let lang = state.lang;
    let mut cs: Vec<&Citation> = Vec::new();
    cs.extend(a.time_limit.as_ref().map(|t| &t.citation));
    cs.extend(
        a.time_limit
            .as_ref()
            .and_then(|t| t.national.as_ref())
            .map(|n| &n.citation),
    );
    if a.voltage_inferred {
        cs.extend(a.voltage_citation.as_ref());
    }
    html! {
        <details class="section keydates fold" aria-labelledby="time-h">
            <summary class="fold__summary"><h2 id="time-h" class="h2">{ S::TimeTitle.get(lang) }</h2></summary>
            <dl class="facts">
                if let Some(t) = &a.time_limit {
                    <div class="facts__item">
                        <dt>{ S::TotalLimit.get(lang) }</dt>
                        <dd>{ client::limit_text(t.days, t.days_kind, t.average, lang) }</dd>
                    </div>
                }
                if let Some(n) = a.time_limit.as_ref().and_then(|t| t.national.as_ref()) {
                    <div class="facts__item facts__item--wide" data-national-days={n.days.to_string()}>
                        <dt>{ S::NationalLimitLabel.get(lang) }</dt>
                        <dd>{ client::limit_text(n.days, n.days_kind, n.average, lang) }{ pick(lang, "：", "：", ": ") }{ n.scope.get(lang) }</dd>
                        <dd class="facts__sub">{ S::NationalCap.get(lang) }{ pick(lang, "：", "：", ": ") }{ client::date_long(n.completion_date, lang) }</dd>
                    </div>
                }
                if a.completion_date.is_none() {
                    <div class="facts__item facts__item--wide">
                        <dt>{ S::StartsOn.get(lang) }</dt>
                        <dd>{ client::date_long(a.start, lang) }</dd>
                    </div>
                }
                if let Some(d) = a.latest_with_works.filter(|d| Some(*d) != a.completion_date) {
                    <div class="facts__item facts__item--wide">
                        <dt>{ S::WithWorksBy.get(lang) }</dt>
                        <dd>{ client::date_long(d, lang) }</dd>
                    </div>
                }
            </dl>
            if a.time_limit.is_none() {
                <p>{ S::NoTotalLimit.get(lang) }</p>
            }
            if let Some(t) = &a.time_limit {
                <p class="muted">{ t.scope.get(lang) }</p>
                { p_opt(&t.note, lang, "muted") }
            }
            if a.voltage_inferred {
                { p_opt(&a.voltage_basis, lang, "muted") }
            }
            { cites(state, &cs) }
        </details>
    }
}

fn timeline(a: &Assessment, state: &State) -> Html {
    let lang = state.lang;
    let mut rows: Vec<Html> = a
        .timeline
        .iter()
        .map(|t| {
            let stage = a
                .stages
                .iter()
                .enumerate()
                .find(|(_, s)| s.id == t.id && t.kind != TimelineKind::Approval);
            timeline_row(Some(t), stage, state)
        })
        .collect();
    // A stage the timeline does not list still shows.
    for (i, s) in a.stages.iter().enumerate() {
        if !a.timeline.iter().any(|t| t.id == s.id) {
            rows.push(timeline_row(None, Some((i, s)), state));
        }
    }
    html! {
        <details class="section fold" aria-labelledby="timeline-h">
            <summary class="fold__summary"><h2 id="timeline-h" class="h2">{ S::TimelineTitle.get(lang) }</h2></summary>
            if a.stages.is_empty() {
                <p>{ S::StagesNone.get(lang) }</p>
            }
            if from_national(a, a.stages_from.as_deref()) {
                <p class="inset">{ S::FromNationalBaseline.get(lang) }</p>
            }
            { p_opt(&a.stages_note, lang, "muted") }
            <ol class="timeline">{ for rows }</ol>
        </details>
    }
}

/// A list comes from the national baseline rather than the place's own documents.
fn from_national(a: &Assessment, from: Option<&str>) -> bool {
    from == Some("national") && a.jurisdiction != "national"
}

/// Strips a final full stop so "当日办结。" matches "当日办结".
fn same_text(a: &str, b: &str) -> bool {
    let t = |s: &str| s.trim().trim_end_matches(['。', '.']).to_string();
    t(a) == t(b)
}

fn timeline_row(
    t: Option<&TimelineItem>,
    stage: Option<(usize, &StageView)>,
    state: &State,
) -> Html {
    let lang = state.lang;
    let kind = t.map_or(TimelineKind::Stage, |t| t.kind);
    let s = stage.map(|(_, s)| s);
    let name = t
        .map(|t| &t.name)
        .or(s.map(|s| &s.name))
        .map(|n| n.get(lang).to_string())
        .unwrap_or_default();
    let start = t.map(|t| t.start).or(s.map(|s| s.start));
    let end = t.and_then(|t| t.end).or(s.and_then(|s| s.end));
    let counts = t.is_none_or(|t| t.counts_toward_total);
    let kicker = match (kind, stage) {
        (TimelineKind::Stage, Some((i, _))) => format!("{} {}", S::KindStage.get(lang), i + 1),
        (TimelineKind::Construction, Some((i, _))) => {
            format!(
                "{} {} · {}",
                S::KindStage.get(lang),
                i + 1,
                S::KindConstruction.get(lang)
            )
        }
        // Permits inside the total (Liuzhou's LV limit) are not timed on their own.
        (TimelineKind::Approval, _) if counts => S::KindApprovalWithin.get(lang).to_string(),
        _ => client::timeline_kind(kind).get(lang).to_string(),
    };
    let limit = row_limit(t, s, lang);
    let regional = s
        .and_then(|s| s.regional_max_days)
        .map(|n| client::regional_limit(n, lang));
    let events = t
        .map(|t| client::calendar_notes(&t.calendar_events, lang))
        .unwrap_or_default();
    let notes = row_notes(t, s, limit.as_deref(), lang);
    let docs: Vec<&str> = s
        .map(|s| s.documents.iter().map(|d| d.name.get(lang)).collect())
        .unwrap_or_default();
    let citations: Vec<&Citation> = match s {
        Some(s) => std::iter::once(&s.citation)
            .chain(s.limit_citation.iter())
            .chain(s.regional_citation.iter())
            .collect(),
        None => t.and_then(|t| t.citation.as_ref()).into_iter().collect(),
    };
    let modifier = match kind {
        TimelineKind::Stage => "timeline__item timeline__item--stage",
        TimelineKind::Approval => "timeline__item timeline__item--approval",
        TimelineKind::Construction => "timeline__item timeline__item--construction",
    };
    html! {
        <li class={modifier}>
            <p class="timeline__kind">{ kicker }</p>
            <h3 class="timeline__name">{ name }</h3>
            if let Some(l) = limit {
                <p class="timeline__limit">
                    <strong>{ l }</strong>
                    if let Some(r) = regional {
                        <span class="muted">{ format!(" · {r}") }</span>
                    }
                </p>
            }
            if let Some(st) = start {
                <p class="timeline__dates">
                    { client::period_text(st, end, lang) }
                    if end.is_none() && kind != TimelineKind::Stage {
                        <span class="muted">{ format!(" · {}", S::NoEnd.get(lang)) }</span>
                    }
                </p>
            }
            if !counts {
                <p><span class="tag tag--info">{ S::NotInTotal.get(lang) }</span></p>
            }
            if !events.is_empty() {
                <p class="timeline__holidays">{ S::HolidaysInside.get(lang) }{ events.join(pick(lang, "；", "；", "; ")) }</p>
            }
            { for notes.into_iter().map(|n| html! { <p class="muted">{ n }</p> }) }
            if !docs.is_empty() {
                <p class="timeline__docs"><strong>{ S::ForThisStage.get(lang) }</strong>{ docs.join(pick(lang, "、", "、", ", ")) }</p>
            }
            { cites(state, &citations) }
        </li>
    }
}

/// A timeline row's time limit, from its stage where it has one.
fn row_limit(t: Option<&TimelineItem>, s: Option<&StageView>, lang: Lang) -> Option<String> {
    match (t, s) {
        (_, Some(s)) if s.max_working_days.is_some() => s.max_working_days.map(|n| {
            client::limit_text(n, s.days_kind.unwrap_or(DaysKind::Working), s.average, lang)
        }),
        (_, Some(s)) if s.max_calendar_days.is_some() => s
            .max_calendar_days
            .map(|n| client::limit_text(n, DaysKind::Calendar, s.average, lang)),
        (_, Some(s)) if s.shared_limit => Some(S::SharedLimit.get(lang).to_string()),
        (Some(t), _) => t.days.map(|n| {
            client::limit_text(n, t.days_kind.unwrap_or(DaysKind::Working), t.average, lang)
        }),
        _ => None,
    }
}

/// A timeline row's notes, each said once and none repeating its limit.
fn row_notes(
    t: Option<&TimelineItem>,
    s: Option<&StageView>,
    limit: Option<&str>,
    lang: Lang,
) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    let candidates = s
        .and_then(|s| s.limit_note.as_ref())
        .into_iter()
        .chain(s.and_then(|s| s.note.as_ref()))
        .chain(t.and_then(|t| t.note.as_ref()));
    for n in candidates {
        let n = n.get(lang).to_string();
        let dup = notes.iter().any(|x| same_text(x, &n)) || limit.is_some_and(|l| same_text(l, &n));
        if !dup {
            notes.push(n);
        }
    }
    notes
}

fn document_item(d: &DocumentView, state: &State) -> Html {
    let lang = state.lang;
    html! {
        <li class="checklist__item">
            if let Some(w) = &d.only_if {
                <p class="checklist__when">{ w.get(lang) }</p>
            }
            <p class="checklist__name">{ d.name.get(lang) }</p>
            if !d.alternatives.is_empty() {
                <p class="checklist__any">{ S::AnyOneOf.get(lang) }</p>
                <ul class="alternatives">
                    { for d.alternatives.iter().map(|alt| html! {
                        <li>
                            { alt.name.get(lang) }
                            if let Some(n) = &alt.note {
                                <span class="muted">{ format!(" — {}", n.get(lang)) }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
            { p_opt(&d.note, lang, "muted") }
            { cites(state, &[&d.citation]) }
        </li>
    }
}

fn documents(a: &Assessment, state: &State) -> Html {
    let lang = state.lang;
    let later: Vec<&StageView> = a
        .stages
        .iter()
        .filter(|s| !s.documents.is_empty())
        .collect();
    html! {
        <details class="section fold" aria-labelledby="docs-h">
            <summary class="fold__summary"><h2 id="docs-h" class="h2">{ client::documents_title(a.documents.len(), lang) }</h2></summary>
            if from_national(a, a.documents_from.as_deref()) {
                <p class="inset">{ S::FromNationalBaseline.get(lang) }</p>
            }
            if a.documents.is_empty() {
                <p>{ S::DocumentsNone.get(lang) }</p>
            } else {
                <ul class="checklist" data-documents={a.documents.len().to_string()}>
                    { for a.documents.iter().map(|d| document_item(d, state)) }
                </ul>
            }
            if !a.conditional_documents.is_empty() {
                <h3 class="h3">{ S::ConditionalTitle.get(lang) }</h3>
                <ul class="checklist">{ for a.conditional_documents.iter().map(|d| document_item(d, state)) }</ul>
            }
            if !later.is_empty() {
                <h3 class="h3">{ S::LaterDocsTitle.get(lang) }</h3>
                { for later.iter().map(|s| html! {
                    <>
                        <p class="checklist__stage">{ s.name.get(lang) }</p>
                        <ul class="checklist">{ for s.documents.iter().map(|d| document_item(d, state)) }</ul>
                    </>
                }) }
            }
        </details>
    }
}

fn costs(a: &Assessment, state: &State) -> Html {
    let lang = state.lang;
    let c = &a.costs;
    let parts = c.parts.iter().map(|p| {
        let tag = if p.payer == Payer::Utility { "tag tag--utility" } else { "tag tag--customer" };
        html! {
            <li class="costs__item">
                <p class="costs__part"><span class={tag}>{ client::payer(p.payer).get(lang) }</span>{ p.part.get(lang) }</p>
                { p_opt(&p.note, lang, "muted") }
                { cites(state, &[&p.citation]) }
            </li>
        }
    });
    // A note several fees share (the same caveat about their source) is said once.
    let notes: Vec<&str> = c
        .fees
        .iter()
        .filter_map(|f| f.note.as_ref())
        .map(|n| n.get(lang))
        .collect();
    let shared: Vec<&str> = notes
        .iter()
        .copied()
        .filter(|n| notes.iter().filter(|m| *m == n).count() > 1)
        .fold(Vec::new(), |mut v, n| {
            if !v.contains(&n) {
                v.push(n);
            }
            v
        });
    let fees = c.fees.iter().map(|f| {
        let note = f.note.clone().filter(|n| !shared.contains(&n.get(lang)));
        let (label, tag) = if f.must_not_be_charged { (S::MustNotCharge, "tag tag--no") } else { (S::MayCharge, "tag tag--maybe") };
        html! {
            <li class="costs__item">
                <p class="costs__part"><span class={tag}>{ label.get(lang) }</span>{ f.fee.get(lang) }</p>
                { p_opt(&f.figure, lang, "costs__figure") }
                { p_opt(&note, lang, "muted") }
                { cites(state, &[&f.citation]) }
            </li>
        }
    });
    html! {
        <details class="section fold" aria-labelledby="costs-h">
            <summary class="fold__summary"><h2 id="costs-h" class="h2">{ S::CostsTitle.get(lang) }</h2></summary>
            <ul class="costs">{ for parts }</ul>
            if !c.fees.is_empty() {
                <h3 class="h3">{ S::FeesTitle.get(lang) }</h3>
                <ul class="costs">{ for fees }</ul>
                { for shared.iter().map(|n| html! { <p class="muted" data-shared-note="">{ *n }</p> }) }
            }
            if let Some(p) = &c.prices {
                { price_table(p, state) }
            }
            <p class="inset">{ c.figures_note.get(lang) }</p>
        </details>
    }
}

/// A portal pack's prices: each part with its unit price, quantity and cost,
/// the range for the customer's share, and whose table it is.
fn price_table(p: &PricesView, state: &State) -> Html {
    let lang = state.lang;
    let per = |l: &PriceLineView| match l.per {
        Per::Each => S::PerEach,
        Per::Kva => S::PerKva,
        Per::Metre => S::PerMetre,
    };
    let rows = p.lines.iter().map(|l| {
        let cost = match (&l.min_yuan, &l.max_yuan, l.customer_pays) {
            (_, _, false) => S::PriceNotYours.get(lang).to_string(),
            (Some(lo), Some(hi), true) => format!("{lo}–{hi}"),
            _ => S::PricePerMetreOnly.get(lang).to_string(),
        };
        html! {
            <tr>
                <th scope="row">{ l.name.get(lang) }</th>
                <td>{ format!("{}–{} / {}", l.unit_min_yuan, l.unit_max_yuan, per(l).get(lang)) }</td>
                <td>{ l.quantity.clone().unwrap_or_default() }</td>
                <td>{ cost }</td>
            </tr>
        }
    });
    html! {
        <div class="prices" data-prices={p.id.to_string()}>
            <h3 class="h3">{ S::PricesTitle.get(lang) }{ p.title.get(lang) }</h3>
            <p><strong>{ p.summary.get(lang) }</strong></p>
            <div class="table-scroll">
                <table class="price-table">
                    <caption class="visually-hidden">{ p.title.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ S::PricePart.get(lang) }</th>
                            <th scope="col">{ S::PriceUnit.get(lang) }</th>
                            <th scope="col">{ S::PriceQuantity.get(lang) }</th>
                            <th scope="col">{ S::PriceCost.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="muted">{ p.publisher.get(lang) }{ " · " }{ p.date.to_string() }</p>
            { p_opt(&p.note, lang, "muted") }
            { cites(state, &[&p.citation]) }
        </div>
    }
}

fn approvals(a: &Assessment, state: &State) -> Html {
    let lang = state.lang;
    let ap = &a.approvals;
    let lead = match ap.needed {
        Verdict::Yes => S::ApprovalsYes,
        Verdict::No => S::ApprovalsNo,
        Verdict::Depends => S::ApprovalsDepends,
    };
    let items = ap.items.iter().map(|i| {
        let limit = i.max_working_days.map(|n| {
            let base = client::limit_text(n, DaysKind::Working, false, lang);
            match i.complex_max_working_days {
                Some(c) => format!(
                    "{base}{}{}",
                    pick(lang, "；", "；", "; "),
                    client::complex_limit(c, lang)
                ),
                None => base,
            }
        });
        html! {
            <li class="costs__item">
                <p class="costs__part"><strong>{ i.name.get(lang) }</strong></p>
                <p class="muted">{ S::Authority.get(lang) }{ i.authority.get(lang) }</p>
                if let Some(l) = limit {
                    <p>{ l }</p>
                }
                { p_opt(&i.note, lang, "muted") }
                { cites(state, &[&i.citation]) }
            </li>
        }
    });
    html! {
        <details class="section fold" aria-labelledby="approvals-h">
            <summary class="fold__summary"><h2 id="approvals-h" class="h2">{ S::ApprovalsTitle.get(lang) }</h2></summary>
            <p>{ lead.get(lang) }</p>
            { p_opt(&ap.exempt, lang, "") }
            if !ap.items.is_empty() {
                <ul class="costs">{ for items }</ul>
                if ap.parallel && ap.items.len() > 1 {
                    <p>{ S::Parallel.get(lang) }</p>
                }
                if let Some(n) = ap.total_working_days {
                    <p><strong>{ client::approvals_total(n, ap.total_is_minimum, lang) }</strong></p>
                }
            }
            { p_opt(&ap.note, lang, "muted") }
            { cites(state, &ap.citation.iter().collect::<Vec<_>>()) }
        </details>
    }
}

/// What the policy promises the applicant in this case.
fn commitments(a: &Assessment, state: &State) -> Html {
    let lang = state.lang;
    if a.commitments.is_empty() {
        return Html::default();
    }
    // Grouped by topic (the order of `Topic`), the first few shown, the rest folded.
    use crate::policy::Topic;
    let topics = [
        Topic::Service,
        Topic::Documents,
        Topic::Approvals,
        Topic::Costs,
        Topic::Time,
    ];
    let sorted: Vec<_> = topics
        .iter()
        .flat_map(|t| a.commitments.iter().filter(move |c| c.topic == *t))
        .collect();
    let item = |c: &&crate::assessment::CommitmentView| {
        let topic = client::topic_label(c.topic);
        html! {
            <li class="costs__item" data-commitment={c.id.to_string()}>
                <p class="costs__part"><span class="tag tag--info">{ topic.get(lang) }</span>{ c.text.get(lang) }</p>
                { p_opt(&c.note, lang, "muted") }
                { cites(state, &[&c.citation]) }
            </li>
        }
    };
    const SHOWN: usize = 3;
    let rest = sorted.len().saturating_sub(SHOWN);
    html! {
        <details class="section commitments fold" aria-labelledby="commitments-h">
            <summary class="fold__summary"><h2 id="commitments-h" class="h2">{ S::CommitmentsTitle.get(lang) }</h2></summary>
            <p class="no-print">{ S::CommitmentsLead.get(lang) }</p>
            <ul class="costs commitments__list">{ for sorted.iter().take(SHOWN).map(item) }</ul>
            if rest > 0 {
                <details class="fold fold--more">
                    <summary class="fold__summary">{ crate::text::fill(S::MoreCommitments.get(lang), &[&rest.to_string()]) }</summary>
                    <ul class="costs commitments__list">{ for sorted.iter().skip(SHOWN).map(item) }</ul>
                </details>
            }
        </details>
    }
}

fn warnings(ctx: &Ctx, a: &Assessment) -> Html {
    let lang = ctx.lang;
    // Shown elsewhere already: the inferred voltage (key dates), the near miss
    // (verdict), and missing stages or documents (their own sections say so).
    let shown = |code: &str| {
        !matches!(
            code,
            "voltage_inferred" | "near_miss" | "no_stages" | "no_documents"
        )
    };
    let order = [
        WarningKind::Conflict,
        WarningKind::Caution,
        WarningKind::Interpretation,
        WarningKind::Info,
    ];
    let list: Vec<Html> = order
        .iter()
        .flat_map(|k| {
            a.warnings
                .iter()
                .filter(move |w| w.kind == *k && shown(&w.code))
        })
        .map(|w| {
            let class = match w.kind {
                WarningKind::Conflict => "warning warning--conflict",
                WarningKind::Caution => "warning warning--caution",
                WarningKind::Interpretation => "warning warning--interpretation",
                WarningKind::Info => "warning warning--info",
            };
            html! {
                <li {class}>
                    <p class="warning__kind">{ client::warning_kind(w.kind).get(lang) }</p>
                    <p>{ w.text.get(lang) }</p>
                    { cites(ctx, &w.citations.iter().collect::<Vec<_>>()) }
                </li>
            }
        })
        .collect();
    if list.is_empty() && a.assumptions.is_empty() {
        return Html::default();
    }
    // On paper only cautions, conflicts, readings and assumptions show.
    let printed = !a.assumptions.is_empty()
        || a.warnings
            .iter()
            .any(|w| w.kind != WarningKind::Info && shown(&w.code));
    let class = if printed {
        "section fold"
    } else {
        "section fold no-print"
    };
    html! {
        <details {class} aria-labelledby="warnings-h">
            <summary class="fold__summary"><h2 id="warnings-h" class="h2">{ S::WarningsTitle.get(lang) }</h2></summary>
            if !list.is_empty() {
                <ul class="warnings">{ for list }</ul>
            }
            if !a.assumptions.is_empty() {
                <h3 class="h3">{ S::AssumptionsTitle.get(lang) }</h3>
                <ul class="assumptions">
                    { for a.assumptions.iter().map(|x| html! {
                        <li>
                            { x.text.get(lang) }{ " " }{ change_link(ctx, x.field, "no-print") }
                            { cites(ctx, &x.citation.iter().collect::<Vec<_>>()) }
                        </li>
                    }) }
                </ul>
            }
        </details>
    }
}

fn variations(ctx: &Ctx, a: &Assessment) -> Html {
    let lang = ctx.lang;
    if a.variations.is_empty() {
        return Html::default();
    }
    let items = a.variations.iter().map(|v| {
        let mut draft = ctx.draft.clone();
        draft.set(v.field, v.value.clone());
        let href = ctx.link_to(Page::Result, &draft, None);
        let link = nav_link(
            ctx,
            "no-print",
            href,
            Action::TryAnswer(v.field, v.value.clone()),
            html! { <>{ S::ShowThis.get(lang) }<span class="visually-hidden">{ format!(" {}", v.label.get(lang)) }</span></> },
        );
        html! {
            <li class="variation">
                <p class="variation__label"><strong>{ v.label.get(lang) }</strong></p>
                <p>{ client::variation_text(v.stages, v.time_limit_working_days, v.completion_date, v.zero_investment, lang) }</p>
                { link }
            </li>
        }
    });
    html! {
        <details class="section no-print fold" aria-labelledby="variations-h">
            <summary class="fold__summary"><h2 id="variations-h" class="h2">{ S::VariationsTitle.get(lang) }</h2></summary>
            <ul class="variations">{ for items }</ul>
        </details>
    }
}

/// The milestones as an iCalendar file, in a `data:` link to download.
fn calendar_href(a: &Assessment, lang: Lang, today: chrono::NaiveDate) -> String {
    let ics = crate::ics::calendar(a, lang, today);
    format!(
        "data:text/calendar;charset=utf-8,{}",
        crate::share::encode(&ics)
    )
}

/// The share link as a QR code (an inline SVG: digits and fixed markup only).
fn qr_svg(url: &str) -> Option<Html> {
    let qr = crate::qr::QrCode::encode(url.as_bytes())?;
    let n = qr.size() + 8;
    let svg = format!(
        "<svg class=\"qr__code\" viewBox=\"0 0 {n} {n}\" role=\"img\" aria-labelledby=\"qr-label\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{}\" fill=\"#000\"/></svg>",
        qr.to_svg_path(4)
    );
    Some(Html::from_html_unchecked(AttrValue::from(svg)))
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    ctx: Ctx,
    /// The milestones as a `data:` link to an .ics file.
    calendar: String,
    calendar_file: String,
}

/// Where the result is used: a kiosk gets the QR code and print (no link to
/// copy, no calendar on a public screen); a phone gets the system share sheet
/// (or copy) and no QR code; the printed page carries the link and the QR code.
#[function_component]
fn ShareBox(props: &ShareProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.lang;
    let kiosk = ctx.mode == crate::share::Mode::Kiosk;
    let message = use_state(|| None::<S>);
    let url = format!("{}{}", dom::base_href(), ctx.share_fragment());
    let qr = use_memo(url.clone(), |url| qr_svg(url));
    let can_share = dom::can_share();
    let copy = {
        let url = url.clone();
        let message = message.clone();
        let title = S::ResultTitle.get(lang);
        Callback::from(move |_: MouseEvent| {
            let url = url.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if can_share && dom::share(&url, title).await {
                    return;
                }
                if dom::copy(&url).await {
                    message.set(Some(S::Copied));
                } else {
                    dom::select("share-link");
                    message.set(Some(S::CopyFailed));
                }
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| dom::print());
    let again = nav_link(
        ctx,
        "button button--secondary",
        ctx.fragment_for(Page::Start),
        Action::Restart,
        html! { { S::StartAgain.get(lang) } },
    );
    let share_label = if can_share { S::ShareLink } else { S::CopyLink };
    let figure = (*qr).clone().map(|svg| {
        html! {
            <figure class="qr">
                { svg }
                <figcaption id="qr-label" class="qr__label">{ S::QrLabel.get(lang) }</figcaption>
            </figure>
        }
    });
    let printed = html! { <p class="print-only print-link">{ S::PrintedFrom.get(lang) }<span>{ url.clone() }</span></p> };
    let (class, head) = if kiosk {
        ("share share--kiosk handoff", "visually-hidden")
    } else {
        ("section share no-print", "h2")
    };
    html! {
        <>
            <section {class} aria-labelledby="share-h">
                <h2 id="share-h" class={head}>{ S::ShareTitle.get(lang) }</h2>
                if kiosk {
                    { figure.clone().unwrap_or_default() }
                } else {
                    <p class="hint">{ S::ShareHint.get(lang) }</p>
                    <label class="question question--small" for="share-link">{ S::LinkLabel.get(lang) }</label>
                    <input id="share-link" class="input input--link" type="text" readonly=true value={url} />
                }
                <div class="button-group no-print">
                    if !kiosk {
                        <button type="button" class="button" data-share={if can_share { "system" } else { "copy" }} onclick={copy}>{ share_label.get(lang) }</button>
                        <a class="button button--secondary" href={props.calendar.clone()} download={props.calendar_file.clone()} type="text/calendar">{ S::AddToCalendar.get(lang) }</a>
                    }
                    <button type="button" class={if kiosk { "button" } else { "button button--secondary" }} onclick={print}>{ S::Print.get(lang) }</button>
                    { again }
                </div>
                if kiosk {
                    { printed.clone() }
                } else {
                    <p class="share__status" role="status">{ message.map(|m| m.get(lang)).unwrap_or("") }</p>
                }
            </section>
            if !kiosk {
                <div class="handoff">{ figure.unwrap_or_default() }{ printed }</div>
            }
        </>
    }
}

/// On the result: the capacity was estimated from the equipment list (when
/// the capacity answered is still the list's total).
fn from_list_note(ctx: &Ctx) -> Html {
    let Some(t) = client::capacity_from_list(ctx) else {
        return Html::default();
    };
    let lang = ctx.lang;
    let see = nav_link(
        ctx,
        "no-print",
        ctx.fragment_for(client::Page::Load),
        Action::Equipment(client::EquipmentAction::Open),
        html! { { client::L::SeeList.get(lang) } },
    );
    html! {
        <p class="inset load-from-list" data-from-list={t.kw()}>
            { client::L::FromList.fill(lang, &[&t.kw(), &client::count_text(t.items)]) }{ " " }{ see }
        </p>
    }
}
