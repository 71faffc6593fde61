### Norsk bokmål: ord som bare nettutgaven bruker (lenker rundt innholdet, smale skjermer).

# Språkets navn på språket selv, i språkvalget øverst på nettsiden (alle utgavene viser det slik).
language-name = Bokmål
# Nettutgaven: overskriften (for skjermlesere) over lenkene til de andre språkene.
web-languages = Språk
# Nettutgaven: lenken til rapporten som PDF (størrelsen står etter lenken).
web-pdf = Last ned rapporten som PDF
# Nettutgaven: lenke tilbake til innholdslisten etter hvert kapittel.
web-to-contents = Til innholdet
# Nettutgaven, smal skjerm: over en tabell som er bredere enn skjermen.
web-scroll-hint = Rull sidelengs for å se hele tabellen
# Nettutgaven: under en figur der tallene står i en tabell i rapporten («Se tallene i tabell 1»).
web-figure-numbers = Se tallene i
# Står foran nummeret når nettutgaven viser til en tabell: «tabell 1».
web-table-ref = tabell
## Korte kolonneoverskrifter i tabell 1 for smale skjermer (den fulle overskriften vises når
## pekeren eller skjermleseren står på forkortelsen).
col-commercial-narrow = Komm.
col-non-commercial-narrow = Ikke-komm.
col-non-commercial-share-narrow = Andel ikke-komm.
col-total-narrow = I alt
