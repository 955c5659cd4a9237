//! Every rule of a jurisdiction as one flat list: what it sets (its group), a
//! stable anchor for links (`stage_plans-0`, `zero_investment-<rule id>`), its
//! conditions and its citations; and, for a result's citation, the rule it
//! comes from.

use super::{kind_word, supply_word, voltage_word, works_word};
use crate::citation::{Citation, Cite};
use crate::client::{choice_label, days, fill, limit_text, Wb, S};
use crate::explain::words;
use crate::model::{Customer, Voltage};
use crate::policy::{
    walk, ApprovalRule, CommitmentRule, CostRule, DaysKind, DocumentRule, FeeRule, FeeStatus,
    Jurisdiction, Node, NoteRule, Payer, PeriodRule, PolicyPack, PriceTable, StagePlan,
    TimeLimitRule, UtilityRules, VoltageRule, When, ZeroInvestmentRule,
};
use crate::text::{Lang, Str, Text};

/// What a rule sets: the lists of a policy file, in the order the rules page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Voltage,
    Stages,
    Documents,
    TimeLimits,
    Periods,
    ZeroInvestment,
    Approvals,
    Costs,
    Fees,
    Commitments,
    Notes,
    References,
    Prices,
    Utilities,
}

impl Group {
    pub const ALL: [Group; 14] = [
        Group::Voltage,
        Group::Stages,
        Group::Documents,
        Group::TimeLimits,
        Group::Periods,
        Group::ZeroInvestment,
        Group::Approvals,
        Group::Costs,
        Group::Fees,
        Group::Commitments,
        Group::Notes,
        Group::References,
        Group::Prices,
        Group::Utilities,
    ];

    /// The list's name in a policy file, also used in anchors and links.
    pub fn key(self) -> &'static str {
        match self {
            Group::Voltage => "voltage_inference",
            Group::Stages => "stage_plans",
            Group::Documents => "documents",
            Group::TimeLimits => "time_limits",
            Group::Periods => "periods",
            Group::ZeroInvestment => "zero_investment",
            Group::Approvals => "approvals",
            Group::Costs => "costs",
            Group::Fees => "fees",
            Group::Commitments => "commitments",
            Group::Notes => "notes",
            Group::References => "references",
            Group::Prices => "prices",
            Group::Utilities => "utilities",
        }
    }

    pub fn from_key(key: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.key() == key)
    }

    pub fn title(self) -> Wb {
        match self {
            Group::Voltage => Wb::GroupVoltage,
            Group::Stages => Wb::GroupStages,
            Group::Documents => Wb::GroupDocuments,
            Group::TimeLimits => Wb::GroupTimeLimits,
            Group::Periods => Wb::GroupPeriods,
            Group::ZeroInvestment => Wb::GroupZero,
            Group::Approvals => Wb::GroupApprovals,
            Group::Costs => Wb::GroupCosts,
            Group::Fees => Wb::GroupFees,
            Group::Commitments => Wb::GroupCommitments,
            Group::Notes => Wb::GroupNotes,
            Group::References => Wb::GroupReferences,
            Group::Prices => Wb::GroupPrices,
            Group::Utilities => Wb::GroupUtilities,
        }
    }
}

/// The rule itself, by kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Body<'a> {
    Voltage(&'a VoltageRule),
    Stages(&'a StagePlan),
    Documents(&'a DocumentRule),
    TimeLimit(&'a TimeLimitRule),
    Period(&'a PeriodRule),
    Zero(&'a ZeroInvestmentRule),
    Approvals(&'a ApprovalRule),
    Cost(&'a CostRule),
    Fee(&'a FeeRule),
    Commitment(&'a CommitmentRule),
    Note(&'a NoteRule),
    /// A clause the engine cites for its own arithmetic, by purpose.
    Reference(&'a str, &'a Cite),
    /// A portal pack's unit prices for the works.
    Prices(&'a PriceTable),
    /// Another utility's connection (water, gas, telecom).
    Utility(&'a UtilityRules),
}

/// One rule of a jurisdiction.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule<'a> {
    pub group: Group,
    /// Its place in its list (for references, in the purposes' order).
    pub index: usize,
    /// The element id on the rules page: `<group>-<id>` for rules with an id,
    /// `<group>-<index>` for the others.
    pub anchor: String,
    pub body: Body<'a>,
    /// The rule as the policy format's walk meets it.
    pub node: Node<'a>,
}

/// Letters, digits, `-` and `_` as they are; anything else as `-`.
fn slug(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The rule a node of a rule list is, by kind.
fn body<'a>(group: Group, id: Option<&'a str>, node: Node<'a>) -> Option<Body<'a>> {
    Some(match node {
        Node::VoltageRule(r) => Body::Voltage(r),
        Node::StagePlan(r) => Body::Stages(r),
        Node::DocumentRule(r) => Body::Documents(r),
        Node::TimeLimitRule(r) => Body::TimeLimit(r),
        Node::PeriodRule(r) => Body::Period(r),
        Node::ZeroInvestmentRule(r) => Body::Zero(r),
        Node::ApprovalRule(r) => Body::Approvals(r),
        Node::CostRule(r) => Body::Cost(r),
        Node::FeeRule(r) => Body::Fee(r),
        Node::CommitmentRule(r) => Body::Commitment(r),
        Node::NoteRule(r) => Body::Note(r),
        Node::Cite(c) if group == Group::References => Body::Reference(id?, c),
        Node::PriceTable(r) => Body::Prices(r),
        Node::UtilityRules(r) => Body::Utility(r),
        _ => return None,
    })
}

/// Every rule of a jurisdiction, in the rules page's order.
pub fn rules(j: &Jurisdiction) -> Vec<Rule<'_>> {
    // One list per group, in the page's order; each keeps its rules' order.
    let mut groups: Vec<Vec<Rule>> = Group::ALL.iter().map(|_| Vec::new()).collect();
    j.each_rule(|key, index, id, node| {
        let Some((group, body)) = Group::from_key(key).and_then(|g| Some((g, body(g, id, node)?)))
        else {
            return;
        };
        // A utility's rules are anchored by the utilities (`utilities-water`).
        let joined;
        let id = match body {
            Body::Utility(u) => {
                joined = u
                    .utility
                    .iter()
                    .map(|x| x.key())
                    .collect::<Vec<_>>()
                    .join("-");
                Some(joined.as_str())
            }
            _ => id,
        };
        let mut anchor = match id {
            Some(id) => format!("{}-{}", group.key(), slug(id)),
            None => format!("{}-{index}", group.key()),
        };
        let Some(out) = Group::ALL
            .iter()
            .position(|g| *g == group)
            .and_then(|i| groups.get_mut(i))
        else {
            return;
        };
        if out.iter().any(|r| r.anchor == anchor) {
            anchor = format!("{anchor}-{index}");
        }
        out.push(Rule {
            group,
            index,
            anchor,
            body,
            node,
        });
    });
    let mut out = Vec::new();
    for g in groups {
        out.extend(g);
    }
    out
}

impl<'a> Rule<'a> {
    /// The rule's conditions (none for the engine's references).
    pub fn when(&self) -> Option<&'a When> {
        self.node.when()
    }

    /// The rule's own note.
    pub fn note(&self) -> Option<&'a Text> {
        self.node.note()
    }

    /// Every citation of the rule and of what it lists, in order, each once.
    pub fn cites(&self) -> Vec<&'a Cite> {
        let mut unique: Vec<&Cite> = Vec::new();
        walk::walk_node(self.node, &mut |_: &str, n| {
            if let Node::Cite(c) = n {
                if !unique.contains(&c) {
                    unique.push(c);
                }
            }
        });
        unique
    }

    /// Whether the rule can apply to cases with this voltage and customer and
    /// sets this topic (`None`: any). A rule without the condition fits.
    pub fn fits(
        &self,
        voltage: Option<Voltage>,
        customer: Option<Customer>,
        group: Option<Group>,
    ) -> bool {
        if group.is_some_and(|g| g != self.group) {
            return false;
        }
        let Some(w) = self.when() else {
            return true;
        };
        fn ok<T: PartialEq>(list: &Option<Vec<T>>, v: Option<T>) -> bool {
            match (list, v) {
                (Some(l), Some(v)) => l.contains(&v),
                _ => true,
            }
        }
        ok(&w.voltage, voltage) && ok(&w.customer, customer)
    }

    /// What the rule sets, in one line.
    pub fn summary(&self, lang: Lang) -> String {
        let colon = Wb::Colon.get(lang);
        let named = |name: &str, value: &str| format!("{name}{colon}{value}");
        match self.body {
            Body::Voltage(r) => fill(
                Wb::VoltageUpTo.get(lang),
                &[&words::capacity(&r.lv_max.capacity())],
            ),
            Body::Stages(p) => fill(
                Wb::StagesList.get(lang),
                &[
                    &p.stages.len().to_string(),
                    &words::list(p.stages.iter().map(|s| s.name.get(lang)), lang, "; "),
                ],
            ),
            Body::Documents(r) => {
                let main: Vec<&str> = r
                    .documents
                    .iter()
                    .filter(|d| d.only_if.is_none())
                    .map(|d| d.name.get(lang))
                    .collect();
                let extra = r.documents.len() - main.len();
                let mut s = fill(
                    Wb::DocumentsList.get(lang),
                    &[&main.len().to_string(), &words::list(main, lang, "; ")],
                );
                if extra > 0 {
                    s.push_str(&fill(Wb::DocumentsMore.get(lang), &[&extra.to_string()]));
                }
                s
            }
            Body::TimeLimit(r) => named(
                Wb::MeasureTimeLimit.get(lang),
                &limit_text(r.days, r.days_kind, r.average, lang),
            ),
            Body::Period(r) => named(
                r.name.get(lang),
                &limit_text(r.days, r.days_kind, r.average, lang),
            ),
            Body::Zero(r) => match (r.applies, r.cap) {
                (false, _) => named(Wb::MeasureZero.get(lang), Wb::ZeroNo.get(lang)),
                (true, None) => named(Wb::MeasureZero.get(lang), Wb::ZeroNoCap.get(lang)),
                (true, Some(c)) => fill(Wb::ZeroUpTo.get(lang), &[&words::capacity(&c.capacity())]),
            },
            Body::Approvals(r) if r.exempt.is_some() => {
                named(Wb::MeasurePermits.get(lang), Wb::PermitsExempt.get(lang))
            }
            Body::Approvals(r) => {
                let mut s = fill(
                    Wb::PermitsCount.get(lang),
                    &[&r.approvals.len().to_string()],
                );
                if let Some(d) = r.total_days {
                    s.push_str(&fill(
                        Wb::PermitsTotal.get(lang),
                        &[&days(d, DaysKind::Working, lang)],
                    ));
                }
                s
            }
            Body::Cost(r) => named(
                r.part.get(lang),
                match r.payer {
                    Payer::Utility => S::PayerUtility.get(lang),
                    Payer::Customer => Wb::PayerCustomer.get(lang),
                },
            ),
            Body::Fee(r) => named(
                r.fee.get(lang),
                match r.status {
                    FeeStatus::Abolished => S::MustNotCharge.get(lang),
                    FeeStatus::MayApply => S::MayCharge.get(lang),
                },
            ),
            Body::Commitment(r) => r.text.get(lang).to_string(),
            Body::Note(r) => r.text.get(lang).to_string(),
            Body::Prices(t) => fill(
                Wb::PriceTableOf.get(lang),
                &[t.title.get(lang), t.publisher.get(lang), &t.date],
            ),
            Body::Reference(purpose, _) => format!(
                "{}{}",
                Wb::ReferenceLabel.get(lang),
                match purpose {
                    "period_counting" => Wb::RefPeriods.get(lang),
                    "inclusive_bounds" => Wb::RefBounds.get(lang),
                    "hour_counting" => Wb::RefHours.get(lang),
                    other => other,
                }
            ),
            Body::Utility(u) => utility_summary(u, lang),
        }
    }

    /// The rule's conditions in words ("every case" when it has none).
    pub fn conditions(&self, lang: Lang) -> String {
        self.when().map_or_else(
            || Wb::EveryCase.get(lang).to_string(),
            |w| conditions(w, lang),
        )
    }
}

/// "用水接入：5 个阶段；总时限：不超过 3 个工作日、DN40及以下 …".
pub fn utility_summary(u: &UtilityRules, lang: Lang) -> String {
    use crate::explain::utilities::{limit_words, name};
    let names: Vec<&str> = u.utility.iter().map(|x| name(*x, lang)).collect();
    let mut parts = vec![words::list(names, lang, ", ")];
    if !u.stages.is_empty() {
        parts.push(fill(
            Wb::UtilityStages.get(lang),
            &[&u.stages.len().to_string()],
        ));
    }
    let limits: Vec<String> = u
        .limits
        .iter()
        .map(|l| {
            let mut s = limit_words(l.value, l.unit, lang);
            if let Some(dn) = l.meter_dn_max {
                s = fill(Wb::UpToDn.get(lang), &[&dn.to_string(), &s]);
            }
            s
        })
        .collect();
    if !limits.is_empty() {
        let list = words::list(limits.iter().map(String::as_str), lang, "; ");
        parts.push(fill(Wb::UtilityLimits.get(lang), &[&list]));
    } else if u.stages.is_empty() {
        parts.push(Wb::UtilityNoStagesOrLimits.get(lang).to_string());
    }
    parts.join(Wb::Colon.get(lang))
}

/// A rule's conditions in words, " · " between them.
pub fn conditions(w: &When, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    let join = |items: Vec<&str>| words::list(items, lang, ", ");
    if let Some(v) = &w.voltage {
        parts.push(join(v.iter().map(|v| voltage_word(*v, lang)).collect()));
    }
    if let Some(a) = &w.area {
        parts.push(join(a.iter().map(|a| words::area(*a, lang)).collect()));
    }
    if let Some(c) = &w.customer {
        parts.push(join(c.iter().map(|c| words::customer(*c, lang)).collect()));
    }
    if let Some(s) = &w.supply {
        parts.push(join(s.iter().map(|s| supply_word(*s, lang)).collect()));
    }
    if let Some(k) = &w.kind {
        parts.push(join(k.iter().map(|k| kind_word(*k, lang)).collect()));
    }
    if let Some(a) = &w.applicant {
        let names: Vec<String> = a
            .iter()
            .map(|a| choice_label(crate::model::Field::Applicant, a.key(), lang))
            .collect();
        parts.push(join(names.iter().map(String::as_str).collect()));
    }
    if let Some(x) = w.external_works {
        parts.push(works_word(x, lang).to_string());
    }
    if let Some(t) = w.temporary {
        parts.push(
            if t { Wb::Temporary } else { Wb::Permanent }
                .get(lang)
                .to_string(),
        );
    }
    if let Some(z) = w.zero_investment {
        parts.push(
            if z { Wb::WhenZeroYes } else { Wb::WhenZeroNo }
                .get(lang)
                .to_string(),
        );
    }
    if let Some(d) = w.from {
        parts.push(fill(Wb::FromDate.get(lang), &[&words::iso_date(d)]));
    }
    if let Some(d) = w.until {
        parts.push(fill(Wb::UntilDate.get(lang), &[&words::iso_date(d)]));
    }
    if parts.is_empty() {
        return Wb::EveryCase.get(lang).to_string();
    }
    parts.join(" · ")
}

/// Where each citation of a pack comes from: its place and the anchor of its rule.
#[derive(Clone, Debug, Default)]
pub struct CiteIndex {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug)]
struct Entry {
    source: Str,
    clause: String,
    quote: Str,
    place: Str,
    anchor: String,
    /// The place has the cited document among its own sources.
    owner: bool,
}

impl CiteIndex {
    pub fn new(pack: &PolicyPack) -> CiteIndex {
        let mut entries = Vec::new();
        for j in &pack.jurisdictions {
            for r in rules(j) {
                for c in r.cites() {
                    entries.push(Entry {
                        source: c.source.clone(),
                        clause: c.clause.zh_hans.clone(),
                        quote: c.quote.clone(),
                        place: j.id.clone(),
                        anchor: r.anchor.clone(),
                        owner: j.sources.contains_key(&*c.source),
                    });
                }
            }
        }
        CiteIndex { entries }
    }

    /// The place and rule anchor a result's citation comes from: a rule of the
    /// place that owns the cited document first.
    pub fn find(&self, c: &Citation) -> Option<(&str, &str)> {
        let mut matching = self
            .entries
            .iter()
            .filter(|e| e.source == c.source && e.quote == c.quote && *e.clause == *c.clause);
        let first = matching.clone().next()?;
        let best = matching.find(|e| e.owner).unwrap_or(first);
        Some((&best.place, &best.anchor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Area, Field};

    #[test]
    fn every_rule_has_a_unique_anchor_and_every_citation_is_listed() {
        // The built-in data, and a portal pack with a price table.
        let mut packs = vec![PolicyPack::embedded()];
        packs.push(
            PolicyPack::from_json_over_embedded(include_str!("../../tests/data/price-pack.json"))
                .unwrap(),
        );
        let prices = packs[1]
            .jurisdictions
            .iter()
            .flat_map(rules)
            .filter(|r| r.group == Group::Prices)
            .count();
        assert!(prices > 0);
        for j in packs.iter().flat_map(|p| p.jurisdictions.iter()) {
            let list = rules(j);
            let mut anchors: Vec<&str> = list.iter().map(|r| r.anchor.as_str()).collect();
            anchors.sort_unstable();
            let n = anchors.len();
            anchors.dedup();
            assert_eq!(anchors.len(), n, "{}: repeated anchor", j.id);
            // Every citation the validator knows is in some rule.
            for (path, c) in j.cites() {
                assert!(
                    list.iter().any(|r| r.cites().contains(&c)),
                    "{}: {path} is in no rule",
                    j.id
                );
            }
            for r in &list {
                assert!(
                    !r.cites().is_empty(),
                    "{}: {} cites nothing",
                    j.id,
                    r.anchor
                );
                for lang in Lang::ALL {
                    assert!(!r.summary(lang).trim().is_empty(), "{}", r.anchor);
                }
            }
        }
    }

    #[test]
    fn anchors_use_rule_ids_where_rules_have_them() {
        let pack = PolicyPack::embedded();
        let list = rules(pack.get("yangjiang").unwrap());
        assert!(list.iter().any(|r| r.anchor == "stage_plans-0"));
        assert!(list
            .iter()
            .any(|r| r.anchor == "zero_investment-yangjiang-lv-urban-160kva"));
        assert_eq!(slug("a b/c"), "a-b-c");
    }

    #[test]
    fn every_citation_of_a_result_leads_to_its_rule() {
        let pack = PolicyPack::embedded();
        let index = CiteIndex::new(&pack);
        let start = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        for place in pack.ids() {
            let mut d = crate::model::Draft::default();
            d.set(Field::Jurisdiction, place);
            d.set(Field::Capacity, "100kVA");
            d.set(Field::Start, "2026-06-01");
            let a = crate::officials::assess(&pack, &d, start, Lang::En).unwrap();
            let mut cites: Vec<&Citation> = a.documents.iter().map(|d| &d.citation).collect();
            cites.extend(a.stages.iter().map(|s| &s.citation));
            cites.extend(a.time_limit.iter().map(|t| &t.citation));
            cites.extend(a.zero_investment.citation.iter());
            cites.extend(a.commitments.iter().map(|c| &c.citation));
            for c in cites {
                let (p, anchor) = index.find(c).unwrap_or_else(|| panic!("{place}: {c:?}"));
                let j = pack.get(p).unwrap();
                let rule = rules(j).into_iter().find(|r| r.anchor == anchor).unwrap();
                assert!(rule.cites().iter().any(|x| x.quote == c.quote));
            }
        }
    }

    #[test]
    fn the_filter_keeps_rules_without_the_condition() {
        let pack = PolicyPack::embedded();
        let list = rules(pack.get("liuzhou").unwrap());
        let hv: Vec<&Rule> = list
            .iter()
            .filter(|r| r.fits(Some(Voltage::Kv10), None, Some(Group::TimeLimits)))
            .collect();
        assert!(!hv.is_empty());
        assert!(hv.iter().all(|r| r.group == Group::TimeLimits));
        assert!(hv.iter().all(|r| match r.body {
            Body::TimeLimit(t) => t
                .when
                .voltage
                .as_ref()
                .is_none_or(|v| v.contains(&Voltage::Kv10)),
            _ => false,
        }));
        let all = list.iter().filter(|r| r.fits(None, None, None)).count();
        assert_eq!(all, list.len());
    }

    #[test]
    fn conditions_in_words() {
        let w = When {
            voltage: Some(vec![Voltage::Lv]),
            area: Some(vec![Area::Rural]),
            external_works: Some(true),
            from: chrono::NaiveDate::from_ymd_opt(2025, 6, 3),
            ..When::default()
        };
        assert_eq!(
            conditions(&w, Lang::En),
            "low voltage · other (rural) areas · with external works · from 2025-06-03"
        );
        assert_eq!(
            conditions(&w, Lang::ZhHans),
            "低压 · 其他区域（农村） · 有外线工程 · 2025-06-03 起"
        );
        assert_eq!(conditions(&When::default(), Lang::En), "every case");
    }
}
