### English (British): the document around the content (title page, labels, key figures).
### A translation of the Norwegian bokmål source files in locales/nb/, which are the source language.

# The BCP 47 code used for numbers, dates and plural rules.
language-tag = en-GB

## Title page and metadata

# Variables:
#   $year (String) - the report year, e.g. 2024
#   $publisher (String) - the publisher (agency-*.name), e.g. “Norwegian Medical Products Agency”
document-title = Clinical trials { $year }: annual report from the { $publisher }
# Variables:
#   $year (String) - the report year
report-title = Clinical trials { $year }
report-subtitle = Annual report on applications for clinical trials of medicinal products
# Variables:
#   $date (String) - the publication date, already formatted
report-published = Published { $date }
# On the title page when the publisher republishes a year in which an earlier agency received the applications.
# Variables:
#   $publisher (String) - the publisher (agency-*.abbr), e.g. “DMP”
#   $until (String) - the year the earlier agency was succeeded
#   $agency (String) - the earlier agency (agency-*.cover), e.g. “Norwegian Medicines Agency”
report-republished = Published by { $publisher }, which succeeded the { $agency } in { $until }
# Variables:
#   $year (String) - the report year
#   $publisher (String) - the publisher (agency-*.abbr), e.g. “DMP”
running-head = { $publisher } · Clinical trials { $year }

## The agencies that received the applications (report.toml says which, year by year)

# The value is the name where running text first uses it (with the abbreviation), .short
# later in running text, .name the name alone (the PDF's author), .abbr the shortest form
# (the footer), .cover the name on the title page. One name form per agency: NoMA is the
# Norwegian Medicines Agency's own abbreviation.
agency-noma = the Norwegian Medicines Agency (NoMA)
    .short = NoMA
    .name = Norwegian Medicines Agency
    .abbr = NoMA
    .cover = Norwegian Medicines Agency (NoMA)
agency-dmp = the Norwegian Medical Products Agency (DMP)
    .short = DMP
    .name = Norwegian Medical Products Agency
    .abbr = DMP
    .cover = Norwegian Medical Products Agency (DMP)

## Labels used by the template

label-contents = Contents
label-figure = Figure
label-table = Table
# Precedes the number in a cross-reference: "see section 5".
label-section = section
label-missing = Data not available
# Web edition: a link at the top of the page, for keyboard and screen-reader users, to the content.
label-skip = Skip to content
# Web edition: under each figure, the table of the numbers the chart shows.
label-figure-data = The numbers in the chart
# Symbols in table cells that hold no number (Statistics Norway's standard symbols).
# The number exists, but the data do not give it.
symbol-not-available = ..
    .meaning = Data not available
# There can be no number here (the category does not apply).
symbol-not-applicable = .
    .meaning = Category not applicable
# Break in series: the year so marked cannot be compared with the year before (set before the number or year).
symbol-break = |
    .meaning = Break in series
# A year (or number) marked with the break symbol.
# Variables:
#   $value (String) - the year or number
table-break-mark = { symbol-break }{ "\u00A0" }{ $value }

# Variables:
#   $percent (Number) - a percentage, rounded to a whole number
percent = { $percent }%

## Key figures

# Variables:
#   $year (String) - the report year
key-figures-title = Key figures { $year }
# Change from the previous year, below a key figure.
# Variables:
#   $change (String) - stable, slight-increase, clear-increase, sharp-increase, slight-decrease, clear-decrease, sharp-decrease
#   $direction (String) - up, down or same
#   $percent (Number) - the change in per cent, rounded, without sign (0 when under 1%)
#   $previous-year (String) - the year compared with
key-change = { $direction ->
    [up] { $percent ->
        [0] up less than 1% from { $previous-year }
       *[other] +{ $percent }% from { $previous-year }
      }
    [down] { $percent ->
        [0] down less than 1% from { $previous-year }
       *[other] −{ $percent }% from { $previous-year }
      }
   *[same] unchanged from { $previous-year }
  }
# Variables:
#   $count (Number) - the number shown above the text
key-applications = { $count ->
    [one] clinical trial application
   *[other] clinical trial applications
  }
# Variables:
#   $count (Number) - the number shown above the text
#   $all (String) - yes if the number counts all applications of the year; no when only some went through CTIS (2022 and 2023)
#   $of (Number) - the applications in CTIS, when $all is no
key-multinational = { $all ->
    [no] { $count ->
        [one] multinational application
       *[other] multinational applications
      } of { $of } in CTIS
   *[yes] { $count ->
        [one] multinational application in CTIS
       *[other] multinational applications in CTIS
      }
  }

# Variables:
#   $count (Number) - the number shown above the text
key-paediatric = { $count ->
    [one] trial involving children and/or adolescents
   *[other] trials involving children and/or adolescents
  }
# Variables:
#   $count (Number) - the number shown above the text
key-cancer = { $count ->
    [one] cancer trial
   *[other] cancer trials
  }
# Variables:
#   $count (Number) - the number shown above the text
key-modifications = { $count ->
    [one] application for a substantial modification
   *[other] applications for substantial modifications
  }
# Variables:
#   $count (Number) - the number shown above the text
key-guidance = { $count ->
    [one] guidance session
   *[other] guidance sessions
  }

## Headings

section-context = The figures in context
section-applications = Applications for clinical trials
section-ctis = Mononational and multinational applications (submitted through CTIS)
section-phases = Applications by phase
section-therapy = Applications by therapy area
section-cancer = Cancer trials
section-modifications = Applications for substantial modifications
section-safety = Safety reporting
section-guidance = Guidance and advice
section-about = About the figures
section-glossary = Glossary

# A span of years, as in "the data for 2019–2023".
# Variables:
#   $from (String) - first year
#   $to (String) - last year
year-range = { $from }–{ $to }

## Records

# When this year's number is the lowest or highest of the whole series. Follows the sentence with the number.
# Variables:
#   $record (String) - lowest or highest
#   $since (String) - the year the series began
series-record = The number was the { $record ->
    [lowest] lowest
   *[highest] highest
  } since the series began in { $since }.

## Data not available

# "About the figures": what the report lacks, said once instead of a note in each section.
# A section with no figures for the year is left out of the report; this says what is missing.
# The introduction, before the list.
about-unavailable = The following figures are not available and are therefore not included in this report:
# One item of the list: a series and the years it is missing for.
# Variables:
#   $figure (String) - the series' name, from figure-*-name
#   $years (String) - the missing years, already joined ("2022 and 2023", "2019–2023")
#   $count (Number) - how many years are missing
about-unavailable-item = { $figure }: { $years }
# Under a figure of several years when some years are missing (no file in data/, or not supplied).
# Variables:
#   $years (String) - the missing years, already joined ("2023" or "2019 and 2023")
#   $count (Number) - how many years are missing
figure-gap = No data are available for { $years }, so { $count ->
    [one] that year is
   *[other] those years are
  } not shown.
figure-transition-name = Transition applications
figure-ctis-name = Applications submitted through CTIS
figure-phases-name = Applications by phase
figure-therapy-name = Applications by therapy area
figure-cancer-name = Cancer trials
figure-modifications-name = Applications for substantial modifications
figure-safety-name = Annual reports, notifications and active substances
figure-guidance-name = Guidance sessions
figure-guidance-areas-name = Guidance sessions by subject area
figure-guidance-initiators-name = Guidance sessions by initiator (industry or academia)
figure-guidance-breakdown-name = Guidance sessions by subject area and by initiator (industry or academia)

# Alternative text for a figure (read by screen readers).
# Variables:
#   $kind (String) - stacked, grouped or horizontal
#   $caption (String) - the figure caption
#   $series (String) - the series, already joined
#   $max-label (String) - the category with the highest value (the highest stack of a stacked chart; "category, series" for a bar of a grouped chart of several series)
#   $max (Number) - the highest value
#   $min-label (String) - the category with the lowest value (as $max-label)
#   $min (Number) - the lowest value
figure-alt = { $kind ->
    [stacked] Stacked bar chart: { $caption }. Legend: { $series }. Highest total: { $max-label } ({ $max }). Lowest total: { $min-label } ({ $min }).
    [grouped] Bar chart: { $caption }. Legend: { $series }. Highest: { $max-label } ({ $max }). Lowest: { $min-label } ({ $min }).
   *[horizontal] Horizontal bar chart: { $caption }. Highest: { $max-label } ({ $max }). Lowest: { $min-label } ({ $min }).
  }

## Shared texts for axes and series

sponsor-commercial = Commercial sponsors
sponsor-non-commercial = Non-commercial sponsors
# The split by sponsor type, said in the text when the series has one year only (then there is no figure and no table).
# Variables:
#   $commercial (Number) - from commercial sponsors
#   $non-commercial (Number) - from non-commercial sponsors
sponsor-split = Of these, { $commercial } came from commercial and { $non-commercial } from non-commercial sponsors.
axis-applications = Number of applications
axis-trials = Number of trials
axis-count = Number

## Breaks in series (report.toml, [[break]])

# Why the CTIS counts cannot be compared with the year before; in section 2 and under figures that span the break.
# Variables:
#   $date (String) - the date CTIS became mandatory, formatted
break-ctis = CTIS became mandatory for new applications on { $date }.
# After the reason for a break.
# Variables:
#   $years (String) - the years that cannot be compared with the year before, already joined
#   $count (Number) - how many such years
#   $series (String) - the data the break is in (report.toml, [[break]] data): ctis or another
break-not-comparable = { $series ->
    [ctis] The CTIS figures for { $years } are therefore not comparable with those for the year before; the total number of applications is not affected.
   *[other] The figures for { $years } are therefore not comparable with those for the year before.
  }

## Numbers in running text

# Numbers from two to twelve are written as words in running text where a message asks for it
# with WORDS($count) ("for four of the multinational applications"); other numbers as figures.
# Variables:
#   $n (Number) - the number
number-words = { $n ->
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
    [11] eleven
    [12] twelve
   *[other] { $n }
  }
