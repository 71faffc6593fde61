//! The editions of a report, each a renderer of the one [`Rendered`]
//! document: the PDF (Typst) and the web page (minijinja). A new edition
//! (the data downloads) is a new variant, and every `match` on [`Edition`]
//! names what it needs.

use std::time::{Duration, Instant};

use crate::charts;
use crate::diag::{Diagnostic, Diagnostics};
use crate::facts::Facts;
use crate::fonts::Fonts;
use crate::html::{self, HtmlTemplates};
use crate::rendered::Rendered;
use crate::text::Locale;
use crate::typeset::{self, Templates};

/// An edition of a report: a file format (`build --format pdf,html`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Edition {
    /// The PDF for print and the archive (PDF/UA-1, PDF/A-2a).
    Pdf,
    /// The self-contained web page.
    Html,
}

/// Every edition, in the order a report makes them (the web page links
/// the PDF made before it, with its size).
pub const EDITIONS: [Edition; 2] = [Edition::Pdf, Edition::Html];

/// What the editions of a run render with, loaded once and shared by every
/// report: the Typst templates, the HTML templates (when the web page is
/// written), the charts' style and the fonts.
pub struct Assets {
    pub templates: Templates,
    pub html: Option<HtmlTemplates>,
    pub style: charts::Style,
    pub fonts: Fonts,
}

/// What an edition renders: one report, and what the run shares.
pub struct RenderContext<'a> {
    pub rendered: &'a Rendered,
    pub facts: &'a Facts,
    pub locale: &'a Locale,
    pub assets: &'a Assets,
    /// The web page's links to the other editions of the build.
    pub links: &'a html::Links,
    /// The editions of this report made before this one.
    pub made: &'a [Output],
}

/// One edition of one report, in memory.
#[derive(Debug)]
pub struct Output {
    pub edition: Edition,
    pub bytes: Vec<u8>,
    /// Pages of a PDF (0 for a web page).
    pub pages: usize,
    /// Time to render it.
    pub time: Duration,
    pub warnings: Vec<Diagnostic>,
}

impl Edition {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Edition::Pdf => "pdf",
            Edition::Html => "html",
        }
    }

    /// The file name of a report's edition: `report-2024-nb.pdf`,
    /// `report-2024-nb-pseudo.html`.
    pub fn file_name(self, year: i32, lang: &str, pseudo: bool) -> String {
        let suffix = if pseudo { "-pseudo" } else { "" };
        format!("report-{year}-{lang}{suffix}.{}", self.extension())
    }

    /// Renders this edition of the report in `ctx`.
    pub fn render(self, ctx: &RenderContext) -> Result<Output, Diagnostics> {
        let start = Instant::now();
        let (bytes, pages, warnings) = match self {
            Edition::Pdf => render_pdf(ctx)?,
            Edition::Html => (render_html(ctx)?.into_bytes(), 0, Vec::new()),
        };
        Ok(Output {
            edition: self,
            bytes,
            pages,
            time: start.elapsed(),
            warnings,
        })
    }
}

/// The PDF, laid out by Typst within the time budget, dated from the data
/// ([`typeset::document_date`]).
fn render_pdf(ctx: &RenderContext) -> Result<(Vec<u8>, usize, Vec<Diagnostic>), Diagnostics> {
    let (year, lang) = (ctx.facts.year, &ctx.locale.lang);
    let ident = format!("trialreport-{year}-{lang}");
    let date = typeset::document_date(year, ctx.facts.published);
    let _deadline = crate::budget::Deadline::start(
        format!("laying out the {year} report in `{lang}`"),
        Duration::from_secs(crate::budget::typeset_seconds()),
    );
    let doc = (&ctx.rendered.document, &ctx.rendered.charts);
    let t = typeset::typeset_with(
        &ctx.assets.templates,
        &ctx.assets.fonts,
        Some(doc),
        &ident,
        Some(date),
    )?;
    Ok((t.pdf, t.pages, t.warnings))
}

/// The web page, linking its PDF (with its size) when the PDF was made
/// beside it.
fn render_html(ctx: &RenderContext) -> Result<String, Diagnostic> {
    let templates = ctx.assets.html.as_ref().ok_or_else(|| {
        Diagnostic::error("the web page was asked for without its templates being read")
    })?;
    let mut links = ctx.links.clone();
    let pdf = ctx.made.iter().find(|o| o.edition == Edition::Pdf);
    links.pdf = match (pdf, links.pdf) {
        (Some(pdf), Some(link)) => Some(html::PdfLink {
            kb: Some(ctx.locale.number((pdf.bytes.len() as f64 / 1000.0).ceil())),
            ..link
        }),
        _ => None,
    };
    let number = |v| ctx.locale.number(v);
    html::render(templates, ctx.rendered, &links, &number)
}
