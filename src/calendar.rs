//! Working-day calendar: weekends, State Council public holidays and make-up
//! working days (调休), and the Civil Code rules for counting periods.
//!
//! The holiday schedule is data (`policy/calendar.json`, embedded at compile
//! time); adding a year needs no code change. Years without a published
//! schedule count Monday–Friday as working days, and [`Calendar::unknown_years`]
//! tells the caller to warn about it.
//!
//! Counting is O(log n) and never allocates: every day is numbered, and the
//! number of working days up to a day is a weekday formula plus a precomputed
//! per-day correction for the scheduled years.

use crate::json::{Map, Value};
use crate::text::Text;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::OnceLock;

#[cfg(not(feature = "fetch-policy"))]
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/calendar.json"));

/// Years a schedule may describe (a sanity bound on the data).
const MIN_YEAR: i32 = 1949;
const MAX_YEAR: i32 = 2200;

/// Per-day code in the table: nothing special.
const PLAIN: u16 = 0;
/// Per-day code in the table: make-up working day. Holidays are `HOLIDAY0 + index`.
const MAKEUP: u16 = 1;
const HOLIDAY0: u16 = 2;

/// The citation of one year's holiday schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: Text,
    pub clause: String,
    pub quote: String,
    /// The notice's text under `policy/sources/`; empty when the year names none.
    #[serde(default)]
    pub file: String,
}

/// A day worth mentioning when explaining a timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CalendarEvent {
    /// A public holiday (also listed when it falls on a weekend).
    Holiday { date: NaiveDate, name: Text },
    /// A Saturday or Sunday that is a working day (调休).
    MakeupWorkday { date: NaiveDate },
}

impl CalendarEvent {
    pub fn date(&self) -> NaiveDate {
        match self {
            CalendarEvent::Holiday { date, .. } | CalendarEvent::MakeupWorkday { date } => *date,
        }
    }
}

/// One problem in a calendar file, e.g. path `years[1].holidays[0].to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for CalendarError {}

#[derive(Clone, Debug)]
struct YearSchedule {
    year: i32,
    source: Source,
}

/// Working-day calendar built from a holiday schedule.
#[derive(Clone, Debug)]
pub struct Calendar {
    /// Scheduled years, sorted by year.
    years: Vec<YearSchedule>,
    /// Holiday names, indexed by `code - HOLIDAY0`.
    holiday_names: Vec<Text>,
    /// Day number (days from CE) of `codes[0]`: 1 January of the first scheduled year.
    base: i64,
    /// One code per day from `base` to 31 December of the last scheduled year.
    codes: Vec<u16>,
    /// `corr[i]`: working days minus Mon–Fri days in `[base, base + i]`.
    corr: Vec<i32>,
}

static EMBEDDED: OnceLock<Calendar> = OnceLock::new();

/// The built-in calendar file: embedded, or in the web app fetched before
/// the app first renders.
fn calendar_text() -> &'static str {
    #[cfg(feature = "fetch-policy")]
    return crate::policy::store::calendar().expect("the calendar is fetched before it is used");
    #[cfg(not(feature = "fetch-policy"))]
    return EMBEDDED_JSON;
}

impl Calendar {
    /// The calendar in `policy/calendar.json`. Panics only if that file is broken
    /// (a test checks it is not).
    pub fn embedded() -> Calendar {
        Calendar::shared().clone()
    }

    /// The embedded calendar, parsed once and shared.
    pub fn shared() -> &'static Calendar {
        EMBEDDED.get_or_init(|| match Calendar::from_json(calendar_text()) {
            Ok(calendar) => calendar,
            Err(errors) => crate::policy::broken_built_in("calendar", || {
                let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                list.join("\n")
            }),
        })
    }

    /// Parses and validates a calendar file, reporting every problem found.
    pub fn from_json(json: &str) -> Result<Calendar, Vec<CalendarError>> {
        let root: Value = crate::json::parse(json).map_err(|e| {
            vec![CalendarError {
                path: String::new(),
                message: format!("invalid JSON: {e}"),
            }]
        })?;
        let mut v = Validator::default();
        let parsed = v.file(&root);
        if !v.errors.is_empty() {
            return Err(v.errors);
        }
        Ok(Calendar::build(parsed))
    }

    fn build(mut years: Vec<ParsedYear>) -> Calendar {
        crate::sort::sort_by_key(&mut years, |y| y.year);
        let (Some(first), Some(last)) = (years.first(), years.last()) else {
            return Calendar {
                years: Vec::new(),
                holiday_names: Vec::new(),
                base: 0,
                codes: Vec::new(),
                corr: Vec::new(),
            };
        };
        let base = day_num(ymd(first.year, 1, 1));
        let end = day_num(ymd(last.year, 12, 31));
        let mut codes = vec![PLAIN; (end - base + 1) as usize];
        let mut holiday_names = Vec::new();
        let mut schedules = Vec::with_capacity(years.len());
        for year in years {
            for (name, from, to) in year.holidays {
                let code = HOLIDAY0 + holiday_names.len() as u16;
                holiday_names.push(name);
                for x in day_num(from)..=day_num(to) {
                    codes[(x - base) as usize] = code;
                }
            }
            for d in year.workdays {
                codes[(day_num(d) - base) as usize] = MAKEUP;
            }
            schedules.push(YearSchedule {
                year: year.year,
                source: year.source,
            });
        }
        let mut corr = Vec::with_capacity(codes.len());
        let mut acc = 0i32;
        for (i, &code) in codes.iter().enumerate() {
            let x = base + i as i64;
            acc += i32::from(working_code(code, x)) - i32::from(is_mon_to_fri(x));
            corr.push(acc);
        }
        Calendar {
            years: schedules,
            holiday_names,
            base,
            codes,
            corr,
        }
    }

    /// Mon–Fri unless a public holiday; Sat/Sun only if a listed make-up working
    /// day. Years without a schedule: Mon–Fri.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        let x = day_num(d);
        working_code(self.code(x), x)
    }

    /// Whether `year` has a published holiday schedule in this calendar.
    pub fn has_schedule(&self, year: i32) -> bool {
        self.years.binary_search_by_key(&year, |y| y.year).is_ok()
    }

    /// The years with a published schedule, ascending.
    pub fn scheduled_years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.iter().map(|y| y.year)
    }

    /// The public holiday `d` belongs to, if any.
    pub fn holiday_name(&self, d: NaiveDate) -> Option<&Text> {
        let code = self.code(day_num(d));
        (code >= HOLIDAY0).then(|| &self.holiday_names[usize::from(code - HOLIDAY0)])
    }

    /// Whether `d` is a weekend day that is a working day (调休).
    pub fn is_makeup_workday(&self, d: NaiveDate) -> bool {
        self.code(day_num(d)) == MAKEUP
    }

    /// Civil Code art. 201: the start day is not counted; counting starts the
    /// next day; returns the date of the n-th working day after `start`.
    /// `n = 0` returns `start`.
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        if n == 0 {
            return start;
        }
        let s = day_num(start);
        let target = self.count_through(s) + i64::from(n);
        // count_through(lo) < target <= count_through(hi); at most one working day per day.
        let mut lo = s;
        let mut span = i64::from(n);
        let mut hi = s + span;
        while self.count_through(hi) < target {
            lo = hi;
            span *= 2;
            hi = s + span;
        }
        from_day_num(self.first_reaching(target, lo, hi))
    }

    /// The latest date `d` with `add_working_days(d, n) == end` when `end` is a
    /// working day (steps back `n` working days). When `end` is not a working
    /// day, counting back starts from the last working day before it.
    /// `n = 0` returns `end`.
    pub fn sub_working_days(&self, end: NaiveDate, n: u32) -> NaiveDate {
        if n == 0 {
            return end;
        }
        let e = day_num(end);
        // The first day whose count reaches `target` is the working day just after the
        // answer's count; the answer is the day before it.
        let target = self.count_through(e) - i64::from(n) + 1;
        let mut hi = e;
        let mut span = i64::from(n);
        let mut lo = e - span;
        while self.count_through(lo) >= target {
            hi = lo;
            span *= 2;
            lo = e - span;
        }
        from_day_num(self.first_reaching(target, lo, hi) - 1)
    }

    /// Calendar-day period (天/日): `start + n` days; Civil Code art. 203: if the
    /// last day is not a working day (public holiday or weekend), the period ends
    /// on the next working day. Returns `(date, extended)`. `n = 0` returns
    /// `(start, false)`.
    pub fn add_calendar_days(&self, start: NaiveDate, n: u32) -> (NaiveDate, bool) {
        if n == 0 {
            return (start, false);
        }
        let end = from_day_num(day_num(start) + i64::from(n));
        if self.is_working_day(end) {
            (end, false)
        } else {
            (self.add_working_days(end, 1), true)
        }
    }

    /// Years touched by the span `[from, to]` (either order) that have no
    /// published schedule, ascending.
    pub fn unknown_years(&self, from: NaiveDate, to: NaiveDate) -> Vec<i32> {
        let (a, b) = if from <= to { (from, to) } else { (to, from) };
        (a.year()..=b.year())
            .filter(|&y| !self.has_schedule(y))
            .collect()
    }

    /// Holidays (one event per day) and make-up working days in `(from, to]`, by date.
    pub fn events_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<CalendarEvent> {
        let first = (day_num(from) + 1).max(self.base);
        let last = day_num(to).min(self.base + self.codes.len() as i64 - 1);
        let mut events = Vec::new();
        for x in first..=last {
            match self.codes[(x - self.base) as usize] {
                PLAIN => {}
                MAKEUP => events.push(CalendarEvent::MakeupWorkday {
                    date: from_day_num(x),
                }),
                code => events.push(CalendarEvent::Holiday {
                    date: from_day_num(x),
                    name: self.holiday_names[usize::from(code - HOLIDAY0)].clone(),
                }),
            }
        }
        events
    }

    /// The citation of `year`'s holiday schedule.
    pub fn source(&self, year: i32) -> Option<&Source> {
        self.years
            .binary_search_by_key(&year, |y| y.year)
            .ok()
            .map(|i| &self.years[i].source)
    }

    fn code(&self, x: i64) -> u16 {
        let i = x - self.base;
        if i >= 0 && (i as usize) < self.codes.len() {
            self.codes[i as usize]
        } else {
            PLAIN
        }
    }

    /// Working days in `(0, x]` (relative to day number 0): non-decreasing, +1 on
    /// each working day.
    fn count_through(&self, x: i64) -> i64 {
        let i = x - self.base;
        let corr = if i < 0 || self.corr.is_empty() {
            0
        } else {
            self.corr[(i as usize).min(self.corr.len() - 1)]
        };
        mon_to_fri_through(x) + i64::from(corr)
    }

    /// Smallest `x` in `(lo, hi]` with `count_through(x) >= target`, given
    /// `count_through(lo) < target <= count_through(hi)`.
    fn first_reaching(&self, target: i64, mut lo: i64, mut hi: i64) -> i64 {
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.count_through(mid) >= target {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        hi
    }
}

fn working_code(code: u16, x: i64) -> bool {
    match code {
        PLAIN => is_mon_to_fri(x),
        MAKEUP => true,
        _ => false,
    }
}

/// Day number: 0001-01-01 (a Monday) is 1, so `x mod 7` is 1..=5 for Mon–Fri.
fn day_num(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

fn from_day_num(x: i64) -> NaiveDate {
    i32::try_from(x)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or(if x < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

fn is_mon_to_fri(x: i64) -> bool {
    (1..=5).contains(&x.rem_euclid(7))
}

/// Mon–Fri days in `(0, x]` (negative for `x < 0`).
fn mon_to_fri_through(x: i64) -> i64 {
    5 * x.div_euclid(7) + x.rem_euclid(7).min(5)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

// ---------------------------------------------------------------------------
// Validation

struct ParsedYear {
    year: i32,
    source: Source,
    holidays: Vec<(Text, NaiveDate, NaiveDate)>,
    workdays: Vec<NaiveDate>,
}

#[derive(Default)]
struct Validator {
    errors: Vec<CalendarError>,
}

impl Validator {
    fn err(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(CalendarError {
            path: path.into(),
            message: message.into(),
        });
    }

    /// Checks `v` is an object with the `required` keys and no others (keys
    /// starting with `_` are comments).
    fn object<'a>(&mut self, v: &'a Value, path: &str, required: &[&str]) -> Option<&'a Map> {
        self.object_with(v, path, required, &[])
    }

    /// Like [`Self::object`], also allowing the `optional` keys.
    fn object_with<'a>(
        &mut self,
        v: &'a Value,
        path: &str,
        required: &[&str],
        optional: &[&str],
    ) -> Option<&'a Map> {
        let Some(obj) = v.as_object() else {
            self.err(
                path,
                format!("expected an object with {}", key_list(required)),
            );
            return None;
        };
        for key in required {
            if !obj.contains_key(key) {
                self.err(join(path, key), "missing field");
            }
        }
        for key in obj.keys() {
            let known = required.contains(&key.as_str()) || optional.contains(&key.as_str());
            if !key.starts_with('_') && !known {
                let expected = [required, optional].concat();
                self.err(
                    join(path, key),
                    format!("unknown field `{key}` (expected {})", key_list(&expected)),
                );
            }
        }
        Some(obj)
    }

    fn array<'a>(&mut self, obj: &'a Map, path: &str, key: &str) -> &'a [Value] {
        match obj.get(key) {
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.err(join(path, key), "expected an array");
                &[]
            }
            None => &[],
        }
    }

    fn string(&mut self, obj: &Map, path: &str, key: &str) -> Option<String> {
        match obj.get(key)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            _ => {
                self.err(join(path, key), "expected a non-empty string");
                None
            }
        }
    }

    fn text(&mut self, v: Option<&Value>, path: &str) -> Option<Text> {
        let obj = self.object(v?, path, &["zh-Hans", "zh-Hant", "en"])?;
        let zh_hans = self.string(obj, path, "zh-Hans");
        let zh_hant = self.string(obj, path, "zh-Hant");
        let en = self.string(obj, path, "en");
        Some(Text::new(zh_hans?, zh_hant?, en?))
    }

    fn date(&mut self, v: Option<&Value>, path: &str) -> Option<NaiveDate> {
        let v = v?;
        let Some(s) = v.as_str() else {
            self.err(path, format!("expected a date YYYY-MM-DD, got {v}"));
            return None;
        };
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !shaped {
            self.err(path, format!("expected a date YYYY-MM-DD, got `{s}`"));
            return None;
        }
        let (y, m, d) = (
            s[0..4].parse().ok()?,
            s[5..7].parse().ok()?,
            s[8..10].parse().ok()?,
        );
        let date = NaiveDate::from_ymd_opt(y, m, d);
        if date.is_none() {
            self.err(
                path,
                format!("expected a date YYYY-MM-DD, `{s}` is not a calendar date"),
            );
        }
        date
    }

    fn in_year(&mut self, d: NaiveDate, year: Option<i32>, path: &str) -> bool {
        match year {
            Some(y) if d.year() != y => {
                self.err(path, format!("{d} is outside its year {y}"));
                false
            }
            _ => true,
        }
    }

    fn file(&mut self, root: &Value) -> Vec<ParsedYear> {
        let Some(obj) = self.object(root, "", &["years"]) else {
            return Vec::new();
        };
        let mut parsed = Vec::new();
        let mut seen: HashMap<i32, usize> = HashMap::new();
        for (i, item) in self.array(obj, "", "years").iter().enumerate() {
            let path = format!("years[{i}]");
            if let Some(year) = self.year(item, &path) {
                if let Some(prev) = seen.get(&year.year) {
                    self.err(
                        join(&path, "year"),
                        format!("duplicate year {} (also at years[{prev}])", year.year),
                    );
                } else {
                    seen.insert(year.year, i);
                    parsed.push(year);
                }
            }
        }
        parsed
    }

    fn year(&mut self, v: &Value, path: &str) -> Option<ParsedYear> {
        let obj = self.object(v, path, &["year", "source", "holidays", "workdays"])?;
        let year = match obj.get("year") {
            None => None,
            Some(y) => match y.as_i64() {
                Some(n) if (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&n) => {
                    Some(n as i32)
                }
                _ => {
                    self.err(
                        join(path, "year"),
                        format!("expected a year between {MIN_YEAR} and {MAX_YEAR}, got {y}"),
                    );
                    None
                }
            },
        };
        let source = self.source(obj.get("source"), &join(path, "source"));

        // Holidays: dates, order, year, overlaps.
        let mut holidays = Vec::new();
        let mut holiday_days: BTreeMap<NaiveDate, usize> = BTreeMap::new();
        for (j, h) in self.array(obj, path, "holidays").iter().enumerate() {
            let hpath = format!("{path}.holidays[{j}]");
            let Some(hobj) = self.object(h, &hpath, &["name", "from", "to"]) else {
                continue;
            };
            let name = self.text(hobj.get("name"), &join(&hpath, "name"));
            let from = self.date(hobj.get("from"), &join(&hpath, "from"));
            let to = self.date(hobj.get("to"), &join(&hpath, "to"));
            let from = from.filter(|&d| self.in_year(d, year, &join(&hpath, "from")));
            let to = to.filter(|&d| self.in_year(d, year, &join(&hpath, "to")));
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            if to < from {
                self.err(
                    join(&hpath, "to"),
                    format!("expected a date YYYY-MM-DD on or after `from` ({from}), got {to}"),
                );
                continue;
            }
            let mut overlap = None;
            for d in from.iter_days().take_while(|d| *d <= to) {
                if let Some(&k) = holiday_days.get(&d) {
                    overlap.get_or_insert((d, k));
                } else {
                    holiday_days.insert(d, j);
                }
            }
            if let Some((d, k)) = overlap {
                self.err(&hpath, format!("overlaps {path}.holidays[{k}] on {d}"));
                continue;
            }
            if let Some(name) = name {
                holidays.push((name, from, to));
            }
        }

        // Make-up working days: weekend days of the year, not holidays, listed once.
        let mut workdays = Vec::new();
        for (j, w) in self.array(obj, path, "workdays").iter().enumerate() {
            let wpath = format!("{path}.workdays[{j}]");
            let Some(d) = self.date(Some(w), &wpath) else {
                continue;
            };
            if !self.in_year(d, year, &wpath) {
                continue;
            }
            if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                self.err(
                    &wpath,
                    format!(
                        "expected a Saturday or Sunday (make-up working days are weekend days): {d} is a {}",
                        weekday_name(d.weekday())
                    ),
                );
                continue;
            }
            if let Some(k) = holiday_days.get(&d) {
                self.err(
                    &wpath,
                    format!("{d} is also a holiday ({path}.holidays[{k}])"),
                );
                continue;
            }
            if workdays.contains(&d) {
                self.err(&wpath, format!("{d} is listed twice"));
                continue;
            }
            workdays.push(d);
        }

        Some(ParsedYear {
            year: year?,
            source: source?,
            holidays,
            workdays,
        })
    }

    fn source(&mut self, v: Option<&Value>, path: &str) -> Option<Source> {
        let obj = self.object_with(v?, path, &["title", "clause", "quote"], &["file"])?;
        let title = self.text(obj.get("title"), &join(path, "title"));
        let clause = self.string(obj, path, "clause");
        let quote = self.string(obj, path, "quote");
        let file = match obj.get("file") {
            Some(_) => self.string(obj, path, "file"),
            None => Some(String::new()),
        };
        Some(Source {
            title: title?,
            clause: clause?,
            quote: quote?,
            file: file?,
        })
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn key_list(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
