//! Component tests in a real browser (headless Chromium through wasm-bindgen-test):
//! the app rendered from a link, clicked, and read back from the DOM.
//!
//!   CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser
#![cfg(target_arch = "wasm32")]

use dianli::views::{App, AppProps};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Renders the app for `hash` into a fresh element and lets Yew finish rendering.
async fn render(hash: &str) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            hash: Some(hash.to_string()),
            ..AppProps::default()
        },
    )
    .render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .dyn_into()
        .unwrap();
    el.click();
}

fn cleanup(root: Element) {
    root.remove();
}

#[wasm_bindgen_test]
async fn start_page_says_what_the_tool_does_in_chinese() {
    let root = render("").await;
    assert_eq!(text(&root, "h1"), "电力接入自助评估");
    assert!(text(&root, "main").contains("开始"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-Hans")
    );
    cleanup(root);
}

#[wasm_bindgen_test]
async fn result_link_shows_the_verdict_and_dates() {
    let root = render(
        "#/result?jurisdiction=yangjiang&area=urban&customer=small_micro&capacity=50kVA&voltage=lv&external_works=no&kind=new&temporary=no&start=2026-06-01",
    )
    .await;
    let verdict = root
        .query_selector("[data-verdict]")
        .unwrap()
        .expect("verdict panel");
    assert_eq!(
        verdict.get_attribute("data-verdict").as_deref(),
        Some("yes")
    );
    assert!(verdict.text_content().unwrap().contains("适用零投资"));
    let date = root
        .query_selector("[data-date]")
        .unwrap()
        .expect("completion date");
    assert_eq!(
        date.get_attribute("data-date").as_deref(),
        Some("2026-06-04")
    );
    assert_eq!(date.text_content().unwrap(), "2026年6月4日（星期四）");
    assert_eq!(
        root.query_selector("[data-stages]")
            .unwrap()
            .unwrap()
            .get_attribute("data-stages")
            .as_deref(),
        Some("2")
    );
    // Every figure has its source.
    assert!(root.query_selector_all("details.cite").unwrap().length() >= 5);
    cleanup(root);
}

#[wasm_bindgen_test]
async fn bad_link_shows_the_form_with_messages_and_keeps_valid_answers() {
    let root = render("#/result?jurisdiction=liuzhou&capacity=abc&area=moon").await;
    let summary = text(&root, "#error-summary");
    assert!(summary.contains("moon"), "{summary}");
    assert!(summary.contains("abc"), "{summary}");
    assert!(text(&root, "#f-area-error").contains("moon"));
    // Liuzhou is still chosen.
    let liuzhou: HtmlInputElement = root
        .query_selector("input[value=liuzhou]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(liuzhou.checked());
    cleanup(root);
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_shows_the_error_and_a_choice_clears_it() {
    let root = render("#/form/where").await;
    click(&root, "button[type=submit]");
    settle().await;
    assert!(text(&root, "#error-summary").contains("请选择所在地区"));
    assert!(root.query_selector(".field--error").unwrap().is_some());
    click(&root, "input[value=wanzhou]");
    settle().await;
    click(&root, "button[type=submit]");
    settle().await;
    assert_eq!(text(&root, "h1"), "申请人");
    assert!(root.query_selector("#error-summary").unwrap().is_none());
    cleanup(root);
}

#[wasm_bindgen_test]
async fn capacity_box_and_unit_make_one_answer() {
    let root = render("#/form/capacity?jurisdiction=liuzhou&capacity=150kW").await;
    let input: HtmlInputElement = root
        .query_selector("#f-capacity")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "150");
    let kw: HtmlInputElement = root
        .query_selector("#f-unit-kw")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(kw.checked());
    // The power factor matters for kW, so it is unfolded.
    assert!(root
        .query_selector("details#pf-details[open]")
        .unwrap()
        .is_some());
    cleanup(root);
}

#[wasm_bindgen_test]
async fn english_and_traditional_chinese() {
    let root = render("#/check?jurisdiction=wanzhou&capacity=10kVA&lang=en").await;
    assert_eq!(text(&root, "h1"), "Check your answers");
    assert!(text(&root, ".summary").contains("Wanzhou"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    click(&root, "a[hreflang=zh-Hant]");
    settle().await;
    assert_eq!(text(&root, "h1"), "核對您的答案");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-Hant")
    );
    let current = root
        .query_selector("a[aria-current=true]")
        .unwrap()
        .unwrap();
    assert_eq!(current.get_attribute("lang").as_deref(), Some("zh-Hant"));
    cleanup(root);
}

#[wasm_bindgen_test]
async fn kiosk_has_a_start_over_button_and_embed_has_no_chrome() {
    let root = render("#/?mode=kiosk").await;
    assert!(root.query_selector(".restart").unwrap().is_some());
    assert!(root.query_selector("header").unwrap().is_some());
    cleanup(root);
    let root = render("#/?mode=embed&jurisdiction=liuzhou").await;
    assert!(root.query_selector("header").unwrap().is_none());
    assert!(root.query_selector("footer").unwrap().is_none());
    assert!(text(&root, "main").contains("柳州"));
    cleanup(root);
}
