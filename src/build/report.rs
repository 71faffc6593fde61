//! One report in memory: text, charts, then each edition (the PDF typeset by
//! Typst, the HTML page rendered by minijinja) for one year in one language.

use std::sync::Arc;

use super::Project;
use crate::config::{Config, Outline};
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::facts::Facts;
use crate::fonts::Fonts;
use crate::html::HtmlTemplates;
use crate::text::{Document, Locale};
use crate::typeset::Templates;
use crate::{charts, html, text, typeset};

/// A report in memory.
pub struct Report {
    pub document: Document,
    pub charts: charts::Charts,
    /// The PDF and its page count, when the PDF edition was asked for.
    pub pdf: Option<(Vec<u8>, usize)>,
    /// The web page and the time it took, when the HTML edition was asked for.
    pub html: Option<(String, std::time::Duration)>,
    pub warnings: Vec<Diagnostic>,
}

/// The renderers of the editions to make: the Typst templates for the PDF,
/// the HTML templates for the web page. At least one should be set.
#[derive(Clone, Copy)]
pub struct Renderers<'a> {
    pub pdf: Option<&'a Templates>,
    pub html: Option<&'a HtmlTemplates>,
    /// The web page's links to the other editions (its PDF, the other
    /// languages); the PDF's size is filled in here when it is made.
    pub links: Option<&'a html::Links>,
}

/// Text, charts and both editions for one language.
pub fn make_report(
    project: &Project,
    config: &Config,
    facts: &Facts,
    lang: &str,
) -> Result<Report, Diagnostics> {
    let locale = Locale::load(lang, &project.locales_dir().join(lang)).map_err(Diagnostics)?;
    let templates = Templates::new(&project.templates_dir())?;
    let html = HtmlTemplates::new(&project.templates_dir())?;
    let fonts = Fonts::load(&project.templates_dir(), None)?;
    let chart_style = charts::Style::load(&project.templates_dir(), &fonts)?;
    make_report_with(
        Renderers {
            pdf: Some(&templates),
            html: Some(&html),
            links: None,
        },
        &fonts,
        &chart_style,
        &config.outline(),
        facts,
        &locale,
    )
}

/// Text, charts and the editions `renderers` make, for one report, with a
/// locale, templates and chart style that other reports may be using at the
/// same time, and the run's `fonts`. Any problem with a message fails the
/// report and is named. The PDF's date comes from the data
/// ([`typeset::document_date`]).
pub fn make_report_with(
    renderers: Renderers,
    fonts: &Fonts,
    chart_style: &charts::Style,
    outline: &Outline,
    facts: &Facts,
    locale: &Locale,
) -> Result<Report, Diagnostics> {
    let (document, mut errors) = text::document(facts, outline, locale);
    // A character no font has would fail the PDF export once per
    // character, at the template: say it once per message, where it is.
    // (A web page falls back to the reader's fonts.)
    if renderers.pdf.is_some() {
        // Every variant of every message, not only those this year
        // chooses: a character no font has in a variant the shipped years
        // never print would fail the first report that does.
        let printed = locale.printed_text();
        errors.extend(glyph_errors(
            &typeset::missing_glyphs(
                &fonts.store(),
                document
                    .strings()
                    .into_iter()
                    .chain(printed.iter().map(String::as_str)),
            ),
            locale,
        ));
    }
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    let charts = charts::draw(&document, chart_style, &|v| locale.number(v))?;
    let (pdf, warnings) = match renderers.pdf {
        Some(templates) => {
            let ident = format!("trialreport-{}-{}", facts.year, locale.lang);
            let date = typeset::document_date(facts.year, facts.published);
            let _deadline = crate::budget::Deadline::start(
                format!("laying out the {} report in `{}`", facts.year, locale.lang),
                std::time::Duration::from_secs(crate::budget::typeset_seconds()),
            );
            let t = typeset::typeset_with(
                templates,
                fonts,
                Some((&document, &charts)),
                &ident,
                Some(date),
            )?;
            (Some((t.pdf, t.pages)), t.warnings)
        }
        None => (None, Vec::new()),
    };
    let html = match renderers.html {
        Some(templates) => {
            let start = std::time::Instant::now();
            let number = |v| locale.number(v);
            let phone = charts::draw_phone(&document, chart_style, &number);
            let mut links = renderers.links.cloned().unwrap_or_default();
            // The page links its PDF only when the PDF is written beside it,
            // with the size it has.
            links.pdf = match (&pdf, links.pdf) {
                (Some((bytes, _)), Some(link)) => Some(html::PdfLink {
                    kb: Some(locale.number((bytes.len() as f64 / 1000.0).ceil())),
                    ..link
                }),
                _ => None,
            };
            let page = html::render(templates, &document, &charts, &phone, &links, &number)?;
            Some((page, start.elapsed()))
        }
        None => None,
    };
    Ok(Report {
        document,
        charts,
        pdf,
        html,
        warnings,
    })
}

/// One error per message that holds characters no font has.
fn glyph_errors(missing: &[char], locale: &Locale) -> Vec<Diagnostic> {
    // (message, its file, where its first such character is, the characters)
    type Found = (String, Arc<SourceFile>, std::ops::Range<usize>, Vec<char>);
    let mut by_message: Vec<Found> = Vec::new();
    let mut elsewhere = Vec::new();
    // Characters that are not text are named where they are by the locale
    // checks (a control, a bidi override, a private-use character), not as
    // a glyph a font lacks.
    for &c in missing
        .iter()
        .filter(|&&c| crate::diag::not_text(c).is_none())
    {
        match locale.message_with(c) {
            Some((id, file, span)) => match by_message.iter_mut().find(|m| m.0 == id) {
                Some(m) => m.3.push(c),
                None => by_message.push((id, file, span, vec![c])),
            },
            None => elsewhere.push(c),
        }
    }
    let list = |cs: &[char]| {
        cs.iter()
            .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out: Vec<Diagnostic> = by_message
        .into_iter()
        .map(|(id, file, span, cs)| {
            Diagnostic::error(format!(
                "`{id}` has {}, which no font of the report has: the PDF cannot show {}",
                list(&cs),
                if cs.len() == 1 { "it" } else { "them" }
            ))
            .at(&file, Some(span))
            .with_note("write it without them, or add a font that has them (build --font-path DIR)")
        })
        .collect();
    if !elsewhere.is_empty() {
        out.push(Diagnostic::error(format!(
            "the report's text has {}, which no font of the report has",
            list(&elsewhere)
        )));
    }
    out
}
