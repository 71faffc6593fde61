#!/usr/bin/env python3
"""Measures the page layout of report PDFs, as a designer reads a proof.

    .ci/layout.py [--check] report-2024-nb.pdf ...

For each PDF, prints per page how far down the content reaches (percent of
the page height, the running footer not counted), the smallest text on the
page, and for the whole report the median length of body lines (text at the
body size, in characters).

With --check, fails (exit 1) unless, for every PDF given:
  - every page but the cover (1), the contents page (2) and the last page
    is filled to at least 65 % of its height, and at most one of them
    stops short of 75 %; a page after which the next begins with a figure
    or table (one that did not fit under the text, and does not pass the
    next section's heading) or with the glossary (kept whole, with the
    colophon, on the back page) need only be filled to 40 % and is not
    counted short;
  - no text anywhere is smaller than 8 pt;
  - body lines have a median under 80 characters;
  - no paragraph goes on across a figure or a table: when a page's text
    ends mid-sentence, no figure or table comes after it at the foot of
    that page or before the rest of it at the top of the next;
  - every figure and table has its source line: after each title ("Figur
    1:", "Tabell 1:", …), a line beginning "Kilde:" ("Kjelde:", "Source:",
    "Quelle:") before the next title;
  - the last page holds the colophon ("Om publikasjonen", "About this
    publication", …);
  - the key figures' text stays inside its cells: no two words on the page
    after the cover overlap (a word too long for its cell runs into the
    next column's).

Needs PyMuPDF (pip install pymupdf).
"""

import re
import statistics
import sys

import pymupdf

BODY_SIZE = 10.5  # pt, the template's body-size
MIN_TEXT = 8.0  # pt
FULL = 0.65  # every page at least
ENDS_SECTION = 0.40  # a page before a float that did not fit, or the back page
WELL_FILLED = 0.75  # every page but one at least
MEDIAN_LINE = 80  # characters, at most (exclusive)
HEADING_SIZE = 16.0  # pt, the sections' headings
SENTENCE_END = ".!?:"


def page_facts(page):
    """(content bottom / page height, smallest text size, body lines)."""
    height = page.rect.height
    # The footer sits in the bottom margin: below this, nothing is content.
    footer_top = height - 28 * 72 / 25.4 + 4
    bottom = 0.0
    smallest = None
    lines = []
    for block in page.get_text("dict")["blocks"]:
        body = []
        for line in block.get("lines", []):
            spans = [s for s in line["spans"] if s["text"].strip()]
            if not spans:
                continue
            y1 = max(s["bbox"][3] for s in spans)
            if y1 < footer_top:
                bottom = max(bottom, y1)
            for s in spans:
                size = s["size"]
                smallest = size if smallest is None else min(smallest, size)
            if all(abs(s["size"] - BODY_SIZE) < 0.05 for s in spans):
                body.append("".join(s["text"] for s in spans).strip())
        # The last line of a paragraph is short by nature: measure the
        # full ones.
        lines.extend(body[:-1])
    for d in page.get_drawings():
        r = d["rect"]
        if r.y1 < footer_top and r.height < height * 0.9:
            bottom = max(bottom, r.y1)
    for img in page.get_image_info():
        y1 = img["bbox"][3]
        if y1 < footer_top:
            bottom = max(bottom, y1)
    return bottom / height, smallest, lines


def lines_of(page):
    """The page's text lines above the footer, top to bottom: (top, bottom,
    sizes, text)."""
    footer_top = page.rect.height - 28 * 72 / 25.4 + 4
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            spans = [s for s in line["spans"] if s["text"].strip()]
            if not spans:
                continue
            top = min(s["bbox"][1] for s in spans)
            bottom = max(s["bbox"][3] for s in spans)
            if bottom < footer_top:
                sizes = {round(s["size"], 1) for s in spans}
                out.append((top, bottom, sizes, "".join(s["text"] for s in spans).strip()))
    return sorted(out, key=lambda l: (l[0], l[1]))


def is_body(line):
    return all(abs(s - BODY_SIZE) < 0.05 for s in line[2])


def is_heading(line):
    return any(abs(s - HEADING_SIZE) < 0.05 for s in line[2])


def broken_paragraphs(doc):
    """Page breaks where a paragraph goes on across a figure or a table:
    [(page, the text the page ends with)]. A figure or table is any text
    that is neither body text nor a heading: captions, table cells, the
    charts' labels."""
    broken = []
    pages = [lines_of(p) for p in doc]
    # The cover (page 1) has no paragraphs.
    for n in range(1, len(pages) - 1):
        here, after = pages[n], pages[n + 1]
        body = [i for i, l in enumerate(here) if is_body(l)]
        if not body:
            continue
        last = here[body[-1]]
        if last[3].rstrip(")»”’\"'").endswith(tuple(SENTENCE_END)):
            continue
        below = here[body[-1] + 1:]
        first = next((i for i, l in enumerate(after) if is_body(l) or is_heading(l)), None)
        if first is None or is_heading(after[first]):
            continue
        above = after[:first]
        if any(not is_body(l) for l in below) or above:
            broken.append((n + 1, last[3]))
    return broken


CAPTION = re.compile(r"^(Figur|Figure|Tabell|Table|Abbildung|Tabelle)[ \u00a0]\d+: ")
SOURCE = re.compile(r"^(Kilde|Kjelde|Source|Quelle): ")


COLOPHON = re.compile(r"^(Om publikasjonen|About this publication|Über diese Veröffentlichung)$")
GLOSSARY = re.compile(r"^(Ordliste|Glossary|Glossar)$")


def opens_with_float_or_glossary(page):
    """Whether the page's first line is a figure's or table's title, or the
    glossary's heading."""
    lines = lines_of(page)
    return bool(lines) and bool(CAPTION.match(lines[0][3]) or GLOSSARY.match(lines[0][3]))


def overlapping_words(page):
    """Pairs of words on `page` whose boxes overlap (by more than half a
    point each way): [(word, word)]."""
    words = [w for w in page.get_text("words") if w[4].strip()]
    out = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            x = min(a[2], b[2]) - max(a[0], b[0])
            y = min(a[3], b[3]) - max(a[1], b[1])
            if x > 0.5 and y > 0.5:
                out.append((a[4], b[4]))
    return out


def has_colophon(doc):
    """Whether the last page holds the colophon's title."""
    return any(COLOPHON.match(l[3]) for l in lines_of(doc[len(doc) - 1]))


def unsourced(doc):
    """Figures and tables without a source line under them: [title]. Each
    title's source is the first source line after it, before the next
    title."""
    lines = [l[3] for page in doc for l in lines_of(page)]
    missing = []
    open_title = None
    for text in lines:
        if CAPTION.match(text):
            if open_title is not None:
                missing.append(open_title)
            open_title = text
        elif SOURCE.match(text) and open_title is not None:
            open_title = None
    if open_title is not None:
        missing.append(open_title)
    return missing


def measure(path):
    doc = pymupdf.open(path)
    pages = [page_facts(p) for p in doc]
    return pages


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    failures = []
    for path in paths:
        pages = measure(path)
        body = [line for _, _, lines in pages for line in lines]
        median = statistics.median(len(line) for line in body) if body else 0
        smallest = min((s for _, s, _ in pages if s is not None), default=0)
        fills = ", ".join(f"{i + 1}:{f * 100:.0f}%" for i, (f, _, _) in enumerate(pages))
        print(f"{path}: {len(pages)} pages; fill {fills}; smallest text {smallest:.1f} pt; "
              f"median body line {median:.0f} characters ({len(body)} lines)")
        doc = pymupdf.open(path)
        inner = [(i + 1, f) for i, (f, _, _) in enumerate(pages)][2:-1]
        # Pages whose next page opens with a float or the glossary.
        ends = {n for n, _ in inner if opens_with_float_or_glossary(doc[n])}
        for n, f in inner:
            least = ENDS_SECTION if n in ends else FULL
            if f < least:
                failures.append(f"{path}: page {n} is filled to {f * 100:.0f} % (at least {least * 100:.0f} %)")
        short = [n for n, f in inner if f < WELL_FILLED and n not in ends]
        if len(short) > 1:
            failures.append(f"{path}: pages {short} stop short of {WELL_FILLED * 100:.0f} % (at most one may)")
        for n, (_, s, _) in enumerate(pages, 1):
            if s is not None and s < MIN_TEXT - 0.01:
                failures.append(f"{path}: page {n} has text of {s:.1f} pt (at least {MIN_TEXT:.0f} pt)")
        for n, text in broken_paragraphs(pymupdf.open(path)):
            failures.append(f"{path}: page {n} ends mid-sentence («…{text[-40:]}») and a figure or "
                            f"table comes before the rest of the paragraph")
        for title in unsourced(pymupdf.open(path)):
            failures.append(f"{path}: «{title[:60]}» has no source line under it")
        doc = pymupdf.open(path)
        if len(doc) > 1:
            for a, b in overlapping_words(doc[1]):
                failures.append(f"{path}: page 2: «{a}» runs into «{b}» (the key figures' cells)")
        if not has_colophon(pymupdf.open(path)):
            failures.append(f"{path}: no colophon on the last page")
        if median >= MEDIAN_LINE:
            failures.append(f"{path}: body lines have a median of {median:.0f} characters (under {MEDIAN_LINE})")
    if check:
        for f in failures:
            print("FAIL " + f, file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
