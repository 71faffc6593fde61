### Glossary and names of therapy areas.

## Glossary: each entry has the term in .term and the explanation as its value.

glossary-ctis = Clinical Trials Information System: the EU’s common portal and database for applications for, and the follow-up of, clinical trials under the CTR.
    .term = CTIS
glossary-ctr = Clinical Trials Regulation: Regulation (EU) No 536/2014 on clinical trials on medicinal products for human use.
    .term = CTR
glossary-ctd = Clinical Trials Directive: Directive 2001/20/EC, the previous legislation on clinical trials.
    .term = CTD
glossary-transition = An application in CTIS to transfer an ongoing clinical trial approved under the CTD to the CTR.
    .term = Transition application
glossary-rms = Reporting Member State: the Member State that leads and coordinates the validation and assessment of Part I of a multinational application.
    .term = RMS
glossary-msc = Member State Concerned: a participating Member State in a multinational trial.
    .term = MSC
glossary-ams = Additional Member State: a Member State that an application seeks to add to an ongoing multinational trial.
    .term = AMS
glossary-meddra = Medical Dictionary for Regulatory Activities: an international medical terminology used in the regulation of medicinal products.
    .term = MedDRA
glossary-soc = System organ class: the highest level of the MedDRA hierarchy, which groups terms by organ system, cause or purpose.
    .term = SOC
glossary-susar = Suspected unexpected serious adverse reaction: a suspected adverse reaction that is both serious and unexpected.
    .term = SUSAR
glossary-eudravigilance = The EU’s database for reporting and evaluating suspected adverse reactions to medicinal products.
    .term = EudraVigilance
# Variables:
#   $republished (String) - yes when DMP publishes a year in which the Norwegian Medicines Agency received the applications
glossary-dmp = { $republished ->
    [yes] Norwegian Medical Products Agency (Direktoratet for medisinske produkter), successor to the Norwegian Medicines Agency.
   *[no] Norwegian Medical Products Agency (Direktoratet for medisinske produkter).
  }
    .term = DMP
glossary-noma = Norwegian Medicines Agency (Statens legemiddelverk).
    .term = NoMA

## Therapy areas by MedDRA system organ class. The names are in English, as MedDRA
## uses them; .short is the short name used in running text.

soc-neoplasms = Neoplasms benign, malignant and unspecified (incl cysts and polyps)
    .short = cancer
soc-endocrine = Endocrine disorders
    .short = endocrine disorders
soc-gastrointestinal = Gastrointestinal disorders
    .short = gastrointestinal disorders
soc-cardiac = Cardiac disorders
    .short = heart disease
soc-nervous-system = Nervous system disorders
    .short = neurological disorders
soc-musculoskeletal = Musculoskeletal and connective tissue disorders
    .short = musculoskeletal disorders
soc-respiratory = Respiratory, thoracic and mediastinal disorders
    .short = respiratory diseases
soc-congenital = Congenital, familial and genetic disorders
    .short = congenital and genetic disorders
soc-skin = Skin and subcutaneous tissue disorders
    .short = skin diseases
soc-blood = Blood and lymphatic system disorders
    .short = blood disorders
soc-ear = Ear and labyrinth disorders
    .short = ear disorders
soc-eye = Eye disorders
    .short = eye disorders
soc-general = General disorders and administration site conditions
    .short = general disorders
soc-hepatobiliary = Hepatobiliary disorders
    .short = liver and bile duct disorders
soc-immune-system = Immune system disorders
    .short = immune system disorders
soc-infections = Infections and infestations
    .short = infections
soc-injury = Injury, poisoning and procedural complications
    .short = injuries and poisoning
soc-investigations = Investigations
    .short = investigations
soc-metabolism = Metabolism and nutrition disorders
    .short = metabolic and nutritional disorders
soc-pregnancy = Pregnancy, puerperium and perinatal conditions
    .short = pregnancy and perinatal conditions
soc-product-issues = Product issues
    .short = product issues
soc-psychiatric = Psychiatric disorders
    .short = psychiatric disorders
soc-renal = Renal and urinary disorders
    .short = kidney and urinary disorders
soc-reproductive = Reproductive system and breast disorders
    .short = reproductive and breast disorders
soc-social = Social circumstances
    .short = social circumstances
soc-surgical = Surgical and medical procedures
    .short = surgical and medical procedures
soc-vascular = Vascular disorders
    .short = vascular disorders
