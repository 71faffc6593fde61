### Sections 1 and 2: applications for clinical trials, and applications submitted through CTIS.

## Section 1: applications for clinical trials

# Variables:
#   $year (String) - the report year
#   $total (Number) - applications received in the year
applications-received = In { $year }, the Norwegian Medical Products Agency received { $total ->
    [0] no applications
    [one] one application
   *[other] { $total } applications
  } for clinical trials of medicinal products for human use.

# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease
#   $level (String) - low (last year was the lowest in the series), high (the highest) or ordinary
#   $previous-year (String) - the previous year
#   $previous (Number) - the number in the previous year
#   $continues (String) - yes if the change goes the same way as the year before
applications-trend = This is { $change ->
    [stable] in line with
    [slight-increase] a slight increase from
    [clear-increase] a marked increase from
    [sharp-increase] a sharp increase from
    [slight-decrease] a slight decrease from
    [clear-decrease] a marked decrease from
   *[sharp-decrease] a sharp decrease from
  } { $level ->
    [low] last year’s low level
    [high] last year’s high level
   *[ordinary] the { $previous-year } level
  }.

# Which sponsor type accounts for most of the change, and what the other one does.
# Variables:
#   $direction (String) - up or down: the direction for all applications
#   $driver (String) - commercial or non-commercial: the group with the largest change in that direction
#   $other-change (String) - the change class for the other group (as $change above)
#   $other-continues (String) - yes if the other group's change continues from the year before
applications-split = { $direction ->
    [up] The increase
   *[down] The decrease
  } is largest among { $driver ->
    [commercial] commercial sponsors, while trials initiated by non-commercial sponsors
   *[non-commercial] non-commercial sponsors, while trials initiated by commercial sponsors
  } { $other-continues ->
    [yes] { $other-change ->
        [stable] remain stable
        [slight-increase] continue a slight increase
        [clear-increase] continue a marked increase
        [sharp-increase] continue a sharp increase
        [slight-decrease] continue a slight decline
        [clear-decrease] continue a marked decline
       *[sharp-decrease] continue a sharp decline
      }
   *[no] { $other-change ->
        [stable] hold steady
        [slight-increase] show a slight increase
        [clear-increase] show a marked increase
        [sharp-increase] show a sharp increase
        [slight-decrease] show a slight decline
        [clear-decrease] show a marked decline
       *[sharp-decrease] show a sharp decline
      }
  }.

# The share of non-commercial applications.
# Variables:
#   $driver (String) - commercial (the non-commercial sponsors were then mentioned last), non-commercial or none
#   $year (String) - the report year
#   $percent (String) - the share, already formatted ("30%")
#   $approximate (String) - yes if the percentage is rounded
applications-share = { $driver ->
    [commercial] The latter group accounts
   *[other] Non-commercial sponsors account
  } for { $percent } of all applications in { $year }.

# Variables:
#   $count (Number) - trials that involve children and/or adolescents
applications-paediatric = { $count ->
    [0] None of the trials applied for involve children or adolescents.
    [one] Of the trials applied for, one involves children and/or adolescents.
   *[other] Of the trials applied for, { $count } involve children and/or adolescents.
  }

# Variables:
#   $count (Number) - rejected applications
#   $year (String) - the report year
#   $date (String) - the date the figure applies as of, already formatted
applications-rejected = { $count ->
    [0] No applications for clinical trials of medicinal products for human use received in { $year } have been rejected
    [one] Of the applications for clinical trials of medicinal products for human use received in { $year }, one has been rejected
   *[other] Of the applications for clinical trials of medicinal products for human use received in { $year }, { $count } have been rejected
  } (as of { $date }).

# Variables:
#   $count (Number) - transition applications
#   $year (String) - the report year
applications-transition = In { $year }, { $count ->
    [0] no transition applications were
    [one] one transition application was
   *[other] { $count } transition applications were
  } submitted and processed.

# Variables:
#   $from (String) - the first year
#   $to (String) - the last year
figure-applications = Trend in the number of applications for clinical trials from { $from } to { $to }, by sponsor type.
# Variables:
#   $from (String) - the first year
#   $to (String) - the last year
table-applications = Number of applications for clinical trials by sponsor type, { $from }–{ $to }.
col-year = Year
col-commercial = Commercial sponsors
col-non-commercial = Non-commercial sponsors
col-non-commercial-share = Non-commercial share
col-total = Total applications

# Variables:
#   $from (String) - the first year
#   $to (String) - the last year
figure-transition = Trend in the number of transition applications from { $from } to { $to }.
series-transition = Transition applications

## Section 2: mononational and multinational applications

# Variables:
#   $total (Number) - applications submitted through CTIS
#   $all (String) - yes if all of the year's applications were submitted through CTIS
#   $year (String) - the report year
#   $multinational (Number) - multinational applications
#   $mononational (Number) - mononational applications
ctis-split = { $all ->
    [yes] Of the { $total } applications for clinical trials received in { $year },
   *[no] Of the { $total } applications submitted through CTIS in { $year },
  } { $multinational ->
    [0] none were multinational
    [one] one was multinational
   *[other] { $multinational } were multinational
  } (the trials have been applied for in several EU/EEA countries). { $mononational ->
    [0] None of the applications were mononational
    [one] One application was mononational
   *[other] The remaining { $mononational } applications were mononational
  } (applied for in Norway only).

# Variables:
#   $rms (Number) - multinational applications where Norway is RMS
#   $multinational (Number) - all multinational applications
#   $year (String) - the report year
ctis-rms = Norway was the Reporting Member State (RMS) for { $rms } of the multinational applications in { $year }.
ctis-rms-role = The RMS role means that Norway leads and coordinates the validation and assessment of Part I of the application.

# Variables:
#   $count (Number) - mononational trials with non-commercial sponsors
#   $mononational (Number) - all mononational trials
ctis-mononational = Among the mononational trials, { $count } of { $mononational } have non-commercial sponsors.

table-ctis = Number of applications for mononational and multinational trials submitted through CTIS, per year since Regulation (EU) No 536/2014 took effect, and Norway’s role in the assessment of the multinational applications.
# Variables:
#   $years (String) - the years for which the table does not show all applications, already joined
#   $count (Number) - how many such years
table-ctis-partial = Note that the table does not show the total number of applications for { $years }, as applications were also submitted under the previous rules in { $count ->
    [one] that year
   *[other] that period
  }.
col-case-type = Application type
row-ctis-rms = Multinational applications where Norway is RMS*
row-ctis-msc = Multinational applications where Norway is MSC**/AMS***
row-ctis-mononational = Mononational applications
note-rms = *RMS: Reporting Member State, the country that leads and coordinates the validation and assessment of Part I of the application.
note-msc = **MSC: Member State Concerned, a participating Member State.
note-ams = ***AMS: Additional Member State, where an application has been made to add Norway as a Member State in an ongoing multinational trial.
