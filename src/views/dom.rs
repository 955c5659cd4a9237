//! The few browser calls the app makes: address, history, focus, title, clipboard,
//! print, the embed height message and fetching a portal's policy pack. Everything
//! else is plain Rust in `client`.

use crate::portal::PackProblem;
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

/// Whether the browser has the system share sheet (`navigator.share`, phones).
pub fn can_share() -> bool {
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("share"))
        .is_ok_and(|f| f.is_function())
}

/// Opens the system share sheet with `url`; false when it failed (not when the
/// person closed it, which the browser reports as an AbortError).
pub async fn share(url: &str, title: &str) -> bool {
    let navigator = window().navigator();
    let Ok(f) = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")) else {
        return false;
    };
    let Ok(f) = f.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let Ok(p) = f.call1(&navigator, &data) else {
        return false;
    };
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(p)).await {
        Ok(_) => true,
        Err(e) => js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n == "AbortError"),
    }
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

/// The page's Content-Security-Policy, from its `<meta>` (the release build writes one).
fn page_csp() -> Option<String> {
    document()
        .query_selector(r#"meta[http-equiv="Content-Security-Policy"]"#)
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
}

/// `new URL(url, document.baseURI)`: the address as the browser reads it
/// (protocol, origin, href), or `None` when it is not a URL at all.
fn resolve(url: &str) -> Option<(String, String, String)> {
    use js_sys::{Array, Function, Reflect};
    let ctor: Function = Reflect::get(&js_sys::global(), &"URL".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let base = document().base_uri().ok().flatten()?;
    let args = Array::of2(&url.into(), &base.into());
    let u = Reflect::construct(&ctor, &args).ok()?;
    let get = |k: &str| Reflect::get(&u, &k.into()).ok().and_then(|v| v.as_string());
    Some((get("protocol")?, get("origin")?, get("href")?))
}

/// Fetches a portal's policy pack: only from an origin the deployer allows
/// (the page's own, or one in its CSP's connect-src), not through a redirect,
/// at most [`crate::portal::MAX_PACK_BYTES`].
pub async fn fetch_pack(url: &str) -> Result<String, PackProblem> {
    use crate::portal::{self, Refusal, MAX_PACK_BYTES};
    use js_sys::{Function, Object, Reflect};
    use wasm_bindgen_futures::JsFuture;
    let (protocol, origin, href) = resolve(url).ok_or(PackProblem::Refused(Refusal::BadAddress))?;
    let page_origin = window().location().origin().unwrap_or_default();
    let allowed = portal::allowed_origins(page_csp().as_deref(), &page_origin);
    portal::check(&protocol, &origin, &allowed).map_err(PackProblem::Refused)?;
    // A redirect is refused rather than followed; no cookies go with the request.
    let init = Object::new();
    let _ = Reflect::set(&init, &"redirect".into(), &"manual".into());
    let _ = Reflect::set(&init, &"credentials".into(), &"omit".into());
    let fetch: Function = Reflect::get(&window(), &"fetch".into())
        .and_then(|f| f.dyn_into())
        .map_err(|e| PackProblem::Network(js_error(e)))?;
    let promise = fetch
        .call2(&window(), &href.into(), &init)
        .map_err(|e| PackProblem::Network(js_error(e)))?;
    let response: web_sys::Response = JsFuture::from(js_sys::Promise::from(promise))
        .await
        .map_err(|e| PackProblem::Network(js_error(e)))?
        .dyn_into()
        .map_err(|_| PackProblem::Network("no response".into()))?;
    let status = response.status();
    if response.type_() == web_sys::ResponseType::Opaqueredirect || (300..400).contains(&status) {
        return Err(PackProblem::Refused(Refusal::Redirected));
    }
    if !response.ok() {
        return Err(PackProblem::Status(status));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_PACK_BYTES) {
        return Err(PackProblem::Refused(Refusal::TooLarge));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|e| PackProblem::Network(js_error(e)))?,
    )
    .await
    .map_err(|e| PackProblem::Network(js_error(e)))?
    .as_string()
    .ok_or_else(|| PackProblem::Network("not text".into()))?;
    if text.len() > MAX_PACK_BYTES {
        return Err(PackProblem::Refused(Refusal::TooLarge));
    }
    Ok(text)
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

/// Whether this build carries the officials' bundle (the boot script names it).
pub fn has_officials_bundle() -> bool {
    document()
        .get_element_by_id("dianli-boot")
        .and_then(|b| b.get_attribute("data-wb-js"))
        .is_some()
}
