//! "Check your answers": every answer with a Change link, then "See the result".

use super::widgets::{back_link, change_link, link_notice, page_heading};
use super::Ctx;
use crate::client::{Action, Step, S};
use yew::prelude::*;

/// The answers as a GOV.UK summary list, grouped by question page (the result
/// shows them in one line instead).
fn answers(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let groups = Step::ALL.iter().map(|&step| {
        let pack = ctx.policy.pack();
        let asked = step
            .fields()
            .filter(|f| crate::client::asked(*f, &ctx.draft, pack));
        let rows = asked.map(|f| {
            html! {
                <div class="summary__row">
                    <dt class="summary__key">{ f.label().get(lang) }</dt>
                    <dd class="summary__value">{ ctx.answer_text(f) }</dd>
                    <dd class="summary__actions no-print">{ change_link(ctx, f, "") }</dd>
                </div>
            }
        });
        let title = step.title().get(lang);
        html! {
            <>
                <h2 class="h3 summary__title">{ title }</h2>
                <dl class="summary">{ for rows }</dl>
            </>
        }
    });
    html! { <div class="answers">{ for groups }</div> }
}

pub fn check_page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::ShowResult))
    };
    html! {
        <div class="check">
            { back_link(ctx) }
            { link_notice(ctx) }
            { page_heading(S::CheckTitle.get(lang), None) }
            <p>{ S::CheckLead.get(lang) }</p>
            { answers(ctx) }
            <button type="button" class="button" {onclick}>{ S::SeeResult.get(lang) }</button>
        </div>
    }
}
