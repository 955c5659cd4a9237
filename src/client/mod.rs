//! The web client without the browser, testable natively: the page state and its
//! reducer (`State::apply`), the questions and how they are grouped into pages,
//! the hand-written string table in zh-Hans / zh-Hant / English, and date and
//! number formatting. The Yew components in `views` (wasm only) render a `State`
//! and dispatch `Action`s; nothing here touches the browser.

mod format;
mod load;
mod load_place;
mod load_strings;
#[cfg(any(feature = "workbench", debug_assertions))]
mod pack_check;
mod policy;
mod questions;
mod state;
mod strings;
mod view;
mod wb_strings;

pub use format::*;
pub use load::*;
pub use load_place::*;
pub use load_strings::*;
#[cfg(any(feature = "workbench", debug_assertions))]
pub use pack_check::*;
pub use policy::*;
pub use questions::*;
pub use state::*;
pub use strings::*;
pub use view::*;
pub use wb_strings::*;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_utilities;
