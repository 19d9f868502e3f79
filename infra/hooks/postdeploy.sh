#!/bin/sh
# azd postdeploy hook: subscribes the blob-triggered function on outbound-raw/ to the storage account's BlobCreated
# events. Flex Consumption runs blob triggers only with Source = EventGrid, and the Event Grid subscription's webhook
# needs the app's blobs_extension system key, which exists only once the app is deployed. Idempotent (re-running
# updates the subscription). Needs the Azure CLI, signed in (`az login`). azd passes the outputs of
# infra/main.bicep as environment variables.
set -eu

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required; see README, 'Deployment'." >&2
  exit 1
fi

rg=${AZURE_RESOURCE_GROUP:?AZURE_RESOURCE_GROUP is not set (run through azd)}
app=${AZURE_FUNCTION_NAME:?AZURE_FUNCTION_NAME is not set (run through azd)}
topic=${AZURE_STORAGE_SYSTEM_TOPIC_NAME:?AZURE_STORAGE_SYSTEM_TOPIC_NAME is not set (run through azd)}
container=${OUTBOUND_RAW_CONTAINER:-outbound-raw}
subscription=${EVENT_SUBSCRIPTION_NAME:-outbound-raw-blob-created}

# The function: BLOB_TRIGGER_FUNCTION_NAME if set, else the deployed function whose blob trigger reads the container.
function_name=${BLOB_TRIGGER_FUNCTION_NAME:-}
if [ -z "$function_name" ]; then
  function_name=$(az functionapp function list --resource-group "$rg" --name "$app" \
    --query "[?config.bindings[?type=='blobTrigger' && starts_with(path, '$container/')]].name | [0]" --output tsv)
  function_name=${function_name##*/} # listed as <app>/<function>
fi
if [ -z "$function_name" ]; then
  echo "postdeploy: no deployed function has a blob trigger on $container/; no Event Grid subscription was made."
  exit 0
fi

key=$(az functionapp keys list --resource-group "$rg" --name "$app" --query "systemKeys.blobs_extension" --output tsv)
if [ -z "$key" ]; then
  echo "postdeploy: the app has no blobs_extension system key yet (is the blob trigger deployed?)." >&2
  exit 1
fi
host=$(az functionapp show --resource-group "$rg" --name "$app" --query "defaultHostName" --output tsv)
endpoint="https://$host/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$key"

# Event Grid validates the webhook on creation; a cold app may miss the first handshake, so try a few times.
attempt=1
until az eventgrid system-topic event-subscription create \
  --name "$subscription" \
  --resource-group "$rg" \
  --system-topic-name "$topic" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/$container/" \
  --output none; do
  if [ "$attempt" -ge 3 ]; then
    echo "postdeploy: could not create the Event Grid subscription $subscription." >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  echo "postdeploy: retrying in 20 s (the app may still be starting)..."
  sleep 20
done
echo "postdeploy: BlobCreated events of $container/ go to $function_name (subscription $subscription on $topic)."
