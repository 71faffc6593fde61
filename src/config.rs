//! The project's settings file, `report.toml`: narrative thresholds.
//!
//! The words "slight", "clear", "by far" are chosen by rules, and the rules'
//! numbers belong to the editors, not to the code. The defaults reproduce
//! the 2024 reference report; a missing file or key falls back to them, an
//! unknown key is an error.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, SourceFile};

/// Everything in `report.toml`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub narrative: Narrative,
}

/// Thresholds that pick the words for a change or a comparison.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Narrative {
    /// A relative change below this (in absolute value) is "stable" ("in line with").
    pub stable_below: f64,
    /// Up to this, "slight".
    pub slight_up_to: f64,
    /// Up to this, "clear"; beyond, "sharp".
    pub clear_up_to: f64,
    /// The top value is "by far" the largest when at least this many times the next.
    pub by_far_ratio: f64,
}

impl Default for Narrative {
    fn default() -> Self {
        Self {
            stable_below: 0.03,
            slight_up_to: 0.20,
            clear_up_to: 0.35,
            by_far_ratio: 2.0,
        }
    }
}

impl Config {
    /// Reads `report.toml` if it exists; the defaults otherwise.
    pub fn load(path: &Path) -> Result<Self, Diagnostic> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => {
                return Err(Diagnostic::error(format!("cannot read file: {e}")).in_path(path));
            }
        };
        let text = crate::data::decode(path, bytes)?;
        let file = SourceFile::new(path, text);
        let config: Config = toml::from_str(&file.text).map_err(|e| {
            Diagnostic::error(crate::data::explain_toml_error(e.message().trim_end()))
                .at(&file, e.span())
        })?;
        let n = &config.narrative;
        if !(0.0 <= n.stable_below
            && n.stable_below <= n.slight_up_to
            && n.slight_up_to <= n.clear_up_to)
        {
            return Err(Diagnostic::error(
                "narrative thresholds must grow: 0 <= stable_below <= slight_up_to <= clear_up_to",
            )
            .at(&file, None));
        }
        Ok(config)
    }
}
