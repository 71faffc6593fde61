#!/usr/bin/env bash
# Locale checks for CI: the translations in locales/ and the words in the PDFs.
#
#   1. syntax:   fluent.syntax parses every locales/*/*.ftl without Junk, and no
#                translation uses a variable that its nb message does not have.
#   2. messages: Mozilla's compare-locales, with nb as the reference, finds no errors,
#                warnings, missing or obsolete messages in any other locale (.ci/l10n.toml).
#   3. spelling: the PDFs of every year in data/ are built for every language, their text
#                (pdftotext) is checked with hunspell in the language's dictionary, plus
#                the word lists .ci/wordlist.txt (all languages) and .ci/wordlist-<lang>.txt.
#
# Every check runs; the script prints what failed and exits 1 if anything did.
# Run it from anywhere (it changes to the repository root); it writes nothing in the
# repository and installs what it needs (Debian and PyPI packages) when missing.
# TRIALREPORT=/path/to/trialreport uses an already built binary instead of `cargo build`.
set -euo pipefail
cd "$(dirname "$0")/.."

COMPARE_LOCALES_VERSION=9.0.5
FLUENT_SYNTAX_VERSION=0.19.0
REFERENCE=nb

failures=()
fail() {
  failures+=("$1")
  echo "FAILED: $1"
}

# ---------------------------------------------------------------- installs
need_apt=()
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v hunspell >/dev/null 2>&1 || need_apt+=(hunspell)
# hunspell-no gives nb_NO and nn_NO; en_GB for en (language-tag en-GB), en_US for en-US.
for pkg_dic in hunspell-no:nb_NO hunspell-no:nn_NO hunspell-en-gb:en_GB hunspell-en-us:en_US; do
  [[ -f /usr/share/hunspell/${pkg_dic#*:}.dic ]] || need_apt+=("${pkg_dic%%:*}")
done
if ((${#need_apt[@]})); then
  mapfile -t need_apt < <(printf '%s\n' "${need_apt[@]}" | sort -u)
  echo "installing ${need_apt[*]}"
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! python3 - "$COMPARE_LOCALES_VERSION" "$FLUENT_SYNTAX_VERSION" 2>/dev/null <<'PY'; then
import sys
from importlib.metadata import version
sys.exit(0 if (version("compare-locales"), version("fluent.syntax")) == tuple(sys.argv[1:]) else 1)
PY
  echo "installing compare-locales==$COMPARE_LOCALES_VERSION fluent.syntax==$FLUENT_SYNTAX_VERSION"
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check \
    "compare-locales==$COMPARE_LOCALES_VERSION" "fluent.syntax==$FLUENT_SYNTAX_VERSION"
fi

# `--install-only`: install what this script needs, and stop (.ci/run does it while the tests build).
[[ ${1:-} == --install-only ]] && exit 0

langs=()
for dir in locales/*/; do
  langs+=("$(basename "$dir")")
done
others=()
for lang in "${langs[@]}"; do
  [[ $lang == "$REFERENCE" ]] || others+=("$lang")
done
echo "locales: ${langs[*]} (reference: $REFERENCE)"

# ---------------------------------------------------------------- 1. syntax
echo "== fluent.syntax: every locales/*/*.ftl parses, variables match $REFERENCE"
if ! python3 - "$REFERENCE" <<'PY'; then
import glob, os, re, sys
from fluent.syntax import FluentParser, ast, visitor

reference = sys.argv[1]
parser = FluentParser(with_spans=True)
problems = 0

class Variables(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.names = set()
    def visit_VariableReference(self, node):
        self.names.add(node.id.name)

def line_of(text, offset):
    return text.count("\n", 0, offset) + 1

def messages(path):
    """Parses one file; prints its Junk; returns {id: (used vars, documented vars, line)}."""
    global problems
    text = open(path, encoding="utf-8").read()
    out = {}
    for entry in parser.parse(text).body:
        if isinstance(entry, ast.Junk):
            problems += 1
            for a in entry.annotations:
                print(f"{path}:{line_of(text, a.span.start)}: {a.code}: {a.message}")
            first = entry.content.splitlines()[0] if entry.content else ""
            print(f"    {first}")
        elif isinstance(entry, (ast.Message, ast.Term)):
            v = Variables()
            v.visit(entry)
            doc = set(re.findall(r"\$([A-Za-z][\w-]*)", entry.comment.content)) if entry.comment else set()
            out[entry.id.name] = (v.names, doc, line_of(text, entry.span.start))
    return out

locales = {}
for path in sorted(glob.glob("locales/*/*.ftl")):
    lang = path.split(os.sep)[1]
    locales.setdefault(lang, {})[os.path.basename(path)] = messages(path)

for lang, files in sorted(locales.items()):
    if lang == reference:
        continue
    for name, msgs in sorted(files.items()):
        ref = locales.get(reference, {}).get(name, {})
        for mid, (used, _, line) in sorted(msgs.items()):
            if mid not in ref:
                continue  # obsolete: compare-locales reports it
            ref_used, ref_doc, _ = ref[mid]
            unknown = used - ref_used - ref_doc
            if unknown:
                problems += 1
                names = ", ".join("$" + n for n in sorted(unknown))
                print(f"locales/{lang}/{name}:{line}: {mid} uses {names}, which the {reference} message does not have")

sys.exit(1 if problems else 0)
PY
  fail "Fluent syntax or variables (see above)"
else
  echo "ok"
fi

# ---------------------------------------------------------------- 2. messages
echo "== compare-locales: ${others[*]} against $REFERENCE"
if ((${#others[@]})); then
  json=$(mktemp)
  trap 'rm -f "$json"' EXIT
  # Exits non-zero on errors only; missing and obsolete messages are read from the JSON.
  python3 -c 'from compare_locales.commands import CompareLocales; CompareLocales.call()' \
    --json "$json" .ci/l10n.toml locales "${others[@]}" >/dev/null || true
  if ! python3 - "$json" <<'PY'; then
import json, sys
try:
    data = json.load(open(sys.argv[1]))
except ValueError:
    print("compare-locales wrote no report (did it crash?)")
    sys.exit(1)
bad = 0
for result in data:
    for lang, s in sorted(result["summary"].items()):
        counts = {k: s.get(k, 0) for k in ("errors", "warnings", "missing", "obsolete")}
        line = ", ".join(f"{v} {k}" for k, v in counts.items())
        print(f"{lang}: {line}; {s.get('changed', 0)} translated, {s.get('unchanged', 0)} same as the reference")
        bad += sum(counts.values())
    # details is a tree of path segments ("en": {"meta.ftl": [...]} or "nn/meta.ftl": [...]).
    def walk(node, path):
        if isinstance(node, dict):
            for key, sub in sorted(node.items()):
                walk(sub, f"{path}/{key}" if path else key)
            return
        for item in node:
            for kind, what in item.items():
                label = {"missingEntity": "missing message", "obsoleteEntity": "obsolete message",
                         "missingFile": "missing file", "obsoleteFile": "obsolete file"}.get(kind, kind)
                print(f"  locales/{path}: {label}: {what}")
    walk(result.get("details", {}), "")
sys.exit(1 if bad else 0)
PY
    fail "compare-locales: errors, missing or obsolete messages (see above)"
  fi
else
  echo "no locales besides $REFERENCE"
fi

# ---------------------------------------------------------------- 3. spelling
echo "== hunspell: the text of every year's PDF in every language"
out=$(mktemp -d)
trap 'rm -rf "$out" "${json:-}"' EXIT
if [[ -n ${TRIALREPORT:-} ]]; then
  trialreport=("$TRIALREPORT")
else
  # Build once (debug: after `cargo test` it is already built) and run the binary itself.
  exe=$(set +o pipefail; cargo build --quiet --locked --bin trialreport --message-format=json-render-diagnostics |
    python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable"):
        print(m["executable"])')
  trialreport=("$exe")
fi
if [[ -z ${trialreport[0]} ]]; then
  fail "spelling: cargo build failed, so no PDF was checked"
  langs=()
fi

# One word list per language: the shared one plus the language's own, comments removed.
personal() {
  cat .ci/wordlist.txt ".ci/wordlist-$1.txt" 2>/dev/null | sed -e 's/[[:space:]]*$//' -e '/^#/d' -e '/^$/d'
}

# The hunspell dictionary of a locale folder: its language-tag with _ (en-GB → en_GB),
# else the first <lang>_*.dic installed (nb → nb_NO, nn → nn_NO).
dictionary() {
  local lang=$1 tag
  tag=$(sed -n 's/^language-tag *= *//p' "locales/$lang"/*.ftl | head -n1)
  tag=${tag//-/_}
  if [[ -n $tag && -f /usr/share/hunspell/$tag.dic ]]; then
    echo "$tag"
    return
  fi
  local dic
  for dic in /usr/share/hunspell/"${lang}"_*.dic; do
    [[ -f $dic ]] && basename "$dic" .dic && return
  done
  return 0
}

# PDF text → one word stream: words broken at a soft hyphen are joined, words broken
# after a real hyphen keep it, typographic apostrophes and invisible marks are normalised.
normalise() {
  python3 -c '
import re, sys
t = sys.stdin.read()
t = t.replace("\u00ad\n", "")
t = re.sub(r"(\w)-\n(\w)", r"\1-\2", t)
t = t.replace("\u2019", "'"'"'").replace("\u2060", "").replace("\u00a0", " ").replace("\u00ad", "")
sys.stdout.write(t)'
}

years=()
for data in data/[0-9][0-9][0-9][0-9].toml; do
  years+=("$(basename "$data" .toml)")
done
for lang in "${langs[@]}"; do
  # One language at a time, so that a locale that does not build stops only its own check.
  # Data the directorate did not supply are warnings; only errors fail a build.
  built=1
  for year in "${years[@]}"; do
    if ! "${trialreport[@]}" build --lang "$lang" --year "$year" --out "$out/pdf" >"$out/build.log" 2>&1; then
      cat "$out/build.log"
      fail "spelling ($lang): trialreport build --lang $lang --year $year failed, so its text was not checked"
      built=0
      break
    fi
  done
  ((built)) || continue
  dict=$(dictionary "$lang") || true
  if [[ -z $dict ]]; then
    fail "spelling ($lang): no hunspell dictionary; add its Debian package to .ci/locale-checks.sh"
    continue
  fi
  personal "$lang" >"$out/words-$lang.dic"
  pdfs=("$out"/pdf/report-*-"$lang".pdf)
  if ! for pdf in "${pdfs[@]}"; do
    pdftotext -raw -enc UTF-8 "$pdf" - | normalise
  done | hunspell -i utf-8 -d "$dict" -p "$out/words-$lang.dic" -l | sort | uniq -c | sort -k1,1nr -k2 >"$out/flagged-$lang"; then
    fail "spelling ($lang): pdftotext or hunspell failed"
    continue
  fi
  if [[ -s $out/flagged-$lang ]]; then
    echo "$lang ($dict, ${#pdfs[@]} PDFs): $(wc -l <"$out/flagged-$lang") words not in the dictionary or .ci/wordlist*.txt (count, word):"
    sed 's/^/    /' "$out/flagged-$lang"
    fail "spelling ($lang): fix the word in locales/$lang/, or add it to .ci/wordlist-$lang.txt if it is right"
  else
    echo "$lang ($dict, ${#pdfs[@]} PDFs): ok"
  fi
done

# ---------------------------------------------------------------- result
if ((${#failures[@]})); then
  echo
  echo "locale checks: ${#failures[@]} failed:"
  printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "locale checks: all passed"
