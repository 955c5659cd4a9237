//! The few browser calls the app makes: address, history, focus, title, clipboard,
//! print, the embed height message and fetching a portal's policy pack. Everything
//! else is plain Rust in `ui`.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement, HtmlInputElement, Window};

pub fn window() -> Window {
    gloo::utils::window()
}

pub fn document() -> Document {
    gloo::utils::document()
}

/// The address fragment, with its `#` (empty when there is none).
pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The page address without its fragment.
pub fn base_href() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Pushes or replaces the history entry with `fragment`, unless the address already has it.
pub fn set_fragment(fragment: &str, push: bool) {
    let current = location_hash();
    if current == fragment || (current.is_empty() && fragment == "#/") {
        return;
    }
    if let Ok(history) = window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(fragment))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(fragment))
        };
    }
}

pub fn set_lang_and_title(lang: &str, title: &str) {
    let doc = document();
    if let Some(root) = doc.document_element() {
        if root.get_attribute("lang").as_deref() != Some(lang) {
            let _ = root.set_attribute("lang", lang);
        }
    }
    if doc.title() != title {
        doc.set_title(title);
    }
}

/// Moves keyboard focus to the element with `id` (it needs a tabindex if it is not a control).
pub fn focus(id: &str) -> bool {
    match document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        Some(el) => {
            let _ = el.focus();
            if let Ok(input) = el.dyn_into::<HtmlInputElement>() {
                // Put the caret at the end of what was typed (text boxes only).
                if input.type_() == "text" {
                    let n = input.value().encode_utf16().count() as u32;
                    let _ = input.set_selection_range(n, n);
                }
            }
            true
        }
        None => false,
    }
}

pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

pub fn print() {
    let _ = window().print();
}

/// Selects the text of an input (the fallback when the clipboard is not available).
pub fn select(id: &str) {
    if let Some(input) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

/// Copies `text` with the asynchronous clipboard API; false when there is none
/// (an insecure context or an old browser) or the browser refused.
pub async fn copy(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Height of the app's content, for the portal's iframe.
pub fn content_height() -> i32 {
    document()
        .get_element_by_id("app")
        .map(|e| e.get_bounding_client_rect().height().ceil() as i32)
        .unwrap_or(0)
}

/// Tells the embedding page how tall the app is: `{type: 'dianli:height', height}`.
pub fn post_height(height: i32) {
    let win = window();
    let Ok(Some(parent)) = win.parent() else {
        return;
    };
    if parent == win {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"dianli:height".into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&msg, "*");
}

/// Milliseconds since the epoch (for the kiosk idle timer).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Fetches a text file (a portal's policy pack); the error says why in one line.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(js_error)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "fetch gave no response".to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = JsFuture::from(response.text().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    text.as_string()
        .ok_or_else(|| "the response is not text".to_string())
}

fn js_error(e: JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    }
}

/// Loads the page again (a different portal pack is named in the address).
pub fn reload() {
    let _ = window().location().reload();
}

/// Sets (or, with `None`, removes) a CSS property on an element through
/// `element.style`, which a strict Content-Security-Policy allows.
pub fn set_style_property(el: &web_sys::Element, name: &str, value: Option<&str>) {
    use js_sys::{Function, Reflect};
    let Ok(style) = Reflect::get(el, &"style".into()) else {
        return;
    };
    let method = if value.is_some() {
        "setProperty"
    } else {
        "removeProperty"
    };
    if let Ok(f) = Reflect::get(&style, &method.into()).and_then(|f| f.dyn_into::<Function>()) {
        let _ = match value {
            Some(v) => f.call2(&style, &name.into(), &v.into()),
            None => f.call1(&style, &name.into()),
        };
    }
}
