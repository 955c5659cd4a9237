//! The policy data a page uses ([`Policy`], part of the page state): the
//! built-in pack or a portal's, chosen when the page loads, or a pack an
//! official is trying from the "check a pack" page; the places it lists, and
//! the rule behind each of its citations.

use super::state::split_step;
use crate::officials::rules::CiteIndex;
use crate::policy::PolicyPack;
pub use crate::portal::PackProblem;
use crate::share;
use crate::text::Lang;
use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

thread_local! {
    /// The built-in data, parsed when first needed, again when the web app
    /// has fetched more of it: with how many files it was read from.
    static BUILT_IN: std::cell::RefCell<Option<(usize, Rc<PolicyPack>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The data built into the tool (what a checked pack is compared with),
/// whichever pack is in use. In the web app, the places fetched so far.
pub fn built_in() -> Rc<PolicyPack> {
    let files = crate::policy::built_in_texts().len();
    BUILT_IN.with(|b| {
        let mut b = b.borrow_mut();
        match &*b {
            Some((n, pack)) if *n == files => pack.clone(),
            _ => {
                let pack = Rc::new(PolicyPack::embedded());
                *b = Some((files, pack.clone()));
                pack
            }
        }
    })
}

/// Whether every built-in place is here (in the web app: fetched).
pub fn built_in_complete() -> bool {
    crate::policy::built_in_texts().len() == crate::policy::BUILT_IN.len()
}

/// Whether the web app could not fetch the rest of the built-in data.
pub fn built_in_unavailable() -> bool {
    #[cfg(feature = "fetch-policy")]
    return crate::policy::store::gave_up();
    #[cfg(not(feature = "fetch-policy"))]
    return false;
}

/// The policy data a page uses. Cloning it is cheap (shared); two are equal
/// when they are the same data.
#[derive(Clone)]
pub struct Policy {
    /// The pack the page was loaded with, and where it came from.
    page: Rc<PagePack>,
    /// The built-in data when the page was last drawn (it grows in the web
    /// app as places are fetched).
    built_in: Rc<PolicyPack>,
    /// A pack being tried (in no link; gone when the page is reloaded).
    trial: Option<Rc<Trial>>,
    /// The rule of every citation of the pack in use, built when first needed.
    index: Rc<OnceCell<CiteIndex>>,
}

/// The pack a page was loaded with.
#[derive(Default)]
struct PagePack {
    /// A portal's pack; `None` for the built-in one.
    portal: Option<PolicyPack>,
    origin: PolicyOrigin,
}

/// A pack an official is trying on the applicant's pages.
#[derive(Debug)]
pub struct Trial {
    pub pack: Rc<PolicyPack>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            page: Rc::default(),
            built_in: built_in(),
            trial: None,
            index: Rc::default(),
        }
    }
}

impl PartialEq for Policy {
    fn eq(&self, other: &Policy) -> bool {
        Rc::ptr_eq(&self.page, &other.page)
            && Rc::ptr_eq(&self.built_in, &other.built_in)
            && match (&self.trial, &other.trial) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

impl fmt::Debug for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Policy")
            .field("origin", &self.page.origin)
            .field("trial", &self.trial.is_some())
            .finish()
    }
}

impl Policy {
    /// The data for a portal's `policy=<url>`, from what fetching it gave: its
    /// text, or why it could not be fetched. A pack that is refused or
    /// invalid leaves the built-in data in use, and the origin says why.
    pub fn from_portal(url: &str, fetched: Result<String, PackProblem>) -> Policy {
        let (portal, origin) = portal_pack(url, fetched);
        Policy {
            page: Rc::new(PagePack { portal, origin }),
            ..Policy::default()
        }
    }

    /// The pack in use: the one being tried, else the page's.
    pub fn pack(&self) -> &PolicyPack {
        match (&self.trial, &self.page.portal) {
            (Some(t), _) => &t.pack,
            (None, Some(p)) => p,
            (None, None) => &self.built_in,
        }
    }

    /// The same page with the built-in places fetched since it was drawn.
    pub fn grown(&self) -> Policy {
        Policy {
            page: self.page.clone(),
            built_in: built_in(),
            trial: self.trial.clone(),
            index: Rc::default(),
        }
    }

    /// Where the page's data came from.
    pub fn origin(&self) -> &PolicyOrigin {
        &self.page.origin
    }

    /// The pack being tried, if any.
    pub fn trial(&self) -> Option<&Trial> {
        self.trial.as_deref()
    }

    /// The same page with `pack` tried instead of the pack in use.
    #[cfg(any(feature = "workbench", debug_assertions))]
    pub fn trying(&self, pack: Rc<PolicyPack>) -> Policy {
        Policy {
            page: self.page.clone(),
            built_in: self.built_in.clone(),
            trial: Some(Rc::new(Trial { pack })),
            index: Rc::default(),
        }
    }

    /// Back to the page's own data.
    #[cfg(any(feature = "workbench", debug_assertions))]
    pub fn without_trial(&self) -> Policy {
        match self.trial {
            None => self.clone(),
            Some(_) => Policy {
                page: self.page.clone(),
                built_in: self.built_in.clone(),
                trial: None,
                index: Rc::default(),
            },
        }
    }

    /// The rules behind the citations of the pack in use.
    pub fn cite_index(&self) -> &CiteIndex {
        self.index.get_or_init(|| CiteIndex::new(self.pack()))
    }

    /// The places' ids, in the pack's order.
    pub fn ids(&self) -> Vec<&str> {
        self.pack().ids()
    }

    /// The places the form lists: local ones first, the national baseline
    /// last. Before the web app has fetched them, the built-in places.
    pub fn places(&self) -> Vec<&str> {
        let ids = match (&self.trial, &self.page.portal) {
            (None, None) if !built_in_complete() => crate::policy::BUILT_IN.to_vec(),
            _ => self.ids(),
        };
        let (national, local): (Vec<&str>, Vec<&str>) =
            ids.into_iter().partition(|id| *id == "national");
        local.into_iter().chain(national).collect()
    }

    /// A place's name (a built-in place's before its data is fetched), or
    /// the id itself when unknown.
    pub fn place_name(&self, id: &str, lang: Lang) -> String {
        let id = normalize_jurisdiction(id);
        match self.pack().get(&id) {
            Some(j) => j.name.get(lang).to_string(),
            None => crate::policy::built_in_name(&id, lang).map_or(id.to_string(), str::to_string),
        }
    }
}

/// Where the policy data in use came from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum PolicyOrigin {
    #[default]
    BuiltIn,
    /// A portal's pack (`policy=<url>`), over the built-in one.
    Portal { url: String },
    /// The portal's pack could not be used, so the built-in one is.
    PortalFailed {
        url: String,
        problems: Vec<PackProblem>,
    },
}

impl PolicyOrigin {
    /// The pack address the page was loaded with, if any.
    pub fn url(&self) -> Option<&str> {
        match self {
            PolicyOrigin::BuiltIn => None,
            PolicyOrigin::Portal { url } | PolicyOrigin::PortalFailed { url, .. } => Some(url),
        }
    }

    /// The address was refused (another origin, a redirect, not a web
    /// address…): links made on this page must not pass it on.
    pub fn refused(&self) -> bool {
        matches!(self, PolicyOrigin::PortalFailed { problems, .. }
            if problems.iter().any(|p| matches!(p, PackProblem::Refused(_))))
    }
}

/// At most this many pack problems are listed on the page (the `estimate` command lists all).
pub const MAX_SHOWN_PACK_PROBLEMS: usize = 8;

/// The pack to use (none: the built-in one) and what to tell the user about it.
pub fn portal_pack(
    url: &str,
    fetched: Result<String, PackProblem>,
) -> (Option<PolicyPack>, PolicyOrigin) {
    let url = url.to_string();
    match fetched.map(|text| PolicyPack::from_json_over_embedded(&text)) {
        Ok(Ok(p)) => (Some(p), PolicyOrigin::Portal { url }),
        Ok(Err(errors)) => (
            None,
            PolicyOrigin::PortalFailed {
                url,
                problems: errors.into_iter().map(PackProblem::Invalid).collect(),
            },
        ),
        Err(why) => (
            None,
            PolicyOrigin::PortalFailed {
                url,
                problems: vec![why],
            },
        ),
    }
}

/// The `policy=<url>` a page address names, if any.
pub fn policy_url(hash: &str) -> Option<String> {
    share::parse_fragment(&split_step(hash).1).portal.policy
}

/// The built-in files a page needs before it is first drawn. The start page
/// needs none; a result only its place, the national rules and the
/// calendar; every other page lists or checks against all places, and a
/// portal's pack is read over all of them.
pub fn files_for(hash: &str) -> Vec<&'static str> {
    let link = share::parse_fragment(&split_step(hash).1);
    let place = normalize_jurisdiction(link.draft.get(crate::Field::Jurisdiction));
    let place = crate::policy::BUILT_IN.iter().find(|id| **id == place);
    match place {
        // The start page lists the places by name, which the app carries.
        _ if link.route == share::Route::Start && link.portal.policy.is_none() => Vec::new(),
        Some(id) if link.route == share::Route::Result && link.portal.policy.is_none() => {
            let mut files = vec![crate::policy::CALENDAR, "national", id];
            files.dedup();
            files
        }
        _ => crate::policy::files().collect(),
    }
}

/// Whether a page can be drawn with only some of the built-in places: a
/// result, which needs only its own, and the start page, which needs only
/// their names (see [`files_for`]).
pub fn draws_with_some_places(page: super::Page) -> bool {
    matches!(page, super::Page::Result | super::Page::Start)
}

/// The spelling the engine accepts for a jurisdiction id.
pub fn normalize_jurisdiction(raw: &str) -> String {
    let j = raw.trim().to_ascii_lowercase().replace('_', "-");
    if j == "districtx" {
        "district-x".to_string()
    } else {
        j
    }
}

// (Trials are for the officials' pages.)
#[cfg(all(test, any(feature = "workbench", debug_assertions)))]
mod tests {
    use super::*;

    #[test]
    fn a_pack_tried_is_used_until_the_trial_ends() {
        let text = r#"{"jurisdictions": {"newtown": {"id": "newtown", "inherits": "national",
            "name": {"zh-Hans": "新城", "zh-Hant": "新城", "en": "Newtown"}, "sources": {}}}}"#;
        let pack = PolicyPack::from_json_over_embedded(text).unwrap();
        let page = Policy::default();
        assert!(!page.ids().contains(&"newtown"));
        let trying = page.trying(Rc::new(pack));
        assert!(trying.ids().contains(&"newtown"));
        assert_eq!(trying.place_name("newtown", Lang::En), "Newtown");
        assert!(built_in().get("newtown").is_none());
        assert!(trying.trial().is_some());
        assert_ne!(trying, page);
        let ended = trying.without_trial();
        assert!(!ended.ids().contains(&"newtown"));
        assert!(ended.trial().is_none());
        assert_eq!(ended, page, "the page's own data again");
        assert_eq!(page.clone(), page);
    }

    #[test]
    fn each_pack_has_its_own_citation_index() {
        let page = Policy::default();
        let index: *const CiteIndex = page.cite_index();
        assert!(std::ptr::eq(index, page.clone().cite_index()), "built once");
        let pack = PolicyPack::from_json_over_embedded(r#"{"jurisdictions": {}}"#).unwrap();
        let trying = page.trying(Rc::new(pack));
        assert!(!std::ptr::eq(index, trying.cite_index()));
    }
}
