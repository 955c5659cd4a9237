//! The policy pack format, declared once.
//!
//! [`pack_format!`] takes one declaration per struct — each field with its JSON
//! key (the field's name), Rust type, whether it is required or its default, and
//! its shape with bounds — and makes from it the struct, its reader
//! ([`FromJson`]), its shape ([`Format::SHAPE`], which the validator checks and
//! the JSON Schema and the format's documentation are written from) and its walk
//! ([`Walk`]: every rule, node, citation and figure with its path).
//!
//! A field is written `name: Type [options] = default,` where every part after
//! the type may be left out:
//!
//! - `required`: the pack must give it (otherwise a missing field is its default);
//! - `shape(S)`: what the value must look like, where the type alone does not
//!   say (numbers with their bounds, dates, non-empty lists, enum lists);
//! - `figure(a, b)`: a figure the quote of citation field `a` (else `b`) must state;
//! - `rules`: a list of rules (the rules page lists each, with its citations);
//! - `= expr`: the default when the field is missing (else `Default::default()`).

use crate::capacity::Unit;
use crate::model::{Applicant, Area, Customer, Kind, Supply, Utility, Voltage};
use crate::text::{Str, Text};
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub use super::read::FromJson;
pub use super::walk::{AsNode, Fields, Path, RuleList, Visitor, Walk};

/// What a JSON value in a pack must look like.
#[derive(Clone, Copy, Debug)]
pub enum S {
    /// A string that is not blank.
    NonEmpty,
    /// A place's id: not blank here; lowercase letters, digits and hyphens are
    /// checked with the references (the JSON Schema says it as a pattern).
    PlaceId,
    /// `YYYY-MM-DD` in 2000–2099.
    Date,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` in 2000–2099.
    PartialDate,
    Bool,
    Int(Int),
    /// Text per language.
    Text,
    /// Text per language, or one non-empty string for all.
    TextOrString,
    Enum(Keys),
    /// A non-empty list of keys.
    EnumList(Keys),
    List(&'static S),
    NonEmptyList(&'static S),
    /// An object whose members are all of one shape, under any names.
    Map(&'static S),
    /// The places of a pack, under their ids.
    PlaceMap(&'static S),
    Obj(&'static Obj),
    Nullable(&'static S),
    /// A golden case a pack carries (`name`, `app`, `expect`, `note`): an
    /// object here; `crate::cases` checks the rest where it reads them.
    Case,
}

/// The JSON keys of an enum, in declaration order.
pub type Keys = fn() -> &'static [&'static str];

/// A whole number from `min` (0 or 1) up to its bound's maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Int {
    pub min: u8,
    pub bound: Bound,
}

/// What a number counts, and so how large it may plausibly be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Days of a time limit: at most 1,000.
    Days,
    /// A capacity in kVA or kW: at most 1,000,000.
    Capacity,
    /// Money in fen (1/100 yuan) per unit: at most 4,000,000,000 (40 million yuan).
    Fen,
    /// A count or an order with no plausible bound of its own (u32).
    Count,
    /// A time limit in its own unit (working days or hours): at most 1,000.
    Duration,
    /// A water meter's nominal diameter (DN) in mm: at most 1,000.
    Diameter,
}

impl Bound {
    /// The largest value allowed.
    pub const fn max(self) -> u64 {
        match self {
            Bound::Days => 1_000,
            Bound::Capacity => 1_000_000,
            Bound::Fen => 4_000_000_000,
            Bound::Count => u32::MAX as u64,
            Bound::Duration => 1_000,
            Bound::Diameter => crate::model::MAX_METER_DN as u64,
        }
    }
}

/// The years a date in a pack may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// A struct of the format: its fields in order.
#[derive(Clone, Copy, Debug)]
pub struct Obj {
    pub name: &'static str,
    pub fields: &'static [F],
    /// Whether the object may name its JSON Schema in `"$schema"` (read and ignored).
    pub schema_key: bool,
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
    /// Each field's default as JSON (null where the field has none to show).
    #[cfg(not(target_arch = "wasm32"))]
    pub defaults: fn() -> Vec<serde_json::Value>,
}

/// A field: its JSON key, whether required, its shape.
#[derive(Clone, Copy, Debug)]
pub struct F {
    pub key: &'static str,
    pub required: bool,
    pub shape: S,
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
    /// The citation fields whose quote must state this figure, in order of preference.
    #[cfg(not(target_arch = "wasm32"))]
    pub stated_in: &'static [&'static str],
}

/// The shape of a type as a pack writes it.
pub trait Format {
    const SHAPE: S;
}

impl S {
    pub const ID: S = S::NonEmpty;
    pub const DAYS: S = S::Int(Int {
        min: 1,
        bound: Bound::Days,
    });
    /// Days where 0 (the same day) is a limit too.
    pub const DAYS_0: S = S::Int(Int {
        min: 0,
        bound: Bound::Days,
    });
    pub const OPT_DAYS: S = S::Nullable(&S::DAYS);
    pub const OPT_DAYS_0: S = S::Nullable(&S::DAYS_0);
    pub const CAPACITY: S = S::Int(Int {
        min: 1,
        bound: Bound::Capacity,
    });
    pub const FEN: S = S::Int(Int {
        min: 0,
        bound: Bound::Fen,
    });
    pub const COUNT: S = S::Int(Int {
        min: 1,
        bound: Bound::Count,
    });
    /// A time limit in the unit its rule names.
    pub const DURATION: S = S::Int(Int {
        min: 1,
        bound: Bound::Duration,
    });
    /// A water meter size (DN, mm), where a rule sets one.
    pub const OPT_DIAMETER: S = S::Nullable(&S::Int(Int {
        min: 1,
        bound: Bound::Diameter,
    }));
    pub const OPT_PARTIAL_DATE: S = S::Nullable(&S::PartialDate);
    pub const OPT_PLACE_ID: S = S::Nullable(&S::PlaceId);
    /// A clause: the document's own numbering (one string) or a label per language.
    pub const CLAUSE: S = S::TextOrString;
}

impl Format for Text {
    const SHAPE: S = S::Text;
}
impl Format for Str {
    const SHAPE: S = S::NonEmpty;
}
impl Format for String {
    const SHAPE: S = S::NonEmpty;
}
impl Format for bool {
    const SHAPE: S = S::Bool;
}
impl Format for NaiveDate {
    const SHAPE: S = S::Date;
}
impl<T: Format> Format for Option<T> {
    const SHAPE: S = S::Nullable(&T::SHAPE);
}
impl<T: Format> Format for Vec<T> {
    const SHAPE: S = S::List(&T::SHAPE);
}
impl<T: Format> Format for BTreeMap<String, T> {
    const SHAPE: S = S::Map(&T::SHAPE);
}

/// An enum written as one of its JSON keys.
pub trait Keyed: Sized + Copy + 'static {
    fn keys() -> &'static [&'static str];
    fn from_key(key: &str) -> Option<Self>;
}

/// An enum of policy data with its JSON keys written once: serde, the reader,
/// the validator and the schema (`KEYS`, in declaration order) all use them.
macro_rules! keyed_enum {
    ($(#[$m:meta])* pub enum $name:ident {
        $($(#[$vm:meta])* $variant:ident = $key:literal,)+
    }) => {
        $(#[$m])*
        pub enum $name { $($(#[$vm])* #[serde(rename = $key)] $variant,)+ }
        impl $name {
            /// The JSON keys, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$($key),+];
            /// The value a JSON key names.
            pub fn parse(key: &str) -> Option<$name> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
        impl $crate::policy::format::Keyed for $name {
            fn keys() -> &'static [&'static str] {
                Self::KEYS
            }
            fn from_key(key: &str) -> Option<Self> {
                Self::parse(key)
            }
        }
        $crate::policy::format::keyed_leaf!($name);
    };
}
pub(crate) use keyed_enum;

/// An enum's shape, reader and (empty) walk from its keys.
macro_rules! keyed_leaf {
    ($($t:ty),*) => {$(
        impl $crate::policy::format::Format for $t {
            const SHAPE: $crate::policy::format::S =
                $crate::policy::format::S::Enum(<$t as $crate::policy::format::Keyed>::keys);
        }
        impl $crate::policy::format::FromJson for $t {
            fn from_json(v: &$crate::json::Value) -> Self {
                v.as_str()
                    .and_then(<$t as $crate::policy::format::Keyed>::from_key)
                    .unwrap_or_default()
            }
        }
        impl<'a> $crate::policy::format::Walk<'a> for $t {
            fn walk(&'a self, _: &mut $crate::policy::format::Path, _: &mut dyn $crate::policy::format::Visitor<'a>) {}
        }
    )*};
}
pub(crate) use keyed_leaf;

/// The keys of an enum, listed once when first needed: `key_at(i)` for each
/// of its `n` values (one builder for every enum keeps the browser's code small).
fn cached_keys(
    cell: &'static std::sync::OnceLock<Vec<&'static str>>,
    n: usize,
    key_at: fn(usize) -> &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| (0..n).map(key_at).collect())
}

/// The application's answers as keys, from their own list (`ALL`, `key`).
macro_rules! answer_keys {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            fn keys() -> &'static [&'static str] {
                static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
                cached_keys(&KEYS, <$t>::ALL.len(), |i| <$t>::ALL[i].key())
            }
            fn from_key(key: &str) -> Option<Self> {
                <$t>::ALL.iter().copied().find(|x| x.key() == key)
            }
        }
    )*};
}
answer_keys!(Voltage, Area, Customer, Supply, Kind, Applicant, Utility);

/// The units a capacity in a pack may be in.
const UNITS: [Unit; 2] = [Unit::Kva, Unit::Kw];

impl Keyed for Unit {
    fn keys() -> &'static [&'static str] {
        static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
        cached_keys(&KEYS, UNITS.len(), |i| UNITS[i].symbol())
    }
    fn from_key(key: &str) -> Option<Self> {
        UNITS.iter().copied().find(|u| u.symbol() == key)
    }
}
keyed_leaf!(Unit);

/// For reading answer enums (defaults where the validator has refused already).
macro_rules! answer_leaf {
    ($($t:ty: $fallback:expr),*) => {$(
        impl FromJson for $t {
            fn from_json(v: &crate::json::Value) -> Self {
                v.as_str().and_then(<$t as Keyed>::from_key).unwrap_or($fallback)
            }
        }
        impl<'a> Walk<'a> for $t {
            fn walk(&'a self, _: &mut Path, _: &mut dyn Visitor<'a>) {}
        }
    )*};
}
answer_leaf!(
    Voltage: Voltage::Lv,
    Area: Area::Urban,
    Customer: Customer::Business,
    Supply: Supply::Single,
    Kind: Kind::New,
    Applicant: Applicant::Individual,
    Utility: Utility::Water
);

/// A utility named on its own (`"utility": "water"`), from the question's answers.
impl Format for Utility {
    const SHAPE: S = S::Enum(<Utility as Keyed>::keys);
}

/// Declares structs of the pack format (see the module's documentation).
///
/// The first invocation may start with `nodes(A, B);`: structs declared in
/// another invocation that are nodes of the walk too. A struct may add derives
/// in `[…]` and take one flag in `(…)`: `skip_none` (absent fields are left out
/// when serialised) or `schema` (the object may name its JSON Schema).
macro_rules! pack_format {
    (
        $(nodes($($extern:ident),*);)?
        $(
            $(#[doc = $doc:literal])*
            pub struct $name:ident $([$($derive:ident),*])? $(($flag:ident))? {
                $(
                    $(#[doc = $fdoc:literal])*
                    $f:ident : $ty:ty $([$($opt:tt)*])? $(= $default:expr)?
                ),* $(,)?
            }
        )*
    ) => {
        $(
            $crate::policy::format::pack_format!(@struct ($($flag)?) [$($($derive),*)?]
                $(#[doc = $doc])* $name { $( $(#[doc = $fdoc])* $f: $ty, )* });

            impl $name {
                /// How this struct is written in a pack.
                pub const FORMAT: $crate::policy::format::Obj = $crate::policy::format::Obj {
                    name: stringify!($name),
                    fields: &[$(
                        $crate::policy::format::F {
                            key: stringify!($f),
                            required: $crate::policy::format::pack_format!(@required [$($($opt)*)?]),
                            shape: $crate::policy::format::pack_format!(@shape $ty; [$($($opt)*)?]),
                            #[cfg(not(target_arch = "wasm32"))]
                            doc: concat!($($fdoc, "\n"),*),
                            #[cfg(not(target_arch = "wasm32"))]
                            stated_in: $crate::policy::format::pack_format!(@stated [$($($opt)*)?]),
                        },
                    )*],
                    schema_key: $crate::policy::format::pack_format!(@schema_key ($($flag)?)),
                    #[cfg(not(target_arch = "wasm32"))]
                    doc: concat!($($doc, "\n"),*),
                    #[cfg(not(target_arch = "wasm32"))]
                    defaults: || vec![$(
                        ::serde_json::to_value({
                            let d: $ty = $crate::policy::format::pack_format!(@default $($default)?);
                            d
                        })
                        .unwrap_or_default(),
                    )*],
                };
            }

            impl $crate::policy::format::Format for $name {
                const SHAPE: $crate::policy::format::S =
                    $crate::policy::format::S::Obj(&$name::FORMAT);
            }

            impl $crate::policy::format::FromJson for $name {
                fn from_json(v: &$crate::json::Value) -> Self {
                    $name {$(
                        $f: $crate::policy::read::field(v, stringify!($f)).unwrap_or_else(|| {
                            $crate::policy::format::pack_format!(@default $($default)?)
                        }),
                    )*}
                }
            }

            impl $crate::policy::format::AsNode for $name {
                fn as_node(&self) -> $crate::policy::Node<'_> {
                    $crate::policy::Node::$name(self)
                }
            }

            impl $crate::policy::format::Fields for $name {
                fn id(&self) -> Option<&str> {
                    $crate::policy::format::pack_format!(@id self; $($f)*)
                }
                fn when(&self) -> Option<&$crate::policy::When> {
                    $crate::policy::format::pack_format!(@when self; $($f)*)
                }
                fn note(&self) -> Option<&$crate::text::Text> {
                    $crate::policy::format::pack_format!(@note self; $($f)*)
                }
            }

            impl<'a> $crate::policy::format::Walk<'a> for $name {
                const CITE: bool = $crate::policy::format::pack_format!(@is_cite $name);
                const CITES: bool = Self::CITE $(|| <$ty as $crate::policy::format::Walk>::CITES)*;

                fn walk(
                    &'a self,
                    path: &mut $crate::policy::format::Path,
                    v: &mut dyn $crate::policy::format::Visitor<'a>,
                ) {
                    use $crate::policy::format::Walk;
                    let node = $crate::policy::Node::$name(self);
                    v.node(path.as_str(), node);
                    // The rule's own citation first, then its other citations,
                    // then the figures they state, then what it lists.
                    $crate::policy::format::pack_format!(@own_cite self, path, v; $($f)*);
                    $(
                        if <$ty as Walk>::CITE && !$crate::policy::format::pack_format!(@is_own_cite $f) {
                            $crate::policy::walk::field(path, stringify!($f), &self.$f, v);
                        }
                    )*
                    $(
                        $crate::policy::format::pack_format!(@figure self, path, v, node, $f, [$($($opt)*)?]);
                    )*
                    $(
                        if !<$ty as Walk>::CITE && <$ty as Walk>::CITES {
                            $crate::policy::walk::field(path, stringify!($f), &self.$f, v);
                        }
                    )*
                }

                fn each_rule(
                    &'a self,
                    each: &mut dyn FnMut(&'static str, usize, Option<&'a str>, $crate::policy::Node<'a>),
                ) {
                    let _ = &each;
                    $(
                        $crate::policy::format::pack_format!(@rules self, each, $f, [$($($opt)*)?]);
                    )*
                }
            }
        )*

        $crate::policy::format::pack_format!(@nodes [$($($extern)*)?] $($name)*);
    };

    // The walk's nodes: every declared struct.
    (@nodes [] $($name:ident)*) => {};
    (@nodes [$($extern:ident)+] $($name:ident)*) => {
        /// A struct of the pack format, as the walk meets it.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Node<'a> {
            $($extern(&'a $extern),)+
            $($name(&'a $name),)*
        }

        impl<'a> Node<'a> {
            /// The node's `id`, where its struct has one.
            pub fn id(self) -> Option<&'a str> {
                use $crate::policy::format::Fields;
                match self {
                    $(Node::$extern(x) => x.id(),)+
                    $(Node::$name(x) => x.id(),)*
                }
            }

            /// The node's conditions (`when`), where its struct has them.
            pub fn when(self) -> Option<&'a When> {
                use $crate::policy::format::Fields;
                match self {
                    $(Node::$extern(x) => x.when(),)+
                    $(Node::$name(x) => x.when(),)*
                }
            }

            /// Walks the node and everything inside it.
            pub fn walk(
                self,
                path: &mut $crate::policy::format::Path,
                v: &mut dyn $crate::policy::format::Visitor<'a>,
            ) {
                use $crate::policy::format::Walk;
                match self {
                    $(Node::$extern(x) => x.walk(path, v),)+
                    $(Node::$name(x) => x.walk(path, v),)*
                }
            }

            /// The node's own `note`, where its struct has one.
            pub fn note(self) -> Option<&'a Text> {
                use $crate::policy::format::Fields;
                match self {
                    $(Node::$extern(x) => x.note(),)+
                    $(Node::$name(x) => x.note(),)*
                }
            }
        }
    };

    (@struct (skip_none) [$($derive:ident),*] $(#[doc = $doc:literal])* $name:ident {
        $($(#[doc = $fdoc:literal])* $f:ident : $ty:ty,)*
    }) => {
        $(#[doc = $doc])*
        #[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize $(, $derive)*)]
        pub struct $name {
            $(
                $(#[doc = $fdoc])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $f: $ty,
            )*
        }
    };
    (@struct ($($flag:ident)?) [$($derive:ident),*] $(#[doc = $doc:literal])* $name:ident {
        $($(#[doc = $fdoc:literal])* $f:ident : $ty:ty,)*
    }) => {
        $(#[doc = $doc])*
        #[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize $(, $derive)*)]
        pub struct $name {
            $(
                $(#[doc = $fdoc])*
                pub $f: $ty,
            )*
        }
    };

    (@schema_key (schema)) => { true };
    (@schema_key ($($flag:ident)?)) => { false };

    (@default) => { Default::default() };
    (@default $d:expr) => { $d };

    // Options, read one at a time.
    (@required []) => { false };
    (@required [required $($rest:tt)*]) => { true };
    (@required [$o:ident $(($($a:tt)*))? $(, $($rest:tt)*)?]) => {
        $crate::policy::format::pack_format!(@required [$($($rest)*)?])
    };

    (@shape $ty:ty; []) => { <$ty as $crate::policy::format::Format>::SHAPE };
    (@shape $ty:ty; [shape($s:expr) $(, $($rest:tt)*)?]) => { $s };
    (@shape $ty:ty; [$o:ident $(($($a:tt)*))? $(, $($rest:tt)*)?]) => {
        $crate::policy::format::pack_format!(@shape $ty; [$($($rest)*)?])
    };

    (@stated []) => { &[] };
    (@stated [figure($($c:ident),+) $(, $($rest:tt)*)?]) => { &[$(stringify!($c)),+] };
    (@stated [$o:ident $(($($a:tt)*))? $(, $($rest:tt)*)?]) => {
        $crate::policy::format::pack_format!(@stated [$($($rest)*)?])
    };

    (@figure $s:ident, $p:ident, $v:ident, $n:ident, $f:ident, []) => {};
    (@figure $s:ident, $p:ident, $v:ident, $n:ident, $f:ident, [figure($($c:ident),+) $(, $($rest:tt)*)?]) => {
        $crate::policy::walk::figure(
            $p,
            stringify!($f),
            $crate::policy::format::Figure::figure(&$s.$f),
            None$(.or($crate::policy::format::AsCite::as_cite(&$s.$c)))+,
            $n,
            $v,
        );
    };
    (@figure $s:ident, $p:ident, $v:ident, $n:ident, $f:ident, [$o:ident $(($($a:tt)*))? $(, $($rest:tt)*)?]) => {
        $crate::policy::format::pack_format!(@figure $s, $p, $v, $n, $f, [$($($rest)*)?])
    };

    (@rules $s:ident, $cb:ident, $f:ident, []) => {};
    (@rules $s:ident, $cb:ident, $f:ident, [rules $(, $($rest:tt)*)?]) => {
        $crate::policy::format::RuleList::each(&$s.$f, stringify!($f), &mut *$cb);
    };
    (@rules $s:ident, $cb:ident, $f:ident, [$o:ident $(($($a:tt)*))? $(, $($rest:tt)*)?]) => {
        $crate::policy::format::pack_format!(@rules $s, $cb, $f, [$($($rest)*)?])
    };

    // Fields known by name: `id`, `when`, `note` and the rule's own `cite`.
    (@id $s:ident;) => { None };
    (@id $s:ident; id $($rest:ident)*) => { Some(&*$s.id) };
    (@id $s:ident; $o:ident $($rest:ident)*) => { $crate::policy::format::pack_format!(@id $s; $($rest)*) };
    (@when $s:ident;) => { None };
    (@when $s:ident; when $($rest:ident)*) => { Some(&$s.when) };
    (@when $s:ident; $o:ident $($rest:ident)*) => { $crate::policy::format::pack_format!(@when $s; $($rest)*) };
    (@note $s:ident;) => { None };
    (@note $s:ident; note $($rest:ident)*) => { $s.note.as_ref() };
    (@note $s:ident; $o:ident $($rest:ident)*) => { $crate::policy::format::pack_format!(@note $s; $($rest)*) };
    (@own_cite $s:ident, $p:ident, $v:ident;) => {};
    (@own_cite $s:ident, $p:ident, $v:ident; cite $($rest:ident)*) => {
        $crate::policy::walk::field($p, "cite", &$s.cite, $v);
    };
    (@own_cite $s:ident, $p:ident, $v:ident; $o:ident $($rest:ident)*) => {
        $crate::policy::format::pack_format!(@own_cite $s, $p, $v; $($rest)*)
    };
    (@is_own_cite cite) => { true };
    (@is_own_cite $o:ident) => { false };
    (@is_cite Cite) => { true };
    (@is_cite $o:ident) => { false };
}
pub(crate) use pack_format;

pub use super::walk::{AsCite, Figure};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::policy::schema::structs;

    /// Every shape inside `s`, depth first.
    fn shapes(s: &S, out: &mut Vec<S>) {
        out.push(*s);
        match *s {
            S::List(i) | S::NonEmptyList(i) | S::Map(i) | S::PlaceMap(i) | S::Nullable(i) => {
                shapes(i, out)
            }
            _ => {}
        }
    }

    #[test]
    fn the_declaration_is_consistent() {
        for o in structs() {
            let keys: Vec<&str> = o.fields.iter().map(|f| f.key).collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(k), "{}.{k} twice", o.name);
            }
            assert_eq!((o.defaults)().len(), keys.len(), "{}", o.name);
            for f in o.fields {
                // A figure names citation fields of its own struct.
                for c in f.stated_in {
                    let cite = o.fields.iter().find(|x| x.key == *c);
                    let is_cite = cite.is_some_and(|x| {
                        let mut inner = Vec::new();
                        shapes(&x.shape, &mut inner);
                        inner
                            .iter()
                            .any(|s| matches!(s, S::Obj(o) if o.name == "Cite"))
                    });
                    assert!(
                        is_cite,
                        "{}.{}: figure({c}) is not a citation",
                        o.name, f.key
                    );
                }
                let mut inner = Vec::new();
                shapes(&f.shape, &mut inner);
                for s in inner {
                    if let S::Int(int) = s {
                        assert!(int.min <= 1 && int.bound.max() <= u64::from(u32::MAX));
                    }
                }
            }
        }
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        use crate::policy::{Approval, Limit, Stage, ZeroInvestmentRule};
        let empty = crate::json::parse("{}").unwrap();
        assert!(Stage::from_json(&empty).counts_toward_total);
        assert!(ZeroInvestmentRule::from_json(&empty).applies);
        assert_eq!(Approval::from_json(&empty).step, 1);
        assert_eq!(
            Limit::from_json(&empty).days_kind,
            crate::policy::DaysKind::Working
        );
        let shown = |o: &Obj, key: &str| {
            let i = o.fields.iter().position(|f| f.key == key).unwrap();
            (o.defaults)()[i].clone()
        };
        assert_eq!(shown(&Stage::FORMAT, "counts_toward_total"), true);
        assert_eq!(shown(&Approval::FORMAT, "step"), 1);
        assert_eq!(shown(&Limit::FORMAT, "days_kind"), "working");
    }

    #[test]
    fn enum_keys_come_from_the_enums_own_lists() {
        assert_eq!(Voltage::keys(), ["lv", "10kv", "35kv"]);
        assert_eq!(Applicant::keys().len(), Applicant::ALL.len());
        assert_eq!(Unit::keys(), ["kVA", "kW"]);
        assert_eq!(
            Voltage::from_key("低压"),
            None,
            "a pack names keys, not answers"
        );
        assert_eq!(Unit::from_key("kW"), Some(Unit::Kw));
    }
}
