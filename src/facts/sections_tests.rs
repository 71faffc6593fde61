//! Tests of [`super`]: `sections.rs`.
use crate::facts::{test_data as data, test_facts as facts};

fn modifications(ctis: u32, ctd: u32) -> String {
    format!(
        "[modifications]\nctis_total = {ctis}\nctd = {ctd}\ntotal = {}\n",
        ctis + ctd
    )
}

#[test]
fn tied_areas_share_a_rank_and_the_next_skips() {
    let area = |soc: &str, count| crate::data::AreaCount {
        soc: soc.into(),
        count,
    };
    let ranks = super::shared_ranks(&[
        area("neoplasms", 44),
        area("endocrine", 9),
        area("gastrointestinal", 9),
        area("cardiac", 6),
        area("nervous-system", 6),
        area("musculoskeletal", 5),
    ]);
    assert_eq!(ranks, [1, 2, 2, 4, 4, 6]);
    assert_eq!(super::shared_ranks(&[area("a", 3), area("b", 2)]), [1, 2]);
    assert_eq!(super::shared_ranks(&[area("a", 3), area("b", 3)]), [1, 1]);
}

#[test]
fn modification_parts_compare_with_the_year_before() {
    let d = data(&[
        (2024, &modifications(316, 116)),
        (2025, &modifications(400, 20)),
    ]);
    let m = facts(&d, 2025).modifications.unwrap();
    let p = m.parts.expect("2024 has modifications");
    assert_eq!(
        (p.ctis.previous_year, p.ctis.previous, p.ctis.current),
        (2024, 316, 400)
    );
    assert_eq!(
        (p.ctd.previous_year, p.ctd.previous, p.ctd.current),
        (2024, 116, 20)
    );
    assert!(p.apart, "CTIS up and CTD down move apart");
    // Both down: together.
    let d = data(&[
        (2024, &modifications(316, 116)),
        (2025, &modifications(200, 20)),
    ]);
    assert!(!facts(&d, 2025).modifications.unwrap().parts.unwrap().apart);
    // No year before: nothing to compare.
    assert!(facts(&d, 2024).modifications.unwrap().parts.is_none());
}

#[test]
fn modification_parts_only_when_the_year_before_was_under_the_ctr() {
    // The CTR applies from 2022 (the test config's rules); without the
    // break in the CTIS series, which also holds 2023 apart.
    let d = data(&[
        (2020, &modifications(0, 300)),
        (2021, &modifications(0, 280)),
        (2022, &modifications(40, 250)),
        (2023, &modifications(90, 200)),
    ]);
    let config = crate::config::Config {
        breaks: Vec::new(),
        ..crate::config::Config::shipped()
    };
    for (year, parts) in [(2021, false), (2022, false), (2023, true)] {
        let m = crate::facts::compute(&d, &config, d.get(year).unwrap())
            .modifications
            .unwrap();
        assert_eq!(m.parts.is_some(), parts, "{year}");
        // The total's trend does not depend on the rules.
        assert!(m.trend.is_some(), "{year}");
    }
}

fn safety(reports: u32, notifications: u32) -> String {
    format!(
        "[safety]\nannual_reports = {reports}\nnotifications = {notifications}\nsubstances_national = 5\nsubstances_multinational = 7\n"
    )
}

#[test]
fn safety_reports_and_notifications_agree_only_when_both_move_one_way() {
    let d = data(&[(2023, &safety(100, 50)), (2024, &safety(150, 80))]);
    let f = facts(&d, 2024);
    assert!(
        f.missing_years(crate::facts::MissingPart::SafetyPrevious)
            .is_empty()
    );
    let s = f.safety.unwrap();
    assert!(s.reports_and_notifications_agree);
    assert_eq!(s.previous_year, 2023);
    assert_eq!(s.annual_reports_change.unwrap().previous, 100);
    let d = data(&[(2023, &safety(100, 50)), (2024, &safety(150, 20))]);
    assert!(
        !facts(&d, 2024)
            .safety
            .unwrap()
            .reports_and_notifications_agree
    );
    // No year to compare with: no agreement claimed.
    let d = data(&[(2024, &safety(150, 80))]);
    let s = facts(&d, 2024).safety.unwrap();
    assert!(s.annual_reports_change.is_none());
    assert!(!s.reports_and_notifications_agree);
}

#[test]
fn missing_safety_counts_name_the_years_that_should_have_them() {
    use crate::facts::MissingPart;
    // 2023 and 2024 both under the rules, neither with counts: both named.
    let d = data(&[(2022, &safety(1, 1)), (2023, ""), (2024, "")]);
    assert_eq!(
        facts(&d, 2024).missing_years(MissingPart::Safety),
        [2023, 2024]
    );
    // Last year had them: only this year is missing.
    let d = data(&[(2023, &safety(1, 1)), (2024, "")]);
    assert_eq!(facts(&d, 2024).missing_years(MissingPart::Safety), [2024]);
    // This year has them, last year not: last year is named apart.
    let d = data(&[(2022, ""), (2023, ""), (2024, &safety(1, 1))]);
    assert_eq!(
        facts(&d, 2024).missing_years(MissingPart::SafetyPrevious),
        [2023]
    );
}

fn ctis(rms: u32, msc_ams: u32, mononational: u32) -> String {
    format!("[ctis]\nrms = {rms}\nmsc_ams = {msc_ams}\nmononational = {mononational}\n")
}

/// 2022–2025 with CTIS counts and modifications split into CTIS and CTD.
fn ctis_years() -> crate::data::Dataset {
    let both = |c: &str, m: &str| format!("{c}{m}");
    data(&[
        (2022, &both(&ctis(4, 16, 11), &modifications(40, 300))),
        (2023, &both(&ctis(10, 59, 19), &modifications(120, 280))),
        (2024, &both(&ctis(11, 79, 10), &modifications(316, 116))),
        (2025, &both(&ctis(12, 87, 1), &modifications(400, 60))),
    ])
}

#[test]
fn no_ctis_change_across_the_break_and_one_after_it() {
    // The default configuration breaks the CTIS series in 2023 and 2024.
    let d = ctis_years();
    for year in [2022, 2023, 2024] {
        let f = facts(&d, year);
        assert!(f.ctis.unwrap().multinational_change.is_none(), "{year}");
    }
    let c = facts(&d, 2025).ctis.unwrap().multinational_change.unwrap();
    assert_eq!((c.previous_year, c.previous, c.current), (2024, 90, 99));
    // The modifications' split is the CTIS series': not compared across
    // the break (2023 against 2022, 2024 against 2023), compared after it.
    for year in [2023, 2024] {
        let m = facts(&d, year).modifications.unwrap();
        assert!(m.parts.is_none(), "{year}");
        // The total is not broken.
        assert!(m.trend.is_some(), "{year}");
    }
    let p = facts(&d, 2025).modifications.unwrap().parts.unwrap();
    assert_eq!((p.ctis.previous, p.ctis.current), (316, 400));
}

#[test]
fn without_the_break_the_same_years_are_compared() {
    let d = ctis_years();
    let config = crate::config::Config {
        breaks: Vec::new(),
        ..crate::config::Config::shipped()
    };
    let f = crate::facts::compute(&d, &config, d.get(2023).unwrap());
    let c = f.ctis.unwrap().multinational_change.unwrap();
    assert_eq!((c.previous, c.current, c.percent), (20, 69, 245));
    assert!(f.modifications.unwrap().parts.is_some());
    assert!(f.breaks.is_empty());
}

#[test]
fn the_facts_list_the_breaks_the_report_meets() {
    let d = ctis_years();
    let years = |year| -> Vec<(String, Vec<i32>)> {
        facts(&d, year)
            .breaks
            .into_iter()
            .map(|b| (b.data, b.years))
            .collect()
    };
    // 2022 announces the break to come; 2023 and 2024 are in it; 2025
    // still shows both years in its tables.
    assert_eq!(years(2022), [("ctis".to_string(), vec![])]);
    assert_eq!(years(2023), [("ctis".to_string(), vec![2023])]);
    assert_eq!(years(2024), [("ctis".to_string(), vec![2023, 2024])]);
    assert_eq!(years(2025), [("ctis".to_string(), vec![2023, 2024])]);
    let d = data(&[(2020, ""), (2021, "")]);
    assert!(
        facts(&d, 2021).breaks.is_empty(),
        "a break two years on is not met"
    );
    let f = facts(&d, 2021);
    assert!(!f.broken("ctis", 2023));
    let f = facts(&ctis_years(), 2024);
    assert!(f.broken("ctis", 2023) && f.broken("ctis", 2024));
    assert!(!f.broken("ctis", 2022) && !f.broken("cancer", 2023));
    let b = &f.breaks[0];
    assert_eq!(
        (b.from, b.to, b.date.year, b.date.month, b.date.day),
        (2023, 2024, 2023, 1, 31)
    );
    assert_eq!(b.message, "ctis");
}

#[test]
fn a_break_starts_a_series_again_for_trends_records_and_since() {
    // Cancer trials broken in 2023: 2023 is not compared with 2022, and
    // 2024's trend, streak and record count from 2023 only.
    let cancer = |n: u32| format!("[cancer]\ncommercial = {n}\nnon_commercial = 0\ntotal = {n}\n");
    let d = data(&[
        (2019, &cancer(50)),
        (2020, &cancer(40)),
        (2021, &cancer(30)),
        (2022, &cancer(20)),
        (2023, &cancer(10)),
        (2024, &cancer(9)),
    ]);
    let mut config = crate::config::Config::shipped();
    config.breaks = vec![crate::config::SeriesBreak {
        data: "cancer".into(),
        to: None,
        ..crate::config::Config::shipped().breaks[0].clone()
    }];
    let f = |year| {
        crate::facts::compute(&d, &config, d.get(year).unwrap())
            .cancer
            .unwrap()
    };
    assert!(f(2023).trend.is_none());
    let t = f(2024).trend.unwrap();
    assert_eq!((t.change.previous_year, t.streak), (2023, 1));
    // Below every year before it, but only one of them is after the break.
    assert!(t.record.is_none());
    assert_eq!(t.from_level, crate::facts::Level::Ordinary);
    // Unbroken, the same year is a fifth fall in a row and a record.
    let t = facts(&d, 2024).cancer.unwrap().trend.unwrap();
    assert_eq!(t.streak, 5);
    assert!(t.record.is_some());
    // The history (the table) keeps every year.
    assert_eq!(f(2024).history.len(), 6);
}

#[test]
fn phases_therapy_areas_and_safety_are_not_compared_across_their_breaks() {
    let phases =
        |n: u32| format!("[phases]\nphase_1 = {n}\nphase_2 = 1\nphase_3 = 1\nphase_4 = 1\n");
    let areas = "[therapy_areas]\ntop = [{ soc = \"neoplasms\", count = 5 }]\n";
    let year = |n: u32| format!("{}{areas}{}", phases(n), safety(n, n));
    let d = data(&[(2023, &year(10)), (2024, &year(20))]);
    let broken = |data: &str| {
        let mut config = crate::config::Config::shipped();
        config.breaks = vec![crate::config::SeriesBreak {
            data: data.into(),
            from: 2024,
            to: None,
            ..crate::config::Config::shipped().breaks[0].clone()
        }];
        crate::facts::compute(&d, &config, d.get(2024).unwrap())
    };
    let f = facts(&d, 2024);
    assert!(f.phases.unwrap().changes.is_some());
    assert_eq!(f.therapy.unwrap().still, Some(true));
    assert!(f.safety.unwrap().annual_reports_change.is_some());
    assert!(broken("phases").phases.unwrap().changes.is_none());
    assert_eq!(broken("therapy_areas").therapy.unwrap().still, None);
    let s = broken("safety").safety.unwrap();
    assert!(s.annual_reports_change.is_none() && s.substances_change.is_none());
    // Each break holds its own series only.
    let f = broken("phases");
    assert!(f.safety.unwrap().annual_reports_change.is_some());
    assert_eq!(f.therapy.unwrap().still, Some(true));
}
