### British English: words only the web edition uses (links around the content, narrow screens).

# The language's name in the language itself, in the language switch at the top of the web page
# (every edition shows it so).
language-name = English
# Web edition: the heading (for screen readers) over the links to the other languages.
web-languages = Language
# Web edition: the link to the report as a PDF (its size follows the link).
web-pdf = Download the report as PDF
# Web edition: a link back to the contents after each section.
web-to-contents = Back to contents
# Web edition, narrow screen: above a table wider than the screen.
web-scroll-hint = Scroll sideways to see the whole table
# Web edition: under a figure whose numbers are in a table of the report (“See the numbers in Table 1”).
web-figure-numbers = See the numbers in
# Before the number when the web edition refers to a table: “Table 1”.
web-table-ref = Table
## Short column headings of Table 1 for narrow screens (the full heading shows when the pointer
## or a screen reader is on the abbreviation).
col-commercial-narrow = Comm.
col-non-commercial-narrow = Non-comm.
col-non-commercial-share-narrow = Non-comm. share
col-total-narrow = Total
