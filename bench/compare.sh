#!/usr/bin/env bash
# trialreport against stock Typst, in one run on this machine.
#
#   bench/compare.sh            (RUNS=10 YEAR=2024 by default)
#
# Measures, with hyperfine (warm-up, then RUNS runs each):
#   1. `trialreport build --year YEAR`: one year, every language, one process;
#   2. stock Typst compiling the sources that `--emit-typst` wrote for the
#      same reports, one `typst compile` per report as typst-cli works, one
#      after the other and (fairer still) all at once on every core;
#   3. `trialreport build --year all`: every year × every language;
# then peak memory (/usr/bin/time -v) and the targets of issue 5.
#
# Stock Typst here is the PyPI package `typst` 0.15.2 (typst 0.15.1 inside,
# the compiler of typst-cli 0.15.1), driven by bench/typst_compile.py, which
# behaves as `typst compile` does (system and embedded fonts, one document
# per process). `cargo install typst-cli` takes ~10 minutes on 2 cores; the
# wheel installs in seconds. The Python interpreter's start-up (measured and
# printed below) is counted against Typst, so the script also measures Typst
# compiling all the reports inside one process, with no start-up at all, and
# prints the ratio against that as well.
#
# Needs: a Rust toolchain, python3 (with venv), hyperfine, jq, GNU time,
# poppler-utils;
# installs the typst wheel into bench/.venv (or $TYPST_VENV) when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
YEAR=${YEAR:-2024}
VENV=${TYPST_VENV:-$ROOT/bench/.venv}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=${TRIALREPORT:-$TARGET/release/trialreport}

for tool in hyperfine jq python3 /usr/bin/time pdfinfo pdftotext; do
  command -v "$tool" >/dev/null || {
    echo "compare.sh needs $tool (apt-get install hyperfine jq time python3-venv)" >&2
    exit 2
  }
done

if [ -z "${TRIALREPORT:-}" ]; then
  (cd "$ROOT" && cargo build --release --locked --quiet)
fi
if ! "$VENV/bin/python" -c 'import typst' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet 'typst==0.15.2'
fi
PY="$VENV/bin/python"
TYPST="$PY $ROOT/bench/typst_compile.py"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$ROOT"

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "trialreport: $BIN"
echo "typst: PyPI typst $("$PY" -c 'import typst; print(typst.__version__)') (typst 0.15.1)"
echo

# The sources stock Typst compiles: what `--emit-typst` writes for YEAR.
"$BIN" build --year "$YEAR" --out "$work/ours" --emit-typst "$work/src" >/dev/null 2>&1
dirs=("$work"/src/*/)
dirs=("${dirs[@]%/}")
langs=${#dirs[@]}

# The same pages? Compare page count and text of both builds, per report.
for d in "${dirs[@]}"; do
  name=$(basename "$d")
  $TYPST --font-path "$d/fonts" --pdf-standard ua-1 "$d/main.typ" "$work/$name.pdf"
  ours="$work/ours/report-$name.pdf"
  # (poppler complains about typst's structure tree on stderr; not our concern here)
  p_ours=$(pdfinfo "$ours" 2>/dev/null | awk '/^Pages:/ {print $2}')
  p_typst=$(pdfinfo "$work/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  if [ "$p_ours" = "$p_typst" ] &&
    cmp -s <(pdftotext "$ours" - 2>/dev/null) <(pdftotext "$work/$name.pdf" - 2>/dev/null); then
    echo "same pages: $name ($p_ours pages, same text)"
  else
    echo "DIFFERENT: $name: trialreport $p_ours pages, typst $p_typst pages" >&2
    exit 1
  fi
done
echo

one_typst() { printf '%s --font-path %s/fonts --pdf-standard ua-1 %s/main.typ %s/%s.pdf' \
  "$TYPST" "$1" "$1" "$work" "$(basename "$1")"; }
seq_cmd=""
par_cmd="printf '%s\\n'"
for d in "${dirs[@]}"; do
  seq_cmd+="$(one_typst "$d"); "
  par_cmd+=" $d"
done
par_cmd+=" | xargs -P $(nproc) -I{} $TYPST --font-path {}/fonts --pdf-standard ua-1 {}/main.typ {}.pdf"

hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/h.json" \
  -n "trialreport build --year $YEAR ($langs reports)" \
  "$BIN build --year $YEAR --out $work/a" \
  -n "typst compile x$langs, one after another" "$seq_cmd" \
  -n "typst compile x$langs, in parallel" "$par_cmd" \
  -n "trialreport build --year all" "$BIN build --year all --out $work/b" \
  -n "python start-up + import typst (counted against typst)" "$PY -c 'import typst'" \
  >"$work/hyperfine.txt" 2>&1 || { cat "$work/hyperfine.txt"; exit 1; }

median() { jq -r ".results[$1].median" "$work/h.json"; }
ours=$(median 0); tseq=$(median 1); tpar=$(median 2); all=$(median 3); py=$(median 4)

# Typst inside one process: every report, fonts scanned once, no start-up.
inproc=$(for i in 1 2 3 4 5; do
  "$PY" "$ROOT/bench/typst_compile.py" --many --pdf-standard ua-1 "${dirs[@]/%//main.typ}" |
    awk -F'\t' '{s += $2} END {printf "%.4f\n", s}'
done | sort -n | sed -n 3p)

rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.0f", $6 / 1024}'; }
rss_one=$(rss "$BIN" build --year "$YEAR" --out "$work/c")
rss_all=$(rss "$BIN" build --year all --out "$work/d")
files_all=$(ls "$work/d" | wc -l)

ms() { awk -v s="$1" 'BEGIN {printf "%7.1f ms", s * 1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "medians of $RUNS runs (hyperfine, $WARMUP warm-up runs):"
echo "  trialreport build --year $YEAR, $langs reports    $(ms "$ours")"
echo "  typst compile x$langs, one after another        $(ms "$tseq")   ratio trialreport/typst $(ratio "$ours" "$tseq")"
echo "  typst compile x$langs, in parallel              $(ms "$tpar")   ratio trialreport/typst $(ratio "$ours" "$tpar")"
echo "  typst in one process, no start-up ($langs docs) $(ms "$inproc")   ratio trialreport/typst $(ratio "$ours" "$inproc")   (median of 5)"
echo "  python start-up + import typst          $(ms "$py")   (in each typst compile above)"
echo "  trialreport build --year all, $files_all files $(ms "$all")"
echo "peak RSS: one year ${rss_one} MiB; all years ${rss_all} MiB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
check() { if awk "BEGIN {exit !($2)}"; then echo "  met:    $1"; else echo "  MISSED: $1"; fi; }
echo "targets:"
check "one year under half of typst compiling the reports one after another ($(ratio "$ours" "$tseq"))" "$ours < $tseq / 2"
check "  the same, less Python's start-up in each typst run ($(ratio "$ours" "$(awk -v t="$tseq" -v p="$py" -v n="$langs" 'BEGIN {print t - n * p}')"))" "$ours < ($tseq - $langs * $py) / 2"
check "one year under half of typst compiling the reports in parallel ($(ratio "$ours" "$tpar"))" "$ours < $tpar / 2"
check "all years x all languages under 5 s ($(ms "$all"))" "$all < 5"
check "peak RSS under 200 MiB (${rss_all} MiB)" "$rss_all < 200"
