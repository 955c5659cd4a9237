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

#[cfg(all(
    any(feature = "workbench", debug_assertions),
    not(feature = "result-only")
))]
pub use super::officials::{
    focus_anchor, officials_links as write_footer_links, page, trial_banner,
};

#[cfg(not(all(
    any(feature = "workbench", debug_assertions),
    not(feature = "result-only")
)))]
pub use applicant::*;

#[cfg(not(all(
    any(feature = "workbench", debug_assertions),
    not(feature = "result-only")
)))]
mod applicant {
    #[cfg(not(feature = "result-only"))]
    use super::super::{dom, reload_into_bundle, Ctx};
    use crate::client::{Page, State};
    use crate::officials::markup::Markup;
    #[cfg(not(feature = "result-only"))]
    use {crate::client::S, yew::prelude::*};

    /// Loads the officials' bundle for this address (the boot script picks it),
    /// or says it is not part of this build.
    #[cfg(not(feature = "result-only"))]
    pub fn page(ctx: &Ctx) -> Html {
        if dom::has_officials_bundle() {
            reload_into_bundle(ctx);
            return html! { <p class="loading" role="status">{ S::Loading.get(ctx.lang) }</p> };
        }
        html! { <p>{ S::NoOfficialsBundle.get(ctx.lang) }</p> }
    }

    /// Plain links to the officials' pages.
    pub fn write_footer_links(m: &mut Markup, state: &State) {
        m.open("ul", &[("class", "wb-links")]);
        for p in Page::OFFICIALS {
            let title = p.workbench_title().map_or("", |t| t.get(state.lang));
            m.open("li", &[])
                .link(&state.link_to(p, &Default::default(), None), title)
                .close("li");
        }
        m.close("ul");
    }

    /// No trial without the officials' bundle.
    #[cfg(not(feature = "result-only"))]
    pub fn trial_banner(_: &Ctx) -> Html {
        Html::default()
    }

    /// No rules page without the officials' bundle.
    pub fn focus_anchor(_: &State) -> bool {
        false
    }
}
