//! Small shared pieces: links that dispatch actions, headings, the error summary, notices.

#[cfg(not(feature = "result-only"))]
use super::Ctx;
#[cfg(not(feature = "result-only"))]
use crate::client::Action;
use crate::client::{self, Page, State, Step, S};
use crate::model::Field;
use crate::officials::markup::Markup;
#[cfg(not(feature = "result-only"))]
use yew::prelude::*;

#[cfg(not(feature = "result-only"))]
/// A click that should be left to the browser (new tab, new window, download).
fn modified(e: &MouseEvent) -> bool {
    e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()
}

#[cfg(not(feature = "result-only"))]
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
pub fn write_change_link(m: &mut Markup, state: &State, field: Field, class: &str) {
    let lang = state.lang;
    let href = state.fragment_for(Page::Form(Step::of(field)));
    super::act::open_link(m, class, &href, &format!("change:{}", field.key()));
    m.text(S::Change.get(lang));
    m.el(
        "span",
        &[("class", "visually-hidden")],
        &format!(" {}", field.label().get(lang)),
    );
    m.close("a");
}

#[cfg(not(feature = "result-only"))]
/// [`write_change_link`] as part of a Yew view.
pub fn change_link(state: &State, field: Field, class: &str) -> Html {
    let mut m = Markup(String::new());
    write_change_link(&mut m, state, field, class);
    super::raw(m)
}

/// GOV.UK-style back link.
pub fn write_back_link(m: &mut Markup, state: &State) {
    let target = match state.page {
        Page::Start => return,
        Page::Form(_) if state.return_to_check => Page::Check,
        Page::Form(step) => step.prev().map_or(Page::Start, Page::Form),
        Page::Check => Page::Form(Step::When),
        Page::Result => Page::Check,
        Page::Load => Page::Form(Step::Capacity),
        _ => return,
    };
    super::act::link(
        m,
        "back-link no-print",
        &state.fragment_for(target),
        "back",
        S::Back.get(state.lang),
    );
}

#[cfg(not(feature = "result-only"))]
/// [`write_back_link`] as part of a Yew view.
pub fn back_link(state: &State) -> Html {
    let mut m = Markup(String::new());
    write_back_link(&mut m, state);
    super::raw(m)
}

/// The page's h1, focused after every page change.
pub fn write_page_heading(m: &mut Markup, text: &str, caption: Option<&str>) {
    if let Some(c) = caption {
        m.el("p", &[("class", "caption")], c);
    }
    m.el(
        "h1",
        &[
            ("id", "page-heading"),
            ("class", "page-heading"),
            ("tabindex", "-1"),
        ],
        text,
    );
}

#[cfg(not(feature = "result-only"))]
/// [`write_page_heading`] as part of a Yew view.
pub fn page_heading(text: &str, caption: Option<String>) -> Html {
    let mut m = Markup(String::new());
    write_page_heading(&mut m, text, caption.as_deref());
    super::raw(m)
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
pub fn write_link_notice(m: &mut Markup, state: &State) {
    let lang = state.lang;
    // The share-link bundle reads no portal's pack (the full app does).
    #[cfg(not(feature = "result-only"))]
    pack_problems(m, state);
    if let Some(text) = state.portal.accent.as_deref().and_then(|a| {
        crate::share::accent_colours(a)
            .err()
            .map(|p| client::accent_problem_text(a, p, lang))
    }) {
        m.open("div", &[("class", "notice"), ("role", "status")])
            .el("p", &[], &text)
            .close("div");
    }
    link_problems(m, state);
}

#[cfg(not(feature = "result-only"))]
/// [`write_link_notice`] as part of a Yew view.
pub fn link_notice(state: &State) -> Html {
    let mut m = Markup(String::new());
    write_link_notice(&mut m, state);
    super::raw(m)
}

/// Why a portal's policy pack is not used (refused, unavailable or invalid).
#[cfg(not(feature = "result-only"))]
fn pack_problems(m: &mut Markup, state: &State) {
    let lang = state.lang;
    let origin = state.policy.origin();
    let client::PolicyOrigin::PortalFailed { url, problems } = origin else {
        return;
    };
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
    m.open(
        "div",
        &[("class", "notice notice--warning"), ("role", "alert")],
    )
    .el("p", &[("class", "notice__title")], title.get(lang))
    .el("p", &[], &text)
    .open("ul", &[("class", "list list--bullet notice__problems")]);
    for p in problems.iter().take(client::MAX_SHOWN_PACK_PROBLEMS) {
        m.el("li", &[], &p.message(lang));
    }
    m.close("ul");
    if more > 0 {
        m.el("p", &[], &client::more_problems_text(more, lang));
    }
    m.close("div");
}

/// Which policy data the page uses, when a portal supplied it: the pack's own
/// title, publisher and date, and that it is not the built-in data. On every page.
pub fn write_portal_policy_note(m: &mut Markup, state: &State) {
    let lang = state.lang;
    let client::PolicyOrigin::Portal { url } = state.policy.origin() else {
        return;
    };
    m.open(
        "div",
        &[("class", "notice notice--info"), ("data-pack", url)],
    )
    .el(
        "p",
        &[("class", "notice__title")],
        S::PortalPolicyTitle.get(lang),
    );
    if let Some(a) = state.policy.pack().about.as_ref() {
        m.open("p", &[])
            .el("strong", &[], a.title.get(lang))
            .text(" · ")
            .text(a.issuer.get(lang))
            .text(" · ")
            .text(&a.date)
            .close("p");
    }
    m.el("p", &[], &client::portal_policy_text(url, lang))
        .close("div");
}

fn link_problems(m: &mut Markup, state: &State) {
    let lang = state.lang;
    if state.unknown_params.is_empty() && !state.bad_route {
        return;
    }
    m.open("div", &[("class", "notice"), ("role", "status")])
        .el(
            "p",
            &[("class", "notice__title")],
            S::LinkNoticeTitle.get(lang),
        );
    if state.bad_route {
        m.el("p", &[], S::BadRouteNotice.get(lang));
    }
    if !state.unknown_params.is_empty() {
        m.el(
            "p",
            &[],
            &client::unknown_params_text(&state.unknown_params.join(", "), lang),
        );
    }
    m.close("div");
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

#[cfg(not(feature = "result-only"))]
/// [`write_p_opt`] as part of a Yew view.
pub fn p_opt(t: &Option<crate::text::Text>, lang: crate::text::Lang, class: &str) -> Html {
    let mut m = Markup(String::new());
    write_p_opt(&mut m, t, lang, class);
    super::raw(m)
}
