//! "Add to calendar": the result's milestones as an iCalendar file (RFC 5545),
//! made in the browser — submission, each stage's latest end, and the
//! completion date, as all-day events in the page's language.

use crate::assessment::Assessment;
use crate::explain::words::iso_date;
use crate::text::{pick, Lang};
use chrono::{Datelike, Duration, NaiveDate};

/// One all-day event.
struct Event {
    uid: String,
    date: NaiveDate,
    summary: String,
    description: String,
}

/// The milestones of an assessment, in date order.
fn events(a: &Assessment, lang: Lang) -> Vec<Event> {
    let place = a.jurisdiction_name.get(lang);
    let ev = |id: &str, date, summary: String| Event {
        uid: format!("{}-{id}-{}@dianli", ymd(a.start), a.jurisdiction),
        date,
        description: place.to_string(),
        summary,
    };
    let mut out = vec![ev(
        "submission",
        a.start,
        pick(
            lang,
            "提交用电申请",
            "提交用電申請",
            "Submit the application",
        )
        .to_string(),
    )];
    for (i, s) in a.stages.iter().enumerate() {
        if let Some(end) = s.end {
            let name = s.name.get(lang);
            let summary = match lang.here() {
                Lang::En => format!("Stage {}: {name} — latest end", i + 1),
                Lang::ZhHant => format!("第{}個環節「{name}」最遲辦完", i + 1),
                Lang::ZhHans => format!("第{}个环节“{name}”最迟办完", i + 1),
            };
            out.push(ev(&format!("stage-{}", s.id), end, summary));
        }
    }
    if let Some(done) = a.completion_date {
        out.push(ev(
            "completion",
            done,
            pick(
                lang,
                "最迟接电日期",
                "最遲接電日期",
                "Connected by (latest)",
            )
            .to_string(),
        ));
    }
    crate::sort::sort_by_key(&mut out, |e| e.date);
    out
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Adds a content line, folded at 75 octets without splitting a character.
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// The calendar file; `stamp` is the day it is made (DTSTAMP).
pub fn calendar(a: &Assessment, lang: Lang, stamp: NaiveDate) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//dianli//electricity connection//EN",
        "CALSCALE:GREGORIAN",
    ] {
        line(&mut out, l);
    }
    for e in events(a, lang) {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(&mut out, &format!("DTSTAMP:{}T000000Z", ymd(stamp)));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", ymd(e.date + Duration::days(1))),
        );
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A file name for the download: `dianli-yangjiang-2026-09-30.ics`.
pub fn file_name(a: &Assessment) -> String {
    format!("dianli-{}-{}.ics", a.jurisdiction, iso_date(a.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unfold(s: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for l in s.split("\r\n") {
            if let Some(rest) = l.strip_prefix(' ') {
                out.last_mut().unwrap().push_str(rest);
            } else if !l.is_empty() {
                out.push(l.to_string());
            }
        }
        out
    }

    fn sample() -> Assessment {
        let pack = crate::PolicyPack::embedded();
        let app = crate::Application::parse(
            &crate::Draft::from_pairs([
                ("jurisdiction", "liuzhou"),
                ("capacity", "2000kVA"),
                ("voltage", "10kv"),
                ("supply", "dual"),
                ("start", "2026-06-10"),
            ])
            .0,
            &pack.ids(),
        )
        .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        crate::assess_on(&pack, &app, crate::Calendar::shared(), today)
    }

    #[test]
    fn milestones_are_all_day_events_in_date_order_with_crlf_and_folded_lines() {
        let a = sample();
        let ics = calendar(
            &a,
            Lang::ZhHans,
            NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        );
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        let lines = unfold(&ics);
        let starts: Vec<&str> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
            .collect();
        assert_eq!(starts.first(), Some(&"20260610"));
        assert_eq!(
            starts.last(),
            Some(&"20260715"),
            "completion: the contract's 2026-07-15"
        );
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted);
        assert_eq!(
            lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
            lines.iter().filter(|l| *l == "END:VEVENT").count()
        );
        assert!(lines.iter().any(|l| l == "SUMMARY:最迟接电日期"));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "电".repeat(60)));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75);
        }
        assert_eq!(unfold(&out)[0], format!("SUMMARY:{}", "电".repeat(60)));
    }
}
