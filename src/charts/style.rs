//! The charts' look: sizes, gaps, font sizes and colours.

use plotters::style::RGBColor;

// ---------------------------------------------------------------------------
// Style

/// Outer margin on every side, px.
pub(super) const PAD: f64 = 8.0;
/// Font size of tick labels, px. Font sizes are multiples of 0.5 that plotters
/// writes exactly (see [`font`]); 13 and 13.5 are not among them.
pub(super) const TICK_PX: f64 = 12.5;
/// Font size of category labels, the axis title and the legend, px.
pub(super) const LABEL_PX: f64 = 14.0;
/// Font size of the data labels on the bars, px (shrunk when bars are narrow).
pub(super) const DATA_PX: f64 = 12.5;
/// No text is made smaller than this to make it fit, px.
pub(super) const MIN_PX: f64 = 9.0;
/// Labels under or above vertical bars that would have to be smaller than this
/// to fit side by side are turned upright instead, px.
pub(super) const ROTATE_BELOW: f64 = 10.0;
/// Line height as a multiple of the font size.
pub(super) const LINE: f64 = 1.25;
/// Gap between an axis and its labels, px.
pub(super) const TICK_GAP: f64 = 7.0;
/// Gap between a bar's end and its data label, px.
pub(super) const DATA_GAP: f64 = 4.0;
/// Side of a legend swatch, px.
pub(super) const SWATCH: f64 = 12.0;
/// Gap between a legend swatch and its text, px.
pub(super) const SWATCH_GAP: f64 = 6.0;
/// Gap between legend entries, px.
pub(super) const LEGEND_GAP: f64 = 22.0;
/// Height of one legend row, px.
pub(super) const LEGEND_ROW: f64 = 20.0;

pub(super) const TEXT: RGBColor = RGBColor(0x33, 0x33, 0x33);
pub(super) const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
pub(super) const AXIS: RGBColor = RGBColor(0x66, 0x66, 0x66);

/// Okabe–Ito colours, ordered so neighbours contrast well (dark blue, orange, …).
/// Yellow comes last: it is hard to see on white.
pub(super) const PALETTE: [RGBColor; 8] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0x00, 0x00, 0x00), // black
    RGBColor(0xF0, 0xE4, 0x42), // yellow
];

pub(super) fn series_color(index: usize) -> RGBColor {
    PALETTE[index % PALETTE.len()]
}
