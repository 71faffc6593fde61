//! Tests of whole charts: what they show, and the layouts' rules.

use super::axis::Ticks;
use super::text::{exact_size, fitting_px};
use super::*;

/// The style the layout rules' tests were measured with: the charts' first
/// look, 800 px wide with text of 12.5–14 px and the value axis titled
/// (the shipped style, `Style::shipped()`, is the same rules at print size).
fn style() -> Style {
    use super::style::*;
    let shipped = Style::shipped();
    Style {
        size: Size {
            width: 800,
            columns_height: 400,
            bars_height: 80,
            bars_height_per_bar: 60,
            few_columns: 0,
            few_columns_width: 800,
            phone_width: 400,
            margin: 8.0,
        },
        font_size: FontSizes {
            tick: 12.5,
            label: 14.0,
            data: 12.5,
            smallest: 9.0,
            upright_below: 10.0,
            line_height: 1.25,
        },
        gap: Gaps {
            tick: 7.0,
            data: 4.0,
            title: 4.0,
            legend: 8.0,
            category: 6.0,
            data_labels: 4.0,
            upright: 2.0,
            end: 2.0,
        },
        legend: Legend {
            swatch: 12.0,
            swatch_gap: 6.0,
            entry_gap: 22.0,
            row: 20.0,
        },
        columns: Columns {
            stack_width: 0.62,
            stack_max: 90.0,
            group_width: 0.8,
            bar_max: 70.0,
            bar_gap: 2.0,
            bar_gap_from: 8.0,
            tick_spacing: 55.0,
            ticks_min: 3,
            ticks_max: 8,
        },
        bars: Bars {
            label_share: 0.4,
            thickness: 0.62,
            thickness_max: 44.0,
            tick_spacing: 90.0,
            ticks_min: 3,
            ticks_max: 10,
        },
        axis: Axis { title: true },
        colours: Colours {
            text: Colour(0x33, 0x33, 0x33),
            grid: Colour(0xDD, 0xDD, 0xDD),
            axis: Colour(0x66, 0x66, 0x66),
            palette: shipped.colours.palette.clone(),
        },
        ..shipped
    }
}

/// The frame `render_svg` lays `spec` out in.
fn frame(spec: &ChartSpec, style: &Style) -> Frame {
    let (width, height) = style.chart_size(spec.kind, spec.categories.len());
    Frame { width, height }
}

fn render(spec: &ChartSpec) -> Result<String, ChartError> {
    render_svg(spec, &style())
}

/// The shipped style with every chart `width` × `height` px.
fn sized(width: u32, height: u32) -> Style {
    let mut style = style();
    style.size.width = width;
    style.size.columns_height = height;
    style.size.bars_height = height;
    style.size.bars_height_per_bar = 0;
    style
}

fn column_layout(spec: &ChartSpec, style: &Style) -> columns::ColumnLayout {
    columns::layout(spec, style, frame(spec, style)).unwrap()
}

fn bar_layout(spec: &ChartSpec, style: &Style) -> bars::BarLayout {
    bars::layout(spec, style, frame(spec, style)).unwrap()
}

fn width(text: &str, px: f64) -> f64 {
    Font::open_sans().width(text, px)
}

fn wrap(text: &str, max_width: f64, px: f64) -> Vec<String> {
    Font::open_sans().wrap(text, max_width, px)
}

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
        peers: Peers::default(),
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
        peers: Peers::default(),
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
        peers: Peers::default(),
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
        let first = render(&make(&nb)).unwrap();
        for _ in 0..5 {
            assert_eq!(render(&make(&nb)).unwrap(), first);
        }
    }
}

#[test]
fn mismatched_lengths_are_an_error() {
    let mut spec = stacked(&nb);
    spec.series[1].values.pop();
    let err = render(&spec).unwrap_err();
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
        render(&spec),
        Err(ChartError::InvalidValue { .. })
    ));
    spec.series[0].values[3] = f64::NAN;
    assert!(matches!(
        render(&spec),
        Err(ChartError::InvalidValue { .. })
    ));

    let mut spec = horizontal(&nb);
    spec.series.push(series("Mer", &[1., 2., 3., 4.]));
    assert!(matches!(
        render(&spec),
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
    assert!(matches!(render(&spec), Err(ChartError::Empty)));

    assert!(matches!(
        render_svg(&grouped(&nb), &sized(60, 50)),
        Err(ChartError::TooSmall {
            width: 60,
            height: 50
        })
    ));
}

#[test]
fn every_text_uses_open_sans() {
    for make in [stacked, grouped, horizontal] {
        let svg = render(&make(&en)).unwrap();
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
    let sizes = style().font_size;
    assert!(exact_size(sizes.tick) && exact_size(sizes.label) && exact_size(sizes.data));
    assert!(exact_size(sizes.smallest) && exact_size(sizes.upright_below));
    assert!(
        !exact_size(13.0),
        "if 13 is exact now, the comment in charts.toml is stale"
    );
    // Shrinking keeps to tidy sizes, and stops at the smallest.
    assert_eq!(fitting_px(40.0, 42.0, 12.5, 9.0), 12.5);
    assert_eq!(fitting_px(40.0, 35.0, 12.5, 9.0), 10.5);
    assert_eq!(fitting_px(40.0, 41.6, 14.0, 9.0), 14.0);
    assert_eq!(fitting_px(40.0, 38.0, 14.0, 9.0), 12.5); // 13.3, and 13 is not exact
    assert_eq!(fitting_px(40.0, 5.0, 12.5, 9.0), 9.0);
    for svg in [
        render(&stacked(&nb)).unwrap(),
        render_svg(&crowded(&nb), &crowded_style()).unwrap(),
    ] {
        for element in svg.split("<text").skip(1) {
            let size = element.split("font-size=\"").nth(1).unwrap();
            let size: f64 = size[..size.find('"').unwrap()].parse().unwrap();
            assert!((sizes.smallest..=sizes.label).contains(&size), "{size}");
            assert_eq!((size * 2.0).fract(), 0.0, "{size}");
        }
    }
}

/// Three series over eleven years in 500 × 300 px ([`crowded_style`]): too
/// narrow for level labels.
fn crowded(format: &dyn Fn(f64) -> String) -> ChartSpec<'_> {
    let mut spec = stacked(format);
    spec.kind = ChartKind::GroupedBars;
    let third = spec.series[1]
        .values
        .iter()
        .map(|v| v * 10.0)
        .collect::<Vec<_>>();
    spec.series.push(series("Tredje", &third));
    spec
}

fn crowded_style() -> Style {
    sized(500, 300)
}

#[test]
fn crowded_labels_turn_upright_but_stay() {
    let svg = render_svg(&crowded(&nb), &crowded_style()).unwrap();
    let texts = text_contents(&svg);
    for v in ["83", "108", "41", "540"] {
        assert!(texts.contains(&v), "{v} missing from {texts:?}");
    }
    // 33 data labels and the axis title are upright; the years still fit level.
    assert_eq!(svg.matches("rotate(270").count(), 34);
    assert!(texts.contains(&"2014"));

    // Thirty years in 500 px: the years turn upright too.
    let narrow = sized(500, 420);
    let mut spec = stacked(&nb);
    spec.categories = (1995..=2024).map(|y| y.to_string()).collect();
    for s in &mut spec.series {
        s.values = (0..30).map(|i| 1000.0 + i as f64).collect();
    }
    let svg = render_svg(&spec, &narrow).unwrap();
    assert_eq!(svg.matches("rotate(270").count(), 30 + 30 + 1);
    let layout = column_layout(&spec, &narrow);
    assert!(layout.category.rotated && layout.data_rotated);
    // The upright years fit between the axis and the bottom margin.
    let depth = width("2024", layout.category.px);
    assert!(layout.plot.bottom + narrow.gap.tick + depth <= 420.0 - narrow.size.margin + 0.01);
}

#[test]
fn stacked_totals_are_formatted_data_labels() {
    let mut spec = stacked(&nb);
    spec.series[0].values[0] = 1000.0;
    spec.series[1].values[0] = 234.0;
    let svg = render(&spec).unwrap();
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

    let english = render(&ChartSpec {
        format_number: &en,
        ..spec
    })
    .unwrap();
    assert!(text_contents(&english).contains(&"1,234"));
}

#[test]
fn grouped_values_are_data_labels() {
    let svg = render(&grouped(&en)).unwrap();
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
    let svg = render(&horizontal(&nb)).unwrap();
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
    let (spec, style) = (horizontal(&nb), style());
    let layout = bar_layout(&spec, &style);
    let longest = width(
        "Særskilte søknader på næringsområdet",
        style.font_size.label,
    );
    // Labels are right-aligned at left - the tick gap and must not start before the margin.
    assert!(layout.plot.left - style.gap.tick - longest >= style.size.margin - 0.01);
    // Counted by characters, not bytes: "æøå" are as wide as ordinary letters.
    assert!(width("æøå", 13.0) < width("mmm", 13.0));
    assert!((width("Medisinsk utstyr", 13.0) - 98.0).abs() < 5.0);
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
    let (a, b) = (width(&lines[0], 14.0), width(&lines[1], 14.0));
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
    let texts_svg = render(&spec).unwrap();
    let texts = text_contents(&texts_svg);
    assert!(
        texts.contains(&"Fase I") && texts.contains(&"(første)"),
        "{texts:?}"
    );
}

#[test]
fn bars_of_a_chart_are_equally_wide() {
    let crowded_style = crowded_style();
    for (make, style) in [
        (
            stacked as fn(&dyn Fn(f64) -> String) -> ChartSpec<'_>,
            &style(),
        ),
        (grouped, &style()),
        (crowded, &crowded_style),
    ] {
        let svg = render_svg(&make(&nb), style).unwrap();
        let mut widths: Vec<&str> = svg
            .lines()
            .filter(|l| l.starts_with("<rect") && !l.contains("#DDDDDD") && !l.contains("#666666"))
            .filter(|l| !l.contains(r#"height="12""#)) // legend swatches
            .filter(|l| !l.contains("#FFFFFF")) // the data labels' knock-outs
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
    let svg = render(&stacked(&nb)).unwrap();
    let texts = text_contents(&svg);
    assert!(texts.contains(&"Kommersielle sponsorer"));
    assert!(texts.contains(&"Ikke-kommersielle sponsorer"));

    let svg = render(&horizontal(&nb)).unwrap();
    assert!(!text_contents(&svg).contains(&"Søknader"));

    let mut spec = stacked(&nb);
    spec.series.truncate(1);
    let svg = render(&spec).unwrap();
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
    let style = style();
    let layout = column_layout(&spec, &style);
    assert_eq!(layout.legend.len(), 4);
    assert!(
        layout.legend.iter().any(|e| e.y > style.size.margin),
        "expected a second legend row"
    );
    for entry in &layout.legend {
        assert!(entry.y + style.legend.row <= layout.plot.top);
        assert!(entry.x >= layout.plot.left);
    }
}

#[test]
fn every_data_label_has_a_knock_out_behind_it() {
    // A grid line through a label (142 on the line at 150) stops short of
    // its figures: a white box under each label, drawn after the grid.
    let svg = render_svg(&stacked(&nb), &style()).unwrap();
    let labels = stacked(&nb).categories.len();
    let knock_outs = svg
        .lines()
        .filter(|l| l.starts_with("<rect") && l.contains("#FFFFFF"))
        .count();
    assert_eq!(knock_outs, labels, "{svg}");
    let first_grid = svg.find("#DDDDDD").expect("grid lines");
    let first_knock_out = svg.find("#FFFFFF").unwrap();
    assert!(
        first_grid < first_knock_out,
        "the grid is drawn over the knock-outs"
    );
}

/// The value axis and charts that share it.
#[path = "axis_tests.rs"]
mod axis;
