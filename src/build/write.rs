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
/// The charts' widths in a folder written by `--emit-typst`: figure id → px.
pub const EMITTED_WIDTHS: &str = "chart-widths.json";

/// Writes `dir/<year>-<lang>/`: the template files (with the fonts), the
/// document as `report.json`, its charts as `charts/<figure id>.svg` with
/// their widths in `chart-widths.json`, and a `main.typ`
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
    if target.exists() && !target.is_dir() {
        return Err(Diagnostic::error(
            "cannot write the Typst sources: a file of that name is in the way; remove it or choose another --emit-typst folder",
        )
        .in_path(&target));
    }
    let made = temp_builder(0o755)
        .tempdir_in(dir)
        .map_err(|e| fail(e, dir))?;
    let tmp = made.path().to_path_buf();
    let _guard = Tracked::new(&tmp);
    copy_dir(templates.dir(), &tmp).map_err(|e| fail(e, &tmp))?;
    let json = serde_json::to_vec_pretty(document).expect("documents serialise");
    std::fs::write(tmp.join(EMITTED_REPORT), json).map_err(|e| fail(e, &tmp))?;
    let chart_dir = tmp.join(EMITTED_CHARTS);
    std::fs::create_dir_all(&chart_dir).map_err(|e| fail(e, &chart_dir))?;
    for (id, svg) in &charts.svgs {
        let path = chart_dir.join(format!("{id}.svg"));
        std::fs::write(&path, svg).map_err(|e| fail(e, &path))?;
    }
    let widths = serde_json::to_vec_pretty(&charts.widths).expect("widths serialise");
    std::fs::write(tmp.join(EMITTED_WIDTHS), widths).map_err(|e| fail(e, &tmp))?;
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
/// all are written puts them in place: a failure while writing leaves every
/// old file as it was (the temporary files go with it), and readers see an
/// old file or a new one, never half of one. A target that cannot be
/// replaced (a folder in the way) stops the build before any file moves;
/// a rename that still fails puts back the files already replaced, from a
/// link to each old file kept until all new ones are in place.
pub fn write_all_atomically(files: &[(PathBuf, &[u8])]) -> Result<(), Diagnostic> {
    use std::io::Write;
    let fail = |e: std::io::Error, path: &Path| {
        Diagnostic::error(format!("cannot write the file: {e}")).in_path(path)
    };
    for (path, _) in files {
        if path.is_dir() {
            return Err(Diagnostic::error(
                "cannot write the file: a folder of that name is in the way; remove it or choose another --out",
            )
            .in_path(path));
        }
    }
    let mut temps = Vec::new();
    for (path, bytes) in files {
        let mut tmp = temp_builder(0o644)
            .tempfile_in(parent(path))
            .map_err(|e| fail(e, path))?;
        let guard = Tracked::new(tmp.path());
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| fail(e, path))?;
        temps.push((tmp, path, guard));
    }
    // A link to each old file, to put it back if a later rename fails.
    let mut kept = Vec::new();
    for (_, path, _) in &temps {
        if path.exists() {
            let backup = keep(path).map_err(|e| fail(e, path))?;
            kept.push((path.to_path_buf(), backup));
        }
    }
    let mut placed: Vec<&Path> = Vec::new();
    let mut result = Ok(());
    for (tmp, path, _guard) in temps {
        match tmp.persist(path) {
            Ok(_) => placed.push(path),
            Err(e) => {
                result = Err(fail(e.error, path).with_note(
                    "no file was replaced: the files already written were put back as they were",
                ));
                break;
            }
        }
    }
    if result.is_err() {
        for path in placed {
            match kept.iter().find(|(p, _)| p == path) {
                Some((_, backup)) => {
                    let _ = std::fs::rename(&backup.0, path);
                }
                None => {
                    let _ = std::fs::remove_file(path);
                }
            }
        }
    }
    // The links to the old files go (those put back have moved already).
    drop(kept);
    result
}

/// The folder of `path` (`.` for a bare file name).
fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A hard link to the file `path` beside it, under a hidden temporary name,
/// removed when dropped (and on an interrupt).
fn keep(path: &Path) -> std::io::Result<(PathBuf, Tracked)> {
    let dir = parent(path);
    for n in 0.. {
        let backup = dir.join(format!(".trialreport-{}-{n}.old", std::process::id()));
        match std::fs::hard_link(path, &backup) {
            Ok(()) => {
                let guard = Tracked::new(&backup);
                return Ok((backup, guard));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    unreachable!("some name is free")
}

/// The temporary files and folders of this process that are being written:
/// removed when the process is interrupted ([`remove_temporaries_on_interrupt`]).
static LIVE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// A temporary path listed in [`LIVE`] while it lives; on drop it leaves the
/// list and, if it is still there (not renamed into place), the disk.
struct Tracked(PathBuf);

impl Tracked {
    fn new(path: &Path) -> Self {
        LIVE.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.to_path_buf());
        Self(path.to_path_buf())
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        LIVE.lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|p| p != &self.0);
        if self.0.extension().is_some_and(|e| e == "old") {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

/// On Ctrl-C (or SIGTERM, SIGHUP) the temporary files and folders being
/// written are removed before the process exits (130): an interrupted
/// build leaves the output folder as it was. Installed once, by `main`.
pub fn remove_temporaries_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        remove_temporaries();
        std::process::exit(130);
    });
}

/// Removes the temporary files and folders being written (before the
/// process ends early: an interrupt, a budget exceeded).
pub fn remove_temporaries() {
    let live = std::mem::take(&mut *LIVE.lock().unwrap_or_else(|e| e.into_inner()));
    for path in live {
        let _ = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
    }
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
