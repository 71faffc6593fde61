#!/usr/bin/env bash
# The web edition in a real browser, as issue 12 asks: Debian's chromium and
# chromedriver, Selenium (pinned) and axe-core (pinned, from npm). Every HTML
# report of `build --year all` is opened from file:// and checked by
# .ci/html.py (WCAG 2.1 A/AA with axe-core, nothing fetched, its PDF and
# its other languages linked and there, nothing past a 390 px screen's edge
# but in a box that scrolls and says so); with $SCREENSHOTS set, each page is also shot at
# 1280 and 390 px wide into that folder, to look at.
#
# TRIALREPORT=/path chooses the binary (default: target/debug/trialreport).
set -euo pipefail
cd "$(dirname "$0")/.."

AXE_VERSION=4.14.1
SELENIUM_VERSION=4.38.0

# Debian's npm only where the machine has none: beside a Node.js from elsewhere (NodeSource's
# nodejs carries its own npm and conflicts with Debian's), asking for it breaks the install.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if ((${#need_apt[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
python3 - 2>/dev/null <<PY || PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet \
  --disable-pip-version-check "selenium==$SELENIUM_VERSION"
from importlib.metadata import version
assert version("selenium") == "$SELENIUM_VERSION"
PY

# axe-core, once per machine, outside the repository.
axe_dir=${XDG_CACHE_HOME:-$HOME/.cache}/trialreport-ci/axe-core-$AXE_VERSION
if [ ! -f "$axe_dir/node_modules/axe-core/axe.min.js" ]; then
  mkdir -p "$axe_dir"
  (cd "$axe_dir" && npm install --silent --no-audit --no-fund --no-save "axe-core@$AXE_VERSION" >/dev/null)
fi

# `--install-only`: install what this script needs, and stop (.ci/run does it while the tests build).
[[ ${1:-} == --install-only ]] && exit 0

trialreport=${TRIALREPORT:-target/debug/trialreport}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Both editions: each page links its PDF, which must be there beside it.
echo "== build --year all ($trialreport)"
"$trialreport" --root . build --year all --out "$out" >"$out/build.log" 2>&1 || {
  cat "$out/build.log"
  echo "FAILED: build --year all"
  exit 1
}
echo "== axe-core $AXE_VERSION in chromium: $(ls "$out"/*.html | wc -l) pages"
shots=()
if [ -n "${SCREENSHOTS:-}" ]; then shots=(--screenshots "$SCREENSHOTS"); fi
python3 .ci/html.py --axe "$axe_dir/node_modules/axe-core/axe.min.js" "${shots[@]}" "$out"/*.html
