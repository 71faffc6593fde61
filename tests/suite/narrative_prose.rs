//! The corpus of the prose: who publishes each year's report (its cover,
//! footer and metadata), the agency's voice, the editorial text that
//! explains without claiming what the data do not show, the glossary's
//! terms, tied ranks, and the wording of the fixed sentences, in nb, nn and en.

use trialreport::config::Config;
use trialreport::text::{self, Document};

use super::{Case, shipped_files};
use crate::util::{dataset, locale, root};

/// Said in no language, in no year's body: the first person, and the
/// wordings this corpus replaced.
const NEVER: &[&str] = &[
    " vi ",
    " we ",
    " our ",
    " vår ",
    " oss ",
    "Legemiddelverket",
    "sende inn i CTIS",
    "kan truleg sjåast",
    "søkte kreftstudiar",
    "den lågaste delen",
    "The latter group",
    "measure number",
    "trådte i kraft",
    "took effect",
];

pub(super) fn prose_cases() -> Vec<Case> {
    vec![
        Case {
            name: "2023: the glossary explains CTR and transition applications",
            data: shipped_files,
            year: 2023,
            nb: &[
                // Section 1 says what a transition application is, as
                // written in 2023: the period ends in 2025 ...
                "Pågående studier godkjent etter direktiv 2001/20/EF (CTD) må overføres til forordning (EU) nr. 536/2014 (CTR) innen overgangsperioden slutter 30. januar 2025. En studie overføres med en overgangssøknad i CTIS.",
                // ... and the glossary has every term the text uses, and the
                // terms its own explanations use (CTIS is "… etter CTR").
                "CTR: Clinical Trials Regulation: forordning (EU) nr. 536/2014 om kliniske utprøvinger av legemidler til mennesker.",
                "CTD: Clinical Trials Directive: direktiv 2001/20/EF, det tidligere regelverket for kliniske utprøvinger.",
                "Overgangssøknad: Søknad i CTIS om å overføre en pågående klinisk studie som er godkjent etter CTD, til CTR.",
                "Søknader sendt inn i CTIS, etter mono- eller multinasjonal studie og Norges rolle i utredningen. 2022 og 2023. Antall",
            ],
            nn: &[
                "Pågåande studiar godkjende etter direktiv 2001/20/EF (CTD) må overførast til forordning (EU) nr. 536/2014 (CTR) innan overgangsperioden sluttar 30. januar 2025. Ein studie blir overført med ein overgangssøknad i CTIS.",
                "CTR: Clinical Trials Regulation: forordning (EU) nr. 536/2014 om kliniske utprøvingar av legemiddel til menneske.",
                "Overgangssøknad: Søknad i CTIS om å overføre ein pågåande klinisk studie som er godkjend etter CTD, til CTR.",
                "Søknader i CTIS, etter mono- eller multinasjonal studie og rolla til Noreg i utgreiinga. 2022 og 2023. Tal",
                "Mono- og multinasjonale søknader i CTIS",
            ],
            en: &[
                "Ongoing trials approved under Directive 2001/20/EC (CTD) must be transferred to Regulation (EU) No 536/2014 (CTR) before the transition period ends on 30 January 2025. A trial is transferred by means of a transition application in CTIS.",
                "CTR: Clinical Trials Regulation: Regulation (EU) No 536/2014 on clinical trials on medicinal products for human use.",
                "Transition application: An application in CTIS to transfer an ongoing clinical trial approved under the CTD to the CTR.",
                // The agency's abbreviation, used in the text, is explained.
                "NoMA: Norwegian Medicines Agency (Statens legemiddelverk).",
                "Applications submitted through CTIS, by mononational or multinational trial and Norway’s role in the assessment. 2022 and 2023. Number",
            ],
            absent: NEVER,
        },
        Case {
            name: "2017: before the CTR, no CTR term; the agency of the year, its one name",
            data: shipped_files,
            year: 2017,
            nb: &[
                "I 2017 mottok Statens legemiddelverk 122 søknader om klinisk utprøving av legemidler til mennesker.",
                "MedDRA: Medical Dictionary for Regulatory Activities: internasjonal medisinsk terminologi som brukes i legemiddelregulering.",
            ],
            nn: &[
                "I 2017 fekk Statens legemiddelverk 122 søknader om klinisk utprøving av legemiddel til menneske.",
            ],
            en: &[
                "In 2017, the Norwegian Medicines Agency (NoMA) received 122 applications for clinical trials of medicinal products for human use.",
                "NoMA: Norwegian Medicines Agency (Statens legemiddelverk).",
            ],
            absent: &[
                "CTR:",
                "Overgangssøknad:",
                "Transition application:",
                // The body names the year's agency; DMP is in the glossary
                // only (as the publisher on the cover and in the running head).
                "mottok DMP",
                "mottok Direktoratet",
                "Medical Products Agency (DMP) received",
                " vi ",
                " we ",
            ],
        },
        Case {
            name: "2024: tied therapy areas share a rank, the next rank skips",
            data: shipped_files,
            year: 2024,
            nb: &[
                // 44, 9, 9, 6, 6, 5, 5, 4, 4, 3: ranks 1, 2, 2, 4, 4, 6, 6, 8, 8, 10.
                "1. | Neoplasms benign, malignant and unspecified (incl cysts and polyps) | 44",
                "2. | Endocrine disorders | 9",
                "2. | Gastrointestinal disorders | 9",
                "4. | Cardiac disorders | 6",
                "4. | Nervous system disorders | 6",
                "6. | Musculoskeletal and connective tissue disorders | 5",
                "6. | Respiratory, thoracic and mediastinal disorders | 5",
                "8. | Congenital, familial and genetic disorders | 4",
                "8. | Skin and subcutaneous tissue disorders | 4",
                "10. | Blood and lymphatic system disorders | 3",
                "Søknader om kliniske studier i de ti vanligste terapiområdene, etter organklasse i MedDRA. 2024. Antall",
            ],
            nn: &[
                "2. | Gastrointestinal disorders | 9",
                "Søknader om kliniske studiar i dei ti vanlegaste terapiområda, etter organklasse i MedDRA. 2024. Tal",
            ],
            // English ranks without the Norwegian ordinal point.
            en: &[
                "2 | Endocrine disorders | 9",
                "2 | Gastrointestinal disorders | 9",
                "4 | Cardiac disorders | 6",
                "10 | Blood and lymphatic system disorders | 3",
            ],
            absent: &[
                "3. | Gastrointestinal",
                "3 | Gastrointestinal",
                "5. | Nervous",
                "9. | Skin",
            ],
        },
        Case {
            name: "2024: the editorial text explains, and claims nothing the data do not show",
            data: shipped_files,
            year: 2024,
            nb: &[
                // Small numbers in words; the press release's "primary initiative".
                "Den nasjonale handlingsplanen for kliniske studier har ni innsatsområder, og samarbeid mellom helsetjenesten og industrien er ett av dem.",
                "Regjeringens hovedtiltak på dette området er NorTrials, et forpliktende partnerskap for kliniske studier mellom helsetjenesten og helsenæringen, med seks sentre, hvert innenfor sitt terapiområde.",
                "Regjeringens eksportstrategi for helsenæringen har 15 tiltak, og tiltak 9 er å videreutvikle NorTrials.",
                "Målet er å øke eksportinntektene fra helsenæringen fra 22 milliarder kroner i 2021 til 50 milliarder kroner innen 2030.",
                "Året 2024 var preget av overgangen til nytt regelverk: pågående studier godkjent etter direktiv 2001/20/EF (CTD) skulle overføres til forordning (EU) nr. 536/2014 (CTR) innen overgangsperioden sluttet 30. januar 2025.",
                // Section 6: how CTIS counts, not why a fall no figure shows.
                "Fordi det ikke er mulig å sende inn to søknader om vesentlige endringer i samme studie samtidig i CTIS, kan søkere velge å samle flere endringer i én søknad. Antallet søknader viser derfor ikke alene hvor mange endringer det er søkt om.",
                // New CTD applications ended in 2023; modifications of CTD
                // trials ran to the end of the transition, in the past tense.
                "Søknadene etter det gamle regelverket (CTD) i 2024 gjaldt studier godkjent etter direktivet som ennå ikke var overført til CTR. Slike søknader kunne sendes inn til overgangsperioden sluttet 30. januar 2025.",
                "I 2024 behandlet DMP 432 søknader om vesentlige endringer.",
                "DMP: Direktoratet for medisinske produkter.",
            ],
            nn: &[
                "Den nasjonale handlingsplanen for kliniske studiar har ni innsatsområde, og samarbeid mellom helsetenesta og industrien er eitt av dei.",
                "Hovudtiltaket til regjeringa på dette området er NorTrials, eit forpliktande partnarskap for kliniske studiar mellom helsetenesta og helsenæringa, med seks senter, kvart innanfor sitt terapiområde.",
                "Målet er å auke eksportinntektene frå helsenæringa frå 22 milliardar kroner i 2021 til 50 milliardar kroner innan 2030.",
                "Søknadene etter det gamle regelverket (CTD) i 2024 galdt studiar godkjende etter direktivet som enno ikkje var overførte til CTR. Slike søknader kunne sendast inn til overgangsperioden slutta 30. januar 2025.",
                "I 2024 behandla DMP 432 søknader om vesentlege endringar.",
            ],
            en: &[
                "The national action plan for clinical trials has nine focus areas, one of which is cooperation between the health service and industry.",
                "The Government’s primary initiative in this area is NorTrials, a mutually binding partnership for clinical trials between the health service and the health industry, with six centres, each covering its own therapy area.",
                "The Government’s export strategy for the health industry contains 15 measures, and measure 9 is to develop NorTrials further.",
                "The ambition is to increase the health industry’s export revenue from NOK 22 billion in 2021 to NOK 50 billion by 2030.",
                "Because it is not possible to submit two applications for substantial modifications to the same trial at the same time in CTIS, applicants may combine several modifications in one application.",
                "Such applications could be submitted until the transition period ended on 30 January 2025.",
                "In 2024, DMP processed 432 applications for substantial modifications.",
            ],
            absent: &[
                "Det viktigste tiltaket",
                "Det viktigaste tiltaket",
                "most important measure",
                "kan bare sendes inn",
                "kan berre sendast inn",
                "can only be submitted",
                "henger sammen",
                "heng saman",
                "reflect both",
                "mer bevisste",
                "meir medvitne",
                "more aware",
                " vi ",
                " we ",
                "in 2030",
                "i 2030",
                "Statens legemiddelverk",
                "Medicines Agency",
            ],
        },
        Case {
            name: "2024: the fixed sentences as an editor would write them",
            // (The safety section's sentences: 2024 has no safety counts, so
            // no such section; see narrative_structure.rs, "2024 with safety
            // counts".)
            data: shipped_files,
            year: 2024,
            nb: &[
                "Med kreftstudier menes studier av alle godartede, ondartede og uspesifiserte svulster (inkludert cyster og polypper) etter MedDRA.",
                // Applications are applied for, not studies carried out.
                "Med 44 søknader er kreft det desidert største terapiområdet (for mer om kreftstudier, se avsnitt N).",
                // A list, not a false contrast.
                "Av veiledningene gjaldt 30 legemidler til mennesker, 22 legemidler til dyr og sju medisinsk utstyr.",
            ],
            nn: &[
                "Kreftstudiar er definerte som studiar av alle godarta, vondarta og uspesifiserte svulstar (inkludert cystar og polyppar) etter MedDRA.",
                // The count's and the share's records in one sentence
                // (narrative_narrative.rs), with "prosentdelen".
                "For dei ikkje-kommersielle sponsorane er både talet og prosentdelen (30\u{a0}% av alle søknadene) dei lågaste sidan talserien starta i 2014.",
                "I 17 av studiane det er søkt om, deltek barn og/eller ungdom.",
                "Av dei 109 søknadene om klinisk utprøving som kom inn i 2024, var 90 multinasjonale",
                "Kreftstudiar det er søkt om, etter sponsortype. 2014–2024. Tal",
                "I 2024 gjennomførte DMP 59 nasjonale rettleiingar: 50 fysiske eller digitale møte og ni skriftlege rettleiingar.",
                "Av rettleiingane galdt 30 legemiddel til menneske, 22 legemiddel til dyr og sju medisinsk utstyr.",
            ],
            en: &[
                "Cancer trials are defined as trials of all benign, malignant and unspecified neoplasms (including cysts and polyps), as classified in MedDRA.",
                "For non-commercial sponsors, both the number and the share (30% of all applications) were the lowest since the series began in 2014.",
                "With 44 applications, cancer was by far the largest therapy area (for more on cancer trials, see section N).",
                "Of all the guidance given, 30 concerned medicinal products for human use, 22 veterinary medicinal products and seven medical devices.",
            ],
            absent: NEVER,
        },
        Case {
            name: "guidance on no medical devices: no list with nothing in it",
            data: || {
                super::with(
                    super::years(&[(2024, 60, 40)]),
                    2024,
                    "[guidance]\ntotal = 50\nmeetings = 40\nwritten = 10\nhuman = 30\nveterinary = 20\ndevices = 0\nindustry = 40\nacademia = 10\n",
                )
            },
            year: 2024,
            nb: &[
                "Av veiledningene gjaldt 30 legemidler til mennesker og 20 legemidler til dyr; ingen gjaldt medisinsk utstyr.",
            ],
            nn: &[
                "Av rettleiingane galdt 30 legemiddel til menneske og 20 legemiddel til dyr; ingen galdt medisinsk utstyr.",
            ],
            en: &[
                "Of all the guidance given, 30 concerned medicinal products for human use and 20 veterinary medicinal products; none concerned medical devices.",
            ],
            absent: &["og 0", "and 0"],
        },
    ]
}

/// The cover's lines, the footer and the metadata of a document.
fn cover(doc: &Document) -> [String; 5] {
    [
        doc.agency.clone(),
        doc.publisher_note.clone().unwrap_or_default(),
        doc.running_head.clone(),
        doc.author.clone(),
        doc.document_title.clone(),
    ]
}

fn document(config: &Config, year: i32, lang: &str) -> Document {
    let data = dataset(&shipped_files());
    let facts = trialreport::facts::compute(&data, config, data.get(year).unwrap());
    let (doc, errors) = text::document(&facts, &config.outline(), &locale(lang));
    assert!(errors.is_empty(), "{errors:?}");
    doc
}

/// The shipped `report.toml` has DMP publish every year: 2024 its own, the
/// years of Statens legemiddelverk republished, which the cover says in one
/// line; the footer and metadata name DMP throughout.
#[test]
fn the_publisher_line_follows_report_toml() {
    let shipped = Config::load(&root().join("report.toml")).unwrap();
    let cases: [(i32, &str, [&str; 5]); 6] = [
        (
            2017,
            "nb",
            [
                "Direktoratet for medisinske produkter (DMP)",
                "Utgitt av DMP, som overtok etter Statens legemiddelverk i 2024",
                "DMP · Kliniske studier 2017",
                "Direktoratet for medisinske produkter",
                "Kliniske studier 2017: årsrapport fra Direktoratet for medisinske produkter",
            ],
        ),
        (
            2017,
            "nn",
            [
                "Direktoratet for medisinske produkt (DMP)",
                "Gitt ut av DMP, som tok over etter Statens legemiddelverk i 2024",
                "DMP · Kliniske studiar 2017",
                "Direktoratet for medisinske produkt",
                "Kliniske studiar 2017: årsrapport frå Direktoratet for medisinske produkt",
            ],
        ),
        (
            2017,
            "en",
            [
                "Norwegian Medical Products Agency (DMP)",
                "Published by DMP, which succeeded the Norwegian Medicines Agency (NoMA) in 2024",
                "DMP · Clinical trials 2017",
                "Norwegian Medical Products Agency",
                "Clinical trials 2017: annual report from the Norwegian Medical Products Agency",
            ],
        ),
        (
            2024,
            "nb",
            [
                "Direktoratet for medisinske produkter (DMP)",
                "",
                "DMP · Kliniske studier 2024",
                "Direktoratet for medisinske produkter",
                "Kliniske studier 2024: årsrapport fra Direktoratet for medisinske produkter",
            ],
        ),
        (
            2024,
            "nn",
            [
                "Direktoratet for medisinske produkt (DMP)",
                "",
                "DMP · Kliniske studiar 2024",
                "Direktoratet for medisinske produkt",
                "Kliniske studiar 2024: årsrapport frå Direktoratet for medisinske produkt",
            ],
        ),
        (
            2024,
            "en",
            [
                "Norwegian Medical Products Agency (DMP)",
                "",
                "DMP · Clinical trials 2024",
                "Norwegian Medical Products Agency",
                "Clinical trials 2024: annual report from the Norwegian Medical Products Agency",
            ],
        ),
    ];
    for (year, lang, expected) in cases {
        assert_eq!(
            cover(&document(&shipped, year, lang)),
            expected.map(String::from),
            "{year} {lang}"
        );
    }
}

/// With the first agency as publisher, each year is published by its own
/// agency: 2017 by Statens legemiddelverk, with no republishing line; 2024
/// still by DMP.
#[test]
fn with_the_first_agency_as_publisher_each_year_is_its_own_agency_s() {
    let own = Config {
        publisher: Some("noma".into()),
        ..Config::load(&root().join("report.toml")).unwrap()
    };
    assert_eq!(
        cover(&document(&own, 2017, "nb")),
        [
            "Statens legemiddelverk",
            "",
            "Statens legemiddelverk · Kliniske studier 2017",
            "Statens legemiddelverk",
            "Kliniske studier 2017: årsrapport fra Statens legemiddelverk",
        ]
        .map(String::from)
    );
    assert_eq!(
        cover(&document(&own, 2017, "en")),
        [
            "Norwegian Medicines Agency (NoMA)",
            "",
            "NoMA · Clinical trials 2017",
            "Norwegian Medicines Agency",
            "Clinical trials 2017: annual report from the Norwegian Medicines Agency",
        ]
        .map(String::from)
    );
    assert_eq!(
        cover(&document(&own, 2024, "nn"))[2],
        "DMP · Kliniske studiar 2024"
    );
}
