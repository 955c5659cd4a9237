//! `#/rules/<place>`: every rule of a place, grouped by what it sets, each
//! with its conditions, quoted clauses, documents, issuers and dates, and its
//! own anchor (`#/rules/<place>#<anchor>`).

use super::{header, select, shell, Ctx};
use crate::citation::Cite;
use crate::client::{self, fill, limit_text, Wb, S};
use crate::explain::words;
use crate::model::{Customer, Field, Voltage};
use crate::officials::markup::Markup;
use crate::officials::rules::{conditions, rules, Body, Group, Rule};
use crate::officials::voltage_word;
use crate::policy::{
    ApprovalRule, DaysKind, DocumentRule, Jurisdiction, NoteKind, Per, PolicyPack, PriceTable,
    StagePlan, When,
};
use crate::text::{Lang, Text};
use yew::prelude::*;

pub fn page(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let pack = ctx.policy.pack();
    let place = ctx.draft.get(Field::Jurisdiction).trim();
    let mut top = header(ctx, Wb::RulesLead);
    let Some(j) = pack.get(place) else {
        if !place.is_empty() {
            top.el("p", &[("class", "notice")], Wb::UnknownPlace.get(lang));
        }
        place_list(ctx, None, &mut top);
        return shell(ctx, "wb wb-rules", vec![top]);
    };
    if let Some(parent) = j.inherits.as_deref().filter(|p| pack.get(p).is_some()) {
        top.open("p", &[]).text(Wb::InheritsFrom.get(lang));
        top.link(&ctx.rules_link(parent, None), &ctx.place_name(parent));
        top.close("p");
    }
    place_list(ctx, Some(&j.id), &mut top);

    let voltage = Voltage::parse(ctx.draft.get(Field::Voltage));
    let customer = Customer::parse(ctx.draft.get(Field::Customer));
    let topic = ctx.topic.as_deref().and_then(Group::from_key);
    let all = rules(j);
    let shown: Vec<&Rule> = all
        .iter()
        .filter(|r| r.fits(voltage, customer, topic))
        .collect();

    let mut body = Markup::new();
    if shown.is_empty() {
        body.el("p", &[], Wb::RulesNone.get(lang));
    }
    let chain = pack.chain(&j.id);
    for g in Group::ALL {
        let in_group: Vec<&&Rule> = shown.iter().filter(|r| r.group == g).collect();
        if in_group.is_empty() {
            continue;
        }
        let id = ["g-", g.key()].concat();
        body.open(
            "section",
            &[("class", "wb-section"), ("aria-labelledby", &id)],
        );
        body.el("h2", &[("class", "h2"), ("id", &id)], g.title().get(lang));
        for r in in_group {
            rule(ctx, pack, &chain, j, r, &mut body);
        }
        body.close("section");
    }
    let count = fill(
        Wb::RulesShown.get(lang),
        &[&shown.len().to_string(), &all.len().to_string()],
    );
    // The count is a live region outside the written blocks, so that it is
    // updated (and announced) rather than replaced.
    let onchange_blocks = vec![top, filters(lang, voltage, customer, topic)];
    html! {
        <>
            { shell(ctx, "wb wb-rules", onchange_blocks) }
            <p class="wb-count" role="status" data-place={j.id.to_string()}>{ count }</p>
            { shell(ctx, "wb wb-rules-list", vec![body]) }
        </>
    }
}

fn place_list(ctx: &Ctx, current: Option<&str>, m: &mut Markup) {
    let lang = ctx.lang;
    let label = Wb::ChoosePlace.get(lang);
    m.open(
        "nav",
        &[("class", "wb-places no-print"), ("aria-label", label)],
    );
    m.el(
        "p",
        &[("class", "wb-label")],
        if current.is_some() {
            Wb::OtherPlaces.get(lang)
        } else {
            label
        },
    );
    m.open("ul", &[("class", "wb-links")]);
    for id in ctx.policy.places() {
        let here = if current == Some(id) { "page" } else { "" };
        m.open("li", &[]);
        m.el(
            "a",
            &[("href", &ctx.rules_link(id, None)), ("aria-current", here)],
            &ctx.place_name(id),
        );
        m.close("li");
    }
    m.close("ul").close("nav");
}

fn filters(
    lang: Lang,
    voltage: Option<Voltage>,
    customer: Option<Customer>,
    topic: Option<Group>,
) -> Markup {
    let all = ("", Wb::FilterAll.get(lang));
    let mut voltages = vec![all];
    voltages.extend(
        Voltage::ALL
            .iter()
            .map(|v| (v.key(), voltage_word(*v, lang))),
    );
    let mut customers = vec![all];
    customers.extend(
        Customer::ALL
            .iter()
            .map(|c| (c.key(), words::customer(*c, lang))),
    );
    let mut topics = vec![all];
    topics.extend(Group::ALL.iter().map(|g| (g.key(), g.title().get(lang))));
    let mut m = Markup::new();
    m.open(
        "fieldset",
        &[
            ("class", "wb-filter no-print"),
            ("aria-describedby", "wb-filter-hint"),
        ],
    );
    m.el(
        "legend",
        &[("class", "wb-label")],
        Wb::FilterTitle.get(lang),
    );
    m.el(
        "p",
        &[("class", "hint wb-hint"), ("id", "wb-filter-hint")],
        Wb::FilterHint.get(lang),
    );
    m.open("div", &[("class", "wb-controls")]);
    select(
        &mut m,
        "voltage",
        Wb::FilterVoltage.get(lang),
        &voltages,
        voltage.map_or("", Voltage::key),
    );
    select(
        &mut m,
        "customer",
        Wb::FilterCustomer.get(lang),
        &customers,
        customer.map_or("", Customer::key),
    );
    select(
        &mut m,
        "topic",
        Wb::FilterTopic.get(lang),
        &topics,
        topic.map_or("", Group::key),
    );
    m.close("div").close("fieldset");
    m
}

/// " · 发布机关：… · 发布：… · 施行：…".
fn meta(issuer: &Text, issued: Option<&str>, effective: Option<&str>, lang: Lang, m: &mut Markup) {
    let mut line = String::new();
    if !issuer.get(lang).trim().is_empty() {
        line.push_str(&[" · ", S::Issuer.get(lang), issuer.get(lang)].concat());
    }
    if let Some(d) = issued {
        line.push_str(&[" · ", S::Issued.get(lang), d].concat());
    }
    if let Some(d) = effective {
        line.push_str(&[" · ", S::Effective.get(lang), d].concat());
    }
    if !line.is_empty() {
        m.el("span", &[("class", "wb-meta")], &line);
    }
}

fn rule(
    ctx: &Ctx,
    pack: &PolicyPack,
    chain: &[&Jurisdiction],
    j: &Jurisdiction,
    r: &Rule,
    m: &mut Markup,
) {
    let lang = ctx.lang;
    let heading = [&r.anchor, "-h"].concat();
    let class = if ctx.anchor.as_deref() == Some(r.anchor.as_str()) {
        "wb-rule wb-rule--target"
    } else {
        "wb-rule"
    };
    m.open(
        "article",
        &[
            ("id", &r.anchor),
            ("class", class),
            ("tabindex", "-1"),
            ("aria-labelledby", &heading),
            ("data-group", r.group.key()),
        ],
    );
    m.el(
        "h3",
        &[("class", "h3 wb-rule__title"), ("id", &heading)],
        &r.summary(lang),
    );
    m.open("p", &[("class", "wb-rule__when")]);
    m.el("strong", &[], Wb::AppliesTo.get(lang));
    m.text(&r.conditions(lang)).close("p");
    details(r, lang, m);
    if let Some(n) = r
        .note()
        .map(|n| n.get(lang))
        .filter(|n| !n.trim().is_empty())
    {
        m.open("p", &[("class", "wb-rule__note")]);
        m.el("strong", &[], S::VerdictNote.get(lang));
        m.text(n).close("p");
    }
    m.open("div", &[("class", "wb-cites")]);
    for c in r.cites() {
        cite(pack, chain, c, lang, m);
    }
    m.close("div");
    m.open("p", &[("class", "wb-rule__link no-print")]);
    m.link(
        &ctx.rules_link(&j.id, Some(&r.anchor)),
        Wb::RuleLink.get(lang),
    );
    m.el(
        "span",
        &[("class", "wb-anchor")],
        &[" #", &r.anchor].concat(),
    );
    m.close("p").close("article");
}

/// One quoted clause with its document, issuer and dates.
fn cite(pack: &PolicyPack, chain: &[&Jurisdiction], c: &Cite, lang: Lang, m: &mut Markup) {
    let source = pack.source(chain, &c.source);
    let doc = source
        .map(|s| s.title.get(lang))
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(&c.source);
    m.open("figure", &[("class", "wb-cite")]);
    m.open("figcaption", &[("class", "wb-cite__caption")]);
    m.el("span", &[("class", "wb-doc")], doc);
    let label = c.clause.get(lang);
    if !label.trim().is_empty() {
        m.text(" · ").el(
            "span",
            &[("lang", client::label_lang(&c.clause, lang))],
            label,
        );
    }
    if let Some(s) = source {
        meta(
            &s.issuer,
            s.issued.as_deref(),
            s.effective.as_deref(),
            lang,
            m,
        );
    }
    m.close("figcaption");
    m.el(
        "blockquote",
        &[("class", "cite__quote"), ("lang", "zh-Hans")],
        &c.quote,
    );
    m.close("figure");
}

/// A labelled line: `<p><strong>label</strong>text</p>`.
fn line(m: &mut Markup, label: &str, text: &str) {
    m.open("p", &[]);
    if !label.is_empty() {
        m.el("strong", &[], label);
    }
    m.text(text).close("p");
}

/// A utility's limit in words: "不超过 4 个工作日 · DN40及以下 · 工业企业用户 · 居民用户".
fn utility_limit(l: &crate::policy::UtilityLimit, lang: Lang) -> String {
    let mut parts = vec![crate::explain::utilities::limit_words(
        l.value, l.unit, lang,
    )];
    if let Some(dn) = l.meter_dn_max {
        parts.push(format!("DN ≤ {dn}"));
    }
    if let Some(c) = &l.condition {
        parts.push(c.get(lang).to_string());
    }
    if l.when != When::default() {
        parts.push(conditions(&l.when, lang));
    }
    parts.join(" · ")
}

/// Another utility's stages, limits and meter fee waivers.
fn utility_details(u: &crate::policy::UtilityRules, lang: Lang, m: &mut Markup) {
    if !u.stages.is_empty() {
        m.open("ol", &[("class", "list list--number wb-list")]);
        for s in &u.stages {
            m.open("li", &[]).el("strong", &[], s.name.get(lang));
            if !s.counts_toward_total {
                m.el(
                    "span",
                    &[("class", "muted")],
                    &[" · ", S::NotInTotal.get(lang)].concat(),
                );
            }
            if !s.limits.is_empty() {
                m.open("ul", &[("class", "wb-sub")]);
                for l in &s.limits {
                    m.el("li", &[], &utility_limit(l, lang));
                }
                m.close("ul");
            }
            m.close("li");
        }
        m.close("ol");
    }
    let mut items: Vec<String> = u
        .limits
        .iter()
        .map(|l| {
            [
                Wb::MeasureTimeLimit.get(lang),
                Wb::Colon.get(lang),
                &utility_limit(l, lang),
            ]
            .concat()
        })
        .collect();
    for w in &u.meter_fee_waivers {
        let mut text = Wb::MeterFeeWaived.get(lang).to_string();
        let mut parts: Vec<String> = Vec::new();
        if let Some(dn) = w.meter_dn_max {
            parts.push(format!("DN ≤ {dn}"));
        }
        parts.push(conditions(&w.when, lang));
        if let Some(c) = &w.condition {
            parts.push(c.get(lang).to_string());
        }
        text.push_str(&parts.join(" · "));
        items.push(text);
    }
    items.extend(u.documents.iter().map(|d| d.name.get(lang).to_string()));
    items.extend(u.costs.iter().map(|c| c.part.get(lang).to_string()));
    items.extend(u.commitments.iter().map(|c| c.text.get(lang).to_string()));
    items.extend(u.notes.iter().map(|n| n.text.get(lang).to_string()));
    m.open("ul", &[("class", "list list--bullet wb-list")]);
    for i in &items {
        m.el("li", &[], i);
    }
    m.close("ul");
}

/// What a rule lists, beyond its one-line summary.
fn details(r: &Rule, lang: Lang, m: &mut Markup) {
    match r.body {
        Body::Stages(p) => stage_details(p, lang, m),
        Body::Documents(rule) => document_details(rule, lang, m),
        Body::TimeLimit(t) => line(m, Wb::Scope.get(lang), t.scope.get(lang)),
        Body::Zero(z) => {
            let label = if z.applies {
                S::VerdictCovers.get(lang)
            } else {
                ""
            };
            line(m, label, z.covers.get(lang));
            if let Some(c) = &z.condition {
                line(m, S::VerdictCondition.get(lang), c.get(lang));
            }
        }
        Body::Approvals(a) => approval_details(a, lang, m),
        Body::Fee(f) => {
            if let Some(x) = &f.figure {
                line(m, Wb::Amount.get(lang), x.get(lang));
            }
        }
        Body::Prices(t) => price_details(t, lang, m),
        Body::Commitment(c) => line(m, "", client::topic_label(c.topic).get(lang)),
        Body::Utility(u) => utility_details(u, lang, m),
        Body::Note(n) => line(
            m,
            "",
            match n.kind {
                NoteKind::Conflict => S::WarningConflict,
                NoteKind::Interpretation => S::WarningInterpretation,
                NoteKind::Info => S::WarningInfo,
            }
            .get(lang),
        ),
        _ => {}
    }
}

fn muted(m: &mut Markup, t: &str) {
    m.el("span", &[("class", "muted")], t);
}

fn stage_details(p: &StagePlan, lang: Lang, m: &mut Markup) {
    m.open("ol", &[("class", "list list--number wb-list")]);
    for s in &p.stages {
        m.open("li", &[]).el("strong", &[], s.name.get(lang));
        if !s.counts_toward_total {
            muted(m, &[" · ", S::NotInTotal.get(lang)].concat());
        }
        if !s.limits.is_empty() {
            m.open("ul", &[("class", "wb-sub")]);
            for l in &s.limits {
                m.open("li", &[])
                    .text(&limit_text(l.days, l.days_kind, l.average, lang));
                if l.when != When::default() {
                    muted(m, &[" · ", &conditions(&l.when, lang)].concat());
                }
                if let Some(d) = l.regional_days {
                    let regional = limit_text(d, l.days_kind, false, lang);
                    muted(m, &[" · ", Wb::RegionalLimit.get(lang), &regional].concat());
                }
                m.close("li");
            }
            m.close("ul");
        }
        if !s.documents.is_empty() {
            let names = words::list(s.documents.iter().map(|d| d.name.get(lang)), lang, "; ");
            let text = [S::ForThisStage.get(lang), " ", &names].concat();
            m.el("p", &[("class", "wb-sub")], &text);
        }
        m.close("li");
    }
    m.close("ol");
}

fn document_details(rule: &DocumentRule, lang: Lang, m: &mut Markup) {
    m.open("ul", &[("class", "list list--bullet wb-list")]);
    for d in &rule.documents {
        m.open("li", &[]).el("strong", &[], d.name.get(lang));
        if let Some(o) = &d.only_if {
            muted(m, &[" · ", Wb::OnlyIf.get(lang), o.get(lang)].concat());
        }
        if !d.alternatives.is_empty() {
            let alts = words::list(d.alternatives.iter().map(|a| a.name.get(lang)), lang, "; ");
            let text = [S::AnyOneOf.get(lang), " ", &alts].concat();
            m.el("p", &[("class", "wb-sub")], &text);
        }
        m.close("li");
    }
    m.close("ul");
}

fn approval_details(a: &ApprovalRule, lang: Lang, m: &mut Markup) {
    if let Some(e) = &a.exempt {
        line(m, Wb::Exempt.get(lang), e.get(lang));
    }
    if a.approvals.is_empty() {
        return;
    }
    if a.parallel {
        line(m, "", S::Parallel.get(lang));
    }
    m.open("ul", &[("class", "list list--bullet wb-list")]);
    for x in &a.approvals {
        let mut text = [
            x.name.get(lang),
            " · ",
            S::Authority.get(lang),
            x.authority.get(lang),
        ]
        .concat();
        if let Some(d) = x.days {
            text.push_str(" · ");
            text.push_str(&limit_text(d, DaysKind::Working, false, lang));
        }
        if let Some(d) = x.complex_days {
            text.push_str(" · ");
            let days = client::days(d, DaysKind::Working, lang);
            text.push_str(&fill(Wb::ComplexDays.get(lang), &[&days]));
        }
        m.el("li", &[], &text);
    }
    m.close("ul");
}

fn price_details(t: &PriceTable, lang: Lang, m: &mut Markup) {
    m.open("ul", &[("class", "list list--bullet wb-list")]);
    for x in &t.items {
        let per = match x.per {
            Per::Each => "",
            Per::Kva => Wb::PerKva.get(lang),
            Per::Metre => Wb::PerMetre.get(lang),
        };
        let (min, max) = (words::yuan(x.min_fen), words::yuan(x.max_fen));
        let text = fill(
            Wb::PriceLine.get(lang),
            &[x.name.get(lang), &min, &max, per],
        );
        m.el("li", &[], &text);
    }
    m.close("ul");
}
