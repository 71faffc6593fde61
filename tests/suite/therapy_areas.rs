//! Therapy areas by MedDRA system organ class: all 27 in every shipped
//! language (and the German fixture), named in the data by key or by
//! MedDRA's English name, printed in Table 3 by that English name in every
//! language, and in running text by the language's short name.

use std::path::Path;

use trialreport::data::meddra::{SOCS, soc_key};
use trialreport::text::ftl;

use crate::util::{dataset, root, shipped, text_of};

/// `soc-<key>` → (value, `.short` present) of a locale folder's glossary.
fn socs(dir: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dir.join("glossary.ftl")).unwrap();
    let (entries, errors) = ftl::analyse(&text);
    assert!(errors.is_empty(), "{errors:?}");
    entries
        .into_iter()
        .filter(|e| e.id.starts_with("soc-") && e.attribute("short").is_some())
        .map(|e| {
            let value = text[e.span.end..]
                .lines()
                .next()
                .unwrap()
                .trim_start_matches(" = ")
                .to_string();
            (e.id.clone(), value)
        })
        .collect()
}

#[test]
fn every_language_has_all_27_socs_by_their_meddra_names() {
    let dirs = [
        root().join("locales/nb"),
        root().join("locales/nn"),
        root().join("locales/en"),
        root().join("tests/fixtures/de"),
    ];
    for dir in dirs {
        let found = socs(&dir);
        assert_eq!(found.len(), 27, "{}: {found:?}", dir.display());
        for (key, name) in SOCS {
            let id = format!("soc-{key}");
            let value = found
                .iter()
                .find(|(i, _)| *i == id)
                .map(|(_, v)| v.as_str());
            assert_eq!(value, Some(name), "{}: {id}", dir.display());
        }
    }
}

#[test]
fn an_area_named_by_its_meddra_name_is_printed_by_it_and_said_by_its_short_name() {
    assert_eq!(soc_key("Infections and infestations"), "infections");
    let files: Vec<(i32, String)> = (2014..=2024)
        .map(|y| {
            let text = shipped(y);
            if y != 2024 {
                return (y, text);
            }
            let text = text
                .replace(
                    r#"{ soc = "neoplasms", count = 44 }"#,
                    r#"{ soc = "Infections and infestations", count = 44 }"#,
                )
                .replace(
                    r#"{ soc = "blood", count = 3 }"#,
                    r#"{ soc = "Immune system disorders", count = 3 }"#,
                );
            (y, text)
        })
        .collect();
    let data = dataset(&files);
    for (lang, short) in [
        (
            "nb",
            "Med 44 søknader er infeksjoner det desidert største terapiområdet",
        ),
        ("nn", "infeksjonar"),
        ("en", "infections"),
    ] {
        let text = text_of(&data, 2024, lang);
        assert!(
            text.contains("Infections and infestations"),
            "{lang}:\n{text}"
        );
        assert!(text.contains("Immune system disorders"), "{lang}:\n{text}");
        assert!(text.contains(short), "{lang}: «{short}»\n{text}");
    }
}
