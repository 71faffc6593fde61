### Norsk nynorsk: titlar og kjelder for figurar og tabellar, kolofon (den trykte utgåva).

## Titlar på figurar og tabellar, på forma til Statistisk sentralbyrå:
## kva (og kvar), når, eining: «Søknader om kliniske studiar, etter sponsortype. 2014–2024. Tal».

# Variables:
#   $what (String) - kva figuren eller tabellen viser (title-*)
#   $years (String) - åra han viser, ferdig formaterte («2024», «2023 og 2024», «2014–2024»)
#   $unit (String) - number når han viser tal, number-percent når han viser tal og delar
caption-title = { $what }. { $years }. { $unit ->
    [number-percent] Tal og prosent
   *[number] Tal
  }
title-applications = Søknader om kliniske studiar, etter sponsortype
title-transition = Overgangssøknader
title-ctis = Søknader i CTIS, etter mono- eller multinasjonal studie og rolla til Noreg i utgreiinga
title-phases = Søknader om kliniske studiar, etter fase
# Variables:
#   $count (Number) - kor mange område tabellen viser
title-therapy = Søknader om kliniske studiar i dei { WORDS($count) } vanlegaste terapiområda, etter organklasse i MedDRA
title-cancer = Kreftstudiar det er søkt om, etter sponsortype
# Variables:
#   $split (String) - yes når året er under CTR, og figuren deler søknadene i CTIS og CTD
title-modifications = Søknader om vesentlege endringar{ $split ->
    [yes] , etter regelverk (CTIS eller CTD)
   *[no] {""}
  }
title-modifications-roles = Søknader om vesentlege endringar, etter rolla til Noreg i utgreiinga
title-safety-reports = Årsrapportar og notifikasjonar som krev utgreiing, melde inn i CTIS
title-safety-substances = Aktive substansar Noreg har ansvaret for, etter om dei blir brukte berre i Noreg eller i fleire medlemsland
title-guidance-areas = Rettleiingar, etter fagområde
title-guidance-initiators = Rettleiingar, etter kven som tok initiativet

# Under kvar figur og tabell: kvar tala kjem frå.
# Variables:
#   $agency (String) - etaten som tok imot søknadene det året (agency-*.cover)
source-line = Kjelde: { $agency }

## Kolofon: om publikasjonen (på siste sida)

colophon-title = Om publikasjonen
colophon-publisher = Gitt ut av
colophon-published = Publisert
colophon-contact = Kontakt
colophon-licence = Lisens
# Variables:
#   $name (String) - namnet på lisensen (licence-<id> nedanfor)
#   $url (String) - kvar lisensvilkåra står (licence-<id>.url)
colophon-licence-value = { $name }, { $url }
colophon-issn = ISSN
colophon-cite = Slik siterer du rapporten
# Variables:
#   $author (String) - utgjevaren (agency-*.name)
#   $dated (String) - yes når dataa gir publiseringsdatoen
#   $published (Number) - publiseringsåret (berre når $dated er yes)
#   $title (String) - tittelen på rapporten (report-title)
#   $subtitle (String) - undertittelen (report-subtitle)
colophon-citation = { $dated ->
    [yes] { $author } ({ $published }). { $title }. { $subtitle }.
   *[no] { $author }. { $title }. { $subtitle }.
  }
colophon-symbols = Standardteikn i tabellar

# Lisensen report.toml oppgir ([publication] licence = "nlod"): namnet og
# adressa til vilkåra på dette språket.
licence-nlod = Norsk lisens for offentlege data (NLOD) 2.0
    .url = https://data.norge.no/nlod/no/2.0
