//! Site header (name, language switcher, kiosk "start over"), footer, skip link.

use super::widgets::nav_link;
use super::{dom, Ctx};
use crate::client::{Action, Page, S};
use crate::share::Mode;
use crate::text::Lang;
use yew::prelude::*;

pub fn header(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        dom::focus("main");
    });
    let kiosk = ctx.mode == Mode::Kiosk;
    let name = if kiosk {
        html! { <span class="brand__name">{ S::AppName.get(lang) }</span> }
    } else {
        nav_link(
            ctx,
            "brand__name",
            ctx.fragment_for(Page::Start),
            Action::Restart,
            html! { { S::AppName.get(lang) } },
        )
    };
    let restart = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Restart))
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip}>{ S::SkipToContent.get(lang) }</a>
            <div class="wrap site-header__inner">
                <p class="brand">
                    <svg class="brand__mark" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
                        <path d="M13 2 4 14h6l-1 8 9-12h-6l1-8z" fill="currentColor" />
                    </svg>
                    { name }
                </p>
                { lang_switch(ctx, false) }
                { care_switch(ctx) }
                if kiosk {
                    <button type="button" class="button button--secondary restart no-print" onclick={restart}>
                        { S::StartOver.get(lang) }
                    </button>
                }
            </div>
        </header>
    }
}

/// 关怀模式 on or off: a link to the same page with `care=` changed (it works
/// before the app has loaded too), announced as a toggle button.
pub fn care_switch(ctx: &Ctx) -> Html {
    let on = ctx.portal.care;
    let mut other = (**ctx).clone();
    other.portal.care = !on;
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key()) {
                e.prevent_default();
                ctx.dispatch(Action::SetCare(!on));
            }
        })
    };
    html! {
        <a class="care-switch no-print" role="button" aria-pressed={if on { "true" } else { "false" }}
           href={other.fragment()} {onclick}>
            { S::CareMode.get(ctx.lang) }
        </a>
    }
}

/// 简体中文 / 繁體中文 / English, each in its own language; kept in the link (`lang=`).
pub fn lang_switch(ctx: &Ctx, compact: bool) -> Html {
    let items = Lang::ALL.iter().map(|&l| {
        let current = l == ctx.lang;
        let onclick = {
            let ctx = ctx.clone();
            Callback::from(move |e: MouseEvent| {
                if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key()) {
                    e.prevent_default();
                    ctx.dispatch(Action::SetLang(l));
                }
            })
        };
        html! {
            <li>
                <a class={if current { "lang lang--current" } else { "lang" }} href={ctx.fragment_with_lang(l)}
                   lang={l.tag()} hreflang={l.tag()} aria-current={current.then_some("true")} {onclick}>
                    { l.native_name() }
                </a>
            </li>
        }
    });
    html! {
        <nav class={if compact { "langs langs--compact no-print" } else { "langs no-print" }}
             aria-label={S::LanguageNav.get(ctx.lang)}>
            <ul>{ for items }</ul>
        </nav>
    }
}

pub fn footer(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    html! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{ S::FooterPrivacy.get(lang) }</p>
                <p>{ S::FooterDisclaimer.get(lang) }</p>
                if ctx.mode != Mode::Kiosk && ctx.page.workbench_title().is_none() {
                    <nav class="footer-officials no-print" aria-labelledby="footer-officials-h">
                        <p id="footer-officials-h" class="footer-officials__title">{ S::NavLabel.get(lang) }</p>
                        { super::officials_entry::footer_links(ctx) }
                    </nav>
                }
            </div>
        </footer>
    }
}
