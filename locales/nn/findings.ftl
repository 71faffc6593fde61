### Hovudfunn: dei tre til fem viktigaste funna, først i rapporten.
### Kva funn som kjem med, og i kva rekkjefølgje, blir rekna ut frå tala (src/facts/findings.rs).

main-findings-title = Hovudfunn

# Alle søknader, endringa frå året før, rekord og år på rad.
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader i året
#   $direction (String) - up, down, same (like mange), stable (om lag like mange: under terskelen for en endring) eller none (året før er ikkje kjent)
#   $percent (Number) - endringa i heile prosent, utan forteikn
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
#   $record (String) - lowest, highest eller none: talet i år i heile talserien
#   $since (String) - året talserien startar
#   $streak (Number) - kor mange år på rad talet har gått same veg
finding-total = Det kom inn { $total ->
    [one] éin søknad
   *[other] { $total } søknader
  } om kliniske studiar i { $year }{ $direction ->
    [none] {""}
    [same] , like mange som i { $previous-year }
    [stable] , om lag like mange som i { $previous-year } ({ $previous })
    [up] , { $percent } prosent fleire enn i { $previous-year } ({ $previous })
   *[down] , { $percent } prosent færre enn i { $previous-year } ({ $previous })
  }{ $record ->
    [lowest] {" "}og det lågaste talet sidan talserien starta i { $since }
    [highest] {" "}og det høgaste talet sidan talserien starta i { $since }
   *[none] {""}
  }{ $streak ->
    [0] {""}
    [1] {""}
    [2] {""}
   *[other] { $direction ->
        [up] ; talet har auka { WORDS($streak) } år på rad
       *[down] ; talet har gått ned { WORDS($streak) } år på rad
      }
  }.

# Året då EU-forordninga om kliniske studiar tok til å gjelde.
# Variables:
#   $year (String) - rapportåret
#   $date (String) - datoen, ferdig formatert
#   $known (String) - yes viss talet på søknader i CTIS er kjent
#   $ctis (Number) - søknader sende inn i CTIS
#   $total (Number) - alle søknader i året
finding-ctr-applies = EU-forordninga om kliniske studiar (CTR) tok til å gjelde { $date }{ $known ->
    [yes] ; { $ctis } av dei { $total } søknadene i { $year } kom inn gjennom den nye portalen CTIS
   *[no] {""}
  }.

# Året då alle nye søknader måtte sendast inn i CTIS.
# Variables:
#   $year (String) - rapportåret
#   $date (String) - datoen, ferdig formatert
#   $known (String) - yes viss talet på søknader i CTIS er kjent
#   $ctis (Number) - søknader sende inn i CTIS
#   $total (Number) - alle søknader i året
#   $outside (Number) - søknader som ikkje kom inn i CTIS, men etter det gamle regelverket
finding-ctis-mandatory = Frå { $date } måtte alle nye søknader sendast inn i CTIS{ $known ->
    [yes] { $outside ->
        [0] ; alle dei { $total } søknadene i { $year } kom inn der
        [one] ; { $ctis } av dei { $total } søknadene i { $year } kom inn der, og éin følgde det gamle regelverket, som framleis galdt for søknader sende inn før denne datoen
       *[other] ; { $ctis } av dei { $total } søknadene i { $year } kom inn der, og dei andre { WORDS($outside) } følgde det gamle regelverket, som framleis galdt for søknader sende inn før denne datoen
      }
   *[no] {""}
  }.

# Ein sponsortype med det lågaste eller høgaste talet i talserien.
# Variables:
#   $year (String) - rapportåret
#   $sponsor (String) - commercial eller non-commercial
#   $count (Number) - søknadene til gruppa i året
#   $record (String) - lowest eller highest
#   $since (String) - året talserien startar
#   $with-share (String) - yes viss òg prosentdelen er den lågaste (høgaste)
#   $share (String) - prosentdelen, ferdig formatert (berre når $with-share er yes)
finding-group-record = { $sponsor ->
    [commercial] Kommersielle sponsorar
   *[non-commercial] Ikkje-kommersielle sponsorar
  } sende inn { WORDS($count) } søknader, det { $record ->
    [lowest] lågaste
   *[highest] høgaste
  } talet sidan talserien starta i { $since }{ $with-share ->
    [yes] ; òg prosentdelen deira, { $share }, var den { $record ->
        [lowest] lågaste
       *[highest] høgaste
      }
   *[no] {""}
  }.

# Variables:
#   $year (String) - rapportåret
#   $percent (String) - prosentdelen ikkje-kommersielle søknader, ferdig formatert
#   $record (String) - lowest eller highest
#   $since (String) - året talserien startar
finding-share-record = Ikkje-kommersielle sponsorar stod for { $percent } av søknadene, den { $record ->
    [lowest] lågaste
   *[highest] høgaste
  } prosentdelen sidan talserien starta i { $since }.

# Variables:
#   $year (String) - rapportåret
#   $percent (String) - prosentdelen ikkje-kommersielle søknader, ferdig formatert
finding-share = Ikkje-kommersielle sponsorar stod for { $percent } av søknadene i { $year }.

# Kreftstudiar (som finding-total).
# Variables:
#   $year (String) - rapportåret
#   $total (Number) - kreftstudiar søkte om i året
#   $direction (String) - up, down, same, stable eller none
#   $percent (Number) - endringa i heile prosent, utan forteikn
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
#   $record (String) - lowest, highest eller none
#   $since (String) - året talserien startar
#   $streak (Number) - kor mange år på rad talet har gått same veg
finding-cancer = Det vart søkt om { $total ->
    [one] éin kreftstudie
   *[other] { $total } kreftstudiar
  }{ $direction ->
    [none] {""}
    [same] , like mange som i { $previous-year }
    [stable] , om lag like mange som i { $previous-year } ({ $previous })
    [up] , { $percent } prosent fleire enn i { $previous-year } ({ $previous })
   *[down] , { $percent } prosent færre enn i { $previous-year } ({ $previous })
  }{ $record ->
    [lowest] {" "}og det lågaste talet sidan talserien starta i { $since }
    [highest] {" "}og det høgaste talet sidan talserien starta i { $since }
   *[none] {""}
  }{ $streak ->
    [0] {""}
    [1] {""}
    [2] {""}
   *[other] { $direction ->
        [up] ; talet har auka { WORDS($streak) } år på rad
       *[down] ; talet har gått ned { WORDS($streak) } år på rad
      }
  }.

# Variables:
#   $year (String) - rapportåret
#   $count (Number) - overgangssøknader
finding-transition = Det kom inn { $count ->
    [one] éin overgangssøknad, det vil seie ein søknad om å overføre ein studie
   *[other] { WORDS($count) } overgangssøknader, det vil seie søknader om å overføre studiar
  } godkjende etter det gamle regelverket (CTD) til CTR.

# Variables:
#   $year (String) - rapportåret
#   $multinational (Number) - multinasjonale søknader
#   $total (Number) - alle søknader
finding-multinational = Av dei { WORDS($total) } søknadene galdt { WORDS($multinational) } multinasjonale studiar, det vil seie studiar det er søkt om i fleire land i EU/EØS.

# Variables:
#   $year (String) - rapportåret
#   $count (Number) - studiar med barn og/eller ungdom
finding-paediatric = { $count ->
    [0] Ingen av dei søkte studiane omfatta barn eller ungdom.
    [one] I éin av dei søkte studiane deltok barn og/eller ungdom.
   *[other] I { WORDS($count) } av dei søkte studiane deltok barn og/eller ungdom.
  }
