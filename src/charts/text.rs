//! Measuring and wrapping text.

use super::*;

// ---------------------------------------------------------------------------
// Text measurement

/// Advance widths of Open Sans Regular for U+0020..=U+007E, in font units (2048 per em).
pub(super) const ASCII_ADVANCE: [u16; 95] = [
    532, 547, 821, 1323, 1171, 1686, 1495, 453, 606, 606, 1130, 1171, 502, 659, 545, 752, 1171,
    1171, 1171, 1171, 1171, 1171, 1171, 1171, 1171, 1171, 545, 545, 1171, 1171, 1171, 879, 1841,
    1296, 1327, 1292, 1493, 1139, 1057, 1491, 1511, 571, 547, 1257, 1063, 1849, 1544, 1595, 1233,
    1595, 1266, 1124, 1133, 1491, 1219, 1896, 1182, 1147, 1169, 674, 752, 674, 1110, 918, 1182,
    1139, 1255, 975, 1255, 1149, 694, 1122, 1257, 518, 518, 1075, 518, 1905, 1257, 1237, 1255,
    1255, 836, 977, 723, 1257, 1026, 1593, 1073, 1032, 958, 776, 1128, 776, 1171,
];

/// The advance width of one character in Open Sans Regular, in font units.
/// Characters not in the table get a generous width, so labels are never cut.
pub(super) fn advance(c: char) -> u32 {
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
pub(super) fn text_width(text: &str, px: f64) -> f64 {
    let units: u32 = text.chars().map(advance).sum();
    f64::from(units) / 2048.0 * px
}

/// Breaks `text` into as few lines no wider than `max_width` as it can, at
/// ordinary spaces (never at no-break spaces) and at `\n`, and evens the lines
/// out so the last is not an orphan. A single word wider than `max_width` gets
/// a line of its own.
pub(super) fn wrap(text: &str, max_width: f64, px: f64) -> Vec<String> {
    text.split('\n')
        .flat_map(|paragraph| wrap_paragraph(paragraph, max_width, px))
        .collect()
}

pub(super) fn wrap_paragraph(text: &str, max_width: f64, px: f64) -> Vec<String> {
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

pub(super) fn wrap_greedy(text: &str, max_width: f64, px: f64) -> Vec<String> {
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
pub(super) fn widest_word(text: &str, px: f64) -> f64 {
    text.split([' ', '\n'])
        .map(|w| text_width(w, px))
        .fold(0.0, f64::max)
}

pub(super) fn max_width<'s>(texts: impl IntoIterator<Item = &'s String>, px: f64) -> f64 {
    texts
        .into_iter()
        .map(|t| text_width(t, px))
        .fold(0.0, f64::max)
}

/// The font size at which text `widest` px wide at `px` fits in `available`
/// px: `px` if it fits, else a smaller size no smaller than [`MIN_PX`].
pub(super) fn fitting_px(widest: f64, available: f64, px: f64) -> f64 {
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
