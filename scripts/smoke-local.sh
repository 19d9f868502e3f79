#!/usr/bin/env bash
# Smoke test of the whole app under the real Functions host, for a machine with Azure Functions Core Tools v4 (`func`).
# Starts everything with ./scripts/start-local.sh (Azurite, maildev, `func start`), then as a partner would:
#   1. registers a submitting partner and DCU (the operator CLI, against Azurite) and issues their API keys;
#   2. POSTs a STIX 2.1 bundle as the partner (a victim's e-mail address in its report);
#   3. DCU opens a case on it; the analysis request e-mail reaches maildev; the partner attaches its analysis;
#   4. each legal approver opens the approval link from their e-mail in maildev and approves the joint review;
#   5. the outcome reaches outbound-raw/; Azurite sends no Event Grid events, so scripts/post-blob-event.sh signals
#      the blob trigger as Event Grid does in Azure; the redacted copy must then be listed by GET /api/shared and
#      must not contain the victim's address.
# Exits 0 when every step passed, 1 on the first failure (saying which), 1 when `func` is missing.
# Not part of CI (Core Tools cannot be installed there); ./scripts/test.sh covers the same paths without the host.
# Needs: .NET SDK 10, Node.js, curl, python3, and free ports 7071, 10000-10002, 1025 and 1080.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if ! command -v func >/dev/null 2>&1; then
  echo "smoke-local: Azure Functions Core Tools v4 ('func') is not installed; the smoke test needs the real Functions host." >&2
  echo "  Install it (npm install -g azure-functions-core-tools@4 --unsafe-perm true), then run this script again." >&2
  exit 1
fi

for tool in curl python3 dotnet; do
  command -v "$tool" >/dev/null 2>&1 || { echo "smoke-local: '$tool' is required" >&2; exit 1; }
done

base=http://localhost:7071
maildev=http://127.0.0.1:1080
export CYBERPARTNERS_STORAGE="UseDevelopmentStorage=true"
work="$root/.artifacts/smoke"
rm -rf "$work" && mkdir -p "$work"
log="$work/app.log"

fail() { echo "smoke-local: FAILED: $*" >&2; echo "  (app log: $log)" >&2; exit 1; }
step() { echo "== $*"; }

step "starting Azurite, maildev and the Functions app (log: $log)"
setsid ./scripts/start-local.sh >"$log" 2>&1 &
app=$!
trap 'kill -- -$app 2>/dev/null || kill $app 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/partners/me" || true)
  [ "$code" = "401" ] && break
  kill -0 $app 2>/dev/null || fail "the app stopped while starting"
  sleep 1
done
[ "${code:-}" = "401" ] || fail "the app did not answer $base/api/partners/me within 3 minutes"

cli() { dotnet run --project tools/CyberPartnerships.Cli --no-launch-profile -- "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
suffix=$(date +%s)
partner="smoke-ec3-$suffix"
dcu=$(python3 -c "import json; print(json.load(open('functions/CyberPartnerships.Functions/local.settings.json'))['Values'].get('Mou__DcuPartnerId','microsoft-dcu'))")

step "registering $partner and $dcu (the operator CLI)"
cli partner add "$partner" --name "Smoke EC3" --kind law-enforcement --tlp AMBER \
  --legal "legal@$partner.example" --alternates "deputy@$partner.example" --analysts "analyst@$partner.example" >/dev/null \
  || fail "partner add $partner"
cli partner list --json | python3 -c "import json,sys; sys.exit(0 if any(p['id']=='$dcu' for p in json.load(sys.stdin)) else 1)" \
  || cli partner add "$dcu" --name "Microsoft DCU" --kind private-sector --tlp RED \
       --legal "legal@dcu.example" --alternates "deputy@dcu.example" --analysts "analyst@dcu.example" >/dev/null \
  || fail "partner add $dcu"
key=$(cli partner key issue "$partner" --expires 1d | sed -n 's/^api key: //p')
dcukey=$(cli partner key issue "$dcu" --expires 1d | sed -n 's/^api key: //p')
[ -n "$key" ] && [ -n "$dcukey" ] || fail "key issue"
dculegal=$(cli partner list --json | python3 -c "import json,sys; print(next(p for p in json.load(sys.stdin) if p['id']=='$dcu')['legalApprovers'][0])")

step "POST /api/submissions: a STIX 2.1 bundle as $partner"
amber=marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421
now=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
uuid() { python3 -c 'import uuid; print(uuid.uuid4())'; }
indicator="indicator--$(uuid)"
cat >"$work/bundle.json" <<JSON
{"type":"bundle","id":"bundle--$(uuid)","objects":[
 {"type":"indicator","spec_version":"2.1","id":"$indicator","created":"$now","modified":"$now",
  "name":"Botnet smoke C2","pattern":"[ipv4-addr:value = '203.0.113.77']","pattern_type":"stix","valid_from":"$now","object_marking_refs":["$amber"]},
 {"type":"report","spec_version":"2.1","id":"report--$(uuid)","created":"$now","modified":"$now",
  "name":"Botnet smoke takedown","description":"C2 at 203.0.113.77; reported by the victim jane.smoke@victim.example","published":"$now",
  "object_refs":["$indicator"],"object_marking_refs":["$amber"]}
]}
JSON
curl -s -o "$work/submission.json" -w '%{http_code}' -X POST "$base/api/submissions" \
  -H "Authorization: ApiKey $key" -H "Content-Type: application/stix+json;version=2.1" --data-binary @"$work/bundle.json" >"$work/submission.code"
[ "$(cat "$work/submission.code")" = "201" ] || fail "POST /api/submissions answered $(cat "$work/submission.code"): $(cat "$work/submission.json")"
submission=$(json "d['id']" <"$work/submission.json")

step "POST /api/cases: DCU opens a case on $submission"
code=$(curl -s -o "$work/case.json" -w '%{http_code}' -X POST "$base/api/cases" -H "Authorization: ApiKey $dcukey" \
  -H "Content-Type: application/json" -d "{\"submissionId\":\"$submission\"}")
[ "$code" = "201" ] || fail "POST /api/cases answered $code: $(cat "$work/case.json")"
case=$(json "d['id']" <"$work/case.json")

# The newest maildev message to $1 whose text contains $2 (waits up to 60 s); prints its text.
mail_text() {
  for _ in $(seq 1 60); do
    if curl -s "$maildev/email" | python3 -c "
import json,sys
for m in reversed(json.load(sys.stdin)):
    if any(t['address'].lower()=='$1'.lower() for t in m.get('to',[])) and '$2' in (m.get('subject') or '') + (m.get('text') or ''):
        print(m['text']); sys.exit(0)
sys.exit(1)"; then return 0; fi
    sleep 1
  done
  return 1
}

step "the analysis request reaches the analyst; the partner attaches its analysis"
mail_text "analyst@$partner.example" "$case" >"$work/analysis-mail.txt" || fail "no analysis request e-mail for $case in maildev"
code=$(curl -s -o "$work/analysis.json" -w '%{http_code}' -X POST "$base/api/cases/$case/analysis" -H "Authorization: ApiKey $key" \
  -H "Content-Type: application/json" -d '{"report":"Smoke analysis of the botnet","findings":["C2 at 203.0.113.77"]}')
[ "$code" = "202" ] || fail "POST /api/cases/$case/analysis answered $code: $(cat "$work/analysis.json")"

step "each legal approver follows the approval link in their e-mail"
for approver in "legal@$partner.example" "$dculegal"; do
  text=$(mail_text "$approver" "/api/approvals/") || fail "no approval e-mail to $approver in maildev"
  link=$(grep -oE 'https?://[^ ]+/api/approvals/[^ ]+decision=approve' <<<"$text" | head -1)
  [ -n "$link" ] || fail "no approve link in the e-mail to $approver"
  page=$(curl -s -o /dev/null -w '%{http_code}' "$link")
  [ "$page" = "200" ] || fail "the approval page for $approver answered $page"
  decided=$(curl -s -o "$work/decided.html" -w '%{http_code}' -X POST "$link" --data-urlencode "decision=approve")
  [ "$decided" = "200" ] || fail "approving as $approver answered $decided"
done

step "the case closes; its outcome is redacted and shared"
for _ in $(seq 1 60); do
  state=$(curl -s "$base/api/cases/$case" -H "Authorization: ApiKey $dcukey" | json "d.get('step')" || true)
  [ "$state" = "closed" ] && break
  sleep 1
done
[ "$state" = "closed" ] || fail "case $case did not close (step: $state)"
./scripts/post-blob-event.sh "$case/outcome.json" --host "$base" >/dev/null || fail "the blob trigger did not accept the event for $case/outcome.json"
for _ in $(seq 1 60); do
  curl -s "$base/api/shared" -H "Authorization: ApiKey $key" >"$work/shared.json"
  href=$(python3 -c "import json; print(next((i['href'] for i in json.load(open('$work/shared.json'))['items'] if i['caseId']=='$case'), ''))")
  [ -n "$href" ] && break
  sleep 1
done
[ -n "$href" ] || fail "no shared copy of $case for $partner (GET /api/shared)"
curl -s "$base${href#"$base"}" -H "Authorization: ApiKey $key" >"$work/shared-copy"
grep -q "jane.smoke@victim.example" "$work/shared-copy" && fail "the shared copy still contains the victim's e-mail address"
echo "smoke-local: passed (case $case shared to $partner as $href, redacted)"
