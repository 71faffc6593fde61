//! Data that should be there and are not: a warning for each, at the file
//! of the year that has the gap, unless `report.toml` declares it a known
//! gap (with its reason), which the run then names in one line.
//!
//! A report notes in its own text what it lacks (the facts stage lists it
//! in [`Facts::missing`]); this is the same list for the people running the
//! build. One gap is one warning however many reports of the run meet it:
//! 2023's missing guidance figures are one warning, at `data/2023.toml`,
//! not one per language and year. `--strict` turns the warnings (and only
//! those) into errors, so a release build fails on what is missing and not
//! declared, and passes on history nobody can repair.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::Config;
use crate::data::Dataset;
use crate::diag::Diagnostic;
use crate::facts::{Facts, MissingPart};

/// What a run found missing.
#[derive(Debug, Default)]
pub struct Gaps {
    /// One per gap that is not declared.
    pub warnings: Vec<Diagnostic>,
    /// The declared gaps the run met: data key → years.
    pub known: BTreeMap<&'static str, Vec<i32>>,
    /// The gaps the years' own files declare (`not_supplied`): data key →
    /// years.
    pub declared: BTreeMap<&'static str, Vec<i32>>,
}

impl Gaps {
    /// "known gaps (report.toml): phases 2014–2024, safety 2022–2024", or
    /// `None` when the run met none.
    pub fn summary(&self) -> Option<String> {
        let list = |gaps: &BTreeMap<&str, Vec<i32>>| {
            gaps.iter()
                .map(|(key, years)| format!("{key} {}", spans(years)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut said = Vec::new();
        if !self.known.is_empty() {
            said.push(format!(
                "known gaps, declared in report.toml: {}",
                list(&self.known)
            ));
        }
        if !self.declared.is_empty() {
            said.push(format!(
                "not supplied, declared in the year's file: {}",
                list(&self.declared)
            ));
        }
        (!said.is_empty()).then(|| said.join("; "))
    }
}

/// "2014–2019, 2021, 2023" for a sorted list of years (runs as the
/// report's text writes them: [`crate::facts::year_runs`]).
fn spans(years: &[i32]) -> String {
    (crate::facts::year_runs(years).into_iter())
        .map(|(from, to)| match from == to {
            true => from.to_string(),
            false => format!("{from}–{to}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What is missing, in the words of the data files.
fn describe(part: MissingPart) -> &'static str {
    match part {
        MissingPart::Years => {
            "the whole year: tables and figures leave it out, and nothing is compared with it"
        }
        MissingPart::PublicationDate => {
            "the publication date (`published`; the PDF is dated 1 January of the next year)"
        }
        MissingPart::Paediatric => "trials involving children (`applications.paediatric`)",
        MissingPart::Rejected => "rejected applications (`applications.rejected`)",
        MissingPart::Transition | MissingPart::TransitionHistory => {
            "transition applications (`applications.transition`)"
        }
        MissingPart::Ctis => "CTIS applications by Norway's role (`[ctis]`)",
        MissingPart::Phases => "applications by phase (`[phases]`)",
        MissingPart::TherapyAreas => "therapy areas (`[therapy_areas]`)",
        MissingPart::Cancer => "cancer trials (`[cancer]`)",
        MissingPart::Modifications | MissingPart::ModificationsHistory => {
            "substantial modifications (`[modifications]`)"
        }
        MissingPart::Safety | MissingPart::SafetyPrevious => "safety reporting (`[safety]`)",
        MissingPart::Guidance => "guidance and advice (`[guidance]`)",
    }
}

/// The gaps the reports of `facts` meet.
pub fn gaps(facts: &[Facts], config: &Config, data: &Dataset, data_dir: &Path) -> Gaps {
    // (data key, year) → the part and the reports that need it.
    let mut found: BTreeMap<(&'static str, i32), (MissingPart, Vec<i32>)> = BTreeMap::new();
    for f in facts {
        for m in &f.missing {
            for &year in &m.years {
                let e = found
                    .entry((m.part.data_key(), year))
                    .or_insert((m.part, Vec::new()));
                if !e.1.contains(&f.year) {
                    e.1.push(f.year);
                }
            }
        }
    }
    let mut gaps = Gaps::default();
    for ((key, year), (part, reports)) in found {
        if config.known_gap.iter().any(|g| g.covers(key, year)) {
            gaps.known.entry(key).or_default().push(year);
            continue;
        }
        if data.get(year).and_then(|d| d.not_supplied(key)).is_some() {
            gaps.declared.entry(key).or_default().push(year);
            continue;
        }
        let (file, what) = if part == MissingPart::Years {
            (data_dir.to_path_buf(), format!("there is no {year}.toml"))
        } else {
            (
                data_dir.join(format!("{year}.toml")),
                format!("not supplied for {year}"),
            )
        };
        let (reports_of, s) = match reports.as_slice() {
            [one] => (format!("the {one} report"), "s"),
            _ => (format!("the reports of {}", spans(&reports)), ""),
        };
        let needed = match part {
            MissingPart::PublicationDate => format!(
                "{reports_of} carr{} no date",
                if s.is_empty() { "y" } else { "ies" }
            ),
            MissingPart::Paediatric | MissingPart::Rejected => {
                format!("{reports_of} leave{s} that sentence out")
            }
            _ if reports == [year] => format!("{reports_of} note{s} it in its place"),
            _ => format!("{reports_of} note{s} the gap"),
        };
        gaps.warnings.push(
            Diagnostic::warning(format!("{what}: {}; {needed}", describe(part)))
                .in_path(file)
                .with_note(format!(
                    "if it was not supplied, declare it in {}: not_supplied = {{ {} = \"…\" }} (or, for history, in report.toml: [[known_gap]] data = \"{key}\", from = {year}, reason = \"…\")",
                    data_dir.join(format!("{year}.toml")).display(),
                    crate::data::NotSupplied::KEYS
                        .iter()
                        .find(|(_, k)| *k == key)
                        .map_or(key, |(k, _)| k)
                )),
        );
    }
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_spans() {
        assert_eq!(
            spans(&[2014, 2015, 2016, 2018, 2020, 2021]),
            "2014–2016, 2018, 2020, 2021"
        );
        assert_eq!(spans(&[2024]), "2024");
        assert_eq!(spans(&[]), "");
    }
}
