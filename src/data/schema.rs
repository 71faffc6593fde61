//! The schema of a year file: the keys each table takes, which of them are
//! required, and the kind of value each holds.
//!
//! It is derived from the serde structs in [`super`] ([`year_file`]), so
//! it cannot say other than they do: the same keys, in the same order, with
//! the same kinds (a unit test checks that `data/README.md`'s example has
//! every key). The validator walks a file against it to find every mistake
//! at once; serde then reads a file that has none. Each key carries an
//! example value (`#[schemars(example = …)]` on its field), so a message
//! can say what a right value looks like ("such as 17"), and each kind keeps
//! its rules: a count is a whole number from 0 to 4294967295, a year lies in
//! 1900–2999, a date is a plain date (no time), text is quoted.

use std::sync::OnceLock;

use schemars::generate::SchemaSettings;
use serde_json::Value as JsonValue;
use toml_edit::{ImDocument, Item, Value};

use super::{Count, YEARS};

/// What a key holds.
pub(super) enum Kind {
    /// A whole number, 0 to `u32::MAX` ([`super::Count`]).
    Count,
    /// A year in [`YEARS`].
    Year,
    /// A plain date (`2026-01-31`), without a time.
    Date,
    /// Text in quotes.
    Text,
    /// A table (`[applications]`, or inline: `{ year = 2021, … }`).
    Table(&'static Table),
    /// A list of tables (`[{ soc = "…", count = 44 }, …]` or `[[…]]`).
    List(&'static Table),
}

/// One key of a table.
pub(super) struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// A right value, as it is written (from data/README.md).
    pub example: &'static str,
}

/// The keys of one table, in the order of the serde struct's fields.
pub(super) struct Table {
    pub fields: &'static [Field],
}

impl Table {
    pub fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.fields.iter().map(|f| f.key)
    }

    /// `` `commercial`, `non_commercial`, `total` ``, for messages.
    pub fn key_list(&self) -> String {
        self.keys()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The table reached by a path of keys (`context.export_revenue`),
    /// through tables and lists; list indices may be left out.
    pub fn at(&'static self, path: &str) -> Option<&'static Table> {
        let mut table = self;
        for seg in path.split('.').filter(|s| s.parse::<usize>().is_err()) {
            table = match table.field(seg)?.kind {
                Kind::Table(t) | Kind::List(t) => t,
                _ => return None,
            };
        }
        Some(table)
    }

    /// The key `key` of this table, or else of the one table below it that
    /// has such a key (`soc` in `[therapy_areas]` is a key of its `top`).
    pub fn find(&'static self, key: &str) -> Option<&'static Field> {
        if let Some(f) = self.field(key) {
            return Some(f);
        }
        let mut below = self.fields.iter().filter_map(|f| match f.kind {
            Kind::Table(t) | Kind::List(t) => t.field(key),
            _ => None,
        });
        match (below.next(), below.next()) {
            (Some(f), None) => Some(f),
            _ => None,
        }
    }
}

impl Field {
    /// What the value must be: "a whole number (such as 17)".
    pub fn wanted(&self) -> String {
        let ex = self.example;
        match self.kind {
            Kind::Count => format!("a whole number (such as {ex})"),
            Kind::Year => format!("a year (such as {ex})"),
            Kind::Date => format!("a date (such as {ex})"),
            Kind::Text => format!("text in quotes (such as {ex})"),
            Kind::Table(_) if ex.starts_with('[') => {
                format!("a table ({ex} with its keys on the lines below)")
            }
            Kind::Table(_) => format!("a table such as {ex}"),
            Kind::List(_) => format!("a list of entries such as {ex}"),
        }
    }

    /// "`paediatric` must be a whole number (such as 17), not {found}".
    pub fn must_be(&self, found: &str) -> String {
        format!("`{}` must be {}, not {found}", self.key, self.wanted())
    }
}

/// `a.b`, or `b` at the top (`a` empty).
pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The years a year file's `year` and its amounts' years may hold.
pub(super) fn year_range() -> String {
    format!("{}–{}", YEARS.start(), YEARS.end())
}

/// What a value is, for "… must be …, not {found}"; `raw` is the value as
/// written.
pub(super) fn found(v: &Value, raw: &str) -> String {
    match v {
        Value::String(_) => format!("the text {raw}"),
        Value::Float(f) if f.value().is_finite() && f.value().fract() != 0.0 => {
            format!("the fraction {raw}")
        }
        Value::Datetime(d) if d.value().time.is_some() && d.value().date.is_some() => {
            format!("the date and time {raw}")
        }
        Value::Datetime(d) if d.value().date.is_some() => format!("the date {raw}"),
        Value::Datetime(_) => format!("the time {raw}"),
        Value::Array(_) => "a list".into(),
        Value::InlineTable(_) => "a table".into(),
        _ => raw.to_string(),
    }
}

impl Field {
    /// What is wrong with the value `v` (written `raw`) of this key, if
    /// anything: its kind, its range, a date with a time.
    pub fn check(&self, v: &Value, raw: &str) -> Option<String> {
        let key = self.key;
        match (&self.kind, v) {
            // TOML also reads 0x11, 0o21, 1_7 and +17 as whole numbers; a
            // count or a year in such a form is a slip (or a trick), not
            // what a person reading the file sees.
            (Kind::Count | Kind::Year, Value::Integer(n))
                if *n.value() >= 0 && !raw.trim().bytes().all(|b| b.is_ascii_digit()) =>
            {
                Some(format!(
                    "`{key}` = {} must be written in plain digits (such as {}), not {}",
                    n.value(),
                    self.example,
                    raw.trim()
                ))
            }
            (Kind::Count, Value::Integer(n)) => {
                let n = *n.value();
                if n < 0 {
                    Some(format!(
                        "`{key}` must be a whole number, 0 or more (such as {}), not {n}",
                        self.example
                    ))
                } else if n > i64::from(Count::MAX) {
                    Some(format!(
                        "`{key}` = {n} is more than a count can hold (at most {})",
                        Count::MAX
                    ))
                } else {
                    None
                }
            }
            (Kind::Year, Value::Integer(n)) => {
                let n = *n.value();
                let ok = i32::try_from(n).is_ok_and(|y| YEARS.contains(&y));
                (!ok).then(|| {
                    format!(
                        "{key} = {n} is not a year this report can cover ({})",
                        year_range()
                    )
                })
            }
            (Kind::Date, Value::Datetime(d)) => match (d.value().date, d.value().time) {
                (Some(_), None) if d.value().offset.is_none() => None,
                (Some(_), _) => Some(format!(
                    "`{key}` must be a plain date (such as {}), not {}; leave out the time",
                    self.example,
                    found(v, raw)
                )),
                _ => Some(self.must_be(&found(v, raw))),
            },
            (Kind::Text, Value::String(_)) => None,
            (_, Value::String(s)) => {
                let hint = if reads_as(&self.kind, s.value()) {
                    "; remove the quotes"
                } else {
                    ""
                };
                Some(format!("{}{hint}", self.must_be(&found(v, raw))))
            }
            _ => Some(self.must_be(&found(v, raw))),
        }
    }
}

/// Whether `text`, without its quotes, is a right value of `kind`.
fn reads_as(kind: &Kind, text: &str) -> bool {
    let Ok(doc) = ImDocument::parse(format!("v = {}", text.trim())) else {
        return false;
    };
    match (kind, doc.get("v").and_then(Item::as_value)) {
        (Kind::Count, Some(Value::Integer(n))) => Count::try_from(*n.value()).is_ok(),
        (Kind::Year, Some(Value::Integer(_))) => true,
        (Kind::Date, Some(Value::Datetime(d))) => d.value().date.is_some(),
        _ => false,
    }
}

/// A whole year file ([`super::YearData`]): its schema, derived once from
/// the serde types through their `JsonSchema` derive (the keys of each
/// table in the order of the struct's fields, their kinds, which are
/// required, and each key's `#[schemars(example = …)]`).
pub(super) fn year_file() -> &'static Table {
    static YEAR_FILE: OnceLock<&'static Table> = OnceLock::new();
    YEAR_FILE.get_or_init(|| {
        let schema = SchemaSettings::draft2020_12()
            .with(|s| s.inline_subschemas = true)
            .into_generator()
            .into_root_schema_for::<super::YearData>();
        table(schema.as_value())
    })
}

/// The table an object schema describes (made once, for the program's life).
fn table(schema: &JsonValue) -> &'static Table {
    let required: Vec<&str> = schema["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(JsonValue::as_str)
        .collect();
    let properties = schema["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("not an object schema: {schema}"));
    let fields: Vec<Field> = properties
        .iter()
        .map(|(key, field)| {
            let kind = kind(field);
            let example = match (&field["examples"][0], &kind) {
                (JsonValue::String(text), Kind::Text) => JsonValue::from(text.as_str()).to_string(),
                (JsonValue::String(text), _) => text.clone(),
                (JsonValue::Null, _) => panic!("`{key}` has no #[schemars(example = …)]"),
                (value, _) => value.to_string(),
            };
            Field {
                key: Box::leak(key.clone().into_boxed_str()),
                kind,
                required: required.contains(&key.as_str()),
                example: Box::leak(example.into_boxed_str()),
            }
        })
        .collect();
    Box::leak(Box::new(Table {
        fields: Box::leak(fields.into_boxed_slice()),
    }))
}

/// The kind of value a schema describes: a `u32` is a count, an `i32` a
/// year, a [`super::Date`] a date, a string text; an `Option` is its
/// inner kind (the key is then not required).
fn kind(schema: &JsonValue) -> Kind {
    let inner = schema["anyOf"]
        .as_array()
        .and_then(|any| any.iter().find(|s| s["type"] != "null"))
        .unwrap_or(schema);
    let types: Vec<&str> = match &inner["type"] {
        JsonValue::Array(types) => types.iter().filter_map(JsonValue::as_str).collect(),
        t => t.as_str().into_iter().collect(),
    };
    let ty = types.into_iter().find(|t| *t != "null").unwrap_or("");
    match (ty, inner["format"].as_str()) {
        ("integer", Some("uint32")) => Kind::Count,
        ("integer", Some("int32")) => Kind::Year,
        ("string", Some("date")) => Kind::Date,
        ("string", _) => Kind::Text,
        ("object", _) => Kind::Table(table(inner)),
        ("array", _) => Kind::List(table(&inner["items"])),
        _ => panic!("a year file holds no such value: {inner}"),
    }
}
