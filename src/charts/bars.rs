//! Horizontal bars.

use super::*;

// ---------------------------------------------------------------------------
// Layout of horizontal bars

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

pub(super) fn bar_layout(spec: &ChartSpec) -> Result<BarLayout, ChartError> {
    let width = f64::from(spec.width);
    let height = f64::from(spec.height);
    let n = spec.categories.len();
    let values = &spec.series[0].values;
    let too_small = ChartError::TooSmall {
        width: spec.width,
        height: spec.height,
    };

    // Category labels: as wide as the longest needs, up to 40 % of the chart;
    // longer ones wrap, and a single over-long word shrinks the font.
    let label_cap = width * 0.4;
    let widest = spec
        .categories
        .iter()
        .map(|c| widest_word(c, LABEL_PX))
        .fold(0.0, f64::max);
    let category_px = fitting_px(widest, label_cap, LABEL_PX);
    let category_lines: Vec<Vec<String>> = spec
        .categories
        .iter()
        .map(|c| wrap(c, label_cap, category_px))
        .collect();
    let label_width = category_lines
        .iter()
        .flatten()
        .map(|l| text_width(l, category_px))
        .fold(0.0, f64::max);
    let left = PAD + label_width + TICK_GAP + 1.0;

    let title_height = if spec.y_label.trim().is_empty() {
        0.0
    } else {
        LABEL_PX * LINE + 4.0
    };
    let bottom = height - PAD - title_height - TICK_PX * LINE - TICK_GAP;
    let top = PAD;
    let plot_height = bottom - top;
    if plot_height < 20.0 {
        return Err(too_small);
    }

    let data_labels: Vec<String> = values.iter().map(|v| (spec.format_number)(*v)).collect();

    // The right edge leaves room for half the last tick label, which depends on
    // the axis maximum, which depends on the plot's width: narrow until it fits.
    let mut right = width - PAD - text_width("000", TICK_PX) / 2.0;
    for _ in 0..6 {
        let plot_width = right - left;
        if plot_width < 40.0 {
            return Err(too_small);
        }
        let needed = values
            .iter()
            .zip(&data_labels)
            .map(|(v, l)| {
                let room = DATA_GAP + text_width(l, DATA_PX) + 2.0;
                if room >= plot_width {
                    f64::INFINITY
                } else {
                    needed_max(*v, room, plot_width)
                }
            })
            .fold(0.0, f64::max);
        if !needed.is_finite() {
            return Err(too_small);
        }
        let target = (plot_width / 90.0).round().clamp(3.0, 10.0) as usize;
        let ticks = Ticks::nice(needed, target);
        let tick_labels: Vec<String> = ticks.values().into_iter().map(spec.format_number).collect();
        let last = tick_labels.last().map_or(0.0, |l| text_width(l, TICK_PX));
        let wanted_right = width - PAD - last / 2.0;
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
                bar_thickness: (band * 0.62).min(44.0),
                title_y: (title_height > 0.0).then_some(bottom + TICK_GAP + TICK_PX * LINE + 4.0),
            });
        }
        right = wanted_right;
    }
    Err(too_small)
}

pub(super) fn draw_bars(
    canvas: &mut Canvas,
    spec: &ChartSpec,
    layout: &BarLayout,
) -> Result<(), ChartError> {
    let plot = layout.plot;
    let scale = plot.width() / layout.ticks.max;
    let x_of = |v: f64| plot.left + v * scale;
    let band = plot.height() / spec.categories.len() as f64;

    for (value, label) in layout.ticks.values().into_iter().zip(&layout.tick_labels) {
        let x = x_of(value).round();
        if value > 0.0 {
            canvas.rect(x, plot.top, x + 1.0, plot.bottom, GRID)?;
        }
        canvas.text(
            label,
            x,
            plot.bottom + TICK_GAP,
            TICK_PX,
            Pos::new(HPos::Center, VPos::Top),
        )?;
    }
    if let Some(y) = layout.title_y {
        canvas.text(
            &spec.y_label,
            (plot.left + plot.right) / 2.0,
            y,
            LABEL_PX,
            Pos::new(HPos::Center, VPos::Top),
        )?;
    }

    for (c, value) in spec.series[0].values.iter().enumerate() {
        let centre = plot.top + band * (c as f64 + 0.5);
        let y0 = (centre - layout.bar_thickness / 2.0).round();
        let y1 = y0 + layout.bar_thickness.round().max(1.0);
        canvas.rect(plot.left, y0, x_of(*value), y1, series_color(0))?;
        canvas.text(
            &layout.data_labels[c],
            x_of(*value) + DATA_GAP,
            centre,
            DATA_PX,
            Pos::new(HPos::Left, VPos::Center),
        )?;
        canvas.lines(
            &layout.category_lines[c],
            plot.left - TICK_GAP,
            centre,
            layout.category_px,
            HPos::Right,
            VPos::Center,
        )?;
    }

    // Baseline along the bars' feet.
    let x = plot.left.round();
    canvas.rect(x - 1.0, plot.top, x, plot.bottom, AXIS)?;
    Ok(())
}
