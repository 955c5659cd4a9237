//! Start page: what the tool does, what you need, "Start now".

use super::widgets::{link_notice, page_heading};
use super::Ctx;
use crate::client::{Action, Page, Step, S};
use crate::model::Field;
use yew::prelude::*;

pub fn start_page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let preset = ctx.selected(Field::Jurisdiction);
    let places = ctx
        .policy
        .places()
        .into_iter()
        .map(|id| html! { <li>{ ctx.place_name(id) }</li> });
    // GOV.UK start button: a link that looks and announces like a button.
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key()) {
                e.prevent_default();
                ctx.dispatch(Action::Begin);
            }
        })
    };
    let start = html! {
        <a class="button button--start" role="button" draggable="false" href={ctx.fragment_for(Page::Form(Step::Where))} {onclick}>
            { S::StartButton.get(lang) }
            <svg class="button__arrow" width="16" height="18" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
        </a>
    };
    html! {
        <div class="start">
            { link_notice(ctx) }
            { page_heading(S::AppName.get(lang), None) }
            <p class="lead">{ S::StartLead.get(lang) }</p>
            <ul class="list list--bullet">
                <li>{ S::StartBullet1.get(lang) }</li>
                <li>{ S::StartBullet2.get(lang) }</li>
                <li>{ S::StartBullet3.get(lang) }</li>
                <li>{ S::StartBullet4.get(lang) }</li>
            </ul>
            if let Some(id) = preset {
                <p class="inset">{ S::StartPresetLead.get(lang) }<strong>{ ctx.place_name(id) }</strong></p>
            }
            { start }
            <p class="hint">{ S::StartTime.get(lang) }</p>
            <h2 class="h2">{ S::StartNeedTitle.get(lang) }</h2>
            <ul class="list list--bullet">
                <li>{ S::StartNeed1.get(lang) }</li>
                <li>{ S::StartNeed2.get(lang) }</li>
                <li>{ S::StartNeed3.get(lang) }</li>
            </ul>
            <h2 class="h2">{ S::StartCoverage.get(lang) }</h2>
            <ul class="list list--bullet">{ for places }</ul>
            <p>{ S::StartSources.get(lang) }</p>
        </div>
    }
}
