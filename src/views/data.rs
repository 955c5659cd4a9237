//! The built-in data as files beside the app (`fetch-policy`): boot.js starts
//! fetching what the address needs while the wasm downloads; the app takes
//! those, fetches anything else a page needs, and (the full app) the rest of
//! the places once the first page is drawn.

use super::dom;
use crate::client;
use crate::policy::store;
use js_sys::{Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the boot tag names the policy files: the zh-Hans share-link bundle
/// reads them in zh-Hans alone (scripts/postbuild.mjs), where the build has them.
const POLICY_ATTRS: &[&str] = if cfg!(feature = "lang-zh-hans") {
    &["data-policy-zh-hans", "data-policy"]
} else {
    &["data-policy"]
};

/// Each file's address (`data-policy` on the boot tag: `{"national": "./policy/national-<hash>.json", …}`).
fn address(name: &str) -> Option<String> {
    let boot = dom::document().get_element_by_id("dianli-boot")?;
    let map = POLICY_ATTRS
        .iter()
        .find_map(|a| boot.get_attribute(a))
        .and_then(|m| crate::json::parse(&m).ok())?;
    map.get(name)?.as_str().map(str::to_string)
}

/// The fetch boot.js started for `name` (a promise of its text, or null).
fn preloaded(name: &str) -> Option<Promise> {
    let all = Reflect::get(&js_sys::global(), &"dianliPreload".into()).ok()?;
    Reflect::get(&all, &name.into()).ok()?.dyn_into().ok()
}

/// A fetch of the file's address (a promise of the response).
fn fetch(name: &str) -> Option<Promise> {
    let url = address(name)?;
    let fetch: js_sys::Function = Reflect::get(&dom::window(), &"fetch".into())
        .ok()?
        .dyn_into()
        .ok()?;
    fetch
        .call1(&dom::window(), &url.into())
        .ok()?
        .dyn_into()
        .ok()
}

/// The text a promise gives: boot.js's text, or a fetched response's body.
async fn text_of(promise: Promise) -> Option<String> {
    let value = JsFuture::from(promise).await.ok()?;
    if let Some(text) = value.as_string() {
        return Some(text);
    }
    let response: web_sys::Response = value.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Fetches the files not here yet, all at once; true when all are here.
pub async fn load(names: &[&'static str]) -> bool {
    let started: Vec<(&str, Promise)> = names
        .iter()
        .filter(|n| !store::has(n))
        .filter_map(|n| Some((*n, preloaded(n).or_else(|| fetch(n))?)))
        .collect();
    for (name, promise) in started {
        if let Some(text) = text_of(promise).await {
            store::provide(name, text);
        }
    }
    // A file boot.js could not get is asked for once more.
    let retried: Vec<(&str, Promise)> = names
        .iter()
        .filter(|n| !store::has(n))
        .filter_map(|n| Some((*n, fetch(n)?)))
        .collect();
    for (name, promise) in retried {
        if let Some(text) = text_of(promise).await {
            store::provide(name, text);
        }
    }
    names.iter().all(|n| store::has(n))
}

/// Whether every file the page at `hash` needs is here.
#[cfg(feature = "result-only")]
pub fn has_all_for(hash: &str) -> bool {
    client::files_for(hash).iter().all(|n| store::has(n))
}

/// What the page at `hash` needs before it is first drawn.
pub async fn load_first(hash: &str) -> bool {
    load(&client::files_for(hash)).await
}

#[cfg(not(feature = "result-only"))]
thread_local! {
    static REST_STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Fetches the files not here yet (once a page), then calls `done`; a
/// failure is kept for the pages that need them to say.
#[cfg(not(feature = "result-only"))]
pub fn fetch_rest(done: impl FnOnce() + 'static) {
    use crate::policy;
    if store::count() == policy::files().count() || REST_STARTED.with(|s| s.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let all: Vec<&'static str> = policy::files().collect();
        if !load(&all).await {
            store::give_up();
        }
        done();
    });
}

/// Says on the page that the data could not be fetched (the app cannot start).
pub fn failed() {
    let document = dom::document();
    let Some(main) = document.get_element_by_id("main") else {
        return;
    };
    let lang = crate::share::parse_fragment(&dom::location_hash())
        .lang
        .unwrap_or_default();
    let p = document.create_element("p").ok();
    if let Some(p) = p {
        let _ = p.set_attribute("class", "notice notice--error");
        let _ = p.set_attribute("role", "alert");
        p.set_text_content(Some(client::S::DataUnavailable.get(lang)));
        main.set_inner_html("");
        let _ = main.append_child(&p);
    }
}
