//! The pack format as a JSON Schema (draft 2020-12) and as the field tables of
//! `docs/policy-data.md`, both written from the declaration (`format.rs`), so
//! they say what validation checks. Native only: the browser never needs them.
//! `cargo run --bin pack_schema -- --write` rewrites both files.

use super::format::{Bound, Format, Obj, S, YEARS};
use super::validate::{LANGUAGES, SCHEMA_KEY};
use super::{Jurisdiction, PackFile};
use serde_json::Value;

/// Where the schema is committed, from the repository's root.
pub const SCHEMA_FILE: &str = "docs/policy-pack.schema.json";
/// The document whose field tables are written from the declaration.
pub const DOCS_FILE: &str = "docs/policy-data.md";
/// The lines around the generated part of [`DOCS_FILE`].
pub const DOCS_BEGIN: &str =
    "<!-- pack-format: begin; written by `cargo run --bin pack_schema -- --write`, do not edit -->";
pub const DOCS_END: &str = "<!-- pack-format: end -->";

const DATE: &str = "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
const PARTIAL_DATE: &str = "^20[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
const PLACE_ID: &str = "^[a-z0-9-]+$";
/// Not blank: some character that is not white space.
const NON_BLANK: &str = "\\S";

/// A JSON object with its members in the order given.
struct J(Vec<(String, Tree)>);

/// JSON with ordered members, for a stable and readable file.
enum Tree {
    Obj(J),
    Arr(Vec<Tree>),
    Str(String),
    Raw(String),
}

impl J {
    fn new() -> J {
        J(Vec::new())
    }
    fn with(mut self, key: &str, v: Tree) -> J {
        self.0.push((key.to_string(), v));
        self
    }
    fn tree(self) -> Tree {
        Tree::Obj(self)
    }
}

fn s(x: &str) -> Tree {
    Tree::Str(x.to_string())
}

fn num(n: u64) -> Tree {
    Tree::Raw(n.to_string())
}

fn reference(name: &str) -> Tree {
    J::new().with("$ref", s(&format!("#/$defs/{name}"))).tree()
}

fn keys(list: &[&str]) -> Tree {
    Tree::Arr(list.iter().map(|k| s(k)).collect())
}

/// Writes `t` indented by two spaces, as the repository's JSON files are.
fn write(t: &Tree, indent: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match t {
        Tree::Str(x) => out.push_str(&Value::String(x.clone()).to_string()),
        Tree::Raw(x) => out.push_str(x),
        Tree::Arr(items) if items.iter().all(|i| !matches!(i, Tree::Obj(_))) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(item, indent, out);
            }
            out.push(']');
        }
        Tree::Arr(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                write(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push(']');
        }
        Tree::Obj(J(members)) => {
            out.push_str("{\n");
            for (i, (k, v)) in members.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                out.push_str(&Value::String(k.clone()).to_string());
                out.push_str(": ");
                write(v, indent + 1, out);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push('}');
        }
    }
}

/// Every struct of the format a pack can hold, each once, in the order a
/// reader meets them (the pack first, then a place and what it holds).
pub fn structs() -> Vec<&'static Obj> {
    fn visit(s: &S, out: &mut Vec<&'static Obj>) {
        match *s {
            S::List(i) | S::NonEmptyList(i) | S::Map(i) | S::PlaceMap(i) | S::Nullable(i) => {
                visit(i, out)
            }
            S::Obj(o) if !out.iter().any(|x| x.name == o.name) => {
                out.push(o);
                for f in o.fields {
                    visit(&f.shape, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    visit(&PackFile::SHAPE, &mut out);
    out
}

/// The JSON Schema of a value of shape `s`.
fn shape(s: &S) -> Tree {
    match *s {
        S::NonEmpty => reference("NonBlank"),
        S::PlaceId => reference("PlaceId"),
        S::Date => reference("Date"),
        S::PartialDate => reference("PartialDate"),
        S::Bool => J::new().with("type", s_("boolean")).tree(),
        S::Int(int) => J::new()
            .with("type", s_("integer"))
            .with("minimum", num(u64::from(int.min)))
            .with("maximum", num(int.bound.max()))
            .tree(),
        S::Text => reference("Text"),
        S::TextOrString => J::new()
            .with(
                "anyOf",
                Tree::Arr(vec![reference("NonBlank"), reference("Text")]),
            )
            .tree(),
        S::Enum(k) => J::new()
            .with("type", s_("string"))
            .with("enum", keys(k()))
            .tree(),
        S::EnumList(k) => J::new()
            .with("type", s_("array"))
            .with("minItems", num(1))
            .with("items", J::new().with("enum", keys(k())).tree())
            .tree(),
        S::List(i) => J::new()
            .with("type", s_("array"))
            .with("items", shape(i))
            .tree(),
        S::NonEmptyList(i) => J::new()
            .with("type", s_("array"))
            .with("minItems", num(1))
            .with("items", shape(i))
            .tree(),
        S::Map(i) => J::new()
            .with("type", s_("object"))
            .with("additionalProperties", shape(i))
            .tree(),
        S::PlaceMap(i) => J::new()
            .with("type", s_("object"))
            .with("propertyNames", reference("PlaceId"))
            .with("additionalProperties", shape(i))
            .tree(),
        S::Obj(o) => reference(o.name),
        S::Case => {
            let object = || J::new().with("type", s_("object")).tree();
            J::new()
                .with("type", s_("object"))
                .with("required", keys(&["name", "app", "expect"]))
                .with(
                    "properties",
                    J::new()
                        .with("name", reference("NonBlank"))
                        .with("note", J::new().with("type", s_("string")).tree())
                        .with("app", object())
                        .with("expect", object())
                        .tree(),
                )
                .with("additionalProperties", Tree::Raw("false".into()))
                .tree()
        }
        S::Nullable(i) => J::new()
            .with(
                "anyOf",
                Tree::Arr(vec![shape(i), J::new().with("type", s_("null")).tree()]),
            )
            .tree(),
    }
}

fn s_(x: &str) -> Tree {
    s(x)
}

/// A doc comment as one line of prose.
fn prose(doc: &str) -> String {
    doc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A scalar default worth saying (not null, not empty, not an object).
fn shown_default(v: &Value) -> Option<Tree> {
    match v {
        Value::Bool(_) | Value::Number(_) => Some(Tree::Raw(v.to_string())),
        Value::String(x) if !x.is_empty() => Some(s(x)),
        _ => None,
    }
}

/// One struct's definition.
fn definition(o: &Obj) -> Tree {
    let defaults = (o.defaults)();
    let mut props = J::new();
    if o.schema_key {
        let about = "The JSON Schema of this file, for editors (read and ignored).";
        props = props.with(
            SCHEMA_KEY,
            J::new()
                .with("type", s_("string"))
                .with("description", s(about))
                .tree(),
        );
    }
    for (f, default) in o.fields.iter().zip(&defaults) {
        let Tree::Obj(J(mut members)) = shape(&f.shape) else {
            unreachable!("every shape is an object");
        };
        let mut doc = prose(f.doc);
        if let Some(cite) = f.stated_in.first() {
            doc = format!("{doc} Stated in the quote of `{cite}`.")
                .trim()
                .to_string();
        }
        if !doc.is_empty() {
            members.push(("description".into(), s(&doc)));
        }
        if let Some(d) = shown_default(default).filter(|_| !f.required) {
            members.push(("default".into(), d));
        }
        props = props.with(f.key, Tree::Obj(J(members)));
    }
    let required: Vec<&str> = o
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.key)
        .collect();
    let mut def = J::new().with("type", s_("object"));
    if !prose(o.doc).is_empty() {
        def = def.with("description", s(&prose(o.doc)));
    }
    def = def.with("properties", props.tree());
    if !required.is_empty() {
        def = def.with("required", keys(&required));
    }
    def.with("additionalProperties", Tree::Raw("false".into()))
        .tree()
}

/// The value definitions every struct shares.
fn common() -> Vec<(String, Tree)> {
    let string = |pattern: &str, about: &str| {
        J::new()
            .with("type", s_("string"))
            .with("pattern", s(pattern))
            .with("description", s(about))
            .tree()
    };
    let mut text = J::new();
    for lang in LANGUAGES {
        text = text.with(lang, reference("NonBlank"));
    }
    let years = format!("{}–{}", YEARS.start(), YEARS.end());
    vec![
        ("NonBlank".into(), string(NON_BLANK, "Not empty or blank.")),
        (
            "PlaceId".into(),
            string(
                PLACE_ID,
                "Lowercase letters, digits and hyphens (it appears in links).",
            ),
        ),
        (
            "Date".into(),
            string(DATE, &format!("YYYY-MM-DD, in the years {years}.")),
        ),
        (
            "PartialDate".into(),
            string(
                PARTIAL_DATE,
                &format!("YYYY-MM-DD, YYYY-MM or YYYY, in the years {years}."),
            ),
        ),
        (
            "Text".into(),
            J::new()
                .with("type", s_("object"))
                .with("description", s("The same text in each language."))
                .with("properties", text.tree())
                .with("required", keys(&LANGUAGES))
                .with("additionalProperties", Tree::Raw("false".into()))
                .tree(),
        ),
    ]
}

/// The JSON Schema of a policy pack or of one place's file, as committed in
/// [`SCHEMA_FILE`] (with a final line break).
pub fn schema() -> String {
    let mut defs = J(common());
    for o in structs() {
        defs = defs.with(o.name, definition(o));
    }
    let root = J::new()
        .with("$schema", s("https://json-schema.org/draft/2020-12/schema"))
        .with("title", s("电力接入自助评估 policy pack"))
        .with(
            "description",
            s("A policy pack ({\"about\", \"jurisdictions\"}) or one place's file (policy/<place>.json). Written from the format's declaration (src/policy/mod.rs) by `cargo run --bin pack_schema -- --write`."),
        )
        .with(
            "anyOf",
            Tree::Arr(vec![
                reference(PackFile::FORMAT.name),
                reference(Jurisdiction::FORMAT.name),
            ]),
        )
        .with("$defs", defs.tree());
    let mut out = String::new();
    write(&root.tree(), 0, &mut out);
    out.push('\n');
    out
}

/// What a value of shape `s` is, in the docs' words.
fn words(s: &S) -> String {
    let list = |k: &[&str]| {
        k.iter()
            .map(|x| format!("`{x}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let years = format!("{}–{}", YEARS.start(), YEARS.end());
    match *s {
        S::NonEmpty => "string, not blank".into(),
        S::PlaceId => "id: lowercase letters, digits, `-`".into(),
        S::Date => format!("date `YYYY-MM-DD`, {years}"),
        S::PartialDate => format!("date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, {years}"),
        S::Bool => "`true` or `false`".into(),
        S::Int(int) => {
            let unit = match int.bound {
                Bound::Days => " (days)",
                Bound::Capacity => " (in the cap's `unit`)",
                Bound::Fen => " (fen, 1/100 yuan)",
                Bound::Count => "",
                Bound::Duration => " (in the limit's `unit`)",
                Bound::Diameter => " (mm)",
            };
            format!("integer {}–{}{unit}", int.min, int.bound.max())
        }
        S::Text => "text: `{\"zh-Hans\", \"zh-Hant\", \"en\"}`".into(),
        S::TextOrString => "one string for every language, or text per language".into(),
        S::Enum(k) => format!("one of {}", list(k())),
        S::EnumList(k) => format!("non-empty list of {}", list(k())),
        S::List(i) => format!("list of {}", words(i)),
        S::NonEmptyList(i) => format!("non-empty list of {}", words(i)),
        S::Map(i) => format!("object: name → {}", words(i)),
        S::PlaceMap(i) => format!("object: place id → {}", words(i)),
        S::Obj(o) => format!("[{0}](#{1})", o.name, o.name.to_lowercase()),
        S::Case => {
            "a golden case: `{\"name\", \"app\", \"expect\", \"note\"}` (docs/officials.md)".into()
        }
        S::Nullable(i) => format!("{}, or `null`", words(i)),
    }
}

/// The field tables of [`DOCS_FILE`], between [`DOCS_BEGIN`] and [`DOCS_END`].
pub fn docs() -> String {
    let mut out = format!("{DOCS_BEGIN}\n");
    for o in structs() {
        out.push_str(&format!("\n#### {}\n\n", o.name));
        if !prose(o.doc).is_empty() {
            out.push_str(&format!("{}\n\n", prose(o.doc)));
        }
        out.push_str("| field | value | required / default | meaning |\n|---|---|---|---|\n");
        if o.schema_key {
            out.push_str("| `$schema` | string | optional | the file's JSON Schema, for editors (ignored) |\n");
        }
        for (f, d) in o.fields.iter().zip((o.defaults)()) {
            let need = match (f.required, shown_default(&d)) {
                (true, _) => "required".to_string(),
                (false, Some(_)) => format!("default `{d}`"),
                (false, None) => "optional".to_string(),
            };
            let mut meaning = prose(f.doc);
            if !f.stated_in.is_empty() {
                let cites: Vec<String> = f.stated_in.iter().map(|c| format!("`{c}`")).collect();
                meaning = format!(
                    "{meaning} Stated in the quote of {}.",
                    cites.join(", else ")
                )
                .trim()
                .to_string();
            }
            let row = [format!("`{}`", f.key), words(&f.shape), need, meaning];
            out.push_str(&format!("| {} |\n", row.join(" | ").replace('\n', " ")));
        }
    }
    out.push('\n');
    out.push_str(DOCS_END);
    out
}

/// `text` with its generated part replaced by [`docs`]; `None` without the markers.
pub fn with_docs(text: &str) -> Option<String> {
    let start = text.find(DOCS_BEGIN)?;
    let end = text[start..].find(DOCS_END)? + start + DOCS_END.len();
    Some(format!("{}{}{}", &text[..start], docs(), &text[end..]))
}
