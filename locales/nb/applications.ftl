### Seksjon 1 og 2: søknader om kliniske studier, og søknader sendt inn i CTIS.

## Seksjon 1: søknader om kliniske studier

# Variables:
#   $year (String) - rapportåret
#   $total (Number) - søknader mottatt i året
#   $agency (String) - etaten som mottok søknadene det året (agency-*), f.eks. «Statens legemiddelverk»
applications-received = I { $year } mottok { $agency } { $total ->
    [0] ingen søknader
    [one] én søknad
   *[other] { $total } søknader
  } om klinisk utprøving av legemidler til mennesker.

# Endringen fra året før for alle søknader.
# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease; unchanged (samme antall som året før), increase-by og decrease-by (svak endring for stor til ordet «svak»: si prosenten)
#   $direction (String) - up, down eller same (same når endringen er stable)
#   $level (String) - low (fjoråret var seriens laveste), high (høyeste) eller ordinary
#   $previous-year (String) - året før
#   $previous (Number) - antallet året før
#   $streak (Number) - hvor mange år på rad antallet har gått samme vei, i år medregnet (0 når stabilt)
#   $percent (Number) - endringen i hele prosent, uten fortegn (brukes ved increase-by og decrease-by)
applications-trend = { $change ->
    [stable] Dette er på linje med
    [unchanged] Antallet er uendret fra
    [increase-by] Dette er en oppgang på { $percent } prosent fra
    [decrease-by] Dette er en nedgang på { $percent } prosent fra
    [slight-increase] Dette er en svak oppgang fra
    [clear-increase] Dette er en klar oppgang fra
    [sharp-increase] Dette er en kraftig oppgang fra
    [slight-decrease] Dette er en svak nedgang fra
    [clear-decrease] Dette er en klar nedgang fra
   *[sharp-decrease] Dette er en kraftig nedgang fra
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

# Når årets antall er det laveste eller høyeste i hele tallserien.
# Variables:
#   $record (String) - lowest eller highest
#   $since (String) - året tallserien starter
#   $groups (String) - sponsortypene som har samme rekord: both, commercial, non-commercial eller none
applications-record = Antallet er det { $record ->
    [lowest] laveste
   *[highest] høyeste
  } siden tallserien startet i { $since }{ $groups ->
    [both] , både totalt og for hver av sponsortypene
    [commercial] , både totalt og for de kommersielle sponsorene
    [non-commercial] , både totalt og for de ikke-kommersielle sponsorene
   *[none] {""}
  }.

# Hvordan sponsortypene beveget seg i forhold til alle søknader.
# Variables:
#   $pattern (String) - both (begge gikk samme vei som totalen), opposite (den andre gikk motsatt vei), alone (den andre var omtrent uendret), shifted (totalen var stabil, men gruppene gikk hver sin vei)
#   $direction (String) - up eller down: retningen for $driver
#   $driver (String) - commercial eller non-commercial: gruppen som nevnes først (den som endret seg mest; ved shifted den som økte)
#   $driver-previous (Number) - gruppens antall året før
#   $driver-current (Number) - gruppens antall i år
#   $other-identical (String) - yes når den andre gruppens antall er det samme som året før
#   $other (String) - setningsleddet om den andre gruppen (applications-split-other), ferdig formatert
#   $other-previous (Number) - den andre gruppens antall året før
#   $other-current (Number) - den andre gruppens antall i år
applications-split = { $pattern ->
    [both] { $direction ->
        [up] Økningen
       *[down] Nedgangen
      } var størst blant { $driver ->
        [commercial] de kommersielle sponsorene
       *[non-commercial] de ikke-kommersielle sponsorene
      } (fra { $driver-previous } til { $driver-current }), { $other } (fra { $other-previous } til { $other-current }).
    [opposite] Det var { $driver ->
        [commercial] de kommersielle sponsorene
       *[non-commercial] de ikke-kommersielle sponsorene
      } som sto for { $direction ->
        [up] økningen
       *[down] nedgangen
      } (fra { $driver-previous } til { $driver-current }), { $other } (fra { $other-previous } til { $other-current }).
    [alone] Det var { $driver ->
        [commercial] de kommersielle sponsorene
       *[non-commercial] de ikke-kommersielle sponsorene
      } som sto for { $direction ->
        [up] økningen
       *[down] nedgangen
      } (fra { $driver-previous } til { $driver-current }), mens antallet søknader fra { $driver ->
        [commercial] ikke-kommersielle sponsorer
       *[non-commercial] kommersielle sponsorer
      } { $other-identical ->
        [yes] var uendret ({ $other-current })
       *[no] var omtrent uendret (fra { $other-previous } til { $other-current })
      }.
   *[shifted] Fordelingen mellom sponsortypene endret seg likevel: { $driver ->
        [commercial] de kommersielle sponsorene økte fra { $driver-previous } til { $driver-current } søknader, mens de ikke-kommersielle gikk ned fra { $other-previous } til { $other-current }.
       *[non-commercial] de ikke-kommersielle sponsorene økte fra { $driver-previous } til { $driver-current } søknader, mens de kommersielle gikk ned fra { $other-previous } til { $other-current }.
      }
  }

# Setningsleddet om den andre sponsortypen i applications-split («men også …», «mens …»).
# Variables:
#   $pattern (String) - both (begge gikk samme vei som totalen) eller opposite (den andre gikk motsatt vei)
#   $sponsor (String) - commercial eller non-commercial: den andre gruppen
#   $change (String) - endringsklassen for gruppen, som i applications-trend (også increase-by og decrease-by: si prosenten)
#   $percent (Number) - endringen i hele prosent, uten fortegn
#   $direction (String) - up eller down: gruppens retning
#   $streak (Number) - hvor mange år på rad gruppen har gått samme vei, i år medregnet
#   $form (String) - streak (tre år eller mer på rad: si det og prosenten), again (samme vei og samme endringsklasse som året før: «nok en»), plain
applications-split-other = { $pattern ->
    [both] men også { $sponsor ->
        [commercial] de kommersielle sponsorene
       *[non-commercial] de ikke-kommersielle sponsorene
      } { $form ->
        [streak] hadde for { $streak ->
                [3] tredje
                [4] fjerde
                [5] femte
                [6] sjette
                [7] sjuende
                [8] åttende
                [9] niende
                [10] tiende
               *[other] { $streak }.
              } år på rad en { $direction ->
            [up] oppgang
           *[down] nedgang
          }, denne gangen på { $percent } prosent
        [again] hadde { $change ->
            [slight-increase] nok en svak oppgang
            [clear-increase] nok en klar oppgang
            [sharp-increase] nok en kraftig oppgang
            [increase-by] nok en oppgang på { $percent } prosent
            [decrease-by] nok en nedgang på { $percent } prosent
            [slight-decrease] nok en svak nedgang
            [clear-decrease] nok en klar nedgang
           *[sharp-decrease] nok en kraftig nedgang
          }
       *[plain] hadde { $change ->
            [slight-increase] en svak oppgang
            [clear-increase] en klar oppgang
            [sharp-increase] en kraftig oppgang
            [increase-by] en oppgang på { $percent } prosent
            [decrease-by] en nedgang på { $percent } prosent
            [slight-decrease] en svak nedgang
            [clear-decrease] en klar nedgang
           *[sharp-decrease] en kraftig nedgang
          }
      }
   *[opposite] mens antallet søknader fra { $sponsor ->
        [commercial] kommersielle sponsorer
       *[non-commercial] ikke-kommersielle sponsorer
      } { $form ->
        [streak] gikk { $direction ->
            [up] opp
           *[down] ned
          } for { $streak ->
                [3] tredje
                [4] fjerde
                [5] femte
                [6] sjette
                [7] sjuende
                [8] åttende
                [9] niende
                [10] tiende
               *[other] { $streak }.
              } år på rad, denne gangen med { $percent } prosent
        [again] { $change ->
            [slight-increase] igjen gikk svakt opp
            [clear-increase] igjen gikk klart opp
            [sharp-increase] igjen økte kraftig
            [increase-by] igjen økte med { $percent } prosent
            [decrease-by] igjen gikk ned med { $percent } prosent
            [slight-decrease] igjen gikk svakt ned
            [clear-decrease] igjen gikk klart ned
           *[sharp-decrease] igjen falt kraftig
          }
       *[plain] { $change ->
            [slight-increase] gikk svakt opp
            [clear-increase] gikk klart opp
            [sharp-increase] økte kraftig
            [increase-by] økte med { $percent } prosent
            [decrease-by] gikk ned med { $percent } prosent
            [slight-decrease] gikk svakt ned
            [clear-decrease] gikk klart ned
           *[sharp-decrease] falt kraftig
          }
      }
  }

# Sponsortyper som i år har sitt laveste eller høyeste antall i hele tallserien.
# Variables:
#   $commercial (String) - lowest, highest eller none: de kommersielle sponsorene
#   $non-commercial (String) - lowest, highest eller none: de ikke-kommersielle sponsorene
#   $since (String) - året tallserien starter
applications-group-record = { $commercial ->
    [lowest] { $non-commercial ->
        [lowest] For begge sponsortypene er antallet det laveste siden tallserien startet i { $since }.
        [highest] For de kommersielle sponsorene er antallet det laveste siden tallserien startet i { $since }, for de ikke-kommersielle det høyeste.
       *[none] For de kommersielle sponsorene er antallet det laveste siden tallserien startet i { $since }.
      }
    [highest] { $non-commercial ->
        [lowest] For de kommersielle sponsorene er antallet det høyeste siden tallserien startet i { $since }, for de ikke-kommersielle det laveste.
        [highest] For begge sponsortypene er antallet det høyeste siden tallserien startet i { $since }.
       *[none] For de kommersielle sponsorene er antallet det høyeste siden tallserien startet i { $since }.
      }
   *[none] { $non-commercial ->
        [lowest] For de ikke-kommersielle sponsorene er antallet det laveste siden tallserien startet i { $since }.
       *[highest] For de ikke-kommersielle sponsorene er antallet det høyeste siden tallserien startet i { $since }.
      }
  }

# Når de ikke-kommersielle sponsorene har både sitt laveste (høyeste) antall og sin laveste (høyeste) andel i tallserien: én setning i stedet for to.
# Variables:
#   $record (String) - lowest eller highest
#   $since (String) - året tallserien starter
#   $percent (String) - andelen, ferdig formatert («30 %»)
applications-group-share-record = For de ikke-kommersielle sponsorene er både antallet og andelen ({ $percent } av alle søknadene) de { $record ->
    [lowest] laveste
   *[highest] høyeste
  } siden tallserien startet i { $since }.

# Andelen ikke-kommersielle søknader.
# Variables:
#   $last (String) - non-commercial når setningen før nevnte de ikke-kommersielle sist («sistnevnte gruppe»), ellers commercial eller none
#   $year (String) - rapportåret
#   $percent (String) - andelen, ferdig formatert («30 %»)
#   $approximate (String) - yes hvis prosenten er avrundet
#   $record (String) - lowest eller highest hvis andelen er den laveste eller høyeste i tallserien, ellers none
#   $since (String) - året tallserien starter
applications-share = { $last ->
    [non-commercial] Sistnevnte gruppe sto
   *[other] Ikke-kommersielle sponsorer sto
  } i { $year } for { $percent } av alle søknadene{ $record ->
    [lowest] , den laveste andelen siden tallserien startet i { $since }
    [highest] , den høyeste andelen siden tallserien startet i { $since }
   *[none] {""}
  }.

# Variables:
#   $count (Number) - studier som involverer barn og/eller ungdom
applications-paediatric = { $count ->
    [0] Ingen av studiene det er søkt om, involverer barn eller ungdom.
    [one] Barn og/eller ungdom deltar i én av studiene det er søkt om.
   *[other] Barn og/eller ungdom deltar i { WORDS($count) } av studiene det er søkt om.
  }

# Variables:
#   $count (Number) - avslåtte søknader
#   $year (String) - rapportåret
#   $date (String) - datoen tallet gjelder per, ferdig formatert
applications-rejected = Per { $date } var { $count ->
    [0] ingen av søknadene om klinisk utprøving av legemidler til mennesker som kom inn i { $year }, avslått
    [one] én av søknadene om klinisk utprøving av legemidler til mennesker som kom inn i { $year }, avslått
   *[other] { WORDS($count) } av søknadene om klinisk utprøving av legemidler til mennesker som kom inn i { $year }, avslått
  }.

# Variables:
#   $count (Number) - overgangssøknader
#   $year (String) - rapportåret
applications-transition = Det ble sendt inn og behandlet { $count ->
    [0] ingen overgangssøknader
    [one] én overgangssøknad
   *[other] { $count } overgangssøknader
  } i { $year }.

col-year = År
col-commercial = Kommersielle sponsorer
col-non-commercial = Ikke-kommersielle sponsorer
col-non-commercial-share = Andel ikke-kommersielle
col-total = I alt

series-transition = Overgangssøknader

## Seksjon 2: mono- og multinasjonale søknader

# Når forordningen begynte å gjelde (report.toml, [rules] ctr); i seksjon 2 i årene med overgangsordningen.
# Variables:
#   $date (String) - datoen, ferdig formatert
ctis-ctr = Forordning (EU) nr. 536/2014 (CTR) begynte å gjelde { $date }, og fra da av kunne søknader sendes inn i CTIS.

# Hvor mange av et års søknader som gikk gjennom CTIS; i seksjon 2 der et brudd i tallserien omtales,
# for hvert år som bare teller en del av søknadene og det første året som teller alle.
# Variables:
#   $year (String) - året
#   $ctis (Number) - søknader sendt inn i CTIS
#   $total (Number) - alle søknader i året
#   $outside (Number) - søknader etter det gamle regelverket (utenfor CTIS)
#   $all (String) - yes hvis alle søknadene gikk gjennom CTIS
ctis-coverage = { $all ->
    [yes] I { $year } gikk alle de { $total } søknadene gjennom CTIS.
   *[no] I { $year } kom { $ctis } av de { $total } søknadene inn i CTIS; { $outside ->
        [one] én fulgte
       *[other] de øvrige { WORDS($outside) } fulgte
      } det gamle regelverket.
  }

# Variables:
#   $total (Number) - søknader sendt inn i CTIS
#   $all (String) - yes hvis alle årets søknader ble sendt inn i CTIS
#   $year (String) - rapportåret
#   $multinational (Number) - multinasjonale søknader
#   $mononational (Number) - mononasjonale søknader
ctis-split = { $all ->
    [yes] Av de { WORDS($total) } søknadene om klinisk utprøving som ble mottatt i { $year }, var
   *[no] Av de { WORDS($total) } søknadene som ble sendt inn i CTIS i { $year }, var
  } { $multinational ->
    [0] ingen multinasjonale.
    [one] én multinasjonal (studien er søkt i flere land i EU/EØS).
   *[other] { WORDS($multinational) } multinasjonale (studiene er søkt i flere land i EU/EØS).
  } { $mononational ->
    [0] Ingen av søknadene var mononasjonale.
    [one] Én søknad var mononasjonal (søkt kun i Norge).
   *[other] De øvrige { WORDS($mononational) } søknadene var mononasjonale (søkt kun i Norge).
  }

# Variables:
#   $rms (Number) - multinasjonale søknader der Norge er RMS
#   $multinational (Number) - alle multinasjonale søknader
#   $year (String) - rapportåret
ctis-rms = { $rms ->
    [0] Norge var ikke rapporterende medlemsland (Reporting Member State, RMS) for noen av de multinasjonale søknadene i { $year }.
   *[other] Norge var rapporterende medlemsland (Reporting Member State, RMS) for { WORDS($rms) } av de multinasjonale søknadene i { $year }.
  }
ctis-rms-role = RMS-rollen innebærer at Norge leder og koordinerer valideringen og utredningen av søknadens del I.

# Variables:
#   $count (Number) - mononasjonale studier med ikke-kommersielle sponsorer
#   $mononational (Number) - alle mononasjonale studier
ctis-mononational = Av de mononasjonale studiene har { $count } av { $mononational } ikke-kommersielle sponsorer.

# Variables:
#   $years (String) - årene der tabellen ikke viser alle søknader, ferdig satt sammen
#   $count (Number) - hvor mange slike år
table-ctis-partial = Merk at tabellen ikke viser det samlede antallet søknader for { $years }, da det også ble sendt inn søknader etter det gamle regelverket i { $count ->
    [one] dette året
   *[other] denne perioden
  }.
col-case-type = Type sak
row-ctis-rms = Multinasjonale søknader der Norge er RMS
row-ctis-msc = Multinasjonale søknader der Norge er MSC/AMS
row-ctis-mononational = Mononasjonale søknader
# Under tabell 2 når ordlisten forklarer rollene.
note-ctis-terms = RMS, MSC og AMS er forklart i ordlisten.
