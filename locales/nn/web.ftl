### Norsk nynorsk: ord som berre nettutgåva bruker (lenkjer rundt innhaldet, smale skjermar).

# Namnet på språket på språket sjølv, i språkvalet øvst på nettsida (alle utgåvene viser det slik).
language-name = Nynorsk
# Nettutgåva: overskrifta (for skjermlesarar) over lenkjene til dei andre språka.
web-languages = Språk
# Nettutgåva: lenkja til rapporten som PDF (storleiken står etter lenkja).
web-pdf = Last ned rapporten som PDF
# Nettutgåva: lenkje tilbake til innhaldslista etter kvart kapittel.
web-to-contents = Til innhaldet
# Nettutgåva, smal skjerm: over ein tabell som er breiare enn skjermen.
web-scroll-hint = Rull sidelengs for å sjå heile tabellen
# Nettutgåva: under ein figur der tala står i ein tabell i rapporten («Sjå tala i tabell 1»).
web-figure-numbers = Sjå tala i
# Står framfor nummeret når nettutgåva viser til ein tabell: «tabell 1».
web-table-ref = tabell
## Korte kolonneoverskrifter i tabell 1 for smale skjermar (den fulle overskrifta kjem fram når
## peikaren eller skjermlesaren står på forkortinga).
col-commercial-narrow = Komm.
col-non-commercial-narrow = Ikkje-komm.
col-non-commercial-share-narrow = Del ikkje-komm.
col-total-narrow = I alt
