//! A place whose own rules for the case have expired: the result falls back to
//! the rules it inherits, and says so.

use crate::policy::{Condition, Facts, Jurisdiction};
use chrono::NaiveDate;

/// The place's rules that would decide the case but for their `until` having
/// passed: the place and the latest such `until`, when no rule of its own
/// still in force decides the same list.
pub fn expired<'a>(chain: &[&'a Jurisdiction], f: &Facts) -> Option<(&'a Jurisdiction, NaiveDate)> {
    let (place, parents) = chain.split_first()?;
    if parents.is_empty() {
        return None;
    }
    // The lists where a rule of the place still matches are not fallen back on.
    let mut live: Vec<&str> = Vec::new();
    let mut lapsed: Vec<(&str, NaiveDate)> = Vec::new();
    place.each_rule(|list, _, _, node| {
        let Some(when) = node.when() else {
            return;
        };
        if when.matches(f) {
            live.push(list);
        } else if let Some(until) = when.until.filter(|u| *u < f.date) {
            if when.unmet(f) == [Condition::InForce] {
                lapsed.push((list, until));
            }
        }
    });
    lapsed
        .into_iter()
        .filter(|(list, _)| !live.contains(list))
        .map(|(_, until)| until)
        .max()
        .map(|until| (*place, until))
}
