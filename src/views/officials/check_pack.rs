//! `#/check-pack`: paste a policy pack or open a file (read in the browser,
//! never uploaded); every problem with its path in the page's language; for a
//! valid pack, what differs from the built-in data rule by rule, and a way to
//! try it on the applicant's pages. What was pasted stays for the session.

use super::{button, dom, header, place_name, shell, trial_notice, Ctx};
use crate::client::{self, fill, Action, Page, Wb};
use crate::model::{Draft, Field};
use crate::officials::diff::{diff, Change, PlaceDiff};
use crate::officials::markup::Markup;
use crate::policy::{PolicyError, PolicyPack};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What checking the text gave.
#[derive(Clone, Debug)]
enum Report {
    Empty,
    ReadFailed,
    Problems(Rc<Vec<PolicyError>>),
    Valid(Rc<PolicyPack>),
}

thread_local! {
    /// The text in the box and what checking it gave.
    static CHECK: RefCell<(String, Option<Report>)> = const { RefCell::new((String::new(), None)) };
}

/// The text as typed (the box keeps its own value until the page is drawn again).
pub fn set_text(text: String) {
    CHECK.with(|c| c.borrow_mut().0 = text);
}

fn run(ctx: &Ctx, text: Option<String>, read_failed: bool) {
    CHECK.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(t) = text {
            c.0 = t;
        }
        let report = if read_failed {
            Report::ReadFailed
        } else if c.0.trim().is_empty() {
            Report::Empty
        } else {
            match PolicyPack::from_json_over_embedded(&c.0) {
                Ok(p) => Report::Valid(Rc::new(p)),
                Err(e) => Report::Problems(Rc::new(e)),
            }
        };
        c.1 = Some(report);
    });
    ctx.dispatch(Action::Refresh);
    gloo::timers::callback::Timeout::new(0, || {
        dom::focus("pack-report");
    })
    .forget();
}

/// "Check the pack".
pub fn check(ctx: &Ctx) {
    run(ctx, None, false);
}

/// A file was chosen: its text goes into the box and is checked.
pub fn open_file(ctx: &Ctx, input: HtmlInputElement) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(v) => run(&ctx, Some(v.as_string().unwrap_or_default()), false),
            Err(_) => run(&ctx, None, true),
        }
    });
}

/// "Try it": the checked pack is used on the applicant's pages, from the
/// start page with its first changed place chosen.
pub fn try_it(ctx: &Ctx) {
    let Some((text, Some(Report::Valid(pack)))) = CHECK.with(|c| {
        let c = c.borrow();
        Some((c.0.clone(), c.1.clone()))
    }) else {
        return;
    };
    let first = diff(client::built_in(), &pack, &text)
        .first()
        .map(|d| d.id.to_string());
    client::try_pack(pack, text);
    let mut d = Draft::default();
    if let Some(p) = &first {
        d.set(Field::Jurisdiction, p.as_str());
    }
    let _ = dom::window()
        .location()
        .set_hash(&ctx.link_to(Page::Start, &d, None));
}

pub fn page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let (text, report) = CHECK.with(|c| {
        let mut c = c.borrow_mut();
        // Back on the page during a trial: its pack, as it was checked.
        if let (None, Some(t)) = (&c.1, client::trial()) {
            *c = (t.text.clone(), Some(Report::Valid(t.pack.clone())));
        }
        (c.0.clone(), c.1.clone())
    });
    let mut input = Markup::new();
    if client::trial().is_some() {
        trial_notice(&mut input, lang, Wb::TryHint, None);
    }
    input.open("div", &[("class", "field")]);
    input.el(
        "label",
        &[("class", "question question--small"), ("for", "pack-text")],
        Wb::PasteLabel.get(lang),
    );
    input.el(
        "textarea",
        &[
            ("id", "pack-text"),
            ("class", "input wb-textarea"),
            ("rows", "12"),
            ("spellcheck", "false"),
            ("autocomplete", "off"),
            ("lang", "en"),
            ("dir", "ltr"),
        ],
        &text,
    );
    input.close("div").open("div", &[("class", "field")]);
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
    input.close("div").open("p", &[]);
    button(&mut input, "check", Wb::CheckButton.get(lang), false);
    input.close("p");
    let mut out = Markup::new();
    if let Some(r) = &report {
        write_report(ctx, r, &text, &mut out);
    }
    shell(
        ctx,
        "wb wb-check-pack",
        vec![header(ctx, Wb::CheckLead), input, out],
    )
}

fn write_report(ctx: &Ctx, r: &Report, text: &str, m: &mut Markup) {
    let lang = ctx.lang;
    match r {
        Report::Empty | Report::ReadFailed => {
            m.open(
                "div",
                &[
                    ("id", "pack-report"),
                    ("class", "notice notice--warning"),
                    ("tabindex", "-1"),
                    ("data-report", "empty"),
                ],
            );
            let w = if matches!(r, Report::Empty) {
                Wb::EmptyText
            } else {
                Wb::ReadFailed
            };
            m.el("p", &[], w.get(lang)).close("div");
        }
        Report::Problems(errors) => {
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
            for e in errors.iter() {
                m.open("li", &[("data-path", &e.path)]);
                m.el(
                    "code",
                    &[("class", "wb-path"), ("lang", "en"), ("dir", "ltr")],
                    &e.path_in(lang),
                );
                m.text(Wb::Colon.get(lang)).text(&e.message_in(lang));
                m.close("li");
            }
            m.close("ul").close("div");
        }
        Report::Valid(pack) => valid(ctx, pack, text, m),
    }
}

fn valid(ctx: &Ctx, pack: &PolicyPack, text: &str, m: &mut Markup) {
    let lang = ctx.lang;
    let changes = diff(client::built_in(), pack, text);
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
        .text(&place_name(&d.id, lang));
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
