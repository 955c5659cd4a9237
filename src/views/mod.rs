//! The Yew app (wasm only): a thin client of the engine.
//!
//! `client::State` and its reducer hold everything (see `src/client/`); this module wires
//! the reducer to the browser (address, history, focus, title, embed height).
//! Only pieces that need hooks are Yew components (`App`, `ResultPage`, `ShareBox`,
//! `IdleGuard`); the rest are plain functions `fn(&Ctx, …) -> Html`, which keeps
//! the wasm small (every component costs several KB of generic code).

// The share-link bundle (`result-only`) carries the result page, not the
// questions, the check, the capacity helper or the start page.
#[cfg(not(feature = "result-only"))]
mod check;
mod chrome;
mod cite;
#[cfg(feature = "fetch-policy")]
mod data;
pub mod dom;
#[cfg(not(feature = "result-only"))]
mod form;
mod kiosk;
#[cfg(not(feature = "result-only"))]
mod load;
#[cfg(any(feature = "workbench", debug_assertions))]
mod officials;
mod officials_entry;
mod result;
#[cfg(not(feature = "result-only"))]
mod start;
mod summary;
mod utilities;
mod widgets;

use crate::client::{self, Action, Focus, HistoryOp, Page, State};
use crate::share::{self, Mode};
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Written markup as part of a page (read-only blocks: far less code than a
/// virtual-DOM node per element; every text is escaped by `Markup`); nothing
/// when nothing was written.
fn raw(m: crate::officials::markup::Markup) -> Html {
    if m.0.is_empty() {
        return Html::default();
    }
    Html::from_html_unchecked(AttrValue::from(m.finish()))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply_on(action, crate::engine::today_in_china()))
    }
}

/// The state and its dispatcher, passed to every render function.
pub type Ctx = UseReducerHandle<State>;

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
    let Some(url) = client::policy_url(&dom::location_hash()) else {
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

fn render(policy: client::Policy) {
    yew::Renderer::<App>::with_props(AppProps {
        hash: None,
        policy: Some(policy),
    })
    .render();
}

/// Removes index.html's pre-rendered page, in the same task as the app's first
/// render (so the two never show together and nothing moves).
#[hook]
fn use_replace_prerender() {
    use_effect_with((), |_| {
        if let Some(el) = dom::document().get_element_by_id("prerender") {
            el.remove();
        }
    });
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The address to start from; the browser's own when `None` (tests pass one).
    #[prop_or_default]
    pub hash: Option<String>,
    /// The policy data the page loaded with; the built-in data when `None`.
    #[prop_or_default]
    pub policy: Option<client::Policy>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let (start_hash, policy) = (props.hash.clone(), props.policy.clone());
    let ctx = use_reducer(move || {
        State::with_policy(
            &start_hash.unwrap_or_else(dom::location_hash),
            crate::engine::today_in_china(),
            policy.unwrap_or_default(),
        )
    });

    use_replace_prerender();
    use_rest_of_data(&ctx);
    use_address_sync(&ctx);
    use_after_action(&ctx);
    use_embed_height(ctx.mode == Mode::Embed);

    let mode = ctx.mode;
    let class = classes!(
        "app",
        match mode {
            Mode::Web => "app--web",
            Mode::Kiosk => "app--kiosk",
            Mode::Embed => "app--embed",
        },
        ctx.portal.care.then_some("app--care")
    );
    let content = match ctx.page {
        // The share-link bundle has only the result: the full app has the rest
        // (static/route.js picks the bundle by the address), whatever data it needs.
        #[cfg(feature = "result-only")]
        Page::Start | Page::Form(_) | Page::Check | Page::Load => reload_into_bundle(&ctx),
        // A share-link bundle in one language: another language is another bundle.
        #[cfg(feature = "result-only")]
        _ if crate::text::ONLY.is_some_and(|only| only != ctx.lang) => reload_into_bundle(&ctx),
        page if !client::built_in_complete() && !client::draws_with_some_places(page) => {
            if client::built_in_unavailable() {
                html! { <p class="notice notice--error" role="alert">{ client::S::DataUnavailable.get(ctx.lang) }</p> }
            } else {
                html! { <p class="loading" role="status">{ client::S::Loading.get(ctx.lang) }</p> }
            }
        }
        Page::Result => html! { <result::ResultPage ctx={ctx.clone()} /> },
        #[cfg(not(feature = "result-only"))]
        Page::Start => start::start_page(&ctx),
        #[cfg(not(feature = "result-only"))]
        Page::Form(step) => form::question_page(&ctx, step),
        #[cfg(not(feature = "result-only"))]
        Page::Check => check::check_page(&ctx),
        #[cfg(not(feature = "result-only"))]
        Page::Load => load::load_page(&ctx),
        Page::Compare | Page::Rules | Page::CheckPack | Page::Scenarios => {
            officials_entry::page(&ctx)
        }
    };
    use_accent(ctx.portal.accent.clone());
    html! {
        <div id="app" class={class}>
            if mode == Mode::Embed {
                { chrome::lang_switch(&ctx, true) }
            } else {
                { chrome::header(&ctx) }
            }
            <main id="main" class={if ctx.page.workbench_title().is_some() { "wrap wrap--wide" } else { "wrap" }} tabindex="-1">
                { officials_entry::trial_banner(&ctx) }
                { widgets::portal_policy_note(&ctx) }
                { content }
            </main>
            if mode != Mode::Embed {
                { chrome::footer(&ctx) }
            }
            if mode == Mode::Kiosk {
                <kiosk::IdleGuard ctx={ctx.clone()} />
            }
        </div>
    }
}

/// Reloads the page into the bundle that has this address's page. The boot
/// script picks it from the address's canonical form; writing that first
/// means a reload can never loop back into this bundle.
#[cfg(any(
    feature = "result-only",
    not(any(feature = "workbench", debug_assertions))
))]
fn reload_into_bundle(ctx: &Ctx) -> Html {
    let push = matches!(ctx.history, HistoryOp::Push);
    dom::set_fragment(&ctx.fragment(), push);
    dom::reload();
    html! { <p class="loading" role="status">{ client::S::Loading.get(ctx.lang) }</p> }
}

/// The places a page did not need, fetched once it is drawn (the next page,
/// or going offline, finds them here); on the start page, when the user
/// first touches or types, so that a visit that goes no further downloads
/// none of them. Without `fetch-policy` the data is built in: nothing to do.
/// Nor in the share-link bundle: any other page reloads into the full app,
/// which fetches what it needs, and the service worker keeps every place for
/// offline use; a phone opening a link downloads only its own place.
#[cfg(any(not(feature = "fetch-policy"), feature = "result-only"))]
#[hook]
fn use_rest_of_data(_ctx: &Ctx) {}

#[cfg(all(feature = "fetch-policy", not(feature = "result-only")))]
#[hook]
fn use_rest_of_data(ctx: &Ctx) {
    let on_start = ctx.page == Page::Start;
    let ctx = ctx.clone();
    use_effect_with(on_start, move |on_start| {
        let fetch = move || data::fetch_rest(move || ctx.dispatch(Action::DataArrived));
        let mut listeners = Vec::new();
        if *on_start {
            let fetch = Rc::new(std::cell::RefCell::new(Some(fetch)));
            for event in ["pointerdown", "keydown"] {
                let fetch = fetch.clone();
                listeners.push(EventListener::once(&dom::window(), event, move |_| {
                    if let Some(f) = fetch.borrow_mut().take() {
                        f();
                    }
                }));
            }
        } else {
            fetch();
        }
        move || drop(listeners)
    });
}

/// A portal's colour, set through the CSS object model (the page's
/// Content-Security-Policy allows no inline style attributes).
#[hook]
fn use_accent(accent: Option<String>) {
    use_effect_with(accent, |accent| {
        let colours = accent
            .as_deref()
            .and_then(|a| share::accent_colours(a).ok());
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
    });
}

/// Back button, pasted links, edited addresses: load the new address.
#[hook]
fn use_address_sync(ctx: &Ctx) {
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&dom::window(), "hashchange", move |_| {
                let hash = dom::location_hash();
                // The pack is chosen at load time: another one needs a fresh page.
                if client::is_app_fragment(&hash)
                    && client::policy_url(&hash).as_deref() != ctx.policy.origin().url()
                {
                    return dom::reload();
                }
                // The share-link bundle fetches no more than its first page
                // needs: another place's result gets a fresh page, which
                // fetches that place's data (and picks the bundle again).
                #[cfg(feature = "result-only")]
                if !data::has_all_for(&hash) {
                    return dom::reload();
                }
                ctx.dispatch(Action::Load(hash));
            });
            move || drop(listener)
        });
    }
}

/// After every action: address, language, title, focus.
#[hook]
fn use_after_action(ctx: &Ctx) {
    {
        let ctx = ctx.clone();
        use_effect_with(ctx.seq, move |_| {
            match &ctx.history {
                HistoryOp::Keep => {}
                HistoryOp::Push => dom::set_fragment(&ctx.fragment(), true),
                HistoryOp::Replace => dom::set_fragment(&ctx.fragment(), false),
                HistoryOp::Tidy(loaded) => {
                    if dom::location_hash() == *loaded {
                        dom::set_fragment(&ctx.fragment(), false);
                    }
                }
            }
            dom::set_lang_and_title(ctx.lang.tag(), &ctx.document_title());
            match ctx.focus {
                // A rules page opened from a link to one rule: show that rule.
                Focus::Keep if ctx.seq == 0 => {
                    officials_entry::focus_anchor(&ctx);
                }
                Focus::Keep => {}
                Focus::Heading => {
                    if !officials_entry::focus_anchor(&ctx) {
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
        });
    }
}

/// In `mode=embed`: tell the portal the content height whenever it changes.
#[hook]
fn use_embed_height(embed: bool) {
    let last_height = use_mut_ref(|| Rc::new(Cell::new(-1)));
    {
        let last = last_height.borrow().clone();
        use_effect_with(embed, move |embed| {
            let mut cleanup: Option<EmbedWatch> = None;
            if *embed {
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
                if let Ok(obs) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                    if let Some(el) = dom::document().get_element_by_id("app") {
                        obs.observe(&el);
                    }
                    cleanup = Some((obs, on_resize, resize));
                }
            }
            move || {
                if let Some((obs, closure, listener)) = cleanup {
                    obs.disconnect();
                    drop(closure);
                    drop(listener);
                }
            }
        });
    }
}

/// What watches the content size in embed mode (kept alive until unmount).
type EmbedWatch = (web_sys::ResizeObserver, Closure<dyn FnMut()>, EventListener);

/// Props of the components that only need the app state.
#[derive(Properties, PartialEq)]
pub struct CtxProps {
    pub ctx: Ctx,
}
