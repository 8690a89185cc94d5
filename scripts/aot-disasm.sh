#!/usr/bin/env bash
# Machine code of every register-access form of tests/DisasmProbe, as shipped: NativeAOT for linux-x64 and
# linux-arm64 (cross-compiled here), and the tier-1 JIT code on arm64. The arm64 programs run under qemu-aarch64;
# each run first checks that every form stores what hand-written code stores (exit code), then reports the bytes
# each form allocates. PacGen.Performance.Tests (Arm64DisassemblyTests) runs this script and checks the listings;
# docs/performance.md shows what they contain.
#
# Usage: scripts/aot-disasm.sh [--arch x64|arm64] [--no-jit] [output-dir]   (default: both, artifacts/aot-disasm)
#        scripts/aot-disasm.sh --check-tools [--arch ...]   lists what is missing (Debian package names), exit 3
# Output: <dir>/linux-<arch>/aot/<Form>.asm (objdump), <dir>/linux-<arch>/aot/run.txt (the probe's report),
#         <dir>/linux-arm64/jit/pgo-{on,off}.txt (DOTNET_JitDisasm of Forms:*) and pgo-{on,off}.run.txt.
# Needs (Linux x64 host): objdump and clang or gcc for x64; for arm64 clang, lld, qemu-user-static,
# binutils-aarch64-linux-gnu, libc6-dev-arm64-cross and libgcc-12-dev-arm64-cross (.ci/run installs them).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
arches=(x64 arm64)
jit=true
check_only=false
out=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --arch) arches=("$2"); shift 2 ;;
    --no-jit) jit=false; shift ;;
    --check-tools) check_only=true; shift ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) out="$1"; shift ;;
  esac
done
out="${out:-$root/artifacts/aot-disasm}"

# The Debian (multiarch cross) sysroot clang links against when targeting aarch64-linux-gnu.
sysroot=/usr/aarch64-linux-gnu
qemu="$(command -v qemu-aarch64-static || command -v qemu-aarch64 || true)"
# Under dotnet test the host running the tests (DOTNET_HOST_PATH), else the one on PATH.
dotnet="${DOTNET_HOST_PATH:-dotnet}"

# Prints "missing: <what> (<package>)" for each tool an architecture needs and does not find.
missing_tools() {
  local arch="$1"
  if [[ "$(uname -s)/$(uname -m)" != Linux/x86_64 ]]; then echo "missing: a Linux x64 host (this is $(uname -s)/$(uname -m))"; fi
  command -v "$dotnet" > /dev/null || echo "missing: dotnet"
  if [[ "$arch" == x64 ]]; then
    command -v objdump > /dev/null || echo "missing: objdump (binutils)"
    command -v clang > /dev/null || command -v gcc > /dev/null || echo "missing: clang or gcc (clang)"
  else
    command -v aarch64-linux-gnu-objdump > /dev/null || echo "missing: aarch64-linux-gnu-objdump (binutils-aarch64-linux-gnu)"
    command -v clang > /dev/null || echo "missing: clang (clang)"
    command -v ld.lld > /dev/null || echo "missing: ld.lld (lld)"
    [[ -n "$qemu" ]] || echo "missing: qemu-aarch64 (qemu-user-static)"
    [[ -e "$sysroot/lib/libc.so" ]] || echo "missing: $sysroot/lib/libc.so (libc6-dev-arm64-cross)"
    compgen -G "/usr/lib/gcc-cross/aarch64-linux-gnu/*/crtbeginS.o" > /dev/null || echo "missing: /usr/lib/gcc-cross/aarch64-linux-gnu/*/crtbeginS.o (libgcc-12-dev-arm64-cross)"
  fi
}

if $check_only; then
  report="$(for arch in "${arches[@]}"; do missing_tools "$arch"; done | sort -u)"
  if [[ -n "$report" ]]; then printf '%s\n' "$report"; exit 3; fi
  echo "all tools present"
  exit 0
fi
for arch in "${arches[@]}"; do
  report="$(missing_tools "$arch")"
  if [[ -n "$report" ]]; then printf '%s\n' "$report" >&2; exit 3; fi
done

# publish <rid> <folder> <msbuild properties...>: the probe for one target, in build folders of its own
# (tests/DisasmProbe/Directory.Build.props), so the JIT build the test suite runs is never touched. Debug, like
# `dotnet build`: the probe and PacGen.Runtime are optimized in every configuration (ILC gets -O from Optimize),
# and the generators and runtime that the solution build already made are reused instead of built again.
publish() {
  local rid="$1" folder="$2"; shift 2
  rm -rf "$folder"
  "$dotnet" publish "$root/tests/DisasmProbe/DisasmProbe.csproj" -c Debug -p:DisasmProbeRid="$rid" -o "$folder" -nologo -v quiet -nodeReuse:false "$@"
}

# run_probe <report> <program> <rounds>: runs it (under qemu for arm64), keeps its output, fails when it fails.
run_probe() {
  local report="$1" program="$2" rounds="$3" status=0
  if [[ "$program" == */linux-arm64/* ]]; then
    "$qemu" -L "$sysroot" "$program" "$rounds" > "$report" 2>&1 || status=$?
  else
    "$program" "$rounds" > "$report" 2>&1 || status=$?
  fi
  if [[ $status -ne 0 ]]; then
    echo "probe $program exited with $status:" >&2
    cat "$report" >&2
    exit 1
  fi
}

# The forms are the probe's Forms methods: NativeAOT names them <Assembly>_<Namespace>_<Type>__<Method>.
aot_listings() {
  local arch="$1" folder="$2" dump=objdump syntax=(-M intel)
  if [[ "$arch" == arm64 ]]; then dump=aarch64-linux-gnu-objdump; syntax=(); fi
  local symbols
  symbols="$("$dump" -t "$folder/DisasmProbe" | grep -oE 'DisasmProbe_DisasmProbe_Forms__[A-Z][A-Za-z0-9]*$' | sort -u)"
  printf '%-8s %-20s %12s %6s\n' "$arch" form instructions calls
  for symbol in $symbols; do
    local form="${symbol#DisasmProbe_DisasmProbe_Forms__}" listing
    listing="$("$dump" -d --no-show-raw-insn "${syntax[@]}" --disassemble="$symbol" "$folder/DisasmProbe" | grep -E '^\s+[0-9a-f]+:' || true)"
    printf '%s\n' "$listing" > "$folder/$form.asm"
    printf '%-8s %-20s %12s %6s\n' "$arch" "$form" "$(grep -c . <<< "$listing" || true)" "$(grep -cE '\s(call|bl|blr)\s' <<< "$listing" || true)"
  done
}

for arch in "${arches[@]}"; do
  folder="$out/linux-$arch/aot"
  if [[ "$arch" == x64 ]]; then
    linker=clang
    command -v clang > /dev/null || linker=gcc
    publish linux-x64 "$folder" -p:DisasmProbeAot=true -p:StripSymbols=false -p:CppCompilerAndLinker="$linker"
  else
    # Cross-compiling: ILC emits arm64 code; clang --target=aarch64-linux-gnu links it with lld against the
    # Debian cross sysroot (no SysRoot property: Debian's linker scripts name absolute paths).
    publish linux-arm64 "$folder" -p:DisasmProbeAot=true -p:StripSymbols=false -p:LinkerFlavor=lld
  fi
  run_probe "$folder/run.txt" "$folder/DisasmProbe" 3
  aot_listings "$arch" "$folder"
done

# Tier-1 JIT code on arm64: a self-contained publish (the arm64 runtime and its JIT) run under qemu-aarch64 with
# DOTNET_JitDisasm, PGO on and off. Tier-1 compiles happen on a background thread, so when a run ends before every
# form has its tier-1 listing, the next calls the forms four times as many rounds.
if $jit && [[ " ${arches[*]} " == *" arm64 "* ]]; then
  folder="$out/linux-arm64/jit"
  publish linux-arm64 "$folder/app" -p:SelfContained=true
  forms="$(grep -c . <<< "$(ls "$out/linux-arm64/aot/"*.asm)")"
  for pgo in on off; do
    for rounds in 12 48 192; do
      rm -f "$folder/pgo-$pgo.txt"
      DOTNET_JitDisasm='*Forms:*' DOTNET_JitStdOutFile="$folder/pgo-$pgo.txt" DOTNET_TC_CallCountingDelayMs=0 \
        DOTNET_TieredPGO="$([[ $pgo == on ]] && echo 1 || echo 0)" run_probe "$folder/pgo-$pgo.run.txt" "$folder/app/DisasmProbe" "$rounds"
      tier1="$(grep -E '^; Assembly listing for method DisasmProbe\.Forms:[A-Z].*\((Tier1|FullOpts)' "$folder/pgo-$pgo.txt" | sort -u | grep -c . || true)"
      [[ "$tier1" -ge "$forms" ]] && break
    done
    echo "arm64 JIT, PGO $pgo: $tier1 of $forms forms at tier 1 ($rounds rounds)"
  done
fi
echo "listings: $out"
