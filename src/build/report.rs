//! One report in memory: text, charts and typesetting for one year in one language.

use std::sync::Arc;

use super::Project;
use crate::config::{Config, Outline};
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::facts::Facts;
use crate::text::{Document, Locale};
use crate::typeset::Templates;
use crate::{charts, text, typeset};

/// A report in memory.
pub struct Report {
    pub document: Document,
    pub charts: charts::Charts,
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Text, charts and typesetting for one language.
pub fn make_report(
    project: &Project,
    config: &Config,
    facts: &Facts,
    lang: &str,
) -> Result<Report, Diagnostics> {
    let locale = Locale::load(lang, &project.locales_dir().join(lang)).map_err(Diagnostics)?;
    let templates = Templates::new(&project.templates_dir())?;
    let chart_style = charts::Style::load(&project.templates_dir())?;
    make_report_with(
        &templates,
        &chart_style,
        &config.outline(),
        facts,
        &locale,
        &typeset::TypesetOptions::default(),
    )
}

/// Text, charts and typesetting for one report, with a locale, templates and
/// chart style that other reports may be using at the same time. Any problem
/// with a message fails the report and is named. The PDF's date comes from
/// the data ([`typeset::document_date`]) unless `opts` sets one.
pub fn make_report_with(
    templates: &Templates,
    chart_style: &charts::Style,
    outline: &Outline,
    facts: &Facts,
    locale: &Locale,
    opts: &typeset::TypesetOptions,
) -> Result<Report, Diagnostics> {
    let (document, mut errors) = text::document(facts, outline, locale);
    // A character no font has would fail the PDF export once per
    // character, at the template: say it once per message, where it is.
    let fonts = typeset::fonts_with(opts.font_dir.as_deref())?;
    errors.extend(glyph_errors(
        &typeset::missing_glyphs(&fonts, document.strings()),
        locale,
    ));
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    let charts = charts::draw(&document, chart_style, &|v| locale.number(v))?;
    let ident = format!("trialreport-{}-{}", facts.year, locale.lang);
    let opts = typeset::TypesetOptions {
        font_dir: opts.font_dir.clone(),
        date: opts
            .date
            .or(Some(typeset::document_date(facts.year, facts.published))),
    };
    let t = typeset::typeset_with(templates, Some((&document, &charts)), &ident, &opts)?;
    Ok(Report {
        document,
        charts,
        pdf: t.pdf,
        pages: t.pages,
        warnings: t.warnings,
    })
}

/// One error per message that holds characters no font has.
fn glyph_errors(missing: &[char], locale: &Locale) -> Vec<Diagnostic> {
    // (message, its file, where its first such character is, the characters)
    type Found = (String, Arc<SourceFile>, std::ops::Range<usize>, Vec<char>);
    let mut by_message: Vec<Found> = Vec::new();
    let mut elsewhere = Vec::new();
    for &c in missing {
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
