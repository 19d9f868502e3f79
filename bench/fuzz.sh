#!/usr/bin/env bash
# Fuzzes what the API and the feed pull read from outside: bench/fuzz.sh [seconds-per-target] [target...]
# Targets: stix, referral (a partner's POST), taxii (a feed page and its X-TAXII-Date-Added-Last), redact (a shared file).
# With AFL++ (Debian's afl++; installed here when run as root) and SharpFuzz's instrumenter (dotnet tool
# SharpFuzz.CommandLine), the core library is instrumented and afl-fuzz drives each target for the given seconds;
# otherwise (or with FUZZ_MODE=run) the in-process mutator does. Crashing inputs are copied to
# bench/CyberPartnerships.Fuzz/findings/, which FuzzRegressionTests replays: fix the cause, commit the input.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
shift || true
targets=("${@:-stix referral taxii redact}")
read -r -a targets <<< "${targets[*]}"
project=bench/CyberPartnerships.Fuzz
out="$project/bin/Release/net10.0"
tools="${FUZZ_TOOLS:-$PWD/.fuzz-tools}"
work="${FUZZ_WORK:-$(mktemp -d)}"
mkdir -p "$work"
mode="${FUZZ_MODE:-auto}"

dotnet build -c Release "$project" -v q -nologo >/dev/null

if [[ "$mode" == auto ]]; then
  mode=run
  if ! command -v afl-fuzz >/dev/null && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get install -y -qq afl++ >/dev/null 2>&1 || true
  fi
  if [[ ! -x "$tools/sharpfuzz" ]]; then
    dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null 2>&1 || true
  fi
  if command -v afl-fuzz >/dev/null && [[ -x "$tools/sharpfuzz" ]]; then
    mode=afl
  fi
fi
echo "fuzz: mode=$mode seconds=$seconds targets=${targets[*]}"

if [[ "$mode" == afl ]]; then
  # A copy of the build with the core library instrumented (the one the tests use stays as it is).
  rm -rf "$work/bin" && cp -r "$out" "$work/bin"
  "$tools/sharpfuzz" "$work/bin/CyberPartnerships.dll" >/dev/null
fi

mkdir -p "$project/findings"
for target in "${targets[@]}"; do
  if [[ "$mode" == afl ]]; then
    rm -rf "$work/$target"
    AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 AFL_FORKSRV_INIT_TMOUT=60000 \
      timeout $((seconds + 120)) afl-fuzz -V "$seconds" -t 5000 -m none -i "$project/seeds/$target" -o "$work/$target" \
      -- dotnet "$work/bin/CyberPartnerships.Fuzz.dll" afl "$target" > "$work/$target.log" 2>&1 || true
    stats="$work/$target/default/fuzzer_stats"
    execs=$(awk -F' *: *' '$1=="execs_done"{print $2}' "$stats" 2>/dev/null || echo "?")
    paths=$(awk -F' *: *' '$1=="corpus_count"{print $2}' "$stats" 2>/dev/null || echo "?")
    crashes=0
    for crash in "$work/$target"/default/crashes/id:*; do
      [[ -e "$crash" ]] || continue
      crashes=$((crashes + 1))
      copy="$project/findings/$target-$(sha256sum "$crash" | cut -c1-12).bin"
      cp "$crash" "$copy"
      echo "  crash: $copy"
    done
    [[ -f "$stats" ]] || { echo "  afl-fuzz did not start; its output:"; tail -20 "$work/$target.log"; }
    echo "target=$target mode=afl seconds=$seconds execs=$execs corpus=$paths crashes=$crashes"
  else
    dotnet "$out/CyberPartnerships.Fuzz.dll" run "$target" "$seconds" | sed "s/^target=$target /target=$target mode=run /"
  fi
done
# Every committed finding must now end as bad input (replayed by the tests too).
for target in "${targets[@]}"; do
  shopt -s nullglob
  files=("$project/findings/$target"-*)
  if ((${#files[@]})); then dotnet "$out/CyberPartnerships.Fuzz.dll" replay "$target" "${files[@]}" | tail -1; fi
done
