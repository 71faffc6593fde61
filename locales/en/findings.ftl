### Main findings: the three to five findings that matter most, at the start of the report.
### Which findings are shown, and in what order, is computed from the figures (src/facts/findings.rs).

main-findings-title = Main findings

# All applications, the change from the year before, a record and a streak.
# Variables:
#   $year (String) - the report year
#   $total (Number) - applications in the year
#   $direction (String) - up, down, same (as many), stable (about as many: below the threshold of a change) or none (the year before is not known)
#   $percent (Number) - the change in whole per cent, without sign
#   $previous-year (String) - the previous year
#   $previous (Number) - the number the year before
#   $record (String) - lowest, highest or none: this year's number in the whole series
#   $since (String) - the year the series began
#   $streak (Number) - how many years running the number has moved this way
finding-total = In { $year }, { $total ->
    [one] one application for a clinical trial was
   *[other] { $total } applications for clinical trials were
  } received{ $direction ->
    [none] {""}
    [same] , the same number as in { $previous-year }
    [stable] , about as many as in { $previous-year } ({ $previous })
    [up] , { $percent }% more than in { $previous-year } ({ $previous })
   *[down] , { $percent }% fewer than in { $previous-year } ({ $previous })
  }{ $record ->
    [lowest] {" "}and the lowest number since the series began in { $since }
    [highest] {" "}and the highest number since the series began in { $since }
   *[none] {""}
  }{ $streak ->
    [0] {""}
    [1] {""}
    [2] {""}
   *[other] { $direction ->
        [up] ; the number has risen
       *[down] ; the number has fallen
      } for { WORDS($streak) } years in a row
  }.

# The year the EU Clinical Trials Regulation became applicable.
# Variables:
#   $year (String) - the report year
#   $date (String) - the date, formatted
#   $known (String) - yes if the number of applications in CTIS is known
#   $ctis (Number) - applications submitted through CTIS
#   $total (Number) - all applications in the year
finding-ctr-applies = The EU Clinical Trials Regulation (CTR) became applicable on { $date }{ $known ->
    [yes] ; { $ctis } of the { $total } applications in { $year } were submitted through the new portal, CTIS
   *[no] {""}
  }.

# The year all new applications had to be submitted through CTIS.
# Variables:
#   $year (String) - the report year
#   $date (String) - the date, formatted
#   $known (String) - yes if the number of applications in CTIS is known
#   $ctis (Number) - applications submitted through CTIS
#   $total (Number) - all applications in the year
#   $outside (Number) - applications not submitted through CTIS but under the previous rules
finding-ctis-mandatory = From { $date }, all new applications had to be submitted through CTIS{ $known ->
    [yes] { $outside ->
        [0] ; all { $total } applications in { $year } were submitted through it
        [one] ; { $ctis } of the { $total } applications in { $year } were submitted through it, and one followed the previous rules, which still applied to applications submitted before that date
       *[other] ; { $ctis } of the { $total } applications in { $year } were submitted through it, and the other { WORDS($outside) } followed the previous rules, which still applied to applications submitted before that date
      }
   *[no] {""}
  }.

# A sponsor type at the lowest or highest number of its series.
# Variables:
#   $year (String) - the report year
#   $sponsor (String) - commercial or non-commercial
#   $count (Number) - the group’s applications in the year
#   $record (String) - lowest or highest
#   $since (String) - the year the series began
#   $with-share (String) - yes if the share is the lowest (highest) too
#   $share (String) - the share, formatted (only when $with-share is yes)
finding-group-record = { $sponsor ->
    [commercial] Commercial sponsors
   *[non-commercial] Non-commercial sponsors
  } submitted { WORDS($count) } applications, the { $record ->
    [lowest] lowest
   *[highest] highest
  } number since the series began in { $since }{ $with-share ->
    [yes] ; their share, { $share }, was the { $record ->
        [lowest] lowest
       *[highest] highest
      } too
   *[no] {""}
  }.

# Variables:
#   $year (String) - the report year
#   $percent (String) - the non-commercial share, formatted
#   $record (String) - lowest or highest
#   $since (String) - the year the series began
finding-share-record = Non-commercial sponsors accounted for { $percent } of applications, the { $record ->
    [lowest] lowest
   *[highest] highest
  } share since the series began in { $since }.

# Variables:
#   $year (String) - the report year
#   $percent (String) - the non-commercial share, formatted
finding-share = Non-commercial sponsors accounted for { $percent } of applications in { $year }.

# Cancer trials (as finding-total).
# Variables:
#   $year (String) - the report year
#   $total (Number) - cancer trials applied for in the year
#   $direction (String) - up, down, same, stable or none
#   $percent (Number) - the change in whole per cent, without sign
#   $previous-year (String) - the previous year
#   $previous (Number) - the number the year before
#   $record (String) - lowest, highest or none
#   $since (String) - the year the series began
#   $streak (Number) - how many years running the number has moved this way
finding-cancer = { $total ->
    [one] One cancer trial was
   *[other] A total of { $total } cancer trials were
  } applied for{ $direction ->
    [none] {""}
    [same] , the same number as in { $previous-year }
    [stable] , about as many as in { $previous-year } ({ $previous })
    [up] , { $percent }% more than in { $previous-year } ({ $previous })
   *[down] , { $percent }% fewer than in { $previous-year } ({ $previous })
  }{ $record ->
    [lowest] {" "}and the lowest number since the series began in { $since }
    [highest] {" "}and the highest number since the series began in { $since }
   *[none] {""}
  }{ $streak ->
    [0] {""}
    [1] {""}
    [2] {""}
   *[other] { $direction ->
        [up] ; the number has risen
       *[down] ; the number has fallen
      } for { WORDS($streak) } years in a row
  }.

# Variables:
#   $year (String) - the report year
#   $count (Number) - transition applications
finding-transition = { $count ->
    [one] One transition application was received, that is, an application to transfer a trial
   *[other] A total of { WORDS($count) } transition applications were received, that is, applications to transfer trials
  } approved under the previous rules (CTD) to the CTR.

# Variables:
#   $year (String) - the report year
#   $multinational (Number) - multinational applications
#   $total (Number) - all applications
finding-multinational = Of the { WORDS($total) } applications, { WORDS($multinational) } concerned multinational trials, applied for in several EU/EEA countries.

# Variables:
#   $year (String) - the report year
#   $count (Number) - trials involving children and/or adolescents
finding-paediatric = { $count ->
    [0] None of the trials applied for involved children or adolescents.
    [one] One of the trials applied for involved children and/or adolescents.
   *[other] Of the trials applied for, { WORDS($count) } involved children and/or adolescents.
  }
