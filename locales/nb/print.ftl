### Norsk bokmål: titler og kilder for figurer og tabeller, kolofon (den trykte utgaven).

## Titler på figurer og tabeller, på Statistisk sentralbyrås form:
## hva (og hvor), når, enhet: «Søknader om kliniske studier, etter sponsortype. 2014–2024. Antall».

# Variables:
#   $what (String) - hva figuren eller tabellen viser (title-*)
#   $years (String) - årene den viser, ferdig formatert («2024», «2023 og 2024», «2014–2024»)
#   $unit (String) - number når den viser antall, number-percent når den viser antall og andeler
caption-title = { $what }. { $years }. { $unit ->
    [number-percent] Antall og prosent
   *[number] Antall
  }
title-applications = Søknader om kliniske studier, etter sponsortype
title-transition = Overgangssøknader
title-ctis = Søknader sendt inn i CTIS, etter mono- eller multinasjonal studie og Norges rolle i utredningen
title-phases = Søknader om kliniske studier, etter fase
# Variables:
#   $count (Number) - hvor mange områder tabellen viser
title-therapy = Søknader om kliniske studier i de { WORDS($count) } vanligste terapiområdene, etter organklasse i MedDRA
title-cancer = Kreftstudier det er søkt om, etter sponsortype
# Variables:
#   $split (String) - yes når året er under CTR, og figuren deler søknadene i CTIS og CTD
title-modifications = Søknader om vesentlige endringer{ $split ->
    [yes] , etter regelverk (CTIS eller CTD)
   *[no] {""}
  }
title-modifications-roles = Søknader om vesentlige endringer, etter Norges rolle i utredningen
title-safety-reports = Årsrapporter og notifikasjoner som krever utredning, sendt inn i CTIS
title-safety-substances = Aktive substanser Norge har ansvaret for, etter om de brukes bare i Norge eller i flere medlemsland
title-guidance-areas = Veiledninger, etter fagområde
title-guidance-initiators = Veiledninger, etter hvem som tok initiativet

# Under hver figur og tabell: hvor tallene kommer fra.
# Variables:
#   $agency (String) - etaten som mottok søknadene det året (agency-*.cover)
source-line = Kilde: { $agency }

## Kolofon: om publikasjonen (på siste side)

colophon-title = Om publikasjonen
colophon-publisher = Utgitt av
colophon-published = Publisert
colophon-contact = Kontakt
colophon-licence = Lisens
# Variables:
#   $name (String) - lisensens navn (licence-<id> nedenfor)
#   $url (String) - hvor lisensvilkårene står (licence-<id>.url)
colophon-licence-value = { $name }, { $url }
colophon-issn = ISSN
colophon-cite = Slik siterer du rapporten
# Variables:
#   $author (String) - utgiveren (agency-*.name)
#   $dated (String) - yes når dataene gir publiseringsdatoen
#   $published (Number) - publiseringsåret (bare når $dated er yes)
#   $title (String) - rapportens tittel (report-title)
#   $subtitle (String) - undertittelen (report-subtitle)
colophon-citation = { $dated ->
    [yes] { $author } ({ $published }). { $title }. { $subtitle }.
   *[no] { $author }. { $title }. { $subtitle }.
  }
colophon-symbols = Standardtegn i tabeller

# Lisensen report.toml oppgir ([publication] licence = "nlod"): navnet og
# adressen til vilkårene på dette språket.
licence-nlod = Norsk lisens for offentlige data (NLOD) 2.0
    .url = https://data.norge.no/nlod/no/2.0
