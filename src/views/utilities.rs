//! The result's section for the other utilities applied for (water, gas,
//! telecom): one article per utility, self-contained so it drops into any
//! layout of the result page. Everything comes from `Assessment::utilities`.

use super::cite::write_cites;
use crate::assessment::{Assessment, Citation, UtilityLimitView, UtilityView};
use crate::client::{self, date_long, fill, State, S};
use crate::explain::utilities::limit_words;
use crate::officials::markup::Markup;
use crate::text::{Lang, Text};

/// Every citation of the section, for the printed list of sources.
pub fn citations(a: &Assessment) -> Vec<&Citation> {
    let mut out = Vec::new();
    for u in a.utilities.iter() {
        out.extend(u.time_limit.iter().map(|l| &l.citation));
        out.extend(u.completion_citation.iter());
        out.extend(u.stages_citation.iter());
        for s in &u.stages {
            out.push(&s.citation);
            out.extend(s.limits.iter().map(|l| &l.citation));
        }
        out.extend(u.documents.iter().map(|d| &d.citation));
        out.extend(u.costs.iter().map(|c| &c.citation));
        out.extend(u.meter_fee.iter().flat_map(|m| m.citation.iter()));
        out.extend(u.notes.iter().flat_map(|n| n.citations.iter()));
        out.extend(u.commitments.iter().map(|c| &c.citation));
    }
    out
}

/// The section; nothing when no other utility was asked for. Written as
/// markup: it is read-only.
pub fn write_section(m: &mut Markup, state: &State, a: &Assessment) {
    if a.utilities.is_empty() {
        return;
    }
    let lang = state.lang;
    m.open(
        "section",
        &[
            ("class", "section utilities"),
            ("aria-labelledby", "utilities-h"),
        ],
    )
    .el(
        "h2",
        &[("id", "utilities-h"), ("class", "h2")],
        S::UtilitiesTitle.get(lang),
    )
    .el("p", &[("class", "no-print")], S::UtilitiesLead.get(lang));
    for u in a.utilities.iter() {
        utility(m, state, u);
    }
    m.close("section");
}

/// "不超过 4 个工作日 · DN ≤ 40".
fn limit_line(l: &UtilityLimitView, lang: Lang) -> String {
    match l.meter_dn_max {
        Some(dn) => format!("{} · DN ≤ {dn}", limit_words(l.value, l.unit, lang)),
        None => limit_words(l.value, l.unit, lang),
    }
}

/// One line of a list: a tag, the text, a muted note and the citations.
struct Row<'a> {
    tag: Option<(&'static str, &'static str)>,
    text: String,
    note: Option<&'a Text>,
    cites: Vec<&'a Citation>,
}

fn row<'a>(text: String, note: Option<&'a Text>, cites: Vec<&'a Citation>) -> Row<'a> {
    Row {
        tag: None,
        text,
        note,
        cites,
    }
}

/// A heading and its rows (nothing when there are none).
fn list(m: &mut Markup, state: &State, title: &str, rows: Vec<Row>) {
    if rows.is_empty() {
        return;
    }
    let lang = state.lang;
    if !title.is_empty() {
        m.el("h4", &[("class", "h4")], title);
    }
    m.open("ul", &[("class", "costs")]);
    for r in &rows {
        m.open("li", &[("class", "costs__item")])
            .open("p", &[("class", "costs__part")]);
        if let Some((class, label)) = r.tag {
            m.el("span", &[("class", class)], label);
        }
        m.text(&r.text).close("p");
        if let Some(n) = r.note {
            m.el("p", &[("class", "muted")], n.get(lang));
        }
        write_cites(m, state, &r.cites);
        m.close("li");
    }
    m.close("ul");
}

fn utility(m: &mut Markup, state: &State, u: &UtilityView) {
    let lang = state.lang;
    let key = u.utility.key();
    let heading = format!("utility-{key}-h");
    let limit = u.time_limit.as_ref();
    let mut top: Vec<&Citation> = limit.map(|l| &l.citation).into_iter().collect();
    top.extend(u.completion_citation.iter());
    let covered = u.covered.to_string();
    let limit_key = limit
        .map(|l| format!("{} {}", l.value, l.unit.key()))
        .unwrap_or_default();
    let date = u
        .completion_date
        .map(crate::explain::words::iso_date)
        .unwrap_or_default();
    let fee = u.meter_fee_waived.map_or("", |w| {
        w.map_or("null", |w| if w { "true" } else { "false" })
    });
    m.open(
        "article",
        &[
            ("class", "utility"),
            ("data-utility", key),
            ("data-covered", &covered),
            ("data-limit", &limit_key),
            ("data-date", &date),
            ("data-meter-fee", fee),
            ("aria-labelledby", &heading),
        ],
    )
    .el("h3", &[("id", &heading), ("class", "h3")], u.name.get(lang))
    .el("p", &[("class", "utility__summary")], u.summary.get(lang));
    if let Some(n) = &u.completion_note {
        m.el("p", &[("class", "muted")], n.get(lang));
    }
    write_cites(m, state, &top);
    list(
        m,
        state,
        S::UtilityOtherAnswers.get(lang),
        alternatives(u, lang),
    );
    stages(m, state, u);
    list(m, state, S::UtilityDocuments.get(lang), documents(u, lang));
    list(m, state, S::UtilityCosts.get(lang), costs(u, lang));
    list(m, state, S::WarningsTitle.get(lang), notes(u, lang));
    if !u.commitments.is_empty() {
        m.open("details", &[("class", "utility__promises no-print")])
            .el(
                "summary",
                &[],
                &fill(
                    S::UtilityPromises.get(lang),
                    &[&u.commitments.len().to_string()],
                ),
            );
        list(m, state, "", promises(u, lang));
        m.close("details");
    }
    m.close("article");
}

/// The limit under other answers to the questions it turns on.
fn alternatives(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    let colon = client::pick(lang, "：", "：", ": ");
    u.alternatives
        .iter()
        .map(|a| {
            let limit = a.time_limit.as_ref();
            let mut text = [a.label.get(lang), colon].concat();
            text += &limit.map_or_else(
                || S::UtilityNoLimit.get(lang).into(),
                |l| limit_words(l.value, l.unit, lang),
            );
            if let Some(d) = a.completion_date {
                text += &format!(" · {}", date_long(d, lang));
            }
            row(text, limit.and_then(|l| l.condition.as_ref()), Vec::new())
        })
        .collect()
}

fn stages(m: &mut Markup, state: &State, u: &UtilityView) {
    let lang = state.lang;
    if u.stages.is_empty() {
        return;
    }
    m.el(
        "h4",
        &[("class", "h4")],
        &fill(
            S::UtilityStagesCount.get(lang),
            &[&u.stages.len().to_string()],
        ),
    )
    .open("ol", &[("class", "list list--number utility__stages")]);
    for s in &u.stages {
        m.open("li", &[("data-stage", &s.id)])
            .text(s.name.get(lang));
        for l in &s.limits {
            let (open, close) = client::pick(lang, ("（", "）"), ("（", "）"), (" (", ")"));
            let limit = format!("{}{open}{}{close}", limit_line(l, lang), l.scope.get(lang));
            m.el("span", &[("class", "utility__stage-limit")], &limit);
        }
        if !s.counts_toward_total {
            m.el(
                "span",
                &[("class", "utility__stage-limit")],
                S::NotInTotal.get(lang),
            );
        }
        m.close("li");
    }
    m.close("ol");
    let mut list: Vec<&Citation> = u.stages_citation.iter().collect();
    list.extend(
        u.stages
            .iter()
            .flat_map(|s| s.limits.iter().map(|l| &l.citation)),
    );
    write_cites(m, state, &list);
}

fn documents(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    let mut rows: Vec<Row> = u
        .documents
        .iter()
        .map(|d| row(d.name.get(lang).into(), d.note.as_ref(), vec![&d.citation]))
        .collect();
    if let Some(n) = &u.documents_note {
        rows.push(row(n.get(lang).into(), None, Vec::new()));
    }
    rows
}

/// The meter fee (water) and who pays for which part.
fn costs(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    let mut rows = Vec::new();
    if let Some(m) = &u.meter_fee {
        let (label, class) = match m.waived {
            Some(true) => (S::MeterFeeWaived, "tag tag--utility"),
            Some(false) => (S::MeterFeeNotWaived, "tag tag--customer"),
            None => (S::MeterFeeDepends, "tag tag--maybe"),
        };
        rows.push(Row {
            tag: Some((class, label.get(lang))),
            text: [
                S::MeterFee.get(lang),
                client::pick(lang, "：", "：", ": "),
                m.reason.get(lang),
            ]
            .concat(),
            note: None,
            cites: m.citation.iter().collect(),
        });
    }
    rows.extend(u.costs.iter().map(|p| Row {
        tag: Some(("tag tag--utility", client::payer(p.payer).get(lang))),
        text: p.part.get(lang).into(),
        note: p.note.as_ref(),
        cites: vec![&p.citation],
    }));
    rows
}

fn notes(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    u.notes
        .iter()
        .map(|n| Row {
            tag: Some(("tag tag--info", client::warning_kind(n.kind).get(lang))),
            text: n.text.get(lang).into(),
            note: None,
            cites: n.citations.iter().collect(),
        })
        .collect()
}

/// The place's promises (folded: they are many, and the print leaves them out).
fn promises(u: &UtilityView, lang: Lang) -> Vec<Row<'_>> {
    u.commitments
        .iter()
        .map(|c| Row {
            tag: Some(("tag tag--info", client::topic_label(c.topic).get(lang))),
            text: c.text.get(lang).into(),
            note: c.note.as_ref(),
            cites: vec![&c.citation],
        })
        .collect()
}
