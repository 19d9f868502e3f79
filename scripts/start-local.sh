#!/usr/bin/env bash
# Starts everything locally: Azurite (storage, persisted in .azurite/), maildev (mail catcher, web UI on
# http://127.0.0.1:1080), and the Functions app with `func start`. Ctrl+C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if ! command -v func >/dev/null 2>&1; then
  cat >&2 <<'MSG'
Azure Functions Core Tools ('func', v4) is not installed, so the Functions app cannot be started.
Install it, then run this script again:
  npm install -g azure-functions-core-tools@4 --unsafe-perm true
  (or see https://learn.microsoft.com/azure/azure-functions/functions-run-local)
MSG
  exit 1
fi

# Azurite and maildev, and cytoscape, which the core embeds for the map page; again when package-lock.json changed.
if [ ! -x node_modules/.bin/azurite ] || [ ! -d node_modules/cytoscape ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
settings=functions/CyberPartnerships.Functions/local.settings.json
if [ ! -f "$settings" ]; then
  cp functions/CyberPartnerships.Functions/local.settings.sample.json "$settings"
  # A fresh random approval-link signing key for this machine (never committed).
  sed -i "s|GENERATED_BY_START_LOCAL|$(head -c 32 /dev/urandom | base64 | tr -d '\n')|" "$settings"
  echo "created $settings from local.settings.sample.json (Azurite, maildev; no secrets)"
fi

mkdir -p .azurite
node_modules/.bin/azurite --location .azurite --disableTelemetry --silent --skipApiVersionCheck --loose &
azurite=$!
node_modules/.bin/maildev --smtp 1025 --web 1080 --ip 127.0.0.1 --silent &
maildev=$!
trap 'kill $azurite $maildev 2>/dev/null || true' EXIT INT TERM
echo "Azurite: blob 10000, queue 10001, table 10002; maildev: SMTP 1025, web http://127.0.0.1:1080"

cd functions/CyberPartnerships.Functions
func start
