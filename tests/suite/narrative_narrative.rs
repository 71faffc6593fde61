//! Corpus cases for the narrative rules of issue 17: the percentage where
//! "slight" would understate a change, "uendret" for an identical count,
//! records only over a long enough series and never by a stable change,
//! "nok en"/"further" only after a change of the same class, three years
//! running said as a streak, one sentence for two records of one group,
//! and the main findings of a record year and of a quiet year.

use super::{Case, shipped_files, years};

pub(super) fn narrative_cases() -> Vec<Case> {
    vec![
        Case {
            name: "a fall of 15 %: the percentage, not 'svak'",
            // 60 + 40 = 100 → 45 + 40 = 85: −15 %, all of it commercial.
            data: || years(&[(2023, 60, 40), (2024, 45, 40)]),
            year: 2024,
            nb: &[
                "Dette er en nedgang på 15 prosent fra 2023 (100).",
                "Det var de kommersielle sponsorene som sto for nedgangen (fra 60 til 45), mens antallet søknader fra ikke-kommersielle sponsorer var uendret (40).",
            ],
            nn: &[
                "Dette er ein nedgang på 15 prosent frå 2023 (100).",
                "Det var dei kommersielle sponsorane som stod for nedgangen (frå 60 til 45), medan talet på søknader frå ikkje-kommersielle sponsorar var uendra (40).",
            ],
            en: &[
                "This was a decrease of 15% from 2023 (100).",
                "The decrease came from commercial sponsors (from 60 to 45), while the number of applications from non-commercial sponsors was unchanged (40).",
            ],
            absent: &["svak", "slight"],
        },
        Case {
            name: "a fall of 10 %: 'svak' in Norwegian, the percentage in English",
            data: || years(&[(2023, 60, 40), (2024, 50, 40)]),
            year: 2024,
            nb: &["Dette er en svak nedgang fra 2023 (100)."],
            nn: &["Dette er ein svak nedgang frå 2023 (100)."],
            en: &["This was a decrease of 10% from 2023 (100)."],
            absent: &["slight", "en nedgang på", "ein nedgang på"],
        },
        Case {
            name: "an identical count: 'uendret', not 'på linje med'",
            data: || years(&[(2023, 73, 48), (2024, 72, 49)]),
            year: 2024,
            nb: &["Antallet er uendret fra 2023 (121)."],
            nn: &["Talet er uendra frå 2023 (121)."],
            en: &["This was the same as in 2023 (121)."],
            absent: &["på linje med", "in line with"],
        },
        Case {
            name: "a series of four years: its lowest is no record",
            // 2014–2017 as shipped: 122 below 124, 129 and 142.
            data: || {
                years(&[
                    (2014, 83, 41),
                    (2015, 79, 50),
                    (2016, 88, 54),
                    (2017, 74, 48),
                ])
            },
            year: 2017,
            nb: &["Dette er en nedgang på 14 prosent fra 2016 (142)."],
            nn: &["Dette er ein nedgang på 14 prosent frå 2016 (142)."],
            en: &["This was a decrease of 14% from 2016 (142)."],
            absent: &[
                "laveste", "lågaste", "lowest", "høyeste", "høgaste", "highest",
            ],
        },
        Case {
            name: "six years make a series: its lowest is a record",
            data: || {
                years(&[
                    (2013, 90, 40),
                    (2014, 83, 41),
                    (2015, 79, 50),
                    (2016, 88, 54),
                    (2017, 82, 50),
                    (2018, 70, 38),
                ])
            },
            year: 2018,
            nb: &[
                "Antallet er det laveste siden tallserien startet i 2013, både totalt og for hver av sponsortypene.",
            ],
            nn: &[
                "Talet er det lågaste sidan talserien starta i 2013, både totalt og for kvar av sponsortypane.",
            ],
            en: &[
                "The number was the lowest since the series began in 2013, in total and for both sponsor types.",
            ],
            absent: &[],
        },
        Case {
            name: "one application below the lowest, right after 'på linje med': no record",
            // 122 → 121, the lowest of 2013–2018 by one.
            data: || {
                years(&[
                    (2013, 90, 40),
                    (2014, 83, 41),
                    (2015, 79, 50),
                    (2016, 88, 54),
                    (2017, 74, 48),
                    (2018, 72, 49),
                ])
            },
            year: 2018,
            nb: &[
                "Dette er på linje med 2017 (122).",
                // The main finding says the same: about as many, no record.
                "Det kom inn 121 søknader om kliniske studier i 2018, om lag like mange som i 2017 (122).",
            ],
            nn: &[
                "Dette er på linje med 2017 (122).",
                "Det kom inn 121 søknader om kliniske studiar i 2018, om lag like mange som i 2017 (122).",
            ],
            en: &[
                "This was about the same as in 2017 (122).",
                "In 2018, 121 applications for clinical trials were received, about as many as in 2017 (122).",
            ],
            absent: &[
                "Antallet er det laveste",
                "Talet er det lågaste",
                "The number was the lowest",
                "det laveste antallet",
                "det lågaste talet",
                "the lowest number",
            ],
        },
        Case {
            name: "a second slight fall after a slight fall: 'nok en', 'further'",
            // Non-commercial 60 → 57 → 54: −5 % twice, both slight.
            data: || years(&[(2022, 100, 60), (2023, 90, 57), (2024, 70, 54)]),
            year: 2024,
            nb: &[
                "Nedgangen var størst blant de kommersielle sponsorene (fra 90 til 70), men også de ikke-kommersielle sponsorene hadde nok en svak nedgang (fra 57 til 54).",
            ],
            nn: &[
                "Nedgangen var størst blant dei kommersielle sponsorane (frå 90 til 70), men òg dei ikkje-kommersielle sponsorane hadde nok ein svak nedgang (frå 57 til 54).",
            ],
            en: &[
                "The decrease was largest among commercial sponsors (from 90 to 70), but non-commercial sponsors also saw a further slight decrease (from 57 to 54).",
            ],
            absent: &["fortsatt", "framleis", "still"],
        },
        Case {
            name: "a slight fall after a clear one: no 'nok en', no 'further'",
            // Non-commercial 70 → 57 (clear) → 54 (slight).
            data: || years(&[(2022, 100, 70), (2023, 90, 57), (2024, 70, 54)]),
            year: 2024,
            nb: &[
                "Nedgangen var størst blant de kommersielle sponsorene (fra 90 til 70), men også de ikke-kommersielle sponsorene hadde en svak nedgang (fra 57 til 54).",
            ],
            nn: &[
                "Nedgangen var størst blant dei kommersielle sponsorane (frå 90 til 70), men òg dei ikkje-kommersielle sponsorane hadde ein svak nedgang (frå 57 til 54).",
            ],
            en: &[
                "The decrease was largest among commercial sponsors (from 90 to 70), but non-commercial sponsors also saw a slight decrease (from 57 to 54).",
            ],
            absent: &["nok en", "nok ein", "further", "fortsatt", "framleis"],
        },
        Case {
            name: "a third fall in a row: said as a streak, with its percentage",
            // Non-commercial 60 → 55 → 50 → 46 while commercial sponsors rise.
            data: || {
                years(&[
                    (2021, 60, 60),
                    (2022, 62, 55),
                    (2023, 64, 50),
                    (2024, 80, 46),
                ])
            },
            year: 2024,
            nb: &[
                "Det var de kommersielle sponsorene som sto for økningen (fra 64 til 80), mens antallet søknader fra ikke-kommersielle sponsorer gikk ned for tredje år på rad, denne gangen med 8 prosent (fra 50 til 46).",
            ],
            nn: &[
                "Det var dei kommersielle sponsorane som stod for auken (frå 64 til 80), medan talet på søknader frå ikkje-kommersielle sponsorar gjekk ned for tredje år på rad, denne gongen med 8 prosent (frå 50 til 46).",
            ],
            en: &[
                "The increase came from commercial sponsors (from 64 to 80), while the number of applications from non-commercial sponsors fell for the third year in a row, this time by 8% (from 50 to 46).",
            ],
            absent: &["fortsatt", "framleis", "continued"],
        },
        Case {
            name: "the non-commercial count and share at their highest: one sentence",
            data: || {
                years(&[
                    (2019, 80, 40),
                    (2020, 82, 42),
                    (2021, 95, 41),
                    (2022, 84, 44),
                    (2023, 86, 43),
                    (2024, 80, 50),
                ])
            },
            year: 2024,
            nb: &[
                "For de ikke-kommersielle sponsorene er både antallet og andelen (38\u{a0}% av alle søknadene) de høyeste siden tallserien startet i 2019.",
            ],
            nn: &[
                "For dei ikkje-kommersielle sponsorane er både talet og prosentdelen (38\u{a0}% av alle søknadene) dei høgaste sidan talserien starta i 2019.",
            ],
            en: &[
                "For non-commercial sponsors, both the number and the share (38% of all applications) were the highest since the series began in 2019.",
            ],
            absent: &[
                "Sistnevnte",
                "Sistnemnde",
                "latter",
                "andelen siden",
                "share since",
            ],
        },
        Case {
            name: "main findings of a record year: 2023",
            data: shipped_files,
            year: 2023,
            nb: &[
                "Hovedfunn",
                "Det kom inn 98 søknader om kliniske studier i 2023, 38 prosent færre enn i 2022 (158) og det laveste antallet siden tallserien startet i 2014.",
                "Fra 31. januar 2023 måtte alle nye søknader sendes inn i CTIS; 88 av de 98 søknadene i 2023 kom inn der, og de øvrige ti fulgte det gamle regelverket, som fortsatt gjaldt for søknader sendt inn før denne datoen.",
                "Ikke-kommersielle sponsorer sto for 40\u{a0}% av søknadene i 2023.",
            ],
            nn: &[
                "Hovudfunn",
                "Det kom inn 98 søknader om kliniske studiar i 2023, 38 prosent færre enn i 2022 (158) og det lågaste talet sidan talserien starta i 2014.",
                "Frå 31. januar 2023 måtte alle nye søknader sendast inn i CTIS; 88 av dei 98 søknadene i 2023 kom inn der, og dei andre ti følgde det gamle regelverket, som framleis galdt for søknader sende inn før denne datoen.",
            ],
            en: &[
                "Main findings",
                "In 2023, 98 applications for clinical trials were received, 38% fewer than in 2022 (158) and the lowest number since the series began in 2014.",
                "From 31 January 2023, all new applications had to be submitted through CTIS; 88 of the 98 applications in 2023 were submitted through it, and the other ten followed the previous rules, which still applied to applications submitted before that date.",
            ],
            absent: &[],
        },
        Case {
            name: "main findings of a record year: 2024",
            data: shipped_files,
            year: 2024,
            nb: &[
                "Det kom inn 109 søknader om kliniske studier i 2024, 11 prosent flere enn i 2023 (98).",
                "Ikke-kommersielle sponsorer sendte inn 33 søknader, det laveste antallet siden tallserien startet i 2014; også andelen deres, 30\u{a0}%, var den laveste.",
                "Det ble søkt om 44 kreftstudier, 4 prosent færre enn i 2023 (46); antallet har gått ned tre år på rad.",
                "Det kom inn 254 overgangssøknader, det vil si søknader om å overføre studier godkjent etter det gamle regelverket (CTD) til CTR.",
                "Av de 109 søknadene gjaldt 90 multinasjonale studier, det vil si studier det er søkt om i flere land i EU/EØS.",
            ],
            nn: &[
                "Ikkje-kommersielle sponsorar sende inn 33 søknader, det lågaste talet sidan talserien starta i 2014; òg prosentdelen deira, 30\u{a0}%, var den lågaste.",
                "Det vart søkt om 44 kreftstudiar, 4 prosent færre enn i 2023 (46); talet har gått ned tre år på rad.",
            ],
            en: &[
                "Non-commercial sponsors submitted 33 applications, the lowest number since the series began in 2014; their share, 30%, was the lowest too.",
                "A total of 44 cancer trials were applied for, 4% fewer than in 2023 (46); the number has fallen for three years in a row.",
                "A total of 254 transition applications were received, that is, applications to transfer trials approved under the previous rules (CTD) to the CTR.",
            ],
            absent: &[],
        },
        Case {
            name: "main findings of a quiet year: 2019",
            data: shipped_files,
            year: 2019,
            nb: &[
                "Det kom inn 121 søknader om kliniske studier i 2019, like mange som i 2018.",
                "Det ble søkt om 45 kreftstudier, 12 prosent færre enn i 2018 (51) og det laveste antallet siden tallserien startet i 2014.",
                "Ikke-kommersielle sponsorer sto for 40\u{a0}% av søknadene i 2019.",
                "Antallet er uendret fra 2018 (121).",
            ],
            nn: &[
                "Det kom inn 121 søknader om kliniske studiar i 2019, like mange som i 2018.",
                "Det vart søkt om 45 kreftstudiar, 12 prosent færre enn i 2018 (51) og det lågaste talet sidan talserien starta i 2014.",
                "Talet er uendra frå 2018 (121).",
            ],
            en: &[
                "In 2019, 121 applications for clinical trials were received, the same number as in 2018.",
                "A total of 45 cancer trials were applied for, 12% fewer than in 2018 (51) and the lowest number since the series began in 2014.",
                "Non-commercial sponsors accounted for 40% of applications in 2019.",
                "This was the same as in 2018 (121).",
            ],
            absent: &["på linje med", "in line with"],
        },
        Case {
            name: "main findings of the year the CTR began to apply: 2022",
            data: shipped_files,
            year: 2022,
            nb: &[
                "EUs forordning om kliniske studier (CTR) begynte å gjelde 31. januar 2022; 31 av de 158 søknadene i 2022 ble sendt inn i den nye portalen CTIS.",
                "Ikke-kommersielle sponsorer sto for 32\u{a0}% av søknadene i 2022.",
            ],
            nn: &[
                "EU-forordninga om kliniske studiar (CTR) tok til å gjelde 31. januar 2022; 31 av dei 158 søknadene i 2022 kom inn gjennom den nye portalen CTIS.",
            ],
            en: &[
                "The EU Clinical Trials Regulation (CTR) became applicable on 31 January 2022; 31 of the 158 applications in 2022 were submitted through the new portal, CTIS.",
            ],
            absent: &[],
        },
    ]
}
