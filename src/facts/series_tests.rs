//! Tests of [`super`]: `series.rs`.
use super::*;

fn n() -> Narrative {
    crate::config::Config::shipped().narrative
}

#[test]
fn the_reference_calls_these_changes_slight() {
    // +11 %, −4 %, −15 % are all "slight" in the 2024 report.
    assert_eq!(
        Change::new(&n(), 2023, 98, 109, 1).class,
        ChangeClass::SlightIncrease
    );
    assert_eq!(
        Change::new(&n(), 2023, 46, 44, 1).class,
        ChangeClass::SlightDecrease
    );
    assert_eq!(
        Change::new(&n(), 2023, 39, 33, 1).class,
        ChangeClass::SlightDecrease
    );
}

#[test]
fn size_classes_follow_the_thresholds() {
    let class = |a, b| Change::new(&n(), 2023, a, b, 1).class;
    assert_eq!(class(100, 102), ChangeClass::Stable);
    assert_eq!(class(100, 103), ChangeClass::SlightIncrease);
    assert_eq!(class(100, 116), ChangeClass::SlightIncrease);
    assert_eq!(class(100, 117), ChangeClass::ClearIncrease);
    assert_eq!(class(100, 125), ChangeClass::ClearIncrease);
    assert_eq!(class(100, 135), ChangeClass::ClearIncrease);
    assert_eq!(class(100, 136), ChangeClass::SharpIncrease);
    assert_eq!(class(100, 97), ChangeClass::SlightDecrease);
    assert_eq!(class(100, 98), ChangeClass::Stable);
    assert_eq!(class(100, 70), ChangeClass::ClearDecrease);
    assert_eq!(class(100, 50), ChangeClass::SharpDecrease);
    assert_eq!(class(0, 5), ChangeClass::SharpIncrease);
    assert_eq!(class(0, 0), ChangeClass::Stable);
    assert_eq!(class(5, 5), ChangeClass::Stable);
}

#[test]
fn a_change_over_years_is_classed_by_its_yearly_rate() {
    // 47 → 59 over two years: +12 % a year, slight; in one year +26 %, clear.
    assert_eq!(Change::new(&n(), 2022, 47, 59, 2).size, Size::Slight);
    assert_eq!(Change::new(&n(), 2022, 47, 59, 1).size, Size::Clear);
}

#[test]
fn percent_delta_and_moved() {
    let c = Change::new(&n(), 2023, 98, 109, 1);
    assert_eq!((c.percent, c.delta()), (11, 11));
    assert!(c.moved(&n()));
    let c = Change::new(&n(), 2023, 10, 8, 1);
    assert_eq!(
        (c.percent, c.delta(), c.direction),
        (20, -2, Direction::Down)
    );
    // −20 %, but two applications are no trend.
    assert!(!c.moved(&n()));
    assert!(Change::new(&n(), 2023, 10, 7, 1).moved(&n()));
    // Three applications of 200 are stable.
    assert!(!Change::new(&n(), 2023, 200, 203, 1).moved(&n()));
    assert_eq!(Change::new(&n(), 2023, 0, 3, 1).percent, 0);
}

#[test]
fn from_low_level_and_continuation() {
    let total = [
        (2020, 122),
        (2021, 144),
        (2022, 158),
        (2023, 98),
        (2024, 109),
    ];
    let t = trend(&n(), &total).unwrap();
    assert_eq!(t.from_level, Level::Low);
    assert!(!t.continues);
    assert_eq!(t.streak, 1);
    assert_eq!(t.record, None);
    let nc = [
        (2019, 48),
        (2020, 50),
        (2021, 58),
        (2022, 50),
        (2023, 39),
        (2024, 33),
    ];
    let t = trend(&n(), &nc).unwrap();
    assert_eq!(t.change.class, ChangeClass::SlightDecrease);
    assert!(t.continues);
    assert_eq!(t.streak, 3);
    // 50 → 39 was clear, 39 → 33 slight: no repeat of last year's class.
    assert!(!t.repeats);
    assert_eq!(
        t.record,
        Some(RecordSince {
            record: Record::Lowest,
            since: 2019
        })
    );
}

#[test]
fn a_repeat_is_the_same_class_as_last_year_s_move() {
    // 100 → 95 → 90: two slight falls.
    let t = trend(&n(), &[(2022, 100), (2023, 95), (2024, 90)]).unwrap();
    assert!(t.repeats);
    // 100 → 80 → 75: clear, then slight.
    let t = trend(&n(), &[(2022, 100), (2023, 80), (2024, 75)]).unwrap();
    assert!(!t.repeats && t.continues);
    // 80 → 100 → 95: up, then down.
    let t = trend(&n(), &[(2022, 80), (2023, 100), (2024, 95)]).unwrap();
    assert!(!t.repeats);
    // 50 → 48 → 46: the same class, but two applications are no move.
    let t = trend(&n(), &[(2022, 50), (2023, 48), (2024, 46)]).unwrap();
    assert!(!t.repeats);
    // A first change has nothing to repeat.
    assert!(!trend(&n(), &[(2023, 100), (2024, 95)]).unwrap().repeats);
    // The year before last counts: 100 → 99 (stable) → 94.
    let t = trend(&n(), &[(2022, 100), (2023, 99), (2024, 94)]).unwrap();
    assert!(!t.repeats);
}

#[test]
fn slight_changes_beyond_the_word_s_limit_are_said_in_per_cent() {
    let c = |a, b| Change::new(&n(), 2023, a, b, 1);
    // nb keeps "svak" up to 12 %: +11 % (98 → 109) is slight.
    assert_eq!(c(98, 109).wording(0.12), Wording::Class);
    assert_eq!(c(98, 109).key(0.12), "slight-increase");
    // −15 % (39 → 33) and −14 % (142 → 122) are said in per cent.
    assert_eq!(c(39, 33).wording(0.12), Wording::Percent);
    assert_eq!(c(39, 33).key(0.12), "decrease-by");
    assert_eq!(c(142, 122).key(0.12), "decrease-by");
    assert_eq!(c(50, 58).key(0.12), "increase-by");
    // Exactly at the limit is still the word; just over it is not.
    assert_eq!(c(100, 112).key(0.12), "slight-increase");
    assert_eq!(c(100, 113).key(0.12), "increase-by");
    assert_eq!(c(100, 88).key(0.12), "slight-decrease");
    assert_eq!(c(100, 87).key(0.12), "decrease-by");
    // English reads "slight" smaller: +11 % is said in per cent.
    assert_eq!(c(98, 109).key(0.06), "increase-by");
    assert_eq!(c(100, 106).key(0.06), "slight-increase");
    // A clear or sharp change keeps its word; a stable one too, unless
    // the count is the very same.
    assert_eq!(c(100, 125).key(0.06), "clear-increase");
    assert_eq!(c(100, 50).key(0.06), "sharp-decrease");
    assert_eq!(c(122, 121).key(0.06), "stable");
    assert_eq!(c(121, 121).wording(0.06), Wording::Unchanged);
    assert_eq!(c(121, 121).key(0.06), "unchanged");
    assert_eq!(c(0, 0).key(0.06), "unchanged");
    // From nothing: sharp, never a percentage.
    assert_eq!(c(0, 5).key(0.06), "sharp-increase");
}

#[test]
fn the_level_needs_enough_years_and_is_stated_in_the_config() {
    // 2023 is the lowest of four years (2020–2023): a low level.
    let s = [
        (2020, 122),
        (2021, 144),
        (2022, 158),
        (2023, 98),
        (2024, 109),
    ];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Low);
    // Of three years only (2021–2023), it is not: 2017 against 2014–2016
    // read "from last year's high level" for one year's 142.
    assert_eq!(trend(&n(), &s[1..]).unwrap().from_level, Level::Ordinary);
    let loose = Narrative {
        level_min_years: 3,
        ..n()
    };
    assert_eq!(trend(&loose, &s[1..]).unwrap().from_level, Level::Low);
    // A high level; and a last year in the middle is ordinary.
    let s = [
        (2019, 121),
        (2020, 122),
        (2021, 144),
        (2022, 158),
        (2023, 98),
    ];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::High);
    let s = [(2020, 122), (2021, 158), (2022, 144), (2023, 98)];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Ordinary);
    // A tie with the lowest is no low level, nor is a lowest within a
    // stable change of another year (2018: 2017's 122 against 2014's 124,
    // 1.6 % apart, is the normal level); 3 % apart it is low.
    let s = [(2017, 122), (2018, 121), (2019, 121), (2020, 122)];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Ordinary);
    let s = [(2017, 122), (2018, 125), (2019, 125), (2020, 122)];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Ordinary);
    let s = [
        (2014, 124),
        (2015, 129),
        (2016, 142),
        (2017, 122),
        (2018, 121),
    ];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Ordinary);
    let s = [
        (2014, 126),
        (2015, 129),
        (2016, 142),
        (2017, 122),
        (2018, 121),
    ];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Low);
    let s = [
        (2014, 118),
        (2015, 110),
        (2016, 102),
        (2017, 122),
        (2018, 121),
    ];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::High);
    let s = [
        (2014, 119),
        (2015, 110),
        (2016, 102),
        (2017, 122),
        (2018, 121),
    ];
    assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Ordinary);
}

#[test]
fn a_record_past_last_years_level_drops_the_level() {
    // Cancer 2020: 45 (2019, the low of 2014–2019) → 43, a new low.
    let s = [
        (2014, 47),
        (2015, 53),
        (2016, 59),
        (2017, 48),
        (2018, 51),
        (2019, 45),
        (2020, 43),
    ];
    let t = trend(&n(), &s).unwrap();
    assert_eq!(t.record.map(|r| r.record), Some(Record::Lowest));
    assert_eq!(t.from_level, Level::Ordinary);
    // Rising from the low keeps it (2024: up from 2023's low 98).
    let mut up = s;
    up[6].1 = 50;
    assert_eq!(trend(&n(), &up).unwrap().from_level, Level::Low);
    // A high level, then a record low: both said (2023: down from 158).
    let s = [
        (2017, 122),
        (2018, 121),
        (2019, 121),
        (2020, 122),
        (2021, 144),
        (2022, 158),
        (2023, 98),
    ];
    let t = trend(&n(), &s).unwrap();
    assert_eq!(t.from_level, Level::High);
    assert_eq!(t.record.map(|r| r.record), Some(Record::Lowest));
}

#[test]
fn records_need_an_unbroken_series_and_enough_years() {
    let s = [
        (2018, 121),
        (2019, 121),
        (2020, 122),
        (2021, 144),
        (2022, 158),
        (2023, 98),
    ];
    let t = trend(&n(), &s).unwrap();
    assert_eq!(
        t.record,
        Some(RecordSince {
            record: Record::Lowest,
            since: 2018
        })
    );
    // 158, the highest of five years (2018–2022): too short a series.
    assert_eq!(trend(&n(), &s[..5]).unwrap().record, None);
    // 2017's 122, the lowest of 2014–2017: four years, no record.
    let s17 = [(2014, 124), (2015, 129), (2016, 142), (2017, 122)];
    assert_eq!(trend(&n(), &s17).unwrap().record, None);
    // The length is the config's, this year included.
    let loose = Narrative {
        record_min_years: 4,
        ..n()
    };
    assert_eq!(
        trend(&loose, &s17).unwrap().record.map(|r| r.record),
        Some(Record::Lowest)
    );
    let five = Narrative {
        record_min_years: 5,
        ..n()
    };
    assert_eq!(trend(&five, &s17).unwrap().record, None);
    assert_eq!(
        trend(&five, &s[..5]).unwrap().record.map(|r| r.record),
        Some(Record::Highest)
    );
    // One year is no record, whatever the config says.
    let any = Narrative {
        record_min_years: 0,
        ..n()
    };
    assert_eq!(record_of(&[(2024, 5)], any.record_min_years), None);
    assert_eq!(
        record_of(&[(2023, 6), (2024, 5)], any.record_min_years).map(|r| r.record),
        Some(Record::Lowest)
    );
}

#[test]
fn a_stable_change_a_tie_or_a_gap_makes_no_record() {
    // A record by a stable change (2018: 121 against 122, right after
    // "in line with") is none.
    let s18 = [
        (2013, 130),
        (2014, 124),
        (2015, 129),
        (2016, 142),
        (2017, 122),
        (2018, 121),
    ];
    assert_eq!(trend(&n(), &s18).unwrap().change.class, ChangeClass::Stable);
    assert_eq!(trend(&n(), &s18).unwrap().record, None);
    let mut s18b = s18;
    s18b[5].1 = 118;
    assert_eq!(
        trend(&n(), &s18b).unwrap().record.map(|r| r.record),
        Some(Record::Lowest)
    );
    // A tie is not a record, at the bottom or at the top.
    let s = [
        (2015, 130),
        (2016, 130),
        (2017, 122),
        (2018, 110),
        (2019, 125),
        (2020, 110),
    ];
    assert_eq!(trend(&n(), &s).unwrap().record, None);
    let s = [
        (2015, 100),
        (2016, 100),
        (2017, 122),
        (2018, 135),
        (2019, 110),
        (2020, 135),
    ];
    assert_eq!(trend(&n(), &s).unwrap().record, None);
    // A gap: the series starts again after it.
    let s = [
        (2010, 1),
        (2011, 2),
        (2012, 3),
        (2013, 4),
        (2014, 5),
        (2016, 40),
        (2017, 41),
        (2018, 42),
        (2019, 43),
        (2020, 44),
    ];
    assert_eq!(trend(&n(), &s).unwrap().record, None);
    let mut s = s.to_vec();
    s.push((2021, 50));
    assert_eq!(
        trend(&n(), &s).unwrap().record,
        Some(RecordSince {
            record: Record::Highest,
            since: 2016
        })
    );
}

#[test]
fn no_trend_across_a_gap_and_no_streak_through_one() {
    assert!(trend(&n(), &[(2022, 10), (2024, 20)]).is_none());
    assert!(trend(&n(), &[(2024, 20)]).is_none());
    // Down 2019 → 2020 → 2021, a gap, then down twice: a streak of two.
    let s = [
        (2019, 100),
        (2020, 90),
        (2021, 80),
        (2023, 70),
        (2024, 60),
        (2025, 50),
    ];
    let t = trend(&n(), &s).unwrap();
    assert_eq!((t.streak, t.continues), (2, true));
    // A stable year breaks a streak; a stable year has none.
    let s = [(2021, 100), (2022, 90), (2023, 89), (2024, 80)];
    assert_eq!(trend(&n(), &s).unwrap().streak, 1);
    assert!(!trend(&n(), &s).unwrap().continues);
    let s = [(2022, 90), (2023, 80), (2024, 79)];
    assert_eq!(trend(&n(), &s).unwrap().streak, 0);
    assert!(!trend(&n(), &s).unwrap().continues);
    // Up after down does not continue.
    let s = [(2022, 90), (2023, 80), (2024, 90)];
    assert_eq!(trend(&n(), &s).unwrap().streak, 1);
    // A rise of two the year before is no trend to continue (2021's
    // non-commercial sponsors: 48 → 50 → 58).
    let s = [(2019, 48), (2020, 50), (2021, 58)];
    assert_eq!(trend(&n(), &s).unwrap().streak, 1);
    assert!(!trend(&n(), &s).unwrap().continues);
    // This year's own change counts by its class, however small
    // (the cancer trials of 2024: 61 → 52 → 46 → 44).
    let s = [(2021, 61), (2022, 52), (2023, 46), (2024, 44)];
    assert_eq!(trend(&n(), &s).unwrap().streak, 3);
}

#[test]
fn gradual_only_over_consecutive_slight_rises() {
    // 2022 and 2024 only: an increase from 2022, nothing gradual.
    let s = since(&n(), &[(2022, 47), (2024, 59)]).unwrap();
    assert_eq!(s.shape, Shape::Increase);
    assert_eq!((s.base_year, s.base_value), (2022, 47));
    let s = since(&n(), &[(2022, 59), (2024, 47)]).unwrap();
    assert_eq!(s.shape, Shape::Decrease);
    let s = since(&n(), &[(2022, 59), (2024, 60)]).unwrap();
    assert_eq!(s.shape, Shape::Stable);
    // Three consecutive slight rises: gradual since the first year.
    let s = since(&n(), &[(2021, 41), (2022, 47), (2023, 52), (2024, 59)]).unwrap();
    assert_eq!(s.shape, Shape::GradualIncrease);
    assert_eq!((s.base_year, s.base_value), (2021, 41));
    // A sharp step (30 → 47) before the slight ones is where it starts.
    let s = since(&n(), &[(2021, 30), (2022, 47), (2023, 52), (2024, 59)]).unwrap();
    assert_eq!((s.base_year, s.base_value), (2022, 47));
    // One step only is no gradual rise; a clear step breaks it.
    assert!(since(&n(), &[(2023, 52), (2024, 59)]).is_none());
    assert!(since(&n(), &[(2022, 35), (2023, 52), (2024, 59)]).is_none());
    let s = since(&n(), &[(2021, 35), (2022, 47), (2023, 52), (2024, 59)]).unwrap();
    assert_eq!(s.base_year, 2022);
    // A stable step is not a rise.
    assert!(since(&n(), &[(2022, 52), (2023, 52), (2024, 59)]).is_none());
    assert!(since(&n(), &[(2024, 59)]).is_none());
}

#[test]
fn shares_round_and_say_about() {
    let s = Share::new(45, 59);
    assert_eq!((s.percent, s.approximate), (76, true));
    let s = Share::new(1, 4);
    assert_eq!((s.percent, s.approximate), (25, false));
    // 0 of nothing is 0 %.
    assert_eq!(Share::new(0, 0).percent, 0);
}
