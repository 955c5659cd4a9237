//! The policy pack the app uses: the built-in one, or a portal's pack
//! installed once at load, or a pack an official is trying from the "check a
//! pack" page for this session; and the places it lists.

use super::state::split_step;
use crate::policy::PolicyPack;
pub use crate::portal::PackProblem;
use crate::share;
use crate::text::Lang;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------
// Policy data, parsed once.
// ---------------------------------------------------------------------------

/// The data built into the tool, parsed when first needed.
static EMBEDDED: OnceLock<PolicyPack> = OnceLock::new();
/// A portal's pack, installed once at load.
static PORTAL: OnceLock<PolicyPack> = OnceLock::new();
static ORIGIN: OnceLock<PolicyOrigin> = OnceLock::new();

/// The policy pack in use: a pack being tried, else a portal's pack when one
/// was installed, else the built-in one.
pub fn pack() -> &'static PolicyPack {
    match trial() {
        Some(t) => &t.pack,
        None => PORTAL.get().unwrap_or_else(built_in),
    }
}

/// The data built into the tool (what a checked pack is compared with),
/// whichever pack is in use.
pub fn built_in() -> &'static PolicyPack {
    EMBEDDED.get_or_init(PolicyPack::embedded)
}

/// A pack an official is trying on the applicant's pages, with its text.
#[derive(Debug)]
pub struct Trial {
    pub pack: Rc<PolicyPack>,
    pub text: String,
}

thread_local! {
    /// The pack being tried. Leaked on purpose: [`pack`] hands out `'static`
    /// references, and a session tries a few packs at most.
    static TRIAL: Cell<Option<&'static Trial>> = const { Cell::new(None) };
}

/// The pack being tried in this session, if any.
pub fn trial() -> Option<&'static Trial> {
    TRIAL.with(Cell::get)
}

/// Uses `pack` instead of the pack in use until [`end_trial`] or the page is
/// reloaded; it is in no link.
pub fn try_pack(pack: Rc<PolicyPack>, text: String) {
    let trial: &'static Trial = Box::leak(Box::new(Trial { pack, text }));
    TRIAL.with(|t| t.set(Some(trial)));
}

/// Back to the pack the page was loaded with.
pub fn end_trial() {
    TRIAL.with(|t| t.set(None));
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

pub fn policy_origin() -> &'static PolicyOrigin {
    ORIGIN.get_or_init(PolicyOrigin::default)
}

/// At most this many pack problems are listed on the page (the `estimate` command lists all).
pub const MAX_SHOWN_PACK_PROBLEMS: usize = 8;

/// Decides the pack from what fetching a portal's `policy=<url>` gave: its text, or
/// why it could not be fetched. Call once, before the first [`pack`].
pub fn install_portal_pack(url: &str, fetched: Result<String, PackProblem>) {
    let (pack, origin) = portal_pack(url, fetched);
    if let Some(p) = pack {
        let _ = PORTAL.set(p);
    }
    let _ = ORIGIN.set(origin);
}

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

/// The jurisdiction ids, in the order the form lists them.
pub fn jurisdiction_ids() -> Vec<&'static str> {
    pack().ids()
}

/// The places the form lists: local ones first, the national baseline last.
pub fn jurisdiction_choices() -> Vec<&'static str> {
    let ids = jurisdiction_ids();
    let (national, local): (Vec<&str>, Vec<&str>) =
        ids.into_iter().partition(|id| *id == "national");
    local.into_iter().chain(national).collect()
}

/// A jurisdiction's name, or the id itself when unknown.
pub fn jurisdiction_name(id: &str, lang: Lang) -> String {
    match pack().get(&normalize_jurisdiction(id)) {
        Some(j) => j.name.get(lang).to_string(),
        None => id.to_string(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_tried_in_the_session_is_used_until_the_trial_ends() {
        let text = r#"{"jurisdictions": {"newtown": {"id": "newtown", "inherits": "national",
            "name": {"zh-Hans": "新城", "zh-Hant": "新城", "en": "Newtown"}, "sources": {}}}}"#;
        let pack = PolicyPack::from_json_over_embedded(text).unwrap();
        assert!(!jurisdiction_ids().contains(&"newtown"));
        try_pack(Rc::new(pack), text.to_string());
        assert!(jurisdiction_ids().contains(&"newtown"));
        assert_eq!(jurisdiction_name("newtown", Lang::En), "Newtown");
        assert!(built_in().get("newtown").is_none());
        assert_eq!(trial().map(|t| t.text.as_str()), Some(text));
        end_trial();
        assert!(!jurisdiction_ids().contains(&"newtown"));
        assert!(trial().is_none());
    }
}
