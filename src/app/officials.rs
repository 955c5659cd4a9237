//! The officials' pages, seen from the app: in release builds they are a
//! bundle of their own (`--features workbench`), so applicants on a phone do
//! not download them; the applicant bundle reloads the page into that bundle
//! when one of them is opened (static/boot.js picks it by route). Debug builds
//! (`./run serve`) have everything in one.

use super::Ctx;
use yew::prelude::*;

#[cfg(any(feature = "workbench", debug_assertions))]
mod full {
    use super::super::workbench;
    use super::Ctx;
    use crate::ui::Page;
    use yew::prelude::*;

    pub fn page(ctx: &Ctx) -> Html {
        match ctx.page {
            Page::Compare => workbench::compare::page(ctx),
            Page::Rules => workbench::rules::page(ctx),
            Page::CheckPack => workbench::check_pack::page(ctx),
            _ => workbench::scenarios::page(ctx),
        }
    }

    pub fn footer_links(ctx: &Ctx) -> Html {
        workbench::officials_footer(ctx)
    }

    pub fn trial_banner(ctx: &Ctx) -> Html {
        workbench::trial_banner(ctx)
    }

    pub fn focus_anchor(ctx: &Ctx) -> bool {
        workbench::focus_anchor(ctx)
    }
}

#[cfg(not(any(feature = "workbench", debug_assertions)))]
mod full {
    use super::super::dom;
    use super::Ctx;
    use crate::ui::{HistoryOp, Page, S};
    use yew::prelude::*;

    /// Loads the officials' bundle for this address (the boot script picks it),
    /// or says it is not part of this build.
    pub fn page(ctx: &Ctx) -> Html {
        if dom::has_officials_bundle() {
            // The boot script picks the bundle from the address's canonical
            // form; writing it first means a reload can never loop back here.
            let push = matches!(ctx.history, HistoryOp::Push);
            dom::set_fragment(&ctx.fragment(), push);
            dom::reload();
            return html! { <p class="loading" role="status">{ S::Loading.get(ctx.lang) }</p> };
        }
        html! { <p>{ S::NoOfficialsBundle.get(ctx.lang) }</p> }
    }

    /// Plain links to the four pages.
    pub fn footer_links(ctx: &Ctx) -> Html {
        let items = [Page::Compare, Page::Rules, Page::Scenarios, Page::CheckPack]
            .into_iter()
            .map(|p| {
                let title = p.workbench_title().map_or("", |t| t.get(ctx.lang));
                let href = ctx.link_to(p, &Default::default(), None);
                html! { <li><a {href}>{ title }</a></li> }
            });
        html! { <ul class="wb-links">{ for items }</ul> }
    }

    pub fn trial_banner(_: &Ctx) -> Html {
        Html::default()
    }

    pub fn focus_anchor(_: &Ctx) -> bool {
        false
    }
}

/// One of the officials' pages.
pub fn page(ctx: &Ctx) -> Html {
    full::page(ctx)
}

/// Links to the officials' pages, for the site footer.
pub fn footer_links(ctx: &Ctx) -> Html {
    full::footer_links(ctx)
}

/// The banner of a pack being tried (officials' bundle only).
pub fn trial_banner(ctx: &Ctx) -> Html {
    full::trial_banner(ctx)
}

/// Focuses the rule a link names (officials' bundle only).
pub fn focus_anchor(ctx: &Ctx) -> bool {
    full::focus_anchor(ctx)
}
