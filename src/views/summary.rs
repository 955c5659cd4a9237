//! The result's summary: the one date to plan around, the stages, the documents,
//! the zero-investment verdict and the next step, in the first phone screen.
//! Everything else on the result is folded under it.

use crate::assessment::{Assessment, Verdict};
use crate::client::{self, pick, Page, State, Step, S};
use crate::officials::markup::Markup;
use crate::policy::Topic;

/// A service promise that says where to apply (online, a service hall…),
/// found by its zh-Hans words (read from the field: `Text::get` gives a
/// single-language bundle its own language).
fn channel(a: &Assessment) -> Option<&crate::text::Text> {
    let words = ["营业厅", "网上", "线上", "办理用电"];
    a.commitments
        .iter()
        .filter(|c| c.topic == Topic::Service)
        .map(|c| &c.text)
        .find(|t| words.iter().any(|w| t.zh_hans.contains(w)))
}

/// One line of the panel, `<div class data-row=key><dt>dt</dt><dd>`; `key`
/// names it for tests. [`row_end`] closes it.
fn row(m: &mut Markup, key: &str, class: &str, dt: &str) {
    m.open("div", &[("class", class), ("data-row", key)])
        .el("dt", &[], dt)
        .open("dd", &[]);
}

/// Ends a [`row`], with its second line if any.
fn row_end(m: &mut Markup, sub: Option<&str>) {
    m.close("dd");
    if let Some(s) = sub {
        m.el("dd", &[("class", "summary-panel__sub")], s);
    }
    m.close("div");
}

/// The panel, written as markup (it is read-only).
pub fn write_panel(m: &mut Markup, state: &State, a: &Assessment) {
    let lang = state.lang;
    let z = &a.zero_investment;
    let icon = match z.status {
        Verdict::Yes => "✓ ",
        Verdict::No => "✕ ",
        Verdict::Depends => "? ",
    };
    let row_class = "summary-panel__row";
    m.open(
        "section",
        &[("class", "summary-panel"), ("aria-labelledby", "summary-h")],
    )
    .el(
        "h2",
        &[("id", "summary-h"), ("class", "visually-hidden")],
        S::SummaryTitle.get(lang),
    )
    .open("dl", &[("class", "summary-panel__list")]);
    match a.completion_date {
        Some(d) => {
            let from = pick(
                lang,
                "自 {0} 申请起算",
                "自 {0} 申請起算",
                "counted from {0}",
            );
            let mut sub = crate::text::fill(from, &[&crate::explain::words::date(a.start, lang)]);
            if let Some(t) = &a.time_limit {
                sub.push_str(pick(lang, "；", "；", "; "));
                sub.push_str(t.scope.get(lang));
            }
            row(m, "date", row_class, S::ConnectedBy.get(lang));
            m.el(
                "span",
                &[
                    ("class", "summary-panel__date"),
                    ("data-date", &client::iso_date(d)),
                ],
                &client::date_long(d, lang),
            );
            row_end(m, Some(&sub));
        }
        None => {
            row(m, "date", row_class, S::StartsOn.get(lang));
            m.el(
                "span",
                &[("class", "summary-panel__date")],
                &client::date_long(a.start, lang),
            );
            row_end(m, Some(S::NoTotalLimit.get(lang)));
        }
    }
    let stages: Vec<&str> = a.stages.iter().map(|s| s.name.get(lang)).collect();
    row(
        m,
        "stages",
        row_class,
        pick(lang, "办电环节", "辦電環節", "Stages"),
    );
    m.open("span", &[("data-stages", &a.stages.len().to_string())]);
    if stages.is_empty() {
        m.text(S::StagesNoneShort.get(lang));
    } else {
        m.text(&client::stage_count(stages.len(), lang))
            .text(pick(lang, "：", "：", ": "))
            .text(&stages.join(" → "));
    }
    m.close("span");
    row_end(m, None);
    let docs: Vec<&str> = a.documents.iter().map(|d| d.name.get(lang)).collect();
    row(
        m,
        "documents",
        row_class,
        &client::documents_title(a.documents.len(), lang),
    );
    if docs.is_empty() {
        m.text(S::DocumentsNone.get(lang));
    } else {
        m.text(&docs.join(pick(lang, "、", "、", ", ")));
    }
    row_end(m, None);
    // As the verdict box: a national rule that applies where the local one does not makes it "depends".
    let modifier = if z.national.as_ref().is_some_and(|n| n.applies) && !z.applies {
        "depends"
    } else {
        client::verdict(z.status)
    };
    let verdict = match modifier {
        "yes" => "summary-panel__row summary-panel__verdict--yes",
        "no" => "summary-panel__row summary-panel__verdict--no",
        _ => "summary-panel__row summary-panel__verdict--depends",
    };
    row(m, "verdict", verdict, S::VerdictHeading.get(lang));
    m.open("span", &[("data-verdict", modifier)])
        .text(icon)
        .text(z.headline.get(lang))
        .close("span");
    row_end(m, None);
    let next = crate::text::fill(
        S::NextStepApply.get(lang),
        &[a.stages.first().map_or("", |s| s.name.get(lang))],
    );
    row(m, "next", row_class, S::NextStep.get(lang));
    m.text(&next);
    row_end(m, channel(a).map(|c| c.get(lang)));
    m.close("dl").close("section");
}

/// The answers in one line, with one link back to the check page to change them.
pub fn write_answers_line(m: &mut Markup, state: &State) {
    let lang = state.lang;
    let pack = state.policy.pack();
    let texts: Vec<String> = Step::ALL
        .iter()
        .flat_map(|s| s.fields())
        .filter(|f| client::asked(*f, &state.draft, pack) && !state.draft.get(*f).trim().is_empty())
        .map(|f| state.answer_text(f))
        .filter(|t| !t.trim().is_empty())
        .collect();
    m.open(
        "p",
        &[("class", "answers-line"), ("data-answers-line", "1")],
    )
    .open("strong", &[])
    .text(S::YourAnswers.get(lang))
    .text(pick(lang, "：", "：", ": "))
    .close("strong")
    .text(&texts.join(" · "))
    .text(" ");
    let href = state.fragment_for(Page::Check);
    super::act::open_link(m, "no-print", &href, "back");
    m.text(S::Change.get(lang))
        .el(
            "span",
            &[("class", "visually-hidden")],
            &format!(" {}", S::YourAnswers.get(lang)),
        )
        .close("a")
        .close("p");
}
