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
//! The fonts ([`fonts`]) are loaded once per process and the template files
//! ([`Templates`]) once per run; both are shared by every world.

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

/// `doc` as Typst's `sys.inputs`: `(report: (...))`.
pub fn inputs(doc: &Document) -> Result<Dict, Diagnostic> {
    let value = serde_json::json!({ "report": doc });
    serde_json::from_value(value)
        .map_err(|e| Diagnostic::error(format!("cannot pass the document to Typst: {e}")))
}

impl<'t> ReportWorld<'t> {
    /// A world for `doc` (passed as `sys.inputs.report`) with `templates`.
    /// Without a document, the template finds none in `sys.inputs` and reads
    /// `report.json` beside itself, as in a folder written by `--emit-typst`.
    pub fn new(templates: &'t Templates, doc: Option<&Document>) -> Result<Self, Diagnostic> {
        let mut library = Library::builder();
        if let Some(doc) = doc {
            library = library.with_inputs(inputs(doc)?);
        }
        Ok(Self {
            library: LazyHash::new(library.build()),
            fonts: fonts(),
            templates,
        })
    }

    /// The path to show for a file id.
    fn display(&self, id: FileId) -> PathBuf {
        self.templates.dir.join(id.vpath().get_without_slash())
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
                    out = out.with_note(format!("hint: {}", hint.v));
                }
                out
            })
            .collect()
    }

    /// Lays the document out.
    pub fn compile(&self) -> Result<Compiled, Diagnostics> {
        let Warned { output, warnings } = typst::compile::<PagedDocument>(self);
        let warnings = self.convert(&warnings);
        let document = output.map_err(|errors| Diagnostics(self.convert(&errors)))?;
        Ok(Compiled { document, warnings })
    }

    /// Exports a laid-out document as PDF/UA-1 (tagged). `ident` names the
    /// document stably across builds.
    pub fn pdf(&self, document: &PagedDocument, ident: &str) -> Result<Vec<u8>, Diagnostics> {
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

/// Lays out `doc` with the templates in `templates` and exports the PDF
/// (PDF/UA-1, tagged). `ident` names the document stably across builds.
pub fn typeset(templates: &Path, doc: &Document, ident: &str) -> Result<Typeset, Diagnostics> {
    typeset_with(&Templates::new(templates)?, Some(doc), ident)
}

/// As [`typeset`], with templates already opened (and shared between
/// reports). Without `doc`, the template reads `report.json` beside it.
pub fn typeset_with(
    templates: &Templates,
    doc: Option<&Document>,
    ident: &str,
) -> Result<Typeset, Diagnostics> {
    let world = ReportWorld::new(templates, doc)?;
    let Compiled { document, warnings } = world.compile()?;
    let pdf = world.pdf(&document, ident)?;
    Ok(Typeset {
        pdf,
        pages: document.pages().len(),
        warnings,
    })
}
