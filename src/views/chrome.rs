//! Site header (name, language switcher, kiosk "start over"), footer, skip link.
//! Written as markup; their links say what they do in `data-act` (see `act`).

use super::act;
use crate::client::{Page, State, S};
use crate::officials::markup::Markup;
use crate::share::Mode;
use crate::text::Lang;

pub fn write_header(m: &mut Markup, state: &State) {
    let lang = state.lang;
    let kiosk = state.mode == Mode::Kiosk;
    m.open("header", &[("class", "site-header")]);
    act::link(m, "skip-link", "#main", "skip", S::SkipToContent.get(lang));
    m.open("div", &[("class", "wrap site-header__inner")])
        .open("p", &[("class", "brand")]);
    m.0.push_str("<svg class=\"brand__mark\" viewBox=\"0 0 24 24\" width=\"28\" height=\"28\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M13 2 4 14h6l-1 8 9-12h-6l1-8z\" fill=\"currentColor\"></path></svg>");
    if kiosk {
        m.el("span", &[("class", "brand__name")], S::AppName.get(lang));
    } else {
        let href = state.fragment_for(Page::Start);
        act::link(m, "brand__name", &href, "restart", S::AppName.get(lang));
    }
    m.close("p");
    write_lang_switch(m, state, false);
    write_care_switch(m, state);
    if kiosk {
        m.el(
            "button",
            &[
                ("type", "button"),
                ("class", "button button--secondary restart no-print"),
                ("data-act", "restart"),
            ],
            S::StartOver.get(lang),
        );
    }
    m.close("div").close("header");
}

/// 关怀模式 on or off: a link to the same page with `care=` changed (it works
/// before the app has loaded too), announced as a toggle button.
fn write_care_switch(m: &mut Markup, state: &State) {
    let on = state.portal.care;
    let mut other = state.clone();
    other.portal.care = !on;
    m.el(
        "a",
        &[
            ("class", "care-switch no-print"),
            ("role", "button"),
            ("aria-pressed", if on { "true" } else { "false" }),
            ("href", &other.fragment()),
            ("data-act", if on { "care:0" } else { "care:1" }),
        ],
        S::CareMode.get(state.lang),
    );
}

/// 简体中文 / 繁體中文 / English, each in its own language; kept in the link (`lang=`).
pub fn write_lang_switch(m: &mut Markup, state: &State, compact: bool) {
    m.open(
        "nav",
        &[
            (
                "class",
                if compact {
                    "langs langs--compact no-print"
                } else {
                    "langs no-print"
                },
            ),
            ("aria-label", S::LanguageNav.get(state.lang)),
        ],
    )
    .open("ul", &[]);
    for &l in Lang::ALL.iter() {
        let current = l == state.lang;
        m.open("li", &[]).el(
            "a",
            &[
                (
                    "class",
                    if current {
                        "lang lang--current"
                    } else {
                        "lang"
                    },
                ),
                ("href", &state.fragment_with_lang(l)),
                ("lang", l.tag()),
                ("hreflang", l.tag()),
                ("aria-current", if current { "true" } else { "" }),
                ("data-act", &format!("lang:{}", l.tag())),
            ],
            l.native_name(),
        );
        m.close("li");
    }
    m.close("ul").close("nav");
}

pub fn write_footer(m: &mut Markup, state: &State) {
    let lang = state.lang;
    m.open("footer", &[("class", "site-footer")])
        .open("div", &[("class", "wrap")])
        .el("p", &[], S::FooterPrivacy.get(lang))
        .el("p", &[], S::FooterDisclaimer.get(lang));
    if state.mode != Mode::Kiosk && state.page.workbench_title().is_none() {
        m.open(
            "nav",
            &[
                ("class", "footer-officials no-print"),
                ("aria-labelledby", "footer-officials-h"),
            ],
        )
        .el(
            "p",
            &[
                ("id", "footer-officials-h"),
                ("class", "footer-officials__title"),
            ],
            S::NavLabel.get(lang),
        );
        super::officials_entry::write_footer_links(m, state);
        m.close("nav");
    }
    m.close("div").close("footer");
}
