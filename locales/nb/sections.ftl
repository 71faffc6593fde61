### Seksjon 3–8: faser, terapiområder, kreft, vesentlige endringer, sikkerhet, veiledning.

## Seksjon 3: faser

# Variables:
#   $phase-3 (String) - endringsklassen for fase III (stable, slight-increase, … som i applications-trend)
#   $phase-3-previous (Number) - studier i fase III året før
#   $phase-3-current (Number) - studier i fase III i år
#   $phase-2 (String) - endringsklassen for fase II
#   $phase-2-previous (Number) - studier i fase II året før
#   $phase-2-current (Number) - studier i fase II i år
#   $agree (String) - yes hvis fase III og fase II gikk samme vei (da «og», ellers «mens»)
#   $previous-year (String) - året det sammenlignes med
phases-change = Det var { $phase-3 ->
    [stable] et stabilt antall studier
    [slight-increase] en svak oppgang i antallet studier
    [clear-increase] en klar oppgang i antallet studier
    [sharp-increase] en kraftig oppgang i antallet studier
    [slight-decrease] en svak nedgang i antallet studier
    [clear-decrease] en klar nedgang i antallet studier
   *[sharp-decrease] en kraftig nedgang i antallet studier
  } i fase III { $phase-3 ->
    [stable] ({ $phase-3-current } mot { $phase-3-previous } i { $previous-year })
   *[other] (fra { $phase-3-previous } til { $phase-3-current })
  }, { $agree ->
    [yes] og
   *[no] mens
  } antallet fase II-studier { $phase-2 ->
    [stable] er på linje med tallene for { $previous-year } ({ $phase-2-current } mot { $phase-2-previous })
    [slight-increase] har en svak oppgang fra { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [clear-increase] har en klar oppgang fra { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [sharp-increase] har en kraftig oppgang fra { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [slight-decrease] har en svak nedgang fra { $phase-2-previous } i { $previous-year } til { $phase-2-current }
    [clear-decrease] har en klar nedgang fra { $phase-2-previous } i { $previous-year } til { $phase-2-current }
   *[sharp-decrease] har en kraftig nedgang fra { $phase-2-previous } i { $previous-year } til { $phase-2-current }
  }.
phases-note = Merk at enkelte studier tilhører to faser, for eksempel fase I–II. Disse er fordelt i kategorien for laveste fase.
# Variables:
#   $phase (String) - fasen med romertall: I, II, III eller IV
phase = Fase { $phase }

## Seksjon 4: terapiområder

# Variables:
#   $count (Number) - søknader i det største terapiområdet
#   $area (String) - kortnavnet på området (soc-*.short), f.eks. «kreft»
#   $still (String) - yes (området var størst også i fjor), no, eller unknown (ikke kjent)
#   $by-far (String) - yes hvis området har minst dobbelt så mange søknader som det nest største
#   $cancer-section (String) - blir en lenke til kreftseksjonen («seksjon 5»); må stå i teksten
#   $cancer-shown (String) - yes når rapporten har en seksjon om kreftstudier, ellers no (da ingen henvisning)
therapy-leader = Med { $count } søknader er { $area } { $still ->
    [yes] fortsatt det
   *[other] det
  } { $by-far ->
    [yes] desidert største
   *[no] største
  } terapiområdet{ $cancer-shown ->
    [yes] { " " }(for mer om kreftstudier, se { $cancer-section })
   *[no] {""}
  }.

col-rank = Nr.
col-soc = Organklasse i MedDRA (SOC)
col-applications = Antall søknader
# Variables:
#   $rank (Number) - plassen i tabellen
rank = { $rank }.
note-meddra = MedDRA: Medical Dictionary for Regulatory Activities. Organklassene er gjengitt med de engelske navnene i MedDRA.

## Seksjon 5: kreftstudier

cancer-definition = Med kreftstudier menes studier av alle godartede, ondartede og uspesifiserte svulster (inkludert cyster og polypper) etter MedDRA.
# Når fjorårets tall er kjent.
# Variables:
#   $total (Number) - kreftstudier søkt i året
#   $year (String) - rapportåret
#   $change (String) - endringsklassen (som i applications-trend); unchanged (samme antall som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: si prosenten)
#   $direction (String) - up, down eller same
#   $level (String) - low, high eller ordinary (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
#   $streak (Number) - hvor mange år på rad antallet har gått samme vei (som i applications-trend)
#   $percent (Number) - endringen i hele prosent, uten fortegn (brukes ved increase-by og decrease-by)
cancer-total = Det ble søkt om totalt { $total ->
    [one] én kreftstudie
   *[other] { WORDS($total) } kreftstudier
  } i { $year }, noe som er { $change ->
    [stable] på linje med
    [unchanged] uendret fra
    [increase-by] en oppgang på { $percent } prosent fra
    [decrease-by] en nedgang på { $percent } prosent fra
    [slight-increase] en svak oppgang fra
    [clear-increase] en klar oppgang fra
    [sharp-increase] en kraftig oppgang fra
    [slight-decrease] en svak nedgang fra
    [clear-decrease] en klar nedgang fra
   *[sharp-decrease] en kraftig nedgang fra
  } { $level ->
    [low] fjorårets lave nivå ({ $previous })
    [high] fjorårets høye nivå ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $streak ->
    [0] {""}
    [1] {""}
   *[other] { $direction ->
        [up] , og antallet har økt { WORDS($streak) } år på rad
       *[down] , og antallet har gått ned { WORDS($streak) } år på rad
      }
  }.
# Når fjorårets tall ikke er kjent.
# Variables:
#   $total (Number) - kreftstudier søkt i året
#   $year (String) - rapportåret
cancer-total-only = Det ble søkt om totalt { $total ->
    [one] én kreftstudie
   *[other] { WORDS($total) } kreftstudier
  } i { $year }.
col-commercial-short = Kommersielle
col-non-commercial-short = Ikke-kommersielle
col-total-short = I alt

## Seksjon 6: vesentlige endringer

# Når fjorårets tall er kjent.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader om vesentlige endringer behandlet i året
#   $change (String) - endringsklassen (som i applications-trend); unchanged (samme antall som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: si prosenten)
#   $direction (String) - up, down eller same
#   $level (String) - low, high eller ordinary (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
#   $streak (Number) - hvor mange år på rad antallet har gått samme vei (som i applications-trend)
#   $agency (String) - kortnavnet på etaten det året (agency-*.short), f.eks. «DMP»
#   $percent (Number) - endringen i hele prosent, uten fortegn (brukes ved increase-by og decrease-by)
modifications-trend = I { $year } behandlet { $agency } { WORDS($total) } søknader om vesentlige endringer, noe som er { $change ->
    [stable] på linje med
    [unchanged] uendret fra
    [increase-by] en oppgang på { $percent } prosent fra
    [decrease-by] en nedgang på { $percent } prosent fra
    [slight-increase] en svak oppgang fra
    [clear-increase] en klar oppgang fra
    [sharp-increase] en kraftig oppgang fra
    [slight-decrease] en svak nedgang fra
    [clear-decrease] en klar nedgang fra
   *[sharp-decrease] en kraftig nedgang fra
  } { $level ->
    [low] fjorårets lave nivå ({ $previous })
    [high] fjorårets høye nivå ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $streak ->
    [0] {""}
    [1] {""}
   *[other] { $direction ->
        [up] , og antallet har økt { WORDS($streak) } år på rad
       *[down] , og antallet har gått ned { WORDS($streak) } år på rad
      }
  }.
# Når fjorårets tall ikke er kjent.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader om vesentlige endringer behandlet i året
#   $agency (String) - kortnavnet på etaten det året (agency-*.short), f.eks. «DMP»
modifications-total = I { $year } behandlet { $agency } { WORDS($total) } søknader om vesentlige endringer.
# Fordelingen på CTIS og gammelt regelverk, når det ikke finnes tall for året før å sammenligne med.
# Variables:
#   $ctis (Number) - sendt inn i CTIS
#   $ctd (Number) - etter det gamle regelverket (CTD)
modifications-split = Av disse kom { WORDS($ctis) } inn i CTIS og { WORDS($ctd) } etter det gamle regelverket (CTD).
# Hvordan søknadene i CTIS og etter det gamle regelverket (CTD) endret seg fra året før.
# Variables:
#   $ctis-change (String) - endringsklassen for søknadene i CTIS (som i applications-trend)
#   $ctis-previous (Number) - i CTIS året før
#   $ctis (Number) - i CTIS i år
#   $ctd-change (String) - endringsklassen for søknadene under CTD
#   $ctd-previous (Number) - under CTD året før
#   $ctd (Number) - under CTD i år
#   $ctd-none (String) - yes når det i år ikke kom noen søknader under CTD, men det gjorde det året før
#   $apart (String) - yes når de to gikk hver sin vei (da «mens», ellers «og»)
modifications-parts = Søknadene sendt inn i CTIS { $ctis-change ->
    [stable] holdt seg på samme nivå
    [slight-increase] økte svakt
    [clear-increase] økte klart
    [sharp-increase] økte kraftig
    [slight-decrease] gikk svakt ned
    [clear-decrease] gikk klart ned
   *[sharp-decrease] gikk kraftig ned
  } (fra { $ctis-previous } til { $ctis }), { $apart ->
    [yes] mens
   *[no] og
  } { $ctd-none ->
    [yes] det kom ingen søknader etter det gamle regelverket (CTD), mot { $ctd-previous } året før.
   *[no] søknadene etter det gamle regelverket (CTD) { $ctd-change ->
        [stable] holdt seg på samme nivå
        [slight-increase] økte svakt
        [clear-increase] økte klart
        [sharp-increase] økte kraftig
        [slight-decrease] gikk svakt ned
        [clear-decrease] gikk klart ned
       *[sharp-decrease] gikk kraftig ned
      } (fra { $ctd-previous } til { $ctd }).
  }
series-modifications = Søknader om vesentlige endringer
series-ctis = Sendt inn i CTIS (CTR)
series-ctd = Gammelt regelverk (CTD)
axis-modifications = Antall søknader
# Under tabellen over vesentlige endringer, når noen kom inn etter det gamle regelverket.
# Variables:
#   $ctd (Number) - søknader om vesentlige endringer etter CTD
note-mod-ctd = Søknader etter CTD har ingen RMS- eller MSC-rolle ({ symbol-not-applicable }), og hvor mange av dem som gjaldt mononasjonale studier, er ikke kjent ({ symbol-not-available }); de { $ctd } søknadene inngår bare i summen.
col-role = Rolle
col-in-ctis = Sendt inn i CTIS
col-ctd = CTD
row-mod-rms = Multinasjonale studier der Norge er RMS
row-mod-mononational = Mononasjonale studier
row-mod-msc = Multinasjonale studier der Norge er MSC
row-sum = I alt

## Seksjon 7: sikkerhetsrapportering

safety-regulation = I henhold til kommisjonens gjennomføringsforordning (EU) 2022/20 av 7. januar 2022 skal medlemslandene i EU samarbeide tettere om sikkerhetsovervåkingen av kliniske studier. Ett medlemsland blir derfor utpekt som hovedansvarlig for å overvåke sikkerheten til en aktiv substans. Dette medlemslandet omtales som «safety assessing Member State».
safety-scope = Sikkerhetsovervåkingen omfatter utredning av årsrapporter, screening av EudraVigilance-databasen for «suspected unexpected serious adverse reactions» (SUSAR-er) og vurdering av notifikasjoner som sendes inn i CTIS for pågående studier. Notifikasjoner som krever utredning, gjelder uventede hendelser (unexpected events), hastetiltak (urgent safety measures), alvorlige avvik (serious breaches), midlertidig stans av studien (temporary halt) eller tidlig avslutning av studien (early trial termination) som kan være sikkerhetsrelaterte eller påvirke datakvaliteten.
# Variables:
#   $previous-year (String) - året før
#   $year (String) - rapportåret
#   $reports-change (String) - endringsklassen for årsrapporter (som i applications-trend)
#   $reports-previous (Number) - årsrapporter året før
#   $reports (Number) - årsrapporter i år
#   $notifications-change (String) - endringsklassen for notifikasjoner
#   $notifications-previous (Number) - notifikasjoner året før
#   $notifications (Number) - notifikasjoner i år
#   $agree (String) - yes når de to gikk samme vei (da «og», ellers «mens»)
safety-change = Fra { $previous-year } til { $year } { $reports-change ->
    [stable] holdt antallet årsrapporter seg stabilt
    [slight-increase] økte antallet årsrapporter svakt
    [clear-increase] økte antallet årsrapporter klart
    [sharp-increase] økte antallet årsrapporter kraftig
    [slight-decrease] gikk antallet årsrapporter svakt ned
    [clear-decrease] gikk antallet årsrapporter klart ned
   *[sharp-decrease] gikk antallet årsrapporter kraftig ned
  }, fra { $reports-previous } til { $reports }, { $agree ->
    [yes] og
   *[no] mens
  } antallet notifikasjoner som krever utredning, { $notifications-change ->
    [stable] holdt seg stabilt
    [slight-increase] økte svakt
    [clear-increase] økte klart
    [sharp-increase] økte kraftig
    [slight-decrease] gikk svakt ned
    [clear-decrease] gikk klart ned
   *[sharp-decrease] gikk kraftig ned
  }, fra { $notifications-previous } til { $notifications }.
# Variables:
#   $change (String) - endringsklassen (som i applications-trend)
#   $previous (Number) - aktive substanser året før
#   $current (Number) - aktive substanser i år
safety-substances-change = Antallet aktive substanser som Norge er ansvarlig for, { $change ->
    [stable] holdt seg stabilt
    [slight-increase] økte svakt
    [clear-increase] økte klart
    [sharp-increase] økte kraftig
    [slight-decrease] gikk svakt ned
    [clear-decrease] gikk klart ned
   *[sharp-decrease] gikk kraftig ned
  }, fra { $previous } til { $current }.
series-annual-reports = Årsrapporter
series-notifications = Notifikasjoner
series-substances-national = Brukes bare i Norge
series-substances-multinational = Brukes i flere medlemsland
axis-substances = Antall aktive substanser

## Seksjon 8: veiledning og rådgivning

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - veiledninger i alt
#   $meetings (Number) - fysiske eller digitale møter
#   $written (Number) - skriftlige veiledninger
#   $agency (String) - kortnavnet på etaten det året (agency-*.short), f.eks. «DMP»
guidance-total = I { $year } gjennomførte { $agency } { WORDS($total) } nasjonale veiledninger, hvorav { WORDS($meetings) } var fysiske eller digitale møter og { WORDS($written) } var skriftlige veiledninger.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - veiledninger i alt
#   $agency (String) - kortnavnet på etaten det året (agency-*.short)
guidance-total-only = I { $year } gjennomførte { $agency } { WORDS($total) } nasjonale veiledninger.
# Når fjorårets tall er kjent.
# Variables:
#   $change (String) - endringsklassen (som i applications-trend); unchanged (samme antall som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: si prosenten)
#   $direction (String) - up, down eller same
#   $level (String) - low, high eller ordinary (som i applications-trend)
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
#   $streak (Number) - hvor mange år på rad antallet har gått samme vei (som i applications-trend)
#   $gradual (String) - yes når antallet har økt svakt hvert år siden $base-year (minst to år på rad)
#   $base-year (String) - året den gradvise økningen startet (bare når $gradual er yes)
#   $base (Number) - veiledninger det året (bare når $gradual er yes)
#   $percent (Number) - endringen i hele prosent, uten fortegn (brukes ved increase-by og decrease-by)
guidance-trend = Dette er { $change ->
    [stable] på linje med
    [unchanged] uendret fra
    [increase-by] en oppgang på { $percent } prosent fra
    [decrease-by] en nedgang på { $percent } prosent fra
    [slight-increase] en svak oppgang fra
    [clear-increase] en klar oppgang fra
    [sharp-increase] en kraftig oppgang fra
    [slight-decrease] en svak nedgang fra
    [clear-decrease] en klar nedgang fra
   *[sharp-decrease] en kraftig nedgang fra
  } { $level ->
    [low] fjorårets lave nivå ({ $previous })
    [high] fjorårets høye nivå ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $gradual ->
    [yes] , og antallet har økt gradvis siden { $base-year }, da det ble gjennomført { $base } veiledninger
   *[no] { $streak ->
        [0] {""}
        [1] {""}
       *[other] { $direction ->
            [up] , og antallet har økt { WORDS($streak) } år på rad
           *[down] , og antallet har gått ned { WORDS($streak) } år på rad
          }
      }
  }.
# Når fjorårets tall ikke er kjent: sammenligningen med det siste året før som er kjent.
# Variables:
#   $shape (String) - increase, stable eller decrease
#   $base-year (String) - året det sammenlignes med
#   $base (Number) - veiledninger det året
#   $missing (String) - årene mellom uten tall, ferdig satt sammen («2023»)
guidance-since = { $shape ->
    [increase] Dette er flere enn i { $base-year }, da det ble gjennomført { $base } veiledninger
    [decrease] Dette er færre enn i { $base-year }, da det ble gjennomført { $base } veiledninger
   *[stable] Dette er på linje med { $base-year }, da det ble gjennomført { $base } veiledninger
  } (tall for { $missing } finnes ikke).

# Variables:
#   $human (Number) - veiledninger om legemidler til mennesker
#   $veterinary (Number) - veiledninger om legemidler til dyr
#   $devices (Number) - veiledninger om medisinsk utstyr
guidance-areas = Av veiledningene gjaldt { $devices ->
    [0] { WORDS($human) } legemidler til mennesker og { WORDS($veterinary) } legemidler til dyr; ingen gjaldt medisinsk utstyr
   *[other] { WORDS($human) } legemidler til mennesker, { WORDS($veterinary) } legemidler til dyr og { WORDS($devices) } medisinsk utstyr
  }.
# Variables:
#   $industry (Number) - veiledninger initiert av industrien
#   $academia (Number) - veiledninger initiert av akademia
#   $percent (String) - industriens andel, ferdig formatert («76 %»)
#   $approximate (String) - yes hvis andelen er avrundet
guidance-initiators = { $industry ->
    [0] { $academia ->
        [0] Ingen av veiledningene var initiert av industrien eller akademia.
       *[other] Alle veiledningene var initiert av akademia.
      }
   *[other] Industrien tok initiativ til { $industry ->
        [one] én
       *[other] { WORDS($industry) }
      } av veiledningene, noe som tilsvarer { $approximate ->
        [yes] ca. { $percent }
       *[no] { $percent }
      }. { $academia ->
        [0] Ingen var initiert av akademia.
        [one] Den siste var initiert av akademia.
       *[other] De resterende { WORDS($academia) } var initiert av akademia.
      }
  }
area-human = Legemidler til mennesker
area-veterinary = Legemidler til dyr
area-devices = Medisinsk utstyr
axis-guidance = Antall veiledninger
initiator-industry = Industri
initiator-academia = Akademia
