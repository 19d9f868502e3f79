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
    "Taxii__CursorKey": "$(local_key)",
    "Feeds__Schedule": "0 */15 * * * *",
    "Email__Provider": "Acs",
    "Email__AcsEndpoint": "$email_endpoint",
    "Email__From": "$email_sender"
  }
}
JSON
echo "postprovision: wrote $target (Azure storage $blob; the previous file, if any, is local.settings.json.bak)."

# Feed secrets. infra/app/api.bicep sets the whole list of app settings, so a provision removes FEEDSECRET_ settings
# added by hand. Every Key Vault secret named feedsecret-<name> becomes (again) the app setting FEEDSECRET_<NAME>, a
# Key Vault reference the app resolves with its identity: e.g. feedsecret-europol-taxii-token is
# FEEDSECRET_EUROPOL_TAXII_TOKEN, which a feed names as env:FEEDSECRET_EUROPOL_TAXII_TOKEN.
vault=${AZURE_KEY_VAULT_NAME:-}
vault_uri=${AZURE_KEY_VAULT_ENDPOINT:-}
if [ -n "$vault" ] && [ -n "${AZURE_FUNCTION_NAME:-}" ] && [ -n "${AZURE_RESOURCE_GROUP:-}" ]; then
  if names=$(az keyvault secret list --vault-name "$vault" --query "[?starts_with(name, 'feedsecret-')].name" --output tsv); then
    set --
    for name in $names; do
      setting="FEEDSECRET_$(printf '%s' "${name#feedsecret-}" | tr 'a-z-' 'A-Z_')"
      set -- "$@" "$setting=@Microsoft.KeyVault(SecretUri=${vault_uri%/}/secrets/$name)"
    done
    if [ "$#" -gt 0 ]; then
      az functionapp config appsettings set --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_NAME" \
        --settings "$@" --output none
      echo "postprovision: $# feed secret setting(s) restored from Key Vault $vault."
    fi
  else
    echo "postprovision: warning: could not list Key Vault $vault (network or role); FEEDSECRET_ settings were not restored." >&2
  fi
fi
