//! The report's outline is `report.toml`'s: reorder, drop and add sections
//! there (and their words in the locales), with no change to code.

use crate::util::{copy_project, edit, pdftotext, replace_once, stderr, trialreport};

#[test]
fn sections_follow_report_toml_in_order_and_a_text_section_needs_no_code() {
    let project = copy_project();
    let dir = project.path();
    // Cancer before therapy areas, no guidance, and a new editorial section.
    edit(dir, "report.toml", |t| {
        let t = replace_once(&t, "[[section]]\nid = \"therapy\"\n\n", "");
        let t = replace_once(
            &t,
            "[[section]]\nid = \"cancer\"\n\n",
            "[[section]]\nid = \"cancer\"\n\n[[section]]\nid = \"therapy\"\n\n",
        );
        let t = replace_once(&t, "[[section]]\nid = \"guidance\"\n\n", "");
        replace_once(
            &t,
            "[[section]]\nid = \"glossary\"\n",
            "[[section]]\nid = \"outlook\"\nkind = \"text\"\n\n[[section]]\nid = \"glossary\"\n",
        )
    });
    for (lang, title, text) in [
        ("nb", "Utsiktene", "Vi venter flere søknader i 2025."),
        ("nn", "Utsiktene", "Vi ventar fleire søknader i 2025."),
        ("en", "The outlook", "We expect more applications in 2025."),
    ] {
        edit(dir, &format!("locales/{lang}/editorial.ftl"), |t| {
            format!("{t}\neditorial-outlook-2024 = {text}\n")
        });
        edit(dir, &format!("locales/{lang}/meta.ftl"), |t| {
            format!("{t}\nsection-outlook = {title}\n")
        });
    }
    let out = dir.join("out");
    let o = trialreport(
        dir,
        &["build", "--lang", "nb,en", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let nb = pdftotext(&out.join("report-2024-nb.pdf"));
    let at = |s: &str| nb.rfind(s).unwrap_or_else(|| panic!("no «{s}» in {nb}"));
    // Numbered in the new order, counting the sections the year has
    // (phases have no data in 2024; safety stands for its text): the text
    // section is 7.
    assert!(
        at("3 Kreftstudier") < at("4 Søknader fordelt på terapiområder"),
        "{nb}"
    );
    assert!(at("7 Utsiktene") < at("Ordliste"), "{nb}");
    assert!(nb.contains("Vi venter flere søknader i 2025."));
    assert!(!nb.contains("Veiledning og rådgivning"), "{nb}");
    let en = pdftotext(&out.join("report-2024-en.pdf"));
    assert!(
        en.contains("7 The outlook We expect more applications in 2025."),
        "{en}"
    );
}

#[test]
fn an_unknown_section_is_an_error_at_its_line_with_a_did_you_mean() {
    let project = copy_project();
    let dir = project.path();
    edit(dir, "report.toml", |t| {
        replace_once(&t, "id = \"therapy\"\n", "id = \"terapy\"\n")
    });
    for args in [&["build", "--out", "out"][..], &["check"][..]] {
        let o = trialreport(dir, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.contains("unknown section `terapy` (did you mean `therapy`?)")
                && err.contains("report.toml:"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_text_section_without_its_title_is_an_error() {
    let project = copy_project();
    let dir = project.path();
    edit(dir, "report.toml", |t| {
        replace_once(
            &t,
            "[[section]]\nid = \"glossary\"\n",
            "[[section]]\nid = \"outlook\"\nkind = \"text\"\n\n[[section]]\nid = \"glossary\"\n",
        )
    });
    let o = trialreport(dir, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("report.toml has a text section `outlook`, but `nb` has no title for it: add `section-outlook = …`"),
        "{err}"
    );
    assert!(
        err.contains(
            "report.toml has a text section `outlook`, but `nb` has no text for it in any year"
        ),
        "{err}"
    );
}
