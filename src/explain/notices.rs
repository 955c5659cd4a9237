//! The sentences of the notices (the result's `warnings`).

use super::words::{self, pick, pick_format};
use super::Explainer;
use crate::assessment::{Warning, ZeroInvestmentView};
use crate::engine::notices::Notice;
use crate::model::Voltage;
use crate::policy::{DaysKind, Jurisdiction, Source, TimeLimitRule, VoltageRule};
use crate::text::{Lang, Text};
use crate::tr;
use chrono::NaiveDate;

/// Why the voltage was inferred as it was.
pub fn voltage_basis(rule: Option<&VoltageRule>, voltage: Voltage, lang: Lang) -> String {
    let Some(r) = rule else {
        return pick(
            lang,
            "您未选择电压，且没有可依据的规定，暂按10千伏。",
            "您未選擇電壓，且沒有可依據的規定，暫按10千伏。",
            "You did not choose a voltage and no rule settles it, so 10 kV is assumed.",
        )
        .into();
    };
    let cap = words::capacity(&r.lv_max.capacity());
    let side = if voltage == Voltage::Lv {
        pick_format!(
            lang,
            "不超过{cap}，按低压（0.4千伏）供电。",
            "不超過{cap}，按低壓（0.4千伏）供電。",
            "at or below {cap}, so low voltage (0.4 kV)."
        )
    } else {
        pick_format!(
            lang,
            "超过低压上限{cap}，按10千伏供电（更大的负荷可能需要35千伏，由供电方案确定）。",
            "超過低壓上限{cap}，按10千伏供電（更大的負荷可能需要35千伏，由供電方案確定）。",
            "above the low-voltage limit of {cap}, so 10 kV (larger loads may need 35 kV; the supply plan decides)."
        )
    };
    let lead = pick(
        lang,
        "您未选择电压：容量",
        "您未選擇電壓：容量",
        "You did not choose a voltage: the capacity is ",
    );
    match &r.note {
        Some(n) => {
            let sep = if lang.here() == Lang::En { " " } else { "" };
            format!("{lead}{side}{sep}{}", n.get(lang))
        }
        None => format!("{lead}{side}"),
    }
}

/// The place's and the national low-voltage ranges, and which one is used.
fn both_ranges(place: &str, own: &VoltageRule, nat: &VoltageRule, lang: Lang) -> String {
    let (o, n) = (
        words::capacity(&own.lv_max.capacity()),
        words::capacity(&nat.lv_max.capacity()),
    );
    let since = nat.when.from.map(|d| words::date(d, lang));
    match (lang.here(), since) {
        (Lang::En, Some(d)) => format!(" ({place}: low voltage up to {o}; national rule since {d}: up to {n}. The higher range is used; the supply plan decides the actual voltage.)"),
        (Lang::En, None) => format!(" ({place}: low voltage up to {o}; national rule: up to {n}. The higher range is used; the supply plan decides the actual voltage.)"),
        (Lang::ZhHant, Some(d)) => format!("（{place}規定的低壓範圍：{o}；國家規定（{d}起）：{n}；按較高者推斷，實際電壓以供電方案為準。）"),
        (Lang::ZhHant, None) => format!("（{place}規定的低壓範圍：{o}；國家規定：{n}；按較高者推斷，實際電壓以供電方案為準。）"),
        (_, Some(d)) => format!("（{place}规定的低压范围：{o}；国家规定（{d}起）：{n}；按较高者推断，实际电压以供电方案为准。）"),
        (_, None) => format!("（{place}规定的低压范围：{o}；国家规定：{n}；按较高者推断，实际电压以供电方案为准。）"),
    }
}

/// "《…》": a title in book-title marks, once.
fn book_title(title: &str) -> String {
    if title.starts_with('《') {
        title.to_string()
    } else {
        format!("《{title}》")
    }
}

/// "National rule since …: at most N working days (…), shorter than the M here."
fn national_limit(
    own: &TimeLimitRule,
    national: &TimeLimitRule,
    ends: (chrono::NaiveDate, chrono::NaiveDate),
    l: Lang,
) -> String {
    let n = days_of(national.days, national.days_kind, l);
    let o = days_of(own.days, own.days_kind, l);
    let scope = national.scope.get(l).trim_end_matches(['。', '.']);
    let since = national.when.from.map(|d| words::date(d, l));
    let head = match (l.here(), since) {
        (Lang::En, Some(d)) => format!("National rule since {d}: "),
        (Lang::En, None) => "National rule: ".to_string(),
        (Lang::ZhHant, Some(d)) => format!("國家規定（{d}起）："),
        (Lang::ZhHant, None) => "國家規定：".to_string(),
        (Lang::ZhHans, Some(d)) => format!("国家规定（{d}起）："),
        (Lang::ZhHans, None) => "国家规定：".to_string(),
    };
    // Days of different kinds compare by the date each ends on.
    let (oe, ne) = (words::date(ends.0, l), words::date(ends.1, l));
    let same = own.days_kind == national.days_kind;
    let body = match (l.here(), same) {
        (Lang::En, true) => format!("at most {n} ({scope}), shorter than the {o} here."),
        (Lang::En, false) => {
            format!("at most {n} ({scope}), ending {ne}, before the {o} here (ending {oe}).")
        }
        (Lang::ZhHant, true) => format!("不超過{n}（{scope}），比本地規定的{o}更短。"),
        (Lang::ZhHant, false) => {
            format!("不超過{n}（{scope}），至{ne}，早於本地規定的{o}（至{oe}）。")
        }
        (_, true) => format!("不超过{n}（{scope}），比本地规定的{o}更短。"),
        (_, false) => format!("不超过{n}（{scope}），至{ne}，早于本地规定的{o}（至{oe}）。"),
    };
    let ask = pick(
        l,
        "请向供电企业确认按哪项执行。",
        "請向供電企業確認按哪項執行。",
        " Ask the utility which it applies.",
    );
    format!("{head}{body}{ask}")
}

/// "5 working days" / "10 calendar days" / "5个工作日" / "10天".
fn days_of(days: u32, kind: DaysKind, l: Lang) -> String {
    match (kind, l.here()) {
        (DaysKind::Working, Lang::En) => format!("{days} working days"),
        (DaysKind::Calendar, Lang::En) => format!("{days} calendar days"),
        (DaysKind::Working, Lang::ZhHant) => format!("{days}個工作日"),
        (DaysKind::Working, _) => format!("{days}个工作日"),
        (DaysKind::Calendar, _) => format!("{days}天"),
    }
}

/// "测试市的规定已于…到期；本结果按国家规定。" with whose rules decide instead.
fn expired(place: &Jurisdiction, until: NaiveDate, instead: &[&Jurisdiction], l: Lang) -> String {
    let (p, d) = (place.name.get(l), words::date(until, l));
    let names: Vec<&str> = instead.iter().map(|j| j.name.get(l)).collect();
    let used = words::list(names, l, ", ");
    match l.here() {
        Lang::ZhHans => format!("{p}的规定已于{d}到期；本结果改按{used}的规定。请向供电企业确认是否有新的本地规定。"),
        Lang::ZhHant => format!("{p}的規定已於{d}到期；本結果改按{used}的規定。請向供電企業確認是否有新的本地規定。"),
        Lang::En => format!("{p}'s rules for this case expired on {d}; this result uses the rules of {used} instead. Ask the utility whether newer local rules apply."),
    }
}

/// "The application date is before 《…》 took effect (…)."
fn not_yet_in_force(source: &Source, effective: &str, l: Lang) -> String {
    let t = source.title.get(l);
    // (The English wording quotes the title; no book-title marks.)
    match l.here() {
        Lang::ZhHans => {
            format!("申请日早于{}的生效时间（{effective}）。", book_title(t))
        }
        Lang::ZhHant => {
            format!("申請日早於{}的生效時間（{effective}）。", book_title(t))
        }
        Lang::En => {
            format!("The application date is before “{t}” took effect ({effective}).")
        }
    }
}

/// "The application date is before 《…》 was issued (…); it states no effective date."
fn not_yet_issued(source: &Source, issued: &str, l: Lang) -> String {
    let t = source.title.get(l);
    match l.here() {
        Lang::ZhHans => format!(
            "申请日早于{}的印发日期（{issued}）；文件没有写明生效日期。",
            book_title(t)
        ),
        Lang::ZhHant => format!(
            "申請日早於{}的印發日期（{issued}）；文件沒有寫明生效日期。",
            book_title(t)
        ),
        Lang::En => format!(
            "The application date is before “{t}” was issued ({issued}); the document states no effective date."
        ),
    }
}

/// The notices whose sentence is fixed and cites nothing.
fn fixed_sentence(n: &Notice) -> Option<Text> {
    Some(match n {
        Notice::CapacityUnitAssumed => tr!(
            "容量未写单位，按千伏安（kVA）理解。",
            "容量未寫單位，按千伏安（kVA）理解。",
            "The capacity has no unit, so it was read as kVA."
        ),
        Notice::NoStages => tr!(
            "所依据的文件没有规定这种情形的办理环节，请向供电企业咨询。",
            "所依據的文件沒有規定這種情形的辦理環節，請向供電企業諮詢。",
            "The sources do not set the stages for this case; ask the utility."
        ),
        Notice::NoTimeLimit => tr!(
            "所依据的文件没有规定这种情形的总时限。",
            "所依據的文件沒有規定這種情形的總時限。",
            "The sources set no total time limit for this case."
        ),
        Notice::NoDocuments => tr!(
            "所依据的文件没有列出这种情形的申请材料，请向供电企业确认。",
            "所依據的文件沒有列出這種情形的申請材料，請向供電企業確認。",
            "The sources list no application documents for this case; check with the utility."
        ),
        Notice::DocumentsAsCompany => tr!(
            "政策文件没有单独规定个体工商户的申请材料，这里按企业（公司）列出；是否有不同，请向供电企业确认。",
            "政策文件沒有單獨規定個體工商戶的申請材料，這裡按企業（公司）列出；是否有不同，請向供電企業確認。",
            "The policy sets no separate documents for an individual business (个体工商户), so a company's documents are shown; ask the utility whether yours differ."
        ),
        _ => return None,
    })
}

impl Explainer<'_, '_> {
    /// One notice as the result lists it.
    /// The rules the inferred voltage rests on, each cited once.
    fn voltage_cites(&self) -> Vec<crate::assessment::Citation> {
        let (own, nat) = self.d.main.voltage_ranges;
        let rules = self.d.main.voltage_rule.into_iter().chain(own).chain(nat);
        let mut cites: Vec<_> = Vec::new();
        for r in rules {
            let c = self.cite(&r.cite);
            if !cites.contains(&c) {
                cites.push(c);
            }
        }
        cites
    }

    pub fn warning(&self, n: &Notice, zero: &ZeroInvestmentView) -> Warning {
        let (text, citations) = match n {
            Notice::CapacityUnitAssumed
            | Notice::NoStages
            | Notice::NoTimeLimit
            | Notice::NoDocuments
            | Notice::DocumentsAsCompany => (fixed_sentence(n).unwrap_or_default(), vec![]),
            Notice::VoltageInferred => (self.voltage_basis(), self.voltage_cites()),
            Notice::NationalTimeLimit {
                own,
                national,
                ends,
            } => (
                self.text(|l| national_limit(own, national, *ends, l)),
                vec![self.cite(&national.cite), self.cite(&own.cite)],
            ),
            Notice::AverageTarget(t) => (
                self.text(|l| {
                    let d = t.days;
                    pick_format!(
                        l,
                        "{d}个工作日是平均目标，不是每户都必须达到的上限。",
                        "{d}個工作日是平均目標，不是每戶都必須達到的上限。",
                        "The {d} working days are an average target, not a limit every case must meet."
                    )
                }),
                vec![self.cite(&t.cite)],
            ),
            Notice::NearMiss => (
                zero.near_miss.clone().unwrap_or_default(),
                zero.citation.iter().cloned().collect(),
            ),
            Notice::SecondarySource => (
                tr!(
                    "零投资结论依据的是二手资料，请向供电企业确认。",
                    "零投資結論依據的是二手資料，請向供電企業確認。",
                    "The zero-investment answer rests on a secondary source; confirm it with the utility."
                ),
                zero.citation.iter().cloned().collect(),
            ),
            Notice::HolidaysUnknown { years, past } => {
                (self.text(|l| holidays_unknown(years, *past, l)), vec![])
            }
            Notice::StartNotWorkingDay => (
                tr!(
                    "申请日不是工作日；按《民法典》第二百零一条，期间从次日起算，只计工作日。",
                    "申請日不是工作日；按《民法典》第二百零一條，期間從次日起算，只計工作日。",
                    "The application date is not a working day; under Civil Code art. 201 counting starts the next day and only working days count."
                ),
                self.reference("period_counting").into_iter().collect(),
            ),
            Notice::NotYetInForce {
                source, effective, ..
            } => (self.text(|l| not_yet_in_force(source, effective, l)), vec![]),
            Notice::NotYetIssued { source, issued, .. } => {
                (self.text(|l| not_yet_issued(source, issued, l)), vec![])
            }
            Notice::Note(note) => (
                note.text.clone(),
                note.cites.iter().map(|c| self.cite(c)).collect(),
            ),
            Notice::RulesExpired {
                place,
                until,
                instead,
            } => (self.text(|l| expired(place, *until, instead, l)), vec![]),
        };
        Warning {
            code: n.code(),
            kind: n.kind(),
            text,
            citations,
        }
    }

    /// Why the voltage is what it is (only when it was inferred), with both
    /// low-voltage ranges when the place's own and the national one differ.
    pub fn voltage_basis(&self) -> Text {
        let d = self.d;
        let place = d.jurisdiction().map(|j| &j.name);
        self.text(|l| {
            let basis = voltage_basis(d.main.voltage_rule, d.main.facts.voltage, l);
            match d.main.voltage_ranges {
                (Some(own), Some(nat)) if own.lv_max != nat.lv_max => {
                    let place = place.map_or("", |p| p.get(l));
                    format!("{basis}{}", both_ranges(place, own, nat, l))
                }
                _ => basis,
            }
        })
    }
}

/// Years a shown date falls in that the calendar lacks.
fn holidays_unknown(years: &[i32], past: bool, l: Lang) -> String {
    let y = years
        .iter()
        .map(|y| y.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    if past {
        pick_format!(
            l,
            "本工具的日历不含{y}年的法定节假日安排：只扣除了周末，实际日期可能不同。",
            "本工具的日曆不含{y}年的法定節假日安排：只扣除了週末，實際日期可能不同。",
            "The public holidays for {y} are not in this tool's calendar: only weekends were skipped, so real dates may differ."
        )
    } else {
        pick_format!(
            l,
            "{y}年的法定节假日安排尚未收入本工具的日历（国务院通常在上一年年底公布）：只扣除了周末，实际日期可能更晚。",
            "{y}年的法定節假日安排尚未收入本工具的日曆（國務院通常在上一年年底公佈）：只扣除了週末，實際日期可能更晚。",
            "The public holidays for {y} are not in this tool's calendar yet (the State Council publishes them late in the year before): only weekends were skipped, so real dates may be later."
        )
    }
}
