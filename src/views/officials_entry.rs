//! The officials' pages, seen from the app: in release builds they are a
//! bundle of their own (`--features workbench`), so applicants on a phone do
//! not download them; the applicant bundle reloads the page into that bundle
//! when one of them is opened (static/boot.js picks it by route). Debug builds
//! (`./run serve`) have everything in one.
//!
//! Either way this module offers `page` (one of the officials' pages),
//! `footer_links` (links to them, for the site footer), `trial_banner` (the
//! banner of a pack being tried; officials' bundle only) and `focus_anchor`
//! (focuses the rule a link names; officials' bundle only).

#[cfg(any(feature = "workbench", debug_assertions))]
pub use super::officials::{focus_anchor, footer_links, page, trial_banner};

#[cfg(not(any(feature = "workbench", debug_assertions)))]
pub use applicant::*;

#[cfg(not(any(feature = "workbench", debug_assertions)))]
mod applicant {
    use super::super::{dom, reload_into_bundle, Ctx};
    use crate::client::{Page, S};
    use yew::prelude::*;

    /// Loads the officials' bundle for this address (the boot script picks it),
    /// or says it is not part of this build.
    pub fn page(ctx: &Ctx) -> Html {
        if dom::has_officials_bundle() {
            return reload_into_bundle(ctx);
        }
        html! { <p>{ S::NoOfficialsBundle.get(ctx.lang) }</p> }
    }

    /// Plain links to the officials' pages.
    pub fn footer_links(ctx: &Ctx) -> Html {
        let items = Page::OFFICIALS.into_iter().map(|p| {
            let title = p.workbench_title().map_or("", |t| t.get(ctx.lang));
            let href = ctx.link_to(p, &Default::default(), None);
            html! { <li><a {href}>{ title }</a></li> }
        });
        html! { <ul class="wb-links">{ for items }</ul> }
    }

    /// No trial without the officials' bundle.
    pub fn trial_banner(_: &Ctx) -> Html {
        Html::default()
    }

    /// No rules page without the officials' bundle.
    pub fn focus_anchor(_: &Ctx) -> bool {
        false
    }
}
