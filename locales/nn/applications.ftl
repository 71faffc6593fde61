### Seksjon 1 og 2: søknader om kliniske studiar, og søknader søkt i CTIS.

## Seksjon 1: søknader om kliniske studiar

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader som kom inn i året
applications-received = I { $year } fekk Direktoratet for medisinske produkt { $total ->
    [0] ingen søknader
    [one] éin søknad
   *[other] { $total } søknader
  } om klinisk utprøving av legemiddel til menneske.

# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease
#   $level (String) - low (i fjor var det lågaste året i serien), high (det høgaste) eller ordinary
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
#   $continues (String) - yes dersom endringa går same veg som året før
applications-trend = Dette er { $change ->
    [stable] på linje med
    [slight-increase] ein svak auke frå
    [clear-increase] ein klar auke frå
    [sharp-increase] ein kraftig auke frå
    [slight-decrease] ein svak nedgang frå
    [clear-decrease] ein klar nedgang frå
   *[sharp-decrease] ein kraftig nedgang frå
  } { $level ->
    [low] fjorårets låge nivå
    [high] fjorårets høge nivå
   *[ordinary] nivået i { $previous-year }
  }.

# Kva sponsortype som står for mest av endringa, og kva den andre gjer.
# Variables:
#   $direction (String) - up eller down: retninga for alle søknadene
#   $driver (String) - commercial eller non-commercial: gruppa med størst endring i den retninga
#   $other-change (String) - endringsklassen for den andre gruppa (som $change over)
#   $other-continues (String) - yes dersom endringa i den andre gruppa held fram frå året før
applications-split = { $direction ->
    [up] Auken
   *[down] Nedgangen
  } er størst blant { $driver ->
    [commercial] dei kommersielle aktørane, medan studiar initierte av ikkje-kommersielle aktørar
   *[non-commercial] dei ikkje-kommersielle aktørane, medan studiar initierte av kommersielle aktørar
  } { $other-continues ->
    [yes] framleis har
   *[no] har
  } { $other-change ->
    [stable] eit stabilt nivå
    [slight-increase] ein svak auke
    [clear-increase] ein klar auke
    [sharp-increase] ein kraftig auke
    [slight-decrease] ein svak nedgang
    [clear-decrease] ein klar nedgang
   *[sharp-decrease] ein kraftig nedgang
  }.

# Delen ikkje-kommersielle søknader.
# Variables:
#   $driver (String) - commercial (då vart dei ikkje-kommersielle nemnde sist), non-commercial eller none
#   $year (String) - rapportåret
#   $percent (String) - delen, ferdig formatert («30 %»)
#   $approximate (String) - yes dersom prosenten er avrunda
applications-share = { $driver ->
    [commercial] Sistnemnde gruppe står
   *[other] Ikkje-kommersielle sponsorar står
  } i { $year } for { $percent } av alle søknadene.

# Variables:
#   $count (Number) - studiar som involverer barn og/eller ungdom
applications-paediatric = { $count ->
    [0] Ingen av dei søkte studiane involverer barn eller ungdom.
   *[other] { $count } av dei søkte studiane involverer barn og/eller ungdom.
  }

# Variables:
#   $count (Number) - søknader som har fått avslag
#   $year (String) - rapportåret
#   $date (String) - datoen talet gjeld per, ferdig formatert
applications-rejected = { $count ->
    [0] Ingen søknader om klinisk utprøving av legemiddel til menneske som kom inn i { $year }, har fått avslag
    [one] Éin søknad om klinisk utprøving av legemiddel til menneske som kom inn i { $year }, har fått avslag
   *[other] { $count } søknader om klinisk utprøving av legemiddel til menneske som kom inn i { $year }, har fått avslag
  } (per { $date }).

# Variables:
#   $count (Number) - overgangssøknader
#   $year (String) - rapportåret
applications-transition = Det vart sendt inn og behandla { $count ->
    [0] ingen overgangssøknader
    [one] éin overgangssøknad
   *[other] { $count } overgangssøknader
  } i { $year }.

# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-applications = Utviklinga i talet på søknader om kliniske studiar frå { $from } til { $to }, fordelt på sponsortype.
# Variables:
#   $from (String) - første år
#   $to (String) - siste år
table-applications = Talet på søknader om kliniske studiar fordelt på sponsortype, { $from }–{ $to }.
col-year = År
col-commercial = Kommersielle sponsorar
col-non-commercial = Ikkje-kommersielle sponsorar
col-non-commercial-share = Del ikkje-kommersielle
col-total = Søknader totalt

# Variables:
#   $from (String) - første år
#   $to (String) - siste år
figure-transition = Utviklinga i talet på overgangssøknader frå { $from } til { $to }.
series-transition = Overgangssøknader

## Seksjon 2: mono- og multinasjonale søknader

# Variables:
#   $total (Number) - søknader søkt i CTIS
#   $all (String) - yes dersom alle søknadene i året vart søkte i CTIS
#   $year (String) - rapportåret
#   $multinational (Number) - multinasjonale søknader
#   $mononational (Number) - mononasjonale søknader
ctis-split = { $all ->
    [yes] Av dei { $total } søknadene om klinisk utprøving som kom inn i { $year }, var
   *[no] Av dei { $total } søknadene som vart sende inn i CTIS i { $year }, var
  } { $multinational ->
    [one] éin multinasjonal (det er søkt om studien i fleire land i EU/EØS).
   *[other] { $multinational } multinasjonale (det er søkt om studiane i fleire land i EU/EØS).
  } { $mononational ->
    [one] Éin søknad var mononasjonal (berre søkt i Noreg).
   *[other] { $mononational } søknader var mononasjonale (berre søkte i Noreg).
  }

# Variables:
#   $rms (Number) - multinasjonale søknader der Noreg er RMS
#   $multinational (Number) - alle multinasjonale søknader
#   $year (String) - rapportåret
ctis-rms = Noreg har vore rapporterande medlemsland (Reporting Member State, RMS) for { $rms } av dei multinasjonale søknadene i { $year }.
ctis-rms-role = RMS-rolla inneber at Noreg leier og koordinerer valideringa og utgreiinga av del I av søknaden.

# Variables:
#   $count (Number) - mononasjonale studiar med ikkje-kommersielle sponsorar
#   $mononational (Number) - alle mononasjonale studiar
ctis-mononational = Av dei mononasjonale studiane har { $count } av { $mononational } ikkje-kommersielle sponsorar.

table-ctis = Talet på søknader om mono- og multinasjonale studiar søkt i CTIS, per år sidan forordning (EU) nr. 536/2014 tok til å gjelde, og rolla til Noreg i utgreiinga av dei multinasjonale søknadene.
# Variables:
#   $years (String) - åra der tabellen ikkje viser alle søknadene, ferdig sette saman
#   $count (Number) - kor mange slike år
table-ctis-partial = Merk at tabellen ikkje viser det samla talet på søknader for { $years }, fordi det òg vart sendt inn søknader etter det gamle regelverket { $count ->
    [one] dette året
   *[other] i denne perioden
  }.
col-case-type = Sakstype
row-ctis-rms = Multinasjonale søknader der Noreg er RMS*
row-ctis-msc = Multinasjonale søknader der Noreg er MSC**/AMS***
row-ctis-mononational = Mononasjonale søknader
note-rms = *RMS: Reporting Member State, landet som leier og koordinerer valideringa og utgreiinga av del I av søknaden.
note-msc = **MSC: Member State Concerned, deltakande medlemsland.
note-ams = ***AMS: Additional Member State, det er søkt om å leggje til Noreg som medlemsland i ein pågåande multinasjonal studie.
