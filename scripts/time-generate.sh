#!/usr/bin/env bash
# Times `pacgen generate` (ReadyToRun build, process start included) over the largest SVDs of the corpus and the
# shipped ones, and prints a Markdown table that pastes as is into docs/performance.md ("Generator speed").
#
#   scripts/time-generate.sh [--runs N] [--largest N] [--rev REV | --pacgen PATH] [--compile] [--compile-svd FILE] [SVD...]
#
#   SVD...            the files to time (default: the --largest N biggest .svd files under ../shared/svd-corpus,
#                     the corpus files the issue names (esp32s3, nrf5340_application, ATSAME70Q21B), and svd/*.svd)
#   --runs N          measured runs per SVD (default 5), after one untimed warm-up run (disk cache, page cache)
#   --largest N       how many of the corpus' largest files (default 8)
#   --corpus DIR      the SVD corpus (default: ../shared/svd-corpus beside the repository)
#   --rev REV         build the committed tree of REV (e.g. HEAD) instead of the working tree
#   --pacgen PATH     time this pacgen executable instead of building one (skips the publish)
#   --compile         also time Roslyn compiling the generated code of --compile-svd (default: the corpus'
#                     STMicro/STM32H743.svd, else svd/rp2040.svd), cold and warm, and print the DLL size
#   --compile-svd F   --compile, on the SVD file F
#
# The build is a snapshot of the working tree (tracked and untracked, not ignored files; or of --rev) published in a temporary
# folder, so the timed tool is exactly the checkout and the shared checkout's bin/ and obj/ are not touched while
# other builds run. Every `pacgen generate` writes into a new empty folder, so the "unchanged files are not
# rewritten" shortcut never kicks in. No network beyond the NuGet restore of the publish.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo/../shared/svd-corpus"
runs=5
largest=8
pacgen=""
given_pacgen=0
build_kind="ReadyToRun"
rev=""
compile=0
compile_svd=""
svds=()

die() { echo "time-generate.sh: $*" >&2; exit 2; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive count"; runs=$2; shift 2 ;;
    --largest) [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || die "--largest needs a count"; largest=$2; shift 2 ;;
    --pacgen) [[ $# -ge 2 ]] || die "--pacgen needs a path"; pacgen=$2; given_pacgen=1; build_kind="a given build"; shift 2 ;;
    --corpus) [[ $# -ge 2 ]] || die "--corpus needs a folder"; corpus=$2; shift 2 ;;
    --rev) [[ $# -ge 2 ]] || die "--rev needs a revision"; rev=$2; shift 2 ;;
    --compile) compile=1; shift ;;
    --compile-svd) [[ $# -ge 2 ]] || die "--compile-svd needs a file"; compile=1; compile_svd=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ -f "$1" ]] || die "no SVD file at '$1'"; svds+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"); shift ;;
  esac
done

command -v dotnet >/dev/null || die "dotnet is not on PATH"
have_time=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f "%M" -o /dev/null true 2>/dev/null; then
  have_time=1
else
  echo "time-generate.sh: /usr/bin/time (GNU) not found: peak memory is not measured" >&2
fi

# --- which SVDs -------------------------------------------------------------------------------------------------
[[ -d "$corpus" ]] && corpus=$(cd "$corpus" && pwd)
if [[ ${#svds[@]} -eq 0 ]]; then
  if [[ -d "$corpus" ]]; then
    while IFS= read -r f; do svds+=("$f"); done < <(find "$corpus" -name '*.svd' -printf '%s\t%p\n' | sort -rn | head -n "$largest" | cut -f2)
    for named in esp32s3 nrf5340_application ATSAME70Q21B; do
      while IFS= read -r f; do svds+=("$f"); done < <(find "$corpus" -name "$named.svd")
    done
  else
    echo "time-generate.sh: no SVD corpus at $corpus (it sits beside the repository as ../shared/svd-corpus, or give --corpus); timing svd/*.svd only" >&2
  fi
  for f in "$repo"/svd/*.svd; do svds+=("$f"); done
  # The named files may already be among the largest: keep the first occurrence of each path.
  mapfile -t svds < <(printf '%s\n' "${svds[@]}" | awk '!seen[$0]++')
fi
[[ ${#svds[@]} -gt 0 ]] || die "no SVD to time"

work=$(mktemp -d "${TMPDIR:-/tmp}/pacgen-time.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- build ----------------------------------------------------------------------------------------------------
snapshot="$work/src"
make_snapshot() {
  [[ -d "$snapshot" ]] && return 0
  git -C "$repo" rev-parse --git-dir >/dev/null 2>&1 || die "$repo is not a git checkout (the snapshot lists files with git)"
  mkdir -p "$snapshot"
  if [[ -n "$rev" ]]; then
    git -C "$repo" archive --format=tar "$rev" | tar -xf - -C "$snapshot"
  else
    (cd "$repo" && git ls-files -z -co --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$snapshot"
  fi
}

if [[ -z "$pacgen" ]]; then
  make_snapshot
  echo "publishing pacgen (Release, linux-x64, ReadyToRun) from a snapshot of $repo ..." >&2
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  [[ -n "$rid" ]] || rid=linux-x64
  # ReadyToRun explicitly, whatever the project file says. Restore in two steps: ReadyToRun as a restore property
  # would flow to every referenced project and ask for a Crossgen2 pack per target framework (PacGen.Runtime's
  # net9.0 one is not served here); only pacgen needs one.
  dotnet restore "$snapshot/src/PacGen.Cli" -r "$rid" >"$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; die "restore failed"; }
  dotnet restore "$snapshot/src/PacGen.Cli" -r "$rid" -p:PublishReadyToRun=true --no-dependencies >>"$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; die "restore (ReadyToRun) failed"; }
  dotnet publish "$snapshot/src/PacGen.Cli" --no-restore -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    -o "$work/pacgen" >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; die "publish failed"; }
  pacgen="$work/pacgen/pacgen"
fi
[[ -x "$pacgen" ]] || die "no pacgen executable at $pacgen"

# --- svd2rust 0.29 figures of the issue (this machine; lib.rs) --------------------------------------------------
# wall s (middle of the measured range, or the median of 5), output MB (10^6 bytes). Only STM32H743.svd is the
# very file svd2rust was run on; the issue's stm32l0x1 (588 KB) and rp2040 (1.95 MB) were other versions.
anchor() {
  case "$(basename "$1" | tr 'A-Z' 'a-z')" in
    stm32h743.svd) echo "0.67 11.86 =" ;;
    stm32h743x.svd) echo "1.00 11.08 =" ;;
    stm32l0x1.svd) echo "0.22 1.57 ~" ;;
    rp2040.svd) echo "0.575 6.65 ~" ;;
    *) echo "" ;;
  esac
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One `pacgen generate` into a new empty folder: prints "wall_seconds peak_kib exit_code".
time_once() {
  local svd=$1 out="$work/out" start end rc=0 peak="-"
  rm -rf "$out"
  start=$(date +%s%N)
  if [[ $have_time -eq 1 ]]; then
    /usr/bin/time -f "%M" -o "$work/time.txt" "$pacgen" generate "$svd" -o "$out" >"$work/run.log" 2>&1 || rc=$?
  else
    "$pacgen" generate "$svd" -o "$out" >"$work/run.log" 2>&1 || rc=$?
  fi
  end=$(date +%s%N)
  [[ $have_time -eq 1 ]] && peak=$(tail -n 1 "$work/time.txt")
  echo "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }') $peak $rc"
}

# --- measure --------------------------------------------------------------------------------------------------
commit=$(git -C "$repo" rev-parse --short "${rev:-HEAD}" 2>/dev/null || echo unknown)
dirty=""
[[ -z "$rev" && -n "$(git -C "$repo" status --porcelain -- src 2>/dev/null)" ]] && dirty=" (src/ has uncommitted changes)"
[[ $given_pacgen -eq 1 ]] && commit="unknown" && dirty=" (the given pacgen $pacgen, not a build of this checkout)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
notes=()
for svd in "${svds[@]}"; do
  name=${svd#"$repo/"}
  [[ "$name" == "$svd" ]] && name=${svd#"$corpus/"}
  echo "timing $name ..." >&2
  read -r _ _ rc < <(time_once "$svd")   # warm-up: disk cache, not counted
  walls=()
  peaks=()
  for ((i = 0; i < runs; i++)); do
    read -r wall peak rc < <(time_once "$svd")
    walls+=("$wall")
    peaks+=("$peak")
  done
  [[ "$rc" -ne 0 ]] && notes+=("\`$name\`: pacgen exited $rc: $(grep -m1 -E 'error' "$work/run.log" || tail -n 1 "$work/run.log")")
  size_mb=$(awk -v b="$(stat -c %s "$svd")" 'BEGIN { printf "%.2f", b / 1e6 }')
  med=$(printf '%s\n' "${walls[@]}" | median)
  min=$(printf '%s\n' "${walls[@]}" | sort -g | head -n 1)
  if [[ $have_time -eq 1 ]]; then
    peak_mb=$(printf '%s\n' "${peaks[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
  else
    peak_mb="-"
  fi
  if [[ -d "$work/out" ]] && [[ -n "$(find "$work/out" -name '*.g.cs' -print -quit)" ]]; then
    read -r out_lines out_bytes < <(find "$work/out" -name '*.g.cs' -print0 | sort -z | xargs -0 cat | wc -lc)
  else
    out_lines=0 out_bytes=0
  fi
  out_mb=$(awk -v b="$out_bytes" 'BEGIN { printf "%.2f", b / 1e6 }')
  a=$(anchor "$svd")
  if [[ -n "$a" ]]; then
    read -r rust_wall rust_out same <<<"$a"
    mark=""; [[ "$same" == "~" ]] && mark="~"
    ratios=$(awk -v w="$med" -v rw="$rust_wall" -v o="$out_mb" -v ro="$rust_out" -v m="$mark" \
      'BEGIN { printf "%s%s | %s%.2f | %s%s | %s%.2f", m, rw, m, w / rw, m, ro, m, o / ro }')
  else
    ratios="– | – | – | –"
  fi
  rows+=("| \`$name\` | $size_mb | $med | $min | $peak_mb | $out_mb | $out_lines | $ratios |")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- print ----------------------------------------------------------------------------------------------------
echo
echo "Measured at commit \`$commit\`$dirty, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average $load_before before / $load_after after;"
echo "\`pacgen generate <svd> -o <new empty dir>\`, $build_kind, $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print ".NET " v }'); $runs runs after 1 warm-up."
echo "Wall includes process start. Peak = peak RSS (MiB, median of runs). Output = all \`.g.cs\` files (MB = 10^6 bytes)."
echo "svd2rust: 0.29 on this machine (issue 9); ~ = a different version of that SVD. Goals: wall ratio ≤ 0.50, output ratio ≤ 0.70."
echo
echo "| SVD | size MB | median wall s | min wall s | peak MB | output MB | output lines | svd2rust wall s | wall ratio | svd2rust output MB | output ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
if [[ ${#notes[@]} -gt 0 ]]; then
  echo
  printf -- '- %s\n' "${notes[@]}"
fi

# --- compile --------------------------------------------------------------------------------------------------
if [[ $compile -eq 1 ]]; then
  if [[ -z "$compile_svd" ]]; then
    if [[ -f "$corpus/STMicro/STM32H743.svd" ]]; then compile_svd="$corpus/STMicro/STM32H743.svd"; else compile_svd="$repo/svd/rp2040.svd"; fi
  fi
  [[ -f "$compile_svd" ]] || die "no SVD at $compile_svd"
  compile_svd="$(cd "$(dirname "$compile_svd")" && pwd)/$(basename "$compile_svd")"
  make_snapshot
  echo "building benchmarks/PacGen.Generator.Benchmarks (Release) to time the compile ..." >&2
  dotnet build "$snapshot/benchmarks/PacGen.Generator.Benchmarks" -c Release >"$work/bench-build.log" 2>&1 || { cat "$work/bench-build.log" >&2; die "benchmark build failed"; }
  echo
  echo "Roslyn compile of the generated code (\`compile\` mode of benchmarks/PacGen.Generator.Benchmarks):"
  echo
  echo '```'
  dotnet "$snapshot/benchmarks/PacGen.Generator.Benchmarks/bin/Release/net10.0/PacGen.Generator.Benchmarks.dll" compile "$compile_svd"
  echo '```'
fi
