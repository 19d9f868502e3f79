# azd postprovision hook (Windows): the PowerShell twin of postprovision.sh. Writes
# functions/CyberPartnerships.Functions/local.settings.json pointing at the provisioned storage and Communication
# Services, with fresh local HMAC keys (never the Key Vault keys). An existing file is kept as local.settings.json.bak.
$ErrorActionPreference = 'Stop'

function Require([string] $name) {
    $value = [Environment]::GetEnvironmentVariable($name)
    if ([string]::IsNullOrEmpty($value)) { throw "$name is not set (run through azd)" }
    return $value
}

function New-LocalKey {
    $bytes = [byte[]]::new(32)
    [System.Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
    return [Convert]::ToBase64String($bytes)
}

$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
$target = Join-Path $root 'functions/CyberPartnerships.Functions/local.settings.json'
$blob = Require 'AZURE_STORAGE_BLOB_ENDPOINT'
$queue = Require 'AZURE_STORAGE_QUEUE_ENDPOINT'
$table = Require 'AZURE_STORAGE_TABLE_ENDPOINT'

if (Test-Path $target) { Copy-Item $target "$target.bak" -Force }

$settings = [ordered]@{
    IsEncrypted = $false
    Values      = [ordered]@{
        'FUNCTIONS_WORKER_RUNTIME'             = 'dotnet-isolated'
        'AzureWebJobsStorage__blobServiceUri'  = $blob
        'AzureWebJobsStorage__queueServiceUri' = $queue
        'AzureWebJobsStorage__tableServiceUri' = $table
        'Storage__BlobServiceUri'              = $blob
        'Storage__QueueServiceUri'             = $queue
        'Storage__TableServiceUri'             = $table
        'Approvals__PublicBaseUrl'             = 'http://localhost:7071'
        'Approvals__CurrentKeyId'              = 'local'
        'Approvals__CurrentKey'                = New-LocalKey
        'Redaction__PseudonymKey'              = New-LocalKey
        'Redaction__PseudonymKeyId'            = 'local'
        'Taxii__CursorKey'                     = New-LocalKey
        'Feeds__Schedule'                      = '0 */15 * * * *'
        'Email__Provider'                      = 'Acs'
        'Email__AcsEndpoint'                   = "$env:AZURE_EMAIL_ENDPOINT"
        'Email__From'                          = "$env:AZURE_EMAIL_SENDER_ADDRESS"
    }
}
$settings | ConvertTo-Json -Depth 3 | Set-Content -Path $target -Encoding utf8
Write-Host "postprovision: wrote $target (Azure storage $blob; the previous file, if any, is local.settings.json.bak)."

# Feed secrets (as in postprovision.sh): every Key Vault secret named feedsecret-<name> becomes again the app setting
# FEEDSECRET_<NAME>, a Key Vault reference; the bicep's full list of app settings removed those added by hand.
$vault = "$env:AZURE_KEY_VAULT_NAME"
if ($vault -and $env:AZURE_FUNCTION_NAME -and $env:AZURE_RESOURCE_GROUP) {
    $names = az keyvault secret list --vault-name $vault --query "[?starts_with(name, 'feedsecret-')].name" --output tsv
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "postprovision: could not list Key Vault $vault (network or role); FEEDSECRET_ settings were not restored."
    }
    else {
        $vaultUri = "$env:AZURE_KEY_VAULT_ENDPOINT".TrimEnd('/')
        $pairs = @($names | Where-Object { $_ } | ForEach-Object {
            $setting = 'FEEDSECRET_' + $_.Substring('feedsecret-'.Length).ToUpperInvariant().Replace('-', '_')
            "$setting=@Microsoft.KeyVault(SecretUri=$vaultUri/secrets/$_)"
        })
        if ($pairs.Count -gt 0) {
            az functionapp config appsettings set --resource-group $env:AZURE_RESOURCE_GROUP --name $env:AZURE_FUNCTION_NAME --settings @pairs --output none
            if ($LASTEXITCODE -ne 0) { throw 'postprovision: restoring the FEEDSECRET_ settings failed.' }
            Write-Host "postprovision: $($pairs.Count) feed secret setting(s) restored from Key Vault $vault."
        }
    }
}
