//! TOML syntax errors: every one of a file, each in the schema's words
//! where it can be.
//!
//! toml_edit stops at the first syntax error. To find the next, the line of
//! the error is blanked (each byte but the line end becomes a space, so every
//! offset, line and column stays as it was) and the text is parsed again,
//! until [`MAX_ERRORS`] are found. A broken table header blanks its whole table,
//! whose keys would otherwise land in the table above it. The keys on the
//! blanked lines are recorded as hidden: their values are unknown, so they
//! are not also reported missing, nor as breaking a sum.
//!
//! A value toml cannot read is explained by what its key must hold: for
//! `paediatric = x` toml says "invalid string; expected `"`, `'`", and this
//! says "`paediatric` must be a whole number (such as 17), not `x`". The
//! error stays at the place toml points to.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use toml_edit::ImDocument;

use super::schema::{Field, Kind, join, year_file};
use crate::diag::closest;
use crate::diag::{Diagnostic, SourceFile};

/// The most syntax errors reported for one file.
pub(super) const MAX_ERRORS: usize = 20;

/// A year file's text, parsed after its syntax errors were blanked out.
pub(super) struct Parsed {
    /// The document, unless the errors could not be blanked out.
    pub doc: Option<ImDocument<String>>,
    /// Key paths (`applications.total`) and tables whose lines were blanked.
    pub hidden: BTreeSet<String>,
}

/// Parses `file`, adding each syntax error to `errors`.
pub(super) fn parse(file: &Arc<SourceFile>, errors: &mut Vec<Diagnostic>) -> Parsed {
    let mut text = file.text.clone();
    let mut hidden = BTreeSet::new();
    let before = errors.len();
    loop {
        let e = match ImDocument::parse(text.clone()) {
            Ok(doc) => {
                return Parsed {
                    doc: Some(doc),
                    hidden,
                };
            }
            Err(e) => e,
        };
        if errors.len() - before == MAX_ERRORS {
            if let Some(last) = errors.pop() {
                errors.push(last.with_note(format!(
                    "only the first {MAX_ERRORS} syntax errors of this file are shown"
                )));
            }
            break;
        }
        let mut at = e.span().map_or(text.len(), |s| s.start).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let line = line_at(&text, at);
        let message = explain(&text, line.clone(), at, e.message());
        errors.push(Diagnostic::error(message).at(file, Some(e.span().unwrap_or(at..at))));
        if text[line.clone()].trim().is_empty() {
            break;
        }
        let (range, hides) = extent(&text, line, e.message());
        hidden.extend(hides);
        blank(&mut text, range);
    }
    Parsed { doc: None, hidden }
}

/// The byte range of the line around `at`, without its `\n`.
fn line_at(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    start..end
}

/// The lines of `text` before `at`, last first, with their start offsets.
fn lines_before(text: &str, at: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut end = at;
    std::iter::from_fn(move || {
        if end == 0 {
            return None;
        }
        let stop = end - 1; // the `\n` that ends the line
        let start = text[..stop].rfind('\n').map_or(0, |i| i + 1);
        end = start;
        Some((start, &text[start..stop]))
    })
}

/// The table a line before `at` opened: `applications` for `[applications]`,
/// `therapy_areas.top` for `[[therapy_areas.top]]`, "" for the top.
fn table_before(text: &str, at: usize) -> String {
    lines_before(text, at)
        .find_map(|(_, l)| header_name(l))
        .unwrap_or_default()
}

/// The table a header line names, read loosely (a broken header too).
fn header_name(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix('[')?;
    let rest = rest.trim_start_matches('[');
    let name = rest.split([']', '#']).next().unwrap_or("");
    Some(
        name.split('.')
            .map(|s| s.trim().trim_matches(['"', '\'']))
            .collect::<Vec<_>>()
            .join("."),
    )
}

/// The key a line starts with (`total` for `total = 109` or `total 109`),
/// and whether an `=` follows it.
fn leading_key(line: &str) -> Option<(&str, bool)> {
    let line = line.trim_start();
    let len = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .unwrap_or(line.len());
    if len == 0 {
        return None;
    }
    let eq = line[len..].trim_start().starts_with('=');
    Some((&line[..len], eq))
}

/// The lines of `text` from `at` (the start of a line) on, with their
/// start offsets.
fn lines_from(text: &str, at: usize) -> impl Iterator<Item = (usize, &str)> {
    text[at..].split_inclusive('\n').scan(at, |pos, l| {
        let start = *pos;
        *pos += l.len();
        Some((start, l))
    })
}

/// The list the line `line` is in or ends: the start of the line
/// `key = [` that opens it, and its key.
fn list_owner<'t>(text: &'t str, line: &Range<usize>) -> Option<(usize, &'t str)> {
    let own = &text[line.clone()];
    let mut lines: Box<dyn Iterator<Item = (usize, &str)>> = if header_name(own).is_some() {
        Box::new(lines_before(text, line.start))
    } else {
        Box::new(std::iter::once((line.start, own)).chain(lines_before(text, line.start)))
    };
    lines
        .by_ref()
        .take_while(|(_, l)| header_name(l).is_none())
        .find_map(|(start, l)| {
            let (key, eq) = leading_key(l)?;
            let value = l.split_once('=')?.1.trim_start();
            (eq && value.starts_with('[')).then_some((start, key))
        })
}

/// What to blank for a syntax error on `line`, and the key path whose value
/// that hides: the line and its key; for a broken header, its whole table;
/// for a broken list, the whole list (else each entry after a missing `,`
/// would be an error of its own).
fn extent(text: &str, line: Range<usize>, toml_message: &str) -> (Range<usize>, Option<String>) {
    let table = table_before(text, line.start);
    if toml_message.starts_with("invalid array")
        && let Some((start, key)) = list_owner(text, &line)
    {
        let end = if start == line.start {
            line.end
        } else {
            lines_from(text, line.start)
                .find_map(|(at, l)| {
                    if header_name(l).is_some() {
                        Some(at)
                    } else {
                        l.trim_start().starts_with(']').then_some(at + l.len())
                    }
                })
                .unwrap_or(text.len())
        };
        return (start..end, Some(join(&table, key)));
    }
    if let Some(name) = header_name(&text[line.clone()]) {
        let next = lines_from(text, line.end)
            .skip(1)
            .find(|(_, l)| l.trim_start().starts_with('['))
            .map_or(text.len(), |(start, _)| start);
        return (line.start..next, Some(name));
    }
    // The key whose value the line is part of: its own, or that of the
    // list it continues (`top = [` above it).
    let own = std::iter::once((line.start, &text[line.clone()]))
        .chain(lines_before(text, line.start))
        .take_while(|(_, l)| header_name(l).is_none())
        .find_map(|(start, l)| leading_key(l).filter(|(_, eq)| *eq || start == line.start));
    (line, own.map(|(key, _)| join(&table, key)))
}

/// Blanks `range` of `text`: each byte but line ends becomes a space.
fn blank(text: &mut String, range: Range<usize>) {
    let blanked: String = text[range.clone()]
        .chars()
        .flat_map(|c| {
            let keep = matches!(c, '\n' | '\r');
            std::iter::repeat_n(
                if keep { c } else { ' ' },
                if keep { 1 } else { c.len_utf8() },
            )
        })
        .collect();
    text.replace_range(range, &blanked);
}

/// The message for a syntax error at `at`, on the line `line` of `text`.
fn explain(text: &str, line: Range<usize>, at: usize, toml_message: &str) -> String {
    let l = text[line.clone()].trim_end_matches('\r');
    let col = (at - line.start).min(l.len());
    let table_path = table_before(text, line.start);
    let table = if table_path.is_empty() {
        Some(year_file())
    } else {
        year_file().at(&table_path)
    };
    let shown = if table_path.is_empty() {
        "a year file".to_string()
    } else {
        format!("[{table_path}]")
    };

    if let Some(rest) = toml_message
        .lines()
        .find_map(|m| m.strip_prefix("duplicate key `"))
    {
        let key = rest.split('`').next().unwrap_or("").trim_matches('"');
        return match header_name(l) {
            Some(name) => {
                format!("the table [{name}] is given twice: keep one [{name}], with all its keys")
            }
            None => format!("`{key}` is given twice in {shown}: keep one of them"),
        };
    }
    if toml_message.starts_with("invalid array")
        && let Some((_, key)) = list_owner(text, &line)
    {
        let first = l.len() - l.trim_start().len();
        return if l.trim().is_empty() {
            format!("the list `{key}` is not closed: its `]` is missing at the end of the file")
        } else if header_name(l).is_some() {
            format!("the list `{key}` is not closed: its `]` is missing before this line")
        } else if col == first {
            format!(
                "a `,` is missing before this entry of the list `{key}`: entries are separated by commas"
            )
        } else {
            format!(
                "the list `{key}` is not valid here: its entries are {{ … }}, separated by commas, and it ends with `]`"
            )
        };
    }
    if let Some(name) = header_name(l) {
        if name.is_empty() {
            return "not a valid table header: a table is written [name], such as [applications]"
                .into();
        }
        if !l.contains(']') {
            return format!(
                "the table header `{}` has no closing `]`: write [{name}]",
                l.trim()
            );
        }
        return format!(
            "not a valid table header: write [name] ({})",
            toml_words(toml_message)
        );
    }
    if l.trim_start().starts_with('=') {
        return "a key is missing before `=`: write `key = value`, such as `total = 109`".into();
    }
    // `total 109`: a key and a value without `=`.
    if !l.contains('=')
        && let Some((key, false)) = leading_key(l)
    {
        let rest = l.trim_start()[key.len()..].trim();
        let rest = rest.split('#').next().unwrap_or("").trim();
        return if rest.is_empty() {
            format!("`{key}` has no value: write `{key} = ` and its value")
        } else {
            format!("`{key}` and its value need an `=` between them: write `{key} = {rest}`")
        };
    }
    if let Some((key, raw)) = value_at(l, col) {
        let leaf = key.rsplit('.').next().unwrap_or(key);
        // The key the line starts with, when the value is in an inline
        // table of it (`export_revenue = { year = x, … }`).
        let outer = leading_key(l)
            .filter(|(k, eq)| *eq && *k != key)
            .map(|(k, _)| k.rsplit('.').next().unwrap_or(k));
        let field = match (table, outer) {
            (Some(t), Some(outer)) => t.field(outer).and_then(|f| match f.kind {
                Kind::Table(inner) | Kind::List(inner) => inner.field(leaf),
                _ => None,
            }),
            (Some(t), None) => t.find(leaf),
            (None, _) => None,
        };
        if let Some(message) = explain_value(field, leaf, raw) {
            if field.is_none()
                && let Some(t) = table
                && leading_key(l).is_some_and(|(k, _)| k == key)
            {
                let hint = closest(leaf, t.keys())
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                return format!(
                    "{message}; besides, {shown} has no key `{leaf}`{hint}: its keys are {}",
                    t.key_list()
                );
            }
            return message;
        }
    }
    match toml_message.lines().next().unwrap_or("") {
        "invalid array" => {
            "a list ([ … ]) is not closed: a `]` is missing, or a `,` between two entries".into()
        }
        "invalid basic string" | "invalid literal string" => {
            "text in quotes is not closed: the closing quote is missing".into()
        }
        "expected newline, `#`" => {
            "more on this line than one value: after `key = value` only a comment (# …) may follow"
                .into()
        }
        _ => format!("not valid TOML: {}", toml_words(toml_message)),
    }
}

/// toml's message on one line.
fn toml_words(message: &str) -> String {
    message.trim_end().lines().collect::<Vec<_>>().join("; ")
}

/// The key and the value text of the `key = value` on `line` that holds
/// column `col` (in an inline table, the value ends at `,` or `}`).
fn value_at(line: &str, col: usize) -> Option<(&str, &str)> {
    let eq = line[..col].rfind('=')?;
    let before = line[..eq].trim_end();
    let key_start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .map_or(0, |i| i + 1);
    let key = &before[key_start..];
    if key.is_empty() {
        return None;
    }
    let start = eq + 1 + (line[eq + 1..].len() - line[eq + 1..].trim_start().len());
    let depth = line[..eq].matches('{').count() as i64 - line[..eq].matches('}').count() as i64;
    let stops: &[char] = if depth > 0 { &[',', '}', '#'] } else { &['#'] };
    let end = line[start..].find(stops).map_or(line.len(), |i| start + i);
    Some((key, line[start..end].trim_end()))
}

/// What is wrong with the value text `raw` of `key` (`field` in the
/// schema), or `None` to keep toml's words.
fn explain_value(field: Option<&Field>, key: &str, raw: &str) -> Option<String> {
    if raw.is_empty() {
        return Some(match field {
            Some(f) => format!("`{key}` has no value: it must be {}", f.wanted()),
            None => format!("`{key}` has no value after `=`"),
        });
    }
    if raw.starts_with(['"', '\'', '[', '{']) || ImDocument::parse(format!("v = {raw}")).is_ok() {
        return None;
    }
    let found = format!("`{raw}`");
    let Some(field) = field else {
        return Some(format!(
            "`{key} = {raw}`: `{raw}` is not a value: write a number in digits (such as 17), \
             text in quotes (\"{raw}\") or a date (such as 2026-01-31)"
        ));
    };
    let digits = raw.chars().any(|c| c.is_ascii_digit());
    Some(match field.kind {
        // All digits and still not TOML: a leading zero (017), or a number
        // too large for TOML's integers (beyond 9223372036854775807).
        Kind::Count | Kind::Year
            if digits && raw.chars().all(|c| c.is_ascii_digit()) && raw.starts_with('0') =>
        {
            format!("{}; write it without leading zeros", field.must_be(&found))
        }
        Kind::Count if digits && raw.chars().all(|c| c.is_ascii_digit()) => format!(
            "`{key}` = {raw} is more than a count can hold (at most {})",
            crate::data::Count::MAX
        ),
        Kind::Count | Kind::Year
            if digits
                && raw
                    .chars()
                    .all(|c| c.is_ascii_digit() || " ,.'_".contains(c)) =>
        {
            format!(
                "{}; write the digits only, without spaces or commas",
                field.must_be(&found)
            )
        }
        Kind::Count | Kind::Year => field.must_be(&found),
        Kind::Date => match not_a_date(raw) {
            Some(why) => format!("`{key}` = {raw} is not a date: {why}"),
            None => format!(
                "{}; a date is written year-month-day, with two digits for the month and the day",
                field.must_be(&found)
            ),
        },
        Kind::Text => format!("{}; put it in quotes: \"{raw}\"", field.must_be(&found)),
        Kind::Table(_) | Kind::List(_) => return None,
    })
}

/// Why `YYYY-MM-DD` is no day of the calendar, when it is not.
fn not_a_date(raw: &str) -> Option<String> {
    let parts: Vec<&str> = raw.split('-').collect();
    let [y, m, d] = parts[..] else {
        return None;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    if !(1..=12).contains(&m) {
        return Some(format!("there is no month {m}"));
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (d == 0 || d > days).then(|| format!("{} {y} has {days} days", MONTHS[m as usize - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(text: &str) -> (Vec<String>, Parsed) {
        let file = SourceFile::new("data/2024.toml", text);
        let mut errors = Vec::new();
        let parsed = parse(&file, &mut errors);
        (errors.iter().map(|e| e.to_string()).collect(), parsed)
    }

    #[test]
    fn a_bare_word_is_explained_by_its_key() {
        let (e, p) = errors_of("year = 2024\n[applications]\npaediatric = x\n");
        assert_eq!(
            e,
            ["data/2024.toml:3:14: `paediatric` must be a whole number (such as 17), not `x`"]
        );
        assert!(p.hidden.contains("applications.paediatric"));
        assert!(p.doc.is_some());
    }

    #[test]
    fn every_syntax_error_is_reported() {
        let text = "year = 2024\n[applications]\ncommercial = 1 234\ntotal 109\n\
                    rejected_as_of = 2025-02-30\n[therapy_areas]\ntop = [\n  { soc = neoplasms, count = 4 },\n]\n";
        let (e, p) = errors_of(text);
        assert_eq!(
            e,
            [
                "data/2024.toml:3:16: `commercial` must be a whole number (such as 76), not `1 234`; write the digits only, without spaces or commas",
                "data/2024.toml:4:7: `total` and its value need an `=` between them: write `total = 109`",
                "data/2024.toml:5:26: `rejected_as_of` = 2025-02-30 is not a date: February 2025 has 28 days",
                "data/2024.toml:8:11: `soc` must be text in quotes (such as \"neoplasms\"), not `neoplasms`; put it in quotes: \"neoplasms\"",
            ]
        );
        let hidden: Vec<&str> = p.hidden.iter().map(String::as_str).collect();
        assert_eq!(
            hidden,
            [
                "applications.commercial",
                "applications.rejected_as_of",
                "applications.total",
                "therapy_areas.top"
            ]
        );
    }

    #[test]
    fn a_value_in_an_inline_table_is_explained_by_its_key() {
        let (e, p) = errors_of(
            "year = 2024\n[context]\nexport_revenue = { year = twenty, nok_billion = 22 }\n",
        );
        assert_eq!(
            e,
            ["data/2024.toml:3:27: `year` must be a year (such as 2021), not `twenty`"]
        );
        assert!(p.hidden.contains("context.export_revenue"));
        let (e, _) = errors_of("year = 2024\n[applications]\npaediatrc = x\n");
        assert_eq!(
            e,
            [
                "data/2024.toml:3:13: `paediatrc = x`: `x` is not a value: write a number in digits \
              (such as 17), text in quotes (\"x\") or a date (such as 2026-01-31); besides, \
              [applications] has no key `paediatrc` (did you mean `paediatric`?): its keys are \
              `commercial`, `non_commercial`, `total`, `paediatric`, `rejected`, `rejected_as_of`, \
              `transition`"
            ]
        );
    }

    #[test]
    fn a_broken_list_is_one_error() {
        let list = "year = 2024\n[therapy_areas]\ntop = [\n  { soc = \"a\", count = 3 }\n  { soc = \"b\", count = 2 },\n  { soc = \"c\", count = 1 },\n]\n[phases]\nphase_1 = x\n";
        let (e, p) = errors_of(list);
        assert_eq!(
            e,
            [
                "data/2024.toml:5:3: a `,` is missing before this entry of the list `top`: entries are separated by commas",
                "data/2024.toml:9:11: `phase_1` must be a whole number (such as 12), not `x`",
            ]
        );
        assert!(p.hidden.contains("therapy_areas.top"));
        let unclosed = "year = 2024\n[therapy_areas]\ntop = [\n  { soc = \"a\", count = 3 },\n[phases]\nphase_1 = 1\n";
        let (e, _) = errors_of(unclosed);
        assert_eq!(
            e,
            [
                "data/2024.toml:5:2: the list `top` is not closed: its `]` is missing before this line"
            ]
        );
    }

    #[test]
    fn a_broken_header_hides_its_table() {
        let (e, p) = errors_of(
            "year = 2024\n[applications]\ntotal = 1\n[cancer\ncommercial = 1\ntotal = 1\n",
        );
        assert_eq!(
            e,
            ["data/2024.toml:4:8: the table header `[cancer` has no closing `]`: write [cancer]"]
        );
        assert!(p.hidden.contains("cancer"));
    }

    #[test]
    fn dates_that_do_not_exist() {
        assert_eq!(not_a_date("2024-02-29"), None);
        assert_eq!(
            not_a_date("2025-02-29").as_deref(),
            Some("February 2025 has 28 days")
        );
        assert_eq!(
            not_a_date("2025-13-01").as_deref(),
            Some("there is no month 13")
        );
    }

    #[test]
    fn offsets_survive_blanking() {
        let mut text = "a = 1\nbø = x\nc = 2\n".to_string();
        let len = text.len();
        blank(&mut text, 6..13);
        assert_eq!(text.len(), len);
        assert_eq!(&text[6..14], "       \n");
    }
}
