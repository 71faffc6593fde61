### Seksjon 3–8: faser, terapiområder, kreft, vesentlige endringer, sikkerhet, veiledning.

## Seksjon 3: faser

# Variables:
#   $phase-3 (String) - endringsklassen for fase III (stable, slight-increase, … som i applications-trend)
#   $phase-2 (String) - endringsklassen for fase II
#   $previous-year (String) - året det sammenlignes med
phases-change = Det var { $phase-3 ->
    [stable] et stabilt antall studier
    [slight-increase] en svak oppgang i antallet studier
    [clear-increase] en klar oppgang i antallet studier
    [sharp-increase] en kraftig oppgang i antallet studier
    [slight-decrease] en svak nedgang i antallet studier
    [clear-decrease] en klar nedgang i antallet studier
   *[sharp-decrease] en kraftig nedgang i antallet studier
  } i fase III, mens antallet fase II-studier { $phase-2 ->
    [stable] er på linje med tallene for { $previous-year }
    [slight-increase] har en svak oppgang fra { $previous-year }
    [clear-increase] har en klar oppgang fra { $previous-year }
    [sharp-increase] har en kraftig oppgang fra { $previous-year }
    [slight-decrease] har en svak nedgang fra { $previous-year }
    [clear-decrease] har en klar nedgang fra { $previous-year }
   *[sharp-decrease] har en kraftig nedgang fra { $previous-year }
  }.
phases-note = Merk at enkelte studier tilhører to faser, for eksempel fase I–II. Disse er fordelt i kategorien for laveste fase.
# Variables:
#   $phase (String) - fasen med romertall: I, II, III eller IV
phase = Fase { $phase }
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
figure-phases = Søknader om kliniske studier fordelt på faser, { $previous-year } og { $year }.

## Seksjon 4: terapiområder

# Variables:
#   $count (Number) - søknader i det største terapiområdet
#   $area (String) - kortnavnet på området (soc-*.short), f.eks. «kreft»
#   $still (String) - yes (området var størst også i fjor), no, eller unknown (ikke kjent)
#   $by-far (String) - yes hvis området har minst dobbelt så mange søknader som det nest største
#   $cancer-section (String) - blir en lenke til kreftseksjonen («seksjon 5»); må stå i teksten
therapy-leader = Med { $count } søknader er { $area } { $still ->
    [yes] fortsatt det terapiområdet
   *[other] det terapiområdet
  } som det gjøres { $by-far ->
    [yes] desidert flest
   *[no] flest
  } kliniske studier på i Norge (for mer om kreftstudier, se { $cancer-section }).

# Variables:
#   $count (Number) - hvor mange områder tabellen viser
#   $year (String) - rapportåret
table-therapy = De { $count ->
    [10] ti
   *[other] { $count }
  } vanligste terapiområdene i søknader om kliniske studier med legemidler i Norge i { $year }.
col-rank = Nr.
col-soc = System organ class (MedDRA)
col-applications = Antall søknader
# Variables:
#   $rank (Number) - plassen i tabellen
rank = { $rank }.
note-meddra = MedDRA: Medical Dictionary for Regulatory Activities.

## Seksjon 5: kreftstudier

cancer-definition = Med kreftstudier menes studier av alle godartede, ondartede og uspesifiserte svulster (inkludert cyster og polypper) etter MedDRA.
# Variables:
#   $total (Number) - kreftstudier søkt i året
#   $year (String) - rapportåret
#   $change (String) - endringsklassen (som i applications-trend), eller none når fjoråret mangler
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
cancer-total = Det ble søkt totalt { $total } kreftstudier i { $year }{ $change ->
    [stable] , som er på linje med { $previous-year }.
    [slight-increase] , som er en svak oppgang fra { $previous-year }.
    [clear-increase] , som er en klar oppgang fra { $previous-year }.
    [sharp-increase] , som er en kraftig oppgang fra { $previous-year }.
    [slight-decrease] , som er en svak nedgang fra { $previous-year }.
    [clear-decrease] , som er en klar nedgang fra { $previous-year }.
    [sharp-decrease] , som er en kraftig nedgang fra { $previous-year }.
   *[none] .
  }
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-cancer = Antall søkte kreftstudier fra { $from } til { $to }, fordelt på sponsortype.
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
table-cancer = Antall søkte kreftstudier fordelt på kommersielle og ikke-kommersielle aktører, { $from }–{ $to }.
col-commercial-short = Kommersielle
col-non-commercial-short = Ikke-kommersielle
col-total-short = Totalt

## Seksjon 6: vesentlige endringer

# Variables:
#   $change (String) - endringsklassen (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
modifications-trend = Antallet søknader om vesentlige endringer { $change ->
    [stable] er på linje med
    [slight-increase] har en svak oppgang fra
    [clear-increase] har en klar oppgang fra
    [sharp-increase] har en kraftig oppgang fra
    [slight-decrease] har en svak nedgang fra
    [clear-decrease] har en klar nedgang fra
   *[sharp-decrease] har en kraftig nedgang fra
  } { $previous-year } ({ $previous }).
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader om vesentlige endringer behandlet i året
modifications-total = I { $year } behandlet vi { $total } slike søknader.
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-modifications = Antallet søknader om vesentlige endringer fra { $from } til { $to }, fordelt på søknader søkt i CTIS (CTR) og under gammelt regelverk (CTD).
series-ctis = Søkt i CTIS (CTR)
series-ctd = Gammelt regelverk (CTD)
axis-modifications = Antall søknader
# Variables:
#   $year (String) - rapportåret
table-modifications = Antall søknader om vesentlige endringer i { $year }, fordelt på Norges rolle i utredningen.
col-role = Rolle
col-in-ctis = Søkt i CTIS
col-ctd = CTD
row-mod-rms = Multinasjonale studier der Norge er RMS
row-mod-mononational = Mononasjonale studier
row-mod-msc = Multinasjonale studier der Norge er MSC
row-sum = Sum

## Seksjon 7: sikkerhetsrapportering

safety-regulation = I henhold til kommisjonens gjennomføringsforordning (EU) 2022/20 av 7. januar 2022 skal medlemslandene i EU samarbeide tettere om sikkerhetsovervåkingen av kliniske studier. Ett medlemsland blir derfor utpekt som hovedansvarlig for å overvåke sikkerheten til en aktiv substans. Dette medlemslandet omtales som «safety assessing Member State».
safety-scope = Sikkerhetsovervåking betyr utredning av årsrapporter og screening for «suspected unexpected serious adverse reactions» (SUSAR-er) i EudraVigilance-databasen, men også vurdering av notifikasjoner som sendes inn i CTIS for pågående studier. Notifikasjoner som krever utredning, gjelder uventede hendelser (unexpected events), hastetiltak (urgent safety measures), alvorlige avvik (serious breaches), midlertidig stans av studien (temporary halt) eller tidlig avslutning av studien (early trial termination) som kan være sikkerhetsrelatert eller påvirke datakvaliteten.
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
#   $reports-change (String) - endringsklassen for årsrapporter (som i applications-trend)
#   $reports-previous (Number) - årsrapporter året før
#   $reports (Number) - årsrapporter i år
#   $notifications-change (String) - endringsklassen for notifikasjoner
#   $notifications-previous (Number) - notifikasjoner året før
#   $notifications (Number) - notifikasjoner i år
safety-change = Fra { $previous-year } til { $year } { $reports-change ->
    [stable] holdt antallet årsrapporter seg stabilt
    [slight-increase] økte antallet årsrapporter svakt
    [clear-increase] økte antallet årsrapporter klart
    [sharp-increase] økte antallet årsrapporter kraftig
    [slight-decrease] gikk antallet årsrapporter svakt ned
    [clear-decrease] gikk antallet årsrapporter klart ned
   *[sharp-decrease] gikk antallet årsrapporter kraftig ned
  }, fra { $reports-previous } til { $reports }, og antallet notifikasjoner som krever utredning, { $notifications-change ->
    [stable] holdt seg stabilt
    [slight-increase] økte svakt
    [clear-increase] økte klart
    [sharp-increase] økte kraftig
    [slight-decrease] gikk svakt ned
    [clear-decrease] gikk klart ned
   *[sharp-decrease] gikk kraftig ned
  }, fra { $notifications-previous } til { $notifications }.
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
figure-safety-reports = Antall innsendte årsrapporter og notifikasjoner som krever utredning, meldt inn via CTIS, { $previous-year } og { $year }.
series-annual-reports = Årsrapporter
series-notifications = Notifikasjoner
# Variables:
#   $year (String) - rapportåret
figure-safety-substances = Antall aktive substanser som Norge er ansvarlig for i { $year }: substanser som bare brukes i Norge, og substanser som brukes i flere medlemsland, der Norge er «safety assessing Member State».
series-substances-national = Brukes bare i Norge
series-substances-multinational = Brukes i flere medlemsland
axis-substances = Antall aktive substanser

## Seksjon 8: veiledning og rådgivning

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - veiledninger i alt
#   $meetings (Number) - fysiske eller digitale møter
#   $written (Number) - skriftlige veiledninger
guidance-total = I { $year } gjennomførte DMP { $total } nasjonale veiledninger, hvorav { $meetings } var fysiske eller digitale møter og { $written } var skriftlige veiledninger.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - veiledninger i alt
guidance-total-only = I { $year } gjennomførte DMP { $total } nasjonale veiledninger.
# Variables:
#   $shape (String) - gradual-increase, increase, stable eller decrease
#   $base-year (String) - året sammenligningen starter
#   $base (Number) - veiledninger det året
guidance-since = { $shape ->
    [gradual-increase] Dette er en gradvis økning fra { $base-year }, da det ble gjennomført { $base } veiledninger.
    [increase] Dette er en økning fra { $base-year }, da det ble gjennomført { $base } veiledninger.
    [decrease] Dette er en nedgang fra { $base-year }, da det ble gjennomført { $base } veiledninger.
   *[stable] Dette er på linje med { $base-year }, da det ble gjennomført { $base } veiledninger.
  }
# Variables:
#   $human (Number) - veiledninger om legemidler til mennesker
#   $veterinary (Number) - veiledninger om legemidler til dyr
#   $devices (Number) - veiledninger om medisinsk utstyr
guidance-areas = { $human } av veiledningene omhandlet legemidler til mennesker, mens { $veterinary } omhandlet legemidler til dyr. { $devices ->
    [0] Ingen veiledninger
    [one] Én veiledning
   *[other] { $devices } veiledninger
  } dreide seg om medisinsk utstyr.
# Variables:
#   $industry (Number) - veiledninger initiert av industrien
#   $academia (Number) - veiledninger med akademia
#   $percent (String) - industriens andel, ferdig formatert («76 %»)
#   $approximate (String) - yes hvis andelen er avrundet
guidance-initiators = { $industry } av veiledningene var initiert av industrien, noe som tilsvarer { $approximate ->
    [yes] ca. { $percent }
   *[no] { $percent }
  }. De resterende { $academia } veiledningene var med akademia.
# Variables:
#   $year (String) - rapportåret
figure-guidance-areas = Antall veiledninger og rådgivningsmøter i { $year } fordelt på fagområde.
area-human = Legemidler til mennesker
area-veterinary = Legemidler til dyr
area-devices = Medisinsk utstyr
axis-guidance = Antall veiledninger
# Variables:
#   $year (String) - rapportåret
figure-guidance-initiators = Antall veiledninger og rådgivningsmøter i { $year } fordelt på henvendelser initiert av industri og akademia.
initiator-industry = Industri
initiator-academia = Akademia
