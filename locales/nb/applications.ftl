### Seksjon 1 og 2: søknader om kliniske studier, og søknader søkt i CTIS.

## Seksjon 1: søknader om kliniske studier

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader mottatt i året
applications-received = I { $year } mottok Direktoratet for medisinske produkter { $total ->
    [0] ingen søknader
    [one] én søknad
   *[other] { $total } søknader
  } om klinisk utprøving av legemidler til mennesker.

# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease
#   $level (String) - low (fjoråret var seriens laveste), high (høyeste) eller ordinary
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
#   $continues (String) - yes hvis endringen går samme vei som året før
applications-trend = Dette er { $change ->
    [stable] på linje med
    [slight-increase] en svak oppgang fra
    [clear-increase] en klar oppgang fra
    [sharp-increase] en kraftig oppgang fra
    [slight-decrease] en svak nedgang fra
    [clear-decrease] en klar nedgang fra
   *[sharp-decrease] en kraftig nedgang fra
  } { $level ->
    [low] fjorårets lave nivå
    [high] fjorårets høye nivå
   *[ordinary] nivået i { $previous-year }
  }.

# Hvilken sponsortype som står for mest av endringen, og hva den andre gjør.
# Variables:
#   $direction (String) - up eller down: retningen for alle søknader
#   $driver (String) - commercial eller non-commercial: gruppen med størst endring i den retningen
#   $other-change (String) - endringsklassen for den andre gruppen (som $change over)
#   $other-continues (String) - yes hvis den andre gruppens endring fortsetter fra året før
applications-split = { $direction ->
    [up] Økningen
   *[down] Nedgangen
  } er størst blant { $driver ->
    [commercial] de kommersielle aktørene, mens studier initiert av ikke-kommersielle aktører
   *[non-commercial] de ikke-kommersielle aktørene, mens studier initiert av kommersielle aktører
  } { $other-continues ->
    [yes] fortsatt har
   *[no] har
  } { $other-change ->
    [stable] et stabilt nivå
    [slight-increase] en svak oppgang
    [clear-increase] en klar oppgang
    [sharp-increase] en kraftig oppgang
    [slight-decrease] en svak nedgang
    [clear-decrease] en klar nedgang
   *[sharp-decrease] en kraftig nedgang
  }.

# Andelen ikke-kommersielle søknader.
# Variables:
#   $driver (String) - commercial (da ble de ikke-kommersielle nevnt sist), non-commercial eller none
#   $year (String) - rapportåret
#   $percent (String) - andelen, ferdig formatert («30 %»)
#   $approximate (String) - yes hvis prosenten er avrundet
applications-share = { $driver ->
    [commercial] Sistnevnte gruppe står
   *[other] Ikke-kommersielle sponsorer står
  } i { $year } for { $percent } av alle søknadene.

# Variables:
#   $count (Number) - studier som involverer barn og/eller ungdom
applications-paediatric = { $count ->
    [0] Ingen av de søkte studiene involverer barn eller ungdom.
   *[other] { $count } av de søkte studiene involverer barn og/eller ungdom.
  }

# Variables:
#   $count (Number) - avslåtte søknader
#   $year (String) - rapportåret
#   $date (String) - datoen tallet gjelder per, ferdig formatert
applications-rejected = { $count ->
    [0] Ingen søknader om klinisk utprøving av legemidler til mennesker mottatt i { $year } har blitt avslått
    [one] Én søknad om klinisk utprøving av legemidler til mennesker mottatt i { $year } har blitt avslått
   *[other] { $count } søknader om klinisk utprøving av legemidler til mennesker mottatt i { $year } har blitt avslått
  } (per { $date }).

# Variables:
#   $count (Number) - overgangssøknader
#   $year (String) - rapportåret
applications-transition = Det ble søkt og behandlet { $count ->
    [0] ingen overgangssøknader
    [one] én overgangssøknad
   *[other] { $count } overgangssøknader
  } i { $year }.

# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-applications = Utviklingen i antall søknader om kliniske studier fra { $from } til { $to }, fordelt på sponsortype.
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
table-applications = Antall søknader om kliniske studier fordelt på sponsortype, { $from }–{ $to }.
col-year = År
col-commercial = Kommersielle sponsorer
col-non-commercial = Ikke-kommersielle sponsorer
col-non-commercial-share = Andel ikke-kommersielle
col-total = Søknader totalt

# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-transition = Utviklingen i antall overgangssøknader fra { $from } til { $to }.
series-transition = Overgangssøknader

## Seksjon 2: mono- og multinasjonale søknader

# Variables:
#   $total (Number) - søknader søkt i CTIS
#   $all (String) - yes hvis alle årets søknader ble søkt i CTIS
#   $year (String) - rapportåret
#   $multinational (Number) - multinasjonale søknader
#   $mononational (Number) - mononasjonale søknader
ctis-split = { $all ->
    [yes] Av de { $total } søknadene om klinisk utprøving som ble mottatt i { $year }, var
   *[no] Av de { $total } søknadene som ble søkt i CTIS i { $year }, var
  } { $multinational ->
    [one] én multinasjonal (studien er søkt i flere land i EU/EØS).
   *[other] { $multinational } multinasjonale (studiene er søkt i flere land i EU/EØS).
  } { $mononational ->
    [one] Én søknad var mononasjonal
   *[other] { $mononational } søknader var mononasjonale
  } (søkt kun i Norge).

# Variables:
#   $rms (Number) - multinasjonale søknader der Norge er RMS
#   $multinational (Number) - alle multinasjonale søknader
#   $year (String) - rapportåret
ctis-rms = Norge har vært rapporterende medlemsland (Reporting Member State, RMS) for { $rms } av de multinasjonale søknadene i { $year }.
ctis-rms-role = RMS-rollen innebærer at Norge leder og koordinerer valideringen og utredningen av søknadens del I.

# Variables:
#   $count (Number) - mononasjonale studier med ikke-kommersielle sponsorer
#   $mononational (Number) - alle mononasjonale studier
ctis-mononational = Av de mononasjonale studiene har { $count } av { $mononational } ikke-kommersielle sponsorer.

table-ctis = Antall søknader om mono- og multinasjonale studier søkt i CTIS, per år siden forordning (EU) nr. 536/2014 trådte i kraft, og Norges rolle i utredningen av de multinasjonale søknadene.
# Variables:
#   $years (String) - årene der tabellen ikke viser alle søknader, ferdig satt sammen
#   $count (Number) - hvor mange slike år
table-ctis-partial = Merk at tabellen ikke viser det samlede antallet søknader for { $years }, da det også ble sendt inn søknader under gammelt regelverk i { $count ->
    [one] dette året
   *[other] denne perioden
  }.
col-case-type = Type sak
row-ctis-rms = Multinasjonale søknader der Norge er RMS*
row-ctis-msc = Multinasjonale søknader der Norge er MSC**/AMS***
row-ctis-mononational = Mononasjonale søknader
note-rms = *RMS: Reporting Member State, landet som leder og koordinerer valideringen og utredningen av søknadens del I.
note-msc = **MSC: Member State Concerned, deltakende medlemsland.
note-ams = ***AMS: Additional Member State, Norge er søkt lagt til som medlemsland i en pågående multinasjonal studie.
