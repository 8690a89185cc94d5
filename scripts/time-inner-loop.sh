#!/usr/bin/env bash
# Times what a chip in the project costs per build (issue 13): a plain console app's clean, no-op and one-line-edit
# `dotnet build`, and the same app with svd/stm32l0x1.svd, svd/bcm2711.svd, the corpus' STM32H743 and all three as
# <PacGenSvd> items, all in one run on this machine. Prints a Markdown table (medians, and ratios to the plain app)
# that pastes as is into docs/performance.md ("Inner loop").
#
#   scripts/time-inner-loop.sh [--runs N] [--clean-runs N] [--cases LIST] [--modes LIST] [--rev REV] [--keep]
#                              [--binlogs DIR]
#
#   --runs N          no-op and edit builds per project and mode (default 3; the median is shown)
#   --clean-runs N    clean builds per project and mode (default 1: the slowest part of the run)
#   --compilation-runs N  no-op and edit builds in mode "compilation" (default: --runs; each edit there is slow)
#   --compilation-cases LIST  the cases measured in mode "compilation" (default: all of --cases)
#   --cases LIST      comma-separated subset of: plain,stm32l0x1,bcm2711,stm32h743,three (default: all)
#   --modes LIST      comma-separated subset of:
#                       assembly     the package's default: each SVD's API is compiled once into its own assembly
#                                    under obj/ (PacGenApiAssembly=true)
#                       compilation  the API generated into the user's compilation on every build, as before issue 13
#                                    (PacGenApiAssembly=false)
#                     (default: assembly,compilation)
#   --rev REV         pack the committed tree of REV instead of the working tree
#   --corpus DIR      the SVD corpus (default: ../shared/svd-corpus beside the repository)
#   --keep            keep the temporary folder (projects, feed) and print its path
#   --binlogs DIR     also write a binary log of every build (-bl) and the analyzer report
#                     (-p:ReportAnalyzer=true) into DIR, named <project>-<mode>-<kind>-<run>.binlog
#
# How: the working tree (tracked and untracked, not ignored files; or --rev) is copied to a temporary folder and
# the PacGen package packed from it into a local feed with a fresh version (so the NuGet cache never serves a stale
# copy); one console project per case and mode references it (PackageReference + <PacGenSvd>), restored once
# untimed. Then, round by round (so load drift spreads over all projects): clean = bin/ and obj/<config>/ removed,
# `dotnet build --no-restore`; no-op = the same build again; edit = one line of Program.cs changed, build again.
# Builds run as a user's do (MSBuild and the compiler server as configured, -nodeReuse:false); wall time of the
# `dotnet build` process. The machine is shared: read the ratios, taken side by side, not the seconds.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo/../shared/svd-corpus"
runs=3
clean_runs=1
compilation_runs=""
compilation_cases=""
cases="plain,stm32l0x1,bcm2711,stm32h743,three"
modes="assembly,compilation"
rev=""
keep=0
binlogs=""

die() { echo "time-inner-loop.sh: $*" >&2; exit 2; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive count"; runs=$2; shift 2 ;;
    --clean-runs) [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || die "--clean-runs needs a count"; clean_runs=$2; shift 2 ;;
    --compilation-runs) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--compilation-runs needs a positive count"; compilation_runs=$2; shift 2 ;;
    --compilation-cases) [[ $# -ge 2 ]] || die "--compilation-cases needs a list"; compilation_cases=$2; shift 2 ;;
    --cases) [[ $# -ge 2 ]] || die "--cases needs a list"; cases=$2; shift 2 ;;
    --modes) [[ $# -ge 2 ]] || die "--modes needs a list"; modes=$2; shift 2 ;;
    --rev) [[ $# -ge 2 ]] || die "--rev needs a revision"; rev=$2; shift 2 ;;
    --corpus) [[ $# -ge 2 ]] || die "--corpus needs a folder"; corpus=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --binlogs) [[ $# -ge 2 ]] || die "--binlogs needs a folder"; mkdir -p "$2"; binlogs=$(cd "$2" && pwd); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

command -v dotnet >/dev/null || die "dotnet is not on PATH"
[[ -z "$compilation_runs" ]] && compilation_runs=$runs
[[ -z "$compilation_cases" ]] && compilation_cases=$cases
# Whether case $1 is measured in mode $2 (plain once: it has no PacGen, so no mode).
measured() {
  [[ $1 == plain ]] && { [[ $2 == "${mode_list[0]}" ]]; return; }
  [[ $2 != compilation ]] || [[ ",$compilation_cases," == *",$1,"* ]]
}
h743="$corpus/STMicro/STM32H743.svd"
IFS=, read -r -a case_list <<< "$cases"
IFS=, read -r -a mode_list <<< "$modes"
for c in "${case_list[@]}"; do
  [[ "$c" =~ ^(plain|stm32l0x1|bcm2711|stm32h743|three)$ ]] || die "unknown case '$c'"
  [[ "$c" =~ ^(stm32h743|three)$ && ! -f "$h743" ]] && die "case '$c' needs $h743 (--corpus)"
done
for m in "${mode_list[@]}"; do
  [[ "$m" =~ ^(assembly|compilation)$ ]] || die "unknown mode '$m'"
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d "${TMPDIR:-/tmp}/pacgen-inner-loop.XXXXXX")
version="0.1.0-inner.$(date -u +%Y%m%d%H%M%S).$$"
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cleanup() {
  rm -rf "$cache/pacgen/$version" "$cache/pacgen.simulation/$version" "$cache/pacgen.svd/$version"
  if [[ $keep == 1 ]]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# 1. The package, from a snapshot of the tree (no shared bin/obj with builds running beside this one).
mkdir -p "$work/src" "$work/feed"
if [[ -n "$rev" ]]; then
  (cd "$repo" && git archive --format=tar "$rev") | tar -x -C "$work/src"
  label="commit $(cd "$repo" && git rev-parse --short "$rev")"
else
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -x -C "$work/src"
  label="working tree at $(cd "$repo" && git rev-parse --short HEAD)$( (cd "$repo" && git diff --quiet HEAD) || echo ' + changes')"
fi
echo "time-inner-loop.sh: packing PacGen $version ($label)" >&2
if ! dotnet pack "$work/src/src/PacGen.Package/PacGen.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" \
    -nodeReuse:false -v:q > "$work/pack.log" 2>&1; then
  cat "$work/pack.log" >&2; die "pack failed"
fi
cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="pacgen-local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
EOF

# 2. One console project per case and mode. Each chip gets a small driver file that uses its API the documented
#    way (closures the interceptor folds, a Modify), so the build does what a firmware project's build does.
chip_svds() {
  case "$1" in
    plain) ;;
    stm32l0x1) echo stm32l0x1 ;;
    bcm2711) echo bcm2711 ;;
    stm32h743) echo stm32h743 ;;
    three) echo stm32l0x1 bcm2711 stm32h743 ;;
  esac
}
svd_path() {
  case "$1" in
    stm32l0x1) echo "$repo/svd/stm32l0x1.svd" ;;
    bcm2711) echo "$repo/svd/bcm2711.svd" ;;
    stm32h743) echo "$h743" ;;
  esac
}
chip_namespace() { case "$1" in stm32l0x1) echo Stm32L0x1 ;; bcm2711) echo Bcm2711 ;; stm32h743) echo Stm32H743 ;; esac; }
chip_driver() {
  case "$1" in
    stm32l0x1) cat <<'EOF'
using Stm32L0x1;
internal static class L0Driver
{
    public static void Blink()
    {
        Rcc.Instance.Iopenr.Modify((r, w) => w.Iopben(true));
        Gpiob.Instance.Moder.Modify((r, w) => w.Mode3(0b01));
        Gpiob.Instance.Odr.Modify((r, w) => w.Od3(!r.Od3));
    }
}
EOF
    ;;
    bcm2711) cat <<'EOF'
using Bcm2711;
internal static class PiDriver
{
    public static void Blink()
    {
        Gpio.Instance.Gpfsel4.Write(w => w.Fsel42(Gpio.Fsel42.Output));
        System.Console.WriteLine(Gpio.Instance.Gpfsel4.Read().Fsel42);
    }
}
EOF
    ;;
    stm32h743) cat <<'EOF'
using Stm32H743;
internal static class H7Driver
{
    public static void Blink()
    {
        Gpioa.Instance.Moder.Modify((r, w) => w.Mode3(0b01));
        Gpioa.Instance.Odr.Modify((r, w) => w.Od3(!r.Od3));
    }
}
EOF
    ;;
  esac
}
driver_class() { case "$1" in stm32l0x1) echo L0Driver ;; bcm2711) echo PiDriver ;; stm32h743) echo H7Driver ;; esac; }

project_dir() { echo "$work/projects/$1-$2"; }
for c in "${case_list[@]}"; do
  for m in "${mode_list[@]}"; do
    measured "$c" "$m" || continue
    dir=$(project_dir "$c" "$m")
    mkdir -p "$dir"
    items=""
    calls=""
    for chip in $(chip_svds "$c"); do
      cp "$(svd_path "$chip")" "$dir/$chip.svd"
      items+="    <PacGenSvd Include=\"$chip.svd\" Namespace=\"$(chip_namespace "$chip")\" />"$'\n'
      chip_driver "$chip" > "$dir/$(driver_class "$chip").cs"
      calls+="    $(driver_class "$chip").Blink();"$'\n'
    done
    package=""
    [[ $c != plain ]] && package="    <PackageReference Include=\"PacGen\" Version=\"$version\" />"
    api_assembly=true
    [[ $m == compilation ]] && api_assembly=false
    cat > "$dir/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <PacGenApiAssembly>$api_assembly</PacGenApiAssembly>
  </PropertyGroup>
  <ItemGroup>
$package
$items  </ItemGroup>
</Project>
EOF
    cat > "$dir/Program.cs" <<EOF
Console.WriteLine("edit 0");
if (args.Length == 42)
{
$calls}
EOF
    if ! (cd "$dir" && dotnet restore -nodeReuse:false -v:q > "$dir/restore.log" 2>&1); then
      cat "$dir/restore.log" >&2; die "restore of $c/$m failed"
    fi
  done
done

# 3. The builds. results: one line per measurement, "<case> <mode> <kind> <seconds>".
results="$work/results.txt"
: > "$results"
build() { # case mode kind run
  local dir; dir=$(project_dir "$1" "$2")
  local extra=()
  [[ -n "$binlogs" ]] && extra=("-bl:$binlogs/$1-$2-$3-$4.binlog" "-p:ReportAnalyzer=true")
  local start end
  start=$(date +%s.%N)
  if ! (cd "$dir" && dotnet build --no-restore -nodeReuse:false -v:q -clp:ErrorsOnly "${extra[@]}" > "$dir/build.log" 2>&1); then
    cat "$dir/build.log" >&2; die "build of $1/$2 ($3) failed"
  fi
  end=$(date +%s.%N)
  echo "$1 $2 $3 $(echo "$end - $start" | bc)" >> "$results"
  echo "  $1/$2 $3 #$4: $(tail -n1 "$results" | cut -d' ' -f4) s" >&2
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rounds=$(( runs > clean_runs ? runs : clean_runs ))
for ((r = 1; r <= rounds; r++)); do
  for c in "${case_list[@]}"; do
    for m in "${mode_list[@]}"; do
      measured "$c" "$m" || continue
      dir=$(project_dir "$c" "$m")
      if (( r <= clean_runs )) || [[ ! -d "$dir/bin" ]]; then
        rm -rf "$dir/bin" "$dir/obj/Debug"
        if (( r <= clean_runs )); then build "$c" "$m" clean "$r"; else (cd "$dir" && dotnet build --no-restore -nodeReuse:false -v:q > /dev/null 2>&1); fi
      fi
      mode_runs=$runs
      [[ $m == compilation ]] && mode_runs=$compilation_runs
      if (( r <= mode_runs )); then
        build "$c" "$m" noop "$r"
        sed -i "1s/.*/Console.WriteLine(\"edit $r\");/" "$dir/Program.cs"
        build "$c" "$m" edit "$r"
      fi
    done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# 4. The table: medians, and each over the plain app's median of the same kind.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }
value() { awk -v c="$1" -v m="$2" -v k="$3" '$1 == c && $2 == m && $3 == k { print $4 }' "$results" | median; }
plain_mode="${mode_list[0]}"
fmt() { [[ -z "$1" ]] && { echo "–"; return; }; printf '%.1f' "$1"; }
ratio() { [[ -z "$1" || -z "$2" ]] && { echo "–"; return; }; echo "$1 $2" | awk '{ printf "%.2f×", $1 / $2 }'; }
describe() {
  case "$1" in
    plain) echo "plain console app (no PacGen)" ;;
    stm32l0x1) echo "+ \`svd/stm32l0x1.svd\`" ;;
    bcm2711) echo "+ \`svd/bcm2711.svd\`" ;;
    stm32h743) echo "+ corpus \`STMicro/STM32H743.svd\`" ;;
    three) echo "+ all three" ;;
  esac
}
describe_mode() { case "$1" in assembly) echo "API assembly (default)" ;; compilation) echo "in the compilation" ;; esac; }

echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC'), $label, $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'));"
echo "load average $load_before before / $load_after after; .NET SDK $(dotnet --version); \`dotnet build\` wall seconds,"
echo "median of $runs no-op and edit builds ($compilation_runs in the compilation mode) and $clean_runs clean build(s); × = over the plain app's median of the same kind."
echo
echo "| project | PacGen API | clean s | no-op s | edit s | clean × | no-op × | edit × |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
p_clean=$(value plain "$plain_mode" clean); p_noop=$(value plain "$plain_mode" noop); p_edit=$(value plain "$plain_mode" edit)
for c in "${case_list[@]}"; do
  for m in "${mode_list[@]}"; do
    measured "$c" "$m" || continue
    cl=$(value "$c" "$m" clean); no=$(value "$c" "$m" noop); ed=$(value "$c" "$m" edit)
    mode_text=$(describe_mode "$m"); [[ $c == plain ]] && mode_text="–"
    echo "| $(describe "$c") | $mode_text | $(fmt "$cl") | $(fmt "$no") | $(fmt "$ed") | $(ratio "$cl" "$p_clean") | $(ratio "$no" "$p_noop") | $(ratio "$ed" "$p_edit") |"
  done
done
