//! The built-in files a web page has fetched (`fetch-policy`): the places'
//! data and the calendar, each a hashed file beside the app, so that a page
//! downloads only what it shows (a share link: its place, the national rules
//! and the calendar). The files are the ones the tests check, written by the
//! build; a file is kept for the page's life once fetched.

use std::cell::RefCell;

use super::{files, CALENDAR};

thread_local! {
    /// Set when fetching the rest of the files failed: a page that needs them says so.
    static GAVE_UP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static FETCHED: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps a fetched file. Only built-in names are kept, each once: the text
/// lives as long as the page (a few hundred KB at most, so it is leaked
/// rather than counted).
pub fn provide(name: &str, text: String) {
    let Some(name) = files().find(|f| *f == name) else {
        return;
    };
    if has(name) {
        return;
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    FETCHED.with(|f| f.borrow_mut().push((name, text)));
}

/// Whether the file is here.
pub fn has(name: &str) -> bool {
    FETCHED.with(|f| f.borrow().iter().any(|(n, _)| *n == name))
}

/// How many files are here (grows as they arrive).
pub fn count() -> usize {
    FETCHED.with(|f| f.borrow().len())
}

/// The places' files here, in the order of [`super::BUILT_IN`].
pub fn texts() -> Vec<(&'static str, &'static str)> {
    FETCHED.with(|f| {
        let f = f.borrow();
        super::BUILT_IN
            .iter()
            .filter_map(|id| f.iter().find(|(n, _)| n == id).copied())
            .collect()
    })
}

/// The calendar's text, once fetched.
pub fn calendar() -> Option<&'static str> {
    FETCHED.with(|f| {
        f.borrow()
            .iter()
            .find(|(n, _)| *n == CALENDAR)
            .map(|(_, t)| *t)
    })
}

/// Fetching the rest failed (offline before the first visit finished, say).
pub fn give_up() {
    GAVE_UP.with(|g| g.set(true));
}

/// Whether fetching failed for good.
pub fn gave_up() -> bool {
    GAVE_UP.with(std::cell::Cell::get)
}
