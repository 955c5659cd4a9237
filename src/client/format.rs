//! Dates, day counts and the app's formatted sentences, in the page's language.

use super::questions::choice_label;
use super::strings::{pick, S};
use crate::calendar::CalendarEvent;
use crate::explain::words::MONTHS as MONTHS_EN;
use crate::model::Field;
use crate::policy::DaysKind;
use crate::share;
use crate::text::Lang;
use chrono::{Datelike, NaiveDate};

// ---------------------------------------------------------------------------
// Formatting.
// ---------------------------------------------------------------------------

const WEEKDAYS_ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
const WEEKDAYS_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn weekday_index(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

/// "2026年6月4日（星期四）" / "Thu 4 June 2026".
pub fn date_long(d: NaiveDate, lang: Lang) -> String {
    let w = weekday_index(d);
    let date = crate::explain::words::date(d, lang);
    match lang.here() {
        Lang::En => format!("{} {date}", WEEKDAYS_EN[w]),
        _ => format!("{date}（星期{}）", WEEKDAYS_ZH[w]),
    }
}

/// "6月4日（周四）" / "Thu 4 Jun" (for lists of days inside one period).
pub fn date_short(d: NaiveDate, lang: Lang) -> String {
    let w = weekday_index(d);
    let date = day_month(d, lang);
    match lang.here() {
        Lang::En => format!("{} {date}", WEEKDAYS_EN[w]),
        Lang::ZhHans => format!("{date}（周{}）", WEEKDAYS_ZH[w]),
        Lang::ZhHant => format!("{date}（週{}）", WEEKDAYS_ZH[w]),
    }
}

/// "2026-06-04" (the link and date-picker format).
pub use crate::explain::words::iso_date;

/// "6月4日" / "4 Jun".
fn day_month(d: NaiveDate, lang: Lang) -> String {
    match lang.here() {
        Lang::En => format!("{} {}", d.day(), &MONTHS_EN[d.month0() as usize][..3]),
        _ => format!("{}月{}日", d.month(), d.day()),
    }
}

/// "4 个工作日" / "1 working day" / "30 天" / "30 days".
pub fn days(n: u32, kind: DaysKind, lang: Lang) -> String {
    match (kind, lang.here()) {
        (DaysKind::Working, Lang::ZhHans) => format!("{n} 个工作日"),
        (DaysKind::Working, Lang::ZhHant) => format!("{n} 個工作日"),
        (DaysKind::Working, Lang::En) if n == 1 => "1 working day".to_string(),
        (DaysKind::Working, Lang::En) => format!("{n} working days"),
        (DaysKind::Calendar, Lang::En) if n == 1 => "1 day".to_string(),
        (DaysKind::Calendar, Lang::En) => format!("{n} days"),
        (DaysKind::Calendar, _) => format!("{n} 天"),
    }
}

/// "不超过 4 个工作日" / "up to 4 working days"; "平均 …" / "… on average" for averages; 0 = same day.
pub fn limit_text(n: u32, kind: DaysKind, average: bool, lang: Lang) -> String {
    if n == 0 {
        return S::SameDay.get(lang).to_string();
    }
    let d = days(n, kind, lang);
    match (average, lang.here()) {
        (true, Lang::En) => format!("{d} on average"),
        (true, _) => format!("平均 {d}"),
        (false, Lang::ZhHans) => format!("不超过 {d}"),
        (false, Lang::ZhHant) => format!("不超過 {d}"),
        (false, Lang::En) => format!("Up to {d}"),
    }
}

/// "自 2026年9月30日（星期三）申请起算" under the completion date.
pub fn applied_on(d: NaiveDate, lang: Lang) -> String {
    let d = date_long(d, lang);
    crate::pick!(
        lang,
        format!("自 {d} 申请起算"),
        format!("自 {d} 申請起算"),
        format!("counted from your application on {d}"),
    )
}

/// "共 3 个" / "3 in all".
pub fn stage_count(n: usize, lang: Lang) -> String {
    crate::pick!(
        lang,
        format!("共 {n} 个"),
        format!("共 {n} 個"),
        format!("{n} in all"),
    )
}

pub fn portal_policy_text(url: &str, lang: Lang) -> String {
    crate::pick!(
        lang,
        format!("以下评估依据门户提供的政策数据（{url}），而不是本工具内置的数据。"),
        format!("以下評估依據入口網站提供的政策資料（{url}），而不是本工具內建的資料。"),
        format!("This assessment uses policy data supplied by the portal ({url}) instead of the data built into this tool."),
    )
}

/// The address itself is not repeated: a refused link's text stays off the page.
pub fn portal_policy_refused_text(lang: Lang) -> &'static str {
    pick(
        lang,
        "以下评估依据本工具内置的数据，没有使用链接中指定的政策数据。原因：",
        "以下評估依據本工具內建的資料，沒有使用連結中指定的政策資料。原因：",
        "This assessment uses the data built into this tool, not the policy data the link names. Why:",
    )
}

pub fn portal_policy_failed_text(url: &str, lang: Lang) -> String {
    crate::pick!(
        lang,
        format!("门户指定的政策数据（{url}）无法使用，以下评估依据本工具内置的数据。请告知嵌入本工具的网站。问题如下："),
        format!("入口網站指定的政策資料（{url}）無法使用，以下評估依據本工具內建的資料。請告知嵌入本工具的網站。問題如下："),
        format!("The policy data the portal named ({url}) could not be used, so this assessment uses the data built into this tool. Please tell the site that embeds it. The problems:"),
    )
}

pub fn more_problems_text(n: usize, lang: Lang) -> String {
    crate::pick!(
        lang,
        format!("……另有 {n} 个问题。"),
        format!("……另有 {n} 個問題。"),
        format!("…and {n} more."),
    )
}

pub fn accent_problem_text(raw: &str, problem: share::AccentProblem, lang: Lang) -> String {
    let raw = crate::text::echo(raw);
    match problem {
        share::AccentProblem::NotAColour => crate::pick!(
            lang,
            format!("“{raw}”不是颜色代码（应为六位十六进制数，如 0b4f7c），已使用默认颜色。"),
            format!("「{raw}」不是顏色代碼（應為六位十六進位數，如 0b4f7c），已使用預設顏色。"),
            format!("“{raw}” is not a colour code (six hexadecimal digits, like 0b4f7c); the default colour is used."),
        ),
        share::AccentProblem::TooLight => crate::pick!(
            lang,
            format!("颜色“{raw}”太浅，白色文字在上面难以看清（对比度低于 4.5:1），已使用默认颜色。"),
            format!("顏色「{raw}」太淺，白色文字在上面難以看清（對比度低於 4.5:1），已使用預設顏色。"),
            format!("The colour “{raw}” is too light for white text to be read on it (contrast below 4.5:1); the default colour is used."),
        ),
    }
}

/// "链接中有本工具不认识的参数（已忽略）：colour".
pub fn unknown_params_text(params: &str, lang: Lang) -> String {
    let params = crate::text::echo(params);
    crate::pick!(
        lang,
        format!("链接中有本工具不认识的参数，已忽略：{params}"),
        format!("連結中有本工具不認識的參數，已忽略：{params}"),
        format!("The link has parameters this tool does not know; they were ignored: {params}"),
    )
}

/// "如为“其他地区（农村）”" — one scenario of an unanswered question.
pub fn scenario_label(field: Field, value: &str, lang: Lang) -> String {
    let answer = choice_label(field, value, lang);
    let q = field.label();
    crate::pick!(
        lang,
        format!("{}为“{answer}”时", q.get(lang)),
        format!("{}為「{answer}」時", q.get(lang)),
        format!("{}: “{answer}”", q.get(lang)),
    )
}

/// "第 2 步，共 5 步" / "Step 2 of 5".
pub fn step_of(n: usize, total: usize, lang: Lang) -> String {
    match lang.here() {
        Lang::En => format!("Step {n} of {total}"),
        _ => format!("第 {n} 步，共 {total} 步"),
    }
}

/// "办电环节（共 3 个）" / "Stages (3)".
pub fn stages_title(n: usize, lang: Lang) -> String {
    crate::pick!(
        lang,
        format!("办电环节：共 {n} 个"),
        format!("辦電環節：共 {n} 個"),
        format!("Stages: {n} in all"),
    )
}

/// "申请时要带的材料（2 项）".
pub fn documents_title(n: usize, lang: Lang) -> String {
    crate::pick!(
        lang,
        format!("申请时要带的材料（{n} 项）"),
        format!("申請時要帶的材料（{n} 項）"),
        if n == 1 {
            "Documents to bring when you apply (1)".to_string()
        } else {
            format!("Documents to bring when you apply ({n})")
        },
    )
}

/// "2026年6月1日（星期一）至 2026年6月4日（星期四）": a stage's own period (the page
/// calls only the connection date "最迟").
pub fn period_text(start: NaiveDate, end: Option<NaiveDate>, lang: Lang) -> String {
    match end {
        Some(e) if e == start => date_long(e, lang),
        Some(e) => crate::pick!(
            lang,
            format!("{} 至 {}", date_long(start, lang), date_long(e, lang)),
            format!("{} 至 {}", date_long(start, lang), date_long(e, lang)),
            format!(
                "From {} to {} at the latest",
                date_long(start, lang),
                date_long(e, lang)
            ),
        ),
        None => crate::pick!(
            lang,
            format!("{} 起", date_long(start, lang)),
            format!("{} 起", date_long(start, lang)),
            format!("From {}", date_long(start, lang)),
        ),
    }
}

/// "审批合计不超过 7 个工作日" (or "至少" when some permit has no limit).
pub fn approvals_total(n: u32, minimum: bool, lang: Lang) -> String {
    let d = days(n, DaysKind::Working, lang);
    match (minimum, lang.here()) {
        (false, Lang::ZhHans) => format!("审批合计不超过 {d}。"),
        (false, Lang::ZhHant) => format!("審批合計不超過 {d}。"),
        (false, Lang::En) => format!("All permits within {d}."),
        (true, Lang::ZhHans) => format!("审批至少需要 {d}（部分审批没有规定时限）。"),
        (true, Lang::ZhHant) => format!("審批至少需要 {d}（部分審批沒有規定時限）。"),
        (true, Lang::En) => format!("At least {d} for the permits (some have no stated limit)."),
    }
}

/// "复杂情形不超过 20 个工作日".
pub fn complex_limit(n: u32, lang: Lang) -> String {
    let d = days(n, DaysKind::Working, lang);
    crate::pick!(
        lang,
        format!("复杂情形不超过 {d}"),
        format!("複雜情形不超過 {d}"),
        format!("complex cases: up to {d}"),
    )
}

/// "上级规定：不超过 7 个工作日".
pub fn regional_limit(n: u32, lang: Lang) -> String {
    let d = days(n, DaysKind::Working, lang);
    crate::pick!(
        lang,
        format!("上级规定：不超过 {d}"),
        format!("上級規定：不超過 {d}"),
        format!("Regional limit: up to {d}"),
    )
}

/// "120 秒后…" countdown text for the kiosk warning.
pub fn idle_text(secs: u32, lang: Lang) -> String {
    crate::pick!(
        lang,
        format!("{secs} 秒后将清除您的答案并回到首页，以保护您的隐私。"),
        format!("{secs} 秒後將清除您的答案並回到首頁，以保護您的私隱。"),
        format!("In {secs} seconds your answers will be cleared and the tool goes back to the start, to protect your privacy."),
    )
}

/// A variation in one line: "2 个环节，不超过 2 个工作日，接电日期 2026年10月9日（星期五）；零投资：适用".
pub fn variation_text(
    stages: usize,
    limit: Option<u32>,
    completion: Option<NaiveDate>,
    zero: bool,
    lang: Lang,
) -> String {
    let mut parts = vec![crate::pick!(
        lang,
        format!("{stages} 个环节"),
        format!("{stages} 個環節"),
        format!("{stages} stages"),
    )];
    if let Some(n) = limit {
        let l = limit_text(n, DaysKind::Working, false, lang);
        parts.push(if lang.here() == Lang::En {
            l.replacen("Up to", "up to", 1)
        } else {
            l
        });
    }
    if let Some(d) = completion {
        parts.push(crate::pick!(
            lang,
            format!("接电日期 {}", date_long(d, lang)),
            format!("接電日期 {}", date_long(d, lang)),
            format!("by {}", date_long(d, lang)),
        ));
    }
    let zi = if zero { S::Applies } else { S::DoesNotApply }.get(lang);
    let sep = pick(lang, "，", "，", ", ");
    let zi_part = crate::pick!(
        lang,
        format!("；零投资{zi}"),
        format!("；零投資{zi}"),
        format!("; zero investment {zi}"),
    );
    format!("{}{}", parts.join(sep), zi_part)
}

/// Holidays and make-up working days inside a period, as readable lines:
/// consecutive days of one holiday become a range.
pub fn calendar_notes(events: &[CalendarEvent], lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            CalendarEvent::Holiday { date, name } => {
                let mut last = *date;
                let mut j = i + 1;
                while let Some(CalendarEvent::Holiday { date: d, name: n }) = events.get(j) {
                    if n == name && last.succ_opt() == Some(*d) {
                        last = *d;
                        j += 1;
                    } else {
                        break;
                    }
                }
                let when = if last == *date {
                    date_short(*date, lang)
                } else {
                    format!("{}–{}", day_month(*date, lang), day_month(last, lang))
                };
                let n = name.get(lang);
                out.push(match lang.here() {
                    Lang::En => format!("{n} ({when})"),
                    _ => format!("{n}（{when}）"),
                });
                i = j;
            }
            CalendarEvent::MakeupWorkday { date } => {
                let d = date_short(*date, lang);
                out.push(crate::pick!(
                    lang,
                    format!("{d}调休上班"),
                    format!("{d}調休上班"),
                    format!("{d} is a make-up working day"),
                ));
                i += 1;
            }
        }
    }
    out
}
