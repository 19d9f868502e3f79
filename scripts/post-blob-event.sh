#!/usr/bin/env bash
# Posts a synthetic Event Grid "Microsoft.Storage.BlobCreated" event for a blob in outbound-raw to the local Functions
# host's blobs-extension webhook: what the Event Grid subscription does in Azure. Azurite emits no events, so after
# writing a blob to outbound-raw locally, run this to trigger the ShareOutboundBlob function.
#
#   scripts/post-blob-event.sh <caseId>/<file> [--host http://localhost:7071] [--function ShareOutboundBlob]
#       [--blob-endpoint http://127.0.0.1:10000/devstoreaccount1] [--container outbound-raw] [--code <blobs_extension key>]
#
# It POSTs to  <host>/runtime/webhooks/blobs?functionName=Host.Functions.<function>  with the header
# "aeg-event-type: Notification" and an Event Grid schema array of one event whose data.url names the blob (the
# extension reads data.url, data.blobType and data.eTag). --code is only needed against a deployed app (the
# blobs_extension system key). Exit code: 0 when the host accepted the event (HTTP 2xx), 1 otherwise.
set -euo pipefail

host="http://localhost:7071"
function="ShareOutboundBlob"
endpoint="http://127.0.0.1:10000/devstoreaccount1"
container="outbound-raw"
code=""
blob=""
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    --function) function="$2"; shift 2 ;;
    --blob-endpoint) endpoint="$2"; shift 2 ;;
    --container) container="$2"; shift 2 ;;
    --code) code="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) blob="$1"; shift ;;
  esac
done
if [ -z "$blob" ]; then
  echo "usage: $0 <caseId>/<file> [--host URL] [--function NAME] [--blob-endpoint URL] [--container NAME] [--code KEY]" >&2
  exit 2
fi

uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen | tr 'A-Z' 'a-z'; }
now=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
account=$(basename "$endpoint")
url="${host%/}/runtime/webhooks/blobs?functionName=Host.Functions.${function}"
[ -n "$code" ] && url="${url}&code=${code}"

payload=$(cat <<JSON
[{
  "topic": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/${account}",
  "subject": "/blobServices/default/containers/${container}/blobs/${blob}",
  "eventType": "Microsoft.Storage.BlobCreated",
  "id": "$(uuid)",
  "eventTime": "${now}",
  "dataVersion": "",
  "metadataVersion": "1",
  "data": {
    "api": "PutBlob",
    "clientRequestId": "$(uuid)",
    "requestId": "$(uuid)",
    "eTag": "0x0",
    "contentType": "application/octet-stream",
    "contentLength": 0,
    "blobType": "BlockBlob",
    "url": "${endpoint%/}/${container}/${blob}",
    "sequencer": "0",
    "storageDiagnostics": { "batchId": "$(uuid)" }
  }
}]
JSON
)

status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$url" \
  -H "Content-Type: application/json" -H "aeg-event-type: Notification" --data-binary "$payload")
echo "POST ${url%%&code=*} -> HTTP ${status}"
case "$status" in 2*) exit 0 ;; *) exit 1 ;; esac
