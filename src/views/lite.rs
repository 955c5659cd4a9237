//! The share-link page without Yew: the result written as markup into `#app`,
//! the state kept here and changed by the same reducer as the app's, and one
//! click handler for the links and buttons (`act`). Only the result is shown
//! here: another page, another language, a kiosk or a portal's own pack gets
//! a fresh page, which loads the full app (static/route.js picks the bundle
//! from the address).

use super::{act, dom, result, widgets, EmbedWatch};
use crate::client::{self, Action, Page, State};
use crate::officials::markup::Markup;
use crate::share::Mode;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// What is on screen, and the state it shows.
struct Shown {
    state: State,
    top: String,
    main: String,
    bottom: String,
    /// Held for the page's life in embed mode (dropping it stops the watch).
    embed: Option<EmbedWatch>,
}

thread_local! {
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// `f` of the state on screen (not while it is being replaced).
fn with_current<R>(f: impl FnOnce(&State) -> R) -> Option<R> {
    SHOWN.with(|s| s.borrow().as_ref().map(|s| f(&s.state)))
}

pub fn render(policy: client::Policy) {
    let state = State::with_policy(
        &dom::location_hash(),
        crate::engine::today_in_china(),
        policy,
    );
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(&dom::document(), "click", options, |e| {
        let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        // A copy of the state: the act may dispatch, which replaces it.
        if let Some(a) = act::from_click(e) {
            if let Some(state) = with_current(State::clone) {
                act::run(a, &state, dispatch);
            }
        }
    })
    .forget();
    super::on_address_change(|hash| {
        match with_current(|state| super::address_needs_reload(state, &hash)) {
            Some(true) => dom::reload(),
            Some(false) => dispatch(Action::Load(hash)),
            None => {}
        }
    })
    .forget();
    show(state);
}

fn dispatch(action: Action) {
    if let Some(next) =
        with_current(|state| state.apply_on(action, crate::engine::today_in_china()))
    {
        show(next);
    }
}

/// Pages this bundle does not show; and a kiosk (the idle reset) and a
/// portal's own pack (read and checked) are the full app's.
fn elsewhere(state: &State) -> bool {
    state.page != Page::Result
        || state.mode == Mode::Kiosk
        || state.portal.policy.is_some()
        || crate::text::ONLY.is_some_and(|only| only != state.lang)
}

fn show(state: State) {
    let (mut top, mut main, mut bottom) = (Markup::new(), Markup::new(), Markup::new());
    let away = elsewhere(&state);
    if away || super::waits_for_data(state.page) {
        super::write_waiting(&mut main, &state);
    } else {
        widgets::write_portal_policy_note(&mut main, &state);
        let a = client::evaluate(state.policy.pack(), &state.draft, state.today, state.lang);
        result::write_page(&mut main, &state, a.as_ref().ok());
    }
    super::write_top(&mut top, &state);
    super::write_bottom(&mut bottom, &state);
    let (top, main, bottom) = (top.finish(), main.finish(), bottom.finish());
    let doc = dom::document();
    let app = doc.get_element_by_id("app").unwrap_or_else(|| {
        let app = doc.create_element("div").expect("a div");
        app.set_id("app");
        if let Some(body) = doc.body() {
            let _ = body.append_child(&app);
        }
        app
    });
    app.set_class_name(&super::app_class(&state));
    let old = SHOWN.with(|s| s.borrow_mut().take());
    // The portal's colour: when it is new (#app stays the same element).
    if old.as_ref().map(|o| &o.state.portal.accent) != Some(&state.portal.accent) {
        super::set_accent(state.portal.accent.as_deref());
    }
    let embed = match old {
        Some(old) if old.state.mode == state.mode => {
            if old.top != top {
                if let Some(el) = app.first_element_child() {
                    el.set_outer_html(&top);
                }
            }
            if old.main != main {
                if let Some(el) = doc.get_element_by_id("main") {
                    // The same result shown differently (care mode): keep what was opened.
                    let same = old.state.page == state.page && old.state.draft == state.draft;
                    let opened = same.then(|| open_folds(&el));
                    el.set_inner_html(&main);
                    if let Some(opened) = opened {
                        reopen_folds(&el, &opened);
                    }
                }
            }
            if old.bottom != bottom && !bottom.is_empty() {
                if let Some(el) = app.last_element_child() {
                    el.set_outer_html(&bottom);
                }
            }
            old.embed
        }
        _ => {
            app.set_inner_html(&format!(
                "{top}<main id=\"main\" class=\"{}\" tabindex=\"-1\">{main}</main>{bottom}",
                super::main_class(&state)
            ));
            super::remove_prerender();
            (state.mode == Mode::Embed)
                .then(|| super::watch_embed_height(Rc::new(Cell::new(-1))))
                .flatten()
        }
    };
    if away {
        super::reload_into_bundle(&state);
    } else {
        super::after_action(&state);
    }
    SHOWN.with(|s| {
        *s.borrow_mut() = Some(Shown {
            state,
            top,
            main,
            bottom,
            embed,
        })
    });
}

/// Which of the page's folds are open.
fn open_folds(el: &web_sys::Element) -> Vec<bool> {
    let folds = el.get_elements_by_tag_name("details");
    (0..folds.length())
        .map(|i| folds.item(i).is_some_and(|d| d.has_attribute("open")))
        .collect()
}

/// Opens the folds that were open, when the page has the same folds.
fn reopen_folds(el: &web_sys::Element, opened: &[bool]) {
    let folds = el.get_elements_by_tag_name("details");
    if folds.length() as usize != opened.len() {
        return;
    }
    for (i, open) in opened.iter().enumerate() {
        if let (true, Some(d)) = (open, folds.item(i as u32)) {
            let _ = d.set_attribute("open", "");
        }
    }
}
