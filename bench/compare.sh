#!/usr/bin/env bash
# trialreport against typst-cli, in one hyperfine run on this machine.
#
#   bench/compare.sh            (RUNS=10 YEAR=2024 by default)
#
# Measures, with hyperfine (warm-up, then RUNS runs each, side by side):
#   1. `trialreport build --year YEAR --format pdf`: one year, every
#      language, one process (the PDFs only: what typst-cli makes);
#   2. typst-cli 0.15.1 compiling the sources that `--emit-typst` wrote for
#      the same reports, one `typst compile` per report, one after another,
#      and all at once on every core (xargs -P);
#   3. `trialreport build --year all`, PDFs only and with the HTML edition
#      (what the web pages add to a whole run);
# then CPU time per run, peak memory (/usr/bin/time -v) and the ratios.
#
# typst-cli is the real one: $TYPST, or `typst` on PATH, or installed with
# `cargo install typst-cli --version 0.15.1 --locked` (~10 minutes on 2
# cores) when missing. It compiles with `--ignore-system-fonts` and the
# emitted folder's fonts, the fonts trialreport embeds, so neither scans the
# machine's fonts. Both make PDF/UA-1 + PDF/A-2a. The sources are checked
# first to give the same pages and the same text as trialreport.
#
# Needs: a Rust toolchain, hyperfine, jq, GNU time, poppler-utils.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
YEAR=${YEAR:-2024}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=${TRIALREPORT:-$TARGET/release/trialreport}

for tool in hyperfine jq /usr/bin/time pdfinfo pdftotext; do
  command -v "$tool" >/dev/null || {
    echo "compare.sh needs $tool (apt-get install hyperfine jq time poppler-utils)" >&2
    exit 2
  }
done

if [ -z "${TRIALREPORT:-}" ]; then
  (cd "$ROOT" && cargo build --release --locked --quiet)
fi
TYPST=${TYPST:-$(command -v typst || true)}
if [ -z "$TYPST" ]; then
  cargo install typst-cli --version 0.15.1 --locked --quiet
  TYPST=$(command -v typst || echo "$HOME/.cargo/bin/typst")
fi
case "$("$TYPST" --version)" in
  "typst 0.15.1"*) ;;
  *) echo "compare.sh wants typst-cli 0.15.1 (the compiler trialreport embeds), not $("$TYPST" --version)" >&2; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$ROOT"

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "trialreport: $BIN"
echo "typst-cli: $TYPST ($("$TYPST" --version))"
echo

# The sources typst-cli compiles: what `--emit-typst` writes for YEAR.
"$BIN" build --year "$YEAR" --format pdf --out "$work/ours" --emit-typst "$work/src" >/dev/null 2>&1
dirs=("$work"/src/*/)
dirs=("${dirs[@]%/}")
langs=${#dirs[@]}
compile() { "$TYPST" compile --ignore-system-fonts --font-path "$1/fonts" --pdf-standard ua-1,a-2a "$1/main.typ" "$2"; }

# The same pages? Compare page count and text of both builds, per report.
for d in "${dirs[@]}"; do
  name=$(basename "$d")
  compile "$d" "$work/$name.pdf"
  ours="$work/ours/report-$name.pdf"
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

one="$TYPST compile --ignore-system-fonts --pdf-standard ua-1,a-2a"
seq_cmd=""
for d in "${dirs[@]}"; do
  seq_cmd+="$one --font-path $d/fonts $d/main.typ $d.pdf; "
done
par_cmd="printf '%s\\n' ${dirs[*]} | xargs -P $(nproc) -I{} $one --font-path {}/fonts {}/main.typ {}.pdf"

hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/h.json" \
  -n "trialreport build --year $YEAR --format pdf ($langs reports)" \
  "$BIN build --year $YEAR --format pdf --out $work/a" \
  -n "typst compile x$langs, one after another" "$seq_cmd" \
  -n "typst compile x$langs, in parallel" "$par_cmd" \
  -n "trialreport build --year all --format pdf" "$BIN build --year all --format pdf --out $work/b" \
  -n "trialreport build --year all (pdf + html)" "$BIN build --year all --out $work/e" \
  >"$work/hyperfine.txt" 2>&1 || { cat "$work/hyperfine.txt"; exit 1; }

median() { jq -r ".results[$1].median" "$work/h.json"; }
cpu() { jq -r ".results[$1] | (.user + .system)" "$work/h.json"; }
ours=$(median 0); tseq=$(median 1); tpar=$(median 2); all=$(median 3); both=$(median 4)

rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.0f", $6 / 1024}'; }
rss_one=$(rss "$BIN" build --year "$YEAR" --format pdf --out "$work/c")
rss_all=$(rss "$BIN" build --year all --out "$work/d")
files_all=$(ls "$work/b" | wc -l)

ms() { awk -v s="$1" 'BEGIN {printf "%7.1f ms", s * 1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "medians of $RUNS runs (hyperfine, $WARMUP warm-up runs); CPU = mean user + system:"
echo "  trialreport build --year $YEAR, $langs PDFs        $(ms "$ours")   CPU $(ms "$(cpu 0)")"
echo "  typst compile x$langs, one after another        $(ms "$tseq")   CPU $(ms "$(cpu 1)")   trialreport/typst $(ratio "$ours" "$tseq")"
echo "  typst compile x$langs, in parallel              $(ms "$tpar")   CPU $(ms "$(cpu 2)")   trialreport/typst $(ratio "$ours" "$tpar")"
echo "  trialreport build --year all, $files_all PDFs     $(ms "$all")   CPU $(ms "$(cpu 3)")"
echo "  the same with the HTML edition           $(ms "$both")   CPU $(ms "$(cpu 4)")   HTML adds $(awk -v a="$both" -v b="$all" 'BEGIN {printf "%+.1f %%", (a / b - 1) * 100}')"
echo "peak RSS: one year ${rss_one} MiB; all years, both editions ${rss_all} MiB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
