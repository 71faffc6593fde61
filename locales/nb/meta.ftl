### Norsk bokmål: dokumentet rundt innholdet (tittelside, etiketter, nøkkeltall).
### Kildespråket: alle andre språk er oversettelser av disse filene.

# BCP 47-koden som brukes for tall, datoer og flertallsregler.
language-tag = nb

## Tittelside og metadata

# Variables:
#   $year (String) - rapportåret, f.eks. 2024
#   $publisher (String) - utgiveren (agency-*.name), f.eks. «Direktoratet for medisinske produkter»
document-title = Kliniske studier { $year }: årsrapport fra { $publisher }
# Variables:
#   $year (String) - rapportåret
report-title = Kliniske studier { $year }
report-subtitle = Årsrapport om søknader om klinisk utprøving av legemidler
# Variables:
#   $date (String) - publiseringsdatoen, ferdig formatert
report-published = Publisert { $date }
# På tittelsiden når utgiveren gir ut et år da en tidligere etat mottok søknadene.
# Variables:
#   $publisher (String) - utgiveren (agency-*.abbr), f.eks. «DMP»
#   $until (String) - året den tidligere etaten ble avløst
#   $agency (String) - den tidligere etaten (agency-*.cover), f.eks. «Statens legemiddelverk»
report-republished = Utgitt av { $publisher }, som overtok etter { $agency } i { $until }
# Variables:
#   $year (String) - rapportåret
#   $publisher (String) - utgiveren (agency-*.abbr), f.eks. «DMP»
running-head = { $publisher } · Kliniske studier { $year }

## Etatene som har mottatt søknadene (report.toml sier hvilken det enkelte år, og hvem som
## gir ut rapporten). Verdien er navnet første gang det står i løpende tekst (med forkortelsen,
## når etaten har en), .short senere i løpende tekst, .name navnet alene (PDF-ens forfatter),
## .abbr den korteste formen (bunntekst), .cover navnet på tittelsiden. Én navneform per etat:
## Statens legemiddelverk har ingen forkortelse i norsk tekst.

agency-noma = Statens legemiddelverk
    .short = Statens legemiddelverk
    .name = Statens legemiddelverk
    .abbr = Statens legemiddelverk
    .cover = Statens legemiddelverk
agency-dmp = Direktoratet for medisinske produkter (DMP)
    .short = DMP
    .name = Direktoratet for medisinske produkter
    .abbr = DMP
    .cover = Direktoratet for medisinske produkter (DMP)

## Etiketter som malen bruker

label-contents = Innhold
label-figure = Figur
label-table = Tabell
# Står foran nummeret i en kryssreferanse: «se seksjon 5».
label-section = avsnitt
label-missing = Tall mangler
# Nettutgaven: lenke øverst på siden for tastatur og skjermleser, til selve innholdet.
label-skip = Hopp til innholdet
# Nettutgaven: under hver figur, tabellen med tallene figuren viser.
label-figure-data = Tallene i diagrammet
# Tegn i tabellceller der det ikke står et tall (Statistisk sentralbyrås standardtegn).
# Oppgaven finnes, men dataene gir den ikke.
symbol-not-available = ..
    .meaning = Oppgave mangler
# Det kan ikke finnes et tall her (kategorien gjelder ikke).
symbol-not-applicable = .
    .meaning = Tall kan ikke forekomme
# Brudd i tidsserien: året som er merket, kan ikke sammenlignes med året før (står foran tallet eller året).
symbol-break = |
    .meaning = Brudd i den vannrette serien
# Et år (eller tall) merket med bruddtegnet.
# Variables:
#   $value (String) - året eller tallet
table-break-mark = { symbol-break }{ "\u00A0" }{ $value }

# Variables:
#   $percent (Number) - en prosent, avrundet til helt tall
percent = { $percent }{ "\u00A0" }%

## Nøkkeltall

# Variables:
#   $year (String) - rapportåret
key-figures-title = Nøkkeltall { $year }
# Endring fra året før, under et nøkkeltall.
# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease
#   $direction (String) - up, down eller same
#   $percent (Number) - endringen i prosent, avrundet, uten fortegn (0 når den er under 1 %)
#   $previous-year (String) - året det sammenlignes med
key-change = { $direction ->
    [up] { $percent ->
        [0] opp under 1{ "\u00A0" }% fra { $previous-year }
       *[other] +{ $percent }{ "\u00A0" }% fra { $previous-year }
      }
    [down] { $percent ->
        [0] ned under 1{ "\u00A0" }% fra { $previous-year }
       *[other] −{ $percent }{ "\u00A0" }% fra { $previous-year }
      }
   *[same] uendret fra { $previous-year }
  }
# Variables:
#   $count (Number) - tallet som står over teksten
key-applications = { $count ->
    [one] søknad om klinisk studie
   *[other] søknader om kliniske studier
  }
# Variables:
#   $count (Number) - tallet som står over teksten
#   $all (String) - yes hvis tallet gjelder alle årets søknader; no når bare en del av dem gikk gjennom CTIS (2022 og 2023)
#   $of (Number) - søknadene i CTIS, når $all er no
key-multinational = { $all ->
    [no] { $count ->
        [one] multinasjonal søknad
       *[other] multinasjonale søknader
      } av { $of } i CTIS
   *[yes] { $count ->
        [one] multinasjonal søknad i CTIS
       *[other] multinasjonale søknader i CTIS
      }
  }

# Variables:
#   $count (Number) - tallet som står over teksten
key-paediatric = { $count ->
    [one] studie med barn og/eller ungdom
   *[other] studier med barn og/eller ungdom
  }
# Variables:
#   $count (Number) - tallet som står over teksten
key-cancer = { $count ->
    [one] kreftstudie
   *[other] kreftstudier
  }
# Variables:
#   $count (Number) - tallet som står over teksten
key-modifications = { $count ->
    [one] søknad om vesentlig endring
   *[other] søknader om vesentlige endringer
  }
# Variables:
#   $count (Number) - tallet som står over teksten
key-guidance = { $count ->
    [one] veiledning
   *[other] veiledninger
  }

## Overskrifter

section-context = Tallene i sammenheng
section-applications = Søknader om kliniske studier
section-ctis = Mono- og multinasjonale søknader (sendt inn i CTIS)
section-phases = Søknader fordelt på faser
section-therapy = Søknader fordelt på terapiområder
section-cancer = Kreftstudier
section-modifications = Søknader om vesentlige endringer
section-safety = Sikkerhetsrapportering
section-guidance = Veiledning og rådgivning
section-about = Om tallene
section-glossary = Ordliste

# Et spenn av år, som i «dataene for 2019–2023».
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
year-range = { $from }–{ $to }

## Rekorder

# Når årets tall er det laveste eller høyeste i hele tallserien. Følger setningen om tallet.
# Variables:
#   $record (String) - lowest eller highest
#   $since (String) - året tallserien starter
series-record = Antallet er det { $record ->
    [lowest] laveste
   *[highest] høyeste
  } siden tallserien startet i { $since }.

## Tall som mangler

# «Om tallene»: det rapporten mangler, sagt én gang, i stedet for en merknad i hver seksjon.
# En seksjon uten tall for året er ikke med i rapporten; det står her hva som mangler.
# Innledningen, foran listen.
about-unavailable = Følgende tall er ikke tilgjengelige og er derfor ikke med i rapporten:
# Ett punkt i listen: en tallserie og årene den mangler for.
# Variables:
#   $figure (String) - seriens navn, fra figure-*-name
#   $years (String) - årene som mangler, ferdig satt sammen («2022 og 2023», «2019–2023»)
#   $count (Number) - hvor mange år som mangler
about-unavailable-item = { $figure }: { $years }
# Under en figur over flere år når noen år mangler (ingen fil i data/, eller ikke levert).
# Variables:
#   $years (String) - årene som mangler, ferdig satt sammen («2023» eller «2019 og 2023»)
#   $count (Number) - hvor mange år som mangler
figure-gap = { $count ->
    [one] Tall for { $years } er ikke tilgjengelige, og året er derfor ikke med.
   *[other] Tall for { $years } er ikke tilgjengelige, og årene er derfor ikke med.
  }
figure-transition-name = Overgangssøknader
figure-ctis-name = Søknader sendt inn i CTIS
figure-phases-name = Søknader fordelt på faser
figure-therapy-name = Søknader fordelt på terapiområder
figure-cancer-name = Kreftstudier
figure-modifications-name = Søknader om vesentlige endringer
figure-safety-name = Årsrapporter, notifikasjoner og aktive substanser
figure-guidance-name = Veiledninger
figure-guidance-areas-name = Veiledninger fordelt på fagområde
figure-guidance-initiators-name = Veiledninger fordelt på hvem som tok initiativ (industri eller akademia)
figure-guidance-breakdown-name = Veiledninger fordelt på fagområde og på hvem som tok initiativ (industri eller akademia)

# Alternativ tekst for en figur (leses av skjermlesere).
# Variables:
#   $kind (String) - stacked, grouped eller horizontal
#   $caption (String) - figurteksten
#   $series (String) - seriene, ferdig satt sammen
#   $max-label (String) - kategorien med høyest verdi (den høyeste stabelen i et stablet diagram; «kategori, serie» for en søyle i et gruppert diagram med flere serier)
#   $max (Number) - den høyeste verdien
#   $min-label (String) - kategorien med lavest verdi (som $max-label)
#   $min (Number) - den laveste verdien
figure-alt = { $kind ->
    [stacked] Stablet søylediagram: { $caption }. Tegnforklaring: { $series }. Høyest samlet: { $max-label } ({ $max }). Lavest samlet: { $min-label } ({ $min }).
    [grouped] Søylediagram: { $caption }. Tegnforklaring: { $series }. Høyest: { $max-label } ({ $max }). Lavest: { $min-label } ({ $min }).
   *[horizontal] Liggende søylediagram: { $caption }. Høyest: { $max-label } ({ $max }). Lavest: { $min-label } ({ $min }).
  }

## Felles tekster for akser og serier

sponsor-commercial = Kommersielle sponsorer
sponsor-non-commercial = Ikke-kommersielle sponsorer
# Fordelingen på sponsortype, sagt i teksten når tallserien bare har ett år (da er det ingen figur og ingen tabell).
# Variables:
#   $commercial (Number) - med kommersielle sponsorer
#   $non-commercial (Number) - med ikke-kommersielle sponsorer
sponsor-split = Av disse kom { $commercial } fra kommersielle og { $non-commercial } fra ikke-kommersielle sponsorer.
axis-applications = Antall søknader
axis-trials = Antall studier
axis-count = Antall

## Brudd i tidsserier (report.toml, [[break]])

# Hvorfor CTIS-tallene ikke kan sammenlignes med året før; i seksjon 2 og under figurer som spenner over bruddet.
# Variables:
#   $date (String) - datoen da CTIS ble obligatorisk, ferdig formatert
break-ctis = CTIS ble obligatorisk for nye søknader fra { $date }.
# Etter grunnen til et brudd.
# Variables:
#   $years (String) - årene som ikke kan sammenlignes med året før, ferdig satt sammen
#   $count (Number) - hvor mange slike år
#   $series (String) - dataene bruddet gjelder (report.toml, [[break]] data): ctis eller en annen
break-not-comparable = { $series ->
    [ctis] CTIS-tallene for { $years } kan derfor ikke sammenlignes med året før; det samlede antallet søknader påvirkes ikke av dette.
   *[other] Tallene for { $years } kan derfor ikke sammenlignes med året før.
  }

## Tall i løpende tekst

# Tall fra to til tolv skrives med bokstaver i løpende tekst der en melding ber om det med
# WORDS($antall) (for eksempel «for fire av de multinasjonale søknadene»); andre tall med sifre.
# Variables:
#   $n (Number) - tallet
number-words = { $n ->
    [2] to
    [3] tre
    [4] fire
    [5] fem
    [6] seks
    [7] sju
    [8] åtte
    [9] ni
    [10] ti
    [11] elleve
    [12] tolv
   *[other] { $n }
  }
