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
use crate::text::{Block, Document};

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

/// A chart's numbers as a table, for readers who cannot see the chart.
#[derive(Serialize)]
struct DataTable {
    /// The series' names (the first column holds the categories).
    series: Vec<String>,
    /// One row per category: its label and the series' values, formatted.
    rows: Vec<(String, Vec<String>)>,
}

/// Renders `doc` with its `charts` as one HTML page, with the `phone`
/// drawings of those figures that have one for narrow screens
/// ([`crate::charts::draw_phone`]); `format_number` writes the numbers of
/// the charts' data tables in the document's language.
pub fn render(
    templates: &HtmlTemplates,
    doc: &Document,
    charts: &Charts,
    phone: &Charts,
    format_number: &dyn Fn(f64) -> String,
) -> Result<String, Diagnostic> {
    // Numbers of the numbered sections, figures and tables, in order, for
    // the headings, captions and cross-references (as the PDF counts them).
    let mut numbers: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut section, mut figure, mut table) = (0, 0, 0);
    let mut svgs: BTreeMap<&str, Value> = BTreeMap::new();
    let mut phone_svgs: BTreeMap<&str, Value> = BTreeMap::new();
    let mut phone_widths: BTreeMap<&str, f64> = BTreeMap::new();
    let mut widths: BTreeMap<&str, f64> = BTreeMap::new();
    let mut data: BTreeMap<&str, DataTable> = BTreeMap::new();
    for s in &doc.sections {
        if s.numbered {
            section += 1;
            numbers.insert(&s.id, section);
        }
        for b in &s.blocks {
            match b {
                Block::Figure { id, alt, chart, .. } => {
                    figure += 1;
                    numbers.insert(id, figure);
                    let svg = charts
                        .0
                        .get(id)
                        .ok_or_else(|| Diagnostic::error(format!("figure `{id}` has no chart")))?;
                    place(id, svg, alt, &mut svgs, &mut widths);
                    if let Some(svg) = phone.0.get(id) {
                        place(id, svg, alt, &mut phone_svgs, &mut phone_widths);
                    }
                    data.insert(
                        id,
                        DataTable {
                            series: chart.series.iter().map(|(n, _)| n.clone()).collect(),
                            rows: (chart.categories.iter().enumerate())
                                .map(|(i, c)| {
                                    let values = (chart.series.iter())
                                        .map(|(_, v)| {
                                            v.get(i).map_or(String::new(), |v| format_number(*v))
                                        })
                                        .collect();
                                    (c.clone(), values)
                                })
                                .collect(),
                        },
                    );
                }
                Block::Table(t) => {
                    table += 1;
                    numbers.insert(&t.id, table);
                }
                _ => {}
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
        phone_widths => phone_widths,
        widths => widths,
        data => data,
        numbers => numbers,
        titles => titles,
        fonts => templates.fonts.clone(),
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
    Ok(page.replace('\u{ad}', "&shy;"))
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

/// Puts a figure's drawing, named by its alt text, and its width in print
/// (where its SVG says it) under the figure's id.
fn place<'a>(
    id: &'a str,
    svg: &str,
    alt: &str,
    svgs: &mut BTreeMap<&'a str, Value>,
    widths: &mut BTreeMap<&'a str, f64>,
) {
    svgs.insert(id, Value::from_safe_string(accessible_svg(svg, alt)));
    if let Some(w) = svg_width(svg) {
        widths.insert(id, w);
    }
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

/// The width of the charts stage's SVG (`<svg width="453" …`), in px: the
/// chart's width in print, in points.
fn svg_width(svg: &str) -> Option<f64> {
    (svg.split_once("width=\""))
        .and_then(|(_, rest)| rest.split_once('"'))
        .and_then(|(w, _)| w.parse().ok())
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
    fn the_chart_gets_its_alt_text_escaped() {
        let svg = accessible_svg("<svg width=\"1\"></svg>", "A \"quoted\" <b>alt</b> & more");
        assert_eq!(
            svg,
            "<svg role=\"img\" aria-label=\"A &quot;quoted&quot; &lt;b&gt;alt&lt;&#x2f;b&gt; &amp; more\" focusable=\"false\" width=\"1\"></svg>"
        );
        assert_eq!(svg_width("<svg width=\"200\" height=\"9\">"), Some(200.0));
        assert_eq!(svg_width("<svg>"), None);
    }
}
