//! Reading the project's input files (data, locales, `report.toml`,
//! `charts.toml`): only regular files, only inside the project, and no
//! larger than a report ever needs. A link that leads out of the project,
//! a FIFO or a device is refused before a byte is read, so nothing outside
//! the project is ever shown in an error or a log.

use std::io::Read;
use std::path::Path;

use crate::diag::Diagnostic;

/// The largest input file read: the shipped files are under 30 kB, so a
/// file this large is a mistake (a log pasted in, a binary copied by hand).
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// Reads `path`, which must be a regular file (or a link to one) inside
/// the folder `project`. `Ok(None)` when it does not exist.
pub fn read(path: &Path, project: &Path) -> Result<Option<Vec<u8>>, Diagnostic> {
    let fail = |message: String| Diagnostic::error(message).in_path(path);
    let real = match path.canonicalize() {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A dangling link is a broken file, not an absent one.
            return match path.symlink_metadata() {
                Ok(_) => Err(fail("cannot read file: it is a link to nothing".into())),
                Err(_) => Ok(None),
            };
        }
        Err(e) => return Err(fail(format!("cannot read file: {e}"))),
    };
    let root = project
        .canonicalize()
        .unwrap_or_else(|_| project.to_path_buf());
    if !real.starts_with(&root) {
        return Err(fail(
            "cannot read file: it is a link to a file outside the project; only files inside the project are read".into(),
        ));
    }
    let meta = std::fs::metadata(&real).map_err(|e| fail(format!("cannot read file: {e}")))?;
    if !meta.is_file() {
        return Err(fail(
            "cannot read file: it is not a regular file (a folder, FIFO or device); only regular files are read".into(),
        ));
    }
    if meta.len() > MAX_BYTES {
        return Err(fail(too_large(meta.len())));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&real)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(format!("cannot read file: {e}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(fail(too_large(bytes.len() as u64)));
    }
    Ok(Some(bytes))
}

fn too_large(len: u64) -> String {
    format!(
        "cannot read file: it has {len} bytes, more than the {MAX_BYTES} an input file may have"
    )
}

/// Like [`read`], for a file that must exist.
pub fn read_existing(path: &Path, project: &Path) -> Result<Vec<u8>, Diagnostic> {
    read(path, project)?.ok_or_else(|| {
        Diagnostic::error("cannot read file: No such file or directory (os error 2)").in_path(path)
    })
}

/// A settings file at the project's root (`report.toml`, `rules.toml`),
/// read as [`read`] does and decoded; `Ok(None)` when there is none.
pub fn read_settings(
    path: &Path,
) -> Result<Option<std::sync::Arc<crate::diag::SourceFile>>, Diagnostic> {
    let project = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Some(bytes) = read(path, project)? else {
        return Ok(None);
    };
    let text = crate::data::decode(path, bytes)?;
    Ok(Some(crate::diag::SourceFile::new(path, text)))
}

/// Reads a settings file (`report.toml`, `rules.toml`) into `T`: a syntax
/// error, an unknown key or a value of the wrong kind is an error at its
/// line; a table of `required` (its key, and what to add) that the file
/// lacks is an error at the file that says what to add.
pub fn parse_settings<T: serde::de::DeserializeOwned>(
    file: &std::sync::Arc<crate::diag::SourceFile>,
    required: &[(&str, &str)],
) -> Result<T, Diagnostic> {
    toml::from_str(&file.text).map_err(|e| {
        let message = e.message().trim_end();
        let name = file.name.file_name().unwrap_or(file.name.as_os_str());
        let name = name.to_string_lossy();
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split_once('`'))
            .map(|(key, _)| key);
        let table = missing
            .and_then(|key| required.iter().find(|(k, _)| *k == key))
            .filter(|(key, _)| {
                file.text
                    .parse::<toml::Table>()
                    .is_ok_and(|t| !t.contains_key(*key))
            });
        match (table, missing) {
            (Some((key, add)), _) => {
                Diagnostic::error(format!("{name} has no [{key}]: add {add}")).at(file, None)
            }
            (None, Some(key)) => Diagnostic::error(format!(
                "`{key}` is missing: it is required here (the shipped {name} has it, with what it does)"
            ))
            .at(file, e.span()),
            (None, None) => {
                Diagnostic::error(crate::data::explain_toml_error(message)).at(file, e.span())
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_inside_the_project_of_a_bounded_size() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.txt");
        std::fs::write(&secret, "password").unwrap();
        let project = tempfile::tempdir().unwrap();
        let p = project.path();
        std::fs::write(p.join("a.toml"), "x = 1").unwrap();
        assert_eq!(read(&p.join("a.toml"), p).unwrap().unwrap(), b"x = 1");
        assert_eq!(read(&p.join("none.toml"), p).unwrap(), None);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&secret, p.join("link.toml")).unwrap();
            let e = read(&p.join("link.toml"), p).unwrap_err();
            assert!(e.message.contains("outside the project"), "{}", e.message);
            assert!(!e.message.contains("password"));
            // A link inside the project is read.
            std::os::unix::fs::symlink(p.join("a.toml"), p.join("in.toml")).unwrap();
            assert_eq!(read(&p.join("in.toml"), p).unwrap().unwrap(), b"x = 1");
            std::os::unix::fs::symlink(p.join("gone"), p.join("dangling.toml")).unwrap();
            assert!(
                read(&p.join("dangling.toml"), p)
                    .unwrap_err()
                    .message
                    .contains("link to nothing")
            );
            let e = read(Path::new("/dev/zero"), Path::new("/")).unwrap_err();
            assert!(e.message.contains("not a regular file"), "{}", e.message);
        }
        std::fs::create_dir(p.join("dir.toml")).unwrap();
        assert!(
            read(&p.join("dir.toml"), p)
                .unwrap_err()
                .message
                .contains("not a regular file")
        );
        std::fs::write(p.join("big.toml"), vec![b'#'; MAX_BYTES as usize + 1]).unwrap();
        assert!(
            read(&p.join("big.toml"), p)
                .unwrap_err()
                .message
                .contains("more than")
        );
    }
}
