//! The browser app (wasm only): a thin client of the engine.
//!
//! `client::State` and its reducer hold everything (see `src/client/`); this
//! module wires the reducer to the browser (address, history, focus, title,
//! embed height). Read-only parts of a page (the shell, the whole result) are
//! written as markup, whose links say what they do in `data-act` (`act`). The
//! full app (`app`) is Yew; the share-link bundle (`result-only`) shows only
//! the result and has no Yew at all (`lite`): the same markup, one click
//! handler, and a fresh page for anything else.

mod act;
#[cfg(not(feature = "result-only"))]
mod app;
// The share-link bundle carries the result page, not the questions, the
// check, the capacity helper or the start page.
#[cfg(not(feature = "result-only"))]
mod check;
mod chrome;
mod cite;
#[cfg(feature = "fetch-policy")]
mod data;
pub mod dom;
#[cfg(not(feature = "result-only"))]
mod form;
#[cfg(not(feature = "result-only"))]
mod kiosk;
#[cfg(feature = "result-only")]
mod lite;
#[cfg(not(feature = "result-only"))]
mod load;
#[cfg(all(
    any(feature = "workbench", debug_assertions),
    not(feature = "result-only")
))]
mod officials;
mod officials_entry;
mod result;
#[cfg(not(feature = "result-only"))]
mod start;
mod summary;
mod utilities;
mod widgets;

#[cfg(not(feature = "result-only"))]
pub use app::{raw, App, AppProps, Ctx, CtxProps};

use crate::client::{self, Focus, HistoryOp, Page, State};
use crate::officials::markup::Markup;
use crate::share::Mode;
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Starts the app in `<body>`; index.html's pre-rendered copy goes once the app has rendered.
pub fn run() {
    #[cfg(feature = "fetch-policy")]
    wasm_bindgen_futures::spawn_local(async {
        if data::load_first(&dom::location_hash()).await {
            start();
        } else {
            data::failed();
        }
    });
    #[cfg(not(feature = "fetch-policy"))]
    start();
}

/// The first render, once the data it needs is here.
fn start() {
    // A portal's pack is read by the full app, not the share-link bundle
    // (static/route.js sends such links there; `lite` reloads into it).
    let portal =
        client::policy_url(&dom::location_hash()).filter(|_| !cfg!(feature = "result-only"));
    let Some(url) = portal else {
        return render(client::Policy::default());
    };
    // A portal's pack is fetched once, before the first render; if it is slow or
    // broken the built-in pack is used and the page says so.
    let done = Rc::new(Cell::new(false));
    let finish = {
        let done = done.clone();
        move |url: &str, fetched: Result<String, crate::portal::PackProblem>| {
            if !done.replace(true) {
                render(client::Policy::from_portal(url, fetched));
            }
        }
    };
    {
        let (finish, url) = (finish.clone(), url.clone());
        gloo::timers::callback::Timeout::new(PACK_TIMEOUT_MS, move || {
            finish(
                &url,
                Err(crate::portal::PackProblem::TimedOut(PACK_TIMEOUT_MS / 1000)),
            )
        })
        .forget();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = dom::fetch_pack(&url).await;
        finish(&url, fetched);
    });
}

const PACK_TIMEOUT_MS: u32 = 15_000;

#[cfg(not(feature = "result-only"))]
use app::render;
#[cfg(feature = "result-only")]
use lite::render;

/// Removes index.html's pre-rendered page (in the same task as the app's
/// first render, so the two never show together and nothing moves).
fn remove_prerender() {
    if let Some(el) = dom::document().get_element_by_id("prerender") {
        el.remove();
    }
}

/// Reloads the page into the bundle that has this address's page. The boot
/// script picks it from the address's canonical form; writing that first
/// means a reload can never loop back into this bundle.
#[cfg(not(all(
    any(feature = "workbench", debug_assertions),
    not(feature = "result-only")
)))]
fn reload_into_bundle(state: &State) {
    let push = matches!(state.history, HistoryOp::Push);
    dom::set_fragment(&state.fragment(), push);
    dom::reload();
}

/// `class` of `#app`: the mode, and care mode.
fn app_class(state: &State) -> String {
    let mode = match state.mode {
        Mode::Web => "app app--web",
        Mode::Kiosk => "app app--kiosk",
        Mode::Embed => "app app--embed",
    };
    if state.portal.care {
        format!("{mode} app--care")
    } else {
        mode.to_string()
    }
}

/// Above the page: the site header, or in a portal only the language links.
fn write_top(m: &mut Markup, state: &State) {
    if state.mode == Mode::Embed {
        chrome::write_lang_switch(m, state, true);
    } else {
        chrome::write_header(m, state);
    }
}

/// Below the page: the footer (not in a portal).
fn write_bottom(m: &mut Markup, state: &State) {
    if state.mode != Mode::Embed {
        chrome::write_footer(m, state);
    }
}

/// `class` of `<main>`.
fn main_class(state: &State) -> &'static str {
    if state.page.workbench_title().is_some() {
        "wrap wrap--wide"
    } else {
        "wrap"
    }
}

/// While a page waits for data it needs (or the data could not be fetched).
fn write_waiting(m: &mut Markup, state: &State) {
    if client::built_in_unavailable() {
        m.el(
            "p",
            &[("class", "notice notice--error"), ("role", "alert")],
            client::S::DataUnavailable.get(state.lang),
        );
    } else {
        m.el(
            "p",
            &[("class", "loading"), ("role", "status")],
            client::S::Loading.get(state.lang),
        );
    }
}

/// The page waits for data: it draws with the built-in data only once all of
/// it is here, unless the page needs just some places.
fn waits_for_data(page: Page) -> bool {
    !client::built_in_complete() && !client::draws_with_some_places(page)
}

/// Back button, pasted links, edited addresses: `true` when the new address
/// needs a fresh page, else the caller loads it.
fn address_needs_reload(state: &State, hash: &str) -> bool {
    // The pack is chosen at load time: another one needs a fresh page.
    if client::is_app_fragment(hash)
        && client::policy_url(hash).as_deref() != state.policy.origin().url()
    {
        return true;
    }
    // The share-link bundle fetches no more than its first page needs:
    // another place's result gets a fresh page, which fetches that place's
    // data (and picks the bundle again).
    #[cfg(feature = "result-only")]
    if !data::has_all_for(hash) {
        return true;
    }
    false
}

/// Listens for address changes for the page's life.
fn on_address_change(f: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&dom::window(), "hashchange", move |_| {
        f(dom::location_hash())
    })
}

/// After every action: address, language, title, focus.
fn after_action(state: &State) {
    match &state.history {
        HistoryOp::Keep => {}
        HistoryOp::Push => dom::set_fragment(&state.fragment(), true),
        HistoryOp::Replace => dom::set_fragment(&state.fragment(), false),
        HistoryOp::Tidy(loaded) => {
            if dom::location_hash() == *loaded {
                dom::set_fragment(&state.fragment(), false);
            }
        }
    }
    dom::set_lang_and_title(state.lang.tag(), &state.document_title());
    match state.focus {
        // A rules page opened from a link to one rule: show that rule.
        Focus::Keep if state.seq == 0 => {
            officials_entry::focus_anchor(state);
        }
        Focus::Keep => {}
        Focus::Heading => {
            if !officials_entry::focus_anchor(state) {
                dom::scroll_to_top();
                dom::focus("page-heading");
            }
        }
        Focus::ErrorSummary => {
            dom::focus("error-summary");
        }
        Focus::Field(f) => {
            if !dom::focus(&client::field_id(f)) {
                dom::focus("page-heading");
            }
        }
        Focus::Load(target) => {
            dom::focus(&target.id());
        }
    }
}

/// A portal's colour, set through the CSS object model (the page's
/// Content-Security-Policy allows no inline style attributes).
fn set_accent(accent: Option<&str>) {
    let colours = accent.and_then(|a| crate::share::accent_colours(a).ok());
    if let Some(el) = dom::document().get_element_by_id("app") {
        for (name, i) in [
            ("--brand", 0),
            ("--button", 0),
            ("--brand-dark", 1),
            ("--button-dark", 1),
        ] {
            let value = colours
                .as_ref()
                .map(|(c, dark)| if i == 0 { c } else { dark });
            dom::set_style_property(&el, name, value.map(String::as_str));
        }
    }
}

/// What watches the content size in embed mode (kept alive while it is needed).
struct EmbedWatch {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _resize: EventListener,
}

impl Drop for EmbedWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// In `mode=embed`: tells the portal the content height now and whenever it
/// changes (`last` is the height last told).
fn watch_embed_height(last: Rc<Cell<i32>>) -> Option<EmbedWatch> {
    let post = move || {
        let h = dom::content_height();
        if h != last.get() {
            last.set(h);
            dom::post_height(h);
        }
    };
    post();
    let on_resize = {
        let post = post.clone();
        Closure::<dyn FnMut()>::new(post)
    };
    let resize = EventListener::new(&dom::window(), "resize", move |_| post());
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    if let Some(el) = dom::document().get_element_by_id("app") {
        observer.observe(&el);
    }
    Some(EmbedWatch {
        observer,
        _on_resize: on_resize,
        _resize: resize,
    })
}
