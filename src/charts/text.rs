//! Measuring and wrapping text, with the font the charts are drawn in.
//!
//! plotters (without its `ttf` feature, which would read the machine's
//! fonts) cannot measure text, yet the layouts must know how wide a label is
//! to size the label areas, fit numbers between bars and wrap long labels.
//! So a [`Font`] reads the horizontal metrics of the font file `charts.toml`
//! names, the one the report embeds, with ttf-parser: a text's width is the
//! sum of its glyphs' advances scaled to the font size (kerning left out,
//! which overestimates a little: a label may be a hair narrower than
//! measured, never wider). A character the font lacks is measured as its
//! `.notdef` glyph, the box a renderer without a fallback font draws. Lines
//! are broken by textwrap's first-fit algorithm over these widths, at
//! ordinary spaces only: a no-break space (as in "1 234") holds, and a `\n`
//! in a label forces a break. Nothing here reads the machine's fonts, so the
//! same label measures the same everywhere.

use std::collections::HashMap;
use std::fmt;

use textwrap::WordSeparator;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;

/// The font the charts' text is drawn in, with what it takes to measure it.
#[derive(Clone, PartialEq)]
pub struct Font {
    /// The family every `<text>` names.
    pub family: String,
    /// The file it was read from, as `charts.toml` names it (inside `templates/`).
    pub file: String,
    /// Font units per em: advances are in these.
    units_per_em: u16,
    /// The advance of the `.notdef` glyph, for characters the font lacks.
    notdef: u16,
    /// The advance of every character the font maps to a glyph.
    advances: HashMap<char, u16>,
}

impl fmt::Debug for Font {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Font")
            .field("family", &self.family)
            .field("file", &self.file)
            .field("units_per_em", &self.units_per_em)
            .field("notdef", &self.notdef)
            .field("characters", &self.advances.len())
            .finish()
    }
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
        let mut advances = HashMap::new();
        if let Some(cmap) = face.tables().cmap {
            for subtable in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
                subtable.codepoints(|code| {
                    let Some(c) = char::from_u32(code) else {
                        return;
                    };
                    if let Some(advance) = face
                        .glyph_index(c)
                        .and_then(|glyph| face.glyph_hor_advance(glyph))
                    {
                        advances.insert(c, advance);
                    }
                });
            }
        }
        let units_per_em = face.units_per_em();
        let notdef = face
            .glyph_hor_advance(ttf_parser::GlyphId(0))
            .unwrap_or(units_per_em / 2);
        if advances.is_empty() {
            return Err(format!(
                "`{file}` maps no Unicode character to a glyph: it cannot measure text"
            ));
        }
        Ok(Font {
            family: family.to_string(),
            file: file.to_string(),
            units_per_em,
            notdef,
            advances,
        })
    }

    /// Open Sans Regular as the program embeds it: the font the shipped
    /// `templates/charts.toml` names.
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

    /// The advance of `c` in font units: its glyph's, or `.notdef`'s.
    fn advance(&self, c: char) -> u16 {
        self.advances.get(&c).copied().unwrap_or(self.notdef)
    }

    /// The width of `text` in font units (exact: a sum of whole numbers).
    fn units(&self, text: &str) -> f64 {
        text.chars().map(|c| f64::from(self.advance(c))).sum()
    }

    /// The width of `text` at `px`, in px: its glyphs' advances, without kerning.
    pub fn width(&self, text: &str, px: f64) -> f64 {
        self.units(text) / f64::from(self.units_per_em) * px
    }

    /// Breaks `text` into as few lines no wider than `max_width` as it can, at
    /// ordinary spaces (never at no-break spaces) and at `\n`, and evens the lines
    /// out so the last is not an orphan. A single word wider than `max_width` gets
    /// a line of its own.
    pub fn wrap(&self, text: &str, max_width: f64, px: f64) -> Vec<String> {
        let limit = max_width / px * f64::from(self.units_per_em);
        text.split('\n')
            .flat_map(|paragraph| self.wrap_paragraph(paragraph, limit))
            .collect()
    }

    /// One paragraph, `limit` in font units.
    fn wrap_paragraph(&self, text: &str, limit: f64) -> Vec<String> {
        let words = self.words(text);
        let lines = wrap_first_fit(&words, &[limit]).len();
        let narrowest = words.iter().map(|w| w.width).fold(0.0, f64::max);
        if lines < 2 || narrowest >= limit {
            return join(&words, limit);
        }
        // The narrowest width that still needs no more lines: the lines come
        // out about as long as each other.
        let (mut lo, mut hi) = (narrowest, limit);
        for _ in 0..24 {
            let mid = (lo + hi) / 2.0;
            if wrap_first_fit(&words, &[mid]).len() <= lines {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        join(&words, hi)
    }

    /// The words of a paragraph, split at runs of ordinary spaces, measured.
    fn words<'t>(&self, text: &'t str) -> Vec<Word<'t>> {
        let space = self.units(" ");
        WordSeparator::AsciiSpace
            .find_words(text)
            .filter(|w| !w.word.is_empty())
            .map(|w| Word {
                text: w.word,
                width: self.units(w.word),
                space,
            })
            .collect()
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

/// A word of a label with its width and the width of the space after it, in
/// font units: what textwrap's algorithms break lines by.
#[derive(Debug)]
struct Word<'t> {
    text: &'t str,
    width: f64,
    space: f64,
}

impl Fragment for Word<'_> {
    fn width(&self) -> f64 {
        self.width
    }

    fn whitespace_width(&self) -> f64 {
        self.space
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// The lines first fit makes of `words` within `limit`, the words of each
/// joined by one space. No words make one empty line.
fn join(words: &[Word], limit: f64) -> Vec<String> {
    wrap_first_fit(words, &[limit])
        .into_iter()
        .map(|line| line.iter().map(|w| w.text).collect::<Vec<_>>().join(" "))
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn font() -> &'static Font {
        Font::open_sans()
    }

    #[test]
    fn widths_are_the_fonts_advances() {
        let font = font();
        assert_eq!(font.units_per_em, 2048);
        // Open Sans Regular's advances: "M" 1849, "i" 518, space 532.
        assert_eq!(font.width("M", 2048.0), 1849.0);
        assert!((font.width("Mi M", 20.48) - (18.49 + 5.18 + 5.32 + 18.49)).abs() < 1e-9);
        assert!((font.width("Medisinsk utstyr", 13.0) - 98.0).abs() < 5.0);
        assert_eq!(font.width("", 14.0), 0.0);
        // Twice the size, twice the width.
        assert_eq!(
            font.width("søknader", 28.0),
            2.0 * font.width("søknader", 14.0)
        );
    }

    #[test]
    fn norwegian_letters_are_measured() {
        let font = font();
        for c in ['æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '\u{a0}', '\u{2013}', '«', '»'] {
            assert!(font.advances.contains_key(&c), "{c:?} is not in the font");
            assert!(font.width(&c.to_string(), 14.0) > 0.0, "{c:?}");
        }
        // Each as wide as its glyph: "æ" wider than "a", "ø" as "o".
        assert!(font.width("æ", 14.0) > font.width("a", 14.0));
        assert_eq!(font.width("ø", 14.0), font.width("o", 14.0));
        assert_eq!(font.width("å", 14.0), font.width("a", 14.0));
        // A no-break space is as wide as a space.
        assert_eq!(font.width("1\u{a0}234", 14.0), font.width("1 234", 14.0));
        // Counted by characters, not bytes: "æøå" is narrower than "mmm".
        assert!(font.width("æøå", 13.0) < font.width("mmm", 13.0));
    }

    #[test]
    fn a_glyph_the_font_lacks_is_as_wide_as_notdef() {
        let font = font();
        // Open Sans has no CJK and no emoji.
        for c in ['中', '😀', '\u{e000}'] {
            assert!(!font.advances.contains_key(&c), "{c:?}");
            assert!(font.notdef > 0);
            assert_eq!(font.width(&c.to_string(), 2048.0), f64::from(font.notdef));
        }
        assert_eq!(
            font.width("a中b", 14.0),
            font.width("ab", 14.0) + font.width("中", 14.0)
        );
    }

    #[test]
    fn a_longer_string_is_wider() {
        let font = font();
        let mut text = String::new();
        let mut last = 0.0;
        for word in [
            "Legemidler",
            " til",
            " mennesker",
            " og",
            " dyr",
            "\u{a0}–",
            " æøå",
        ] {
            text.push_str(word);
            let width = font.width(&text, 14.0);
            assert!(width > last, "{text:?}: {width} <= {last}");
            last = width;
        }
    }

    #[test]
    fn a_label_wraps_at_spaces_within_the_width() {
        let font = font();
        let text = "Særskilte søknader på næringsområdet";
        for max in [60.0, 120.0, 160.0, 200.0, 260.0] {
            let lines = font.wrap(text, max, 14.0);
            assert_eq!(lines.join(" "), text, "{max}");
            for line in &lines {
                // Only a single word too long for the width may stand out.
                assert!(
                    font.width(line, 14.0) <= max || !line.contains(' '),
                    "{max}: {line:?} is {} px",
                    font.width(line, 14.0)
                );
            }
        }
        assert_eq!(font.wrap(text, 1000.0, 14.0), [text]);
        assert_eq!(font.wrap(text, 160.0, 14.0).len(), 2);
        // Runs of spaces break like one; the words keep their order.
        let lines = font.wrap("Fase  I  og  II", 45.0, 14.0);
        assert_eq!((lines.len(), lines.join(" ")), (2, "Fase I og II".into()));
        assert_eq!(font.wrap("", 100.0, 14.0), [""]);
    }

    #[test]
    fn a_no_break_space_holds() {
        let font = font();
        // The number never breaks at its no-break spaces, though it is wider
        // than the line.
        let lines = font.wrap("1\u{a0}234\u{a0}567 søknader", 40.0, 13.0);
        assert_eq!(lines, ["1\u{a0}234\u{a0}567", "søknader"]);
        let lines = font.wrap("Fase\u{a0}I Fase\u{a0}II Fase\u{a0}III", 70.0, 14.0);
        assert_eq!(lines, ["Fase\u{a0}I", "Fase\u{a0}II", "Fase\u{a0}III"]);
        // A forced break is kept, and each paragraph wraps on its own.
        assert_eq!(
            font.wrap("Legemidler\ntil dyr", 500.0, 14.0),
            ["Legemidler", "til dyr"]
        );
    }
}
