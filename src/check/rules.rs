//! Data of a rule not in force in its year: a 2019 file with `[ctis]`,
//! safety counts before Implementing Regulation (EU) 2022/20, transition
//! applications after the transition, CTIS modifications before the CTR.
//!
//! The report leaves such data out (the part is not applicable that year),
//! so nothing is wrong with the report; but the data say something it will
//! not print, which is a wrong year, a misplaced table or a rule's date in
//! `report.toml` that is off. A warning (an error under `--strict`) at the
//! value in the data file.

use std::path::Path;

use crate::config::{Config, Period};
use crate::data::Dataset;
use crate::diag::Diagnostic;

/// A warning for each value of `data` that a rule of `config` not in force
/// in its year would use.
pub fn out_of_force(data: &Dataset, config: &Config) -> Vec<Diagnostic> {
    let rules = &config.rules;
    let mut out = Vec::new();
    for (&year, d) in &data.years {
        let mut found: Vec<(&str, &str, &Period)> = Vec::new();
        if !rules.ctr.applies_in(year) {
            if d.ctis.is_some() {
                found.push(("ctis", "ctr", &rules.ctr));
            }
            if let Some(m) = &d.modifications {
                let roles = [
                    ("modifications.ctis_rms", m.ctis_rms),
                    ("modifications.ctis_mononational", m.ctis_mononational),
                    ("modifications.ctis_msc", m.ctis_msc),
                ];
                let key = roles
                    .iter()
                    .find(|(_, v)| v.is_some())
                    .map(|(k, _)| *k)
                    .or((m.ctis_total > 0).then_some("modifications.ctis_total"));
                if let Some(key) = key {
                    found.push((key, "ctr", &rules.ctr));
                }
            }
        }
        if !rules.transition.applies_in(year) && d.applications.transition.is_some() {
            found.push(("applications.transition", "transition", &rules.transition));
        }
        if !rules.safety_assessment.applies_in(year) && d.safety.is_some() {
            found.push(("safety", "safety_assessment", &rules.safety_assessment));
        }
        for (key, rule, period) in found {
            let when = match period.until {
                Some(until) => format!("from {} to {until}", period.from),
                None => format!("from {}", period.from),
            };
            out.push(
                data.warning_at(
                    year,
                    key,
                    format!(
                        "`{key}` in {year}: its rule (`{rule}`) applies {when}, so the {year} \
                         report leaves it out"
                    ),
                )
                .with_note(format!(
                    "remove it, or check the file's year, or the dates of `{rule}` under \
                     [rules] in report.toml"
                )),
            );
        }
    }
    out
}

/// An error at each file cut off from the series by more than
/// `longest_gap` years without a file (`[series]` in rules.toml): the files
/// on the side of the gap with fewer of them (the earlier side when even).
/// A warning when there is no rules.toml: the counts are then not checked
/// against each other at all.
pub fn series_rules(data: &Dataset, config: &Config, rules_path: &Path) -> Vec<Diagnostic> {
    let Some(series) = &config.series else {
        return vec![
            Diagnostic::warning(
                "there is no rules.toml: the counts of a year are not checked against each \
                 other (sums, parts within their whole) nor the series for stray years",
            )
            .in_path(rules_path),
        ];
    };
    let years: Vec<i32> = data.years.keys().copied().collect();
    let mut out = Vec::new();
    for (i, w) in years.windows(2).enumerate() {
        let gap = w[1] - w[0] - 1;
        if gap <= series.longest_gap as i32 {
            continue;
        }
        let (before, after) = years.split_at(i + 1);
        let (stray, next) = if before.len() <= after.len() {
            (before, w[1])
        } else {
            (after, w[0])
        };
        for &year in stray {
            out.push(
                data.error_at(
                    year,
                    "year",
                    format!(
                        "{year} is {gap} years from {next}, the nearest year with a file: the \
                         series has no gap of more than {} years, so a report would print {gap} \
                         empty years; if {year} is a typo or a stray file, correct or remove it",
                        series.longest_gap
                    ),
                )
                .with_note(format!(
                    "rules.toml: [series] longest_gap = {}",
                    series.longest_gap
                )),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::test_data as data;

    fn messages(files: &[(i32, &str)]) -> Vec<String> {
        out_of_force(&data(files), &Config::shipped())
            .iter()
            .map(|d| d.message.clone())
            .collect()
    }

    #[test]
    fn data_of_a_rule_not_in_force_is_named_at_its_key() {
        let ctis = "[ctis]\nrms = 10\nmsc_ams = 70\nmultinational = 80\nmononational = 20\nmononational_non_commercial = 10\ntotal = 100\n";
        let safety = "[safety]\nannual_reports = 1\nnotifications = 1\nsubstances_national = 1\nsubstances_multinational = 1\n";
        let mods = "[modifications]\nctis_total = 4\nctd = 6\ntotal = 10\n";
        let found = messages(&[(2019, &format!("{ctis}{safety}{mods}"))]);
        assert_eq!(
            found,
            [
                "`ctis` in 2019: its rule (`ctr`) applies from 2022-01-31, so the 2019 report leaves it out",
                "`modifications.ctis_total` in 2019: its rule (`ctr`) applies from 2022-01-31, so the 2019 report leaves it out",
                "`safety` in 2019: its rule (`safety_assessment`) applies from 2022-01-31, so the 2019 report leaves it out",
            ]
        );
        // The same data in a year of the rules: nothing to say.
        assert!(messages(&[(2023, &format!("{ctis}{safety}{mods}"))]).is_empty());
        // Modifications before the CTR are CTD ones: none in CTIS is right.
        assert!(
            messages(&[(
                2019,
                "[modifications]\nctis_total = 0\nctd = 6\ntotal = 6\n"
            )])
            .is_empty()
        );
    }

    #[test]
    fn transition_applications_outside_the_transition_are_named() {
        let t = |year| {
            format!(
                "year = {year}\n[applications]\ncommercial = 60\nnon_commercial = 40\ntotal = 100\ntransition = 5\n"
            )
        };
        for (year, named) in [(2021, true), (2022, false), (2025, false), (2026, true)] {
            let d = crate::data::load_sources(&[crate::diag::SourceFile::new(
                format!("data/{year}.toml"),
                t(year),
            )])
            .unwrap();
            let found = out_of_force(&d, &Config::shipped());
            assert_eq!(found.len(), usize::from(named), "{year}");
            if named {
                assert!(found[0].message.starts_with("`applications.transition`"));
                assert!(found[0].message.contains("from 2022-01-31 to 2025-01-30"));
                // At the value, line 6 of the file.
                let at = found[0].location().unwrap();
                assert!(at.starts_with(&format!("data/{year}.toml:6:")), "{at}");
            }
        }
    }
}
