//! The "check a pack" page's state and actions (the officials' pages: not in
//! the applicant's bundle): the text in its box, what checking it gave, and
//! trying the pack on the applicant's pages.

use super::state::{Action, Page, State};
use crate::model::{Draft, Field};
use crate::policy::check::{self, PackWarning};
use crate::policy::{PolicyError, PolicyPack};
use std::rc::Rc;

/// The "check a pack" page: the text in its box (as typed, or a file's)
/// and what checking it gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackCheck {
    pub text: String,
    /// `None` until checked, and again once the text changes.
    pub report: Option<PackReport>,
    /// What a valid pack may not mean (a source's quotes unchecked…).
    pub warnings: Rc<Vec<PackWarning>>,
    /// A source's text opened as a second file: for every source of the
    /// pack's own places that carries none.
    pub source_text: Option<Rc<str>>,
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
    /// Checks a pack's text as `estimate --check` does (with a source's text
    /// given apart, where one was opened): the report and the warnings. A bare
    /// place file (`policy/wanzhou.json`) is a pack of that one place.
    pub fn of(text: &str, source_text: Option<&str>) -> (PackReport, Vec<PackWarning>) {
        if text.trim().is_empty() {
            return (PackReport::Empty, Vec::new());
        }
        let given: Vec<(String, String)> = source_text
            .map(|t| (check::ANY_SOURCE.to_string(), t.to_string()))
            .into_iter()
            .collect();
        let c = check::check(text, &given);
        match c.pack {
            Some(p) if c.problems.is_empty() => {
                (PackReport::Valid(Rc::new(p), Rc::from(text)), c.warnings)
            }
            _ => (PackReport::Problems(Rc::new(c.problems)), c.warnings),
        }
    }
}

impl State {
    /// The "check a pack" page's actions.
    pub(super) fn pack_action(&mut self, action: Action) {
        match action {
            Action::SetPackText(text) if text != self.pack_check.text => {
                // A report is for the text it checked.
                self.pack_check.text = text;
                self.pack_check.report = None;
            }
            Action::CheckPack => self.check_pack(),
            Action::OpenPack(Some(text)) => {
                self.pack_check.text = text;
                self.check_pack();
            }
            Action::OpenSourceText(Some(text)) => {
                self.pack_check.source_text = Some(Rc::from(text));
                self.check_pack();
            }
            Action::OpenSourceText(None) => {
                self.pack_check.report = Some(PackReport::ReadFailed);
            }
            Action::OpenPack(None) => self.pack_check.report = Some(PackReport::ReadFailed),
            Action::TryPack(place) => self.try_pack(place),
            _ => {}
        }
    }

    /// Checks the text in the box (with the source's text, if one was opened).
    fn check_pack(&mut self) {
        let c = &self.pack_check;
        let (report, warnings) = PackReport::of(&c.text, c.source_text.as_deref());
        self.pack_check.report = Some(report);
        self.pack_check.warnings = Rc::new(warnings);
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
