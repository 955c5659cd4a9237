//! The walk through a place's rules that [`super::format::pack_format!`] writes
//! for every struct: each node, citation and figure with its path
//! (`stage_plans[1].stages[0].limits[2].cite`), the way validation names it.

use super::{Node, When};
use crate::citation::Cite;
use crate::text::{Str, Text};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A path inside a place, built while walking.
#[derive(Clone, Debug, Default)]
pub struct Path(String);

impl Path {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Adds `key` to the path (`a.key`); returns the mark to [`Path::pop`] to.
    #[inline(never)]
    pub fn push(&mut self, key: &str) -> usize {
        let at = self.0.len();
        if at > 0 {
            self.0.push('.');
        }
        self.0.push_str(key);
        at
    }

    /// Adds an index to the path (`a[i]`); returns the mark to [`Path::pop`] to.
    #[inline(never)]
    pub fn push_index(&mut self, i: usize) -> usize {
        use std::fmt::Write;
        let at = self.0.len();
        let _ = write!(self.0, "[{i}]");
        at
    }

    /// Back to where the path was at `mark`.
    #[inline(never)]
    pub fn pop(&mut self, mark: usize) {
        self.0.truncate(mark);
    }
}

/// What a walk reports. Both methods do nothing unless overridden.
pub trait Visitor<'a> {
    /// A struct of the format that is or holds a citation: every rule, what
    /// it lists, and each citation (`Node::Cite`).
    fn node(&mut self, _path: &str, _node: Node<'a>) {}
    /// A figure a rule sets (`path` ends with the field), the citation whose
    /// quote must state it, and the struct it belongs to.
    fn figure(&mut self, _path: &str, _value: u64, _cite: &'a Cite, _owner: Node<'a>) {}
}

/// A closure sees every node.
impl<'a, F: FnMut(&str, Node<'a>)> Visitor<'a> for F {
    fn node(&mut self, path: &str, node: Node<'a>) {
        self(path, node)
    }
}

/// A value the walk goes through.
pub trait Walk<'a> {
    /// Whether the value is a citation (a struct's citations are walked before its other fields).
    const CITE: bool = false;
    /// Whether the value is or holds a citation: the walk skips values that
    /// do not (conditions, texts, numbers), which keeps it small in the browser.
    const CITES: bool = false;

    fn walk(&'a self, path: &mut Path, v: &mut dyn Visitor<'a>);

    /// Each rule of the struct's rule lists: the list's key, the rule's index
    /// in it, its id (or key) and the rule.
    fn each_rule(&'a self, _each: &mut dyn FnMut(&'static str, usize, Option<&'a str>, Node<'a>)) {}
}

/// The fields the rules page and the checks know by name.
pub trait Fields {
    fn id(&self) -> Option<&str>;
    fn when(&self) -> Option<&When>;
    fn note(&self) -> Option<&Text>;
}

impl<'a, T: Walk<'a>> Walk<'a> for Option<T> {
    const CITE: bool = T::CITE;
    const CITES: bool = T::CITES;

    fn walk(&'a self, path: &mut Path, v: &mut dyn Visitor<'a>) {
        if let Some(x) = self {
            x.walk(path, v);
        }
    }
}

impl<'a, T: Walk<'a>> Walk<'a> for Vec<T> {
    const CITES: bool = T::CITES;

    fn walk(&'a self, path: &mut Path, v: &mut dyn Visitor<'a>) {
        for (i, x) in self.iter().enumerate() {
            let at = path.push_index(i);
            x.walk(path, v);
            path.pop(at);
        }
    }
}

impl<'a, T: Walk<'a>> Walk<'a> for BTreeMap<String, T> {
    const CITES: bool = T::CITES;

    fn walk(&'a self, path: &mut Path, v: &mut dyn Visitor<'a>) {
        for (k, x) in self {
            let at = path.push(k);
            x.walk(path, v);
            path.pop(at);
        }
    }
}

/// Values with nothing inside to walk.
macro_rules! leaf {
    ($($t:ty),*) => {$(
        impl<'a> Walk<'a> for $t {
            fn walk(&'a self, _: &mut Path, _: &mut dyn Visitor<'a>) {}
        }
    )*};
}
leaf!(Str, String, Text, bool, u32, u64, NaiveDate);

/// A list of rules: each with its index and id.
pub trait RuleList<'a> {
    fn each(
        &'a self,
        key: &'static str,
        f: &mut dyn FnMut(&'static str, usize, Option<&'a str>, Node<'a>),
    );
}

/// A struct as a node of the walk.
pub trait AsNode {
    fn as_node(&self) -> Node<'_>;
}

impl<'a, T: AsNode + Fields> RuleList<'a> for Vec<T> {
    fn each(
        &'a self,
        key: &'static str,
        f: &mut dyn FnMut(&'static str, usize, Option<&'a str>, Node<'a>),
    ) {
        for (i, r) in self.iter().enumerate() {
            f(key, i, r.id(), r.as_node());
        }
    }
}

impl<'a, T: AsNode> RuleList<'a> for BTreeMap<String, T> {
    fn each(
        &'a self,
        key: &'static str,
        f: &mut dyn FnMut(&'static str, usize, Option<&'a str>, Node<'a>),
    ) {
        for (i, (k, r)) in self.iter().enumerate() {
            f(key, i, Some(k), r.as_node());
        }
    }
}

/// A citation field, present or not.
pub trait AsCite {
    fn as_cite(&self) -> Option<&Cite>;
}

impl AsCite for Cite {
    fn as_cite(&self) -> Option<&Cite> {
        Some(self)
    }
}

impl AsCite for Option<Cite> {
    fn as_cite(&self) -> Option<&Cite> {
        self.as_ref()
    }
}

/// A field that sets a figure (days, a capacity), present or not.
pub trait Figure {
    fn figure(&self) -> Option<u64>;
}

impl Figure for u32 {
    fn figure(&self) -> Option<u64> {
        Some(u64::from(*self))
    }
}

impl<T: Figure> Figure for Option<T> {
    fn figure(&self) -> Option<u64> {
        self.as_ref().and_then(Figure::figure)
    }
}

impl Figure for super::CapValue {
    fn figure(&self) -> Option<u64> {
        Some(self.value)
    }
}

/// Walks a struct's field `key` (one call per field keeps the browser's code small).
pub fn field<'a, T: Walk<'a>>(path: &mut Path, key: &str, value: &'a T, v: &mut dyn Visitor<'a>) {
    let at = path.push(key);
    value.walk(path, v);
    path.pop(at);
}

/// Reports a struct's figure `key`, where it is set and its citation is there.
#[inline(never)]
pub fn figure<'a>(
    path: &mut Path,
    key: &str,
    value: Option<u64>,
    cite: Option<&'a Cite>,
    owner: Node<'a>,
    v: &mut dyn Visitor<'a>,
) {
    if let (Some(value), Some(cite)) = (value, cite) {
        let at = path.push(key);
        v.figure(path.as_str(), value, cite, owner);
        path.pop(at);
    }
}

/// Walks `root` from the empty path.
pub fn walk<'a, T: Walk<'a>>(root: &'a T, v: &mut dyn Visitor<'a>) {
    root.walk(&mut Path::default(), v);
}

/// Walks one node (a rule, say) from the empty path.
pub fn walk_node<'a>(node: Node<'a>, v: &mut dyn Visitor<'a>) {
    node.walk(&mut Path::default(), v);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Value;
    use crate::policy::format::FromJson;
    use crate::policy::{Jurisdiction, EMBEDDED};

    /// The value a walk's path names, in the JSON the place was read from.
    fn at<'v>(place: &'v Value, path: &str) -> &'v Value {
        let mut v = place;
        for part in path.split('.') {
            let (key, indexes) = part.split_once('[').unwrap_or((part, ""));
            v = v.get(key).unwrap_or_else(|| panic!("{path}: no {key}"));
            for i in indexes.split('[').filter(|i| !i.is_empty()) {
                let i: usize = i.trim_end_matches(']').parse().unwrap();
                v = &v.as_array().unwrap()[i];
            }
        }
        v
    }

    /// The built-in places and the test price pack's place, with their JSON.
    fn places() -> Vec<(Value, Jurisdiction)> {
        let mut out: Vec<Value> = EMBEDDED
            .iter()
            .map(|(_, text)| crate::json::parse(text).unwrap())
            .collect();
        let pack = crate::json::parse(include_str!("../../tests/data/price-pack.json")).unwrap();
        out.push(
            pack.get("jurisdictions")
                .unwrap()
                .get("price-town")
                .unwrap()
                .clone(),
        );
        out.into_iter()
            .map(|v| {
                let j = Jurisdiction::from_json(&v);
                (v, j)
            })
            .collect()
    }

    #[test]
    fn every_citation_path_names_that_citation_in_the_place_file() {
        let mut n = 0;
        for (json, j) in places() {
            for (path, cite) in j.cites() {
                assert_eq!(&Cite::from_json(at(&json, &path)), cite, "{}.{path}", j.id);
                n += 1;
            }
        }
        assert!(n > 250, "only {n} citations");
    }

    #[test]
    fn every_figure_path_names_that_figure_and_its_citation_is_the_rules() {
        let mut n = 0;
        for (json, j) in places() {
            for (path, value, cite, owner) in j.figures() {
                let v = at(&json, &path);
                let written = v.as_u64().or_else(|| v.get("value")?.as_u64());
                assert_eq!(written, Some(value), "{}.{path}", j.id);
                let (rule, _) = path.rsplit_once('.').unwrap();
                let own = at(&json, rule);
                let cited = ["regional_cite", "cap_cite", "cite"]
                    .iter()
                    .filter_map(|k| own.get(k))
                    .any(|c| Cite::from_json(c) == *cite);
                assert!(cited, "{}.{path}: its citation is not its rule's", j.id);
                assert!(owner.when().is_some(), "{}.{path}: a rule's figure", j.id);
                n += 1;
            }
        }
        assert!(n > 60, "only {n} figures");
    }

    #[test]
    fn every_rule_is_an_item_of_a_rule_list_with_its_id() {
        let mut lists = std::collections::BTreeSet::new();
        for (json, j) in places() {
            j.each_rule(|key, i, id, node| {
                let list = json.get(key).unwrap();
                let item = match list.as_array() {
                    Some(a) => &a[i],
                    None => list.get(id.unwrap()).unwrap(),
                };
                let written = item.get("id").and_then(Value::as_str);
                assert!(written.is_none() || written == id, "{}.{key}[{i}]", j.id);
                assert_eq!(
                    node.id().is_some() || list.as_object().is_some(),
                    id.is_some()
                );
                lists.insert(key);
            });
        }
        // Every list of a place but its sources holds rules.
        let format = Jurisdiction::FORMAT;
        let expected: Vec<&str> = format
            .fields
            .iter()
            .filter(|f| {
                matches!(f.shape, crate::policy::format::S::List(_)) || f.key == "references"
            })
            .map(|f| f.key)
            .collect();
        assert_eq!(lists.into_iter().collect::<Vec<_>>().len(), expected.len());
    }
}
