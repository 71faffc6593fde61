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

mod axis;
mod bars;
mod columns;
mod style;
#[cfg(test)]
mod tests;
mod text;

use self::axis::*;
use self::bars::*;
use self::columns::*;
use self::style::*;
use self::text::*;

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
pub(super) fn exact_size(px: f64) -> bool {
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
