//! Stage 5, typeset: the Typst World and the PDF.
//!
//! The report is laid out by the `typst` crate in process. [`ReportWorld`]
//! is the whole environment Typst sees:
//! - the main template `templates/report.typ` and files beside it, served by
//!   a loader that refuses anything outside the templates folder;
//! - the run's fonts ([`crate::fonts::Fonts`]: typst-kit's set, the
//!   project's `templates/fonts/` and `--font-path`), never the system's;
//! - the document as a value in `sys.inputs.report`, so text from data and
//!   translators is data, never Typst code;
//! - no packages, no network, and no clock: `datetime.today()` is an error.
//!
//! The PDF is tagged and declares PDF/UA-1 and PDF/A-2a; its date comes
//! from the data ([`document_date`]). The fonts and the template files
//! ([`Templates`]) are loaded once per run and shared by every world.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Dict, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_kit::files::{FileLoader, FileStore, FsRoot};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::charts::Charts;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::text::Document;

/// The main template, relative to the templates folder.
pub const MAIN: &str = "report.typ";

/// Format characters that mark where a line may or may not break, and are
/// never drawn as glyphs: the soft hyphen (drawn as a hyphen only where the
/// line breaks at it), zero-width space, zero-width non-joiner and joiner,
/// word joiner, and the zero-width no-break space.
pub fn is_break_mark(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// The characters of `text` that no font of `fonts` has (the PDF/A and
/// PDF/UA exports refuse them), in order of first appearance.
pub fn missing_glyphs<'a>(fonts: &FontStore, text: impl IntoIterator<Item = &'a str>) -> Vec<char> {
    let book = fonts.book();
    let mut checked = std::collections::HashSet::new();
    let mut missing = Vec::new();
    for s in text {
        for c in s.chars() {
            if c.is_whitespace() || c.is_control() || is_break_mark(c) || !checked.insert(c) {
                continue;
            }
            let one = c.to_string();
            if book
                .select_fallback(None, typst::text::FontVariant::default(), &one)
                .is_none()
            {
                missing.push(c);
            }
        }
    }
    missing
}

/// Serves files from the templates folder only.
pub struct TemplateLoader {
    root: FsRoot,
    canonical_root: Option<PathBuf>,
}

impl TemplateLoader {
    pub fn new(dir: &Path) -> Self {
        Self {
            root: FsRoot::new(dir.to_path_buf()),
            canonical_root: dir.canonicalize().ok(),
        }
    }
}

impl FileLoader for TemplateLoader {
    fn load(&self, id: FileId) -> FileResult<Bytes> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::Other(Some(
                "packages are not available: everything a template uses must be in templates/"
                    .into(),
            )));
        }
        let path = self.root.resolve(id.vpath())?;
        // A link must not lead out of the templates folder either.
        if let (Some(root), Ok(real)) = (&self.canonical_root, path.canonicalize())
            && !real.starts_with(root)
        {
            return Err(FileError::AccessDenied);
        }
        self.root.load(id.vpath())
    }
}

/// The templates folder: its main file and a cache of its files (read and
/// parsed once), shared by every world of a run.
pub struct Templates {
    dir: PathBuf,
    main: FileId,
    files: FileStore<TemplateLoader>,
}

impl Templates {
    /// The templates in `dir`, with [`MAIN`] as the main file.
    pub fn new(dir: &Path) -> Result<Self, Diagnostic> {
        Self::with_main(dir, MAIN)
    }

    /// The templates in `dir`, with `main` (relative to `dir`) as the main
    /// file: `main.typ` in a folder written by `--emit-typst`.
    pub fn with_main(dir: &Path, main: &str) -> Result<Self, Diagnostic> {
        let main_path = dir.join(main);
        if !main_path.is_file() {
            return Err(Diagnostic::error("the main template is missing").in_path(&main_path));
        }
        refuse_eval(dir)?;
        Ok(Self {
            dir: dir.to_path_buf(),
            main: template_id(&format!("/{main}"))?,
            files: FileStore::new(TemplateLoader::new(dir)),
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// Refuses a template that calls `eval`: the document's texts come from
/// the data and the translators, and `eval` would run one as Typst code.
/// (A template needs no `eval`: it lays out values.) The call is named at
/// its file, line and column.
fn refuse_eval(dir: &Path) -> Result<(), Diagnostic> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "typ") {
                files.push(path);
            }
        }
    }
    files.sort();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let code = line.split("//").next().unwrap_or("");
            let mut from = 0;
            while let Some(at) = code[from..].find("eval") {
                let start = from + at;
                let before = code[..start].chars().next_back();
                let after = code[start + 4..].trim_start();
                let word_start = !before
                    .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
                if word_start && (after.starts_with('(') || after.starts_with('.')) {
                    let file = SourceFile::new(&path, text.clone());
                    let span = offset + start..offset + start + 4;
                    return Err(Diagnostic::error(
                        "a template must not call `eval`: the document's texts come from the data and the translators, and `eval` would run one as Typst code",
                    )
                    .at(&file, Some(span)));
                }
                from = start + 4;
            }
            offset += line.len();
        }
    }
    Ok(())
}

/// Everything Typst sees while laying out one report.
pub struct ReportWorld<'t> {
    library: LazyHash<Library>,
    fonts: Arc<FontStore>,
    templates: &'t Templates,
}

/// A file id in the templates folder.
fn template_id(path: &str) -> Result<FileId, Diagnostic> {
    let vpath = VirtualPath::new(path)
        .map_err(|e| Diagnostic::error(format!("bad template path {path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// `doc` as Typst's `sys.inputs`: `(report: (...), charts: (id: svg),
/// chart-widths: (id: px))`.
pub fn inputs(doc: &Document, charts: &Charts) -> Result<Dict, Diagnostic> {
    let value = serde_json::json!({
        "report": doc,
        "charts": charts,
        "chart-widths": charts.widths,
    });
    serde_json::from_value(value)
        .map_err(|e| Diagnostic::error(format!("cannot pass the document to Typst: {e}")))
}

impl<'t> ReportWorld<'t> {
    /// A world for `doc` and its charts (passed as `sys.inputs.report` and
    /// `sys.inputs.charts`) with `templates`. Without them, the template
    /// finds none in `sys.inputs` and reads `report.json` and `charts/`
    /// beside itself, as in a folder written by `--emit-typst`.
    pub fn new(
        templates: &'t Templates,
        doc: Option<(&Document, &Charts)>,
        fonts: Arc<FontStore>,
    ) -> Result<Self, Diagnostic> {
        let mut library = Library::builder();
        if let Some((doc, charts)) = doc {
            library = library.with_inputs(inputs(doc, charts)?);
        }
        Ok(Self {
            library: LazyHash::new(library.build()),
            fonts,
            templates,
        })
    }

    /// The path to show for a file id.
    fn display(&self, id: FileId) -> PathBuf {
        self.templates.dir.join(id.vpath().get_without_slash())
    }

    /// Typst diagnostics as ours, with file, line and column, Typst's hints
    /// and the trace of calls that led to the problem, in the words of this
    /// project: its root is templates/, there is no clock and no `--root`.
    /// (Printed by our renderer, not typst-kit's: typst-kit 0.15.1 prints
    /// 0-based columns, every other diagnostic of ours 1-based ones.)
    fn convert(&self, diags: &[SourceDiagnostic]) -> Vec<Diagnostic> {
        diags
            .iter()
            .map(|d| {
                let mut d = d.clone();
                d.message = d
                    .message
                    .replace("would escape the project root", "leads out of templates/");
                d.hints.retain(|h| !h.v.contains("--root"));
                for hint in d.hints.make_mut() {
                    if hint.v.contains("project sandbox") {
                        hint.v = "a template can use only files inside templates/".into();
                    }
                }
                if d.message.contains("current date") {
                    d.hint(
                        "the build has no clock, so that identical inputs give identical PDFs; dates come from the data (`published`)",
                    );
                }
                if d.message.starts_with("file not found") {
                    d.hint(
                        "a template can use only files inside templates/; a path starting with / starts there",
                    );
                }
                let mut out = match d.severity {
                    Severity::Error => Diagnostic::error(d.message.to_string()),
                    Severity::Warning => Diagnostic::warning(d.message.to_string()),
                };
                if let Some(id) = d.span.id()
                    && let Ok(source) = self.source(id)
                {
                    let file = SourceFile::new(self.display(id), source.text());
                    out = out.at(&file, self.range(d.span));
                }
                out.notes = d.hints.iter().map(|h| format!("hint: {}", h.v)).collect();
                // The calls that led to it, innermost first, as Typst traces them.
                for point in &d.trace {
                    let Some(id) = point.span.id() else { continue };
                    let (Ok(source), Some(range)) = (self.source(id), self.range(point.span))
                    else {
                        continue;
                    };
                    let file = SourceFile::new(self.display(id), source.text());
                    let (line, col) = file.line_col(range.start);
                    out.notes.push(format!(
                        "{} at {}:{line}:{col}",
                        point.v,
                        file.name.display()
                    ));
                }
                out
            })
            .collect()
    }

    /// Typst errors as ours, without the cascade of a syntax error: a file
    /// that does not parse gives its first error only (the parser's later
    /// errors in that file mostly follow from the first).
    fn convert_errors(&self, errors: &[SourceDiagnostic]) -> Vec<Diagnostic> {
        let mut kept: Vec<SourceDiagnostic> = Vec::new();
        let mut first_in_broken: Vec<(FileId, usize)> = Vec::new();
        for e in errors {
            let broken = e
                .span
                .id()
                .filter(|id| self.source(*id).is_ok_and(|s| s.root().diagnosis().errors));
            match broken {
                Some(id) => {
                    let start = self.range(e.span).map_or(usize::MAX, |r| r.start);
                    match first_in_broken.iter_mut().find(|(fid, _)| *fid == id) {
                        Some((_, best)) if start >= *best => {}
                        Some((_, best)) => {
                            *best = start;
                            kept.retain(|k| k.span.id() != Some(id));
                            kept.push(e.clone());
                        }
                        None => {
                            first_in_broken.push((id, start));
                            kept.push(e.clone());
                        }
                    }
                }
                None => kept.push(e.clone()),
            }
        }
        self.convert(&kept)
    }

    /// Lays the document out.
    pub fn compile(&self) -> Result<Compiled, Diagnostics> {
        let Warned { output, warnings } = typst::compile::<PagedDocument>(self);
        let warnings = self.convert(&warnings);
        let document = output.map_err(|errors| Diagnostics(self.convert_errors(&errors)))?;
        Ok(Compiled { document, warnings })
    }

    /// Exports a laid-out document as a tagged PDF that declares PDF/UA-1
    /// and PDF/A-2a. `ident` names the document stably across builds; `date`
    /// is its date in the metadata (see [`document_date`]).
    pub fn pdf(
        &self,
        document: &PagedDocument,
        ident: &str,
        date: Option<crate::data::Date>,
    ) -> Result<Vec<u8>, Diagnostics> {
        let timestamp = match date {
            Some(d) => {
                let datetime = Datetime::from_ymd(d.year, d.month, d.day)
                    .ok_or_else(|| Diagnostic::error(format!("not a date: {d}")))?;
                Some(typst_pdf::Timestamp::new_utc(datetime))
            }
            None => None,
        };
        let options = PdfOptions {
            ident: Smart::Custom(ident.to_string()),
            creator: Smart::Custom(Some(format!("trialreport {}", env!("CARGO_PKG_VERSION")))),
            timestamp,
            page_ranges: None,
            standards: standards()?,
            tagged: true,
            pretty: false,
        };
        typst_pdf::pdf(document, &options).map_err(|errors| Diagnostics(self.convert(&errors)))
    }
}

impl World for ReportWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.templates.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.templates.files.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.templates.files.file(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // No clock: a rebuilt report must be byte-identical.
        None
    }
}

/// A laid-out document and the warnings met on the way.
pub struct Compiled {
    pub document: PagedDocument,
    pub warnings: Vec<Diagnostic>,
}

/// A laid-out report.
pub struct Typeset {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// The date a report's PDF carries: its publication date when the data set
/// one (`published`), else 1 January of the year after the report year (the
/// first day a report on a whole year can exist). Never the clock, so a
/// rebuild is byte-identical.
pub fn document_date(year: i32, published: Option<crate::data::Date>) -> crate::data::Date {
    published.unwrap_or(crate::data::Date {
        year: year.saturating_add(1),
        month: 1,
        day: 1,
    })
}

/// The PDF standards every report meets: PDF/UA-1 (accessible) and
/// PDF/A-2a (archivable, tagged).
fn standards() -> Result<PdfStandards, Diagnostic> {
    PdfStandards::new(&[PdfStandard::Ua_1, PdfStandard::A_2a])
        .map_err(|e| Diagnostic::error(format!("PDF standards: {e:?}")))
}

/// Lays out `doc` with templates already opened and the run's fonts (both
/// shared between reports); `date` is the document's date in the PDF's
/// metadata (PDF/A needs one; never the clock: see [`document_date`]).
/// Without `doc`, the template reads `report.json` beside it.
pub fn typeset_with(
    templates: &Templates,
    fonts: &crate::fonts::Fonts,
    doc: Option<(&Document, &Charts)>,
    ident: &str,
    date: Option<crate::data::Date>,
) -> Result<Typeset, Diagnostics> {
    let world = ReportWorld::new(templates, doc, fonts.store())?;
    let Compiled { document, warnings } = world.compile()?;
    let pdf = world.pdf(&document, ident, date)?;
    Ok(Typeset {
        pdf,
        pages: document.pages().len(),
        warnings,
    })
}
