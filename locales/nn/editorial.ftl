### Redaksjonell tekst, skriven for eitt år. Meldingane heiter editorial-<emne>-<år>;
### skriv teksten for neste år ved sida av denne, med det nye årstalet i namnet.
### Alle kan bruke $year (rapportåret), $previous-year (året før) og $transition-end
### (siste dagen i overgangen til CTR, frå report.toml, ferdig formatert).
### Avsnitt blir skilde med ei tom linje.

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
    Regjeringa har som mål at klinisk forsking skal bli ein integrert del av all pasientbehandling. Den nasjonale handlingsplanen for kliniske studiar peikar ut { $focus-areas } innsatsområde, og samarbeid mellom helsetenesta og industrien er eitt av dei. Det viktigaste tiltaket er NorTrials, eit forpliktande partnarskap mellom helsetenesta og helsenæringa med { $centres } senter, kvart innanfor sitt terapiområde.

    Eksportstrategien til regjeringa for helsenæringa har { $measures } tiltak, og tiltak nummer { $measure } er å vidareutvikle NorTrials. Ambisjonen er å auke eksportinntektene frå { $revenue } milliardar kroner i { $revenue-year } til { $target } milliardar kroner i { $target-year }. Tala i denne rapporten viser kor mange kliniske studiar det blir søkt om i Noreg, og korleis dei fordeler seg, og er eit grunnlag for å følgje med på denne utviklinga.

# Overgangen frå direktivet til forordninga (seksjon 1).
editorial-transition-2024 = Året { $year } har vore prega av overgangen til nytt regelverk, der det er søkt om å overføre pågåande studiar godkjende etter direktiv 2001/20/EF til forordning (EU) nr. 536/2014 i CTIS.

# Vesentlege endringar (seksjon 6): står etter dei utrekna setningane om talet.
# Variables:
#   $transition-end (String) - siste dagen i overgangsperioden, ferdig formatert
editorial-modifications-2024 =
    Talet på søknader om vesentlege endringar kan truleg sjåast i samanheng med overgangen til nytt regelverk. Fordi det ikkje er mogleg å sende inn to søknader om vesentlege endringar samtidig i CTIS, kan det tenkjast at søkjarar vel å ta med fleire endringar per søknad, og at sponsorar har blitt meir medvitne om kva som blir rekna som ei vesentleg endring og dermed er søknadspliktig.

    Søknader etter det gamle regelverket kan berre sendast inn til overgangsperioden sluttar { $transition-end }.

# Tryggleiksrapportering (seksjon 7).
editorial-safety-2024 = Talet på aktive substansar, årsrapportar og notifikasjonar heng saman både med overføringa av kliniske studiar godkjende etter CTD (overgangssøknader) og med nye søknader om kliniske studiar etter CTR.
