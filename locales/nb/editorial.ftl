### Redaksjonell tekst, skrevet for ett år. Meldingene heter editorial-<emne>-<år>;
### skriv neste års tekst ved siden av denne, med det nye årstallet i navnet.
### Alle kan bruke $year (rapportåret), $previous-year (året før) og $transition-end
### (siste dag i overgangen til CTR, fra report.toml, ferdig formatert).
### Avsnitt skilles med en tom linje.
###
### Redaksjonell tekst forklarer tallene; den sier ikke selv at noe har økt eller
### falt. Slike setninger lager programmet fra data/, og bare når tallene finnes.

# Innledning om hvorfor tallene betyr noe.
# Variables:
#   $year (String) - rapportåret
#   $previous-year (String) - året før
#   $focus-areas (Number) - innsatsområder i handlingsplanen for kliniske studier
#   $centres (Number) - NorTrials-sentre
#   $measures (Number) - tiltak i eksportstrategien
#   $measure (Number) - nummeret på tiltaket om NorTrials
#   $revenue (Number) - eksportinntekter i milliarder kroner i $revenue-year
#   $revenue-year (String) - året for $revenue
#   $target (Number) - målet for eksportinntekter i milliarder kroner i $target-year
#   $target-year (String) - året for $target
editorial-context-2024 =
    Regjeringen har som mål at klinisk forskning skal bli en integrert del av all pasientbehandling. Den nasjonale handlingsplanen for kliniske studier peker ut { $focus-areas } innsatsområder, og samarbeid mellom helsetjenesten og industrien er ett av dem. Det viktigste tiltaket er NorTrials, et forpliktende partnerskap mellom helsetjenesten og helsenæringen med { $centres } sentre, hvert innenfor sitt terapiområde.

    Regjeringens eksportstrategi for helsenæringen har { $measures } tiltak, og tiltak nummer { $measure } er å videreutvikle NorTrials. Ambisjonen er å øke eksportinntektene fra { $revenue } milliarder kroner i { $revenue-year } til { $target } milliarder kroner i { $target-year }. Tallene i denne rapporten viser hvor mange kliniske studier som søkes i Norge, og hvordan de fordeler seg, og er et grunnlag for å følge med på denne utviklingen.

# Overgangen fra direktivet til forordningen (seksjon 1).
editorial-transition-2024 = Året { $year } har vært preget av overgangen til nytt regelverk, der pågående studier godkjent under direktiv 2001/20/EF er søkt overført til forordning (EU) nr. 536/2014 i CTIS.

# Vesentlige endringer (seksjon 6): står etter de beregnede setningene om antallet.
# Variables:
#   $transition-end (String) - siste dag i overgangsperioden, ferdig formatert
editorial-modifications-2024 =
    Antallet søknader om vesentlige endringer kan trolig ses i sammenheng med overgangen til nytt regelverk. Fordi det ikke er mulig å sende inn to søknader om vesentlige endringer samtidig i CTIS, kan det tenkes at søkere velger å inkludere flere endringer per søknad, og at sponsorer har blitt mer bevisste på hva som anses å være en vesentlig endring og dermed er søknadspliktig.

    Søknader under gammelt regelverk kan bare sendes inn til overgangsperioden slutter { $transition-end }.

# Sikkerhetsrapportering (seksjon 7).
editorial-safety-2024 = Antallet aktive substanser, årsrapporter og notifikasjoner henger sammen både med overføringen av kliniske studier godkjent under CTD (overgangssøknader) og med nye søknader om kliniske studier under CTR.
