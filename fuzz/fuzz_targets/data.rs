//! libFuzzer target: one year's data file, arbitrary bytes, with the shipped
//! files of the other years. Whatever the bytes, loading, the facts, the text
//! in every language and the charts must not panic, every error must name a
//! file, and accepted data must give text without locale errors (but for an
//! unknown therapy-area key, which `build` reports at the data line).
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use trialreport::config::Config;
use trialreport::diag::SourceFile;
use trialreport::text::Locale;
use trialreport::{build, data, facts, text};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shipped data files but 2024's, and the locales.
fn world() -> &'static (Vec<Arc<SourceFile>>, Vec<Locale>) {
    static WORLD: OnceLock<(Vec<Arc<SourceFile>>, Vec<Locale>)> = OnceLock::new();
    WORLD.get_or_init(|| {
        let mut files = Vec::new();
        for year in 2014..2024 {
            let name = format!("data/{year}.toml");
            let text = std::fs::read_to_string(root().join(&name)).unwrap();
            files.push(SourceFile::new(name, text));
        }
        let locales = ["nb", "en"]
            .iter()
            .map(|l| Locale::load(l, &root().join("locales").join(l)).unwrap())
            .collect();
        (files, locales)
    })
}

fuzz_target!(|bytes: &[u8]| {
    let (others, locales) = world();
    let path = Path::new("data/2024.toml");
    let Ok(text) = data::decode(path, bytes.to_vec()) else {
        return;
    };
    let mut files = others.clone();
    files.push(SourceFile::new(path, text));
    let dataset = match data::load_sources(&files) {
        Ok(d) => d,
        Err(errors) => {
            for e in &errors.0 {
                assert!(e.file.is_some() || e.path.is_some(), "no file: {e}");
                let _ = e.to_string();
            }
            return;
        }
    };
    for cur in dataset.years.values() {
        let f = facts::compute(&dataset, &Config::shipped(), cur);
        for loc in locales {
            let (doc, errors) = text::document(&f, &Config::shipped().outline(), loc);
            trialreport::charts::draw(&doc, &trialreport::charts::Style::shipped(), &|v| {
                loc.number(v)
            })
            .expect("charts");
            let errors: Vec<String> = errors
                .into_iter()
                .map(|e| e.to_string())
                .filter(|e| !e.contains("message `soc-"))
                .collect();
            assert!(errors.is_empty(), "{} {}: {errors:?}", cur.year, loc.lang);
        }
    }
});
