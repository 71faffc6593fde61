### Seksjon 1 og 2: søknader om kliniske studiar, og søknader sende inn i CTIS.

## Seksjon 1: søknader om kliniske studiar

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader som kom inn i året
#   $agency (String) - etaten som fekk søknadene det året (agency-*), t.d. «Statens legemiddelverk»
applications-received = I { $year } fekk { $agency } { $total ->
    [0] ingen søknader
    [one] éin søknad
   *[other] { $total } søknader
  } om klinisk utprøving av legemiddel til menneske.

# Endringa frå året før for alle søknadene.
# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease; unchanged (same tal som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: sei prosenten)
#   $direction (String) - up, down eller same (same når endringa er stable)
#   $level (String) - low (i fjor var det lågaste året i serien), high (det høgaste) eller ordinary
#   $previous-year (String) - året før
#   $previous (Number) - talet året før
#   $streak (Number) - kor mange år på rad talet har gått same veg, i år medrekna (0 når det er stabilt)
#   $percent (Number) - endringa i heile prosent, utan forteikn (blir brukt ved increase-by og decrease-by)
applications-trend = { $change ->
    [stable] Dette er på linje med
    [unchanged] Talet er uendra frå
    [increase-by] Dette er ein auke på { $percent } prosent frå
    [decrease-by] Dette er ein nedgang på { $percent } prosent frå
    [slight-increase] Dette er ein svak auke frå
    [clear-increase] Dette er ein klar auke frå
    [sharp-increase] Dette er ein kraftig auke frå
    [slight-decrease] Dette er ein svak nedgang frå
    [clear-decrease] Dette er ein klar nedgang frå
   *[sharp-decrease] Dette er ein kraftig nedgang frå
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

# Når talet i år er det lågaste eller høgaste i heile talserien.
# Variables:
#   $record (String) - lowest eller highest
#   $since (String) - året talserien startar
#   $groups (String) - sponsortypane som har same rekorden: both, commercial, non-commercial eller none
applications-record = Talet er det { $record ->
    [lowest] lågaste
   *[highest] høgaste
  } sidan talserien starta i { $since }{ $groups ->
    [both] , både totalt og for kvar av sponsortypane
    [commercial] , både totalt og for dei kommersielle sponsorane
    [non-commercial] , både totalt og for dei ikkje-kommersielle sponsorane
   *[none] {""}
  }.

# Korleis sponsortypane rørte seg i høve til alle søknadene.
# Variables:
#   $pattern (String) - both (begge gjekk same veg som totalen), opposite (den andre gjekk motsett veg), alone (den andre var om lag uendra), shifted (totalen var stabil, men gruppene gjekk kvar sin veg)
#   $direction (String) - up eller down: retninga for $driver
#   $driver (String) - commercial eller non-commercial: gruppa som blir nemnd først (den som endra seg mest; ved shifted den som auka)
#   $driver-previous (Number) - talet for gruppa året før
#   $driver-current (Number) - talet for gruppa i år
#   $other-identical (String) - yes når talet for den andre gruppa er det same som året før
#   $other (String) - setningsleddet om den andre gruppa (applications-split-other), ferdig formatert
#   $other-previous (Number) - talet for den andre gruppa året før
#   $other-current (Number) - talet for den andre gruppa i år
applications-split = { $pattern ->
    [both] { $direction ->
        [up] Auken
       *[down] Nedgangen
      } var størst blant { $driver ->
        [commercial] dei kommersielle sponsorane
       *[non-commercial] dei ikkje-kommersielle sponsorane
      } (frå { $driver-previous } til { $driver-current }), { $other } (frå { $other-previous } til { $other-current }).
    [opposite] Det var { $driver ->
        [commercial] dei kommersielle sponsorane
       *[non-commercial] dei ikkje-kommersielle sponsorane
      } som stod for { $direction ->
        [up] auken
       *[down] nedgangen
      } (frå { $driver-previous } til { $driver-current }), { $other } (frå { $other-previous } til { $other-current }).
    [alone] Det var { $driver ->
        [commercial] dei kommersielle sponsorane
       *[non-commercial] dei ikkje-kommersielle sponsorane
      } som stod for { $direction ->
        [up] auken
       *[down] nedgangen
      } (frå { $driver-previous } til { $driver-current }), medan talet på søknader frå { $driver ->
        [commercial] ikkje-kommersielle sponsorar
       *[non-commercial] kommersielle sponsorar
      } { $other-identical ->
        [yes] var uendra ({ $other-current })
       *[no] var om lag uendra (frå { $other-previous } til { $other-current })
      }.
   *[shifted] Fordelinga mellom sponsortypane endra seg likevel: { $driver ->
        [commercial] dei kommersielle sponsorane auka frå { $driver-previous } til { $driver-current } søknader, medan dei ikkje-kommersielle gjekk ned frå { $other-previous } til { $other-current }.
       *[non-commercial] dei ikkje-kommersielle sponsorane auka frå { $driver-previous } til { $driver-current } søknader, medan dei kommersielle gjekk ned frå { $other-previous } til { $other-current }.
      }
  }

# Setningsleddet om den andre sponsortypen i applications-split («men òg …», «medan …»).
# Variables:
#   $pattern (String) - both (begge gjekk same veg som totalen) eller opposite (den andre gjekk motsett veg)
#   $sponsor (String) - commercial eller non-commercial: den andre gruppa
#   $change (String) - endringsklassen for gruppa, som i applications-trend (òg increase-by og decrease-by: sei prosenten)
#   $percent (Number) - endringa i heile prosent, utan forteikn
#   $direction (String) - up eller down: retninga til gruppa
#   $streak (Number) - kor mange år på rad gruppa har gått same veg, i år medrekna
#   $form (String) - streak (tre år eller meir på rad: sei det og prosenten), again (same veg og same endringsklasse som året før: «nok ein»), plain
applications-split-other = { $pattern ->
    [both] men òg { $sponsor ->
        [commercial] dei kommersielle sponsorane
       *[non-commercial] dei ikkje-kommersielle sponsorane
      } { $form ->
        [streak] hadde for { $streak ->
                [3] tredje
                [4] fjerde
                [5] femte
                [6] sjette
                [7] sjuande
                [8] åttande
                [9] niande
                [10] tiande
               *[other] { $streak }.
              } år på rad ein { $direction ->
            [up] auke
           *[down] nedgang
          }, denne gongen på { $percent } prosent
        [again] hadde { $change ->
            [slight-increase] nok ein svak auke
            [clear-increase] nok ein klar auke
            [sharp-increase] nok ein kraftig auke
            [increase-by] nok ein auke på { $percent } prosent
            [decrease-by] nok ein nedgang på { $percent } prosent
            [slight-decrease] nok ein svak nedgang
            [clear-decrease] nok ein klar nedgang
           *[sharp-decrease] nok ein kraftig nedgang
          }
       *[plain] hadde { $change ->
            [slight-increase] ein svak auke
            [clear-increase] ein klar auke
            [sharp-increase] ein kraftig auke
            [increase-by] ein auke på { $percent } prosent
            [decrease-by] ein nedgang på { $percent } prosent
            [slight-decrease] ein svak nedgang
            [clear-decrease] ein klar nedgang
           *[sharp-decrease] ein kraftig nedgang
          }
      }
   *[opposite] medan talet på søknader frå { $sponsor ->
        [commercial] kommersielle sponsorar
       *[non-commercial] ikkje-kommersielle sponsorar
      } { $form ->
        [streak] gjekk { $direction ->
            [up] opp
           *[down] ned
          } for { $streak ->
                [3] tredje
                [4] fjerde
                [5] femte
                [6] sjette
                [7] sjuande
                [8] åttande
                [9] niande
                [10] tiande
               *[other] { $streak }.
              } år på rad, denne gongen med { $percent } prosent
        [again] { $change ->
            [slight-increase] igjen gjekk svakt opp
            [clear-increase] igjen gjekk klart opp
            [sharp-increase] igjen auka kraftig
            [increase-by] igjen auka med { $percent } prosent
            [decrease-by] igjen gjekk ned med { $percent } prosent
            [slight-decrease] igjen gjekk svakt ned
            [clear-decrease] igjen gjekk klart ned
           *[sharp-decrease] igjen fall kraftig
          }
       *[plain] { $change ->
            [slight-increase] gjekk svakt opp
            [clear-increase] gjekk klart opp
            [sharp-increase] auka kraftig
            [increase-by] auka med { $percent } prosent
            [decrease-by] gjekk ned med { $percent } prosent
            [slight-decrease] gjekk svakt ned
            [clear-decrease] gjekk klart ned
           *[sharp-decrease] fall kraftig
          }
      }
  }

# Sponsortypar som i år har det lågaste eller høgaste talet i heile talserien.
# Variables:
#   $commercial (String) - lowest, highest eller none: dei kommersielle sponsorane
#   $non-commercial (String) - lowest, highest eller none: dei ikkje-kommersielle sponsorane
#   $since (String) - året talserien startar
applications-group-record = { $commercial ->
    [lowest] { $non-commercial ->
        [lowest] For begge sponsortypane er talet det lågaste sidan talserien starta i { $since }.
        [highest] For dei kommersielle sponsorane er talet det lågaste sidan talserien starta i { $since }, for dei ikkje-kommersielle det høgaste.
       *[none] For dei kommersielle sponsorane er talet det lågaste sidan talserien starta i { $since }.
      }
    [highest] { $non-commercial ->
        [lowest] For dei kommersielle sponsorane er talet det høgaste sidan talserien starta i { $since }, for dei ikkje-kommersielle det lågaste.
        [highest] For begge sponsortypane er talet det høgaste sidan talserien starta i { $since }.
       *[none] For dei kommersielle sponsorane er talet det høgaste sidan talserien starta i { $since }.
      }
   *[none] { $non-commercial ->
        [lowest] For dei ikkje-kommersielle sponsorane er talet det lågaste sidan talserien starta i { $since }.
       *[highest] For dei ikkje-kommersielle sponsorane er talet det høgaste sidan talserien starta i { $since }.
      }
  }

# Når dei ikkje-kommersielle sponsorane har både det lågaste (høgaste) talet og den lågaste (høgaste) prosentdelen i talserien: éi setning i staden for to.
# Variables:
#   $record (String) - lowest eller highest
#   $since (String) - året talserien startar
#   $percent (String) - prosentdelen, ferdig formatert («30 %»)
applications-group-share-record = For dei ikkje-kommersielle sponsorane er både talet og prosentdelen ({ $percent } av alle søknadene) dei { $record ->
    [lowest] lågaste
   *[highest] høgaste
  } sidan talserien starta i { $since }.

# Delen ikkje-kommersielle søknader.
# Variables:
#   $last (String) - non-commercial når setninga før nemnde dei ikkje-kommersielle sist («sistnemnde gruppe»), elles commercial eller none
#   $year (String) - rapportåret
#   $percent (String) - delen, ferdig formatert («30 %»)
#   $approximate (String) - yes dersom prosenten er avrunda
#   $record (String) - lowest eller highest dersom delen er den lågaste eller høgaste i talserien, elles none
#   $since (String) - året talserien startar
applications-share = { $last ->
    [non-commercial] Sistnemnde gruppe stod
   *[other] Ikkje-kommersielle sponsorar stod
  } i { $year } for { $percent } av alle søknadene{ $record ->
    [lowest] , den lågaste prosentdelen sidan talserien starta i { $since }
    [highest] , den høgaste prosentdelen sidan talserien starta i { $since }
   *[none] {""}
  }.

# Variables:
#   $count (Number) - studiar som involverer barn og/eller ungdom
applications-paediatric = { $count ->
    [0] I ingen av studiane det er søkt om, deltek barn eller ungdom.
    [one] I éin av studiane det er søkt om, deltek barn og/eller ungdom.
   *[other] I { WORDS($count) } av studiane det er søkt om, deltek barn og/eller ungdom.
  }

# Variables:
#   $count (Number) - søknader som har fått avslag
#   $year (String) - rapportåret
#   $date (String) - datoen talet gjeld per, ferdig formatert
applications-rejected = { $count ->
    [0] Ingen søknader om klinisk utprøving av legemiddel til menneske som kom inn i { $year }, har fått avslag
    [one] Éin søknad om klinisk utprøving av legemiddel til menneske som kom inn i { $year }, har fått avslag
   *[other] Av søknadene om klinisk utprøving av legemiddel til menneske som kom inn i { $year }, har { WORDS($count) } fått avslag
  } (per { $date }).

# Variables:
#   $count (Number) - overgangssøknader
#   $year (String) - rapportåret
applications-transition = Det vart sendt inn og behandla { $count ->
    [0] ingen overgangssøknader
    [one] éin overgangssøknad
   *[other] { $count } overgangssøknader
  } i { $year }.

col-year = År
col-commercial = Kommersielle sponsorar
col-non-commercial = Ikkje-kommersielle sponsorar
col-non-commercial-share = Prosentdel ikkje-kommersielle
col-total = I alt

series-transition = Overgangssøknader

## Seksjon 2: mono- og multinasjonale søknader

# Når forordninga tok til å gjelde (report.toml, [rules] ctr); i seksjon 2 i åra med overgangsordninga.
# Variables:
#   $date (String) - datoen, ferdig formatert
ctis-ctr = Forordning (EU) nr. 536/2014 (CTR) tok til å gjelde { $date }, og frå då av kunne søknader sendast inn i CTIS.

# Kor mange av søknadene i eit år som gjekk gjennom CTIS; i seksjon 2 der eit brot i talserien blir omtalt,
# for kvart år som berre tel ein del av søknadene og det første året som tel alle.
# Variables:
#   $year (String) - året
#   $ctis (Number) - søknader sende inn i CTIS
#   $total (Number) - alle søknader i året
#   $outside (Number) - søknader etter det gamle regelverket (utanfor CTIS)
#   $all (String) - yes viss alle søknadene gjekk gjennom CTIS
ctis-coverage = { $all ->
    [yes] I { $year } gjekk alle dei { $total } søknadene gjennom CTIS.
   *[no] I { $year } kom { $ctis } av dei { $total } søknadene inn i CTIS; { $outside ->
        [one] éin følgde
       *[other] dei andre { WORDS($outside) } følgde
      } det gamle regelverket.
  }

# Variables:
#   $total (Number) - søknader sende inn i CTIS
#   $all (String) - yes dersom alle søknadene i året vart sende inn i CTIS
#   $year (String) - rapportåret
#   $multinational (Number) - multinasjonale søknader
#   $mononational (Number) - mononasjonale søknader
ctis-split = { $all ->
    [yes] Av dei { WORDS($total) } søknadene om klinisk utprøving som kom inn i { $year }, var
   *[no] Av dei { WORDS($total) } søknadene som kom inn i CTIS i { $year }, var
  } { $multinational ->
    [0] ingen multinasjonale.
    [one] éin multinasjonal (det er søkt om studien i fleire land i EU/EØS).
   *[other] { WORDS($multinational) } multinasjonale (det er søkt om studiane i fleire land i EU/EØS).
  } { $mononational ->
    [0] Ingen av søknadene var mononasjonale.
    [one] Éin søknad var mononasjonal (berre i Noreg).
   *[other] Dei andre { WORDS($mononational) } søknadene var mononasjonale (berre i Noreg).
  }

# Variables:
#   $rms (Number) - multinasjonale søknader der Noreg er RMS
#   $multinational (Number) - alle multinasjonale søknader
#   $year (String) - rapportåret
ctis-rms = { $rms ->
    [0] Noreg var ikkje rapporterande medlemsland (Reporting Member State, RMS) for nokon av dei multinasjonale søknadene i { $year }.
   *[other] Noreg var rapporterande medlemsland (Reporting Member State, RMS) for { WORDS($rms) } av dei multinasjonale søknadene i { $year }.
  }
ctis-rms-role = RMS-rolla inneber at Noreg leier og koordinerer valideringa og utgreiinga av del I av søknaden.

# Variables:
#   $count (Number) - mononasjonale studiar med ikkje-kommersielle sponsorar
#   $mononational (Number) - alle mononasjonale studiar
ctis-mononational = Av dei mononasjonale studiane har { $count } av { $mononational } ikkje-kommersielle sponsorar.

# Variables:
#   $years (String) - åra der tabellen ikkje viser alle søknadene, ferdig sette saman
#   $count (Number) - kor mange slike år
table-ctis-partial = Merk at tabellen ikkje viser det samla talet på søknader for { $years }, fordi det òg vart sendt inn søknader etter det gamle regelverket { $count ->
    [one] dette året
   *[other] i denne perioden
  }.
col-case-type = Sakstype
row-ctis-rms = Multinasjonale søknader der Noreg er RMS
row-ctis-msc = Multinasjonale søknader der Noreg er MSC/AMS
row-ctis-mononational = Mononasjonale søknader
# Under tabell 2 når ordlista forklarer rollene.
note-ctis-terms = RMS, MSC og AMS er forklarte i ordlista.
