//! The question pages: a few questions per page, each saying why it is asked,
//! with the error summary on top and the message next to the question.

use super::widgets::{back_link, error_summary, link_notice, page_heading};
use super::Ctx;
use crate::capacity::Unit;
use crate::client::{self, Action, Focus, Step, S};
use crate::model::{parse_date, Field};
use crate::text::Lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn question_page(ctx: &Ctx, step: Step) -> Html {
    let lang = ctx.lang;
    let onsubmit = {
        let ctx = ctx.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            ctx.dispatch(Action::Continue);
        })
    };
    let pack = ctx.policy.pack();
    let questions = step
        .fields()
        .filter(|f| client::asked(*f, &ctx.draft, pack))
        .map(|f| match f {
            Field::Capacity => capacity_question(ctx),
            Field::PowerFactor => power_factor_question(ctx),
            Field::Start => date_question(ctx),
            Field::WaterMeterDn => meter_dn_question(ctx),
            _ => radio_question(ctx, f),
        });
    let button = if ctx.return_to_check {
        S::SaveAndCheck
    } else {
        S::Continue
    };
    html! {
        <div class="question-page">
            { back_link(ctx) }
            { link_notice(ctx) }
            { error_summary(ctx) }
            { page_heading(step.title().get(lang), Some(client::step_of(step.index() + 1, Step::ALL.len(), lang))) }
            <form class="form" novalidate=true {onsubmit}>
                { for questions }
                <button type="submit" class="button">{ button.get(lang) }</button>
            </form>
        </div>
    }
}

/// Hint and error ids of a question, for `aria-describedby`.
fn described_by(field: Field, has_error: bool) -> String {
    let id = client::field_id(field);
    if has_error {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    }
}

fn error_message(field: Field, message: Option<&str>, lang: Lang) -> Html {
    match message {
        Some(m) => html! {
            <p class="error-message" id={format!("{}-error", client::field_id(field))}>
                <span class="visually-hidden">{ S::ErrorPrefix.get(lang) }</span>{ m.to_string() }
            </p>
        },
        None => Html::default(),
    }
}

fn field_class(error: bool) -> &'static str {
    if error {
        "field field--error"
    } else {
        "field"
    }
}

fn input_class(base: &'static str, error: bool) -> String {
    if error {
        format!("input {base} input--error")
    } else {
        format!("input {base}")
    }
}

/// One radio button with its label and optional hint.
fn radio(
    ctx: &Ctx,
    field: Field,
    id: String,
    value: &str,
    label: &str,
    hint: Option<&str>,
    checked: bool,
) -> Html {
    let hint_id = format!("{id}-item-hint");
    // The utilities question takes any of its answers: check boxes.
    let many = field == Field::Utilities;
    let onchange = {
        let ctx = ctx.clone();
        let value = value.to_string();
        Callback::from(move |_: Event| {
            let answer = if many {
                client::toggle_answer(ctx.draft.get(field), &value)
            } else {
                value.clone()
            };
            ctx.dispatch(Action::Set(field, answer))
        })
    };
    html! {
        <div class={if many { "radio radio--check" } else { "radio" }}>
            <input class="radio__input" type={if many { "checkbox" } else { "radio" }} id={id.clone()} name={field.key()} value={value.to_string()}
                {checked} {onchange} aria-describedby={hint.map(|_| hint_id.clone())} />
            <label class="radio__label" for={id}>{ label.to_string() }</label>
            if let Some(hint) = hint {
                <p class="radio__hint" id={hint_id}>{ hint.to_string() }</p>
            }
        </div>
    }
}

/// A radio question in a fieldset with legend, hint and error.
fn radio_question(ctx: &Ctx, field: Field) -> Html {
    let lang = ctx.lang;
    let (q, h) = client::question(field);
    let problem = ctx.problem(field).map(|p| p.message.get(lang));
    let current = ctx.selected(field);
    let base_id = client::field_id(field);
    let id_for = |i: usize, value: &str| {
        if i == 0 {
            base_id.clone()
        } else {
            format!("{base_id}-{value}")
        }
    };
    let (items, extra): (Vec<Html>, Option<Html>) = if field == Field::Jurisdiction {
        let items = ctx
            .policy
            .places()
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let label = ctx.place_name(v);
                radio(
                    ctx,
                    field,
                    id_for(i, v),
                    v,
                    &label,
                    None,
                    current == Some(v),
                )
            })
            .collect();
        (items, None)
    } else {
        let (list, not_sure) = client::choices(field);
        let chosen = client::chosen_utilities(&ctx.draft);
        let items = list
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let hint = c.hint.map(|h| h.get(lang));
                let checked = match field {
                    Field::Utilities => chosen.iter().any(|u| u.key() == c.key),
                    _ => current == Some(c.key),
                };
                radio(
                    ctx,
                    field,
                    id_for(i, c.key),
                    c.key,
                    c.label.get(lang),
                    hint,
                    checked,
                )
            })
            .collect();
        let extra = not_sure.map(|label| {
            radio(
                ctx,
                field,
                id_for(list.len(), client::UNKNOWN),
                client::UNKNOWN,
                label.get(lang),
                None,
                current == Some(client::UNKNOWN),
            )
        });
        (items, extra)
    };
    html! {
        <div class={field_class(problem.is_some())}>
            <fieldset class="fieldset" aria-describedby={described_by(field, problem.is_some())}>
                <legend class="question">{ q.get(lang) }</legend>
                <p class="hint" id={format!("{base_id}-hint")}>{ h.get(lang) }</p>
                { error_message(field, problem, lang) }
                <div class="radios">
                    { for items }
                    if let Some(extra) = extra {
                        <p class="radios__or">{ S::Or.get(lang) }</p>
                        { extra }
                    }
                </div>
            </fieldset>
        </div>
    }
}

fn input_value(e: &InputEvent) -> Option<(String, bool)> {
    let input: HtmlInputElement = e.target()?.dyn_into().ok()?;
    Some((input.value(), input.validity().bad_input()))
}

/// Capacity: a text box (accepts "160", "１６０", "160kVA") and a kVA/kW choice.
fn capacity_question(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let field = Field::Capacity;
    let id = client::field_id(field);
    let (q, h) = client::question(field);
    let problem = ctx.problem(field).map(|p| p.message.get(lang));
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some((v, _)) = input_value(&e) {
                ctx.dispatch(Action::SetCapacityText(v));
            }
        })
    };
    let unit_radio = |unit: Unit, label: S| {
        let uid = if unit == Unit::Kva {
            "f-unit-kva"
        } else {
            "f-unit-kw"
        };
        let onchange = {
            let ctx = ctx.clone();
            Callback::from(move |_: Event| ctx.dispatch(Action::SetUnit(unit)))
        };
        html! {
            <div class="radio">
                <input class="radio__input" type="radio" id={uid} name="unit" value={unit.symbol()}
                    checked={ctx.capacity_unit == unit} {onchange} />
                <label class="radio__label" for={uid}>{ label.get(lang) }</label>
            </div>
        }
    };
    html! {
        <div class={field_class(problem.is_some())}>
            <label class="question" for={id.clone()}>{ q.get(lang) }</label>
            <p class="hint" id={format!("{id}-hint")}>{ h.get(lang) }</p>
            { error_message(field, problem, lang) }
            <div class="capacity">
                <input class={input_class("input--capacity", problem.is_some())}
                    type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    id={id} name="capacity" value={ctx.capacity_text.clone()} {oninput}
                    aria-describedby={described_by(field, problem.is_some())}
                    aria-invalid={problem.map(|_| "true")} />
                <fieldset class="fieldset unit">
                    <legend class="unit__legend">{ S::LUnit.get(lang) }</legend>
                    <div class="radios radios--inline">
                        { unit_radio(Unit::Kva, S::UnitKva) }
                        { unit_radio(Unit::Kw, S::UnitKw) }
                    </div>
                </fieldset>
            </div>
            <p class="hint hint--after">{ S::UnitHint.get(lang) }</p>
            <p class="hint--after">{ super::load::capacity_help_link(ctx) }</p>
        </div>
    }
}

/// Power factor, folded away unless it matters (kW, a value, a problem, "Change").
fn power_factor_question(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let field = Field::PowerFactor;
    let id = client::field_id(field);
    let (q, h) = client::question(field);
    let problem = ctx.problem(field).map(|p| p.message.get(lang));
    let raw = ctx.draft.get(field).to_string();
    let open = problem.is_some()
        || !raw.trim().is_empty()
        || ctx.capacity_unit == Unit::Kw
        || ctx.focus == Focus::Field(field);
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some((v, _)) = input_value(&e) {
                ctx.dispatch(Action::Set(Field::PowerFactor, v));
            }
        })
    };
    html! {
        <details id="pf-details" class={if problem.is_some() { "field field--error disclosure" } else { "field disclosure" }} {open}>
            <summary class="disclosure__summary">{ S::PfSummary.get(lang) }</summary>
            <div class="disclosure__body">
                <label class="question question--small" for={id.clone()}>{ q.get(lang) }{ S::Optional.get(lang) }</label>
                <p class="hint" id={format!("{id}-hint")}>{ h.get(lang) }</p>
                { error_message(field, problem, lang) }
                <input class={input_class("input--short", problem.is_some())}
                    type="text" inputmode="decimal" autocomplete="off" spellcheck="false" placeholder="0.9"
                    id={id} name="power_factor" value={raw} {oninput}
                    aria-describedby={described_by(field, problem.is_some())}
                    aria-invalid={problem.map(|_| "true")} />
            </div>
        </details>
    }
}

/// Application date: a date picker (a text box when the link carried something else).
fn date_question(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let field = Field::Start;
    let id = client::field_id(field);
    let (q, h) = client::question(field);
    let problem = ctx.problem(field).map(|p| p.message.get(lang));
    let raw = ctx.draft.get(field).to_string();
    // A date picker shows only ISO dates; anything else stays visible in a text box.
    let iso = parse_date(&raw).map(client::iso_date);
    let as_date = raw.trim().is_empty() || (iso.is_some() && problem.is_none());
    let value = if as_date {
        iso.unwrap_or_default()
    } else {
        raw
    };
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some((v, bad)) = input_value(&e) {
                // A half-typed date reads as "": keep the answer until it is complete.
                if !(v.is_empty() && bad) {
                    ctx.dispatch(Action::Set(Field::Start, v));
                }
            }
        })
    };
    html! {
        <div class={field_class(problem.is_some())}>
            <label class="question" for={id.clone()}>{ q.get(lang) }</label>
            <p class="hint" id={format!("{id}-hint")}>{ h.get(lang) }</p>
            { error_message(field, problem, lang) }
            <input class={input_class("input--date", problem.is_some())}
                type={if as_date { "date" } else { "text" }} min="2000-01-01" max="2099-12-31"
                id={id} name="start" {value} {oninput} autocomplete="off"
                aria-describedby={described_by(field, problem.is_some())}
                aria-invalid={problem.map(|_| "true")} />
        </div>
    }
}

/// The water meter's size (DN) in whole millimetres, asked when water is chosen.
fn meter_dn_question(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let field = Field::WaterMeterDn;
    let id = client::field_id(field);
    let (q, h) = client::question(field);
    let problem = ctx.problem(field).map(|p| p.message.get(lang));
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some((v, _)) = input_value(&e) {
                ctx.dispatch(Action::Set(Field::WaterMeterDn, v));
            }
        })
    };
    html! {
        <div class={field_class(problem.is_some())}>
            <label class="question" for={id.clone()}>{ q.get(lang) }{ S::Optional.get(lang) }</label>
            <p class="hint" id={format!("{id}-hint")}>{ h.get(lang) }</p>
            { error_message(field, problem, lang) }
            <div class="dn">
                <span class="dn__prefix" aria-hidden="true">{ "DN" }</span>
                <input class={input_class("input--dn", problem.is_some())}
                    type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                    id={id} name="water_meter_dn" value={ctx.draft.get(field).to_string()} {oninput}
                    aria-describedby={described_by(field, problem.is_some())}
                    aria-invalid={problem.map(|_| "true")} />
                <span class="dn__unit">{ S::DnUnit.get(lang) }</span>
            </div>
        </div>
    }
}
