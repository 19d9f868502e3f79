# azd postdeploy hook (Windows): the PowerShell twin of postdeploy.sh. Subscribes the blob-triggered function on
# outbound-raw/ to the storage account's BlobCreated events through the blob extension's webhook (needs the
# blobs_extension system key). Idempotent. Needs the Azure CLI, signed in.
$ErrorActionPreference = 'Stop'

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    throw "postdeploy: the Azure CLI (az) is required; see README, 'Deployment'."
}

function Require([string] $name) {
    $value = [Environment]::GetEnvironmentVariable($name)
    if ([string]::IsNullOrEmpty($value)) { throw "$name is not set (run through azd)" }
    return $value
}

$rg = Require 'AZURE_RESOURCE_GROUP'
$app = Require 'AZURE_FUNCTION_NAME'
$topic = Require 'AZURE_STORAGE_SYSTEM_TOPIC_NAME'
$container = if ($env:OUTBOUND_RAW_CONTAINER) { $env:OUTBOUND_RAW_CONTAINER } else { 'outbound-raw' }
$subscription = if ($env:EVENT_SUBSCRIPTION_NAME) { $env:EVENT_SUBSCRIPTION_NAME } else { 'outbound-raw-blob-created' }

$functionName = $env:BLOB_TRIGGER_FUNCTION_NAME
if (-not $functionName) {
    $query = "[?config.bindings[?type=='blobTrigger' && starts_with(path, '$container/')]].name | [0]"
    $functionName = az functionapp function list --resource-group $rg --name $app --query $query --output tsv
    if ($LASTEXITCODE -ne 0) { throw 'postdeploy: could not list the functions of the app.' }
    if ($functionName) { $functionName = $functionName.Split('/')[-1] }
}
if (-not $functionName) {
    Write-Host "postdeploy: no deployed function has a blob trigger on $container/; no Event Grid subscription was made."
    exit 0
}

$key = az functionapp keys list --resource-group $rg --name $app --query 'systemKeys.blobs_extension' --output tsv
if ($LASTEXITCODE -ne 0 -or -not $key) { throw 'postdeploy: the app has no blobs_extension system key yet.' }
$hostName = az functionapp show --resource-group $rg --name $app --query 'defaultHostName' --output tsv
$endpoint = "https://$hostName/runtime/webhooks/blobs?functionName=Host.Functions.$functionName&code=$key"
# On Windows az is a .cmd script: cmd.exe would split the URL at '&' unless it is passed inside double quotes.
if ($env:OS -eq 'Windows_NT') { $endpoint = '"' + $endpoint + '"' }

for ($attempt = 1; ; $attempt++) {
    az eventgrid system-topic event-subscription create `
        --name $subscription `
        --resource-group $rg `
        --system-topic-name $topic `
        --endpoint-type webhook `
        --endpoint $endpoint `
        --included-event-types Microsoft.Storage.BlobCreated `
        --subject-begins-with "/blobServices/default/containers/$container/" `
        --output none
    if ($LASTEXITCODE -eq 0) { break }
    if ($attempt -ge 3) { throw "postdeploy: could not create the Event Grid subscription $subscription." }
    Write-Host 'postdeploy: retrying in 20 s (the app may still be starting)...'
    Start-Sleep -Seconds 20
}
Write-Host "postdeploy: BlobCreated events of $container/ go to $functionName (subscription $subscription on $topic)."
