//! `trialreport watch`: rebuild on every change, for translators and editors.
//!
//! [`watch`] builds once, then waits for changes under `data/`, `locales/`,
//! `templates/` or to `report.toml` (notify: inotify, FSEvents, …), lets a
//! burst of events settle for [`DEBOUNCE`] (notify-debouncer-full, which also
//! joins an editor's write-to-temporary-and-rename into one change), and
//! builds again. A broken change
//! fails the build, which writes nothing, so the last good PDF stays in place
//! for the viewer that has it open. It runs until the process is stopped.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::RecursiveMode;
use notify::event::{AccessKind, AccessMode, EventKind, MetadataKind, ModifyKind};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use crate::build::{self, BuildOptions, Outcome, Project};
use crate::diag::{Diagnostic, Diagnostics};

/// How long the files must be quiet before a rebuild: an editor's save is
/// often several events (write to a temporary file, rename, attributes).
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// One build of the watch loop.
pub struct Rebuild {
    /// The first build, before any change.
    pub first: bool,
    /// The files that changed, relative to the project folder (empty for the
    /// first build).
    pub changed: Vec<PathBuf>,
    pub result: Result<Outcome, Diagnostics>,
}

/// Builds, then rebuilds after each change, calling `report` after each
/// build. Returns only if watching cannot start or stops working.
pub fn watch(
    project: &Project,
    opts: &BuildOptions,
    mut report: impl FnMut(Rebuild),
) -> Result<(), Diagnostic> {
    let root = project
        .root
        .canonicalize()
        .map_err(|e| Diagnostic::error(format!("cannot watch: {e}")).in_path(&project.root))?;
    let dirs: Vec<PathBuf> = ["data", "locales", "templates"]
        .iter()
        .map(|d| root.join(d))
        .collect();
    let config = root.join("report.toml");
    let rules = root.join("rules.toml");

    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut watcher = new_debouncer(DEBOUNCE, None, tx)
        .map_err(|e| Diagnostic::error(format!("cannot watch for changes: {e}")))?;
    for dir in &dirs {
        watcher
            .watch(dir, RecursiveMode::Recursive)
            .map_err(|e| Diagnostic::error(format!("cannot watch: {e}")).in_path(dir))?;
    }
    // report.toml and rules.toml may be created or replaced: watch the folder that holds them.
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| Diagnostic::error(format!("cannot watch: {e}")).in_path(&root))?;

    report(Rebuild {
        first: true,
        changed: Vec::new(),
        result: build::build(project, opts),
    });
    let out = opts.out.canonicalize().ok();
    let relevant = |path: &Path| {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Editors' swap and backup files, and our own output, are not inputs.
        let scratch = name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp");
        let output = out.as_ref().is_some_and(|o| path.starts_with(o));
        !scratch
            && !output
            && (path == config || path == rules || dirs.iter().any(|d| path.starts_with(d)))
    };

    loop {
        // Wait for a burst of changes that touches an input to settle.
        let mut changed: Vec<PathBuf> = Vec::new();
        while changed.is_empty() {
            let events = rx.recv().map_err(|_| watcher_stopped())?;
            for event in events.into_iter().flatten() {
                collect(event.event, &relevant, &mut changed);
            }
        }
        // Named relative to the project; editors' temporary files, gone by
        // now, are left out.
        changed.retain(|p| p.exists());
        for p in &mut changed {
            if let Ok(rel) = p.strip_prefix(&root) {
                *p = rel.to_path_buf();
            }
        }
        changed.sort();
        changed.dedup();
        report(Rebuild {
            first: false,
            changed,
            result: build::build(project, opts),
        });
        // Typst memoises layout across builds, which makes the language that
        // did not change quick to rebuild; results unused for 10 builds go,
        // so a long session does not grow without bound (as `typst watch`).
        typst::comemo::evict(10);
    }
}

fn watcher_stopped() -> Diagnostic {
    Diagnostic::error("watching for changes stopped")
}

/// Adds the input paths an event changed. Reads (our own builds open every
/// input) and access-time updates are not changes.
fn collect(event: notify::Event, relevant: &impl Fn(&Path) -> bool, changed: &mut Vec<PathBuf>) {
    let is_change = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        _ => true,
    };
    if is_change {
        changed.extend(event.paths.into_iter().filter(|p| relevant(p)));
    }
}
