//! Plausibility rules (soft edits), as statistics offices run them before
//! release: each year's counts against the year before's.
//!
//! - `copy`: every count of a section as last year's (a block left from the
//!   file the new year was copied from);
//! - `change`: a count that moved more than `change_beyond` per cent (±50 %
//!   by default) and by at least `change_by` (10); not
//!   across a declared break in its series (`[[break]]` in report.toml: the
//!   years are not comparable, and the break gives the reason);
//! - `zero`: a count of 0 where last year had at least `zero_after`.
//!
//! Counts only: the context facts stay the same from year to year. Each is
//! a warning at the count (or the section's header), naming last year's
//! value and line; `--strict` makes it an error. A real change is confirmed
//! in the year's own file, with its reason:
//!
//! ```toml
//! [[confirmed]]
//! rule = "change"
//! field = "applications.transition"
//! reason = "The transition ended on 30 January 2025."
//! ```
//!
//! A confirmation that confirms nothing (copied with last year's file, or
//! misspelt) is a warning too, and one of an unknown rule an error.

use crate::config::Config;
use crate::data::{Dataset, YearData};
use crate::diag::Diagnostic;
use crate::diag::closest;

/// The plausibility rules, by the names `[[confirmed]]` uses.
pub const SOFT_RULES: &[&str] = &["copy", "change", "zero"];

/// One count of a year file.
#[derive(Debug, Clone)]
struct Count {
    /// The section (`applications`, `therapy_areas`), also the series of a
    /// `[[break]]` unless `series` says otherwise.
    section: &'static str,
    /// Its name in messages and `[[confirmed]]`: `ctis.rms`,
    /// `therapy_areas.neoplasms`.
    field: String,
    /// Its key path in the file: `therapy_areas.top.0.count`.
    key: String,
    /// The series of `[[break]]` it belongs to.
    series: &'static str,
    value: u64,
}

/// Every count of a year's file, in the file's order of sections.
fn counts(d: &YearData) -> Vec<Count> {
    let mut out = Vec::new();
    let mut add = |section: &'static str, series: &'static str, name: &str, v: Option<u32>| {
        if let Some(v) = v {
            let field = format!("{section}.{name}");
            out.push(Count {
                section,
                key: field.clone(),
                field,
                series,
                value: u64::from(v),
            });
        }
    };
    let a = &d.applications;
    for (n, v) in [
        ("commercial", Some(a.commercial)),
        ("non_commercial", Some(a.non_commercial)),
        ("total", Some(a.total)),
    ] {
        add("applications", "applications", n, v);
    }
    add(
        "applications",
        "applications.paediatric",
        "paediatric",
        a.paediatric,
    );
    add("applications", "applications", "rejected", a.rejected);
    add(
        "applications",
        "applications.transition",
        "transition",
        a.transition,
    );
    if let Some(c) = &d.cancer {
        add("cancer", "cancer", "commercial", Some(c.commercial));
        add("cancer", "cancer", "non_commercial", Some(c.non_commercial));
        add("cancer", "cancer", "total", Some(c.total));
    }
    if let Some(c) = &d.ctis {
        for (n, v) in [
            ("rms", Some(c.rms)),
            ("msc_ams", Some(c.msc_ams)),
            ("multinational", c.multinational),
            ("mononational", Some(c.mononational)),
            ("mononational_non_commercial", c.mononational_non_commercial),
            ("total", c.total),
        ] {
            add("ctis", "ctis", n, v);
        }
    }
    if let Some(p) = &d.phases {
        for (n, v) in [
            ("phase_1", p.phase_1),
            ("phase_2", p.phase_2),
            ("phase_3", p.phase_3),
            ("phase_4", p.phase_4),
        ] {
            add("phases", "phases", n, Some(v));
        }
    }
    if let Some(m) = &d.modifications {
        // The split into CTIS and CTD is of the `ctis` series; the total its own.
        for (n, v) in [
            ("ctis_rms", m.ctis_rms),
            ("ctis_mononational", m.ctis_mononational),
            ("ctis_msc", m.ctis_msc),
            ("ctis_total", Some(m.ctis_total)),
            ("ctd", Some(m.ctd)),
        ] {
            add("modifications", "ctis", n, v);
        }
        add("modifications", "modifications", "total", Some(m.total));
    }
    if let Some(s) = &d.safety {
        for (n, v) in [
            ("annual_reports", s.annual_reports),
            ("notifications", s.notifications),
            ("substances_national", s.substances_national),
            ("substances_multinational", s.substances_multinational),
        ] {
            add("safety", "safety", n, Some(v));
        }
    }
    if let Some(g) = &d.guidance {
        for (n, v) in [
            ("total", Some(g.total)),
            ("meetings", g.meetings),
            ("written", g.written),
            ("human", g.human),
            ("veterinary", g.veterinary),
            ("devices", g.devices),
            ("industry", g.industry),
            ("academia", g.academia),
        ] {
            add("guidance", "guidance", n, v);
        }
    }
    if let Some(t) = &d.therapy_areas {
        for (i, area) in t.top.iter().enumerate() {
            out.push(Count {
                section: "therapy_areas",
                field: format!("therapy_areas.{}", area.soc),
                key: format!("therapy_areas.top.{i}.count"),
                series: "therapy_areas",
                value: u64::from(area.count),
            });
        }
    }
    out
}

/// `+127 %`, rounded to a whole per cent.
fn percent(now: u64, was: u64) -> String {
    let p = ((now as f64 - was as f64) / was.max(1) as f64 * 100.0).round();
    if p < 0.0 {
        format!("-{} %", -p)
    } else {
        format!("+{p} %")
    }
}

/// The note under a questioned count: how to confirm it.
fn how_to_confirm(file: &str, rule: &str, field: &str) -> String {
    format!(
        "if it is right, confirm it in {file}: [[confirmed]] rule = \"{rule}\", field = \
         \"{field}\", reason = \"…\"; if not, correct it"
    )
}

/// The warnings of the plausibility rules for every year of `data` whose
/// year before is there too, and the problems of the years' `[[confirmed]]`
/// entries.
/// Without rules.toml (no sizes), nothing is questioned.
pub fn plausibility(data: &Dataset, config: &Config) -> Vec<Diagnostic> {
    let Some(sizes) = &config.plausibility else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (&year, d) in &data.years {
        let file = data
            .sources
            .get(&year)
            .map_or(format!("data/{year}.toml"), |f| {
                f.name.display().to_string()
            });
        // Which confirmations were used.
        let mut used = vec![false; d.confirmed.len()];
        let mut confirmed = |rule: &str, field: &str| {
            let mut any = false;
            for (i, c) in d.confirmed.iter().enumerate() {
                if c.rule == rule && c.field == field {
                    used[i] = true;
                    any = true;
                }
            }
            any
        };
        if let Some(p) = data.get(year - 1) {
            let now = counts(d);
            let was = counts(p);
            let before = |c: &Count| was.iter().find(|w| w.field == c.field);
            let mut copied: Vec<&str> = Vec::new();
            // copy: a section with every count as last year's.
            let mut sections: Vec<&str> = now.iter().map(|c| c.section).collect();
            sections.dedup();
            for section in sections {
                let here: Vec<&Count> = now.iter().filter(|c| c.section == section).collect();
                let there = was.iter().filter(|c| c.section == section).count();
                let same = here.len() == there
                    && here
                        .iter()
                        .all(|c| before(c).is_some_and(|w| w.value == c.value));
                if !same || here.len() < sizes.copy_min_counts as usize {
                    continue;
                }
                copied.push(section);
                if confirmed("copy", section) {
                    continue;
                }
                let place = data
                    .place_of(year - 1, section)
                    .map_or(String::new(), |p| format!(" ({p})"));
                out.push(
                    data.first_line_at(
                        Diagnostic::warning(format!(
                            "[{section}] of {year} is identical to {}'s{place}: all {} counts \
                             are as last year (was it updated?)",
                            year - 1,
                            here.len()
                        )),
                        year,
                        section,
                    )
                    .with_note(how_to_confirm(&file, "copy", section)),
                );
            }
            // zero and change, count by count.
            for c in now.iter().filter(|c| !copied.contains(&c.section)) {
                let Some(w) = before(c) else {
                    continue;
                };
                let (now_v, was_v) = (c.value, w.value);
                let place = data
                    .place_of(year - 1, &w.key)
                    .map_or(String::new(), |p| format!(" ({p})"));
                let (rule, message) = if now_v == 0 && was_v >= u64::from(sizes.zero_after) {
                    (
                        "zero",
                        format!(
                            "`{}` is 0 in {year}, where {} had {was_v}{place}",
                            c.field,
                            year - 1
                        ),
                    )
                } else if now_v.abs_diff(was_v) >= u64::from(sizes.change_by)
                    && now_v.abs_diff(was_v) * 100 > u64::from(sizes.change_beyond) * was_v
                    && !config.broken(c.series, year)
                {
                    let by = if was_v == 0 {
                        "from 0".to_string()
                    } else {
                        percent(now_v, was_v)
                    };
                    (
                        "change",
                        format!(
                            "`{}` is {now_v} in {year}, {by} from {was_v} in {}{place}: a \
                             change beyond ±{} %",
                            c.field,
                            year - 1,
                            sizes.change_beyond
                        ),
                    )
                } else {
                    continue;
                };
                if confirmed(rule, &c.field) {
                    continue;
                }
                out.push(
                    data.warning_at(year, &c.key, message)
                        .with_note(how_to_confirm(&file, rule, &c.field)),
                );
            }
        }
        // The confirmations themselves.
        for (i, c) in d.confirmed.iter().enumerate() {
            let at = |part: &str| format!("confirmed.{i}.{part}");
            if !SOFT_RULES.contains(&c.rule.as_str()) {
                let hint = closest(&c.rule, SOFT_RULES.iter().copied())
                    .map(|g| format!(" (did you mean `{g}`?)"))
                    .unwrap_or_default();
                out.push(data.error_at(
                    year,
                    &at("rule"),
                    format!(
                        "[[confirmed]] names no rule `{}`{hint}; the rules are `copy`, \
                         `change` and `zero`",
                        c.rule
                    ),
                ));
            } else if c.reason.trim().is_empty() {
                out.push(data.error_at(
                    year,
                    &at("reason"),
                    "[[confirmed]] needs its reason: why the count is right",
                ));
            } else if !used[i] {
                let what = if data.get(year - 1).is_none() {
                    format!("there is no {} to compare with", year - 1)
                } else {
                    format!(
                        "`{}` of {year} does not break the rule `{}`",
                        c.field, c.rule
                    )
                };
                out.push(
                    data.warning_at(
                        year,
                        &at("field"),
                        format!("[[confirmed]] confirms nothing: {what}"),
                    )
                    .with_note(
                        "remove it (a confirmation left from last year's file, or a misspelt field)",
                    ),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;

    /// Year files with `text` after their applications (lines 2 to 5), which
    /// grow by one commercial application a year.
    fn test_data(files: &[(i32, &str)]) -> Dataset {
        let sources: Vec<_> = files
            .iter()
            .map(|(y, t)| {
                let c = 80 + y - 2020;
                SourceFile::new(
                    format!("data/{y}.toml"),
                    format!(
                        "year = {y}\n[applications]\ncommercial = {c}\nnon_commercial = 60\ntotal = {}\n{t}",
                        c + 60
                    ),
                )
            })
            .collect();
        crate::data::load_sources(&sources).unwrap()
    }

    /// `file:line:col: message` of each diagnostic.
    fn found(files: &[(i32, &str)]) -> Vec<String> {
        plausibility(&test_data(files), &Config::shipped())
            .iter()
            .map(|d| format!("{:?} {d}", d.severity))
            .collect()
    }

    const GUIDANCE: &str = "[guidance]\ntotal = 59\nmeetings = 50\nwritten = 9\n";

    #[test]
    fn a_section_as_last_year_is_a_copy() {
        assert_eq!(
            found(&[(2024, GUIDANCE), (2025, GUIDANCE)]),
            [
                "Warning data/2025.toml:6:1: [guidance] of 2025 is identical to 2024's \
                 (data/2024.toml:6): all 3 counts are as last year (was it updated?)"
            ]
        );
        // One count of a section as last year's is not a copy.
        assert!(
            found(&[
                (2024, "[guidance]\ntotal = 59\n"),
                (2025, "[guidance]\ntotal = 59\n")
            ])
            .is_empty()
        );
        // Nor a section that changed by one.
        assert!(
            found(&[
                (2024, GUIDANCE),
                (2025, &GUIDANCE.replace("9\n", "8\n").replace("59", "58"))
            ])
            .is_empty()
        );
        // Confirmed: a real copy (say, a count that did not change).
        let confirmed = format!(
            "{GUIDANCE}[[confirmed]]\nrule = \"copy\"\nfield = \"guidance\"\nreason = \"The same meetings.\"\n"
        );
        assert!(found(&[(2024, GUIDANCE), (2025, &confirmed)]).is_empty());
    }

    #[test]
    fn a_change_beyond_fifty_per_cent_is_named_with_last_years_line() {
        let cancer = |c: u32, n: u32| {
            format!(
                "[cancer]\ncommercial = {c}\nnon_commercial = {n}\ntotal = {}\n",
                c + n
            )
        };
        assert_eq!(
            found(&[(2024, &cancer(29, 15)), (2025, &cancer(29, 51))]),
            [
                "Warning data/2025.toml:8:18: `cancer.non_commercial` is 51 in 2025, +240 % from 15 in 2024 (data/2024.toml:8): a change beyond ±50 %",
                "Warning data/2025.toml:9:9: `cancer.total` is 80 in 2025, +82 % from 44 in 2024 (data/2024.toml:9): a change beyond ±50 %",
            ]
        );
        // 50 % exactly is not beyond; small counts are not compared.
        assert!(found(&[(2024, &cancer(30, 16)), (2025, &cancer(30, 24))]).is_empty());
        assert!(found(&[(2024, &cancer(2, 3)), (2025, &cancer(2, 6))]).is_empty());
        // Down as well as up.
        assert_eq!(
            found(&[(2024, &cancer(30, 16)), (2025, &cancer(14, 16))]).len(),
            1
        );
    }

    #[test]
    fn a_zero_where_last_year_had_many_is_named_once() {
        let m = |ctis: u32, ctd: u32| {
            format!(
                "[modifications]\nctis_total = {ctis}\nctd = {ctd}\ntotal = {}\n",
                ctis + ctd
            )
        };
        assert_eq!(
            found(&[(2024, &m(316, 116)), (2025, &m(370, 0))]),
            [
                "Warning data/2025.toml:8:7: `modifications.ctd` is 0 in 2025, where 2024 had 116 (data/2024.toml:8)"
            ]
        );
        // Confirmed with its reason: nothing to say.
        let confirmed = format!(
            "{}[[confirmed]]\nrule = \"zero\"\nfield = \"modifications.ctd\"\nreason = \"The transition ended.\"\n",
            m(370, 0)
        );
        assert!(found(&[(2024, &m(316, 116)), (2025, &confirmed)]).is_empty());
        // The same confirmation a year later, copied with the file, confirms nothing.
        let next = confirmed.replace("370", "380");
        assert_eq!(
            found(&[(2024, &m(316, 116)), (2025, &confirmed), (2026, &next)]),
            [
                "Warning data/2026.toml:12:9: [[confirmed]] confirms nothing: `modifications.ctd` of 2026 does not break the rule `zero`"
            ]
        );
    }

    #[test]
    fn the_sizes_come_from_rules_toml() {
        let g = |t: u32| format!("[guidance]\ntotal = {t}\n");
        let data = test_data(&[(2024, &g(33)), (2025, &g(46))]);
        // +39 %: within ±50 %, beyond ±30 %.
        assert!(plausibility(&data, &Config::shipped()).is_empty());
        let file = SourceFile::new(
            "rules.toml",
            crate::config::shipped_with("rules.toml", "[plausibility]\nchange_beyond = 30\n"),
        );
        let config = Config {
            plausibility: crate::check::RulesFile::parse(&file).unwrap().plausibility,
            ..Config::shipped()
        };
        let found = plausibility(&data, &config);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .ends_with("+39 % from 33 in 2024 (data/2024.toml:7): a change beyond ±30 %"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn no_change_is_questioned_across_a_break() {
        let ctis =
            |r: u32, m: u32| format!("[ctis]\nrms = {r}\nmsc_ams = {m}\nmononational = 11\n");
        // 2023 is in the CTIS break (report.toml's default): 16 → 59 is the switch to CTIS.
        assert!(found(&[(2022, &ctis(4, 16)), (2023, &ctis(10, 59))]).is_empty());
        // 2025 is not.
        assert_eq!(
            found(&[(2024, &ctis(11, 20)), (2025, &ctis(11, 59))]).len(),
            1
        );
    }

    #[test]
    fn a_confirmation_of_an_unknown_rule_or_without_reason_is_an_error() {
        let c = |rule: &str, reason: &str| {
            format!(
                "[[confirmed]]\nrule = \"{rule}\"\nfield = \"applications.total\"\nreason = \"{reason}\"\n"
            )
        };
        assert_eq!(
            found(&[(2025, &c("chnage", "x"))]),
            [
                "Error data/2025.toml:7:8: [[confirmed]] names no rule `chnage` (did you mean `change`?); the rules are `copy`, `change` and `zero`"
            ]
        );
        assert_eq!(
            found(&[(2025, &c("change", " "))]),
            ["Error data/2025.toml:9:10: [[confirmed]] needs its reason: why the count is right"]
        );
        assert_eq!(
            found(&[(2025, &c("change", "x"))]),
            [
                "Warning data/2025.toml:8:9: [[confirmed]] confirms nothing: there is no 2024 to compare with"
            ]
        );
    }

    #[test]
    fn therapy_areas_are_compared_by_their_class() {
        let t = |a: u32, b: u32| {
            format!(
                "[therapy_areas]\ntop = [\n  {{ soc = \"neoplasms\", count = {a} }},\n  {{ soc = \"cardiac\", count = {b} }},\n]\n"
            )
        };
        assert_eq!(
            found(&[(2024, &t(44, 6)), (2025, &t(44, 16))]),
            [
                "Warning data/2025.toml:9:30: `therapy_areas.cardiac` is 16 in 2025, +167 % from 6 in 2024 (data/2024.toml:9): a change beyond ±50 %"
            ]
        );
    }
}
