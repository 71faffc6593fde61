#!/usr/bin/env bash
# Design checks for CI, as a designer reads a proof: every report that
# `build --year all` writes is measured by .ci/layout.py --check (page fill,
# no text under 8 pt, body lines under 80 characters at the median, no
# paragraph going on across a figure or a table, a source line under every
# figure and table), and the charts' palette
# by .ci/palette.py (colour-blind and greyscale readers).
#
# Run it from anywhere; it writes nothing in the repository and installs
# PyMuPDF and colorspacious (pinned) when missing. TRIALREPORT=/path chooses
# the binary (default: target/debug/trialreport, the one `cargo test` builds).
set -euo pipefail
cd "$(dirname "$0")/.."

trialreport=${TRIALREPORT:-target/debug/trialreport}
python3 - 2>/dev/null <<'PY' || PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet \
  --disable-pip-version-check "pymupdf==2.0" "colorspacious==1.1.2"
from importlib.metadata import version
assert version("pymupdf") == "2.0" and version("colorspacious") == "1.1.2"
PY

# `--install-only`: install what this script needs, and stop (.ci/run does it while the tests build).
[[ ${1:-} == --install-only ]] && exit 0

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== build --year all ($trialreport)"
"$trialreport" --root . build --year all --out "$out" >"$out/build.log" 2>&1 || {
  cat "$out/build.log"
  echo "FAILED: build --year all"
  exit 1
}
echo "== layout: $(ls "$out"/*.pdf | wc -l) PDFs"
python3 .ci/layout.py --check "$out"/*.pdf
echo "== palette: templates/charts.toml"
python3 .ci/palette.py templates/charts.toml
echo "design-checks: passed"
