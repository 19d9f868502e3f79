// CyberPartnerships on Azure Functions Flex Consumption, deployed with `azd up`. Keyless: the app reaches storage,
// Key Vault, Application Insights and Communication Services with its user-assigned managed identity; no account
// key or connection string is ever written to an app setting. Plain resource declarations (no registry modules).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it seeds the short unique token in every resource name.')
param environmentName string

@minLength(1)
@description('Primary location for all resources (a region that offers Flex Consumption).')
@allowed([
  'australiaeast'
  'brazilsouth'
  'canadacentral'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'japaneast'
  'northcentralus'
  'northeurope'
  'norwayeast'
  'southcentralus'
  'southeastasia'
  'spaincentral'
  'swedencentral'
  'uksouth'
  'westcentralus'
  'westeurope'
  'westus2'
  'westus3'
])
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user (azd sets AZURE_PRINCIPAL_ID). It gets the data roles for local debugging against Azure; empty skips them.')
param principalId string = ''

@description('Put storage and Key Vault behind private endpoints and integrate the app with a virtual network.')
param vnetEnabled bool = false

@description('Memory of each Flex Consumption instance.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Upper bound of Flex Consumption instances (the app scales to zero when idle).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Where Communication Services keeps e-mail data at rest.')
param emailDataLocation string = 'Europe'

@secure()
@description('HMAC key for the approval links. azd reads it back from Key Vault on later runs (secretOrRandomPassword), so re-provisioning does not rotate it.')
param approvalLinkSigningKey string

@description('Key id that approval-link tokens carry; change it together with the secret when rotating.')
param approvalLinkKeyId string = 'k1'

@secure()
@description('HMAC key for the redactor\'s keyed pseudonyms; read back from Key Vault like the signing key.')
param pseudonymKey string

@description('Key id that pseudonyms are tagged with; change it together with the secret when rotating.')
param pseudonymKeyId string = 'k1'

@secure()
@description('HMAC key that signs the TAXII server\'s next tokens, so every instance honours every token; read back from Key Vault like the others.')
param taxiiCursorKey string

param resourceGroupName string = ''

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    systemTopicName: '${abbrs.eventGridSystemTopics}storage-${resourceToken}'
    location: location
    tags: tags
    vnetEnabled: vnetEnabled
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    vnetEnabled: vnetEnabled
    approvalLinkSigningKey: approvalLinkSigningKey
    pseudonymKey: pseudonymKey
    taxiiCursorKey: taxiiCursorKey
  }
}

module communication 'app/communication.bicep' = {
  name: 'communication'
  scope: rg
  params: {
    communicationServiceName: '${abbrs.communicationServices}${resourceToken}'
    emailServiceName: '${abbrs.communicationEmailServices}${resourceToken}'
    dataLocation: emailDataLocation
    tags: tags
  }
}

module vnet 'app/vnet.bicep' = if (vnetEnabled) {
  name: 'vnet'
  scope: rg
  params: {
    name: '${abbrs.networkVirtualNetworks}${resourceToken}'
    location: location
    tags: tags
  }
}

module privateEndpoints 'app/private-endpoints.bicep' = if (vnetEnabled) {
  name: 'private-endpoints'
  scope: rg
  params: {
    location: location
    tags: tags
    namePrefix: '${abbrs.networkPrivateEndpoints}${resourceToken}'
    virtualNetworkId: vnet.?outputs.id ?? ''
    subnetId: vnet.?outputs.privateEndpointSubnetId ?? ''
    storageAccountId: storage.outputs.id
    keyVaultId: keyVault.outputs.id
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    approvalLinkSigningKeyUri: keyVault.outputs.approvalLinkSigningKeyUri
    approvalLinkKeyId: approvalLinkKeyId
    pseudonymKeyUri: keyVault.outputs.pseudonymKeyUri
    pseudonymKeyId: pseudonymKeyId
    taxiiCursorKeyUri: keyVault.outputs.taxiiCursorKeyUri
    emailEndpoint: communication.outputs.endpoint
    emailSenderAddress: communication.outputs.senderAddress
    virtualNetworkSubnetId: vnet.?outputs.appSubnetId ?? ''
  }
  dependsOn: [
    rbac // Key Vault references and the deployment container need the identity's roles first.
    privateEndpoints
  ]
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    communicationServiceName: communication.outputs.name
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = api.outputs.name
output AZURE_FUNCTION_URL string = api.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_STORAGE_SYSTEM_TOPIC_NAME string = storage.outputs.systemTopicName
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_EMAIL_ENDPOINT string = communication.outputs.endpoint
output AZURE_EMAIL_SENDER_ADDRESS string = communication.outputs.senderAddress
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPROVAL_LINK_KEY_ID string = approvalLinkKeyId
output PSEUDONYM_KEY_ID string = pseudonymKeyId
