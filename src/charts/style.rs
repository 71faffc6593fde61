//! The charts' look, read from `templates/charts.toml`: the size of a chart,
//! its margin and gaps, its font sizes, the font it is measured with and its
//! colours. These are the designer's choices, so they live beside the
//! template and not in the code; the code keeps only the layout rules that
//! use them. [`Style::load`] reads the file with `deny_unknown_fields`: a
//! key it does not know, a missing key or a value out of range is an error
//! at its line, as for `report.toml`: the code holds no copy of the file's
//! values (tests draw with [`Style::shipped`], the file itself).

use std::path::{Component, Path};
use std::sync::Arc;

use plotters::style::RGBColor;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::ChartKind;
use super::text::{Font, exact_size};
use crate::diag::{Diagnostic, SourceFile};
use crate::fonts::Fonts;

/// The style's file name, in the templates folder.
pub const FILE: &str = "charts.toml";

/// Everything `templates/charts.toml` sets. Sizes are px of the SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// `[font]`: the family the SVGs name and the file the labels are measured with.
    pub font: Font,
    /// `[size]`.
    pub size: Size,
    /// `[font_size]`.
    pub font_size: FontSizes,
    /// `[gap]`.
    pub gap: Gaps,
    /// `[legend]`.
    pub legend: Legend,
    /// `[columns]`: vertical bars.
    pub columns: Columns,
    /// `[bars]`: horizontal bars.
    pub bars: Bars,
    /// `[axis]`.
    pub axis: Axis,
    /// `[colours]`.
    pub colours: Colours,
}

/// The file as written; [`Style`] has the font loaded.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleFile {
    font: FontChoice,
    size: Size,
    font_size: FontSizes,
    gap: Gaps,
    legend: Legend,
    columns: Columns,
    bars: Bars,
    axis: Axis,
    colours: ColoursFile,
}

/// `[axis]`: the value axis.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    /// Whether the value axis has its title (the chart's `y_label`).
    pub title: bool,
}

/// `[colours]` as written: the palette's colours with where each is, since
/// an error inside an array would otherwise point at the array.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColoursFile {
    text: Colour,
    grid: Colour,
    axis: Colour,
    palette: Vec<toml::Spanned<String>>,
}

/// `[font]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FontChoice {
    family: String,
    file: String,
}

/// `[size]`: how large a chart is.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Size {
    /// Width of every chart.
    #[serde(deserialize_with = "whole_px")]
    pub width: u32,
    /// Height of a chart of vertical bars.
    #[serde(deserialize_with = "whole_px")]
    pub columns_height: u32,
    /// Height of a chart of horizontal bars, before its bars.
    #[serde(deserialize_with = "whole_px_or_zero")]
    pub bars_height: u32,
    /// Height added for each horizontal bar.
    #[serde(deserialize_with = "whole_px_or_zero")]
    pub bars_height_per_bar: u32,
    /// A chart of vertical bars with at most `few_columns` categories (one
    /// year, say) is `few_columns_width` wide, not the full width.
    #[serde(deserialize_with = "whole_px_or_zero")]
    pub few_columns: u32,
    #[serde(deserialize_with = "whole_px")]
    pub few_columns_width: u32,
    /// The web edition on a narrow screen shows each chart drawn again this
    /// wide, with the same font sizes: shrunk from `width` to a phone's
    /// width, its text would be too small to read.
    #[serde(deserialize_with = "whole_px")]
    pub phone_width: u32,
    /// The margin on every side.
    #[serde(deserialize_with = "px")]
    pub margin: f64,
}

/// `[font_size]`, px.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FontSizes {
    /// Tick labels.
    #[serde(deserialize_with = "font_px")]
    pub tick: f64,
    /// Category labels, the axis title and the legend.
    #[serde(deserialize_with = "font_px")]
    pub label: f64,
    /// The numbers at the bars (made smaller when bars are narrow).
    #[serde(deserialize_with = "font_px")]
    pub data: f64,
    /// No text is made smaller than this to fit.
    #[serde(deserialize_with = "font_px")]
    pub smallest: f64,
    /// Labels under or above vertical bars that would have to be smaller
    /// than this to fit side by side are turned upright instead.
    #[serde(deserialize_with = "positive")]
    pub upright_below: f64,
    /// Line height as a multiple of the font size.
    #[serde(deserialize_with = "positive")]
    pub line_height: f64,
}

/// `[gap]`, px.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gaps {
    /// Between an axis and its labels.
    #[serde(deserialize_with = "px")]
    pub tick: f64,
    /// Between a bar's end and its number.
    #[serde(deserialize_with = "px")]
    pub data: f64,
    /// Between the axis title and the tick labels.
    #[serde(deserialize_with = "px")]
    pub title: f64,
    /// Between the legend and the plot.
    #[serde(deserialize_with = "px")]
    pub legend: f64,
    /// At least between category labels side by side.
    #[serde(deserialize_with = "px")]
    pub category: f64,
    /// At least between numbers side by side.
    #[serde(deserialize_with = "px")]
    pub data_labels: f64,
    /// At least between upright labels side by side.
    #[serde(deserialize_with = "px")]
    pub upright: f64,
    /// At least between a number and the edge of the plot.
    #[serde(deserialize_with = "px")]
    pub end: f64,
}

/// `[legend]`, px.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Legend {
    /// Side of a colour square.
    #[serde(deserialize_with = "px")]
    pub swatch: f64,
    /// Between the square and the series' name.
    #[serde(deserialize_with = "px")]
    pub swatch_gap: f64,
    /// Between one entry and the next.
    #[serde(deserialize_with = "px")]
    pub entry_gap: f64,
    /// Height of one row.
    #[serde(deserialize_with = "px")]
    pub row: f64,
}

/// `[columns]`: vertical bars.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    /// A stack's width, as a share of its category's slot.
    #[serde(deserialize_with = "share")]
    pub stack_width: f64,
    /// A stack's greatest width.
    #[serde(deserialize_with = "px")]
    pub stack_max: f64,
    /// A group's width, as a share of its category's slot.
    #[serde(deserialize_with = "share")]
    pub group_width: f64,
    /// The greatest width of one bar of a group.
    #[serde(deserialize_with = "px")]
    pub bar_max: f64,
    /// The white gap between the bars of a group…
    #[serde(deserialize_with = "px")]
    pub bar_gap: f64,
    /// …when they are wider than this.
    #[serde(deserialize_with = "px")]
    pub bar_gap_from: f64,
    /// About one tick for this many px of the plot's height…
    #[serde(deserialize_with = "positive")]
    pub tick_spacing: f64,
    /// …but no fewer ticks than this…
    #[serde(deserialize_with = "count")]
    pub ticks_min: usize,
    /// …and no more than this.
    #[serde(deserialize_with = "count")]
    pub ticks_max: usize,
}

/// `[bars]`: horizontal bars.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bars {
    /// The category labels' greatest width, as a share of the chart's width.
    #[serde(deserialize_with = "share")]
    pub label_share: f64,
    /// A bar's thickness, as a share of its band.
    #[serde(deserialize_with = "share")]
    pub thickness: f64,
    /// A bar's greatest thickness.
    #[serde(deserialize_with = "px")]
    pub thickness_max: f64,
    /// About one tick for this many px of the plot's width…
    #[serde(deserialize_with = "positive")]
    pub tick_spacing: f64,
    /// …but no fewer ticks than this…
    #[serde(deserialize_with = "count")]
    pub ticks_min: usize,
    /// …and no more than this.
    #[serde(deserialize_with = "count")]
    pub ticks_max: usize,
}

/// `[colours]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Colours {
    /// Every text.
    pub text: Colour,
    /// The grid lines.
    pub grid: Colour,
    /// The line along the bars' feet.
    pub axis: Colour,
    /// The series' colours, in order, repeated when there are more series.
    pub palette: Vec<Colour>,
}

/// A colour, written `#RRGGBB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    pub(super) fn rgb(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }

    /// `#RRGGBB` (either case).
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Colour(byte(0)?, byte(2)?, byte(4)?))
    }
}

/// Why `text` is not a colour.
fn not_a_colour(text: &str) -> String {
    format!("`{text}` is not a colour: write it as #RRGGBB, such as \"#0072B2\"")
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Colour::parse(&text).ok_or_else(|| D::Error::custom(not_a_colour(&text)))
    }
}

fn number<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = f64::deserialize(d)?;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(D::Error::custom(format!("{v} is not a size")))
    }
}

/// A size in px, 0 or more.
fn px<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = number(d)?;
    if v < 0.0 {
        return Err(D::Error::custom(format!(
            "{v} is not a size: expected px, 0 or more"
        )));
    }
    Ok(v)
}

/// A number above 0.
fn positive<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = number(d)?;
    if v <= 0.0 {
        return Err(D::Error::custom(format!(
            "{v} is too small: expected a number above 0"
        )));
    }
    Ok(v)
}

/// A share: above 0, at most 1.
fn share<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = number(d)?;
    if !(v > 0.0 && v <= 1.0) {
        return Err(D::Error::custom(format!(
            "{v} is not a share: expected a number above 0 and at most 1, such as 0.62"
        )));
    }
    Ok(v)
}

fn whole<'de, D: Deserializer<'de>>(d: D, least: f64, what: &str) -> Result<f64, D::Error> {
    let v = number(d)?;
    if v.fract() != 0.0 || v < least || v > 100_000.0 {
        return Err(D::Error::custom(format!(
            "{v} is not {what}: expected a whole number, {least} or more"
        )));
    }
    Ok(v)
}

/// A whole number of px, 1 or more.
fn whole_px<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    Ok(whole(d, 1.0, "a size in px")? as u32)
}

/// A whole number of px, 0 or more.
fn whole_px_or_zero<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    Ok(whole(d, 0.0, "a size in px")? as u32)
}

/// A count of ticks, 1 or more.
fn count<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    Ok(whole(d, 1.0, "a number of ticks")? as usize)
}

/// A font size the SVG writer writes exactly (see [`exact_size`]).
fn font_px<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = positive(d)?;
    if exact_size(v) {
        return Ok(v);
    }
    // The nearest sizes that are written exactly, on the grid of 0.5.
    let mut below = (v * 2.0).floor() / 2.0;
    while below > 0.5 && !exact_size(below) {
        below -= 0.5;
    }
    let mut above = (v * 2.0).floor() / 2.0 + 0.5;
    while !exact_size(above) {
        above += 0.5;
    }
    Err(D::Error::custom(format!(
        "the SVG writer cannot write the font size {v} exactly: take {below} or {above}"
    )))
}

impl Style {
    /// The shipped `templates/charts.toml` of this repository and its font,
    /// read as a build reads them: what the tests and benchmarks draw with,
    /// so that they test what ships.
    #[doc(hidden)]
    pub fn shipped() -> Style {
        let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let fonts = crate::fonts::Fonts::load(&templates, None)
            .unwrap_or_else(|d| panic!("the shipped fonts do not read: {d}"));
        Style::load(&templates, &fonts)
            .unwrap_or_else(|d| panic!("the shipped {FILE} does not read: {d}"))
    }

    /// The style of a chart for a narrow screen: `phone_width` wide (a
    /// chart of few columns no wider than that), everything else the same.
    pub fn for_phone(&self) -> Style {
        let mut phone = self.clone();
        phone.size.width = self.size.phone_width;
        phone.size.few_columns_width = self.size.few_columns_width.min(self.size.phone_width);
        phone
    }

    /// Reads `charts.toml` in the templates folder; the font it names is
    /// taken from the run's `fonts` (the report's own, read once).
    pub fn load(templates_dir: &Path, fonts: &Fonts) -> Result<Style, Diagnostic> {
        let path = templates_dir.join(FILE);
        let project = templates_dir.parent().unwrap_or(templates_dir);
        let bytes = crate::input::read(&path, project)?.ok_or_else(|| {
            Diagnostic::error(format!(
                "the charts' style is missing: the templates need a {FILE}"
            ))
            .in_path(&path)
        })?;
        let text = crate::data::decode(&path, bytes)?;
        Self::parse(&SourceFile::new(&path, text), templates_dir, fonts)
    }

    /// Parses and checks the text of `charts.toml`; the font file, named
    /// from `templates_dir`, must be one of `fonts`.
    pub fn parse(
        file: &Arc<SourceFile>,
        templates_dir: &Path,
        fonts: &Fonts,
    ) -> Result<Style, Diagnostic> {
        let read: StyleFile = toml::from_str(&file.text).map_err(|e| {
            let message = e.message().trim_end();
            let message = match message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split_once('`'))
            {
                Some((key, _)) => format!(
                    "`{key}` is missing: every setting is required here (the shipped {FILE} has them all, each with what it does)"
                ),
                None => crate::data::explain_toml_error(message),
            };
            Diagnostic::error(message).at(file, e.span())
        })?;
        let at = |key: &str| crate::data::span_of(&file.text, key);
        let fail = |key: &str, message: String| Diagnostic::error(message).at(file, at(key));

        let sizes = &read.font_size;
        for (key, size) in [
            ("tick", sizes.tick),
            ("label", sizes.label),
            ("data", sizes.data),
            ("upright_below", sizes.upright_below),
        ] {
            if sizes.smallest > size {
                return Err(fail(
                    "font_size.smallest",
                    format!(
                        "`smallest` ({}) is larger than `{key}` ({size}): no text is made smaller than `smallest`",
                        sizes.smallest
                    ),
                ));
            }
        }
        for (table, min, max) in [
            ("columns", read.columns.ticks_min, read.columns.ticks_max),
            ("bars", read.bars.ticks_min, read.bars.ticks_max),
        ] {
            if min > max {
                return Err(fail(
                    &format!("{table}.ticks_min"),
                    format!("`ticks_min` ({min}) is more than `ticks_max` ({max})"),
                ));
            }
        }
        if read.colours.palette.is_empty() {
            return Err(fail(
                "colours.palette",
                "the palette has no colour: give one at least".to_string(),
            ));
        }
        let mut palette = Vec::new();
        for colour in &read.colours.palette {
            match Colour::parse(colour.get_ref()) {
                Some(c) => palette.push(c),
                None => {
                    return Err(Diagnostic::error(not_a_colour(colour.get_ref()))
                        .at(file, Some(colour.span())));
                }
            }
        }
        let colours = Colours {
            text: read.colours.text,
            grid: read.colours.grid,
            axis: read.colours.axis,
            palette,
        };

        let font = load_font(&read.font, templates_dir, fonts)
            .map_err(|message| fail("font.file", message))?;
        Ok(Style {
            font,
            size: read.size,
            font_size: read.font_size,
            gap: read.gap,
            legend: read.legend,
            columns: read.columns,
            bars: read.bars,
            axis: read.axis,
            colours,
        })
    }

    /// The size of a chart of `kind` with `categories` categories, px.
    pub fn chart_size(&self, kind: ChartKind, categories: usize) -> (u32, u32) {
        let height = match kind {
            ChartKind::HorizontalBars => {
                let bars = u32::try_from(categories).unwrap_or(u32::MAX);
                self.size
                    .bars_height
                    .saturating_add(self.size.bars_height_per_bar.saturating_mul(bars))
            }
            ChartKind::StackedBars | ChartKind::GroupedBars => self.size.columns_height,
        };
        let few = u32::try_from(categories).is_ok_and(|n| n <= self.size.few_columns);
        let width = if few && kind != ChartKind::HorizontalBars {
            self.size.few_columns_width
        } else {
            self.size.width
        };
        (width, height)
    }

    /// The colour of the series at `index`.
    pub(super) fn series_colour(&self, index: usize) -> RGBColor {
        let palette = &self.colours.palette;
        palette[index % palette.len()].rgb()
    }
}

/// The font file `[font] file` names, inside the templates folder: one of
/// the report's fonts, so that the charts are measured with the font the
/// PDF sets them in.
fn load_font(choice: &FontChoice, templates_dir: &Path, fonts: &Fonts) -> Result<Font, String> {
    let relative = Path::new(&choice.file);
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(format!(
            "the font file must be inside templates/, named from there (such as \"fonts/OpenSans-Regular.ttf\"), not `{}`",
            choice.file
        ));
    }
    let path = templates_dir.join(relative);
    if let (Ok(root), Ok(real)) = (templates_dir.canonicalize(), path.canonicalize())
        && !real.starts_with(root)
    {
        return Err(format!(
            "the font file `{}` leads outside templates/",
            choice.file
        ));
    }
    if let Err(e) = std::fs::metadata(&path) {
        return Err(format!("cannot read the font file `{}`: {e}", choice.file));
    }
    let data = fonts.file(&path).ok_or_else(|| {
        format!(
            "the font file `{}` is not one of the report's fonts (the font files in templates/{}/ and --font-path): the charts are measured with a font the report is set in",
            choice.file,
            crate::fonts::FOLDER
        )
    })?;
    Font::parse(&choice.family, &choice.file, data)
}

#[cfg(test)]
#[path = "style_tests.rs"]
mod tests;
