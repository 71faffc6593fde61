//! `build --pseudo`: every word on the page comes from the locales.
//!
//! Fluent's pseudo-localisation turns each ASCII consonant into an accented
//! look-alike ("Clinical" → "Ƈŀiƞiƈaaŀ"), so a word on the page that still
//! has a plain consonant did not come through a locale.

use std::process::Command;

use crate::util::{copy_project, pdftotext_raw as pdftotext};

#[test]
fn a_pseudo_localised_report_has_no_word_from_outside_the_locales() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_trialreport"))
        .arg("--root")
        .arg(project.path())
        .args(["build", "--pseudo", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for lang in ["nb", "en"] {
        let pdf = out.join(format!("report-2024-{lang}-pseudo.pdf"));
        assert!(
            String::from_utf8_lossy(&o.stdout)
                .contains(&format!("report-2024-{lang}-pseudo.pdf ("))
        );
        // The colophon's addresses are values from report.toml, as the
        // numbers are from the data, and the licence's address a locale's:
        // not words to translate.
        let config = trialreport::config::Config::shipped();
        let values = config
            .agency
            .iter()
            .filter_map(|a| a.contact.clone())
            .flat_map(|c| [c.email, c.web])
            .flatten()
            .chain([
                "https://data.norge.no/nlod/no/2.0".to_string(),
                "NLOD".to_string(),
            ]);
        let text = values.fold(pdftotext(&pdf), |t, v| t.replace(&v, ""));
        assert!(text.contains("2024"), "{text}");
        let plain: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| {
                w.chars()
                    .any(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c))
            })
            .collect();
        assert!(plain.is_empty(), "{lang}: not from the locales: {plain:?}");
        // And there are words at all: the pseudo forms of the title's.
        let title = if lang == "nb" {
            "Ķŀiƞişķee"
        } else {
            "Ƈŀiƞiƈaaŀ"
        };
        assert!(text.contains(title), "{text}");
    }
    // The normal reports are not touched.
    assert!(!out.join("report-2024-nb.pdf").exists());
}
