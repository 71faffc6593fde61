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
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::types::FluentNumberOptions;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;
use unic_langid::LanguageIdentifier;

use crate::data::Date;
use crate::diag::{Diagnostic, SourceFile};
use crate::text::ftl;

mod number;
mod sources;
mod tag;

use number::{decimal, format_number};
use sources::too_long;
pub use sources::{MAX_MESSAGE_BYTES, Parsed, Sources, read_sources};
use tag::language_tag;

/// The message that names a language's formatting locale.
pub const LANGUAGE_TAG: &str = "language-tag";

/// Fluent's pseudo-localisation ("Ƈŀiƞiƈaaŀ ŧřiaaŀş"), elongated by about
/// 30 %: text that comes from the locales is unmistakable on the page, and
/// so is any that does not.
pub fn pseudo(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

/// What formatting met, kept by the caller (one per report): the messages
/// asked for, the optional ones probed, and the problems. The catalogue's
/// test learns from it that [`crate::text::catalogue`] declares what the
/// program asks for.
#[derive(Debug, Default)]
pub struct Record {
    /// Every message id (`id` or `id.attr`) asked for.
    pub asked: BTreeSet<String>,
    /// Every message id tested with [`Locale::has`]: optional text, such as
    /// `editorial-<topic>-<year>`, that the program would use if it existed.
    pub probed: BTreeSet<String>,
    /// The problems, each once.
    pub errors: Vec<Diagnostic>,
    /// The variables the program passed to each message (by message id,
    /// without the attribute): what a translation may use.
    pub args: std::collections::BTreeMap<String, BTreeSet<String>>,
}

impl Record {
    /// Adds `other`'s ids and its problems not already here.
    pub fn merge(&mut self, other: Record) {
        self.asked.extend(other.asked);
        self.probed.extend(other.probed);
        for (id, names) in other.args {
            self.args.entry(id).or_default().extend(names);
        }
        for d in other.errors {
            if !self.errors.iter().any(|e| e.message == d.message) {
                self.errors.push(d);
            }
        }
    }
}

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
    /// The locale's files, for diagnostics.
    files: Vec<Arc<SourceFile>>,
    /// Where each message (and `-term`) is defined, for diagnostics.
    index: HashMap<String, (Arc<SourceFile>, ftl::Entry)>,
    /// The files' messages and terms, as parsed when the locale loaded.
    parsed: Vec<Parsed>,
    /// Every piece of text the messages can print ([`Locale::printed_text`]).
    printed: Vec<String>,
    /// The transform of [`Locale::set_transform`], for ICU4X's words.
    transform: Option<fn(&str) -> Cow<'_, str>>,
    /// The words of `WORDS($n)`.
    words: NumberWords,
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
impl From<u64> for Arg {
    /// A sum of counts (exact as a number up to 2^53, far beyond any count).
    fn from(v: u64) -> Self {
        Arg::Num(v as f64)
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

/// Message arguments as Fluent values: numbers stay numbers (for plural
/// selection and locale formatting), text stays text.
fn fluent_args<'a>(args: &'a [(&str, Arg)]) -> FluentArgs<'a> {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
        }
    }
    fargs
}

/// The message that writes small numbers as words in running text.
pub const NUMBER_WORDS: &str = "number-words";

/// The largest number `number-words` is asked for: beyond twelve no style
/// guide writes numbers as words.
const NUMBER_WORDS_UP_TO: u32 = 12;

/// Gives the bundle the function `WORDS($n)`: `$n` as the language's
/// message `number-words` writes it (`[4] fire`, `*[other] { $n }`), for
/// the placeables where a translator wants "fire av de multinasjonale
/// søknadene" rather than "4 av …". The words are formatted once here, so
/// they come from the `.ftl` like every other word; a number the message
/// does not spell (or a language without it) stays a number, formatted as
/// usual.
fn number_words(bundle: &mut FluentBundle<FluentResource>) -> NumberWords {
    let mut plain = Vec::new();
    if let Some(pattern) = bundle.get_message(NUMBER_WORDS).and_then(|m| m.value()) {
        for n in 0..=NUMBER_WORDS_UP_TO {
            let mut args = FluentArgs::new();
            args.set("n", FluentValue::from(n));
            let mut errs = Vec::new();
            let word = bundle.format_pattern(pattern, Some(&args), &mut errs);
            // A word, not the number again (the message's default).
            let numeral = n.to_string();
            plain.push((errs.is_empty() && word != numeral.as_str()).then(|| word.into_owned()));
        }
    }
    let shown = Arc::new(RwLock::new(plain.clone()));
    let words = Arc::clone(&shown);
    let added = bundle.add_function("WORDS", move |positional, _named| {
        let Some(value) = positional.first() else {
            return FluentValue::Error;
        };
        if let FluentValue::Number(number) = value {
            let n = number.value;
            if n.fract() == 0.0 && n >= 0.0 {
                let words = words.read().unwrap_or_else(|e| e.into_inner());
                if let Some(Some(word)) = words.get(n as usize) {
                    return FluentValue::from(word.clone());
                }
            }
        }
        value.clone()
    });
    debug_assert!(added.is_ok(), "WORDS is added once");
    NumberWords { plain, shown }
}

/// The words of `number-words`, as formatted and as shown (through the
/// transform of [`Locale::set_transform`], which Fluent does not apply to
/// a function's result).
struct NumberWords {
    plain: Vec<Option<String>>,
    shown: Arc<RwLock<Vec<Option<String>>>>,
}

impl Locale {
    /// Loads `dir/*.ftl` (sorted by name). Syntax errors and duplicate
    /// messages are returned as diagnostics with their positions.
    pub fn load(lang: &str, dir: &Path) -> Result<Self, Vec<Diagnostic>> {
        Self::from_sources(lang, read_sources(dir)?)
    }

    /// Builds a locale from already-read `.ftl` files.
    pub fn from_sources(lang: &str, files: Vec<Arc<SourceFile>>) -> Result<Self, Vec<Diagnostic>> {
        Self::from_parsed(lang, Sources::parse(files))
    }

    /// Builds a locale from `.ftl` files parsed already.
    pub fn from_parsed(lang: &str, sources: Sources) -> Result<Self, Vec<Diagnostic>> {
        let Sources {
            files,
            parsed,
            resources,
            printed,
        } = sources;
        let mut errors = Vec::new();
        let mut index = HashMap::new();
        for p in &parsed {
            for entry in &p.entries {
                index
                    .entry(entry.display_id())
                    .or_insert_with(|| (p.file.clone(), entry.clone()));
            }
            errors.extend(p.errors.iter().map(|e| ftl::syntax_error(&p.file, e)));
        }
        // Text the parser accepts but that would be printed wrongly (`&nbsp;`).
        let entries: Vec<(Arc<SourceFile>, Vec<ftl::Entry>)> = parsed
            .iter()
            .map(|p| (p.file.clone(), p.entries.clone()))
            .collect();
        errors.extend(ftl::lint(&entries));
        errors.extend(too_long(&parsed));
        if files.is_empty() {
            errors.push(Diagnostic::error(format!(
                "locale `{lang}` has no .ftl files"
            )));
        }

        // The formatting locale, from the `language-tag` message.
        let tag = match index.get(LANGUAGE_TAG) {
            Some((file, entry)) => match language_tag(lang, file, entry) {
                Ok(tag) => tag,
                Err(d) => {
                    errors.push(d);
                    LanguageIdentifier::default()
                }
            },
            None => {
                let mut d = Diagnostic::error(format!(
                    "locale `{lang}` needs a message `{LANGUAGE_TAG} = <BCP 47 tag>` (for example `{LANGUAGE_TAG} = {lang}`)"
                ));
                if let Some(dir) = files.first().and_then(|f| f.name.parent()) {
                    d = d.in_path(dir);
                }
                errors.push(d);
                lang.parse().unwrap_or_default()
            }
        };
        let mut bundle = FluentBundle::new_concurrent(vec![tag.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number));
        if let Err(e) = bundle.add_builtins() {
            errors.push(Diagnostic::error(format!("Fluent: {e}")));
        }
        for (p, res) in parsed.iter().zip(resources) {
            let (file, entries) = (&p.file, &p.entries);
            if let Err(errs) = bundle.add_resource(res) {
                for e in errs {
                    // A message defined twice points at the second definition
                    // and names the first.
                    let FluentError::Overriding { id, .. } = &e else {
                        errors.push(Diagnostic::error(format!("Fluent: {e}")).at(file, None));
                        continue;
                    };
                    let first = [id.clone(), format!("-{id}")]
                        .into_iter()
                        .find_map(|k| index.get(&k).map(|(f, x)| (k, f.clone(), x.span.clone())));
                    let first_here = first.as_ref().is_some_and(|(_, f, _)| f.name == file.name);
                    let span = entries
                        .iter()
                        .filter(|x| x.id == *id)
                        .nth(usize::from(first_here))
                        .map(|x| x.span.clone());
                    let message = match first {
                        Some((name, f, at)) => {
                            let (line, col) = f.line_col(at.start);
                            format!(
                                "`{name}` is defined twice: here and at {}:{line}:{col}",
                                f.name.display()
                            )
                        }
                        None => format!("Fluent: {e}"),
                    };
                    errors.push(Diagnostic::error(message).at(file, span));
                }
            }
        }

        let words = number_words(&mut bundle);

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
            files,
            index,
            parsed,
            printed,
            transform: None,
            words,
        })
    }

    /// Wraps every formatted string with `f` (pseudo-localisation).
    /// The words ICU4X adds (month names, the "and" of a list) go through it
    /// too: they are the language's words, from CLDR rather than the `.ftl`.
    pub fn set_transform(&mut self, f: Option<fn(&str) -> Cow<'_, str>>) {
        self.bundle.set_transform(f);
        self.transform = f;
        let shown = self
            .words
            .plain
            .iter()
            .map(|w| {
                w.as_deref()
                    .map(|w| f.map_or(w.to_string(), |f| f(w).into_owned()))
            })
            .collect();
        *self.words.shown.write().unwrap_or_else(|e| e.into_inner()) = shown;
    }

    /// Whether the language defines message `id`.
    pub fn defines(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Whether the language has a message (used for year-keyed editorial
    /// text); the id is noted in `rec` as probed.
    pub fn has(&self, id: &str, rec: &mut Record) -> bool {
        rec.probed.insert(id.to_string());
        self.bundle.has_message(id)
    }

    /// The first message whose text has `c`: its id, file and where `c` is.
    pub fn message_with(
        &self,
        c: char,
    ) -> Option<(String, Arc<SourceFile>, std::ops::Range<usize>)> {
        for file in &self.files {
            let Some(at) = file.text.find(c) else {
                continue;
            };
            // The entry defined last before `at` in this file holds it.
            let (id, _) = self
                .index
                .iter()
                .filter(|(_, (f, e))| f.name == file.name && e.span.start <= at)
                .max_by_key(|(_, (_, e))| e.span.start)?;
            return Some((id.clone(), file.clone(), at..at + c.len_utf8()));
        }
        None
    }

    /// Every piece of text the locale's messages can print, in every
    /// variant ([`ftl::printed_text`]): for the fonts to be checked against.
    pub fn printed_text(&self) -> &[String] {
        &self.printed
    }

    /// The files' messages and terms, as parsed when the locale loaded.
    pub fn parsed(&self) -> &[Parsed] {
        &self.parsed
    }

    /// The locale's `.ftl` files, as read.
    pub fn sources(&self) -> &[Arc<SourceFile>] {
        &self.files
    }

    /// Formats message `id` (or `id.attr`) with `args`, or says what is
    /// wrong with it (a missing message, a variable it lacks, …).
    pub fn msg(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, Vec<Diagnostic>> {
        let mut rec = Record::default();
        let out = self.msg_into(id, args, &mut rec);
        if rec.errors.is_empty() {
            Ok(out)
        } else {
            Err(rec.errors)
        }
    }

    /// Formats message `id` (or `id.attr`) with `args`, noting in `rec` that
    /// it was asked for and any problem (then yielding what could be
    /// formatted, or nothing): one record per report, so a locale shared by
    /// reports built at the same time keeps no state of its own.
    pub fn msg_into(&self, id: &str, args: &[(&str, Arg)], rec: &mut Record) -> String {
        rec.asked.insert(id.to_string());
        let (id_part, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        rec.args
            .entry(id_part.to_string())
            .or_default()
            .extend(args.iter().map(|(k, _)| k.to_string()));
        let errors = &mut rec.errors;
        let Some(message) = self.bundle.get_message(id_part) else {
            errors.push(self.problem(format!("message `{id_part}` is missing")));
            return String::new();
        };
        let pattern = match attr {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            let what = match attr {
                Some(a) => format!("message `{id_part}` has no attribute `.{a}`"),
                None => format!("message `{id}` has no value"),
            };
            errors.push(self.located(id_part, None, what));
            return String::new();
        };
        let fargs = fluent_args(args);
        let mut errs = Vec::new();
        let out = self.bundle.format_pattern(pattern, Some(&fargs), &mut errs);
        for e in errs {
            // An unknown variable points at its use; anything else at the id.
            let variable = match &e {
                FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                    id,
                })) => Some(id.as_str()),
                _ => None,
            };
            errors.push(self.located(id_part, variable, format!("message `{id}`: {e}")));
        }
        out.into_owned()
    }

    /// A problem with message `id`, pointing at its definition (at the use
    /// of `$variable` in it, when given).
    fn located(&self, id: &str, variable: Option<&str>, message: String) -> Diagnostic {
        let Some((file, entry)) = self.index.get(id) else {
            return self.problem(message);
        };
        let span = variable
            .and_then(|v| entry.variables.iter().find(|u| u.name == v))
            .map_or(entry.span.clone(), |u| u.span.clone());
        Diagnostic::error(format!("locale `{}`: {message}", self.lang)).at(file, Some(span))
    }

    /// A problem with this locale, pointing at its folder.
    fn problem(&self, message: String) -> Diagnostic {
        let mut d = Diagnostic::error(format!("locale `{}`: {message}", self.lang));
        if let Some(dir) = self.files.first().and_then(|f| f.name.parent()) {
            d = d.in_path(dir);
        }
        d
    }

    /// The ids of the messages defined in this language's files.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .files
            .iter()
            .flat_map(|f| f.text.lines())
            .filter_map(|line| {
                let (id, _) = line.split_once('=')?;
                let id = id.trim_end();
                let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                (ok && self.bundle.has_message(id)).then(|| id.to_string())
            })
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// A number in this locale's format ("1 234" / "1,234").
    pub fn number(&self, value: f64) -> String {
        self.numbers
            .format(&decimal(value, &FluentNumberOptions::default()))
            .to_string()
    }

    /// Items joined as this language writes a list ("2022 og 2023", "A, B and C").
    pub fn list(&self, items: impl Iterator<Item = String> + Clone) -> String {
        let joined = self.lists.format(items.clone()).to_string();
        let Some(transform) = self.transform else {
            return joined;
        };
        // Transform the words between the items, not the items (already done).
        let mut out = String::new();
        let mut rest = joined.as_str();
        for item in items {
            let Some(at) = rest.find(item.as_str()) else {
                continue;
            };
            out.push_str(&transform(&rest[..at]));
            out.push_str(&item);
            rest = &rest[at + item.len()..];
        }
        out.push_str(&transform(rest));
        out
    }

    /// A date in this locale's long format ("31. januar 2025" / "31 January
    /// 2025"); an impossible date is noted in `rec`.
    pub fn date_into(&self, date: Date, rec: &mut Record) -> String {
        let errors = &mut rec.errors;
        match icu_datetime::input::Date::try_new_iso(date.year, date.month, date.day) {
            Ok(d) => {
                let text = self.dates.format(&d).to_string();
                match self.transform {
                    Some(transform) => transform(&text).into_owned(),
                    None => text,
                }
            }
            Err(e) => {
                errors.push(self.problem(format!("invalid date {date:?}: {e}")));
                String::new()
            }
        }
    }
}

#[cfg(test)]
mod tests;
