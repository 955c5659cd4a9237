//! The one place that writes sentences: a [`Decision`] becomes the
//! [`Assessment`], in all three languages for the `estimate` command's JSON or
//! in the page's language only for the app.

pub mod notices;
pub mod prices;
pub mod utilities;
pub mod words;
pub mod zero;

use crate::assessment::*;
use crate::citation::{Citation, Cite};
use crate::engine::schedule::{Period, Span, StageDates};
use crate::engine::Decision;
use crate::policy::{DaysKind, Document, FeeStatus};
use crate::text::{Lang, Text};
use crate::tr;

/// Which languages to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Langs(u8);

impl Langs {
    /// zh-Hans, zh-Hant and English.
    pub const ALL: Langs = Langs(0b111);

    /// One language (the others are left empty).
    pub fn only(lang: Lang) -> Langs {
        Langs(Langs::bit(lang))
    }

    fn bit(lang: Lang) -> u8 {
        match lang {
            Lang::ZhHans => 1,
            Lang::ZhHant => 2,
            Lang::En => 4,
        }
    }

    pub fn has(self, lang: Lang) -> bool {
        if let Some(only) = crate::text::ONLY {
            return lang == only;
        }
        self.0 & Langs::bit(lang) != 0
    }

    /// A text written by `f` in each chosen language.
    pub fn text(self, f: impl Fn(Lang) -> String) -> Text {
        let write = |l| if self.has(l) { f(l) } else { String::new() };
        Text::new(write(Lang::ZhHans), write(Lang::ZhHant), write(Lang::En))
    }
}

/// Writes one decision's sentences.
pub struct Explainer<'d, 'a> {
    d: &'d Decision<'a>,
    langs: Langs,
}

/// The assessment of a decision, its sentences in `langs`.
pub fn assessment(d: &Decision, langs: Langs) -> Assessment {
    Explainer { d, langs }.assessment()
}

impl Explainer<'_, '_> {
    fn text(&self, f: impl Fn(Lang) -> String) -> Text {
        self.langs.text(f)
    }

    /// The document a citation names, looked up along the chain.
    fn source_of(&self, c: &Cite) -> Option<&crate::citation::Source> {
        crate::policy::source(&self.d.chain, &c.source)
    }

    /// The clause cited for one of the engine's own rules of arithmetic, looked
    /// up along the chain.
    fn reference(&self, purpose: &str) -> Option<Citation> {
        let c = self.d.chain.iter().find_map(|j| j.reference(purpose))?;
        let in_force = self
            .source_of(c)
            .is_none_or(|s| s.in_force_on(self.d.start));
        in_force.then(|| self.cite(c))
    }

    /// A rule's citation with the document it names.
    fn cite(&self, c: &Cite) -> Citation {
        Citation::resolve(c, self.source_of(c))
    }

    fn assessment(&self) -> Assessment {
        let d = self.d;
        let app = d.app;
        let zero = self.zero_investment();
        let inferred = d.voltage_inferred();
        let time_limit = d.main.total.map(|t| TimeLimitView {
            days: t.days,
            days_kind: t.days_kind,
            average: t.average,
            scope: t.scope.clone(),
            note: t.note.clone(),
            citation: self.cite(&t.cite),
            national: d.main.national_total.map(|n| NationalLimitView {
                days: n.rule.days,
                days_kind: n.rule.days_kind,
                average: n.rule.average,
                scope: n.rule.scope.clone(),
                since: n.rule.when.from,
                completion_date: n.completion,
                stricter: n.stricter,
                citation: self.cite(&n.rule.cite),
            }),
        });
        let stages: Vec<StageView> = d.stages.iter().map(|s| self.stage(s)).collect();
        Assessment {
            jurisdiction: app.jurisdiction.clone(),
            jurisdiction_name: d
                .jurisdiction()
                .map_or_else(Text::default, |j| j.name.clone()),
            answers: app
                .to_draft()
                .into_pairs()
                .map(|(k, v)| (k.into(), v))
                .collect(),
            start: d.start,
            capacity: capacity_view(app),
            voltage: d.main.facts.voltage,
            voltage_inferred: inferred,
            voltage_basis: inferred.then(|| self.voltage_basis()),
            voltage_citation: d
                .main
                .voltage_rule
                .filter(|_| inferred)
                .map(|r| self.cite(&r.cite)),
            assumptions: self.assumptions(),
            timeline: d.timeline.iter().map(|p| self.period(p, &stages)).collect(),
            stages,
            stages_from: d.main.plan_from.map(|j| j.id.clone()),
            stages_note: d.main.plan.and_then(|p| p.note.clone()),
            documents_from: d.documents.from.map(|j| j.id.clone()),
            documents: self.documents(&d.documents.main),
            conditional_documents: self.documents(&d.documents.conditional),
            time_limit_working_days: time_limit
                .as_ref()
                .filter(|t| t.days_kind == DaysKind::Working)
                .map(|t| t.days),
            time_limit_scope: time_limit.as_ref().map(|t| t.scope.clone()),
            time_limit,
            completion_date: d.completion,
            latest_with_works: d.latest_with_works,
            costs: self.costs(),
            approvals: self.approvals(),
            warnings: d.notices.iter().map(|n| self.warning(n, &zero)).collect(),
            zero_investment: zero,
            commitments: d
                .commitments
                .iter()
                .map(|c| CommitmentView {
                    id: c.id.clone(),
                    topic: c.topic,
                    text: c.text.clone(),
                    note: c.note.clone(),
                    citation: self.cite(&c.cite),
                })
                .collect(),
            variations: self.variations(),
            utilities: self.utilities(),
        }
    }

    fn assumptions(&self) -> Vec<Assumption> {
        let d = self.d;
        let mut out: Vec<Assumption> = crate::engine::scenario::open_questions(d.app)
            .map(|u| Assumption {
                field: u.default.field(),
                value: u.default.key().to_string(),
                text: words::assumption(u.default.field()),
                citation: None,
            })
            .collect();
        if d.app.start.is_none() {
            out.push(Assumption {
                field: crate::model::Field::Start,
                value: words::iso_date(d.start),
                text: words::assumption(crate::model::Field::Start),
                citation: None,
            });
        }
        out
    }

    fn document(&self, doc: &Document) -> DocumentView {
        let d = self.d;
        DocumentView {
            id: doc.id.clone(),
            name: doc.name.clone(),
            alternatives: crate::engine::items::alternatives(
                doc,
                &d.documents.facts(&d.main.facts),
                d.documents.read_as,
            )
            .map(|a| AlternativeView {
                name: a.name.clone(),
                note: a.note.clone(),
            })
            .collect(),
            only_if: doc.only_if.clone(),
            note: doc.note.clone(),
            citation: self.cite(&doc.cite),
        }
    }

    fn documents(&self, list: &[&Document]) -> Vec<DocumentView> {
        list.iter().map(|doc| self.document(doc)).collect()
    }

    fn stage(&self, s: &StageDates) -> StageView {
        let lim = s.limit;
        let kind = |k: DaysKind| lim.filter(|l| l.days_kind == k).map(|l| l.days);
        StageView {
            id: s.stage.id.clone(),
            name: s.stage.name.clone(),
            max_working_days: kind(DaysKind::Working),
            max_calendar_days: kind(DaysKind::Calendar),
            days_kind: lim.map(|l| l.days_kind),
            average: lim.is_some_and(|l| l.average),
            regional_max_days: lim.and_then(|l| l.regional_days),
            start: s.start,
            end: s.end,
            shared_limit: s.shared,
            counts_toward_total: s.stage.counts_toward_total,
            documents: s
                .stage
                .documents
                .iter()
                .map(|doc| self.document(doc))
                .collect(),
            note: s.stage.note.clone(),
            limit_note: lim.and_then(|l| l.note.clone()),
            citation: self.cite(&s.stage.cite),
            limit_citation: lim.map(|l| self.cite(&l.cite)),
            regional_citation: lim
                .and_then(|l| l.regional_cite.as_ref())
                .map(|c| self.cite(c)),
        }
    }

    fn period(&self, p: &Period, stages: &[StageView]) -> TimelineItem {
        let d = self.d;
        let (id, name, note, citation) = match p.span {
            Span::Stage(i) => {
                let s = &stages[i];
                (
                    s.id.clone(),
                    s.name.clone(),
                    s.note.clone(),
                    Some(s.citation.clone()),
                )
            }
            Span::Approvals => {
                let rule = d.approvals.rule;
                let name = if d.approvals.by_utility() {
                    tr!(
                        "外线工程许可（由供电企业办理，您无需申请）",
                        "外線工程許可（由供電企業辦理，您無需申請）",
                        "Permits for the external works (the utility obtains them; you need none)"
                    )
                } else {
                    tr!(
                        "政府审批（外线工程许可）",
                        "政府審批（外線工程許可）",
                        "Government permits for the external works"
                    )
                };
                (
                    "approvals".into(),
                    name,
                    rule.and_then(|r| r.note.clone()),
                    rule.map(|r| self.cite(&r.cite)),
                )
            }
            Span::Period(r) => (
                r.id.clone(),
                r.name.clone(),
                r.note.clone(),
                Some(self.cite(&r.cite)),
            ),
        };
        TimelineItem {
            id,
            kind: p.kind,
            name,
            start: p.start,
            end: p.end,
            days: p.days.map(|(n, _)| n),
            days_kind: p.days.map(|(_, k)| k),
            average: p.average,
            counts_toward_total: p.counts_toward_total,
            calendar_events: p
                .end
                .map_or_else(Vec::new, |e| d.cal.events_between(p.start, e)),
            note,
            citation,
        }
    }

    fn costs(&self) -> Costs {
        let c = &self.d.costs;
        Costs {
            parts: c
                .parts
                .iter()
                .map(|p| CostPartView {
                    id: p.id.clone(),
                    part: p.part.clone(),
                    payer: p.payer,
                    note: p.note.clone(),
                    citation: self.cite(&p.cite),
                })
                .collect(),
            fees: c
                .fees
                .iter()
                .map(|x| FeeView {
                    id: x.id.clone(),
                    fee: x.fee.clone(),
                    must_not_be_charged: x.status == FeeStatus::Abolished,
                    figure: x.figure.clone(),
                    note: x.note.clone(),
                    citation: self.cite(&x.cite),
                })
                .collect(),
            prices: self.prices(),
            figures_note: if self.d.quote.is_some() {
                tr!(
                    "以上金额来自门户提供的价格表，只是参考区间；需要您出资的部分和金额以供电企业的供电方案为准。零投资指电网侧工程不由您出资，不是您自己的内部线路免费。",
                    "以上金額來自入口網站提供的價格表，只是參考區間；需要您出資的部分和金額以供電企業的供電方案為準。零投資指電網側工程不由您出資，不是您自己的內部線路免費。",
                    "The amounts come from the price table the portal supplies and are only an indicative range; what you pay is set in the utility's supply plan. Zero investment means you pay nothing for the grid-side works, not that your own wiring is free."
                )
            } else {
                tr!(
                    "所依据的文件没有公布外线工程的价格，因此这里不显示金额；需要您出资的部分以供电企业的供电方案为准。零投资指电网侧工程不由您出资，不是您自己的内部线路免费。",
                    "所依據的文件沒有公佈外線工程的價格，因此這裡不顯示金額；需要您出資的部分以供電企業的供電方案為準。零投資指電網側工程不由您出資，不是您自己的內部線路免費。",
                    "The sources publish no price for external works, so no amount is shown; what you pay is set in the utility's supply plan. Zero investment means you pay nothing for the grid-side works, not that your own wiring is free."
                )
            },
        }
    }

    fn approvals(&self) -> Approvals {
        let a = &self.d.approvals;
        Approvals {
            needed: a.needed,
            exempt: a.rule.and_then(|r| r.exempt.clone()),
            parallel: a.parallel(),
            total_working_days: a.total,
            total_is_minimum: a.total_is_minimum,
            within_total: a.within_total(),
            items: a
                .items
                .iter()
                .map(|i| ApprovalView {
                    id: i.id.clone(),
                    name: i.name.clone(),
                    authority: i.authority.clone(),
                    max_working_days: i.days,
                    complex_max_working_days: i.complex_days,
                    step: i.step,
                    note: i.note.clone(),
                    citation: self.cite(&i.cite),
                })
                .collect(),
            note: a.rule.and_then(|r| r.note.clone()),
            citation: a.rule.map(|r| self.cite(&r.cite)),
        }
    }

    fn variations(&self) -> Vec<Variation> {
        self.d
            .variations
            .iter()
            .map(|v| Variation {
                field: v.answer.field(),
                value: v.answer.key().to_string(),
                label: words::if_answer(v.answer),
                voltage: v.voltage,
                stages: v.stages,
                time_limit_working_days: v.time_limit_working_days,
                completion_date: v.completion,
                zero_investment: v.zero_investment,
            })
            .collect()
    }
}

fn capacity_view(app: &crate::model::Application) -> CapacityView {
    use crate::capacity::Unit;
    let c = &app.capacity;
    CapacityView {
        input: words::capacity(c),
        value: c.kilo_str(),
        unit: c.unit,
        unit_given: c.unit_given,
        kva: c.in_unit(Unit::Kva, app.power_factor).kilo_str(),
        kw: c.in_unit(Unit::Kw, app.power_factor).kilo_str(),
        power_factor: app.power_factor.to_string(),
    }
}
