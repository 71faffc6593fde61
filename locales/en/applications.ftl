### Sections 1 and 2: applications for clinical trials, and applications submitted through CTIS.
### The report describes a past year: the past tense throughout.

## Section 1: applications for clinical trials

# Variables:
#   $year (String) - the report year
#   $total (Number) - applications received in the year
#   $agency (String) - the agency that received them that year (agency-*), e.g. “the Norwegian Medicines Agency”
applications-received = In { $year }, { $agency } received { $total ->
    [0] no applications
    [one] one application
   *[other] { $total } applications
  } for clinical trials of medicinal products for human use.

# The change from the year before, all applications.
# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease; unchanged (the same count as the year before), increase-by and decrease-by (a slight change too large for the word “slight”: give the percentage)
#   $direction (String) - up, down or same (same when the change is stable)
#   $level (String) - low (the previous year was the lowest in the series), high (the highest) or ordinary
#   $previous-year (String) - the previous year
#   $previous (Number) - the number in the previous year
#   $streak (Number) - how many years running the number has moved this way, this year included (0 when stable)
#   $percent (Number) - the change in whole per cent, without sign (used with increase-by and decrease-by)
applications-trend = This was { $change ->
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
   *[other] , the { $streak ->
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

# When this year's number is the lowest or highest of the whole series.
# Variables:
#   $record (String) - lowest or highest
#   $since (String) - the year the series began
#   $groups (String) - the sponsor types with the same record: both, commercial, non-commercial or none
applications-record = The number was the { $record ->
    [lowest] lowest
   *[highest] highest
  } since the series began in { $since }{ $groups ->
    [both] , in total and for both sponsor types
    [commercial] , in total and for commercial sponsors
    [non-commercial] , in total and for non-commercial sponsors
   *[none] {""}
  }.

# How the sponsor types moved against all applications.
# Variables:
#   $pattern (String) - both (both moved the way the total did), opposite (the other moved the other way), alone (the other was about unchanged), shifted (the total held steady but the groups moved apart)
#   $direction (String) - up or down: the direction of $driver
#   $driver (String) - commercial or non-commercial: the group named first (the one that moved most; for shifted, the one that rose)
#   $driver-previous (Number) - its number the year before
#   $driver-current (Number) - its number this year
#   $other-identical (String) - yes when the other group’s number is the same as the year before
#   $other (String) - the clause about the other group (applications-split-other), formatted
#   $other-previous (Number) - the other group’s number the year before
#   $other-current (Number) - the other group’s number this year
applications-split = { $pattern ->
    [both] The { $direction ->
        [up] increase
       *[down] decrease
      } was largest among { $driver ->
        [commercial] commercial sponsors
       *[non-commercial] non-commercial sponsors
      } (from { $driver-previous } to { $driver-current }), { $other } (from { $other-previous } to { $other-current }).
    [opposite] The { $direction ->
        [up] increase
       *[down] decrease
      } came from { $driver ->
        [commercial] commercial sponsors
       *[non-commercial] non-commercial sponsors
      } (from { $driver-previous } to { $driver-current }), { $other } (from { $other-previous } to { $other-current }).
    [alone] The { $direction ->
        [up] increase
       *[down] decrease
      } came from { $driver ->
        [commercial] commercial sponsors
       *[non-commercial] non-commercial sponsors
      } (from { $driver-previous } to { $driver-current }), while the number of applications from { $driver ->
        [commercial] non-commercial sponsors
       *[non-commercial] commercial sponsors
      } { $other-identical ->
        [yes] was unchanged ({ $other-current })
       *[no] was about unchanged (from { $other-previous } to { $other-current })
      }.
   *[shifted] The split between the sponsor types shifted, however: { $driver ->
        [commercial] applications from commercial sponsors rose from { $driver-previous } to { $driver-current }, while those from non-commercial sponsors fell from { $other-previous } to { $other-current }.
       *[non-commercial] applications from non-commercial sponsors rose from { $driver-previous } to { $driver-current }, while those from commercial sponsors fell from { $other-previous } to { $other-current }.
      }
  }

# The clause about the other sponsor type in applications-split (“but … also …”, “while …”).
# Variables:
#   $pattern (String) - both (both moved the way the total did) or opposite (the other moved the other way)
#   $sponsor (String) - commercial or non-commercial: the other group
#   $change (String) - the group’s change class, as in applications-trend (also increase-by and decrease-by: give the percentage)
#   $percent (Number) - the change in whole per cent, without sign
#   $direction (String) - up or down: the group’s direction
#   $streak (Number) - how many years running the group has moved this way, this year included
#   $form (String) - streak (three years or more in a row: say so, with the percentage), again (the same way and class as the year before: “further”), plain
applications-split-other = { $pattern ->
    [both] but { $sponsor ->
        [commercial] commercial sponsors
       *[non-commercial] non-commercial sponsors
      } also saw { $form ->
        [streak] a { $direction ->
            [up] rise
           *[down] fall
          } for the { $streak ->
            [3] third
            [4] fourth
            [5] fifth
            [6] sixth
            [7] seventh
            [8] eighth
            [9] ninth
            [10] tenth
           *[other] { $streak }th
          } year in a row, this time of { $percent }%
        [again] { $change ->
            [slight-increase] a further slight increase
            [clear-increase] a further marked increase
            [sharp-increase] a further sharp increase
            [increase-by] a further increase, of { $percent }%
            [decrease-by] a further decrease, of { $percent }%
            [slight-decrease] a further slight decrease
            [clear-decrease] a further marked decrease
           *[sharp-decrease] a further sharp decrease
          }
       *[plain] { $change ->
            [slight-increase] a slight increase
            [clear-increase] a marked increase
            [sharp-increase] a sharp increase
            [increase-by] an increase of { $percent }%
            [decrease-by] a decrease of { $percent }%
            [slight-decrease] a slight decrease
            [clear-decrease] a marked decrease
           *[sharp-decrease] a sharp decrease
          }
      }
   *[opposite] while the number of applications from { $sponsor ->
        [commercial] commercial sponsors
       *[non-commercial] non-commercial sponsors
      } { $form ->
        [streak] { $direction ->
            [up] rose
           *[down] fell
          } for the { $streak ->
            [3] third
            [4] fourth
            [5] fifth
            [6] sixth
            [7] seventh
            [8] eighth
            [9] ninth
            [10] tenth
           *[other] { $streak }th
          } year in a row, this time by { $percent }%
        [again] { $change ->
            [slight-increase] continued to rise slightly
            [clear-increase] continued to rise markedly
            [sharp-increase] continued to rise sharply
            [increase-by] continued to rise, by { $percent }%
            [decrease-by] continued to fall, by { $percent }%
            [slight-decrease] continued to fall slightly
            [clear-decrease] continued to fall markedly
           *[sharp-decrease] continued to fall sharply
          }
       *[plain] { $change ->
            [slight-increase] rose slightly
            [clear-increase] rose markedly
            [sharp-increase] rose sharply
            [increase-by] rose by { $percent }%
            [decrease-by] fell by { $percent }%
            [slight-decrease] fell slightly
            [clear-decrease] fell markedly
           *[sharp-decrease] fell sharply
          }
      }
  }

# Sponsor types whose number this year was the lowest or highest of the whole series.
# Variables:
#   $commercial (String) - lowest, highest or none: commercial sponsors
#   $non-commercial (String) - lowest, highest or none: non-commercial sponsors
#   $since (String) - the year the series began
applications-group-record = { $commercial ->
    [lowest] { $non-commercial ->
        [lowest] For both sponsor types, the number was the lowest since the series began in { $since }.
        [highest] For commercial sponsors, the number was the lowest since the series began in { $since }, and for non-commercial sponsors the highest.
       *[none] For commercial sponsors, the number was the lowest since the series began in { $since }.
      }
    [highest] { $non-commercial ->
        [lowest] For commercial sponsors, the number was the highest since the series began in { $since }, and for non-commercial sponsors the lowest.
        [highest] For both sponsor types, the number was the highest since the series began in { $since }.
       *[none] For commercial sponsors, the number was the highest since the series began in { $since }.
      }
   *[none] { $non-commercial ->
        [lowest] For non-commercial sponsors, the number was the lowest since the series began in { $since }.
       *[highest] For non-commercial sponsors, the number was the highest since the series began in { $since }.
      }
  }

# When non-commercial sponsors have both their lowest (highest) number and their lowest (highest) share of the series: one sentence, not two.
# Variables:
#   $record (String) - lowest or highest
#   $since (String) - the year the series began
#   $percent (String) - the share, formatted (“30%”)
applications-group-share-record = For non-commercial sponsors, both the number and the share ({ $percent } of all applications) were the { $record ->
    [lowest] lowest
   *[highest] highest
  } since the series began in { $since }.

# The non-commercial share.
# Variables:
#   $last (String) - non-commercial when the sentence before named non-commercial sponsors last (“the latter group”), otherwise commercial or none
#   $year (String) - the report year
#   $percent (String) - the share, formatted (“30%”)
#   $approximate (String) - yes if the percentage is rounded
#   $record (String) - lowest or highest when the share is the lowest or highest of the series, otherwise none
#   $since (String) - the year the series began
applications-share = { $last ->
    [non-commercial] These sponsors accounted
   *[other] Non-commercial sponsors accounted
  } for { $percent } of all applications in { $year }{ $record ->
    [lowest] , the lowest share since the series began in { $since }
    [highest] , the highest share since the series began in { $since }
   *[none] {""}
  }.

# Variables:
#   $count (Number) - trials that involve children and/or adolescents
applications-paediatric = { $count ->
    [0] None of the trials applied for involved children or adolescents.
    [one] Of the trials applied for, one involved children and/or adolescents.
   *[other] Of the trials applied for, { WORDS($count) } involved children and/or adolescents.
  }

# Variables:
#   $count (Number) - rejected applications
#   $year (String) - the report year
#   $date (String) - the date the count is as of, formatted
applications-rejected = As of { $date }, { $count ->
    [0] none of the applications for clinical trials of medicinal products for human use received in { $year } had been rejected
    [one] one of the applications for clinical trials of medicinal products for human use received in { $year } had been rejected
   *[other] { WORDS($count) } of the applications for clinical trials of medicinal products for human use received in { $year } had been rejected
  }.

# Variables:
#   $count (Number) - transition applications
#   $year (String) - the report year
applications-transition = In { $year }, { $count ->
    [0] no transition applications were
    [one] one transition application was
   *[other] { $count } transition applications were
  } submitted and processed.

col-year = Year
col-commercial = Commercial sponsors
col-non-commercial = Non-commercial sponsors
col-non-commercial-share = Non-commercial share
col-total = Total

series-transition = Transition applications

## Section 2: mononational and multinational applications

# When the Regulation became applicable (report.toml, [rules] ctr); in section 2 in the years of the transition.
# Variables:
#   $date (String) - the date, formatted
ctis-ctr = Regulation (EU) No 536/2014 (the CTR) became applicable on { $date }, and from then on applications could be submitted through CTIS.

# How many of a year's applications went through CTIS; in section 2 where a break in the series is
# explained, for each year that counts only part of the applications and the first year that counts all.
# Variables:
#   $year (String) - the year
#   $ctis (Number) - applications submitted through CTIS
#   $total (Number) - all applications of the year
#   $outside (Number) - applications under the previous rules (outside CTIS)
#   $all (String) - yes if every application went through CTIS
ctis-coverage = { $all ->
    [yes] In { $year }, all { $total } applications went through CTIS.
   *[no] In { $year }, { $ctis } of the { $total } applications were submitted through CTIS; { $outside ->
        [one] one followed
       *[other] the other { WORDS($outside) } followed
      } the previous rules.
  }

# Variables:
#   $total (Number) - applications submitted through CTIS
#   $all (String) - yes if all of the year’s applications were submitted through CTIS
#   $year (String) - the report year
#   $multinational (Number) - multinational applications
#   $mononational (Number) - mononational applications
ctis-split = { $all ->
    [yes] Of the { WORDS($total) } applications for clinical trials received in { $year },
   *[no] Of the { WORDS($total) } applications submitted through CTIS in { $year },
  } { $multinational ->
    [0] none were multinational.
    [one] one was multinational (the trial was applied for in several EU/EEA countries).
   *[other] { WORDS($multinational) } were multinational (the trials were applied for in several EU/EEA countries).
  } { $mononational ->
    [0] None of the applications were mononational.
    [one] One application was mononational (applied for in Norway only).
   *[other] The remaining { WORDS($mononational) } applications were mononational (applied for in Norway only).
  }

# Variables:
#   $rms (Number) - multinational applications where Norway is RMS
#   $multinational (Number) - all multinational applications
#   $year (String) - the report year
ctis-rms = { $rms ->
    [0] Norway was not the Reporting Member State (RMS) for any of the multinational applications in { $year }.
   *[other] Norway was the Reporting Member State (RMS) for { WORDS($rms) } of the multinational applications in { $year }.
  }
ctis-rms-role = The RMS role means that Norway leads and coordinates the validation and assessment of Part I of the application.

# Variables:
#   $count (Number) - mononational trials with non-commercial sponsors
#   $mononational (Number) - all mononational trials
ctis-mononational = Among the mononational trials, { $count } of { $mononational } had non-commercial sponsors.

# Variables:
#   $years (String) - the years in which the table does not show all applications, joined
#   $count (Number) - how many such years
table-ctis-partial = Note that the table does not show the total number of applications for { $years }, as applications were also submitted under the previous rules in { $count ->
    [one] that year
   *[other] that period
  }.
col-case-type = Application type
row-ctis-rms = Multinational applications where Norway is RMS
row-ctis-msc = Multinational applications where Norway is MSC/AMS
row-ctis-mononational = Mononational applications
# Under Table 2 when the glossary explains the roles.
note-ctis-terms = RMS, MSC and AMS are explained in the glossary.
