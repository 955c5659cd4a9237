use chrono::{Datelike, NaiveDate, Weekday};
use dianli::calendar::{Calendar, CalendarError, CalendarEvent};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn cal() -> Calendar {
    Calendar::embedded()
}

/// Working days in `(from, to]`, counted one day at a time.
fn count_working(c: &Calendar, from: NaiveDate, to: NaiveDate) -> u32 {
    from.iter_days()
        .skip(1)
        .take_while(|x| *x <= to)
        .filter(|x| c.is_working_day(*x))
        .count() as u32
}

#[test]
fn embedded_calendar_parses_with_2025_and_2026() {
    let c = cal();
    assert!(c.has_schedule(2025));
    assert!(c.has_schedule(2026));
    assert!(!c.has_schedule(2024));
    assert!(!c.has_schedule(2027));
    assert_eq!(c.scheduled_years().collect::<Vec<_>>(), vec![2025, 2026]);
}

#[test]
fn sources_cite_the_state_council_notices() {
    let c = cal();
    let s25 = c.source(2025).unwrap();
    assert_eq!(
        s25.title.zh_hans.as_str(),
        "国务院办公厅关于2025年部分节假日安排的通知"
    );
    assert!(s25.title.is_complete());
    assert_eq!(s25.clause, "一、至六、");
    assert_eq!(s25.file, "national/holidays-2025.txt");
    assert!(s25
        .quote
        .contains("六、国庆节、中秋节:10月1日(周三)至8日(周三)放假调休,共8天。"));
    let s26 = c.source(2026).unwrap();
    assert!(s26.title.en.contains("2026"));
    assert!(s26
        .quote
        .starts_with("一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。"));
    assert!(c.source(2027).is_none());
}

#[test]
fn civil_code_201_submission_day_not_counted() {
    let c = cal();
    assert_eq!(d(2026, 6, 1).weekday(), Weekday::Mon);
    assert_eq!(c.add_working_days(d(2026, 6, 1), 1), d(2026, 6, 2));
    assert_eq!(c.add_working_days(d(2026, 6, 1), 3), d(2026, 6, 4));
    // Submitted on a Saturday: counting starts Sunday, first working day Monday.
    assert_eq!(c.add_working_days(d(2026, 6, 6), 1), d(2026, 6, 8));
}

#[test]
fn zero_days() {
    let c = cal();
    for start in [d(2026, 6, 1), d(2026, 6, 6), d(2026, 10, 1), d(2027, 1, 2)] {
        assert_eq!(c.add_working_days(start, 0), start);
        assert_eq!(c.sub_working_days(start, 0), start);
        assert_eq!(c.add_calendar_days(start, 0), (start, false));
    }
}

#[test]
fn dragon_boat_2026_skipped() {
    let c = cal();
    assert!(!c.is_working_day(d(2026, 6, 19)));
    assert_eq!(
        c.holiday_name(d(2026, 6, 19)).unwrap().zh_hans.as_str(),
        "端午节"
    );
    assert_eq!(c.add_working_days(d(2026, 6, 10), 24), d(2026, 7, 15));
}

#[test]
fn labour_day_2026_then_makeup_saturday_counts() {
    let c = cal();
    assert!(c.is_makeup_workday(d(2026, 5, 9)));
    assert!(c.is_working_day(d(2026, 5, 9)));
    assert_eq!(c.add_working_days(d(2026, 4, 30), 1), d(2026, 5, 6));
    assert_eq!(c.add_working_days(d(2026, 4, 30), 4), d(2026, 5, 9));
    assert_eq!(c.add_working_days(d(2026, 4, 30), 5), d(2026, 5, 11));
}

#[test]
fn labour_day_2025_sunday_april_27_is_working() {
    let c = cal();
    assert!(c.is_working_day(d(2025, 4, 27)));
    assert_eq!(c.add_working_days(d(2025, 4, 25), 1), d(2025, 4, 27));
    assert_eq!(c.add_working_days(d(2025, 4, 30), 1), d(2025, 5, 6));
}

#[test]
fn spring_festival_2026_with_two_makeup_saturdays() {
    let c = cal();
    let fri = d(2026, 2, 13);
    assert_eq!(c.add_working_days(fri, 1), d(2026, 2, 14));
    assert_eq!(c.add_working_days(fri, 2), d(2026, 2, 24));
    assert_eq!(c.add_working_days(fri, 6), d(2026, 2, 28));
    assert_eq!(c.add_working_days(fri, 7), d(2026, 3, 2));
    for x in d(2026, 2, 15).iter_days().take(9) {
        assert!(!c.is_working_day(x), "{x}");
        assert_eq!(c.holiday_name(x).unwrap().en.as_str(), "Spring Festival");
    }
    assert!(c.is_working_day(d(2026, 2, 24)));
}

#[test]
fn spring_festival_2025_makeup_days() {
    let c = cal();
    assert!(c.is_working_day(d(2025, 1, 26)));
    assert!(!c.is_working_day(d(2025, 1, 28)));
    assert!(!c.is_working_day(d(2025, 2, 4)));
    assert!(c.is_working_day(d(2025, 2, 8)));
    // Fri 01-24 -> Sun 01-26, Mon 01-27, then Wed 02-05.
    assert_eq!(c.add_working_days(d(2025, 1, 24), 3), d(2025, 2, 5));
}

#[test]
fn national_day_2025_makeup_days() {
    let c = cal();
    let fri = d(2025, 9, 26);
    assert_eq!(c.add_working_days(fri, 1), d(2025, 9, 28));
    assert_eq!(c.add_working_days(fri, 3), d(2025, 9, 30));
    assert_eq!(c.add_working_days(fri, 4), d(2025, 10, 9));
    assert_eq!(c.add_working_days(fri, 6), d(2025, 10, 11));
    assert_eq!(c.add_working_days(fri, 7), d(2025, 10, 13));
    assert_eq!(
        c.holiday_name(d(2025, 10, 6)).unwrap().en.as_str(),
        "National Day and Mid-Autumn Festival"
    );
}

#[test]
fn new_year_2026_sunday_jan4_is_working() {
    let c = cal();
    assert_eq!(d(2026, 1, 4).weekday(), Weekday::Sun);
    assert!(c.is_working_day(d(2026, 1, 4)));
    assert!(c.is_makeup_workday(d(2026, 1, 4)));
    assert!(!c.is_working_day(d(2026, 1, 2)));
    assert_eq!(c.add_working_days(d(2025, 12, 31), 1), d(2026, 1, 4));
    assert_eq!(c.add_working_days(d(2025, 12, 31), 2), d(2026, 1, 5));
}

#[test]
fn mid_autumn_and_national_day_2026() {
    let c = cal();
    assert!(c.is_working_day(d(2026, 9, 20)));
    assert!(!c.is_working_day(d(2026, 9, 25)));
    assert!(!c.is_working_day(d(2026, 10, 7)));
    assert!(c.is_working_day(d(2026, 10, 10)));
    assert_eq!(
        c.holiday_name(d(2026, 9, 25)).unwrap().zh_hant.as_str(),
        "中秋節"
    );
    assert_eq!(
        c.holiday_name(d(2026, 10, 1)).unwrap().zh_hans.as_str(),
        "国庆节"
    );
    // Wed 09-30 -> Thu 10-08, Fri 10-09, Sat 10-10.
    assert_eq!(c.add_working_days(d(2026, 9, 30), 3), d(2026, 10, 10));
}

#[test]
fn year_2027_counts_weekends_only() {
    let c = cal();
    // No schedule: 2027-10-01 (a Friday) counts as a working day.
    assert!(c.is_working_day(d(2027, 10, 1)));
    assert!(c.holiday_name(d(2027, 10, 1)).is_none());
    assert!(!c.is_working_day(d(2027, 10, 2)));
    assert_eq!(c.add_working_days(d(2026, 12, 31), 1), d(2027, 1, 1));
    assert_eq!(c.add_working_days(d(2026, 12, 31), 2), d(2027, 1, 4));
    assert_eq!(c.add_working_days(d(2027, 3, 1), 10), d(2027, 3, 15));
    // Years before the table too.
    assert_eq!(c.add_working_days(d(2024, 12, 30), 2), d(2025, 1, 2));
}

#[test]
fn unknown_years_reports_2027() {
    let c = cal();
    assert_eq!(c.unknown_years(d(2026, 11, 1), d(2027, 2, 1)), vec![2027]);
    assert_eq!(
        c.unknown_years(d(2025, 1, 1), d(2026, 12, 31)),
        Vec::<i32>::new()
    );
    assert_eq!(
        c.unknown_years(d(2028, 1, 5), d(2024, 6, 1)),
        vec![2024, 2027, 2028]
    );
}

#[test]
fn calendar_days_ending_on_holiday_extended_by_art_203() {
    let c = cal();
    // Tue 2026-09-22 + 3 days = Fri 09-25 (Mid-Autumn); 26 Sat, 27 holiday -> Mon 09-28.
    assert_eq!(
        c.add_calendar_days(d(2026, 9, 22), 3),
        (d(2026, 9, 28), true)
    );
    // Ends inside National Day 2025 -> Thu 10-09.
    assert_eq!(
        c.add_calendar_days(d(2025, 9, 20), 12),
        (d(2025, 10, 9), true)
    );
    // Ends on a weekend.
    assert_eq!(c.add_calendar_days(d(2026, 6, 5), 1), (d(2026, 6, 8), true));
    // Ends on a working day / a make-up Saturday: not extended.
    assert_eq!(
        c.add_calendar_days(d(2025, 9, 20), 10),
        (d(2025, 9, 30), false)
    );
    assert_eq!(
        c.add_calendar_days(d(2026, 10, 3), 7),
        (d(2026, 10, 10), false)
    );
    // Days across a holiday are all counted.
    assert_eq!(
        c.add_calendar_days(d(2026, 2, 10), 15),
        (d(2026, 2, 25), false)
    );
}

#[test]
fn sub_working_days_inverse_of_add_for_working_days() {
    let c = cal();
    assert_eq!(c.sub_working_days(d(2026, 6, 4), 3), d(2026, 6, 1));
    // Latest start: Sunday before Monday's first working day.
    assert_eq!(c.sub_working_days(d(2026, 6, 8), 1), d(2026, 6, 7));
    // Latest start before Sat 2026-05-09 (4th working day after Thu 04-30): the last holiday day.
    assert_eq!(c.sub_working_days(d(2026, 5, 9), 4), d(2026, 5, 5));
    assert_eq!(c.add_working_days(d(2026, 4, 30), 4), d(2026, 5, 9));
    let mut end = d(2024, 12, 1);
    while end <= d(2027, 12, 31) {
        if c.is_working_day(end) {
            for n in 1..30 {
                let start = c.sub_working_days(end, n);
                assert_eq!(c.add_working_days(start, n), end, "{end} - {n}");
                let later = start.succ_opt().unwrap();
                assert_ne!(c.add_working_days(later, n), end, "{end} - {n} not latest");
            }
        }
        end = end.succ_opt().unwrap();
    }
}

#[test]
fn events_between_lists_holidays_and_makeup_days() {
    let c = cal();
    let ev = c.events_between(d(2026, 4, 30), d(2026, 5, 9));
    assert_eq!(ev.len(), 6);
    assert!(
        matches!(&ev[0], CalendarEvent::Holiday { date, name } if *date == d(2026, 5, 1) && name.en.as_str() == "Labour Day")
    );
    assert_eq!(ev[4].date(), d(2026, 5, 5));
    assert_eq!(
        ev[5],
        CalendarEvent::MakeupWorkday {
            date: d(2026, 5, 9)
        }
    );
    // (from, to]: `from` itself is excluded.
    assert_eq!(c.events_between(d(2026, 5, 1), d(2026, 5, 2)).len(), 1);
    assert!(c.events_between(d(2027, 1, 1), d(2027, 12, 31)).is_empty());
    assert!(c.events_between(d(2026, 5, 9), d(2026, 5, 1)).is_empty());
    let all = c.events_between(d(2024, 12, 31), d(2027, 1, 1));
    let makeup = all
        .iter()
        .filter(|e| matches!(e, CalendarEvent::MakeupWorkday { .. }))
        .count();
    assert_eq!(makeup, 11);
    assert!(all.windows(2).all(|w| w[0].date() < w[1].date()));
}

#[test]
fn property_counts_match_for_every_start_2025_to_2027() {
    let c = cal();
    let mut start = d(2025, 1, 1);
    while start <= d(2027, 12, 31) {
        for n in 0..40 {
            let r = c.add_working_days(start, n);
            assert!(r >= start);
            if n > 0 {
                assert!(c.is_working_day(r), "{start} + {n} = {r}");
            }
            assert_eq!(count_working(&c, start, r), n, "{start} + {n} = {r}");
        }
        start = start.succ_opt().unwrap();
    }
}

#[test]
fn long_periods_do_not_drift() {
    let c = cal();
    let r = c.add_working_days(d(2025, 1, 1), 600);
    assert_eq!(count_working(&c, d(2025, 1, 1), r), 600);
    assert!(c.is_working_day(r));
    assert_eq!(c.sub_working_days(r, 600), c.sub_working_days(r, 600));
    assert_eq!(c.add_working_days(c.sub_working_days(r, 600), 600), r);
}

fn minimal_year(year: i32, holidays: &str, workdays: &str) -> String {
    format!(
        r#"{{"year": {year}, "source": {{"title": {{"zh-Hans": "通知", "zh-Hant": "通知", "en": "Notice"}}, "clause": "c", "quote": "q"}},
            "holidays": [{holidays}], "workdays": [{workdays}]}}"#
    )
}

fn paths(errors: &[CalendarError]) -> Vec<&str> {
    errors.iter().map(|e| e.path.as_str()).collect()
}

#[test]
fn from_json_accepts_a_new_year_without_code_changes() {
    let json = format!(
        r#"{{"years": [{}]}}"#,
        minimal_year(
            2027,
            r#"{"name": {"zh-Hans": "国庆节", "zh-Hant": "國慶節", "en": "National Day"}, "from": "2027-10-01", "to": "2027-10-07"}"#,
            r#""2027-09-26""#
        )
    );
    let c = Calendar::from_json(&json).unwrap();
    assert!(c.has_schedule(2027));
    assert!(!c.is_working_day(d(2027, 10, 1)));
    assert!(c.is_working_day(d(2027, 9, 26)));
    assert_eq!(c.add_working_days(d(2027, 9, 30), 1), d(2027, 10, 8));
    assert!(Calendar::from_json(r#"{"years": []}"#)
        .unwrap()
        .is_working_day(d(2025, 1, 1)));
}

#[test]
fn from_json_reports_all_problems_with_paths() {
    let bad_holidays = [
        r#"{"name": {"zh-Hans": "甲", "zh-Hant": "甲", "en": "A"}, "from": "2025-05-05", "to": "2025-05-01"}"#,
        r#"{"name": {"zh-Hans": "乙", "zh-Hant": "乙", "en": ""}, "from": "2025-13-01", "to": "2025-5-1"}"#,
        r#"{"name": {"zh-Hans": "丙", "zh-Hant": "丙", "en": "C"}, "from": "2025-12-31", "to": "2026-01-01"}"#,
    ]
    .join(",");
    let json = format!(
        r#"{{"years": [{}, {}, {{"year": 2026, "holidays": [], "workdays": [], "extra": 1}}]}}"#,
        minimal_year(
            2025,
            &bad_holidays,
            r#""2025-01-27", "2024-01-06", "not a date""#
        ),
        minimal_year(2025, "", ""),
    );
    let errors = Calendar::from_json(&json).unwrap_err();
    let p = paths(&errors);
    for expected in [
        "years[0].holidays[0].to",
        "years[0].holidays[1].name.en",
        "years[0].holidays[1].from",
        "years[0].holidays[1].to",
        "years[0].holidays[2].to",
        "years[0].workdays[0]",
        "years[0].workdays[1]",
        "years[0].workdays[2]",
        "years[1].year",
        "years[2].source",
        "years[2].extra",
    ] {
        assert!(p.contains(&expected), "missing {expected} in {errors:#?}");
    }
    let to = errors
        .iter()
        .find(|e| e.path == "years[0].holidays[0].to")
        .unwrap();
    assert!(to.message.contains("on or after `from`"), "{}", to.message);
    let dup = errors.iter().find(|e| e.path == "years[1].year").unwrap();
    assert!(
        dup.message.contains("duplicate year 2025"),
        "{}",
        dup.message
    );
    let weekday = errors
        .iter()
        .find(|e| e.path == "years[0].workdays[0]")
        .unwrap();
    assert!(weekday.message.contains("Monday"), "{}", weekday.message);
    assert!(errors[0].to_string().starts_with("years["));
}

#[test]
fn from_json_rejects_overlaps_and_makeup_days_on_holidays() {
    let holidays = [
        r#"{"name": {"zh-Hans": "甲", "zh-Hant": "甲", "en": "A"}, "from": "2025-10-01", "to": "2025-10-08"}"#,
        r#"{"name": {"zh-Hans": "乙", "zh-Hant": "乙", "en": "B"}, "from": "2025-10-06", "to": "2025-10-06"}"#,
    ]
    .join(",");
    let json = format!(
        r#"{{"years": [{}]}}"#,
        minimal_year(
            2025,
            &holidays,
            r#""2025-10-04", "2025-10-11", "2025-10-11""#
        )
    );
    let errors = Calendar::from_json(&json).unwrap_err();
    assert_eq!(
        paths(&errors),
        vec![
            "years[0].holidays[1]",
            "years[0].workdays[0]",
            "years[0].workdays[2]"
        ],
        "{errors:#?}"
    );
}

#[test]
fn from_json_rejects_bad_shapes() {
    let e = Calendar::from_json("{").unwrap_err();
    assert_eq!(e.len(), 1);
    assert!(e[0].message.contains("invalid JSON"));
    let e = Calendar::from_json("[]").unwrap_err();
    assert_eq!(e[0].path, "");
    let e = Calendar::from_json(r#"{"years": {}}"#).unwrap_err();
    assert_eq!(paths(&e), vec!["years"]);
    let e = Calendar::from_json(
        r#"{"years": [{"year": 1800, "source": 3, "holidays": [], "workdays": []}]}"#,
    )
    .unwrap_err();
    assert_eq!(paths(&e), vec!["years[0].year", "years[0].source"]);
}
