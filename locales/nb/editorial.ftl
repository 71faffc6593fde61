### Redaksjonell tekst, skrevet for ett år. Meldingene heter editorial-<emne>-<år>;
### skriv neste års tekst ved siden av denne, med det nye årstallet i navnet.
### Alle kan bruke $year (rapportåret), $previous-year (året før) og $transition-end
### (siste dag i overgangen til CTR, fra report.toml, ferdig formatert).
### Avsnitt skilles med en tom linje.
###
### Redaksjonell tekst forklarer tallene; den sier ikke selv at noe har økt eller
### falt, og den forutsetter ikke tall som rapporten ikke viser. Slike setninger lager
### programmet fra data/, og bare når tallene finnes. Små tall (til og med tolv) skrives
### med bokstaver i løpende tekst, slik Språkrådet anbefaler.

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
    Regjeringen har som mål at klinisk forskning skal bli en integrert del av all pasientbehandling. Den nasjonale handlingsplanen for kliniske studier har { WORDS($focus-areas) } innsatsområder, og samarbeid mellom helsetjenesten og industrien er ett av dem. Regjeringens hovedtiltak på dette området er NorTrials, et forpliktende partnerskap for kliniske studier mellom helsetjenesten og helsenæringen, med { WORDS($centres) } sentre, hvert innenfor sitt terapiområde.

    Regjeringens eksportstrategi for helsenæringen har { $measures } tiltak, og tiltak { $measure } er å videreutvikle NorTrials. Målet er å øke eksportinntektene fra helsenæringen fra { $revenue } milliarder kroner i { $revenue-year } til { $target } milliarder kroner innen { $target-year }. Tallene i denne rapporten viser hvor mange kliniske studier det søkes om i Norge, og hvordan søknadene fordeler seg. De gir et grunnlag for å følge aktiviteten innen kliniske studier i Norge over tid.

# Overgangen fra direktivet til forordningen (seksjon 1): hva en overgangssøknad er.
# Variables:
#   $transition-end (String) - siste dag i overgangsperioden, ferdig formatert
editorial-transition-2022 = Pågående studier godkjent etter direktiv 2001/20/EF (CTD) må overføres til forordning (EU) nr. 536/2014 (CTR) innen overgangsperioden slutter { $transition-end }. En studie overføres med en overgangssøknad i CTIS.
# Variables:
#   $transition-end (String) - siste dag i overgangsperioden, ferdig formatert
editorial-transition-2023 = Pågående studier godkjent etter direktiv 2001/20/EF (CTD) må overføres til forordning (EU) nr. 536/2014 (CTR) innen overgangsperioden slutter { $transition-end }. En studie overføres med en overgangssøknad i CTIS.
# Variables:
#   $year (String) - rapportåret
#   $transition-end (String) - siste dag i overgangsperioden, ferdig formatert
editorial-transition-2024 = Året { $year } var preget av overgangen til nytt regelverk: pågående studier godkjent etter direktiv 2001/20/EF (CTD) skulle overføres til forordning (EU) nr. 536/2014 (CTR) innen overgangsperioden sluttet { $transition-end }. En studie overføres med en overgangssøknad i CTIS.

# Vesentlige endringer (seksjon 6): står etter de beregnede setningene om antallet.
# Variables:
#   $year (String) - rapportåret
#   $transition-end (String) - siste dag i overgangsperioden, ferdig formatert
editorial-modifications-2024 =
    Fordi det ikke er mulig å sende inn to søknader om vesentlige endringer i samme studie samtidig i CTIS, kan søkere velge å samle flere endringer i én søknad. Antallet søknader viser derfor ikke alene hvor mange endringer det er søkt om.

    Søknadene etter det gamle regelverket (CTD) i { $year } gjaldt studier godkjent etter direktivet som ennå ikke var overført til CTR. Slike søknader kunne sendes inn til overgangsperioden sluttet { $transition-end }.

# Sikkerhetsrapportering (seksjon 7).
editorial-safety-2024 = Overvåkingen gjelder både studier som er overført fra CTD til CTR gjennom overgangssøknader, og nye studier godkjent etter CTR.
