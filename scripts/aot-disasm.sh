#!/usr/bin/env bash
# NativeAOT-compiles tests/DisasmProbe (net9.0: the net10.0 NativeAOT runtime pack is not served here), runs it
# (it checks every form stores what hand-written code stores), and prints each form's machine code with objdump.
# Usage: scripts/aot-disasm.sh [output-dir]      (Linux x64; needs objdump and gcc or clang)
# Documented in docs/performance.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/aot-disasm}"
linker=clang
command -v clang > /dev/null || linker=gcc

dotnet publish "$root/tests/DisasmProbe/DisasmProbe.csproj" -c Release -p:DisasmProbeAot=true -r linux-x64 -o "$out" \
  -p:StripSymbols=false -p:CppCompilerAndLinker="$linker" -nologo -v quiet

"$out/DisasmProbe" 3

forms=(HandWrittenWrite ValueFormWrite ClosureWrite StateWrite DelegateWrite CapturingWrite
       HandWrittenModify ValueFormModify ClosureModify DelegateModify HandWrittenRead GeneratedRead)
printf '%-20s %s\n' form instructions
for form in "${forms[@]}"; do
  # NativeAOT names methods <Assembly>_<Namespace>_<Type>__<Method>.
  symbol="DisasmProbe_DisasmProbe_Forms__${form}"
  listing="$(objdump -d --no-show-raw-insn -M intel --disassemble="$symbol" "$out/DisasmProbe" | grep -E '^\s+[0-9a-f]+:' || true)"
  printf '%-20s %s\n' "$form" "$(printf '%s\n' "$listing" | grep -c . || true)"
  printf '%s\n' "$listing" > "$out/$form.asm"
done
echo "listings: $out/<form>.asm"
