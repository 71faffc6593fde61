### Sections 3–8: phases, therapy areas, cancer, substantial modifications, safety, guidance.
### The report describes a past year: the past tense throughout.

## Section 3: phases

# Variables:
#   $phase-3 (String) - the change class for phase III (stable, slight-increase, … as in applications-trend)
#   $phase-3-previous (Number) - phase III trials the year before
#   $phase-3-current (Number) - phase III trials this year
#   $phase-2 (String) - the change class for phase II
#   $phase-2-previous (Number) - phase II trials the year before
#   $phase-2-current (Number) - phase II trials this year
#   $agree (String) - yes if phases III and II moved the same way (then “and”, otherwise “while”)
#   $previous-year (String) - the year compared with
phases-change = The number of phase III trials { $phase-3 ->
    [stable] remained stable ({ $phase-3-current }, against { $phase-3-previous } in { $previous-year })
    [slight-increase] rose slightly (from { $phase-3-previous } to { $phase-3-current })
    [clear-increase] rose markedly (from { $phase-3-previous } to { $phase-3-current })
    [sharp-increase] rose sharply (from { $phase-3-previous } to { $phase-3-current })
    [slight-decrease] fell slightly (from { $phase-3-previous } to { $phase-3-current })
    [clear-decrease] fell markedly (from { $phase-3-previous } to { $phase-3-current })
   *[sharp-decrease] fell sharply (from { $phase-3-previous } to { $phase-3-current })
  }, { $agree ->
    [yes] and
   *[no] while
  } the number of phase II trials { $phase-2 ->
    [stable] was in line with the figures for { $previous-year } ({ $phase-2-current }, against { $phase-2-previous })
    [slight-increase] rose slightly from { $phase-2-previous } in { $previous-year } to { $phase-2-current }
    [clear-increase] rose markedly from { $phase-2-previous } in { $previous-year } to { $phase-2-current }
    [sharp-increase] rose sharply from { $phase-2-previous } in { $previous-year } to { $phase-2-current }
    [slight-decrease] fell slightly from { $phase-2-previous } in { $previous-year } to { $phase-2-current }
    [clear-decrease] fell markedly from { $phase-2-previous } in { $previous-year } to { $phase-2-current }
   *[sharp-decrease] fell sharply from { $phase-2-previous } in { $previous-year } to { $phase-2-current }
  }.
phases-note = Note that some trials belong to two phases, for example phase I–II. These have been placed in the category for the lower phase.
# Variables:
#   $phase (String) - the phase in Roman numerals: I, II, III or IV
phase = Phase { $phase }

## Section 4: therapy areas

# Variables:
#   $count (Number) - applications in the largest therapy area
#   $area (String) - the area’s short name (soc-*.short), e.g. “cancer”
#   $still (String) - yes (the area was also the largest last year), no, or unknown (not known)
#   $by-far (String) - yes if the area has at least twice as many applications as the next largest
#   $cancer-section (String) - becomes a link to the cancer section (“section 5”); must appear in the text
#   $cancer-shown (String) - yes when the report has a section on cancer trials, otherwise no (then no reference)
therapy-leader = { $count ->
    [one] With one application
   *[other] With { $count } applications
  }, { $area } was { $still ->
    [yes] still { $by-far ->
        [yes] by far the largest therapy area
       *[no] the largest therapy area
      }
   *[other] { $by-far ->
        [yes] by far the largest therapy area
       *[no] the largest therapy area
      }
  }{ $cancer-shown ->
    [yes] { " " }(for more on cancer trials, see { $cancer-section })
   *[no] {""}
  }.

col-rank = No.
col-soc = MedDRA system organ class (SOC)
col-applications = Number of applications
# Variables:
#   $rank (Number) - the place in the table
rank = { $rank }
note-meddra = MedDRA: Medical Dictionary for Regulatory Activities.

## Section 5: cancer trials

cancer-definition = Cancer trials are defined as trials of all benign, malignant and unspecified neoplasms (including cysts and polyps), as classified in MedDRA.
# When the previous year is known.
# Variables:
#   $total (Number) - cancer trials applied for in the year
#   $year (String) - the report year
#   $change (String) - the change class (as in applications-trend); unchanged (the same count as the year before), increase-by and decrease-by (a slight change too large for the word “slight”: give the percentage)
#   $direction (String) - up, down or same
#   $level (String) - low, high or ordinary (as in applications-trend)
#   $previous-year (String) - the previous year
#   $previous (Number) - the number in the previous year
#   $streak (Number) - how many years running the number has moved this way (as in applications-trend)
#   $percent (Number) - the change in whole per cent, without sign (used with increase-by and decrease-by)
cancer-total = { $total ->
    [one] One cancer trial was
   *[other] A total of { WORDS($total) } cancer trials were
  } applied for in { $year }, { $change ->
    [stable] { $level ->
        [low] in line with
        [high] in line with
       *[ordinary] about the same as in
      }
    [unchanged] the same as in
    [increase-by] an increase of { $percent }% from
    [decrease-by] a decrease of { $percent }% from
    [slight-increase] a slight increase from
    [clear-increase] a marked increase from
    [sharp-increase] a sharp increase from
    [slight-decrease] a slight decrease from
    [clear-decrease] a marked decrease from
   *[sharp-decrease] a sharp decrease from
  } { $level ->
    [low] the previous year’s low level ({ $previous })
    [high] the previous year’s high level ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $streak ->
    [0] {""}
    [1] {""}
   *[other] {" "}and the { $streak ->
        [2] second
        [3] third
        [4] fourth
        [5] fifth
        [6] sixth
        [7] seventh
        [8] eighth
        [9] ninth
        [10] tenth
       *[other] { $streak }th
      } { $direction ->
        [up] rise
       *[down] fall
      } in a row
  }.
# When the previous year is not known.
# Variables:
#   $total (Number) - cancer trials applied for in the year
#   $year (String) - the report year
cancer-total-only = { $total ->
    [one] One cancer trial was
   *[other] A total of { WORDS($total) } cancer trials were
  } applied for in { $year }.
col-commercial-short = Commercial
col-non-commercial-short = Non-commercial
col-total-short = Total

## Section 6: substantial modifications

# When the previous year is known.
# Variables:
#   $year (String) - the report year
#   $total (Number) - applications for substantial modifications processed in the year
#   $change (String) - the change class (as in applications-trend); unchanged (the same count as the year before), increase-by and decrease-by (a slight change too large for the word “slight”: give the percentage)
#   $direction (String) - up, down or same
#   $level (String) - low, high or ordinary (as in applications-trend)
#   $previous-year (String) - the previous year
#   $previous (Number) - the number in the previous year
#   $streak (Number) - how many years running the number has moved this way (as in applications-trend)
#   $agency (String) - the short name of the agency that year (agency-*.short), e.g. “DMP”
#   $percent (Number) - the change in whole per cent, without sign (used with increase-by and decrease-by)
modifications-trend = In { $year }, { $agency } processed { WORDS($total) } applications for substantial modifications, { $change ->
    [stable] { $level ->
        [low] in line with
        [high] in line with
       *[ordinary] about the same as in
      }
    [unchanged] the same as in
    [increase-by] an increase of { $percent }% from
    [decrease-by] a decrease of { $percent }% from
    [slight-increase] a slight increase from
    [clear-increase] a marked increase from
    [sharp-increase] a sharp increase from
    [slight-decrease] a slight decrease from
    [clear-decrease] a marked decrease from
   *[sharp-decrease] a sharp decrease from
  } { $level ->
    [low] the previous year’s low level ({ $previous })
    [high] the previous year’s high level ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $streak ->
    [0] {""}
    [1] {""}
   *[other] {" "}and the { $streak ->
        [2] second
        [3] third
        [4] fourth
        [5] fifth
       *[other] { $streak }th
      } { $direction ->
        [up] rise
       *[down] fall
      } in a row
  }.
# When the previous year is not known.
# Variables:
#   $year (String) - the report year
#   $total (Number) - applications for substantial modifications processed in the year
#   $agency (String) - the short name of the agency that year (agency-*.short), e.g. “DMP”
modifications-total = In { $year }, { $agency } processed { WORDS($total) } applications for substantial modifications.
# The split between CTIS and the previous rules, when there are no figures for the year before to compare with.
# Variables:
#   $ctis (Number) - submitted through CTIS
#   $ctd (Number) - under the previous rules (CTD)
modifications-split = Of these, { WORDS($ctis) } were submitted through CTIS and { WORDS($ctd) } under the previous rules (CTD).
# How the applications in CTIS and under the previous rules (CTD) changed from the year before.
# Variables:
#   $ctis-change (String) - the change class of the applications in CTIS (as in applications-trend)
#   $ctis-previous (Number) - in CTIS the year before
#   $ctis (Number) - in CTIS this year
#   $ctd-change (String) - the change class of the applications under the CTD
#   $ctd-previous (Number) - under the CTD the year before
#   $ctd (Number) - under the CTD this year
#   $ctd-none (String) - yes when no applications came under the CTD this year, though some did the year before
#   $apart (String) - yes when the two moved different ways (then “while”, otherwise “and”)
modifications-parts = Applications submitted through CTIS { $ctis-change ->
    [stable] held steady
    [slight-increase] rose slightly
    [clear-increase] rose markedly
    [sharp-increase] rose sharply
    [slight-decrease] fell slightly
    [clear-decrease] fell markedly
   *[sharp-decrease] fell sharply
  } (from { $ctis-previous } to { $ctis }), { $apart ->
    [yes] while
   *[no] and
  } { $ctd-none ->
    [yes] no applications were submitted under the previous rules (CTD), compared with { $ctd-previous } the year before.
   *[no] applications under the previous rules (CTD) { $ctd-change ->
        [stable] held steady
        [slight-increase] rose slightly
        [clear-increase] rose markedly
        [sharp-increase] rose sharply
        [slight-decrease] fell slightly
        [clear-decrease] fell markedly
       *[sharp-decrease] fell sharply
      } (from { $ctd-previous } to { $ctd }).
  }
series-modifications = Applications for substantial modifications
series-ctis = Submitted through CTIS (CTR)
series-ctd = Previous rules (CTD)
axis-modifications = Number of applications
# Under the table of substantial modifications, when some came under the previous rules.
# Variables:
#   $ctd (Number) - applications for substantial modifications under the CTD
note-mod-ctd = Applications under the CTD have no RMS or MSC role ({ symbol-not-applicable }), and how many of them concerned mononational trials is not known ({ symbol-not-available }); the { $ctd } applications are included only in the total.
col-role = Role
col-in-ctis = Submitted through CTIS
col-ctd = CTD
row-mod-rms = Multinational trials where Norway is RMS
row-mod-mononational = Mononational trials
row-mod-msc = Multinational trials where Norway is MSC
row-sum = Total

## Section 7: safety reporting

safety-regulation = Under Commission Implementing Regulation (EU) 2022/20 of 7 January 2022, the EU Member States are to cooperate more closely on the safety monitoring of clinical trials. One Member State is therefore designated as having lead responsibility for monitoring the safety of an active substance. This Member State is referred to as the ‘safety assessing Member State’.
safety-scope = Safety monitoring covers the assessment of annual reports, the screening of the EudraVigilance database for suspected unexpected serious adverse reactions (SUSARs) and the assessment of notifications submitted in CTIS for ongoing trials. Notifications that require assessment concern unexpected events, urgent safety measures, serious breaches, a temporary halt of the trial or early termination of the trial that may be safety-related or affect data quality.
# Variables:
#   $previous-year (String) - the previous year
#   $year (String) - the report year
#   $reports-change (String) - the change class for annual reports (as in applications-trend)
#   $reports-previous (Number) - annual reports the year before
#   $reports (Number) - annual reports this year
#   $notifications-change (String) - the change class for notifications
#   $notifications-previous (Number) - notifications the year before
#   $notifications (Number) - notifications this year
#   $agree (String) - yes when the two moved the same way (then “and”, otherwise “while”)
safety-change = From { $previous-year } to { $year }, the number of annual reports { $reports-change ->
    [stable] held steady
    [slight-increase] rose slightly
    [clear-increase] rose markedly
    [sharp-increase] rose sharply
    [slight-decrease] fell slightly
    [clear-decrease] fell markedly
   *[sharp-decrease] fell sharply
  }, from { $reports-previous } to { $reports }, { $agree ->
    [yes] and
   *[no] while
  } the number of notifications requiring assessment { $notifications-change ->
    [stable] held steady
    [slight-increase] rose slightly
    [clear-increase] rose markedly
    [sharp-increase] rose sharply
    [slight-decrease] fell slightly
    [clear-decrease] fell markedly
   *[sharp-decrease] fell sharply
  }, from { $notifications-previous } to { $notifications }.
# Variables:
#   $change (String) - the change class (as in applications-trend)
#   $previous (Number) - active substances the year before
#   $current (Number) - active substances this year
safety-substances-change = The number of active substances for which Norway was responsible { $change ->
    [stable] held steady
    [slight-increase] rose slightly
    [clear-increase] rose markedly
    [sharp-increase] rose sharply
    [slight-decrease] fell slightly
    [clear-decrease] fell markedly
   *[sharp-decrease] fell sharply
  }, from { $previous } to { $current }.
series-annual-reports = Annual reports
series-notifications = Notifications
series-substances-national = Used only in Norway
series-substances-multinational = Used in several Member States
axis-substances = Number of active substances

## Section 8: guidance and advice

# Variables:
#   $year (String) - the report year
#   $total (Number) - guidance sessions in all
#   $meetings (Number) - in-person or online meetings
#   $written (Number) - written guidance
#   $agency (String) - the short name of the agency that year (agency-*.short), e.g. “DMP”
guidance-total = In { $year }, { $agency } gave national guidance { WORDS($total) } times: { WORDS($meetings) } in meetings, in person or online, and { WORDS($written) } in writing.
# Variables:
#   $year (String) - the report year
#   $total (Number) - guidance sessions in all
#   $agency (String) - the short name of the agency that year (agency-*.short)
guidance-total-only = In { $year }, { $agency } gave national guidance { WORDS($total) } times.
# When the previous year is known.
# Variables:
#   $change (String) - the change class (as in applications-trend); unchanged (the same count as the year before), increase-by and decrease-by (a slight change too large for the word “slight”: give the percentage)
#   $direction (String) - up, down or same
#   $level (String) - low, high or ordinary (as in applications-trend)
#   $previous-year (String) - the previous year
#   $previous (Number) - the number in the previous year
#   $streak (Number) - how many years running the number has moved this way (as in applications-trend)
#   $gradual (String) - yes when the number has risen slightly every year since $base-year (two years running at least)
#   $base-year (String) - the year the gradual increase began (only when $gradual is yes)
#   $base (Number) - guidance sessions that year (only when $gradual is yes)
#   $percent (Number) - the change in whole per cent, without sign (used with increase-by and decrease-by)
guidance-trend = This was { $change ->
    [stable] { $level ->
        [low] in line with
        [high] in line with
       *[ordinary] about the same as in
      }
    [unchanged] the same as in
    [increase-by] an increase of { $percent }% from
    [decrease-by] a decrease of { $percent }% from
    [slight-increase] a slight increase from
    [clear-increase] a marked increase from
    [sharp-increase] a sharp increase from
    [slight-decrease] a slight decrease from
    [clear-decrease] a marked decrease from
   *[sharp-decrease] a sharp decrease from
  } { $level ->
    [low] the previous year’s low level ({ $previous })
    [high] the previous year’s high level ({ $previous })
   *[ordinary] { $previous-year } ({ $previous })
  }{ $gradual ->
    [yes] {" "}and part of a gradual increase since { $base-year }, when there were { $base }
   *[no] { $streak ->
        [0] {""}
        [1] {""}
       *[other] {" "}and the { $streak ->
            [2] second
            [3] third
            [4] fourth
            [5] fifth
           *[other] { $streak }th
          } { $direction ->
            [up] rise
           *[down] fall
          } in a row
      }
  }.
# When the previous year is not known: the comparison with the latest earlier year known.
# Variables:
#   $shape (String) - increase, stable or decrease
#   $base-year (String) - the year compared with
#   $base (Number) - guidance sessions that year
#   $missing (String) - the years between without figures, joined ("2023")
guidance-since = { $shape ->
    [increase] This was more than in { $base-year }, when there were { $base }
    [decrease] This was fewer than in { $base-year }, when there were { $base }
   *[stable] This was in line with { $base-year }, when there were { $base }
  } (no figures are available for { $missing }).

# Variables:
#   $human (Number) - guidance on medicinal products for human use
#   $veterinary (Number) - guidance on veterinary medicinal products
#   $devices (Number) - guidance on medical devices
guidance-areas = Of all the guidance given, { $devices ->
    [0] { WORDS($human) } concerned medicinal products for human use and { WORDS($veterinary) } veterinary medicinal products; none concerned medical devices
    [one] { WORDS($human) } concerned medicinal products for human use, { WORDS($veterinary) } veterinary medicinal products and one concerned medical devices
   *[other] { WORDS($human) } concerned medicinal products for human use, { WORDS($veterinary) } veterinary medicinal products and { WORDS($devices) } medical devices
  }.
# Variables:
#   $industry (Number) - guidance initiated by industry
#   $academia (Number) - guidance initiated by academia
#   $percent (String) - industry’s share, formatted (“76%”)
#   $approximate (String) - yes if the share is rounded
guidance-initiators = { $industry ->
    [0] { $academia ->
        [0] None of the sessions were initiated by industry or academia.
       *[other] All of the sessions were initiated by academia.
      }
   *[other] Industry initiated { $industry ->
        [one] one
       *[other] { WORDS($industry) }
      } of the sessions, { $approximate ->
        [yes] about { $percent }
       *[no] { $percent }
      }. { $academia ->
        [0] None were initiated by academia.
        [one] The remaining session was initiated by academia.
       *[other] The remaining { WORDS($academia) } were initiated by academia.
      }
  }
area-human = Medicinal products for human use
area-veterinary = Veterinary medicinal products
area-devices = Medical devices
axis-guidance = Number of guidance sessions
initiator-industry = Industry
initiator-academia = Academia
