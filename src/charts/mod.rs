//! Charts: draws the report's figures as SVG with plotters.
//!
//! Each figure in the annual report is a small bar chart (stacked, grouped or
//! horizontal) that this module renders to an SVG string; the Typst template
//! then places it as an image, with the figure caption as its title. How a
//! chart looks (its size, gaps, font sizes, font and colours) is the
//! designer's, in `templates/charts.toml` ([`Style`]); the layout rules that
//! use those choices are here. The module keeps a few rules so the PDF stays
//! reproducible and accessible:
//!
//! - **Deterministic output.** The same [`ChartSpec`] and [`Style`] always
//!   give the same bytes: bars are drawn as explicit rectangles in a fixed
//!   order (plotters' `Histogram` keeps its bars in a `HashMap`), and nothing
//!   depends on time, randomness or the machine's fonts.
//! - **A concrete font family.** Every text element names the style's font
//!   family, which the Typst document embeds; Typst ignores generic families
//!   such as `sans-serif` in SVGs. Text stays real `<text>` (never paths), so
//!   it stays searchable and copyable in the PDF. Label areas are sized,
//!   and long labels wrapped, by measuring the text with that font's own
//!   file (the one `charts.toml` names), never the machine's fonts.
//! - **No words of its own.** Category labels, series names, the axis title
//!   and every number (through [`ChartSpec::format_number`]) arrive localised
//!   from the caller; the module adds no text in any language. Only the
//!   developer-facing [`ChartError`] messages are English.
//! - **A plain, report-like look.** A colour-blind-safe palette, a value axis
//!   from zero with integer ticks and light grid lines, data labels on the
//!   bars, a legend above the plot only when there is more than one series,
//!   and no chart title.
//!
//! The parts: [`style`] reads the style; `text` measures and wraps labels;
//! `axis` picks the value axis' ticks; `columns` lays out and draws vertical
//! bars, `bars` horizontal ones; this file has the types, the checks of a
//! spec and the drawing surface they share.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

mod axis;
mod bars;
mod columns;
pub mod style;
#[cfg(test)]
mod tests;
mod text;

pub use self::style::Style;
pub use self::text::Font;

/// One named series of values, one value per category.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend text, already localised.
    pub name: String,
    /// One value per entry of [`ChartSpec::categories`], in the same order.
    pub values: Vec<f64>,
}

/// Which kind of chart to draw: the document's (text stage's) word for it.
pub use crate::text::ChartKind;

/// Everything needed to draw one chart. All text is already localised.
#[derive(Clone)]
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
    /// What the charts this one sits with show, so that they share its scales.
    pub peers: Peers,
}

/// The charts a chart sits with (the figures of one kind in one section):
/// their bars' values and their category labels. A chart's value axis
/// reaches as far as any of theirs needs, and a horizontal bar chart's label
/// column is as wide as any of theirs, so their plots line up and their bars
/// compare.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Peers {
    /// The values the charts draw as bars: each bar's (a stack's total).
    pub values: Vec<f64>,
    /// Their category labels.
    pub categories: Vec<String>,
}

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

/// Every figure of a document, drawn: figure id → SVG text, and each
/// drawing's width. Serialised (for Typst's `sys.inputs.charts`) as the map
/// of SVGs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[serde(transparent)]
pub struct Charts {
    /// Figure id → SVG text.
    pub svgs: std::collections::BTreeMap<String, String>,
    /// Figure id → the drawing's width, px of the SVG (with `width` 453 in
    /// `charts.toml`, its width in print in points), as the style sized it.
    #[serde(skip)]
    pub widths: std::collections::BTreeMap<String, u32>,
}

impl Charts {
    fn insert(&mut self, id: &str, svg: String, width: u32) {
        self.svgs.insert(id.to_string(), svg);
        self.widths.insert(id.to_string(), width);
    }
}

/// Stage 4: draws every figure of `doc` with `style`, its numbers written
/// by `format_number` (the document's language's format). The document is
/// only read: the charts are the next stage's value, not written into it.
pub fn draw(
    doc: &crate::text::Document,
    style: &Style,
    format_number: &dyn Fn(f64) -> String,
) -> Result<Charts, crate::diag::Diagnostic> {
    let mut out = Charts::default();
    for (id, spec) in specs(doc, style, format_number) {
        let svg = render_svg(&spec, style)
            .map_err(|e| crate::diag::Diagnostic::error(format!("chart {id}: {e}")))?;
        out.insert(id, svg, width(&spec, style));
    }
    Ok(out)
}

/// The web edition's drawings of the figures of `doc` for a narrow screen
/// ([`Style::for_phone`]); a figure that cannot be drawn so narrow (its
/// labels do not fit) has none, and keeps its full-width drawing.
pub fn draw_phone(
    doc: &crate::text::Document,
    style: &Style,
    format_number: &dyn Fn(f64) -> String,
) -> Charts {
    let phone = style.for_phone();
    let mut out = Charts::default();
    for (id, spec) in specs(doc, &phone, format_number) {
        if let Ok(svg) = render_svg(&spec, &phone) {
            out.insert(id, svg, width(&spec, &phone));
        }
    }
    out
}

/// The width `style` draws the chart of `spec` at, px.
fn width(spec: &ChartSpec, style: &Style) -> u32 {
    style.chart_size(spec.kind, spec.categories.len()).0
}

/// Each figure of `doc` with what its chart is drawn from.
fn specs<'a>(
    doc: &'a crate::text::Document,
    style: &Style,
    format_number: &'a dyn Fn(f64) -> String,
) -> Vec<(&'a String, ChartSpec<'a>)> {
    use crate::text::{Block, ChartData};
    let mut out = Vec::new();
    for section in &doc.sections {
        let figures: Vec<(&String, &ChartData)> = section
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Figure { id, chart, .. } => Some((id, chart)),
                _ => None,
            })
            .collect();
        for (i, (id, chart)) in figures.iter().enumerate() {
            // The section's other figures of this kind share the scales.
            let mut peers = Peers::default();
            for (j, (_, other)) in figures.iter().enumerate() {
                if j != i && other.kind == chart.kind {
                    peers.values.extend(bar_values(other));
                    peers.categories.extend(other.categories.iter().cloned());
                }
            }
            let spec = ChartSpec {
                kind: chart.kind,
                categories: chart.categories.clone(),
                series: chart
                    .series
                    .iter()
                    .map(|(name, values)| Series {
                        name: name.clone(),
                        values: values.clone(),
                    })
                    .collect(),
                y_label: if style.axis.title {
                    chart.y_label.clone()
                } else {
                    String::new()
                },
                format_number,
                peers,
            };
            out.push((*id, spec));
        }
    }
    out
}

/// The values a chart draws as bars: each stack's total in a stacked
/// chart, each value otherwise.
fn bar_values(chart: &crate::text::ChartData) -> Vec<f64> {
    match chart.kind {
        ChartKind::StackedBars => (0..chart.categories.len())
            .map(|c| chart.series.iter().filter_map(|(_, v)| v.get(c)).sum())
            .collect(),
        _ => chart
            .series
            .iter()
            .flat_map(|(_, v)| v.iter().copied())
            .collect(),
    }
}

/// Draws the chart and returns the SVG document as a string. Its size is the
/// style's for its kind and number of categories ([`Style::chart_size`]).
pub fn render_svg(spec: &ChartSpec, style: &Style) -> Result<String, ChartError> {
    validate(spec)?;
    let (width, height) = style.chart_size(spec.kind, spec.categories.len());
    let frame = Frame { width, height };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let mut canvas = Canvas { area: &area, style };
        match spec.kind {
            ChartKind::StackedBars | ChartKind::GroupedBars => {
                let layout = columns::layout(spec, style, frame)?;
                columns::draw(&mut canvas, spec, &layout)?;
            }
            ChartKind::HorizontalBars => {
                let layout = bars::layout(spec, style, frame)?;
                bars::draw(&mut canvas, spec, &layout)?;
            }
        }
        area.present().map_err(drawing_error)?;
    }
    Ok(svg)
}

/// The size a chart is laid out in, px.
#[derive(Debug, Clone, Copy)]
struct Frame {
    width: u32,
    height: u32,
}

impl Frame {
    fn width(self) -> f64 {
        f64::from(self.width)
    }

    fn height(self) -> f64 {
        f64::from(self.height)
    }

    /// The error when the labels leave no room for the plot.
    fn too_small(self) -> ChartError {
        ChartError::TooSmall {
            width: self.width,
            height: self.height,
        }
    }
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

/// A thin wrapper that draws in f64 px, rounding to whole pixels, in the
/// style's font and text colour.
struct Canvas<'a, 'b> {
    area: &'a Area<'b>,
    style: &'a Style,
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

impl<'a> Canvas<'a, '_> {
    /// The style's font at `px` pixels. plotters' SVG backend writes
    /// `font-size` as the size divided by 1.24; for the sizes the style
    /// allows, `px * 1.24 / 1.24` is exactly `px`, so the SVG says
    /// `font-size="12.5"`, not `12.500000000000002` (see [`text::exact_size`]).
    fn font(&self, px: f64) -> FontDesc<'a> {
        let style: &'a Style = self.style;
        FontDesc::new(
            FontFamily::Name(&style.font.family),
            px * 1.24,
            FontStyle::Normal,
        )
    }

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
        let font = self.font(size);
        self.text_styled(text, x, y, TextStyle::from(font).pos(pos))
    }

    /// Text turned upright, reading from the bottom up, anchored at `pos`.
    fn upright(
        &mut self,
        text: &str,
        x: f64,
        y: f64,
        size: f64,
        pos: Pos,
    ) -> Result<(), ChartError> {
        let style = TextStyle::from(self.font(size))
            .pos(pos)
            .transform(FontTransform::Rotate270);
        self.text_styled(text, x, y, style)
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
        let colour = self.style.colours.text.rgb();
        let style = style.color(&colour);
        self.area
            .draw_text(text, &style, (px(x), px(y)))
            .map_err(drawing_error)
    }

    /// Draws lines of text, one `<text>` each, the style's line height ×
    /// `size` apart, the block's vertical middle at `y` if `v` is centre,
    /// else its top at `y`.
    fn lines(
        &mut self,
        lines: &[String],
        x: f64,
        y: f64,
        size: f64,
        h: HPos,
        v: VPos,
    ) -> Result<(), ChartError> {
        let line_height = size * self.style.font_size.line_height;
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
