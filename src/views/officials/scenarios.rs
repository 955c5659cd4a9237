//! `#/scenarios?jurisdiction=<place>`: capacity steps × area × customer type,
//! each cell the verdict, the total time limit and the voltage, linking to the
//! result.

use super::{date_input, header, select, shell, start_date, toolbar, Ctx};
use crate::assessment::Verdict;
use crate::client::{self, fill, Page, Wb, S};
use crate::explain::words;
use crate::model::{Area, Field, Kind, Supply};
use crate::officials::grid::{self, Grid, GridCell};
use crate::officials::markup::Markup;
use crate::officials::{capacity_key, kind_word, supply_word, voltage_word, works_word};
use yew::prelude::*;

pub fn page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let base = grid::base_draft(&ctx.draft, ctx.today);
    let start = start_date(ctx);
    let place = base.get(Field::Jurisdiction);
    let names: Vec<(&str, String)> = ctx
        .policy
        .places()
        .into_iter()
        .map(|id| (id, ctx.place_name(id)))
        .collect();
    let mut places: Vec<(&str, &str)> = Vec::with_capacity(names.len() + 1);
    if ctx.policy.pack().get(place).is_none() {
        places.push(("", Wb::ChoosePlace.get(lang)));
    }
    places.extend(names.iter().map(|(id, n)| (*id, n.as_str())));
    let mut controls = Markup::new();
    controls.open("div", &[("class", "wb-controls no-print")]);
    select(
        &mut controls,
        "jurisdiction",
        S::Place.get(lang),
        &places,
        place,
    );
    // The answers the grid holds still: supply, external works and kind.
    let supply = [Supply::Single, Supply::Dual].map(|v| (v.key(), supply_word(v, lang)));
    select(
        &mut controls,
        "supply",
        Field::Supply.label().get(lang),
        &supply,
        base.get(Field::Supply),
    );
    let works = [
        ("yes", works_word(true, lang)),
        ("no", works_word(false, lang)),
    ];
    select(
        &mut controls,
        "external_works",
        Field::ExternalWorks.label().get(lang),
        &works,
        base.get(Field::ExternalWorks),
    );
    let kinds = [Kind::New, Kind::Increase].map(|v| (v.key(), kind_word(v, lang)));
    select(
        &mut controls,
        "kind",
        Field::Kind.label().get(lang),
        &kinds,
        base.get(Field::Kind),
    );
    date_input(lang, &words::iso_date(start), &mut controls);
    controls.close("div");
    let top = header(ctx, Wb::ScenariosLead);
    let Some(g) = grid::grid(ctx.policy.pack(), &base, start) else {
        return shell(ctx, "wb wb-scenarios", vec![top, controls]);
    };
    let settings = format!(
        "{} · {} · {} · {}{}",
        supply_word(
            Supply::parse(base.get(Field::Supply)).unwrap_or(Supply::Single),
            lang
        ),
        works_word(base.get(Field::ExternalWorks) != "no", lang),
        kind_word(
            Kind::parse(base.get(Field::Kind)).unwrap_or(Kind::New),
            lang
        ),
        Wb::DateUsed.get(lang),
        words::iso_date(start),
    );
    let mut body = Markup::new();
    toolbar(
        lang,
        &format!(
            "dianli-scenarios-{}-{}.csv",
            g.place,
            words::iso_date(start)
        ),
        &grid::csv_rows(&g, lang),
        &mut body,
    );
    body.open("ul", &[("class", "list wb-legend")]);
    body.el("li", &[], Wb::LegendZero.get(lang));
    body.el("li", &[], Wb::LegendChanges.get(lang));
    body.close("ul");
    body.el(
        "p",
        &[("class", "hint wb-scroll-hint no-print")],
        Wb::ScrollHint.get(lang),
    );
    table(ctx, &g, &settings, &mut body);
    shell(ctx, "wb wb-scenarios", vec![top, controls, body])
}

fn table(ctx: &Ctx, g: &Grid, settings: &str, m: &mut Markup) {
    let lang = ctx.lang;
    let per_area = g
        .columns
        .iter()
        .filter(|(a, _)| *a == Area::Urban)
        .count()
        .to_string();
    m.open(
        "div",
        &[
            ("class", "wb-scroll"),
            ("role", "region"),
            ("aria-labelledby", "wb-grid-caption"),
            ("tabindex", "0"),
        ],
    );
    m.open(
        "table",
        &[("class", "wb-table wb-grid"), ("data-place", &g.place)],
    );
    m.el(
        "caption",
        &[("id", "wb-grid-caption")],
        &format!(
            "{} · {settings}",
            fill(
                S::TitlePlace.get(lang),
                &[S::ScenariosTitle.get(lang), &ctx.place_name(&g.place)]
            )
        ),
    );
    m.open("colgroup", &[]).open("col", &[]).close("colgroup");
    for _ in Area::ALL {
        m.open("colgroup", &[("span", &per_area)]).close("colgroup");
    }
    m.open("thead", &[]).open("tr", &[]);
    m.el(
        "th",
        &[("scope", "col"), ("rowspan", "2"), ("class", "wb-rowhead")],
        S::Capacity.get(lang),
    );
    for a in Area::ALL {
        m.el(
            "th",
            &[("scope", "colgroup"), ("colspan", &per_area)],
            words::area(*a, lang),
        );
    }
    m.close("tr").open("tr", &[]);
    for (_, c) in &g.columns {
        m.el("th", &[("scope", "col")], words::customer(*c, lang));
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for (cap, row) in g.steps.iter().zip(&g.rows) {
        m.open("tr", &[("data-capacity", &capacity_key(cap))]);
        m.el(
            "th",
            &[("scope", "row"), ("class", "wb-rowhead")],
            &words::capacity(cap),
        );
        for c in row {
            cell(ctx, c, m);
        }
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
}

fn cell(ctx: &Ctx, c: &GridCell, m: &mut Markup) {
    let lang = ctx.lang;
    let href = ctx.link_to(Page::Result, &c.draft, None);
    let yes = c.zero == Verdict::Yes;
    let mut class = String::from(if yes {
        "wb-cell wb-yes"
    } else {
        "wb-cell wb-no"
    });
    if c.voltage_changes {
        class.push_str(" wb-vchange");
    }
    if c.zero_changes {
        class.push_str(" wb-zchange");
    }
    let zero = client::verdict(c.zero);
    let days = c.total.map(|t| t.0.to_string()).unwrap_or_default();
    m.open(
        "td",
        &[
            ("class", &class),
            ("data-zero", zero),
            ("data-voltage", c.voltage.key()),
            ("data-days", &days),
        ],
    );
    m.open("a", &[("href", &href)]);
    m.open("span", &[("class", "wb-cell__zero")]);
    m.el(
        "span",
        &[("aria-hidden", "true")],
        if yes { "✓ " } else { "✕ " },
    );
    m.text(c.zero_text(lang)).close("span");
    m.el("span", &[("class", "wb-cell__days")], &c.total_text(lang));
    m.el(
        "span",
        &[("class", "wb-cell__volt")],
        voltage_word(c.voltage, lang),
    );
    let mut changes: Vec<&str> = Vec::new();
    if c.voltage_changes {
        changes.push(Wb::VoltageChanges.get(lang));
    }
    if c.zero_changes {
        changes.push(Wb::ZeroStops.get(lang));
    }
    if !changes.is_empty() {
        m.el(
            "span",
            &[("class", "visually-hidden")],
            &[" (", &changes.join(", "), ")"].concat(),
        );
    }
    m.close("a").close("td");
}
