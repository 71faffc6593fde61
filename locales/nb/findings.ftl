### Hovedfunn: de tre til fem viktigste funnene, først i rapporten.
### Hvilke funn som kommer med, og i hvilken rekkefølge, regnes ut fra tallene (src/facts/findings.rs).

main-findings-title = Hovedfunn

# Alle søknader, endringen fra året før, rekord og år på rad.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader i året
#   $direction (String) - up, down, same (like mange), stable (om lag like mange: under terskelen for en endring) eller none (året før er ikke kjent)
#   $percent (Number) - endringen i hele prosent, uten fortegn
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
#   $record (String) - lowest, highest eller none: årets antall i hele tallserien
#   $since (String) - året tallserien starter
#   $streak (Number) - hvor mange år på rad antallet har gått samme vei
finding-total = Det kom inn { $total ->
    [one] én søknad
   *[other] { $total } søknader
  } om kliniske studier i { $year }{ $direction ->
    [none] {""}
    [same] , like mange som i { $previous-year }
    [stable] , om lag like mange som i { $previous-year } ({ $previous })
    [up] , { $percent } prosent flere enn i { $previous-year } ({ $previous })
   *[down] , { $percent } prosent færre enn i { $previous-year } ({ $previous })
  }{ $record ->
    [lowest] {" "}og det laveste antallet siden tallserien startet i { $since }
    [highest] {" "}og det høyeste antallet siden tallserien startet i { $since }
   *[none] {""}
  }{ $streak ->
    [0] {""}
    [1] {""}
    [2] {""}
   *[other] { $direction ->
        [up] ; antallet har økt { WORDS($streak) } år på rad
       *[down] ; antallet har gått ned { WORDS($streak) } år på rad
      }
  }.

# Året da EUs forordning om kliniske studier begynte å gjelde.
# Variables:
#   $year (String) - rapportåret
#   $date (String) - datoen, ferdig formatert
#   $known (String) - yes hvis antallet søknader i CTIS er kjent
#   $ctis (Number) - søknader sendt inn i CTIS
#   $total (Number) - alle søknader i året
finding-ctr-applies = EUs forordning om kliniske studier (CTR) begynte å gjelde { $date }{ $known ->
    [yes] ; { $ctis } av de { $total } søknadene i { $year } ble sendt inn i den nye portalen CTIS
   *[no] {""}
  }.

# Året da alle nye søknader måtte sendes inn i CTIS.
# Variables:
#   $year (String) - rapportåret
#   $date (String) - datoen, ferdig formatert
#   $known (String) - yes hvis antallet søknader i CTIS er kjent
#   $ctis (Number) - søknader sendt inn i CTIS
#   $total (Number) - alle søknader i året
#   $outside (Number) - søknader som ikke kom inn i CTIS, men etter det gamle regelverket
finding-ctis-mandatory = Fra { $date } måtte alle nye søknader sendes inn i CTIS{ $known ->
    [yes] { $outside ->
        [0] ; alle de { $total } søknadene i { $year } kom inn der
        [one] ; { $ctis } av de { $total } søknadene i { $year } kom inn der, og én fulgte det gamle regelverket, som fortsatt gjaldt for søknader sendt inn før denne datoen
       *[other] ; { $ctis } av de { $total } søknadene i { $year } kom inn der, og de øvrige { WORDS($outside) } fulgte det gamle regelverket, som fortsatt gjaldt for søknader sendt inn før denne datoen
      }
   *[no] {""}
  }.

# En sponsortype med sitt laveste eller høyeste antall i tallserien.
# Variables:
#   $year (String) - rapportåret
#   $sponsor (String) - commercial eller non-commercial
#   $count (Number) - gruppens søknader i året
#   $record (String) - lowest eller highest
#   $since (String) - året tallserien starter
#   $with-share (String) - yes hvis også andelen er den laveste (høyeste)
#   $share (String) - andelen, ferdig formatert (bare når $with-share er yes)
finding-group-record = { $sponsor ->
    [commercial] Kommersielle sponsorer
   *[non-commercial] Ikke-kommersielle sponsorer
  } sendte inn { WORDS($count) } søknader, det { $record ->
    [lowest] laveste
   *[highest] høyeste
  } antallet siden tallserien startet i { $since }{ $with-share ->
    [yes] ; også andelen deres, { $share }, var den { $record ->
        [lowest] laveste
       *[highest] høyeste
      }
   *[no] {""}
  }.

# Variables:
#   $year (String) - rapportåret
#   $percent (String) - andelen ikke-kommersielle søknader, ferdig formatert
#   $record (String) - lowest eller highest
#   $since (String) - året tallserien starter
finding-share-record = Ikke-kommersielle sponsorer sto for { $percent } av søknadene, den { $record ->
    [lowest] laveste
   *[highest] høyeste
  } andelen siden tallserien startet i { $since }.

# Variables:
#   $year (String) - rapportåret
#   $percent (String) - andelen ikke-kommersielle søknader, ferdig formatert
finding-share = Ikke-kommersielle sponsorer sto for { $percent } av søknadene i { $year }.

# Kreftstudier (som finding-total).
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - kreftstudier søkt i året
#   $direction (String) - up, down, same, stable eller none
#   $percent (Number) - endringen i hele prosent, uten fortegn
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
#   $record (String) - lowest, highest eller none
#   $since (String) - året tallserien starter
#   $streak (Number) - hvor mange år på rad antallet har gått samme vei
finding-cancer = Det ble søkt om { $total ->
    [one] én kreftstudie
   *[other] { $total } kreftstudier
  }{ $direction ->
    [none] {""}
    [same] , like mange som i { $previous-year }
    [stable] , om lag like mange som i { $previous-year } ({ $previous })
    [up] , { $percent } prosent flere enn i { $previous-year } ({ $previous })
   *[down] , { $percent } prosent færre enn i { $previous-year } ({ $previous })
  }{ $record ->
    [lowest] {" "}og det laveste antallet siden tallserien startet i { $since }
    [highest] {" "}og det høyeste antallet siden tallserien startet i { $since }
   *[none] {""}
  }{ $streak ->
    [0] {""}
    [1] {""}
    [2] {""}
   *[other] { $direction ->
        [up] ; antallet har økt { WORDS($streak) } år på rad
       *[down] ; antallet har gått ned { WORDS($streak) } år på rad
      }
  }.

# Variables:
#   $year (String) - rapportåret
#   $count (Number) - overgangssøknader
finding-transition = Det kom inn { $count ->
    [one] én overgangssøknad, det vil si en søknad om å overføre en studie
   *[other] { WORDS($count) } overgangssøknader, det vil si søknader om å overføre studier
  } godkjent etter det gamle regelverket (CTD) til CTR.

# Variables:
#   $year (String) - rapportåret
#   $multinational (Number) - multinasjonale søknader
#   $total (Number) - alle søknader
finding-multinational = Av de { WORDS($total) } søknadene gjaldt { WORDS($multinational) } multinasjonale studier, det vil si studier det er søkt om i flere land i EU/EØS.

# Variables:
#   $year (String) - rapportåret
#   $count (Number) - studier som involverer barn og/eller ungdom
finding-paediatric = { $count ->
    [0] Ingen av studiene det ble søkt om, involverte barn eller ungdom.
    [one] Barn og/eller ungdom deltok i én av studiene det ble søkt om.
   *[other] Barn og/eller ungdom deltok i { WORDS($count) } av studiene det ble søkt om.
  }
