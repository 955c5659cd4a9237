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
}

impl Route {
    pub fn path(self) -> &'static str {
        match self {
            Route::Start => "/",
            Route::Form => "/form",
            Route::Check => "/check",
            Route::Result => "/result",
        }
    }

    fn from_path(p: &str) -> Option<Route> {
        match p.trim_end_matches('/') {
            "" => Some(Route::Start),
            "/form" | "/questions" => Some(Route::Form),
            "/check" => Some(Route::Check),
            "/result" => Some(Route::Result),
            _ => None,
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

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Link {
    pub route: Route,
    pub draft: Draft,
    pub lang: Option<Lang>,
    pub mode: Mode,
    /// Parameters the link had that are not answers (kept for a clear message).
    pub unknown: Vec<String>,
    /// The path was not one we know.
    pub bad_route: bool,
}

/// Parses `#/result?…`, `/result?…` or `?…`.
pub fn parse_fragment(hash: &str) -> Link {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = match h.split_once('?') {
        Some((p, q)) => (p, q),
        None => (h, ""),
    };
    let route = Route::from_path(path);
    let mut link = Link {
        route: route.unwrap_or_default(),
        bad_route: route.is_none(),
        ..Link::default()
    };
    let mut pairs = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let (k, v) = (decode(k), decode(v));
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
            _ => pairs.push((k, v)),
        }
    }
    let (draft, unknown) = Draft::from_pairs(pairs);
    link.draft = draft;
    link.unknown = unknown;
    link
}

/// Builds the fragment for a route, the answers given so far, the language and mode.
pub fn to_fragment(route: Route, draft: &Draft, lang: Lang, mode: Mode) -> String {
    let mut q: Vec<String> = draft
        .pairs()
        .into_iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    if lang != Lang::default() {
        q.push(format!("lang={}", lang.tag()));
    }
    if let Some(m) = mode.key() {
        q.push(format!("mode={m}"));
    }
    if q.is_empty() {
        format!("#{}", route.path())
    } else {
        format!("#{}?{}", route.path(), q.join("&"))
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
