//! Diagnostics: one shape for every problem the tool reports.
//!
//! Data files, locale files and templates fail in different libraries, but a
//! reader should see them alike: the file, the line and column, the message,
//! and the source line underneath, as rustc and typst print them. Every stage
//! turns its failures into [`Diagnostic`]s that carry the file's text, and
//! [`emit`] prints them with codespan-reporting. Warnings are collected the
//! same way; they never fail a run unless the caller asks for `--strict`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::WriteColor};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A file whose text a diagnostic points into.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as shown to the user (relative to the project root).
    pub name: PathBuf,
    /// The text, as read (BOM removed).
    pub text: String,
}

impl SourceFile {
    pub fn new(name: impl Into<PathBuf>, text: impl Into<String>) -> Arc<Self> {
        Arc::new(Self {
            name: name.into(),
            text: text.into(),
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }
}

/// One problem, with where it is.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// The file, when the problem is in one.
    pub file: Option<Arc<SourceFile>>,
    /// A path with no text to show (a file that could not be read).
    pub path: Option<PathBuf>,
    /// Byte range in `file`.
    pub span: Option<Range<usize>>,
    pub notes: Vec<String>,
    /// Other places the problem involves (the parts of a broken sum), shown
    /// under the source line as secondary labels. Boxed: most diagnostics
    /// have none, and a diagnostic is returned in every `Err`.
    related: Option<Box<RelatedList>>,
}

/// The other places of a diagnostic (one pointer wide while there are none).
#[derive(Debug, Clone, Default)]
struct RelatedList(Vec<Related>);

/// A second place a diagnostic points at, with what it is.
#[derive(Debug, Clone)]
pub struct Related {
    pub file: Arc<SourceFile>,
    pub span: Range<usize>,
    pub message: String,
}

impl Related {
    /// `file:line:column`.
    pub fn location(&self) -> String {
        let (line, col) = self.file.line_col(self.span.start);
        format!("{}:{line}:{col}", self.file.name.display())
    }
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            file: None,
            path: None,
            span: None,
            notes: Vec::new(),
            related: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// Points the diagnostic at a range of a file.
    pub fn at(mut self, file: &Arc<SourceFile>, span: Option<Range<usize>>) -> Self {
        self.file = Some(file.clone());
        self.span = span;
        self
    }

    /// Names a path that has no text to show.
    pub fn in_path(mut self, path: impl AsRef<Path>) -> Self {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Points also at `span` of `file`, labelled `message`.
    pub fn with_related(
        mut self,
        file: &Arc<SourceFile>,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        self.related.get_or_insert_default().0.push(Related {
            file: file.clone(),
            span,
            message: message.into(),
        });
        self
    }

    /// The other places the problem involves, in order.
    pub fn related(&self) -> &[Related] {
        self.related.as_deref().map_or(&[], |r| r.0.as_slice())
    }

    /// `file:line:column` (or just the file) for one-line output.
    pub fn location(&self) -> Option<String> {
        match (&self.file, &self.span) {
            (Some(file), Some(span)) => {
                let (line, col) = file.line_col(span.start);
                Some(format!("{}:{line}:{col}", file.name.display()))
            }
            (Some(file), None) => Some(file.name.display().to_string()),
            (None, _) => self.path.as_ref().map(|p| p.display().to_string()),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = self.location() {
            write!(f, "{location}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// `diagnostics` without repeats (the same missing message in every year's
/// report, a runtime error in two years): the first of each, by severity
/// and what it prints.
pub fn dedup(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    (diagnostics.into_iter())
        .filter(|d| seen.insert((d.severity, d.to_string())))
        .collect()
}

/// A failed run: one or more error diagnostics (warnings may ride along).
#[derive(Debug, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Error)
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Self(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Prints diagnostics in the rustc/typst style: header, `file:line:col`, the
/// source line with the range underlined, notes.
pub fn emit(out: &mut dyn WriteColor, diagnostics: &[Diagnostic]) -> std::io::Result<()> {
    let config = term::Config::default();
    for d in diagnostics {
        let cs = match d.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        }
        .with_notes(d.notes.iter().map(|n| visible(n).into_owned()).collect());
        // The diagnostic's file first, then each other file a label is in.
        let mut files = SimpleFiles::new();
        let cs = match (&d.file, &d.span) {
            (Some(file), Some(span)) => {
                let mut ids: Vec<(PathBuf, usize)> = Vec::new();
                let mut id_of = |f: &SourceFile| match ids.iter().find(|(n, _)| *n == f.name) {
                    Some((_, id)) => *id,
                    None => {
                        let id = files.add(
                            visible(&f.name.display().to_string()).into_owned(),
                            visible(&f.text).into_owned(),
                        );
                        ids.push((f.name.clone(), id));
                        id
                    }
                };
                let mut labels = vec![Label::primary(id_of(file), span.clone())];
                for r in d.related() {
                    labels.push(
                        Label::secondary(id_of(&r.file), r.span.clone())
                            .with_message(visible(&r.message)),
                    );
                }
                cs.with_message(visible(&d.message)).with_labels(labels)
            }
            _ => cs.with_message(visible(&d.to_string())),
        };
        term::emit(out, &config, &files, &cs).map_err(std::io::Error::other)?;
    }
    Ok(())
}

/// `text` with every character a terminal would act on instead of show
/// (escape sequences, other control characters, bidirectional overrides)
/// replaced by a visible one of the same length in UTF-8, so that a data or
/// locale file cannot move the cursor, recolour or reorder the terminal, and
/// the spans into the text still fall where they did.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        matches!(not_text(c), Some(NotText::Control | NotText::Bidi)) && !matches!(c, '\n' | '\t')
    };
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match (hidden(c), c.len_utf8()) {
            (false, _) => c,
            (true, 1) => '?',
            (true, 2) => '\u{BF}',
            (true, _) => '\u{FFFD}',
        })
        .collect::<String>()
        .into()
}

/// A character that is not text a reader can see, for explaining it where
/// it is rather than as a glyph no font has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// C0 and C1 controls (a tab and line ends aside, where text allows them).
    Control,
    /// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
    /// invisible, they reorder the text around them.
    Bidi,
    /// Private use (U+E000–U+F8FF, planes 15 and 16): no meaning outside
    /// one font.
    PrivateUse,
    /// Noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF).
    Noncharacter,
}

impl NotText {
    /// What it is and why it does not belong in a report, for messages.
    pub fn explain(self) -> &'static str {
        match self {
            NotText::Control => "a control character: invisible, and not text",
            NotText::Bidi => {
                "a bidirectional control character: invisible, it reverses or reorders the text around it"
            }
            NotText::PrivateUse => {
                "a private-use character: it means something only in one font, and the report's fonts show it as a box or not at all"
            }
            NotText::Noncharacter => "a noncharacter: Unicode reserves it, and it is never text",
        }
    }
}

/// Whether `c` is one of the characters of [`NotText`].
pub fn not_text(c: char) -> Option<NotText> {
    let u = c as u32;
    if c.is_control() {
        Some(NotText::Control)
    } else if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
        Some(NotText::Bidi)
    } else if matches!(u, 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD) {
        Some(NotText::PrivateUse)
    } else if matches!(u, 0xFDD0..=0xFDEF) || u & 0xFFFE == 0xFFFE {
        Some(NotText::Noncharacter)
    } else {
        None
    }
}

/// The candidate a mistyped `word` most likely meant, if any is close: the
/// nearest by edit distance (a swap of two letters counts as one edit),
/// within two edits or a third of the candidate's length.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|k| (strsim::osa_distance(word, k), k))
        .filter(|(d, k)| *d > 0 && *d <= 2.max(k.chars().count() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_run() {
        let text = "a = \u{1b}[2J\u{9b}x\u{202E}y\r\nb\tc\n";
        let shown = visible(text);
        assert_eq!(shown, "a = ?[2J\u{BF}x\u{FFFD}y?\nb\tc\n");
        assert_eq!(shown.len(), text.len(), "spans stay where they were");
        assert!(matches!(
            visible("plain æøå\n"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Through emit: no escape reaches the terminal.
        let file = SourceFile::new("data/2024.toml", text);
        let d = Diagnostic::error("bad \u{1b}]0;title\u{7}").at(&file, Some(4..5));
        let mut out = term::termcolor::NoColor::new(Vec::new());
        emit(&mut out, &[d]).unwrap();
        let printed = String::from_utf8(out.into_inner()).unwrap();
        assert!(
            !printed.contains('\u{1b}') && !printed.contains('\u{9b}'),
            "{printed:?}"
        );
        assert!(printed.contains("bad ?]0;title?"), "{printed}");
    }

    #[test]
    fn line_and_column_count_characters() {
        let file = SourceFile::new("data/2024.toml", "a = 1\næø = 2\n");
        assert_eq!(file.line_col(0), (1, 1));
        // 'æø' is four bytes; the '=' after "æø " is column 4.
        let eq = file.text.rfind('=').unwrap();
        assert_eq!(file.line_col(eq), (2, 4));
    }

    #[test]
    fn display_names_file_line_and_column() {
        let file = SourceFile::new("data/2024.toml", "year = 2024\ntotal = 110\n");
        let d = Diagnostic::error("total is wrong").at(&file, Some(20..23));
        assert_eq!(d.to_string(), "data/2024.toml:2:9: total is wrong");
    }
}
