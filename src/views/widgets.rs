//! Small shared pieces: links that dispatch actions, headings, the error summary, notices.

use super::Ctx;
use crate::client::{self, Action, Page, Step, S};
use crate::model::Field;
use crate::officials::markup::Markup;
use yew::prelude::*;

/// A click that should be left to the browser (new tab, new window, download).
fn modified(e: &MouseEvent) -> bool {
    e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()
}

/// A link with a real `href` (it can be opened in a new tab or copied) whose plain
/// click dispatches `action` instead; the reducer decides about history.
pub fn nav_link(
    ctx: &Ctx,
    class: &'static str,
    href: String,
    action: Action,
    children: Html,
) -> Html {
    let ctx = ctx.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if !modified(&e) {
            e.prevent_default();
            ctx.dispatch(action.clone());
        }
    });
    html! { <a {class} {href} {onclick}>{ children }</a> }
}

/// "Change" with the question named for screen readers.
pub fn change_link(ctx: &Ctx, field: Field, class: &'static str) -> Html {
    let lang = ctx.lang;
    let href = ctx.fragment_for(Page::Form(Step::of(field)));
    nav_link(
        ctx,
        class,
        href,
        Action::Change(field),
        html! {
            <>{ S::Change.get(lang) }<span class="visually-hidden">{ format!(" {}", field.label().get(lang)) }</span></>
        },
    )
}

/// GOV.UK-style back link.
pub fn back_link(ctx: &Ctx) -> Html {
    let target = match ctx.page {
        Page::Start => return Html::default(),
        Page::Form(_) if ctx.return_to_check => Page::Check,
        Page::Form(step) => step.prev().map_or(Page::Start, Page::Form),
        Page::Check => Page::Form(Step::When),
        Page::Result => Page::Check,
        Page::Load => Page::Form(Step::Capacity),
        _ => return Html::default(),
    };
    nav_link(
        ctx,
        "back-link no-print",
        ctx.fragment_for(target),
        Action::Back,
        html! { S::Back.get(ctx.lang) },
    )
}

/// The page's h1, focused after every page change.
pub fn page_heading(text: &str, caption: Option<String>) -> Html {
    html! {
        <>
            if let Some(c) = caption {
                <p class="caption">{ c }</p>
            }
            <h1 id="page-heading" class="page-heading" tabindex="-1">{ text.to_string() }</h1>
        </>
    }
}

/// The list of problems at the top of a page; each links to its question.
#[cfg(not(feature = "result-only"))]
pub fn error_summary(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    if ctx.problems.is_empty() {
        return Html::default();
    }
    let here: Option<Step> = match ctx.page {
        Page::Form(step) => Some(step),
        _ => None,
    };
    let items = ctx.problems.iter().map(|p| {
        let field = p.field;
        let id = client::field_id(field);
        let on_this_page = here.is_some_and(|s| Step::of(field) == s);
        let onclick = {
            let ctx = ctx.clone();
            let id = id.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                if on_this_page {
                    if field == Field::PowerFactor {
                        if let Some(el) = super::dom::document().get_element_by_id("pf-details") {
                            let _ = el.set_attribute("open", "");
                        }
                    }
                    super::dom::focus(&id);
                } else {
                    ctx.dispatch(Action::GoToField(field));
                }
            })
        };
        let href = if on_this_page {
            format!("#{id}")
        } else {
            ctx.fragment_for(Page::Form(Step::of(field)))
        };
        html! { <li><a {href} {onclick}>{ p.message.get(lang) }</a></li> }
    });
    html! {
        <div id="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary__title">{ S::ErrorSummaryTitle.get(lang) }</h2>
            if ctx.problems_from_link {
                <p>{ S::LinkProblemsLead.get(lang) }</p>
            }
            <ul class="error-summary__list">{ for items }</ul>
        </div>
    }
}

/// Notices about the link itself: unknown parameters, an unknown page.
pub fn link_notice(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let accent = ctx.portal.accent.as_deref().and_then(|a| {
        crate::share::accent_colours(a)
            .err()
            .map(|p| client::accent_problem_text(a, p, lang))
    });
    html! {
        <>
            { pack_problems(ctx) }
            if let Some(text) = accent {
                <div class="notice" role="status"><p>{ text }</p></div>
            }
            { link_problems(ctx) }
        </>
    }
}

/// Why a portal's policy pack is not used (refused, unavailable or invalid).
fn pack_problems(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let origin = ctx.policy.origin();
    let client::PolicyOrigin::PortalFailed { url, problems } = origin else {
        return Html::default();
    };
    let shown = problems.iter().take(client::MAX_SHOWN_PACK_PROBLEMS);
    let more = problems
        .len()
        .saturating_sub(client::MAX_SHOWN_PACK_PROBLEMS);
    let (title, text) = if origin.refused() {
        (
            S::PortalPolicyRefusedTitle,
            client::portal_policy_refused_text(lang).to_string(),
        )
    } else {
        (
            S::PortalPolicyFailedTitle,
            client::portal_policy_failed_text(url, lang),
        )
    };
    html! {
        <div class="notice notice--warning" role="alert">
            <p class="notice__title">{ title.get(lang) }</p>
            <p>{ text }</p>
            <ul class="list list--bullet notice__problems">
                { for shown.map(|p| html! { <li>{ p.message(lang) }</li> }) }
            </ul>
            if more > 0 {
                <p>{ client::more_problems_text(more, lang) }</p>
            }
        </div>
    }
}

/// Which policy data the page uses, when a portal supplied it: the pack's own
/// title, publisher and date, and that it is not the built-in data. On every page.
pub fn portal_policy_note(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let client::PolicyOrigin::Portal { url } = ctx.policy.origin() else {
        return Html::default();
    };
    let about = ctx.policy.pack().about.as_ref();
    html! {
        <div class="notice notice--info" data-pack={url.clone()}>
            <p class="notice__title">{ S::PortalPolicyTitle.get(lang) }</p>
            if let Some(a) = about {
                <p><strong>{ a.title.get(lang) }</strong>{ " · " }{ a.issuer.get(lang) }{ " · " }{ a.date.to_string() }</p>
            }
            <p>{ client::portal_policy_text(url, lang) }</p>
        </div>
    }
}

fn link_problems(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    if ctx.unknown_params.is_empty() && !ctx.bad_route {
        return Html::default();
    }
    html! {
        <div class="notice" role="status">
            <p class="notice__title">{ S::LinkNoticeTitle.get(lang) }</p>
            if ctx.bad_route {
                <p>{ S::BadRouteNotice.get(lang) }</p>
            }
            if !ctx.unknown_params.is_empty() {
                <p>{ client::unknown_params_text(&ctx.unknown_params.join(", "), lang) }</p>
            }
        </div>
    }
}

/// A paragraph for optional engine text (nothing when it is empty in `lang`).
pub fn write_p_opt(
    m: &mut Markup,
    t: &Option<crate::text::Text>,
    lang: crate::text::Lang,
    class: &str,
) {
    if let Some(t) = t
        .as_ref()
        .map(|t| t.get(lang))
        .filter(|t| !t.trim().is_empty())
    {
        m.el("p", &[("class", class)], t);
    }
}

/// [`write_p_opt`] as part of a Yew view.
pub fn p_opt(t: &Option<crate::text::Text>, lang: crate::text::Lang, class: &str) -> Html {
    let mut m = Markup(String::new());
    write_p_opt(&mut m, t, lang, class);
    super::raw(m)
}
