//! The "check a pack" page's state and actions (the officials' pages: not in
//! the applicant's bundle): the text in its box, what checking it gave, and
//! trying the pack on the applicant's pages.

use super::state::{Action, Page, State};
use crate::model::{Draft, Field};
use crate::policy::{PolicyError, PolicyPack};
use std::rc::Rc;

/// The "check a pack" page: the text in its box (as typed, or a file's)
/// and what checking it gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackCheck {
    pub text: String,
    /// `None` until checked, and again once the text changes.
    pub report: Option<PackReport>,
}

/// What checking a pack's text gave.
#[derive(Clone, Debug)]
pub enum PackReport {
    /// There was no text.
    Empty,
    /// The file could not be read.
    ReadFailed,
    /// Every problem, each with its path.
    Problems(Rc<Vec<PolicyError>>),
    /// A valid pack, with the text it was read from.
    Valid(Rc<PolicyPack>, Rc<str>),
}

impl PartialEq for PackReport {
    fn eq(&self, other: &PackReport) -> bool {
        match (self, other) {
            (PackReport::Empty, PackReport::Empty)
            | (PackReport::ReadFailed, PackReport::ReadFailed) => true,
            (PackReport::Problems(a), PackReport::Problems(b)) => Rc::ptr_eq(a, b),
            (PackReport::Valid(a, _), PackReport::Valid(b, _)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl PackReport {
    /// Checks a pack's text as `estimate --policy` and a portal's pack are checked;
    /// a bare place file (`policy/wanzhou.json`) is a pack of that one place.
    pub fn of(text: &str) -> PackReport {
        if text.trim().is_empty() {
            return PackReport::Empty;
        }
        match PolicyPack::from_json_or_place_over_embedded(text) {
            Ok(p) => PackReport::Valid(Rc::new(p), Rc::from(text)),
            Err(e) => PackReport::Problems(Rc::new(e)),
        }
    }
}

impl State {
    /// The "check a pack" page's actions.
    pub(super) fn pack_action(&mut self, action: Action) {
        match action {
            Action::SetPackText(text) if text != self.pack_check.text => {
                // A report is for the text it checked.
                self.pack_check = PackCheck { text, report: None };
            }
            Action::CheckPack => {
                self.pack_check.report = Some(PackReport::of(&self.pack_check.text));
            }
            Action::OpenPack(Some(text)) => {
                let report = Some(PackReport::of(&text));
                self.pack_check = PackCheck { text, report };
            }
            Action::OpenPack(None) => self.pack_check.report = Some(PackReport::ReadFailed),
            Action::TryPack(place) => self.try_pack(place),
            _ => {}
        }
    }

    /// "Try it": the checked pack on the applicant's pages, from the start
    /// page with `place` chosen.
    fn try_pack(&mut self, place: Option<String>) {
        let Some(PackReport::Valid(pack, _)) = &self.pack_check.report else {
            return;
        };
        self.policy = self.policy.trying(pack.clone());
        let mut draft = Draft::default();
        if let Some(p) = place {
            draft.set(Field::Jurisdiction, p);
        }
        self.set_draft(draft);
        self.problems.clear();
        self.problems_from_link = false;
        self.go(Page::Start);
    }
}
