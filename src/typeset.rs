//! Stage 5, typeset: the Typst World and the PDF.
//!
//! The report is laid out by the `typst` crate in process. [`ReportWorld`]
//! is the whole environment Typst sees:
//! - the main template `templates/report.typ` and files beside it, served by
//!   a loader that refuses anything outside the templates folder;
//! - fonts embedded in the binary (typst-kit's set plus Open Sans from
//!   `templates/fonts/`), never the system's;
//! - the document as a value in `sys.inputs.report`, so text from data and
//!   translators is data, never Typst code;
//! - no packages, no network, and no clock: `datetime.today()` is an error.
//!
//! [`Fonts`] is built once per process and shared by every world.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

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

use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::text::Document;

/// The main template, relative to the templates folder.
pub const MAIN: &str = "report.typ";

/// Open Sans, the report's typeface, kept in the repository and embedded.
const OPEN_SANS: &[&[u8]] = &[
    include_bytes!("../templates/fonts/OpenSans-Regular.ttf"),
    include_bytes!("../templates/fonts/OpenSans-Italic.ttf"),
    include_bytes!("../templates/fonts/OpenSans-Semibold.ttf"),
    include_bytes!("../templates/fonts/OpenSans-Bold.ttf"),
    include_bytes!("../templates/fonts/OpenSans-BoldItalic.ttf"),
];

/// The fonts every world uses: embedded, loaded once.
pub fn fonts() -> Arc<FontStore> {
    static FONTS: OnceLock<Arc<FontStore>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut store = FontStore::new();
            store.extend(typst_kit::fonts::embedded());
            for data in OPEN_SANS {
                store.extend(Font::iter(Bytes::new(*data)).map(|f| {
                    let info = f.info().clone();
                    (f, info)
                }));
            }
            Arc::new(store)
        })
        .clone()
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

/// Everything Typst sees while laying out one report.
pub struct ReportWorld {
    library: LazyHash<Library>,
    fonts: Arc<FontStore>,
    main: FileId,
    files: FileStore<TemplateLoader>,
    templates: PathBuf,
}

/// A file id in the templates folder.
fn template_id(path: &str) -> Result<FileId, Diagnostic> {
    let vpath = VirtualPath::new(path)
        .map_err(|e| Diagnostic::error(format!("bad template path {path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl ReportWorld {
    /// A world for `doc`, with templates from `templates`.
    pub fn new(templates: &Path, doc: &Document) -> Result<Self, Diagnostic> {
        let main_path = templates.join(MAIN);
        if !main_path.is_file() {
            return Err(Diagnostic::error("the main template is missing").in_path(&main_path));
        }
        let value = serde_json::json!({ "report": doc });
        let inputs: Dict = serde_json::from_value(value)
            .map_err(|e| Diagnostic::error(format!("cannot pass the document to Typst: {e}")))?;
        Ok(Self {
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            fonts: fonts(),
            main: template_id(&format!("/{MAIN}"))?,
            files: FileStore::new(TemplateLoader::new(templates)),
            templates: templates.to_path_buf(),
        })
    }

    /// The path to show for a file id.
    fn display(&self, id: FileId) -> PathBuf {
        self.templates.join(id.vpath().get_without_slash())
    }

    /// Typst diagnostics as ours, with file, line and column.
    fn convert(&self, diags: &[SourceDiagnostic]) -> Vec<Diagnostic> {
        diags
            .iter()
            .map(|d| {
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
                for hint in &d.hints {
                    // Typst's hints about its own CLI's --root do not apply here.
                    if hint.v.contains("--root") {
                        continue;
                    }
                    let hint = if hint.v.contains("project sandbox") {
                        "a template can use only files inside templates/"
                    } else {
                        hint.v.as_str()
                    };
                    out = out.with_note(format!("hint: {hint}"));
                }
                if d.message.contains("current date") {
                    out = out.with_note(
                        "hint: the build has no clock, so that identical inputs give identical PDFs; dates come from the data (`published`)",
                    );
                }
                if d.message.starts_with("file not found") {
                    out = out.with_note(
                        "hint: a template can use only files inside templates/; a path starting with / starts there",
                    );
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
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.files.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.file(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // No clock: a rebuilt report must be byte-identical.
        None
    }
}

/// A laid-out report.
pub struct Typeset {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Lays out `doc` with the templates in `templates` and exports the PDF
/// (PDF/UA-1, tagged). `ident` names the document stably across builds.
pub fn typeset(templates: &Path, doc: &Document, ident: &str) -> Result<Typeset, Diagnostics> {
    let world = ReportWorld::new(templates, doc)?;
    let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
    let warnings = world.convert(&warnings);
    let document = output.map_err(|errors| Diagnostics(world.convert_errors(&errors)))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|e| Diagnostic::error(format!("PDF standards: {e:?}")))?;
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(format!("trialreport {}", env!("CARGO_PKG_VERSION")))),
        timestamp: None,
        page_ranges: None,
        standards,
        tagged: true,
        pretty: false,
    };
    let pdf = typst_pdf::pdf(&document, &options)
        .map_err(|errors| Diagnostics(world.convert(&errors)))?;
    Ok(Typeset {
        pdf,
        pages: document.pages().len(),
        warnings,
    })
}
