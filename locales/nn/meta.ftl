### Norsk nynorsk: dokumentet rundt innhaldet (tittelside, etikettar, nøkkeltal).
### Ei omsetjing av kjeldefilene på norsk bokmål i locales/nb/, som er kjeldespråket.

# BCP 47-koden som blir brukt for tal, datoar og fleirtalsreglar.
language-tag = nn

## Tittelside og metadata

# Variables:
#   $year (String) - rapportåret, t.d. 2024
#   $publisher (String) - utgjevaren (agency-*.name), t.d. «Direktoratet for medisinske produkt»
document-title = Kliniske studiar { $year }: årsrapport frå { $publisher }
# Variables:
#   $year (String) - rapportåret
report-title = Kliniske studiar { $year }
report-subtitle = Årsrapport om søknader om klinisk utprøving av legemiddel
# Variables:
#   $date (String) - publiseringsdatoen, ferdig formatert
report-published = Publisert { $date }
# På tittelsida når utgjevaren gir ut eit år då ein tidlegare etat fekk søknadene.
# Variables:
#   $publisher (String) - utgjevaren (agency-*.abbr), t.d. «DMP»
#   $until (String) - året då den tidlegare etaten vart avløyst
#   $agency (String) - den tidlegare etaten (agency-*.cover), t.d. «Statens legemiddelverk»
report-republished = Gitt ut av { $publisher }, som tok over etter { $agency } i { $until }
# Variables:
#   $year (String) - rapportåret
#   $publisher (String) - utgjevaren (agency-*.abbr), t.d. «DMP»
running-head = { $publisher } · Kliniske studiar { $year }

## Etatane som har fått søknadene (report.toml seier kva for ein det einskilde året)

# Verdien er namnet første gong det står i løpande tekst (med forkortinga, når etaten har ei),
# .short seinare i løpande tekst, .name namnet åleine (forfattaren av PDF-en), .abbr den
# kortaste forma (botnteksten), .cover namnet på tittelsida. Éi namneform per etat:
# Statens legemiddelverk har inga forkorting i norsk tekst.
agency-noma = Statens legemiddelverk
    .short = Statens legemiddelverk
    .name = Statens legemiddelverk
    .abbr = Statens legemiddelverk
    .cover = Statens legemiddelverk
agency-dmp = Direktoratet for medisinske produkt (DMP)
    .short = DMP
    .name = Direktoratet for medisinske produkt
    .abbr = DMP
    .cover = Direktoratet for medisinske produkt (DMP)

## Etikettar som malen bruker

label-contents = Innhald
label-figure = Figur
label-table = Tabell
# Står framfor nummeret i ein kryssreferanse: «sjå seksjon 5».
label-section = avsnitt
label-missing = Tal manglar
# Nettutgåva: lenkje øvst på sida for tastatur og skjermlesar, til sjølve innhaldet.
label-skip = Hopp til innhaldet
# Nettutgåva: under kvar figur, tabellen med tala figuren viser.
label-figure-data = Tala i diagrammet
# Teikn i tabellceller der det ikkje står eit tal (Statistisk sentralbyrå sine standardteikn).
# Oppgåva finst, men dataa gir henne ikkje.
symbol-not-available = ..
    .meaning = Oppgåve manglar
# Det kan ikkje finnast eit tal her (kategorien gjeld ikkje).
symbol-not-applicable = .
    .meaning = Tal kan ikkje førekome
# Brot i tidsserien: året som er merkt, kan ikkje samanliknast med året før (står framfor talet eller året).
symbol-break = |
    .meaning = Brot i den vassrette serien
# Eit år (eller tal) merkt med brotteiknet.
# Variables:
#   $value (String) - året eller talet
table-break-mark = { symbol-break }{ "\u00A0" }{ $value }

# Variables:
#   $percent (Number) - ein prosent, avrunda til heilt tal
percent = { $percent }{ "\u00A0" }%

## Nøkkeltal

# Variables:
#   $year (String) - rapportåret
key-figures-title = Nøkkeltal { $year }
# Endring frå året før, under eit nøkkeltal.
# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease
#   $direction (String) - up, down eller same
#   $percent (Number) - endringa i prosent, avrunda, utan forteikn (0 når ho er under 1 %)
#   $previous-year (String) - året det blir samanlikna med
key-change = { $direction ->
    [up] { $percent ->
        [0] opp under 1{ "\u00A0" }% frå { $previous-year }
       *[other] +{ $percent }{ "\u00A0" }% frå { $previous-year }
      }
    [down] { $percent ->
        [0] ned under 1{ "\u00A0" }% frå { $previous-year }
       *[other] −{ $percent }{ "\u00A0" }% frå { $previous-year }
      }
   *[same] uendra frå { $previous-year }
  }
# Variables:
#   $count (Number) - talet som står over teksten
key-applications = { $count ->
    [one] søknad om klinisk studie
   *[other] søknader om kliniske studiar
  }
# Variables:
#   $count (Number) - talet som står over teksten
#   $all (String) - yes viss talet gjeld alle søknadene i året; no når berre ein del av dei gjekk gjennom CTIS (2022 og 2023)
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
#   $count (Number) - talet som står over teksten
key-paediatric = { $count ->
    [one] studie med barn og/eller ungdom
   *[other] studiar med barn og/eller ungdom
  }
# Variables:
#   $count (Number) - talet som står over teksten
key-cancer = { $count ->
    [one] kreftstudie
   *[other] kreftstudiar
  }
# Variables:
#   $count (Number) - talet som står over teksten
key-modifications = { $count ->
    [one] søknad om vesentleg endring
   *[other] søknader om vesentlege endringar
  }
# Variables:
#   $count (Number) - talet som står over teksten
key-guidance = { $count ->
    [one] rettleiing
   *[other] rettleiingar
  }

## Overskrifter

section-context = Tala i samanheng
section-applications = Søknader om kliniske studiar
section-ctis = Mono- og multinasjonale søknader i CTIS
section-phases = Søknader fordelt på fasar
section-therapy = Søknader fordelt på terapiområde
section-cancer = Kreftstudiar
section-modifications = Søknader om vesentlege endringar
section-safety = Tryggleiksrapportering
section-guidance = Rettleiing og rådgiving
section-about = Om tala
section-glossary = Ordliste

# Eit spenn av år, som i «dataa for 2019–2023».
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
year-range = { $from }–{ $to }

## Rekordar

# Når talet i år er det lågaste eller høgaste i heile talserien. Følgjer setninga om talet.
# Variables:
#   $record (String) - lowest eller highest
#   $since (String) - året talserien startar
series-record = Talet er det { $record ->
    [lowest] lågaste
   *[highest] høgaste
  } sidan talserien starta i { $since }.

## Tal som manglar

# «Om tala»: det rapporten manglar, sagt éin gong, i staden for ein merknad i kvar seksjon.
# Ein seksjon utan tal for året er ikkje med i rapporten; det står her kva som manglar.
# Innleiinga, framfor lista.
about-unavailable = Desse tala er ikkje tilgjengelege og er difor ikkje med i rapporten:
# Eitt punkt i lista: ein talserie og åra han manglar for.
# Variables:
#   $figure (String) - namnet på serien, frå figure-*-name
#   $years (String) - åra som manglar, ferdig sette saman («2022 og 2023», «2019–2023»)
#   $count (Number) - kor mange år som manglar
about-unavailable-item = { $figure }: { $years }
# Under ein figur over fleire år når nokre år manglar (inga fil i data/, eller ikkje levert).
# Variables:
#   $years (String) - åra som manglar, ferdig sette saman («2023» eller «2019 og 2023»)
#   $count (Number) - kor mange år som manglar
figure-gap = { $count ->
    [one] Tal for { $years } er ikkje tilgjengelege, og året er difor ikkje med.
   *[other] Tal for { $years } er ikkje tilgjengelege, og åra er difor ikkje med.
  }
figure-transition-name = Overgangssøknader
figure-ctis-name = Søknader i CTIS
figure-phases-name = Søknader fordelt på fasar
figure-therapy-name = Søknader fordelt på terapiområde
figure-cancer-name = Kreftstudiar
figure-modifications-name = Søknader om vesentlege endringar
figure-safety-name = Årsrapportar, notifikasjonar og aktive substansar
figure-guidance-name = Rettleiingar
figure-guidance-areas-name = Rettleiingar fordelte på fagområde
figure-guidance-initiators-name = Rettleiingar fordelte på kven som tok initiativ (industri eller akademia)
figure-guidance-breakdown-name = Rettleiingar fordelte på fagområde og på kven som tok initiativ (industri eller akademia)

# Alternativ tekst for ein figur (for skjermlesarar).
# Variables:
#   $kind (String) - stacked, grouped eller horizontal
#   $caption (String) - figurteksten
#   $series (String) - seriane, ferdig sette saman
#   $max-label (String) - kategorien med høgast verdi
#   $max (Number) - den høgaste verdien
#   $min-label (String) - kategorien med lågast verdi
#   $min (Number) - den lågaste verdien
figure-alt = { $kind ->
    [stacked] Stabla søylediagram
    [grouped] Søylediagram
   *[horizontal] Liggjande søylediagram
  }: { $caption } ({ $series }). Høgast: { $max-label } ({ $max }). Lågast: { $min-label } ({ $min }).

## Felles tekstar for aksar og seriar

sponsor-commercial = Kommersielle sponsorar
sponsor-non-commercial = Ikkje-kommersielle sponsorar
# Fordelinga på sponsortype, sagd i teksten når talserien berre har eitt år (då er det ingen figur og ingen tabell).
# Variables:
#   $commercial (Number) - med kommersielle sponsorar
#   $non-commercial (Number) - med ikkje-kommersielle sponsorar
sponsor-split = Av desse kom { $commercial } frå kommersielle og { $non-commercial } frå ikkje-kommersielle sponsorar.
axis-applications = Talet på søknader
axis-trials = Talet på studiar
axis-count = Tal

## Brot i tidsseriar (report.toml, [[break]])

# Kvifor CTIS-tala ikkje kan samanliknast med året før; i seksjon 2 og under figurar som spenner over brotet.
# Variables:
#   $date (String) - datoen då CTIS vart obligatorisk, ferdig formatert
break-ctis = CTIS vart obligatorisk for nye søknader frå { $date }.
# Etter grunnen til eit brot.
# Variables:
#   $years (String) - åra som ikkje kan samanliknast med året før, ferdig sette saman
#   $count (Number) - kor mange slike år
#   $series (String) - dataa brotet gjeld (report.toml, [[break]] data): ctis eller ein annan
break-not-comparable = { $series ->
    [ctis] CTIS-tala for { $years } kan difor ikkje samanliknast med året før; det samla talet på søknader blir ikkje påverka av dette.
   *[other] Tala for { $years } kan difor ikkje samanliknast med året før.
  }

## Tal i løpande tekst

# Tal frå to til tolv blir skrivne med bokstavar i løpande tekst der ei melding ber om det med
# WORDS($talet) (til dømes «for fire av dei multinasjonale søknadene»); andre tal med siffer.
# Variables:
#   $n (Number) - talet
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
