### Editorial text, written for one year. The messages are named editorial-<topic>-<year>;
### write next year's text alongside this one, with the new year in the name.
### All of them can use $year (the report year), $previous-year (the year before) and
### $transition-end (the last day of the transition to the CTR, from report.toml, formatted).
### Paragraphs are separated by a blank line.

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
    The Government’s goal is for clinical research to become an integral part of all patient care. The national action plan for clinical trials identifies { $focus-areas } focus areas, and cooperation between the health service and industry is one of them. The most important measure is NorTrials, a binding partnership between the health service and the health industry with { $centres } centres, each covering its own therapy area.

    The Government’s export strategy for the health industry contains { $measures } measures, and measure number { $measure } is to further develop NorTrials. The ambition is to increase export revenue from NOK { $revenue } billion in { $revenue-year } to NOK { $target } billion in { $target-year }. The figures in this report show how many clinical trials are applied for in Norway and how they are distributed, and provide a basis for following this development.

# The transition from the Directive to the Regulation (section 1).
editorial-transition-2024 = The year { $year } was marked by the transition to the new rules, with applications made in CTIS to transfer ongoing trials approved under Directive 2001/20/EC to Regulation (EU) No 536/2014.

# Substantial modifications (section 6): follows the computed sentences on the number.
# Variables:
#   $transition-end (String) - the last day of the transition period, formatted
editorial-modifications-2024 =
    The number of applications for substantial modifications is probably linked to the transition to the new rules. Because it is not possible to submit two applications for substantial modifications at the same time in CTIS, applicants may be choosing to include more modifications in each application, and sponsors may have become more aware of what is considered a substantial modification and therefore requires an application.

    Applications under the previous rules can only be submitted until the transition period ends on { $transition-end }.

# Safety reporting (section 7).
editorial-safety-2024 = The numbers of active substances, annual reports and notifications reflect both the transfer of clinical trials approved under the CTD (transition applications) and new applications for clinical trials under the CTR.
