#!/usr/bin/env bash
# Runs every test that can run on this machine: the core, the CLI, the infrastructure checks, and (where the Azure
# Functions SDK packages restore) the Functions shell. Starts what the tests need itself (Azurite and maildev come
# from node_modules; the tests start and stop them). Ends with one line: "total: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ ! -x node_modules/.bin/azurite ] || [ ! -x node_modules/.bin/maildev ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci (Azurite, maildev)"
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }
fi

status=0
echo "== core, CLI and infrastructure tests"
dotnet test CyberPartnerships.Core.slnf --logger "trx;LogFilePrefix=core" --results-directory "$results" || status=1

echo "== Functions shell"
shell=(dotnet)
if [ -z "${RestoreAdditionalProjectSources:-}" ]; then
  # Only the configured NuGet sources count: restore into a package folder of its own, so that packages a developer
  # built locally from other sources and left in the machine's cache never make the shell look restorable.
  shell=(env NUGET_PACKAGES="$root/.artifacts/shell-packages" dotnet)
fi
if "${shell[@]}" restore tests/CyberPartnerships.Functions.Tests/CyberPartnerships.Functions.Tests.csproj > "$results/shell-restore.log" 2>&1; then
  "${shell[@]}" test tests/CyberPartnerships.Functions.Tests/CyberPartnerships.Functions.Tests.csproj --no-restore \
    --logger "trx;LogFilePrefix=shell" --results-directory "$results" || status=1
else
  missing=$(grep -oE "(Unable to find package|Unable to find a stable package|Unable to find package) [A-Za-z0-9.]+" "$results/shell-restore.log" | awk '{print $NF}' | sed -e "s/\.$//" | sort -u | head -6 | paste -sd, -)
  if [ -n "$missing" ]; then
    echo "SKIPPED: the Functions shell (functions/CyberPartnerships.Functions and its tests) was not built: the Azure Functions SDK packages are not reachable from the configured NuGet sources (missing: $missing). See README, 'Building the shell'."
  else
    echo "The Functions shell failed to restore for another reason:"; tail -20 "$results/shell-restore.log"; status=1
  fi
fi

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -nE 's/.* passed="([0-9]+)".*/\1/p' <<<"$counters"); f=$(sed -nE 's/.* failed="([0-9]+)".*/\1/p' <<<"$counters")
  t=$(sed -nE 's/.* total="([0-9]+)".*/\1/p' <<<"$counters"); e=$(sed -nE 's/.* executed="([0-9]+)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "A build or test run failed before its tests could report."; fi
echo "total: $passed passed, $failed failed, $skipped skipped"
exit $status
