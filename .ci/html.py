#!/usr/bin/env python3
"""The web edition in a real browser: headless Chromium (Debian's, through
chromedriver and Selenium) opens each page from file:// and checks it.

For each page:
  - axe-core with the tags wcag2a, wcag2aa, wcag21a, wcag21aa and
    best-practice: any violation of a WCAG rule fails; best-practice
    findings are printed;
  - nothing is fetched but the page itself (every resource is a data: URL);
  - it links its editions: a `<link rel="alternate" hreflang>` to every
    page of its year in the folder (itself included), each to a file that
    is there, and a link to its PDF, which is there too;
  - at 390 px wide (a phone) the page itself does not scroll sideways,
    nothing runs past the screen's edge but inside a box that scrolls and
    says so (a labelled, focusable region whose "scroll sideways" line is
    shown), no table's caption runs past the screen's edge, and no chart
    shown sets text under 9 px;
  - with --screenshots DIR, full-page screenshots at 1280 and 390 px.

usage: html.py --axe axe.min.js [--screenshots DIR] page.html...
"""

import argparse
import base64
import json
import pathlib
import re
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

PAGE = re.compile(r"report-(\d{4})-(.+)\.html")

# At 390 px: every scroll box that scrolls, and every element past the
# screen's edges outside one. A box that scrolls is a labelled, focusable
# region that shows its "scroll sideways" line.
OVERFLOW = """
const w = arguments[0];
const scrolls = el => {
  const s = getComputedStyle(el);
  return ['auto', 'scroll'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
};
const boxes = [...document.querySelectorAll('body *')].filter(scrolls);
const unsaid = boxes.filter(b => {
  const hint = b.querySelector(':scope > .scroll-hint');
  const named = b.getAttribute('aria-labelledby') || b.getAttribute('aria-label');
  return !(b.getAttribute('role') === 'region' && b.tabIndex === 0 && named
           && hint && hint.getClientRects().length > 0
           && hint.getBoundingClientRect().right <= w + 0.5);
}).map(b => b.querySelector('table')?.id || b.className);
const cut = [...document.querySelectorAll('body *')].filter(el => {
  if (el.getClientRects().length === 0) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || (r.right <= w + 0.5 && r.left >= -0.5)) return false;
  return !boxes.some(b => b !== el && b.contains(el));
}).filter(el => !boxes.includes(el)).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.className ? '.' + el.className : ''));
return {unsaid: unsaid, cut: [...new Set(cut)].slice(0, 8), boxes: boxes.length};
"""


def links_check(driver, path):
    """What the page lacks of its links to its editions."""
    problems = []
    m = PAGE.fullmatch(path.name)
    if not m:
        return [f"a page named {path.name}, not report-YEAR-LANG.html"]
    year = m.group(1)
    siblings = sorted(p.name for p in path.parent.glob(f"report-{year}-*.html"))
    alternates = driver.execute_script(
        "return [...document.querySelectorAll('link[rel=alternate][hreflang]')]"
        ".map(l => [l.getAttribute('hreflang'), l.getAttribute('href')])")
    hrefs = sorted(h for _, h in alternates)
    if hrefs != siblings:
        problems.append(f"hreflang alternates {hrefs}, not the year's pages {siblings}")
    for lang, href in alternates:
        if not (path.parent / href).is_file():
            problems.append(f"the alternate ({lang}) {href} is not in the output")
    switch = driver.execute_script(
        "return [...document.querySelectorAll('nav.languages a[hreflang]')].map(a => a.getAttribute('href'))")
    if len(siblings) > 1 and sorted(switch) != [s for s in siblings if s != path.name]:
        problems.append(f"the language switch links {switch}, not the year's other pages")
    pdfs = driver.execute_script(
        "return [...document.querySelectorAll('a[href$=\".pdf\"]')].map(a => a.getAttribute('href'))")
    want = path.with_suffix(".pdf").name
    if want not in pdfs:
        problems.append(f"no link to its PDF {want} (links: {pdfs})")
    for pdf in pdfs:
        if not (path.parent / pdf).is_file():
            problems.append(f"the PDF {pdf} it links is not in the output")
    return problems


def browser():
    opts = Options()
    opts.binary_location = "/usr/bin/chromium"
    # The machine has no network: keep Chromium from trying (background
    # networking, component updates, sync, QUIC).
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--disable-dev-shm-usage", "--window-size=1280,900", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]:
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def set_width(driver, width, height=900):
    # The window's inner width is what CSS media queries see.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def screenshot(driver, path, width):
    set_width(driver, width)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    set_width(driver, width, height)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path.write_bytes(base64.b64decode(shot["data"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--axe", required=True)
    ap.add_argument("--screenshots")
    ap.add_argument("pages", nargs="+")
    args = ap.parse_args()
    axe = pathlib.Path(args.axe).read_text()
    shots = pathlib.Path(args.screenshots) if args.screenshots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)

    failures = 0
    scroll_boxes = 0
    driver = browser()
    try:
        for page in args.pages:
            path = pathlib.Path(page).resolve()
            set_width(driver, 1280)
            driver.get(path.as_uri())
            driver.execute_script(axe)
            result = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));",
                WCAG + ["best-practice"])
            violations = json.loads(result)
            if isinstance(violations, dict):
                print(f"{path.name}: axe failed: {violations['error']}")
                failures += 1
                continue
            wcag = [v for v in violations if any(t in WCAG for t in v["tags"])]
            best = [v for v in violations if v not in wcag]
            for v in wcag:
                failures += 1
                print(f"{path.name}: WCAG violation {v['id']} ({v['impact']}): {v['help']}")
                for node in v["nodes"][:5]:
                    print(f"    {node['target']}: {node['failureSummary'].splitlines()[-1].strip()}")
            for v in best:
                print(f"{path.name}: best practice: {v['id']}: {v['help']} ({len(v['nodes'])}×)")

            fetched = driver.execute_script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                ".filter(n => !n.startsWith('data:'))")
            if fetched:
                failures += 1
                print(f"{path.name}: fetches {fetched}: the page must be self-contained")

            for problem in links_check(driver, path):
                failures += 1
                print(f"{path.name}: {problem}")

            # The width set, not window.innerWidth: a phone's browser widens its layout
            # viewport to a page wider than the screen, and innerWidth with it.
            set_width(driver, 390)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - arguments[0]", 390)
            if overflow > 0:
                failures += 1
                print(f"{path.name}: at 390 px the page scrolls sideways by {overflow} px")
            found = driver.execute_script(OVERFLOW, 390)
            if found["unsaid"]:
                failures += 1
                print(f"{path.name}: at 390 px these boxes scroll without saying so"
                      f" (a labelled, focusable region with its scroll hint shown): {found['unsaid']}")
            if found["cut"]:
                failures += 1
                print(f"{path.name}: at 390 px these run past the screen's edge outside a scroll box: {found['cut']}")
            scroll_boxes += found["boxes"]
            # The charts shown on a phone keep their text legible: no text under 9 px
            # (a chart drawn for print, shrunk to a phone, sets its 8 px ticks at 6 px).
            small = driver.execute_script(
                "return [...document.querySelectorAll('figure svg')]"
                ".filter(s => s.getClientRects().length > 0)"
                ".map(s => [s.closest('figure').id, s.getBoundingClientRect().width / s.viewBox.baseVal.width"
                " * Math.min(...[...s.querySelectorAll('text')].map(t => parseFloat(t.getAttribute('font-size'))))])"
                ".filter(([id, px]) => px < 9)")
            if small:
                failures += 1
                print(f"{path.name}: at 390 px these charts set text under 9 px: {small}")
            # A wide table scrolls in its box, but its caption is read without scrolling.
            cut = driver.execute_script(
                "return [...document.querySelectorAll('caption')]"
                ".filter(c => c.getBoundingClientRect().right > 390.5)"
                ".map(c => c.id)")
            if cut:
                failures += 1
                print(f"{path.name}: at 390 px these captions run past the screen's edge: {cut}")

            if shots:
                for width in (1280, 390):
                    screenshot(driver, shots / f"{path.stem}-{width}.png", width)
            print(f"{path.name}: {len(wcag)} WCAG violations, {len(best)} best-practice findings")
    finally:
        driver.quit()
    if failures:
        print(f"FAILED: {failures} problems in {len(args.pages)} pages")
        return 1
    print(f"ok: {len(args.pages)} pages, no WCAG 2.1 A/AA violation (axe-core), every page links"
          f" its PDF and its languages; at 390 px {scroll_boxes} tables scroll, each saying so")
    return 0


if __name__ == "__main__":
    sys.exit(main())
