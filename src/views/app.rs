//! The full app in Yew: the state in a reducer, the pages with controls as
//! components, the read-only parts as markup (`raw`), and one click handler
//! on `#app` for the links and buttons in that markup (`act`).

use super::{act, dom, result, widgets};
use crate::client::{self, Action, Page, State};
use crate::officials::markup::Markup;
use crate::share::Mode;
#[cfg(feature = "fetch-policy")]
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Written markup as part of a page (read-only blocks: far less code than a
/// virtual-DOM node per element; every text is escaped by `Markup`); nothing
/// when nothing was written.
pub fn raw(m: Markup) -> Html {
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

pub fn render(policy: client::Policy) {
    yew::Renderer::<App>::with_props(AppProps {
        hash: None,
        policy: Some(policy),
    })
    .render();
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

    use_effect_with((), |_| super::remove_prerender());
    use_rest_of_data(&ctx);
    use_address_sync(&ctx);
    {
        let ctx = ctx.clone();
        use_effect_with(ctx.seq, move |_| super::after_action(&ctx));
    }
    use_embed_height(ctx.mode == Mode::Embed);
    use_effect_with(ctx.portal.accent.clone(), |accent| {
        super::set_accent(accent.as_deref())
    });

    let content = match ctx.page {
        page if super::waits_for_data(page) => {
            let mut m = Markup::new();
            super::write_waiting(&mut m, &ctx);
            raw(m)
        }
        Page::Result => html! { <result::ResultPage ctx={ctx.clone()} /> },
        Page::Start => super::start::start_page(&ctx),
        Page::Form(step) => super::form::question_page(&ctx, step),
        Page::Check => super::check::check_page(&ctx),
        Page::Load => super::load::load_page(&ctx),
        Page::Compare | Page::Rules | Page::CheckPack | Page::Scenarios => {
            super::officials_entry::page(&ctx)
        }
    };
    let (mut top, mut notes, mut bottom) = (Markup::new(), Markup::new(), Markup::new());
    super::write_top(&mut top, &ctx);
    widgets::write_portal_policy_note(&mut notes, &ctx);
    super::write_bottom(&mut bottom, &ctx);
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(a) = act::from_click(&e) {
                act::run(a, &ctx, |action| ctx.dispatch(action));
            }
        })
    };
    html! {
        <div id="app" class={super::app_class(&ctx)} {onclick}>
            { raw(top) }
            <main id="main" class={super::main_class(&ctx)} tabindex="-1">
                { super::officials_entry::trial_banner(&ctx) }
                { raw(notes) }
                { content }
            </main>
            { raw(bottom) }
            if ctx.mode == Mode::Kiosk {
                <super::kiosk::IdleGuard ctx={ctx.clone()} />
            }
        </div>
    }
}

/// The places a page did not need, fetched once it is drawn (the next page,
/// or going offline, finds them here); on the start page, when the user
/// first touches or types, so that a visit that goes no further downloads
/// none of them. Without `fetch-policy` the data is built in: nothing to do.
#[cfg(not(feature = "fetch-policy"))]
#[hook]
fn use_rest_of_data(_ctx: &Ctx) {}

#[cfg(feature = "fetch-policy")]
#[hook]
fn use_rest_of_data(ctx: &Ctx) {
    let on_start = ctx.page == Page::Start;
    let ctx = ctx.clone();
    use_effect_with(on_start, move |on_start| {
        let fetch = move || super::data::fetch_rest(move || ctx.dispatch(Action::DataArrived));
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

/// Back button, pasted links, edited addresses: load the new address.
#[hook]
fn use_address_sync(ctx: &Ctx) {
    let ctx = ctx.clone();
    use_effect_with((), move |_| {
        let listener = super::on_address_change(move |hash| {
            if super::address_needs_reload(&ctx, &hash) {
                return dom::reload();
            }
            ctx.dispatch(Action::Load(hash));
        });
        move || drop(listener)
    });
}

/// In `mode=embed`: tell the portal the content height whenever it changes.
#[hook]
fn use_embed_height(embed: bool) {
    let last = use_mut_ref(|| Rc::new(Cell::new(-1)));
    let last = last.borrow().clone();
    use_effect_with(embed, move |embed| {
        let watch = embed.then(|| super::watch_embed_height(last)).flatten();
        move || drop(watch)
    });
}

/// Props of the components that only need the app state.
#[derive(Properties, PartialEq)]
pub struct CtxProps {
    pub ctx: Ctx,
}
