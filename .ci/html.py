#!/usr/bin/env python3
"""The web edition in a real browser: headless Chromium (Debian's, through
chromedriver and Selenium) opens each page from file:// and checks it.

For each page:
  - axe-core with the tags wcag2a, wcag2aa, wcag21a, wcag21aa and
    best-practice: any violation of a WCAG rule fails; best-practice
    findings are printed;
  - nothing is fetched but the page itself (every resource is a data: URL);
  - at 390 px wide (a phone) the page itself does not scroll sideways
    (wide tables scroll inside their own box), no table's caption runs
    past the screen's edge, and no chart shown sets text under 9 px;
  - with --screenshots DIR, full-page screenshots at 1280 and 390 px.

usage: html.py --axe axe.min.js [--screenshots DIR] page.html...
"""

import argparse
import base64
import json
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


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

            set_width(driver, 390)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                failures += 1
                print(f"{path.name}: at 390 px the page scrolls sideways by {overflow} px")
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
                ".filter(c => c.getBoundingClientRect().right > window.innerWidth + 0.5)"
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
    print(f"ok: {len(args.pages)} pages, no WCAG 2.1 A/AA violation (axe-core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
