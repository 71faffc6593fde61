//! Vertical bars, stacked or grouped: layout and drawing.
//!
//! The category labels sit under the plot, the value axis on the left with
//! its title upright beside it, the numbers above the bars (a stack's total
//! for stacked bars, each bar's value for grouped ones) and, when there are
//! several series, the legend above the plot. Labels that do not fit side by
//! side wrap, then shrink a little, and rather than shrink below the style's
//! `upright_below` turn upright; no label is dropped, and none runs into its
//! neighbour or out of the chart. The sizes, gaps and colours are the
//! style's; the rules that place them are here.

use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::{Plot, Ticks, needed_max};
use super::text::fitting_px;
use super::{Canvas, ChartError, ChartKind, ChartSpec, Frame, Style};

/// The tick labels' column is at least as wide as this text, whatever the
/// numbers (the layout starts from it and only widens).
const NARROWEST_TICKS: &str = "000";
/// The plot is at least this many px wide and high, or the chart is too small.
const SMALLEST_PLOT: f64 = 40.0;
/// Without a legend, the top tick label's upper half (a little more than half
/// its font size) stands above the plot.
const TOP_TICK_ROOM: f64 = 0.6;

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
fn legend_layout(
    spec: &ChartSpec,
    style: &Style,
    left: f64,
    right: f64,
    top: f64,
) -> (Vec<LegendEntry>, f64) {
    if spec.series.len() < 2 {
        return (Vec::new(), 0.0);
    }
    let legend = &style.legend;
    let mut entries = Vec::new();
    let mut x = left;
    let mut row = 0.0;
    for (series, s) in spec.series.iter().enumerate() {
        let width =
            legend.swatch + legend.swatch_gap + style.font.width(&s.name, style.font_size.label);
        if x > left && x + width > right {
            x = left;
            row += 1.0;
        }
        entries.push(LegendEntry {
            series,
            x,
            y: top + row * legend.row,
        });
        x += width + legend.entry_gap;
    }
    (entries, (row + 1.0) * legend.row)
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
/// be, a little smaller; when they would shrink below the style's
/// `upright_below`, upright.
fn category_labels(spec: &ChartSpec, style: &Style, slot: f64) -> CategoryLabels {
    let (font, sizes) = (&style.font, &style.font_size);
    let room = (slot - style.gap.category).max(1.0);
    let widest = spec
        .categories
        .iter()
        .map(|c| font.widest_word(c, sizes.label))
        .fold(0.0, f64::max);
    let px = fitting_px(widest, room, sizes.label, sizes.smallest);
    if px >= sizes.upright_below {
        let lines: Vec<Vec<String>> = spec
            .categories
            .iter()
            .map(|c| font.wrap(c, room, px))
            .collect();
        let count = lines.iter().map(Vec::len).max().unwrap_or(1);
        return CategoryLabels {
            lines,
            px,
            rotated: false,
            depth: count as f64 * px * sizes.line_height,
        };
    }
    // Upright, one line each, the font as large as the slot allows.
    let px = fitting_px(
        sizes.label,
        slot - style.gap.upright,
        sizes.label,
        sizes.smallest,
    );
    let lines: Vec<Vec<String>> = spec
        .categories
        .iter()
        .map(|c| vec![c.replace('\n', " ")])
        .collect();
    let depth = font.max_width(lines.iter().flatten(), px);
    CategoryLabels {
        lines,
        px,
        rotated: true,
        depth,
    }
}

/// The white gap between neighbouring bars of a group, px.
fn bar_gap(style: &Style, bar_width: f64) -> f64 {
    if bar_width > style.columns.bar_gap_from {
        style.columns.bar_gap
    } else {
        0.0
    }
}

pub(super) fn layout(
    spec: &ChartSpec,
    style: &Style,
    frame: Frame,
) -> Result<ColumnLayout, ChartError> {
    let (font, sizes, gap, columns) = (&style.font, &style.font_size, &style.gap, &style.columns);
    let margin = style.size.margin;
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
        sizes.label * sizes.line_height + gap.title
    };
    let right = frame.width() - margin;

    // The left edge depends on the tick labels' width, which depends on the axis
    // maximum, which depends on the plot's height (headroom for the data labels),
    // which depends on the legend's rows and the category labels' lines, which
    // depend on the plot's width. Start from a guess and widen until it fits;
    // the left edge only grows, so this settles in a couple of rounds.
    let mut left = margin + title_col + font.width(NARROWEST_TICKS, sizes.tick) + gap.tick;
    for _ in 0..6 {
        let plot_width = right - left;
        if plot_width < SMALLEST_PLOT {
            return Err(frame.too_small());
        }
        let (legend, legend_height) = legend_layout(spec, style, left, right, margin);
        let top = if legend.is_empty() {
            margin + sizes.tick * TOP_TICK_ROOM
        } else {
            margin + legend_height + gap.legend
        };

        let slot = plot_width / n as f64;
        let category = category_labels(spec, style, slot);
        let bottom = frame.height() - margin - category.depth - gap.tick;

        let bar_width = if stacked {
            (slot * columns.stack_width).min(columns.stack_max)
        } else {
            let group = (slot * columns.group_width).min(series_count as f64 * columns.bar_max);
            let between = bar_gap(style, group / series_count as f64);
            (group - between * (series_count as f64 - 1.0)) / series_count as f64
        };
        // Neighbouring data labels keep `data_labels` apart; where they would
        // have to shrink below `upright_below`, they turn upright instead.
        let spacing = if stacked {
            slot
        } else {
            bar_width + bar_gap(style, bar_width)
        };
        let data_widest = font.max_width(data.iter().map(|(_, s)| s), sizes.data);
        let mut data_px = fitting_px(
            data_widest,
            spacing - gap.data_labels,
            sizes.data,
            sizes.smallest,
        );
        let data_rotated = data_px < sizes.upright_below;
        if data_rotated {
            data_px = fitting_px(
                sizes.data,
                spacing - gap.upright,
                sizes.data,
                sizes.smallest,
            );
        }

        let plot_height = bottom - top;
        if plot_height < SMALLEST_PLOT {
            return Err(frame.too_small());
        }
        let mut needed: f64 = 0.0;
        let peers: Vec<(f64, String)> = (spec.peers.values.iter())
            .map(|v| (*v, (spec.format_number)(*v)))
            .collect();
        for (value, label) in data.iter().chain(&peers) {
            let room = if data_rotated {
                font.width(label, data_px) + gap.data + gap.end
            } else {
                data_px * sizes.line_height + gap.data
            };
            if room * 2.0 >= plot_height {
                return Err(frame.too_small());
            }
            needed = needed.max(needed_max(*value, room, plot_height));
        }
        let target = (plot_height / columns.tick_spacing)
            .round()
            .clamp(columns.ticks_min as f64, columns.ticks_max as f64)
            as usize;
        let ticks = Ticks::nice(needed, target);
        let tick_labels: Vec<String> = ticks.values().into_iter().map(spec.format_number).collect();
        let wanted_left = margin + title_col + font.max_width(&tick_labels, sizes.tick) + gap.tick;

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
                title_x: (title_col > 0.0)
                    .then_some(margin + sizes.label * sizes.line_height / 2.0),
            });
        }
        left = wanted_left;
    }
    Err(frame.too_small())
}

fn draw_legend(
    canvas: &mut Canvas,
    spec: &ChartSpec,
    legend: &[LegendEntry],
) -> Result<(), ChartError> {
    let style = canvas.style;
    let (swatch, swatch_gap) = (style.legend.swatch, style.legend.swatch_gap);
    for entry in legend {
        canvas.rect(
            entry.x,
            entry.y,
            entry.x + swatch,
            entry.y + swatch,
            style.series_colour(entry.series),
        )?;
        canvas.text(
            &spec.series[entry.series].name,
            entry.x + swatch + swatch_gap,
            entry.y + swatch / 2.0,
            style.font_size.label,
            Pos::new(HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}

/// The number above a vertical bar whose top is at `top`, centred on `x`.
fn data_label(
    canvas: &mut Canvas,
    layout: &ColumnLayout,
    label: &str,
    x: f64,
    top: f64,
) -> Result<(), ChartError> {
    let y = top - canvas.style.gap.data;
    // A knock-out behind the label, so that a grid line passing through it
    // (142 on the line at 150) stops short of its figures.
    // The label's box: its width across, or up when it is turned upright.
    let (w, h) = (
        canvas.style.font.width(label, layout.data_px),
        layout.data_px,
    );
    let (across, up) = if layout.data_rotated { (h, w) } else { (w, h) };
    let halo = 1.5;
    let white = plotters::style::RGBColor(255, 255, 255);
    canvas.rect(
        x - across / 2.0 - halo,
        y - up - halo,
        x + across / 2.0 + halo,
        y + halo,
        white,
    )?;
    if layout.data_rotated {
        canvas.upright(
            label,
            x,
            y,
            layout.data_px,
            Pos::new(HPos::Left, VPos::Center),
        )
    } else {
        canvas.text(
            label,
            x,
            y,
            layout.data_px,
            Pos::new(HPos::Center, VPos::Bottom),
        )
    }
}

pub(super) fn draw(
    canvas: &mut Canvas,
    spec: &ChartSpec,
    layout: &ColumnLayout,
) -> Result<(), ChartError> {
    let style = canvas.style;
    let (tick_gap, colours) = (style.gap.tick, &style.colours);
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
            canvas.rect(plot.left, y, plot.right, y + 1.0, colours.grid.rgb())?;
        }
        canvas.text(
            label,
            plot.left - tick_gap,
            y,
            style.font_size.tick,
            Pos::new(HPos::Right, VPos::Center),
        )?;
    }
    if let Some(x) = layout.title_x {
        canvas.upright(
            &spec.y_label,
            x,
            (plot.top + plot.bottom) / 2.0,
            style.font_size.label,
            Pos::new(HPos::Center, VPos::Center),
        )?;
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
                    canvas.rect(x0, top, x1, bottom, style.series_colour(s))?;
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
            let gap = bar_gap(style, layout.bar_width);
            let bar_width = layout.bar_width.round().max(1.0);
            let group = bar_width * series_count as f64 + gap * (series_count as f64 - 1.0);
            let start = (centre - group / 2.0).round();
            for (s, series) in spec.series.iter().enumerate() {
                let value = series.values[c];
                let x0 = start + s as f64 * (bar_width + gap);
                let x1 = x0 + bar_width;
                canvas.rect(x0, y_of(value), x1, plot.bottom, style.series_colour(s))?;
                let label = (spec.format_number)(value);
                data_label(canvas, layout, &label, (x0 + x1) / 2.0, y_of(value))?;
            }
        }
        let category = &layout.category;
        if category.rotated {
            canvas.upright(
                &category.lines[c][0],
                centre,
                plot.bottom + tick_gap,
                category.px,
                Pos::new(HPos::Right, VPos::Center),
            )?;
        } else {
            canvas.lines(
                &category.lines[c],
                centre,
                plot.bottom + tick_gap,
                category.px,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }

    // Baseline over the bars' feet.
    let y = plot.bottom.round();
    canvas.rect(plot.left, y, plot.right, y + 1.0, colours.axis.rgb())?;

    draw_legend(canvas, spec, &layout.legend)
}
