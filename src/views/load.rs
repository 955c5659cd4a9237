//! `#/load`: "How much capacity do I need?" — rows of equipment (type, rated
//! power, count), their sum in kW and in kVA at the power factor in use, where
//! the figure falls under the place's rules (the engine's own verdicts and
//! citations), and a link that carries it into the form. The list and its
//! checks are `client::LoadList`; this module only renders and dispatches.

use super::cite::cites;
use super::widgets::{back_link, link_notice, nav_link, page_heading};
use super::{dom, Ctx};
use crate::assessment::Citation;
use crate::capacity::{parse_power_factor, PowerFactor};
use crate::client::{
    self, EquipmentAction as E, EquipmentKind, LoadCell, Placement, Row, RowCheck, Totals, L, S,
};
use crate::model::Field;
use crate::share::Mode;
use crate::text::Lang;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Most problems the summary at the top lists (each row shows its own anyway).
const SUMMARY_MAX: usize = 10;

fn dispatch(ctx: &Ctx, action: E) {
    ctx.dispatch(client::Action::Equipment(action));
}

pub fn load_page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let totals = ctx.equipment.totals();
    let print = Callback::from(|_: MouseEvent| dom::print());
    html! {
        <div class="load">
            { back_link(ctx) }
            { link_notice(ctx) }
            { error_summary(ctx, &totals) }
            { page_heading(S::LoadTitle.get(lang), Some(crate::questions::Step::Capacity.title().get(lang).to_string())) }
            <p class="lead">{ L::Lead.get(lang) }</p>
            <p class="hint">{ L::RatingHint.get(lang) }</p>
            if ctx.equipment.dropped > 0 {
                <div class="notice" role="status"><p>{ client::dropped(ctx.equipment.dropped, lang) }</p></div>
            }
            { rows(ctx, &totals) }
            { print_table(ctx, &totals) }
            { totals_panel(ctx, &totals) }
            { placement(ctx, &totals) }
            { use_figure(ctx, &totals) }
            <p class="toolbar no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ L::PrintList.get(lang) }</button>
            </p>
            { handoff(ctx) }
        </div>
    }
}

/// Every cell with an error, linked to its control, at the top of the page.
fn error_summary(ctx: &Ctx, totals: &Totals) -> Html {
    let lang = ctx.lang;
    let all: Vec<(usize, LoadCell, String)> = totals
        .rows
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.problems()
                .filter(|(_, p)| p.is_error())
                .map(move |(cell, p)| (i, cell, p.message(lang)))
        })
        .collect();
    if all.is_empty() {
        return Html::default();
    }
    let items = all.iter().take(SUMMARY_MAX).map(|(i, cell, message)| {
        let id = cell.id(*i);
        let onclick = {
            let id = id.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                dom::focus(&id);
            })
        };
        let name = client::cell_name(*cell, *i, lang);
        html! { <li><a href={format!("#{id}")} {onclick}>{ format!("{name}{}{message}", crate::text::pick(lang, "：", "：", ": ")) }</a></li> }
    });
    let more = all.len().saturating_sub(SUMMARY_MAX);
    html! {
        <div id="error-summary" class="error-summary no-print" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary__title">{ S::ErrorSummaryTitle.get(lang) }</h2>
            <ul class="error-summary__list">{ for items }</ul>
            if more > 0 {
                <p>{ L::ErrorSummaryMore.fill(lang, &[&more.to_string()]) }</p>
            }
        </div>
    }
}

/// The editable list and "add a row".
fn rows(ctx: &Ctx, totals: &Totals) -> Html {
    let lang = ctx.lang;
    let add = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| dispatch(&ctx, E::Add))
    };
    let list = ctx
        .equipment
        .rows
        .iter()
        .zip(&totals.rows)
        .enumerate()
        .map(|(i, (row, check))| row_html(ctx, i, row, check));
    html! {
        <section class="section load-list no-print" aria-labelledby="load-list-h">
            <h2 id="load-list-h" class="h2">{ L::ListTitle.get(lang) }</h2>
            if ctx.equipment.rows.is_empty() {
                <p class="hint">{ L::Empty.get(lang) }</p>
            }
            <ol class="load-rows">{ for list }</ol>
            if ctx.equipment.can_add() {
                <button type="button" id={client::ADD_ID} class="button button--secondary load-add" onclick={add}>
                    <span aria-hidden="true">{ "+ " }</span>{ L::Add.get(lang) }
                </button>
            } else {
                <p class="hint">{ client::add_full(lang) }</p>
            }
        </section>
    }
}

/// A cell's error message (above its control), and the id it is described by.
fn cell_error(cell: LoadCell, i: usize, check: &RowCheck, lang: Lang) -> (Html, Option<String>) {
    let problem = match cell {
        LoadCell::Kind => &check.kind,
        LoadCell::Power => &check.power,
        LoadCell::Count => &check.count,
    };
    match problem.as_ref().filter(|p| p.is_error()) {
        Some(p) => {
            let id = format!("{}-error", cell.id(i));
            let html = html! {
                <p class="error-message" id={id.clone()}>
                    <span class="visually-hidden">{ S::ErrorPrefix.get(lang) }</span>{ p.message(lang) }
                </p>
            };
            (html, Some(id))
        }
        None => (Html::default(), None),
    }
}

fn input_value(e: &InputEvent) -> Option<String> {
    let input: HtmlInputElement = e.target()?.dyn_into().ok()?;
    Some(input.value())
}

/// A text cell of a row: rated power or count.
fn text_cell(ctx: &Ctx, i: usize, cell: LoadCell, value: &str, check: &RowCheck) -> Html {
    let lang = ctx.lang;
    let id = cell.id(i);
    let (error, error_id) = cell_error(cell, i, check, lang);
    let (label, mode, class) = match cell {
        LoadCell::Count => (
            L::CountLabel,
            "numeric",
            "input load-input load-input--count",
        ),
        _ => (
            L::PowerLabel,
            "decimal",
            "input load-input load-input--power",
        ),
    };
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = input_value(&e) {
                let action = match cell {
                    LoadCell::Count => E::SetCount(i, v),
                    _ => E::SetPower(i, v),
                };
                dispatch(&ctx, action);
            }
        })
    };
    let invalid = error_id.is_some();
    html! {
        <div class={classes!("load-cell", invalid.then_some("load-cell--error"))}>
            <label class="load-cell__label" for={id.clone()}>{ label.get(lang) }</label>
            { error }
            <input class={classes!(class, invalid.then_some("input--error"))} type="text" inputmode={mode}
                autocomplete="off" spellcheck="false" maxlength={client::MAX_CELL_CHARS.to_string()}
                placeholder={(cell == LoadCell::Count).then_some("1")}
                id={id} value={value.to_string()} {oninput}
                aria-describedby={error_id} aria-invalid={invalid.then_some("true")} />
        </div>
    }
}

/// A row's type: a choice from the short list.
fn kind_cell(ctx: &Ctx, i: usize, row: &Row, check: &RowCheck) -> Html {
    let lang = ctx.lang;
    let id = LoadCell::Kind.id(i);
    let (error, error_id) = cell_error(LoadCell::Kind, i, check, lang);
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            dispatch(&ctx, E::SetKind(i, value));
        })
    };
    let options = EquipmentKind::ALL.into_iter().map(|k| {
        html! { <option value={k.key()} selected={row.kind == Some(k)}>{ k.label().get(lang) }</option> }
    });
    let invalid = error_id.is_some();
    html! {
        <div class={classes!("load-cell", "load-cell--kind", invalid.then_some("load-cell--error"))}>
            <label class="load-cell__label" for={id.clone()}>{ L::KindLabel.get(lang) }</label>
            { error }
            <select class={classes!("select", invalid.then_some("input--error"))} id={id} {onchange}
                aria-describedby={error_id} aria-invalid={invalid.then_some("true")}>
                <option value="" selected={row.kind.is_none()}>{ L::KindNone.get(lang) }</option>
                { for options }
            </select>
        </div>
    }
}

/// One row: its number and type as the group's name, the three cells, remove,
/// and what it adds to the total.
fn row_html(ctx: &Ctx, i: usize, row: &Row, check: &RowCheck) -> Html {
    let lang = ctx.lang;
    let n = (i + 1).to_string();
    let mut legend = L::RowLegend.fill(lang, &[&n]);
    if let Some(k) = row.kind {
        legend.push_str(crate::text::pick(lang, "：", "：", ": "));
        legend.push_str(k.label().get(lang));
    }
    let remove = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| dispatch(&ctx, E::Remove(i)))
    };
    let status = match (check.watts, &check.power) {
        (Some(w), _) => {
            let kw = crate::capacity::thousandths_str(w);
            html! { <p class="load-row__subtotal">{ L::RowSubtotal.fill(lang, &[&kw]) }</p> }
        }
        (None, Some(p)) if !p.is_error() => {
            html! { <p class="load-row__pending">{ p.message(lang) }</p> }
        }
        _ => Html::default(),
    };
    html! {
        <li key={row.id} class={classes!("load-row", check.has_error().then_some("load-row--error"))}>
            <fieldset class="fieldset">
                <legend class="load-row__legend">{ legend }</legend>
                <div class="load-row__cells">
                    { kind_cell(ctx, i, row, check) }
                    { text_cell(ctx, i, LoadCell::Power, &row.power, check) }
                    { text_cell(ctx, i, LoadCell::Count, &row.count, check) }
                    <button type="button" id={client::remove_id(i)} class="button button--secondary load-row__remove" onclick={remove}>
                        { L::Remove.get(lang) }<span class="visually-hidden">{ format!(" {}", L::RemoveRow.fill(lang, &[&n])) }</span>
                    </button>
                </div>
                { status }
            </fieldset>
        </li>
    }
}

/// On paper the list is a table (the editing controls are not printed).
fn print_table(ctx: &Ctx, totals: &Totals) -> Html {
    let lang = ctx.lang;
    let rows = ctx
        .equipment
        .rows
        .iter()
        .zip(&totals.rows)
        .filter(|(r, _)| !r.is_blank())
        .map(|(r, c)| {
            let kind = r.kind.map_or("", |k| k.label().get(lang));
            let sub = c.watts.map_or_else(
                || "—".to_string(),
                |w| format!("{} kW", crate::capacity::thousandths_str(w)),
            );
            let count = if r.count.trim().is_empty() {
                "1"
            } else {
                r.count.trim()
            };
            // The power as it counts (in kW), or as typed when it does not.
            let power = client::parse_power(&r.power).map_or_else(
                |_| r.power.clone(),
                |w| format!("{} kW", crate::capacity::thousandths_str(w)),
            );
            html! { <tr><td>{ kind }</td><td>{ power }</td><td>{ count.to_string() }</td><td>{ sub }</td></tr> }
        });
    html! {
        <table class="print-only load-print">
            <thead>
                <tr>
                    <th scope="col">{ L::ColType.get(lang) }</th>
                    <th scope="col">{ L::ColPower.get(lang) }</th>
                    <th scope="col">{ L::ColCount.get(lang) }</th>
                    <th scope="col">{ L::ColSubtotal.get(lang) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The power factor in use: the answer's, else 0.9 (its problem, if any, is
/// shown on its box).
fn power_factor(ctx: &Ctx) -> (PowerFactor, Option<String>) {
    let raw = ctx.draft.get(Field::PowerFactor);
    if raw.trim().is_empty() {
        return (PowerFactor::DEFAULT, None);
    }
    match parse_power_factor(raw) {
        Ok(pf) => (pf, None),
        Err(e) => (
            PowerFactor::DEFAULT,
            Some(e.message().get(ctx.lang).to_string()),
        ),
    }
}

/// The connected load in kW and kVA, what is left out, and why no demand factor.
fn totals_panel(ctx: &Ctx, totals: &Totals) -> Html {
    let lang = ctx.lang;
    let (pf, _) = power_factor(ctx);
    let (kva, exact) = totals.kva(pf);
    let about = if exact { "" } else { L::About.get(lang) };
    let counted = L::CountedRows.fill(
        lang,
        &[
            &totals.counted_rows.to_string(),
            &client::count_text(totals.items),
        ],
    );
    html! {
        <section class="section load-totals" aria-labelledby="load-totals-h">
            <h2 id="load-totals-h" class="h2">{ L::TotalsTitle.get(lang) }</h2>
            <dl class="facts">
                <div class="facts__item facts__item--main">
                    <dt>{ L::Connected.get(lang) }</dt>
                    <dd class="facts__big" data-total-kw={totals.kw()}>{ format!("{} kW", totals.kw()) }</dd>
                    <dd class="facts__sub">{ counted }</dd>
                </div>
                <div class="facts__item">
                    <dt>{ L::AtPf.fill(lang, &[&pf.to_string()]) }</dt>
                    <dd class="facts__big" data-total-kva={kva.clone()}>{ format!("{about}{kva} kVA") }</dd>
                </div>
            </dl>
            if totals.error_rows > 0 {
                <p class="load-totals__left-out"><strong>{ L::ErrorRows.fill(lang, &[&totals.error_rows.to_string()]) }</strong></p>
            }
            if totals.pending_rows > 0 {
                <p>{ L::PendingRows.fill(lang, &[&totals.pending_rows.to_string()]) }</p>
            }
            if totals.too_large() {
                <p class="error-message">{ L::TooLarge.get(lang) }</p>
            }
            { power_factor_box(ctx) }
            <p class="inset load-totals__demand">{ L::NoDemandFactor.get(lang) }</p>
        </section>
    }
}

/// The power factor, changed as on the form (the same answer).
fn power_factor_box(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let (_, problem) = power_factor(ctx);
    let id = client::field_id(Field::PowerFactor);
    let (q, h) = client::question(Field::PowerFactor);
    let raw = ctx.draft.get(Field::PowerFactor).to_string();
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = input_value(&e) {
                ctx.dispatch(client::Action::Set(Field::PowerFactor, v));
            }
        })
    };
    let described = if problem.is_some() {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    };
    html! {
        <details class={classes!("field", "disclosure", "no-print", problem.is_some().then_some("field--error"))} open={problem.is_some() || !raw.trim().is_empty()}>
            <summary class="disclosure__summary">{ S::PfSummary.get(lang) }</summary>
            <div class="disclosure__body">
                <label class="question question--small" for={id.clone()}>{ q.get(lang) }{ S::Optional.get(lang) }</label>
                <p class="hint" id={format!("{id}-hint")}>{ h.get(lang) }</p>
                if let Some(p) = &problem {
                    <p class="error-message" id={format!("{id}-error")}>
                        <span class="visually-hidden">{ S::ErrorPrefix.get(lang) }</span>{ p.clone() }
                    </p>
                }
                <input class={classes!("input", "input--short", problem.is_some().then_some("input--error"))}
                    type="text" inputmode="decimal" autocomplete="off" spellcheck="false" placeholder="0.9"
                    id={id} name="power_factor" value={raw} {oninput}
                    aria-describedby={described} aria-invalid={problem.is_some().then_some("true")} />
            </div>
        </details>
    }
}

/// Where the figure falls: zero investment and the low-voltage range, as the
/// engine decides them for the place, with their citations.
fn placement(ctx: &Ctx, totals: &Totals) -> Html {
    let lang = ctx.lang;
    let Some(p) = client::placement(ctx.policy.pack(), &ctx.draft, totals, ctx.today, lang) else {
        return Html::default();
    };
    html! {
        <section class="section load-place" aria-labelledby="load-place-h">
            <h2 id="load-place-h" class="h2">{ L::PlaceTitle.get(lang) }</h2>
            <p>{ p.place_text(lang) }</p>
            { zero(ctx, &p) }
            <h3 class="h3">{ L::VoltageTitle.get(lang) }</h3>
            <p data-lv={p.lv.as_ref().map(|l| if l.within { "within" } else { "above" })}>{ p.lv_text(totals, lang) }</p>
            { cites(ctx, &p.lv.iter().filter_map(|l| l.citation.as_ref()).collect::<Vec<_>>()) }
            { print_sources(&p, lang) }
        </section>
    }
}

/// Every citation of the comparison, in the order the page shows them.
fn citations(p: &Placement) -> Vec<&Citation> {
    let z = &p.zero;
    let mut out: Vec<&Citation> = z.citation.iter().chain(z.cap_citation.iter()).collect();
    out.extend(z.bound_citation.iter());
    out.extend(z.national.iter().flat_map(|n| n.citation.iter()));
    out.extend(p.lv.iter().filter_map(|l| l.citation.as_ref()));
    out
}

/// On paper the sources are one short list (on screen each has its disclosure).
fn print_sources(p: &Placement, lang: Lang) -> Html {
    let mut seen: Vec<String> = Vec::new();
    for c in citations(p) {
        let mut line = format!("{} {}", c.document.get(lang), c.label.get(lang));
        if c.secondary {
            line.push_str(&format!(" · {}", S::SecondaryShort.get(lang)));
        }
        if !seen.contains(&line) {
            seen.push(line);
        }
    }
    html! {
        <div class="print-only">
            <p><strong>{ S::Sources.get(lang) }</strong></p>
            <ul class="list load-print-sources">{ for seen.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        </div>
    }
}

/// The zero-investment verdict for the figure, as the result would give it.
fn zero(ctx: &Ctx, p: &Placement) -> Html {
    let lang = ctx.lang;
    let z = &p.zero;
    let depends = z.depends_on.iter().map(|d| {
        let verdict = if d.applies { S::Applies } else { S::DoesNotApply };
        html! {
            <li>{ client::scenario_label(d.field, &d.value, lang) }{ crate::text::pick(lang, "：", "：", ": ") }<strong>{ verdict.get(lang) }</strong></li>
        }
    });
    let list: Vec<_> = z
        .citation
        .iter()
        .chain(z.cap_citation.iter())
        .chain(z.bound_citation.iter())
        .collect();
    html! {
        <div class="load-place__zero" data-verdict={client::verdict(z.status)}>
            <h3 class="h3">{ L::ZeroTitle.get(lang) }</h3>
            <p><strong>{ z.headline.get(lang) }</strong></p>
            if !same_sentence(z.detail.get(lang), z.headline.get(lang)) {
                <p>{ z.detail.get(lang) }</p>
            }
            if let Some(c) = &z.conversion {
                <p>{ c.text.get(lang) }</p>
            }
            { super::widgets::p_opt(&z.near_miss, lang, "") }
            if !z.depends_on.is_empty() {
                <p>{ S::DependsTitle.get(lang) }</p>
                <ul class="list">{ for depends }</ul>
            }
            { cites(ctx, &list) }
            if let Some(n) = &z.national {
                <p><strong>{ S::NationalRuleLabel.get(lang) }</strong>{ n.reason.get(lang) }</p>
                { cites(ctx, &n.citation.iter().collect::<Vec<_>>()) }
            }
        </div>
    }
}

/// True when `a` only repeats `b` ("适用零投资。" after "适用零投资").
fn same_sentence(a: &str, b: &str) -> bool {
    a.trim().trim_end_matches(['。', '.']) == b.trim().trim_end_matches(['。', '.'])
}

/// "Use 26 kW as the capacity" (keeping every other answer), or why not yet.
fn use_figure(ctx: &Ctx, totals: &Totals) -> Html {
    let lang = ctx.lang;
    let back = nav_link(
        ctx,
        "load-back",
        ctx.fragment_for(client::Page::Form(client::Step::Capacity)),
        client::Action::Back,
        html! { { L::BackToQuestion.get(lang) } },
    );
    let main = if totals.usable() {
        nav_link(
            ctx,
            "button load-use",
            ctx.use_load_link(totals),
            client::Action::Equipment(E::Use),
            html! { { L::UseFigure.fill(lang, &[&totals.kw()]) } },
        )
    } else if totals.error_rows > 0 {
        html! { <p><strong>{ L::UseBlocked.get(lang) }</strong></p> }
    } else {
        Html::default()
    };
    html! {
        <div class="section load-use-section no-print">
            { main }
            <p>{ back }</p>
        </div>
    }
}

/// In a kiosk the list goes with the visitor as a QR code; on paper, as its address.
fn handoff(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let url = format!("{}{}", dom::base_href(), ctx.load_share_fragment());
    let kiosk = ctx.mode == Mode::Kiosk;
    let qr = kiosk.then(|| crate::qr::svg(&url, "load-qr-label"));
    html! {
        <div class="handoff load-handoff">
            if let Some(svg) = qr.clone().flatten() {
                <figure class="qr">
                    { Html::from_html_unchecked(AttrValue::from(svg)) }
                    <figcaption id="load-qr-label" class="qr__label">{ L::QrLabel.get(lang) }</figcaption>
                </figure>
            } else if qr.is_some() {
                <p class="hint no-print">{ L::QrTooLong.get(lang) }</p>
            }
            <p class="print-only print-link">{ L::PrintedFrom.get(lang) }<span>{ url }</span></p>
        </div>
    }
}

/// Under the capacity question: "Not sure of the capacity? Estimate it from
/// your equipment" (keeping every answer).
pub fn capacity_help_link(ctx: &Ctx) -> Html {
    nav_link(
        ctx,
        "load-link",
        ctx.fragment_for(client::Page::Load),
        client::Action::Equipment(E::Open),
        html! { { L::CapacityHelp.get(ctx.lang) } },
    )
}
