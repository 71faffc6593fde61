//! One report in memory: text and charts rendered once, then each edition
//! (the PDF typeset by Typst, the HTML page rendered by minijinja) for one
//! year in one language.

use std::sync::Arc;

use super::Project;
use super::edition::{Assets, EDITIONS, Edition, Output, RenderContext};
use crate::charts;
use crate::config::{Config, Outline};
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::facts::Facts;
use crate::fonts::Fonts;
use crate::html::{self, HtmlTemplates};
use crate::rendered::Rendered;
use crate::text::{self, Locale};
use crate::typeset::{self, Templates};

/// A report in memory: its document and the editions made of it.
pub struct Report {
    pub rendered: Rendered,
    /// In the order of [`EDITIONS`].
    pub outputs: Vec<Output>,
    pub warnings: Vec<Diagnostic>,
}

impl Report {
    /// The report's `edition`, when it was made.
    pub fn output(&self, edition: Edition) -> Option<&Output> {
        self.outputs.iter().find(|o| o.edition == edition)
    }
}

/// Text, charts and both editions for one language, everything read from
/// the project (`check` makes one report a language so).
pub fn make_report(
    project: &Project,
    config: &Config,
    facts: &Facts,
    lang: &str,
) -> Result<Report, Diagnostics> {
    let locale = Locale::load(lang, &project.locales_dir().join(lang)).map_err(Diagnostics)?;
    let dir = project.templates_dir();
    let fonts = Fonts::load(&dir, None)?;
    let assets = Assets {
        templates: Templates::new(&dir)?,
        html: Some(HtmlTemplates::new(&dir)?),
        style: charts::Style::load(&dir, &fonts)?,
        fonts,
    };
    make_report_with(
        &assets,
        &EDITIONS,
        &config.outline(),
        facts,
        &locale,
        &html::Links::default(),
    )
}

/// The report of `facts` in `locale` rendered once ([`render_document`]),
/// then each of `editions` made of it, with `assets` that other reports may
/// be using at the same time. Any problem with a message fails the report
/// and is named.
pub fn make_report_with(
    assets: &Assets,
    editions: &[Edition],
    outline: &Outline,
    facts: &Facts,
    locale: &Locale,
    links: &html::Links,
) -> Result<Report, Diagnostics> {
    let rendered = render_document(assets, editions, outline, facts, locale)?;
    let mut outputs: Vec<Output> = Vec::new();
    let mut warnings = Vec::new();
    for edition in EDITIONS.into_iter().filter(|e| editions.contains(e)) {
        let ctx = RenderContext {
            rendered: &rendered,
            facts,
            locale,
            assets,
            links,
            made: &outputs,
        };
        let mut output = edition.render(&ctx)?;
        warnings.append(&mut output.warnings);
        outputs.push(output);
    }
    Ok(Report {
        rendered,
        outputs,
        warnings,
    })
}

/// The document of `facts` in `locale` with its charts (and, for the web
/// page, their phone drawings) and numbering: one for every edition.
pub fn render_document(
    assets: &Assets,
    editions: &[Edition],
    outline: &Outline,
    facts: &Facts,
    locale: &Locale,
) -> Result<Rendered, Diagnostics> {
    let (document, mut errors) = text::document(facts, outline, locale);
    // A character no font has would fail the PDF export once per
    // character, at the template: say it once per message, where it is.
    // (A web page falls back to the reader's fonts.)
    if editions.contains(&Edition::Pdf) {
        // Every variant of every message, not only those this year
        // chooses: a character no font has in a variant the shipped years
        // never print would fail the first report that does.
        let printed = locale.printed_text();
        errors.extend(glyph_errors(
            &typeset::missing_glyphs(
                &assets.fonts.store(),
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
    let number = |v| locale.number(v);
    let charts = charts::draw(&document, &assets.style, &number)?;
    let phone = if editions.contains(&Edition::Html) {
        charts::draw_phone(&document, &assets.style, &number)
    } else {
        charts::Charts::default()
    };
    Ok(Rendered::new(document, charts, phone)?)
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
