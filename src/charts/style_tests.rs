//! Tests of `templates/charts.toml` as [`super::Style::load`] reads it.
use super::*;

fn templates() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("templates")
}

/// The report's fonts, as a build loads them.
fn fonts() -> crate::fonts::Fonts {
    crate::fonts::Fonts::load(&templates(), None).unwrap()
}

fn shipped() -> String {
    std::fs::read_to_string(templates().join(FILE)).unwrap()
}

/// Parses the shipped file with `old` replaced by `new`.
fn parse_with(old: &str, new: &str) -> Result<Style, Diagnostic> {
    let text = shipped();
    assert!(text.contains(old), "{old:?} is not in {FILE}");
    let file = SourceFile::new("templates/charts.toml", text.replacen(old, new, 1));
    Style::parse(&file, &templates(), &fonts())
}

/// `templates/charts.toml:LINE:COL` of the first occurrence of `needle`
/// in the shipped file with `old` replaced by `new`.
fn line_of(old: &str, new: &str, needle: &str) -> usize {
    let text = shipped().replacen(old, new, 1);
    let offset = text.find(needle).unwrap();
    text[..offset].matches('\n').count() + 1
}

fn line(d: &Diagnostic) -> usize {
    let location = d.location().unwrap();
    let mut parts = location.rsplit(':');
    parts.next();
    parts.next().unwrap().parse().unwrap()
}

#[test]
fn the_shipped_file_reads() {
    let style = Style::shipped();
    assert_eq!(style.font.family, "Open Sans");
    // The font measured is the one the program embeds.
    assert_eq!(&style.font, Font::open_sans());
    assert_eq!(style.chart_size(ChartKind::StackedBars, 11), (453, 210));
    assert_eq!(style.chart_size(ChartKind::HorizontalBars, 4), (453, 132));
    // One year or two: a narrow chart.
    assert_eq!(style.chart_size(ChartKind::StackedBars, 1), (200, 210));
    assert_eq!(style.chart_size(ChartKind::GroupedBars, 2), (200, 210));
    assert_eq!(style.chart_size(ChartKind::GroupedBars, 3), (453, 210));
    assert_eq!(style.chart_size(ChartKind::HorizontalBars, 1).0, 453);
}

/// Each case: the shipped text, what replaces it, where the error must
/// be (the line of this text after the change), and what it must say.
const BAD_VALUES: &str = r##"
    tick = 8\n | tick = 13\n | tick = 13 | take 12.5 or 14
    stack_width = 0.62 | stack_width = 1.5 | stack_width = 1.5 | not a share
    margin = 3 | margin = -2 | margin = -2 | 0 or more
    width = 453 | width = 453.5 | width = 453.5 | whole number
    text = "#1D2428" | text = "grey" | text = "grey" | #RRGGBB
    "#BF8A24" | "#BF8A2"  | "#BF8A2" | not a colour
    ticks_max = 8 | ticks_max = 8\nticks = 5 | ticks = 5 | unknown field
    ticks_min = 3\nticks_max = 8 | ticks_min = 9\nticks_max = 8 | ticks_min = 9 | more than
    smallest = 8 | smallest = 14.5 | smallest = 14.5 | larger than
    fonts/OpenSans-Regular.ttf | fonts/Missing.ttf | file = | cannot read the font
    fonts/OpenSans-Regular.ttf | ../Cargo.toml | file = | inside templates/
    fonts/OpenSans-Regular.ttf | fonts/README.md | file = | not one of the report's fonts
    family = "Open Sans" | family = "Arial" | file = | not of `Arial`
"##;

#[test]
fn a_bad_value_is_an_error_at_its_line() {
    for case in BAD_VALUES.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let case = case.replace("\\n", "\n");
        let [old, new, needle, says] = case.split(" | ").collect::<Vec<_>>()[..] else {
            panic!("{case}");
        };
        let err = parse_with(old, new).expect_err(new);
        assert!(err.message.contains(says), "{new}: {}", err.message);
        assert_eq!(line(&err), line_of(old, new, needle), "{new}: {err}");
    }
}

#[test]
fn a_missing_key_is_named() {
    let err = parse_with("row = 13\n", "").unwrap_err();
    assert!(
        err.message.starts_with("`row` is missing"),
        "{}",
        err.message
    );
    assert!(
        err.to_string().starts_with("templates/charts.toml:"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_an_error() {
    let dir = std::env::temp_dir().join(format!("charts-style-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let err = Style::load(&dir, &fonts()).unwrap_err();
    assert!(err.message.contains("style is missing"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_phone_s_chart_is_narrower_and_its_text_as_large() {
    let style = Style::shipped();
    let phone = style.for_phone();
    assert_eq!(phone.size.width, 260);
    // A chart of few columns is no wider than the phone's.
    assert_eq!(phone.size.few_columns_width, 200);
    let mut narrow = style.clone();
    narrow.size.phone_width = 150;
    assert_eq!(narrow.for_phone().size.few_columns_width, 150);
    assert_eq!(phone.font_size, style.font_size);
    assert_eq!(
        phone.chart_size(ChartKind::StackedBars, 11),
        (260, style.size.columns_height)
    );
}
