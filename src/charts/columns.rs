//! Vertical bars, stacked or grouped.

use super::*;

// ---------------------------------------------------------------------------
// Layout of vertical bars

/// One legend entry: series index and top-left corner of its swatch.
#[derive(Debug, Clone, Copy)]
pub(super) struct LegendEntry {
    pub(super) series: usize,
    pub(super) x: f64,
    pub(super) y: f64,
}

#[derive(Debug)]
pub(super) struct ColumnLayout {
    pub(super) plot: Plot,
    pub(super) ticks: Ticks,
    pub(super) tick_labels: Vec<String>,
    pub(super) legend: Vec<LegendEntry>,
    pub(super) category: CategoryLabels,
    pub(super) data_px: f64,
    /// Whether the data labels are turned upright because the bars are too narrow.
    pub(super) data_rotated: bool,
    /// Width of one bar: the stack for stacked bars, one series for grouped bars.
    pub(super) bar_width: f64,
    /// Centre x of the axis title column, if there is a title.
    pub(super) title_x: Option<f64>,
}

/// Lays out the legend as rows of entries from `left`, wrapping before `right`;
/// the first row's swatches start at `top`. Returns the entries and the rows' height.
pub(super) fn legend_layout(
    spec: &ChartSpec,
    left: f64,
    right: f64,
    top: f64,
) -> (Vec<LegendEntry>, f64) {
    if spec.series.len() < 2 {
        return (Vec::new(), 0.0);
    }
    let mut entries = Vec::new();
    let mut x = left;
    let mut row = 0.0;
    for (series, s) in spec.series.iter().enumerate() {
        let width = SWATCH + SWATCH_GAP + text_width(&s.name, LABEL_PX);
        if x > left && x + width > right {
            x = left;
            row += 1.0;
        }
        entries.push(LegendEntry {
            series,
            x,
            y: top + row * LEGEND_ROW,
        });
        x += width + LEGEND_GAP;
    }
    (entries, (row + 1.0) * LEGEND_ROW)
}

/// The category labels under vertical bars.
#[derive(Debug)]
pub(super) struct CategoryLabels {
    /// Each category's label, wrapped into lines (one line when rotated).
    pub(super) lines: Vec<Vec<String>>,
    pub(super) px: f64,
    /// Whether the labels are turned upright, reading from the bottom up,
    /// because the categories are too narrow for them.
    pub(super) rotated: bool,
    /// Height of the label band under the axis, px.
    pub(super) depth: f64,
}

/// Fits the category labels under slots `slot` px wide: wrapped and, if need
/// be, a little smaller; when they would shrink below [`ROTATE_BELOW`], upright.
pub(super) fn category_labels(spec: &ChartSpec, slot: f64) -> CategoryLabels {
    let room = (slot - 6.0).max(1.0);
    let widest = spec
        .categories
        .iter()
        .map(|c| widest_word(c, LABEL_PX))
        .fold(0.0, f64::max);
    let px = fitting_px(widest, room, LABEL_PX);
    if px >= ROTATE_BELOW {
        let lines: Vec<Vec<String>> = spec.categories.iter().map(|c| wrap(c, room, px)).collect();
        let count = lines.iter().map(Vec::len).max().unwrap_or(1);
        return CategoryLabels {
            lines,
            px,
            rotated: false,
            depth: count as f64 * px * LINE,
        };
    }
    // Upright, one line each, the font as large as the slot allows.
    let px = fitting_px(LABEL_PX, slot - 2.0, LABEL_PX);
    let lines: Vec<Vec<String>> = spec
        .categories
        .iter()
        .map(|c| vec![c.replace('\n', " ")])
        .collect();
    let depth = max_width(lines.iter().flatten(), px);
    CategoryLabels {
        lines,
        px,
        rotated: true,
        depth,
    }
}

/// The white gap between neighbouring bars of a group, px.
pub(super) fn bar_gap(bar_width: f64) -> f64 {
    if bar_width > 8.0 { 2.0 } else { 0.0 }
}

pub(super) fn column_layout(spec: &ChartSpec) -> Result<ColumnLayout, ChartError> {
    let width = f64::from(spec.width);
    let height = f64::from(spec.height);
    let n = spec.categories.len();
    let stacked = spec.kind == ChartKind::StackedBars;
    let series_count = spec.series.len();

    // The height of each labelled bar (a stack's total for stacked bars) and its label.
    let mut data: Vec<(f64, String)> = Vec::new();
    for c in 0..n {
        if stacked {
            let total: f64 = spec.series.iter().map(|s| s.values[c]).sum();
            data.push((total, (spec.format_number)(total)));
        } else {
            for s in &spec.series {
                data.push((s.values[c], (spec.format_number)(s.values[c])));
            }
        }
    }

    let title_col = if spec.y_label.trim().is_empty() {
        0.0
    } else {
        LABEL_PX * LINE + 4.0
    };
    let right = width - PAD;
    let too_small = ChartError::TooSmall {
        width: spec.width,
        height: spec.height,
    };

    // The left edge depends on the tick labels' width, which depends on the axis
    // maximum, which depends on the plot's height (headroom for the data labels),
    // which depends on the legend's rows and the category labels' lines, which
    // depend on the plot's width. Start from a guess and widen until it fits;
    // the left edge only grows, so this settles in a couple of rounds.
    let mut left = PAD + title_col + text_width("000", TICK_PX) + TICK_GAP;
    for _ in 0..6 {
        let plot_width = right - left;
        if plot_width < 40.0 {
            return Err(too_small);
        }
        let (legend, legend_height) = legend_layout(spec, left, right, PAD);
        let top = if legend.is_empty() {
            // Room for the upper half of the top tick label.
            PAD + TICK_PX * 0.6
        } else {
            PAD + legend_height + 8.0
        };

        let slot = plot_width / n as f64;
        let category = category_labels(spec, slot);
        let bottom = height - PAD - category.depth - TICK_GAP;

        let bar_width = if stacked {
            (slot * 0.62).min(90.0)
        } else {
            let group = (slot * 0.8).min(series_count as f64 * 70.0);
            let gap = bar_gap(group / series_count as f64);
            (group - gap * (series_count as f64 - 1.0)) / series_count as f64
        };
        // Neighbouring data labels keep at least 4 px apart; where they would
        // have to shrink below ROTATE_BELOW, they turn upright instead.
        let spacing = if stacked {
            slot
        } else {
            bar_width + bar_gap(bar_width)
        };
        let data_widest = max_width(data.iter().map(|(_, s)| s), DATA_PX);
        let mut data_px = fitting_px(data_widest, spacing - 4.0, DATA_PX);
        let data_rotated = data_px < ROTATE_BELOW;
        if data_rotated {
            data_px = fitting_px(DATA_PX, spacing - 2.0, DATA_PX);
        }

        let plot_height = bottom - top;
        if plot_height < 40.0 {
            return Err(too_small);
        }
        let mut needed: f64 = 0.0;
        for (value, label) in &data {
            let room = if data_rotated {
                text_width(label, data_px) + DATA_GAP + 2.0
            } else {
                data_px * LINE + DATA_GAP
            };
            if room * 2.0 >= plot_height {
                return Err(too_small);
            }
            needed = needed.max(needed_max(*value, room, plot_height));
        }
        let target = (plot_height / 55.0).round().clamp(3.0, 8.0) as usize;
        let ticks = Ticks::nice(needed, target);
        let tick_labels: Vec<String> = ticks.values().into_iter().map(spec.format_number).collect();
        let wanted_left = PAD + title_col + max_width(&tick_labels, TICK_PX) + TICK_GAP;

        if wanted_left <= left + 0.5 {
            return Ok(ColumnLayout {
                plot: Plot {
                    left,
                    right,
                    top,
                    bottom,
                },
                ticks,
                tick_labels,
                legend,
                category,
                data_px,
                data_rotated,
                bar_width,
                title_x: (title_col > 0.0).then_some(PAD + LABEL_PX * LINE / 2.0),
            });
        }
        left = wanted_left;
    }
    Err(too_small)
}

pub(super) fn draw_legend(
    canvas: &mut Canvas,
    spec: &ChartSpec,
    legend: &[LegendEntry],
) -> Result<(), ChartError> {
    for entry in legend {
        canvas.rect(
            entry.x,
            entry.y,
            entry.x + SWATCH,
            entry.y + SWATCH,
            series_color(entry.series),
        )?;
        canvas.text(
            &spec.series[entry.series].name,
            entry.x + SWATCH + SWATCH_GAP,
            entry.y + SWATCH / 2.0,
            LABEL_PX,
            Pos::new(HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}

/// The number above a vertical bar whose top is at `top`, centred on `x`.
pub(super) fn data_label(
    canvas: &mut Canvas,
    layout: &ColumnLayout,
    label: &str,
    x: f64,
    top: f64,
) -> Result<(), ChartError> {
    if layout.data_rotated {
        let style = TextStyle::from(font(layout.data_px))
            .pos(Pos::new(HPos::Left, VPos::Center))
            .transform(FontTransform::Rotate270);
        canvas.text_styled(label, x, top - DATA_GAP, style)
    } else {
        canvas.text(
            label,
            x,
            top - DATA_GAP,
            layout.data_px,
            Pos::new(HPos::Center, VPos::Bottom),
        )
    }
}

pub(super) fn draw_columns(
    canvas: &mut Canvas,
    spec: &ChartSpec,
    layout: &ColumnLayout,
) -> Result<(), ChartError> {
    let plot = layout.plot;
    let scale = plot.height() / layout.ticks.max;
    let y_of = |v: f64| plot.bottom - v * scale;
    let n = spec.categories.len();
    let slot = plot.width() / n as f64;
    let series_count = spec.series.len();

    // Grid lines and tick labels.
    for (value, label) in layout.ticks.values().into_iter().zip(&layout.tick_labels) {
        let y = y_of(value).round();
        if value > 0.0 {
            canvas.rect(plot.left, y, plot.right, y + 1.0, GRID)?;
        }
        canvas.text(
            label,
            plot.left - TICK_GAP,
            y,
            TICK_PX,
            Pos::new(HPos::Right, VPos::Center),
        )?;
    }
    if let Some(x) = layout.title_x {
        let style = TextStyle::from(font(LABEL_PX))
            .pos(Pos::new(HPos::Center, VPos::Center))
            .transform(FontTransform::Rotate270);
        canvas.text_styled(&spec.y_label, x, (plot.top + plot.bottom) / 2.0, style)?;
    }

    // Bars and data labels.
    for c in 0..n {
        let centre = plot.left + slot * (c as f64 + 0.5);
        if spec.kind == ChartKind::StackedBars {
            let x0 = (centre - layout.bar_width / 2.0).round();
            let x1 = x0 + layout.bar_width.round().max(1.0);
            let mut base = 0.0;
            for (s, series) in spec.series.iter().enumerate() {
                let value = series.values[c];
                if value > 0.0 {
                    let bottom = y_of(base).round();
                    let top = y_of(base + value).round();
                    // A hairline of white between stacked segments.
                    let bottom = if base > 0.0 && bottom - top >= 2.0 {
                        bottom - 1.0
                    } else {
                        bottom
                    };
                    canvas.rect(x0, top, x1, bottom, series_color(s))?;
                }
                base += value;
            }
            data_label(
                canvas,
                layout,
                &(spec.format_number)(base),
                centre,
                y_of(base),
            )?;
        } else {
            // Whole pixels, so every bar is equally wide.
            let gap = bar_gap(layout.bar_width);
            let bar_width = layout.bar_width.round().max(1.0);
            let group = bar_width * series_count as f64 + gap * (series_count as f64 - 1.0);
            let start = (centre - group / 2.0).round();
            for (s, series) in spec.series.iter().enumerate() {
                let value = series.values[c];
                let x0 = start + s as f64 * (bar_width + gap);
                let x1 = x0 + bar_width;
                canvas.rect(x0, y_of(value), x1, plot.bottom, series_color(s))?;
                let label = (spec.format_number)(value);
                data_label(canvas, layout, &label, (x0 + x1) / 2.0, y_of(value))?;
            }
        }
        let category = &layout.category;
        if category.rotated {
            let style = TextStyle::from(font(category.px))
                .pos(Pos::new(HPos::Right, VPos::Center))
                .transform(FontTransform::Rotate270);
            canvas.text_styled(&category.lines[c][0], centre, plot.bottom + TICK_GAP, style)?;
        } else {
            canvas.lines(
                &category.lines[c],
                centre,
                plot.bottom + TICK_GAP,
                category.px,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }

    // Baseline over the bars' feet.
    let y = plot.bottom.round();
    canvas.rect(plot.left, y, plot.right, y + 1.0, AXIS)?;

    draw_legend(canvas, spec, &layout.legend)
}
