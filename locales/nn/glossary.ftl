### Ordliste og namn på terapiområde.

## Ordliste: kvar oppføring har omgrepet i .term og forklaringa som verdi.

glossary-ctis = Clinical Trials Information System: den felles portalen og databasen til EU for søknader om og oppfølging av kliniske studiar etter CTR.
    .term = CTIS
glossary-ctr = Clinical Trials Regulation: forordning (EU) nr. 536/2014 om kliniske utprøvingar av legemiddel til menneske.
    .term = CTR
glossary-ctd = Clinical Trials Directive: direktiv 2001/20/EF, det tidlegare regelverket for kliniske utprøvingar.
    .term = CTD
glossary-transition = Søknad i CTIS om å overføre ein pågåande klinisk studie som er godkjend etter CTD, til CTR.
    .term = Overgangssøknad
glossary-rms = Reporting Member State: medlemslandet som leier og koordinerer valideringa og utgreiinga av del I i ein multinasjonal søknad.
    .term = RMS
glossary-msc = Member State Concerned: deltakande medlemsland i ein multinasjonal studie.
    .term = MSC
glossary-ams = Additional Member State: medlemsland som det er søkt om å leggje til i ein pågåande multinasjonal studie.
    .term = AMS
glossary-meddra = Medical Dictionary for Regulatory Activities: internasjonal medisinsk terminologi som blir brukt i legemiddelregulering.
    .term = MedDRA
glossary-soc = System organ class: det øvste nivået i MedDRA-hierarkiet, som grupperer termar etter organsystem, årsak eller føremål.
    .term = SOC
glossary-susar = Suspected unexpected serious adverse reaction: ein mistenkt biverknad som er både alvorleg og uventa.
    .term = SUSAR
glossary-eudravigilance = Databasen til EU for rapportering og vurdering av mistenkte biverknader av legemiddel.
    .term = EudraVigilance
# Variables:
#   $republished (String) - yes når DMP gir ut eit år då Statens legemiddelverk tok imot søknadene
glossary-dmp = { $republished ->
    [yes] Direktoratet for medisinske produkt, etterfølgjaren til Statens legemiddelverk.
   *[no] Direktoratet for medisinske produkt.
  }
    .term = DMP
glossary-noma = Norwegian Medicines Agency: Statens legemiddelverk.
    .term = NoMA

## Terapiområde etter MedDRA system organ class. Namna står på engelsk, slik MedDRA
## bruker dei; .short er kortnamnet som blir brukt i løpande tekst.

soc-neoplasms = Neoplasms benign, malignant and unspecified (incl cysts and polyps)
    .short = kreft
soc-endocrine = Endocrine disorders
    .short = endokrine sjukdommar
soc-gastrointestinal = Gastrointestinal disorders
    .short = mage- og tarmsjukdommar
soc-cardiac = Cardiac disorders
    .short = hjartesjukdommar
soc-nervous-system = Nervous system disorders
    .short = nevrologiske sjukdommar
soc-musculoskeletal = Musculoskeletal and connective tissue disorders
    .short = muskel- og skjelettsjukdommar
soc-respiratory = Respiratory, thoracic and mediastinal disorders
    .short = luftvegssjukdommar
soc-congenital = Congenital, familial and genetic disorders
    .short = medfødde og genetiske sjukdommar
soc-skin = Skin and subcutaneous tissue disorders
    .short = hudsjukdommar
soc-blood = Blood and lymphatic system disorders
    .short = blodsjukdommar
soc-ear = Ear and labyrinth disorders
    .short = øyresjukdommar
soc-eye = Eye disorders
    .short = augesjukdommar
soc-general = General disorders and administration site conditions
    .short = generelle lidingar
soc-hepatobiliary = Hepatobiliary disorders
    .short = lever- og gallesjukdommar
soc-immune-system = Immune system disorders
    .short = immunsjukdommar
soc-infections = Infections and infestations
    .short = infeksjonar
soc-injury = Injury, poisoning and procedural complications
    .short = skadar og forgiftingar
soc-investigations = Investigations
    .short = undersøkingar
soc-metabolism = Metabolism and nutrition disorders
    .short = stoffskifte- og ernæringssjukdommar
soc-pregnancy = Pregnancy, puerperium and perinatal conditions
    .short = svangerskap og perinatale tilstandar
soc-product-issues = Product issues
    .short = produktproblem
soc-psychiatric = Psychiatric disorders
    .short = psykiske lidingar
soc-renal = Renal and urinary disorders
    .short = nyre- og urinvegssjukdommar
soc-reproductive = Reproductive system and breast disorders
    .short = sjukdommar i kjønnsorgan og bryst
soc-social = Social circumstances
    .short = sosiale forhold
soc-surgical = Surgical and medical procedures
    .short = kirurgiske og medisinske prosedyrar
soc-vascular = Vascular disorders
    .short = karsjukdommar
