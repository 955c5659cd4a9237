//! The officials' pages (compare, rules of a place, check a pack, scenario
//! grid). What they show comes from `crate::officials`; they are written as
//! escaped HTML text (`officials::markup`) inside one element whose listeners
//! handle every control (`data-field` drop-downs and dates set the page's link,
//! `data-act` buttons act), which costs the applicant's bundle far less than a
//! virtual-DOM node and a callback per cell and control. Links need no
//! listener: they change the address.

pub mod check_pack;
pub mod compare;
pub mod rules;
pub mod scenarios;

use super::{dom, raw, Ctx};
use crate::client::{Action, Page, State, Wb, S};
use crate::model::{Draft, Field};
use crate::officials::markup::Markup;
use crate::text::Lang;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// One of the officials' pages.
pub fn page(ctx: &Ctx) -> Html {
    match ctx.page {
        Page::Compare => compare::page(ctx),
        Page::Rules => rules::page(ctx),
        Page::CheckPack => check_pack::page(ctx),
        _ => scenarios::page(ctx),
    }
}

/// A page (or banner) of written blocks, with the listeners for its controls.
/// Blocks are replaced as a whole when their text changes, so controls and
/// content are kept in separate blocks.
pub fn shell(ctx: &Ctx, class: &'static str, blocks: Vec<Markup>) -> Html {
    shell_with(ctx, class, blocks.into_iter().map(raw).collect())
}

/// [`shell`] for blocks some of which are elements of their own (a text box
/// the page state holds).
pub fn shell_with(ctx: &Ctx, class: &'static str, blocks: Vec<Html>) -> Html {
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| on_change(&ctx, e))
    };
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| on_click(&ctx, e))
    };
    let children = yew::virtual_dom::VList::with_children(blocks, None);
    html! {
        <div {class} {onchange} {onclick}>{ Html::from(children) }</div>
    }
}

/// A drop-down or date box changed: set its answer in the page's link (the
/// rules page's topic has its own action), and keep the keyboard focus on it
/// once the page is drawn again; a file was chosen: check it.
fn on_change(ctx: &Ctx, e: Event) {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if el.id() == "pack-file" || el.id() == "source-file" {
        let source = el.id() == "source-file";
        if let Ok(input) = el.dyn_into::<HtmlInputElement>() {
            check_pack::open_file(ctx, input, source);
        }
        return;
    }
    let Some(key) = el.get_attribute("data-field") else {
        return;
    };
    let value = match el.dyn_ref::<HtmlSelectElement>() {
        Some(s) => s.value(),
        None => match el.dyn_ref::<HtmlInputElement>() {
            Some(i) if !i.value().is_empty() => i.value(),
            _ => return,
        },
    };
    ctx.dispatch(match Field::from_key(&key) {
        Some(f) => Action::Set(f, value),
        None => Action::SetTopic(Some(value).filter(|v| !v.is_empty())),
    });
    let id = el.id();
    gloo::timers::callback::Timeout::new(0, move || {
        dom::focus(&id);
    })
    .forget();
}

/// A `data-act` button.
fn on_click(ctx: &Ctx, e: MouseEvent) {
    // The buttons hold only text, so the target is the button itself.
    let Some(act) = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.get_attribute("data-act"))
    else {
        return;
    };
    match act.as_str() {
        "print" => dom::print(),
        "check" => check_pack::check(ctx),
        "try" => check_pack::try_it(ctx),
        "stop" => ctx.dispatch(Action::EndTrial),
        _ => {}
    }
}

/// Links to the officials' pages (for the place the page shows), the current one marked.
pub fn officials_links(m: &mut Markup, ctx: &State) {
    let lang = ctx.lang;
    let mut draft = Draft::default();
    let place = ctx.draft.get(Field::Jurisdiction).trim();
    if ctx.page.workbench_title().is_some() && ctx.policy.pack().get(place).is_some() {
        draft.set(Field::Jurisdiction, place);
    }
    m.open("ul", &[("class", "wb-links")]);
    for p in Page::OFFICIALS {
        let current = if ctx.page == p { "page" } else { "" };
        let title = p.workbench_title().map_or("", |t| t.get(lang));
        m.open("li", &[]);
        m.el(
            "a",
            &[
                ("href", &ctx.link_to(p, &draft, None)),
                ("aria-current", current),
            ],
            title,
        );
        m.close("li");
    }
    m.close("ul");
}

/// The navigation, kicker and heading at the top of an official's page, and its lead.
pub fn header(ctx: &Ctx, lead: Wb) -> Markup {
    let lang = ctx.lang;
    let mut m = Markup::new();
    m.open(
        "nav",
        &[
            ("class", "wb-nav no-print"),
            ("aria-label", S::NavLabel.get(lang)),
        ],
    );
    officials_links(&mut m, ctx);
    m.close("nav");
    m.el("p", &[("class", "caption")], S::NavLabel.get(lang));
    m.el(
        "h1",
        &[
            ("id", "page-heading"),
            ("class", "page-heading"),
            ("tabindex", "-1"),
        ],
        &ctx.workbench_heading().unwrap_or_default(),
    );
    m.el("p", &[("class", "lead")], lead.get(lang));
    m
}

/// While a pack is being tried: says so on every page but the checker (which
/// says it itself), with a way back and a way out.
pub fn trial_banner(ctx: &Ctx) -> Html {
    if ctx.policy.trial().is_none() || ctx.page == Page::CheckPack {
        return Html::default();
    }
    let mut m = Markup::new();
    let back = ctx.link_to(Page::CheckPack, &Draft::default(), None);
    trial_notice(&mut m, ctx.lang, Wb::TrialText, Some(&back));
    shell(ctx, "wb-banner", vec![m])
}

/// The notice of a pack being tried: its title, `text`, and the button that
/// ends the trial, after a link back to the checker when `back` is given.
pub fn trial_notice(m: &mut Markup, lang: Lang, text: Wb, back: Option<&str>) {
    m.open(
        "div",
        &[
            ("class", "notice notice--warning wb-trial"),
            ("data-trial", "on"),
        ],
    );
    m.el("p", &[("class", "notice__title")], Wb::TrialTitle.get(lang));
    m.el("p", &[], text.get(lang));
    match back {
        Some(href) => {
            m.open("p", &[("class", "wb-trial__actions no-print")]);
            m.link(href, Wb::BackToPack.get(lang));
        }
        None => {
            m.open("p", &[]);
        }
    }
    button(m, "stop", Wb::StopTrial.get(lang), true);
    m.close("p").close("div");
}

/// A `data-act` button.
pub fn button(m: &mut Markup, act: &str, text: &str, secondary: bool) {
    let class = if secondary {
        "button button--secondary button--small"
    } else {
        "button"
    };
    m.el(
        "button",
        &[("type", "button"), ("class", class), ("data-act", act)],
        text,
    );
}

/// After a rules page loads: focus and show the rule its address names.
/// False when there is none (the page heading gets the focus instead).
pub fn focus_anchor(ctx: &State) -> bool {
    if ctx.page != Page::Rules {
        return false;
    }
    let Some(id) = ctx.anchor.as_deref() else {
        return false;
    };
    match dom::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        Some(el) => {
            el.scroll_into_view();
            let _ = el.focus();
            true
        }
        None => false,
    }
}

/// The CSV download (a `data:` link made in the browser: nothing is sent) and
/// the print button.
pub fn toolbar(lang: Lang, name: &str, rows: &[Vec<String>], m: &mut Markup) {
    let href = format!(
        "data:text/csv;charset=utf-8,{}",
        crate::share::encode(&crate::officials::csv::write(rows))
    );
    m.open("p", &[("class", "toolbar wb-toolbar no-print")]);
    m.el(
        "a",
        &[
            ("class", "button button--secondary button--small"),
            ("href", &href),
            ("download", name),
        ],
        Wb::DownloadCsv.get(lang),
    );
    m.text(" ");
    button(m, "print", Wb::PrintPage.get(lang), true);
    m.close("p");
}

/// A labelled drop-down; `key` is the link parameter it sets.
pub fn select(m: &mut Markup, key: &str, label: &str, options: &[(&str, &str)], current: &str) {
    let id = ["wb-", key].concat();
    m.open("div", &[("class", "wb-control")]);
    m.el("label", &[("class", "wb-label"), ("for", &id)], label);
    m.open(
        "select",
        &[("class", "wb-select"), ("id", &id), ("data-field", key)],
    );
    for (value, text) in options {
        m.option(value, text, *value == current);
    }
    m.close("select").close("div");
}

/// The application date a page uses, as a date box.
pub fn date_input(lang: Lang, value: &str, m: &mut Markup) {
    m.open("div", &[("class", "wb-control")]);
    m.el(
        "label",
        &[("class", "wb-label"), ("for", "wb-start")],
        Field::Start.label().get(lang),
    );
    m.open(
        "input",
        &[
            ("class", "wb-select"),
            ("type", "date"),
            ("id", "wb-start"),
            ("data-field", "start"),
            ("value", value),
            ("min", "2000-01-01"),
            ("max", "2099-12-31"),
            ("aria-describedby", "wb-start-hint"),
        ],
    );
    m.el(
        "p",
        &[("class", "hint wb-hint"), ("id", "wb-start-hint")],
        Wb::DateHint.get(lang),
    );
    m.close("div");
}

/// The date a page uses: the link's, when valid, else today.
pub fn start_date(ctx: &Ctx) -> chrono::NaiveDate {
    crate::model::parse_date(ctx.draft.get(Field::Start)).unwrap_or(ctx.today)
}
