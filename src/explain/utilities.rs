//! The sentences of the other utilities' sections (water, gas, telecom).

use super::words::{self, pick, pick_format};
use super::Explainer;
use crate::assessment::*;
use crate::engine::scenario::Answer;
use crate::engine::utilities::{Limit, Other, UtilityDecision, Waiver};
use crate::model::{Field, Utility};
use crate::policy::{MeterFeeWaiver, NoteKind, TimeUnit, UtilityLimit};
use crate::text::Lang;
#[cfg(test)]
use crate::text::Text;

/// "用水接入" / "Water connection": a heading.
pub fn name(u: Utility, lang: Lang) -> &'static str {
    u.choice().label.get(lang)
}

/// "用水接入" / "water connection": in a sentence (the answer's words in its declaration).
fn word(u: Utility, lang: Lang) -> &'static str {
    u.choice().word.map_or("", |w| w.get(lang))
}

/// Whom to ask where the sources say nothing.
fn company(u: Utility, lang: Lang) -> &'static str {
    match u {
        Utility::Water => pick(lang, "供水企业", "供水企業", "the water company"),
        Utility::Gas => pick(lang, "燃气企业", "燃氣企業", "the gas company"),
        Utility::Telecom => pick(lang, "通信企业", "通信企業", "the telecom operator"),
    }
}

/// "不超过 4 个工作日" / "up to 72 hours".
pub fn limit_words(value: u32, unit: TimeUnit, lang: Lang) -> String {
    match (unit, lang.here()) {
        (TimeUnit::WorkingDays, Lang::En) if value == 1 => "up to 1 working day".into(),
        (TimeUnit::WorkingDays, Lang::En) => format!("up to {value} working days"),
        (TimeUnit::WorkingDays, Lang::ZhHant) => format!("不超過{value}個工作日"),
        (TimeUnit::WorkingDays, _) => format!("不超过{value}个工作日"),
        (TimeUnit::Hours, Lang::En) => format!("up to {value} hours"),
        (TimeUnit::Hours, Lang::ZhHant) => format!("不超過{value}小時"),
        (TimeUnit::Hours, _) => format!("不超过{value}小时"),
    }
}

/// "DN40及以下" / "DN40 or smaller".
fn up_to(dn: u32, lang: Lang) -> String {
    pick_format!(lang, "DN{dn}及以下", "DN{dn}及以下", "DN{dn} or smaller")
}

/// "条件：工业企业用户。" / " Condition: industrial enterprises."
fn condition(c: &str, lang: Lang) -> String {
    pick_format!(lang, "条件：{c}。", "條件：{c}。", " Condition: {c}.")
}

/// A limit in one clause: "DN40及以下：不超过4个工作日".
fn limit_clause(l: &UtilityLimit, lang: Lang) -> String {
    let s = limit_words(l.value, l.unit, lang);
    match l.meter_dn_max {
        Some(dn) => format!("{}{}{s}", up_to(dn, lang), pick(lang, "：", "：", ": ")),
        None => s,
    }
}

/// The limits by meter size in one sentence, with what larger meters get,
/// and their condition once where they share it.
fn by_size(sizes: &[&UtilityLimit], larger: Option<&UtilityLimit>, lang: Lang) -> String {
    let all = || sizes.iter().copied().chain(larger);
    let shared = sizes.first().and_then(|l| l.condition.as_ref());
    let shared = shared.filter(|c| all().all(|l| l.condition.as_ref() == Some(*c)));
    let clause = |l: &UtilityLimit| match (&l.condition, shared) {
        (Some(c), None) => format!(
            "{}{}",
            limit_clause(l, lang),
            pick_format!(lang, "（{}）", "（{}）", " ({})", c.get(lang))
        ),
        _ => limit_clause(l, lang),
    };
    let mut parts: Vec<String> = sizes.iter().map(|l| clause(l)).collect();
    let largest = sizes.iter().filter_map(|l| l.meter_dn_max).max();
    if let Some(max) = largest {
        let rest = larger.map_or_else(
            || pick(lang, "没有规定", "沒有規定", "no limit is set").to_string(),
            clause,
        );
        parts.push(pick_format!(
            lang,
            "大于DN{max}：{rest}",
            "大於DN{max}：{rest}",
            "larger than DN{max}: {rest}"
        ));
    }
    let list = parts.join(pick(lang, "；", "；", "; "));
    let mut s = pick_format!(
        lang,
        "时限取决于水表口径（您没有填写）：{list}。",
        "時限取決於水表口徑（您沒有填寫）：{list}。",
        "The limit turns on the water meter's size, which you did not give: {list}."
    );
    if let Some(c) = shared {
        s.push_str(&condition(c.get(lang), lang));
    }
    s
}

impl Explainer<'_, '_> {
    /// Every utility asked for, each in its own entry.
    pub(super) fn utilities(&self) -> UtilitiesView {
        let mut out = UtilitiesView::default();
        for u in &self.d.utilities {
            *out.slot(u.utility) = Some(self.utility(u));
        }
        out
    }

    fn limit_view(&self, l: &UtilityLimit) -> UtilityLimitView {
        UtilityLimitView {
            value: l.value,
            unit: l.unit,
            scope: l.scope.clone(),
            meter_dn_max: l.meter_dn_max,
            condition: l.condition.clone(),
            note: l.note.clone(),
            citation: self.cite(&l.cite),
        }
    }

    /// The limits a stage shows: the one for the case, or one per size.
    fn limit_views(&self, l: &Limit) -> Vec<UtilityLimitView> {
        match l {
            Limit::Set(x) => vec![self.limit_view(x)],
            Limit::BySize { sizes, larger } => sizes
                .iter()
                .chain(larger.iter())
                .map(|x| self.limit_view(x))
                .collect(),
            Limit::NotForCase | Limit::None => Vec::new(),
        }
    }

    fn utility(&self, u: &UtilityDecision) -> UtilityView {
        let d = self.d;
        let stages = u.stages.map_or_else(Vec::new, |(_, r)| {
            r.stages
                .iter()
                .zip(&u.stage_limits)
                .map(|(s, l)| UtilityStageView {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    limits: self.limit_views(l),
                    counts_toward_total: s.counts_toward_total,
                    note: s.note.clone(),
                    citation: self.cite(&s.cite),
                })
                .collect()
        });
        let hours = u.limit.set().filter(|l| l.unit == TimeUnit::Hours);
        let water = u.utility == Utility::Water;
        let meter_fee = water.then(|| self.meter_fee(u));
        UtilityView {
            utility: u.utility,
            name: self.text(|l| name(u.utility, l).to_string()),
            covered: u.covered,
            summary: self.text(|l| self.summary(u, l)),
            from: u
                .limit_from
                .or(u.stages.map(|(j, _)| j))
                .map(|j| j.id.clone()),
            stages,
            stages_citation: u
                .stages
                .and_then(|(_, r)| r.stages_cite.as_ref())
                .map(|c| self.cite(c)),
            time_limit: u.limit.set().map(|l| self.limit_view(l)),
            completion_date: u.completion,
            completion_note: hours.map(|l| self.text(|lang| self.hours_note(l, u, lang))),
            completion_citation: hours.and_then(|_| self.reference("hour_counting")),
            depends_on: depends_on(u, d.app.customer.is_none()),
            alternatives: self.alternatives(u),
            documents: self.documents(&u.documents),
            documents_note: (u.covered && u.documents.is_empty()).then(|| {
                self.text(|l| {
                    let place = d.jurisdiction().map_or("", |j| j.name.get(l));
                    let n = word(u.utility, l);
                    pick_format!(
                        l,
                        "{place}的文件没有列出{n}的申请材料。",
                        "{place}的文件沒有列出{n}的申請材料。",
                        "{place}'s sources list no documents for the {n}."
                    )
                })
            }),
            costs: u
                .costs
                .iter()
                .map(|p| CostPartView {
                    id: p.id.clone(),
                    part: p.part.clone(),
                    payer: p.payer,
                    note: p.note.clone(),
                    citation: self.cite(&p.cite),
                })
                .collect(),
            meter_fee_waived: meter_fee.as_ref().map(|m| m.waived),
            meter_fee,
            commitments: u
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
            notes: u
                .notes
                .iter()
                .map(|n| Warning {
                    code: n.id.to_string(),
                    kind: match n.kind {
                        NoteKind::Conflict => WarningKind::Conflict,
                        NoteKind::Interpretation => WarningKind::Interpretation,
                        NoteKind::Info => WarningKind::Info,
                    },
                    text: n.text.clone(),
                    citations: n.cites.iter().map(|c| self.cite(c)).collect(),
                })
                .collect(),
        }
    }

    /// The answer in a sentence or two.
    fn summary(&self, u: &UtilityDecision, lang: Lang) -> String {
        let d = self.d;
        let n = word(u.utility, lang);
        let place = d.jurisdiction().map_or("", |j| j.name.get(lang));
        if !u.covered {
            let who = company(u.utility, lang);
            let costs = if u.costs.is_empty() {
                ""
            } else {
                pick(
                    lang,
                    "下面只列出适用的费用规定。",
                    "下面只列出適用的費用規定。",
                    " Only the rules on costs below apply.",
                )
            };
            return pick_format!(
                lang,
                "所依据的文件（{place}及国家规定）没有规定{n}的环节和时限；这里不作推测，请向{who}咨询。{costs}",
                "所依據的文件（{place}及國家規定）沒有規定{n}的環節和時限；這裡不作推測，請向{who}諮詢。{costs}",
                "The sources ({place} and national rules) set no stages or time limit for the {n}; nothing is guessed here, so ask {who}.{costs}"
            );
        }
        match &u.limit {
            Limit::Set(l) => self.set_summary(u, l, lang),
            Limit::BySize { sizes, larger } => by_size(sizes, *larger, lang),
            Limit::NotForCase => self.not_for_case(u, lang),
            Limit::None => pick_format!(
                lang,
                "{place}的文件规定了{n}的办理阶段，但没有规定总时限。",
                "{place}的文件規定了{n}的辦理階段，但沒有規定總時限。",
                "{place}'s sources set the stages of the {n} but no total time limit."
            ),
        }
    }

    /// "不超过3个工作日（…），即2026年6月4日前。"
    fn set_summary(&self, u: &UtilityDecision, l: &UtilityLimit, lang: Lang) -> String {
        let limit = match lang.here() {
            Lang::En => capitalise(&limit_words(l.value, l.unit, lang)),
            _ => limit_words(l.value, l.unit, lang),
        };
        let scope = l.scope.get(lang).trim_end_matches(['。', '.']);
        let mut s = match (u.completion, l.unit) {
            (Some(date), TimeUnit::WorkingDays) => {
                let date = words::date(date, lang);
                pick_format!(
                    lang,
                    "{limit}：最迟{date}。{scope}。",
                    "{limit}：最遲{date}。{scope}。",
                    "{limit}: by {date} at the latest. {scope}."
                )
            }
            _ => pick_format!(
                lang,
                "{limit}。{scope}。",
                "{limit}。{scope}。",
                "{limit}. {scope}."
            ),
        };
        if let Some(c) = &l.condition {
            s.push_str(&condition(c.get(lang), lang));
        }
        s
    }

    /// The sources set limits, but none for this case.
    fn not_for_case(&self, u: &UtilityDecision, lang: Lang) -> String {
        let place = self.d.jurisdiction().map_or("", |j| j.name.get(lang));
        let n = word(u.utility, lang);
        let largest = u
            .levels
            .iter()
            .find(|(_, r)| !r.limits.is_empty())
            .and_then(|(_, r)| r.limits.iter().filter_map(|l| l.meter_dn_max).max());
        let dn = self.d.app.water_meter_dn;
        match (dn, largest) {
            (Some(dn), Some(max)) if dn > max => pick_format!(
                lang,
                "{place}的文件只规定了DN{max}及以下水表的{n}时限；您的水表是DN{dn}，文件没有规定时限。",
                "{place}的文件只規定了DN{max}及以下水表的{n}時限；您的水表是DN{dn}，文件沒有規定時限。",
                "{place}'s sources set the {n} time limit only for meters of DN{max} or smaller; yours is DN{dn}, so no limit is set."
            ),
            _ => pick_format!(
                lang,
                "{place}的文件规定了{n}的时限，但没有您这类用户的时限。",
                "{place}的文件規定了{n}的時限，但沒有您這類用戶的時限。",
                "{place}'s sources set {n} time limits, but none for your kind of customer."
            ),
        }
    }

    /// What a limit in hours means as a date.
    fn hours_note(&self, l: &UtilityLimit, u: &UtilityDecision, lang: Lang) -> String {
        let h = l.value;
        let start = words::date(self.d.start, lang);
        match u.completion {
            Some(end) => {
                let end = words::date(end, lang);
                pick_format!(
                    lang,
                    "{h}小时从受理时起连续计算（《民法典》第二百零一条），周末和节假日也计算在内：如在{start}受理，最迟在{end}的同一时刻办结。",
                    "{h}小時從受理時起連續計算（《民法典》第二百零一條），週末和節假日也計算在內：如在{start}受理，最遲在{end}的同一時刻辦結。",
                    "The {h} hours run around the clock from the moment the application is accepted (Civil Code art. 201), weekends and holidays included: if it is accepted on {start}, it is done by the same time on {end} at the latest."
                )
            }
            None => pick_format!(
                lang,
                "{h}小时从受理时起连续计算（《民法典》第二百零一条）；本页不知道受理的时刻，因此不给出日期。",
                "{h}小時從受理時起連續計算（《民法典》第二百零一條）；本頁不知道受理的時刻，因此不給出日期。",
                "The {h} hours run around the clock from the moment the application is accepted (Civil Code art. 201); the hour is not known here, so no date is given."
            ),
        }
    }

    fn alternatives(&self, u: &UtilityDecision) -> Vec<UtilityAlternativeView> {
        u.alternatives
            .iter()
            .map(|a| {
                let (field, value, label) = match a.answer {
                    Other::Customer(c) => (
                        Field::Customer,
                        c.key().to_string(),
                        words::if_answer(Answer::Customer(c)),
                    ),
                    Other::MeterUpTo(dn) => (
                        Field::WaterMeterDn,
                        dn.to_string(),
                        self.text(|l| {
                            pick_format!(
                                l,
                                "如水表口径在DN{dn}及以下",
                                "如水表口徑在DN{dn}及以下",
                                "If the meter is DN{dn} or smaller"
                            )
                        }),
                    ),
                    Other::MeterAbove(dn) => (
                        Field::WaterMeterDn,
                        format!(">{dn}"),
                        self.text(|l| {
                            pick_format!(
                                l,
                                "如水表口径大于DN{dn}",
                                "如水表口徑大於DN{dn}",
                                "If the meter is larger than DN{dn}"
                            )
                        }),
                    ),
                };
                UtilityAlternativeView {
                    field,
                    value,
                    label,
                    time_limit: a.limit.map(|l| self.limit_view(l)),
                    completion_date: a.completion,
                }
            })
            .collect()
    }

    /// The meter fee (water): waived, not, or what it turns on.
    fn meter_fee(&self, u: &UtilityDecision) -> MeterFeeView {
        let rule = match u.waiver {
            Waiver::Waived(w) | Waiver::BySize(w) => Some(w),
            _ => None,
        };
        let open_customer = u.waiver_depends_on_customer;
        MeterFeeView {
            waived: if open_customer {
                None
            } else {
                u.waiver.waived()
            },
            reason: self.text(|l| self.waiver_reason(u, l)),
            condition: rule.and_then(|w| w.condition.clone()),
            citation: rule.or_else(|| first_waiver(u)).map(|w| self.cite(&w.cite)),
        }
    }

    fn waiver_reason(&self, u: &UtilityDecision, lang: Lang) -> String {
        let dn = self.d.app.water_meter_dn;
        let mut s = match u.waiver {
            Waiver::Waived(w) => match (&w.condition, w.meter_dn_max) {
                (None, Some(max)) => pick_format!(
                    lang,
                    "免收水表安装费：水表口径在DN{max}及以下。",
                    "免收水表安裝費：水表口徑在DN{max}及以下。",
                    "The meter installation fee is waived: the meter is DN{max} or smaller."
                ),
                (None, None) => pick(
                    lang,
                    "免收水表安装费。",
                    "免收水表安裝費。",
                    "The meter installation fee is waived.",
                )
                .to_string(),
                (Some(c), _) => pick_format!(
                    lang,
                    "如果您是{}，免收水表安装费；答案无法确定这一点。",
                    "如果您是{}，免收水表安裝費；答案無法確定這一點。",
                    "If you are one of the {}, the meter installation fee is waived; your answers cannot settle that.",
                    c.get(lang)
                ),
            },
            Waiver::BySize(w) => {
                let max = w.meter_dn_max.unwrap_or_default();
                pick_format!(
                    lang,
                    "取决于水表口径（您没有填写）：DN{max}及以下免收水表安装费。",
                    "取決於水表口徑（您沒有填寫）：DN{max}及以下免收水表安裝費。",
                    "It turns on the meter's size, which you did not give: the fee is waived for DN{max} or smaller."
                )
            }
            Waiver::NotForCase => not_waived(u, dn, lang),
            Waiver::NoRule => pick(
                lang,
                "所依据的文件没有规定免收水表安装费。",
                "所依據的文件沒有規定免收水表安裝費。",
                "The sources set no waiver of the meter installation fee.",
            )
            .to_string(),
        };
        if u.waiver_depends_on_customer {
            s.push_str(pick(
                lang,
                "是否免收还取决于用户类别（您没有回答）。",
                "是否免收還取決於用戶類別（您沒有回答）。",
                " Whether it is waived also turns on the type of customer, which you did not give.",
            ));
        }
        s
    }
}

/// Why the waiver does not reach the case: the meter is too large, or it is
/// for other customers. What is charged instead the sources do not say.
fn not_waived(u: &UtilityDecision, dn: Option<u32>, lang: Lang) -> String {
    let rules: Vec<&MeterFeeWaiver> = u
        .levels
        .iter()
        .find(|(_, r)| !r.meter_fee_waivers.is_empty())
        .map_or_else(Vec::new, |(_, r)| r.meter_fee_waivers.iter().collect());
    let max = rules.iter().filter_map(|w| w.meter_dn_max).max();
    let open = pick(
        lang,
        "是否收费、收多少，文件没有说明。",
        "是否收費、收多少，文件沒有說明。",
        " Whether a fee is charged, and how much, the sources do not say.",
    );
    if let (Some(dn), Some(max)) = (dn, max) {
        if dn > max {
            return pick_format!(
                lang,
                "不在免收范围内：免收水表安装费只限DN{max}及以下的水表，您的是DN{dn}。{open}",
                "不在免收範圍內：免收水表安裝費只限DN{max}及以下的水表，您的是DN{dn}。{open}",
                "Not waived: the waiver covers meters of DN{max} or smaller only, and yours is DN{dn}.{open}"
            );
        }
    }
    let whom: Vec<String> = rules
        .iter()
        .map(|w| {
            let list = w.when.customer.iter().flatten();
            let who = words::list(list.map(|c| words::customer(*c, lang)), lang, ", ");
            match &w.condition {
                Some(c) => pick_format!(
                    lang,
                    "{who}（{}）",
                    "{who}（{}）",
                    "{who} ({})",
                    c.get(lang)
                ),
                None => who,
            }
        })
        .collect();
    let whom = whom.join(pick(lang, "；", "；", "; "));
    pick_format!(
        lang,
        "不在免收范围内：免收水表安装费只适用于：{whom}。{open}",
        "不在免收範圍內：免收水表安裝費只適用於：{whom}。{open}",
        "Not waived: the waiver covers only {whom}.{open}"
    )
}

/// The first waiver rule a place has, to cite where none applies.
fn first_waiver<'a>(u: &UtilityDecision<'a>) -> Option<&'a MeterFeeWaiver> {
    u.levels
        .iter()
        .find_map(|(_, r)| r.meter_fee_waivers.first())
}

/// The unanswered questions a utility's answer turns on.
fn depends_on(u: &UtilityDecision, customer_open: bool) -> Vec<Field> {
    let mut out = Vec::new();
    let by_customer = u
        .alternatives
        .iter()
        .any(|a| matches!(a.answer, Other::Customer(_)));
    if customer_open && (by_customer || u.waiver_depends_on_customer) {
        out.push(Field::Customer);
    }
    let by_size = matches!(u.limit, Limit::BySize { .. }) || matches!(u.waiver, Waiver::BySize(_));
    if by_size {
        out.push(Field::WaterMeterDn);
    }
    out
}

/// "up to …" → "Up to …" (English sentences start with a capital; the
/// English words here are ASCII).
fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A text in all three languages from one function (for tests).
#[cfg(test)]
fn all(f: impl Fn(Lang) -> String) -> Text {
    Text::new(f(Lang::ZhHans), f(Lang::ZhHant), f(Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_written_in_each_language_with_their_unit() {
        let t = all(|l| limit_words(72, TimeUnit::Hours, l));
        assert_eq!(&*t.zh_hans, "不超过72小时");
        assert_eq!(&*t.en, "up to 72 hours");
        let t = all(|l| limit_words(4, TimeUnit::WorkingDays, l));
        assert_eq!(&*t.zh_hant, "不超過4個工作日");
        assert_eq!(capitalise("up to 4 working days"), "Up to 4 working days");
    }
}
