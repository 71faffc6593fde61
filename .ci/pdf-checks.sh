#!/usr/bin/env bash
# PDF checks for CI: every report that `build --year all` writes (every year in data/,
# every language) is validated against PDF/UA-1 and PDF/A-2a by `page`, an independent
# validator (PyPI's page-validation; it has no command of its own, its Python API is used).
#
# Prints each failed validation with its rules, then "N of M pass", and exits 1 if any
# validation failed, the build failed, or no PDF was written.
# Run it from anywhere (it changes to the repository root); it writes nothing in the
# repository and installs page-validation (pinned) when that version is missing.
# TRIALREPORT=/path/to/trialreport chooses the binary (default: target/debug/trialreport,
# the one `cargo test` builds).
set -euo pipefail
cd "$(dirname "$0")/.."

PAGE_VALIDATION_VERSION=0.11.0
trialreport=${TRIALREPORT:-target/debug/trialreport}

if ! python3 - "$PAGE_VALIDATION_VERSION" 2>/dev/null <<'PY'; then
import sys
from importlib.metadata import version
sys.exit(0 if version("page-validation") == sys.argv[1] else 1)
PY
  echo "installing page-validation==$PAGE_VALIDATION_VERSION"
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check \
    "page-validation==$PAGE_VALIDATION_VERSION"
fi

# `--install-only`: install what this script needs, and stop (.ci/run does it while the tests build).
[[ ${1:-} == --install-only ]] && exit 0

if [[ ! -x $trialreport ]]; then
  echo "FAILED: no binary at $trialreport (build it, or set TRIALREPORT)"
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== build --year all ($trialreport)"
if ! "$trialreport" --root . build --year all --out "$out" >"$out/build.log" 2>"$out/build.err"; then
  cat "$out/build.log" "$out/build.err"
  echo "FAILED: build --year all"
  exit 1
fi
tail -n 1 "$out/build.log"

echo "== page $PAGE_VALIDATION_VERSION: PDF/UA-1 and PDF/A-2a"
python3 - "$out" <<'PY'
import glob, os, sys, time
import page

start = time.monotonic()
pdfs = sorted(glob.glob(os.path.join(sys.argv[1], "*.pdf")))
profiles = [("PDF/UA-1", page.ValidationProfile.PDF_UA_1), ("PDF/A-2a", page.ValidationProfile.PDF_A_2A)]
passed = failed = 0
for pdf in pdfs:
    name = os.path.basename(pdf)
    for label, profile in profiles:
        try:
            report = page.validate_pdf(pdf, profile=profile)
        except page.PageError as e:
            failed += 1
            print(f"FAILED: {name} {label}: {type(e).__name__}: {e}")
            continue
        if report.is_compliant:
            passed += 1
            continue
        failed += 1
        print(f"FAILED: {name} {label}: {report.rules.failed} rule(s)")
        for f in report.failures:
            obj = f" (object {f.object_id.object_number})" if f.object_id else ""
            print(f"  [{f.rule_id}] {f.message}{obj}")
total = passed + failed
print(f"{passed} of {total} pass ({len(pdfs)} PDFs x {len(profiles)} profiles, {time.monotonic() - start:.1f} s)")
print(f"pdf-checks: {passed} passed, {failed} failed")
sys.exit(0 if pdfs and not failed else 1)
PY
