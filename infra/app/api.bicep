// The Flex Consumption plan (FC1) and the Function App (dotnet-isolated 10.0). The package is deployed to the
// storage container `deployment`, read by the user-assigned identity. HTTPS only, TLS 1.2, FTP and basic
// publishing credentials off. Every app setting is keyless: service URIs, client ids and Key Vault references.
param name string
param planName string
param location string
param tags object
param serviceName string = 'api'

@allowed([512, 2048, 4096])
param instanceMemoryMB int
param maximumInstanceCount int

param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string

param approvalLinkSigningKeyUri string
param approvalLinkKeyId string
param pseudonymKeyUri string
param pseudonymKeyId string
param taxiiCursorKeyUri string
param emailEndpoint string
param emailSenderAddress string

@description('Subnet for VNet integration (delegated to Microsoft.App/environments); empty: no VNet integration.')
param virtualNetworkSubnetId string = ''

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// The whole set of app settings. Host and platform settings first; then the app's own, named
// {Section}__{Property} after the core's options classes (tests/CyberPartnerships.Infra.Tests compares the two).
var appSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  AZURE_CLIENT_ID: identityClientId

  Storage__BlobServiceUri: storage.properties.primaryEndpoints.blob
  Storage__QueueServiceUri: storage.properties.primaryEndpoints.queue
  Storage__TableServiceUri: storage.properties.primaryEndpoints.table
  Storage__ClientId: identityClientId

  Approvals__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
  Approvals__CurrentKeyId: approvalLinkKeyId
  Approvals__CurrentKey: '@Microsoft.KeyVault(SecretUri=${approvalLinkSigningKeyUri})'

  Feeds__Schedule: '0 */15 * * * *'

  Redaction__PseudonymKey: '@Microsoft.KeyVault(SecretUri=${pseudonymKeyUri})'
  Redaction__PseudonymKeyId: pseudonymKeyId

  Taxii__CursorKey: '@Microsoft.KeyVault(SecretUri=${taxiiCursorKeyUri})'
  Taxii__PublicBaseUrl: 'https://${site.properties.defaultHostName}'

  Email__Provider: 'Acs'
  Email__AcsEndpoint: emailEndpoint
  Email__AcsClientId: identityClientId
  Email__From: emailSenderAddress
}

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: appSettings
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
