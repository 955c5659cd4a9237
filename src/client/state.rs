//! The page state and its reducer (`State::apply`): plain Rust, testable
//! without a browser.

use super::format::iso_date;
use super::load::{push_items, EquipmentAction, LoadFocus, LoadList};
#[cfg(any(feature = "workbench", debug_assertions))]
use super::pack_check::PackCheck;
use super::policy::Policy;
use super::questions::{
    answer_text, bad_values, compose_capacity, selected, selected_place, split_capacity, validate,
    Step,
};
use super::strings::S;
use super::wb_strings::fill;
use crate::capacity::Unit;
use crate::model::{Draft, Field, Problem};
use crate::share::{self, Mode, Route};
use crate::text::Lang;
use chrono::NaiveDate;

// ---------------------------------------------------------------------------
// Page state and reducer.
// ---------------------------------------------------------------------------

/// What is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Page {
    #[default]
    Start,
    Form(Step),
    Check,
    Result,
    /// Officials' pages: the places side by side,
    Compare,
    /// every rule of a place,
    Rules,
    /// check a policy pack,
    CheckPack,
    /// a place's scenario grid.
    Scenarios,
    /// The applicant's equipment list: "how much capacity do I need?"
    Load,
}

impl Page {
    pub fn route(self) -> Route {
        match self {
            Page::Start => Route::Start,
            Page::Form(_) => Route::Form,
            Page::Check => Route::Check,
            Page::Result => Route::Result,
            Page::Compare => Route::Compare,
            Page::Rules => Route::Rules,
            Page::CheckPack => Route::CheckPack,
            Page::Scenarios => Route::Scenarios,
            Page::Load => Route::Load,
        }
    }

    /// The page title (document title and h1) of the applicant's pages.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Page::Form(step) => step.title().get(lang),
            Page::Check => S::CheckTitle.get(lang),
            Page::Result => S::ResultTitle.get(lang),
            Page::Load => S::LoadTitle.get(lang),
            _ => S::AppName.get(lang),
        }
    }

    /// The officials' pages, in the order their navigation lists them.
    pub const OFFICIALS: [Page; 4] = [Page::Compare, Page::Rules, Page::Scenarios, Page::CheckPack];

    /// The title of an official's page.
    pub fn workbench_title(self) -> Option<S> {
        match self {
            Page::Compare => Some(S::CompareTitle),
            Page::Rules => Some(S::RulesTitle),
            Page::CheckPack => Some(S::CheckPackTitle),
            Page::Scenarios => Some(S::ScenariosTitle),
            _ => None,
        }
    }
}

/// What the browser should do with the address after an action.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum HistoryOp {
    #[default]
    Keep,
    /// A new page: a new history entry (the back button returns).
    Push,
    /// Same page, changed answers or language: rewrite the current entry.
    Replace,
    /// An address was just loaded: rewrite it in the app's own form, but only
    /// while the browser is still there (two quick "back"s must not rewrite
    /// the earlier entry with the later page).
    Tidy(String),
}

/// Where the keyboard focus goes after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Keep,
    /// The page's h1 (after a page change).
    Heading,
    /// The error summary (after a failed "Continue").
    ErrorSummary,
    /// One question's input.
    Field(Field),
    /// A control of the equipment list.
    Load(LoadFocus),
}

/// Everything the user does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed (first load, back button, a pasted link).
    Load(String),
    /// More of the built-in data has been fetched (web app).
    DataArrived,
    /// "Start now".
    Begin,
    /// An answer changed.
    Set(Field, String),
    /// The capacity text box changed.
    SetCapacityText(String),
    /// The capacity unit changed.
    SetUnit(Unit),
    /// "Continue" on a question page.
    Continue,
    /// The back link.
    Back,
    /// "Change" next to an answer.
    Change(Field),
    /// An error-summary link to a question on another page.
    GoToField(Field),
    /// "See the result" on the check page.
    ShowResult,
    SetLang(Lang),
    /// "Start over" / kiosk idle reset: clear the answers (keep the portal's presets).
    Restart,
    /// "Show this result" next to a variation.
    TryAnswer(Field, String),
    /// The larger, higher-contrast display (关怀模式) on or off.
    SetCare(bool),
    /// The rules page's topic filter (`None`: every topic).
    SetTopic(Option<String>),
    /// The equipment list (`#/load`).
    Equipment(EquipmentAction),
    /// The "check a pack" box changed.
    #[cfg(any(feature = "workbench", debug_assertions))]
    SetPackText(String),
    /// "Check the pack".
    #[cfg(any(feature = "workbench", debug_assertions))]
    CheckPack,
    /// A pack file was opened: its text (`None`: it could not be read), checked.
    #[cfg(any(feature = "workbench", debug_assertions))]
    OpenPack(Option<String>),
    /// A source's text opened as a second file (`None`: it could not be read).
    #[cfg(any(feature = "workbench", debug_assertions))]
    OpenSourceText(Option<String>),
    /// "Try it": the checked pack is used on the applicant's pages, from the
    /// start page with this place (the first it changes) chosen.
    #[cfg(any(feature = "workbench", debug_assertions))]
    TryPack(Option<String>),
    /// "Stop the trial": the page's own policy data again.
    #[cfg(any(feature = "workbench", debug_assertions))]
    EndTrial,
}

/// The whole UI state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub page: Page,
    pub draft: Draft,
    pub lang: Lang,
    pub mode: Mode,
    /// A portal's policy pack address and colour.
    pub portal: share::Portal,
    /// Problems shown in the error summary and next to the questions.
    pub problems: Vec<Problem>,
    /// The problems came from an opened link (not from the user's own "Continue").
    pub problems_from_link: bool,
    /// The capacity text box, as typed.
    pub capacity_text: String,
    pub capacity_unit: Unit,
    /// After "Change" on the check page, "Continue" goes back there.
    pub return_to_check: bool,
    /// Link parameters that are not answers.
    pub unknown_params: Vec<String>,
    pub bad_route: bool,
    /// Answers preset by the first link (a portal's region), restored by "start over".
    pub preset: Draft,
    pub preset_lang: Lang,
    /// The display mode the first link set (a kiosk's deployer), restored by "start over".
    pub preset_care: bool,
    /// The rules page's topic filter.
    pub topic: Option<String>,
    /// The rule the rules page opens at.
    pub anchor: Option<String>,
    /// The equipment list (`#/load`, `items=` on the applicant's pages).
    pub equipment: LoadList,
    /// The policy data in use (the page's own, or a pack being tried).
    pub policy: Policy,
    /// The "check a pack" page's text and report (officials' pages only).
    #[cfg(any(feature = "workbench", debug_assertions))]
    pub pack_check: PackCheck,
    pub today: NaiveDate,
    pub history: HistoryOp,
    pub focus: Focus,
    /// Bumped by every action, so effects run once per action.
    pub seq: u64,
}

/// Splits `#/form/<step>?…` into the step and a fragment `share::parse_fragment` understands.
pub(crate) fn split_step(hash: &str) -> (Option<Step>, String) {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = match h.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (h, None),
    };
    let path = path.trim_end_matches('/');
    if let Some(slug) = path
        .strip_prefix("/form/")
        .or_else(|| path.strip_prefix("/questions/"))
    {
        let step = Step::from_slug(slug);
        let rest = match query {
            Some(q) => format!("#/form?{q}"),
            None => "#/form".to_string(),
        };
        (step.or(Some(Step::Where)), rest)
    } else {
        (None, format!("#{h}"))
    }
}

/// True for fragments the app owns (`#/…`, `#?…`, empty); other fragments are in-page anchors.
pub fn is_app_fragment(hash: &str) -> bool {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    h.is_empty() || h.starts_with('/') || h.starts_with('?')
}

impl State {
    /// The state for the address the page was opened with, on the built-in data.
    pub fn new(hash: &str, today: NaiveDate) -> State {
        State::with_policy(hash, today, Policy::default())
    }

    /// The state for the address the page was opened with, on `policy` (a
    /// portal's pack, fetched before the first page is shown).
    pub fn with_policy(hash: &str, today: NaiveDate, policy: Policy) -> State {
        let blank = State {
            page: Page::Start,
            draft: Draft::default(),
            lang: Lang::default(),
            mode: Mode::default(),
            portal: share::Portal::default(),
            problems: Vec::new(),
            problems_from_link: false,
            capacity_text: String::new(),
            capacity_unit: Unit::Kva,
            return_to_check: false,
            unknown_params: Vec::new(),
            bad_route: false,
            preset: Draft::default(),
            preset_lang: Lang::default(),
            preset_care: false,
            topic: None,
            anchor: None,
            equipment: LoadList::default(),
            policy,
            #[cfg(any(feature = "workbench", debug_assertions))]
            pack_check: PackCheck::default(),
            today,
            history: HistoryOp::Keep,
            focus: Focus::Keep,
            seq: 0,
        };
        let mut s = blank.load(hash);
        if s.page == Page::Start {
            s.preset = s.draft.clone();
        }
        s.preset_lang = s.lang;
        s.preset_care = s.portal.care;
        s.focus = Focus::Keep;
        s
    }

    /// The address fragment for this state.
    pub fn fragment(&self) -> String {
        let mut f = share::to_fragment_with(
            self.page.route(),
            &self.draft,
            self.lang,
            self.mode,
            &self.portal,
        );
        let mut f = match self.page {
            Page::Form(step) => f.replacen("#/form", &format!("#/form/{}", step.slug()), 1),
            Page::Rules => {
                share::push_rules_tail(&mut f, self.topic.as_deref(), self.anchor.as_deref());
                f
            }
            _ => f,
        };
        if self.page.workbench_title().is_none() {
            push_items(&mut f, &self.equipment);
        }
        f
    }

    /// The link to an official's page with these answers (`draft`), keeping the
    /// language, mode and portal settings; `anchor` for a rule on the rules page.
    pub fn link_to(&self, page: Page, draft: &Draft, anchor: Option<&str>) -> String {
        let mut f =
            share::to_fragment_with(page.route(), draft, self.lang, self.mode, &self.portal);
        share::push_rules_tail(&mut f, None, anchor);
        f
    }

    /// The link to a place's rules page (`#/rules/<place>`), at one rule when
    /// `anchor` is given, keeping the language, mode and portal settings.
    pub fn rules_link(&self, place: &str, anchor: Option<&str>) -> String {
        let mut d = Draft::default();
        d.set(Field::Jurisdiction, place);
        self.link_to(Page::Rules, &d, anchor)
    }

    /// The heading of an official's page: its title, with the place where it
    /// shows one place.
    pub fn workbench_heading(&self) -> Option<String> {
        let title = self.page.workbench_title()?.get(self.lang);
        let place = self.draft.get(crate::model::Field::Jurisdiction).trim();
        let known = self.policy.pack().get(place).map(|j| j.name.get(self.lang));
        Some(match (self.page, known) {
            (Page::Rules, Some(name)) => fill(S::RulesOf.get(self.lang), &[name]),
            (Page::Scenarios, Some(name)) => fill(S::TitlePlace.get(self.lang), &[title, name]),
            _ => title.to_string(),
        })
    }

    /// The link to share: the answers, language, any portal pack and care mode; no mode or colour.
    pub fn share_fragment(&self) -> String {
        let mut portal = self.portal.for_sharing();
        // A refused pack address is not passed on (a link must not be able to
        // spread someone else's pack with the deployer's page).
        if self.policy.origin().refused() {
            portal.policy = None;
        }
        let mut f =
            share::to_fragment_with(Route::Result, &self.draft, self.lang, Mode::Web, &portal);
        push_items(&mut f, &self.equipment);
        f
    }

    /// The fragment of another page with the same answers (for link `href`s).
    pub fn fragment_for(&self, page: Page) -> String {
        State {
            page,
            ..self.clone_light()
        }
        .fragment()
    }

    /// The fragment with another language (for the language switcher's `href`s).
    pub fn fragment_with_lang(&self, lang: Lang) -> String {
        State {
            lang,
            ..self.clone_light()
        }
        .fragment()
    }

    fn clone_light(&self) -> State {
        State {
            problems: Vec::new(),
            ..self.clone()
        }
    }

    pub fn problem(&self, field: Field) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == field)
    }

    /// The answer a radio question's current value selects (its link value).
    pub fn selected(&self, field: Field) -> Option<&str> {
        let raw = self.draft.get(field);
        match field {
            Field::Jurisdiction => selected_place(&self.policy, raw),
            _ => selected(field, raw),
        }
    }

    /// An answer as "check your answers" shows it.
    pub fn answer_text(&self, field: Field) -> String {
        answer_text(&self.policy, field, &self.draft, self.today, self.lang)
    }

    /// A place's name in the page's language (the id when unknown).
    pub fn place_name(&self, id: &str) -> String {
        self.policy.place_name(id, self.lang)
    }

    /// Nothing to lose: on the start page with only the presets.
    pub fn is_pristine(&self) -> bool {
        self.page == Page::Start && self.draft == self.preset
    }

    /// The document title: "错误：…" first when errors are shown (GOV.UK pattern).
    pub fn document_title(&self) -> String {
        let app = S::AppName.get(self.lang);
        let page = self
            .workbench_heading()
            .unwrap_or_else(|| self.page.title(self.lang).to_string());
        let base = if self.page == Page::Start {
            app.to_string()
        } else {
            format!("{page} – {app}")
        };
        if self.problems.is_empty() {
            base
        } else {
            format!("{}{base}", S::ErrorPrefix.get(self.lang))
        }
    }

    pub(super) fn set_draft(&mut self, draft: Draft) {
        let (text, unit) = split_capacity(draft.get(Field::Capacity));
        self.capacity_text = text;
        self.capacity_unit = unit;
        self.draft = draft;
    }

    pub(super) fn go(&mut self, page: Page) {
        if page == Page::Form(Step::When) && self.draft.get(Field::Start).trim().is_empty() {
            self.draft.set(Field::Start, iso_date(self.today));
        }
        if page != Page::Check && !matches!(page, Page::Form(_)) {
            self.return_to_check = false;
        }
        self.page = page;
        self.history = HistoryOp::Push;
        self.focus = Focus::Heading;
    }

    /// The first page with a problem.
    fn first_problem_page(problems: &[Problem]) -> Page {
        problems
            .first()
            .map_or(Page::Form(Step::Where), |p| Page::Form(Step::of(p.field)))
    }

    fn load(&self, address: &str) -> State {
        let (step, hash) = split_step(address);
        let link = share::parse_fragment(&hash);
        let mut s = State {
            lang: link.lang.unwrap_or(self.preset_lang),
            mode: link.mode,
            portal: link.portal.clone(),
            unknown_params: link.unknown.clone(),
            bad_route: link.bad_route,
            problems: Vec::new(),
            problems_from_link: false,
            return_to_check: false,
            topic: link.topic.clone().filter(|_| link.route == Route::Rules),
            anchor: link.anchor.clone().filter(|_| link.route == Route::Rules),
            history: HistoryOp::Tidy(address.to_string()),
            focus: Focus::Heading,
            ..self.clone()
        };
        s.set_draft(link.draft);
        s.equipment = link
            .items
            .as_deref()
            .map(LoadList::parse)
            .unwrap_or_default();
        s.page = match link.route {
            Route::Start => Page::Start,
            Route::Form => {
                s.problems = bad_values(&s.draft, s.policy.pack());
                Page::Form(step.unwrap_or(Step::Where))
            }
            Route::Check | Route::Result => {
                let problems = validate(&s.draft, s.policy.pack());
                if problems.is_empty() {
                    if link.route == Route::Check {
                        Page::Check
                    } else {
                        Page::Result
                    }
                } else {
                    let page = State::first_problem_page(&problems);
                    s.problems = problems;
                    page
                }
            }
            Route::Compare => Page::Compare,
            Route::Rules => Page::Rules,
            Route::CheckPack => Page::CheckPack,
            Route::Scenarios => Page::Scenarios,
            Route::Load => Page::Load,
        };
        s.problems_from_link = !s.problems.is_empty();
        s
    }

    /// "Continue" on a question page: this page's problems, or the next page
    /// (back to "check answers" after a change).
    fn continue_from_page(&mut self) {
        let Page::Form(step) = self.page else {
            return;
        };
        let all = validate(&self.draft, self.policy.pack());
        let here: Vec<Problem> = all
            .iter()
            .filter(|p| Step::of(p.field) == step)
            .cloned()
            .collect();
        self.problems_from_link = false;
        if !here.is_empty() {
            self.problems = here;
            self.focus = Focus::ErrorSummary;
            return;
        }
        self.problems.clear();
        let next = if self.return_to_check {
            if all.is_empty() {
                Page::Check
            } else {
                self.problems = all.clone();
                self.problems_from_link = false;
                State::first_problem_page(&all)
            }
        } else {
            step.next().map_or(Page::Check, Page::Form)
        };
        self.go(next);
        if !self.problems.is_empty() {
            self.focus = Focus::ErrorSummary;
        }
    }

    /// "See the result": the result, or the first page with a problem.
    fn show_result(&mut self) {
        let problems = validate(&self.draft, self.policy.pack());
        if problems.is_empty() {
            self.problems.clear();
            self.go(Page::Result);
        } else {
            let page = State::first_problem_page(&problems);
            self.problems = problems;
            self.problems_from_link = false;
            self.go(page);
            self.return_to_check = true;
            self.focus = Focus::ErrorSummary;
        }
    }

    /// Where "Back" goes.
    fn previous_page(&self) -> Page {
        match self.page {
            Page::Start => Page::Start,
            Page::Form(_) if self.return_to_check => Page::Check,
            Page::Form(step) => step.prev().map_or(Page::Start, Page::Form),
            Page::Check => Page::Form(Step::When),
            Page::Result => Page::Check,
            Page::Load => Page::Form(Step::Capacity),
            _ => Page::Start,
        }
    }

    /// The reducer: the state after an action. Pure: `today` is the date the caller
    /// read from the clock (a kiosk runs for days, so it is refreshed on every action).
    pub fn apply_on(&self, action: Action, today: NaiveDate) -> State {
        if today == self.today {
            return self.apply(action);
        }
        State {
            today,
            ..self.clone()
        }
        .apply(action)
    }

    /// The reducer with the state's own `today`.
    /// Back to the start as the page was opened (the kiosk's idle reset).
    fn restart(&mut self, opened: &State) {
        self.set_draft(opened.preset.clone());
        self.equipment = LoadList::default();
        self.lang = opened.preset_lang;
        self.portal.care = opened.preset_care;
        self.problems.clear();
        self.problems_from_link = false;
        self.unknown_params.clear();
        self.bad_route = false;
        self.go(Page::Start);
    }

    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        s.seq = self.seq.wrapping_add(1);
        s.history = HistoryOp::Keep;
        s.focus = Focus::Keep;
        match action {
            Action::Load(hash) => {
                if !is_app_fragment(&hash) || hash == self.fragment() {
                    return s;
                }
                return s.load(&hash);
            }
            Action::Begin => {
                s.problems.clear();
                s.unknown_params.clear();
                s.bad_route = false;
                s.go(Page::Form(Step::Where));
            }
            Action::Set(field, value) => {
                s.draft.set(field, value);
                s.anchor = None;
                s.history = HistoryOp::Replace;
            }
            #[cfg(any(feature = "workbench", debug_assertions))]
            a @ (Action::SetPackText(_)
            | Action::CheckPack
            | Action::OpenPack(_)
            | Action::OpenSourceText(_)
            | Action::TryPack(_)) => s.pack_action(a),
            #[cfg(any(feature = "workbench", debug_assertions))]
            Action::EndTrial => {
                s.policy = s.policy.without_trial();
                // As if the page were opened again on its own data.
                return s.load(&s.fragment());
            }
            Action::SetTopic(topic) => {
                s.topic = topic;
                s.anchor = None;
                s.history = HistoryOp::Replace;
            }
            Action::SetCapacityText(text) => {
                s.draft
                    .set(Field::Capacity, compose_capacity(&text, s.capacity_unit));
                s.capacity_text = text;
                s.history = HistoryOp::Replace;
            }
            Action::SetUnit(unit) => {
                s.capacity_unit = unit;
                s.draft
                    .set(Field::Capacity, compose_capacity(&s.capacity_text, unit));
                s.history = HistoryOp::Replace;
            }
            Action::Continue => s.continue_from_page(),
            Action::Back => {
                let prev = s.previous_page();
                s.problems.clear();
                s.go(prev);
            }
            Action::Change(field) => {
                s.problems.clear();
                s.go(Page::Form(Step::of(field)));
                s.return_to_check = true;
                s.focus = Focus::Field(field);
            }
            Action::GoToField(field) => {
                let keep = s.return_to_check;
                s.go(Page::Form(Step::of(field)));
                s.return_to_check = keep;
                s.focus = Focus::Field(field);
            }
            Action::ShowResult => s.show_result(),
            Action::SetLang(lang) => {
                s.lang = lang;
                s.history = HistoryOp::Replace;
            }
            Action::SetCare(on) => {
                s.portal.care = on;
                s.history = HistoryOp::Replace;
            }
            Action::Restart => s.restart(self),
            Action::TryAnswer(field, value) => {
                let mut draft = s.draft.clone();
                draft.set(field, value);
                s.set_draft(draft);
                s.problems.clear();
                s.go(Page::Result);
            }
            Action::Equipment(a) => s.equipment(a),
            Action::DataArrived => {
                s.policy = s.policy.grown();
                // The page was "Loading…" until now: its heading takes the focus.
                if !super::draws_with_some_places(s.page) {
                    s.focus = Focus::Heading;
                }
            }
        }
        s
    }
}
