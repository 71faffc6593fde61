//! Charts: draws the report's figures as SVG with plotters.
//!
//! Each figure in the annual report is a small bar chart (stacked, grouped or
//! horizontal) that this module renders to an SVG string; the Typst template
//! then places it as an image, with the figure caption as its title. The
//! module keeps a few rules so the PDF stays reproducible and accessible:
//!
//! - **Deterministic output.** The same [`ChartSpec`] always gives the same
//!   bytes: bars are drawn as explicit rectangles in a fixed order (plotters'
//!   `Histogram` keeps its bars in a `HashMap`), and nothing depends on time,
//!   randomness or the machine's fonts.
//! - **A concrete font family.** Every text element names [`FONT_FAMILY`],
//!   which the Typst document embeds; Typst ignores generic families such as
//!   `sans-serif` in SVGs. Text stays real `<text>` (never paths), so it
//!   stays searchable and copyable in the PDF. Because plotters (without its
//!   `ttf` feature) cannot measure text, label areas are sized with a table of
//!   Open Sans advance widths.
//! - **No words of its own.** Category labels, series names, the axis title
//!   and every number (through [`ChartSpec::format_number`]) arrive localised
//!   from the caller; the module adds no text in any language. Only the
//!   developer-facing [`ChartError`] messages are English.
//! - **A plain, report-like look.** A colour-blind-safe palette (Okabe–Ito), a
//!   value axis from zero with integer ticks and light grid lines, data labels
//!   on the bars, a legend above the plot only when there is more than one
//!   series, and no chart title.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One named series of values, one value per category.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend text, already localised.
    pub name: String,
    /// One value per entry of [`ChartSpec::categories`], in the same order.
    pub values: Vec<f64>,
}

/// Which kind of chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // "Bars" in every name is the agreed API
pub enum ChartKind {
    /// Vertical bars, the series stacked in each category; the total is printed above each stack.
    StackedBars,
    /// Vertical bars, the series side by side in each category; each value printed above its bar.
    GroupedBars,
    /// Horizontal bars, one series, one bar per category (category labels on the left); value printed at the bar's end.
    HorizontalBars,
}

/// Everything needed to draw one chart. All text is already localised.
pub struct ChartSpec<'a> {
    /// Which kind of chart to draw.
    pub kind: ChartKind,
    /// Category labels (x axis, or y axis for horizontal bars), already formatted,
    /// e.g. "2014" … "2024", or "Legemidler til mennesker". Long labels wrap at
    /// spaces (not at no-break spaces); a `\n` forces a line break.
    pub categories: Vec<String>,
    /// The series; each has one value per category. Values must be finite and
    /// not negative. [`ChartKind::HorizontalBars`] takes exactly one series.
    pub series: Vec<Series>,
    /// Value-axis title, localised, e.g. "Antall søknader" / "Number of applications".
    /// An empty string leaves the axis untitled.
    pub y_label: String,
    /// Locale number formatting for tick labels and data labels (nb: "1 234", en: "1,234").
    pub format_number: &'a dyn Fn(f64) -> String,
    /// Width of the SVG in px, e.g. 800.
    pub width: u32,
    /// Height of the SVG in px, e.g. 420.
    pub height: u32,
}

/// The font family every text element uses; the Typst document embeds this font.
pub const FONT_FAMILY: &str = "Open Sans";

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The spec has no categories or no series.
    #[error("a chart needs at least one category and one series")]
    Empty,
    /// A series has a different number of values than there are categories.
    #[error("series {series:?} has {found} values, but there are {expected} categories")]
    LengthMismatch {
        /// The series' name.
        series: String,
        /// The number of categories.
        expected: usize,
        /// The number of values in the series.
        found: usize,
    },
    /// A value is negative, infinite or NaN.
    #[error(
        "series {series:?} has the value {value} for {category:?}; values must be finite and not negative"
    )]
    InvalidValue {
        /// The series' name.
        series: String,
        /// The category's label.
        category: String,
        /// The offending value.
        value: f64,
    },
    /// The chart kind takes a different number of series.
    #[error("{kind:?} takes exactly {expected} series, got {found}")]
    SeriesCount {
        /// The chart kind.
        kind: ChartKind,
        /// The number of series it takes.
        expected: usize,
        /// The number of series given.
        found: usize,
    },
    /// The labels leave no room for the plot at this size.
    #[error("a {width}x{height} px chart is too small for its labels")]
    TooSmall {
        /// The requested width in px.
        width: u32,
        /// The requested height in px.
        height: u32,
    },
    /// plotters failed while drawing.
    #[error("drawing the chart failed: {0}")]
    Drawing(String),
}

/// Draws the chart and returns the SVG document as a string.
pub fn render_svg(spec: &ChartSpec) -> Result<String, ChartError> {
    validate(spec)?;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (spec.width, spec.height)).into_drawing_area();
        let mut canvas = Canvas { area: &area };
        match spec.kind {
            ChartKind::StackedBars | ChartKind::GroupedBars => {
                let layout = column_layout(spec)?;
                draw_columns(&mut canvas, spec, &layout)?;
            }
            ChartKind::HorizontalBars => {
                let layout = bar_layout(spec)?;
                draw_bars(&mut canvas, spec, &layout)?;
            }
        }
        area.present().map_err(drawing_error)?;
    }
    Ok(svg)
}

// ---------------------------------------------------------------------------
// Style

/// Outer margin on every side, px.
const PAD: f64 = 8.0;
/// Font size of tick labels, px. Font sizes are multiples of 0.5 that plotters
/// writes exactly (see [`font`]); 13 and 13.5 are not among them.
const TICK_PX: f64 = 12.5;
/// Font size of category labels, the axis title and the legend, px.
const LABEL_PX: f64 = 14.0;
/// Font size of the data labels on the bars, px (shrunk when bars are narrow).
const DATA_PX: f64 = 12.5;
/// No text is made smaller than this to make it fit, px.
const MIN_PX: f64 = 9.0;
/// Labels under or above vertical bars that would have to be smaller than this
/// to fit side by side are turned upright instead, px.
const ROTATE_BELOW: f64 = 10.0;
/// Line height as a multiple of the font size.
const LINE: f64 = 1.25;
/// Gap between an axis and its labels, px.
const TICK_GAP: f64 = 7.0;
/// Gap between a bar's end and its data label, px.
const DATA_GAP: f64 = 4.0;
/// Side of a legend swatch, px.
const SWATCH: f64 = 12.0;
/// Gap between a legend swatch and its text, px.
const SWATCH_GAP: f64 = 6.0;
/// Gap between legend entries, px.
const LEGEND_GAP: f64 = 22.0;
/// Height of one legend row, px.
const LEGEND_ROW: f64 = 20.0;

const TEXT: RGBColor = RGBColor(0x33, 0x33, 0x33);
const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
const AXIS: RGBColor = RGBColor(0x66, 0x66, 0x66);

/// Okabe–Ito colours, ordered so neighbours contrast well (dark blue, orange, …).
/// Yellow comes last: it is hard to see on white.
const PALETTE: [RGBColor; 8] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0x00, 0x00, 0x00), // black
    RGBColor(0xF0, 0xE4, 0x42), // yellow
];

fn series_color(index: usize) -> RGBColor {
    PALETTE[index % PALETTE.len()]
}

// ---------------------------------------------------------------------------
// Validation

fn validate(spec: &ChartSpec) -> Result<(), ChartError> {
    if spec.categories.is_empty() || spec.series.is_empty() {
        return Err(ChartError::Empty);
    }
    if spec.kind == ChartKind::HorizontalBars && spec.series.len() != 1 {
        return Err(ChartError::SeriesCount {
            kind: spec.kind,
            expected: 1,
            found: spec.series.len(),
        });
    }
    for series in &spec.series {
        if series.values.len() != spec.categories.len() {
            return Err(ChartError::LengthMismatch {
                series: series.name.clone(),
                expected: spec.categories.len(),
                found: series.values.len(),
            });
        }
        for (value, category) in series.values.iter().zip(&spec.categories) {
            if !value.is_finite() || *value < 0.0 {
                return Err(ChartError::InvalidValue {
                    series: series.name.clone(),
                    category: category.clone(),
                    value: *value,
                });
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Text measurement

/// Advance widths of Open Sans Regular for U+0020..=U+007E, in font units (2048 per em).
const ASCII_ADVANCE: [u16; 95] = [
    532, 547, 821, 1323, 1171, 1686, 1495, 453, 606, 606, 1130, 1171, 502, 659, 545, 752, 1171,
    1171, 1171, 1171, 1171, 1171, 1171, 1171, 1171, 1171, 545, 545, 1171, 1171, 1171, 879, 1841,
    1296, 1327, 1292, 1493, 1139, 1057, 1491, 1511, 571, 547, 1257, 1063, 1849, 1544, 1595, 1233,
    1595, 1266, 1124, 1133, 1491, 1219, 1896, 1182, 1147, 1169, 674, 752, 674, 1110, 918, 1182,
    1139, 1255, 975, 1255, 1149, 694, 1122, 1257, 518, 518, 1075, 518, 1905, 1257, 1237, 1255,
    1255, 836, 977, 723, 1257, 1026, 1593, 1073, 1032, 958, 776, 1128, 776, 1171,
];

/// The advance width of one character in Open Sans Regular, in font units.
/// Characters not in the table get a generous width, so labels are never cut.
fn advance(c: char) -> u32 {
    match c {
        ' '..='~' => u32::from(ASCII_ADVANCE[c as usize - 0x20]),
        '\u{a0}' | '\u{202f}' | '\u{2009}' => 532,
        'æ' => 1757,
        'ø' | 'ö' => 1237,
        'å' | 'ä' => 1139,
        'Æ' => 1788,
        'Ø' | 'Ö' => 1595,
        'Å' | 'Ä' => 1296,
        'é' | 'è' | 'ê' => 1149,
        'É' => 1139,
        'ü' => 1257,
        'Ü' => 1491,
        '\u{2212}' | '×' => 1171,
        '\u{2013}' => 1024,
        '\u{2014}' => 2048,
        '«' | '»' => 1018,
        '\u{2018}' | '\u{2019}' => 348,
        '\u{201c}' | '\u{201d}' => 717,
        '\u{2026}' => 1606,
        _ => 1400,
    }
}

/// Estimated rendered width of `text` at `px`, in px (kerning ignored, which overestimates slightly).
fn text_width(text: &str, px: f64) -> f64 {
    let units: u32 = text.chars().map(advance).sum();
    f64::from(units) / 2048.0 * px
}

/// Breaks `text` into as few lines no wider than `max_width` as it can, at
/// ordinary spaces (never at no-break spaces) and at `\n`, and evens the lines
/// out so the last is not an orphan. A single word wider than `max_width` gets
/// a line of its own.
fn wrap(text: &str, max_width: f64, px: f64) -> Vec<String> {
    text.split('\n')
        .flat_map(|paragraph| wrap_paragraph(paragraph, max_width, px))
        .collect()
}

fn wrap_paragraph(text: &str, max_width: f64, px: f64) -> Vec<String> {
    let greedy = wrap_greedy(text, max_width, px);
    let narrowest = widest_word(text, px);
    if greedy.len() < 2 || narrowest >= max_width {
        return greedy;
    }
    // The narrowest width that still needs no more lines.
    let (mut lo, mut hi) = (narrowest, max_width);
    for _ in 0..24 {
        let mid = (lo + hi) / 2.0;
        if wrap_greedy(text, mid, px).len() <= greedy.len() {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    wrap_greedy(text, hi, px)
}

fn wrap_greedy(text: &str, max_width: f64, px: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if line.is_empty() {
            line.push_str(word);
            continue;
        }
        let candidate = format!("{line} {word}");
        if text_width(&candidate, px) <= max_width {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The widest word of `text` at `px`.
fn widest_word(text: &str, px: f64) -> f64 {
    text.split([' ', '\n'])
        .map(|w| text_width(w, px))
        .fold(0.0, f64::max)
}

fn max_width<'s>(texts: impl IntoIterator<Item = &'s String>, px: f64) -> f64 {
    texts
        .into_iter()
        .map(|t| text_width(t, px))
        .fold(0.0, f64::max)
}

/// The font size at which text `widest` px wide at `px` fits in `available`
/// px: `px` if it fits, else a smaller size no smaller than [`MIN_PX`].
fn fitting_px(widest: f64, available: f64, px: f64) -> f64 {
    if widest <= available || widest <= 0.0 {
        return px;
    }
    // Down to a multiple of 0.5 that plotters writes exactly.
    let mut size = ((px * available / widest) * 2.0).floor() / 2.0;
    while size > MIN_PX && !exact_size(size) {
        size -= 0.5;
    }
    size.max(MIN_PX)
}

// ---------------------------------------------------------------------------
// Value axis

/// An axis from 0 to `max` with a tick every `step`; both are whole numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ticks {
    step: f64,
    max: f64,
}

impl Ticks {
    /// An axis reaching at least `needed` with about `target` intervals, the step
    /// being a whole 1, 2, 2.5 or 5 times a power of ten.
    fn nice(needed: f64, target: usize) -> Ticks {
        let needed = needed.max(1.0);
        let target = target.max(1) as f64;
        let raw = needed / target;
        let magnitude = 10f64.powi(raw.log10().floor() as i32).max(1.0);
        let mut best = Ticks {
            step: 1.0,
            max: needed.ceil(),
        };
        let mut best_miss = f64::INFINITY;
        // The step whose interval count comes closest to the target; on a tie,
        // the one with less empty space above `needed`.
        for m in [1.0, 2.0, 2.5, 5.0, 10.0, 20.0] {
            let step = (m * magnitude).max(1.0);
            if step.fract() != 0.0 {
                continue;
            }
            let max = (needed / step).ceil() * step;
            let miss = (max / step - target).abs();
            if miss < best_miss || (miss == best_miss && max < best.max) {
                best = Ticks { step, max };
                best_miss = miss;
            }
        }
        best
    }

    fn values(&self) -> Vec<f64> {
        let count = (self.max / self.step).round() as usize;
        (0..=count).map(|i| i as f64 * self.step).collect()
    }
}

/// The smallest axis maximum that leaves `room` px beyond a bar of `value`
/// on an axis `length` px long.
fn needed_max(value: f64, room: f64, length: f64) -> f64 {
    value * length / (length - room)
}

// ---------------------------------------------------------------------------
// Layout of vertical bars

/// The plot area, px.
#[derive(Debug, Clone, Copy)]
struct Plot {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

impl Plot {
    fn width(&self) -> f64 {
        self.right - self.left
    }
    fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// One legend entry: series index and top-left corner of its swatch.
#[derive(Debug, Clone, Copy)]
struct LegendEntry {
    series: usize,
    x: f64,
    y: f64,
}

#[derive(Debug)]
struct ColumnLayout {
    plot: Plot,
    ticks: Ticks,
    tick_labels: Vec<String>,
    legend: Vec<LegendEntry>,
    category: CategoryLabels,
    data_px: f64,
    /// Whether the data labels are turned upright because the bars are too narrow.
    data_rotated: bool,
    /// Width of one bar: the stack for stacked bars, one series for grouped bars.
    bar_width: f64,
    /// Centre x of the axis title column, if there is a title.
    title_x: Option<f64>,
}

/// Lays out the legend as rows of entries from `left`, wrapping before `right`;
/// the first row's swatches start at `top`. Returns the entries and the rows' height.
fn legend_layout(spec: &ChartSpec, left: f64, right: f64, top: f64) -> (Vec<LegendEntry>, f64) {
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
struct CategoryLabels {
    /// Each category's label, wrapped into lines (one line when rotated).
    lines: Vec<Vec<String>>,
    px: f64,
    /// Whether the labels are turned upright, reading from the bottom up,
    /// because the categories are too narrow for them.
    rotated: bool,
    /// Height of the label band under the axis, px.
    depth: f64,
}

/// Fits the category labels under slots `slot` px wide: wrapped and, if need
/// be, a little smaller; when they would shrink below [`ROTATE_BELOW`], upright.
fn category_labels(spec: &ChartSpec, slot: f64) -> CategoryLabels {
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
fn bar_gap(bar_width: f64) -> f64 {
    if bar_width > 8.0 { 2.0 } else { 0.0 }
}

fn column_layout(spec: &ChartSpec) -> Result<ColumnLayout, ChartError> {
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

// ---------------------------------------------------------------------------
// Layout of horizontal bars

#[derive(Debug)]
struct BarLayout {
    plot: Plot,
    ticks: Ticks,
    tick_labels: Vec<String>,
    category_lines: Vec<Vec<String>>,
    category_px: f64,
    data_labels: Vec<String>,
    bar_thickness: f64,
    /// Top of the axis title's line, if there is a title.
    title_y: Option<f64>,
}

fn bar_layout(spec: &ChartSpec) -> Result<BarLayout, ChartError> {
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

// ---------------------------------------------------------------------------
// Drawing

type Area<'b> = DrawingArea<SVGBackend<'b>, plotters::coord::Shift>;

fn drawing_error(e: impl std::fmt::Display) -> ChartError {
    ChartError::Drawing(e.to_string())
}

/// A thin wrapper that draws in f64 px, rounding to whole pixels.
struct Canvas<'a, 'b> {
    area: &'a Area<'b>,
}

/// A font of `px` pixels. plotters' SVG backend writes `font-size` as the
/// size divided by 1.24; for the sizes this module uses, `px * 1.24 / 1.24`
/// is exactly `px`, so the SVG says `font-size="12.5"`, not `12.500000000000002`.
fn font(px: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FONT_FAMILY), px * 1.24, FontStyle::Normal)
}

/// Whether plotters writes the font size `px` exactly (see [`font`]).
fn exact_size(px: f64) -> bool {
    px * 1.24 / 1.24 == px
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

impl Canvas<'_, '_> {
    fn rect(
        &mut self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        color: RGBColor,
    ) -> Result<(), ChartError> {
        let (x0, x1) = (px(x0.min(x1)), px(x0.max(x1)));
        let (y0, y1) = (px(y0.min(y1)), px(y0.max(y1)));
        if x1 <= x0 || y1 <= y0 {
            return Ok(());
        }
        self.area
            .draw(&Rectangle::new([(x0, y0), (x1, y1)], color.filled()))
            .map_err(drawing_error)
    }

    fn text(&mut self, text: &str, x: f64, y: f64, size: f64, pos: Pos) -> Result<(), ChartError> {
        self.text_styled(text, x, y, TextStyle::from(font(size)).pos(pos))
    }

    fn text_styled(
        &mut self,
        text: &str,
        x: f64,
        y: f64,
        style: TextStyle,
    ) -> Result<(), ChartError> {
        if text.is_empty() {
            return Ok(());
        }
        let style = style.color(&TEXT);
        self.area
            .draw_text(text, &style, (px(x), px(y)))
            .map_err(drawing_error)
    }

    /// Draws lines of text, one `<text>` each, [`LINE`] × `size` apart, the
    /// block's vertical middle at `y` if `v` is centre, else its top at `y`.
    fn lines(
        &mut self,
        lines: &[String],
        x: f64,
        y: f64,
        size: f64,
        h: HPos,
        v: VPos,
    ) -> Result<(), ChartError> {
        let line_height = size * LINE;
        let first = match v {
            VPos::Center => y - (lines.len() as f64 - 1.0) * line_height / 2.0,
            _ => y,
        };
        for (i, line) in lines.iter().enumerate() {
            self.text(
                line,
                x,
                first + i as f64 * line_height,
                size,
                Pos::new(h, v),
            )?;
        }
        Ok(())
    }
}

fn draw_legend(
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
fn data_label(
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

fn draw_columns(
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

fn draw_bars(canvas: &mut Canvas, spec: &ChartSpec, layout: &BarLayout) -> Result<(), ChartError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Norwegian style: groups of three with a no-break space.
    fn nb(v: f64) -> String {
        group(v, '\u{a0}')
    }

    fn en(v: f64) -> String {
        group(v, ',')
    }

    fn group(v: f64, sep: char) -> String {
        let digits = format!("{}", v.round() as i64);
        let mut out = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(d);
        }
        out
    }

    fn series(name: &str, values: &[f64]) -> Series {
        Series {
            name: name.to_string(),
            values: values.to_vec(),
        }
    }

    fn years() -> Vec<String> {
        (2014..=2024).map(|y| y.to_string()).collect()
    }

    fn stacked(format: &dyn Fn(f64) -> String) -> ChartSpec<'_> {
        ChartSpec {
            kind: ChartKind::StackedBars,
            categories: years(),
            series: vec![
                series(
                    "Kommersielle sponsorer",
                    &[83., 79., 88., 74., 72., 73., 72., 86., 108., 59., 76.],
                ),
                series(
                    "Ikke-kommersielle sponsorer",
                    &[41., 50., 54., 48., 49., 48., 50., 58., 50., 39., 33.],
                ),
            ],
            y_label: "Antall søknader".to_string(),
            format_number: format,
            width: 800,
            height: 420,
        }
    }

    fn horizontal(format: &dyn Fn(f64) -> String) -> ChartSpec<'_> {
        ChartSpec {
            kind: ChartKind::HorizontalBars,
            categories: vec![
                "Legemidler til mennesker".to_string(),
                "Legemidler til dyr".to_string(),
                "Medisinsk utstyr".to_string(),
                "Særskilte søknader på næringsområdet".to_string(),
            ],
            series: vec![series("Søknader", &[30., 22., 7., 1234.])],
            y_label: "Antall søknader".to_string(),
            format_number: format,
            width: 800,
            height: 420,
        }
    }

    fn grouped(format: &dyn Fn(f64) -> String) -> ChartSpec<'_> {
        ChartSpec {
            kind: ChartKind::GroupedBars,
            categories: ["Fase I", "Fase II", "Fase III", "Fase IV"]
                .map(String::from)
                .to_vec(),
            series: vec![
                series("2023", &[22., 41., 35., 4.]),
                series("2024", &[27., 38., 41., 0.]),
            ],
            y_label: "Number of applications".to_string(),
            format_number: format,
            width: 800,
            height: 420,
        }
    }

    /// The text content of every `<text>` element, in order.
    fn text_contents(svg: &str) -> Vec<&str> {
        svg.split("<text")
            .skip(1)
            .map(|t| {
                let body = &t[t.find('>').unwrap() + 1..];
                body[..body.find("</text>").unwrap()].trim()
            })
            .collect()
    }

    #[test]
    fn same_spec_gives_identical_svg() {
        for make in [stacked, grouped, horizontal] {
            let first = render_svg(&make(&nb)).unwrap();
            for _ in 0..5 {
                assert_eq!(render_svg(&make(&nb)).unwrap(), first);
            }
        }
    }

    #[test]
    fn mismatched_lengths_are_an_error() {
        let mut spec = stacked(&nb);
        spec.series[1].values.pop();
        let err = render_svg(&spec).unwrap_err();
        assert!(
            matches!(err, ChartError::LengthMismatch { expected: 11, found: 10, ref series } if series == "Ikke-kommersielle sponsorer"),
            "{err:?}"
        );
    }

    #[test]
    fn bad_specs_are_errors() {
        let mut spec = stacked(&nb);
        spec.series[0].values[3] = -1.0;
        assert!(matches!(
            render_svg(&spec),
            Err(ChartError::InvalidValue { .. })
        ));
        spec.series[0].values[3] = f64::NAN;
        assert!(matches!(
            render_svg(&spec),
            Err(ChartError::InvalidValue { .. })
        ));

        let mut spec = horizontal(&nb);
        spec.series.push(series("Mer", &[1., 2., 3., 4.]));
        assert!(matches!(
            render_svg(&spec),
            Err(ChartError::SeriesCount {
                expected: 1,
                found: 2,
                ..
            })
        ));

        let mut spec = grouped(&nb);
        spec.categories.clear();
        for s in &mut spec.series {
            s.values.clear();
        }
        assert!(matches!(render_svg(&spec), Err(ChartError::Empty)));

        let mut spec = grouped(&nb);
        spec.width = 60;
        spec.height = 50;
        assert!(matches!(
            render_svg(&spec),
            Err(ChartError::TooSmall { .. })
        ));
    }

    #[test]
    fn every_text_uses_open_sans() {
        for make in [stacked, grouped, horizontal] {
            let svg = render_svg(&make(&en)).unwrap();
            let elements: Vec<&str> = svg.split("<text").skip(1).collect();
            assert!(elements.len() > 10);
            for element in elements {
                let tag = &element[..element.find('>').unwrap()];
                assert!(tag.contains(r#"font-family="Open Sans""#), "{tag}");
            }
            assert!(!svg.contains("sans-serif"));
        }
    }

    #[test]
    fn font_sizes_are_written_exactly() {
        assert!(exact_size(TICK_PX) && exact_size(LABEL_PX) && exact_size(DATA_PX));
        assert!(exact_size(MIN_PX) && exact_size(ROTATE_BELOW));
        assert!(
            !exact_size(13.0),
            "if 13 is exact now, the comment on TICK_PX is stale"
        );
        // Shrinking keeps to tidy sizes, and stops at MIN_PX.
        assert_eq!(fitting_px(40.0, 42.0, 12.5), 12.5);
        assert_eq!(fitting_px(40.0, 35.0, 12.5), 10.5);
        assert_eq!(fitting_px(40.0, 41.6, 14.0), 14.0);
        assert_eq!(fitting_px(40.0, 38.0, 14.0), 12.5); // 13.3, and 13 is not exact
        assert_eq!(fitting_px(40.0, 5.0, 12.5), MIN_PX);
        for svg in [
            render_svg(&stacked(&nb)).unwrap(),
            render_svg(&crowded(&nb)).unwrap(),
        ] {
            for element in svg.split("<text").skip(1) {
                let size = element.split("font-size=\"").nth(1).unwrap();
                let size: f64 = size[..size.find('"').unwrap()].parse().unwrap();
                assert!((MIN_PX..=LABEL_PX).contains(&size), "{size}");
                assert_eq!((size * 2.0).fract(), 0.0, "{size}");
            }
        }
    }

    /// Three series over eleven years in 500 px: too narrow for level labels.
    fn crowded(format: &dyn Fn(f64) -> String) -> ChartSpec<'_> {
        let mut spec = stacked(format);
        spec.kind = ChartKind::GroupedBars;
        spec.width = 500;
        spec.height = 300;
        let third = spec.series[1]
            .values
            .iter()
            .map(|v| v * 10.0)
            .collect::<Vec<_>>();
        spec.series.push(series("Tredje", &third));
        spec
    }

    #[test]
    fn crowded_labels_turn_upright_but_stay() {
        let svg = render_svg(&crowded(&nb)).unwrap();
        let texts = text_contents(&svg);
        for v in ["83", "108", "41", "540"] {
            assert!(texts.contains(&v), "{v} missing from {texts:?}");
        }
        // 33 data labels and the axis title are upright; the years still fit level.
        assert_eq!(svg.matches("rotate(270").count(), 34);
        assert!(texts.contains(&"2014"));

        // Thirty years in 500 px: the years turn upright too.
        let mut spec = stacked(&nb);
        spec.width = 500;
        spec.categories = (1995..=2024).map(|y| y.to_string()).collect();
        for s in &mut spec.series {
            s.values = (0..30).map(|i| 1000.0 + i as f64).collect();
        }
        let svg = render_svg(&spec).unwrap();
        assert_eq!(svg.matches("rotate(270").count(), 30 + 30 + 1);
        let layout = column_layout(&spec).unwrap();
        assert!(layout.category.rotated && layout.data_rotated);
        // The upright years fit between the axis and the bottom margin.
        let depth = text_width("2024", layout.category.px);
        assert!(layout.plot.bottom + TICK_GAP + depth <= f64::from(spec.height) - PAD + 0.01);
    }

    #[test]
    fn stacked_totals_are_formatted_data_labels() {
        let mut spec = stacked(&nb);
        spec.series[0].values[0] = 1000.0;
        spec.series[1].values[0] = 234.0;
        let svg = render_svg(&spec).unwrap();
        let texts = text_contents(&svg);
        assert!(texts.contains(&"1\u{a0}234"), "{texts:?}");
        // The other totals: 79 + 50 and 59 + 39.
        assert!(texts.contains(&"129"));
        assert!(texts.contains(&"98"));
        // Segment values are not printed, only totals.
        assert!(!texts.contains(&"83"));
        // Tick labels go through the formatter too, and the axis reaches above 1 234.
        assert!(
            texts.contains(&"1\u{a0}400") || texts.contains(&"1\u{a0}500"),
            "{texts:?}"
        );

        let english = render_svg(&ChartSpec {
            format_number: &en,
            ..spec
        })
        .unwrap();
        assert!(text_contents(&english).contains(&"1,234"));
    }

    #[test]
    fn grouped_values_are_data_labels() {
        let svg = render_svg(&grouped(&en)).unwrap();
        let texts = text_contents(&svg);
        for v in ["22", "41", "35", "4", "27", "38", "0"] {
            assert!(texts.contains(&v), "{v} missing from {texts:?}");
        }
        for c in [
            "Fase I",
            "Fase II",
            "Fase III",
            "Fase IV",
            "Number of applications",
        ] {
            assert!(texts.contains(&c), "{c} missing from {texts:?}");
        }
    }

    #[test]
    fn horizontal_keeps_norwegian_labels_whole() {
        let svg = render_svg(&horizontal(&nb)).unwrap();
        let texts = text_contents(&svg);
        for c in [
            "Legemidler til mennesker",
            "Legemidler til dyr",
            "Medisinsk utstyr",
        ] {
            assert!(texts.contains(&c), "{c} missing from {texts:?}");
        }
        // The long label fits in 40 % of the width, so it stays on one line.
        assert!(
            texts.contains(&"Særskilte søknader på næringsområdet"),
            "{texts:?}"
        );
        assert!(texts.contains(&"1\u{a0}234"));
        assert!(texts.contains(&"Antall søknader"));
    }

    #[test]
    fn horizontal_label_area_fits_the_longest_label() {
        let spec = horizontal(&nb);
        let layout = bar_layout(&spec).unwrap();
        let longest = text_width("Særskilte søknader på næringsområdet", LABEL_PX);
        // Labels are right-aligned at left - TICK_GAP and must not start before the margin.
        assert!(layout.plot.left - TICK_GAP - longest >= PAD - 0.01);
        // Counted by characters, not bytes: "æøå" are as wide as ordinary letters.
        assert!(text_width("æøå", 13.0) < text_width("mmm", 13.0));
        assert!((text_width("Medisinsk utstyr", 13.0) - 98.0).abs() < 5.0);
    }

    #[test]
    fn long_labels_wrap_at_spaces_but_not_at_no_break_spaces() {
        let lines = wrap("Legemidler til mennesker", 90.0, 13.0);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines.join(" "), "Legemidler til mennesker");
        assert_eq!(wrap("Legemidler til mennesker", 300.0, 13.0).len(), 1);
        // Evened out: no orphan on the last line.
        let text = "Hospitals and health trusts in specialist health care";
        let lines = wrap(text, 320.0, 14.0);
        assert_eq!(lines.len(), 2, "{lines:?}");
        let (a, b) = (text_width(&lines[0], 14.0), text_width(&lines[1], 14.0));
        assert!((a - b).abs() < 0.35 * a.max(b), "{lines:?}");
        let lines = wrap("1\u{a0}234\u{a0}567 søknader", 40.0, 13.0);
        assert_eq!(lines, ["1\u{a0}234\u{a0}567", "søknader"]);
    }

    #[test]
    fn a_newline_in_a_category_forces_a_break() {
        assert_eq!(
            wrap("Legemidler\ntil dyr", 500.0, 14.0),
            ["Legemidler", "til dyr"]
        );
        let mut spec = grouped(&nb);
        spec.categories[0] = "Fase I\n(første)".to_string();
        let texts_svg = render_svg(&spec).unwrap();
        let texts = text_contents(&texts_svg);
        assert!(
            texts.contains(&"Fase I") && texts.contains(&"(første)"),
            "{texts:?}"
        );
    }

    #[test]
    fn bars_of_a_chart_are_equally_wide() {
        for make in [stacked, grouped, crowded] {
            let svg = render_svg(&make(&nb)).unwrap();
            let mut widths: Vec<&str> = svg
                .lines()
                .filter(|l| {
                    l.starts_with("<rect") && !l.contains("#DDDDDD") && !l.contains("#666666")
                })
                .filter(|l| !l.contains(r#"height="12""#)) // legend swatches
                .map(|l| {
                    l.split("width=\"")
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap()
                })
                .collect();
            widths.dedup();
            assert_eq!(widths.len(), 1, "{widths:?}");
        }
    }

    #[test]
    fn legend_only_for_several_series() {
        let svg = render_svg(&stacked(&nb)).unwrap();
        let texts = text_contents(&svg);
        assert!(texts.contains(&"Kommersielle sponsorer"));
        assert!(texts.contains(&"Ikke-kommersielle sponsorer"));

        let svg = render_svg(&horizontal(&nb)).unwrap();
        assert!(!text_contents(&svg).contains(&"Søknader"));

        let mut spec = stacked(&nb);
        spec.series.truncate(1);
        let svg = render_svg(&spec).unwrap();
        assert!(!text_contents(&svg).contains(&"Kommersielle sponsorer"));
    }

    #[test]
    fn legend_sits_above_the_plot() {
        let mut spec = grouped(&en);
        spec.series.extend([
            series("A much longer series name for wrapping", &[1., 2., 3., 4.]),
            series(
                "Another long series name, to force a second row",
                &[4., 3., 2., 1.],
            ),
        ]);
        let layout = column_layout(&spec).unwrap();
        assert_eq!(layout.legend.len(), 4);
        assert!(
            layout.legend.iter().any(|e| e.y > PAD),
            "expected a second legend row"
        );
        for entry in &layout.legend {
            assert!(entry.y + LEGEND_ROW <= layout.plot.top);
            assert!(entry.x >= layout.plot.left);
        }
    }

    #[test]
    fn axis_has_integer_ticks_and_headroom() {
        let ticks = Ticks::nice(0.0, 5);
        assert_eq!(
            ticks,
            Ticks {
                step: 1.0,
                max: 1.0
            }
        );
        let ticks = Ticks::nice(3.4, 6);
        assert_eq!(
            ticks,
            Ticks {
                step: 1.0,
                max: 4.0
            }
        );
        let ticks = Ticks::nice(172.0, 6);
        assert_eq!(
            ticks,
            Ticks {
                step: 25.0,
                max: 175.0
            }
        );
        let ticks = Ticks::nice(7.0, 3);
        assert_eq!(
            ticks,
            Ticks {
                step: 2.0,
                max: 8.0
            }
        );
        let ticks = Ticks::nice(1330.0, 6);
        assert_eq!(
            ticks,
            Ticks {
                step: 250.0,
                max: 1500.0
            }
        );
        for needed in [0.5, 7.0, 13.0, 99.0, 101.0, 1234.0, 98765.0] {
            for target in 3..=8 {
                let t = Ticks::nice(needed, target);
                assert_eq!(t.step.fract(), 0.0);
                assert!(t.step >= 1.0);
                assert!(t.max >= needed);
                assert!(t.max < needed.max(1.0) + t.step);
            }
        }

        // The tallest stack (108 + 50) leaves room for its label below the axis top.
        let spec = stacked(&nb);
        let layout = column_layout(&spec).unwrap();
        let top_of_tallest = layout.plot.bottom - 158.0 / layout.ticks.max * layout.plot.height();
        assert!(top_of_tallest - layout.plot.top >= layout.data_px * LINE + DATA_GAP - 0.01);
    }
}
