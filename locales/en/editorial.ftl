### Editorial text, written for one year. The messages are named editorial-<topic>-<year>;
### write next year's text alongside this one, with the new year in the name.
### All of them can use $year (the report year), $previous-year (the year before) and
### $transition-end (the last day of the transition to the CTR, from report.toml, formatted).
### Paragraphs are separated by a blank line.
###
### Editorial text explains the figures; it does not itself say that anything rose or
### fell, and it presupposes no figures the report does not show. Numbers up to twelve
### are written as words in running text.

# Introduction on why the figures matter.
# Variables:
#   $year (String) - the report year
#   $previous-year (String) - the year before
#   $focus-areas (Number) - focus areas in the action plan for clinical trials
#   $centres (Number) - NorTrials centres
#   $measures (Number) - measures in the export strategy
#   $measure (Number) - the number of the measure on NorTrials
#   $revenue (Number) - export revenue in billions of Norwegian kroner in $revenue-year
#   $revenue-year (String) - the year of $revenue
#   $target (Number) - the export revenue target in billions of Norwegian kroner in $target-year
#   $target-year (String) - the year of $target
editorial-context-2024 =
    The Government’s goal is for clinical research to become an integral part of all patient care. The national action plan for clinical trials has { WORDS($focus-areas) } focus areas, one of which is cooperation between the health service and industry. The Government’s primary initiative in this area is NorTrials, a mutually binding partnership for clinical trials between the health service and the health industry, with { WORDS($centres) } centres, each covering its own therapy area.

    The Government’s export strategy for the health industry contains { $measures } measures, and measure { $measure } is to develop NorTrials further. The ambition is to increase the health industry’s export revenue from NOK { $revenue } billion in { $revenue-year } to NOK { $target } billion by { $target-year }. The figures in this report show how many clinical trials are applied for in Norway and how the applications are distributed, and provide a basis for following clinical-trial activity in Norway over time.

# The transition from the Directive to the Regulation (section 1): what a transition application is.
# Variables:
#   $transition-end (String) - the last day of the transition period, formatted
editorial-transition-2022 = Ongoing trials approved under Directive 2001/20/EC (CTD) must be transferred to Regulation (EU) No 536/2014 (CTR) before the transition period ends on { $transition-end }. A trial is transferred by means of a transition application in CTIS.
# Variables:
#   $transition-end (String) - the last day of the transition period, formatted
editorial-transition-2023 = Ongoing trials approved under Directive 2001/20/EC (CTD) must be transferred to Regulation (EU) No 536/2014 (CTR) before the transition period ends on { $transition-end }. A trial is transferred by means of a transition application in CTIS.
# Variables:
#   $year (String) - the report year
#   $transition-end (String) - the last day of the transition period, formatted
editorial-transition-2024 = The year { $year } was marked by the transition to the new rules: ongoing trials approved under Directive 2001/20/EC (CTD) had to be transferred to Regulation (EU) No 536/2014 (CTR) before the transition period ended on { $transition-end }. A trial is transferred by means of a transition application in CTIS.

# Substantial modifications (section 6): follows the computed sentences on the number.
# Variables:
#   $year (String) - the report year
#   $transition-end (String) - the last day of the transition period, formatted
editorial-modifications-2024 =
    Because it is not possible to submit two applications for substantial modifications to the same trial at the same time in CTIS, applicants may combine several modifications in one application. The number of applications therefore does not by itself show how many modifications were applied for.

    The applications under the previous rules (CTD) in { $year } concerned trials approved under the Directive that had not yet been transferred to the CTR. Such applications could be submitted until the transition period ended on { $transition-end }.

# Safety reporting (section 7).
editorial-safety-2024 = The monitoring applies both to trials transferred from the CTD to the CTR through transition applications and to new trials approved under the CTR.
