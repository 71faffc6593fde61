//! One language: its Fluent bundle and its ICU4X formatters.
//!
//! A language is a folder `locales/<lang>/` of `.ftl` files. Its message
//! `language-tag` names the BCP 47 locale used for numbers, dates and plural
//! rules (`en` writes dates as `en-GB` does). Numbers reach Fluent as
//! numbers, so plural selectors work, and are printed by ICU4X through the
//! bundle's formatter hook: nb "1 234", en "1,234". Fluent's Unicode
//! isolation marks are off: they would end up in the PDF's text layer.
//!
//! Every failure to produce a message (missing message, unknown variable,
//! syntax error) is recorded as a diagnostic: a report must never show a
//! message id in place of a sentence.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumberOptions;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale as IcuLocale;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use crate::data::Date;
use crate::diag::{Diagnostic, SourceFile};

/// The message that names a language's formatting locale.
pub const LANGUAGE_TAG: &str = "language-tag";

/// One language, ready to format messages.
pub struct Locale {
    /// The folder name: `nb`, `en`, …
    pub lang: String,
    /// The formatting locale from `language-tag`.
    pub tag: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    numbers: DecimalFormatter,
    dates: icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YMD>,
    lists: icu_list::ListFormatter,
    /// Problems met by [`Locale::msg`] and [`Locale::date`]; drained by
    /// [`Locale::take_errors`]. Reports built in parallel use
    /// [`Locale::msg_into`] with a list of their own instead.
    errors: Mutex<Vec<Diagnostic>>,
    /// Where each message is defined, for diagnostics.
    files: Vec<Arc<SourceFile>>,
}

/// A value for a message variable.
pub enum Arg {
    /// A count or other number: formatted per locale, selects plurals.
    Num(f64),
    /// Text passed through as is (a year, a formatted date, a selector key).
    Str(String),
}

impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Num(f64::from(v))
    }
}
impl From<i32> for Arg {
    /// Years and other labels: never grouped, passed as text.
    fn from(v: i32) -> Self {
        Arg::Str(v.to_string())
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Str(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Str(v)
    }
}
impl From<bool> for Arg {
    /// Booleans select `[yes]` / `[no]` variants.
    fn from(v: bool) -> Self {
        Arg::Str(if v { "yes" } else { "no" }.into())
    }
}

/// ICU4X decimal formatting memoized in the bundle, for Fluent's formatter hook.
struct NumberFormat {
    grouped: DecimalFormatter,
    plain: DecimalFormatter,
}

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        let locale: IcuLocale = lang.to_string().parse().map_err(|e| format!("{e:?}"))?;
        let make = |g| {
            DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::from(g))
                .map_err(|e| e.to_string())
        };
        Ok(Self {
            grouped: make(GroupingStrategy::Auto)?,
            plain: make(GroupingStrategy::Never)?,
        })
    }
}

/// A Fluent number as an ICU decimal, with the fraction digits asked for.
fn decimal(value: f64, options: &FluentNumberOptions) -> Decimal {
    let digits = options
        .maximum_fraction_digits
        .or(options.minimum_fraction_digits)
        .unwrap_or(if value.fract() == 0.0 { 0 } else { 1 });
    let mut d: Decimal = format!("{value:.digits$}").parse().unwrap_or_default();
    if let Some(min) = options.minimum_fraction_digits {
        d.absolute.pad_end(-(min as i16));
    }
    d
}

fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    memoizer
        .with_try_get::<NumberFormat, _, _>((), |f| {
            let fmt = if n.options.use_grouping {
                &f.grouped
            } else {
                &f.plain
            };
            fmt.format(&decimal(n.value, &n.options)).to_string()
        })
        .ok()
}

impl Locale {
    /// Loads `dir/*.ftl` (sorted by name). Syntax errors and duplicate
    /// messages are returned as diagnostics with their positions.
    pub fn load(lang: &str, dir: &Path) -> Result<Self, Vec<Diagnostic>> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| {
                vec![Diagnostic::error(format!("cannot read the locale folder: {e}")).in_path(dir)]
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        let mut sources = Vec::new();
        for path in paths {
            let bytes = std::fs::read(&path).map_err(|e| {
                vec![Diagnostic::error(format!("cannot read file: {e}")).in_path(&path)]
            })?;
            let text = crate::data::decode(&path, bytes).map_err(|d| vec![d])?;
            sources.push(SourceFile::new(&path, text));
        }
        Self::from_sources(lang, sources)
    }

    /// Builds a locale from already-read `.ftl` files.
    pub fn from_sources(lang: &str, files: Vec<Arc<SourceFile>>) -> Result<Self, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let mut resources = Vec::new();
        for file in &files {
            match FluentResource::try_new(file.text.clone()) {
                Ok(res) => resources.push((file.clone(), res)),
                Err((res, errs)) => {
                    for e in errs {
                        errors.push(
                            Diagnostic::error(format!("Fluent syntax error: {}", e.kind))
                                .at(file, Some(e.pos.clone())),
                        );
                    }
                    resources.push((file.clone(), res));
                }
            }
        }
        if files.is_empty() {
            errors.push(Diagnostic::error(format!(
                "locale `{lang}` has no .ftl files"
            )));
        }

        // The formatting locale, from the `language-tag` message.
        let tag_text = resources.iter().find_map(|(_, res)| {
            res.entries().find_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) if m.id.name == LANGUAGE_TAG => {
                    m.value.as_ref().and_then(|p| match p.elements.as_slice() {
                        [fluent_syntax::ast::PatternElement::TextElement { value }] => {
                            Some(value.trim().to_string())
                        }
                        _ => None,
                    })
                }
                _ => None,
            })
        });
        let tag: LanguageIdentifier = match tag_text.as_deref().map(str::parse) {
            Some(Ok(tag)) => tag,
            Some(Err(_)) | None => {
                let fallback: Option<LanguageIdentifier> = lang.parse().ok();
                errors.push(Diagnostic::error(format!(
                    "locale `{lang}` needs a message `{LANGUAGE_TAG} = <BCP 47 tag>` (for example `{LANGUAGE_TAG} = {lang}`)"
                )));
                fallback.unwrap_or_default()
            }
        };

        let mut bundle = FluentBundle::new_concurrent(vec![tag.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number));
        if let Err(e) = bundle.add_builtins() {
            errors.push(Diagnostic::error(format!("Fluent: {e}")));
        }
        for (file, res) in resources {
            if let Err(errs) = bundle.add_resource(res) {
                for e in errs {
                    errors.push(Diagnostic::error(format!("Fluent: {e}")).at(&file, None));
                }
            }
        }

        let icu: IcuLocale = tag.to_string().parse().unwrap_or(IcuLocale::UNKNOWN);
        let numbers = DecimalFormatter::try_new((&icu).into(), Default::default());
        let dates = icu_datetime::DateTimeFormatter::try_new(
            (&icu).into(),
            icu_datetime::fieldsets::YMD::long(),
        );
        let lists = icu_list::ListFormatter::try_new_and((&icu).into(), Default::default());
        let (numbers, dates, lists) = match (numbers, dates, lists) {
            (Ok(n), Ok(d), Ok(l)) => (n, d, l),
            (n, d, l) => {
                errors.push(Diagnostic::error(format!(
                    "no number, date or list formats for `{tag}`: {:?} {:?} {:?}",
                    n.err(),
                    d.err(),
                    l.err()
                )));
                return Err(errors);
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            lang: lang.to_string(),
            tag,
            bundle,
            numbers,
            dates,
            lists,
            errors: Mutex::new(Vec::new()),
            files,
        })
    }

    /// Wraps every formatted string with `f` (pseudo-localisation).
    pub fn set_transform(&mut self, f: Option<fn(&str) -> Cow<'_, str>>) {
        self.bundle.set_transform(f);
    }

    /// Whether the language has a message (used for year-keyed editorial text).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats message `id` (or `id.attr`) with `args`. A missing message or
    /// a resolver error is recorded in the locale's own list (see
    /// [`Locale::take_errors`]) and yields the empty string.
    pub fn msg(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut errors = Vec::new();
        let out = self.msg_into(id, args, &mut errors);
        self.record(errors);
        out
    }

    /// As [`Locale::msg`], but problems go to `errors`: one list per report,
    /// so a locale shared by reports built at the same time keeps each
    /// report's problems apart.
    pub fn msg_into(&self, id: &str, args: &[(&str, Arg)], errors: &mut Vec<Diagnostic>) -> String {
        let (id_part, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(message) = self.bundle.get_message(id_part) else {
            errors.push(self.problem(format!("message `{id_part}` is missing")));
            return String::new();
        };
        let pattern = match attr {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            errors.push(self.problem(format!("message `{id}` has no value")));
            return String::new();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.clone())),
            }
        }
        let mut errs = Vec::new();
        let out = self.bundle.format_pattern(pattern, Some(&fargs), &mut errs);
        for e in errs {
            errors.push(self.problem(format!("message `{id}`: {e}")));
        }
        out.into_owned()
    }

    /// A problem with this locale, pointing at its folder.
    fn problem(&self, message: String) -> Diagnostic {
        let mut d = Diagnostic::error(format!("locale `{}`: {message}", self.lang));
        if let Some(dir) = self.files.first().and_then(|f| f.name.parent()) {
            d = d.in_path(dir);
        }
        d
    }

    /// Adds `problems` to the locale's own list.
    pub(crate) fn record(&self, problems: Vec<Diagnostic>) {
        if problems.is_empty() {
            return;
        }
        if let Ok(mut errors) = self.errors.lock() {
            errors.extend(problems);
        }
    }

    /// The problems recorded since the last call.
    pub fn take_errors(&self) -> Vec<Diagnostic> {
        self.errors
            .lock()
            .map(|mut e| std::mem::take(&mut *e))
            .unwrap_or_default()
    }

    /// A number in this locale's format ("1 234" / "1,234").
    pub fn number(&self, value: f64) -> String {
        self.numbers
            .format(&decimal(value, &FluentNumberOptions::default()))
            .to_string()
    }

    /// Items joined as this language writes a list ("2022 og 2023", "A, B and C").
    pub fn list(&self, items: impl Iterator<Item = String> + Clone) -> String {
        self.lists.format(items).to_string()
    }

    /// A date in this locale's long format ("31. januar 2025" / "31 January 2025").
    pub fn date(&self, date: Date) -> String {
        let mut errors = Vec::new();
        let out = self.date_into(date, &mut errors);
        self.record(errors);
        out
    }

    /// As [`Locale::date`], with problems going to `errors`.
    pub fn date_into(&self, date: Date, errors: &mut Vec<Diagnostic>) -> String {
        match icu_datetime::input::Date::try_new_iso(date.year, date.month, date.day) {
            Ok(d) => self.dates.format(&d).to_string(),
            Err(e) => {
                errors.push(self.problem(format!("invalid date {date:?}: {e}")));
                String::new()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str, ftl: &str) -> Locale {
        let text = format!("{LANGUAGE_TAG} = {tag}\n{ftl}");
        Locale::from_sources("xx", vec![SourceFile::new("locales/xx/a.ftl", text)])
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn numbers_are_grouped_per_locale() {
        let nb = locale("nb", "n = { $n } søknader\n");
        assert_eq!(nb.msg("n", &[("n", 1234u32.into())]), "1\u{a0}234 søknader");
        assert_eq!(nb.number(1_234_567.0), "1\u{a0}234\u{a0}567");
        let en = locale("en-GB", "n = { $n } applications\n");
        assert_eq!(en.msg("n", &[("n", 1234u32.into())]), "1,234 applications");
    }

    #[test]
    fn dates_in_long_form() {
        let d = Date {
            year: 2025,
            month: 1,
            day: 31,
        };
        assert_eq!(locale("nb", "").date(d), "31. januar 2025");
        assert_eq!(locale("en-GB", "").date(d), "31 January 2025");
        assert_eq!(locale("nn", "").date(d), "31. januar 2025");
    }

    #[test]
    fn lists_are_joined_per_locale() {
        let items = || ["2022".to_string(), "2023".to_string()].into_iter();
        assert_eq!(locale("nb", "").list(items()), "2022 og 2023");
        assert_eq!(locale("en-GB", "").list(items()), "2022 and 2023");
    }

    #[test]
    fn plurals_select_on_numbers() {
        let en = locale(
            "en-GB",
            "n = { $n ->\n    [one] one trial\n   *[other] { $n } trials\n}\n",
        );
        assert_eq!(en.msg("n", &[("n", 1u32.into())]), "one trial");
        assert_eq!(en.msg("n", &[("n", 1200u32.into())]), "1,200 trials");
    }

    #[test]
    fn missing_message_and_variable_are_errors() {
        let en = locale("en-GB", "n = { $count } trials\n");
        assert_eq!(en.msg("nope", &[]), "");
        en.msg("n", &[("cuont", 1u32.into())]);
        let errors: Vec<String> = en.take_errors().iter().map(|d| d.message.clone()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].contains("`nope` is missing"));
        assert!(errors[1].contains("count"), "{errors:?}");
    }

    #[test]
    fn errors_can_go_to_a_list_of_their_own() {
        let en = locale("en-GB", "n = { $count } trials\n");
        let (mut a, mut b) = (Vec::new(), Vec::new());
        en.msg_into("nope", &[], &mut a);
        en.msg_into("n", &[("count", 2u32.into())], &mut b);
        assert_eq!(a.len(), 1);
        assert!(a[0].message.contains("`nope` is missing"), "{a:?}");
        assert!(b.is_empty(), "{b:?}");
        assert!(
            en.take_errors().is_empty(),
            "the locale's own list is untouched"
        );
    }

    #[test]
    fn syntax_errors_point_at_the_line() {
        let text = "language-tag = nb\nok = fine\nbroken = { $x ]\nnext = ok\n";
        let err = Locale::from_sources("nb", vec![SourceFile::new("locales/nb/a.ftl", text)])
            .err()
            .unwrap();
        assert!(
            err[0].to_string().starts_with("locales/nb/a.ftl:3:"),
            "{}",
            err[0]
        );
    }

    #[test]
    fn no_isolation_marks() {
        let nb = locale("nb", "n = I { $year } mottok vi\n");
        assert_eq!(nb.msg("n", &[("year", 2024i32.into())]), "I 2024 mottok vi");
    }
}
