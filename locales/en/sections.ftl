### Sections 3–8: phases, therapy areas, cancer, substantial modifications, safety, guidance.

## Section 3: phases

# Variables:
#   $phase-3 (String) - the change class for phase III (stable, slight-increase, … as in applications-trend)
#   $phase-2 (String) - the change class for phase II
#   $previous-year (String) - the year compared with
phases-change = The number of phase III trials { $phase-3 ->
    [stable] remained stable
    [slight-increase] increased slightly
    [clear-increase] increased markedly
    [sharp-increase] increased sharply
    [slight-decrease] decreased slightly
    [clear-decrease] decreased markedly
   *[sharp-decrease] decreased sharply
  }, while the number of phase II trials { $phase-2 ->
    [stable] was in line with the figures for { $previous-year }
    [slight-increase] showed a slight increase from { $previous-year }
    [clear-increase] showed a marked increase from { $previous-year }
    [sharp-increase] showed a sharp increase from { $previous-year }
    [slight-decrease] showed a slight decrease from { $previous-year }
    [clear-decrease] showed a marked decrease from { $previous-year }
   *[sharp-decrease] showed a sharp decrease from { $previous-year }
  }.
phases-note = Note that some trials belong to two phases, for example phase I–II. These have been placed in the category for the lower phase.
# Variables:
#   $phase (String) - the phase in Roman numerals: I, II, III or IV
phase = Phase { $phase }
# Variables:
#   $previous-year (String) - the previous year
#   $year (String) - the report year
figure-phases = Applications for clinical trials by phase, { $previous-year } and { $year }.

## Section 4: therapy areas

# Variables:
#   $count (Number) - applications in the largest therapy area
#   $area (String) - the short name of the area (soc-*.short), e.g. "cancer"
#   $still (String) - yes (the area was also the largest last year), no, or unknown (not known)
#   $by-far (String) - yes if the area has at least twice as many applications as the second largest
#   $cancer-section (String) - becomes a link to the cancer section ("section 5"); must appear in the text
therapy-leader = { $count ->
    [one] With one application
   *[other] With { $count } applications
  }, { $area } is { $still ->
    [yes] still { $by-far ->
        [yes] by far the therapy area
       *[no] the therapy area
      }
   *[other] { $by-far ->
        [yes] by far the therapy area
       *[no] the therapy area
      }
  } with the most clinical trials in Norway (for more on cancer trials, see { $cancer-section }).

# Variables:
#   $count (Number) - how many areas the table shows
#   $year (String) - the report year
table-therapy = The { $count ->
    [10] ten
   *[other] { $count }
  } most common therapy areas in applications for clinical trials of medicinal products in Norway in { $year }.
col-rank = No.
col-soc = System organ class (MedDRA)
col-applications = Number of applications
# Variables:
#   $rank (Number) - the position in the table
rank = { $rank }
note-meddra = MedDRA: Medical Dictionary for Regulatory Activities.

## Section 5: cancer trials

cancer-definition = Cancer trials are trials of all benign, malignant and unspecified neoplasms (including cysts and polyps), as classified in MedDRA.
# Variables:
#   $total (Number) - cancer trials applied for in the year
#   $year (String) - the report year
#   $change (String) - the change class (as in applications-trend), or none when the previous year is missing
#   $previous-year (String) - the previous year
#   $previous (Number) - the number in the previous year
cancer-total = { $total ->
    [one] One cancer trial was
   *[other] A total of { $total } cancer trials were
  } applied for in { $year }{ $change ->
    [stable] , in line with { $previous-year }.
    [slight-increase] , a slight increase from { $previous-year }.
    [clear-increase] , a marked increase from { $previous-year }.
    [sharp-increase] , a sharp increase from { $previous-year }.
    [slight-decrease] , a slight decrease from { $previous-year }.
    [clear-decrease] , a marked decrease from { $previous-year }.
    [sharp-decrease] , a sharp decrease from { $previous-year }.
   *[none] .
  }
# Variables:
#   $from (String) - the first year
#   $to (String) - the last year
figure-cancer = Number of cancer trials applied for from { $from } to { $to }, by sponsor type.
# Variables:
#   $from (String) - the first year
#   $to (String) - the last year
table-cancer = Number of cancer trials applied for, by commercial and non-commercial sponsors, { $from }–{ $to }.
col-commercial-short = Commercial
col-non-commercial-short = Non-commercial
col-total-short = Total

## Section 6: substantial modifications

# Variables:
#   $change (String) - the change class (as in applications-trend)
#   $previous-year (String) - the previous year
#   $previous (Number) - the number in the previous year
modifications-trend = The number of applications for substantial modifications { $change ->
    [stable] is in line with
    [slight-increase] shows a slight increase from
    [clear-increase] shows a marked increase from
    [sharp-increase] shows a sharp increase from
    [slight-decrease] shows a slight decrease from
    [clear-decrease] shows a marked decrease from
   *[sharp-decrease] shows a sharp decrease from
  } { $previous-year } ({ $previous }).
# Variables:
#   $year (String) - the report year
#   $total (Number) - applications for substantial modifications processed in the year
modifications-total = In { $year }, we processed { $total } such applications.
# Variables:
#   $from (String) - the first year
#   $to (String) - the last year
figure-modifications = Number of applications for substantial modifications from { $from } to { $to }, split into applications submitted through CTIS (CTR) and under the previous rules (CTD).
series-ctis = Submitted through CTIS (CTR)
series-ctd = Previous rules (CTD)
axis-modifications = Number of applications
# Variables:
#   $year (String) - the report year
table-modifications = Number of applications for substantial modifications in { $year }, by Norway’s role in the assessment.
col-role = Role
col-in-ctis = Submitted through CTIS
col-ctd = CTD
row-mod-rms = Multinational trials where Norway is RMS
row-mod-mononational = Mononational trials
row-mod-msc = Multinational trials where Norway is MSC
row-sum = Total

## Section 7: safety reporting

safety-regulation = Under Commission Implementing Regulation (EU) 2022/20 of 7 January 2022, the EU Member States are to cooperate more closely on the safety monitoring of clinical trials. One Member State is therefore designated as having lead responsibility for monitoring the safety of an active substance. This Member State is referred to as the ‘safety assessing Member State’.
safety-scope = Safety monitoring means assessing annual reports and screening for suspected unexpected serious adverse reactions (SUSARs) in the EudraVigilance database, but also assessing notifications submitted in CTIS for ongoing trials. Notifications that require assessment concern unexpected events, urgent safety measures, serious breaches, a temporary halt of the trial or early termination of the trial that may be safety-related or affect data quality.
# Variables:
#   $previous-year (String) - the previous year
#   $year (String) - the report year
#   $reports-change (String) - the change class for annual reports (as in applications-trend)
#   $reports-previous (Number) - annual reports in the previous year
#   $reports (Number) - annual reports this year
#   $notifications-change (String) - the change class for notifications
#   $notifications-previous (Number) - notifications in the previous year
#   $notifications (Number) - notifications this year
safety-change = From { $previous-year } to { $year }, { $reports-change ->
    [stable] the number of annual reports remained stable
    [slight-increase] the number of annual reports increased slightly
    [clear-increase] the number of annual reports increased markedly
    [sharp-increase] the number of annual reports increased sharply
    [slight-decrease] the number of annual reports decreased slightly
    [clear-decrease] the number of annual reports decreased markedly
   *[sharp-decrease] the number of annual reports decreased sharply
  }, from { $reports-previous } to { $reports }, and the number of notifications requiring assessment { $notifications-change ->
    [stable] remained stable
    [slight-increase] increased slightly
    [clear-increase] increased markedly
    [sharp-increase] increased sharply
    [slight-decrease] decreased slightly
    [clear-decrease] decreased markedly
   *[sharp-decrease] decreased sharply
  }, from { $notifications-previous } to { $notifications }.
# Variables:
#   $previous-year (String) - the previous year
#   $year (String) - the report year
figure-safety-reports = Number of annual reports and notifications requiring assessment submitted through CTIS, { $previous-year } and { $year }.
series-annual-reports = Annual reports
series-notifications = Notifications
# Variables:
#   $year (String) - the report year
figure-safety-substances = Number of active substances for which Norway was responsible in { $year }: substances used only in Norway, and substances used in several Member States for which Norway is the ‘safety assessing Member State’.
series-substances-national = Used only in Norway
series-substances-multinational = Used in several Member States
axis-substances = Number of active substances

## Section 8: guidance and advice

# Variables:
#   $year (String) - the report year
#   $total (Number) - guidance sessions in total
#   $meetings (Number) - in-person or online meetings
#   $written (Number) - written guidance
guidance-total = In { $year }, DMP held { $total } national guidance sessions, of which { $meetings } were in-person or online meetings and { $written } were given in writing.
# Variables:
#   $year (String) - the report year
#   $total (Number) - guidance sessions in total
guidance-total-only = In { $year }, DMP held { $total } national guidance sessions.
# Variables:
#   $shape (String) - gradual-increase, increase, stable or decrease
#   $base-year (String) - the year the comparison starts
#   $base (Number) - guidance sessions that year
guidance-since = { $shape ->
    [gradual-increase] This is a gradual increase from { $base-year }, when { $base } were held.
    [increase] This is an increase from { $base-year }, when { $base } were held.
    [decrease] This is a decrease from { $base-year }, when { $base } were held.
   *[stable] This is in line with { $base-year }, when { $base } were held.
  }
# Variables:
#   $human (Number) - guidance sessions on medicinal products for human use
#   $veterinary (Number) - guidance sessions on veterinary medicinal products
#   $devices (Number) - guidance sessions on medical devices
guidance-areas = Of the guidance sessions, { $human } concerned medicinal products for human use and { $veterinary } concerned veterinary medicinal products, while { $devices ->
    [0] none
    [one] one
   *[other] { $devices }
  } dealt with medical devices.
# Variables:
#   $industry (Number) - guidance sessions initiated by industry
#   $academia (Number) - guidance sessions with academia
#   $percent (String) - industry's share, already formatted ("76%")
#   $approximate (String) - yes if the share is rounded
guidance-initiators = Industry initiated { $industry ->
    [one] one of the sessions
   *[other] { $industry } of the sessions
  }, which corresponds to { $approximate ->
    [yes] about { $percent }
   *[no] { $percent }
  }. { $academia ->
    [one] The remaining session involved
   *[other] The remaining { $academia } sessions involved
  } academia.
# Variables:
#   $year (String) - the report year
figure-guidance-areas = Number of guidance sessions and advisory meetings in { $year }, by field.
area-human = Medicinal products for human use
area-veterinary = Veterinary medicinal products
area-devices = Medical devices
axis-guidance = Number of guidance sessions
# Variables:
#   $year (String) - the report year
figure-guidance-initiators = Number of guidance sessions and advisory meetings in { $year }, by whether the request was initiated by industry or academia.
initiator-industry = Industry
initiator-academia = Academia
