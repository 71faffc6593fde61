//! A year missing in the middle of the data (the `missing-year-2023` case
//! of the bad-input corpus, `tests/harness/bad_inputs.rs`, checks that the
//! build accepts it with a warning): what the report then says.

/// A year missing in the middle (2023 deleted): the build goes on (the
/// `missing-year-2023` case), the history tables leave 2023 out and say so,
/// and nothing is compared across the gap: 2022 is never "last year".
#[test]
fn a_missing_year_is_left_out_and_never_compared_across() {
    use crate::util::{dataset, facts, shipped, text_of};
    use trialreport::facts::MissingPart;

    let files: Vec<(i32, String)> = (2014..=2024)
        .filter(|y| *y != 2023)
        .map(|y| (y, shipped(y)))
        .collect();
    let data = dataset(&files);
    let f = facts(&data, 2024);
    assert!(f.applications.total_trend.is_none());
    assert!(f.applications.commercial_trend.is_none());
    assert!(f.applications.split.is_none());
    assert!(f.cancer.as_ref().unwrap().trend.is_none());
    assert_eq!(f.therapy.as_ref().unwrap().still, None);
    let gaps: Vec<&Vec<i32>> = f
        .missing
        .iter()
        .filter(|m| m.part == MissingPart::Years)
        .map(|m| &m.years)
        .collect();
    assert_eq!(gaps, [&vec![2023]]);

    // With 2023 present, the same sentences do compare (the test can fail).
    let full = text_of(&crate::util::shipped_with(&[]), 2024, "nb");
    assert!(full.contains("fjorårets lave nivå"), "{full}");

    let nb = text_of(&data, 2024, "nb");
    for absent in [
        "fjorårets",
        "oppgang fra 2022",
        "nedgang fra 2022",
        "nivået i 2022",
        "på linje med 2022",
    ] {
        assert!(
            !nb.contains(absent),
            "nb compares across the gap: «{absent}»\n{nb}"
        );
    }
    assert_eq!(
        nb.matches("Tall for 2023 er ikke tilgjengelige, og året er derfor ikke med.")
            .count(),
        2,
        "Figures 1 and 4 name the gap under them\n{nb}"
    );
    // The tables keep the year as a row of `..`, and say what `..` means.
    assert!(nb.contains("2023 | .. | .. | .. | .."), "{nb}");
    assert!(nb.contains("2023 | .. | .. | .."), "{nb}");
    assert!(nb.contains("\n.. = Oppgave mangler\n"), "{nb}");
    // The key figures carry no "+11 % from …" note either (the total
    // alone in the box, which would show its change with 2023's data).
    let alone = ["applications".to_string()];
    let outline = trialreport::config::Outline {
        key_figures: &alone,
        ..crate::util::outline()
    };
    let (doc, _) = trialreport::text::document(&f, &outline, &crate::util::locale("nb"));
    let notes: Vec<&String> = doc
        .key_figures
        .items
        .iter()
        .filter_map(|k| k.note.as_ref())
        .collect();
    assert!(notes.is_empty(), "{notes:?}");
    let (full_doc, _) = trialreport::text::document(
        &facts(&crate::util::shipped_with(&[]), 2024),
        &outline,
        &crate::util::locale("nb"),
    );
    assert!(full_doc.key_figures.items.iter().any(|k| k.note.is_some()));

    let en = text_of(&data, 2024, "en");
    let mut absent = vec![
        "last year".to_string(),
        "the 2022 level".into(),
        "in line with 2022".into(),
    ];
    for size in ["slight", "marked", "sharp"] {
        for way in ["increase", "decrease"] {
            absent.push(format!("a {size} {way} from 2022"));
        }
    }
    for absent in absent {
        assert!(
            !en.contains(&absent),
            "en compares across the gap: «{absent}»\n{en}"
        );
    }
    assert!(en.contains("No data are available for 2023, so that year is not shown."));
}
