//! Share links: the answers live in the URL fragment, e.g.
//! `#/result?jurisdiction=yangjiang&area=rural&capacity=100kVA&lang=en`.
//! The server never sees them; a portal may preset fields the same way (`#/?jurisdiction=liuzhou`).

use crate::model::{Draft, Field};
use crate::text::Lang;

/// Which page a link opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Route {
    /// Start page (with any preset answers).
    #[default]
    Start,
    /// The questions.
    Form,
    /// "Check your answers".
    Check,
    /// The result.
    Result,
    /// Officials' pages: the places side by side.
    Compare,
    /// Every rule of one place (`/rules/<place>`).
    Rules,
    /// Check a policy pack and try it.
    CheckPack,
    /// One place's capacity × area × customer grid.
    Scenarios,
    /// The applicant's equipment list (`/load?items=…`).
    Load,
}

impl Route {
    pub fn path(self) -> &'static str {
        match self {
            Route::Start => "/",
            Route::Form => "/form",
            Route::Check => "/check",
            Route::Result => "/result",
            Route::Compare => "/compare",
            Route::Rules => "/rules",
            Route::CheckPack => "/check-pack",
            Route::Scenarios => "/scenarios",
            Route::Load => "/load",
        }
    }

    fn from_path(p: &str) -> Option<Route> {
        match p.trim_end_matches('/') {
            "" => Some(Route::Start),
            "/form" | "/questions" => Some(Route::Form),
            "/check" => Some(Route::Check),
            "/result" => Some(Route::Result),
            "/compare" => Some(Route::Compare),
            "/check-pack" => Some(Route::CheckPack),
            "/scenarios" => Some(Route::Scenarios),
            "/load" => Some(Route::Load),
            p if p == "/rules" || p.starts_with("/rules/") => Some(Route::Rules),
            _ => None,
        }
    }

    /// Whether the page's links carry this answer: the applicant's pages carry
    /// them all; an official's page only what it shows (the rules page's place
    /// is in its path).
    pub fn keeps(self, key: &str) -> bool {
        match self {
            Route::Start | Route::Form | Route::Check | Route::Result | Route::Load => true,
            Route::Compare => key == "start",
            Route::Rules => matches!(key, "voltage" | "customer"),
            Route::CheckPack => false,
            Route::Scenarios => matches!(
                key,
                "jurisdiction"
                    | "start"
                    | "supply"
                    | "external_works"
                    | "kind"
                    | "temporary"
                    | "power_factor"
            ),
        }
    }
}

/// How the page is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Web,
    /// Service-hall kiosk: large targets, idle reset.
    Kiosk,
    /// Inside a portal's iframe: no site chrome.
    Embed,
}

impl Mode {
    pub fn key(self) -> Option<&'static str> {
        match self {
            Mode::Web => None,
            Mode::Kiosk => Some("kiosk"),
            Mode::Embed => Some("embed"),
        }
    }
}

/// What an embedding portal may set besides answers: `policy=<url>` (its own
/// policy pack, fetched once when the page loads), `accent=<rrggbb>` (its
/// colour) and `care=1` (关怀模式: larger text, higher contrast, longer timeouts;
/// the user can turn it on and off too).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Portal {
    pub policy: Option<String>,
    pub accent: Option<String>,
    pub care: bool,
}

impl Portal {
    /// What a shared link keeps: the policy pack decides the result, and care
    /// mode (关怀模式) goes with the person; the portal's colour does not.
    pub fn for_sharing(&self) -> Portal {
        Portal {
            policy: self.policy.clone(),
            accent: None,
            // Someone who chose the larger display keeps it on the phone they hand it to.
            care: self.care,
        }
    }
}

/// Why a portal colour is not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccentProblem {
    /// Not six hexadecimal digits.
    NotAColour,
    /// White text on it (or it as text on white) is below WCAG AA's 4.5:1.
    TooLight,
}

/// Parses `0b4f7c` / `#0b4f7c` and checks it is dark enough for white text (AA, 4.5:1).
/// Returns the colour and a darker shade for hover states, both as `#rrggbb`.
pub fn accent_colours(raw: &str) -> Result<(String, String), AccentProblem> {
    let h = raw.trim().trim_start_matches('#');
    if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AccentProblem::NotAColour);
    }
    let rgb: Vec<u8> = (0..3)
        .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap_or(0))
        .collect();
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let lum = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
    if 1.05 / (lum + 0.05) < 4.5 {
        return Err(AccentProblem::TooLight);
    }
    let hex = |c: &[u8]| format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
    let dark: Vec<u8> = rgb.iter().map(|&c| (u16::from(c) * 3 / 4) as u8).collect();
    Ok((hex(&rgb), hex(&dark)))
}

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Link {
    pub route: Route,
    pub draft: Draft,
    pub lang: Option<Lang>,
    pub mode: Mode,
    pub portal: Portal,
    /// Parameters the link had that are not answers (kept for a clear message).
    pub unknown: Vec<String>,
    /// The path was not one we know.
    pub bad_route: bool,
    /// The rule a rules page opens at (`#/rules/<place>#<anchor>`).
    pub anchor: Option<String>,
    /// The rules page's topic filter.
    pub topic: Option<String>,
    /// The equipment list (`items=`), as the address has it (not decoded: its
    /// rows and cells are split before decoding).
    pub items: Option<String>,
}

/// Parses `#/result?…`, `/result?…` or `?…`; the rules page's place
/// (`#/rules/liuzhou`) becomes the link's jurisdiction, and its rule anchor
/// follows a second `#`.
pub fn parse_fragment(hash: &str) -> Link {
    let mut h = hash.strip_prefix('#').unwrap_or(hash);
    let mut anchor = None;
    if h.starts_with("/rules") {
        if let Some((rest, a)) = h.split_once('#') {
            h = rest;
            anchor = Some(decode(a)).filter(|a| !a.is_empty());
        }
    }
    let (path, query) = match h.split_once('?') {
        Some((p, q)) => (p, q),
        None => (h, ""),
    };
    let route = Route::from_path(path);
    let mut link = Link {
        route: route.unwrap_or_default(),
        bad_route: route.is_none(),
        anchor,
        ..Link::default()
    };
    let place = path
        .trim_end_matches('/')
        .strip_prefix("/rules/")
        .map(decode)
        .filter(|_| route == Some(Route::Rules));
    let mut pairs = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, raw) = part.split_once('=').unwrap_or((part, ""));
        let (k, v) = (decode(k), decode(raw));
        match k.as_str() {
            "lang" => link.lang = Lang::from_tag(&v),
            "mode" => {
                link.mode = match v.as_str() {
                    "kiosk" => Mode::Kiosk,
                    "embed" => Mode::Embed,
                    _ => Mode::Web,
                }
            }
            "embed" => link.mode = Mode::Embed,
            "policy" if !v.trim().is_empty() => link.portal.policy = Some(v.trim().to_string()),
            "accent" if !v.trim().is_empty() => link.portal.accent = Some(v.trim().to_string()),
            "care" => link.portal.care = matches!(v.trim(), "" | "1" | "yes" | "true" | "on"),
            "topic" if !v.trim().is_empty() => link.topic = Some(v.trim().to_string()),
            "items" => link.items = Some(raw.to_string()),
            _ => pairs.push((k, v)),
        }
    }
    if let Some(place) = place {
        pairs.insert(0, ("jurisdiction".to_string(), place));
    }
    let (draft, unknown) = Draft::from_pairs(pairs);
    link.draft = draft;
    link.unknown = unknown;
    link
}

/// Builds the fragment for a route, the answers given so far, the language and mode.
pub fn to_fragment(route: Route, draft: &Draft, lang: Lang, mode: Mode) -> String {
    to_fragment_with(route, draft, lang, mode, &Portal::default())
}

/// [`to_fragment`] with a portal's settings.
pub fn to_fragment_with(
    route: Route,
    draft: &Draft,
    lang: Lang,
    mode: Mode,
    portal: &Portal,
) -> String {
    let mut path = route.path().to_string();
    if route == Route::Rules {
        let place = draft.get(crate::model::Field::Jurisdiction).trim();
        if !place.is_empty() {
            path = format!("/rules/{}", encode(place));
        }
    }
    let mut q: Vec<String> = draft
        .pairs()
        .into_iter()
        .filter(|(k, _)| route.keeps(k))
        .map(|(k, v)| format!("{k}={}", encode_answer(k, v)))
        .collect();
    if lang != Lang::default() {
        q.push(format!("lang={}", lang.tag()));
    }
    if let Some(m) = mode.key() {
        q.push(format!("mode={m}"));
    }
    if let Some(p) = &portal.policy {
        q.push(format!("policy={}", encode(p)));
    }
    if let Some(a) = &portal.accent {
        q.push(format!("accent={}", encode(a)));
    }
    if portal.care {
        q.push("care=1".to_string());
    }
    if q.is_empty() {
        format!("#{path}")
    } else {
        format!("#{path}?{}", q.join("&"))
    }
}

/// Appends the rules page's topic filter and the rule it opens at to a
/// fragment, the way [`parse_fragment`] reads them: `…&topic=<topic>#<anchor>`.
pub fn push_rules_tail(fragment: &mut String, topic: Option<&str>, anchor: Option<&str>) {
    if let Some(t) = topic {
        fragment.push(if fragment.contains('?') { '&' } else { '?' });
        fragment.push_str("topic=");
        fragment.push_str(&encode(t));
    }
    if let Some(a) = anchor {
        fragment.push('#');
        fragment.push_str(a);
    }
}

/// Keeps only the answers a portal may preset (every field).
pub fn preset_fields(draft: &Draft) -> Vec<Field> {
    draft
        .pairs()
        .into_iter()
        .filter_map(|(k, _)| Field::from_key(k))
        .collect()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decoding (UTF-8), `+` as space; malformed escapes are kept as typed.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An answer as a link writes it: a list answer (`utilities=water,gas`)
/// keeps its commas, each item encoded; any other answer is [`encode`]d.
fn encode_answer(key: &str, value: &str) -> String {
    if key == crate::model::Field::Utilities.key() {
        let items: Vec<String> = value.split(',').map(encode).collect();
        items.join(",")
    } else {
        encode(value)
    }
}

/// Percent-encoding for a query value: unreserved ASCII stays, the rest is escaped.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~') {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_settings_round_trip_and_sharing_keeps_only_the_policy() {
        let link = parse_fragment(
            "#/?jurisdiction=liuzhou&mode=embed&policy=https%3A%2F%2Fportal.example%2Fpack.json&accent=%23123456",
        );
        assert_eq!(
            link.portal.policy.as_deref(),
            Some("https://portal.example/pack.json")
        );
        assert_eq!(link.portal.accent.as_deref(), Some("#123456"));
        assert!(link.unknown.is_empty());
        let f = to_fragment_with(
            Route::Start,
            &link.draft,
            Lang::ZhHans,
            link.mode,
            &link.portal,
        );
        assert_eq!(parse_fragment(&f), link);
        let shared = link.portal.for_sharing();
        assert_eq!(shared.accent, None);
        assert_eq!(shared.policy, link.portal.policy);
    }

    #[test]
    fn officials_pages_have_their_own_paths_and_keep_only_what_they_show() {
        let link =
            parse_fragment("#/rules/liuzhou?lang=en&voltage=10kv&topic=time_limits#time_limits-4");
        assert_eq!(link.route, Route::Rules);
        assert!(!link.bad_route);
        assert_eq!(link.draft.get(crate::model::Field::Jurisdiction), "liuzhou");
        assert_eq!(link.anchor.as_deref(), Some("time_limits-4"));
        assert_eq!(link.topic.as_deref(), Some("time_limits"));
        assert!(link.unknown.is_empty());
        let back = to_fragment(Route::Rules, &link.draft, Lang::En, Mode::Web);
        assert_eq!(back, "#/rules/liuzhou?voltage=10kv&lang=en");
        for (hash, route) in [
            ("#/compare", Route::Compare),
            ("#/check-pack", Route::CheckPack),
            ("#/scenarios?jurisdiction=yangjiang", Route::Scenarios),
            ("#/rules", Route::Rules),
        ] {
            let l = parse_fragment(hash);
            assert_eq!((l.route, l.bad_route), (route, false), "{hash}");
        }
        let mut answers = Draft::default();
        answers.set(crate::model::Field::Jurisdiction, "yangjiang");
        answers.set(crate::model::Field::Capacity, "100kVA");
        answers.set(crate::model::Field::Start, "2026-06-01");
        assert_eq!(
            to_fragment(Route::Compare, &answers, Lang::ZhHans, Mode::Web),
            "#/compare?start=2026-06-01"
        );
        assert_eq!(
            to_fragment(Route::Scenarios, &answers, Lang::ZhHans, Mode::Web),
            "#/scenarios?jurisdiction=yangjiang&start=2026-06-01"
        );
        // A policy address with a `#` in it stays whole outside the rules page.
        let p = parse_fragment("#/result?policy=https://x.example/p.json#v2");
        assert_eq!(
            p.portal.policy.as_deref(),
            Some("https://x.example/p.json#v2")
        );
    }

    #[test]
    fn the_rules_pages_topic_and_anchor_are_read_back_as_written() {
        let mut d = Draft::default();
        d.set(crate::model::Field::Jurisdiction, "liuzhou");
        let mut f = to_fragment(Route::Rules, &d, Lang::En, Mode::Web);
        push_rules_tail(&mut f, Some("time_limits"), Some("time_limits-4"));
        assert_eq!(f, "#/rules/liuzhou?lang=en&topic=time_limits#time_limits-4");
        let link = parse_fragment(&f);
        assert_eq!(link.topic.as_deref(), Some("time_limits"));
        assert_eq!(link.anchor.as_deref(), Some("time_limits-4"));
        let mut bare = to_fragment(Route::Rules, &d, Lang::ZhHans, Mode::Web);
        push_rules_tail(&mut bare, Some("a b"), None);
        assert_eq!(bare, "#/rules/liuzhou?topic=a%20b");
        assert_eq!(parse_fragment(&bare).topic.as_deref(), Some("a b"));
    }

    #[test]
    fn accent_must_be_a_colour_white_text_can_be_read_on() {
        assert_eq!(
            accent_colours("0b4f7c"),
            Ok(("#0b4f7c".into(), "#083b5d".into()))
        );
        assert!(accent_colours("#767676").is_ok(), "4.54:1 passes");
        assert_eq!(accent_colours("777777"), Err(AccentProblem::TooLight));
        assert_eq!(accent_colours("ffdd00"), Err(AccentProblem::TooLight));
        assert_eq!(accent_colours("red"), Err(AccentProblem::NotAColour));
        assert_eq!(accent_colours("12345"), Err(AccentProblem::NotAColour));
    }
}
