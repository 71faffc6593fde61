//! The report's fonts, loaded once per run from the project.
//!
//! [`Fonts::load`] reads every font file (`.ttf`, `.otf`, `.ttc`, `.otc`)
//! in `templates/fonts/` and, with `build --font-path DIR`, in `DIR`, as
//! typst-cli's world reads its font paths: each file's bytes are split into
//! its faces by Typst ([`Font::iter`]). The same set serves every Typst
//! world of the run (the PDFs) and the charts' text measurement
//! ([`crate::charts::Style::load`] takes its font's bytes from it), so a
//! designer who swaps a file in `templates/fonts/` changes both.
//!
//! typst-kit's embedded fonts come first (Typst's defaults, for what Open
//! Sans lacks), then the project's, then `--font-path`'s; where two fonts
//! have the same family and variant, Typst takes the first. The system's
//! fonts are never used: a build is the same on every machine.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::foundations::Bytes;
use typst::text::Font;
use typst_kit::fonts::FontStore;

use crate::diag::Diagnostic;

/// The folder of the report's fonts, inside `templates/`.
pub const FOLDER: &str = "fonts";

/// The font files a folder is searched for (their extensions, lowercase).
const EXTENSIONS: [&str; 4] = ["ttf", "otf", "ttc", "otc"];

/// The fonts of a run: Typst's store and the files they were read from.
pub struct Fonts {
    store: Arc<FontStore>,
    /// Every file read, with its bytes, in the order added.
    files: Vec<(PathBuf, Bytes)>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field(
                "files",
                &self.files.iter().map(|(p, _)| p).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Fonts {
    /// typst-kit's embedded fonts, the fonts of `templates_dir/fonts/` and
    /// those of `extra` (`--font-path`), each folder searched with its
    /// subfolders in the order of the files' names. A folder that cannot be
    /// read or holds no font, and a file that cannot be read or is not a
    /// font, are errors naming it.
    pub fn load(templates_dir: &Path, extra: Option<&Path>) -> Result<Fonts, Diagnostic> {
        let mut store = FontStore::new();
        store.extend(typst_kit::fonts::embedded());
        let mut files = Vec::new();
        let own = templates_dir.join(FOLDER);
        let folders = [(own.as_path(), "the report's font folder")]
            .into_iter()
            .chain(extra.map(|dir| (dir, "the font folder")));
        for (dir, what) in folders {
            let mut paths = Vec::new();
            collect_font_files(dir, &mut paths)
                .map_err(|e| Diagnostic::error(format!("cannot read {what}: {e}")).in_path(dir))?;
            if paths.is_empty() {
                return Err(Diagnostic::error(format!(
                    "no fonts in {what} (.ttf, .otf, .ttc or .otc files)"
                ))
                .in_path(dir));
            }
            paths.sort();
            for path in paths {
                let bytes = std::fs::read(&path).map_err(|e| {
                    Diagnostic::error(format!("cannot read the font: {e}")).in_path(&path)
                })?;
                let bytes = Bytes::new(bytes);
                let faces: Vec<_> = Font::iter(bytes.clone())
                    .map(|f| {
                        let info = f.info().clone();
                        (f, info)
                    })
                    .collect();
                if faces.is_empty() {
                    return Err(Diagnostic::error("not a font Typst can read").in_path(&path));
                }
                store.extend(faces);
                files.push((path, bytes));
            }
        }
        Ok(Fonts {
            store: Arc::new(store),
            files,
        })
    }

    /// Typst's store of every font, shared by the worlds of the run.
    pub fn store(&self) -> Arc<FontStore> {
        self.store.clone()
    }

    /// The bytes of the font file at `path`, if it is one of the files read
    /// (the same file by another spelling of its path too).
    pub fn file(&self, path: &Path) -> Option<&[u8]> {
        let same = |p: &Path| {
            p == path || matches!((p.canonicalize(), path.canonicalize()), (Ok(a), Ok(b)) if a == b)
        };
        (self.files.iter())
            .find(|(p, _)| same(p))
            .map(|(_, bytes)| bytes.as_slice())
    }
}

/// Every font file in `dir` and its subfolders.
fn collect_font_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_font_files(&path, out)?;
        } else if (path.extension().and_then(|e| e.to_str()))
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("templates")
    }

    #[test]
    fn the_project_s_fonts_are_read_once_with_typst_s_own() {
        let fonts = Fonts::load(&templates(), None).unwrap();
        let names: Vec<String> = (fonts.files.iter())
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "OpenSans-Bold.ttf",
                "OpenSans-BoldItalic.ttf",
                "OpenSans-Italic.ttf",
                "OpenSans-Regular.ttf",
                "OpenSans-Semibold.ttf"
            ]
        );
        let book = fonts.store().book().clone();
        assert!(book.contains_family("open sans"));
        // typst-kit's embedded fonts are there too.
        assert!(book.contains_family("libertinus serif"));
        let regular = templates().join("fonts/OpenSans-Regular.ttf");
        assert_eq!(
            fonts.file(&regular),
            Some(std::fs::read(&regular).unwrap().as_slice())
        );
        assert_eq!(fonts.file(&templates().join("report.typ")), None);
    }

    #[test]
    fn a_broken_or_missing_font_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let err = Fonts::load(dir.path(), None).unwrap_err();
        assert!(
            err.message
                .starts_with("cannot read the report's font folder"),
            "{err}"
        );
        assert_eq!(
            err.path.as_deref(),
            Some(dir.path().join("fonts").as_path())
        );

        std::fs::create_dir(dir.path().join("fonts")).unwrap();
        std::fs::write(dir.path().join("fonts/README.md"), "no fonts").unwrap();
        let err = Fonts::load(dir.path(), None).unwrap_err();
        assert!(
            err.message
                .starts_with("no fonts in the report's font folder"),
            "{err}"
        );

        let broken = dir.path().join("fonts/Broken.ttf");
        std::fs::write(&broken, "not a font").unwrap();
        let err = Fonts::load(dir.path(), None).unwrap_err();
        assert_eq!(err.message, "not a font Typst can read");
        assert_eq!(err.path.as_deref(), Some(broken.as_path()));

        // --font-path's folder is named as such.
        let err = Fonts::load(&templates(), Some(&dir.path().join("none"))).unwrap_err();
        assert!(
            err.message.starts_with("cannot read the font folder"),
            "{err}"
        );
    }
}
