//! Stage 1, data: load and validate `data/<year>.toml`.
//!
//! One file per year holds every number the report prints for that year
//! (`data/README.md` documents the schema). Files are read as UTF-8, a BOM
//! and CRLF line endings are accepted, and unknown keys are errors, so a typo
//! never becomes a silent zero. After parsing, every rule of the report is
//! checked: parts sum to their totals, file name and `year` agree, years are
//! unique. Each failure is a [`Diagnostic`] that points at the line in the
//! file, and all failures of all files are reported together, before anything
//! is written.
//!
//! A section the directorate did not supply for a year is simply absent
//! (`None`): this stage never fills in a number.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Diagnostics, SourceFile};

/// A count of applications, meetings, … : whole and non-negative by type.
pub type Count = u32;

/// A calendar date as written in TOML (`2025-01-31`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let dt = toml::value::Datetime::deserialize(d)?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => Ok(Date {
                year: i32::from(date.year),
                month: date.month,
                day: date.day,
            }),
            _ => Err(D::Error::custom(format!(
                "expected a date like 2025-01-31, found `{dt}`"
            ))),
        }
    }
}

/// Everything known about one year: the contents of `data/<year>.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct YearData {
    pub year: i32,
    /// The report's publication date, when it is set.
    pub published: Option<Date>,
    pub applications: Applications,
    pub cancer: Option<Split>,
    pub ctis: Option<Ctis>,
    pub therapy_areas: Option<TherapyAreas>,
    pub phases: Option<Phases>,
    pub modifications: Option<Modifications>,
    pub safety: Option<Safety>,
    pub guidance: Option<Guidance>,
    pub context: Option<Context>,
}

/// Applications for clinical trials received in the year (Table 1).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Applications {
    pub commercial: Count,
    pub non_commercial: Count,
    pub total: Count,
    /// Trials that involve children and/or adolescents.
    pub paediatric: Option<Count>,
    /// Applications received in the year that were rejected…
    pub rejected: Option<Count>,
    /// …counted as of this date.
    pub rejected_as_of: Option<Date>,
    /// Transition applications (CTD → CTR) submitted and processed.
    pub transition: Option<Count>,
}

/// A count split by sponsor type (Table 4, cancer trials).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Split {
    pub commercial: Count,
    pub non_commercial: Count,
    pub total: Count,
}

/// Applications submitted in CTIS, by Norway's role (Table 2).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ctis {
    /// Multinational, Norway reporting member state.
    pub rms: Count,
    /// Multinational, Norway member state concerned or additional member state.
    pub msc_ams: Count,
    /// Multinational in all (= rms + msc_ams), when stated.
    pub multinational: Option<Count>,
    pub mononational: Count,
    /// Mononational applications with non-commercial sponsors.
    pub mononational_non_commercial: Option<Count>,
    /// All CTIS applications (= multinational + mononational), when stated.
    pub total: Option<Count>,
}

impl Ctis {
    /// rms + msc_ams. Checked data never overflow (the CTIS total is at
    /// most all applications); unchecked data saturate rather than panic.
    pub fn multinational(&self) -> Count {
        self.rms.saturating_add(self.msc_ams)
    }
    /// multinational + mononational, saturating like [`Ctis::multinational`].
    pub fn total(&self) -> Count {
        self.multinational().saturating_add(self.mononational)
    }
}

/// Therapy areas by MedDRA system organ class (Table 3).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TherapyAreas {
    /// The leading area, where only that is known.
    pub leader: Option<String>,
    /// The most common areas, most applications first.
    #[serde(default)]
    pub top: Vec<AreaCount>,
}

impl TherapyAreas {
    /// The leading area: the first of `top`, else `leader`.
    pub fn leading(&self) -> Option<&str> {
        self.top
            .first()
            .map(|a| a.soc.as_str())
            .or(self.leader.as_deref())
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AreaCount {
    /// A system organ class key; its name is in the locales (`soc-<key>`).
    pub soc: String,
    pub count: Count,
}

/// Applications by trial phase (Figure 3); a trial spanning two phases counts in the lower.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Phases {
    pub phase_1: Count,
    pub phase_2: Count,
    pub phase_3: Count,
    pub phase_4: Count,
}

/// Substantial modifications processed (Table 5, Figure 5).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Modifications {
    /// In CTIS, multinational trials where Norway is RMS.
    pub ctis_rms: Option<Count>,
    /// In CTIS, mononational trials.
    pub ctis_mononational: Option<Count>,
    /// In CTIS, multinational trials where Norway is MSC.
    pub ctis_msc: Option<Count>,
    /// In CTIS in all.
    pub ctis_total: Count,
    /// Under the old rules (Directive 2001/20/EC).
    pub ctd: Count,
    pub total: Count,
}

/// Safety reporting (Figures 6a and 6b).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// Annual safety reports submitted through CTIS.
    pub annual_reports: Count,
    /// Notifications in CTIS that required assessment.
    pub notifications: Count,
    /// Active substances Norway assesses that are used only in Norway.
    pub substances_national: Count,
    /// Active substances for which Norway is safety assessing member state.
    pub substances_multinational: Count,
}

/// National guidance and scientific advice (section 8).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    pub total: Count,
    pub meetings: Option<Count>,
    pub written: Option<Count>,
    pub human: Option<Count>,
    pub veterinary: Option<Count>,
    pub devices: Option<Count>,
    pub industry: Option<Count>,
    pub academia: Option<Count>,
}

/// Facts for the context passage (NorTrials and the export strategy).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    pub action_plan_focus_areas: Count,
    pub nortrials_centres: Count,
    pub export_strategy_measures: Count,
    pub nortrials_measure: Count,
    pub export_revenue: Amount,
    pub export_target: Amount,
}

/// An amount in billions of kroner in a given year.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    pub year: i32,
    pub nok_billion: Count,
}

/// All years, checked.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub years: BTreeMap<i32, YearData>,
    /// The file each year was read from, when it was read from one: for
    /// pointing later stages' diagnostics at the data.
    pub sources: BTreeMap<i32, Arc<SourceFile>>,
}

impl Dataset {
    /// An error at the value of `key` (such as `therapy_areas.top.3.soc`) in
    /// the file of `year`; without a location when the year has no file.
    pub fn error_at(&self, year: i32, key: &str, message: impl Into<String>) -> Diagnostic {
        let d = Diagnostic::error(message);
        match self.sources.get(&year) {
            Some(file) => d.at(file, Locator::new(&file.text).span(key)),
            None => d,
        }
    }

    pub fn get(&self, year: i32) -> Option<&YearData> {
        self.years.get(&year)
    }

    pub fn latest(&self) -> Option<i32> {
        self.years.keys().next_back().copied()
    }

    /// The value of `f` for every year up to and including `year`, in order.
    pub fn series<T>(&self, year: i32, f: impl Fn(&YearData) -> Option<T>) -> Vec<(i32, T)> {
        self.years
            .range(..=year)
            .filter_map(|(y, d)| f(d).map(|v| (*y, v)))
            .collect()
    }
}

/// The years a data file may hold. Outside this range a year is a typo
/// (`20244`), and loops over the years since the CTR would run for ever.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

/// Loads every `<year>.toml` in `dir`, checks each and all together.
///
/// Paths in diagnostics are shown as `display_dir/<file>`.
pub fn load_dir(dir: &Path) -> Result<Dataset, Diagnostics> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Diagnostic::error(format!("cannot read the data folder: {e}")).in_path(dir))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(Diagnostic::error("no <year>.toml files in the data folder")
            .in_path(dir)
            .into());
    }
    let mut errors = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        match std::fs::read(&path) {
            Ok(bytes) => match decode(&path, bytes) {
                Ok(text) => files.push(SourceFile::new(&path, text)),
                Err(e) => errors.push(e),
            },
            Err(e) => {
                errors.push(Diagnostic::error(format!("cannot read file: {e}")).in_path(&path))
            }
        }
    }
    match load_sources(&files) {
        Ok(data) if errors.is_empty() => Ok(data),
        Ok(_) => Err(Diagnostics(errors)),
        Err(mut e) => {
            errors.append(&mut e.0);
            Err(Diagnostics(errors))
        }
    }
}

/// Checks year files already read (the files of a data folder) and puts
/// them together. All problems of all files are returned together.
///
/// Each year has one file, named after it: a file that says another year
/// than its name is an error, and when that year has its own file too, the
/// error says that the year is given twice and where.
pub fn load_sources(files: &[Arc<SourceFile>]) -> Result<Dataset, Diagnostics> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for file in files {
        match parse_unnamed(file) {
            Ok(data) => parsed.push((file, data)),
            Err(mut e) => errors.append(&mut e.0),
        }
    }
    // The files that are named after the year they hold.
    let named: BTreeMap<i32, &Arc<SourceFile>> = parsed
        .iter()
        .filter(|(f, d)| name_year(f) == Some(d.year))
        .map(|(f, d)| (d.year, *f))
        .collect();
    let mut dataset = Dataset::default();
    for (file, data) in parsed {
        if name_year(file) != Some(data.year) {
            let loc = Locator::new(&file.text);
            let shown = file_name(file);
            let message = match named.get(&data.year) {
                Some(other) => format!(
                    "year {} is given twice: {} says year = {}, and {} holds {} already; \
                     keep one file per year, named after its year (set the right year here, or remove this file)",
                    data.year,
                    file.name.display(),
                    data.year,
                    other.name.display(),
                    data.year,
                ),
                None => format!(
                    "the file is named {shown} but says year = {}; name each file after its year ({}.toml)",
                    data.year, data.year
                ),
            };
            errors.push(Diagnostic::error(message).at(file, loc.span("year")));
            continue;
        }
        if dataset.years.contains_key(&data.year) {
            // Two files of the same name (from different folders).
            errors.push(
                Diagnostic::error(format!("year {} is given twice", data.year))
                    .at(file, Locator::new(&file.text).span("year")),
            );
            continue;
        }
        dataset.sources.insert(data.year, file.clone());
        dataset.years.insert(data.year, data);
    }
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(Diagnostics(errors))
    }
}

/// The file's name without its folder (`2024.toml`).
fn file_name(file: &SourceFile) -> String {
    file.name.file_name().map_or_else(
        || file.name.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The year a file's name says (`2024.toml` → 2024).
fn name_year(file: &SourceFile) -> Option<i32> {
    let stem = file.name.file_stem()?.to_str()?;
    if stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()) {
        stem.parse().ok()
    } else {
        None
    }
}

/// Reads and checks one year file.
pub fn load_file(path: &Path) -> Result<YearData, Diagnostics> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(format!("cannot read file: {e}")).in_path(path))?;
    let text = decode(path, bytes)?;
    let file = SourceFile::new(path, text);
    parse(&file)
}

/// Turns file bytes into text: UTF-8 required, a BOM dropped. A file that
/// is not UTF-8 is reported at the line and column of its first bad byte.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let shown = SourceFile::new(path, String::from_utf8_lossy(&bytes).into_owned());
            // In the lossy text the bad byte is the replacement character at `offset`.
            let end = shown.text[offset..]
                .chars()
                .next()
                .map_or(offset, |c| offset + c.len_utf8());
            return Err(Diagnostic::error(format!(
                "the file is not UTF-8 (byte 0x{:02X} at offset {offset} is not valid UTF-8); save it as UTF-8",
                bytes[offset]
            ))
            .at(&shown, Some(offset..end)));
        }
    };
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok(text)
}

/// Parses and checks a year file's text.
pub fn parse(file: &Arc<SourceFile>) -> Result<YearData, Diagnostics> {
    let data = parse_unnamed(file)?;
    if name_year(file) != Some(data.year) {
        let shown = file_name(file);
        return Err(Diagnostic::error(format!(
            "the file is named {shown} but says year = {}; name each file after its year ({}.toml)",
            data.year, data.year
        ))
        .at(file, Locator::new(&file.text).span("year"))
        .into());
    }
    Ok(data)
}

/// Parses and checks a year file's text, all but its name.
fn parse_unnamed(file: &Arc<SourceFile>) -> Result<YearData, Diagnostics> {
    let data: YearData = toml::from_str(&file.text).map_err(|e| {
        let message = explain_toml_error(e.message().trim_end());
        Diagnostic::error(message).at(file, e.span())
    })?;
    let errors = validate(file, &data);
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(Diagnostics(errors))
    }
}

/// Serde's words for what it expected, in the words of the data's schema;
/// and for an unknown key, the known key it most likely meant.
pub(crate) fn explain_toml_error(message: &str) -> String {
    // Multi-line messages ("invalid string\nexpected `\"`") on one line.
    let message = message.lines().collect::<Vec<_>>().join("; ");
    let message = message.as_str();
    if let Some(rest) = message.strip_prefix("missing field `")
        && let Some((key, _)) = rest.split_once('`')
    {
        return format!("`{key}` is missing: it is required here (see data/README.md)");
    }
    let mut out = message
        .replace(
            "expected u32",
            "expected a count: a whole number, 0 or more (and at most 4294967295)",
        )
        .replace(
            "expected i32",
            "expected a year: a whole number such as 2024",
        );
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((unknown, expected)) = rest.split_once('`')
    {
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        if let Some(best) = closest(unknown, known.into_iter()) {
            let list = expected.trim_start_matches(", ").trim();
            out = format!("unknown field `{unknown}` (did you mean `{best}`?); {list}");
        }
    }
    out
}

/// The candidate a mistyped `word` most likely meant, if any is close.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|k| (edit_distance(word, k), k))
        .filter(|(d, k)| *d > 0 && *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Finds the text range of a key path such as `applications.total` or
/// `therapy_areas.top.3.count`, for pointing diagnostics at the line.
struct Locator {
    doc: Option<toml_edit::ImDocument<String>>,
}

impl Locator {
    fn new(text: &str) -> Self {
        Self {
            doc: toml_edit::ImDocument::parse(text.to_string()).ok(),
        }
    }

    fn span(&self, path: &str) -> Option<std::ops::Range<usize>> {
        let doc = self.doc.as_ref()?;
        let mut item = doc.as_item();
        let mut last = None;
        for seg in path.split('.') {
            let next = match seg.parse::<usize>() {
                Ok(i) => item.get(i),
                Err(_) => item.get(seg),
            };
            match next {
                Some(next) => {
                    item = next;
                    last = item.span().or(last);
                }
                None => break,
            }
        }
        last.or(Some(0..0))
    }
}

/// The byte range of the value at a key path (`rules.ctr.from`) in a TOML
/// text, or of the nearest key on the way there.
pub(crate) fn span_of(text: &str, path: &str) -> Option<std::ops::Range<usize>> {
    Locator::new(text).span(path)
}

/// A named part of a total that may be absent.
type Part<'a> = (&'a str, Option<Count>);

/// Collects the rule violations of one file.
struct Checker<'a> {
    file: &'a Arc<SourceFile>,
    loc: Locator,
    errors: Vec<Diagnostic>,
}

/// The sum of some counts, without overflow.
fn total_of(parts: &[(&str, Count)]) -> u64 {
    parts.iter().map(|(_, v)| u64::from(*v)).sum()
}

/// `a (1) + b (2)`, for messages.
fn terms(parts: &[(&str, Count)]) -> String {
    parts
        .iter()
        .map(|(n, v)| format!("{n} ({v})"))
        .collect::<Vec<_>>()
        .join(" + ")
}

impl Checker<'_> {
    /// Records an error at the value of `path`.
    fn fail(&mut self, path: &str, message: String) {
        self.errors
            .push(Diagnostic::error(message).at(self.file, self.loc.span(path)));
    }

    /// Checks that `parts` sum to `total`; true when they do.
    fn sum(&mut self, path: &str, parts: &[(&str, Count)], total_name: &str, total: Count) -> bool {
        let s = total_of(parts);
        if s == u64::from(total) {
            return true;
        }
        self.fail(
            path,
            format!("{} = {s}, but {total_name} says {total}", terms(parts)),
        );
        false
    }

    /// Checks that `value` is at most the whole of which it is a part.
    /// `wholes` are the values the whole may have: the stated total, and
    /// its parts' sum when they disagree (that error is reported already,
    /// and one wrong number must not give two errors).
    fn at_most(&mut self, path: &str, name: &str, value: Count, whole: &str, wholes: &[u64]) {
        let max = wholes.iter().copied().max().unwrap_or(0);
        if u64::from(value) > max {
            self.fail(
                path,
                format!("{name} ({value}) is more than {whole} ({})", wholes[0]),
            );
        }
    }
}

/// Checks the rules REPORT.md sets for one year's numbers.
///
/// One wrong number gives one error: where rules share a number (a total
/// that is also a part of another total), a rule that depends on a number
/// already found wrong is checked against both the stated value and the
/// value its parts give, and reported only if it fails for both.
fn validate(file: &Arc<SourceFile>, d: &YearData) -> Vec<Diagnostic> {
    let mut ck = Checker {
        file,
        loc: Locator::new(&file.text),
        errors: Vec::new(),
    };

    if !YEARS.contains(&d.year) {
        ck.fail(
            "year",
            format!(
                "year = {} is not a year this report can cover ({}–{})",
                d.year,
                YEARS.start(),
                YEARS.end()
            ),
        );
    }

    // Applications: the total, and what may be at most the total.
    let a = &d.applications;
    let parts = [
        ("commercial", a.commercial),
        ("non_commercial", a.non_commercial),
    ];
    let mut app_totals = vec![u64::from(a.total)];
    if !ck.sum("applications.total", &parts, "total", a.total) {
        app_totals.push(total_of(&parts));
    }
    if a.rejected.is_some() != a.rejected_as_of.is_some() {
        ck.fail(
            "applications.rejected",
            "rejected and rejected_as_of go together: give both or neither".into(),
        );
    }
    if let Some(r) = a.rejected {
        ck.at_most("applications.rejected", "rejected", r, "total", &app_totals);
    }
    if let Some(p) = a.paediatric {
        ck.at_most(
            "applications.paediatric",
            "paediatric",
            p,
            "total",
            &app_totals,
        );
    }

    // Cancer trials.
    let mut cancer_totals = Vec::new();
    if let Some(c) = &d.cancer {
        let parts = [
            ("commercial", c.commercial),
            ("non_commercial", c.non_commercial),
        ];
        cancer_totals.push(u64::from(c.total));
        if !ck.sum("cancer.total", &parts, "total", c.total) {
            cancer_totals.push(total_of(&parts));
        }
    }

    // CTIS: rms + msc_ams = multinational; multinational + mononational = total.
    if let Some(c) = &d.ctis {
        let before = ck.errors.len();
        let computed = u64::from(c.rms) + u64::from(c.msc_ams);
        let mut multinationals = vec![computed];
        if let Some(m) = c.multinational {
            ck.sum(
                "ctis.multinational",
                &[("rms", c.rms), ("msc_ams", c.msc_ams)],
                "multinational",
                m,
            );
            if u64::from(m) != computed {
                multinationals.insert(0, u64::from(m));
            }
        }
        let mono = u64::from(c.mononational);
        if let Some(t) = c.total
            && multinationals.iter().all(|m| m + mono != u64::from(t))
        {
            let m = multinationals[0];
            ck.fail(
                "ctis.total",
                format!(
                    "multinational ({m}) + mononational ({mono}) = {}, but total says {t}",
                    m + mono
                ),
            );
        }
        if let Some(n) = c.mononational_non_commercial
            && n > c.mononational
        {
            ck.fail(
                "ctis.mononational_non_commercial",
                format!(
                    "mononational_non_commercial ({n}) is more than mononational ({})",
                    c.mononational
                ),
            );
        }
        if ck.errors.len() == before {
            let all = c.total.map_or(computed + mono, u64::from);
            let max = app_totals.iter().copied().max().unwrap_or(0);
            if all > max {
                ck.fail(
                    "ctis",
                    format!(
                        "CTIS applications ({all}) are more than all applications ({})",
                        a.total
                    ),
                );
            }
        }
    }

    // Therapy areas: most first, no area twice, neoplasms = cancer trials.
    if let Some(t) = &d.therapy_areas {
        if let (Some(leader), Some(first)) = (&t.leader, t.top.first())
            && *leader != first.soc
        {
            ck.fail(
                "therapy_areas.leader",
                format!("leader is {leader}, but the first of top is {}", first.soc),
            );
        }
        for (i, w) in t.top.windows(2).enumerate() {
            if w[1].count > w[0].count {
                ck.fail(
                    &format!("therapy_areas.top.{}.count", i + 1),
                    format!(
                        "top must list the most applications first, but {} ({}) comes after {} ({})",
                        w[1].soc, w[1].count, w[0].soc, w[0].count
                    ),
                );
            }
        }
        for (i, area) in t.top.iter().enumerate() {
            if t.top[..i].iter().any(|a| a.soc == area.soc) {
                ck.fail(
                    &format!("therapy_areas.top.{i}.soc"),
                    format!("{} is listed twice", area.soc),
                );
            }
        }
        if let (Some(cancer), Some((i, n))) = (
            &d.cancer,
            t.top.iter().enumerate().find(|(_, a)| a.soc == "neoplasms"),
        ) && !cancer_totals.contains(&u64::from(n.count))
        {
            ck.fail(
                &format!("therapy_areas.top.{i}.count"),
                format!(
                    "neoplasms has {} applications here, but cancer.total says {}",
                    n.count, cancer.total
                ),
            );
        }
    }

    // Modifications: the CTIS roles = ctis_total; ctis_total + ctd = total.
    if let Some(m) = &d.modifications {
        let roles = [m.ctis_rms, m.ctis_mononational, m.ctis_msc];
        let mut ctis_totals = vec![u64::from(m.ctis_total)];
        if let [Some(rms), Some(mono), Some(msc)] = roles {
            let parts = [
                ("ctis_rms", rms),
                ("ctis_mononational", mono),
                ("ctis_msc", msc),
            ];
            if !ck.sum(
                "modifications.ctis_total",
                &parts,
                "ctis_total",
                m.ctis_total,
            ) {
                ctis_totals.push(total_of(&parts));
            }
        } else if roles.iter().any(Option::is_some) {
            ck.fail(
                "modifications",
                "give all three CTIS roles (ctis_rms, ctis_mononational, ctis_msc) or none".into(),
            );
        }
        let ctd = u64::from(m.ctd);
        if ctis_totals.iter().all(|c| c + ctd != u64::from(m.total)) {
            ck.fail(
                "modifications.total",
                format!(
                    "ctis_total ({}) + ctd ({ctd}) = {}, but total says {}",
                    m.ctis_total,
                    u64::from(m.ctis_total) + ctd,
                    m.total
                ),
            );
        }
    }

    // Safety: the active substances are added up for the comparison with
    // the year before, so their sum must be a count too.
    if let Some(s) = &d.safety
        && u64::from(s.substances_national) + u64::from(s.substances_multinational)
            > u64::from(Count::MAX)
    {
        ck.fail(
            "safety.substances_multinational",
            format!(
                "substances_national ({}) + substances_multinational ({}) is more than a count can hold ({})",
                s.substances_national,
                s.substances_multinational,
                Count::MAX
            ),
        );
    }

    // Guidance: meetings + written = human + veterinary + devices =
    // industry + academia = total.
    if let Some(g) = &d.guidance {
        let groups: [(&str, &[Part]); 3] = [
            (
                "meetings",
                &[("meetings", g.meetings), ("written", g.written)],
            ),
            (
                "human",
                &[
                    ("human", g.human),
                    ("veterinary", g.veterinary),
                    ("devices", g.devices),
                ],
            ),
            (
                "industry",
                &[("industry", g.industry), ("academia", g.academia)],
            ),
        ];
        // (first key, parts) of each group given in full.
        let mut complete: Vec<(&str, Vec<(&str, Count)>)> = Vec::new();
        for (first, parts) in groups {
            if parts.iter().all(|(_, v)| v.is_some()) {
                complete.push((
                    first,
                    parts.iter().map(|(n, v)| (*n, v.unwrap_or(0))).collect(),
                ));
            } else if parts.iter().any(|(_, v)| v.is_some()) {
                let names: Vec<&str> = parts.iter().map(|(n, _)| *n).collect();
                ck.fail(
                    &format!("guidance.{first}"),
                    format!("give all of {} or none", names.join(", ")),
                );
            }
        }
        let sums: Vec<u64> = complete.iter().map(|(_, p)| total_of(p)).collect();
        let total = u64::from(g.total);
        if sums.len() >= 2 && sums.iter().all(|s| *s != total && *s == sums[0]) {
            // Every breakdown agrees, and the total alone differs: one error, at it.
            let said = complete
                .iter()
                .map(|(_, p)| p.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(" + "))
                .collect::<Vec<_>>()
                .join(", ");
            ck.fail(
                "guidance.total",
                format!("total says {total}, but {said} all make {}", sums[0]),
            );
        } else {
            for (first, parts) in &complete {
                ck.sum(&format!("guidance.{first}"), parts, "total", g.total);
            }
        }
    }
    ck.errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Result<YearData, Diagnostics> {
        parse(&SourceFile::new("data/2024.toml", text))
    }

    const MINIMAL: &str =
        "year = 2024\n[applications]\ncommercial = 76\nnon_commercial = 33\ntotal = 109\n";

    #[test]
    fn minimal_file_loads() {
        let d = check(MINIMAL).unwrap();
        assert_eq!(d.applications.total, 109);
        assert!(d.cancer.is_none());
    }

    #[test]
    fn wrong_total_points_at_the_line() {
        let err = check(&MINIMAL.replace("109", "110")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/2024.toml:5:9: commercial (76) + non_commercial (33) = 109, but total says 110"
        );
    }

    #[test]
    fn unknown_field_is_an_error() {
        let err = check(&format!("{MINIMAL}comercial = 3\n")).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("data/2024.toml:6:1: unknown field `comercial`"),
            "{msg}"
        );
    }

    #[test]
    fn negative_and_fractional_counts_are_errors() {
        let err = check(&MINIMAL.replace("= 33", "= -33"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("data/2024.toml:4:18"), "{err}");
        assert!(err.contains("-33"), "{err}");
        let err = check(&MINIMAL.replace("= 33", "= 33.5"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("floating point"), "{err}");
    }

    #[test]
    fn file_name_must_match_year() {
        let err = check(&MINIMAL.replace("year = 2024", "year = 2023")).unwrap_err();
        assert!(
            err.to_string()
                .contains("named 2024.toml but says year = 2023"),
            "{err}"
        );
    }

    #[test]
    fn dates_must_be_plain_dates() {
        let t = MINIMAL.replace(
            "total = 109\n",
            "total = 109\nrejected = 0\nrejected_as_of = 2025-01-31T10:00:00\n",
        );
        let err = check(&t).unwrap_err().to_string();
        assert!(err.contains("expected a date like 2025-01-31"), "{err}");
    }

    #[test]
    fn crlf_is_accepted() {
        assert!(check(&MINIMAL.replace('\n', "\r\n")).is_ok());
    }
}
