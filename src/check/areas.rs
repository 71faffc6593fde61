//! Therapy-area keys in the data that no language names.

use crate::data::Dataset;
use crate::diag::Diagnostic;
use crate::text::Locale;

/// Therapy areas are keys in the data (`soc = "neoplasms"`) whose names are
/// messages (`soc-neoplasms`). A key that no language knows is a typo in the
/// data, reported at its line; a key only some languages lack is a missing
/// translation, reported by that language.
pub fn area_keys(data: &Dataset, years: &[i32], locales: &[&Locale]) -> Vec<Diagnostic> {
    let Some(first) = locales.first() else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    for &year in years {
        let Some(areas) = data.get(year).and_then(|d| d.therapy_areas.as_ref()) else {
            continue;
        };
        let known: Vec<String> = first
            .message_ids()
            .into_iter()
            .filter_map(|id| id.strip_prefix("soc-").map(String::from))
            .collect();
        let keys = areas
            .top
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("therapy_areas.top.{i}.soc"), &a.soc))
            .chain(
                areas
                    .leader
                    .iter()
                    .map(|l| ("therapy_areas.leader".to_string(), l)),
            );
        for (key, soc) in keys {
            let id = format!("soc-{soc}");
            if locales.iter().any(|l| l.defines(&id)) {
                continue;
            }
            let names = crate::data::meddra::SOCS.iter().map(|(_, name)| *name);
            let hint = crate::diag::closest(soc, known.iter().map(String::as_str))
                .or_else(|| crate::diag::closest(soc, names))
                .map(|k| format!(" (did you mean `{k}`?)"))
                .unwrap_or_default();
            errors.push(data.error_at(
            year,
            &key,
            format!(
                "unknown therapy area `{soc}`{hint}: no language has a name for it (a message `{id}`); name a MedDRA system organ class by its English name, as Table 3 prints it (`Infections and infestations`), or by its key: {}",
                known.join(", ")
            ),
        ));
        }
    }
    errors
}
