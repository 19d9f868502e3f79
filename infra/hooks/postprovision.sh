#!/bin/sh
# azd postprovision hook: writes functions/CyberPartnerships.Functions/local.settings.json pointing at the
# provisioned storage and Communication Services, for `func start` against Azure. Locally the app signs in as you
# (DefaultAzureCredential: `az login`); provisioning gave you the same data roles as the app's identity. The HMAC
# keys in it are fresh local ones, never the Key Vault keys of the deployment. An existing local.settings.json (e.g.
# the Azurite one) is kept as local.settings.json.bak; to go back: cp local.settings.sample.json local.settings.json.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
target="$root/functions/CyberPartnerships.Functions/local.settings.json"

blob=${AZURE_STORAGE_BLOB_ENDPOINT:?AZURE_STORAGE_BLOB_ENDPOINT is not set (run through azd)}
queue=${AZURE_STORAGE_QUEUE_ENDPOINT:?AZURE_STORAGE_QUEUE_ENDPOINT is not set (run through azd)}
table=${AZURE_STORAGE_TABLE_ENDPOINT:?AZURE_STORAGE_TABLE_ENDPOINT is not set (run through azd)}
email_endpoint=${AZURE_EMAIL_ENDPOINT:-}
email_sender=${AZURE_EMAIL_SENDER_ADDRESS:-}

local_key() {
  if command -v openssl >/dev/null 2>&1; then
    openssl rand -base64 32
  else
    head -c 32 /dev/urandom | base64 | tr -d '\n'
  fi
}

if [ -f "$target" ]; then
  cp "$target" "$target.bak"
fi
umask 077
cat > "$target" <<JSON
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage__blobServiceUri": "$blob",
    "AzureWebJobsStorage__queueServiceUri": "$queue",
    "AzureWebJobsStorage__tableServiceUri": "$table",
    "Storage__BlobServiceUri": "$blob",
    "Storage__QueueServiceUri": "$queue",
    "Storage__TableServiceUri": "$table",
    "Approvals__PublicBaseUrl": "http://localhost:7071",
    "Approvals__CurrentKeyId": "local",
    "Approvals__CurrentKey": "$(local_key)",
    "Redaction__PseudonymKey": "$(local_key)",
    "Redaction__PseudonymKeyId": "local",
    "Feeds__Schedule": "0 */15 * * * *",
    "Email__Provider": "Acs",
    "Email__AcsEndpoint": "$email_endpoint",
    "Email__From": "$email_sender"
  }
}
JSON
echo "postprovision: wrote $target (Azure storage $blob; the previous file, if any, is local.settings.json.bak)."
