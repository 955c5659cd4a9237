//! `assess`: answers + policy + calendar → assessment. Pure and deterministic.

use crate::assessment::*;
use crate::calendar::Calendar;
use crate::capacity::{Capacity, PowerFactor, Unit};
use crate::model::{Application, Area, Customer, Field, Kind, Supply, Voltage};
use crate::policy::{partial_date, source_owner, Facts};
use crate::policy::{
    Cite, DaysKind, Document, FeeStatus, Jurisdiction, Limit, PolicyPack, Source, SourceKind,
    StagePlan, TimeLimitRule, VoltageRule, When, ZeroInvestmentRule,
};
use crate::text::{Str, Text};
use crate::tr;
use chrono::{Duration, NaiveDate, Utc};
use std::cmp::Ordering;

/// Today's date in China (UTC+8), the default application date.
pub fn today_in_china() -> NaiveDate {
    (Utc::now() + Duration::hours(8)).date_naive()
}

/// Assesses an application; an unanswered start date means today.
pub fn assess(pack: &PolicyPack, app: &Application, cal: &Calendar) -> Assessment {
    assess_on(pack, app, cal, today_in_china())
}

struct Ctx<'a> {
    chain: Vec<&'a Jurisdiction>,
    app: &'a Application,
    cal: &'a Calendar,
}

/// What the answers decide, for one resolved scenario.
struct Core<'a> {
    facts: Facts,
    voltage_rule: Option<&'a VoltageRule>,
    plan: Option<&'a StagePlan>,
    total: Option<&'a TimeLimitRule>,
    zi: ZiEval<'a>,
}

struct ZiEval<'a> {
    applies: bool,
    rule: Option<&'a ZeroInvestmentRule>,
    /// Fields the closest rule failed on when no rule matched.
    failures: Vec<&'static str>,
}

fn first<'a, T>(
    chain: &[&'a Jurisdiction],
    list: fn(&'a Jurisdiction) -> &'a [T],
    when: fn(&T) -> &When,
    f: &Facts,
) -> Option<&'a T> {
    chain
        .iter()
        .find_map(|j| list(j).iter().find(|r| when(r).matches(f)))
}

impl<'a> Ctx<'a> {
    fn cite(&self, c: &Cite) -> Citation {
        // Resolved along this case's chain, as before; reused while it resolves to
        // the same jurisdiction's source.
        let owner = source_owner(&self.chain, &c.source);
        let owner_id = owner.map_or("", |j| &*j.id);
        if let Some((id, citation)) = c.resolved.get() {
            if **id == *owner_id {
                return citation.clone();
            }
        }
        let src: Option<&Source> = owner.and_then(|j| j.sources.get(&*c.source));
        let blank = Text::default();
        let citation = Citation(std::sync::Arc::new(CitationData {
            source: c.source.clone(),
            document: src.map_or_else(|| blank.clone(), |s| s.title.clone()),
            issuer: src.map_or(blank, |s| s.issuer.clone()),
            file: src.map_or_else(|| "".into(), |s| s.file.clone()),
            clause: c.clause.clone(),
            quote: c.quote.clone(),
            issued: src.and_then(|s| s.issued.clone()),
            effective: src.and_then(|s| s.effective.clone()),
            secondary: src.is_some_and(|s| s.kind == SourceKind::Secondary),
        }));
        let _ = c.resolved.set((owner_id.into(), citation.clone()));
        citation
    }

    fn infer_voltage(&self, f: &Facts) -> (Voltage, Option<&'a VoltageRule>) {
        match first(&self.chain, |j| &j.voltage_inference, |r| &r.when, f) {
            Some(rule) => {
                let lv = self
                    .app
                    .capacity
                    .cmp_to(&rule.lv_max.capacity(), self.app.power_factor)
                    != Ordering::Greater;
                (if lv { Voltage::Lv } else { Voltage::Kv10 }, Some(rule))
            }
            None => (Voltage::Kv10, None),
        }
    }

    fn core(&self, mut f: Facts) -> Core<'a> {
        let mut voltage_rule = None;
        if self.app.voltage.is_none() {
            let (v, rule) = self.infer_voltage(&f);
            f.voltage = v;
            voltage_rule = rule;
        }
        let zi = self.zero_investment(&f);
        f.zero_investment = Some(zi.applies);
        Core {
            facts: f,
            voltage_rule,
            plan: first(&self.chain, |j| &j.stage_plans, |r| &r.when, &f),
            total: first(&self.chain, |j| &j.time_limits, |r| &r.when, &f),
            zi,
        }
    }

    fn zero_investment(&self, f: &Facts) -> ZiEval<'a> {
        let cap_ok = |r: &ZeroInvestmentRule| {
            r.cap.is_none_or(|c| {
                self.app
                    .capacity
                    .cmp_to(&c.capacity(), self.app.power_factor)
                    != Ordering::Greater
            })
        };
        for j in &self.chain {
            let matching = || j.zero_investment.iter().filter(|r| r.when.matches(f));
            if matching().next().is_none() {
                continue;
            }
            if let Some(ex) = matching().find(|r| !r.applies) {
                return ZiEval {
                    applies: false,
                    rule: Some(ex),
                    failures: vec![],
                };
            }
            if let Some(ok) = matching().find(|r| cap_ok(r)) {
                return ZiEval {
                    applies: true,
                    rule: Some(ok),
                    failures: vec![],
                };
            }
            // Over every cap: explain with the largest one.
            let best = matching().max_by_key(|r| r.cap.map(|c| c.capacity().amount));
            return ZiEval {
                applies: false,
                rule: best,
                failures: vec!["cap"],
            };
        }
        // No rule covers the case: find the closest one to explain why.
        let closest = self
            .chain
            .iter()
            .flat_map(|j| j.zero_investment.iter())
            .filter(|r| r.applies)
            .min_by_key(|r| r.when.failure_count(f));
        match closest {
            Some(r) => ZiEval {
                applies: false,
                rule: Some(r),
                failures: r.when.failures(f),
            },
            None => ZiEval {
                applies: false,
                rule: None,
                failures: vec![],
            },
        }
    }
}

fn add_days(cal: &Calendar, from: NaiveDate, days: u32, kind: DaysKind) -> NaiveDate {
    match kind {
        DaysKind::Working => cal.add_working_days(from, days),
        DaysKind::Calendar => cal.add_calendar_days(from, days).0,
    }
}

fn customer_name(c: Customer) -> Text {
    match c {
        Customer::Resident => tr!("居民用户", "居民用戶", "residents"),
        Customer::SmallMicro => tr!("小微企业", "小微企業", "small/micro enterprises"),
        Customer::Business => tr!(
            "其他非居民用户",
            "其他非居民用戶",
            "other non-resident customers"
        ),
        Customer::ParkProject => tr!(
            "园区/重点项目",
            "園區/重點項目",
            "industrial-park or key projects"
        ),
    }
}

fn area_name(a: Area) -> Text {
    match a {
        Area::Urban => tr!("城区", "城區", "urban areas"),
        Area::Rural => tr!(
            "其他区域（农村）",
            "其他區域（農村）",
            "other (rural) areas"
        ),
    }
}

fn voltage_name(v: Voltage) -> &'static str {
    match v {
        Voltage::Lv => "0.4 kV",
        Voltage::Kv10 => "10 kV",
        Voltage::Kv35 => "35 kV",
    }
}

fn fmt_cap(c: &Capacity) -> String {
    format!("{} {}", c.kilo_str(), c.unit.symbol())
}

fn pf_str(thousandths: u64) -> String {
    PowerFactor(thousandths as u16).to_string()
}

/// The resolved default for every unanswered question, and its label.
fn defaults(app: &Application, start: NaiveDate) -> Facts {
    Facts {
        area: app.area.unwrap_or(Area::Urban),
        customer: app.customer.unwrap_or(Customer::Business),
        voltage: app.voltage.unwrap_or(Voltage::Lv),
        supply: app.supply.unwrap_or(Supply::Single),
        external_works: app.external_works.unwrap_or(true),
        kind: app.kind.unwrap_or(Kind::New),
        temporary: app.temporary.unwrap_or(false),
        applicant: app.applicant,
        date: start,
        zero_investment: None,
    }
}

pub fn assess_on(
    pack: &PolicyPack,
    app: &Application,
    cal: &Calendar,
    today: NaiveDate,
) -> Assessment {
    let chain = pack.chain(&app.jurisdiction);
    let ctx = Ctx { chain, app, cal };
    let start = app.start.unwrap_or(today);
    let main = ctx.core(defaults(app, start));
    let f = main.facts;
    let mut warnings: Vec<Warning> = Vec::new();
    let mut assumptions: Vec<Assumption> = Vec::new();

    // Voltage.
    let voltage_inferred = app.voltage.is_none();
    let (voltage_basis, voltage_citation) = if voltage_inferred {
        let basis = match main.voltage_rule {
            Some(r) => {
                let cap = fmt_cap(&r.lv_max.capacity());
                let side = if f.voltage == Voltage::Lv {
                    tr!(
                        "不超过{cap}，按低压（0.4千伏）供电。",
                        "不超過{cap}，按低壓（0.4千伏）供電。",
                        "at or below {cap}, so low voltage (0.4 kV).",
                        cap = cap
                    )
                } else {
                    tr!(
                        "超过低压上限{cap}，按10千伏供电（更大的负荷可能需要35千伏，由供电方案确定）。",
                        "超過低壓上限{cap}，按10千伏供電（更大的負荷可能需要35千伏，由供電方案確定）。",
                        "above the low-voltage limit of {cap}, so 10 kV (larger loads may need 35 kV; the supply plan decides).",
                        cap = cap
                    )
                };
                let lead = tr!(
                    "您未选择电压：容量",
                    "您未選擇電壓：容量",
                    "You did not choose a voltage: the capacity is "
                );
                let mut t = Text::join(&[lead, side], "", "");
                if let Some(n) = &r.note {
                    t = Text::join(&[t, n.clone()], "", " ");
                }
                t
            }
            None => tr!(
                "您未选择电压，且没有可依据的规定，暂按10千伏。",
                "您未選擇電壓，且沒有可依據的規定，暫按10千伏。",
                "You did not choose a voltage and no rule settles it, so 10 kV is assumed."
            ),
        };
        warnings.push(Warning {
            code: "voltage_inferred".into(),
            kind: WarningKind::Caution,
            text: basis.clone(),
            citations: main
                .voltage_rule
                .map(|r| ctx.cite(&r.cite))
                .into_iter()
                .collect(),
        });
        (Some(basis), main.voltage_rule.map(|r| ctx.cite(&r.cite)))
    } else {
        (None, None)
    };

    // Assumed answers.
    let mut assume = |field: Field, value: &str, text: Text| {
        assumptions.push(Assumption {
            field,
            value: value.to_string(),
            text,
            citation: None,
        });
    };
    if app.area.is_none() {
        assume(
            Field::Area,
            "urban",
            tr!(
                "未回答城区/农村：按城区计算。",
                "未回答城區/農村：按城區計算。",
                "Urban or rural not answered: urban is assumed."
            ),
        );
    }
    if app.customer.is_none() {
        assume(
            Field::Customer,
            "business",
            tr!(
                "未回答用户类别：按一般非居民用户计算。",
                "未回答用戶類別：按一般非居民用戶計算。",
                "Customer type not answered: a general non-resident customer is assumed."
            ),
        );
    }
    if app.supply.is_none() {
        assume(
            Field::Supply,
            "single",
            tr!(
                "未回答电源数量：按单电源计算。",
                "未回答電源數量：按單電源計算。",
                "Number of sources not answered: single supply is assumed."
            ),
        );
    }
    if app.external_works.is_none() {
        assume(Field::ExternalWorks, "yes", tr!("不确定是否有外线工程：按有外线工程（时间较长的情形）计算。", "不確定是否有外線工程：按有外線工程（時間較長的情形）計算。", "Not sure about external works: the case with external works (the longer one) is shown."));
    }
    if app.kind.is_none() {
        assume(
            Field::Kind,
            "new",
            tr!(
                "未回答新装/增容：按新装计算。",
                "未回答新裝/增容：按新裝計算。",
                "New or increase not answered: a new connection is assumed."
            ),
        );
    }
    if app.temporary.is_none() {
        assume(
            Field::Temporary,
            "no",
            tr!(
                "未回答是否临时用电：按永久用电计算。",
                "未回答是否臨時用電：按永久用電計算。",
                "Temporary supply not answered: permanent supply is assumed."
            ),
        );
    }
    if app.start.is_none() {
        assume(
            Field::Start,
            &start.format("%Y-%m-%d").to_string(),
            tr!(
                "未填申请日期：按今天计算。",
                "未填申請日期：按今天計算。",
                "No application date: today is used."
            ),
        );
    }
    if !app.capacity.unit_given {
        warnings.push(Warning {
            code: "capacity_unit_assumed".into(),
            kind: WarningKind::Caution,
            text: tr!(
                "容量未写单位，按千伏安（kVA）理解。",
                "容量未寫單位，按千伏安（kVA）理解。",
                "The capacity has no unit, so it was read as kVA."
            ),
            citations: vec![],
        });
    }

    // Time limit and completion date.
    let time_limit = main.total.map(|t| TimeLimitView {
        days: t.days,
        days_kind: t.days_kind,
        average: t.average,
        scope: t.scope.clone(),
        note: t.note.clone(),
        citation: ctx.cite(&t.cite),
    });
    let completion_date = main
        .total
        .map(|t| add_days(cal, start, t.days, t.days_kind));

    // Stages on the policy's clock.
    let mut stages = build_stages(&ctx, &main, start, completion_date);
    let completion_date = completion_date.or_else(|| {
        let counted: Vec<&StageView> = stages.iter().filter(|s| s.counts_toward_total).collect();
        if counted.iter().all(|s| s.end.is_some()) {
            counted.last().and_then(|s| s.end)
        } else {
            None
        }
    });
    if main.plan.is_none() {
        warnings.push(Warning {
            code: "no_stages".into(),
            kind: WarningKind::Caution,
            text: tr!(
                "所依据的文件没有规定这种情形的办理环节，请向供电企业咨询。",
                "所依據的文件沒有規定這種情形的辦理環節，請向供電企業諮詢。",
                "The sources do not set the stages for this case; ask the utility."
            ),
            citations: vec![],
        });
    }
    if main.total.is_none() {
        warnings.push(Warning {
            code: "no_time_limit".into(),
            kind: WarningKind::Caution,
            text: tr!(
                "所依据的文件没有规定这种情形的总时限。",
                "所依據的文件沒有規定這種情形的總時限。",
                "The sources set no total time limit for this case."
            ),
            citations: vec![],
        });
    }
    if let Some(t) = main.total.filter(|t| t.average) {
        warnings.push(Warning {
            code: "average_target".into(),
            kind: WarningKind::Caution,
            text: tr!(
                "{d}个工作日是平均目标，不是每户都必须达到的上限。",
                "{d}個工作日是平均目標，不是每戶都必須達到的上限。",
                "The {d} working days are an average target, not a limit every case must meet.",
                d = t.days
            ),
            citations: vec![ctx.cite(&t.cite)],
        });
    }

    // Documents.
    let (documents, conditional_documents) = documents(&ctx, &f);
    if documents.is_empty() {
        warnings.push(Warning {
            code: "no_documents".into(),
            kind: WarningKind::Caution,
            text: tr!(
                "所依据的文件没有列出这种情形的申请材料，请向供电企业确认。",
                "所依據的文件沒有列出這種情形的申請材料，請向供電企業確認。",
                "The sources list no application documents for this case; check with the utility."
            ),
            citations: vec![],
        });
    }

    // Approvals and the periods timed outside the stages.
    let approvals = approvals(&ctx, &f, app.external_works);
    let (timeline, latest_with_works) = timeline(&ctx, &f, &stages, &approvals, completion_date);

    // Zero investment, with how it depends on unanswered questions.
    let mut variations = Vec::new();
    let mut depends_on = Vec::new();
    let scenarios = scenario_values(app);
    for (field, value, label, facts) in scenarios.iter().map(|(fl, v, l, setf)| {
        let mut g = defaults(app, start);
        setf(&mut g);
        (*fl, *v, l.clone(), g)
    }) {
        let alt = ctx.core(facts);
        let alt_completion = alt.total.map(|t| add_days(cal, start, t.days, t.days_kind));
        let stages_n = alt.plan.map_or(0, |p| p.stages.len());
        if matches!(field, Field::Area | Field::Customer) {
            depends_on.push(ScenarioVerdict {
                field,
                value: value.to_string(),
                applies: alt.zi.applies,
            });
        }
        let differs = alt.zi.applies != main.zi.applies
            || alt.total.map(|t| t.days) != main.total.map(|t| t.days)
            || stages_n != stages.len()
            || alt.facts.voltage != f.voltage;
        if differs {
            variations.push(Variation {
                field,
                value: value.to_string(),
                label,
                voltage: alt.facts.voltage,
                stages: stages_n,
                time_limit_working_days: alt
                    .total
                    .filter(|t| t.days_kind == DaysKind::Working)
                    .map(|t| t.days),
                completion_date: alt_completion,
                zero_investment: alt.zi.applies,
            });
        }
    }
    let zero_investment = zero_investment_view(&ctx, &main, depends_on);
    if let Some(n) = &zero_investment.near_miss {
        warnings.push(Warning {
            code: "near_miss".into(),
            kind: WarningKind::Info,
            text: n.clone(),
            citations: zero_investment.citation.iter().cloned().collect(),
        });
    }
    if zero_investment.status != Verdict::No
        && zero_investment
            .citation
            .as_ref()
            .is_some_and(|c| c.secondary)
    {
        warnings.push(Warning {
            code: "secondary_source".into(),
            kind: WarningKind::Caution,
            text: tr!(
                "零投资结论依据的是二手资料，请向供电企业确认。",
                "零投資結論依據的是二手資料，請向供電企業確認。",
                "The zero-investment answer rests on a secondary source; confirm it with the utility."
            ),
            citations: zero_investment.citation.iter().cloned().collect(),
        });
    }

    // Costs and fees.
    let costs = costs(&ctx, &f);

    // Calendar and source-date warnings.
    let last = [completion_date, latest_with_works]
        .into_iter()
        .flatten()
        .chain(stages.iter().filter_map(|s| s.end))
        .max()
        .unwrap_or(start);
    let unknown = cal.unknown_years(start, last);
    if !unknown.is_empty() {
        let years = unknown
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        warnings.push(Warning {
            code: "holidays_unknown".into(),
            kind: WarningKind::Caution,
            text: tr!(
                "{y}年的法定节假日安排尚未公布：只扣除了周末，实际日期可能更晚。",
                "{y}年的法定節假日安排尚未公佈：只扣除了週末，實際日期可能更晚。",
                "The public holidays for {y} are not published yet: only weekends were skipped, so real dates may be later.",
                y = years
            ),
            citations: vec![],
        });
    }
    if !cal.is_working_day(start) {
        warnings.push(Warning {
            code: "start_not_working_day".into(),
            kind: WarningKind::Info,
            text: tr!(
                "申请日不是工作日；按《民法典》第二百零一条，期间从次日起算，只计工作日。",
                "申請日不是工作日；按《民法典》第二百零一條，期間從次日起算，只計工作日。",
                "The application date is not a working day; under Civil Code art. 201 counting starts the next day and only working days count."
            ),
            citations: vec![],
        });
    }
    // The place's own documents that are not yet in force on the application date.
    for j in ctx.chain.iter().filter(|j| *j.id == *app.jurisdiction) {
        for (id, s) in &j.sources {
            let Some(e) = s.effective.as_deref() else {
                continue;
            };
            if partial_date(e).is_some_and(|d| start < d) {
                warnings.push(Warning {
                    code: format!("not_yet_in_force:{id}"),
                    kind: WarningKind::Caution,
                    text: Text::new(
                        format!("申请日早于《{}》的生效时间（{e}）。", s.title.zh_hans),
                        format!("申請日早於《{}》的生效時間（{e}）。", s.title.zh_hant),
                        format!(
                            "The application date is before “{}” took effect ({e}).",
                            s.title.en
                        ),
                    ),
                    citations: vec![],
                });
            }
        }
    }

    // Notes from the policy data.
    let mut seen: Vec<&str> = Vec::new();
    for j in &ctx.chain {
        for n in j.notes.iter().filter(|n| n.when.matches(&f)) {
            if seen.contains(&&*n.id) {
                continue;
            }
            seen.push(&n.id);
            warnings.push(Warning {
                code: n.id.to_string(),
                kind: match n.kind {
                    crate::policy::NoteKind::Conflict => WarningKind::Conflict,
                    crate::policy::NoteKind::Interpretation => WarningKind::Interpretation,
                    crate::policy::NoteKind::Info => WarningKind::Info,
                },
                text: n.text.clone(),
                citations: n.cites.iter().map(|c| ctx.cite(c)).collect(),
            });
        }
    }

    // Keep stage dates inside the known window.
    for s in &mut stages {
        if let Some(e) = s.end {
            if e < s.start {
                s.end = Some(s.start);
            }
        }
    }

    let capacity = capacity_view(app);
    let jname = ctx
        .chain
        .first()
        .map_or_else(Text::default, |j| j.name.clone());
    Assessment {
        jurisdiction: app.jurisdiction.clone(),
        jurisdiction_name: jname,
        answers: app
            .to_draft()
            .into_pairs()
            .map(|(k, v)| (k.into(), v))
            .collect(),
        start,
        capacity,
        voltage: f.voltage,
        voltage_inferred,
        voltage_basis,
        voltage_citation,
        assumptions,
        stages,
        timeline,
        documents,
        conditional_documents,
        time_limit_working_days: time_limit
            .as_ref()
            .filter(|t| t.days_kind == DaysKind::Working)
            .map(|t| t.days),
        time_limit_scope: time_limit.as_ref().map(|t| t.scope.clone()),
        time_limit,
        completion_date,
        latest_with_works,
        zero_investment,
        costs,
        approvals,
        warnings,
        variations,
    }
}

type SetFact = fn(&mut Facts);

/// The other values of every unanswered question that can change the result.
fn scenario_values(app: &Application) -> Vec<(Field, &'static str, Text, SetFact)> {
    let mut out: Vec<(Field, &'static str, Text, SetFact)> = Vec::new();
    if app.area.is_none() {
        out.push((
            Field::Area,
            "rural",
            tr!(
                "如在农村/其他区域",
                "如在農村/其他區域",
                "If the site is rural"
            ),
            |f| f.area = Area::Rural,
        ));
    }
    if app.customer.is_none() {
        out.push((
            Field::Customer,
            "resident",
            tr!("如为居民用户", "如為居民用戶", "If you are a resident"),
            |f| f.customer = Customer::Resident,
        ));
        out.push((
            Field::Customer,
            "small_micro",
            tr!(
                "如为小微企业",
                "如為小微企業",
                "If you are a small/micro enterprise"
            ),
            |f| f.customer = Customer::SmallMicro,
        ));
        out.push((
            Field::Customer,
            "park_project",
            tr!(
                "如为园区/重点项目",
                "如為園區/重點項目",
                "If it is a park or key project"
            ),
            |f| f.customer = Customer::ParkProject,
        ));
    }
    if app.external_works.is_none() {
        out.push((
            Field::ExternalWorks,
            "no",
            tr!(
                "如无外线工程",
                "如無外線工程",
                "If there are no external works"
            ),
            |f| f.external_works = false,
        ));
    }
    if app.supply.is_none() {
        out.push((
            Field::Supply,
            "dual",
            tr!("如为双电源", "如為雙電源", "If you need dual supply"),
            |f| f.supply = Supply::Dual,
        ));
    }
    if app.kind.is_none() {
        out.push((
            Field::Kind,
            "increase",
            tr!("如为增容", "如為增容", "If it is a capacity increase"),
            |f| f.kind = Kind::Increase,
        ));
    }
    if app.temporary.is_none() {
        out.push((
            Field::Temporary,
            "yes",
            tr!("如为临时用电", "如為臨時用電", "If the supply is temporary"),
            |f| f.temporary = true,
        ));
    }
    out
}

fn limit_for<'a>(limits: &'a [Limit], f: &Facts) -> Option<&'a Limit> {
    limits.iter().find(|l| l.when.matches(f))
}

fn build_stages(
    ctx: &Ctx,
    core: &Core,
    start: NaiveDate,
    completion: Option<NaiveDate>,
) -> Vec<StageView> {
    let Some(plan) = core.plan else {
        return Vec::new();
    };
    let f = &core.facts;
    let limits: Vec<Option<&Limit>> = plan
        .stages
        .iter()
        .map(|s| limit_for(&s.limits, f))
        .collect();
    let mut out = Vec::with_capacity(plan.stages.len());
    let mut cursor = start;
    for (i, s) in plan.stages.iter().enumerate() {
        let lim = limits[i];
        let (stage_start, end, shared) = if s.counts_toward_total {
            let st = cursor;
            match lim {
                Some(l) => {
                    let e = add_days(ctx.cal, st, l.days, l.days_kind);
                    cursor = e;
                    (st, Some(e), false)
                }
                None => {
                    // No own limit: it shares the total window when no later counted stage has a limit
                    // of its own; otherwise the policy gives it no end date.
                    let later_limited = plan.stages[i + 1..]
                        .iter()
                        .zip(&limits[i + 1..])
                        .any(|(st, l)| st.counts_toward_total && l.is_some());
                    let e = completion.filter(|c| !later_limited && *c >= st);
                    (st, e, e.is_some())
                }
            }
        } else {
            let st = out.last().and_then(|p: &StageView| p.end).unwrap_or(cursor);
            (
                st,
                lim.map(|l| add_days(ctx.cal, st, l.days, l.days_kind)),
                false,
            )
        };
        out.push(StageView {
            id: s.id.clone(),
            name: s.name.clone(),
            max_working_days: lim
                .filter(|l| l.days_kind == DaysKind::Working)
                .map(|l| l.days),
            max_calendar_days: lim
                .filter(|l| l.days_kind == DaysKind::Calendar)
                .map(|l| l.days),
            days_kind: lim.map(|l| l.days_kind),
            average: lim.is_some_and(|l| l.average),
            regional_max_days: lim.and_then(|l| l.regional_days),
            start: stage_start,
            end,
            shared_limit: shared,
            counts_toward_total: s.counts_toward_total,
            documents: s.documents.iter().map(|d| doc_view(ctx, d, f)).collect(),
            note: s.note.clone(),
            limit_note: lim.and_then(|l| l.note.clone()),
            citation: ctx.cite(&s.cite),
            limit_citation: lim.map(|l| ctx.cite(&l.cite)),
            regional_citation: lim
                .and_then(|l| l.regional_cite.as_ref())
                .map(|c| ctx.cite(c)),
        });
    }
    out
}

fn doc_view(ctx: &Ctx, d: &Document, f: &Facts) -> DocumentView {
    DocumentView {
        id: d.id.clone(),
        name: d.name.clone(),
        alternatives: d
            .alternatives
            .iter()
            .filter(|a| a.when.matches(f))
            .filter(|a| match (&a.applicant, ctx.app.applicant) {
                (Some(list), Some(who)) => list.contains(&who),
                _ => true,
            })
            .map(|a| AlternativeView {
                name: a.name.clone(),
                note: a.note.clone(),
            })
            .collect(),
        only_if: d.only_if.clone(),
        note: d.note.clone(),
        citation: ctx.cite(&d.cite),
    }
}

fn documents(ctx: &Ctx, f: &Facts) -> (Vec<DocumentView>, Vec<DocumentView>) {
    let Some(rule) = first(&ctx.chain, |j| &j.documents, |r| &r.when, f) else {
        return (Vec::new(), Vec::new());
    };
    let mut main = Vec::new();
    let mut conditional = Vec::new();
    for d in &rule.documents {
        if d.only_if.is_none() {
            main.push(doc_view(ctx, d, f));
        } else if !(d.proxy && ctx.app.proxy == Some(false)) {
            conditional.push(doc_view(ctx, d, f));
        }
    }
    (main, conditional)
}

fn approvals(ctx: &Ctx, f: &Facts, external_works: Option<bool>) -> Approvals {
    let none = |needed| Approvals {
        needed,
        exempt: None,
        parallel: true,
        total_working_days: None,
        total_is_minimum: false,
        items: vec![],
        note: None,
        citation: None,
    };
    if !f.external_works {
        return none(Verdict::No);
    }
    let needed = if external_works.is_none() {
        Verdict::Depends
    } else {
        Verdict::Yes
    };
    let Some(rule) = first(&ctx.chain, |j| &j.approvals, |r| &r.when, f) else {
        return none(needed);
    };
    let items: Vec<ApprovalView> = rule
        .approvals
        .iter()
        .filter(|a| a.when.matches(f))
        .map(|a| ApprovalView {
            id: a.id.clone(),
            name: a.name.clone(),
            authority: a.authority.clone(),
            max_working_days: a.days,
            complex_max_working_days: a.complex_days,
            step: a.step,
            note: a.note.clone(),
            citation: ctx.cite(&a.cite),
        })
        .collect();
    // Without an overall limit: steps run one after another, permits in a step in parallel.
    let (total, minimum) = match rule.total_days {
        Some(t) => (Some(t), false),
        None if items.is_empty() => (None, false),
        None => {
            let mut steps: Vec<u32> = items.iter().map(|a| a.step).collect();
            steps.sort_unstable();
            steps.dedup();
            let mut sum = 0;
            let mut minimum = false;
            for s in steps {
                let in_step = items.iter().filter(|a| a.step == s);
                minimum |= in_step.clone().any(|a| a.max_working_days.is_none());
                sum += in_step
                    .filter_map(|a| a.max_working_days)
                    .max()
                    .unwrap_or(0);
            }
            (Some(sum).filter(|s| *s > 0), minimum)
        }
    };
    Approvals {
        needed: if rule.exempt.is_some() {
            Verdict::No
        } else {
            needed
        },
        exempt: rule.exempt.clone(),
        parallel: rule.parallel,
        total_working_days: total,
        total_is_minimum: minimum,
        items,
        note: rule.note.clone(),
        citation: Some(ctx.cite(&rule.cite)),
    }
}

fn timeline(
    ctx: &Ctx,
    f: &Facts,
    stages: &[StageView],
    approvals: &Approvals,
    completion: Option<NaiveDate>,
) -> (Vec<TimelineItem>, Option<NaiveDate>) {
    let cal = ctx.cal;
    let periods: Vec<&crate::policy::PeriodRule> = {
        let mut v = Vec::new();
        for j in &ctx.chain {
            let mine: Vec<_> = j.periods.iter().filter(|p| p.when.matches(f)).collect();
            if !mine.is_empty() {
                v = mine;
                break;
            }
        }
        v
    };
    let events =
        |s: NaiveDate, e: Option<NaiveDate>| e.map_or_else(Vec::new, |e| cal.events_between(s, e));
    let mut items = Vec::new();
    let mut extra_days: Vec<(u32, DaysKind)> = Vec::new();
    let approval_item = |at: NaiveDate| -> Option<TimelineItem> {
        if approvals.needed == Verdict::No || approvals.total_working_days.is_none() {
            return None;
        }
        let d = approvals.total_working_days?;
        let end = cal.add_working_days(at, d);
        Some(TimelineItem {
            id: "approvals".into(),
            kind: TimelineKind::Approval,
            name: tr!(
                "政府审批（外线工程许可）",
                "政府審批（外線工程許可）",
                "Government permits for the external works"
            ),
            start: at,
            end: Some(end),
            days: Some(d),
            days_kind: Some(DaysKind::Working),
            average: false,
            counts_toward_total: false,
            calendar_events: cal.events_between(at, end),
            note: approvals.note.clone(),
            citation: approvals.citation.clone(),
        })
    };
    // Approvals go before the first construction period (a stage on its own clock, or a period rule).
    let anchor = periods
        .first()
        .and_then(|p| p.after_stage.as_deref().map(Str::from))
        .or_else(|| {
            stages
                .iter()
                .position(|s| !s.counts_toward_total)
                .and_then(|i| i.checked_sub(1))
                .map(|i| stages[i].id.clone())
        })
        .or_else(|| stages.first().map(|s| s.id.clone()));
    let mut placed_approvals = false;
    for s in stages {
        let mut s = s.clone();
        if !s.counts_toward_total && !placed_approvals {
            // A construction stage waits for the permits.
            if let Some(a) = approval_item(s.start) {
                extra_days.push((a.days.unwrap_or(0), DaysKind::Working));
                if let (Some(at), Some(d), Some(k)) = (
                    a.end,
                    s.max_working_days.or(s.max_calendar_days),
                    s.days_kind,
                ) {
                    s.start = at;
                    s.end = Some(add_days(cal, at, d, k));
                }
                items.push(a);
            }
            placed_approvals = true;
        }
        if !s.counts_toward_total {
            if let (Some(d), Some(k)) = (s.max_working_days.or(s.max_calendar_days), s.days_kind) {
                extra_days.push((d, k));
            }
        }
        items.push(TimelineItem {
            id: s.id.clone(),
            kind: if s.counts_toward_total {
                TimelineKind::Stage
            } else {
                TimelineKind::Construction
            },
            name: s.name.clone(),
            start: s.start,
            end: s.end,
            days: s.max_working_days.or(s.max_calendar_days),
            days_kind: s.days_kind,
            average: s.average,
            counts_toward_total: s.counts_toward_total,
            calendar_events: events(s.start, s.end),
            note: s.note.clone(),
            citation: Some(s.citation.clone()),
        });
        if anchor.as_deref() == Some(&*s.id)
            && !placed_approvals
            && stages.iter().all(|x| x.counts_toward_total)
        {
            let mut at = s.end.unwrap_or(s.start);
            if let Some(a) = approval_item(at) {
                at = a.end.unwrap_or(at);
                extra_days.push((a.days.unwrap_or(0), DaysKind::Working));
                items.push(a);
            }
            placed_approvals = true;
            for p in &periods {
                let end = add_days(cal, at, p.days, p.days_kind);
                extra_days.push((p.days, p.days_kind));
                items.push(TimelineItem {
                    id: p.id.clone(),
                    kind: TimelineKind::Construction,
                    name: p.name.clone(),
                    start: at,
                    end: Some(end),
                    days: Some(p.days),
                    days_kind: Some(p.days_kind),
                    average: p.average,
                    counts_toward_total: false,
                    calendar_events: cal.events_between(at, end),
                    note: p.note.clone(),
                    citation: Some(ctx.cite(&p.cite)),
                });
                at = end;
            }
        }
    }
    let latest = match completion {
        Some(c) if !extra_days.is_empty() => Some(
            extra_days
                .iter()
                .fold(c, |d, (n, k)| add_days(cal, d, *n, *k)),
        ),
        _ => None,
    };
    (items, latest)
}

/// [`tr!`] where `{a}` is a translated place or customer group, in each language.
macro_rules! tr_area {
    ($area:expr, $hans:literal, $hant:literal, $en:literal, $($arg:tt)+) => {{
        let area: &Text = $area;
        Text::new(
            format!($hans, a = area.zh_hans, $($arg)+),
            format!($hant, a = area.zh_hant, $($arg)+),
            format!($en, a = area.en, $($arg)+),
        )
    }};
}

fn zero_investment_view(
    ctx: &Ctx,
    core: &Core,
    depends_on: Vec<ScenarioVerdict>,
) -> ZeroInvestmentView {
    let app = ctx.app;
    let f = &core.facts;
    let zi = &core.zi;
    let pf = app.power_factor;
    let given = fmt_cap(&app.capacity);
    let rule = zi.rule;
    let cap = rule.and_then(|r| r.cap);
    let cap_view = cap.map(|c| CapView {
        value: c.value,
        unit: c.unit,
        area: rule
            .and_then(|r| r.when.area.as_ref())
            .and_then(|a| (a.len() == 1).then_some(a[0])),
        inclusive: true,
    });

    // Unit conversion, shown whenever the rule's unit differs from the one given.
    let conversion = cap.filter(|c| c.unit != app.capacity.unit).map(|c| {
        let converted = fmt_cap(&app.capacity.in_unit(c.unit, pf));
        let cap_amount = c.capacity().amount as u128;
        let amount = app.capacity.amount as u128;
        // kW given vs kVA cap: applies iff pf ≥ P/C. kVA given vs kW cap: applies iff pf ≤ C/S.
        let threshold = if c.unit == Unit::Kva {
            amount * 1000 / cap_amount.max(1)
        } else {
            cap_amount * 1000 / amount.max(1)
        };
        let depends = (500..=1000).contains(&threshold);
        let break_even = depends.then(|| pf_str(threshold as u64));
        let pfs = pf.to_string();
        let text = tr!(
            "您填写的是{g}，该规定以{u}计；按功率因数{pf}换算为{c}。",
            "您填寫的是{g}，該規定以{u}計；按功率因數{pf}換算為{c}。",
            "You gave {g}; this rule is in {u}. At power factor {pf} that is {c}.",
            g = given,
            u = c.unit.symbol(),
            pf = pfs,
            c = converted
        );
        let text = match &break_even {
            Some(b) => {
                let cond = if c.unit == Unit::Kva {
                    tr!(
                        "功率因数不低于{b}时适用。",
                        "功率因數不低於{b}時適用。",
                        "It applies if your power factor is at least {b}.",
                        b = b
                    )
                } else {
                    tr!(
                        "功率因数不高于{b}时适用。",
                        "功率因數不高於{b}時適用。",
                        "It applies if your power factor is at most {b}.",
                        b = b
                    )
                };
                Text::join(&[text, cond], "", " ")
            }
            None => text,
        };
        Conversion {
            given: given.clone(),
            converted,
            power_factor: pfs,
            depends_on_conversion: depends,
            break_even_power_factor: break_even,
            text,
        }
    });

    let cap_text = |c: &crate::policy::CapValue| format!("{} {}", c.value, c.unit.symbol());
    let area_txt = cap_view
        .as_ref()
        .and_then(|c| c.area)
        .map(area_name)
        .or_else(|| {
            let list: Vec<Text> = rule?
                .when
                .customer
                .iter()
                .flatten()
                .map(|c| customer_name(*c))
                .collect();
            (!list.is_empty()).then(|| Text::join(&list, "、", " and "))
        });
    let reason = if zi.applies {
        match cap {
            Some(c) => {
                let mine = fmt_cap(&app.capacity.in_unit(c.unit, pf));
                let a = area_txt
                    .clone()
                    .unwrap_or_else(|| tr!("该情形", "該情形", "this case"));
                tr_area!(
                    &a,
                    "适用零投资：{mine}不超过{a}的上限{cap}（含本数）。",
                    "適用零投資：{mine}不超過{a}的上限{cap}（含本數）。",
                    "Zero investment applies: {mine} is within the {cap} cap for {a} (the cap itself included).",
                    mine = mine,
                    cap = cap_text(&c)
                )
            }
            None => tr!("适用零投资。", "適用零投資。", "Zero investment applies."),
        }
    } else if let Some(r) = rule.filter(|r| !r.applies) {
        Text::join(
            &[
                tr!(
                    "不适用零投资：",
                    "不適用零投資：",
                    "Zero investment does not apply: "
                ),
                r.covers.clone(),
            ],
            "",
            "",
        )
    } else if zi.failures == ["cap"] {
        let c = cap.expect("an over-cap verdict has a cap");
        let mine = fmt_cap(&app.capacity.in_unit(c.unit, pf));
        let a = area_txt
            .clone()
            .unwrap_or_else(|| tr!("该情形", "該情形", "this case"));
        tr_area!(
            &a,
            "不适用零投资：{mine}超过{a}的上限{cap}。",
            "不適用零投資：{mine}超過{a}的上限{cap}。",
            "Zero investment does not apply: {mine} is above the {cap} cap for {a}.",
            mine = mine,
            cap = cap_text(&c)
        )
    } else if let Some(r) = rule {
        let why: Vec<Text> = zi
            .failures
            .iter()
            .map(|field| match *field {
                "voltage" => tr!(
                    "零投资只适用于低压接入，您的接入电压为{v}",
                    "零投資只適用於低壓接入，您的接入電壓為{v}",
                    "zero investment covers low-voltage connections only, and yours is at {v}",
                    v = voltage_name(f.voltage)
                ),
                "customer" => {
                    let list: Vec<Text> = r
                        .when
                        .customer
                        .iter()
                        .flatten()
                        .map(|c| customer_name(*c))
                        .collect();
                    let list = Text::join(&list, "、", " and ");
                    Text::join(
                        &[tr!("只适用于", "只適用於", "it covers only "), list],
                        "",
                        "",
                    )
                }
                "area" => {
                    let list: Vec<Text> = r
                        .when
                        .area
                        .iter()
                        .flatten()
                        .map(|a| area_name(*a))
                        .collect();
                    Text::join(
                        &[
                            tr!("只适用于", "只適用於", "it covers only "),
                            Text::join(&list, "、", " and "),
                        ],
                        "",
                        "",
                    )
                }
                "temporary" => tr!(
                    "只适用于永久用电",
                    "只適用於永久用電",
                    "it covers permanent supply only"
                ),
                "date" => tr!(
                    "在您的申请日尚未生效",
                    "在您的申請日尚未生效",
                    "it is not in force on your application date"
                ),
                _ => tr!("条件不符", "條件不符", "the conditions are not met"),
            })
            .collect();
        Text::join(
            &[
                tr!(
                    "不适用零投资：",
                    "不適用零投資：",
                    "Zero investment does not apply: "
                ),
                Text::join(&why, "；", "; "),
            ],
            "",
            "",
        )
        .end_sentence()
    } else {
        tr!(
            "所依据的文件没有适用于此情形的零投资规定。",
            "所依據的文件沒有適用於此情形的零投資規定。",
            "The sources have no zero-investment rule for this case."
        )
    };

    let near_miss = (zi.failures == ["cap"]).then(|| {
        let c = cap.expect("cap");
        let over = fmt_cap(&app.capacity.excess_over(&c.capacity(), pf));
        let a = area_txt
            .clone()
            .unwrap_or_else(|| tr!("该情形", "該情形", "this case"));
        tr_area!(
            &a,
            "比{a}的上限高出{over}：如将容量控制在{cap}以内，电网侧接入工程将不需要您出资。",
            "比{a}的上限高出{over}：如將容量控制在{cap}以內，電網側接入工程將不需要您出資。",
            "{over} above the cap for {a}: at {cap} the grid-side works would cost you nothing.",
            over = over,
            cap = cap_text(&c)
        )
    });

    let all = depends_on.iter().all(|d| d.applies) && zi.applies;
    let any = depends_on.iter().any(|d| d.applies) || zi.applies;
    let status = if all {
        Verdict::Yes
    } else if !any {
        Verdict::No
    } else {
        Verdict::Depends
    };
    let reason = if status == Verdict::Depends {
        let ifs: Vec<Text> = depends_on
            .iter()
            .filter(|d| d.applies)
            .map(|d| match d.field {
                Field::Customer => {
                    customer_name(Customer::parse(&d.value).unwrap_or(Customer::Business))
                }
                _ => area_name(Area::parse(&d.value).unwrap_or(Area::Rural)),
            })
            .collect();
        let lead = tr!(
            "是否适用零投资取决于您未回答的问题。按已知回答：",
            "是否適用零投資取決於您未回答的問題。按已知回答：",
            "Whether zero investment applies depends on a question you left open. With the answers given: "
        );
        let tail = if ifs.is_empty() {
            Text::default()
        } else {
            Text::join(
                &[
                    tr!(" 适用的情形：", " 適用的情形：", " It would apply for: "),
                    Text::join(&ifs, "、", ", "),
                ],
                "",
                "",
            )
        };
        Text::join(&[lead, reason, tail], "", "")
    } else {
        reason
    };

    ZeroInvestmentView {
        applies: status == Verdict::Yes,
        status,
        rule: rule.map(|r| r.id.clone()),
        cap: cap_view,
        reason,
        covers: rule.filter(|_| zi.applies).map(|r| r.covers.clone()),
        condition: rule
            .filter(|_| zi.applies)
            .and_then(|r| r.condition.clone()),
        conversion,
        near_miss,
        depends_on,
        note: rule.and_then(|r| r.note.clone()),
        citation: rule.map(|r| ctx.cite(&r.cite)),
        cap_citation: rule.and_then(|r| r.cap_cite.as_ref()).map(|c| ctx.cite(c)),
    }
}

trait TextExt {
    fn end_sentence(self) -> Text;
}

impl TextExt for Text {
    fn end_sentence(self) -> Text {
        let end = |s: &str, stop: char| {
            let mut out = String::with_capacity(s.len() + stop.len_utf8());
            out.push_str(s);
            out.push(stop);
            out
        };
        Text::new(
            end(&self.zh_hans, '。'),
            end(&self.zh_hant, '。'),
            end(&self.en, '.'),
        )
    }
}

fn costs(ctx: &Ctx, f: &Facts) -> Costs {
    let mut parts: Vec<CostPartView> = Vec::new();
    let mut fees: Vec<FeeView> = Vec::new();
    for j in &ctx.chain {
        for c in j.costs.iter().filter(|c| c.when.matches(f)) {
            if !parts.iter().any(|p| p.id == c.id) {
                parts.push(CostPartView {
                    id: c.id.clone(),
                    part: c.part.clone(),
                    payer: c.payer,
                    note: c.note.clone(),
                    citation: ctx.cite(&c.cite),
                });
            }
        }
        for x in j.fees.iter().filter(|x| x.when.matches(f)) {
            if !fees.iter().any(|p| p.id == x.id) {
                fees.push(FeeView {
                    id: x.id.clone(),
                    fee: x.fee.clone(),
                    must_not_be_charged: x.status == FeeStatus::Abolished,
                    figure: x.figure.clone(),
                    note: x.note.clone(),
                    citation: ctx.cite(&x.cite),
                });
            }
        }
    }
    parts.sort_by_key(|p| p.payer != crate::policy::Payer::Utility);
    Costs {
        parts,
        fees,
        figures_note: tr!(
            "所依据的文件没有公布外线工程的价格，因此这里不显示金额；需要您出资的部分以供电企业的供电方案为准。零投资指电网侧工程不由您出资，不是您自己的内部线路免费。",
            "所依據的文件沒有公佈外線工程的價格，因此這裡不顯示金額；需要您出資的部分以供電企業的供電方案為準。零投資指電網側工程不由您出資，不是您自己的內部線路免費。",
            "The sources publish no price for external works, so no amount is shown; what you pay is set in the utility's supply plan. Zero investment means you pay nothing for the grid-side works, not that your own wiring is free."
        ),
    }
}

fn capacity_view(app: &Application) -> CapacityView {
    let c = &app.capacity;
    CapacityView {
        input: fmt_cap(c),
        value: c.kilo_str(),
        unit: c.unit,
        unit_given: c.unit_given,
        kva: c.in_unit(Unit::Kva, app.power_factor).kilo_str(),
        kw: c.in_unit(Unit::Kw, app.power_factor).kilo_str(),
        power_factor: app.power_factor.to_string(),
    }
}
