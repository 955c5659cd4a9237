//! Text in the three languages the product speaks.

use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Shared, immutable text: cloning an assessment's many citations costs a reference count.
pub type Str = Arc<str>;

/// A user-facing language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    /// `self`, or in a single-language bundle its one language: a `match` on
    /// it then keeps that language's arm alone in the wasm.
    #[inline(always)]
    pub fn here(self) -> Lang {
        match ONLY {
            Some(only) => only,
            None => self,
        }
    }

    /// BCP 47 tag for `lang` attributes and share links.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().as_str() {
            "zh-hans" | "zh-cn" | "zh" | "zh-sg" => Some(Lang::ZhHans),
            "zh-hant" | "zh-tw" | "zh-hk" | "zh-mo" => Some(Lang::ZhHant),
            "en" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One message in zh-Hans, zh-Hant and English. Shared and immutable: a copy
/// is one reference count (assessments repeat the policy's texts many times).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(Arc<TextData>);

/// The three language versions of a [`Text`].
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TextData {
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    pub en: String,
}

impl std::ops::Deref for Text {
    type Target = TextData;
    fn deref(&self) -> &TextData {
        &self.0
    }
}

impl Default for Text {
    /// The empty text, shared.
    fn default() -> Text {
        static EMPTY: std::sync::OnceLock<Text> = std::sync::OnceLock::new();
        EMPTY
            .get_or_init(|| Text(Arc::new(TextData::default())))
            .clone()
    }
}

impl Text {
    pub fn new(
        zh_hans: impl Into<String>,
        zh_hant: impl Into<String>,
        en: impl Into<String>,
    ) -> Text {
        Text(Arc::new(TextData {
            zh_hans: zh_hans.into(),
            zh_hant: zh_hant.into(),
            en: en.into(),
        }))
    }

    /// Written in the code: in a single-language bundle ([`ONLY`]) its
    /// language's string alone, the others empty.
    #[inline(always)]
    pub fn literal(zh_hans: &'static str, zh_hant: &'static str, en: &'static str) -> Text {
        match ONLY {
            None => Text::new(zh_hans, zh_hant, en),
            Some(Lang::ZhHans) => Text::new(zh_hans, "", ""),
            Some(Lang::ZhHant) => Text::new("", zh_hant, ""),
            Some(Lang::En) => Text::new("", "", en),
        }
    }

    /// Applies `f` to each language's string.
    pub fn map(&self, f: impl Fn(&str) -> String) -> Text {
        Text::new(f(&self.zh_hans), f(&self.zh_hant), f(&self.en))
    }

    /// The text in `lang` ([`Lang::here`]: a single-language bundle's own).
    pub fn get(&self, lang: Lang) -> &str {
        match lang.here() {
            Lang::ZhHans => &self.zh_hans,
            Lang::ZhHant => &self.zh_hant,
            Lang::En => &self.en,
        }
    }

    pub fn is_complete(&self) -> bool {
        !self.zh_hans.trim().is_empty()
            && !self.zh_hant.trim().is_empty()
            && !self.en.trim().is_empty()
    }

    /// Joins texts language by language.
    pub fn join(parts: &[Text], zh_sep: &str, en_sep: &str) -> Text {
        let pick = |f: fn(&Text) -> &str, sep: &str| {
            let mut out = String::with_capacity(parts.iter().map(|t| f(t).len() + sep.len()).sum());
            for (i, t) in parts.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(f(t));
            }
            out
        };
        Text::new(
            pick(|t| &t.zh_hans, zh_sep),
            pick(|t| &t.zh_hant, zh_sep),
            pick(|t| &t.en, en_sep),
        )
    }
}

/// Fixed wording in zh-Hans, zh-Hant and English, for tables written in the
/// code (the questions, their answers and hints, the pages' strings): one
/// string, the three separated by U+001F, so a table holds one pointer per
/// wording instead of three (written with [`wording!`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording(&'static str);

impl Wording {
    /// Between the languages.
    pub const SEPARATOR: char = '\u{1f}';

    /// `joined`: zh-Hans, zh-Hant and English, separated by [`Wording::SEPARATOR`].
    pub const fn new(joined: &'static str) -> Wording {
        Wording(joined)
    }

    pub fn get(self, lang: Lang) -> &'static str {
        if ONLY.is_some() {
            return self.0;
        }
        let (hans, rest) = self
            .0
            .split_once(Wording::SEPARATOR)
            .unwrap_or((self.0, ""));
        let (hant, en) = rest.split_once(Wording::SEPARATOR).unwrap_or((rest, ""));
        pick(lang, hans, hant, en)
    }

    /// As a [`Text`] (what an assessment carries).
    pub fn text(self) -> Text {
        if ONLY.is_some() {
            return Text::literal(self.0, self.0, self.0);
        }
        Text::new(
            self.get(Lang::ZhHans),
            self.get(Lang::ZhHant),
            self.get(Lang::En),
        )
    }

    /// Exactly three languages, none empty.
    pub fn is_complete(self) -> bool {
        let mut parts = self.0.split(Wording::SEPARATOR);
        parts.by_ref().take(3).all(|p| !p.trim().is_empty()) && parts.next().is_none()
    }
}

/// A [`Wording`]: `wording!("城区", "城區", "Urban")` (in a single-language
/// bundle, that language's string alone).
#[cfg(not(any(
    feature = "lang-zh-hans",
    feature = "lang-zh-hant",
    feature = "lang-en"
)))]
#[macro_export]
macro_rules! wording {
    ($hans:literal, $hant:literal, $en:literal $(,)?) => {
        $crate::text::Wording::new(concat!($hans, "\u{1f}", $hant, "\u{1f}", $en))
    };
}

#[cfg(feature = "lang-zh-hans")]
#[macro_export]
macro_rules! wording {
    ($hans:literal, $hant:literal, $en:literal $(,)?) => {
        $crate::text::Wording::new($hans)
    };
}

#[cfg(feature = "lang-zh-hant")]
#[macro_export]
macro_rules! wording {
    ($hans:literal, $hant:literal, $en:literal $(,)?) => {
        $crate::text::Wording::new($hant)
    };
}

#[cfg(feature = "lang-en")]
#[macro_export]
macro_rules! wording {
    ($hans:literal, $hant:literal, $en:literal $(,)?) => {
        $crate::text::Wording::new($en)
    };
}

/// A [`Wording`] shown only on the form's pages (the questions, the check,
/// the start page, the capacity helper): the share-link bundle, which shows a
/// result alone (`views::lite`), leaves it empty, and its wasm without it.
#[cfg(not(feature = "result-only"))]
#[macro_export]
macro_rules! form_wording {
    ($hans:literal, $hant:literal, $en:literal $(,)?) => {
        $crate::wording!($hans, $hant, $en)
    };
}

#[cfg(feature = "result-only")]
#[macro_export]
macro_rules! form_wording {
    ($hans:literal, $hant:literal, $en:literal $(,)?) => {
        $crate::text::Wording::new("")
    };
}

/// The one language a single-language bundle speaks (a share link's result
/// built with `lang-zh-hans`, `lang-zh-hant` or `lang-en`), or none: every
/// [`pick`], [`wording!`] and [`tr!`] then keeps that language's string, and
/// the others are left out of the wasm. Such a bundle reloads into another
/// for any other language (see `views::lite`).
pub const ONLY: Option<Lang> = if cfg!(feature = "lang-zh-hans") {
    Some(Lang::ZhHans)
} else if cfg!(feature = "lang-zh-hant") {
    Some(Lang::ZhHant)
} else if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else {
    None
};

/// [`pick`] evaluating only the chosen language's expression: with `pick`
/// every language's `format!` runs, and stays in a single-language wasm.
#[macro_export]
macro_rules! pick {
    ($lang:expr, $hans:expr, $hant:expr, $en:expr $(,)?) => {
        match $crate::text::Lang::here($lang) {
            $crate::text::Lang::ZhHans => $hans,
            $crate::text::Lang::ZhHant => $hant,
            $crate::text::Lang::En => $en,
        }
    };
}

/// Picks the string (or anything) for `lang`.
#[inline(always)]
pub fn pick<T>(lang: Lang, hans: T, hant: T, en: T) -> T {
    match lang.here() {
        Lang::ZhHans => hans,
        Lang::ZhHant => hant,
        Lang::En => en,
    }
}

/// `template` with `{0}`, `{1}`, … replaced by `args` (one code path for every
/// sentence with figures, instead of a `format!` per language).
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let b = rest.as_bytes();
        match (b.get(i + 1), b.get(i + 2)) {
            (Some(d @ b'0'..=b'9'), Some(b'}')) => {
                out.push_str(args.get(usize::from(d - b'0')).copied().unwrap_or(""));
                rest = &rest[i + 3..];
            }
            _ => {
                out.push('{');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// How many characters of someone's input a message quotes back.
pub const ECHO_CHARS: usize = 40;

/// Input quoted back in a message: trimmed, on one line, with control,
/// escape and bidi-override characters written as `\u{…}` (a terminal or a
/// page shows them as text, never obeys them), and shortened to
/// [`ECHO_CHARS`] characters and "…".
pub fn echo(input: &str) -> String {
    echo_within(input.trim(), ECHO_CHARS)
}

/// A path into someone's file, as [`echo`] writes input but longer (a path
/// is made of its keys).
pub fn echo_path(path: &str) -> String {
    echo_within(path, 5 * ECHO_CHARS)
}

fn echo_within(t: &str, max: usize) -> String {
    let mut out = String::with_capacity(t.len().min(4 * max) + 3);
    for (n, c) in t.chars().enumerate() {
        if n == max {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// Builds a [`Text`] with `format!` arguments shared by the three languages.
#[macro_export]
macro_rules! tr {
    // Fixed wording: built once, then shared.
    ($hans:literal, $hant:literal, $en:literal $(,)?) => {{
        static TEXT: std::sync::OnceLock<$crate::text::Text> = std::sync::OnceLock::new();
        TEXT.get_or_init(|| $crate::text::Text::literal($hans, $hant, $en)).clone()
    }};
    ($hans:expr, $hant:expr, $en:expr $(,)?) => {
        $crate::text::Text::new($hans, $hant, $en)
    };
    // A single-language bundle formats its own language only (the other
    // arms, and their format strings, are left out of its wasm).
    ($hans:expr, $hant:expr, $en:expr, $($arg:tt)+) => {
        match $crate::text::ONLY {
            None => $crate::text::Text::new(format!($hans, $($arg)+), format!($hant, $($arg)+), format!($en, $($arg)+)),
            Some($crate::text::Lang::ZhHans) => $crate::text::Text::new(format!($hans, $($arg)+), "", ""),
            Some($crate::text::Lang::ZhHant) => $crate::text::Text::new("", format!($hant, $($arg)+), ""),
            Some($crate::text::Lang::En) => $crate::text::Text::new("", "", format!($en, $($arg)+)),
        }
    };
}

#[cfg(test)]
mod echo_tests {
    use super::echo;

    #[test]
    fn echoed_input_is_one_line_with_controls_written_out() {
        assert_eq!(echo(" abc\ndef "), "abc\\ndef");
        assert_eq!(echo("a\u{0}b\u{1b}[31m"), "a\\u{0}b\\u{1b}[31m");
        assert_eq!(echo("a\u{202e}b\u{7f}"), "a\\u{202e}b\\u{7f}");
        assert_eq!(echo("１６０ｋＶＡ"), "１６０ｋＶＡ");
    }

    #[test]
    fn long_input_is_shortened_to_forty_characters() {
        let long = "容".repeat(1_000_000);
        let e = echo(&long);
        assert_eq!(e.chars().count(), super::ECHO_CHARS + 1);
        assert!(e.ends_with('…'));
        assert_eq!(echo(&"x".repeat(40)), "x".repeat(40));
    }
}
