//! What a link or button in written markup does, named in its `data-act`
//! attribute; one click handler reads it (the app's, on `#app`, and the
//! share-link page's, which has no Yew). Every such link has a real `href`,
//! so it can be opened in a new tab or copied, and works before the wasm runs.

use super::dom;
use crate::client::{Action, EquipmentAction, State, S};
use crate::model::Field;
use crate::officials::markup::Markup;
use crate::text::Lang;
use wasm_bindgen::JsCast;

/// `<a class href data-act>`; the caller writes the content and closes it.
pub fn open_link(m: &mut Markup, class: &str, href: &str, act: &str) {
    m.open("a", &[("class", class), ("href", href), ("data-act", act)]);
}

/// `<a class href data-act>text</a>`.
pub fn link(m: &mut Markup, class: &str, href: &str, act: &str, text: &str) {
    open_link(m, class, href, act);
    m.text(text).close("a");
}

/// What a click asked for.
pub enum Act {
    Do(Action),
    /// The skip link: focus the main content.
    Skip,
    Print,
    /// Share or copy the result's link.
    Share,
}

/// Reads `data-act="name"` or `data-act="name:argument"` (a field key, a
/// language tag, `1`/`0`); a variation's value is in `data-value`.
fn decode(el: &web_sys::Element, act: &str) -> Option<Act> {
    let (name, arg) = act.split_once(':').unwrap_or((act, ""));
    let field = || Field::from_key(arg);
    Some(match name {
        "skip" => Act::Skip,
        "print" => Act::Print,
        "share" => Act::Share,
        "back" => Act::Do(Action::Back),
        "restart" => Act::Do(Action::Restart),
        "list" => Act::Do(Action::Equipment(EquipmentAction::Open)),
        "change" => Act::Do(Action::Change(field()?)),
        "lang" => Act::Do(Action::SetLang(Lang::from_tag(arg)?)),
        "care" => Act::Do(Action::SetCare(arg == "1")),
        "try" => Act::Do(Action::TryAnswer(
            field()?,
            el.get_attribute("data-value").unwrap_or_default(),
        )),
        _ => return None,
    })
}

/// The act of a plain click on an element with `data-act` (its default
/// prevented); `None` for other clicks, and for those the browser should
/// handle itself (new tab, new window, download).
pub fn from_click(e: &web_sys::MouseEvent) -> Option<Act> {
    if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
        return None;
    }
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let el = target.closest("[data-act]").ok()??;
    let act = decode(&el, &el.get_attribute("data-act")?)?;
    e.prevent_default();
    Some(act)
}

/// Carries out an act; `dispatch` gives actions to the page's state.
pub fn run(act: Act, state: &State, dispatch: impl Fn(Action)) {
    match act {
        Act::Do(action) => dispatch(action),
        Act::Skip => {
            dom::focus("main");
        }
        Act::Print => dom::print(),
        Act::Share => {
            let url = format!("{}{}", dom::base_href(), state.share_fragment());
            let title = S::ResultTitle.get(state.lang);
            let (copied, failed) = (S::Copied.get(state.lang), S::CopyFailed.get(state.lang));
            wasm_bindgen_futures::spawn_local(async move {
                if dom::can_share() && dom::share(&url, title).await {
                    return;
                }
                let message = if dom::copy(&url).await {
                    copied
                } else {
                    dom::select("share-link");
                    failed
                };
                if let Ok(Some(status)) = dom::document().query_selector(".share__status") {
                    status.set_text_content(Some(message));
                }
            });
        }
    }
}
