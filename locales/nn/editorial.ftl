### Redaksjonell tekst, skriven for eitt år. Meldingane heiter editorial-<emne>-<år>;
### skriv teksten for neste år ved sida av denne, med det nye årstalet i namnet.
### Alle kan bruke $year (rapportåret), $previous-year (året før) og $transition-end
### (siste dagen i overgangen til CTR, frå report.toml, ferdig formatert).
### Avsnitt blir skilde med ei tom linje.
###
### Redaksjonell tekst forklarar tala; han seier ikkje sjølv at noko har auka eller
### gått ned, og han føreset ikkje tal som rapporten ikkje viser. Små tal (til og med
### tolv) blir skrivne med bokstavar i løpande tekst, slik Språkrådet rår til.

# Innleiing om kvifor tala er viktige.
# Variables:
#   $year (String) - rapportåret
#   $previous-year (String) - året før
#   $focus-areas (Number) - innsatsområde i handlingsplanen for kliniske studiar
#   $centres (Number) - NorTrials-senter
#   $measures (Number) - tiltak i eksportstrategien
#   $measure (Number) - nummeret på tiltaket om NorTrials
#   $revenue (Number) - eksportinntekter i milliardar kroner i $revenue-year
#   $revenue-year (String) - året for $revenue
#   $target (Number) - målet for eksportinntekter i milliardar kroner i $target-year
#   $target-year (String) - året for $target
editorial-context-2024 =
    Regjeringa har som mål at klinisk forsking skal bli ein integrert del av all pasientbehandling. Den nasjonale handlingsplanen for kliniske studiar har { WORDS($focus-areas) } innsatsområde, og samarbeid mellom helsetenesta og industrien er eitt av dei. Hovudtiltaket til regjeringa på dette området er NorTrials, eit forpliktande partnarskap for kliniske studiar mellom helsetenesta og helsenæringa, med { WORDS($centres) } senter, kvart innanfor sitt terapiområde.

    Eksportstrategien til regjeringa for helsenæringa har { $measures } tiltak, og tiltak { $measure } er å vidareutvikle NorTrials. Målet er å auke eksportinntektene frå helsenæringa frå { $revenue } milliardar kroner i { $revenue-year } til { $target } milliardar kroner innan { $target-year }. Tala i denne rapporten viser kor mange kliniske studiar det blir søkt om i Noreg, og korleis søknadene fordeler seg. Dei gir eit grunnlag for å følgje aktiviteten innan kliniske studiar i Noreg over tid.

# Overgangen frå direktivet til forordninga (seksjon 1): kva ein overgangssøknad er.
# Variables:
#   $transition-end (String) - siste dagen i overgangsperioden, ferdig formatert
editorial-transition-2022 = Pågåande studiar godkjende etter direktiv 2001/20/EF (CTD) må overførast til forordning (EU) nr. 536/2014 (CTR) innan overgangsperioden sluttar { $transition-end }. Ein studie blir overført med ein overgangssøknad i CTIS.
# Variables:
#   $transition-end (String) - siste dagen i overgangsperioden, ferdig formatert
editorial-transition-2023 = Pågåande studiar godkjende etter direktiv 2001/20/EF (CTD) må overførast til forordning (EU) nr. 536/2014 (CTR) innan overgangsperioden sluttar { $transition-end }. Ein studie blir overført med ein overgangssøknad i CTIS.
# Variables:
#   $year (String) - rapportåret
#   $transition-end (String) - siste dagen i overgangsperioden, ferdig formatert
editorial-transition-2024 = Året { $year } var prega av overgangen til nytt regelverk: pågåande studiar godkjende etter direktiv 2001/20/EF (CTD) skulle overførast til forordning (EU) nr. 536/2014 (CTR) innan overgangsperioden slutta { $transition-end }. Ein studie blir overført med ein overgangssøknad i CTIS.

# Vesentlege endringar (seksjon 6): står etter dei utrekna setningane om talet.
# Variables:
#   $year (String) - rapportåret
#   $transition-end (String) - siste dagen i overgangsperioden, ferdig formatert
editorial-modifications-2024 =
    Fordi det ikkje er mogleg å sende inn to søknader om vesentlege endringar i same studie samtidig i CTIS, kan søkjarar velje å samle fleire endringar i éin søknad. Talet på søknader viser difor ikkje åleine kor mange endringar det er søkt om.

    Søknadene etter det gamle regelverket (CTD) i { $year } galdt studiar godkjende etter direktivet som enno ikkje var overførte til CTR. Slike søknader kunne sendast inn til overgangsperioden slutta { $transition-end }.

# Tryggleiksrapportering (seksjon 7).
editorial-safety-2024 = Overvakinga gjeld både studiar som er overførte frå CTD til CTR gjennom overgangssøknader, og nye studiar godkjende etter CTR.
