//! The narrative corpus: for every pattern of numbers, the exact sentences
//! in nb, nn and en.
//!
//! Each case is a data set (the shipped files, or synthetic year files
//! written here) and the year reported on; each expected string is a whole
//! sentence (or a note) that the year's text must hold, word for word, and
//! `absent` lists what no language may say. Together the cases pin every
//! rule of the narrative: the change classes, last year's low or high
//! level, records of the whole series, streaks, how the sponsor groups moved
//! against the total (both, opposite, alone, apart under a steady total, or
//! too little to say), gaps in the series, first years, rules not yet in
//! force, data not supplied, and the agency of the year.

use trialreport::data::Dataset;

use crate::util::{dataset, shipped, text_of};

#[path = "narrative_breaks.rs"]
mod breaks;
#[path = "narrative_narrative.rs"]
mod narrative_narrative;
#[path = "narrative_prose.rs"]
mod prose;
#[path = "narrative_structure.rs"]
mod structure;

/// A synthetic year file with applications only.
fn year(y: i32, commercial: u32, non_commercial: u32) -> (i32, String) {
    (
        y,
        format!(
            "year = {y}\n[applications]\ncommercial = {commercial}\nnon_commercial = {non_commercial}\ntotal = {}\n",
            commercial + non_commercial
        ),
    )
}

/// Synthetic year files, applications only: (year, commercial, non-commercial).
fn years(rows: &[(i32, u32, u32)]) -> Vec<(i32, String)> {
    rows.iter().map(|&(y, c, n)| year(y, c, n)).collect()
}

/// Appends TOML tables to the file of `y`.
fn with(mut files: Vec<(i32, String)>, y: i32, toml: &str) -> Vec<(i32, String)> {
    let file = files
        .iter_mut()
        .find(|(fy, _)| *fy == y)
        .expect("a year of the case");
    file.1.push_str(toml);
    files
}

/// The shipped data files.
fn shipped_files() -> Vec<(i32, String)> {
    (2014..=2024).map(|y| (y, shipped(y))).collect()
}

struct Case {
    name: &'static str,
    data: fn() -> Vec<(i32, String)>,
    year: i32,
    nb: &'static [&'static str],
    nn: &'static [&'static str],
    en: &'static [&'static str],
    /// What no language may say.
    absent: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "2024, the reference: applications",
            data: shipped_files,
            year: 2024,
            nb: &[
                "I 2024 mottok Direktoratet for medisinske produkter (DMP) 109 søknader om klinisk utprøving av legemidler til mennesker.",
                // 109 against 98, and 98 was the lowest of 2014–2023.
                "Dette er en svak oppgang fra fjorårets lave nivå (98).",
                // 59 → 76 against 39 → 33 (−15 %: too large for "svak"),
                // the third fall after 58 → 50 → 39: said as a streak.
                "Det var de kommersielle sponsorene som sto for økningen (fra 59 til 76), mens antallet søknader fra ikke-kommersielle sponsorer gikk ned for tredje år på rad, denne gangen med 15 prosent (fra 39 til 33).",
                // 33 of 109 = 30.3 %, below 2022's 31.6 %: the count's and
                // the share's records in one sentence.
                "For de ikke-kommersielle sponsorene er både antallet og andelen (30\u{a0}% av alle søknadene) de laveste siden tallserien startet i 2014.",
                "Barn og/eller ungdom deltar i 17 av studiene det er søkt om.",
                "Per 31. januar 2025 var ingen av søknadene om klinisk utprøving av legemidler til mennesker som kom inn i 2024, avslått.",
                "Det ble sendt inn og behandlet 254 overgangssøknader i 2024.",
                // One year of transition applications is the sentence above,
                // not a chart: the years before are named in "Om tallene".
                "Overgangssøknader: 2022 og 2023",
            ],
            nn: &[
                "I 2024 fekk Direktoratet for medisinske produkt (DMP) 109 søknader om klinisk utprøving av legemiddel til menneske.",
                "Dette er ein svak auke frå det låge nivået i fjor (98).",
                "Det var dei kommersielle sponsorane som stod for auken (frå 59 til 76), medan talet på søknader frå ikkje-kommersielle sponsorar gjekk ned for tredje år på rad, denne gongen med 15 prosent (frå 39 til 33).",
                "For dei ikkje-kommersielle sponsorane er både talet og prosentdelen (30\u{a0}% av alle søknadene) dei lågaste sidan talserien starta i 2014.",
                "I 17 av studiane det er søkt om, deltek barn og/eller ungdom.",
                "Ingen søknader om klinisk utprøving av legemiddel til menneske som kom inn i 2024, har fått avslag (per 31. januar 2025).",
                "Det vart sendt inn og behandla 254 overgangssøknader i 2024.",
                "Overgangssøknader: 2022 og 2023",
            ],
            en: &[
                "In 2024, the Norwegian Medical Products Agency (DMP) received 109 applications for clinical trials of medicinal products for human use.",
                // +11 %: "slight" in Norwegian, too large for it in English.
                "This was an increase of 11% from the previous year’s low level (98).",
                "The increase came from commercial sponsors (from 59 to 76), while the number of applications from non-commercial sponsors fell for the third year in a row, this time by 15% (from 39 to 33).",
                "For non-commercial sponsors, both the number and the share (30% of all applications) were the lowest since the series began in 2014.",
                "Of the trials applied for, 17 involved children and/or adolescents.",
                "As of 31 January 2025, none of the applications for clinical trials of medicinal products for human use received in 2024 had been rejected.",
                "In 2024, 254 transition applications were submitted and processed.",
                "Transition applications: 2022 and 2023",
            ],
            absent: &[
                "Statens legemiddelverk",
                "Medicines Agency",
                "Legemiddelverket",
            ],
        },
        Case {
            name: "2024, the reference: CTIS, therapy areas, cancer, modifications, guidance",
            data: shipped_files,
            year: 2024,
            nb: &[
                "Av de 109 søknadene om klinisk utprøving som ble mottatt i 2024, var 90 multinasjonale (studiene er søkt i flere land i EU/EØS). De øvrige 19 søknadene var mononasjonale (søkt kun i Norge).",
                "Norge var rapporterende medlemsland (Reporting Member State, RMS) for elleve av de multinasjonale søknadene i 2024.",
                // Why 2023 and 2024 cannot be compared with the year before:
                // how much of each year went through CTIS.
                "I 2022 kom 31 av de 158 søknadene inn i CTIS; de øvrige 127 fulgte det gamle regelverket. I 2023 kom 88 av de 98 søknadene inn i CTIS; de øvrige ti fulgte det gamle regelverket. I 2024 gikk alle de 109 søknadene gjennom CTIS.",
                // Table 2 refers to the glossary rather than repeat it.
                "RMS, MSC og AMS er forklart i ordlisten.",
                // Table 5's CTD column: not split by role.
                "Søknader etter CTD har ingen RMS- eller MSC-rolle (.), og hvor mange av dem som gjaldt mononasjonale studier, er ikke kjent (..); de 116 søknadene inngår bare i summen.",
                "Av de mononasjonale studiene har 16 av 19 ikke-kommersielle sponsorer.",
                // No earlier year of therapy areas: no "fortsatt".
                "Med 44 søknader er kreft det desidert største terapiområdet (for mer om kreftstudier, se avsnitt N).",
                // 61 → 52 → 46 → 44.
                "Det ble søkt om totalt 44 kreftstudier i 2024, noe som er en svak nedgang fra 2023 (46), og antallet har gått ned tre år på rad.",
                // No earlier year of modifications: the number, no comparison.
                "I 2024 behandlet DMP 432 søknader om vesentlige endringer.",
                "Søknader om vesentlige endringer: 2019–2023",
                "I 2024 gjennomførte DMP 59 nasjonale veiledninger, hvorav 50 var fysiske eller digitale møter og ni var skriftlige veiledninger.",
                // 2023 is missing: an increase from 2022, nothing gradual.
                "Dette er flere enn i 2022, da det ble gjennomført 47 veiledninger (tall for 2023 finnes ikke).",
                "Av veiledningene gjaldt 30 legemidler til mennesker, 22 legemidler til dyr og sju medisinsk utstyr.",
                "Industrien tok initiativ til 45 av veiledningene, noe som tilsvarer ca. 76\u{a0}%. De resterende 14 var initiert av akademia.",
                "Søknader fordelt på faser: 2024",
                "Årsrapporter, notifikasjoner og aktive substanser: 2023 og 2024",
            ],
            nn: &[
                "Av dei 109 søknadene om klinisk utprøving som kom inn i 2024, var 90 multinasjonale (det er søkt om studiane i fleire land i EU/EØS). Dei andre 19 søknadene var mononasjonale (berre i Noreg).",
                "Noreg var rapporterande medlemsland (Reporting Member State, RMS) for elleve av dei multinasjonale søknadene i 2024.",
                "I 2022 kom 31 av dei 158 søknadene inn i CTIS; dei andre 127 følgde det gamle regelverket. I 2023 kom 88 av dei 98 søknadene inn i CTIS; dei andre ti følgde det gamle regelverket. I 2024 gjekk alle dei 109 søknadene gjennom CTIS.",
                "Av dei mononasjonale studiane har 16 av 19 ikkje-kommersielle sponsorar.",
                "Med 44 søknader er kreft det desidert største terapiområdet (for meir om kreftstudiar, sjå avsnitt N).",
                "Det vart søkt om totalt 44 kreftstudiar i 2024, noko som er ein svak nedgang frå 2023 (46), og talet har gått ned tre år på rad.",
                "I 2024 behandla DMP 432 søknader om vesentlege endringar.",
                "I 2024 gjennomførte DMP 59 nasjonale rettleiingar: 50 fysiske eller digitale møte og ni skriftlege rettleiingar.",
                "Dette er fleire enn i 2022, då det vart gjennomført 47 rettleiingar (tal for 2023 finst ikkje).",
                "Av rettleiingane galdt 30 legemiddel til menneske, 22 legemiddel til dyr og sju medisinsk utstyr.",
                "Industrien tok initiativ til 45 av rettleiingane, noko som svarar til ca. 76\u{a0}%. Dei resterande 14 var initierte av akademia.",
                "Søknader fordelt på fasar: 2024",
            ],
            en: &[
                "Of the 109 applications for clinical trials received in 2024, 90 were multinational (the trials were applied for in several EU/EEA countries). The remaining 19 applications were mononational (applied for in Norway only).",
                "Norway was the Reporting Member State (RMS) for eleven of the multinational applications in 2024.",
                "In 2022, 31 of the 158 applications were submitted through CTIS; the other 127 followed the previous rules. In 2023, 88 of the 98 applications were submitted through CTIS; the other ten followed the previous rules. In 2024, all 109 applications went through CTIS.",
                "Applications under the CTD have no RMS or MSC role (.), and how many of them concerned mononational trials is not known (..); the 116 applications are included only in the total.",
                "Among the mononational trials, 16 of 19 had non-commercial sponsors.",
                "With 44 applications, cancer was by far the largest therapy area (for more on cancer trials, see section N).",
                "A total of 44 cancer trials were applied for in 2024, a slight decrease from 2023 (46) and the third fall in a row.",
                "In 2024, DMP processed 432 applications for substantial modifications.",
                "In 2024, DMP gave national guidance 59 times: 50 in meetings, in person or online, and nine in writing.",
                "This was more than in 2022, when there were 47 (no figures are available for 2023).",
                "Of all the guidance given, 30 concerned medicinal products for human use, 22 veterinary medicinal products and seven medical devices.",
                "Industry initiated 45 of the sessions, about 76%. The remaining 14 were initiated by academia.",
                "Applications by phase: 2024",
            ],
            absent: &[
                // Claims the 2024 data cannot back.
                "fortsatt det terapiområdet",
                "framleis det terapiområdet",
                "still by far",
                "gradvis",
                "gradual",
                "faller betydelig",
                "fell significantly",
                "fase III",
                "phase III",
                "Den store økningen",
                "large increase",
                "har blitt færre",
                "slike søknader",
            ],
        },
        Case {
            name: "2023: a new series low after a high, both groups down",
            data: shipped_files,
            year: 2023,
            nb: &[
                "I 2023 mottok Statens legemiddelverk 98 søknader om klinisk utprøving av legemidler til mennesker.",
                "Dette er en kraftig nedgang fra fjorårets høye nivå (158).",
                "Antallet er det laveste siden tallserien startet i 2014, både totalt og for hver av sponsortypene.",
                // Both fell: no "mens"; 58 → 50 was slight, 50 → 39 clear:
                // no "fortsatt", "nok en", "further".
                "Nedgangen var størst blant de kommersielle sponsorene (fra 108 til 59), men også de ikke-kommersielle sponsorene hadde en klar nedgang (fra 50 til 39).",
                "Sistnevnte gruppe sto i 2023 for 40\u{a0}% av alle søknadene.",
                "Av de 88 søknadene som ble sendt inn i CTIS i 2023, var 69 multinasjonale (studiene er søkt i flere land i EU/EØS).",
                "Merk at tabellen ikke viser det samlede antallet søknader for 2022 og 2023, da det også ble sendt inn søknader etter det gamle regelverket i denne perioden.",
                "Det ble søkt om totalt 46 kreftstudier i 2023, noe som er en svak nedgang fra 2022 (52), og antallet har gått ned to år på rad.",
                "Søknader fordelt på terapiområder: 2023",
            ],
            nn: &[
                "I 2023 fekk Statens legemiddelverk 98 søknader om klinisk utprøving av legemiddel til menneske.",
                "Dette er ein kraftig nedgang frå det høge nivået i fjor (158).",
                "Talet er det lågaste sidan talserien starta i 2014, både totalt og for kvar av sponsortypane.",
                "Nedgangen var størst blant dei kommersielle sponsorane (frå 108 til 59), men òg dei ikkje-kommersielle sponsorane hadde ein klar nedgang (frå 50 til 39).",
                "Sistnemnde gruppe stod i 2023 for 40\u{a0}% av alle søknadene.",
            ],
            en: &[
                "In 2023, the Norwegian Medicines Agency (NoMA) received 98 applications for clinical trials of medicinal products for human use.",
                "This was a sharp decrease from the previous year’s high level (158).",
                "The number was the lowest since the series began in 2014, in total and for both sponsor types.",
                "The decrease was largest among commercial sponsors (from 108 to 59), but non-commercial sponsors also saw a marked decrease (from 50 to 39).",
                "These sponsors accounted for 40% of all applications in 2023.",
            ],
            absent: &[
                // NoMA received 2023's applications; DMP is named only in
                // the glossary, as the publisher of the cover.
                "mottok Direktoratet",
                "Medical Products Agency (DMP) received",
                "mens",
                "medan",
                "while",
            ],
        },
        Case {
            name: "2022: a new series high, the second rise in a row, groups apart",
            data: shipped_files,
            year: 2022,
            nb: &[
                "Dette er en svak oppgang fra 2021 (144), og antallet har økt to år på rad.",
                "Antallet er det høyeste siden tallserien startet i 2014, både totalt og for de kommersielle sponsorene.",
                "Det var de kommersielle sponsorene som sto for økningen (fra 86 til 108), mens antallet søknader fra ikke-kommersielle sponsorer gikk ned med 14 prosent (fra 58 til 50).",
                // 50 of 158 = 31.6 %.
                "Sistnevnte gruppe sto i 2022 for 32\u{a0}% av alle søknadene.",
                "Det ble søkt om totalt 52 kreftstudier i 2022, noe som er en nedgang på 15 prosent fra fjorårets høye nivå (61).",
                "I 2022 gjennomførte Statens legemiddelverk 47 nasjonale veiledninger.",
                "Veiledninger fordelt på fagområde og på hvem som tok initiativ (industri eller akademia): 2022",
                "Merk at tabellen ikke viser det samlede antallet søknader for 2022, da det også ble sendt inn søknader etter det gamle regelverket i dette året.",
            ],
            nn: &[
                "Dette er ein svak auke frå 2021 (144), og talet har auka to år på rad.",
                "Talet er det høgaste sidan talserien starta i 2014, både totalt og for dei kommersielle sponsorane.",
                "Det var dei kommersielle sponsorane som stod for auken (frå 86 til 108), medan talet på søknader frå ikkje-kommersielle sponsorar gjekk ned med 14 prosent (frå 58 til 50).",
                "Sistnemnde gruppe stod i 2022 for 32\u{a0}% av alle søknadene.",
                "I 2022 gjennomførte Statens legemiddelverk 47 nasjonale rettleiingar.",
            ],
            en: &[
                "This was an increase of 10% from 2021 (144), the second rise in a row.",
                "The number was the highest since the series began in 2014, in total and for commercial sponsors.",
                "The increase came from commercial sponsors (from 86 to 108), while the number of applications from non-commercial sponsors fell by 14% (from 58 to 50).",
                "These sponsors accounted for 32% of all applications in 2022.",
                "In 2022, NoMA gave national guidance 47 times.",
            ],
            absent: &["fortsatt har", "continued to fall"],
        },
        Case {
            name: "2016: both groups up, the rise continues",
            data: shipped_files,
            year: 2016,
            nb: &[
                "Dette er en svak oppgang fra 2015 (129), og antallet har økt to år på rad.",
                // 41 → 50 → 54: the non-commercial rise continues.
                // 41 → 50 was clear, 50 → 54 slight: a second rise, but no "nok en".
                "Økningen var størst blant de kommersielle sponsorene (fra 79 til 88), men også de ikke-kommersielle sponsorene hadde en svak oppgang (fra 50 til 54).",
                "Sistnevnte gruppe sto i 2016 for 38\u{a0}% av alle søknadene.",
            ],
            nn: &[
                "Dette er ein svak auke frå 2015 (129), og talet har auka to år på rad.",
                "Auken var størst blant dei kommersielle sponsorane (frå 79 til 88), men òg dei ikkje-kommersielle sponsorane hadde ein svak auke (frå 50 til 54).",
            ],
            en: &[
                "This was an increase of 10% from 2015 (129), the second rise in a row.",
                "The increase was largest among commercial sponsors (from 79 to 88), but non-commercial sponsors also saw an increase of 8% (from 50 to 54).",
            ],
            // Two earlier years only: no record yet.
            absent: &[
                "mens",
                "medan",
                "while",
                "siden tallserien",
                "since the series",
            ],
        },
        Case {
            name: "2017: both groups down from a high, −14 % said as such, no record in four years",
            data: shipped_files,
            year: 2017,
            nb: &[
                // 142 → 122, −14 %: too large for "svak".
                "Dette er en nedgang på 14 prosent fra 2016 (142).",
                "Nedgangen var størst blant de kommersielle sponsorene (fra 88 til 74), men også de ikke-kommersielle sponsorene hadde en svak nedgang (fra 54 til 48).",
                // 48 of 122 = 39.3 %, above 33.1, 38.8 and 38.0, but printed
                // as 39 %, as 2015's share is in Table 1: no record.
                "Sistnevnte gruppe sto i 2017 for 39\u{a0}% av alle søknadene.",
            ],
            nn: &[
                "Dette er ein nedgang på 14 prosent frå 2016 (142).",
                "Nedgangen var størst blant dei kommersielle sponsorane (frå 88 til 74), men òg dei ikkje-kommersielle sponsorane hadde ein svak nedgang (frå 54 til 48).",
            ],
            en: &[
                "This was a decrease of 14% from 2016 (142).",
                "The decrease was largest among commercial sponsors (from 88 to 74), but non-commercial sponsors also saw a decrease of 11% (from 54 to 48).",
                "These sponsors accounted for 39% of all applications in 2017.",
            ],
            // 122 is the lowest of 2014–2017: four years are no series for a record.
            absent: &[
                "mens",
                "medan",
                "while",
                "siden tallserien",
                "sidan talserien",
                "since the series",
            ],
        },
        Case {
            name: "2018: a steady total, groups moving by one or two",
            data: shipped_files,
            year: 2018,
            nb: &[
                "I 2018 mottok Statens legemiddelverk 121 søknader om klinisk utprøving av legemidler til mennesker.",
                "Dette er på linje med 2017 (122).",
                // 121 against 122, right after "på linje med": no record;
                // nor a share record in a series of five years.
                "Ikke-kommersielle sponsorer sto i 2018 for 40\u{a0}% av alle søknadene.",
                "Det ble søkt om totalt 51 kreftstudier i 2018, noe som er en svak oppgang fra 2017 (48).",
                "Søknader fordelt på faser: 2018",
            ],
            nn: &[
                "I 2018 fekk Statens legemiddelverk 121 søknader om klinisk utprøving av legemiddel til menneske.",
                "Dette er på linje med 2017 (122).",
                "Ikkje-kommersielle sponsorar stod i 2018 for 40\u{a0}% av alle søknadene.",
            ],
            en: &[
                "In 2018, the Norwegian Medicines Agency (NoMA) received 121 applications for clinical trials of medicinal products for human use.",
                "This was about the same as in 2017 (122).",
                "Non-commercial sponsors accounted for 40% of all applications in 2018.",
            ],
            // No decrease was stated, so none is largest anywhere.
            absent: &[
                "Nedgangen",
                "Økningen",
                "står for",
                "The decrease",
                "The increase",
                "largest",
                "CTIS",
                "overgangssøknader",
                "Sikkerhetsrapportering",
                "Safety reporting",
                "siden tallserien",
                "sidan talserien",
                "since the series",
            ],
        },
        Case {
            name: "2020: a steady total just above last year's low",
            data: shipped_files,
            year: 2020,
            nb: &[
                "Dette er på linje med 2019 (121).",
                // 50 of 122 = 41.0 %.
                "Ikke-kommersielle sponsorer sto i 2020 for 41\u{a0}% av alle søknadene.",
                // 45 → 43, after 51 → 45; 45 was the lowest of 2014–2019.
                "Det ble søkt om totalt 43 kreftstudier i 2020, noe som er en svak nedgang fra 2019 (45), og antallet har gått ned to år på rad.",
                "Antallet er det laveste siden tallserien startet i 2014.",
            ],
            nn: &[
                "Dette er på linje med 2019 (121).",
                "Det vart søkt om totalt 43 kreftstudiar i 2020, noko som er ein svak nedgang frå 2019 (45), og talet har gått ned to år på rad.",
                "Talet er det lågaste sidan talserien starta i 2014.",
            ],
            en: &[
                "This was about the same as in 2019 (121).",
                "A total of 43 cancer trials were applied for in 2020, a slight decrease from 2019 (45) and the second fall in a row.",
                "The number was the lowest since the series began in 2014.",
            ],
            absent: &[
                "Nedgangen er",
                "Økningen er",
                "largest",
                "står for økningen",
                // 41 % against 2018's 40 %: no record by one point.
                "den høyeste andelen",
                "the highest share",
                // 121 was the normal level of 2014–2020, not a low one.
                "fjorårets lave nivå (121)",
                "low level (121)",
            ],
        },
        Case {
            name: "2021: a record high, both up, a rise of two the year before is no trend",
            data: shipped_files,
            year: 2021,
            nb: &[
                // +18 %: above report.toml's slight_up_to (16 %).
                "Dette er en klar oppgang fra 2020 (122).",
                "Antallet er det høyeste siden tallserien startet i 2014, både totalt og for de ikke-kommersielle sponsorene.",
                // 48 → 50 → 58: the rise of two in 2020 is not a trend to continue.
                "Økningen var størst blant de kommersielle sponsorene (fra 72 til 86), men også de ikke-kommersielle sponsorene hadde en oppgang på 16 prosent (fra 50 til 58).",
                "Det ble søkt om totalt 61 kreftstudier i 2021, noe som er en kraftig oppgang fra fjorårets lave nivå (43).",
            ],
            nn: &[
                "Dette er ein klar auke frå 2020 (122).",
                // +16.0 %: slight, at the threshold.
                "Auken var størst blant dei kommersielle sponsorane (frå 72 til 86), men òg dei ikkje-kommersielle sponsorane hadde ein auke på 16 prosent (frå 50 til 58).",
            ],
            en: &[
                "This was a marked increase from 2020 (122).",
                "The increase was largest among commercial sponsors (from 72 to 86), but non-commercial sponsors also saw an increase of 16% (from 50 to 58).",
                "A total of 61 cancer trials were applied for in 2021, a sharp increase from the previous year’s low level (43).",
            ],
            absent: &[
                "fortsatt",
                "framleis",
                "further",
                "to år på rad",
                "in a row",
            ],
        },
        Case {
            name: "2014: the first year of a series",
            data: shipped_files,
            year: 2014,
            nb: &[
                "I 2014 mottok Statens legemiddelverk 124 søknader om klinisk utprøving av legemidler til mennesker.",
                // One year is a number, not a chart or a table: the split in words.
                "Av disse kom 83 fra kommersielle og 41 fra ikke-kommersielle sponsorer. Ikke-kommersielle sponsorer sto i 2014 for 33\u{a0}% av alle søknadene.",
                "Det ble søkt om totalt 47 kreftstudier i 2014. Av disse kom 32 fra kommersielle og 15 fra ikke-kommersielle sponsorer.",
                // The first year has no year before it to miss.
                "Søknader fordelt på faser: 2014",
            ],
            nn: &[
                "Av desse kom 83 frå kommersielle og 41 frå ikkje-kommersielle sponsorar.",
                "Det vart søkt om totalt 47 kreftstudiar i 2014. Av desse kom 32 frå kommersielle og 15 frå ikkje-kommersielle sponsorar.",
            ],
            en: &[
                "Of these, 83 came from commercial and 41 from non-commercial sponsors.",
                "A total of 47 cancer trials were applied for in 2014. Of these, 32 came from commercial and 15 from non-commercial sponsors.",
            ],
            absent: &[
                // No chart and no table of one year.
                "Antall søknader om kliniske studier i 2014",
                "Antall søknader om kliniske studier fordelt på sponsortype, 2014.",
                "Antall søkte kreftstudier i 2014",
                "Number of applications for clinical trials in 2014",
                "Number of applications for clinical trials by sponsor type, 2014.",
                "etter sponsortype. 2014. Antall",
                "by sponsor type. 2014. Number",
                "fra 2014 til 2014",
                "frå 2014 til 2014",
                "from 2014 to 2014",
                "2014–2014",
                "Dette er",
                "This was",
                "siden",
            ],
        },
        Case {
            name: "a steady total, the groups moving apart",
            data: || years(&[(2021, 60, 60), (2022, 60, 60), (2023, 70, 50)]),
            year: 2023,
            nb: &[
                "Antallet er uendret fra 2022 (120).",
                "Fordelingen mellom sponsortypene endret seg likevel: de kommersielle sponsorene økte fra 60 til 70 søknader, mens de ikke-kommersielle gikk ned fra 60 til 50.",
                "Sistnevnte gruppe sto i 2023 for 42\u{a0}% av alle søknadene.",
            ],
            nn: &[
                "Talet er uendra frå 2022 (120).",
                "Fordelinga mellom sponsortypane endra seg likevel: dei kommersielle sponsorane auka frå 60 til 70 søknader, medan dei ikkje-kommersielle gjekk ned frå 60 til 50.",
                "Sistnemnde gruppe stod i 2023 for 42\u{a0}% av alle søknadene.",
            ],
            en: &[
                "This was the same as in 2022 (120).",
                "The split between the sponsor types shifted, however: applications from commercial sponsors rose from 60 to 70, while those from non-commercial sponsors fell from 60 to 50.",
                "These sponsors accounted for 42% of all applications in 2023.",
            ],
            absent: &["fjorårets", "i fjor", "previous year’s"],
        },
        Case {
            name: "one group moves alone, the other by two",
            data: || years(&[(2022, 60, 40), (2023, 72, 38)]),
            year: 2023,
            nb: &[
                "Dette er en svak oppgang fra 2022 (100).",
                "Det var de kommersielle sponsorene som sto for økningen (fra 60 til 72), mens antallet søknader fra ikke-kommersielle sponsorer var omtrent uendret (fra 40 til 38).",
                "Sistnevnte gruppe sto i 2023 for 35\u{a0}% av alle søknadene.",
            ],
            nn: &[
                "Det var dei kommersielle sponsorane som stod for auken (frå 60 til 72), medan talet på søknader frå ikkje-kommersielle sponsorar var om lag uendra (frå 40 til 38).",
            ],
            en: &[
                "The increase came from commercial sponsors (from 60 to 72), while the number of applications from non-commercial sponsors was about unchanged (from 40 to 38).",
                "These sponsors accounted for 35% of all applications in 2023.",
            ],
            absent: &["nedgang (fra 40", "nedgang (frå 40", " fell "],
        },
        Case {
            name: "a change of two applications in each group is no trend",
            data: || years(&[(2022, 20, 10), (2023, 22, 12)]),
            year: 2023,
            nb: &[
                "Dette er en oppgang på 13 prosent fra 2022 (30).",
                "Ikke-kommersielle sponsorer sto i 2023 for 35\u{a0}% av alle søknadene.",
            ],
            nn: &["Ikkje-kommersielle sponsorar stod i 2023 for 35\u{a0}% av alle søknadene."],
            en: &["Non-commercial sponsors accounted for 35% of all applications in 2023."],
            absent: &[
                "står for",
                "størst",
                "came from",
                "largest",
                "Sistnevnte",
                "latter",
            ],
        },
        Case {
            name: "a gap year: nothing compared across it, and the gap is named",
            data: || {
                years(&[
                    (2020, 60, 40),
                    (2021, 70, 40),
                    (2022, 72, 40),
                    (2024, 90, 40),
                ])
            },
            year: 2024,
            nb: &[
                "Ikke-kommersielle sponsorer sto i 2024 for 31\u{a0}% av alle søknadene.",
                "Tall for 2023 er ikke tilgjengelige, og året er derfor ikke med.",
            ],
            nn: &["Tal for 2023 er ikkje tilgjengelege, og året er difor ikkje med."],
            en: &["No data are available for 2023, so that year is not shown."],
            absent: &[
                "Dette er", "This was", "siden", "since", "fortsatt", "på rad", "in a row",
            ],
        },
        Case {
            name: "modifications: the total down while CTIS rises and CTD falls to nothing",
            data: || {
                let f = years(&[(2024, 76, 33), (2025, 80, 30)]);
                let f = with(
                    f,
                    2024,
                    "[modifications]\nctis_total = 316\nctd = 116\ntotal = 432\n",
                );
                with(
                    f,
                    2025,
                    "[modifications]\nctis_total = 400\nctd = 0\ntotal = 400\n",
                )
            },
            year: 2025,
            nb: &[
                "I 2025 behandlet DMP 400 søknader om vesentlige endringer, noe som er en svak nedgang fra 2024 (432).",
                "Søknadene sendt inn i CTIS økte klart (fra 316 til 400), mens det kom ingen søknader etter det gamle regelverket (CTD), mot 116 året før.",
            ],
            nn: &[
                "I 2025 behandla DMP 400 søknader om vesentlege endringar, noko som er ein svak nedgang frå 2024 (432).",
                "Søknadene i CTIS auka klart (frå 316 til 400), medan det kom ingen søknader etter gammalt regelverk (CTD), mot 116 året før.",
            ],
            en: &[
                "In 2025, DMP processed 400 applications for substantial modifications, a decrease of 7% from 2024 (432).",
                "Applications submitted through CTIS rose markedly (from 316 to 400), while no applications were submitted under the previous rules (CTD), compared with 116 the year before.",
            ],
            absent: &[],
        },
        Case {
            name: "modifications: both parts down together",
            data: || {
                let f = years(&[(2024, 76, 33), (2025, 76, 33)]);
                let f = with(
                    f,
                    2024,
                    "[modifications]\nctis_total = 316\nctd = 116\ntotal = 432\n",
                );
                with(
                    f,
                    2025,
                    "[modifications]\nctis_total = 250\nctd = 50\ntotal = 300\n",
                )
            },
            year: 2025,
            nb: &[
                // 432 → 300 is −31 %: clear, not sharp.
                "I 2025 behandlet DMP 300 søknader om vesentlige endringer, noe som er en klar nedgang fra 2024 (432).",
                "Søknadene sendt inn i CTIS gikk klart ned (fra 316 til 250), og søknadene etter det gamle regelverket (CTD) gikk kraftig ned (fra 116 til 50).",
            ],
            nn: &[
                "Søknadene i CTIS gjekk klart ned (frå 316 til 250), og søknadene etter gammalt regelverk (CTD) gjekk kraftig ned (frå 116 til 50).",
            ],
            en: &[
                "Applications submitted through CTIS fell markedly (from 316 to 250), and applications under the previous rules (CTD) fell sharply (from 116 to 50).",
                // Two years, no gap: the figure.
                "Applications for substantial modifications, by rules (CTIS or CTD). 2024 and 2025. Number",
            ],
            absent: &["mens", "medan", "while"],
        },
        Case {
            name: "modifications: every year of the figure known",
            data: || {
                let f = years(&[(2019, 76, 33), (2020, 76, 33)]);
                let f = with(
                    f,
                    2019,
                    "[modifications]\nctis_total = 0\nctd = 300\ntotal = 300\n",
                );
                with(
                    f,
                    2020,
                    "[modifications]\nctis_total = 0\nctd = 280\ntotal = 280\n",
                )
            },
            year: 2020,
            // Before the CTR (2022) there was no CTIS: the figure shows the
            // totals, unsplit, and no table of CTIS roles follows.
            nb: &["Søknader om vesentlige endringer. 2019 og 2020. Antall"],
            nn: &["Søknader om vesentlege endringar. 2019 og 2020. Tal"],
            en: &["Applications for substantial modifications. 2019 and 2020. Number"],
            absent: &["CTIS", "CTD"],
        },
        Case {
            name: "modifications: the first CTR year splits the figure, with no CTIS change from the year before",
            data: || {
                let f = years(&[(2021, 76, 33), (2022, 76, 33)]);
                let f = with(
                    f,
                    2021,
                    "[modifications]\nctis_total = 0\nctd = 300\ntotal = 300\n",
                );
                with(
                    f,
                    2022,
                    "[modifications]\nctis_total = 60\nctd = 250\ntotal = 310\n",
                )
            },
            year: 2022,
            nb: &[
                "Søknader om vesentlige endringer, etter regelverk (CTIS eller CTD). 2021 og 2022. Antall",
            ],
            nn: &[
                "Søknader om vesentlege endringar, etter regelverk (CTIS eller CTD). 2021 og 2022. Tal",
            ],
            en: &[
                "Applications for substantial modifications, by rules (CTIS or CTD). 2021 and 2022. Number",
            ],
            // No "CTIS rose from 0 to 60": 2021 had no CTIS to rise from.
            absent: &["fra 0 til 60", "frå 0 til 60", "from 0 to 60"],
        },
        Case {
            name: "modifications: the figure's first year (2019) alone makes no figure of one bar",
            data: || {
                with(
                    years(&[(2019, 76, 33)]),
                    2019,
                    "[modifications]\nctis_total = 0\nctd = 300\ntotal = 300\n",
                )
            },
            year: 2019,
            nb: &["I 2019 behandlet Statens legemiddelverk 300 søknader om vesentlige endringer."],
            nn: &["I 2019 behandla Statens legemiddelverk 300 søknader om vesentlege endringar."],
            en: &["In 2019, NoMA processed 300 applications for substantial modifications."],
            // The figure's caption, and no CTIS roles table in a year before the CTR.
            absent: &[
                "Antallet søknader om vesentlige endringer i 2019",
                "Talet på søknader om vesentlege endringar i 2019",
                "Number of applications for substantial modifications in 2019",
                "CTIS",
            ],
        },
        Case {
            name: "guidance: a rise from last year, gradual over consecutive slight rises",
            data: || {
                let f = years(&[(2022, 60, 40), (2023, 60, 40), (2024, 60, 40)]);
                let f = with(f, 2022, "[guidance]\ntotal = 47\n");
                let f = with(f, 2023, "[guidance]\ntotal = 52\n");
                with(f, 2024, "[guidance]\ntotal = 59\n")
            },
            year: 2024,
            nb: &[
                "I 2024 gjennomførte DMP 59 nasjonale veiledninger.",
                "Dette er en oppgang på 13 prosent fra 2023 (52), og antallet har økt gradvis siden 2022, da det ble gjennomført 47 veiledninger.",
            ],
            nn: &[
                "Dette er ein auke på 13 prosent frå 2023 (52), og talet har auka gradvis sidan 2022, då det vart gjennomført 47 rettleiingar.",
            ],
            en: &[
                "This was an increase of 13% from 2023 (52) and part of a gradual increase since 2022, when there were 47.",
            ],
            absent: &["to år på rad", "in a row"],
        },
        Case {
            name: "guidance: compared with last year first, nothing gradual across a gap",
            data: || {
                let f = years(&[(2022, 60, 40), (2024, 60, 40), (2025, 60, 40)]);
                let f = with(f, 2022, "[guidance]\ntotal = 47\n");
                let f = with(f, 2024, "[guidance]\ntotal = 59\n");
                with(f, 2025, "[guidance]\ntotal = 66\n")
            },
            year: 2025,
            nb: &["Dette er en svak oppgang fra 2024 (59)."],
            nn: &["Dette er ein svak auke frå 2024 (59)."],
            en: &["This was an increase of 12% from 2024 (59)."],
            absent: &[
                "gradvis",
                "gradual",
                "siden 2022",
                "sidan 2022",
                "since 2022",
                "da det ble",
                "då det vart",
                "when 47",
            ],
        },
        Case {
            name: "guidance: down from last year, still above the first year: nothing gradual",
            data: || {
                let f = years(&[(2022, 60, 40), (2023, 60, 40), (2024, 60, 40)]);
                let f = with(f, 2022, "[guidance]\ntotal = 47\n");
                let f = with(f, 2023, "[guidance]\ntotal = 60\n");
                with(f, 2024, "[guidance]\ntotal = 52\n")
            },
            year: 2024,
            nb: &["Dette er en nedgang på 13 prosent fra 2023 (60)."],
            nn: &["Dette er ein nedgang på 13 prosent frå 2023 (60)."],
            en: &["This was a decrease of 13% from 2023 (60)."],
            absent: &[
                "gradvis",
                "gradual",
                "siden 2022",
                "sidan 2022",
                "since 2022",
            ],
        },
        Case {
            name: "phases: III and II both up (and), last year known",
            data: || {
                let f = years(&[(2023, 60, 40), (2024, 60, 40)]);
                let f = with(
                    f,
                    2023,
                    "[phases]\nphase_1 = 10\nphase_2 = 20\nphase_3 = 30\nphase_4 = 5\n",
                );
                with(
                    f,
                    2024,
                    "[phases]\nphase_1 = 10\nphase_2 = 22\nphase_3 = 33\nphase_4 = 5\n",
                )
            },
            year: 2024,
            nb: &[
                "Det var en svak oppgang i antallet studier i fase III (fra 30 til 33), og antallet fase II-studier har en svak oppgang fra 20 i 2023 til 22.",
            ],
            nn: &[
                "Det var ein svak auke i talet på studiar i fase III (frå 30 til 33), og talet på fase II-studiar har ein svak auke frå 20 i 2023 til 22.",
            ],
            en: &[
                "The number of phase III trials rose slightly (from 30 to 33), and the number of phase II trials rose slightly from 20 in 2023 to 22.",
                // The figure: last year beside this year.
                "Clinical trial applications, by phase. 2023 and 2024. Number",
                "Bar chart: Clinical trial applications, by phase. 2023 and 2024. Number. Legend: 2023 and 2024.",
            ],
            absent: &[
                "mens",
                "medan",
                "while",
                "året er derfor ikke med",
                "året er difor ikkje med",
                "that year is not shown",
            ],
        },
        Case {
            name: "phases: III up while II held",
            data: || {
                let f = years(&[(2023, 60, 40), (2024, 60, 40)]);
                let f = with(
                    f,
                    2023,
                    "[phases]\nphase_1 = 10\nphase_2 = 20\nphase_3 = 30\nphase_4 = 5\n",
                );
                with(
                    f,
                    2024,
                    "[phases]\nphase_1 = 10\nphase_2 = 20\nphase_3 = 33\nphase_4 = 5\n",
                )
            },
            year: 2024,
            nb: &[
                "Det var en svak oppgang i antallet studier i fase III (fra 30 til 33), mens antallet fase II-studier er på linje med tallene for 2023 (20 mot 20).",
            ],
            nn: &[
                "Det var ein svak auke i talet på studiar i fase III (frå 30 til 33), medan talet på fase II-studiar er på linje med tala for 2023 (20 mot 20).",
            ],
            en: &[
                "The number of phase III trials rose slightly (from 30 to 33), while the number of phase II trials was in line with the figures for 2023 (20, against 20).",
            ],
            absent: &[],
        },
        Case {
            name: "safety: reports up while notifications fall, substances up",
            data: || {
                let f = years(&[(2023, 60, 40), (2024, 60, 40)]);
                let f = with(
                    f,
                    2023,
                    "[safety]\nannual_reports = 100\nnotifications = 50\nsubstances_national = 10\nsubstances_multinational = 20\n",
                );
                with(
                    f,
                    2024,
                    "[safety]\nannual_reports = 150\nnotifications = 44\nsubstances_national = 12\nsubstances_multinational = 30\n",
                )
            },
            year: 2024,
            nb: &[
                "Fra 2023 til 2024 økte antallet årsrapporter kraftig, fra 100 til 150, mens antallet notifikasjoner som krever utredning, gikk svakt ned, fra 50 til 44.",
                "Antallet aktive substanser som Norge er ansvarlig for, økte kraftig, fra 30 til 42.",
            ],
            nn: &[
                "Frå 2023 til 2024 auka talet på årsrapportar kraftig, frå 100 til 150, medan talet på notifikasjonar som krev utgreiing, gjekk svakt ned, frå 50 til 44.",
                "Talet på aktive substansar som Noreg er ansvarleg for, auka kraftig, frå 30 til 42.",
            ],
            en: &[
                "From 2023 to 2024, the number of annual reports rose sharply, from 100 to 150, while the number of notifications requiring assessment fell slightly, from 50 to 44.",
                "The number of active substances for which Norway was responsible rose sharply, from 30 to 42.",
                // The figure: last year beside this year.
                "Annual reports and notifications requiring assessment, submitted through CTIS. 2023 and 2024. Number",
                "Legend: 2023 and 2024.",
            ],
            absent: &[],
        },
        Case {
            name: "therapy areas: still the leader, by far; then not by far",
            data: || {
                let f = years(&[(2023, 60, 40), (2024, 60, 40)]);
                let f = with(
                    f,
                    2023,
                    "[therapy_areas]\ntop = [{ soc = \"neoplasms\", count = 40 }, { soc = \"cardiac\", count = 10 }]\n",
                );
                with(
                    f,
                    2024,
                    "[therapy_areas]\ntop = [{ soc = \"neoplasms\", count = 44 }, { soc = \"endocrine\", count = 9 }]\n\
                     [cancer]\ncommercial = 30\nnon_commercial = 14\ntotal = 44\n",
                )
            },
            year: 2024,
            nb: &[
                "Med 44 søknader er kreft fortsatt det desidert største terapiområdet (for mer om kreftstudier, se avsnitt N).",
            ],
            nn: &[
                "Med 44 søknader er kreft framleis det desidert største terapiområdet (for meir om kreftstudiar, sjå avsnitt N).",
            ],
            en: &[
                "With 44 applications, cancer was still by far the largest therapy area (for more on cancer trials, see section N).",
            ],
            absent: &[],
        },
        Case {
            name: "therapy areas: a new leader, not by far",
            data: || {
                let f = years(&[(2023, 60, 40), (2024, 60, 40)]);
                let f = with(
                    f,
                    2023,
                    "[therapy_areas]\ntop = [{ soc = \"cardiac\", count = 12 }, { soc = \"neoplasms\", count = 10 }]\n",
                );
                with(
                    f,
                    2024,
                    "[therapy_areas]\ntop = [{ soc = \"neoplasms\", count = 14 }, { soc = \"endocrine\", count = 9 }]\n\
                     [cancer]\ncommercial = 10\nnon_commercial = 4\ntotal = 14\n",
                )
            },
            year: 2024,
            nb: &[
                "Med 14 søknader er kreft det største terapiområdet (for mer om kreftstudier, se avsnitt N).",
            ],
            nn: &[
                "Med 14 søknader er kreft det største terapiområdet (for meir om kreftstudiar, sjå avsnitt N).",
            ],
            en: &[
                "With 14 applications, cancer was the largest therapy area (for more on cancer trials, see section N).",
            ],
            absent: &["fortsatt", "framleis", "still", "desidert", "by far"],
        },
        Case {
            name: "phases in the first year of the series: no year before it is expected",
            data: || {
                let f = years(&[(2024, 60, 40)]);
                with(
                    f,
                    2024,
                    "[phases]\nphase_1 = 10\nphase_2 = 20\nphase_3 = 30\nphase_4 = 5\n",
                )
            },
            year: 2024,
            nb: &["Søknader om kliniske studier, etter fase. 2024. Antall"],
            nn: &["Søknader om kliniske studiar, etter fase. 2024. Tal"],
            en: &["Clinical trial applications, by phase. 2024. Number"],
            absent: &[
                "faser: tall",
                "fasar: tal",
                "by phase: no data",
                "2023 og 2024",
                "2023 and 2024",
                // No note that last year is lacking: it is before the series.
                "for 2023",
            ],
        },
        Case {
            name: "safety in 2022, the first year of Regulation 2022/20: no 2021 expected",
            data: || {
                let f = years(&[(2021, 60, 40), (2022, 60, 40)]);
                with(
                    f,
                    2022,
                    "[safety]\nannual_reports = 100\nnotifications = 50\nsubstances_national = 10\nsubstances_multinational = 20\n",
                )
            },
            year: 2022,
            nb: &[
                "Årsrapporter og notifikasjoner som krever utredning, sendt inn i CTIS. 2022. Antall",
            ],
            nn: &[
                "Årsrapportar og notifikasjonar som krev utgreiing, melde inn i CTIS. 2022. Tal",
            ],
            en: &[
                "Annual reports and notifications requiring assessment, submitted through CTIS. 2022. Number",
            ],
            absent: &[
                "CTIS, 2021",
                "substanser: tall",
                "substansar: tal",
                "substances: no data",
                "Fra 2021",
                "Frå 2021",
                "From 2021",
            ],
        },
        Case {
            name: "paediatric and rejected: none, one, several",
            data: || {
                let f = years(&[(2024, 60, 40)]);
                with(
                    f,
                    2024,
                    "paediatric = 1\nrejected = 3\nrejected_as_of = 2025-01-31\n",
                )
            },
            year: 2024,
            nb: &[
                "Barn og/eller ungdom deltar i én av studiene det er søkt om.",
                "Per 31. januar 2025 var tre av søknadene om klinisk utprøving av legemidler til mennesker som kom inn i 2024, avslått.",
            ],
            nn: &[
                "I éin av studiane det er søkt om, deltek barn og/eller ungdom.",
                "Av søknadene om klinisk utprøving av legemiddel til menneske som kom inn i 2024, har tre fått avslag (per 31. januar 2025).",
            ],
            en: &[
                "Of the trials applied for, one involved children and/or adolescents.",
                "As of 31 January 2025, three of the applications for clinical trials of medicinal products for human use received in 2024 had been rejected.",
            ],
            absent: &[],
        },
    ]
    .into_iter()
    .chain(prose::prose_cases())
    .chain(structure::structure_cases())
    .chain(breaks::breaks_cases())
    .chain(narrative_narrative::narrative_cases())
    .collect()
}

/// The data of a case, checked as if read from `data/`.
fn data_of(case: &Case) -> Dataset {
    dataset(&(case.data)())
}

#[test]
fn the_corpus_says_exactly_these_sentences() {
    let mut failures = Vec::new();
    for case in cases() {
        let data = data_of(&case);
        for (lang, expected) in [("nb", case.nb), ("nn", case.nn), ("en", case.en)] {
            let text = text_of(&data, case.year, lang).replace('\n', " ");
            for e in expected {
                if !text.contains(e) {
                    failures.push(format!(
                        "[{}] {lang}: missing «{e}»\n  in: {text}",
                        case.name
                    ));
                }
            }
            for a in case.absent {
                if text.contains(a) {
                    failures.push(format!("[{}] {lang}: must not say «{a}»", case.name));
                }
            }
            assert!(!text.contains("\u{a0}\u{a0}"), "[{}] {lang}", case.name);
            assert!(
                !text.contains("  "),
                "[{}] {lang}: a double space",
                case.name
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_sentence_opens_with_a_digit() {
    let data = dataset(&shipped_files());
    for year in 2014..=2024 {
        for lang in ["nb", "nn", "en"] {
            let (doc, _) = trialreport::text::document(
                &crate::util::facts(&data, year),
                &crate::util::outline(),
                &crate::util::locale(lang),
            );
            // Titles of figures and tables are in Statistics Norway's form,
            // not sentences: "…, etter fase. 2023 og 2024. Antall".
            let titles: Vec<String> = doc
                .sections
                .iter()
                .flat_map(|s| &s.blocks)
                .filter_map(|b| match b {
                    trialreport::text::Block::Figure { caption, .. } => Some(caption.clone()),
                    trialreport::text::Block::Table(t) => Some(t.caption.clone()),
                    _ => None,
                })
                .collect();
            let text = crate::util::all_text(&doc);
            for line in text.lines() {
                let line = &titles
                    .iter()
                    .fold(line.to_string(), |l, t| l.replace(t, ""));
                // Table rows and captions are not prose.
                if line.contains(" | ") || line.len() < 40 {
                    continue;
                }
                let parts: Vec<&str> = line.split(". ").collect();
                for w in parts.windows(2) {
                    // "nr. 536/2014", "No. 536/2014" are not sentence ends.
                    let abbreviation = ["nr", "No", "ca"]
                        .iter()
                        .any(|a| w[0].ends_with(&format!(" {a}")));
                    assert!(
                        abbreviation || !w[1].starts_with(|c: char| c.is_ascii_digit()),
                        "{year} {lang}: «{}»",
                        w[1]
                    );
                }
                assert!(
                    !line.starts_with(|c: char| c.is_ascii_digit()),
                    "{year} {lang}: «{line}»"
                );
            }
        }
    }
}

#[test]
fn a_key_figure_s_change_under_one_percent_is_said_in_words_not_as_0_percent() {
    // 210 → 211 applications (+0.5 %), 211 → 210 (−0.5 %): both round to 0 %.
    for (from, to, expected) in [
        (
            (150, 60),
            (151, 60),
            [
                ("nb", "opp under 1\u{a0}% fra 2020"),
                ("nn", "opp under 1\u{a0}% frå 2020"),
                ("en", "up less than 1% from 2020"),
            ],
        ),
        (
            (151, 60),
            (150, 60),
            [
                ("nb", "ned under 1\u{a0}% fra 2020"),
                ("nn", "ned under 1\u{a0}% frå 2020"),
                ("en", "down less than 1% from 2020"),
            ],
        ),
    ] {
        let data = dataset(&years(&[(2020, from.0, from.1), (2021, to.0, to.1)]));
        for (lang, note) in expected {
            let loc = crate::util::locale(lang);
            let (doc, errors) = trialreport::text::document(
                &crate::util::facts(&data, 2021),
                &crate::util::outline(),
                &loc,
            );
            assert!(errors.is_empty(), "{errors:?}");
            assert_eq!(
                doc.key_figures.items[0].note.as_deref(),
                Some(note),
                "{lang}"
            );
        }
    }
}

/// The key figures of `year` in nb: (label, change note).
fn key_notes(year: i32) -> Vec<(String, Option<String>)> {
    let data = dataset(&shipped_files());
    let (doc, errors) = trialreport::text::document(
        &crate::util::facts(&data, year),
        &crate::util::outline(),
        &crate::util::locale("nb"),
    );
    assert!(errors.is_empty(), "{errors:?}");
    doc.key_figures
        .items
        .into_iter()
        .map(|k| (k.label, k.note))
        .collect()
}

#[test]
fn key_figures_carry_a_change_on_every_figure_or_on_none() {
    // 2018: both figures have 2017's value, both show their change.
    assert_eq!(
        key_notes(2018),
        [
            (
                "søknader om kliniske studier".to_string(),
                Some("−1\u{a0}% fra 2017".to_string())
            ),
            (
                "kreftstudier".to_string(),
                Some("+6\u{a0}% fra 2017".to_string())
            ),
        ]
    );
    // 2024: the total (+11 %) and the cancer trials (−4 %) have 2023's
    // value; the multinational applications (a break in the CTIS series),
    // the trials with children, the modifications and the guidance have
    // none. A box with two changes of six reads as if four had not
    // changed: none shows one.
    let items = key_notes(2024);
    assert_eq!(items.len(), 6, "{items:?}");
    assert!(items.iter().all(|(_, n)| n.is_none()), "{items:?}");
}

#[test]
fn facts_carry_the_reference_classifications() {
    use trialreport::facts::{ChangeClass, Level, Record, SplitPattern, Sponsor};
    let data = dataset(&shipped_files());
    let f = crate::util::facts(&data, 2024);
    let a = &f.applications;
    let total = a.total_trend.as_ref().unwrap();
    assert_eq!(total.change.class, ChangeClass::SlightIncrease);
    assert_eq!(total.from_level, Level::Low);
    let split = a.split.as_ref().unwrap();
    assert_eq!(
        (
            split.pattern,
            split.driver,
            split.other_streak,
            split.other_repeats
        ),
        // 58 → 50 → 39 → 33: three falls, the last two of different classes.
        (SplitPattern::Opposite, Sponsor::Commercial, 3, false)
    );
    assert_eq!(a.non_commercial_share.percent, 30);
    assert_eq!(a.share_record.map(|r| r.record), Some(Record::Lowest));
    let t = f.therapy.as_ref().unwrap();
    assert!(t.by_far);
    assert_eq!(t.still, None);
    let share = f
        .guidance
        .as_ref()
        .unwrap()
        .industry_share
        .as_ref()
        .unwrap();
    assert_eq!((share.percent, share.approximate), (76, true));
    assert_eq!(f.agency, "dmp");
    assert!(f.applicable.ctr && f.applicable.transition && f.applicable.safety_assessment);
    let f = crate::util::facts(&data, 2021);
    assert_eq!(f.agency, "noma");
    assert!(!f.applicable.ctr && !f.applicable.transition && !f.applicable.safety_assessment);
    assert!(f.ctis.is_none() && f.safety.is_none());
}

#[test]
fn without_context_facts_there_is_no_context_passage() {
    let mut files = shipped_files();
    let t = &mut files.iter_mut().find(|(y, _)| *y == 2024).unwrap().1;
    let start = t.find("# Facts for the context passage").unwrap();
    t.truncate(start);
    let data = dataset(&files);
    for lang in ["nb", "en", "nn"] {
        // text_of fails on any message error, such as the passage's variables.
        let text = text_of(&data, 2024, lang);
        assert!(!text.contains("NorTrials"), "{lang}");
    }
    assert!(text_of(&dataset(&shipped_files()), 2024, "nb").contains("NorTrials"));
}
