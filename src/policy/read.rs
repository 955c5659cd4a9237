//! Validated JSON → policy types. `validate` has already checked every shape and
//! reported every problem with its path, so reading here only fills in defaults.
//! Structs and enums are read by the code `format::pack_format!` and
//! `format::keyed_enum!` write; here are the values they are made of.

use super::partial_date;
use crate::json::Value;
use crate::text::{Str, Text};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A policy type read from a validated JSON value.
pub trait FromJson: Sized {
    fn from_json(v: &Value) -> Self;
}

/// A member of an object, when present and not null.
pub(crate) fn field<T: FromJson>(v: &Value, key: &str) -> Option<T> {
    v.get(key).filter(|x| !x.is_null()).map(T::from_json)
}

impl FromJson for String {
    fn from_json(v: &Value) -> Self {
        v.as_str().unwrap_or_default().to_string()
    }
}

impl FromJson for Str {
    fn from_json(v: &Value) -> Self {
        Arc::from(v.as_str().unwrap_or_default())
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Self {
        v.as_bool().unwrap_or_default()
    }
}

impl FromJson for u32 {
    fn from_json(v: &Value) -> Self {
        v.as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or_default()
    }
}

impl FromJson for u64 {
    fn from_json(v: &Value) -> Self {
        v.as_u64().unwrap_or_default()
    }
}

impl FromJson for NaiveDate {
    fn from_json(v: &Value) -> Self {
        v.as_str().and_then(partial_date).unwrap_or_default()
    }
}

/// Text per language, or one string for all three.
impl FromJson for Text {
    fn from_json(v: &Value) -> Self {
        match v.as_str() {
            Some(s) => Text::new(s, s, s),
            None => {
                let lang = |k| v.get(k).and_then(Value::as_str).unwrap_or_default();
                Text::new(lang("zh-Hans"), lang("zh-Hant"), lang("en"))
            }
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Self {
        (!v.is_null()).then(|| T::from_json(v))
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Self {
        v.as_array()
            .map(|a| a.iter().map(T::from_json).collect())
            .unwrap_or_default()
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(v: &Value) -> Self {
        // Inserted one by one: `collect` would sort first, with a copy of the
        // standard sort for each T (the members are in key order already).
        let mut out = BTreeMap::new();
        for (k, x) in v.as_object().into_iter().flat_map(|m| m.iter()) {
            out.insert(k.clone(), T::from_json(x));
        }
        out
    }
}

/// A validated jurisdiction.
pub(super) fn jurisdiction(v: &Value) -> super::Jurisdiction {
    super::Jurisdiction::from_json(v)
}

/// A validated pack's `about`.
pub(super) fn about(v: &Value) -> super::PackAbout {
    super::PackAbout::from_json(v)
}
