### Ordliste og navn på terapiområder.

## Ordliste: hver oppføring har begrepet i .term og forklaringen som verdi.

glossary-ctis = Clinical Trials Information System: EUs felles portal og database for søknader om og oppfølging av kliniske studier etter CTR.
    .term = CTIS
glossary-ctr = Clinical Trials Regulation: forordning (EU) nr. 536/2014 om kliniske utprøvinger av legemidler til mennesker.
    .term = CTR
glossary-ctd = Clinical Trials Directive: direktiv 2001/20/EF, det tidligere regelverket for kliniske utprøvinger.
    .term = CTD
glossary-transition = Søknad i CTIS om å overføre en pågående klinisk studie som er godkjent etter CTD, til CTR.
    .term = Overgangssøknad
glossary-rms = Reporting Member State: medlemslandet som leder og koordinerer valideringen og utredningen av del I i en multinasjonal søknad.
    .term = RMS
glossary-msc = Member State Concerned: deltakende medlemsland i en multinasjonal studie.
    .term = MSC
glossary-ams = Additional Member State: medlemsland som søkes lagt til i en pågående multinasjonal studie.
    .term = AMS
glossary-meddra = Medical Dictionary for Regulatory Activities: internasjonal medisinsk terminologi som brukes i legemiddelregulering.
    .term = MedDRA
glossary-soc = System organ class: det øverste nivået i MedDRA-hierarkiet, som grupperer termer etter organsystem, årsak eller formål.
    .term = SOC
glossary-susar = Suspected unexpected serious adverse reaction: en mistenkt bivirkning som er både alvorlig og uventet.
    .term = SUSAR
glossary-eudravigilance = EUs database for rapportering og vurdering av mistenkte bivirkninger av legemidler.
    .term = EudraVigilance
# Variables:
#   $republished (String) - yes når DMP gir ut et år da Statens legemiddelverk mottok søknadene
glossary-dmp = { $republished ->
    [yes] Direktoratet for medisinske produkter, etterfølgeren til Statens legemiddelverk.
   *[no] Direktoratet for medisinske produkter.
  }
    .term = DMP
glossary-noma = Norwegian Medicines Agency: Statens legemiddelverk.
    .term = NoMA

## Terapiområder etter MedDRA system organ class. Navnene står på engelsk, slik MedDRA
## bruker dem; .short er kortnavnet som brukes i løpende tekst.

soc-neoplasms = Neoplasms benign, malignant and unspecified (incl cysts and polyps)
    .short = kreft
soc-endocrine = Endocrine disorders
    .short = endokrine sykdommer
soc-gastrointestinal = Gastrointestinal disorders
    .short = mage- og tarmsykdommer
soc-cardiac = Cardiac disorders
    .short = hjertesykdommer
soc-nervous-system = Nervous system disorders
    .short = nevrologiske sykdommer
soc-musculoskeletal = Musculoskeletal and connective tissue disorders
    .short = muskel- og skjelettsykdommer
soc-respiratory = Respiratory, thoracic and mediastinal disorders
    .short = luftveissykdommer
soc-congenital = Congenital, familial and genetic disorders
    .short = medfødte og genetiske sykdommer
soc-skin = Skin and subcutaneous tissue disorders
    .short = hudsykdommer
soc-blood = Blood and lymphatic system disorders
    .short = blodsykdommer
soc-ear = Ear and labyrinth disorders
    .short = øresykdommer
soc-eye = Eye disorders
    .short = øyesykdommer
soc-general = General disorders and administration site conditions
    .short = generelle lidelser
soc-hepatobiliary = Hepatobiliary disorders
    .short = lever- og gallesykdommer
soc-immune-system = Immune system disorders
    .short = immunsykdommer
soc-infections = Infections and infestations
    .short = infeksjoner
soc-injury = Injury, poisoning and procedural complications
    .short = skader og forgiftninger
soc-investigations = Investigations
    .short = undersøkelser
soc-metabolism = Metabolism and nutrition disorders
    .short = stoffskifte- og ernæringssykdommer
soc-pregnancy = Pregnancy, puerperium and perinatal conditions
    .short = svangerskap og perinatale tilstander
soc-product-issues = Product issues
    .short = produktproblemer
soc-psychiatric = Psychiatric disorders
    .short = psykiske lidelser
soc-renal = Renal and urinary disorders
    .short = nyre- og urinveissykdommer
soc-reproductive = Reproductive system and breast disorders
    .short = sykdommer i kjønnsorganer og bryst
soc-social = Social circumstances
    .short = sosiale forhold
soc-surgical = Surgical and medical procedures
    .short = kirurgiske og medisinske prosedyrer
soc-vascular = Vascular disorders
    .short = karsykdommer
