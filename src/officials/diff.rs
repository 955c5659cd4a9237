//! What a policy pack changes in the built-in data, place by place and rule by
//! rule: rules are matched by their anchors and compared as the JSON they were
//! read from (any field counts, the wording and citations too).

use super::rules::{rules, Body, Group, Rule};
use crate::json::Value;
use crate::policy::PolicyPack;
use crate::text::Str;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// One rule added, removed or changed.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleChange<'a> {
    pub change: Change,
    /// The built-in rule.
    pub before: Option<Rule<'a>>,
    /// The pack's rule.
    pub after: Option<Rule<'a>>,
}

impl RuleChange<'_> {
    fn rule(&self) -> &Rule<'_> {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .expect("a change has a rule")
    }

    pub fn group(&self) -> Group {
        self.rule().group
    }

    pub fn anchor(&self) -> &str {
        &self.rule().anchor
    }
}

/// What changed in one place.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceDiff<'a> {
    pub id: Str,
    /// Not in the built-in data.
    pub new_place: bool,
    /// Its name, parent or documents changed.
    pub meta_changed: bool,
    pub rules: Vec<RuleChange<'a>>,
}

/// The JSON a rule was read from, in its place's JSON.
fn json_of<'v>(place: &'v Value, r: &Rule) -> Option<&'v Value> {
    let list = place.get(r.group.key())?;
    match r.body {
        Body::Reference(key, _) => list.get(key),
        _ => list.as_array()?.get(r.index),
    }
}

/// The places of `pack` (read from `text`) that differ from the built-in data
/// `base`, in the pack's order; places the text does not name are the built-in ones.
pub fn diff<'a>(base: &'a PolicyPack, pack: &'a PolicyPack, text: &str) -> Vec<PlaceDiff<'a>> {
    let Ok(v) = crate::json::parse(text) else {
        return Vec::new();
    };
    let Some(named) = v.get("jurisdictions").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for j in &pack.jurisdictions {
        let Some(now) = named.get(&j.id) else {
            continue;
        };
        let built_in = crate::policy::built_in_text(&j.id).and_then(|t| crate::json::parse(t).ok());
        let was = built_in.as_ref();
        if was == Some(now) {
            continue;
        }
        let after = rules(j);
        let before = base.get(&j.id).map(rules).unwrap_or_default();
        let same = |b: &Rule, a: &Rule| was.and_then(|w| json_of(w, b)) == json_of(now, a);
        // Group by group, the pack's rules first, then the built-in ones it drops.
        let mut changes: Vec<RuleChange> = Vec::new();
        for g in Group::ALL {
            for a in after.iter().filter(|a| a.group == g) {
                let change = match before.iter().find(|b| b.anchor == a.anchor) {
                    None => Change::Added,
                    Some(b) if !same(b, a) => Change::Changed,
                    Some(_) => continue,
                };
                changes.push(RuleChange {
                    change,
                    before: before.iter().find(|b| b.anchor == a.anchor).cloned(),
                    after: Some(a.clone()),
                });
            }
            for b in before.iter().filter(|b| b.group == g) {
                if !after.iter().any(|a| a.anchor == b.anchor) {
                    changes.push(RuleChange {
                        change: Change::Removed,
                        before: Some(b.clone()),
                        after: None,
                    });
                }
            }
        }
        let meta_changed = was.is_some_and(|w| {
            ["name", "inherits", "sources"]
                .iter()
                .any(|k| w.get(k) != now.get(k))
        });
        out.push(PlaceDiff {
            id: j.id.clone(),
            new_place: was.is_none(),
            meta_changed,
            rules: changes,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    fn liuzhou() -> Value {
        crate::json::parse(crate::policy::built_in_text("liuzhou").unwrap()).unwrap()
    }

    fn pack_with(id: &str, j: Value) -> String {
        format!("{{\"jurisdictions\": {{\"{id}\": {}}}}}", to_json(&j))
    }

    /// Writes a value back as JSON (enough for the tests' packs).
    fn to_json(v: &Value) -> String {
        match v {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.clone(),
            Value::String(s) => format!("{s:?}"),
            Value::Array(a) => format!("[{}]", a.iter().map(to_json).collect::<Vec<_>>().join(",")),
            Value::Object(m) => format!(
                "{{{}}}",
                m.iter()
                    .map(|(k, x)| format!("{k:?}:{}", to_json(x)))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        }
    }

    fn check(text: &str) -> (PolicyPack, PolicyPack) {
        (
            PolicyPack::embedded(),
            PolicyPack::from_json_over_embedded(text).unwrap(),
        )
    }

    #[test]
    fn the_built_in_data_itself_changes_nothing() {
        let text = pack_with("liuzhou", liuzhou());
        let (base, same) = check(&text);
        assert!(diff(&base, &same, &text).is_empty());
    }

    #[test]
    fn a_changed_time_limit_is_one_changed_rule() {
        let mut lz = liuzhou();
        let Some(Value::Array(list)) = lz.get_mut("time_limits") else {
            panic!()
        };
        let Value::Object(first) = &mut list[0] else {
            panic!()
        };
        first.insert("days".into(), Value::Number("9".into()));
        let text = pack_with("liuzhou", lz);
        let (base, pack) = check(&text);
        let d = diff(&base, &pack, &text);
        assert_eq!(d.len(), 1);
        assert_eq!(&*d[0].id, "liuzhou");
        assert!(!d[0].new_place && !d[0].meta_changed);
        assert_eq!(d[0].rules.len(), 1);
        let c = &d[0].rules[0];
        assert_eq!(c.change, Change::Changed);
        assert_eq!(c.anchor(), "time_limits-0");
        assert!(c.after.as_ref().unwrap().summary(Lang::En).contains('9'));
    }

    #[test]
    fn a_changed_quote_is_a_change_and_a_dropped_rule_is_removed() {
        let mut lz = liuzhou();
        let Some(Value::Array(list)) = lz.get_mut("time_limits") else {
            panic!()
        };
        list.pop();
        let Value::Object(first) = &mut list[0] else {
            panic!()
        };
        let Some(Value::Object(cite)) = first.get_mut("cite") else {
            panic!()
        };
        cite.insert("quote".into(), Value::String("另一段原文".into()));
        let text = pack_with("liuzhou", lz);
        let (base, pack) = check(&text);
        let d = diff(&base, &pack, &text);
        let changes: Vec<(Change, &str)> =
            d[0].rules.iter().map(|c| (c.change, c.anchor())).collect();
        let last = format!(
            "time_limits-{}",
            base.get("liuzhou").unwrap().time_limits.len() - 1
        );
        assert_eq!(
            changes,
            [
                (Change::Changed, "time_limits-0"),
                (Change::Removed, last.as_str())
            ]
        );
    }

    #[test]
    fn a_new_place_lists_every_rule_as_added() {
        let mut lz = liuzhou();
        if let Value::Object(m) = &mut lz {
            m.insert("id".into(), Value::String("newtown".into()));
        }
        let text = pack_with("newtown", lz);
        let (base, pack) = check(&text);
        let d = diff(&base, &pack, &text);
        assert_eq!(d.len(), 1);
        assert!(d[0].new_place);
        assert_eq!(d[0].rules.len(), rules(pack.get("newtown").unwrap()).len());
        assert!(d[0].rules.iter().all(|c| c.change == Change::Added));
    }
}
