//! The policy pack the app uses: the built-in one, or a portal's pack
//! installed once at load; and the places it lists.

use super::state::split_step;
use crate::policy::PolicyPack;
use crate::share;
use crate::text::Lang;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------
// Policy data, parsed once.
// ---------------------------------------------------------------------------

static PACK: OnceLock<PolicyPack> = OnceLock::new();
static ORIGIN: OnceLock<PolicyOrigin> = OnceLock::new();

/// The policy pack in use: the embedded one unless a portal's pack was installed first.
pub fn pack() -> &'static PolicyPack {
    PACK.get_or_init(PolicyPack::embedded)
}

/// Where the policy data in use came from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum PolicyOrigin {
    #[default]
    BuiltIn,
    /// A portal's pack (`policy=<url>`), over the built-in one.
    Portal { url: String },
    /// The portal's pack could not be used, so the built-in one is.
    PortalFailed { url: String, problems: Vec<String> },
}

impl PolicyOrigin {
    /// The pack address the page was loaded with, if any.
    pub fn url(&self) -> Option<&str> {
        match self {
            PolicyOrigin::BuiltIn => None,
            PolicyOrigin::Portal { url } | PolicyOrigin::PortalFailed { url, .. } => Some(url),
        }
    }
}

pub fn policy_origin() -> &'static PolicyOrigin {
    ORIGIN.get_or_init(PolicyOrigin::default)
}

/// At most this many pack problems are listed on the page (the `estimate` command lists all).
pub const MAX_SHOWN_PACK_PROBLEMS: usize = 8;

/// Decides the pack from what fetching a portal's `policy=<url>` gave: its text, or
/// why it could not be fetched. Call once, before the first [`pack`].
pub fn install_portal_pack(url: &str, fetched: Result<String, String>) {
    let (pack, origin) = portal_pack(url, fetched);
    if let Some(p) = pack {
        let _ = PACK.set(p);
    }
    let _ = ORIGIN.set(origin);
}

/// The pack to use (none: the built-in one) and what to tell the user about it.
pub fn portal_pack(
    url: &str,
    fetched: Result<String, String>,
) -> (Option<PolicyPack>, PolicyOrigin) {
    let url = url.to_string();
    match fetched.map(|text| PolicyPack::from_json_over_embedded(&text)) {
        Ok(Ok(p)) => (Some(p), PolicyOrigin::Portal { url }),
        Ok(Err(errors)) => (
            None,
            PolicyOrigin::PortalFailed {
                url,
                problems: errors.iter().map(|e| e.to_string()).collect(),
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
