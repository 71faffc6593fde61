//! Stage 5b: the web edition. The same [`Document`] the PDF is typeset
//! from, and the same charts, rendered as one self-contained HTML page with
//! the template `templates/report.html.j2` (minijinja).
//!
//! The template holds the markup and `templates/report.css` the look; this
//! module only hands them values. Every string of the document reaches the
//! page through minijinja's HTML auto-escaping, so text from data or a
//! translator is always text, never markup. Three things are passed as
//! ready markup, all made here or by the charts stage, never by a user: the
//! charts' SVG (plotters escapes its text, and the figure's alt text is set
//! on it here, escaped), the fonts as `data:` URLs (base64), and the CSS from
//! `templates/`. Nothing is fetched: the page opens from a USB stick.
//!
//! The page is a function of its inputs (no clock, no random ids, maps in a
//! fixed order), so the same input gives the same bytes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine;
use minijinja::{Environment, HtmlEscape, Value};
use serde::Serialize;

use crate::charts::Charts;
use crate::diag::{Diagnostic, SourceFile};
use crate::rendered::Rendered;
use crate::text::{Block, ChartData, Table};

/// The page template, in `templates/`.
pub const TEMPLATE: &str = "report.html.j2";
/// The style sheet, in `templates/`, put inside the page.
pub const STYLE: &str = "report.css";
/// The fonts the page embeds (`templates/fonts/`), with their CSS weights.
const FONTS: [(&str, u16); 3] = [
    ("OpenSans-Regular.woff2", 400),
    ("OpenSans-Semibold.woff2", 600),
    ("OpenSans-Bold.woff2", 700),
];

/// The HTML templates of a project, read and compiled once per run.
pub struct HtmlTemplates {
    env: Environment<'static>,
    /// `@font-face` sources, `{weight, url}` with a `data:` URL: made once,
    /// shared by every page (a value clones by reference).
    fonts: Vec<Value>,
    dir: PathBuf,
}

impl HtmlTemplates {
    /// Reads `report.html.j2`, `report.css` and the fonts from `dir` (the
    /// project's `templates/`). A template that does not compile is an
    /// error at its line.
    pub fn new(dir: &Path) -> Result<Self, Diagnostic> {
        let mut env = Environment::new();
        // `{{ x.missing }}` is a mistake in the template, not an empty string.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_keep_trailing_newline(true);
        for name in [TEMPLATE, STYLE] {
            let path = dir.join(name);
            let source = std::fs::read_to_string(&path).map_err(|e| {
                Diagnostic::error(format!("cannot read the HTML template: {e}")).in_path(&path)
            })?;
            env.add_template_owned(name, source.clone())
                .map_err(|e| template_error(&e, &path, &source))?;
        }
        let mut fonts = Vec::new();
        for (file, weight) in FONTS {
            let path = dir.join("fonts").join(file);
            let bytes = std::fs::read(&path).map_err(|e| {
                Diagnostic::error(format!("cannot read a font of the HTML edition: {e}"))
                    .in_path(&path)
            })?;
            let data = base64::engine::general_purpose::STANDARD.encode(bytes);
            let url = Value::from_safe_string(format!("data:font/woff2;base64,{data}"));
            fonts.push(minijinja::context! { weight => weight, url => url });
        }
        Ok(Self {
            env,
            fonts,
            dir: dir.to_path_buf(),
        })
    }
}

/// The page's links to its other editions: its PDF and the same report in
/// the other languages of the build. The build knows them (the file names,
/// the PDF's size); the page only shows them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Links {
    /// The report's PDF, when the build writes it beside the page.
    pub pdf: Option<PdfLink>,
    /// Every language of the build, this page's included, in the build's
    /// order; empty for a page built alone.
    pub languages: Vec<Alternate>,
}

/// The link to a report's PDF.
#[derive(Debug, Clone, Serialize)]
pub struct PdfLink {
    /// The file's name, relative to the page (they are written side by side).
    pub href: String,
    /// Its size, formatted ("145"), in kB.
    pub kb: Option<String>,
}

/// The same report in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// Its BCP 47 tag (`hreflang`, `lang`): "nb", "en-GB".
    pub tag: String,
    /// The language's name in itself ("Nynorsk").
    pub name: String,
    /// The page's file name, relative to this one.
    pub href: String,
    /// Whether it is this page.
    pub current: bool,
}

/// The page's `<meta name="description">`: the main findings as one plain
/// text, cut at a word to at most `max` characters (with "…" when cut).
pub fn description(findings: &[String], max: usize) -> String {
    let all = findings
        .iter()
        .map(|f| f.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(" ");
    if all.chars().count() <= max {
        return all;
    }
    let mut out = String::new();
    for word in all.split(' ') {
        // The word, its space and the ellipsis must fit.
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // A first word longer than the limit is cut inside.
    if out.is_empty() {
        out = all.chars().take(max.saturating_sub(1)).collect();
    }
    let out = out.trim_end_matches([',', ';', ':', '.', ' ']);
    format!("{out}…")
}

/// How long the page's description may be: what search engines show.
const DESCRIPTION_CHARS: usize = 160;

/// `chart`'s numbers as a table, written by `format_number`.
fn data_table(chart: &ChartData, format_number: &dyn Fn(f64) -> String) -> DataTable {
    DataTable {
        series: chart.series.iter().map(|(n, _)| n.clone()).collect(),
        rows: (chart.categories.iter().enumerate())
            .map(|(i, c)| {
                let values = (chart.series.iter())
                    .map(|(_, v)| v.get(i).map_or(String::new(), |v| format_number(*v)))
                    .collect();
                (c.clone(), values)
            })
            .collect(),
    }
}

/// A chart's numbers as a table, for readers who cannot see the chart.
#[derive(Serialize)]
struct DataTable {
    /// The series' names (the first column holds the categories).
    series: Vec<String>,
    /// One row per category: its label and the series' values, formatted.
    rows: Vec<(String, Vec<String>)>,
}

/// Renders a report's document with its charts as one HTML page, with the
/// `phone` drawings of those figures that have one for narrow screens and
/// the `links` to its other editions; `format_number` writes the numbers of
/// the charts' data tables in the document's language.
pub fn render(
    templates: &HtmlTemplates,
    rendered: &Rendered,
    links: &Links,
    format_number: &dyn Fn(f64) -> String,
) -> Result<String, Diagnostic> {
    let doc = &rendered.document;
    let mut svgs: BTreeMap<&str, Value> = BTreeMap::new();
    let mut phone_svgs: BTreeMap<&str, Value> = BTreeMap::new();
    let mut data: BTreeMap<&str, DataTable> = BTreeMap::new();
    for s in &doc.sections {
        for b in &s.blocks {
            if let Block::Figure { id, alt, chart, .. } = b {
                if let Some(svg) = rendered.charts.svgs.get(id) {
                    svgs.insert(id, Value::from_safe_string(accessible_svg(svg, alt)));
                }
                if let Some(svg) = rendered.phone.svgs.get(id) {
                    phone_svgs.insert(id, Value::from_safe_string(accessible_svg(svg, alt)));
                }
                data.insert(id, data_table(chart, format_number));
            }
        }
    }
    // Widths as the page has always written them (`453.0`).
    let widths = |charts: &Charts| -> BTreeMap<String, f64> {
        (charts.widths.iter())
            .map(|(id, w)| (id.clone(), f64::from(*w)))
            .collect()
    };
    // A figure whose numbers a table of its section holds points to that
    // table: the page shows each number once.
    let mut figure_tables: BTreeMap<&str, &str> = BTreeMap::new();
    for s in &doc.sections {
        let tables: Vec<&Table> = (s.blocks.iter())
            .filter_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .collect();
        for b in &s.blocks {
            if let Block::Figure { id, chart, .. } = b
                && let Some(t) = tables.iter().find(|t| holds(t, chart, format_number))
            {
                figure_tables.insert(id, &t.id);
            }
        }
    }
    let titles: BTreeMap<&str, &str> = (doc.sections.iter())
        .map(|s| (s.id.as_str(), s.title.as_str()))
        .collect();
    let lang = match &doc.region {
        Some(region) => format!("{}-{region}", doc.lang),
        None => doc.lang.clone(),
    };
    let ctx = minijinja::context! {
        report => Value::from_serialize(doc),
        lang => lang,
        charts => svgs,
        phone => phone_svgs,
        phone_widths => widths(&rendered.phone),
        widths => widths(&rendered.charts),
        data => data,
        numbers => &rendered.numbers,
        titles => titles,
        fonts => templates.fonts.clone(),
        links => Value::from_serialize(links),
        description => description(&doc.main_findings.items, DESCRIPTION_CHARS),
        figure_tables => figure_tables,
    };
    let path = templates.dir.join(TEMPLATE);
    let template = templates
        .env
        .get_template(TEMPLATE)
        .map_err(|e| Diagnostic::error(e.to_string()).in_path(&path))?;
    let page = template.render(ctx).map_err(|e| {
        let source = template.source();
        template_error(
            &e,
            &templates.dir.join(e.name().unwrap_or(TEMPLATE)),
            source,
        )
    })?;
    // Whatever the template does with them (`|safe`, autoescape off), no
    // text from the data or a translation may become code in the page.
    if let Some(what) = active_content(&page) {
        return Err(Diagnostic::error(format!(
            "the web page would run code ({what}): the template lets a text through as markup; escape every text (no `|safe`, no `autoescape false`)"
        ))
        .in_path(&path));
    }
    // A soft hyphen (`Nicht{ "\u00AD" }kommerzielle`) is kept as `&shy;`: a
    // break opportunity the browser hyphenates at, visible in the source.
    // The body's ranges are kept on a line; the head's texts (the title,
    // the description) are left as written, for search engines and tabs.
    let (head, body) = page.split_at(page.find("<body").unwrap_or(0));
    Ok(format!("{head}{}", keep_ranges(body)).replace('\u{ad}', "&shy;"))
}

/// Whether `table` holds every number of `chart`: a row for each category
/// (its first text cell, a break mark aside) with each series' value.
fn holds(table: &Table, chart: &ChartData, format_number: &dyn Fn(f64) -> String) -> bool {
    let head = |row: &[crate::text::Cell]| {
        (table.columns.iter().zip(row))
            .find(|(k, _)| **k == crate::text::Column::Text)
            .map(|(_, c)| {
                c.text
                    .rsplit('\u{a0}')
                    .next()
                    .unwrap_or(&c.text)
                    .to_string()
            })
    };
    !chart.categories.is_empty()
        && (chart.categories.iter().enumerate()).all(|(i, category)| {
            let rows = table.rows.iter().chain(&table.footer);
            rows.map(Vec::as_slice)
                .find(|row| head(row).as_deref() == Some(category.as_str()))
                .is_some_and(|row| {
                    chart.series.iter().all(|(_, values)| {
                        values.get(i).is_some_and(|v| {
                            let v = format_number(*v);
                            row.iter().any(|c| c.text == v)
                        })
                    })
                })
        })
}

/// The page with every range of numbers ("2014–2024", "1–3") and every
/// year marked with the break symbol ("| 2023") kept on one line: a word
/// joiner (U+2060) either side of an en dash between digits, and after the
/// symbol, where a browser would otherwise break after the dash or the bar.
pub fn keep_ranges(page: &str) -> String {
    let chars: Vec<char> = page.chars().collect();
    let mut out = String::with_capacity(page.len());
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    // Inside a tag (its attributes: an alt text, a title) nothing wraps.
    let mut in_tag = false;
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if in_tag => {}
            '–' if i > 0 && digit(i - 1) && digit(i + 1) => {
                out.pop();
                out.push_str("\u{2060}–\u{2060}");
            }
            '|' if chars.get(i + 1) == Some(&'\u{a0}') && digit(i + 2) => out.push('\u{2060}'),
            _ => {}
        }
    }
    out
}

/// The first piece of `page` a browser would run, if any: a `<script>`
/// element, an event-handler attribute (`onclick=`, `onerror=` …) or a
/// `javascript:` URL in a tag. The page the shipped template writes has
/// none: its charts and tables need no code.
pub fn active_content(page: &str) -> Option<String> {
    let mut rest = page;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>').unwrap_or(after.len());
        let tag = after[..close].to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name == "script" {
            return Some("a <script> element".into());
        }
        // Attribute names: the words before a `=` outside quoted values.
        let mut quote = None;
        let mut word = String::new();
        for c in tag.chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => {
                    quote = Some(c);
                    word.clear();
                }
                (None, '=') => {
                    if word.starts_with("on") && word.len() > 2 {
                        return Some(format!("an event handler `{word}=`"));
                    }
                    word.clear();
                }
                (None, c) if c.is_whitespace() || c == '/' => word.clear(),
                (None, c) => word.push(c),
            }
        }
        if tag.contains("javascript:") {
            return Some("a javascript: URL".into());
        }
        rest = &after[close.min(after.len())..];
    }
    None
}

/// The chart's SVG as an image with a name: `role="img"` and the figure's
/// alt text as its `aria-label` (escaped), on the root element. The SVG is
/// the charts stage's own output, which always starts with `<svg `.
fn accessible_svg(svg: &str, alt: &str) -> String {
    let attrs = format!(
        "<svg role=\"img\" aria-label=\"{}\" focusable=\"false\" ",
        HtmlEscape(alt)
    );
    match svg.strip_prefix("<svg ") {
        Some(rest) => format!("{attrs}{rest}"),
        None => svg.to_string(),
    }
}

/// A template error at its line in `templates/`.
fn template_error(e: &minijinja::Error, path: &Path, source: &str) -> Diagnostic {
    let file: Arc<SourceFile> = SourceFile::new(path, source);
    let mut message = e.kind().to_string();
    if let Some(detail) = e.detail() {
        message = format!("{message}: {detail}");
    }
    let span = e.line().map(|line| {
        let start: usize = (source.split_inclusive('\n').take(line.saturating_sub(1)))
            .map(str::len)
            .sum();
        let end = start + source[start..].find('\n').unwrap_or(source.len() - start);
        start..end
    });
    Diagnostic::error(format!("the HTML template: {message}")).at(&file, span)
}

#[cfg(test)]
mod tests {
    #[test]
    fn code_in_a_page_is_found_wherever_it_hides() {
        for (page, found) in [
            ("<p>Søknader</p><svg><text x=\"1\">ok</text></svg>", None),
            ("<p title=\"on=1 onclick=x\">on the map</p>", None),
            (
                "<p>x</p><SCRIPT>alert(1)</SCRIPT>",
                Some("a <script> element"),
            ),
            (
                "<img src=x onerror=alert(1)>",
                Some("an event handler `onerror=`"),
            ),
            (
                "<a href=\"JavaScript:alert(1)\">x</a>",
                Some("a javascript: URL"),
            ),
            ("<svg onload='x'>", Some("an event handler `onload=`")),
        ] {
            assert_eq!(active_content(page).as_deref(), found, "{page}");
        }
    }

    use super::*;

    #[test]
    fn a_range_or_a_marked_year_is_not_broken() {
        assert_eq!(
            keep_ranges("2014–2024, 1–3 og 2–x, –5, «| 2023» og a|\u{a0}b"),
            "2014\u{2060}–\u{2060}2024, 1\u{2060}–\u{2060}3 og 2–x, –5, «| 2023» og a|\u{a0}b"
        );
        assert_eq!(keep_ranges("|\u{a0}2023"), "|\u{2060}\u{a0}2023");
        // A dash that opens the text has no digit before it.
        assert_eq!(keep_ranges("–5"), "–5");
        // An attribute (an alt text) is left as written.
        assert_eq!(
            keep_ranges("<svg aria-label=\"2014–2024\">2014–2024</svg>"),
            "<svg aria-label=\"2014–2024\">2014\u{2060}–\u{2060}2024</svg>"
        );
    }

    #[test]
    fn the_description_is_the_findings_cut_at_a_word() {
        let findings = [
            "Det kom inn 109 søknader om kliniske studier i 2024, 11 prosent flere enn i 2023 (98).".to_string(),
            "Ikke-kommersielle sponsorer sendte 33 søknader, det laveste antallet siden tallserien startet i 2014.".to_string(),
        ];
        let d = description(&findings, 160);
        assert_eq!(
            d,
            "Det kom inn 109 søknader om kliniske studier i 2024, 11 prosent flere enn i 2023 (98). Ikke-kommersielle sponsorer sendte 33 søknader, det laveste antallet…"
        );
        assert!(d.chars().count() <= 160);
        // Short enough: whole, without an ellipsis; lines and runs of spaces are one space.
        assert_eq!(
            description(&["Ett  funn\n her.".into()], 160),
            "Ett funn her."
        );
        assert_eq!(description(&[], 160), "");
        // A cut result may use every character allowed, the ellipsis included.
        assert_eq!(description(&["aa bb cc".into()], 6), "aa bb…");
        assert_eq!(description(&["aa bb cc".into()], 5), "aa…");
        // A first word longer than the limit is cut inside it.
        assert_eq!(
            description(&["Sicherheitsberichterstattungen x".into()], 10),
            "Sicherhei…"
        );
    }

    #[test]
    fn the_chart_gets_its_alt_text_escaped() {
        let svg = accessible_svg("<svg width=\"1\"></svg>", "A \"quoted\" <b>alt</b> & more");
        assert_eq!(
            svg,
            "<svg role=\"img\" aria-label=\"A &quot;quoted&quot; &lt;b&gt;alt&lt;&#x2f;b&gt; &amp; more\" focusable=\"false\" width=\"1\"></svg>"
        );
    }
}
