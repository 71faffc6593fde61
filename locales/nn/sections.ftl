### Seksjon 3–8: fasar, terapiområde, kreft, vesentlege endringar, tryggleik, rettleiing.

## Seksjon 3: fasar

# Variables:
#   $phase-3 (String) - endringsklassen for fase III (stable, slight-increase, … som i applications-trend)
#   $phase-3-previous (Number) - studiar i fase III året før
#   $phase-3-current (Number) - studiar i fase III i år
#   $phase-2 (String) - endringsklassen for fase II
#   $phase-2-previous (Number) - studiar i fase II året før
#   $phase-2-current (Number) - studiar i fase II i år
#   $agree (String) - yes dersom fase III og fase II gjekk same veg (då «og», elles «medan»)
#   $previous-year (String) - året det blir samanlikna med
phases-change = Det var { $phase-3 ->
    [stable] eit stabilt tal på studiar
    [slight-increase] ein svak auke i talet på studiar
    [clear-increase] ein klar auke i talet på studiar
    [sharp-increase] ein kraftig auke i talet på studiar
    [slight-decrease] ein svak nedgang i talet på studiar
    [clear-decrease] ein klar nedgang i talet på studiar
   *[sharp-decrease] ein kraftig nedgang i talet på studiar
  } i fase III { $phase-3 ->
    [stable] ({ $phase-3-current } mot { $phase-3-previous } i { $previous-year })
   *[other] (frå { $phase-3-previous } til { $phase-3-current })
  }, { $agree ->
    [yes] og
   *[no] medan
  } talet på fase II-studiar { $phase-2 ->
    [stable] er på linje med tala for { $previous-year } ({ $phase-2-current } mot { $phase-2-previous })
    [slight-increase] har ein svak auke frå { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [clear-increase] har ein klar auke frå { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [sharp-increase] har ein kraftig auke frå { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [slight-decrease] har ein svak nedgang frå { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [clear-decrease] har ein klar nedgang frå { $phase-2-previous } i { $previous-year } til { $phase-2-current }
   *[sharp-decrease] har ein kraftig nedgang frå { $phase-2-previous } i { $previous-year } til { $phase-2-current }
  }.
phases-note = Merk at somme studiar høyrer til to fasar, til dømes fase I–II. Desse er plasserte i kategorien for den lågaste fasen.
# Variables:
#   $phase (String) - fasen med romartal: I, II, III eller IV
phase = Fase { $phase }

## Seksjon 4: terapiområde

# Variables:
#   $count (Number) - søknader i det største terapiområdet
#   $area (String) - kortnamnet på området (soc-*.short), t.d. «kreft»
#   $still (String) - yes (området var størst òg i fjor), no, eller unknown (ikkje kjent)
#   $by-far (String) - yes dersom området har minst dobbelt så mange søknader som det nest største
#   $cancer-section (String) - blir ei lenkje til kreftseksjonen («seksjon 5»); må stå i teksten
#   $cancer-shown (String) - yes når rapporten har ein seksjon om kreftstudiar, elles no (då inga tilvising)
therapy-leader = Med { $count } søknader er { $area } { $still ->
    [yes] framleis det
   *[other] det
  } { $by-far ->
    [yes] desidert største
   *[no] største
  } terapiområdet{ $cancer-shown ->
    [yes] { " " }(for meir om kreftstudiar, sjå { $cancer-section })
   *[no] {""}
  }.

col-rank = Nr.
col-soc = Organklasse i MedDRA (SOC)
col-applications = Talet på søknader
# Variables:
#   $rank (Number) - plassen i tabellen
rank = { $rank }.
note-meddra = MedDRA: Medical Dictionary for Regulatory Activities. Organklassane er gjevne att med dei engelske namna i MedDRA.

## Seksjon 5: kreftstudiar

cancer-definition = Kreftstudiar er definerte som studiar av alle godarta, vondarta og uspesifiserte svulstar (inkludert cystar og polyppar) etter MedDRA.
# Når tala for året før er kjende.
# Variables:
#   $total (Number) - kreftstudiar det vart søkt om i året
#   $year (String) - rapportåret
#   $change (String) - endringsklassen (som i applications-trend); unchanged (same tal som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: sei prosenten)
#   $direction (String) - up, down eller same
#   $level (String) - low, high eller ordinary (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
#   $streak (Number) - kor mange år på rad talet har gått same veg (som i applications-trend)
#   $percent (Number) - endringa i heile prosent, utan forteikn (blir brukt ved increase-by og decrease-by)
cancer-total = Det vart søkt om totalt { $total ->
    [one] éin kreftstudie
   *[other] { WORDS($total) } kreftstudiar
  } i { $year }, noko som er { $change ->
    [stable] på linje med
    [unchanged] uendra frå
    [increase-by] ein auke på { $percent } prosent frå
    [decrease-by] ein nedgang på { $percent } prosent frå
    [slight-increase] ein svak auke frå
    [clear-increase] ein klar auke frå
    [sharp-increase] ein kraftig auke frå
    [slight-decrease] ein svak nedgang frå
    [clear-decrease] ein klar nedgang frå
   *[sharp-decrease] ein kraftig nedgang frå
  } { $level ->
    [low] det låge nivået i fjor ({ $previous })
    [high] det høge nivået i fjor ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $streak ->
    [0] {""}
    [1] {""}
   *[other] { $direction ->
        [up] , og talet har auka { WORDS($streak) } år på rad
       *[down] , og talet har gått ned { WORDS($streak) } år på rad
      }
  }.
# Når tala for året før ikkje er kjende.
# Variables:
#   $total (Number) - kreftstudiar det vart søkt om i året
#   $year (String) - rapportåret
cancer-total-only = Det vart søkt om totalt { $total ->
    [one] éin kreftstudie
   *[other] { WORDS($total) } kreftstudiar
  } i { $year }.
col-commercial-short = Kommersielle
col-non-commercial-short = Ikkje-kommersielle
col-total-short = I alt

## Seksjon 6: vesentlege endringar

# Når tala for året før er kjende.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader om vesentlege endringar behandla i året
#   $change (String) - endringsklassen (som i applications-trend); unchanged (same tal som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: sei prosenten)
#   $direction (String) - up, down eller same
#   $level (String) - low, high eller ordinary (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
#   $streak (Number) - kor mange år på rad talet har gått same veg (som i applications-trend)
#   $agency (String) - kortnamnet på etaten det året (agency-*.short), t.d. «DMP»
#   $percent (Number) - endringa i heile prosent, utan forteikn (blir brukt ved increase-by og decrease-by)
modifications-trend = I { $year } behandla { $agency } { WORDS($total) } søknader om vesentlege endringar, noko som er { $change ->
    [stable] på linje med
    [unchanged] uendra frå
    [increase-by] ein auke på { $percent } prosent frå
    [decrease-by] ein nedgang på { $percent } prosent frå
    [slight-increase] ein svak auke frå
    [clear-increase] ein klar auke frå
    [sharp-increase] ein kraftig auke frå
    [slight-decrease] ein svak nedgang frå
    [clear-decrease] ein klar nedgang frå
   *[sharp-decrease] ein kraftig nedgang frå
  } { $level ->
    [low] det låge nivået i fjor ({ $previous })
    [high] det høge nivået i fjor ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $streak ->
    [0] {""}
    [1] {""}
   *[other] { $direction ->
        [up] , og talet har auka { WORDS($streak) } år på rad
       *[down] , og talet har gått ned { WORDS($streak) } år på rad
      }
  }.
# Når tala for året før ikkje er kjende.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader om vesentlege endringar behandla i året
#   $agency (String) - kortnamnet på etaten det året (agency-*.short), t.d. «DMP»
modifications-total = I { $year } behandla { $agency } { WORDS($total) } søknader om vesentlege endringar.
# Fordelinga på CTIS og gammalt regelverk, når det ikkje finst tal for året før å samanlikne med.
# Variables:
#   $ctis (Number) - komne inn i CTIS
#   $ctd (Number) - etter gammalt regelverk (CTD)
modifications-split = Av desse kom { WORDS($ctis) } inn i CTIS og { WORDS($ctd) } etter gammalt regelverk (CTD).
# Korleis søknadene i CTIS og etter gammalt regelverk (CTD) endra seg frå året før.
# Variables:
#   $ctis-change (String) - endringsklassen for søknadene i CTIS (som i applications-trend)
#   $ctis-previous (Number) - i CTIS året før
#   $ctis (Number) - i CTIS i år
#   $ctd-change (String) - endringsklassen for søknadene etter CTD
#   $ctd-previous (Number) - etter CTD året før
#   $ctd (Number) - etter CTD i år
#   $ctd-none (String) - yes når det i år ikkje kom nokon søknader etter CTD, men det gjorde det året før
#   $apart (String) - yes når dei to gjekk kvar sin veg (då «medan», elles «og»)
modifications-parts = Søknadene i CTIS { $ctis-change ->
    [stable] heldt seg på same nivå
    [slight-increase] auka svakt
    [clear-increase] auka klart
    [sharp-increase] auka kraftig
    [slight-decrease] gjekk svakt ned
    [clear-decrease] gjekk klart ned
   *[sharp-decrease] gjekk kraftig ned
  } (frå { $ctis-previous } til { $ctis }), { $apart ->
    [yes] medan
   *[no] og
  } { $ctd-none ->
    [yes] det kom ingen søknader etter gammalt regelverk (CTD), mot { $ctd-previous } året før.
   *[no] søknadene etter gammalt regelverk (CTD) { $ctd-change ->
        [stable] heldt seg på same nivå
        [slight-increase] auka svakt
        [clear-increase] auka klart
        [sharp-increase] auka kraftig
        [slight-decrease] gjekk svakt ned
        [clear-decrease] gjekk klart ned
       *[sharp-decrease] gjekk kraftig ned
      } (frå { $ctd-previous } til { $ctd }).
  }
series-modifications = Søknader om vesentlege endringar
series-ctis = Sendt inn i CTIS (CTR)
series-ctd = Gammalt regelverk (CTD)
axis-modifications = Talet på søknader
# Under tabellen over vesentlege endringar, når nokre kom inn etter det gamle regelverket.
# Variables:
#   $ctd (Number) - søknader om vesentlege endringar etter CTD
note-mod-ctd = Søknader etter CTD har inga RMS- eller MSC-rolle ({ symbol-not-applicable }), og kor mange av dei som galdt mononasjonale studiar, er ikkje kjent ({ symbol-not-available }); dei { $ctd } søknadene er berre med i summen.
col-role = Rolle
col-in-ctis = Sendt inn i CTIS
col-ctd = CTD
row-mod-rms = Multinasjonale studiar der Noreg er RMS
row-mod-mononational = Mononasjonale studiar
row-mod-msc = Multinasjonale studiar der Noreg er MSC
row-sum = I alt

## Seksjon 7: tryggleiksrapportering

safety-regulation = Etter gjennomføringsforordning (EU) 2022/20, som kommisjonen vedtok 7. januar 2022, skal medlemslanda i EU samarbeide tettare om tryggleiksovervakinga av kliniske studiar. Eitt medlemsland blir difor peika ut som hovudansvarleg for å overvake tryggleiken til ein aktiv substans. Dette medlemslandet blir omtalt som «safety assessing Member State».
safety-scope = Tryggleiksovervakinga omfattar utgreiing av årsrapportar, screening av EudraVigilance-databasen for «suspected unexpected serious adverse reactions» (SUSAR-ar) og vurdering av notifikasjonar som kjem inn i CTIS for pågåande studiar. Notifikasjonar som krev utgreiing, gjeld uventa hendingar (unexpected events), hastetiltak (urgent safety measures), alvorlege avvik (serious breaches), mellombels stans av studien (temporary halt) eller tidleg avslutting av studien (early trial termination) som kan vere tryggleiksrelaterte eller påverke datakvaliteten.
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
#   $reports-change (String) - endringsklassen for årsrapportar (som i applications-trend)
#   $reports-previous (Number) - årsrapportar året før
#   $reports (Number) - årsrapportar i år
#   $notifications-change (String) - endringsklassen for notifikasjonar
#   $notifications-previous (Number) - notifikasjonar året før
#   $notifications (Number) - notifikasjonar i år
#   $agree (String) - yes når dei to gjekk same veg (då «og», elles «medan»)
safety-change = Frå { $previous-year } til { $year } { $reports-change ->
    [stable] heldt talet på årsrapportar seg stabilt
    [slight-increase] auka talet på årsrapportar svakt
    [clear-increase] auka talet på årsrapportar klart
    [sharp-increase] auka talet på årsrapportar kraftig
    [slight-decrease] gjekk talet på årsrapportar svakt ned
    [clear-decrease] gjekk talet på årsrapportar klart ned
   *[sharp-decrease] gjekk talet på årsrapportar kraftig ned
  }, frå { $reports-previous } til { $reports }, { $agree ->
    [yes] og
   *[no] medan
  } talet på notifikasjonar som krev utgreiing, { $notifications-change ->
    [stable] heldt seg stabilt
    [slight-increase] auka svakt
    [clear-increase] auka klart
    [sharp-increase] auka kraftig
    [slight-decrease] gjekk svakt ned
    [clear-decrease] gjekk klart ned
   *[sharp-decrease] gjekk kraftig ned
  }, frå { $notifications-previous } til { $notifications }.
# Variables:
#   $change (String) - endringsklassen (som i applications-trend)
#   $previous (Number) - aktive substansar året før
#   $current (Number) - aktive substansar i år
safety-substances-change = Talet på aktive substansar som Noreg er ansvarleg for, { $change ->
    [stable] heldt seg stabilt
    [slight-increase] auka svakt
    [clear-increase] auka klart
    [sharp-increase] auka kraftig
    [slight-decrease] gjekk svakt ned
    [clear-decrease] gjekk klart ned
   *[sharp-decrease] gjekk kraftig ned
  }, frå { $previous } til { $current }.
series-annual-reports = Årsrapportar
series-notifications = Notifikasjonar
series-substances-national = Berre i bruk i Noreg
series-substances-multinational = I bruk i fleire medlemsland
axis-substances = Talet på aktive substansar

## Seksjon 8: rettleiing og rådgiving

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - rettleiingar i alt
#   $meetings (Number) - fysiske eller digitale møte
#   $written (Number) - skriftlege rettleiingar
#   $agency (String) - kortnamnet på etaten det året (agency-*.short), t.d. «DMP»
guidance-total = I { $year } gjennomførte { $agency } { WORDS($total) } nasjonale rettleiingar: { WORDS($meetings) } fysiske eller digitale møte og { WORDS($written) } skriftlege rettleiingar.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - rettleiingar i alt
#   $agency (String) - kortnamnet på etaten det året (agency-*.short)
guidance-total-only = I { $year } gjennomførte { $agency } { WORDS($total) } nasjonale rettleiingar.
# Når tala for året før er kjende.
# Variables:
#   $change (String) - endringsklassen (som i applications-trend); unchanged (same tal som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: sei prosenten)
#   $direction (String) - up, down eller same
#   $level (String) - low, high eller ordinary (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
#   $streak (Number) - kor mange år på rad talet har gått same veg (som i applications-trend)
#   $gradual (String) - yes når talet har auka svakt kvart år sidan $base-year (minst to år på rad)
#   $base-year (String) - året den gradvise auken starta (berre når $gradual er yes)
#   $base (Number) - rettleiingar det året (berre når $gradual er yes)
#   $percent (Number) - endringa i heile prosent, utan forteikn (blir brukt ved increase-by og decrease-by)
guidance-trend = Dette er { $change ->
    [stable] på linje med
    [unchanged] uendra frå
    [increase-by] ein auke på { $percent } prosent frå
    [decrease-by] ein nedgang på { $percent } prosent frå
    [slight-increase] ein svak auke frå
    [clear-increase] ein klar auke frå
    [sharp-increase] ein kraftig auke frå
    [slight-decrease] ein svak nedgang frå
    [clear-decrease] ein klar nedgang frå
   *[sharp-decrease] ein kraftig nedgang frå
  } { $level ->
    [low] det låge nivået i fjor ({ $previous })
    [high] det høge nivået i fjor ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $gradual ->
    [yes] , og talet har auka gradvis sidan { $base-year }, då det vart gjennomført { $base } rettleiingar
   *[no] { $streak ->
        [0] {""}
        [1] {""}
       *[other] { $direction ->
            [up] , og talet har auka { WORDS($streak) } år på rad
           *[down] , og talet har gått ned { WORDS($streak) } år på rad
          }
      }
  }.
# Når tala for året før ikkje er kjende: samanlikninga med det siste kjende året før.
# Variables:
#   $shape (String) - increase, stable eller decrease
#   $base-year (String) - året det blir samanlikna med
#   $base (Number) - rettleiingar det året
#   $missing (String) - åra imellom utan tal, ferdig sette saman («2023»)
guidance-since = { $shape ->
    [increase] Dette er fleire enn i { $base-year }, då det vart gjennomført { $base } rettleiingar
    [decrease] Dette er færre enn i { $base-year }, då det vart gjennomført { $base } rettleiingar
   *[stable] Dette er på linje med { $base-year }, då det vart gjennomført { $base } rettleiingar
  } (tal for { $missing } finst ikkje).

# Variables:
#   $human (Number) - rettleiingar om legemiddel til menneske
#   $veterinary (Number) - rettleiingar om legemiddel til dyr
#   $devices (Number) - rettleiingar om medisinsk utstyr
guidance-areas = Av rettleiingane galdt { $devices ->
    [0] { WORDS($human) } legemiddel til menneske og { WORDS($veterinary) } legemiddel til dyr; ingen galdt medisinsk utstyr
   *[other] { WORDS($human) } legemiddel til menneske, { WORDS($veterinary) } legemiddel til dyr og { WORDS($devices) } medisinsk utstyr
  }.
# Variables:
#   $industry (Number) - rettleiingar initierte av industrien
#   $academia (Number) - rettleiingar initierte av akademia
#   $percent (String) - delen til industrien, ferdig formatert («76 %»)
#   $approximate (String) - yes dersom delen er avrunda
guidance-initiators = { $industry ->
    [0] { $academia ->
        [0] Ingen av rettleiingane var initierte av industrien eller akademia.
       *[other] Alle rettleiingane var initierte av akademia.
      }
   *[other] Industrien tok initiativ til { $industry ->
        [one] éi
       *[other] { WORDS($industry) }
      } av rettleiingane, noko som svarar til { $approximate ->
        [yes] ca. { $percent }
       *[no] { $percent }
      }. { $academia ->
        [0] Ingen var initierte av akademia.
        [one] Den siste var initiert av akademia.
       *[other] Dei resterande { WORDS($academia) } var initierte av akademia.
      }
  }
area-human = Legemiddel til menneske
area-veterinary = Legemiddel til dyr
area-devices = Medisinsk utstyr
axis-guidance = Talet på rettleiingar
initiator-industry = Industri
initiator-academia = Akademia
