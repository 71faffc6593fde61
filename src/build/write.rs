//! Writing the outputs: all or nothing, each file whole.

use std::path::{Path, PathBuf};

use crate::charts;
use crate::diag::Diagnostic;
use crate::text::Document;
use crate::typeset::{self, Templates};

/// The charts' folder in a folder written by `--emit-typst`.
pub const EMITTED_CHARTS: &str = "charts";
/// The main file of a folder written by `--emit-typst`.
pub const EMITTED_MAIN: &str = "main.typ";
/// The document in a folder written by `--emit-typst`, read by the template.
pub const EMITTED_REPORT: &str = "report.json";

/// Writes `dir/<year>-<lang>/`: the template files (with the fonts), the
/// document as `report.json`, its charts as `charts/<figure id>.svg` and a `main.typ`
/// that includes the template, so that stock Typst lays out the same pages.
/// The folder is made beside its final place and then swapped in, in one
/// step on Linux: a reader sees the old folder or the new one, whole.
pub fn emit_typst(
    dir: &Path,
    templates: &Templates,
    document: &Document,
    charts: &charts::Charts,
    year: i32,
    lang: &str,
) -> Result<PathBuf, Diagnostic> {
    let name = format!("{year}-{lang}");
    let target = dir.join(&name);
    let fail = |e: std::io::Error, path: &Path| {
        Diagnostic::error(format!("cannot write the Typst sources: {e}")).in_path(path)
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(e, dir))?;
    let made = temp_builder(0o755)
        .tempdir_in(dir)
        .map_err(|e| fail(e, dir))?;
    let tmp = made.path().to_path_buf();
    copy_dir(templates.dir(), &tmp).map_err(|e| fail(e, &tmp))?;
    let json = serde_json::to_vec_pretty(document).expect("documents serialise");
    std::fs::write(tmp.join(EMITTED_REPORT), json).map_err(|e| fail(e, &tmp))?;
    let chart_dir = tmp.join(EMITTED_CHARTS);
    std::fs::create_dir_all(&chart_dir).map_err(|e| fail(e, &chart_dir))?;
    for (id, svg) in &charts.0 {
        let path = chart_dir.join(format!("{id}.svg"));
        std::fs::write(&path, svg).map_err(|e| fail(e, &path))?;
    }
    let main = format!(
        "// The {year} report in `{lang}`, written by trialreport {version} (`build --emit-typst`).\n\
         //\n\
         // {template} is the project's template, unchanged; it reads the document,\n\
         // every word and number, from {report} and the charts from {charts}/.\n\
         // Typst does not look for fonts in a project folder, so name this one's:\n\
         //\n\
         //   typst compile --font-path fonts --pdf-standard ua-1 main.typ\n\
         //\n\
         // (from this folder). Without --font-path, Typst takes the system's Open Sans,\n\
         // which may be another version, or, if there is none, falls back to another font.\n\
         \n\
         #include \"{template}\"\n",
        version = env!("CARGO_PKG_VERSION"),
        template = typeset::MAIN,
        report = EMITTED_REPORT,
        charts = EMITTED_CHARTS,
    );
    std::fs::write(tmp.join(EMITTED_MAIN), main).map_err(|e| fail(e, &tmp))?;
    replace_dir(made, &target).map_err(|e| fail(e, &target))?;
    Ok(target)
}

/// Copies the folder `from` to `to`, recursively.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Makes sure the output folder exists, with a clear message when it cannot:
/// the path (or a folder on the way) is a file, or it cannot be created.
pub(super) fn prepare_out_dir(out: &Path) -> Result<(), Diagnostic> {
    if out.is_dir() {
        return Ok(());
    }
    // The nearest existing ancestor that is not a folder blocks the way.
    let blocker = out
        .ancestors()
        .find(|a| !a.as_os_str().is_empty() && a.exists() && !a.is_dir());
    if let Some(file) = blocker {
        let what = if file == out {
            "the output folder is a file, not a folder".to_string()
        } else {
            format!(
                "cannot create the output folder: {} is a file, not a folder",
                file.display()
            )
        };
        return Err(Diagnostic::error(format!("{what}; choose another --out")).in_path(out));
    }
    std::fs::create_dir_all(out).map_err(|e| {
        Diagnostic::error(format!("cannot create the output folder: {e}")).in_path(out)
    })
}

/// Writes every file to a temporary file beside it first, and only when
/// all are written renames them into place: a failure while writing leaves
/// every old file as it was (the temporary files go with it), and readers
/// see an old file or a new one, never half of one.
pub fn write_all_atomically(files: &[(PathBuf, &[u8])]) -> Result<(), Diagnostic> {
    use std::io::Write;
    let fail = |e: std::io::Error, path: &Path| {
        Diagnostic::error(format!("cannot write the file: {e}")).in_path(path)
    };
    let mut temps = Vec::new();
    for (path, bytes) in files {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut tmp = temp_builder(0o644)
            .tempfile_in(dir)
            .map_err(|e| fail(e, path))?;
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| fail(e, path))?;
        temps.push((tmp, path));
    }
    for (tmp, path) in temps {
        tmp.persist(path).map_err(|e| fail(e.error, path))?;
    }
    Ok(())
}

/// Hidden temporary files and folders, readable like any file written
/// (`mode` on Unix: 0o644 for a file, 0o755 for a folder).
fn temp_builder(mode: u32) -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(".trialreport-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = mode;
    b
}

/// Puts the folder `new` where `target` is, in one step where the system
/// can swap two folders (Linux), else by removing the old one first.
fn replace_dir(new: tempfile::TempDir, target: &Path) -> std::io::Result<()> {
    if !target.exists() {
        return std::fs::rename(new.keep(), target);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, new.path(), CWD, target, RenameFlags::EXCHANGE).is_ok() {
            // `new` now holds the old folder, and goes with it.
            return Ok(());
        }
    }
    std::fs::remove_dir_all(target)?;
    std::fs::rename(new.keep(), target)
}
