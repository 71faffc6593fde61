### English: the titles and sources of figures and tables, the colophon (the printed edition).

## Titles of figures and tables, in Statistics Norway's form:
## what (and where), when, unit: "Clinical trial applications, by sponsor type. 2014–2024. Number".

# Variables:
#   $what (String) - what the figure or table shows (title-*)
#   $years (String) - the years it shows, formatted ("2024", "2023 and 2024", "2014–2024")
#   $unit (String) - number when it shows counts, number-percent when it shows counts and shares
caption-title = { $what }. { $years }. { $unit ->
    [number-percent] Number and per cent
   *[number] Number
  }
title-applications = Clinical trial applications, by sponsor type
title-transition = Transition applications
title-ctis = Applications submitted through CTIS, by mononational or multinational trial and Norway’s role in the assessment
title-phases = Clinical trial applications, by phase
# Variables:
#   $count (Number) - how many areas the table shows
title-therapy = Clinical trial applications in the { WORDS($count) } most common therapy areas, by MedDRA system organ class
title-cancer = Cancer trials applied for, by sponsor type
# Variables:
#   $split (String) - yes when the year is under the CTR and the figure splits the applications into CTIS and CTD
title-modifications = Applications for substantial modifications{ $split ->
    [yes] , by rules (CTIS or CTD)
   *[no] {""}
  }
title-modifications-roles = Applications for substantial modifications, by Norway’s role in the assessment
title-safety-reports = Annual reports and notifications requiring assessment, submitted through CTIS
title-safety-substances = Active substances Norway is responsible for, by use in Norway only or in several Member States
title-guidance-areas = Guidance given, by subject area
title-guidance-initiators = Guidance given, by initiator

# Under every figure and table: where the numbers come from.
# Variables:
#   $agency (String) - the agency that received the applications that year (agency-*.cover)
source-line = Source: { $agency }

## Colophon: about the publication (on the last page)

colophon-title = About this publication
colophon-publisher = Published by
colophon-published = Published
colophon-contact = Contact
colophon-licence = Licence
# Variables:
#   $name (String) - the licence's name (licence-<id> below)
#   $url (String) - where its terms are (licence-<id>.url)
colophon-licence-value = { $name }, { $url }
colophon-issn = ISSN
colophon-cite = How to cite this report
# Variables:
#   $author (String) - the publisher (agency-*.name)
#   $dated (String) - yes when the data give the publication date
#   $published (Number) - the year of publication (only when $dated is yes)
#   $title (String) - the report's title (report-title)
#   $subtitle (String) - the subtitle (report-subtitle)
colophon-citation = { $dated ->
    [yes] { $author } ({ $published }). { $title }. { $subtitle }.
   *[no] { $author }. { $title }. { $subtitle }.
  }
colophon-symbols = Standard symbols in tables

# The licence report.toml names ([publication] licence = "nlod"): its name and
# where its terms are in this language.
licence-nlod = Norwegian Licence for Open Government Data (NLOD) 2.0
    .url = https://data.norge.no/nlod/en/2.0
