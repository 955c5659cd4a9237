//! The zero-investment sentences: the verdict's reason, the unit conversion,
//! the near miss.

use super::words::{self, pick, pick_format};
use super::Explainer;
use crate::assessment::{
    CapView, Conversion, NationalZeroView, ScenarioVerdict, Verdict, ZeroInvestmentView,
};
use crate::capacity::{Capacity, Unit};
use crate::engine::scenario::Answer;
use crate::engine::zero::{self, Outcome};
use crate::model::{Application, Voltage};
use crate::policy::{CapValue, Condition, ZeroInvestmentRule};
use crate::text::Lang;

/// Whom a rule's cap is for: its one area, else its customers ("该情形" when neither).
fn whom(rule: &ZeroInvestmentRule, lang: Lang) -> String {
    if let Some([a]) = rule.when.area.as_deref() {
        return words::area(*a, lang).to_string();
    }
    match rule.when.customer.as_deref() {
        Some(list) if !list.is_empty() => words::list(
            list.iter().map(|c| words::customer(*c, lang)),
            lang,
            " and ",
        ),
        _ => pick(lang, "该情形", "該情形", "this case").to_string(),
    }
}

fn cap_text(c: CapValue) -> String {
    format!("{} {}", c.value, c.unit.symbol())
}

/// Civil Code art. 1259 in both directions, for a cap that includes its value or not.
fn bound_rule(inclusive: bool, lang: Lang) -> &'static str {
    if inclusive {
        pick(
            lang,
            "（含本数：按《民法典》第一千二百五十九条，“以下”“以内”包括本数，“不满”“超过”不包括本数）",
            "（含本數：按《民法典》第一千二百五十九條，「以下」「以內」包括本數，「不滿」「超過」不包括本數）",
            " (the cap itself included: under Civil Code art. 1259, 以下 and 以内 include the number, 不满 and 超过 do not)",
        )
    } else {
        pick(
            lang,
            "（不含本数：按《民法典》第一千二百五十九条，“不满”“超过”不包括本数，“以下”“以内”包括本数）",
            "（不含本數：按《民法典》第一千二百五十九條，「不滿」「超過」不包括本數，「以下」「以內」包括本數）",
            " (the cap itself excluded: under Civil Code art. 1259, 不满 and 超过 do not include the number, 以下 and 以内 do)",
        )
    }
}

/// Why a condition of the closest rule is not met, as a clause of the reason.
fn unmet(c: &Condition, voltage: Voltage, lang: Lang) -> String {
    let only =
        |list: String| pick(lang, "只适用于", "只適用於", "it covers only ").to_string() + &list;
    match c {
        Condition::Voltage => {
            let v = words::voltage(voltage);
            pick_format!(
                lang,
                "零投资只适用于低压接入，您的接入电压为{v}",
                "零投資只適用於低壓接入，您的接入電壓為{v}",
                "zero investment covers low-voltage connections only, and yours is at {v}"
            )
        }
        Condition::Customer(list) => only(words::list(
            list.iter().map(|c| words::customer(*c, lang)),
            lang,
            " and ",
        )),
        Condition::Area(list) => only(words::list(
            list.iter().map(|a| words::area(*a, lang)),
            lang,
            " and ",
        )),
        Condition::Temporary(false) => pick(
            lang,
            "只适用于永久用电",
            "只適用於永久用電",
            "it covers permanent supply only",
        )
        .into(),
        Condition::Temporary(true) => pick(
            lang,
            "只适用于临时用电",
            "只適用於臨時用電",
            "it covers temporary supply only",
        )
        .into(),
        Condition::InForce => pick(
            lang,
            "在您的申请日尚未生效",
            "在您的申請日尚未生效",
            "it is not in force on your application date",
        )
        .into(),
        _ => pick(lang, "条件不符", "條件不符", "the conditions are not met").into(),
    }
}

/// The verdict's lead ("适用零投资：") where the reason has one.
fn lead(o: &Outcome, lang: Lang) -> &'static str {
    match o {
        Outcome::Within(r) if r.cap.is_some() => pick(
            lang,
            "适用零投资：",
            "適用零投資：",
            "Zero investment applies: ",
        ),
        Outcome::Within(_) | Outcome::NoRule => "",
        _ => pick(
            lang,
            "不适用零投资：",
            "不適用零投資：",
            "Zero investment does not apply: ",
        ),
    }
}

/// The reason after its lead: why the outcome is what it is.
fn body(o: &Outcome, app: &Application, voltage: Voltage, lang: Lang) -> String {
    let pf = app.power_factor;
    match o {
        Outcome::Within(r) => match r.cap {
            Some(c) => {
                let mine = words::capacity(&app.capacity.in_unit(c.unit, pf));
                let (cap, a) = (cap_text(c), whom(r, lang));
                let rule = bound_rule(c.inclusive, lang);
                if c.inclusive {
                    pick_format!(
                        lang,
                        "{mine}不超过{a}的上限{cap}{rule}。",
                        "{mine}不超過{a}的上限{cap}{rule}。",
                        "{mine} is within the {cap} cap for {a}{rule}."
                    )
                } else {
                    pick_format!(
                        lang,
                        "{mine}低于{a}的上限{cap}{rule}。",
                        "{mine}低於{a}的上限{cap}{rule}。",
                        "{mine} is below the {cap} cap for {a}{rule}."
                    )
                }
            }
            None => pick(
                lang,
                "适用零投资。",
                "適用零投資。",
                "Zero investment applies.",
            )
            .into(),
        },
        Outcome::Excluded(r) => r.covers.get(lang).to_string(),
        Outcome::OverCap { rule, cap, .. } => {
            let mine = words::capacity(&app.capacity.in_unit(cap.unit, pf));
            let (c, a) = (cap_text(*cap), whom(rule, lang));
            if cap.inclusive {
                pick_format!(
                    lang,
                    "{mine}超过{a}的上限{c}。",
                    "{mine}超過{a}的上限{c}。",
                    "{mine} is above the {c} cap for {a}."
                )
            } else {
                let rule = bound_rule(false, lang);
                pick_format!(
                    lang,
                    "{mine}未低于{a}的上限{c}{rule}。",
                    "{mine}未低於{a}的上限{c}{rule}。",
                    "{mine} is not below the {c} cap for {a}{rule}."
                )
            }
        }
        Outcome::Unmet { conditions, .. } => {
            let why: Vec<String> = conditions.iter().map(|c| unmet(c, voltage, lang)).collect();
            let sep = pick(lang, "；", "；", "; ");
            let stop = pick(lang, "。", "。", ".");
            format!("{}{stop}", why.join(sep))
        }
        Outcome::NoRule => pick(
            lang,
            "所依据的文件没有适用于此情形的零投资规定。",
            "所依據的文件沒有適用於此情形的零投資規定。",
            "The sources have no zero-investment rule for this case.",
        )
        .into(),
    }
}

/// "适用零投资：…" / "Zero investment does not apply: …" for one outcome.
pub fn reason(o: &Outcome, app: &Application, voltage: Voltage, lang: Lang) -> String {
    format!("{}{}", lead(o, lang), body(o, app, voltage, lang))
}

/// The reason when the verdict depends on an unanswered question: the main
/// case's reason, then the answers under which it would apply.
pub fn depends_reason(main: &str, depends_on: &[(Answer, bool)], lang: Lang) -> String {
    let lead = pick(
        lang,
        "是否适用零投资取决于您未回答的问题。按已知回答：",
        "是否適用零投資取決於您未回答的問題。按已知回答：",
        "Whether zero investment applies depends on a question you left open. With the answers given: ",
    );
    let ifs: Vec<&str> = depends_on
        .iter()
        .filter(|(_, applies)| *applies)
        .map(|(a, _)| match a {
            Answer::Customer(c) => words::customer(*c, lang),
            Answer::Area(a) => words::area(*a, lang),
            _ => "",
        })
        .collect();
    if ifs.is_empty() {
        return format!("{lead}{main}");
    }
    let tail = pick(
        lang,
        " 适用的情形：",
        " 適用的情形：",
        " It would apply for: ",
    );
    format!("{lead}{main}{tail}{}", words::list(ifs, lang, ", "))
}

/// "You gave 90 kW; this rule is in kVA. …" with the break-even power factor.
pub fn conversion(c: &zero::Conversion, app: &Application, lang: Lang) -> String {
    let g = words::capacity(&app.capacity);
    let (u, pf, conv) = (
        c.unit.symbol(),
        app.power_factor,
        words::capacity(&c.converted),
    );
    let head = pick_format!(
        lang,
        "您填写的是{g}，该规定以{u}计；按功率因数{pf}换算为{conv}。",
        "您填寫的是{g}，該規定以{u}計；按功率因數{pf}換算為{conv}。",
        "You gave {g}; this rule is in {u}. At power factor {pf} that is {conv}."
    );
    let Some(b) = c.break_even else {
        return head;
    };
    let cond = if c.unit == Unit::Kva {
        pick_format!(
            lang,
            "功率因数不低于{b}时适用。",
            "功率因數不低於{b}時適用。",
            "It applies if your power factor is at least {b}."
        )
    } else {
        pick_format!(
            lang,
            "功率因数不高于{b}时适用。",
            "功率因數不高於{b}時適用。",
            "It applies if your power factor is at most {b}."
        )
    };
    let sep = if lang.here() == Lang::En { " " } else { "" };
    format!("{head}{sep}{cond}")
}

/// "比…的上限高出 1 kVA：…" for a capacity just over the cap.
pub fn near_miss(
    rule: &ZeroInvestmentRule,
    cap: CapValue,
    excess: &Capacity,
    lang: Lang,
) -> String {
    let (over, a, c) = (words::capacity(excess), whom(rule, lang), cap_text(cap));
    if !cap.inclusive {
        return pick_format!(
            lang,
            "已达到{a}的上限{c}（不含本数）：容量不满{c}时，电网侧接入工程将不需要您出资。",
            "已達到{a}的上限{c}（不含本數）：容量不滿{c}時，電網側接入工程將不需要您出資。",
            "at or above the cap for {a} ({c} itself excluded): below {c} the grid-side works would cost you nothing."
        );
    }
    pick_format!(
        lang,
        "比{a}的上限高出{over}：如将容量控制在{c}以内，电网侧接入工程将不需要您出资。",
        "比{a}的上限高出{over}：如將容量控制在{c}以內，電網側接入工程將不需要您出資。",
        "{over} above the cap for {a}: at {c} the grid-side works would cost you nothing."
    )
}

/// "适用零投资" / "Zero investment does not apply" / "…: it depends".
fn verdict_words(status: Verdict, lang: Lang) -> &'static str {
    match status {
        Verdict::Yes => pick(lang, "适用零投资", "適用零投資", "Zero investment applies"),
        Verdict::No => pick(
            lang,
            "不适用零投资",
            "不適用零投資",
            "Zero investment does not apply",
        ),
        Verdict::Depends => pick(
            lang,
            "零投资：视情况而定",
            "零投資：視情況而定",
            "Zero investment: it depends",
        ),
    }
}

/// Both verdicts, when the national rule in force is more favourable than the
/// place's own: "阳江市（2020年的规定）：不适用；国家规定（2023年1月1日起）：适用——…".
fn both_verdicts(
    place: &str,
    year: Option<&str>,
    local: Verdict,
    since: Option<chrono::NaiveDate>,
    lang: Lang,
) -> String {
    let local = match local {
        Verdict::Depends => pick(lang, "视情况而定", "視情況而定", "it depends"),
        _ => pick(lang, "不适用", "不適用", "no"),
    };
    let whose = match (year, lang.here()) {
        (Some(y), Lang::En) => format!("{place} ({y} rules)"),
        (Some(y), Lang::ZhHant) => format!("{place}（{y}年的規定）"),
        (Some(y), _) => format!("{place}（{y}年的规定）"),
        (None, _) => place.to_string(),
    };
    let since = since.map(|d| words::date(d, lang));
    match (lang.here(), since) {
        (Lang::En, Some(d)) => format!(
            "{whose}: {local}; national rule since {d}: yes — ask the utility which it applies"
        ),
        (Lang::En, None) => format!(
            "{whose}: {local}; national rule in force: yes — ask the utility which it applies"
        ),
        (Lang::ZhHant, Some(d)) => {
            format!("{whose}：{local}；國家規定（{d}起）：適用——請向供電企業確認按哪項執行")
        }
        (Lang::ZhHant, None) => {
            format!("{whose}：{local}；現行國家規定：適用——請向供電企業確認按哪項執行")
        }
        (_, Some(d)) => {
            format!("{whose}：{local}；国家规定（{d}起）：适用——请向供电企业确认按哪项执行")
        }
        (_, None) => format!("{whose}：{local}；现行国家规定：适用——请向供电企业确认按哪项执行"),
    }
}

impl Explainer<'_, '_> {
    /// The national rules' verdict beside the place's own.
    fn national_zero(&self, o: &Outcome) -> NationalZeroView {
        let d = self.d;
        let (app, voltage) = (d.app, d.main.facts.voltage);
        let rule = o.rule();
        let applies = o.applies();
        NationalZeroView {
            applies,
            rule: rule.map(|r| r.id.clone()),
            cap: o.cap().map(|c| cap_view(rule, c)),
            reason: self.text(|l| reason(o, app, voltage, l)),
            since: rule.and_then(|r| r.when.from),
            condition: rule.filter(|_| applies).and_then(|r| r.condition.clone()),
            conversion: o
                .cap()
                .and_then(|c| zero::conversion(&app.capacity, app.power_factor, c))
                .map(|c| self.conversion_view(&c)),
            note: rule.and_then(|r| r.note.clone()),
            citation: rule.map(|r| self.cite(&r.cite)),
        }
    }

    fn conversion_view(&self, c: &zero::Conversion) -> Conversion {
        let app = self.d.app;
        Conversion {
            given: words::capacity(&app.capacity),
            converted: words::capacity(&c.converted),
            power_factor: app.power_factor.to_string(),
            depends_on_conversion: c.break_even.is_some(),
            break_even_power_factor: c.break_even.map(|b| b.to_string()),
            text: self.text(|l| conversion(c, app, l)),
        }
    }

    /// The verdict's headline: both verdicts when the national rule in force is
    /// more favourable than the place's own (`favourable`).
    fn headline(
        &self,
        status: Verdict,
        favourable: Option<&NationalZeroView>,
    ) -> crate::text::Text {
        let d = self.d;
        match favourable {
            Some(n) => {
                let place = d.jurisdiction().map(|j| &j.name);
                let year = d
                    .main
                    .zero
                    .rule()
                    .and_then(|r| self.source_of(&r.cite))
                    .and_then(|s| s.issued.as_deref())
                    .map(|i| &i[..4.min(i.len())]);
                self.text(|l| {
                    both_verdicts(place.map_or("", |p| p.get(l)), year, status, n.since, l)
                })
            }
            None => self.text(|l| verdict_words(status, l).to_string()),
        }
    }

    /// The zero-investment part of the result.
    pub fn zero_investment(&self) -> ZeroInvestmentView {
        let d = self.d;
        let (app, z) = (d.app, &d.zero);
        let o = &d.main.zero;
        let rule = o.rule();
        let applies = o.applies();
        let voltage = d.main.facts.voltage;
        let depends = z.status == Verdict::Depends;
        let national = d.main.national_zero.as_ref().map(|n| self.national_zero(n));
        // The national rule in force is more favourable than the place's own.
        let favourable = national
            .as_ref()
            .filter(|n| n.applies && z.status != Verdict::Yes);
        let headline = self.headline(z.status, favourable);
        let reason = self.text(|l| {
            let main = reason(o, app, voltage, l);
            let main = if depends {
                depends_reason(&main, &z.depends_on, l)
            } else {
                main
            };
            match favourable {
                Some(n) => {
                    let stop = pick(l, "。", "。", ". ");
                    let nat = pick(l, "国家规定：", "國家規定：", "National rule: ");
                    format!(
                        "{}{stop}{main}{}{nat}{}",
                        headline.get(l),
                        if l.here() == Lang::En { " " } else { "" },
                        n.reason.get(l)
                    )
                }
                None => main,
            }
        });
        // Under a heading that already gives the verdict, only the why.
        let detail = if depends {
            reason.clone()
        } else {
            self.text(|l| body(o, app, voltage, l))
        };
        ZeroInvestmentView {
            headline,
            applies: z.status == Verdict::Yes,
            status: z.status,
            rule: rule.map(|r| r.id.clone()),
            cap: o.cap().map(|c| cap_view(rule, c)),
            reason,
            detail,
            covers: rule.filter(|_| applies).map(|r| r.covers.clone()),
            condition: rule.filter(|_| applies).and_then(|r| r.condition.clone()),
            conversion: z.conversion.map(|c| self.conversion_view(&c)),
            near_miss: match o {
                Outcome::OverCap { rule, cap, excess } => {
                    Some(self.text(|l| near_miss(rule, *cap, excess, l)))
                }
                _ => None,
            },
            depends_on: z
                .depends_on
                .iter()
                .map(|(a, applies)| ScenarioVerdict {
                    field: a.field(),
                    value: a.key().to_string(),
                    applies: *applies,
                })
                .collect(),
            note: rule.and_then(|r| r.note.clone()),
            citation: rule.map(|r| self.cite(&r.cite)),
            cap_citation: rule.and_then(|r| r.cap_cite.as_ref()).map(|c| self.cite(c)),
            bound_citation: matches!(o, Outcome::Within(r) if r.cap.is_some())
                .then(|| self.reference("inclusive_bounds"))
                .flatten(),
            national,
        }
    }
}

fn cap_view(rule: Option<&ZeroInvestmentRule>, c: CapValue) -> CapView {
    CapView {
        value: c.value,
        unit: c.unit,
        area: rule
            .and_then(|r| r.when.area.as_deref())
            .and_then(|a| (a.len() == 1).then_some(a[0])),
        inclusive: true,
    }
}
