//! The folders of a project, and which years and languages a run builds.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::data;
use crate::data::{Dataset, YearData};
use crate::diag::{Diagnostic, Diagnostics};
use crate::facts::{self, Facts};

/// The folders of a trialreport project.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
}

impl Project {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }
    /// A path in the project; relative to the current folder when the root
    /// is `.`, so messages say `data/2024.toml`, not `./data/2024.toml`.
    fn path(&self, sub: &str) -> PathBuf {
        if self.root == Path::new(".") {
            PathBuf::from(sub)
        } else {
            self.root.join(sub)
        }
    }
    pub fn data_dir(&self) -> PathBuf {
        self.path("data")
    }
    pub fn locales_dir(&self) -> PathBuf {
        self.path("locales")
    }
    pub fn templates_dir(&self) -> PathBuf {
        self.path("templates")
    }
    pub fn config_path(&self) -> PathBuf {
        self.path("report.toml")
    }

    /// `rules.toml`: the rules the counts keep, beside report.toml.
    pub fn rules_path(&self) -> PathBuf {
        self.path("rules.toml")
    }

    /// The languages: every folder in `locales/`, sorted.
    pub fn languages(&self) -> Result<Vec<String>, Diagnostic> {
        let dir = self.locales_dir();
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            Diagnostic::error(format!("cannot read the locales folder: {e}")).in_path(&dir)
        })?;
        let mut langs: Vec<String> = Vec::new();
        for entry in entries.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
            // The folder's name is in every output's name (report-2024-nb.pdf)
            // and is the language's code: `e n`, `..x` or `nb/` would write
            // files no one could find, or outside the output folder.
            let name = entry.file_name().to_string_lossy().into_owned();
            if !is_language_code(&name) {
                return Err(Diagnostic::error(format!(
                    "the locale folder `{}` is not named by a language code: letters, digits and `-`, starting with a letter (nb, en, de-AT)",
                    name.escape_debug()
                ))
                .in_path(entry.path()));
            }
            langs.push(name);
        }
        langs.sort();
        Ok(langs)
    }

    /// Reads `report.toml` and `data/`, checked.
    ///
    /// The counts must keep the rules of rules.toml (sums, parts within
    /// their whole, no stray year far from the series): a broken rule is an
    /// error as a data file's are, before any fact is drawn from the counts.
    pub fn load(&self) -> Result<(Config, Dataset), Diagnostics> {
        let config = Config::load(&self.config_path())?;
        let data = data::load_dir(&self.data_dir()).map_err(|mut errors| {
            // The files that read are held to the rules too, so that one run
            // reports every problem of the data, not a file's alone.
            let unchecked = data::read_unchecked(&self.data_dir());
            errors.0.extend(
                crate::check::own_rules(&unchecked, &config)
                    .into_iter()
                    .filter(|d| d.severity == crate::diag::Severity::Error),
            );
            errors
        })?;
        let broken: Vec<Diagnostic> = crate::check::own_rules(&data, &config)
            .into_iter()
            .chain(crate::check::series_rules(
                &data,
                &config,
                &self.rules_path(),
            ))
            .filter(|d| d.severity == crate::diag::Severity::Error)
            .collect();
        if !broken.is_empty() {
            return Err(Diagnostics(broken));
        }
        Ok((config, data))
    }

    /// The facts of `year` (default: the latest year in `data/`).
    pub fn facts(&self, year: Option<i32>) -> Result<Facts, Diagnostics> {
        let (config, data) = self.load()?;
        let year = resolve_year(&data, year, &self.data_dir())?;
        Ok(facts::compute(&data, &config, year))
    }
}

/// The year `year` of `data` (default: the latest), or an error naming the
/// years there are.
pub fn resolve_year<'a>(
    data: &'a Dataset,
    year: Option<i32>,
    dir: &Path,
) -> Result<&'a YearData, Diagnostic> {
    match year {
        Some(y) => data.get(y).ok_or_else(|| {
            Diagnostic::error(format!(
                "there is no data for {y}: add {y}.toml to the data folder (years with data: {})",
                data.years
                    .keys()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .in_path(dir)
        }),
        None => data
            .years
            .values()
            .next_back()
            .ok_or_else(|| Diagnostic::error("no years in data").in_path(dir)),
    }
}

/// Which years to build: `--year YEAR | FROM..TO | all`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Years {
    /// The latest year in `data/`.
    #[default]
    Latest,
    One(i32),
    /// From the first to the second, both included.
    Range(i32, i32),
    /// Every year in `data/`.
    All,
}

impl From<Option<i32>> for Years {
    fn from(year: Option<i32>) -> Self {
        year.map_or(Years::Latest, Years::One)
    }
}

impl std::str::FromStr for Years {
    type Err = String;

    /// `2024`, `2020..2024` (both ends included) or `all`.
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("all") {
            return Ok(Years::All);
        }
        let year = |t: &str| {
            t.trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (1000..=9999).contains(y))
                .ok_or_else(|| {
                    format!("`{t}` is not a year: use YEAR (2024), FROM..TO (2020..2024) or all")
                })
        };
        match s.split_once("..") {
            Some((from, to)) => {
                let (from, to) = (year(from)?, year(to)?);
                if from > to {
                    return Err(format!(
                        "the range {from}..{to} runs backwards: write {to}..{from}"
                    ));
                }
                Ok(Years::Range(from, to))
            }
            None => year(s).map(Years::One),
        }
    }
}

impl std::fmt::Display for Years {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Years::Latest => write!(f, "latest"),
            Years::One(y) => write!(f, "{y}"),
            Years::Range(a, b) => write!(f, "{a}..{b}"),
            Years::All => write!(f, "all"),
        }
    }
}

/// The years of `years` that `data` has, in order; every year asked for by
/// number must have data.
pub fn resolve_years<'a>(
    data: &'a Dataset,
    years: Years,
    dir: &Path,
) -> Result<Vec<&'a YearData>, Diagnostic> {
    let wanted: Vec<i32> = match years {
        Years::Latest => return resolve_year(data, None, dir).map(|y| vec![y]),
        Years::One(y) => return resolve_year(data, Some(y), dir).map(|y| vec![y]),
        Years::Range(from, to) => (from..=to).collect(),
        Years::All => data.years.keys().copied().collect(),
    };
    if wanted.is_empty() {
        return Err(Diagnostic::error("no years in data").in_path(dir));
    }
    let lacking: Vec<i32> = wanted
        .iter()
        .copied()
        .filter(|y| data.get(*y).is_none())
        .collect();
    if !lacking.is_empty() {
        let list = |ys: &mut dyn Iterator<Item = i32>| {
            ys.map(|y| y.to_string()).collect::<Vec<_>>().join(", ")
        };
        return Err(Diagnostic::error(format!(
            "there is no data for {} (asked for {years}): add the files to the data folder (years with data: {})",
            list(&mut lacking.iter().copied()),
            list(&mut data.years.keys().copied())
        ))
        .in_path(dir));
    }
    Ok(wanted.iter().filter_map(|y| data.get(*y)).collect())
}

/// Whether `name` can name a language folder: a language code such as
/// `nb`, `en` or `de-AT` (ASCII letters, digits and `-`, a letter first, at
/// most 35 characters, the longest BCP 47 tags).
pub fn is_language_code(name: &str) -> bool {
    name.len() <= 35
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && !name.ends_with('-')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The languages to build: those asked for, each checked, or all.
pub(super) fn resolve_langs(
    project: &Project,
    langs: &Option<Vec<String>>,
) -> Result<Vec<String>, Diagnostic> {
    let available = project.languages()?;
    let langs = match langs {
        Some(langs) => {
            for lang in langs {
                if !available.contains(lang) {
                    return Err(Diagnostic::error(format!(
                        "unknown language `{lang}`: there is no folder locales/{lang} (languages: {})",
                        available.join(", ")
                    ))
                    .in_path(project.locales_dir()));
                }
            }
            // `--lang nb,nb` builds nb once.
            let mut unique: Vec<String> = Vec::new();
            for lang in langs {
                if !unique.contains(lang) {
                    unique.push(lang.clone());
                }
            }
            unique
        }
        None => available,
    };
    if langs.is_empty() {
        return Err(
            Diagnostic::error("no languages: add a folder locales/<lang>")
                .in_path(project.locales_dir()),
        );
    }
    Ok(langs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_parse() {
        assert_eq!("2024".parse(), Ok(Years::One(2024)));
        assert_eq!(" 2020..2024 ".parse(), Ok(Years::Range(2020, 2024)));
        assert_eq!("All".parse(), Ok(Years::All));
        assert!(
            "2024..2020"
                .parse::<Years>()
                .unwrap_err()
                .contains("backwards")
        );
        assert!("".parse::<Years>().is_err());
        assert_eq!(Years::Range(2020, 2024).to_string(), "2020..2024");
        assert_eq!(Years::from(None), Years::Latest);
    }
}
