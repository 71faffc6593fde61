//! A language's `.ftl` files: read, and parsed once each.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::parser::ParserError;

use crate::diag::{Diagnostic, SourceFile};
use crate::text::ftl;

/// Reads the `.ftl` files of a locale folder, sorted by name.
pub fn read_sources(dir: &Path) -> Result<Vec<Arc<SourceFile>>, Vec<Diagnostic>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            vec![Diagnostic::error(format!("cannot read the locale folder: {e}")).in_path(dir)]
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    paths.sort();
    let mut sources = Vec::new();
    for path in paths {
        // The project holds locales/<lang>/.
        let project = dir.parent().and_then(Path::parent).unwrap_or(dir);
        let bytes = crate::input::read_existing(&path, project).map_err(|d| vec![d])?;
        let text = crate::data::decode(&path, bytes).map_err(|d| vec![d])?;
        sources.push(SourceFile::new(&path, text));
    }
    Ok(sources)
}

/// One `.ftl` file, parsed: its messages and terms, and its syntax errors.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub file: Arc<SourceFile>,
    pub entries: Vec<ftl::Entry>,
    pub errors: Vec<ParserError>,
}

/// A language's `.ftl` files, each parsed once: Fluent's resources for the
/// bundle, their entries analysed for the checks (the same syntax tree), and
/// the text they can print.
pub struct Sources {
    pub files: Vec<Arc<SourceFile>>,
    pub parsed: Vec<Parsed>,
    pub(super) resources: Vec<FluentResource>,
    pub(super) printed: Vec<String>,
}

impl Sources {
    pub fn parse(files: Vec<Arc<SourceFile>>) -> Self {
        let mut parsed = Vec::new();
        let mut resources = Vec::new();
        let mut printed = Vec::new();
        for file in &files {
            let (res, errors) = match FluentResource::try_new(file.text.clone()) {
                Ok(res) => (res, Vec::new()),
                Err((res, errs)) => (res, errs),
            };
            // The resource's own copy of the text: the entries' slices are in it.
            let entries = ftl::entries_of(res.source(), res.entries());
            printed.extend(ftl::printed_of(res.entries()));
            parsed.push(Parsed {
                file: file.clone(),
                entries,
                errors,
            });
            resources.push(res);
        }
        Self {
            files,
            parsed,
            resources,
            printed,
        }
    }
}

/// The longest message, in bytes of its source: the longest shipped one (an
/// editorial passage) has under 2 000; a message this long is a paste gone
/// wrong, and would be clipped on a page without a word said.
pub const MAX_MESSAGE_BYTES: usize = 20_000;

/// A message (from its id to the next entry) longer than [`MAX_MESSAGE_BYTES`].
pub(super) fn too_long(parsed: &[Parsed]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for Parsed { file, entries, .. } in parsed {
        for (i, e) in entries.iter().enumerate() {
            let end = entries
                .get(i + 1)
                .map_or(file.text.len(), |next| next.span.start);
            let len = end.saturating_sub(e.span.start);
            if len > MAX_MESSAGE_BYTES {
                out.push(
                    Diagnostic::error(format!(
                        "message `{}` is {len} bytes long, more than the {MAX_MESSAGE_BYTES} a message may have (a paragraph at most)",
                        e.display_id()
                    ))
                    .at(file, Some(e.span.clone())),
                );
            }
        }
    }
    out
}
