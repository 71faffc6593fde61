//! Series and their turns: a count against last year and its size class,
//! last year's level, streaks, records of the whole series, shares, and
//! "gradual". The rules the words follow, with their thresholds from
//! `report.toml`, and nothing about any one section.
//!
//! Every rule here reads an *unbroken* series: a year without data breaks
//! it, and nothing is compared across the gap, nor counted in a streak or
//! a record through it.

use serde::Serialize;

use crate::config::Narrative;
use crate::data::Count;

/// Up, down or unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// How large a relative change is, by the thresholds in `report.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Size {
    Stable,
    Slight,
    Clear,
    Sharp,
}

/// Size and direction in one word, the selector the locales use:
/// `stable`, `slight-increase`, `clear-decrease`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ChangeClass {
    Stable,
    SlightIncrease,
    ClearIncrease,
    SharpIncrease,
    SlightDecrease,
    ClearDecrease,
    SharpDecrease,
}

impl ChangeClass {
    /// The key the locales select on: `slight-increase`, …
    pub fn key(self) -> &'static str {
        self.into()
    }

    fn of(direction: Direction, size: Size) -> Self {
        match (size, direction) {
            (Size::Stable, _) | (_, Direction::Same) => Self::Stable,
            (Size::Slight, Direction::Up) => Self::SlightIncrease,
            (Size::Clear, Direction::Up) => Self::ClearIncrease,
            (Size::Sharp, Direction::Up) => Self::SharpIncrease,
            (Size::Slight, Direction::Down) => Self::SlightDecrease,
            (Size::Clear, Direction::Down) => Self::ClearDecrease,
            (Size::Sharp, Direction::Down) => Self::SharpDecrease,
        }
    }

    /// Up, down, or stable (`Same`).
    pub fn direction(self) -> Direction {
        match self {
            Self::Stable => Direction::Same,
            Self::SlightIncrease | Self::ClearIncrease | Self::SharpIncrease => Direction::Up,
            Self::SlightDecrease | Self::ClearDecrease | Self::SharpDecrease => Direction::Down,
        }
    }
}

/// A count compared with the year before.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub previous_year: i32,
    pub previous: Count,
    pub current: Count,
    /// (current − previous) / previous; `None` when previous is zero.
    pub relative: Option<f64>,
    /// The relative change in whole per cent, without sign (0 when previous is zero).
    pub percent: u32,
    /// The raw direction, however small the change.
    pub direction: Direction,
    pub size: Size,
    pub class: ChangeClass,
}

impl Change {
    /// Classifies `previous → current` over `years` years (1 for year on year;
    /// more for an average yearly change).
    pub fn new(
        n: &Narrative,
        previous_year: i32,
        previous: Count,
        current: Count,
        years: i32,
    ) -> Self {
        let direction = match current.cmp(&previous) {
            std::cmp::Ordering::Greater => Direction::Up,
            std::cmp::Ordering::Less => Direction::Down,
            std::cmp::Ordering::Equal => Direction::Same,
        };
        let relative = (previous > 0)
            .then(|| (f64::from(current) - f64::from(previous)) / f64::from(previous));
        let yearly = relative.map(|r| match years {
            ..=1 => r,
            _ => (1.0 + r).powf(1.0 / f64::from(years)) - 1.0,
        });
        // The thresholds are read as written: 35 of 100 is "up to 0.35",
        // whatever the last bit of the division says.
        const EPS: f64 = 1e-9;
        let size = match yearly.map(f64::abs) {
            None if current == previous => Size::Stable,
            None => Size::Sharp,
            Some(r) if r < n.stable_below - EPS => Size::Stable,
            Some(r) if r <= n.slight_up_to + EPS => Size::Slight,
            Some(r) if r <= n.clear_up_to + EPS => Size::Clear,
            Some(_) => Size::Sharp,
        };
        Self {
            previous_year,
            previous,
            current,
            relative,
            percent: relative.map_or(0, |r| (r.abs() * 100.0).round() as u32),
            direction,
            size,
            class: ChangeClass::of(direction, size),
        }
    }

    /// current − previous.
    pub fn delta(&self) -> i64 {
        i64::from(self.current) - i64::from(self.previous)
    }

    /// How the change is said, where "slight" stops at `slight_word_up_to`
    /// (the language's limit, `report.toml`): an identical count is
    /// unchanged, not "in line with"; a slight change beyond the limit is
    /// said by its percentage; any other by its class.
    pub fn wording(&self, slight_word_up_to: f64) -> Wording {
        const EPS: f64 = 1e-9;
        if self.direction == Direction::Same {
            return Wording::Unchanged;
        }
        match self.relative {
            Some(r) if self.size == Size::Slight && r.abs() > slight_word_up_to + EPS => {
                Wording::Percent
            }
            _ => Wording::Class,
        }
    }

    /// The selector the locales choose the words by: the class key
    /// (`slight-decrease`, …), `unchanged`, or `increase-by` / `decrease-by`
    /// (say the percentage), as [`Change::wording`] decides.
    pub fn key(&self, slight_word_up_to: f64) -> &'static str {
        self.said(slight_word_up_to).into()
    }

    /// [`Change::key`] as a value.
    pub fn said(&self, slight_word_up_to: f64) -> ChangeKey {
        match (self.wording(slight_word_up_to), self.direction) {
            (Wording::Unchanged, _) => ChangeKey::Unchanged,
            (Wording::Percent, Direction::Up) => ChangeKey::IncreaseBy,
            (Wording::Percent, _) => ChangeKey::DecreaseBy,
            (Wording::Class, _) => match self.class {
                ChangeClass::Stable => ChangeKey::Stable,
                ChangeClass::SlightIncrease => ChangeKey::SlightIncrease,
                ChangeClass::ClearIncrease => ChangeKey::ClearIncrease,
                ChangeClass::SharpIncrease => ChangeKey::SharpIncrease,
                ChangeClass::SlightDecrease => ChangeKey::SlightDecrease,
                ChangeClass::ClearDecrease => ChangeKey::ClearDecrease,
                ChangeClass::SharpDecrease => ChangeKey::SharpDecrease,
            },
        }
    }

    /// A change worth a word: not stable, and by at least `min_change`.
    pub fn moved(&self, n: &Narrative) -> bool {
        self.class != ChangeClass::Stable && self.delta().unsigned_abs() >= u64::from(n.min_change)
    }
}

/// How a change is said, the selector `$change` of the sentences that
/// word it ([`Change::key`]): its class, `unchanged`, or the percentage
/// (`increase-by`, `decrease-by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum ChangeKey {
    Stable,
    SlightIncrease,
    ClearIncrease,
    SharpIncrease,
    SlightDecrease,
    ClearDecrease,
    SharpDecrease,
    Unchanged,
    IncreaseBy,
    DecreaseBy,
}

/// How a change is put into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Wording {
    /// By its class: "en svak nedgang", "en klar oppgang", "på linje med".
    Class,
    /// The count is the same as last year's: "uendret", not "på linje med".
    Unchanged,
    /// By its percentage: a slight change too large for the word "slight".
    Percent,
}

/// Where last year stood in the series before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Level {
    /// Last year was the lowest of the series so far.
    Low,
    /// Last year was the highest of the series so far.
    High,
    Ordinary,
}

/// This year against every earlier year of its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Record {
    /// Below every earlier year.
    Lowest,
    /// Above every earlier year.
    Highest,
}

/// A record and the first year of the series it is a record of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RecordSince {
    pub record: Record,
    pub since: i32,
}

/// A year-on-year change with its context.
#[derive(Debug, Clone, Serialize)]
pub struct Trend {
    pub change: Change,
    /// Where the previous year stood in the series up to it.
    pub from_level: Level,
    /// How many years running the series has moved in this year's
    /// direction, this year included (0 when this year is stable); an
    /// earlier year counts only if it moved by `min_change` or more.
    pub streak: u32,
    /// The change goes the same way as the one the year before.
    pub continues: bool,
    /// The change the year before moved the same way with the same class
    /// ("nok en svak nedgang", "a further slight decrease").
    pub repeats: bool,
    /// This year is the lowest or highest of the whole series (of at least
    /// `record_min_years` years), and not by a stable change.
    pub record: Option<RecordSince>,
}

/// The last run of consecutive years of `series` (in year order).
pub(super) fn unbroken<T>(series: &[(i32, T)]) -> &[(i32, T)] {
    let mut start = series.len().saturating_sub(1);
    while start > 0 && series[start].0 - series[start - 1].0 == 1 {
        start -= 1;
    }
    &series[start..]
}

/// Whether the last value is below (above) every one before it, in a
/// series of at least `min_years` values, the last included (and of two at
/// least: one value is no record).
pub(super) fn record_of<T: PartialOrd + Copy>(
    run: &[(i32, T)],
    min_years: usize,
) -> Option<RecordSince> {
    let [earlier @ .., (_, last)] = run else {
        return None;
    };
    if run.len() < min_years.max(2) {
        return None;
    }
    let record = if earlier.iter().all(|(_, v)| *last < *v) {
        Record::Lowest
    } else if earlier.iter().all(|(_, v)| *last > *v) {
        Record::Highest
    } else {
        return None;
    };
    Some(RecordSince {
        record,
        since: run[0].0,
    })
}

/// The trend of a series at its last point (`series` is in year order and
/// ends with the current year). `None` when the year before is missing.
pub fn trend(n: &Narrative, series: &[(i32, Count)]) -> Option<Trend> {
    let run = unbroken(series);
    let [.., (py, prev), (_, cur)] = run else {
        return None;
    };
    let change = Change::new(n, *py, *prev, *cur, 1);
    // The years up to and including last year.
    let history = &run[..run.len() - 1];
    // Last year against each other year of the history: a level is low
    // (high) only when every other year is clearly above (below) it.
    let others = &history[..history.len().saturating_sub(1)];
    let clearly = |v: &Count| Change::new(n, *py, *prev, *v, 1).class != ChangeClass::Stable;
    let from_level = if history.len() < n.level_min_years {
        Level::Ordinary
    } else if others.iter().all(|(_, v)| v > prev && clearly(v)) {
        Level::Low
    } else if others.iter().all(|(_, v)| v < prev && clearly(v)) {
        Level::High
    } else {
        Level::Ordinary
    };
    // This year's change counts as its class says; an earlier year's only
    // when it moved (by `min_change` at least: one or two is no trend).
    let direction = change.class.direction();
    let mut streak = 0;
    if direction != Direction::Same {
        streak = 1;
        for w in run[..run.len() - 1].windows(2).rev() {
            let step = Change::new(n, w[0].0, w[0].1, w[1].1, 1);
            if step.class.direction() != direction || !step.moved(n) {
                break;
            }
            streak += 1;
        }
    }
    // A record right after "in line with" is no news (2018: 121 against 122).
    let record = record_of(run, n.record_min_years).filter(|_| change.class != ChangeClass::Stable);
    // A record beyond last year's level says it better: "down from last
    // year's low level (45) … the lowest since 2014" says the fall twice.
    let from_level = match (from_level, record.map(|r| r.record)) {
        (Level::Low, Some(Record::Lowest)) | (Level::High, Some(Record::Highest)) => {
            Level::Ordinary
        }
        (level, _) => level,
    };
    // Last year's change, when it moved the same way by the same class:
    // only then is this one "fortsatt"/"further" of its kind.
    let repeats = streak >= 2
        && matches!(run, [.., (y0, v0), _, _]
            if Change::new(n, *y0, *v0, *prev, 1).class == change.class);
    Some(Trend {
        change,
        from_level,
        streak,
        continues: streak >= 2,
        repeats,
        record,
    })
}

/// A part of a whole, as a rounded percentage.
#[derive(Debug, Clone, Serialize)]
pub struct Share {
    pub part: Count,
    pub whole: Count,
    /// Rounded to a whole number.
    pub percent: u32,
    /// The rounding changed the value ("about").
    pub approximate: bool,
}

impl Share {
    pub fn new(part: Count, whole: Count) -> Self {
        if whole == 0 {
            return Self {
                part,
                whole,
                percent: 0,
                approximate: false,
            };
        }
        let exact = f64::from(part) * 100.0 / f64::from(whole);
        let percent = exact.round() as u32;
        Self {
            part,
            whole,
            percent,
            approximate: (exact - f64::from(percent)).abs() > 1e-9,
        }
    }
}

/// The shape of a series from a base year to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Shape {
    /// Rising in every one of two or more consecutive years, each step slight.
    GradualIncrease,
    /// Higher than in the base year (the years between are not known).
    Increase,
    Stable,
    /// Lower than in the base year (the years between are not known).
    Decrease,
}

#[derive(Debug, Clone, Serialize)]
pub struct Since {
    pub base_year: i32,
    pub base_value: Count,
    pub shape: Shape,
}

/// How a series has moved into its last point, beyond last year.
///
/// With last year known: a gradual increase when the series rose in each of
/// at least two consecutive years up to now, every step slight (`None`
/// otherwise: the year-on-year [`Trend`] says the rest). With last year
/// missing: the comparison with the latest earlier year, by direction only,
/// as the years between are not known.
pub fn since(n: &Narrative, series: &[(i32, Count)]) -> Option<Since> {
    let [.., (py, pv), (cy, cv)] = series else {
        return None;
    };
    if cy - py != 1 {
        let shape = match Change::new(n, *py, *pv, *cv, 1).class.direction() {
            Direction::Up => Shape::Increase,
            Direction::Down => Shape::Decrease,
            Direction::Same => Shape::Stable,
        };
        return Some(Since {
            base_year: *py,
            base_value: *pv,
            shape,
        });
    }
    let run = unbroken(series);
    let mut start = run.len() - 1;
    while start > 0 {
        let (y0, v0) = run[start - 1];
        let (_, v1) = run[start];
        if Change::new(n, y0, v0, v1, 1).class != ChangeClass::SlightIncrease {
            break;
        }
        start -= 1;
    }
    let steps = run.len() - 1 - start;
    (steps >= 2).then(|| Since {
        base_year: run[start].0,
        base_value: run[start].1,
        shape: Shape::GradualIncrease,
    })
}

#[cfg(test)]
#[path = "series_tests.rs"]
mod tests;
