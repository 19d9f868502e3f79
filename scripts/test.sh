#!/usr/bin/env bash
# Runs every test: the core, the CLI, the infrastructure checks, and the Azure Functions app (its host, its
# functions.metadata, the orchestration under the Durable Task engine). A restore or build failure fails the run.
# Starts what the tests need itself (Azurite and maildev come from node_modules; the tests start and stop them). Ends with one line: "total: N passed, N failed, N skipped".
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

echo "== Functions app and its tests"
dotnet test tests/CyberPartnerships.Functions.Tests/CyberPartnerships.Functions.Tests.csproj \
  --logger "trx;LogFilePrefix=shell" --results-directory "$results" || status=1

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
