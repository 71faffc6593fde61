//! The shipped project and fresh copies of it, shared by the test targets
//! `suite` and `bad_inputs` (each includes this file with `#[path]`).

use std::path::{Path, PathBuf};

/// The repository root (the shipped project).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh copy of the shipped project (data, locales, templates) in a temp dir.
pub fn copy_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["data", "locales", "templates"] {
        copy_all(&root().join(sub), &dir.path().join(sub));
    }
    for file in ["report.toml", "rules.toml"] {
        copy_all(&root().join(file), &dir.path().join(file));
    }
    dir
}

/// Copies a file, or a folder with everything in it.
pub fn copy_all(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy_all(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        std::fs::copy(from, to)
            .unwrap_or_else(|e| panic!("copy {} to {}: {e}", from.display(), to.display()));
    }
}
