//! Horizontal bars: layout and drawing.
//!
//! One series, one bar per category, the category labels on the left (as
//! wide as the longest needs, up to the style's `label_share` of the chart;
//! longer ones wrap, and a single word too long for it shrinks the font),
//! the value axis below with its title under it, and each value at its bar's
//! end. The axis reaches far enough that every number fits inside the plot.
//! The sizes, gaps and colours are the style's; the rules that place them
//! are here.

use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::{Plot, Ticks, needed_max};
use super::text::fitting_px;
use super::{Canvas, ChartError, ChartSpec, Frame, Style};

/// The last tick label's column is at least as wide as this text, whatever
/// the numbers (the layout starts from it and only narrows the plot).
const NARROWEST_TICK: &str = "000";
/// The plot is at least this many px wide, or the chart is too small.
const SMALLEST_PLOT_WIDTH: f64 = 40.0;
/// The plot is at least this many px high, or the chart is too small.
const SMALLEST_PLOT_HEIGHT: f64 = 20.0;

#[derive(Debug)]
pub(super) struct BarLayout {
    pub(super) plot: Plot,
    pub(super) ticks: Ticks,
    pub(super) tick_labels: Vec<String>,
    pub(super) category_lines: Vec<Vec<String>>,
    pub(super) category_px: f64,
    pub(super) data_labels: Vec<String>,
    pub(super) bar_thickness: f64,
    /// Top of the axis title's line, if there is a title.
    pub(super) title_y: Option<f64>,
}

pub(super) fn layout(
    spec: &ChartSpec,
    style: &Style,
    frame: Frame,
) -> Result<BarLayout, ChartError> {
    let (font, sizes, gap, bars) = (&style.font, &style.font_size, &style.gap, &style.bars);
    let margin = style.size.margin;
    let width = frame.width();
    let n = spec.categories.len();
    let values = &spec.series[0].values;

    // Category labels: as wide as the longest needs, up to `label_share` of
    // the chart; longer ones wrap, and a single over-long word shrinks the font.
    let label_cap = width * bars.label_share;
    // The charts it sits with have their labels in a column as wide.
    let all_categories = || spec.categories.iter().chain(&spec.peers.categories);
    let widest = all_categories()
        .map(|c| font.widest_word(c, sizes.label))
        .fold(0.0, f64::max);
    let category_px = fitting_px(widest, label_cap, sizes.label, sizes.smallest);
    let category_lines: Vec<Vec<String>> = spec
        .categories
        .iter()
        .map(|c| font.wrap(c, label_cap, category_px))
        .collect();
    let label_width = all_categories()
        .flat_map(|c| font.wrap(c, label_cap, category_px))
        .map(|l| font.width(&l, category_px))
        .fold(0.0, f64::max);
    // The axis line is drawn in the px left of the plot.
    let left = margin + label_width + gap.tick + 1.0;

    let title_height = if spec.y_label.trim().is_empty() {
        0.0
    } else {
        sizes.label * sizes.line_height + gap.title
    };
    let bottom = frame.height() - margin - title_height - sizes.tick * sizes.line_height - gap.tick;
    let top = margin;
    let plot_height = bottom - top;
    if plot_height < SMALLEST_PLOT_HEIGHT {
        return Err(frame.too_small());
    }

    let data_labels: Vec<String> = values.iter().map(|v| (spec.format_number)(*v)).collect();

    // The right edge leaves room for half the last tick label, which depends on
    // the axis maximum, which depends on the plot's width: narrow until it fits.
    let mut right = width - margin - font.width(NARROWEST_TICK, sizes.tick) / 2.0;
    for _ in 0..6 {
        let plot_width = right - left;
        if plot_width < SMALLEST_PLOT_WIDTH {
            return Err(frame.too_small());
        }
        let peer_labels: Vec<String> = (spec.peers.values.iter())
            .map(|v| (spec.format_number)(*v))
            .collect();
        let needed = (values.iter().zip(&data_labels))
            .chain(spec.peers.values.iter().zip(&peer_labels))
            .map(|(v, l)| {
                let room = gap.data + font.width(l, sizes.data) + gap.end;
                if room >= plot_width {
                    f64::INFINITY
                } else {
                    needed_max(*v, room, plot_width)
                }
            })
            .fold(0.0, f64::max);
        if !needed.is_finite() {
            return Err(frame.too_small());
        }
        let target = (plot_width / bars.tick_spacing)
            .round()
            .clamp(bars.ticks_min as f64, bars.ticks_max as f64) as usize;
        let ticks = Ticks::nice(needed, target);
        let tick_labels: Vec<String> = ticks.values().into_iter().map(spec.format_number).collect();
        let last = tick_labels
            .last()
            .map_or(0.0, |l| font.width(l, sizes.tick));
        let wanted_right = width - margin - last / 2.0;
        if wanted_right >= right - 0.5 {
            let band = plot_height / n as f64;
            return Ok(BarLayout {
                plot: Plot {
                    left,
                    right,
                    top,
                    bottom,
                },
                ticks,
                tick_labels,
                category_lines,
                category_px,
                data_labels,
                bar_thickness: (band * bars.thickness).min(bars.thickness_max),
                title_y: (title_height > 0.0)
                    .then_some(bottom + gap.tick + sizes.tick * sizes.line_height + gap.title),
            });
        }
        right = wanted_right;
    }
    Err(frame.too_small())
}

pub(super) fn draw(
    canvas: &mut Canvas,
    spec: &ChartSpec,
    layout: &BarLayout,
) -> Result<(), ChartError> {
    let style = canvas.style;
    let (sizes, gap, colours) = (&style.font_size, &style.gap, &style.colours);
    let plot = layout.plot;
    let scale = plot.width() / layout.ticks.max;
    let x_of = |v: f64| plot.left + v * scale;
    let band = plot.height() / spec.categories.len() as f64;

    for (value, label) in layout.ticks.values().into_iter().zip(&layout.tick_labels) {
        let x = x_of(value).round();
        if value > 0.0 {
            canvas.rect(x, plot.top, x + 1.0, plot.bottom, colours.grid.rgb())?;
        }
        canvas.text(
            label,
            x,
            plot.bottom + gap.tick,
            sizes.tick,
            Pos::new(HPos::Center, VPos::Top),
        )?;
    }
    if let Some(y) = layout.title_y {
        canvas.text(
            &spec.y_label,
            (plot.left + plot.right) / 2.0,
            y,
            sizes.label,
            Pos::new(HPos::Center, VPos::Top),
        )?;
    }

    for (c, value) in spec.series[0].values.iter().enumerate() {
        let centre = plot.top + band * (c as f64 + 0.5);
        let y0 = (centre - layout.bar_thickness / 2.0).round();
        let y1 = y0 + layout.bar_thickness.round().max(1.0);
        canvas.rect(plot.left, y0, x_of(*value), y1, style.series_colour(0))?;
        canvas.text(
            &layout.data_labels[c],
            x_of(*value) + gap.data,
            centre,
            sizes.data,
            Pos::new(HPos::Left, VPos::Center),
        )?;
        canvas.lines(
            &layout.category_lines[c],
            plot.left - gap.tick,
            centre,
            layout.category_px,
            HPos::Right,
            VPos::Center,
        )?;
    }

    // Baseline along the bars' feet.
    let x = plot.left.round();
    canvas.rect(x - 1.0, plot.top, x, plot.bottom, colours.axis.rgb())?;
    Ok(())
}
