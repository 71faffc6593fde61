//! Corpus cases for the report's structure: a section with nothing to show
//! is not in the report, and what is missing is said once, in "About the
//! figures"; a series of one point is a sentence, not a chart; a table's
//! symbols say whether a number exists.

use super::{Case, shipped_files, with, years};

/// The shipped data with the 2024 file edited.
fn shipped_2024(edit: fn(String) -> String) -> Vec<(i32, String)> {
    shipped_files()
        .into_iter()
        .map(|(y, t)| if y == 2024 { (y, edit(t)) } else { (y, t) })
        .collect()
}

pub(super) fn structure_cases() -> Vec<Case> {
    vec![
        Case {
            name: "2018: four sections without data are left out and named once",
            data: shipped_files,
            year: 2018,
            nb: &[
                "Om tallene",
                "Følgende tall er ikke tilgjengelige og er derfor ikke med i rapporten:",
                // Phases would be shown beside last year.
                "Søknader fordelt på faser: 2018",
                "Søknader fordelt på terapiområder: 2018",
                "Søknader om vesentlige endringer: 2018",
                "Veiledninger: 2018",
            ],
            nn: &[
                "Om tala",
                "Desse tala er ikkje tilgjengelege og er difor ikkje med i rapporten:",
                "Søknader fordelt på fasar: 2018",
                "Søknader fordelt på terapiområde: 2018",
                "Søknader om vesentlege endringar: 2018",
                "Rettleiingar: 2018",
            ],
            en: &[
                "About the figures",
                "The following figures are not available and are therefore not included in this report:",
                "Applications by phase: 2018",
                "Applications by therapy area: 2018",
                "Applications for substantial modifications: 2018",
                "Guidance sessions: 2018",
            ],
            absent: &[
                // No heading of a section without data (the corpus reads a
                // heading as its title and a space; an item of the box has a
                // colon), and no note in a section's place.
                "Søknader fordelt på faser ",
                "Søknader fordelt på terapiområder ",
                "Søknader om vesentlige endringer ",
                "Veiledning og rådgivning",
                "Søknader fordelt på fasar ",
                "Søknader om vesentlege endringar ",
                "Rettleiing og rådgiving",
                "Applications by phase ",
                "Applications by therapy area ",
                "Applications for substantial modifications ",
                "Guidance and advice",
                "er ikke tilgjengelige.",
                "er ikkje tilgjengelege.",
                "no data are available",
            ],
        },
        Case {
            name: "2024: safety without counts keeps its section for the year's own text; the counts are named once",
            data: shipped_files,
            year: 2024,
            nb: &[
                "Sikkerhetsrapportering",
                "Overvåkingen gjelder både studier som er overført fra CTD til CTR gjennom overgangssøknader, og nye studier godkjent etter CTR.",
                "Årsrapporter, notifikasjoner og aktive substanser: 2023 og 2024",
                "Søknader fordelt på faser: 2024",
            ],
            nn: &[
                "Tryggleiksrapportering",
                "Årsrapportar, notifikasjonar og aktive substansar: 2023 og 2024",
                "Søknader fordelt på fasar: 2024",
            ],
            en: &[
                "Safety reporting",
                "Annual reports, notifications and active substances: 2023 and 2024",
                "Applications by phase: 2024",
            ],
            absent: &[
                // No stub under the section: the box names the counts.
                "Tall for 2023 og 2024 er ikkje",
                "Figures for 2023 and 2024 are not available",
            ],
        },
        Case {
            name: "2023: safety without counts and without the year's own text is left out",
            data: shipped_files,
            year: 2023,
            nb: &["Årsrapporter, notifikasjoner og aktive substanser: 2022 og 2023"],
            nn: &["Årsrapportar, notifikasjonar og aktive substansar: 2022 og 2023"],
            en: &["Annual reports, notifications and active substances: 2022 and 2023"],
            absent: &[
                "Sikkerhetsrapportering",
                "Tryggleiksrapportering",
                "Safety reporting",
                "2022/20",
                "EudraVigilance",
            ],
        },
        Case {
            name: "2024 with safety counts: the section, its regulation text and its editorial paragraph",
            data: || {
                shipped_2024(|t| {
                    t + "\n[safety]\nannual_reports = 150\nnotifications = 44\nsubstances_national = 12\nsubstances_multinational = 30\n"
                })
            },
            year: 2024,
            // The wording of the fixed and editorial sentences (written in
            // narrative_prose.rs for the section, which 2024's data do not
            // have): shown where the counts are.
            nb: &[
                "Sikkerhetsovervåkingen omfatter utredning av årsrapporter, screening av EudraVigilance-databasen for «suspected unexpected serious adverse reactions» (SUSAR-er) og vurdering av notifikasjoner som sendes inn i CTIS for pågående studier.",
                "Overvåkingen gjelder både studier som er overført fra CTD til CTR gjennom overgangssøknader, og nye studier godkjent etter CTR.",
                "Tall for 2023 er ikke tilgjengelige, og året er derfor ikke med.",
                "Sikkerhetsrapportering I henhold til",
            ],
            nn: &[
                "Tryggleiksovervakinga omfattar utgreiing av årsrapportar, screening av EudraVigilance-databasen for «suspected unexpected serious adverse reactions» (SUSAR-ar) og vurdering av notifikasjonar som kjem inn i CTIS for pågåande studiar.",
                "Overvakinga gjeld både studiar som er overførte frå CTD til CTR gjennom overgangssøknader, og nye studiar godkjende etter CTR.",
            ],
            en: &[
                "Safety monitoring covers the assessment of annual reports, the screening of the EudraVigilance database for suspected unexpected serious adverse reactions (SUSARs) and the assessment of notifications submitted in CTIS for ongoing trials.",
                "The monitoring applies both to trials transferred from the CTD to the CTR through transition applications and to new trials approved under the CTR.",
                // "SUSARs" in the text is SUSAR in the glossary.
                "SUSAR: Suspected unexpected serious adverse reaction: a suspected adverse reaction that is both serious and unexpected.",
            ],
            absent: &[
                "Årsrapporter, notifikasjoner og aktive substanser: ",
                "Annual reports, notifications and active substances: ",
            ],
        },
        Case {
            name: "2024: one year of transition applications and of modifications is a sentence, not a chart",
            data: shipped_files,
            year: 2024,
            nb: &[
                "Det ble sendt inn og behandlet 254 overgangssøknader i 2024.",
                "I 2024 behandlet DMP 432 søknader om vesentlige endringer. Av disse kom 316 inn i CTIS og 116 etter det gamle regelverket (CTD).",
                // The years the charts would have lacked, in "Om tallene".
                "Overgangssøknader: 2022 og 2023",
                "Søknader om vesentlige endringer: 2019–2023",
            ],
            nn: &[
                "Det vart sendt inn og behandla 254 overgangssøknader i 2024.",
                "I 2024 behandla DMP 432 søknader om vesentlege endringar. Av desse kom 316 inn i CTIS og 116 etter gammalt regelverk (CTD).",
                "Overgangssøknader: 2022 og 2023",
                "Søknader om vesentlege endringar: 2019–2023",
            ],
            en: &[
                "In 2024, 254 transition applications were submitted and processed.",
                "In 2024, DMP processed 432 applications for substantial modifications. Of these, 316 were submitted through CTIS and 116 under the previous rules (CTD).",
                "Transition applications: 2022 and 2023",
                "Applications for substantial modifications: 2019–2023",
            ],
            absent: &[
                // Figure 1b and Figure 5 of one bar each.
                "Antall overgangssøknader i 2024.",
                "Talet på overgangssøknader i 2024.",
                "Number of transition applications in 2024.",
                "Antallet søknader om vesentlige endringer i 2024, fordelt på søknader",
                "Talet på søknader om vesentlege endringar i 2024, fordelt på søknader",
                "Number of applications for substantial modifications in 2024, split into",
                "er ikke tilgjengelige, og årene er derfor ikke med.",
            ],
        },
        Case {
            name: "two years of transition applications are a chart, with the year it lacks under it",
            data: || {
                shipped_files()
                    .into_iter()
                    .map(|(y, t)| {
                        if y == 2023 {
                            (
                                y,
                                t.replace("total = 98\n", "total = 98\ntransition = 120\n"),
                            )
                        } else {
                            (y, t)
                        }
                    })
                    .collect()
            },
            year: 2024,
            nb: &[
                "Overgangssøknader. 2023 og 2024. Antall",
                "Tall for 2022 er ikke tilgjengelige, og året er derfor ikke med.",
            ],
            nn: &[
                "Overgangssøknader. 2023 og 2024. Tal",
                "Tal for 2022 er ikkje tilgjengelege, og året er difor ikkje med.",
            ],
            en: &["No data are available for 2022, so that year is not shown."],
            absent: &["Overgangssøknader: ", "Transition applications: "],
        },
        Case {
            name: "a series' first year: the split by sponsor in words, no chart, no table",
            data: || {
                with(
                    years(&[(2030, 60, 40)]),
                    2030,
                    "[cancer]\ncommercial = 9\nnon_commercial = 1\ntotal = 10\n",
                )
            },
            year: 2030,
            nb: &[
                "Av disse kom 60 fra kommersielle og 40 fra ikke-kommersielle sponsorer.",
                "Av disse kom 9 fra kommersielle og 1 fra ikke-kommersielle sponsorer.",
            ],
            nn: &[
                "Av desse kom 60 frå kommersielle og 40 frå ikkje-kommersielle sponsorar.",
                "Av desse kom 9 frå kommersielle og 1 frå ikkje-kommersielle sponsorar.",
            ],
            en: &[
                "Of these, 60 came from commercial and 40 from non-commercial sponsors.",
                "Of these, 9 came from commercial and 1 from non-commercial sponsors.",
            ],
            absent: &[
                "fordelt på sponsortype, 2030.",
                "sponsorer, 2030.",
                "by sponsor type, 2030.",
                "i 2030, fordelt på",
                "in 2030, by sponsor type",
            ],
        },
        Case {
            name: "therapy areas without cancer trials: no reference to a section the report lacks",
            data: || {
                shipped_2024(|t| {
                    t.replace(
                        "[cancer]\ncommercial = 29\nnon_commercial = 15\ntotal = 44\n",
                        "",
                    )
                })
            },
            year: 2024,
            nb: &[
                "Med 44 søknader er kreft det desidert største terapiområdet.",
                "Kreftstudier: 2024",
            ],
            nn: &[
                "Med 44 søknader er kreft det desidert største terapiområdet.",
                "Kreftstudiar: 2024",
            ],
            en: &[
                "With 44 applications, cancer was by far the largest therapy area.",
                "Cancer trials: 2024",
            ],
            absent: &[
                "se seksjon",
                "sjå seksjon",
                "see section",
                // No cancer section: its definition goes with it.
                "Med kreftstudier menes",
                "Kreftstudiar er definerte",
                "Cancer trials are defined",
            ],
        },
        Case {
            name: "Table 5: '.' where a role cannot exist under the CTD, '..' where the number exists but is not split",
            data: shipped_files,
            year: 2024,
            nb: &[
                // Norway had no RMS or MSC role under the CTD: the role's
                // total is its CTIS count.
                "Multinasjonale studier der Norge er RMS | 37 | . | 37",
                "Multinasjonale studier der Norge er MSC | 252 | . | 252",
                // Mononational trials had CTD modifications too, not split
                // out of the 116: unknown, not impossible.
                "Mononasjonale studier | 27 | .. | ..",
                "I alt | 316 | 116 | 432",
                ". = Tall kan ikke forekomme",
            ],
            nn: &[
                "Multinasjonale studiar der Noreg er RMS | 37 | . | 37",
                "Mononasjonale studiar | 27 | .. | ..",
                "Multinasjonale studiar der Noreg er MSC | 252 | . | 252",
                ". = Tal kan ikkje førekome",
            ],
            en: &[
                "Multinational trials where Norway is RMS | 37 | . | 37",
                "Mononational trials | 27 | .. | ..",
                "Multinational trials where Norway is MSC | 252 | . | 252",
                "Total | 316 | 116 | 432",
                ". = Category not applicable",
            ],
            absent: &["| . | . ", "| .. | . "],
        },
    ]
}
