//! The result: verdict first, then dates, documents, costs, permits, warnings,
//! variations, the answers, and share / print. Everything comes from `Assessment`.

use super::act;
use super::cite::write_cites;
use super::widgets::{
    write_back_link, write_change_link, write_link_notice, write_p_opt, write_page_heading,
};
use crate::assessment::{
    Assessment, Citation, DocumentView, StageView, TimelineItem, TimelineKind, Verdict, WarningKind,
};
use crate::assessment::{PriceLineView, PricesView};
use crate::client::{self, pick, Page, State, S};
use crate::officials::markup::Markup;
use crate::policy::{DaysKind, Payer, Per};
use crate::share::Mode;
use crate::text::Lang;

/// The result page in the app: the engine's answer (kept while the answers,
/// data, date and language stay the same), written as markup.
#[cfg(not(feature = "result-only"))]
#[yew::function_component]
pub fn ResultPage(props: &super::CtxProps) -> yew::Html {
    let ctx = &props.ctx;
    let result = yew::use_memo(
        (ctx.policy.clone(), ctx.draft.clone(), ctx.today, ctx.lang),
        |(policy, draft, today, lang)| client::evaluate(policy.pack(), draft, *today, *lang),
    );
    let mut m = Markup::new();
    write_page(&mut m, ctx, (*result).as_ref().ok());
    super::raw(m)
}

/// The whole result page; only its heading when the answers do not give a
/// result (the reducer only shows this page for valid answers; be safe anyway).
pub fn write_page(m: &mut Markup, state: &State, a: Option<&Assessment>) {
    let lang = state.lang;
    let Some(a) = a else {
        return write_page_heading(m, S::ResultTitle.get(lang), None);
    };
    let kiosk = state.mode == Mode::Kiosk;
    m.open(
        "div",
        &[("class", "result"), ("data-voltage", a.voltage.key())],
    );
    write_back_link(m, state);
    write_link_notice(m, state);
    write_page_heading(
        m,
        S::ResultTitle.get(lang),
        Some(&client::result_summary(a, lang)),
    );
    m.open("div", &[("class", "result__top")]);
    super::summary::write_panel(m, state, a);
    if kiosk {
        share_box(m, state, None);
    }
    m.close("div")
        .el("p", &[("class", "lead")], S::ResultEstimate.get(lang));
    from_list_note(m, state);
    super::summary::write_answers_line(m, state);
    m.open("details", &[("class", "section fold fold--verdict")])
        .open("summary", &[("class", "fold__summary")])
        .open("h2", &[("class", "h2 fold__title")])
        .text(S::VerdictHeading.get(lang))
        .text(pick(lang, "：", "：", ": "))
        .text(S::MoreTitle.get(lang))
        .close("h2")
        .close("summary");
    verdict_panel(m, state, a);
    m.close("details");
    key_dates(m, a, state);
    timeline(m, a, state);
    documents(m, a, state);
    costs(m, a, state);
    approvals(m, a, state);
    commitments(m, a, state);
    super::utilities::write_section(m, state, a);
    warnings(m, state, a);
    variations(m, state, a);
    print_sources(m, a, lang);
    if !kiosk {
        share_box(m, state, Some(a));
    }
    m.close("div");
}

/// Every citation of the result, in the order the page shows them.
fn all_citations(a: &Assessment) -> Vec<&Citation> {
    let z = &a.zero_investment;
    let mut out: Vec<&Citation> = z.citation.iter().chain(z.cap_citation.iter()).collect();
    out.extend(a.time_limit.as_ref().map(|t| &t.citation));
    out.extend(a.voltage_citation.iter());
    for s in &a.stages {
        out.push(&s.citation);
        out.extend(s.limit_citation.iter().chain(s.regional_citation.iter()));
        out.extend(s.documents.iter().map(|d| &d.citation));
    }
    out.extend(a.timeline.iter().filter_map(|t| t.citation.as_ref()));
    out.extend(
        a.documents
            .iter()
            .chain(a.conditional_documents.iter())
            .map(|d| &d.citation),
    );
    out.extend(a.costs.parts.iter().map(|p| &p.citation));
    out.extend(a.costs.fees.iter().map(|f| &f.citation));
    out.extend(a.approvals.items.iter().map(|i| &i.citation));
    out.extend(a.approvals.citation.iter());
    out.extend(a.warnings.iter().flat_map(|w| w.citations.iter()));
    out.extend(z.bound_citation.iter());
    out.extend(z.national.iter().flat_map(|n| n.citation.iter()));
    out.extend(
        a.time_limit
            .iter()
            .flat_map(|t| t.national.iter())
            .map(|n| &n.citation),
    );
    out.extend(a.commitments.iter().map(|c| &c.citation));
    out.extend(super::utilities::citations(a));
    out
}

/// `<p><strong>label</strong>text</p>`.
fn labelled(m: &mut Markup, label: &str, text: &str) {
    m.open("p", &[])
        .el("strong", &[], label)
        .text(text)
        .close("p");
}

fn verdict_panel(m: &mut Markup, state: &State, a: &Assessment) {
    let lang = state.lang;
    let z = &a.zero_investment;
    let modifier = if z.national.as_ref().is_some_and(|n| n.applies) && !z.applies {
        "depends"
    } else {
        client::verdict(z.status)
    };
    let icon = match z.status {
        Verdict::Yes => "✓",
        Verdict::No => "✕",
        Verdict::Depends => "?",
    };
    m.open(
        "section",
        &[
            ("class", &format!("verdict verdict--{modifier}")),
            ("aria-labelledby", "verdict-h"),
            ("data-verdict", modifier),
        ],
    )
    .el(
        "p",
        &[("class", "verdict__kicker")],
        S::VerdictHeading.get(lang),
    )
    .open("h2", &[("id", "verdict-h"), ("class", "verdict__title")])
    .el(
        "span",
        &[("class", "verdict__icon"), ("aria-hidden", "true")],
        icon,
    )
    .text(z.headline.get(lang))
    .close("h2")
    .el("p", &[("class", "verdict__reason")], z.detail.get(lang));
    if let Some(c) = &z.covers {
        labelled(m, S::VerdictCovers.get(lang), c.get(lang));
    }
    if let Some(c) = &z.condition {
        labelled(m, S::VerdictCondition.get(lang), c.get(lang));
    }
    if let Some(conv) = &z.conversion {
        m.el("p", &[], conv.text.get(lang));
    }
    write_p_opt(m, &z.near_miss, lang, "");
    if let Some(n) = &z.note {
        labelled(m, S::VerdictNote.get(lang), n.get(lang));
    }
    if !z.depends_on.is_empty() {
        m.el(
            "p",
            &[("class", "verdict__depends")],
            S::DependsTitle.get(lang),
        )
        .open("ul", &[("class", "list")]);
        for d in &z.depends_on {
            let verdict = if d.applies {
                S::Applies
            } else {
                S::DoesNotApply
            };
            m.open("li", &[])
                .text(&client::scenario_label(d.field, &d.value, lang))
                .text(pick(lang, "：", "：", ": "))
                .el("strong", &[], verdict.get(lang))
                .text(" ");
            write_change_link(m, state, d.field, "no-print");
            m.close("li");
        }
        m.close("ul");
    }
    let list: Vec<&Citation> = z
        .citation
        .iter()
        .chain(z.cap_citation.iter())
        .chain(z.bound_citation.iter())
        .collect();
    write_cites(m, state, &list);
    if let Some(n) = &z.national {
        m.open(
            "div",
            &[
                ("class", "verdict__national"),
                ("data-national", if n.applies { "yes" } else { "no" }),
            ],
        );
        labelled(m, S::NationalRuleLabel.get(lang), n.reason.get(lang));
        if let Some(c) = n.condition.as_ref().filter(|_| n.applies) {
            labelled(m, S::VerdictCondition.get(lang), c.get(lang));
        }
        if let Some(conv) = &n.conversion {
            m.el("p", &[], conv.text.get(lang));
        }
        write_p_opt(m, &n.note, lang, "muted");
        write_cites(m, state, &n.citation.iter().collect::<Vec<_>>());
        m.close("div");
    }
    m.close("section");
}

/// A list comes from the national baseline rather than the place's own documents.
fn from_national(a: &Assessment, from: Option<&str>) -> bool {
    from == Some("national") && a.jurisdiction != "national"
}

/// Strips a final full stop so "当日办结。" matches "当日办结".
fn same_text(a: &str, b: &str) -> bool {
    let t = |s: &str| s.trim().trim_end_matches(['。', '.']).to_string();
    t(a) == t(b)
}

/// A timeline row's time limit, from its stage where it has one.
fn row_limit(t: Option<&TimelineItem>, s: Option<&StageView>, lang: Lang) -> Option<String> {
    match (t, s) {
        (_, Some(s)) if s.max_working_days.is_some() => s.max_working_days.map(|n| {
            client::limit_text(n, s.days_kind.unwrap_or(DaysKind::Working), s.average, lang)
        }),
        (_, Some(s)) if s.max_calendar_days.is_some() => s
            .max_calendar_days
            .map(|n| client::limit_text(n, DaysKind::Calendar, s.average, lang)),
        (_, Some(s)) if s.shared_limit => Some(S::SharedLimit.get(lang).to_string()),
        (Some(t), _) => t.days.map(|n| {
            client::limit_text(n, t.days_kind.unwrap_or(DaysKind::Working), t.average, lang)
        }),
        _ => None,
    }
}

/// A timeline row's notes, each said once and none repeating its limit.
fn row_notes(
    t: Option<&TimelineItem>,
    s: Option<&StageView>,
    limit: Option<&str>,
    lang: Lang,
) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    let candidates = s
        .and_then(|s| s.limit_note.as_ref())
        .into_iter()
        .chain(s.and_then(|s| s.note.as_ref()))
        .chain(t.and_then(|t| t.note.as_ref()));
    for n in candidates {
        let n = n.get(lang).to_string();
        let dup = notes.iter().any(|x| same_text(x, &n)) || limit.is_some_and(|l| same_text(l, &n));
        if !dup {
            notes.push(n);
        }
    }
    notes
}

fn warnings(m: &mut Markup, state: &State, a: &Assessment) {
    let lang = state.lang;
    // Shown elsewhere already: the inferred voltage (key dates), the near miss
    // (verdict), and missing stages or documents (their own sections say so).
    let shown = |code: &str| {
        !matches!(
            code,
            "voltage_inferred" | "near_miss" | "no_stages" | "no_documents"
        )
    };
    let order = [
        WarningKind::Conflict,
        WarningKind::Caution,
        WarningKind::Interpretation,
        WarningKind::Info,
    ];
    let list: Vec<_> = order
        .iter()
        .flat_map(|k| {
            a.warnings
                .iter()
                .filter(move |w| w.kind == *k && shown(&w.code))
        })
        .collect();
    if list.is_empty() && a.assumptions.is_empty() {
        return;
    }
    // On paper only cautions, conflicts, readings and assumptions show.
    let printed = !a.assumptions.is_empty()
        || a.warnings
            .iter()
            .any(|w| w.kind != WarningKind::Info && shown(&w.code));
    let class = if printed {
        "section fold"
    } else {
        "section fold no-print"
    };
    m.open(
        "details",
        &[("class", class), ("aria-labelledby", "warnings-h")],
    )
    .open("summary", &[("class", "fold__summary")])
    .el(
        "h2",
        &[("id", "warnings-h"), ("class", "h2")],
        S::WarningsTitle.get(lang),
    )
    .close("summary");
    if !list.is_empty() {
        m.open("ul", &[("class", "warnings")]);
        for w in list {
            let class = match w.kind {
                WarningKind::Conflict => "warning warning--conflict",
                WarningKind::Caution => "warning warning--caution",
                WarningKind::Interpretation => "warning warning--interpretation",
                WarningKind::Info => "warning warning--info",
            };
            m.open("li", &[("class", class)])
                .el(
                    "p",
                    &[("class", "warning__kind")],
                    client::warning_kind(w.kind).get(lang),
                )
                .el("p", &[], w.text.get(lang));
            write_cites(m, state, &w.citations.iter().collect::<Vec<_>>());
            m.close("li");
        }
        m.close("ul");
    }
    if !a.assumptions.is_empty() {
        m.el("h3", &[("class", "h3")], S::AssumptionsTitle.get(lang))
            .open("ul", &[("class", "assumptions")]);
        for x in &a.assumptions {
            m.open("li", &[]).text(x.text.get(lang)).text(" ");
            write_change_link(m, state, x.field, "no-print");
            write_cites(m, state, &x.citation.iter().collect::<Vec<_>>());
            m.close("li");
        }
        m.close("ul");
    }
    m.close("details");
}

fn variations(m: &mut Markup, state: &State, a: &Assessment) {
    let lang = state.lang;
    if a.variations.is_empty() {
        return;
    }
    m.open(
        "details",
        &[
            ("class", "section no-print fold"),
            ("aria-labelledby", "variations-h"),
        ],
    )
    .open("summary", &[("class", "fold__summary")])
    .el(
        "h2",
        &[("id", "variations-h"), ("class", "h2")],
        S::VariationsTitle.get(lang),
    )
    .close("summary")
    .open("ul", &[("class", "variations")]);
    for v in &a.variations {
        let mut draft = state.draft.clone();
        draft.set(v.field, v.value.clone());
        let href = state.link_to(Page::Result, &draft, None);
        m.open("li", &[("class", "variation")])
            .open("p", &[("class", "variation__label")])
            .el("strong", &[], v.label.get(lang))
            .close("p")
            .el(
                "p",
                &[],
                &client::variation_text(
                    v.stages,
                    v.time_limit_working_days,
                    v.completion_date,
                    v.zero_investment,
                    lang,
                ),
            )
            .open(
                "a",
                &[
                    ("class", "no-print"),
                    ("href", &href),
                    ("data-act", &format!("try:{}", v.field.key())),
                    ("data-value", &v.value),
                ],
            )
            .text(S::ShowThis.get(lang))
            .el(
                "span",
                &[("class", "visually-hidden")],
                &format!(" {}", v.label.get(lang)),
            )
            .close("a")
            .close("li");
    }
    m.close("ul").close("details");
}

/// The milestones as an iCalendar file, in a `data:` link to download.
fn calendar_href(a: &Assessment, lang: Lang, today: chrono::NaiveDate) -> String {
    let ics = crate::ics::calendar(a, lang, today);
    format!(
        "data:text/calendar;charset=utf-8,{}",
        crate::share::encode(&ics)
    )
}

/// The share link as a QR code (an inline SVG: digits and fixed markup only).
fn qr_figure(m: &mut Markup, url: &str, lang: Lang) {
    let Some(qr) = crate::qr::QrCode::encode(url.as_bytes()) else {
        return;
    };
    let n = qr.size() + 8;
    m.open("figure", &[("class", "qr")]);
    m.0.push_str(&format!(
        "<svg class=\"qr__code\" viewBox=\"0 0 {n} {n}\" role=\"img\" aria-labelledby=\"qr-label\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"></rect><path d=\"{}\" fill=\"#000\"></path></svg>",
        qr.to_svg_path(4)
    ));
    m.el(
        "figcaption",
        &[("id", "qr-label"), ("class", "qr__label")],
        S::QrLabel.get(lang),
    )
    .close("figure");
}

/// Where the result is used: a kiosk gets the QR code and print (no link to
/// copy, no calendar on a public screen: `calendar` is `None`); a phone gets
/// the system share sheet (or copy) and no QR code; the printed page carries
/// the link and the QR code.
fn share_box(m: &mut Markup, state: &State, calendar: Option<&Assessment>) {
    let lang = state.lang;
    let kiosk = calendar.is_none();
    let url = format!("{}{}", super::dom::base_href(), state.share_fragment());
    let can_share = super::dom::can_share();
    let printed = |m: &mut Markup| {
        m.open("p", &[("class", "print-only print-link")])
            .text(S::PrintedFrom.get(lang))
            .el("span", &[], &url)
            .close("p");
    };
    let (class, head) = if kiosk {
        ("share share--kiosk handoff", "visually-hidden")
    } else {
        ("section share no-print", "h2")
    };
    m.open(
        "section",
        &[("class", class), ("aria-labelledby", "share-h")],
    )
    .el(
        "h2",
        &[("id", "share-h"), ("class", head)],
        S::ShareTitle.get(lang),
    );
    if kiosk {
        qr_figure(m, &url, lang);
    } else {
        m.el("p", &[("class", "hint")], S::ShareHint.get(lang))
            .el(
                "label",
                &[("class", "question question--small"), ("for", "share-link")],
                S::LinkLabel.get(lang),
            )
            .open(
                "input",
                &[
                    ("id", "share-link"),
                    ("class", "input input--link"),
                    ("type", "text"),
                    ("readonly", "readonly"),
                    ("value", &url),
                ],
            );
    }
    m.open("div", &[("class", "button-group no-print")]);
    if let Some(a) = calendar {
        let share_label = if can_share { S::ShareLink } else { S::CopyLink };
        m.el(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-share", if can_share { "system" } else { "copy" }),
                ("data-act", "share"),
            ],
            share_label.get(lang),
        )
        .el(
            "a",
            &[
                ("class", "button button--secondary"),
                ("href", &calendar_href(a, lang, state.today)),
                ("download", &crate::ics::file_name(a)),
                ("type", "text/calendar"),
            ],
            S::AddToCalendar.get(lang),
        );
    }
    m.el(
        "button",
        &[
            ("type", "button"),
            (
                "class",
                if kiosk {
                    "button"
                } else {
                    "button button--secondary"
                },
            ),
            ("data-act", "print"),
        ],
        S::Print.get(lang),
    );
    act::link(
        m,
        "button button--secondary",
        &state.fragment_for(Page::Start),
        "restart",
        S::StartAgain.get(lang),
    );
    m.close("div");
    if kiosk {
        printed(m);
    } else {
        m.el("p", &[("class", "share__status"), ("role", "status")], "");
    }
    m.close("section");
    if !kiosk {
        m.open("div", &[("class", "handoff")]);
        qr_figure(m, &url, lang);
        printed(m);
        m.close("div");
    }
}

/// On the result: the capacity was estimated from the equipment list (when
/// the capacity answered is still the list's total).
fn from_list_note(m: &mut Markup, state: &State) {
    let Some(t) = client::capacity_from_list(state) else {
        return;
    };
    let lang = state.lang;
    m.open(
        "p",
        &[
            ("class", "inset load-from-list"),
            ("data-from-list", &t.kw()),
        ],
    )
    .text(&client::L::FromList.fill(lang, &[&t.kw(), &client::count_text(t.items)]))
    .text(" ");
    act::link(
        m,
        "no-print",
        &state.fragment_for(client::Page::Load),
        "list",
        client::L::SeeList.get(lang),
    );
    m.close("p");
}

/// A fold: `<details class aria-labelledby=id><summary><h2 id>title</h2></summary>`; the caller closes it.
fn fold(m: &mut Markup, class: &str, id: &str, title: &str) {
    m.open("details", &[("class", class), ("aria-labelledby", id)])
        .open("summary", &[("class", "fold__summary")])
        .el("h2", &[("id", id), ("class", "h2")], title)
        .close("summary");
}

/// On paper the citations are one compact list of documents and clauses
/// (on screen each figure has its own disclosure instead).
fn print_sources(m: &mut Markup, a: &Assessment, lang: Lang) {
    let mut docs: Vec<(&Citation, Vec<&str>)> = Vec::new();
    for c in all_citations(a) {
        let clause = c.label.get(lang).trim().trim_end_matches('、');
        match docs.iter_mut().find(|(d, _)| d.source == c.source) {
            Some((_, clauses)) => {
                if !clause.is_empty() && !clauses.contains(&clause) {
                    clauses.push(clause);
                }
            }
            None => docs.push((
                c,
                if clause.is_empty() {
                    vec![]
                } else {
                    vec![clause]
                },
            )),
        }
    }
    m.open("section", &[("class", "print-only print-sources")])
        .el("h2", &[("class", "h3")], S::Sources.get(lang))
        .open("ol", &[]);
    for (c, clauses) in &docs {
        let doc = c.document.get(lang);
        m.open("li", &[]).text(if doc.trim().is_empty() {
            &c.source
        } else {
            doc
        });
        if let Some(d) = c.issued.as_ref() {
            m.text(" · ").text(S::Issued.get(lang)).text(d);
        }
        if c.secondary {
            m.text(" · ").text(S::Secondary.get(lang));
        }
        m.open(
            "span",
            &[
                ("class", "muted"),
                ("lang", client::label_lang(&c.label, lang)),
            ],
        )
        .text(" — ")
        .text(&clauses.join(pick(lang, "；", "；", "; ")))
        .close("span")
        .close("li");
    }
    m.close("ol").close("section");
}

/// `<div class><dt>term</dt><dd>value</dd>` (the caller closes the div, after any more `<dd>`).
fn fact(m: &mut Markup, class: &str, term: &str, value: &str) {
    m.open("div", &[("class", class)])
        .el("dt", &[], term)
        .el("dd", &[], value);
}

fn key_dates(m: &mut Markup, a: &Assessment, state: &State) {
    let lang = state.lang;
    let colon = pick(lang, "：", "：", ": ");
    let mut cs: Vec<&Citation> = Vec::new();
    cs.extend(a.time_limit.as_ref().map(|t| &t.citation));
    cs.extend(
        a.time_limit
            .as_ref()
            .and_then(|t| t.national.as_ref())
            .map(|n| &n.citation),
    );
    if a.voltage_inferred {
        cs.extend(a.voltage_citation.as_ref());
    }
    fold(m, "section keydates fold", "time-h", S::TimeTitle.get(lang));
    m.open("dl", &[("class", "facts")]);
    if let Some(t) = &a.time_limit {
        let limit = client::limit_text(t.days, t.days_kind, t.average, lang);
        fact(m, "facts__item", S::TotalLimit.get(lang), &limit);
        m.close("div");
    }
    if let Some(n) = a.time_limit.as_ref().and_then(|t| t.national.as_ref()) {
        let days = n.days.to_string();
        m.open(
            "div",
            &[
                ("class", "facts__item facts__item--wide"),
                ("data-national-days", &days),
            ],
        )
        .el("dt", &[], S::NationalLimitLabel.get(lang))
        .open("dd", &[])
        .text(&client::limit_text(n.days, n.days_kind, n.average, lang))
        .text(colon)
        .text(n.scope.get(lang))
        .close("dd")
        .open("dd", &[("class", "facts__sub")])
        .text(S::NationalCap.get(lang))
        .text(colon)
        .text(&client::date_long(n.completion_date, lang))
        .close("dd")
        .close("div");
    }
    if a.completion_date.is_none() {
        fact(
            m,
            "facts__item facts__item--wide",
            S::StartsOn.get(lang),
            &client::date_long(a.start, lang),
        );
        m.close("div");
    }
    if let Some(d) = a
        .latest_with_works
        .filter(|d| Some(*d) != a.completion_date)
    {
        fact(
            m,
            "facts__item facts__item--wide",
            S::WithWorksBy.get(lang),
            &client::date_long(d, lang),
        );
        m.close("div");
    }
    m.close("dl");
    match &a.time_limit {
        None => {
            m.el("p", &[], S::NoTotalLimit.get(lang));
        }
        Some(t) => {
            m.el("p", &[("class", "muted")], t.scope.get(lang));
            write_p_opt(m, &t.note, lang, "muted");
        }
    }
    if a.voltage_inferred {
        write_p_opt(m, &a.voltage_basis, lang, "muted");
    }
    write_cites(m, state, &cs);
    m.close("details");
}

fn timeline(m: &mut Markup, a: &Assessment, state: &State) {
    let lang = state.lang;
    fold(m, "section fold", "timeline-h", S::TimelineTitle.get(lang));
    if a.stages.is_empty() {
        m.el("p", &[], S::StagesNone.get(lang));
    }
    if from_national(a, a.stages_from.as_deref()) {
        m.el(
            "p",
            &[("class", "inset")],
            S::FromNationalBaseline.get(lang),
        );
    }
    write_p_opt(m, &a.stages_note, lang, "muted");
    m.open("ol", &[("class", "timeline")]);
    for t in &a.timeline {
        let stage = a
            .stages
            .iter()
            .enumerate()
            .find(|(_, s)| s.id == t.id && t.kind != TimelineKind::Approval);
        timeline_row(m, Some(t), stage, state);
    }
    // A stage the timeline does not list still shows.
    for (i, s) in a.stages.iter().enumerate() {
        if !a.timeline.iter().any(|t| t.id == s.id) {
            timeline_row(m, None, Some((i, s)), state);
        }
    }
    m.close("ol").close("details");
}

fn timeline_row(
    m: &mut Markup,
    t: Option<&TimelineItem>,
    stage: Option<(usize, &StageView)>,
    state: &State,
) {
    let lang = state.lang;
    let kind = t.map_or(TimelineKind::Stage, |t| t.kind);
    let s = stage.map(|(_, s)| s);
    let name = t
        .map(|t| &t.name)
        .or(s.map(|s| &s.name))
        .map(|n| n.get(lang))
        .unwrap_or_default();
    let start = t.map(|t| t.start).or(s.map(|s| s.start));
    let end = t.and_then(|t| t.end).or(s.and_then(|s| s.end));
    let counts = t.is_none_or(|t| t.counts_toward_total);
    let limit = row_limit(t, s, lang);
    let modifier = match kind {
        TimelineKind::Stage => "timeline__item timeline__item--stage",
        TimelineKind::Approval => "timeline__item timeline__item--approval",
        TimelineKind::Construction => "timeline__item timeline__item--construction",
    };
    m.open("li", &[("class", modifier)])
        .open("p", &[("class", "timeline__kind")]);
    match (kind, stage) {
        (TimelineKind::Stage | TimelineKind::Construction, Some((i, _))) => {
            m.text(S::KindStage.get(lang))
                .text(" ")
                .text(&(i + 1).to_string());
            if kind == TimelineKind::Construction {
                m.text(" · ").text(S::KindConstruction.get(lang));
            }
        }
        // Permits inside the total (Liuzhou's LV limit) are not timed on their own.
        (TimelineKind::Approval, _) if counts => {
            m.text(S::KindApprovalWithin.get(lang));
        }
        _ => {
            m.text(client::timeline_kind(kind).get(lang));
        }
    }
    m.close("p").el("h3", &[("class", "timeline__name")], name);
    if let Some(l) = &limit {
        m.open("p", &[("class", "timeline__limit")])
            .el("strong", &[], l);
        if let Some(n) = s.and_then(|s| s.regional_max_days) {
            m.open("span", &[("class", "muted")])
                .text(" · ")
                .text(&client::regional_limit(n, lang))
                .close("span");
        }
        m.close("p");
    }
    if let Some(st) = start {
        m.open("p", &[("class", "timeline__dates")])
            .text(&client::period_text(st, end, lang));
        if end.is_none() && kind != TimelineKind::Stage {
            m.open("span", &[("class", "muted")])
                .text(" · ")
                .text(S::NoEnd.get(lang))
                .close("span");
        }
        m.close("p");
    }
    if !counts {
        m.open("p", &[])
            .el(
                "span",
                &[("class", "tag tag--info")],
                S::NotInTotal.get(lang),
            )
            .close("p");
    }
    let events = t
        .map(|t| client::calendar_notes(&t.calendar_events, lang))
        .unwrap_or_default();
    if !events.is_empty() {
        m.open("p", &[("class", "timeline__holidays")])
            .text(S::HolidaysInside.get(lang))
            .text(&events.join(pick(lang, "；", "；", "; ")))
            .close("p");
    }
    for n in row_notes(t, s, limit.as_deref(), lang) {
        m.el("p", &[("class", "muted")], &n);
    }
    let docs: Vec<&str> = s
        .map(|s| s.documents.iter().map(|d| d.name.get(lang)).collect())
        .unwrap_or_default();
    if !docs.is_empty() {
        m.open("p", &[("class", "timeline__docs")])
            .el("strong", &[], S::ForThisStage.get(lang))
            .text(&docs.join(pick(lang, "、", "、", ", ")))
            .close("p");
    }
    let citations: Vec<&Citation> = match s {
        Some(s) => std::iter::once(&s.citation)
            .chain(s.limit_citation.iter())
            .chain(s.regional_citation.iter())
            .collect(),
        None => t.and_then(|t| t.citation.as_ref()).into_iter().collect(),
    };
    write_cites(m, state, &citations);
    m.close("li");
}

fn document_item(m: &mut Markup, d: &DocumentView, state: &State) {
    let lang = state.lang;
    m.open("li", &[("class", "checklist__item")]);
    if let Some(w) = &d.only_if {
        m.el("p", &[("class", "checklist__when")], w.get(lang));
    }
    m.el("p", &[("class", "checklist__name")], d.name.get(lang));
    if !d.alternatives.is_empty() {
        m.el("p", &[("class", "checklist__any")], S::AnyOneOf.get(lang))
            .open("ul", &[("class", "alternatives")]);
        for alt in &d.alternatives {
            m.open("li", &[]).text(alt.name.get(lang));
            if let Some(n) = &alt.note {
                m.open("span", &[("class", "muted")])
                    .text(" — ")
                    .text(n.get(lang))
                    .close("span");
            }
            m.close("li");
        }
        m.close("ul");
    }
    write_p_opt(m, &d.note, lang, "muted");
    write_cites(m, state, &[&d.citation]);
    m.close("li");
}

fn checklist(m: &mut Markup, docs: &[DocumentView], count: &str, state: &State) {
    m.open("ul", &[("class", "checklist"), ("data-documents", count)]);
    for d in docs {
        document_item(m, d, state);
    }
    m.close("ul");
}

fn documents(m: &mut Markup, a: &Assessment, state: &State) {
    let lang = state.lang;
    fold(
        m,
        "section fold",
        "docs-h",
        &client::documents_title(a.documents.len(), lang),
    );
    if from_national(a, a.documents_from.as_deref()) {
        m.el(
            "p",
            &[("class", "inset")],
            S::FromNationalBaseline.get(lang),
        );
    }
    if a.documents.is_empty() {
        m.el("p", &[], S::DocumentsNone.get(lang));
    } else {
        checklist(m, &a.documents, &a.documents.len().to_string(), state);
    }
    if !a.conditional_documents.is_empty() {
        m.el("h3", &[("class", "h3")], S::ConditionalTitle.get(lang));
        checklist(m, &a.conditional_documents, "", state);
    }
    let mut later = a
        .stages
        .iter()
        .filter(|s| !s.documents.is_empty())
        .peekable();
    if later.peek().is_some() {
        m.el("h3", &[("class", "h3")], S::LaterDocsTitle.get(lang));
        for s in later {
            m.el("p", &[("class", "checklist__stage")], s.name.get(lang));
            checklist(m, &s.documents, "", state);
        }
    }
    m.close("details");
}

/// `<li class="costs__item"><p class="costs__part"><span class=tag>label</span>text</p>`; the caller closes the item.
fn cost_item(m: &mut Markup, tag: &str, label: &str, text: &str) {
    m.open("li", &[("class", "costs__item")])
        .open("p", &[("class", "costs__part")])
        .el("span", &[("class", tag)], label)
        .text(text)
        .close("p");
}

fn costs(m: &mut Markup, a: &Assessment, state: &State) {
    let lang = state.lang;
    let c = &a.costs;
    fold(m, "section fold", "costs-h", S::CostsTitle.get(lang));
    m.open("ul", &[("class", "costs")]);
    for p in &c.parts {
        let tag = if p.payer == Payer::Utility {
            "tag tag--utility"
        } else {
            "tag tag--customer"
        };
        cost_item(m, tag, client::payer(p.payer).get(lang), p.part.get(lang));
        write_p_opt(m, &p.note, lang, "muted");
        write_cites(m, state, &[&p.citation]);
        m.close("li");
    }
    m.close("ul");
    if !c.fees.is_empty() {
        // A note several fees share (the same caveat about their source) is said once.
        let notes: Vec<&str> = c
            .fees
            .iter()
            .filter_map(|f| f.note.as_ref())
            .map(|n| n.get(lang))
            .collect();
        let mut shared: Vec<&str> = Vec::new();
        for n in &notes {
            if notes.iter().filter(|x| *x == n).count() > 1 && !shared.contains(n) {
                shared.push(n);
            }
        }
        m.el("h3", &[("class", "h3")], S::FeesTitle.get(lang))
            .open("ul", &[("class", "costs")]);
        for f in &c.fees {
            let note = f.note.clone().filter(|n| !shared.contains(&n.get(lang)));
            let (label, tag) = if f.must_not_be_charged {
                (S::MustNotCharge, "tag tag--no")
            } else {
                (S::MayCharge, "tag tag--maybe")
            };
            cost_item(m, tag, label.get(lang), f.fee.get(lang));
            write_p_opt(m, &f.figure, lang, "costs__figure");
            write_p_opt(m, &note, lang, "muted");
            write_cites(m, state, &[&f.citation]);
            m.close("li");
        }
        m.close("ul");
        for n in shared {
            m.0.push_str("<p class=\"muted\" data-shared-note=\"\">");
            m.text(n).close("p");
        }
    }
    if let Some(p) = &c.prices {
        price_table(m, p, state);
    }
    m.el("p", &[("class", "inset")], c.figures_note.get(lang))
        .close("details");
}

/// A portal pack's prices: each part with its unit price, quantity and cost,
/// the range for the customer's share, and whose table it is.
fn price_table(m: &mut Markup, p: &PricesView, state: &State) {
    let lang = state.lang;
    let per = |l: &PriceLineView| match l.per {
        Per::Each => S::PerEach,
        Per::Kva => S::PerKva,
        Per::Metre => S::PerMetre,
    };
    m.open("div", &[("class", "prices"), ("data-prices", &p.id)])
        .open("h3", &[("class", "h3")])
        .text(S::PricesTitle.get(lang))
        .text(p.title.get(lang))
        .close("h3")
        .open("p", &[])
        .el("strong", &[], p.summary.get(lang))
        .close("p")
        .open("div", &[("class", "table-scroll")])
        .open("table", &[("class", "price-table")])
        .el(
            "caption",
            &[("class", "visually-hidden")],
            p.title.get(lang),
        )
        .open("thead", &[])
        .open("tr", &[]);
    for h in [S::PricePart, S::PriceUnit, S::PriceQuantity, S::PriceCost] {
        m.el("th", &[("scope", "col")], h.get(lang));
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for l in &p.lines {
        let cost = match (&l.min_yuan, &l.max_yuan, l.customer_pays) {
            (_, _, false) => S::PriceNotYours.get(lang).to_string(),
            (Some(lo), Some(hi), true) => format!("{lo}–{hi}"),
            _ => S::PricePerMetreOnly.get(lang).to_string(),
        };
        m.open("tr", &[])
            .el("th", &[("scope", "row")], l.name.get(lang))
            .el(
                "td",
                &[],
                &format!(
                    "{}–{} / {}",
                    l.unit_min_yuan,
                    l.unit_max_yuan,
                    per(l).get(lang)
                ),
            )
            .el("td", &[], l.quantity.as_deref().unwrap_or_default())
            .el("td", &[], &cost)
            .close("tr");
    }
    m.close("tbody")
        .close("table")
        .close("div")
        .open("p", &[("class", "muted")])
        .text(p.publisher.get(lang))
        .text(" · ")
        .text(&p.date)
        .close("p");
    write_p_opt(m, &p.note, lang, "muted");
    write_cites(m, state, &[&p.citation]);
    m.close("div");
}

fn approvals(m: &mut Markup, a: &Assessment, state: &State) {
    let lang = state.lang;
    let ap = &a.approvals;
    let lead = match ap.needed {
        Verdict::Yes => S::ApprovalsYes,
        Verdict::No => S::ApprovalsNo,
        Verdict::Depends => S::ApprovalsDepends,
    };
    fold(
        m,
        "section fold",
        "approvals-h",
        S::ApprovalsTitle.get(lang),
    );
    m.el("p", &[], lead.get(lang));
    write_p_opt(m, &ap.exempt, lang, "");
    if !ap.items.is_empty() {
        m.open("ul", &[("class", "costs")]);
        for i in &ap.items {
            m.open("li", &[("class", "costs__item")])
                .open("p", &[("class", "costs__part")])
                .el("strong", &[], i.name.get(lang))
                .close("p")
                .open("p", &[("class", "muted")])
                .text(S::Authority.get(lang))
                .text(i.authority.get(lang))
                .close("p");
            if let Some(n) = i.max_working_days {
                m.open("p", &[])
                    .text(&client::limit_text(n, DaysKind::Working, false, lang));
                if let Some(c) = i.complex_max_working_days {
                    m.text(pick(lang, "；", "；", "; "))
                        .text(&client::complex_limit(c, lang));
                }
                m.close("p");
            }
            write_p_opt(m, &i.note, lang, "muted");
            write_cites(m, state, &[&i.citation]);
            m.close("li");
        }
        m.close("ul");
        if ap.parallel && ap.items.len() > 1 {
            m.el("p", &[], S::Parallel.get(lang));
        }
        if let Some(n) = ap.total_working_days {
            m.open("p", &[])
                .el(
                    "strong",
                    &[],
                    &client::approvals_total(n, ap.total_is_minimum, lang),
                )
                .close("p");
        }
    }
    write_p_opt(m, &ap.note, lang, "muted");
    write_cites(m, state, &ap.citation.iter().collect::<Vec<_>>());
    m.close("details");
}

/// What the policy promises the applicant in this case.
fn commitments(m: &mut Markup, a: &Assessment, state: &State) {
    let lang = state.lang;
    if a.commitments.is_empty() {
        return;
    }
    // Grouped by topic (the order of `Topic`), the first few shown, the rest folded.
    use crate::policy::Topic;
    let topics = [
        Topic::Service,
        Topic::Documents,
        Topic::Approvals,
        Topic::Costs,
        Topic::Time,
    ];
    let sorted: Vec<_> = topics
        .iter()
        .flat_map(|t| a.commitments.iter().filter(move |c| c.topic == *t))
        .collect();
    let list = |m: &mut Markup, items: &[&crate::assessment::CommitmentView]| {
        m.open("ul", &[("class", "costs commitments__list")]);
        for c in items {
            m.open(
                "li",
                &[("class", "costs__item"), ("data-commitment", &c.id)],
            )
            .open("p", &[("class", "costs__part")])
            .el(
                "span",
                &[("class", "tag tag--info")],
                client::topic_label(c.topic).get(lang),
            )
            .text(c.text.get(lang))
            .close("p");
            write_p_opt(m, &c.note, lang, "muted");
            write_cites(m, state, &[&c.citation]);
            m.close("li");
        }
        m.close("ul");
    };
    const SHOWN: usize = 3;
    let (shown, rest) = sorted.split_at(SHOWN.min(sorted.len()));
    fold(
        m,
        "section commitments fold",
        "commitments-h",
        S::CommitmentsTitle.get(lang),
    );
    m.el("p", &[("class", "no-print")], S::CommitmentsLead.get(lang));
    list(m, shown);
    if !rest.is_empty() {
        m.open("details", &[("class", "fold fold--more")]).el(
            "summary",
            &[("class", "fold__summary")],
            &crate::text::fill(S::MoreCommitments.get(lang), &[&rest.len().to_string()]),
        );
        list(m, rest);
        m.close("details");
    }
    m.close("details");
}
