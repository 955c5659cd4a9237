//! `#/check-pack`: paste a policy pack or open a file (read in the browser,
//! never uploaded); every problem with its path in the page's language; for a
//! valid pack, what differs from the built-in data rule by rule, and a way to
//! try it on the applicant's pages. What was pasted stays in the page state
//! (`State::pack_check`) for the session.

use super::{button, dom, header, raw, shell_with, trial_notice, Ctx};
use crate::client::{self, fill, Action, PackReport, Wb};
use crate::officials::diff::{diff, Change, PlaceDiff};
use crate::officials::markup::Markup;
use crate::policy::PolicyPack;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// After checking: the report gets the focus once it is drawn.
fn focus_report() {
    gloo::timers::callback::Timeout::new(0, || {
        dom::focus("pack-report");
    })
    .forget();
}

/// "Check the pack".
pub fn check(ctx: &Ctx) {
    ctx.dispatch(Action::CheckPack);
    focus_report();
}

/// A file was chosen: its text goes into the box and is checked; or, with
/// `source`, it is the text of the pack's sources, and the pack is checked with it.
pub fn open_file(ctx: &Ctx, input: HtmlInputElement, source: bool) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let text = text.ok().map(|v| v.as_string().unwrap_or_default());
        ctx.dispatch(if source {
            Action::OpenSourceText(text)
        } else {
            Action::OpenPack(text)
        });
        focus_report();
    });
}

/// "Try it": the checked pack is used on the applicant's pages, from the
/// start page with its first changed place chosen.
pub fn try_it(ctx: &Ctx) {
    let Some(PackReport::Valid(pack, text)) = &ctx.pack_check.report else {
        return;
    };
    let base = client::built_in();
    let first = diff(&base, pack, text).first().map(|d| d.id.to_string());
    ctx.dispatch(Action::TryPack(first));
}

/// The box for the pack's text with its label (elements of their own: the
/// state holds what is typed, and the box keeps its caret while the page is
/// drawn again).
fn text_box(ctx: &Ctx) -> Html {
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                ctx.dispatch(Action::SetPackText(t.value()));
            }
        })
    };
    html! {
        <div class="field">
            <label class="question question--small" for="pack-text">{ Wb::PasteLabel.get(ctx.lang) }</label>
            <textarea id="pack-text" class="input wb-textarea" rows="12" spellcheck="false"
                autocomplete="off" lang="en" dir="ltr" value={ctx.pack_check.text.clone()} {oninput} />
        </div>
    }
}

/// The wrapper around places: `jurisdictions`, keyed by each place's `id`.
const PACK_EXAMPLE: &str = r#"{
  "jurisdictions": {
    "newtown": {
      "id": "newtown",
      "inherits": "national",
      "name": { "zh-Hans": "新城", "zh-Hant": "新城", "en": "Newtown" },
      "sources": {}
    }
  }
}"#;

pub fn page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let mut notice = Markup::new();
    if ctx.policy.trial().is_some() {
        trial_notice(&mut notice, lang, Wb::TryHint, None);
    }
    let mut input = Markup::new();
    input.open("div", &[("class", "field")]);
    input.el(
        "label",
        &[("class", "question question--small"), ("for", "pack-file")],
        Wb::OpenFile.get(lang),
    );
    input.el(
        "p",
        &[("class", "hint"), ("id", "pack-file-hint")],
        Wb::OpenFileHint.get(lang),
    );
    input.open(
        "input",
        &[
            ("type", "file"),
            ("id", "pack-file"),
            ("class", "wb-file"),
            ("accept", ".json,application/json"),
            ("aria-describedby", "pack-file-hint"),
        ],
    );
    input.close("div");
    file_input(
        &mut input,
        "source-file",
        ".txt,.md,text/plain",
        Wb::SourceFile,
        Wb::SourceFileHint,
        lang,
    );
    input.open("p", &[]);
    button(&mut input, "check", Wb::CheckButton.get(lang), false);
    input.close("p");
    input.el("p", &[("class", "hint")], Wb::PackExample.get(lang));
    input.el(
        "pre",
        &[("class", "wb-example"), ("data-example", "pack")],
        PACK_EXAMPLE,
    );
    let mut out = Markup::new();
    if let Some(r) = &ctx.pack_check.report {
        write_report(ctx, r, &mut out);
        warnings(ctx, &mut out);
    }
    shell_with(
        ctx,
        "wb wb-check-pack",
        vec![
            raw(header(ctx, Wb::CheckLead)),
            raw(notice),
            text_box(ctx),
            raw(input),
            raw(out),
        ],
    )
}

/// A file input with its label and hint.
fn file_input(
    m: &mut Markup,
    id: &str,
    accept: &str,
    label: Wb,
    hint: Wb,
    lang: crate::text::Lang,
) {
    let hint_id = format!("{id}-hint");
    m.open("div", &[("class", "field")]);
    m.el(
        "label",
        &[("class", "question question--small"), ("for", id)],
        label.get(lang),
    );
    m.el("p", &[("class", "hint"), ("id", &hint_id)], hint.get(lang));
    m.open(
        "input",
        &[
            ("type", "file"),
            ("id", id),
            ("class", "wb-file"),
            ("accept", accept),
            ("aria-describedby", &hint_id),
        ],
    );
    m.close("div");
}

/// The warnings of the checked pack: what it accepts but may not mean.
fn warnings(ctx: &Ctx, m: &mut Markup) {
    let lang = ctx.lang;
    let list = &ctx.pack_check.warnings;
    if list.is_empty() {
        return;
    }
    m.open(
        "div",
        &[
            ("class", "notice notice--warning wb-warnings"),
            ("data-report", "warnings"),
        ],
    );
    m.el(
        "h2",
        &[("class", "notice__title")],
        &fill(Wb::WarningsFound.get(lang), &[&list.len().to_string()]),
    );
    m.open("ul", &[("class", "list wb-problem-list")]);
    for w in list.iter() {
        m.open("li", &[("data-path", &w.path)]);
        m.el(
            "code",
            &[("class", "wb-path"), ("lang", "en"), ("dir", "ltr")],
            &w.path,
        );
        m.text(Wb::Colon.get(lang)).text(&w.message_in(lang));
        m.close("li");
    }
    m.close("ul").close("div");
}

fn write_report(ctx: &Ctx, r: &PackReport, m: &mut Markup) {
    let lang = ctx.lang;
    match r {
        PackReport::Empty | PackReport::ReadFailed => {
            m.open(
                "div",
                &[
                    ("id", "pack-report"),
                    ("class", "notice notice--warning"),
                    ("tabindex", "-1"),
                    ("data-report", "empty"),
                ],
            );
            let w = if matches!(r, PackReport::Empty) {
                Wb::EmptyText
            } else {
                Wb::ReadFailed
            };
            m.el("p", &[], w.get(lang)).close("div");
        }
        PackReport::Problems(errors) => {
            m.open(
                "div",
                &[
                    ("id", "pack-report"),
                    ("class", "error-summary wb-problems"),
                    ("tabindex", "-1"),
                    ("aria-labelledby", "pack-report-h"),
                    ("data-report", "problems"),
                ],
            );
            m.el(
                "h2",
                &[("id", "pack-report-h"), ("class", "error-summary__title")],
                &fill(Wb::ProblemsFound.get(lang), &[&errors.len().to_string()]),
            );
            m.el("p", &[], Wb::ProblemsLead.get(lang));
            m.open("ul", &[("class", "list wb-problem-list")]);
            for e in errors.iter().take(SHOWN_PROBLEMS) {
                m.open("li", &[("data-path", &e.path)]);
                m.el(
                    "code",
                    &[("class", "wb-path"), ("lang", "en"), ("dir", "ltr")],
                    &e.path_in(lang),
                );
                m.text(Wb::Colon.get(lang)).text(&e.message_in(lang));
                m.close("li");
            }
            m.close("ul");
            if errors.len() > SHOWN_PROBLEMS {
                let more = (errors.len() - SHOWN_PROBLEMS).to_string();
                m.el("p", &[], &fill(Wb::MoreProblems.get(lang), &[&more]));
            }
            m.close("div");
        }
        PackReport::Valid(pack, text) => valid(ctx, pack, text, m),
    }
}

/// How many problems the page lists (a hostile pack may have tens of
/// thousands; the first ones are the ones to correct).
const SHOWN_PROBLEMS: usize = 200;

fn valid(ctx: &Ctx, pack: &PolicyPack, text: &str, m: &mut Markup) {
    let lang = ctx.lang;
    let base = client::built_in();
    let changes = diff(&base, pack, text);
    m.open(
        "div",
        &[
            ("id", "pack-report"),
            ("class", "wb-valid"),
            ("tabindex", "-1"),
            ("aria-labelledby", "pack-report-h"),
            ("data-report", "valid"),
        ],
    );
    m.open("div", &[("class", "notice notice--info")]);
    m.el(
        "h2",
        &[("id", "pack-report-h"), ("class", "notice__title")],
        Wb::Valid.get(lang),
    );
    if let Some(a) = &pack.about {
        m.el(
            "p",
            &[],
            &format!(
                "{}{} · {} · {}",
                Wb::PackAbout.get(lang),
                a.title.get(lang),
                a.issuer.get(lang),
                a.date
            ),
        );
    }
    m.close("div");
    m.el("h2", &[("class", "h2")], Wb::DiffTitle.get(lang));
    if changes.is_empty() {
        m.el("p", &[], Wb::DiffNone.get(lang));
    }
    for d in &changes {
        place_diff(ctx, d, m);
    }
    m.open("p", &[("class", "wb-try")]);
    button(m, "try", Wb::TryButton.get(lang), false);
    m.close("p");
    m.el("p", &[("class", "hint")], Wb::TryHint.get(lang));
    m.close("div");
}

fn place_diff(ctx: &Ctx, d: &PlaceDiff, m: &mut Markup) {
    let lang = ctx.lang;
    let id = ["diff-", &d.id].concat();
    m.open(
        "section",
        &[
            ("class", "wb-diff"),
            ("aria-labelledby", &id),
            ("data-place", &d.id),
        ],
    );
    m.open("h3", &[("class", "h3"), ("id", &id)])
        .text(&ctx.place_name(&d.id));
    if d.new_place {
        m.text(" ")
            .el("span", &[("class", "tag")], Wb::DiffNewPlace.get(lang));
    }
    m.close("h3");
    if d.meta_changed {
        m.el("p", &[], Wb::DiffPlaceMeta.get(lang));
    }
    if d.new_place {
        m.el(
            "p",
            &[],
            &fill(Wb::RulesInPlace.get(lang), &[&d.rules.len().to_string()]),
        );
        m.close("section");
        return;
    }
    m.open("ul", &[("class", "list wb-diff-list")]);
    for c in &d.rules {
        let (word, key) = match c.change {
            Change::Added => (Wb::DiffAdded, "added"),
            Change::Removed => (Wb::DiffRemoved, "removed"),
            Change::Changed => (Wb::DiffChanged, "changed"),
        };
        m.open(
            "li",
            &[
                ("class", &["wb-diff__item wb-diff__item--", key].concat()),
                ("data-anchor", c.anchor()),
                ("data-change", key),
            ],
        );
        m.open("p", &[])
            .el("span", &[("class", "tag")], word.get(lang))
            .text(" ")
            .text(c.group().title().get(lang))
            .text(" ");
        m.el(
            "code",
            &[("class", "wb-anchor")],
            &["#", c.anchor()].concat(),
        );
        m.close("p");
        for (label, r) in [(Wb::DiffBefore, &c.before), (Wb::DiffAfter, &c.after)] {
            if let Some(r) = r {
                m.open("p", &[("class", "wb-diff__line")])
                    .el("strong", &[], label.get(lang))
                    .text(&r.summary(lang))
                    .el(
                        "span",
                        &[("class", "muted")],
                        &[" · ", &r.conditions(lang)].concat(),
                    )
                    .close("p");
            }
        }
        m.close("li");
    }
    m.close("ul").close("section");
}
