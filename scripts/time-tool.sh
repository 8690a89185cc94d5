#!/usr/bin/env bash
# Times the pacgen tool as a user installs it (`dotnet tool install PacGen.Cli` from a feed): the RID-specific
# ReadyToRun package the install picks on this machine against the portable IL package (PacGen.Cli.any, what the
# install takes on any other platform), side by side in one run, and prints a Markdown table for docs/performance.md.
#
#   scripts/time-tool.sh [--runs N] [--feed DIR --version V] [SVD]
#
#   SVD            the file `generate` runs on (default: the corpus' STMicro/STM32H743.svd, else svd/rp2040.svd)
#   --runs N       measured rounds (default 7) after one untimed warm-up round; each round runs, for both tools,
#                  `pacgen --version` (start-up) and `pacgen generate SVD -o <new folder>` (a whole run)
#   --feed DIR     install from this feed, packages of version V (default: pack the work tree into a temporary feed)
#
# CPU is user + system seconds from GNU time (/usr/bin/time -f "%U %S"), the median of the rounds; on a busy machine
# CPU seconds are steadier than wall seconds, and the two tools always run in the same round.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=7
feed=""
version=""
svd=""

die() { echo "time-tool.sh: $*" >&2; exit 2; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive count"; runs=$2; shift 2 ;;
    --feed) [[ $# -ge 2 ]] || die "--feed needs a folder"; feed=$(cd "$2" && pwd); shift 2 ;;
    --version) [[ $# -ge 2 ]] || die "--version needs a version"; version=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ -f "$1" ]] || die "no SVD file at '$1'"; svd=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift ;;
  esac
done

[[ -x /usr/bin/time ]] && /usr/bin/time -f "%U" -o /dev/null true 2>/dev/null || die "GNU time (/usr/bin/time) is needed"
if [[ -z "$svd" ]]; then
  svd="$repo/../shared/svd-corpus/STMicro/STM32H743.svd"
  [[ -f "$svd" ]] || svd="$repo/svd/rp2040.svd"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pacgen-tool.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ -z "$feed" ]]; then
  [[ -z "$version" ]] || die "--version goes with --feed"
  version="0.1.0-time.$(date -u +%Y%m%d%H%M%S)"
  feed="$work/feed"
  echo "time-tool.sh: packing the tool ($version) ..." >&2
  dotnet pack "$repo/src/PacGen.Cli" -c Release -o "$feed" -p:Version="$version" -nodeReuse:false > "$work/pack.log" 2>&1 ||
    { tail -n 30 "$work/pack.log" >&2; die "pack failed"; }
fi
[[ -n "$version" ]] || die "--feed needs --version"

# The RID-specific tool is what `dotnet tool install PacGen.Cli` chooses here; the portable one is installed by its id.
dotnet tool install PacGen.Cli --tool-path "$work/rid" --add-source "$feed" --version "$version" > "$work/install.log" 2>&1 ||
  { cat "$work/install.log" >&2; die "install of PacGen.Cli failed"; }
dotnet tool install PacGen.Cli.any --tool-path "$work/il" --add-source "$feed" --version "$version" >> "$work/install.log" 2>&1 ||
  { cat "$work/install.log" >&2; die "install of PacGen.Cli.any failed"; }
rid=$(find "$work/rid/.store" -path '*/tools/net10.0/*/pacgen.dll' | sed 's|.*/tools/net10.0/\([^/]*\)/pacgen.dll|\1|' | head -n 1)

# One measurement: appends "user+sys" to the file named by $1.
measure() {
  local out=$1; shift
  /usr/bin/time -f "%U %S" -o "$work/t" "$@" > /dev/null 2>&1 || die "failed: $*"
  awk '{ printf "%.3f\n", $1 + $2 }' "$work/t" >> "$out"
}

round() {
  local n=$1 kind
  for kind in il rid; do
    measure "$work/$kind.start" "$work/$kind/pacgen" --version
    measure "$work/$kind.generate" "$work/$kind/pacgen" generate "$svd" -o "$work/out-$kind-$n"
    rm -rf "$work/out-$kind-$n"
  done
}

round warmup
rm -f "$work"/*.start "$work"/*.generate
for ((i = 1; i <= runs; i++)); do round "$i"; done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
il_start=$(median "$work/il.start"); il_gen=$(median "$work/il.generate")
rid_start=$(median "$work/rid.start"); rid_gen=$(median "$work/rid.generate")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
work_s() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }

echo "Measured $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(dotnet --version) SDK;"
echo "\`generate $(basename "$svd")\` ($(du -k "$svd" | cut -f1) KiB); CPU seconds (user + sys), median of $runs rounds, both tools in every round."
echo
echo "| tool as installed | start-up (\`--version\`) | \`generate\` | generate − start-up |"
echo "|---|---:|---:|---:|"
echo "| PacGen.Cli.any (portable IL, jitted) | $il_start | $il_gen | $(work_s "$il_gen" "$il_start") |"
echo "| PacGen.Cli.$rid (ReadyToRun) | $rid_start | $rid_gen | $(work_s "$rid_gen" "$rid_start") |"
echo "| ReadyToRun / IL | $(ratio "$rid_start" "$il_start")× | $(ratio "$rid_gen" "$il_gen")× | |"
