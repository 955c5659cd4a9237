//! `#/compare`: the places side by side in one table, each cell a link to the
//! result it comes from.

use super::{date_input, header, shell, start_date, toolbar, Ctx};
use crate::client::{Page, Wb, S};
use crate::explain::words;
use crate::officials::compare::{self, Cell, Figure, Table};
use crate::officials::markup::Markup;
use crate::officials::set_by;
use yew::prelude::*;

fn table_for(ctx: &Ctx) -> Table {
    compare::table(ctx.policy.pack(), &ctx.policy.places(), start_date(ctx))
}

pub fn page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let table = table_for(ctx);
    let date = words::iso_date(table.start);
    let mut controls = Markup::new();
    controls.open("div", &[("class", "wb-controls no-print")]);
    date_input(lang, &date, &mut controls);
    controls.close("div");
    let mut body = Markup::new();
    toolbar(
        lang,
        &["dianli-compare-", &date, ".csv"].concat(),
        &compare::csv_rows(&table, lang, |id| ctx.place_name(id)),
        &mut body,
    );
    body.el(
        "p",
        &[("class", "hint wb-scroll-hint no-print")],
        Wb::ScrollHint.get(lang),
    );
    table_markup(ctx, &table, &mut body);
    body.el("p", &[("class", "hint")], Wb::BestLegend.get(lang));
    body.el("p", &[("class", "hint")], Wb::FromLegend.get(lang));
    shell(
        ctx,
        "wb wb-compare",
        vec![header(ctx, Wb::CompareLead), controls, body],
    )
}

fn table_markup(ctx: &Ctx, t: &Table, m: &mut Markup) {
    let lang = ctx.lang;
    m.open(
        "div",
        &[
            ("class", "wb-scroll"),
            ("role", "region"),
            ("aria-labelledby", "wb-compare-caption"),
            ("tabindex", "0"),
        ],
    );
    m.open(
        "table",
        &[
            ("class", "wb-table wb-compare-table"),
            ("data-start", &words::iso_date(t.start)),
        ],
    );
    m.el(
        "caption",
        &[("id", "wb-compare-caption")],
        &format!(
            "{} · {}{}",
            S::CompareTitle.get(lang),
            Wb::DateUsed.get(lang),
            words::iso_date(t.start)
        ),
    );
    m.open("thead", &[]).open("tr", &[]);
    m.el(
        "th",
        &[
            ("scope", "col"),
            ("class", "wb-rowhead"),
            ("id", "wb-h-case"),
        ],
        Wb::CaseCol.get(lang),
    );
    // Two levels of headers (the measure's group row, then the case): each
    // cell names its place, group and case with `headers` (WCAG H43).
    for p in &t.places {
        let id = ["wb-h-", p].concat();
        m.open("th", &[("scope", "col"), ("data-place", p), ("id", &id)]);
        m.link(&ctx.rules_link(p, None), &ctx.place_name(p));
        m.close("th");
    }
    m.close("tr").close("thead");
    let span = (t.places.len() + 1).to_string();
    let mut measure = None;
    for (i, r) in t.rows.iter().enumerate() {
        let row_id = format!("wb-r-{i}");
        if measure != Some(r.spec.measure) {
            if measure.is_some() {
                m.close("tbody");
            }
            measure = Some(r.spec.measure);
            m.open("tbody", &[]).open("tr", &[("class", "wb-group")]);
            let id = ["wb-g-", r.spec.measure.key()].concat();
            m.open(
                "th",
                &[("scope", "colgroup"), ("colspan", &span), ("id", &id)],
            );
            m.el(
                "span",
                &[("class", "wb-sticky")],
                r.spec.measure.title().get(lang),
            );
            m.close("th").close("tr");
        }
        m.open("tr", &[("data-measure", r.spec.measure.key())]);
        let group = ["wb-g-", r.spec.measure.key()].concat();
        m.el(
            "th",
            &[
                ("scope", "row"),
                ("class", "wb-rowhead"),
                ("id", &row_id),
                ("headers", &[group.as_str(), " wb-h-case"].concat()),
            ],
            &r.spec.case.label(lang),
        );
        for c in &r.cells {
            let headers = format!("wb-h-{} {group} {row_id}", c.place);
            cell(ctx, c, &headers, m);
        }
        m.close("tr");
    }
    if measure.is_some() {
        m.close("tbody");
    }
    m.close("table").close("div");
}

fn cell(ctx: &Ctx, c: &Cell, headers: &str, m: &mut Markup) {
    let lang = ctx.lang;
    let href = ctx.link_to(Page::Result, &c.draft, None);
    let class = match (c.best, &c.figure) {
        (true, _) => "wb-cell wb-best",
        (_, Figure::NotSet) => "wb-cell wb-none",
        _ => "wb-cell",
    };
    m.open(
        "td",
        &[
            ("class", class),
            ("data-place", &c.place),
            ("data-key", &c.figure.key()),
            ("headers", headers),
        ],
    );
    let names = match &c.figure {
        Figure::Count(list) => {
            m.link(&href, &list.len().to_string());
            Some(words::list(list.iter().map(|t| t.get(lang)), lang, "; "))
        }
        f => {
            m.link(&href, &f.text(lang));
            None
        }
    };
    if c.best {
        m.el(
            "span",
            &[("class", "wb-star"), ("aria-hidden", "true")],
            " ★",
        );
        m.el(
            "span",
            &[("class", "visually-hidden")],
            &[" (", Wb::Best.get(lang), ")"].concat(),
        );
    }
    if let Some(n) = names {
        m.el("span", &[("class", "wb-names")], &n);
    }
    if let Some(f) = &c.from {
        m.el(
            "span",
            &[("class", "wb-from")],
            &set_by(&ctx.place_name(f), lang),
        );
    }
    m.close("td");
}
