//! The schema of a year file: the keys each table takes, which of them are
//! required, and the kind of value each holds.
//!
//! It says in code what `data/README.md` says in words, and it
//! must say the same as the serde structs in [`super`]: the same keys, in
//! the same order, with the same kinds (a unit test compares them, key by
//! key, with the example in `data/README.md`). The validator walks a file
//! against it to find every mistake at once; serde then reads a file that
//! has none. Each key carries an example value from `data/README.md`, so a
//! message can say what a right value looks like ("such as 17"), and each
//! kind keeps its rules: a count is a whole number from 0 to 4294967295, a
//! year lies in 1900–2999, a date is a plain date (no time), text is quoted.

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

const fn count(key: &'static str, required: bool, example: &'static str) -> Field {
    Field {
        key,
        kind: Kind::Count,
        required,
        example,
    }
}

const fn table(key: &'static str, t: &'static Table, required: bool) -> Field {
    Field {
        key,
        kind: Kind::Table(t),
        required,
        example: "",
    }
}

const REQUIRED: bool = true;
const OPTIONAL: bool = false;

/// A whole year file ([`super::YearData`]).
pub(super) static YEAR_FILE: Table = Table {
    fields: &[
        Field {
            key: "year",
            kind: Kind::Year,
            required: REQUIRED,
            example: "2025",
        },
        Field {
            key: "published",
            kind: Kind::Date,
            required: OPTIONAL,
            example: "2026-03-02",
        },
        Field {
            example: "[applications]",
            ..table("applications", &APPLICATIONS, REQUIRED)
        },
        Field {
            example: "[cancer]",
            ..table("cancer", &SPLIT, OPTIONAL)
        },
        Field {
            example: "[ctis]",
            ..table("ctis", &CTIS, OPTIONAL)
        },
        Field {
            example: "[therapy_areas]",
            ..table("therapy_areas", &THERAPY_AREAS, OPTIONAL)
        },
        Field {
            example: "[phases]",
            ..table("phases", &PHASES, OPTIONAL)
        },
        Field {
            example: "[modifications]",
            ..table("modifications", &MODIFICATIONS, OPTIONAL)
        },
        Field {
            example: "[safety]",
            ..table("safety", &SAFETY, OPTIONAL)
        },
        Field {
            example: "[guidance]",
            ..table("guidance", &GUIDANCE, OPTIONAL)
        },
        Field {
            example: "[context]",
            ..table("context", &CONTEXT, OPTIONAL)
        },
        Field {
            example: "{ phases = \"The directorate did not count them this year.\" }",
            ..table("not_supplied", &NOT_SUPPLIED, OPTIONAL)
        },
        Field {
            key: "confirmed",
            kind: Kind::List(&CONFIRMED),
            required: OPTIONAL,
            example: "[[confirmed]]",
        },
    ],
};

const fn reason(key: &'static str) -> Field {
    Field {
        key,
        kind: Kind::Text,
        required: OPTIONAL,
        example: "\"The directorate did not count them this year.\"",
    }
}

/// [`super::NotSupplied`]: the parts of [`super::NotSupplied::KEYS`].
static NOT_SUPPLIED: Table = Table {
    fields: &[
        reason("published"),
        reason("paediatric"),
        reason("rejected"),
        reason("transition"),
        reason("ctis"),
        reason("phases"),
        reason("therapy_areas"),
        reason("cancer"),
        reason("modifications"),
        reason("safety"),
        reason("guidance"),
    ],
};

/// [`super::Confirmed`], an entry of `[[confirmed]]`.
static CONFIRMED: Table = Table {
    fields: &[
        Field {
            key: "rule",
            kind: Kind::Text,
            required: REQUIRED,
            example: "\"change\"",
        },
        Field {
            key: "field",
            kind: Kind::Text,
            required: REQUIRED,
            example: "\"applications.transition\"",
        },
        Field {
            key: "reason",
            kind: Kind::Text,
            required: REQUIRED,
            example: "\"The transition ended on 30 January 2025.\"",
        },
    ],
};

/// [`super::Applications`].
static APPLICATIONS: Table = Table {
    fields: &[
        count("commercial", REQUIRED, "76"),
        count("non_commercial", REQUIRED, "33"),
        count("total", REQUIRED, "109"),
        count("paediatric", OPTIONAL, "17"),
        count("rejected", OPTIONAL, "0"),
        Field {
            key: "rejected_as_of",
            kind: Kind::Date,
            required: OPTIONAL,
            example: "2026-01-31",
        },
        count("transition", OPTIONAL, "254"),
    ],
};

/// [`super::Split`], the cancer trials.
static SPLIT: Table = Table {
    fields: &[
        count("commercial", REQUIRED, "29"),
        count("non_commercial", REQUIRED, "15"),
        count("total", REQUIRED, "44"),
    ],
};

/// [`super::Ctis`].
static CTIS: Table = Table {
    fields: &[
        count("rms", REQUIRED, "11"),
        count("msc_ams", REQUIRED, "79"),
        count("multinational", OPTIONAL, "90"),
        count("mononational", REQUIRED, "19"),
        count("mononational_non_commercial", OPTIONAL, "16"),
        count("total", OPTIONAL, "109"),
    ],
};

/// [`super::TherapyAreas`].
static THERAPY_AREAS: Table = Table {
    fields: &[
        Field {
            key: "leader",
            kind: Kind::Text,
            required: OPTIONAL,
            example: "\"neoplasms\"",
        },
        Field {
            key: "top",
            kind: Kind::List(&AREA_COUNT),
            required: OPTIONAL,
            example: "[ { soc = \"neoplasms\", count = 44 } ]",
        },
    ],
};

/// [`super::AreaCount`], an entry of `therapy_areas.top`.
static AREA_COUNT: Table = Table {
    fields: &[
        Field {
            key: "soc",
            kind: Kind::Text,
            required: REQUIRED,
            example: "\"neoplasms\"",
        },
        count("count", REQUIRED, "44"),
    ],
};

/// [`super::Phases`].
static PHASES: Table = Table {
    fields: &[
        count("phase_1", REQUIRED, "12"),
        count("phase_2", REQUIRED, "30"),
        count("phase_3", REQUIRED, "45"),
        count("phase_4", REQUIRED, "8"),
    ],
};

/// [`super::Modifications`].
static MODIFICATIONS: Table = Table {
    fields: &[
        count("ctis_rms", OPTIONAL, "37"),
        count("ctis_mononational", OPTIONAL, "27"),
        count("ctis_msc", OPTIONAL, "252"),
        count("ctis_total", REQUIRED, "316"),
        count("ctd", REQUIRED, "116"),
        count("total", REQUIRED, "432"),
    ],
};

/// [`super::Safety`].
static SAFETY: Table = Table {
    fields: &[
        count("annual_reports", REQUIRED, "40"),
        count("notifications", REQUIRED, "120"),
        count("substances_national", REQUIRED, "3"),
        count("substances_multinational", REQUIRED, "25"),
    ],
};

/// [`super::Guidance`].
static GUIDANCE: Table = Table {
    fields: &[
        count("total", REQUIRED, "59"),
        count("meetings", OPTIONAL, "50"),
        count("written", OPTIONAL, "9"),
        count("human", OPTIONAL, "30"),
        count("veterinary", OPTIONAL, "22"),
        count("devices", OPTIONAL, "7"),
        count("industry", OPTIONAL, "45"),
        count("academia", OPTIONAL, "14"),
    ],
};

/// [`super::Context`].
static CONTEXT: Table = Table {
    fields: &[
        count("action_plan_focus_areas", REQUIRED, "9"),
        count("nortrials_centres", REQUIRED, "6"),
        count("export_strategy_measures", REQUIRED, "15"),
        count("nortrials_measure", REQUIRED, "9"),
        Field {
            example: "{ year = 2021, nok_billion = 22 }",
            ..table("export_revenue", &AMOUNT, REQUIRED)
        },
        Field {
            example: "{ year = 2030, nok_billion = 50 }",
            ..table("export_target", &AMOUNT, REQUIRED)
        },
    ],
};

/// [`super::Amount`].
static AMOUNT: Table = Table {
    fields: &[
        Field {
            key: "year",
            kind: Kind::Year,
            required: REQUIRED,
            example: "2021",
        },
        count("nok_billion", REQUIRED, "22"),
    ],
};
