//! Measuring and wrapping text.

/// The font the charts' text is drawn in and measured with.
#[derive(Debug, Clone, PartialEq)]
pub struct Font {
    /// The family every `<text>` names.
    pub family: String,
    /// The file it was read from, as `charts.toml` names it (inside `templates/`).
    pub file: String,
}

impl Font {
    /// The font in `data`, which must be of `family`; `file` names it in messages.
    pub fn parse(family: &str, file: &str, data: &[u8]) -> Result<Font, String> {
        let face = ttf_parser::Face::parse(data, 0)
            .map_err(|e| format!("`{file}` is not a font that can be read: {e}"))?;
        let families: Vec<String> = face
            .names()
            .into_iter()
            .filter(|n| {
                n.name_id == ttf_parser::name_id::FAMILY
                    || n.name_id == ttf_parser::name_id::TYPOGRAPHIC_FAMILY
            })
            .filter_map(|n| n.to_string())
            .collect();
        if !families.iter().any(|f| f == family) {
            return Err(format!(
                "`{file}` is a font of {}, not of `{family}`: name its family, or a file of `{family}`",
                families
                    .first()
                    .map_or("no family".to_string(), |f| format!("`{f}`"))
            ));
        }
        Ok(Font {
            family: family.to_string(),
            file: file.to_string(),
        })
    }

    /// Open Sans Regular as the program embeds it: the font of [`Style::default`].
    pub fn open_sans() -> &'static Font {
        static OPEN_SANS: std::sync::OnceLock<Font> = std::sync::OnceLock::new();
        OPEN_SANS.get_or_init(|| {
            Font::parse(
                "Open Sans",
                "fonts/OpenSans-Regular.ttf",
                include_bytes!("../../templates/fonts/OpenSans-Regular.ttf"),
            )
            .expect("the embedded Open Sans is a font of Open Sans")
        })
    }
}

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

impl Font {
    /// Estimated rendered width of `text` at `px`, in px (kerning ignored, which overestimates slightly).
    pub fn width(&self, text: &str, px: f64) -> f64 {
        let units: u32 = text.chars().map(advance).sum();
        f64::from(units) / 2048.0 * px
    }

    /// Breaks `text` into as few lines no wider than `max_width` as it can, at
    /// ordinary spaces (never at no-break spaces) and at `\n`, and evens the lines
    /// out so the last is not an orphan. A single word wider than `max_width` gets
    /// a line of its own.
    pub fn wrap(&self, text: &str, max_width: f64, px: f64) -> Vec<String> {
        text.split('\n')
            .flat_map(|paragraph| self.wrap_paragraph(paragraph, max_width, px))
            .collect()
    }

    fn wrap_paragraph(&self, text: &str, max_width: f64, px: f64) -> Vec<String> {
        let greedy = self.wrap_greedy(text, max_width, px);
        let narrowest = self.widest_word(text, px);
        if greedy.len() < 2 || narrowest >= max_width {
            return greedy;
        }
        // The narrowest width that still needs no more lines.
        let (mut lo, mut hi) = (narrowest, max_width);
        for _ in 0..24 {
            let mid = (lo + hi) / 2.0;
            if self.wrap_greedy(text, mid, px).len() <= greedy.len() {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        self.wrap_greedy(text, hi, px)
    }

    fn wrap_greedy(&self, text: &str, max_width: f64, px: f64) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            if line.is_empty() {
                line.push_str(word);
                continue;
            }
            let candidate = format!("{line} {word}");
            if self.width(&candidate, px) <= max_width {
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
    pub fn widest_word(&self, text: &str, px: f64) -> f64 {
        text.split([' ', '\n'])
            .map(|w| self.width(w, px))
            .fold(0.0, f64::max)
    }

    /// The widest of `texts` at `px`.
    pub fn max_width<'s>(&self, texts: impl IntoIterator<Item = &'s String>, px: f64) -> f64 {
        texts
            .into_iter()
            .map(|t| self.width(t, px))
            .fold(0.0, f64::max)
    }
}

/// The font size at which text `widest` px wide at `px` fits in `available`
/// px: `px` if it fits, else a smaller size no smaller than `smallest`.
pub(super) fn fitting_px(widest: f64, available: f64, px: f64, smallest: f64) -> f64 {
    if widest <= available || widest <= 0.0 {
        return px;
    }
    // Down to a multiple of 0.5 that plotters writes exactly.
    let mut size = ((px * available / widest) * 2.0).floor() / 2.0;
    while size > smallest && !exact_size(size) {
        size -= 0.5;
    }
    size.max(smallest)
}

/// Whether plotters writes the font size `px` exactly: its SVG backend
/// writes a font's size divided by 1.24, and the canvas asks for
/// `px * 1.24`, which gives back `px` for most multiples of 0.5 but not all
/// (not 13 or 13.5).
pub(super) fn exact_size(px: f64) -> bool {
    px * 1.24 / 1.24 == px
}
