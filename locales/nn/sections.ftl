### Seksjon 3–8: fasar, terapiområde, kreft, vesentlege endringar, tryggleik, rettleiing.

## Seksjon 3: fasar

# Variables:
#   $phase-3 (String) - endringsklassen for fase III (stable, slight-increase, … som i applications-trend)
#   $phase-2 (String) - endringsklassen for fase II
#   $previous-year (String) - året det blir samanlikna med
phases-change = Det var { $phase-3 ->
    [stable] eit stabilt tal på studiar
    [slight-increase] ein svak auke i talet på studiar
    [clear-increase] ein klar auke i talet på studiar
    [sharp-increase] ein kraftig auke i talet på studiar
    [slight-decrease] ein svak nedgang i talet på studiar
    [clear-decrease] ein klar nedgang i talet på studiar
   *[sharp-decrease] ein kraftig nedgang i talet på studiar
  } i fase III, medan talet på fase II-studiar { $phase-2 ->
    [stable] er på linje med tala for { $previous-year }
    [slight-increase] viser ein svak auke frå { $previous-year }
    [clear-increase] viser ein klar auke frå { $previous-year }
    [sharp-increase] viser ein kraftig auke frå { $previous-year }
    [slight-decrease] viser ein svak nedgang frå { $previous-year }
    [clear-decrease] viser ein klar nedgang frå { $previous-year }
   *[sharp-decrease] viser ein kraftig nedgang frå { $previous-year }
  }.
phases-note = Merk at somme studiar høyrer til to fasar, til dømes fase I–II. Desse er plasserte i kategorien for den lågaste fasen.
# Variables:
#   $phase (String) - fasen med romartal: I, II, III eller IV
phase = Fase { $phase }
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
figure-phases = Søknader om kliniske studiar fordelt på fasar, { $previous-year } og { $year }.

## Seksjon 4: terapiområde

# Variables:
#   $count (Number) - søknader i det største terapiområdet
#   $area (String) - kortnamnet på området (soc-*.short), t.d. «kreft»
#   $still (String) - yes (området var størst i fjor òg), no, eller unknown (ikkje kjent)
#   $by-far (String) - yes dersom området har minst dobbelt så mange søknader som det nest største
#   $cancer-section (String) - blir ei lenkje til kreftseksjonen («seksjon 5»); må stå i teksten
therapy-leader = Med { $count } søknader er { $area } { $still ->
    [yes] framleis det terapiområdet
   *[other] det terapiområdet
  } som det blir gjort { $by-far ->
    [yes] desidert flest
   *[no] flest
  } kliniske studiar på i Noreg (for meir om kreftstudiar, sjå { $cancer-section }).

# Variables:
#   $count (Number) - kor mange område tabellen viser
#   $year (String) - rapportåret
table-therapy = Dei { $count ->
    [10] ti
   *[other] { $count }
  } vanlegaste terapiområda i søknader om kliniske studiar med legemiddel i Noreg i { $year }.
col-rank = Nr.
col-soc = System organ class (MedDRA)
col-applications = Talet på søknader
# Variables:
#   $rank (Number) - plassen i tabellen
rank = { $rank }.
note-meddra = MedDRA: Medical Dictionary for Regulatory Activities.

## Seksjon 5: kreftstudiar

cancer-definition = Med kreftstudiar meiner vi studiar av alle godarta, vondarta og uspesifiserte svulstar (inkludert cystar og polyppar) etter MedDRA.
# Variables:
#   $total (Number) - kreftstudiar det vart søkt om i året
#   $year (String) - rapportåret
#   $change (String) - endringsklassen (som i applications-trend), eller none når talet for i fjor manglar
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
cancer-total = Det vart søkt om totalt { $total } kreftstudiar i { $year }{ $change ->
    [stable] , noko som er på linje med { $previous-year }.
    [slight-increase] , noko som er ein svak auke frå { $previous-year }.
    [clear-increase] , noko som er ein klar auke frå { $previous-year }.
    [sharp-increase] , noko som er ein kraftig auke frå { $previous-year }.
    [slight-decrease] , noko som er ein svak nedgang frå { $previous-year }.
    [clear-decrease] , noko som er ein klar nedgang frå { $previous-year }.
    [sharp-decrease] , noko som er ein kraftig nedgang frå { $previous-year }.
   *[none] .
  }
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-cancer = Talet på søkte kreftstudiar frå { $from } til { $to }, fordelt på sponsortype.
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
table-cancer = Talet på søkte kreftstudiar fordelt på kommersielle og ikkje-kommersielle aktørar, { $from }–{ $to }.
col-commercial-short = Kommersielle
col-non-commercial-short = Ikkje-kommersielle
col-total-short = Totalt

## Seksjon 6: vesentlege endringar

# Variables:
#   $change (String) - endringsklassen (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
modifications-trend = Talet på søknader om vesentlege endringar { $change ->
    [stable] er på linje med
    [slight-increase] viser ein svak auke frå
    [clear-increase] viser ein klar auke frå
    [sharp-increase] viser ein kraftig auke frå
    [slight-decrease] viser ein svak nedgang frå
    [clear-decrease] viser ein klar nedgang frå
   *[sharp-decrease] viser ein kraftig nedgang frå
  } { $previous-year } ({ $previous }).
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader om vesentlege endringar behandla i året
modifications-total = I { $year } behandla vi { $total } slike søknader.
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-modifications = Talet på søknader om vesentlege endringar frå { $from } til { $to }, fordelt på søknader søkt i CTIS (CTR) og etter gammalt regelverk (CTD).
series-ctis = Søkt i CTIS (CTR)
series-ctd = Gammalt regelverk (CTD)
axis-modifications = Talet på søknader
# Variables:
#   $year (String) - rapportåret
table-modifications = Talet på søknader om vesentlege endringar i { $year }, fordelt på rolla til Noreg i utgreiinga.
col-role = Rolle
col-in-ctis = Søkt i CTIS
col-ctd = CTD
row-mod-rms = Multinasjonale studiar der Noreg er RMS
row-mod-mononational = Mononasjonale studiar
row-mod-msc = Multinasjonale studiar der Noreg er MSC
row-sum = Sum

## Seksjon 7: tryggleiksrapportering

safety-regulation = Etter gjennomføringsforordning (EU) 2022/20, som kommisjonen vedtok 7. januar 2022, skal medlemslanda i EU samarbeide tettare om tryggleiksovervakinga av kliniske studiar. Eitt medlemsland blir difor peika ut som hovudansvarleg for å overvake tryggleiken til ein aktiv substans. Dette medlemslandet blir omtalt som «safety assessing Member State».
safety-scope = Tryggleiksovervaking inneber utgreiing av årsrapportar og screening for «suspected unexpected serious adverse reactions» (SUSAR-ar) i EudraVigilance-databasen, men òg vurdering av notifikasjonar som blir sende inn i CTIS for pågåande studiar. Notifikasjonar som krev utgreiing, gjeld uventa hendingar (unexpected events), hastetiltak (urgent safety measures), alvorlege avvik (serious breaches), mellombels stans av studien (temporary halt) eller tidleg avslutting av studien (early trial termination) som kan vere tryggleiksrelaterte eller påverke datakvaliteten.
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
#   $reports-change (String) - endringsklassen for årsrapportar (som i applications-trend)
#   $reports-previous (Number) - årsrapportar året før
#   $reports (Number) - årsrapportar i år
#   $notifications-change (String) - endringsklassen for notifikasjonar
#   $notifications-previous (Number) - notifikasjonar året før
#   $notifications (Number) - notifikasjonar i år
safety-change = Frå { $previous-year } til { $year } { $reports-change ->
    [stable] heldt talet på årsrapportar seg stabilt
    [slight-increase] auka talet på årsrapportar svakt
    [clear-increase] auka talet på årsrapportar klart
    [sharp-increase] auka talet på årsrapportar kraftig
    [slight-decrease] gjekk talet på årsrapportar svakt ned
    [clear-decrease] gjekk talet på årsrapportar klart ned
   *[sharp-decrease] gjekk talet på årsrapportar kraftig ned
  }, frå { $reports-previous } til { $reports }, og talet på notifikasjonar som krev utgreiing, { $notifications-change ->
    [stable] heldt seg stabilt
    [slight-increase] auka svakt
    [clear-increase] auka klart
    [sharp-increase] auka kraftig
    [slight-decrease] gjekk svakt ned
    [clear-decrease] gjekk klart ned
   *[sharp-decrease] gjekk kraftig ned
  }, frå { $notifications-previous } til { $notifications }.
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
figure-safety-reports = Talet på årsrapportar og notifikasjonar som krev utgreiing, og som er melde inn via CTIS, { $previous-year } og { $year }.
series-annual-reports = Årsrapportar
series-notifications = Notifikasjonar
# Variables:
#   $year (String) - rapportåret
figure-safety-substances = Talet på aktive substansar som Noreg er ansvarleg for i { $year }: substansar som berre blir brukte i Noreg, og substansar som blir brukte i fleire medlemsland, der Noreg er «safety assessing Member State».
series-substances-national = Berre i bruk i Noreg
series-substances-multinational = I bruk i fleire medlemsland
axis-substances = Talet på aktive substansar

## Seksjon 8: rettleiing og rådgiving

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - rettleiingar i alt
#   $meetings (Number) - fysiske eller digitale møte
#   $written (Number) - skriftlege rettleiingar
guidance-total = I { $year } gjennomførte DMP { $total } nasjonale rettleiingar, der { $meetings } var fysiske eller digitale møte og { $written } var skriftlege rettleiingar.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - rettleiingar i alt
guidance-total-only = I { $year } gjennomførte DMP { $total } nasjonale rettleiingar.
# Variables:
#   $shape (String) - gradual-increase, increase, stable eller decrease
#   $base-year (String) - året samanlikninga startar
#   $base (Number) - rettleiingar det året
guidance-since = { $shape ->
    [gradual-increase] Dette er ein gradvis auke frå { $base-year }, då det vart gjennomført { $base } rettleiingar.
    [increase] Dette er ein auke frå { $base-year }, då det vart gjennomført { $base } rettleiingar.
    [decrease] Dette er ein nedgang frå { $base-year }, då det vart gjennomført { $base } rettleiingar.
   *[stable] Dette er på linje med { $base-year }, då det vart gjennomført { $base } rettleiingar.
  }
# Variables:
#   $human (Number) - rettleiingar om legemiddel til menneske
#   $veterinary (Number) - rettleiingar om legemiddel til dyr
#   $devices (Number) - rettleiingar om medisinsk utstyr
guidance-areas = { $human } av rettleiingane handla om legemiddel til menneske, medan { $veterinary } handla om legemiddel til dyr. { $devices ->
    [0] Ingen rettleiingar
    [one] Éi rettleiing
   *[other] { $devices } rettleiingar
  } gjaldt medisinsk utstyr.
# Variables:
#   $industry (Number) - rettleiingar initierte av industrien
#   $academia (Number) - rettleiingar med akademia
#   $percent (String) - delen til industrien, ferdig formatert («76 %»)
#   $approximate (String) - yes dersom delen er avrunda
guidance-initiators = { $industry } av rettleiingane var initierte av industrien, noko som svarar til { $approximate ->
    [yes] ca. { $percent }
   *[no] { $percent }
  }. Dei resterande { $academia } rettleiingane var med akademia.
# Variables:
#   $year (String) - rapportåret
figure-guidance-areas = Talet på rettleiingar og rådgivingsmøte i { $year } fordelt på fagområde.
area-human = Legemiddel til menneske
area-veterinary = Legemiddel til dyr
area-devices = Medisinsk utstyr
axis-guidance = Talet på rettleiingar
# Variables:
#   $year (String) - rapportåret
figure-guidance-initiators = Talet på rettleiingar og rådgivingsmøte i { $year } fordelt på førespurnader initierte av industri og akademia.
initiator-industry = Industri
initiator-academia = Akademia
