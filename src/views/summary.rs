//! The result's summary: the one date to plan around, the stages, the documents,
//! the zero-investment verdict and the next step, in the first phone screen.
//! Everything else on the result is folded under it.

use super::widgets::nav_link;
use super::Ctx;
use crate::assessment::{Assessment, Verdict};
use crate::client::{self, pick, Action, Page, Step, S};
use crate::policy::Topic;
use yew::prelude::*;

/// A service promise that says where to apply (online, a service hall…).
fn channel(a: &Assessment) -> Option<&crate::text::Text> {
    let words = ["营业厅", "网上", "线上", "办理用电"];
    a.commitments
        .iter()
        .filter(|c| c.topic == Topic::Service)
        .map(|c| &c.text)
        .find(|t| {
            words
                .iter()
                .any(|w| t.get(crate::text::Lang::ZhHans).contains(w))
        })
}

/// One line of the panel; `key` names it for tests (`data-row`).
fn row(key: &'static str, class: &'static str, dt: &str, dd: Html, sub: Option<String>) -> Html {
    html! {
        <div class={class} data-row={key}>
            <dt>{ dt.to_string() }</dt>
            <dd>{ dd }</dd>
            if let Some(s) = sub {
                <dd class="summary-panel__sub">{ s }</dd>
            }
        </div>
    }
}

pub fn panel(ctx: &Ctx, a: &Assessment) -> Html {
    let lang = ctx.lang;
    let z = &a.zero_investment;
    let icon = match z.status {
        Verdict::Yes => "✓ ",
        Verdict::No => "✕ ",
        Verdict::Depends => "? ",
    };
    let docs: Vec<&str> = a.documents.iter().map(|d| d.name.get(lang)).collect();
    let stages: Vec<&str> = a.stages.iter().map(|s| s.name.get(lang)).collect();
    let date = match a.completion_date {
        Some(d) => {
            let from = pick(
                lang,
                "自 {0} 申请起算",
                "自 {0} 申請起算",
                "counted from {0}",
            );
            let mut sub = crate::text::fill(from, &[&crate::explain::words::date(a.start, lang)]);
            if let Some(t) = &a.time_limit {
                sub.push_str(pick(lang, "；", "；", "; "));
                sub.push_str(t.scope.get(lang));
            }
            let dd = html! { <span class="summary-panel__date" data-date={client::iso_date(d)}>{ client::date_long(d, lang) }</span> };
            row(
                "date",
                "summary-panel__row",
                S::ConnectedBy.get(lang),
                dd,
                Some(sub),
            )
        }
        None => row(
            "date",
            "summary-panel__row",
            S::StartsOn.get(lang),
            html! { <span class="summary-panel__date">{ client::date_long(a.start, lang) }</span> },
            Some(S::NoTotalLimit.get(lang).to_string()),
        ),
    };
    let stages = if stages.is_empty() {
        S::StagesNoneShort.get(lang).to_string()
    } else {
        format!(
            "{}{}{}",
            client::stage_count(stages.len(), lang),
            pick(lang, "：", "：", ": "),
            stages.join(" → ")
        )
    };
    let docs = if docs.is_empty() {
        S::DocumentsNone.get(lang).to_string()
    } else {
        docs.join(pick(lang, "、", "、", ", "))
    };
    let next = crate::text::fill(
        S::NextStepApply.get(lang),
        &[a.stages.first().map_or("", |s| s.name.get(lang))],
    );
    let channel = channel(a).map(|c| c.get(lang).to_string());
    // As the verdict box: a national rule that applies where the local one does not makes it "depends".
    let modifier = if z.national.as_ref().is_some_and(|n| n.applies) && !z.applies {
        "depends"
    } else {
        client::verdict(z.status)
    };
    let verdict = match modifier {
        "yes" => "summary-panel__row summary-panel__verdict--yes",
        "no" => "summary-panel__row summary-panel__verdict--no",
        _ => "summary-panel__row summary-panel__verdict--depends",
    };
    let n = a.stages.len().to_string();
    html! {
        <section class="summary-panel" aria-labelledby="summary-h">
            <h2 id="summary-h" class="visually-hidden">{ S::SummaryTitle.get(lang) }</h2>
            <dl class="summary-panel__list">
                { date }
                { row("stages", "summary-panel__row", pick(lang, "办电环节", "辦電環節", "Stages"), html! { <span data-stages={n}>{ stages }</span> }, None) }
                { row("documents", "summary-panel__row", &client::documents_title(a.documents.len(), lang), html! { docs }, None) }
                { row("verdict", verdict, S::VerdictHeading.get(lang), html! { <span data-verdict={modifier}>{ icon }{ z.headline.get(lang) }</span> }, None) }
                { row("next", "summary-panel__row", S::NextStep.get(lang), html! { next }, channel) }
            </dl>
        </section>
    }
}

/// The answers in one line, with one link back to the check page to change them.
pub fn answers_line(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let pack = ctx.policy.pack();
    let texts: Vec<String> = Step::ALL
        .iter()
        .flat_map(|s| s.fields())
        .filter(|f| client::asked(*f, &ctx.draft, pack) && !ctx.draft.get(*f).trim().is_empty())
        .map(|f| ctx.answer_text(f))
        .filter(|t| !t.trim().is_empty())
        .collect();
    html! {
        <p class="answers-line" data-answers-line="">
            <strong>{ S::YourAnswers.get(lang) }{ pick(lang, "：", "：", ": ") }</strong>
            { texts.join(" · ") }{ " " }
            { nav_link(ctx, "no-print", ctx.fragment_for(Page::Check), Action::Back, html! {
                <>{ S::Change.get(lang) }<span class="visually-hidden">{ format!(" {}", S::YourAnswers.get(lang)) }</span></>
            }) }
        </p>
    }
}
