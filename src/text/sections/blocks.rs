//! What the sections' tables and figures share: table symbols, the years
//! after a break, rows by year, figures with their notes and alt text.

use super::super::*;

impl Builder<'_> {
    /// The message of a table symbol ([`Symbol`]).
    pub(in crate::text) fn symbol_id(symbol: Symbol) -> &'static str {
        match symbol {
            Symbol::NotAvailable => "symbol-not-available",
            Symbol::NotApplicable => "symbol-not-applicable",
            Symbol::Break => "symbol-break",
        }
    }

    /// A cell with a table symbol ([`Symbol`]) in place of a number.
    pub(in crate::text) fn symbol(&self, symbol: Symbol) -> Cell {
        Cell {
            symbol: Some(symbol),
            ..Cell::new(self.t(Self::symbol_id(symbol), &[]))
        }
    }

    /// The cell of `year` in a table of the series `data` whose first year
    /// is `first` (a year label): marked with the break symbol when the year
    /// cannot be compared with the year before it, and the table has that
    /// year (the first year has nothing before it to break from).
    pub(in crate::text) fn year_cell(&self, data: &str, year: i32, first: i32) -> Cell {
        if year > first && self.f.broken(data, year) {
            Cell {
                mark: Some(Symbol::Break),
                ..Cell::new(self.t("table-break-mark", args![("value", year.to_string())]))
            }
        } else {
            Cell::new(year.to_string())
        }
    }

    /// The notes under a figure of the series `data` over `years` (in
    /// order) for each break inside it: its reason, and which years cannot
    /// be compared with the year before.
    pub(in crate::text) fn break_notes(&self, data: &str, years: &[i32]) -> Vec<String> {
        self.f
            .breaks
            .iter()
            .filter(|b| b.data == data)
            .filter_map(|b| {
                let inside: Vec<i32> = b
                    .years
                    .iter()
                    .copied()
                    .filter(|y| years.contains(y) && years.contains(&(y - 1)))
                    .collect();
                (!inside.is_empty()).then(|| {
                    [
                        self.break_reason(b),
                        self.t(
                            "break-not-comparable",
                            args![
                                ("years", self.years(&inside)),
                                ("count", inside.len() as u32),
                                ("series", b.data.as_str())
                            ],
                        ),
                    ]
                    .join(" ")
                })
            })
            .collect()
    }

    /// The public reason of a break: the message `break-<message>`.
    pub(in crate::text) fn break_reason(&self, b: &crate::facts::BreakFacts) -> String {
        self.t(
            &format!("break-{}", b.message),
            args![("date", self.date(b.date))],
        )
    }

    /// Adds the notes of the breaks in `data` over `years` under a figure.
    pub(in crate::text) fn note_breaks(&self, block: &mut Block, data: &str, years: &[i32]) {
        if let Block::Figure { notes, .. } = block {
            notes.extend(self.break_notes(data, years));
        }
    }

    /// One row per year from `from` to `to`, in order: the year and its
    /// cells where `rows` has the year, and `..` in each of the `width`
    /// value cells where it has not (a year without data stays in the
    /// table, as a statistical table keeps its rows).
    pub(in crate::text) fn year_rows<R>(
        &self,
        data: &str,
        (from, to): (i32, i32),
        rows: &[R],
        year_of: impl Fn(&R) -> i32,
        cells: impl Fn(&R) -> Vec<Cell>,
        width: usize,
    ) -> Vec<Vec<Cell>> {
        (from..=to)
            .map(|year| {
                let mut row = vec![self.year_cell(data, year, from)];
                match rows.iter().find(|r| year_of(r) == year) {
                    Some(r) => row.extend(cells(r)),
                    None => row.extend((0..width).map(|_| self.symbol(Symbol::NotAvailable))),
                }
                row
            })
            .collect()
    }

    /// A figure block with its chart and a generated, localised alt text.
    pub(in crate::text) fn figure(&self, id: &str, caption: String, chart: ChartData) -> Block {
        self.figure_lacking(id, caption, chart, &[])
    }

    /// A figure of the years that have data, naming under it the `lacking`
    /// years it leaves out.
    pub(in crate::text) fn figure_lacking(
        &self,
        id: &str,
        caption: String,
        chart: ChartData,
        lacking: &[i32],
    ) -> Block {
        let alt = self.alt_text(&caption, &chart);
        let notes = if lacking.is_empty() {
            Vec::new()
        } else {
            vec![self.t(
                "figure-gap",
                args![
                    ("years", self.years(lacking)),
                    ("count", lacking.len() as u32)
                ],
            )]
        };
        Block::Figure {
            id: format!("fig-{id}"),
            caption,
            alt,
            notes,
            chart,
        }
    }

    /// "Stacked bar chart: <caption>. Legend: …. Highest total: 2022 (158).
    /// Lowest total: 2023 (98)." The highest and lowest are of the stacks (a
    /// stacked chart), or of the single bars ("Phase II, 2024" in a grouped
    /// chart of several series).
    pub(in crate::text) fn alt_text(&self, caption: &str, chart: &ChartData) -> String {
        let value = |s: &(String, Vec<f64>), i: usize| s.1.get(i).copied().unwrap_or(0.0);
        let bars: Vec<(String, f64)> =
            if chart.kind == ChartKind::GroupedBars && chart.series.len() > 1 {
                chart
                    .categories
                    .iter()
                    .enumerate()
                    .flat_map(|(i, c)| {
                        chart
                            .series
                            .iter()
                            .map(move |s| (format!("{c}, {}", s.0), value(s, i)))
                    })
                    .collect()
            } else {
                chart
                    .categories
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.clone(), chart.series.iter().map(|s| value(s, i)).sum()))
                    .collect()
            };
        let max = bars
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.1.total_cmp(&b.1.1).then(b.0.cmp(&a.0)));
        let min = bars
            .iter()
            .enumerate()
            .min_by(|a, b| a.1.1.total_cmp(&b.1.1).then(a.0.cmp(&b.0)));
        let (Some((_, (max_label, vmax))), Some((_, (min_label, vmin)))) = (max, min) else {
            return caption.to_string();
        };
        let kind = match chart.kind {
            ChartKind::StackedBars => "stacked",
            ChartKind::GroupedBars => "grouped",
            ChartKind::HorizontalBars => "horizontal",
        };
        let series: Vec<String> = chart.series.iter().map(|(n, _)| n.clone()).collect();
        self.t(
            "figure-alt",
            args![
                ("kind", kind),
                ("caption", caption.trim_end_matches('.').to_string()),
                ("series", self.loc.list(series.into_iter())),
                ("max-label", max_label.clone()),
                ("max", *vmax as u32),
                ("min-label", min_label.clone()),
                ("min", *vmin as u32)
            ],
        )
    }
}
